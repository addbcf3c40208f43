/* fuzz-csv.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An export from the school's LVS, as the import dialog reads it: the CSV
 * reader (encodings, separators, quotes), then the import plan that
 * compares every row with the students already stored. */

#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>

#include "passend-csv-reader.h"
#include "passend-fuzz.h"
#include "passend-import-plan.h"

static char *database_dir;
static char *database_path;

static void
remove_database (void)
{
  g_autoptr(GDir) dir = g_dir_open (database_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (database_dir, name, NULL);

      g_remove (child);
    }
  g_rmdir (database_dir);
}

static void
add_student (PassendDatabase *database,
             const char      *lvs_number,
             const char      *roepnaam,
             const char      *achternaam,
             const char      *class_name)
{
  g_autoptr(PassendStudent) student = passend_student_new ();
  g_autoptr(GError) error = NULL;

  passend_student_set_lvs_number (student, lvs_number);
  passend_student_set_roepnaam (student, roepnaam);
  passend_student_set_achternaam (student, achternaam);
  passend_student_set_class_name (student, class_name);
  if (!passend_database_add_student (database, student, &error))
    g_error ("%s", error->message);
}

/* One database for the whole run, with students whose numbers occur in
 * the corpus, so plans hold updates and leavers as well as new rows. */
static PassendDatabase *
shared_database (void)
{
  static PassendDatabase *database;
  g_autoptr(GError) error = NULL;

  if (database != NULL)
    return database;

  database_dir = g_dir_make_tmp ("passend-fuzz-csv-XXXXXX", &error);
  g_assert_no_error (error);
  database_path = g_build_filename (database_dir, "passend.db", NULL);
  atexit (remove_database);

  database = passend_database_open (database_path, &error);
  g_assert_no_error (error);
  add_student (database, "100001", "Zoë", "Berg", "2H1");
  add_student (database, "200001", "Daan", "Jansen", "1A");
  add_student (database, "300001", "Sem", "Bakker", "1M3");
  add_student (database, "700001", "Tim", "Kok", "1A");
  return database;
}

static void
walk_table (PassendCsvTable *table)
{
  guint n_rows = passend_csv_table_get_n_rows (table);
  guint last_line = 0;

  g_assert (g_utf8_validate (passend_csv_table_get_encoding (table), -1, NULL));

  for (guint row = 0; row < n_rows; row++)
    {
      guint line = passend_csv_table_get_line_number (table, row);

      g_assert (line > last_line);
      last_line = line;

      for (guint field = 0; field < passend_csv_table_get_n_fields (table, row); field++)
        {
          const char *text = passend_csv_table_get_field (table, row, field);

          g_assert (text != NULL);
          g_assert (g_utf8_validate (text, -1, NULL));
        }
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(PassendCsvTable) table = NULL;
  g_autoptr(PassendImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *rows;

  table = passend_csv_table_new_from_bytes (bytes, &error);
  if (table == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }
  walk_table (table);

  plan = passend_import_plan_new_for_table (table, shared_database (), passend_day_new (2026, 9, 1), &error);
  if (plan == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }

  rows = passend_import_plan_get_rows (plan);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(PassendImportRow) row = g_list_model_get_item (rows, i);
      const char *label = passend_import_status_get_label (passend_import_row_get_status (row));

      g_assert (label != NULL);
      g_assert (passend_import_row_get_name (row) == NULL ||
                g_utf8_validate (passend_import_row_get_name (row), -1, NULL));
    }

  return 0;
}
