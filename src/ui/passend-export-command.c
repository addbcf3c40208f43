/* passend-export-command.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-chronology-export.h"
#include "passend-database.h"
#include "passend-export-command.h"

#define EXIT_FAILED 1
#define EXIT_USAGE  2
#define COMMAND     "passend export-timeline"

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

static gboolean
parse_day (const char  *option,
           const char  *text,
           PassendDay  *out,
           char       **message)
{
  if (text == NULL)
    return TRUE;

  *out = passend_day_from_iso (text, NULL);
  if (*out == PASSEND_DAY_NONE)
    {
      *message = g_strdup_printf (_("%s: “%s” is not a date like 2026-03-16"), option, text);
      return FALSE;
    }
  return TRUE;
}

static int
export_timeline (const char                     *database_path,
                 const char                     *lvs_number,
                 const PassendChronologyOptions *options,
                 const char                     *output)
{
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *entries_text = NULL;
  g_autofree char *pages_text = NULL;
  gint64 student_id;
  guint n_entries = 0;
  guint n_pages = 0;

  /* Opening would create an empty database where a path was mistyped. */
  if (!g_file_test (database_path, G_FILE_TEST_IS_REGULAR))
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

  student_id = passend_database_find_student_id (database, lvs_number, &error);
  g_clear_object (&database);
  if (student_id == 0)
    return fail (error->message);

  if (!passend_chronology_export (database_path, student_id, options, output,
                                  &n_entries, &n_pages, NULL, &error))
    {
      message = g_strdup_printf (_("Cannot export the timeline to “%s”: %s"), output, error->message);
      return fail (message);
    }

  entries_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries", n_entries), n_entries);
  pages_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages", n_pages), n_pages);
  /* TRANSLATORS: "Wrote chronologie.pdf: 23 entries, 4 pages" */
  g_print (_("Wrote %s: %s, %s\n"), output, entries_text, pages_text);
  return EXIT_SUCCESS;
}

int
passend_export_command_run (int    argc,
                            char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *student = NULL;
  g_autofree char *output = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *message = NULL;
  gboolean include_medical = FALSE;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database to read"), N_("FILE") },
    { "student", 's', 0, G_OPTION_ARG_STRING, &student,
      N_("The student’s LVS number"), N_("LVSNR") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The PDF file to write"), N_("FILE") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text,
      N_("The first day to include (default: the first entry)"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text,
      N_("The last day to include (default: today)"), N_("YYYY-MM-DD") },
    { "include-medical", 0, 0, G_OPTION_ARG_NONE, &include_medical,
      N_("Include medical entries (left out by default)"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  PassendChronologyOptions options;

  g_option_context_set_summary (context, _("Writes a student’s timeline as a Dutch PDF (chronologisch "
                                           "overzicht), oldest entry first. Medical entries are left out "
                                           "unless asked for; meldcode entries are never included."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_set_prgname (COMMAND);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (error->message);
  if (argc > 1)
    {
      message = g_strdup_printf (_("Unexpected argument “%s”"), argv[1]);
      return usage_error (message);
    }
  if (database == NULL)
    return usage_error (_("Say which database to read with --database FILE"));
  if (student == NULL)
    return usage_error (_("Say whose timeline to export with --student LVSNR"));
  if (output == NULL)
    return usage_error (_("Say where to write the PDF with --output FILE"));

  passend_chronology_options_init (&options);
  options.include_medical = include_medical;
  if (!parse_day ("--from", from_text, &options.from, &message) ||
      !parse_day ("--to", to_text, &options.to, &message))
    return usage_error (message);
  if (options.from != PASSEND_DAY_NONE && options.to != PASSEND_DAY_NONE && options.to < options.from)
    return usage_error (_("--to lies before --from"));

  return export_timeline (database, student, &options, output);
}
