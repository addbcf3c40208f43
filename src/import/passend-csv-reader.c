/* passend-csv-reader.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "passend-csv-reader.h"

/* An LVS export of a large school is a few megabytes; anything far beyond
 * that is not a student list. */
#define MAX_FILE_SIZE (64 * 1024 * 1024)

struct _PassendCsvTable
{
  GPtrArray  *rows;          /* GStrv per row */
  GArray     *line_numbers;  /* guint per row */
  char        separator;
  const char *encoding;
};

G_DEFINE_QUARK (passend-csv-error-quark, passend_csv_error)

void
passend_csv_table_free (PassendCsvTable *table)
{
  if (table == NULL)
    return;

  g_ptr_array_unref (table->rows);
  g_array_unref (table->line_numbers);
  g_free (table);
}

/* Encoding */

static gboolean
has_prefix (const guint8 *data,
            gsize         length,
            const char   *prefix,
            gsize         prefix_length)
{
  return length >= prefix_length && memcmp (data, prefix, prefix_length) == 0;
}

static gboolean
refuse_known_binary (const guint8  *data,
                     gsize          length,
                     GError       **error)
{
  if (has_prefix (data, length, "PK\003\004", 4) ||
      has_prefix (data, length, "\xD0\xCF\x11\xE0", 4))
    {
      g_set_error_literal (error, PASSEND_CSV_ERROR, PASSEND_CSV_ERROR_NOT_CSV,
                           _("This is a spreadsheet, not a CSV file. Open it in the spreadsheet program and save it as “CSV (separated by semicolons)”."));
      return FALSE;
    }

  if (has_prefix (data, length, "\xFF\xFE", 2) || has_prefix (data, length, "\xFE\xFF", 2) ||
      memchr (data, '\0', length) != NULL)
    {
      g_set_error_literal (error, PASSEND_CSV_ERROR, PASSEND_CSV_ERROR_ENCODING,
                           _("The file is not text in UTF-8 or Windows-1252 (it may be UTF-16 or a binary file). Export it again as CSV in UTF-8."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
has_control_characters (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
        return TRUE;
    }

  return FALSE;
}

/* Returns the text as UTF-8, without a BOM. */
static char *
decode (GBytes      *bytes,
        const char **encoding,
        GError     **error)
{
  gsize length = 0;
  const guint8 *data = g_bytes_get_data (bytes, &length);
  g_autofree char *text = NULL;

  if (length > MAX_FILE_SIZE)
    {
      g_set_error_literal (error, PASSEND_CSV_ERROR, PASSEND_CSV_ERROR_TOO_LARGE,
                           _("The file is too large to be a list of students."));
      return NULL;
    }

  if (length == 0 || data == NULL)
    {
      g_set_error_literal (error, PASSEND_CSV_ERROR, PASSEND_CSV_ERROR_EMPTY,
                           _("The file is empty."));
      return NULL;
    }

  if (!refuse_known_binary (data, length, error))
    return NULL;

  if (has_prefix (data, length, "\xEF\xBB\xBF", 3))
    {
      data += 3;
      length -= 3;
      if (!g_utf8_validate_len ((const char *) data, length, NULL))
        {
          g_set_error_literal (error, PASSEND_CSV_ERROR, PASSEND_CSV_ERROR_ENCODING,
                               _("The file says it is UTF-8, but it is not: some characters cannot be read. Export it again."));
          return NULL;
        }
      *encoding = "UTF-8";
      text = g_strndup ((const char *) data, length);
    }
  else if (g_utf8_validate_len ((const char *) data, length, NULL))
    {
      *encoding = "UTF-8";
      text = g_strndup ((const char *) data, length);
    }
  else
    {
      /* Magister's "ANSI" export: Windows-1252. Five byte values have no
       * character there, so a file in another encoding usually fails. */
      text = g_convert ((const char *) data, length, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
      if (text == NULL)
        {
          g_set_error_literal (error, PASSEND_CSV_ERROR, PASSEND_CSV_ERROR_ENCODING,
                               _("The file is neither UTF-8 nor Windows-1252, so its characters cannot be read. Export it again as CSV in UTF-8."));
          return NULL;
        }
      *encoding = "Windows-1252";
    }

  if (has_control_characters (text))
    {
      g_set_error_literal (error, PASSEND_CSV_ERROR, PASSEND_CSV_ERROR_NOT_CSV,
                           _("The file contains control characters, so it is not a CSV export."));
      return NULL;
    }

  return g_steal_pointer (&text);
}

/* Separator */

/* Excel writes "sep=;" as the first line when asked; it wins. */
static const char *
skip_sep_line (const char *text,
               char       *separator)
{
  if (g_ascii_strncasecmp (text, "sep=", 4) == 0 &&
      (text[4] == ';' || text[4] == ',' || text[4] == '\t') &&
      (text[5] == '\n' || text[5] == '\r'))
    {
      *separator = text[4];
      text += 5;
      if (*text == '\r')
        text++;
      if (*text == '\n')
        text++;
    }

  return text;
}

/* The separator is the one the header line uses most, outside quotes;
 * a header names its columns, so it has one fewer than the columns. */
static char
detect_separator (const char *text)
{
  guint semicolons = 0, commas = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == '\n' || *p == '\r'))
        break;
      else if (!quoted && *p == ';')
        semicolons++;
      else if (!quoted && *p == ',')
        commas++;
      else if (!quoted && *p == '\t')
        tabs++;
    }

  if (semicolons == 0 && commas == 0 && tabs == 0)
    return '\0';
  if (semicolons >= commas && semicolons >= tabs)
    return ';';
  if (tabs >= commas)
    return '\t';
  return ',';
}

/* Records */

typedef enum
{
  STATE_UNQUOTED,
  STATE_QUOTED,
  STATE_AFTER_QUOTE,
} State;

typedef struct
{
  PassendCsvTable *table;
  GPtrArray       *fields;
  GString         *field;
  guint            line;
  gboolean         field_started;
} Parser;

static void
end_field (Parser *parser)
{
  g_ptr_array_add (parser->fields, g_strndup (parser->field->str, parser->field->len));
  g_string_truncate (parser->field, 0);
  parser->field_started = FALSE;
}

static void
end_record (Parser *parser)
{
  gboolean blank;

  end_field (parser);

  /* A line with nothing on it is not a row of data. */
  blank = parser->fields->len == 1 &&
          *(const char *) g_ptr_array_index (parser->fields, 0) == '\0';

  if (!blank)
    {
      g_ptr_array_add (parser->fields, NULL);
      g_ptr_array_add (parser->table->rows, g_ptr_array_steal (parser->fields, NULL));
      g_array_append_val (parser->table->line_numbers, parser->line);
    }
  else
    {
      g_ptr_array_set_size (parser->fields, 0);
    }

  parser->line++;
}

static gboolean
is_blank (const GString *text)
{
  for (gsize i = 0; i < text->len; i++)
    {
      if (text->str[i] != ' ' && text->str[i] != '\t')
        return FALSE;
    }

  return TRUE;
}

static gboolean
parse_records (PassendCsvTable  *table,
               const char       *text,
               GError          **error)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  Parser parser = { table, fields, field, 1, FALSE };
  State state = STATE_UNQUOTED;
  guint quote_line = 0;
  const char *p;

  for (p = text; *p != '\0'; p++)
    {
      char c = *p;

      switch (state)
        {
        case STATE_UNQUOTED:
          if (c == table->separator)
            end_field (&parser);
          else if (c == '\n' || c == '\r')
            {
              if (c == '\r' && p[1] == '\n')
                p++;
              end_record (&parser);
            }
          else if (c == '"' && is_blank (field))
            {
              /* Spaces before an opening quote (", " separated files). */
              g_string_truncate (field, 0);
              state = STATE_QUOTED;
              quote_line = parser.line;
            }
          else
            {
              /* A quote inside an unquoted field is kept, as Excel does. */
              g_string_append_c (field, c);
            }
          break;

        case STATE_QUOTED:
          if (c == '"')
            state = STATE_AFTER_QUOTE;
          else if (c == '\r' && p[1] == '\n')
            ; /* a CRLF inside a field becomes LF */
          else
            g_string_append_c (field, c);
          break;

        case STATE_AFTER_QUOTE:
          if (c == '"')
            {
              g_string_append_c (field, '"');
              state = STATE_QUOTED;
            }
          else if (c == table->separator)
            {
              end_field (&parser);
              state = STATE_UNQUOTED;
            }
          else if (c == '\n' || c == '\r')
            {
              if (c == '\r' && p[1] == '\n')
                p++;
              end_record (&parser);
              state = STATE_UNQUOTED;
            }
          else
            {
              /* Text after the closing quote ("a"b): kept, leniently. */
              g_string_append_c (field, c);
              state = STATE_UNQUOTED;
            }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  if (state == STATE_QUOTED)
    {
      g_set_error (error, PASSEND_CSV_ERROR, PASSEND_CSV_ERROR_SYNTAX,
                   _("Row %u: a field opens with a quote (\") that is never closed. Check the quotes on that row."),
                   quote_line);
      return FALSE;
    }

  if (field->len > 0 || fields->len > 0 || state == STATE_AFTER_QUOTE)
    end_record (&parser);

  return TRUE;
}

/**
 * passend_csv_table_new_from_bytes:
 *
 * Returns: (transfer full): the table, or %NULL with @error set
 * (%PASSEND_CSV_ERROR).
 */
PassendCsvTable *
passend_csv_table_new_from_bytes (GBytes  *bytes,
                                  GError **error)
{
  g_autoptr(PassendCsvTable) table = NULL;
  g_autofree char *text = NULL;
  const char *encoding = NULL;
  const char *start;
  char separator = '\0';

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  text = decode (bytes, &encoding, error);
  if (text == NULL)
    return NULL;

  start = skip_sep_line (text, &separator);
  while (*start == '\n' || *start == '\r')
    start++;

  if (*start == '\0')
    {
      g_set_error_literal (error, PASSEND_CSV_ERROR, PASSEND_CSV_ERROR_EMPTY,
                           _("The file is empty."));
      return NULL;
    }

  if (separator == '\0')
    separator = detect_separator (start);
  if (separator == '\0')
    {
      g_set_error_literal (error, PASSEND_CSV_ERROR, PASSEND_CSV_ERROR_NOT_CSV,
                           _("The first line has no semicolons, commas or tabs between column names, so this is not a CSV export."));
      return NULL;
    }

  table = g_new0 (PassendCsvTable, 1);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  table->line_numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  table->separator = separator;
  table->encoding = encoding;

  if (!parse_records (table, start, error))
    return NULL;

  if (table->rows->len == 0)
    {
      g_set_error_literal (error, PASSEND_CSV_ERROR, PASSEND_CSV_ERROR_EMPTY,
                           _("The file is empty."));
      return NULL;
    }

  return g_steal_pointer (&table);
}

PassendCsvTable *
passend_csv_table_new_from_file (GFile         *file,
                                 GCancellable  *cancellable,
                                 GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = g_file_load_bytes (file, cancellable, NULL, error);
  if (bytes == NULL)
    return NULL;

  return passend_csv_table_new_from_bytes (bytes, error);
}

guint
passend_csv_table_get_n_rows (PassendCsvTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->rows->len;
}

guint
passend_csv_table_get_n_fields (PassendCsvTable *table,
                                guint            row)
{
  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (row < table->rows->len, 0);

  return g_strv_length (g_ptr_array_index (table->rows, row));
}

const char *
passend_csv_table_get_field (PassendCsvTable *table,
                             guint            row,
                             guint            field)
{
  char **fields;

  g_return_val_if_fail (table != NULL, "");
  g_return_val_if_fail (row < table->rows->len, "");

  fields = g_ptr_array_index (table->rows, row);
  for (guint i = 0; i < field; i++)
    {
      if (fields[i] == NULL)
        return "";
    }

  return fields[field] != NULL ? fields[field] : "";
}

guint
passend_csv_table_get_line_number (PassendCsvTable *table,
                                   guint            row)
{
  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (row < table->rows->len, 0);

  return g_array_index (table->line_numbers, guint, row);
}

char
passend_csv_table_get_separator (PassendCsvTable *table)
{
  g_return_val_if_fail (table != NULL, '\0');

  return table->separator;
}

const char *
passend_csv_table_get_encoding (PassendCsvTable *table)
{
  g_return_val_if_fail (table != NULL, NULL);

  return table->encoding;
}
