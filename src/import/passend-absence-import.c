/* passend-absence-import.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "passend-absence-import.h"

typedef enum
{
  COLUMN_LVS,
  COLUMN_DAY,
  COLUMN_HOURS,
  COLUMN_REASON,
  N_COLUMNS
} Column;

/* Header names as the LVSs write them, compared without case. */
static const char * const * const column_names[N_COLUMNS] = {
  (const char * const []) { "leerlingnummer", "stamnummer", "leerling nummer", "lln.nr.", "llnr", NULL },
  (const char * const []) { "datum", "dag", "date", NULL },
  (const char * const []) { "lesuren", "aantal", "aantal lesuren", "uren", NULL },
  (const char * const []) { "reden", "registratie", "absentiecode", "soort", "code", NULL },
};

static gboolean
find_columns (PassendCsvTable  *table,
              int               columns[N_COLUMNS],
              GError          **error)
{
  guint n_fields = passend_csv_table_get_n_fields (table, 0);

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      columns[c] = -1;
      for (guint f = 0; f < n_fields && columns[c] < 0; f++)
        {
          g_autofree char *name = g_utf8_strdown (passend_csv_table_get_field (table, 0, f), -1);

          g_strstrip (name);
          if (g_strv_contains (column_names[c], name))
            columns[c] = (int) f;
        }
    }

  /* Without a count, every row is one lesson. */
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      if (columns[c] < 0 && c != COLUMN_HOURS)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("The export has no column “%s”."), column_names[c][0]);
          return FALSE;
        }
    }

  return TRUE;
}

/* The LVS's registration text to our reason: the words schools use. */
static gboolean
reason_from_text (const char           *text,
                  PassendAbsenceReason *reason)
{
  g_autofree char *folded = g_utf8_strdown (text, -1);

  if (strstr (folded, "ongeoorloofd") || strstr (folded, "spijbel") || g_str_equal (folded, "o"))
    *reason = PASSEND_ABSENCE_UNAUTHORISED;
  else if (strstr (folded, "laat") || g_str_equal (folded, "tl"))
    *reason = PASSEND_ABSENCE_LATE;
  else if (strstr (folded, "ziek") || g_str_equal (folded, "z"))
    *reason = PASSEND_ABSENCE_SICK;
  else if (strstr (folded, "verlof") || g_str_equal (folded, "v"))
    *reason = PASSEND_ABSENCE_LEAVE;
  else if (strstr (folded, "geoorloofd") || strstr (folded, "tandarts") || strstr (folded, "arts") ||
           strstr (folded, "medisch") || strstr (folded, "overig"))
    *reason = PASSEND_ABSENCE_AUTHORISED_OTHER;
  else
    return FALSE;

  return TRUE;
}

static gboolean
row_error (GError         **error,
           PassendCsvTable *table,
           guint            row,
           const char      *column,
           const char      *problem)
{
  /* TRANSLATORS: "Row 14, column “datum”: 31-02-2026 is not a date." */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("Row %u, column “%s”: %s"),
               passend_csv_table_get_line_number (table, row), column, problem);
  return FALSE;
}

static gboolean
read_row (PassendCsvTable  *table,
          guint             row,
          const int         columns[N_COLUMNS],
          PassendDatabase  *database,
          GHashTable       *seen,
          GPtrArray        *absences,
          GError          **error)
{
  const char *lvs = passend_csv_table_get_field (table, row, columns[COLUMN_LVS]);
  const char *day_text = passend_csv_table_get_field (table, row, columns[COLUMN_DAY]);
  const char *reason_text = passend_csv_table_get_field (table, row, columns[COLUMN_REASON]);
  g_autoptr(GError) local = NULL;
  g_autofree char *key = NULL;
  PassendAbsenceReason reason;
  PassendAbsence *absence;
  PassendDay day;
  gint64 student_id;
  int hours = 1;

  student_id = passend_database_find_student_id (database, lvs, &local);
  if (student_id == 0)
    return row_error (error, table, row, column_names[COLUMN_LVS][0], local->message);

  day = strchr (day_text, '-') == day_text + 4 ? passend_day_from_iso (day_text, &local)
                                               : passend_day_from_dutch (day_text, &local);
  if (day == PASSEND_DAY_NONE)
    return row_error (error, table, row, column_names[COLUMN_DAY][0], local->message);

  if (columns[COLUMN_HOURS] >= 0)
    {
      const char *text = passend_csv_table_get_field (table, row, columns[COLUMN_HOURS]);
      char *end = NULL;
      long number = strtol (text, &end, 10);

      if (end == text || *end != '\0' || number < 1 || number > 12)
        return row_error (error, table, row, column_names[COLUMN_HOURS][0],
                          _("The number of lessons must be between 1 and 12."));
      hours = (int) number;
    }

  if (!reason_from_text (reason_text, &reason))
    return row_error (error, table, row, column_names[COLUMN_REASON][0],
                      _("The reason is not one Passend knows (ongeoorloofd, te laat, ziek, verlof, geoorloofd)."));

  /* One row per lesson: add the lessons of one day and reason up. */
  key = g_strdup_printf ("%" G_GINT64_FORMAT "/%u/%d", student_id, day, reason);
  absence = g_hash_table_lookup (seen, key);
  if (absence != NULL)
    {
      hours += passend_absence_get_lesson_hours (absence);
      if (hours > 12)
        return row_error (error, table, row, column_names[COLUMN_HOURS][0],
                          _("More than 12 lessons on one day."));
      passend_absence_set_lesson_hours (absence, hours);
      return TRUE;
    }

  absence = passend_absence_new (day, hours, reason);
  passend_absence_set_student_id (absence, student_id);
  passend_absence_set_imported (absence, TRUE);
  g_ptr_array_add (absences, absence);
  g_hash_table_insert (seen, g_steal_pointer (&key), absence);
  /* The store's row refusal names this row. */
  g_object_set_data (G_OBJECT (absence), "passend-row", GUINT_TO_POINTER (passend_csv_table_get_line_number (table, row)));
  return TRUE;
}

GPtrArray *
passend_absence_import_read (PassendCsvTable  *table,
                             PassendDatabase  *database,
                             GError          **error)
{
  g_autoptr(GPtrArray) absences = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int columns[N_COLUMNS];

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!find_columns (table, columns, error))
    return NULL;

  for (guint row = 1; row < passend_csv_table_get_n_rows (table); row++)
    {
      if (!read_row (table, row, columns, database, seen, absences, error))
        return NULL;
    }

  return g_steal_pointer (&absences);
}
