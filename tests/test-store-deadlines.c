/* test-store-deadlines.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "passend-database-private.h"

#define DAY(y, m, d) passend_day_new ((y), (m), (d))

typedef struct
{
  char            *dir;
  char            *path;
  PassendDatabase *database;
  PassendDay       today;
  int              n_protocol_changes;
} Fixture;

/* A small school on Monday 23 November 2026, built with plain SQL so the
 * days are exactly the ones the rules must work from. */
static const char school_sql[] =
  "INSERT INTO student (id, lvs_number, roepnaam, tussenvoegsel, achternaam) VALUES"
  " (1, '1001', 'Anna', '', 'Bakker'),"
  " (2, '1002', 'Jan', 'de', 'Vries'),"
  " (3, '1003', 'Piet', '', 'Smit'),"
  " (4, '1004', 'Sara', '', 'Jansen'),"
  " (5, '1005', 'Tom', '', 'Visser'),"
  " (6, '1006', 'Lisa', '', 'Mulder'),"
  " (7, '1007', 'Kees', '', 'Dekker'),"
  " (8, '1008', 'Bram', '', 'Koster');"
  "INSERT INTO support_status (student_id, niveau, phase, regie, case_open, opened_at, updated_at,"
  " extra_support_since, opp_established_on, opp_evaluated_on) VALUES"
  /* OPP overdue, OPP due within the horizon, OPP due beyond it */
  " (1, 3, '3b', 'leco', 1, 0, 0, '2026-10-05', NULL, NULL),"
  " (2, 4, '4', 'oco', 1, 0, 0, '2026-10-26', NULL, NULL),"
  " (3, 3, '3b', 'leco', 1, 0, 0, '2026-11-20', NULL, NULL),"
  /* evaluation within its 4-week warning; evaluation overdue */
  " (4, 3, '3b', 'leco', 1, 0, 0, '2025-11-01', '2025-12-10', NULL),"
  " (5, 2, '3a', 'mentor', 1, 0, 0, NULL, '2025-06-01', '2025-11-01'),"
  /* a closed case, and basisondersteuning: nothing due */
  " (6, 4, '4', 'oco', 0, 0, 0, '2026-09-01', NULL, NULL),"
  " (7, 2, '2', 'mentor', 1, 0, 0, NULL, NULL, NULL),"
  /* the day extra support started is only in the history */
  " (8, 3, '3a', 'leco', 1, 0, 0, NULL, NULL, NULL);"
  "INSERT INTO support_status_history (student_id, changed_at, niveau, phase, regie) VALUES"
  " (8, strftime ('%s', '2026-09-01 10:00'), 2, '2', 'mentor'),"
  " (8, strftime ('%s', '2026-10-12 10:00'), 3, '3a', 'leco');"
  "INSERT INTO aanmelding (id, roepnaam, tussenvoegsel, achternaam, received_on, first_preference,"
  " extension_letter_on, extension_reason, extended_until, outcome, decided_on, created_at, updated_at) VALUES"
  " (1, 'Noor', '', 'Hendriks', '2026-10-19', 1, NULL, '', NULL, NULL, NULL, 0, 0),"
  " (2, 'Milan', '', 'Bos', '2026-09-07', 1, '2026-10-15', 'onderzoek', '2026-11-16', NULL, NULL, 0, 0),"
  " (3, 'Eva', '', 'Kok', '2026-10-19', 1, NULL, '', NULL, 'admitted', '2026-11-02', 0, 0),"
  " (4, 'Finn', '', 'Peters', '2026-10-19', 0, NULL, '', NULL, NULL, NULL, 0, 0);";

static void
protocol_changed_cb (PassendDatabase *database,
                     const char      *entity,
                     gint64           id,
                     Fixture         *fixture)
{
  fixture->n_protocol_changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  char *message = NULL;

  fixture->dir = g_dir_make_tmp ("passend-deadlines-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "passend.db", NULL);
  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);
  fixture->today = DAY (2026, 11, 23);

  sqlite3_exec (_passend_database_get_handle (fixture->database), school_sql, NULL, NULL, &message);
  g_assert_null (message);

  g_signal_connect (fixture->database, "changed::protocol", G_CALLBACK (protocol_changed_cb), fixture);
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

static void
assert_deadline (GListModel          *deadlines,
                 guint                position,
                 PassendDay           due,
                 PassendDeadlineKind  kind,
                 const char          *subject,
                 gint64               student_id,
                 gint64               aanmelding_id)
{
  g_autoptr(PassendDeadline) deadline = g_list_model_get_item (deadlines, position);
  g_autofree char *due_iso = passend_day_to_iso (passend_deadline_get_due (deadline));
  g_autofree char *expected_iso = passend_day_to_iso (due);

  g_assert_nonnull (deadline);
  g_assert_cmpstr (passend_deadline_get_subject (deadline), ==, subject);
  g_assert_cmpstr (due_iso, ==, expected_iso);
  g_assert_cmpint (passend_deadline_get_kind (deadline), ==, kind);
  g_assert_cmpint (passend_deadline_get_student_id (deadline), ==, student_id);
  g_assert_cmpint (passend_deadline_get_aanmelding_id (deadline), ==, aanmelding_id);
}

static GListModel *
list_deadlines (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GListModel *deadlines = passend_database_list_deadlines (fixture->database, fixture->today, &error);

  g_assert_no_error (error);
  g_assert_nonnull (deadlines);
  return deadlines;
}

static void
test_every_kind (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GListModel) deadlines = list_deadlines (fixture);
  g_autoptr(PassendDeadline) extended = NULL;
  g_autoptr(PassendDeadline) plain = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (deadlines), ==, 8);
  assert_deadline (deadlines, 0, DAY (2026, 11, 1), PASSEND_DEADLINE_KIND_OPP_EVALUATION, "Tom Visser", 5, 0);
  assert_deadline (deadlines, 1, DAY (2026, 11, 16), PASSEND_DEADLINE_KIND_OPP_ESTABLISH, "Anna Bakker", 1, 0);
  assert_deadline (deadlines, 2, DAY (2026, 11, 16), PASSEND_DEADLINE_KIND_ZORGPLICHT_DECISION, "Milan Bos", 0, 2);
  assert_deadline (deadlines, 3, DAY (2026, 11, 16), PASSEND_DEADLINE_KIND_ZORGPLICHT_PLACEMENT, "Milan Bos", 0, 2);
  assert_deadline (deadlines, 4, DAY (2026, 11, 23), PASSEND_DEADLINE_KIND_OPP_ESTABLISH, "Bram Koster", 8, 0);
  assert_deadline (deadlines, 5, DAY (2026, 11, 30), PASSEND_DEADLINE_KIND_ZORGPLICHT_DECISION, "Noor Hendriks", 0, 1);
  /* Sorted as "Vries, Jan de", shown as "Jan de Vries". */
  assert_deadline (deadlines, 6, DAY (2026, 12, 7), PASSEND_DEADLINE_KIND_OPP_ESTABLISH, "Jan de Vries", 2, 0);
  assert_deadline (deadlines, 7, DAY (2026, 12, 10), PASSEND_DEADLINE_KIND_OPP_EVALUATION, "Sara Jansen", 4, 0);

  extended = g_list_model_get_item (deadlines, 2);
  plain = g_list_model_get_item (deadlines, 5);
  g_assert_cmpstr (passend_deadline_get_description (extended), ==, "Extended decision due");
  g_assert_cmpstr (passend_deadline_get_description (plain), ==, "Decision on the aanmelding due");
  g_assert_true (passend_deadline_is_overdue (extended, fixture->today));
  g_assert_false (passend_deadline_is_overdue (plain, fixture->today));
}

static void
test_decided_and_closed (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GListModel) deadlines = NULL;
  char *message = NULL;

  /* Deciding on the aanmelding and closing the case end their deadlines. */
  sqlite3_exec (_passend_database_get_handle (fixture->database),
                "UPDATE aanmelding SET outcome = 'placed-elsewhere', decided_on = '2026-11-20' WHERE id = 2;"
                "UPDATE support_status SET case_open = 0 WHERE student_id IN (1, 5);",
                NULL, NULL, &message);
  g_assert_null (message);

  deadlines = list_deadlines (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (deadlines), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(PassendDeadline) deadline = g_list_model_get_item (deadlines, i);

      g_assert_cmpint (passend_deadline_get_aanmelding_id (deadline), !=, 2);
      g_assert_cmpint (passend_deadline_get_student_id (deadline), !=, 1);
      g_assert_cmpint (passend_deadline_get_student_id (deadline), !=, 5);
      g_assert_cmpint (passend_deadline_get_student_id (deadline), !=, 6);
      g_assert_cmpint (passend_deadline_get_student_id (deadline), !=, 7);
    }
}

static void
test_horizon (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) narrow = NULL;
  g_autoptr(GListModel) wide = NULL;
  g_autoptr(GListModel) back = NULL;

  /* Three days ahead, evaluations one week: only the overdue and today. */
  passend_database_set_protocol_value (fixture->database, PASSEND_PROTOCOL_WARNING_HORIZON_DAYS, 3, &error);
  g_assert_no_error (error);
  passend_database_set_protocol_value (fixture->database, PASSEND_PROTOCOL_OPP_EVALUATION_WARNING_WEEKS, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fixture->n_protocol_changes, ==, 2);

  narrow = list_deadlines (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (narrow), ==, 5);
  assert_deadline (narrow, 4, DAY (2026, 11, 23), PASSEND_DEADLINE_KIND_OPP_ESTABLISH, "Bram Koster", 8, 0);

  /* 90 days: Piet's OPP and Noor's placement come into view. */
  passend_database_set_protocol_value (fixture->database, PASSEND_PROTOCOL_WARNING_HORIZON_DAYS, 90, &error);
  g_assert_no_error (error);
  wide = list_deadlines (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (wide), ==, 10);
  assert_deadline (wide, 8, DAY (2026, 12, 28), PASSEND_DEADLINE_KIND_ZORGPLICHT_PLACEMENT, "Noor Hendriks", 0, 1);
  assert_deadline (wide, 9, DAY (2027, 1, 1), PASSEND_DEADLINE_KIND_OPP_ESTABLISH, "Piet Smit", 3, 0);

  passend_database_reset_protocol_value (fixture->database, PASSEND_PROTOCOL_WARNING_HORIZON_DAYS, &error);
  g_assert_no_error (error);
  passend_database_reset_protocol_value (fixture->database, PASSEND_PROTOCOL_OPP_EVALUATION_WARNING_WEEKS, &error);
  g_assert_no_error (error);
  back = list_deadlines (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (back), ==, 8);
}

static void
test_protocol_changes_result (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) deadlines = NULL;
  PassendProtocol protocol;

  /* A longer decision term moves Noor's decision beyond the horizon, a
   * longer OPP term moves Anna's OPP from overdue to this week. */
  passend_database_set_protocol_value (fixture->database, PASSEND_PROTOCOL_ZORGPLICHT_WEEKS, 8, &error);
  g_assert_no_error (error);
  passend_database_set_protocol_value (fixture->database, PASSEND_PROTOCOL_OPP_WEEKS, 8, &error);
  g_assert_no_error (error);

  passend_database_load_protocol (fixture->database, &protocol, &error);
  g_assert_no_error (error);
  g_assert_cmpint (passend_protocol_get (&protocol, PASSEND_PROTOCOL_OPP_WEEKS), ==, 8);
  g_assert_cmpint (passend_protocol_get (&protocol, PASSEND_PROTOCOL_ZORGPLICHT_WEEKS), ==, 8);
  g_assert_cmpint (passend_protocol_get (&protocol, PASSEND_PROTOCOL_WARNING_HORIZON_DAYS), ==, 14);

  deadlines = list_deadlines (fixture);
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(PassendDeadline) deadline = g_list_model_get_item (deadlines, i);

      g_assert_cmpint (passend_deadline_get_aanmelding_id (deadline), !=, 1);
      if (passend_deadline_get_student_id (deadline) == 1)
        g_assert_cmpuint (passend_deadline_get_due (deadline), ==, DAY (2026, 11, 30));
    }
}

static void
test_out_of_range (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PassendProtocol protocol;

  g_assert_false (passend_database_set_protocol_value (fixture->database,
                                                       PASSEND_PROTOCOL_WARNING_HORIZON_DAYS, 0, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (passend_database_set_protocol_value (fixture->database,
                                                       PASSEND_PROTOCOL_OPP_WEEKS, 27, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fixture->n_protocol_changes, ==, 0);

  passend_database_load_protocol (fixture->database, &protocol, &error);
  g_assert_no_error (error);
  g_assert_cmpint (passend_protocol_get (&protocol, PASSEND_PROTOCOL_WARNING_HORIZON_DAYS), ==, 14);
  g_assert_cmpint (passend_protocol_get (&protocol, PASSEND_PROTOCOL_OPP_WEEKS), ==, 6);
}

static void
test_next_deadlines (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) next = NULL;
  gint64 id;
  PassendDeadline *deadline;

  next = passend_database_next_deadlines (fixture->database, fixture->today, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (g_hash_table_size (next), ==, 6);
  id = 3;  /* beyond the horizon, but still the next */
  deadline = g_hash_table_lookup (next, &id);
  g_assert_nonnull (deadline);
  g_assert_cmpuint (passend_deadline_get_due (deadline), ==, DAY (2027, 1, 1));
  id = 5;
  deadline = g_hash_table_lookup (next, &id);
  g_assert_cmpint (passend_deadline_get_kind (deadline), ==, PASSEND_DEADLINE_KIND_OPP_EVALUATION);
  id = 6;
  g_assert_null (g_hash_table_lookup (next, &id));
  id = 7;
  g_assert_null (g_hash_table_lookup (next, &id));
}

static void
test_holidays (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendHoliday) blank = passend_holiday_new ("  ", DAY (2026, 12, 19), DAY (2027, 1, 3));
  g_autoptr(PassendHoliday) reversed = passend_holiday_new ("Kerstvakantie", DAY (2027, 1, 3), DAY (2026, 12, 19));
  g_autoptr(PassendHoliday) endless = passend_holiday_new ("Zomervakantie", DAY (2027, 7, 10), DAY (2027, 10, 10));
  g_autoptr(PassendHoliday) undated = passend_holiday_new ("Meivakantie", PASSEND_DAY_NONE, DAY (2027, 5, 2));
  g_autoptr(PassendHoliday) christmas = passend_holiday_new ("Kerstvakantie", DAY (2026, 12, 19), DAY (2027, 1, 3));
  g_autoptr(PassendHoliday) autumn = passend_holiday_new ("Herfstvakantie", DAY (2026, 10, 17), DAY (2026, 10, 25));
  g_autoptr(GListModel) holidays = NULL;
  g_autoptr(PassendHoliday) first = NULL;
  PassendHoliday *refused[] = { blank, reversed, endless, undated };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_assert_false (passend_database_add_holiday (fixture->database, refused[i], &error));
      g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
      g_clear_error (&error);
    }

  g_assert_true (passend_database_add_holiday (fixture->database, christmas, &error));
  g_assert_no_error (error);
  g_assert_true (passend_database_add_holiday (fixture->database, autumn, &error));
  g_assert_no_error (error);
  g_assert_cmpint (passend_holiday_get_id (christmas), >, 0);

  holidays = passend_database_list_holidays (fixture->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (holidays), ==, 2);
  first = g_list_model_get_item (holidays, 0);
  g_assert_cmpstr (passend_holiday_get_name (first), ==, "Herfstvakantie");

  g_assert_true (passend_database_remove_holiday (fixture->database, passend_holiday_get_id (christmas), &error));
  g_assert_no_error (error);
  g_assert_false (passend_database_remove_holiday (fixture->database, passend_holiday_get_id (christmas), &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
}

static void
test_locations (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) locations = NULL;

  g_assert_true (passend_database_add_location (fixture->database, " Zuid ", &error));
  g_assert_no_error (error);
  g_assert_true (passend_database_add_location (fixture->database, "Centrum", &error));
  g_assert_no_error (error);
  g_assert_false (passend_database_add_location (fixture->database, "zuid", &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (passend_database_add_location (fixture->database, "", &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  locations = passend_database_list_locations (fixture->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (locations), ==, 2);
  g_assert_cmpstr (locations[0], ==, "Centrum");
  g_assert_cmpstr (locations[1], ==, "Zuid");

  g_assert_true (passend_database_remove_location (fixture->database, "Zuid", &error));
  g_assert_no_error (error);
  g_assert_false (passend_database_remove_location (fixture->database, "Zuid", &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
}

static void
test_logo (Fixture       *fixture,
           gconstpointer  data)
{
  static const guint8 png[] = {
    0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
    0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
  };
  static const char svg[] =
    "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"></svg>\n";
  static const char text[] = "Dit is geen logo maar een brief.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png_bytes = g_bytes_new_static (png, sizeof png);
  g_autoptr(GBytes) svg_bytes = g_bytes_new_static (svg, strlen (svg));
  g_autoptr(GBytes) text_bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GBytes) stored = NULL;
  g_autofree char *media_type = NULL;

  g_assert_false (passend_database_set_school_logo (fixture->database, text_bytes, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  stored = passend_database_get_school_logo (fixture->database, &media_type, &error);
  g_assert_no_error (error);
  g_assert_null (stored);

  g_assert_true (passend_database_set_school_logo (fixture->database, png_bytes, &error));
  g_assert_no_error (error);
  stored = passend_database_get_school_logo (fixture->database, &media_type, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (stored, png_bytes));
  g_assert_cmpstr (media_type, ==, "image/png");
  g_clear_pointer (&stored, g_bytes_unref);
  g_clear_pointer (&media_type, g_free);

  g_assert_true (passend_database_set_school_logo (fixture->database, svg_bytes, &error));
  g_assert_no_error (error);
  stored = passend_database_get_school_logo (fixture->database, &media_type, &error);
  g_assert_cmpstr (media_type, ==, "image/svg+xml");
  g_clear_pointer (&stored, g_bytes_unref);
  g_clear_pointer (&media_type, g_free);

  g_assert_true (passend_database_set_school_logo (fixture->database, NULL, &error));
  g_assert_no_error (error);
  stored = passend_database_get_school_logo (fixture->database, &media_type, &error);
  g_assert_no_error (error);
  g_assert_null (stored);
}

static void
test_opp_days (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) next = NULL;
  g_autoptr(GHashTable) later = NULL;
  gint64 id = 3;
  PassendDeadline *deadline;

  g_assert_true (passend_database_set_opp_days (fixture->database, 3, DAY (2026, 9, 1),
                                                PASSEND_DAY_NONE, PASSEND_DAY_NONE, &error));
  g_assert_no_error (error);
  next = passend_database_next_deadlines (fixture->database, fixture->today, &error);
  g_assert_no_error (error);
  deadline = g_hash_table_lookup (next, &id);
  g_assert_cmpint (passend_deadline_get_kind (deadline), ==, PASSEND_DEADLINE_KIND_OPP_ESTABLISH);
  g_assert_cmpuint (passend_deadline_get_due (deadline), ==, DAY (2026, 10, 13));

  /* Once set, the evaluation is next, a year after the last one. */
  g_assert_true (passend_database_set_opp_days (fixture->database, 3, DAY (2026, 9, 1),
                                                DAY (2026, 10, 1), DAY (2026, 11, 2), &error));
  g_assert_no_error (error);
  later = passend_database_next_deadlines (fixture->database, fixture->today, &error);
  deadline = g_hash_table_lookup (later, &id);
  g_assert_cmpint (passend_deadline_get_kind (deadline), ==, PASSEND_DEADLINE_KIND_OPP_EVALUATION);
  g_assert_cmpuint (passend_deadline_get_due (deadline), ==, DAY (2027, 11, 2));

  g_assert_false (passend_database_set_opp_days (fixture->database, 999, DAY (2026, 9, 1),
                                                 PASSEND_DAY_NONE, PASSEND_DAY_NONE, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (passend_database_set_opp_days (fixture->database, 3,
                                                 passend_day_add_days (passend_day_today (), 2),
                                                 PASSEND_DAY_NONE, PASSEND_DAY_NONE, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (passend_database_set_opp_days (fixture->database, 3, DAY (2026, 9, 1),
                                                 DAY (2026, 10, 1), DAY (2026, 9, 20), &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store/deadlines/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("every-kind", test_every_kind);
  ADD ("decided-and-closed", test_decided_and_closed);
  ADD ("horizon", test_horizon);
  ADD ("protocol-changes-result", test_protocol_changes_result);
  ADD ("out-of-range", test_out_of_range);
  ADD ("next-deadlines", test_next_deadlines);
  ADD ("holidays", test_holidays);
  ADD ("locations", test_locations);
  ADD ("logo", test_logo);
  ADD ("opp-days", test_opp_days);

#undef ADD

  return g_test_run ();
}
