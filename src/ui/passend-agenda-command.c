/* passend-agenda-command.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "passend-agenda-command.h"
#include "passend-agenda-pdf.h"
#include "passend-database-agenda.h"
#include "passend-ics.h"
#include "passend-minutes-pdf.h"

#define EXIT_FAILED 1
#define EXIT_USAGE  2

typedef enum
{
  OUTPUT_AGENDA,
  OUTPUT_CALENDAR,
  OUTPUT_MINUTES,
} OutputKind;

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

/* "12" → 12; anything but a positive whole number is refused. */
static gboolean
parse_id (const char *text,
          gint64     *id)
{
  guint64 value = 0;

  if (text == NULL || strspn (text, "0123456789") != strlen (text) ||
      !g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    return FALSE;
  *id = (gint64) value;
  return TRUE;
}

static gboolean
write_output (PassendAgenda  *agenda,
              OutputKind      kind,
              gint64          item_id,
              const char     *output,
              guint          *n_pages,
              GError        **error)
{
  switch (kind)
    {
    case OUTPUT_CALENDAR:
      return passend_ics_write (agenda, PASSEND_ICS_METHOD_PUBLISH, output, NULL, error);
    case OUTPUT_MINUTES:
      return passend_minutes_pdf_write (agenda, item_id, output, n_pages, NULL, error);
    case OUTPUT_AGENDA:
    default:
      return passend_agenda_pdf_write (agenda, output, n_pages, NULL, error);
    }
}

static int
export_document (const char            *database_path,
                 gint64                 meeting_id,
                 gint64                 item_id,
                 PassendAgendaAudience  audience,
                 gint64                 partner_id,
                 OutputKind             kind,
                 const char            *output)
{
  static const char * const audit_names[] = {
    [OUTPUT_AGENDA] = "agenda",
    [OUTPUT_CALENDAR] = "calendar",
    [OUTPUT_MINUTES] = "minutes",
  };
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(PassendAgenda) agenda = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *items_text = NULL;
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

  agenda = passend_database_load_agenda (database, meeting_id, audience, partner_id, &error);
  if (agenda == NULL)
    return fail (error->message);

  if (!write_output (agenda, kind, item_id, output, &n_pages, &error))
    {
      message = g_strdup_printf (_("Cannot write “%s”: %s"), output, error->message);
      return fail (message);
    }

  /* A document that cannot be accounted for is taken back. */
  if (!passend_database_log_export (database, audit_names[kind], agenda->items->len, &error))
    {
      g_unlink (output);
      message = g_strdup_printf (_("Cannot write “%s”: %s"), output, error->message);
      return fail (message);
    }

  items_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u student", "%u students",
                                             agenda->items->len),
                                agenda->items->len);
  if (kind == OUTPUT_CALENDAR)
    /* TRANSLATORS: "Wrote overleg.ics: 3 students" */
    g_print (_("Wrote %s: %s\n"), output, items_text);
  else
    {
      g_autofree char *pages_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages",
                                                                  n_pages),
                                                     n_pages);

      /* TRANSLATORS: "Wrote agenda.pdf: 3 students, 2 pages" */
      g_print (_("Wrote %s: %s, %s\n"), output, items_text, pages_text);
    }
  return EXIT_SUCCESS;
}

typedef struct
{
  const char *command;
  char       *database;
  char       *meeting;
  char       *item;
  char       *partner;
  char       *output;
  char       *ics;
} Arguments;

static void
arguments_clear (Arguments *args)
{
  g_free (args->database);
  g_free (args->meeting);
  g_free (args->item);
  g_free (args->partner);
  g_free (args->output);
  g_free (args->ics);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Arguments, arguments_clear)

static int
run (Arguments       *args,
     OutputKind       kind,
     int              argc,
     char           **argv,
     GOptionContext  *context)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  PassendAgendaAudience audience = PASSEND_AGENDA_AUDIENCE_INTERNAL;
  gint64 meeting_id = 0;
  gint64 item_id = 0;
  gint64 partner_id = 0;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_set_prgname (args->command);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (args->command, error->message);
  if (argc > 1)
    {
      message = g_strdup_printf (_("Unexpected argument “%s”"), argv[1]);
      return usage_error (args->command, message);
    }
  if (args->database == NULL)
    return usage_error (args->command, _("Say which database to read with --database FILE"));
  if (args->meeting == NULL)
    return usage_error (args->command, _("Say which meeting with --meeting ID"));
  if (!parse_id (args->meeting, &meeting_id))
    {
      message = g_strdup_printf (_("--meeting: “%s” is not a meeting number"), args->meeting);
      return usage_error (args->command, message);
    }
  if (args->item != NULL && !parse_id (args->item, &item_id))
    {
      message = g_strdup_printf (_("--item: “%s” is not an item number"), args->item);
      return usage_error (args->command, message);
    }
  if (args->partner != NULL &&
      !passend_agenda_parse_partner (args->partner, &audience, &partner_id, &error))
    {
      message = g_strdup_printf ("--for: %s", error->message);
      return usage_error (args->command, message);
    }

  if (kind == OUTPUT_MINUTES || args->ics == NULL)
    {
      if (args->output == NULL)
        return usage_error (args->command, kind == OUTPUT_MINUTES
                                           ? _("Say where to write the PDF with --output FILE")
                                           : _("Say where to write with --output FILE or --ics FILE"));
    }
  else if (args->output != NULL)
    return usage_error (args->command, _("Give either --output or --ics, not both"));
  else
    kind = OUTPUT_CALENDAR;

  return export_document (args->database, meeting_id, item_id, audience, partner_id, kind,
                          kind == OUTPUT_CALENDAR ? args->ics : args->output);
}

int
passend_agenda_command_run (int    argc,
                            char **argv)
{
  g_auto(Arguments) args = { .command = "passend export-agenda" };
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &args.database,
      N_("The database to read"), N_("FILE") },
    { "meeting", 'm', 0, G_OPTION_ARG_STRING, &args.meeting,
      N_("The meeting’s number"), N_("ID") },
    { "for", 0, 0, G_OPTION_ARG_STRING, &args.partner,
      N_("Only what this partner may see (person:N or organisation:N)"), N_("PARTNER") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &args.output,
      N_("The PDF file to write"), N_("FILE") },
    { "ics", 0, 0, G_OPTION_ARG_FILENAME, &args.ics,
      N_("Write a calendar file (.ics) instead of the PDF"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);

  g_option_context_set_summary (context, _("Writes a meeting’s agenda as a Dutch PDF, or its invitation "
                                           "as a calendar file. With --for, only the students that "
                                           "partner is invited for and who have consent to be discussed "
                                           "with external parties, and no internal notes."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  return run (&args, OUTPUT_AGENDA, argc, argv, context);
}

int
passend_minutes_command_run (int    argc,
                             char **argv)
{
  g_auto(Arguments) args = { .command = "passend export-minutes" };
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &args.database,
      N_("The database to read"), N_("FILE") },
    { "meeting", 'm', 0, G_OPTION_ARG_STRING, &args.meeting,
      N_("The meeting’s number"), N_("ID") },
    { "item", 0, 0, G_OPTION_ARG_STRING, &args.item,
      N_("Only this item of the agenda"), N_("ID") },
    { "for", 0, 0, G_OPTION_ARG_STRING, &args.partner,
      N_("Only what this partner may see (person:N or organisation:N)"), N_("PARTNER") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &args.output,
      N_("The PDF file to write"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);

  g_option_context_set_summary (context, _("Writes the minutes (verslag) of a meeting as a Dutch PDF: "
                                           "per student the minutes, decisions and agreed actions. With "
                                           "--for, only what that partner may see."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  return run (&args, OUTPUT_MINUTES, argc, argv, context);
}
