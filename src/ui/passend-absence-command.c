/* passend-absence-command.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-absence-command.h"
#include "passend-absence-import.h"

#define EXIT_FAILED 1
#define EXIT_USAGE  2
#define COMMAND     "passend import-absence"

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

static int
import_absence (const char *database_path,
                const char *export_path,
                gboolean    dry_run)
{
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(PassendCsvTable) table = NULL;
  g_autoptr(GPtrArray) absences = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (export_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint failed = 0;

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

  table = passend_csv_table_new_from_file (file, NULL, &error);
  if (table != NULL)
    absences = passend_absence_import_read (table, database, &error);
  if (absences == NULL)
    {
      message = g_strdup_printf (_("Nothing was imported from “%s”: %s"), export_path, error->message);
      return fail (message);
    }

  if (dry_run)
    {
      g_print (g_dngettext (GETTEXT_PACKAGE, "%u absence read\n", "%u absences read\n", absences->len),
               absences->len);
      g_print ("%s\n", _("Dry run: nothing was written."));
      return EXIT_SUCCESS;
    }

  if (!passend_database_add_absences (database, absences, &failed, &error))
    {
      guint row = failed < absences->len
                ? GPOINTER_TO_UINT (g_object_get_data (g_ptr_array_index (absences, failed), "passend-row"))
                : 0;

      /* TRANSLATORS: "Nothing was imported: row 14: …". */
      message = g_strdup_printf (_("Nothing was imported: row %u: %s"), row, error->message);
      return fail (message);
    }

  g_print (g_dngettext (GETTEXT_PACKAGE, "Imported: %u absence\n", "Imported: %u absences\n", absences->len),
           absences->len);
  return EXIT_SUCCESS;
}

int
passend_absence_command_run (int    argc,
                             char **argv)
{
  g_autofree char *database = NULL;
  gboolean dry_run = FALSE;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database to import into"), N_("FILE") },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Check the export and write nothing"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("EXPORT.csv"));
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context, _("Imports registered absence from an LVS export (CSV) with the columns "
                                           "leerlingnummer, datum, lesuren or aantal, and reden or registratie. "
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

  return import_absence (database, argv[1], dry_run);
}
