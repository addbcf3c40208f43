/* passend-opp-command.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-database-opp.h"
#include "passend-opp-command.h"
#include "passend-opp-pdf.h"

#define EXIT_FAILED 1
#define EXIT_USAGE  2
#define COMMAND     "passend export-opp"

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

/* The version numbered @number of @student_id, or the newest when
 * @number is 0; NULL with a message a coordinator understands. */
static PassendOppDocument *
load_version (PassendDatabase  *database,
              gint64            student_id,
              const char       *lvs_number,
              int               number,
              char            **message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  PassendOppDocument *document;

  if (number == 0)
    {
      document = passend_database_load_current_opp (database, student_id, &error);
      if (document == NULL && error == NULL)
        *message = g_strdup_printf (_("Student %s has no OPP"), lvs_number);
      else if (document == NULL)
        *message = g_strdup (error->message);
      return document;
    }

  versions = passend_database_list_opp_versions (database, student_id, &error);
  if (versions == NULL)
    {
      *message = g_strdup (error->message);
      return NULL;
    }
  if (versions->len == 0)
    {
      *message = g_strdup_printf (_("Student %s has no OPP"), lvs_number);
      return NULL;
    }

  for (guint i = 0; i < versions->len; i++)
    {
      const PassendOppVersionInfo *info = g_ptr_array_index (versions, i);

      if (info->number != number)
        continue;

      document = passend_database_load_opp (database, info->id, &error);
      if (document == NULL)
        *message = g_strdup (error->message);
      return document;
    }

  /* TRANSLATORS: "The OPP of student 123456 has no version 4 (the newest is 2)" */
  *message = g_strdup_printf (_("The OPP of student %s has no version %d (the newest is %d)"),
                              lvs_number, number,
                              ((const PassendOppVersionInfo *) g_ptr_array_index (versions, 0))->number);
  return NULL;
}

static int
export_opp (const char *database_path,
            const char *lvs_number,
            int         number,
            const char *output,
            gboolean    include_medical,
            gboolean    for_signing)
{
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(PassendOppDocument) document = NULL;
  g_autoptr(PassendSchool) school = NULL;
  g_autoptr(GBytes) logo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *media_type = NULL;
  g_autofree char *default_output = NULL;
  g_autofree char *pages_text = NULL;
  PassendOppPdfOptions options;
  PassendOppRules rules;
  gint64 student_id;
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
  if (student_id == 0)
    return fail (error->message);

  document = load_version (database, student_id, lvs_number, number, &message);
  if (document == NULL)
    return fail (message);

  if ((school = passend_database_get_school (database, &error)) == NULL ||
      !passend_database_load_opp_rules (database, &rules, &error))
    return fail (error->message);
  logo = passend_database_get_school_logo (database, &media_type, &error);
  if (logo == NULL && error != NULL)
    return fail (error->message);
  if (logo != NULL && g_strcmp0 (media_type, "image/png") != 0)
    g_clear_pointer (&logo, g_bytes_unref);

  passend_opp_pdf_options_init (&options);
  options.include_medical = include_medical;
  options.for_signing = for_signing;
  options.school_city = passend_school_get_city (school);
  options.rules = &rules;

  if (output == NULL)
    output = default_output = passend_opp_pdf_suggest_file_name (document);

  if (!passend_opp_pdf_save (document, logo, &options, output, &n_pages, NULL, &error))
    {
      message = g_strdup_printf (_("Cannot export the OPP to “%s”: %s"), output, error->message);
      return fail (message);
    }

  /* No export without its audit row; never the name or the file name. */
  if (!passend_database_log_export (database, "opp", 1, &error))
    g_printerr ("passend: %s\n", error->message);

  pages_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages", n_pages), n_pages);
  /* TRANSLATORS: "Wrote OPP Jan de Vries versie 2.pdf: version 2, 7 pages" */
  g_print (_("Wrote %s: version %d, %s\n"), output, document->number, pages_text);
  return EXIT_SUCCESS;
}

int
passend_opp_command_run (int    argc,
                         char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *student = NULL;
  g_autofree char *output = NULL;
  g_autofree char *message = NULL;
  gboolean include_medical = FALSE;
  gboolean for_signing = FALSE;
  int version = -1;   /* not given: the newest */
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database to read"), N_("FILE") },
    { "student", 's', 0, G_OPTION_ARG_STRING, &student,
      N_("The student’s LVS number"), N_("LVSNR") },
    { "version", 'v', 0, G_OPTION_ARG_INT, &version,
      N_("The version to export (default: the newest)"), N_("N") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The PDF file to write (default: “OPP <name> versie N.pdf”)"), N_("FILE") },
    { "include-medical", 0, 0, G_OPTION_ARG_NONE, &include_medical,
      N_("Include the medical details (left out by default)"), NULL },
    { "for-signing", 0, 0, G_OPTION_ARG_NONE, &for_signing,
      N_("Empty signature blocks to sign on paper"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context, _("Writes a student’s OPP (ontwikkelingsperspectiefplan) as a "
                                           "Dutch PDF with its signatures. Medical details are left out "
                                           "unless asked for."));
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
    return usage_error (_("Say whose OPP to export with --student LVSNR"));
  if (version != -1 && version < 1)
    return usage_error (_("--version must be 1 or more"));

  return export_opp (database, student, MAX (version, 0), output, include_medical, for_signing);
}
