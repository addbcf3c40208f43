/* test-render-csv.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "passend-csv-writer.h"

#define BOM "\xEF\xBB\xBF"

static char *
written_text (PassendCsvWriter *writer)
{
  g_autoptr(GBytes) bytes = passend_csv_writer_get_bytes (writer);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_strndup (data, size);
}

static void
test_quoting (void)
{
  static const struct
  {
    const char *field;
    const char *written;
  } cases[] = {
    { "Jan de Vries", "Jan de Vries" },
    { "", "" },
    { "dyslexie; faalangst", "\"dyslexie; faalangst\"" },
    { "de \"Klimop\"", "\"de \"\"Klimop\"\"\"" },
    { "regel 1\nregel 2", "\"regel 1\nregel 2\"" },
    { "regel 1\r\nregel 2", "\"regel 1\r\nregel 2\"" },
    { " spatie", "\" spatie\"" },
    { "Dilan Yıldız", "Dilan Yıldız" },
    /* Spreadsheet formulas are neutralised, not run. */
    { "=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"" },
    { "+31 6", "'+31 6" },
    { "-3", "'-3" },
    { "@SUM", "'@SUM" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *quoted = passend_csv_quote_field (cases[i].field);

      g_assert_cmpstr (quoted, ==, cases[i].written);
    }
}

static void
test_rows (void)
{
  g_autoptr(PassendCsvWriter) writer = passend_csv_writer_new ();
  const char *header[] = { "Naam", "Klas", "Ondersteuningsbehoeften" };
  const char *row[] = { "Vries, Jan de", NULL, "dyslexie; \"ADHD\"" };
  g_autofree char *text = NULL;

  passend_csv_writer_add_row (writer, header, G_N_ELEMENTS (header));
  passend_csv_writer_add_row (writer, row, G_N_ELEMENTS (row));
  g_assert_cmpuint (passend_csv_writer_get_n_rows (writer), ==, 2);

  text = written_text (writer);
  g_assert_cmpstr (text, ==,
                   BOM "Naam;Klas;Ondersteuningsbehoeften\r\n"
                   "Vries, Jan de;;\"dyslexie; \"\"ADHD\"\"\"\r\n");
}

static void
test_save (void)
{
  g_autoptr(PassendCsvWriter) writer = passend_csv_writer_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("passend-csv-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  const char *row[] = { "één", "twee\nregels" };
  GStatBuf st;
  gsize length;

  g_assert_no_error (error);
  path = g_build_filename (dir, "caseload.csv", NULL);

  /* An existing file is replaced, and gets the private mode whatever it had. */
  g_file_set_contents (path, "oud", -1, &error);
  g_assert_no_error (error);
  g_chmod (path, 0644);

  passend_csv_writer_add_row (writer, row, G_N_ELEMENTS (row));
  g_assert_true (passend_csv_writer_save (writer, path, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, BOM));
  g_assert_cmpstr (contents, ==, BOM "één;\"twee\nregels\"\r\n");
  g_assert_true (g_utf8_validate (contents, length, NULL));

  g_unlink (path);
  g_rmdir (dir);
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (handle);
  while (g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

static void
test_failing_save_leaves_nothing (void)
{
  g_autoptr(PassendCsvWriter) writer = passend_csv_writer_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("passend-csv-XXXXXX", &error);
  g_autofree char *missing = NULL;
  g_autofree char *blocked = NULL;
  g_autofree char *inside = NULL;
  const char *row[] = { "a", "b" };

  g_assert_no_error (error);
  passend_csv_writer_add_row (writer, row, G_N_ELEMENTS (row));

  /* A folder that does not exist. */
  missing = g_build_filename (dir, "weg", "caseload.csv", NULL);
  g_assert_false (passend_csv_writer_save (writer, missing, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpuint (count_entries (dir), ==, 0);

  /* The temporary file is written, but the rename over a non-empty
   * folder fails: the temporary file must not be left behind. */
  blocked = g_build_filename (dir, "caseload.csv", NULL);
  g_assert_cmpint (g_mkdir (blocked, 0700), ==, 0);
  inside = g_build_filename (blocked, "x", NULL);
  g_file_set_contents (inside, "x", -1, &error);
  g_assert_no_error (error);

  g_assert_false (passend_csv_writer_save (writer, blocked, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (count_entries (dir), ==, 1);
  g_assert_true (g_file_test (blocked, G_FILE_TEST_IS_DIR));

  g_unlink (inside);
  g_rmdir (blocked);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/csv/quoting", test_quoting);
  g_test_add_func ("/render/csv/rows", test_rows);
  g_test_add_func ("/render/csv/save", test_save);
  g_test_add_func ("/render/csv/failing-save-leaves-nothing", test_failing_save_leaves_nothing);

  return g_test_run ();
}
