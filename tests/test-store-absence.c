/* test-store-absence.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "passend-absence-import.h"
#include "passend-database-absence.h"
#include "passend-database-private.h"

typedef struct
{
  char            *dir;
  char            *path;
  PassendDatabase *database;
  int              n_changes;
} Fixture;

static const char school_sql[] =
  "INSERT INTO student (id, lvs_number, roepnaam, tussenvoegsel, achternaam) VALUES"
  " (1, '1001', 'Anna', '', 'Bakker'),"
  " (2, '1002', 'Jan', 'de', 'Vries'),"
  " (3, '1003', 'Piet', '', 'Smit');"
  "INSERT INTO support_status (student_id, niveau, phase, regie, case_open, opened_at, updated_at) VALUES"
  " (1, 2, '2', 'mentor', 1, 0, 0),"
  " (2, 2, '2', 'mentor', 1, 0, 0),"
  " (3, 2, '2', 'mentor', 1, 0, 0);";

static void
absence_changed_cb (PassendDatabase *database,
                    const char      *entity,
                    gint64           id,
                    Fixture         *fixture)
{
  fixture->n_changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  char *message = NULL;

  fixture->dir = g_dir_make_tmp ("passend-absence-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "passend.db", NULL);
  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);

  sqlite3_exec (_passend_database_get_handle (fixture->database), school_sql, NULL, NULL, &message);
  g_assert_null (message);

  g_signal_connect (fixture->database, "changed::absence", G_CALLBACK (absence_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);

  g_clear_object (&fixture->database);
  g_remove (wal);
  g_remove (shm);
  g_remove (fixture->path);
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* The weekday @n weekdays before the last weekday up to today: the tests
 * run on any day, and the store refuses future days and weekends. */
static PassendDay
weekday_back (int n)
{
  PassendDay day = passend_day_today ();

  while (passend_day_get_weekday (day) > 5)
    day--;
  while (n > 0)
    {
      day--;
      if (passend_day_get_weekday (day) <= 5)
        n--;
    }

  return day;
}

static gboolean
add (Fixture              *fixture,
     gint64                student_id,
     PassendDay            day,
     int                   hours,
     PassendAbsenceReason  reason,
     GError              **error)
{
  g_autoptr(PassendAbsence) absence = passend_absence_new (day, hours, reason);

  passend_absence_set_student_id (absence, student_id);
  passend_absence_set_note (absence, "  gebeld met moeder  ");
  return passend_database_add_absence (fixture->database, absence, error);
}

static int
count_rows (Fixture    *fixture,
            const char *sql)
{
  sqlite3_stmt *statement = NULL;
  int count;

  g_assert_cmpint (sqlite3_prepare_v2 (_passend_database_get_handle (fixture->database), sql, -1,
                                       &statement, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  count = sqlite3_column_int (statement, 0);
  sqlite3_finalize (statement);
  return count;
}

static void
test_add_list_remove (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(PassendAbsence) first = NULL;
  g_autoptr(PassendAbsence) second = NULL;

  g_assert_true (add (fixture, 1, weekday_back (3), 2, PASSEND_ABSENCE_UNAUTHORISED, &error));
  g_assert_no_error (error);
  g_assert_true (add (fixture, 1, weekday_back (1), 6, PASSEND_ABSENCE_SICK, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fixture->n_changes, ==, 2);

  list = passend_database_list_absence (fixture->database, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);

  /* The newest day first, with what was stored. */
  first = g_list_model_get_item (list, 0);
  second = g_list_model_get_item (list, 1);
  g_assert_cmpuint (passend_absence_get_day (first), ==, weekday_back (1));
  g_assert_cmpint (passend_absence_get_reason (first), ==, PASSEND_ABSENCE_SICK);
  g_assert_cmpint (passend_absence_get_lesson_hours (first), ==, 6);
  g_assert_cmpstr (passend_absence_get_note (first), ==, "gebeld met moeder");
  g_assert_false (passend_absence_get_imported (first));
  g_assert_cmpint (passend_absence_get_reason (second), ==, PASSEND_ABSENCE_UNAUTHORISED);
  g_assert_cmpint (count_rows (fixture, "SELECT count (*) FROM absence WHERE student_id = 2"), ==, 0);

  g_assert_true (passend_database_remove_absence (fixture->database, passend_absence_get_id (first), &error));
  g_assert_no_error (error);
  g_assert_false (passend_database_remove_absence (fixture->database, passend_absence_get_id (first), &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpint (fixture->n_changes, ==, 3);

  /* Audited, without content. */
  g_assert_cmpint (count_rows (fixture, "SELECT count (*) FROM audit_log WHERE entity = 'absence'"), ==, 3);
  g_assert_cmpint (count_rows (fixture, "SELECT count (*) FROM audit_log WHERE detail LIKE '%moeder%'"), ==, 0);
  g_assert_cmpint (count_rows (fixture, "SELECT count (*) FROM absence"), ==, 1);
}

static void
test_validation (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PassendDay saturday = passend_day_today ();

  while (passend_day_get_weekday (saturday) != 6)
    saturday--;

  g_assert_true (add (fixture, 1, weekday_back (2), 3, PASSEND_ABSENCE_UNAUTHORISED, &error));
  g_assert_no_error (error);

  /* The same reason on the same day: refused with a clear message. */
  g_assert_false (add (fixture, 1, weekday_back (2), 1, PASSEND_ABSENCE_UNAUTHORISED, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "already registered"));
  g_clear_error (&error);
  /* Another reason on that day is fine, and so is another student. */
  g_assert_true (add (fixture, 1, weekday_back (2), 1, PASSEND_ABSENCE_LATE, &error));
  g_assert_true (add (fixture, 2, weekday_back (2), 3, PASSEND_ABSENCE_UNAUTHORISED, &error));
  g_assert_no_error (error);

  g_assert_false (add (fixture, 1, passend_day_add_days (passend_day_today (), 1), 2,
                       PASSEND_ABSENCE_UNAUTHORISED, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (add (fixture, 1, saturday, 2, PASSEND_ABSENCE_UNAUTHORISED, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (add (fixture, 1, passend_day_new (2001, 3, 5), 2, PASSEND_ABSENCE_UNAUTHORISED, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (add (fixture, 1, PASSEND_DAY_NONE, 2, PASSEND_ABSENCE_UNAUTHORISED, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (add (fixture, 1, weekday_back (4), 0, PASSEND_ABSENCE_UNAUTHORISED, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (add (fixture, 1, weekday_back (4), 13, PASSEND_ABSENCE_UNAUTHORISED, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (add (fixture, 99, weekday_back (4), 2, PASSEND_ABSENCE_UNAUTHORISED, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The refused writes left nothing behind. */
  g_assert_cmpint (count_rows (fixture, "SELECT count (*) FROM absence"), ==, 3);
  g_assert_cmpint (count_rows (fixture, "SELECT count (*) FROM audit_log WHERE entity = 'absence'"), ==, 3);
}

static PassendStudent *
find_case (GListModel *cases,
           gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (cases, i);

      if (passend_student_get_id (student) == id)
        return student;
    }

  g_assert_not_reached ();
  return NULL;
}

static PassendDeadline *
find_deadline (GListModel          *deadlines,
               PassendDeadlineKind  kind,
               gint64               student_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(PassendDeadline) deadline = g_list_model_get_item (deadlines, i);

      if (passend_deadline_get_kind (deadline) == kind && passend_deadline_get_student_id (deadline) == student_id)
        return deadline;
    }

  return NULL;
}

static void
test_threshold (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cases = NULL;
  g_autoptr(GListModel) deadlines = NULL;
  g_autoptr(PassendSchoolCalendar) calendar = passend_school_calendar_new (NULL);
  PassendAbsenceSummary summary;
  PassendDeadline *report;
  PassendDay today = passend_day_today ();

  /* 15 lessons for Anna: no flag yet; 16 for Jan, in the window. */
  for (int i = 0; i < 5; i++)
    g_assert_true (add (fixture, 1, weekday_back (i), 3, PASSEND_ABSENCE_UNAUTHORISED, &error));
  for (int i = 0; i < 4; i++)
    g_assert_true (add (fixture, 2, weekday_back (i), 4, PASSEND_ABSENCE_UNAUTHORISED, &error));
  /* Sick for 7 school days in a row: Piet's M@ZL signal. */
  for (int i = 0; i < 7; i++)
    g_assert_true (add (fixture, 3, weekday_back (i), 6, PASSEND_ABSENCE_SICK, &error));
  g_assert_no_error (error);

  g_assert_true (passend_database_summarise_absence (fixture->database, 1, today, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpint (summary.window_hours, ==, 15);
  g_assert_cmpuint (summary.signals, ==, PASSEND_ABSENCE_SIGNAL_NONE);
  g_assert_true (passend_database_summarise_absence (fixture->database, 2, today, &summary, &error));
  g_assert_cmpint (summary.window_hours, ==, 16);
  g_assert_cmpuint (summary.signals, ==, PASSEND_ABSENCE_SIGNAL_THRESHOLD);
  g_assert_cmpuint (summary.threshold_day, ==, weekday_back (0));
  g_assert_cmpuint (summary.report_due, ==, passend_absence_rules_add_school_days (calendar, weekday_back (0), 5));

  cases = passend_database_list_cases (fixture->database, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (passend_absence_rules_get_signals (find_case (cases, 1)), ==, PASSEND_ABSENCE_SIGNAL_NONE);
  g_assert_cmpuint (passend_absence_rules_get_signals (find_case (cases, 2)), ==, PASSEND_ABSENCE_SIGNAL_THRESHOLD);
  g_assert_cmpuint (passend_absence_rules_get_signals (find_case (cases, 3)), ==, PASSEND_ABSENCE_SIGNAL_SICKNESS);

  deadlines = passend_database_list_deadlines (fixture->database, today, &error);
  g_assert_no_error (error);
  g_assert_null (find_deadline (deadlines, PASSEND_DEADLINE_KIND_ABSENCE_REPORT, 1));
  report = find_deadline (deadlines, PASSEND_DEADLINE_KIND_ABSENCE_REPORT, 2);
  g_assert_nonnull (report);
  g_assert_cmpuint (passend_deadline_get_due (report), ==, summary.report_due);
  g_assert_cmpstr (passend_deadline_get_subject (report), ==, "Jan de Vries");
  g_assert_nonnull (find_deadline (deadlines, PASSEND_DEADLINE_KIND_SICKNESS_SIGNAL, 3));

  /* A student who left is no longer watched. */
  g_assert_cmpint (sqlite3_exec (_passend_database_get_handle (fixture->database),
                                 "UPDATE student SET left_on = '2026-01-01' WHERE id = 2", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_clear_object (&deadlines);
  deadlines = passend_database_list_deadlines (fixture->database, today, &error);
  g_assert_null (find_deadline (deadlines, PASSEND_DEADLINE_KIND_ABSENCE_REPORT, 2));
}

/* A report settles its signal everywhere the rules show (the student's
 * summary, the caseload's flag, the Overzicht), leaves an entry on the
 * timeline, and one dated after today writes nothing. */
static void
test_reports (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cases = NULL;
  g_autoptr(GListModel) deadlines = NULL;
  g_autoptr(GListModel) timeline = NULL;
  g_autoptr(PassendTimelineEntry) entry = NULL;
  PassendAbsenceSummary summary;
  PassendDay today = passend_day_today ();
  gint64 report_id = 0;
  int changes;

  for (int i = 0; i < 4; i++)
    g_assert_true (add (fixture, 2, weekday_back (i), 4, PASSEND_ABSENCE_UNAUTHORISED, &error));
  for (int i = 0; i < 7; i++)
    g_assert_true (add (fixture, 3, weekday_back (i), 6, PASSEND_ABSENCE_SICK, &error));
  g_assert_no_error (error);

  /* Nothing in the future, nothing without a day. */
  changes = fixture->n_changes;
  g_assert_false (passend_database_record_absence_report (fixture->database, 2, PASSEND_ABSENCE_REPORT_DUO,
                                                          passend_day_add_days (today, 1), NULL, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (passend_database_record_absence_report (fixture->database, 2, PASSEND_ABSENCE_REPORT_DUO,
                                                          PASSEND_DAY_NONE, NULL, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM absence_report"), ==, 0);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM timeline_entry"), ==, 0);
  g_assert_cmpint (fixture->n_changes, ==, changes);

  /* A report made before the threshold was reached answered an earlier
   * one: Jan's signal stands. */
  g_assert_true (passend_database_record_absence_report (fixture->database, 2, PASSEND_ABSENCE_REPORT_DUO,
                                                         passend_day_add_days (weekday_back (0), -1), NULL, &error));
  g_assert_no_error (error);
  g_assert_true (passend_database_summarise_absence (fixture->database, 2, today, &summary, &error));
  g_assert_cmpuint (summary.signals, ==, PASSEND_ABSENCE_SIGNAL_THRESHOLD);

  g_assert_true (passend_database_record_absence_report (fixture->database, 2, PASSEND_ABSENCE_REPORT_DUO,
                                                         weekday_back (0), NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fixture->n_changes, ==, changes + 2);
  g_assert_true (passend_database_summarise_absence (fixture->database, 2, today, &summary, &error));
  g_assert_cmpuint (summary.signals, ==, PASSEND_ABSENCE_SIGNAL_NONE);
  g_assert_cmpuint (summary.threshold_reported_on, ==, weekday_back (0));
  g_assert_cmpint (summary.window_hours, ==, 16);

  /* The referral settles Piet's M@ZL signal; a DUO report would not. */
  g_assert_true (passend_database_record_absence_report (fixture->database, 3, PASSEND_ABSENCE_REPORT_DUO, today,
                                                         NULL, &error));
  cases = passend_database_list_cases (fixture->database, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (passend_absence_rules_get_signals (find_case (cases, 2)), ==, PASSEND_ABSENCE_SIGNAL_NONE);
  g_assert_cmpuint (passend_absence_rules_get_signals (find_case (cases, 3)), ==, PASSEND_ABSENCE_SIGNAL_SICKNESS);
  g_clear_object (&cases);
  g_assert_true (passend_database_record_absence_report (fixture->database, 3, PASSEND_ABSENCE_REPORT_MAZL, today,
                                                         &report_id, &error));
  g_assert_no_error (error);
  cases = passend_database_list_cases (fixture->database, FALSE, &error);
  g_assert_cmpuint (passend_absence_rules_get_signals (find_case (cases, 3)), ==, PASSEND_ABSENCE_SIGNAL_NONE);

  deadlines = passend_database_list_deadlines (fixture->database, today, &error);
  g_assert_no_error (error);
  g_assert_null (find_deadline (deadlines, PASSEND_DEADLINE_KIND_ABSENCE_REPORT, 2));
  g_assert_null (find_deadline (deadlines, PASSEND_DEADLINE_KIND_SICKNESS_SIGNAL, 3));

  /* Each report stands on the timeline, in Dutch, as a fact. */
  timeline = passend_database_list_timeline (fixture->database, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 2);
  entry = g_list_model_get_item (timeline, 0);
  g_assert_cmpint (passend_timeline_entry_get_kind (entry), ==, PASSEND_ENTRY_KIND_ABSENCE);
  g_assert_cmpstr (passend_timeline_entry_get_title (entry), ==, "Verzuimmelding gedaan bij DUO");
  g_assert_true (passend_timeline_entry_get_is_fact (entry));
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM absence_report WHERE entry_id IS NOT NULL"), ==, 4);

  /* Undo takes the referral back with its entry: Piet's signal returns. */
  g_assert_true (passend_database_remove_absence_report (fixture->database, report_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM absence_report"), ==, 3);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM timeline_entry WHERE student_id = 3"), ==, 1);
  g_assert_true (passend_database_summarise_absence (fixture->database, 3, today, &summary, &error));
  g_assert_cmpuint (summary.signals, ==, PASSEND_ABSENCE_SIGNAL_SICKNESS);
  g_assert_false (passend_database_remove_absence_report (fixture->database, report_id, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
}

static void
test_protocol_threshold (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cases = NULL;

  for (int i = 0; i < 4; i++)
    g_assert_true (add (fixture, 1, weekday_back (i), 3, PASSEND_ABSENCE_UNAUTHORISED, &error));

  /* A school that reports from 12 lessons. */
  g_assert_true (passend_database_set_protocol_value (fixture->database, PASSEND_PROTOCOL_ABSENCE_HOURS, 12, &error));
  g_assert_no_error (error);
  cases = passend_database_list_cases (fixture->database, FALSE, &error);
  g_assert_cmpuint (passend_absence_rules_get_signals (find_case (cases, 1)), ==, PASSEND_ABSENCE_SIGNAL_THRESHOLD);
}

static PassendCsvTable *
table_from (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  PassendCsvTable *table = passend_csv_table_new_from_bytes (bytes, &error);

  g_assert_no_error (error);
  return table;
}

static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) absences = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(PassendCsvTable) good = NULL;
  g_autoptr(PassendCsvTable) lessons = NULL;
  g_autoptr(PassendCsvTable) bad_day = NULL;
  g_autoptr(PassendCsvTable) bad_student = NULL;
  g_autoptr(PassendCsvTable) no_reason = NULL;
  g_autofree char *day1 = passend_day_to_iso (weekday_back (1));
  g_autofree char *day2 = passend_day_to_iso (weekday_back (2));
  g_autofree char *good_csv = NULL;
  g_autofree char *lessons_csv = NULL;
  g_autofree char *bad_csv = NULL;
  guint failed = G_MAXUINT;

  good_csv = g_strdup_printf ("Leerlingnummer;Datum;Aantal;Registratie\n"
                              "1001;%s;3;Ongeoorloofd afwezig\n1001;%s;6;Ziek\n1002;%s;1;Te laat\n",
                              day1, day2, day1);
  good = table_from (good_csv);
  absences = passend_absence_import_read (good, fixture->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (absences->len, ==, 3);
  g_assert_cmpint (passend_absence_get_reason (g_ptr_array_index (absences, 2)), ==, PASSEND_ABSENCE_LATE);
  g_assert_true (passend_absence_get_imported (g_ptr_array_index (absences, 0)));

  /* One row per lesson: added up per day and reason. */
  lessons_csv = g_strdup_printf ("leerlingnummer,datum,lesuur,reden\n1003,%s,1,spijbelen\n"
                                 "1003,%s,2,spijbelen\n1003,%s,3,spijbelen\n", day1, day1, day1);
  lessons = table_from (lessons_csv);
  {
    g_autoptr(GPtrArray) summed = passend_absence_import_read (lessons, fixture->database, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (summed->len, ==, 1);
    g_assert_cmpint (passend_absence_get_lesson_hours (g_ptr_array_index (summed, 0)), ==, 3);
  }

  bad_csv = g_strdup_printf ("leerlingnummer;datum;aantal;reden\n1001;%s;2;ziek\n1002;31-02-2026;2;ziek\n", day1);
  bad_day = table_from (bad_csv);
  g_assert_null (passend_absence_import_read (bad_day, fixture->database, &error));
  g_assert_nonnull (strstr (error->message, "Row 3, column “datum”"));
  g_clear_error (&error);
  bad_student = table_from ("leerlingnummer;datum;aantal;reden\n1001;16-11-2026;13;ziek\n4004;16-11-2026;1;ziek\n");
  g_assert_null (passend_absence_import_read (bad_student, fixture->database, &error));
  g_assert_nonnull (strstr (error->message, "Row 2, column “lesuren”"));
  g_clear_error (&error);
  {
    g_autoptr(PassendCsvTable) unknown = table_from ("leerlingnummer;datum;aantal;reden\n4004;16-11-2026;1;ziek\n");

    g_assert_null (passend_absence_import_read (unknown, fixture->database, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    g_assert_nonnull (strstr (error->message, "Row 2, column “leerlingnummer”"));
    g_clear_error (&error);
  }
  no_reason = table_from ("leerlingnummer;datum;aantal\n1001;16-11-2026;1\n");
  g_assert_null (passend_absence_import_read (no_reason, fixture->database, &error));
  g_assert_nonnull (strstr (error->message, "“reden”"));
  g_clear_error (&error);

  g_assert_true (passend_database_add_absences (fixture->database, absences, &failed, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (fixture, "SELECT count (*) FROM absence WHERE source = 'import'"), ==, 3);

  /* The same export again: the first row is refused, and with it all. */
  again = passend_absence_import_read (good, fixture->database, &error);
  g_assert_no_error (error);
  g_assert_false (passend_database_add_absences (fixture->database, again, &failed, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT);
  g_assert_cmpuint (failed, ==, 0);
  g_assert_cmpint (count_rows (fixture, "SELECT count (*) FROM absence"), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/absence/add-list-remove", Fixture, NULL,
              fixture_set_up, test_add_list_remove, fixture_tear_down);
  g_test_add ("/store/absence/validation", Fixture, NULL,
              fixture_set_up, test_validation, fixture_tear_down);
  g_test_add ("/store/absence/threshold", Fixture, NULL,
              fixture_set_up, test_threshold, fixture_tear_down);
  g_test_add ("/store/absence/reports", Fixture, NULL,
              fixture_set_up, test_reports, fixture_tear_down);
  g_test_add ("/store/absence/protocol-threshold", Fixture, NULL,
              fixture_set_up, test_protocol_threshold, fixture_tear_down);
  g_test_add ("/store/absence/import", Fixture, NULL,
              fixture_set_up, test_import, fixture_tear_down);

  return g_test_run ();
}
