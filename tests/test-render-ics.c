/* test-render-ics.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include "passend-database-agenda.h"
#include "passend-ics.h"

/* The calendar files are read back by an independent parser
 * (tests/check-ics.py with python3-icalendar), so a mistake in escaping,
 * folding or the time zone is not hidden by reading with our own rules. */

static const char fixture_sql[] =
  "UPDATE school SET name = 'Het Testcollege';"
  "INSERT INTO organisation (id, name, kind) VALUES (1, 'Sociaal Team Oost', 'sociaal-team');"
  "INSERT INTO student (id, lvs_number, roepnaam, tussenvoegsel, achternaam, class_name) VALUES"
  " (1, '1001', 'Émile', '', 'Ölçer', '2B'), (2, '1002', 'Bram', 'de', 'Beta', '3A');"
  "INSERT INTO consent (student_id, purpose, form, given_on, created_at, updated_at) VALUES"
  " (1, 'discussion-external', 'signed-document', '2026-01-01', 0, 0);";

typedef struct
{
  char            *dir;
  char            *path;
  PassendDatabase *database;
  gint64           meeting_id;
  gint64           item_ids[2];
} Fixture;

static gint64
local_time (int year,
            int month,
            int day,
            int hour,
            int minute)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autoptr(GDateTime) when = g_date_time_new (zone, year, month, day, hour, minute, 0);

  return g_date_time_to_unix (when);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *meeting_sql = NULL;
  sqlite3 *db = NULL;
  char *message = NULL;
  gint64 kind_id = 0;
  sqlite3_stmt *statement = NULL;

  fixture->dir = g_dir_make_tmp ("passend-ics-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "school.passend", NULL);
  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  if (sqlite3_exec (db, fixture_sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("fixture: %s", message);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT id FROM meeting_kind WHERE code = 'flex-zat'", -1,
                                       &statement, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  kind_id = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);

  /* Winter: 13:00 in Amsterdam is 12:00 UTC. The place is long and has
   * characters that need escaping and careful folding. */
  meeting_sql = g_strdup_printf ("INSERT INTO meeting (id, kind_id, title, starts_at, place, uid, sequence,"
                                 " created_at, updated_at) VALUES (1, %" G_GINT64_FORMAT ", 'Flex-ZAT',"
                                 " %" G_GINT64_FORMAT ", 'Lokaal 1.12; naast de aula, tweede verdieping"
                                 " — ingang Çelikstraat, bel aan bij de receptie', 'meeting-7f3a@passend',"
                                 " 3, 0, 0);"
                                 "INSERT INTO meeting_item (id, meeting_id, student_id, position,"
                                 " duration_minutes, question, internal_note, uid) VALUES"
                                 " (1, 1, 1, 0, 30, 'HULPVRAAG', 'NOTITIE', 'item-a1@passend'),"
                                 " (2, 1, 2, 1, 30, 'HULPVRAAG', 'NOTITIE', 'item-b2@passend');"
                                 "INSERT INTO meeting_invitee (item_id, role, organisation_id) VALUES"
                                 " (1, 'sociaal-team', 1), (2, 'sociaal-team', 1);",
                                 kind_id, local_time (2026, 12, 7, 13, 0));
  if (sqlite3_exec (db, meeting_sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("fixture: %s", message);
  fixture->meeting_id = 1;
  fixture->item_ids[0] = 1;
  fixture->item_ids[1] = 2;
  sqlite3_close (db);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&fixture->database);
  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (fixture->dir, name, NULL);

      g_unlink (file);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* The parser's report on @path; fails the test when it refuses the file. */
static char *
check_ics (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-ics.py", NULL);
  /* Debian's python3, which has python3-icalendar, before any other. */
  const char *python = g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE) ? "/usr/bin/python3"
                                                                                   : "python3";
  const char *argv[] = { python, script, path, NULL };
  char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("check-ics.py refused %s:\n%s%s", path, out, err);
  return out;
}

static void
assert_line (const char *report,
             const char *line)
{
  g_autofree char *needle = g_strdup_printf ("\n%s\n", line);
  g_autofree char *padded = g_strdup_printf ("\n%s", report);

  if (strstr (padded, needle) == NULL)
    g_error ("“%s” not in the parser's report:\n%s", line, report);
}

static void G_GNUC_PRINTF (2, 3)
change (Fixture    *fixture,
        const char *format,
        ...)
{
  g_autofree char *sql = NULL;
  sqlite3 *db = NULL;
  char *message = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("change: %s", message);
  sqlite3_close (db);
}

static PassendAgenda *
load (Fixture               *fixture,
      PassendAgendaAudience  audience,
      gint64                 partner_id)
{
  g_autoptr(GError) error = NULL;
  PassendAgenda *agenda;

  agenda = passend_database_load_agenda (fixture->database, fixture->meeting_id, audience, partner_id, &error);
  g_assert_no_error (error);
  return agenda;
}

static void
test_internal (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendAgenda) agenda = load (fixture, PASSEND_AGENDA_AUDIENCE_INTERNAL, 0);
  g_autofree char *path = g_build_filename (fixture->dir, "overleg.ics", NULL);
  g_autofree char *report = NULL;
  g_autofree char *uid_line = g_strdup_printf ("EVENT %s", agenda->uid);
  g_autofree char *sequence_line = NULL;
  g_autofree char *raw = NULL;
  GStatBuf info;

  g_assert_true (passend_ics_write (agenda, PASSEND_ICS_METHOD_PUBLISH, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);

  report = check_ics (path);
  sequence_line = g_strdup_printf ("  SEQUENCE %u", agenda->sequence);
  assert_line (report, "VERSION 2.0");
  assert_line (report, "METHOD PUBLISH");
  assert_line (report, "VTIMEZONE Europe/Amsterdam");
  assert_line (report, "OFFSETS 1:00:00 2:00:00");
  assert_line (report, uid_line);
  assert_line (report, sequence_line);
  assert_line (report, "  TZID Europe/Amsterdam");
  assert_line (report, "  DTSTART 2026-12-07T13:00:00+01:00");
  assert_line (report, "  UTCSTART 2026-12-07T12:00:00+00:00");
  /* Two items of the kind's 30 minutes. */
  assert_line (report, "  DTEND 2026-12-07T14:00:00+01:00");
  assert_line (report, "  LOCATION Lokaal 1.12; naast de aula, tweede verdieping — ingang Çelikstraat, "
                       "bel aan bij de receptie");
  assert_line (report, "  STATUS CONFIRMED");
  assert_line (report, "  SUMMARY Flex-ZAT");
  /* The long location had to be folded. */
  g_assert_null (strstr (report, "FOLDS 0\n"));

  /* Initials only, even here; never a name. */
  g_assert_nonnull (strstr (report, "|13:00 É.Ö.|13:30 B.d.B."));
  g_assert_null (strstr (report, "Émile"));
  g_assert_null (strstr (report, "Bram"));
  g_assert_null (strstr (report, "HULPVRAAG"));
  g_assert_null (strstr (report, "NOTITIE"));

  g_assert_true (g_file_get_contents (path, &raw, NULL, NULL));
  g_assert_true (g_str_has_prefix (raw, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
  g_assert_nonnull (strstr (raw, "LOCATION:Lokaal 1.12\\; naast de aula\\, tweede"));
}

static void
test_partner_and_reexport (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendAgenda) before = load (fixture, PASSEND_AGENDA_AUDIENCE_ORGANISATION, 1);
  g_autoptr(PassendAgenda) after = NULL;
  g_autoptr(PassendAgenda) cancelled = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "sociaal-team.ics", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  g_autofree char *uid_line = NULL;
  g_autofree char *old_sequence = NULL;
  g_autofree char *new_sequence = NULL;
  PassendAgendaItem *item;

  /* Bram has no consent: only Émile's slot. */
  g_assert_cmpuint (before->items->len, ==, 1);
  item = g_ptr_array_index (before->items, 0);
  g_assert_cmpint (item->id, ==, fixture->item_ids[0]);
  g_assert_true (passend_ics_write (before, PASSEND_ICS_METHOD_PUBLISH, path, NULL, &error));
  g_assert_no_error (error);
  first = check_ics (path);

  uid_line = g_strdup_printf ("EVENT %s", item->uid);
  /* The partner suffix keeps one partner's event apart from another's. */
  g_assert_null (strstr (first, uid_line));
  g_assert_nonnull (strstr (first, "-organisation-1"));
  assert_line (first, "  DTSTART 2026-12-07T13:00:00+01:00");
  assert_line (first, "  DTEND 2026-12-07T13:30:00+01:00");
  assert_line (first, "  SUMMARY Flex-ZAT — É.Ö.");
  g_assert_null (strstr (first, "Bram"));
  g_assert_null (strstr (first, "B.d.B."));

  /* Moved to summer time and another room, as the store records such a
   * change: same uid, the sequence raised. */
  change (fixture, "UPDATE meeting SET starts_at = %" G_GINT64_FORMAT ", place = 'Aula',"
                   " sequence = sequence + 1 WHERE id = 1", local_time (2027, 6, 7, 9, 30));

  after = load (fixture, PASSEND_AGENDA_AUDIENCE_ORGANISATION, 1);
  g_assert_cmpuint (after->sequence, >, before->sequence);
  g_assert_true (passend_ics_write (after, PASSEND_ICS_METHOD_PUBLISH, path, NULL, &error));
  g_assert_no_error (error);
  second = check_ics (path);

  old_sequence = g_strdup_printf ("  SEQUENCE %u", before->sequence);
  new_sequence = g_strdup_printf ("  SEQUENCE %u", after->sequence);
  {
    const char *a = strstr (first, "EVENT ");
    const char *b = strstr (second, "EVENT ");

    g_assert_nonnull (a);
    g_assert_nonnull (b);
    g_assert_cmpint (strcspn (a, "\n"), ==, strcspn (b, "\n"));
    g_assert_cmpint (strncmp (a, b, strcspn (a, "\n")), ==, 0);
  }
  assert_line (first, old_sequence);
  assert_line (second, new_sequence);
  assert_line (second, "  DTSTART 2027-06-07T09:30:00+02:00");
  assert_line (second, "  UTCSTART 2027-06-07T07:30:00+00:00");
  assert_line (second, "  LOCATION Aula");

  /* Cancelled: still the same event, now withdrawn. */
  change (fixture, "UPDATE meeting SET state = 'cancelled', sequence = sequence + 1"
                   " WHERE id = %" G_GINT64_FORMAT, (gint64) 1);
  cancelled = load (fixture, PASSEND_AGENDA_AUDIENCE_ORGANISATION, 1);
  g_assert_true (passend_ics_write (cancelled, PASSEND_ICS_METHOD_PUBLISH, path, NULL, &error));
  g_assert_no_error (error);
  third = check_ics (path);
  assert_line (third, "  STATUS CANCELLED");
  g_assert_cmpuint (cancelled->sequence, >, after->sequence);
}

static void
test_folding (void)
{
  g_autoptr(PassendAgenda) agenda = passend_agenda_new ();
  g_autoptr(GDateTime) stamp = g_date_time_new_utc (2026, 11, 23, 10, 0, 0);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GString *place = g_string_new (NULL);

  /* Two-octet characters at every offset: a fold must fall between them. */
  for (int i = 0; i < 60; i++)
    g_string_append (place, i % 3 == 0 ? "é" : "ë,");
  g_free (agenda->uid);
  agenda->uid = g_strdup ("x@passend");
  g_free (agenda->kind_name);
  agenda->kind_name = g_strdup ("IZO");
  g_free (agenda->place);
  agenda->place = g_string_free (place, FALSE);
  agenda->starts_at = 1796634000;
  agenda->ends_at = agenda->starts_at + 3600;

  text = passend_ics_build (agenda, PASSEND_ICS_METHOD_PUBLISH, stamp);
  g_assert_nonnull (strstr (text, "DTSTAMP:20261123T100000Z\r\n"));
  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
      g_assert_null (strchr (lines[i], '\n'));
    }
}

static void
test_request (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendAgenda) agenda = load (fixture, PASSEND_AGENDA_AUDIENCE_INTERNAL, 0);
  g_autofree char *path = g_build_filename (fixture->dir, "uitnodiging.ics", NULL);
  g_autofree char *invitation = NULL;
  g_autofree char *without_chair = NULL;
  g_autofree char *cancelled = NULL;

  /* With the chair's address: an invitation from the chair. */
  g_free (agenda->chair);
  agenda->chair = g_strdup ("Carla \"CJ\" Voorzitter");
  g_free (agenda->chair_email);
  agenda->chair_email = g_strdup ("carla@example.org");
  g_assert_true (passend_ics_write (agenda, PASSEND_ICS_METHOD_REQUEST, path, NULL, &error));
  g_assert_no_error (error);
  invitation = check_ics (path);
  assert_line (invitation, "METHOD REQUEST");
  assert_line (invitation, "  ORGANIZER mailto:carla@example.org");

  /* Cancelled: the invitation is withdrawn. */
  agenda->state = PASSEND_AGENDA_STATE_CANCELLED;
  g_assert_true (passend_ics_write (agenda, PASSEND_ICS_METHOD_REQUEST, path, NULL, &error));
  g_assert_no_error (error);
  cancelled = check_ics (path);
  assert_line (cancelled, "METHOD CANCEL");
  assert_line (cancelled, "  STATUS CANCELLED");

  /* Without an organizer an invitation is not valid: published instead. */
  agenda->state = PASSEND_AGENDA_STATE_PLANNED;
  g_free (agenda->chair_email);
  agenda->chair_email = g_strdup ("");
  g_assert_true (passend_ics_write (agenda, PASSEND_ICS_METHOD_REQUEST, path, NULL, &error));
  g_assert_no_error (error);
  without_chair = check_ics (path);
  assert_line (without_chair, "METHOD PUBLISH");
  g_assert_null (strstr (without_chair, "ORGANIZER"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/render/ics/internal", Fixture, NULL, fixture_set_up, test_internal, fixture_tear_down);
  g_test_add ("/render/ics/partner-reexport", Fixture, NULL, fixture_set_up, test_partner_and_reexport,
              fixture_tear_down);
  g_test_add ("/render/ics/request", Fixture, NULL, fixture_set_up, test_request, fixture_tear_down);
  g_test_add_func ("/render/ics/folding", test_folding);

  return g_test_run ();
}
