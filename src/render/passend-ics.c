/* passend-ics.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "passend-ics.h"

/* A small iCalendar writer rather than a library: Passend writes one
 * fixed time zone and a handful of properties, never reads calendars,
 * and so needs only escaping, folding and the zone's two rules. The text
 * is Dutch and not translated, like every printed document. */

#define TZID "Europe/Amsterdam"
#define FOLD_OCTETS 75

/* Since 1996 the EU rules: summer time from the last Sunday of March
 * 02:00 CET, standard time from the last Sunday of October 03:00 CEST.
 * DTSTART is a date on which each rule first applied. */
static const char vtimezone[] =
  "BEGIN:VTIMEZONE\r\n"
  "TZID:" TZID "\r\n"
  "BEGIN:DAYLIGHT\r\n"
  "TZOFFSETFROM:+0100\r\n"
  "TZOFFSETTO:+0200\r\n"
  "TZNAME:CEST\r\n"
  "DTSTART:19810329T020000\r\n"
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
  "END:DAYLIGHT\r\n"
  "BEGIN:STANDARD\r\n"
  "TZOFFSETFROM:+0200\r\n"
  "TZOFFSETTO:+0100\r\n"
  "TZNAME:CET\r\n"
  "DTSTART:19961027T030000\r\n"
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
  "END:STANDARD\r\n"
  "END:VTIMEZONE\r\n";

/* Appends @line with CRLF, folded so no physical line exceeds 75 octets;
 * a fold never splits a UTF-8 sequence. */
static void
append_folded (GString    *out,
               const char *line)
{
  const char *p = line;
  gsize limit = FOLD_OCTETS;

  while (strlen (p) > limit)
    {
      const char *cut = p + limit;

      /* Back up to the first byte of a character. */
      while (cut > p && ((guchar) *cut & 0xC0) == 0x80)
        cut--;
      g_string_append_len (out, p, cut - p);
      g_string_append (out, "\r\n ");
      p = cut;
      /* The leading space of a continuation counts too. */
      limit = FOLD_OCTETS - 1;
    }
  g_string_append (out, p);
  g_string_append (out, "\r\n");
}

/* TEXT value escaping (RFC 5545 §3.3.11); control characters other than
 * newlines are dropped, invalid UTF-8 repaired. */
static char *
escape_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *out = g_string_new (NULL);

  for (const char *p = valid; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case ';':
          g_string_append (out, "\\;");
          break;
        case ',':
          g_string_append (out, "\\,");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        default:
          if ((guchar) *p < 0x20 || *p == 0x7f)
            break;
          g_string_append_c (out, *p);
          break;
        }
    }
  return g_string_free (out, FALSE);
}

static void
append_property (GString    *out,
                 const char *name,
                 const char *text)
{
  g_autofree char *escaped = escape_text (text);
  g_autofree char *line = g_strdup_printf ("%s:%s", name, escaped);

  append_folded (out, line);
}

/* "20261207T130000" in Amsterdam time, or with a Z in UTC when the
 * system has no zone data for Amsterdam. */
static void
append_time (GString    *out,
             const char *name,
             gint64      unix_seconds,
             GTimeZone  *amsterdam)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_seconds);
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *value = NULL;
  g_autofree char *line = NULL;

  if (utc == NULL)
    return;
  if (amsterdam != NULL)
    {
      local = g_date_time_to_timezone (utc, amsterdam);
      value = g_date_time_format (local, "%Y%m%dT%H%M%S");
      line = g_strdup_printf ("%s;TZID=" TZID ":%s", name, value);
    }
  else
    {
      value = g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
      line = g_strdup_printf ("%s:%s", name, value);
    }
  append_folded (out, line);
}

/* The partner's suffix goes before the domain part of a uid like
 * "abc@host", so the uid keeps its shape. */
static char *
partner_uid (const char            *uid,
             PassendAgendaAudience  audience,
             gint64                 partner_id)
{
  const char *at = strchr (uid, '@');
  const char *kind = audience == PASSEND_AGENDA_AUDIENCE_PERSON ? "person" : "organisation";

  if (at == NULL)
    return g_strdup_printf ("%s-%s-%" G_GINT64_FORMAT, uid, kind, partner_id);
  return g_strdup_printf ("%.*s-%s-%" G_GINT64_FORMAT "%s", (int) (at - uid), uid, kind, partner_id, at);
}

typedef struct
{
  PassendAgenda    *agenda;
  PassendIcsMethod  method;
  GTimeZone        *amsterdam;
  char             *stamp;
} Context;

static void
append_organizer (GString       *out,
                  const Context *context)
{
  g_autofree char *name = NULL;
  g_autofree char *line = NULL;

  if (context->method != PASSEND_ICS_METHOD_REQUEST)
    return;

  /* A parameter value cannot hold a quote; it is quoted for the rest. */
  name = g_strdelimit (g_strdup (context->agenda->chair), "\"\r\n", ' ');
  line = g_strdup_printf ("ORGANIZER;CN=\"%s\":mailto:%s", name, context->agenda->chair_email);
  append_folded (out, line);
  /* An invitation names at least one attendee: the chair attends. */
  g_free (line);
  line = g_strdup_printf ("ATTENDEE;CN=\"%s\";ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:%s",
                          name, context->agenda->chair_email);
  append_folded (out, line);
}

static void
append_common (GString       *out,
               const Context *context,
               const char    *uid)
{
  PassendAgenda *agenda = context->agenda;
  g_autofree char *sequence = g_strdup_printf ("SEQUENCE:%u", agenda->sequence);

  append_property (out, "UID", uid);
  append_folded (out, sequence);
  append_folded (out, context->stamp);
  append_organizer (out, context);
  if (agenda->place[0] != '\0')
    append_property (out, "LOCATION", agenda->place);
  else if (agenda->online_link[0] != '\0')
    append_property (out, "LOCATION", agenda->online_link);
  append_folded (out, agenda->state == PASSEND_AGENDA_STATE_CANCELLED ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
  append_folded (out, "TRANSP:OPAQUE");
}

static void
append_details (GString       *description,
                PassendAgenda *agenda)
{
  if (agenda->chair[0] != '\0')
    g_string_append_printf (description, "\nVoorzitter: %s", agenda->chair);
  if (agenda->online_link[0] != '\0')
    g_string_append_printf (description, "\nOnline: %s", agenda->online_link);
  if (agenda->state == PASSEND_AGENDA_STATE_CANCELLED)
    g_string_append (description, "\nDit overleg is geannuleerd.");
}

/* The whole meeting, for the school's own calendar. Even here students
 * appear by initials: calendars are synchronised to services outside
 * the school, and the agenda PDF has the names. */
static void
append_meeting_event (GString       *out,
                      const Context *context)
{
  PassendAgenda *agenda = context->agenda;
  g_autofree char *heading = passend_agenda_dup_heading (agenda);
  g_autoptr(GString) summary = g_string_new (agenda->kind_name);
  g_autoptr(GString) description = g_string_new ("Agenda:");

  /* The store makes the kind's name the default title: say it once. */
  if (agenda->title[0] != '\0' && strstr (agenda->title, agenda->kind_name) != NULL)
    g_string_assign (summary, agenda->title);
  else if (agenda->title[0] != '\0')
    g_string_append_printf (summary, ": %s", agenda->title);

  for (guint i = 0; i < agenda->items->len; i++)
    {
      PassendAgendaItem *item = g_ptr_array_index (agenda->items, i);
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (item->starts_at);
      g_autoptr(GDateTime) start = NULL;

      /* The same clock as DTSTART, whatever zone this computer is in. */
      if (utc != NULL)
        start = context->amsterdam != NULL ? g_date_time_to_timezone (utc, context->amsterdam)
                                           : g_date_time_to_local (utc);
      if (start != NULL)
        g_string_append_printf (description, "\n%02d:%02d %s", g_date_time_get_hour (start),
                                g_date_time_get_minute (start), item->student_initials);
    }
  if (agenda->items->len == 0)
    g_string_append (description, " nog geen leerlingen");
  append_details (description, agenda);

  g_string_append (out, "BEGIN:VEVENT\r\n");
  append_common (out, context, agenda->uid);
  append_time (out, "DTSTART", agenda->starts_at, context->amsterdam);
  /* An agenda without items yet still blocks an hour, not a moment. */
  append_time (out, "DTEND", agenda->ends_at > agenda->starts_at ? agenda->ends_at : agenda->starts_at + 3600,
               context->amsterdam);
  append_property (out, "SUMMARY", summary->str);
  append_property (out, "DESCRIPTION", description->str);
  g_string_append (out, "END:VEVENT\r\n");
}

/* One slot for a partner. The summary names the student by initials
 * only: a partner's calendar lives outside the school, often in a cloud
 * service, and shows its summaries on lock screens and shared views. */
static void
append_item_event (GString           *out,
                   const Context     *context,
                   PassendAgendaItem *item)
{
  PassendAgenda *agenda = context->agenda;
  g_autofree char *uid = partner_uid (item->uid, agenda->audience, agenda->partner_id);
  g_autofree char *summary = g_strdup_printf ("%s — %s", agenda->kind_name, item->student_initials);
  g_autoptr(GString) description = g_string_new (NULL);

  g_string_append_printf (description, "%s, leerling %s", agenda->kind_name, item->student_initials);
  if (agenda->school_name[0] != '\0')
    g_string_append_printf (description, "\nSchool: %s", agenda->school_name);
  append_details (description, agenda);
  g_string_append (description, "\nDe agenda met de gegevens van de leerling ontvangt u apart.");

  g_string_append (out, "BEGIN:VEVENT\r\n");
  append_common (out, context, uid);
  append_time (out, "DTSTART", item->starts_at, context->amsterdam);
  append_time (out, "DTEND", item->ends_at, context->amsterdam);
  append_property (out, "SUMMARY", summary);
  append_property (out, "DESCRIPTION", description->str);
  g_string_append (out, "END:VEVENT\r\n");
}

char *
passend_ics_build (PassendAgenda    *agenda,
                   PassendIcsMethod  method,
                   GDateTime        *stamp)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) stamp_utc = NULL;
  g_autofree char *stamp_text = NULL;
  GString *out;
  Context context = { 0, };
  const char *method_name;

  g_return_val_if_fail (agenda != NULL, NULL);

  if (stamp == NULL)
    stamp = now = g_date_time_new_now_utc ();
  stamp_utc = g_date_time_to_utc (stamp);
  stamp_text = g_date_time_format (stamp_utc, "%Y%m%dT%H%M%SZ");

  /* RFC 5546: an invitation needs an organizer; without the chair's
   * address the file can only be published. A cancelled invitation is a
   * CANCEL. */
  if (method == PASSEND_ICS_METHOD_REQUEST && agenda->chair_email[0] == '\0')
    method = PASSEND_ICS_METHOD_PUBLISH;
  if (method == PASSEND_ICS_METHOD_REQUEST)
    method_name = agenda->state == PASSEND_AGENDA_STATE_CANCELLED ? "CANCEL" : "REQUEST";
  else
    method_name = "PUBLISH";

  context.agenda = agenda;
  context.method = method;
  context.amsterdam = g_time_zone_new_identifier (TZID);
  context.stamp = g_strdup_printf ("DTSTAMP:%s", stamp_text);

  out = g_string_new ("BEGIN:VCALENDAR\r\n");
  g_string_append (out, "VERSION:2.0\r\n");
  g_string_append (out, "PRODID:-//Passend//Passend " PACKAGE_VERSION "//NL\r\n");
  g_string_append (out, "CALSCALE:GREGORIAN\r\n");
  g_string_append_printf (out, "METHOD:%s\r\n", method_name);
  if (context.amsterdam != NULL)
    g_string_append (out, vtimezone);

  if (passend_agenda_is_internal (agenda))
    append_meeting_event (out, &context);
  else
    for (guint i = 0; i < agenda->items->len; i++)
      append_item_event (out, &context, g_ptr_array_index (agenda->items, i));

  g_string_append (out, "END:VCALENDAR\r\n");

  g_clear_pointer (&context.amsterdam, g_time_zone_unref);
  g_free (context.stamp);
  return g_string_free (out, FALSE);
}

gboolean
passend_ics_write (PassendAgenda     *agenda,
                   PassendIcsMethod   method,
                   const char        *path,
                   GCancellable      *cancellable,
                   GError           **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (agenda != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  text = passend_ics_build (agenda, method, NULL);
  /* Written beside @path and renamed over it, private from the start. */
  return g_file_set_contents_full (path, text, -1,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_ONLY_EXISTING,
                                   0600, error);
}
