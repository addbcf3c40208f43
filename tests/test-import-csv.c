/* test-import-csv.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "passend-csv-reader.h"
#include "passend-lvs-import.h"

static GBytes *
load_fixture (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "lvs", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static PassendCsvTable *
read_fixture (const char  *name,
              GError     **error)
{
  g_autoptr(GBytes) bytes = load_fixture (name);

  return passend_csv_table_new_from_bytes (bytes, error);
}

static PassendCsvTable *
read_text (const char  *text,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return passend_csv_table_new_from_bytes (bytes, error);
}

static void
test_magister_windows_1252 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendCsvTable) table = read_fixture ("magister-1252.csv", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (passend_csv_table_get_encoding (table), ==, "Windows-1252");
  g_assert_cmpint (passend_csv_table_get_separator (table), ==, ';');
  /* Header and three students; the trailing blank lines are no rows. */
  g_assert_cmpuint (passend_csv_table_get_n_rows (table), ==, 4);
  g_assert_cmpuint (passend_csv_table_get_n_fields (table, 0), ==, 11);
  g_assert_cmpstr (passend_csv_table_get_field (table, 0, 2), ==, "Tussenv.");
  g_assert_cmpstr (passend_csv_table_get_field (table, 1, 1), ==, "Zoë");
  g_assert_cmpstr (passend_csv_table_get_field (table, 2, 3), ==, "Çelik");
  g_assert_cmpstr (passend_csv_table_get_field (table, 2, 1), ==, "Hüseyin");
  /* CRLF leaves no carriage return in the last field. */
  g_assert_cmpstr (passend_csv_table_get_field (table, 1, 10), ==, "zoe@example.org");
  g_assert_cmpstr (passend_csv_table_get_field (table, 2, 10), ==, "");
  g_assert_cmpuint (passend_csv_table_get_line_number (table, 3), ==, 4);
}

static void
test_somtoday_bom (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendCsvTable) table = read_fixture ("somtoday-bom.csv", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (passend_csv_table_get_encoding (table), ==, "UTF-8");
  g_assert_cmpint (passend_csv_table_get_separator (table), ==, ',');
  g_assert_cmpuint (passend_csv_table_get_n_rows (table), ==, 3);
  /* The BOM is not part of the first header. */
  g_assert_cmpstr (passend_csv_table_get_field (table, 0, 0), ==, "Leerlingnummer");
  g_assert_cmpstr (passend_csv_table_get_field (table, 2, 2), ==, "van");
  g_assert_cmpstr (passend_csv_table_get_field (table, 1, 2), ==, "");
}

static void
test_tabs (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendCsvTable) table = read_fixture ("tabs.csv", &error);

  g_assert_no_error (error);
  g_assert_cmpint (passend_csv_table_get_separator (table), ==, '\t');
  g_assert_cmpuint (passend_csv_table_get_n_rows (table), ==, 3);
  g_assert_cmpstr (passend_csv_table_get_field (table, 2, 1), ==, "Lotte");
  g_assert_cmpstr (passend_csv_table_get_field (table, 2, 5), ==, "BRG");
}

static void
test_quoted (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendCsvTable) table = read_fixture ("quoted.csv", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (passend_csv_table_get_n_rows (table), ==, 3);
  g_assert_cmpstr (passend_csv_table_get_field (table, 1, 1), ==, "Jan; Piet");
  /* A doubled quote is one quote; a CRLF inside a field becomes LF. */
  g_assert_cmpstr (passend_csv_table_get_field (table, 1, 5), ==, "zegt \"hallo\"\nen gaat door");
  g_assert_cmpstr (passend_csv_table_get_field (table, 2, 3), ==, "Wit, jr.");
  g_assert_cmpstr (passend_csv_table_get_field (table, 2, 5), ==, "a;b;c");
  /* The spreadsheet row of the second student counts the record, not
   * the lines of the field above it. */
  g_assert_cmpuint (passend_csv_table_get_line_number (table, 2), ==, 3);
}

static void
test_shapes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendCsvTable) sep = read_text ("sep=,\r\nA;B,C\r\n1;2,3\r\n", &error);
  g_autoptr(PassendCsvTable) blank = NULL;
  g_autoptr(PassendCsvTable) short_row = NULL;

  g_assert_no_error (error);
  /* Excel's "sep=" line wins over counting. */
  g_assert_cmpint (passend_csv_table_get_separator (sep), ==, ',');
  g_assert_cmpstr (passend_csv_table_get_field (sep, 1, 0), ==, "1;2");

  blank = read_text ("a;b\n\n1;2\n\n\n3;4", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (passend_csv_table_get_n_rows (blank), ==, 3);
  g_assert_cmpuint (passend_csv_table_get_line_number (blank, 1), ==, 3);
  g_assert_cmpstr (passend_csv_table_get_field (blank, 2, 1), ==, "4");

  short_row = read_text ("a;b;c\n1\n", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (passend_csv_table_get_field (short_row, 1, 2), ==, "");
  g_assert_cmpuint (passend_csv_table_get_n_fields (short_row, 1), ==, 1);
}

static void
test_refused (void)
{
  static const struct { const char *fixture; int code; } cases[] = {
    { "utf16.csv", PASSEND_CSV_ERROR_ENCODING },
    { "spreadsheet.csv", PASSEND_CSV_ERROR_NOT_CSV },
    { "unterminated-quote.csv", PASSEND_CSV_ERROR_SYNTAX },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PassendCsvTable) table = read_fixture (cases[i].fixture, &error);

      g_assert_null (table);
      g_assert_error (error, PASSEND_CSV_ERROR, cases[i].code);
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PassendCsvTable) table = read_fixture ("unterminated-quote.csv", &error);

    /* The message names where the quote opened. */
    g_assert_null (table);
    g_assert_nonnull (strstr (error->message, "Row 2"));
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PassendCsvTable) table = read_text ("just one column\n1\n", &error);

    g_assert_null (table);
    g_assert_error (error, PASSEND_CSV_ERROR, PASSEND_CSV_ERROR_NOT_CSV);
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PassendCsvTable) table = read_text ("\r\n\n", &error);

    g_assert_null (table);
    g_assert_error (error, PASSEND_CSV_ERROR, PASSEND_CSV_ERROR_EMPTY);
  }

  {
    /* 0x81 has no character in Windows-1252 and is no UTF-8. */
    g_autoptr(GError) error = NULL;
    g_autoptr(PassendCsvTable) table = read_text ("a;b\n\x81\x81;\x8d\n", &error);

    g_assert_null (table);
    g_assert_error (error, PASSEND_CSV_ERROR, PASSEND_CSV_ERROR_ENCODING);
  }
}

/* Fuzzing: random and mutated inputs never crash the reader or the
 * header mapping; each gives a table or an error, never both. */

static const char * const fixtures[] = {
  "magister-1252.csv", "somtoday-bom.csv", "tabs.csv", "quoted.csv",
  "schoolyears.csv", "full-name.csv", "bad-date.csv", "duplicate-conflict.csv",
};

static void
insert_byte (GByteArray *array,
             guint       at,
             guint8      byte)
{
  g_byte_array_set_size (array, array->len + 1);
  memmove (array->data + at + 1, array->data + at, array->len - at - 1);
  array->data[at] = byte;
}

static GByteArray *
mutate (GRand        *rand,
        GBytes       *seed)
{
  static const char inserts[] = { '"', ';', ',', '\t', '\n', '\r', '\0', '\xff', '\xc3', '\xef' };
  gsize length = 0;
  const guint8 *data = g_bytes_get_data (seed, &length);
  GByteArray *out = g_byte_array_new ();
  guint n_mutations = g_rand_int_range (rand, 1, 8);

  g_byte_array_append (out, data, length);
  for (guint m = 0; m < n_mutations && out->len > 0; m++)
    {
      guint at = g_rand_int_range (rand, 0, out->len);

      switch (g_rand_int_range (rand, 0, 4))
        {
        case 0:
          out->data[at] ^= 1 << g_rand_int_range (rand, 0, 8);
          break;
        case 1:
          g_byte_array_set_size (out, at);
          break;
        case 2:
          insert_byte (out, at, (guint8) inserts[g_rand_int_range (rand, 0, G_N_ELEMENTS (inserts))]);
          break;
        default:
          g_byte_array_remove_index (out, at);
          break;
        }
    }

  return out;
}

static GByteArray *
random_input (GRand *rand)
{
  static const char alphabet[] = "ab1;,\t\"\n\r -\xc3\xa9\xff";
  GByteArray *out = g_byte_array_new ();
  guint length = g_rand_int_range (rand, 0, 400);

  for (guint i = 0; i < length; i++)
    {
      guint8 c = g_rand_boolean (rand) ? (guint8) alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)]
                                       : (guint8) g_rand_int_range (rand, 0, 256);

      g_byte_array_append (out, &c, 1);
    }

  return out;
}

static void
exercise (GByteArray *input)
{
  g_autoptr(GBytes) bytes = g_bytes_new (input->data, input->len);
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendCsvTable) table = passend_csv_table_new_from_bytes (bytes, &error);

  g_assert_true ((table == NULL) != (error == NULL));
  if (table == NULL)
    {
      g_assert_true (error->domain == PASSEND_CSV_ERROR);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return;
    }

  for (guint r = 0; r < passend_csv_table_get_n_rows (table); r++)
    {
      guint n = passend_csv_table_get_n_fields (table, r);

      for (guint f = 0; f <= n; f++)
        {
          const char *field = passend_csv_table_get_field (table, r, f);
          g_autoptr(GError) value_error = NULL;
          PassendDay day;
          int year;

          g_assert_true (g_utf8_validate (field, -1, NULL));
          if (r == 0)
            {
              passend_lvs_column_for_header (field);
              continue;
            }

          g_free (passend_lvs_normalize_track (field));
          g_free (passend_lvs_normalize_gender (field));
          if (!passend_lvs_parse_date (field, &day, &value_error))
            g_assert_nonnull (value_error);
          g_clear_error (&value_error);
          if (!passend_lvs_parse_year (field, &year, &value_error))
            g_assert_nonnull (value_error);
          g_clear_error (&value_error);
          if (!passend_lvs_parse_school_year (field, &year, &value_error))
            g_assert_nonnull (value_error);
        }
    }
}

static void
test_fuzz (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);
  g_autoptr(GPtrArray) seeds = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  gint64 deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    g_ptr_array_add (seeds, load_fixture (fixtures[i]));

  /* Bounded by count and by time, so a slow machine still finishes. */
  for (n = 0; n < 20000 && g_get_monotonic_time () < deadline; n++)
    {
      g_autoptr(GByteArray) input = NULL;

      if (n % 4 == 3)
        input = random_input (rand);
      else
        input = mutate (rand, g_ptr_array_index (seeds, n % seeds->len));

      exercise (input);
    }

  g_test_message ("%u inputs", n);
  g_assert_cmpuint (n, >=, 1000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/csv/magister-windows-1252", test_magister_windows_1252);
  g_test_add_func ("/import/csv/somtoday-bom", test_somtoday_bom);
  g_test_add_func ("/import/csv/tabs", test_tabs);
  g_test_add_func ("/import/csv/quoted", test_quoted);
  g_test_add_func ("/import/csv/shapes", test_shapes);
  g_test_add_func ("/import/csv/refused", test_refused);
  g_test_add_func ("/import/csv/fuzz", test_fuzz);

  return g_test_run ();
}
