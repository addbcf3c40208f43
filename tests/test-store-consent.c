/* test-store-consent.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "passend-consent-rules.h"
#include "passend-database-private.h"

typedef struct
{
  char            *dir;
  char            *path;
  PassendDatabase *database;
  PassendDay       today;
  int              n_consent_changes;
} Fixture;

enum { YOUNG = 1, SIXTEEN = 2, ADULT = 3, CLOSED = 4 };
enum { MOTHER = 11, FATHER_NO_GEZAG = 12, PARENT_OF_SIXTEEN = 21, PARENT_OF_ADULT = 31 };

static void
consent_changed_cb (PassendDatabase *database,
                    const char      *entity,
                    gint64           id,
                    Fixture         *fixture)
{
  fixture->n_consent_changes++;
}

static void
exec_sql (Fixture    *fixture,
          const char *sql)
{
  char *message = NULL;

  sqlite3_exec (_passend_database_get_handle (fixture->database), sql, NULL, NULL, &message);
  g_assert_null (message);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *young = NULL, *sixteen = NULL, *adult = NULL, *sql = NULL;

  fixture->dir = g_dir_make_tmp ("passend-consent-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "passend.db", NULL);
  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);
  passend_database_set_actor (fixture->database, "Test Coordinator");
  fixture->today = passend_day_today ();

  /* Ages counted back from today, so the age rules hold on any day. */
  young = passend_day_to_iso (passend_day_add_months (fixture->today, -14 * 12));
  sixteen = passend_day_to_iso (passend_day_add_months (fixture->today, -(16 * 12 + 6)));
  adult = passend_day_to_iso (passend_day_add_months (fixture->today, -19 * 12));
  sql = g_strdup_printf ("INSERT INTO student (id, lvs_number, roepnaam, tussenvoegsel, achternaam, birth_date) VALUES"
                         " (1, '1001', 'Anna', '', 'Bakker', '%s'),"
                         " (2, '1002', 'Jan', 'de', 'Vries', '%s'),"
                         " (3, '1003', 'Piet', '', 'Smit', '%s'),"
                         " (4, '1004', 'Sara', '', 'Jansen', '%s');"
                         "INSERT INTO support_status (student_id, niveau, phase, regie, case_open, opened_at, updated_at)"
                         " VALUES (1, 3, '3b', 'leco', 1, 0, 0), (2, 3, '3a', 'leco', 1, 0, 0),"
                         " (3, 2, '2', 'mentor', 1, 0, 0), (4, 3, '3b', 'leco', 0, 0, 0);"
                         "INSERT INTO guardian (id, student_id, relation, voorletters, achternaam, has_authority) VALUES"
                         " (11, 1, 'moeder', 'A.', 'Bakker', 1), (12, 1, 'vader', 'B.', 'Bakker', 0),"
                         " (21, 2, 'vader', 'C.', 'de Vries', 1), (31, 3, 'moeder', 'D.', 'Smit', 1);",
                         young, sixteen, adult, young);
  exec_sql (fixture, sql);

  g_signal_connect (fixture->database, "changed::consent", G_CALLBACK (consent_changed_cb), fixture);
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

static PassendConsent *
new_consent (gint64                student_id,
             PassendConsentPurpose purpose,
             PassendDay            given,
             PassendDay            until)
{
  PassendConsent *consent = passend_consent_new ();

  passend_consent_set_student_id (consent, student_id);
  passend_consent_set_purpose (consent, purpose);
  passend_consent_set_given_on (consent, given);
  passend_consent_set_valid_until (consent, until);
  return consent;
}

static gint64
count_rows (Fixture    *fixture,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  sqlite3_stmt *statement = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (_passend_database_get_handle (fixture->database), sql, -1, &statement, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  return n;
}

static void
assert_refused (Fixture        *fixture,
                PassendConsent *consent,
                const char     *words)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (passend_database_add_consent (fixture->database, consent, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, words));
  g_assert_cmpint (passend_consent_get_id (consent), ==, 0);
}

static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  PassendDay day = passend_day_add_days (fixture->today, -3);
  g_autoptr(PassendConsent) consent = new_consent (YOUNG, PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL, day, PASSEND_DAY_NONE);

  assert_refused (fixture, consent, "Choose who");

  passend_consent_add_guardian_id (consent, FATHER_NO_GEZAG);
  assert_refused (fixture, consent, "gezag");

  passend_consent_clear_givers (consent);
  passend_consent_set_by_student (consent, TRUE);
  assert_refused (fixture, consent, "16");

  /* Another student's guardian. */
  passend_consent_clear_givers (consent);
  passend_consent_add_guardian_id (consent, PARENT_OF_SIXTEEN);
  assert_refused (fixture, consent, "not one of the student");

  /* A request names whom it asks. */
  passend_consent_clear_givers (consent);
  passend_consent_add_guardian_id (consent, MOTHER);
  passend_consent_set_purpose (consent, PASSEND_CONSENT_PURPOSE_REQUEST_DATA);
  assert_refused (fixture, consent, "party");

  passend_consent_set_purpose (consent, PASSEND_CONSENT_PURPOSE_RESEARCH);
  passend_consent_set_valid_until (consent, passend_day_add_days (day, -1));
  assert_refused (fixture, consent, "end before");

  passend_consent_set_valid_until (consent, PASSEND_DAY_NONE);
  passend_consent_set_given_on (consent, passend_day_add_days (fixture->today, 1));
  assert_refused (fixture, consent, "future");

  /* From 18 the parents no longer decide. */
  g_clear_object (&consent);
  consent = new_consent (ADULT, PASSEND_CONSENT_PURPOSE_JOS, day, PASSEND_DAY_NONE);
  passend_consent_add_guardian_id (consent, PARENT_OF_ADULT);
  assert_refused (fixture, consent, "18");

  g_assert_cmpint (count_rows (fixture, "consent"), ==, 0);
  g_assert_cmpint (count_rows (fixture, "consent_giver"), ==, 0);
  g_assert_cmpint (count_rows (fixture, "timeline_entry"), ==, 0);
  g_assert_cmpint (fixture->n_consent_changes, ==, 0);
}

static void
test_add_and_withdraw (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PassendDay given = passend_day_add_days (fixture->today, -30);
  PassendDay withdrawn = passend_day_add_days (fixture->today, -2);
  g_autoptr(PassendConsent) consent = new_consent (YOUNG, PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL, given,
                                                   passend_consent_rules_default_valid_until (given));
  g_autoptr(GListModel) timeline = NULL;
  g_autoptr(PassendTimelineEntry) entry = NULL;
  g_autoptr(PassendTimelineEntry) withdrawal = NULL;
  g_autoptr(GPtrArray) consents = NULL;
  PassendConsent *stored;
  const gint64 *ids;
  guint n_ids;

  passend_consent_add_guardian_id (consent, MOTHER);
  passend_consent_set_form (consent, PASSEND_CONSENT_FORM_VERBAL);
  passend_consent_set_note (consent, "Telefonisch besproken");
  g_assert_true (passend_database_add_consent (fixture->database, consent, &error));
  g_assert_no_error (error);
  g_assert_cmpint (passend_consent_get_id (consent), >, 0);
  g_assert_cmpint (fixture->n_consent_changes, ==, 1);

  timeline = passend_database_list_timeline (fixture->database, YOUNG, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 1);
  entry = g_list_model_get_item (timeline, 0);
  g_assert_cmpint (passend_timeline_entry_get_kind (entry), ==, PASSEND_ENTRY_KIND_CONSENT);
  g_assert_cmpstr (passend_timeline_entry_get_title (entry), ==,
                   "Toestemming gegeven door moeder (gezag): bespreken met externen");
  g_assert_nonnull (strstr (passend_timeline_entry_get_body (entry), "Mondeling"));
  g_assert_nonnull (strstr (passend_timeline_entry_get_body (entry), "Telefonisch besproken"));
  g_clear_object (&timeline);

  consents = passend_database_list_consents (fixture->database, YOUNG, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (consents->len, ==, 1);
  stored = g_ptr_array_index (consents, 0);
  ids = passend_consent_get_guardian_ids (stored, &n_ids);
  g_assert_cmpuint (n_ids, ==, 1);
  g_assert_cmpint (ids[0], ==, MOTHER);
  g_assert_false (passend_consent_get_by_student (stored));
  g_assert_cmpint (passend_consent_get_form (stored), ==, PASSEND_CONSENT_FORM_VERBAL);
  g_assert_nonnull (strstr (passend_consent_get_givers_text (stored), "moeder"));
  g_assert_cmpuint (passend_consent_get_valid_until (stored), ==, passend_consent_rules_default_valid_until (given));

  g_assert_true (passend_database_has_valid_consent (fixture->database, YOUNG,
                                                     PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL, NULL,
                                                     fixture->today, &error));
  g_assert_no_error (error);
  g_assert_false (passend_database_has_valid_consent (fixture->database, YOUNG,
                                                      PASSEND_CONSENT_PURPOSE_TLV, NULL, fixture->today, &error));
  g_assert_no_error (error);

  /* Withdrawal: from that day on it no longer holds. */
  g_assert_false (passend_database_withdraw_consent (fixture->database, passend_consent_get_id (consent),
                                                     passend_day_add_days (given, -1), &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (passend_database_withdraw_consent (fixture->database, passend_consent_get_id (consent),
                                                    withdrawn, &error));
  g_assert_no_error (error);
  g_assert_false (passend_database_withdraw_consent (fixture->database, passend_consent_get_id (consent),
                                                     fixture->today, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (passend_database_has_valid_consent (fixture->database, YOUNG,
                                                     PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL, NULL,
                                                     passend_day_add_days (withdrawn, -1), &error));
  g_assert_false (passend_database_has_valid_consent (fixture->database, YOUNG,
                                                      PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL, NULL,
                                                      withdrawn, &error));
  g_assert_no_error (error);

  timeline = passend_database_list_timeline (fixture->database, YOUNG, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 2);
  withdrawal = g_list_model_get_item (timeline, 0);
  g_assert_cmpint (passend_timeline_entry_get_kind (withdrawal), ==, PASSEND_ENTRY_KIND_CONSENT);
  g_assert_cmpstr (passend_timeline_entry_get_title (withdrawal), ==,
                   "Toestemming ingetrokken: bespreken met externen");
  g_assert_cmpint (fixture->n_consent_changes, ==, 2);
}

static void
test_givers_by_age (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PassendDay day = passend_day_add_days (fixture->today, -1);
  g_autoptr(PassendConsent) both = new_consent (SIXTEEN, PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL, day, PASSEND_DAY_NONE);
  g_autoptr(PassendConsent) alone = new_consent (ADULT, PASSEND_CONSENT_PURPOSE_JOS, day, PASSEND_DAY_NONE);
  g_autoptr(GListModel) timeline = NULL;
  g_autoptr(PassendTimelineEntry) entry = NULL;

  passend_consent_add_guardian_id (both, PARENT_OF_SIXTEEN);
  passend_consent_set_by_student (both, TRUE);
  g_assert_true (passend_database_add_consent (fixture->database, both, &error));
  g_assert_no_error (error);

  passend_consent_set_by_student (alone, TRUE);
  g_assert_true (passend_database_add_consent (fixture->database, alone, &error));
  g_assert_no_error (error);

  timeline = passend_database_list_timeline (fixture->database, SIXTEEN, &error);
  g_assert_no_error (error);
  entry = g_list_model_get_item (timeline, 0);
  g_assert_cmpstr (passend_timeline_entry_get_title (entry), ==,
                   "Toestemming gegeven door vader (gezag) en de leerling: bespreken met externen");
  g_assert_cmpint (count_rows (fixture, "consent_giver"), ==, 3);
}

static void
test_party (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendConsent) share = new_consent (YOUNG, PASSEND_CONSENT_PURPOSE_SHARE_DATA,
                                                 passend_day_add_days (fixture->today, -1), PASSEND_DAY_NONE);
  g_autoptr(GListModel) timeline = NULL;
  g_autoptr(PassendTimelineEntry) entry = NULL;

  passend_consent_add_guardian_id (share, MOTHER);
  passend_consent_set_party (share, "  GGD West ");
  g_assert_true (passend_database_add_consent (fixture->database, share, &error));
  g_assert_no_error (error);

  g_assert_true (passend_database_has_valid_consent (fixture->database, YOUNG, PASSEND_CONSENT_PURPOSE_SHARE_DATA,
                                                     "ggd west", fixture->today, &error));
  g_assert_true (passend_database_has_valid_consent (fixture->database, YOUNG, PASSEND_CONSENT_PURPOSE_SHARE_DATA,
                                                     NULL, fixture->today, &error));
  g_assert_false (passend_database_has_valid_consent (fixture->database, YOUNG, PASSEND_CONSENT_PURPOSE_SHARE_DATA,
                                                      "Veilig Thuis", fixture->today, &error));
  /* Sharing is not requesting. */
  g_assert_false (passend_database_has_valid_consent (fixture->database, YOUNG, PASSEND_CONSENT_PURPOSE_REQUEST_DATA,
                                                      "GGD West", fixture->today, &error));
  g_assert_no_error (error);

  timeline = passend_database_list_timeline (fixture->database, YOUNG, &error);
  entry = g_list_model_get_item (timeline, 0);
  g_assert_cmpstr (passend_timeline_entry_get_title (entry), ==,
                   "Toestemming gegeven door moeder (gezag): gegevens verstrekken aan GGD West");
}

static PassendStudent *
find_case (GListModel *cases,
           gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (cases, i);

      if (passend_student_get_id (student) == id)
        return g_steal_pointer (&student);
    }

  g_assert_not_reached ();
}

static void
test_flag_data (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cases = passend_database_list_cases (fixture->database, TRUE, &error);
  g_autoptr(PassendStudent) young = NULL, sixteen = NULL, basis = NULL, closed = NULL;
  g_autoptr(PassendConsent) consent = NULL;

  g_assert_no_error (error);
  young = find_case (cases, YOUNG);
  sixteen = find_case (cases, SIXTEEN);
  basis = find_case (cases, ADULT);
  closed = find_case (cases, CLOSED);
  /* 3b and 3a without consent; phase 2 and a closed case need none. */
  g_assert_true (passend_consent_rules_flag_missing (young));
  g_assert_true (passend_consent_rules_flag_missing (sixteen));
  g_assert_false (passend_consent_rules_flag_missing (basis));
  g_assert_false (passend_consent_rules_flag_missing (closed));

  consent = new_consent (YOUNG, PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL,
                         passend_day_add_days (fixture->today, -1), PASSEND_DAY_NONE);
  passend_consent_add_guardian_id (consent, MOTHER);
  g_assert_true (passend_database_add_consent_record (fixture->database, consent, &error));
  g_assert_no_error (error);
  /* The record path leaves the timeline alone. */
  g_assert_cmpint (count_rows (fixture, "timeline_entry"), ==, 0);

  g_clear_object (&cases);
  g_clear_object (&young);
  g_clear_object (&sixteen);
  cases = passend_database_list_cases (fixture->database, TRUE, &error);
  g_assert_no_error (error);
  young = find_case (cases, YOUNG);
  sixteen = find_case (cases, SIXTEEN);
  g_assert_false (passend_consent_rules_flag_missing (young));
  g_assert_true (passend_consent_rules_flag_missing (sixteen));
}

static guint
count_consent_deadlines (Fixture    *fixture,
                         PassendDay *due)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) deadlines = passend_database_list_deadlines (fixture->database, fixture->today, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(PassendDeadline) deadline = g_list_model_get_item (deadlines, i);

      if (passend_deadline_get_kind (deadline) != PASSEND_DEADLINE_KIND_CONSENT_EXPIRY)
        continue;
      n++;
      *due = passend_deadline_get_due (deadline);
      g_assert_cmpstr (passend_deadline_get_subject (deadline), ==, "Anna Bakker");
      g_assert_cmpint (passend_deadline_get_student_id (deadline), ==, YOUNG);
    }

  return n;
}

static void
test_overzicht (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PassendDay ends = passend_day_add_days (fixture->today, 5);
  PassendDay given = passend_day_add_days (fixture->today, -100);
  g_autoptr(PassendConsent) expiring = new_consent (YOUNG, PASSEND_CONSENT_PURPOSE_RESEARCH, given, ends);
  g_autoptr(PassendConsent) closed = new_consent (CLOSED, PASSEND_CONSENT_PURPOSE_RESEARCH, given, ends);
  g_autoptr(PassendConsent) far = new_consent (YOUNG, PASSEND_CONSENT_PURPOSE_TLV, given,
                                               passend_day_add_days (fixture->today, 200));
  g_autoptr(PassendConsent) renewed = NULL;
  PassendDay due = PASSEND_DAY_NONE;

  passend_consent_add_guardian_id (expiring, MOTHER);
  passend_consent_add_guardian_id (far, MOTHER);
  exec_sql (fixture, "INSERT INTO guardian (id, student_id, relation, achternaam, has_authority)"
                     " VALUES (41, 4, 'moeder', 'Jansen', 1)");
  passend_consent_add_guardian_id (closed, 41);
  g_assert_true (passend_database_add_consent (fixture->database, expiring, &error));
  g_assert_true (passend_database_add_consent (fixture->database, closed, &error));
  g_assert_true (passend_database_add_consent (fixture->database, far, &error));
  g_assert_no_error (error);

  /* Only the open case's consent that ends within the horizon. */
  g_assert_cmpuint (count_consent_deadlines (fixture, &due), ==, 1);
  g_assert_cmpuint (due, ==, ends);

  /* Renewed: the old end is no longer news. */
  renewed = new_consent (YOUNG, PASSEND_CONSENT_PURPOSE_RESEARCH, fixture->today,
                         passend_consent_rules_default_valid_until (passend_day_add_days (fixture->today, 60)));
  passend_consent_add_guardian_id (renewed, MOTHER);
  g_assert_true (passend_database_add_consent (fixture->database, renewed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_consent_deadlines (fixture, &due), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/consent/refusals", test_refusals);
  ADD ("/store/consent/add-and-withdraw", test_add_and_withdraw);
  ADD ("/store/consent/givers-by-age", test_givers_by_age);
  ADD ("/store/consent/party", test_party);
  ADD ("/store/consent/flag-data", test_flag_data);
  ADD ("/store/consent/overzicht", test_overzicht);

  return g_test_run ();
}
