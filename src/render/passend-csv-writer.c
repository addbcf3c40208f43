/* passend-csv-writer.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "passend-csv-writer.h"

#define CSV_SEPARATOR ';'
#define CSV_BOM "\xEF\xBB\xBF"

struct _PassendCsvWriter
{
  GString *text;
  guint    n_rows;
};

PassendCsvWriter *
passend_csv_writer_new (void)
{
  PassendCsvWriter *self = g_new0 (PassendCsvWriter, 1);

  /* Without the BOM, Excel reads UTF-8 as the ANSI code page and turns
   * "Yıldız" into mojibake. */
  self->text = g_string_new (CSV_BOM);
  return self;
}

void
passend_csv_writer_free (PassendCsvWriter *self)
{
  if (self == NULL)
    return;

  g_string_free (self->text, TRUE);
  g_free (self);
}

static gboolean
looks_like_formula (const char *field)
{
  switch (field[0])
    {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
      return TRUE;
    default:
      return FALSE;
    }
}

static void
append_field (GString    *out,
              const char *field)
{
  gboolean quote;

  if (field == NULL || field[0] == '\0')
    return;

  quote = strpbrk (field, ";\"\r\n") != NULL ||
          field[0] == ' ' || field[strlen (field) - 1] == ' ';

  if (quote)
    g_string_append_c (out, '"');
  if (looks_like_formula (field))
    g_string_append_c (out, '\'');

  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }

  if (quote)
    g_string_append_c (out, '"');
}

char *
passend_csv_quote_field (const char *field)
{
  GString *out = g_string_new (NULL);

  append_field (out, field);
  return g_string_free (out, FALSE);
}

void
passend_csv_writer_add_row (PassendCsvWriter   *self,
                            const char * const *fields,
                            guint               n_fields)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (fields != NULL || n_fields == 0);

  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (self->text, CSV_SEPARATOR);
      append_field (self->text, fields[i]);
    }
  g_string_append (self->text, "\r\n");
  self->n_rows++;
}

guint
passend_csv_writer_get_n_rows (PassendCsvWriter *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_rows;
}

GBytes *
passend_csv_writer_get_bytes (PassendCsvWriter *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_bytes_new (self->text->str, self->text->len);
}

gboolean
passend_csv_writer_save (PassendCsvWriter  *self,
                         const char        *path,
                         GError           **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* CONSISTENT writes a temporary file with the mode, syncs it and
   * renames it over @path, and removes it again when anything fails. */
  if (!g_file_set_contents_full (path, self->text->str, self->text->len,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("The list could not be saved: %s"), local_error->message);
      return FALSE;
    }

  return TRUE;
}
