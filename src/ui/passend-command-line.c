/* passend-command-line.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "passend-agenda-command.h"
#include "passend-application.h"
#include "passend-backup-command.h"
#include "passend-command-line.h"
#include "passend-database.h"
#include "passend-demo-school.h"
#include "passend-dossier-command.h"
#include "passend-export-command.h"
#include "passend-absence-command.h"
#include "passend-import-command.h"
#include "passend-opp-command.h"
#include "passend-renderer.h"

/* Exit statuses: 1 when the work failed, 2 when the command line itself
 * was wrong (the convention of most GNU tools). */
#define EXIT_FAILED 1
#define EXIT_USAGE  2

typedef int (*VerbFunc) (int    argc,
                         char **argv);

static int run_demo  (int    argc,
                      char **argv);
static int run_check (int    argc,
                      char **argv);
static int run_deadlines (int    argc,
                          char **argv);

static const struct
{
  const char *name;
  const char *summary;
  VerbFunc    run;
} verbs[] = {
  { "demo", N_("Create a demo school in a new database"), run_demo },
  { "check", N_("Check a database and show what it holds"), run_check },
  { "deadlines", N_("List the overdue and coming deadlines"), run_deadlines },
  { "import-students", N_("Import students from a Magister or Somtoday export"), passend_import_command_run },
  { "import-absence", N_("Import registered absence from an LVS export"), passend_absence_command_run },
  { "export-timeline", N_("Export a student’s timeline as a PDF chronology"), passend_export_command_run },
  { "export-agenda", N_("Export a meeting’s agenda as a PDF or calendar file"), passend_agenda_command_run },
  { "export-minutes", N_("Export a meeting’s minutes as a PDF"), passend_minutes_command_run },
  { "export-opp", N_("Export a student’s OPP as a PDF"), passend_opp_command_run },
  { "export-dossier", N_("Export a student’s TLV dossier as one PDF"), passend_dossier_command_run },
  { "backup", N_("Make a checked backup of a database"), passend_backup_command_run },
  { "backups", N_("List the backups of a database"), passend_backups_command_run },
  { "restore", N_("Put a backup in place of a database"), passend_restore_command_run },
  { "export-archive", N_("Write a database as one archive for another computer"), passend_export_archive_command_run },
  { "import-archive", N_("Put the database of an archive in place"), passend_import_archive_command_run },
};

static int
fail (const char *message)
{
  g_printerr ("passend: %s\n", message);
  return EXIT_FAILED;
}

static int
usage_error (const char *command,
             const char *message)
{
  g_printerr ("passend: %s\n", message);
  g_printerr (_("Try “%s --help” for more information.\n"), command);
  return EXIT_USAGE;
}

/* Parses @context and refuses stray arguments, so that a typo is an
 * error instead of being ignored. */
static int
parse_options (GOptionContext  *context,
               const char      *command,
               int             *argc,
               char          ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    return usage_error (command, error->message);
  if (*argc > 1)
    {
      g_autofree char *message = g_strdup_printf (_("Unexpected argument “%s”"), (*argv)[1]);

      return usage_error (command, message);
    }
  return EXIT_SUCCESS;
}

static gboolean
parse_number (const char  *option,
              const char  *text,
              guint64      min,
              guint64      max,
              guint64     *out,
              char       **message)
{
  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, min, max, out, NULL))
    {
      *message = g_strdup_printf (_("%s: “%s” is not a whole number from %u to %u"),
                                  option, text, (guint) min, (guint) max);
      return FALSE;
    }
  return TRUE;
}

static void
remove_database_files (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static void
show_progress (double   fraction,
               gpointer user_data)
{
  g_printerr ("\r%s %3d %%", _("Creating the demo school…"), (int) (fraction * 100));
}

typedef struct
{
  char *database;
  char *students;
  char *caseload;
  char *entries;
  char *heavy;
  char *seed;
  char *today;
} DemoArguments;

static void
demo_arguments_clear (DemoArguments *args)
{
  g_free (args->database);
  g_free (args->students);
  g_free (args->caseload);
  g_free (args->entries);
  g_free (args->heavy);
  g_free (args->seed);
  g_free (args->today);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DemoArguments, demo_arguments_clear)

/* Turns the text arguments into options; on a bad value sets @message
 * naming it. */
static gboolean
demo_options_from_arguments (const DemoArguments  *args,
                             PassendDemoOptions   *options,
                             char                **message)
{
  guint64 students = options->n_students;
  guint64 caseload = options->n_caseload;
  guint64 entries = options->n_entries;
  guint64 heavy = options->heavy_student_entries;
  guint64 seed = options->seed;

  if (!parse_number ("--students", args->students, 1, 20000, &students, message) ||
      !parse_number ("--caseload", args->caseload, 0, 20000, &caseload, message) ||
      !parse_number ("--entries", args->entries, 0, 10000000, &entries, message) ||
      !parse_number ("--heavy-student", args->heavy, 0, 10000000, &heavy, message) ||
      !parse_number ("--seed", args->seed, 0, G_MAXUINT32, &seed, message))
    return FALSE;

  if (args->today != NULL)
    {
      g_autoptr(GError) error = NULL;

      options->today = passend_day_from_iso (args->today, &error);
      if (options->today == PASSEND_DAY_NONE)
        {
          *message = g_strdup_printf (_("--today: “%s” is not a date like 2026-03-16"), args->today);
          return FALSE;
        }
    }

  options->n_students = students;
  options->n_caseload = caseload;
  options->n_entries = entries;
  options->heavy_student_entries = heavy;
  options->seed = seed;
  return TRUE;
}

static int
generate_demo (const char               *path,
               const PassendDemoOptions *options)
{
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autofree char *message = NULL;
  g_autofree char *students = NULL;
  g_autofree char *entries = NULL;
  gboolean existed = g_file_test (path, G_FILE_TEST_EXISTS);
  gboolean on_terminal = isatty (STDERR_FILENO);
  gint64 n_students, n_caseload, n_entries;
  gboolean ok;

  database = passend_database_open (path, &error);
  if (database == NULL)
    {
      if (!existed)
        remove_database_files (path);
      message = g_strdup_printf (_("Cannot open “%s”: %s"), path, error->message);
      return fail (message);
    }

  ok = passend_demo_school_generate (database, options, on_terminal ? show_progress : NULL, NULL, &error);
  if (on_terminal)
    g_printerr ("\r\033[K");
  if (!ok)
    {
      /* A database this command created and could not fill is not left
       * behind as an empty file. */
      g_clear_object (&database);
      if (!existed)
        remove_database_files (path);
      /* Options that do not fit together are a usage error too. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT))
        return usage_error ("passend demo", error->message);
      message = g_strdup_printf (_("Cannot create a demo school in “%s”: %s"), path, error->message);
      return fail (message);
    }

  n_students = passend_database_count (database, "students", NULL);
  n_caseload = passend_database_count (database, "caseload", NULL);
  n_entries = passend_database_count (database, "timeline", NULL);
  students = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lld student", "%lld students", (gulong) n_students),
                              (long long) n_students);
  entries = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lld timeline entry", "%lld timeline entries",
                                          (gulong) n_entries),
                             (long long) n_entries);
  /* TRANSLATORS: "Created a demo school in school.db: 1200 students,
   * 150 in the caseload, 3750 timeline entries (0.8 s)" */
  g_print (_("Created a demo school in %s: %s, %lld in the caseload, %s (%.1f s)\n"),
           path, students, (long long) n_caseload, entries, g_timer_elapsed (timer, NULL));
  return EXIT_SUCCESS;
}

static int
run_demo (int    argc,
          char **argv)
{
  g_auto(DemoArguments) args = { 0 };
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &args.database,
      N_("The database to create the school in"), N_("FILE") },
    { "students", 0, 0, G_OPTION_ARG_STRING, &args.students,
      N_("Students in the school (default 1200)"), N_("N") },
    { "caseload", 0, 0, G_OPTION_ARG_STRING, &args.caseload,
      N_("Students in the caseload (default 150)"), N_("N") },
    { "entries", 0, 0, G_OPTION_ARG_STRING, &args.entries,
      N_("Timeline entries over the caseload (default 25 per student)"), N_("N") },
    { "heavy-student", 0, 0, G_OPTION_ARG_STRING, &args.heavy,
      N_("Give one student this many of the entries"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &args.seed,
      N_("The same seed makes the same school"), N_("S") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &args.today,
      N_("The school’s today (default: today)"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autofree char *message = NULL;
  PassendDemoOptions options;
  int status;

  g_option_context_set_summary (context, _("Creates a realistic Dutch secondary school, with its caseload "
                                           "and two school years of records, in an empty database."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_set_prgname ("passend demo");
  status = parse_options (context, "passend demo", &argc, &argv);
  if (status != EXIT_SUCCESS)
    return status;

  if (args.database == NULL)
    return usage_error ("passend demo", _("Say where to create the school with --database FILE"));

  passend_demo_options_init (&options);
  if (!demo_options_from_arguments (&args, &options, &message))
    return usage_error ("passend demo", message);

  return generate_demo (args.database, &options);
}

static void
print_count (PassendDatabase *database,
             const char      *label,
             const char      *entity)
{
  g_autoptr(GError) error = NULL;
  gint64 n = passend_database_count (database, entity, &error);

  if (n < 0)
    g_print ("%s: %s\n", label, error->message);
  else
    g_print ("%s: %" G_GINT64_FORMAT "\n", label, n);
}

static int
check_database (const char *path)
{
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  g_autofree char *message = NULL;

  /* Checking must not create what it checks. */
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      message = g_strdup_printf (_("“%s” does not exist"), path);
      return fail (message);
    }
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      message = g_strdup_printf (_("“%s” is not a file"), path);
      return fail (message);
    }

  database = passend_database_open (path, &error);
  if (database == NULL)
    {
      message = g_strdup_printf (_("Cannot open “%s”: %s"), path, error->message);
      return fail (message);
    }
  if (!passend_database_check_integrity (database, &report, &error))
    {
      message = g_strdup_printf (_("Cannot check “%s”: %s"), path, error->message);
      return fail (message);
    }

  g_print ("%s: %s\n", _("Database"), path);
  g_print ("%s: %d\n", _("Schema version"), passend_database_get_version (database));
  g_print ("%s: %s\n", _("Integrity"), report);
  print_count (database, _("Students"), "students");
  print_count (database, _("In the caseload"), "caseload");
  print_count (database, _("Timeline entries"), "timeline");
  print_count (database, _("Guardians"), "guardians");
  print_count (database, _("People"), "people");
  print_count (database, _("Attachments"), "attachments");

  if (g_strcmp0 (report, "ok") != 0)
    {
      message = g_strdup_printf (_("“%s” is damaged: restore the latest backup"), path);
      return fail (message);
    }
  return EXIT_SUCCESS;
}

static int
run_check (int    argc,
           char **argv)
{
  g_autofree char *path = NULL;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &path,
      N_("The database to check"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  int status;

  g_option_context_set_summary (context, _("Opens a database (which brings it up to date), runs the "
                                           "integrity check and shows what it holds. Exits with 0 when "
                                           "the database is healthy."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_set_prgname ("passend check");
  status = parse_options (context, "passend check", &argc, &argv);
  if (status != EXIT_SUCCESS)
    return status;

  if (path == NULL)
    return usage_error ("passend check", _("Say which database to check with --database FILE"));

  return check_database (path);
}

static int
print_deadlines (const char *path,
                 PassendDay  today)
{
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(GListModel) deadlines = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  /* Listing must not create what it lists. */
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      message = g_strdup_printf (_("“%s” does not exist"), path);
      return fail (message);
    }

  database = passend_database_open (path, &error);
  if (database != NULL)
    deadlines = passend_database_list_deadlines (database, today, &error);
  if (deadlines == NULL)
    {
      message = g_strdup_printf (_("Cannot read the deadlines in “%s”: %s"), path, error->message);
      return fail (message);
    }

  /* Tab-separated, so scripts can cut the columns. */
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(PassendDeadline) deadline = g_list_model_get_item (deadlines, i);
      g_autofree char *due = passend_day_to_iso (passend_deadline_get_due (deadline));

      g_print ("%s\t%s\t%s\n", due, passend_deadline_get_subject (deadline),
               passend_deadline_get_description (deadline));
    }

  return EXIT_SUCCESS;
}

static int
run_deadlines (int    argc,
               char **argv)
{
  g_autofree char *path = NULL;
  g_autofree char *as_of = NULL;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &path,
      N_("The database to read"), N_("FILE") },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of,
      N_("Compute the deadlines as on this day (default: today)"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  PassendDay today = passend_day_today ();
  int status;

  g_option_context_set_summary (context, _("Prints the deadlines of the overview, one per line: the day "
                                           "it is due, the student or aanmelding, and what is due."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_set_prgname ("passend deadlines");
  status = parse_options (context, "passend deadlines", &argc, &argv);
  if (status != EXIT_SUCCESS)
    return status;

  if (path == NULL)
    return usage_error ("passend deadlines", _("Say which database to read with --database FILE"));

  if (as_of != NULL)
    {
      today = passend_day_from_iso (as_of, NULL);
      if (today == PASSEND_DAY_NONE)
        {
          g_autofree char *message = g_strdup_printf (_("--as-of: “%s” is not a date like 2026-03-16"), as_of);

          return usage_error ("passend deadlines", message);
        }
    }

  return print_deadlines (path, today);
}

static char *
verbs_summary (void)
{
  GString *summary = g_string_new (_("Commands:"));
  int width = 0;

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    width = MAX (width, (int) strlen (verbs[i].name));
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    g_string_append_printf (summary, "\n  %-*s  %s", width, verbs[i].name, _(verbs[i].summary));
  g_string_append_printf (summary, "\n\n%s\n%s",
                          _("Without a command, Passend opens its window."),
                          _("Run “passend COMMAND --help” for the options of a command."));
  return g_string_free (summary, FALSE);
}

static int
run_application (int    argc,
                 char **argv)
{
  g_autofree char *database = NULL;
  gboolean version = FALSE;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("Open this database instead of the default one"), N_("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version,
      N_("Show the version and quit"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("[COMMAND]"));
  g_autofree char *summary = verbs_summary ();
  g_autoptr(PassendApplication) application = NULL;
  g_autofree char *path = NULL;
  char *app_argv[] = { argv[0], NULL };
  int status;

  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (argc > 1 && argv[1][0] != '-')
    {
      g_autofree char *message = g_strdup_printf (_("Unknown command “%s”"), argv[1]);

      return usage_error ("passend", message);
    }
  status = parse_options (context, "passend", &argc, &argv);
  if (status != EXIT_SUCCESS)
    return status;

  if (version)
    {
      g_print ("passend %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  /* The window may outlive the working directory it was started in. */
  if (database != NULL)
    path = g_canonicalize_filename (database, NULL);
  passend_renderer_choose ();
  application = passend_application_new (path);
  return g_application_run (G_APPLICATION (application), 1, app_argv);
}

int
passend_command_line_run (int    argc,
                          char **argv)
{
  const char *locale_dir;

  g_return_val_if_fail (argc >= 1 && argv != NULL, EXIT_USAGE);

  setlocale (LC_ALL, "");
  /* ./run starts Passend from the build tree, where the translations are
   * compiled into build/po rather than installed. */
  locale_dir = g_getenv ("PASSEND_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir != NULL && locale_dir[0] != '\0' ? locale_dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* A verb comes first; its options follow it. */
  if (argc >= 2)
    for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
      if (g_str_equal (argv[1], verbs[i].name))
        return verbs[i].run (argc - 1, argv + 1);

  return run_application (argc, argv);
}
