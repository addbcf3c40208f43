/* passend-import-command.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-import-command.h"
#include "passend-import-plan.h"

#define EXIT_FAILED 1
#define EXIT_USAGE  2
#define COMMAND     "passend import-students"

static int
usage_error (const char *message)
{
  g_printerr ("passend: %s\n", message);
  g_printerr (_("Try “%s --help” for more information.\n"), COMMAND);
  return EXIT_USAGE;
}

static int
fail (const char *message)
{
  g_printerr ("passend: %s\n", message);
  return EXIT_FAILED;
}

static void
print_list (const char         *label,
            const char * const *items)
{
  g_autofree char *joined = NULL;

  if (items == NULL || items[0] == NULL)
    return;

  joined = g_strjoinv (", ", (char **) items);
  g_print ("%s: %s\n", label, joined);
}

static void
print_plan (PassendImportPlan *plan,
            gboolean           complete)
{
  GListModel *rows = passend_import_plan_get_rows (plan);
  GListModel *left = passend_import_plan_get_possibly_left (plan);
  guint n_left = g_list_model_get_n_items (left);
  guint n_errors = passend_import_plan_get_n_status (plan, PASSEND_IMPORT_STATUS_ERROR);

  /* Translators: the counts of an import plan, e.g. "3 new, 1 updated, 0 unchanged, 0 errors" */
  g_print (_("%u new, %u updated, %u unchanged, %u errors\n"),
           passend_import_plan_get_n_status (plan, PASSEND_IMPORT_STATUS_NEW),
           passend_import_plan_get_n_status (plan, PASSEND_IMPORT_STATUS_UPDATED),
           passend_import_plan_get_n_status (plan, PASSEND_IMPORT_STATUS_UNCHANGED),
           n_errors);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(PassendImportRow) row = g_list_model_get_item (rows, i);

      if (passend_import_row_get_status (row) == PASSEND_IMPORT_STATUS_ERROR)
        g_print ("%s\n", passend_import_row_get_detail (row));
    }

  if (passend_import_plan_get_n_skipped (plan) > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "%u row of another school year or repeated was left out\n",
                          "%u rows of other school years or repeated were left out\n",
                          passend_import_plan_get_n_skipped (plan)),
             passend_import_plan_get_n_skipped (plan));
  print_list (_("Unknown mentors (not changed)"), passend_import_plan_get_unknown_mentors (plan));
  print_list (_("Columns not used"), passend_import_plan_get_ignored_columns (plan));

  if (complete)
    {
      g_print (g_dngettext (GETTEXT_PACKAGE, "%u possibly left\n", "%u possibly left\n", n_left), n_left);
      for (guint i = 0; i < n_left; i++)
        {
          g_autoptr(PassendImportRow) row = g_list_model_get_item (left, i);

          g_print ("  %s\t%s\t%s\n", passend_import_row_get_lvs_number (row),
                   passend_import_row_get_name (row), passend_import_row_get_class_name (row));
        }
    }
  else if (n_left > 0)
    {
      g_print (g_dngettext (GETTEXT_PACKAGE,
                            "%u student in the database is not in the export; if the export holds every student, --complete marks them as left\n",
                            "%u students in the database are not in the export; if the export holds every student, --complete marks them as left\n",
                            n_left),
               n_left);
    }
}

static int
import_students (const char *database_path,
                 const char *export_path,
                 PassendDay  today,
                 gboolean    dry_run,
                 gboolean    complete)
{
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(PassendImportPlan) plan = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (export_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint created = 0, updated = 0;

  /* A dry run must not create the database it would read. */
  if (dry_run && !g_file_test (database_path, G_FILE_TEST_IS_REGULAR))
    {
      message = g_strdup_printf (_("“%s” does not exist"), database_path);
      return fail (message);
    }

  database = passend_database_open (database_path, &error);
  if (database == NULL)
    {
      message = g_strdup_printf (_("Cannot open “%s”: %s"), database_path, error->message);
      return fail (message);
    }

  plan = passend_import_plan_new_for_file (file, database, today, NULL, &error);
  if (plan == NULL)
    {
      message = g_strdup_printf (_("Cannot import “%s”: %s"), export_path, error->message);
      return fail (message);
    }

  print_plan (plan, complete);

  if (passend_import_plan_get_n_status (plan, PASSEND_IMPORT_STATUS_ERROR) > 0)
    {
      passend_import_plan_apply (plan, database, complete, NULL, NULL, &error);
      return fail (error->message);
    }

  if (dry_run)
    {
      g_print ("%s\n", _("Dry run: nothing was written."));
      return EXIT_SUCCESS;
    }

  if (!passend_import_plan_apply (plan, database, complete, &created, &updated, &error))
    {
      message = g_strdup_printf (_("Nothing was imported: %s"), error->message);
      return fail (message);
    }

  g_print (_("Imported: %u new, %u updated\n"), created, updated);
  return EXIT_SUCCESS;
}

int
passend_import_command_run (int    argc,
                            char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *today_text = NULL;
  gboolean dry_run = FALSE;
  gboolean complete = FALSE;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database to import into"), N_("FILE") },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Show what would change and write nothing"), NULL },
    { "complete", 0, 0, G_OPTION_ARG_NONE, &complete,
      N_("The export holds every student: mark the students missing from it as left"), NULL },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text,
      N_("The day of the import, which picks the school year (default: today)"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("EXPORT.csv"));
  g_autoptr(GError) error = NULL;
  PassendDay today = passend_day_today ();

  g_option_context_set_summary (context, _("Imports the students of a Magister or Somtoday export (CSV). "
                                           "Only administrative fields change; care data is never touched. "
                                           "When a row has an error, nothing is written."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_set_prgname (COMMAND);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (error->message);
  if (database == NULL)
    return usage_error (_("Say which database to import into with --database FILE"));
  if (argc < 2)
    return usage_error (_("Say which export to import"));
  if (argc > 2)
    {
      g_autofree char *message = g_strdup_printf (_("Unexpected argument “%s”"), argv[2]);

      return usage_error (message);
    }
  if (today_text != NULL)
    {
      today = passend_day_from_iso (today_text, NULL);
      if (today == PASSEND_DAY_NONE)
        {
          g_autofree char *message = g_strdup_printf (_("--today: “%s” is not a date like 2026-03-16"), today_text);

          return usage_error (message);
        }
    }

  return import_students (database, argv[1], today, dry_run, complete);
}
