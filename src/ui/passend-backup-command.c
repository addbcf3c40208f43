/* passend-backup-command.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-backup-command.h"
#include "passend-database-backup.h"

#define EXIT_FAILED 1
#define EXIT_USAGE  2

static int
usage_error (const char *command,
             const char *message)
{
  g_printerr ("passend: %s\n", message);
  g_printerr (_("Try “%s --help” for more information.\n"), command);
  return EXIT_USAGE;
}

static int
fail (const char *message)
{
  g_printerr ("passend: %s\n", message);
  return EXIT_FAILED;
}

/* Parses the options of @command and leaves exactly @n_positional
 * arguments in @argv[1…]. */
static int
parse (const char          *command,
       const char          *parameters,
       const char          *summary,
       const GOptionEntry  *entries,
       int                  n_positional,
       int                 *argc,
       char              ***argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameters);
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_set_prgname (command);

  if (!g_option_context_parse (context, argc, argv, &error))
    return usage_error (command, error->message);
  if (*argc > 1 + n_positional)
    {
      g_autofree char *message = g_strdup_printf (_("Unexpected argument “%s”"), (*argv)[1 + n_positional]);

      return usage_error (command, message);
    }
  if (*argc < 1 + n_positional)
    return usage_error (command, _("A file name is missing"));
  return EXIT_SUCCESS;
}

/* Backing up or restoring must never create an empty database where a
 * path was mistyped. */
static gboolean
database_exists (const char  *path,
                 char       **message)
{
  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return TRUE;
  *message = g_strdup_printf (_("“%s” does not exist"), path);
  return FALSE;
}

static char *
format_backup_line (PassendBackupInfo *info)
{
  g_autofree char *when = g_date_time_format (info->created, "%Y-%m-%d %H:%M");
  g_autofree char *size = g_format_size (info->size);

  /* TRANSLATORS: one line of `passend backups`: date, size, schema
   * version, whether it was verified, and the file */
  return g_strdup_printf (_("%s  %9s  schema %d  %s  %s"), when, size, info->version,
                          info->verified ? _("verified") : _("NOT VERIFIED"), info->path);
}

int
passend_backup_command_run (int    argc,
                            char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *to = NULL;
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;
  g_autofree char *folder = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  PassendBackupRotation rotation;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database to back up (default: the usual one)"), N_("FILE") },
    { "to", 0, 0, G_OPTION_ARG_FILENAME, &to,
      N_("Write the backup to this folder instead of the backup folder"), N_("DIR") },
    { NULL }
  };
  int status;

  status = parse ("passend backup", NULL,
                  _("Makes a checked backup of the database while it may be in use. In the backup folder next "
                    "to the database, old backups are thinned out: one a day for a week, one a week for a month "
                    "and one a month for a year are kept."),
                  entries, 0, &argc, &argv);
  if (status != EXIT_SUCCESS)
    return status;

  if (database == NULL)
    database = passend_database_get_default_path ();
  if (!database_exists (database, &message))
    return fail (message);

  passend_backup_rotation_init (&rotation);
  path = passend_backup_create (database, to, NULL, to == NULL ? &rotation : NULL,
                                NULL, NULL, NULL, &error);
  if (path == NULL)
    {
      message = g_strdup_printf (_("Cannot back up “%s”: %s"), database, error->message);
      return fail (message);
    }

  /* Checked when it was made: the listing only reads its header. */
  folder = g_path_get_dirname (path);
  backups = passend_backup_list (folder, NULL);
  for (guint i = 0; backups != NULL && i < backups->len && line == NULL; i++)
    {
      PassendBackupInfo *info = g_ptr_array_index (backups, i);

      if (g_str_equal (info->path, path))
        line = format_backup_line (info);
    }

  g_print ("%s\n", line != NULL ? line : path);
  return EXIT_SUCCESS;
}

int
passend_backups_command_run (int    argc,
                             char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *folder = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database whose backups to list (default: the usual one)"), N_("FILE") },
    { NULL }
  };
  int status;

  status = parse ("passend backups", NULL,
                  _("Lists the backups of the database, newest first, with their size and schema version."),
                  entries, 0, &argc, &argv);
  if (status != EXIT_SUCCESS)
    return status;

  if (database == NULL)
    database = passend_database_get_default_path ();

  folder = passend_backup_get_folder (database);
  backups = passend_backup_list (folder, &error);
  if (backups == NULL)
    return fail (error->message);

  if (backups->len == 0)
    {
      g_print (_("No backups in %s\n"), folder);
      return EXIT_SUCCESS;
    }

  for (guint i = 0; i < backups->len; i++)
    {
      g_autofree char *line = format_backup_line (g_ptr_array_index (backups, i));

      g_print ("%s\n", line);
    }
  return EXIT_SUCCESS;
}

/* Opens the file that was put in place, as the app would: it may need a
 * migration, and it must open. */
static int
report_replaced (const char *database,
                 const char *kept_aside,
                 const char *done)
{
  g_autoptr(PassendDatabase) opened = NULL;
  g_autoptr(GError) error = NULL;

  opened = passend_database_open (database, &error);
  if (opened == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” was put in place but cannot be opened: %s"),
                                                  database, error->message);
      return fail (message);
    }

  g_print ("%s\n", done);
  if (kept_aside != NULL)
    g_print (_("The database it replaced is kept as %s\n"), kept_aside);
  return EXIT_SUCCESS;
}

int
passend_restore_command_run (int    argc,
                             char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *kept_aside = NULL;
  g_autofree char *message = NULL;
  g_autofree char *done = NULL;
  g_autoptr(GError) error = NULL;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database to restore (default: the usual one)"), N_("FILE") },
    { NULL }
  };
  int status;

  status = parse ("passend restore", _("BACKUP"),
                  _("Checks the backup and puts it in place of the database. The database it replaces is kept "
                    "next to it under a name with the date and time. Close Passend first."),
                  entries, 1, &argc, &argv);
  if (status != EXIT_SUCCESS)
    return status;

  if (database == NULL)
    database = passend_database_get_default_path ();

  if (!passend_backup_restore (database, argv[1], NULL, &kept_aside, &error))
    {
      message = g_strdup_printf (_("Cannot restore “%s”: %s"), argv[1], error->message);
      return fail (message);
    }

  done = g_strdup_printf (_("Restored %s from %s"), database, argv[1]);
  return report_replaced (database, kept_aside, done);
}

int
passend_export_archive_command_run (int    argc,
                                    char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *output = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database to export"), N_("FILE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The archive to write (.passend-archive)"), N_("FILE") },
    { NULL }
  };
  int status;

  status = parse ("passend export-archive", NULL,
                  _("Writes the whole database, attachments included, as one checked archive file for moving "
                    "to another computer. Keep it as safe as the database: it holds every record."),
                  entries, 0, &argc, &argv);
  if (status != EXIT_SUCCESS)
    return status;

  if (database == NULL)
    return usage_error ("passend export-archive", _("Say which database to export with --database FILE"));
  if (output == NULL)
    return usage_error ("passend export-archive", _("Say where to write the archive with --output FILE"));
  if (!database_exists (database, &message))
    return fail (message);

  if (!passend_backup_export_archive (database, output, &error))
    {
      message = g_strdup_printf (_("Cannot export “%s”: %s"), database, error->message);
      return fail (message);
    }

  g_print (_("Wrote %s\n"), output);
  return EXIT_SUCCESS;
}

int
passend_import_archive_command_run (int    argc,
                                    char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *kept_aside = NULL;
  g_autofree char *message = NULL;
  g_autofree char *done = NULL;
  g_autoptr(GError) error = NULL;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database to create or replace"), N_("FILE") },
    { NULL }
  };
  int status;

  status = parse ("passend import-archive", _("ARCHIVE"),
                  _("Checks an archive made by “passend export-archive” and puts its database in place. "
                    "A database already there is kept next to it under a name with the date and time."),
                  entries, 1, &argc, &argv);
  if (status != EXIT_SUCCESS)
    return status;

  if (database == NULL)
    return usage_error ("passend import-archive", _("Say which database to import into with --database FILE"));

  if (!passend_backup_import_archive (database, argv[1], &kept_aside, &error))
    {
      message = g_strdup_printf (_("Cannot import “%s”: %s"), argv[1], error->message);
      return fail (message);
    }

  done = g_strdup_printf (_("Imported %s into %s"), argv[1], database);
  return report_replaced (database, kept_aside, done);
}
