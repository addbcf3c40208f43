/* test-store-students.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "passend-database-private.h"

typedef struct
{
  char            *dir;
  PassendDatabase *database;
  gint64           student_id;
  gint64           other_id;
} Fixture;

static gint64
add_student (PassendDatabase *database,
             const char      *lvs_number,
             const char      *achternaam)
{
  g_autoptr(PassendStudent) student = passend_student_new ();
  g_autoptr(GError) error = NULL;

  passend_student_set_lvs_number (student, lvs_number);
  passend_student_set_roepnaam (student, "Sanne");
  passend_student_set_achternaam (student, achternaam);
  passend_student_set_enrolled_on (student, passend_day_new (2024, 8, 26));
  g_assert_true (passend_database_add_student (database, student, &error));
  g_assert_no_error (error);
  return passend_student_get_id (student);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("passend-students-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "passend.db", NULL);

  fixture->database = passend_database_open (path, &error);
  g_assert_no_error (error);
  passend_database_set_actor (fixture->database, "Coördinator");

  fixture->student_id = add_student (fixture->database, "800001", "Jansen");
  fixture->other_id = add_student (fixture->database, "800002", "Bakker");
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
}

static gint64
count (PassendDatabase *database,
       const char      *entity)
{
  g_autoptr(GError) error = NULL;
  gint64 n = passend_database_count (database, entity, &error);

  g_assert_no_error (error);
  return n;
}

static char *
query_text (PassendDatabase *database,
            const char      *sql,
            gint64           id)
{
  sqlite3_stmt *statement = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_passend_database_get_handle (database), sql, -1, &statement, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_int64 (statement, 1, id);
  if (sqlite3_step (statement) == SQLITE_ROW && sqlite3_column_type (statement, 0) != SQLITE_NULL)
    text = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  sqlite3_finalize (statement);
  return text;
}

static gint64
query_int (PassendDatabase *database,
           const char      *sql,
           gint64           id)
{
  sqlite3_stmt *statement = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (_passend_database_get_handle (database), sql, -1, &statement, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_int64 (statement, 1, id);
  if (sqlite3_step (statement) == SQLITE_ROW)
    value = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  return value;
}

static void
test_update_student (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PassendStudent) student = NULL;
  g_autoptr(PassendStudent) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 audit_before = count (fixture->database, "audit");

  student = passend_database_get_student (fixture->database, fixture->student_id, &error);
  g_assert_no_error (error);
  passend_student_set_roepnaam (student, "Sanna");
  passend_student_set_class_name (student, "2H3");
  passend_student_set_year (student, 2);
  passend_student_set_birth_date (student, passend_day_new (2012, 2, 29));
  g_assert_true (passend_database_update_student (fixture->database, student, &error));
  g_assert_no_error (error);

  reloaded = passend_database_get_student (fixture->database, fixture->student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (passend_student_get_roepnaam (reloaded), ==, "Sanna");
  g_assert_cmpstr (passend_student_get_class_name (reloaded), ==, "2H3");
  g_assert_cmpint (passend_student_get_year (reloaded), ==, 2);
  g_assert_cmpuint (passend_student_get_birth_date (reloaded), ==, passend_day_new (2012, 2, 29));

  /* One audit row, naming the student but holding none of the content. */
  g_assert_cmpint (count (fixture->database, "audit"), ==, audit_before + 1);
  g_assert_cmpint (query_int (fixture->database,
                              "SELECT count(*) FROM audit_log WHERE entity = 'student' AND action = 'update' "
                              "AND entity_id = ?1", fixture->student_id), ==, 1);
  g_assert_cmpint (query_int (fixture->database,
                              "SELECT count(*) FROM audit_log WHERE detail LIKE '%Sanna%' OR detail LIKE '%2H3%' "
                              "OR actor LIKE '%Sanna%'", 0), ==, 0);
}

static void
test_update_duplicate_lvs (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(PassendStudent) student = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *lvs = NULL;
  g_autofree char *name = NULL;
  gint64 audit_before = count (fixture->database, "audit");

  student = passend_database_get_student (fixture->database, fixture->student_id, &error);
  g_assert_no_error (error);
  passend_student_set_lvs_number (student, "800002");
  passend_student_set_achternaam (student, "Veranderd");

  g_assert_false (passend_database_update_student (fixture->database, student, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "800002"));

  /* Nothing changed: not the number, not the name, no audit row. */
  lvs = query_text (fixture->database, "SELECT lvs_number FROM student WHERE id = ?1", fixture->student_id);
  name = query_text (fixture->database, "SELECT achternaam FROM student WHERE id = ?1", fixture->student_id);
  g_assert_cmpstr (lvs, ==, "800001");
  g_assert_cmpstr (name, ==, "Jansen");
  g_assert_cmpint (count (fixture->database, "audit"), ==, audit_before);
}

static void
test_leaving_before_enrolment (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(PassendStudent) student = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *left = NULL;

  student = passend_database_get_student (fixture->database, fixture->student_id, &error);
  g_assert_no_error (error);
  passend_student_set_left_on (student, passend_day_new (2024, 8, 1));

  g_assert_false (passend_database_update_student (fixture->database, student, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  left = query_text (fixture->database, "SELECT left_on FROM student WHERE id = ?1", fixture->student_id);
  g_assert_null (left);

  /* The same through closing the case. */
  g_assert_true (passend_database_set_support_status (fixture->database, fixture->student_id,
                                                      PASSEND_NIVEAU_2, PASSEND_PHASE_2_CONSULTATIE,
                                                      PASSEND_REGIE_MENTOR, 0, "Signaal", 0, &error));
  g_assert_no_error (error);
  g_assert_false (passend_database_close_case (fixture->database, fixture->student_id,
                                               PASSEND_CLOSE_OUTCOME_LEFT_SCHOOL, "", PASSEND_DAY_NONE,
                                               passend_day_new (2024, 1, 5), &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture->database, "SELECT case_open FROM support_status WHERE student_id = ?1",
                              fixture->student_id), ==, 1);

  /* Left school without a leaving date is refused before anything. */
  g_assert_false (passend_database_close_case (fixture->database, fixture->student_id,
                                               PASSEND_CLOSE_OUTCOME_LEFT_SCHOOL, "", PASSEND_DAY_NONE,
                                               PASSEND_DAY_NONE, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
}

static void
test_validate (void)
{
  g_autoptr(PassendStudent) student = passend_student_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (passend_student_validate (student, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  passend_student_set_lvs_number (student, "1");
  passend_student_set_achternaam (student, "Jansen");
  passend_student_set_enrolled_on (student, passend_day_new (2025, 8, 25));
  passend_student_set_birth_date (student, passend_day_new (2013, 5, 1));
  g_assert_true (passend_student_validate (student, &error));
  g_assert_no_error (error);

  /* Nine at enrolment: a typing error. */
  passend_student_set_birth_date (student, passend_day_new (2016, 5, 1));
  g_assert_false (passend_student_validate (student, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  passend_student_set_birth_date (student, passend_day_new (2013, 5, 1));
  passend_student_set_left_on (student, passend_day_new (2025, 8, 24));
  g_assert_false (passend_student_validate (student, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

static void
test_close_and_reopen (Fixture       *fixture,
                       gconstpointer  data)
{
  PassendDatabase *database = fixture->database;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GListModel) timeline = NULL;
  g_autoptr(GListModel) caseload = NULL;
  g_autofree char *left = NULL;
  g_autofree char *note = NULL;
  PassendCloseOutcome outcome = PASSEND_CLOSE_OUTCOME_OTHER;
  PassendStatusChange *last;
  gint64 n_entries;

  g_assert_true (passend_database_set_support_status (database, fixture->student_id, PASSEND_NIVEAU_3,
                                                      PASSEND_PHASE_3B_FLEX_ZAT, PASSEND_REGIE_LECO, 0,
                                                      "Flex-ZAT", 0, &error));
  g_assert_no_error (error);
  n_entries = count (database, "timeline");

  g_assert_true (passend_database_close_case (database, fixture->student_id, PASSEND_CLOSE_OUTCOME_LEFT_SCHOOL,
                                              "Verhuisd", PASSEND_DAY_NONE,
                                              passend_day_new (2026, 1, 30), &error));
  g_assert_no_error (error);

  left = query_text (database, "SELECT left_on FROM student WHERE id = ?1", fixture->student_id);
  g_assert_cmpstr (left, ==, "2026-01-30");
  g_assert_cmpuint (passend_database_get_case_closed (database, fixture->student_id, &outcome, &note, &error),
                    ==, passend_day_today ());
  g_assert_no_error (error);
  g_assert_cmpint (outcome, ==, PASSEND_CLOSE_OUTCOME_LEFT_SCHOOL);
  g_assert_cmpstr (note, ==, "Verhuisd");

  caseload = passend_database_list_caseload (database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (caseload), ==, 0);

  /* Closing twice is refused. */
  g_assert_false (passend_database_close_case (database, fixture->student_id, PASSEND_CLOSE_OUTCOME_OTHER,
                                               "", PASSEND_DAY_NONE, PASSEND_DAY_NONE, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  /* Reopening needs a reason. */
  g_assert_false (passend_database_reopen_case (database, fixture->student_id, "  ", &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (passend_database_reopen_case (database, fixture->student_id, "Teruggekomen", &error));
  g_assert_no_error (error);

  /* The history keeps every step; the timeline got a decision for both. */
  history = passend_database_list_status_history (database, fixture->student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 3);
  last = g_ptr_array_index (history, 2);
  g_assert_cmpint (last->niveau, ==, PASSEND_NIVEAU_3);
  g_assert_cmpint (last->regie, ==, PASSEND_REGIE_LECO);
  g_assert_nonnull (strstr (last->reason, "Teruggekomen"));
  g_assert_cmpstr (last->actor, ==, "Coördinator");
  g_assert_nonnull (strstr (((PassendStatusChange *) g_ptr_array_index (history, 1))->reason, "Verhuisd"));

  g_assert_cmpint (count (database, "timeline"), ==, n_entries + 2);
  timeline = passend_database_list_timeline (database, fixture->student_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(PassendTimelineEntry) entry = g_list_model_get_item (timeline, i);

      g_assert_cmpint (passend_timeline_entry_get_kind (entry), ==, PASSEND_ENTRY_KIND_DECISION);
    }

  g_assert_cmpint (query_int (database, "SELECT case_open FROM support_status WHERE student_id = ?1",
                              fixture->student_id), ==, 1);
  g_assert_cmpuint (passend_database_get_case_closed (database, fixture->student_id, NULL, NULL, &error),
                    ==, PASSEND_DAY_NONE);
  g_assert_no_error (error);

  /* No content in the audit log. */
  g_assert_cmpint (query_int (database,
                              "SELECT count(*) FROM audit_log WHERE detail LIKE '%Verhuisd%' "
                              "OR detail LIKE '%Teruggekomen%'", 0), ==, 0);
}

static void
test_extra_support_since (Fixture       *fixture,
                          gconstpointer  data)
{
  PassendDatabase *database = fixture->database;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *afresh = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GDateTime) earlier = g_date_time_new_local (2025, 10, 1, 10, 0, 0);
  g_autoptr(GDateTime) later = g_date_time_new_local (2026, 1, 12, 10, 0, 0);

  g_assert_true (passend_database_set_support_status (database, fixture->student_id, PASSEND_NIVEAU_2,
                                                      PASSEND_PHASE_2_CONSULTATIE, PASSEND_REGIE_MENTOR, 0,
                                                      "", g_date_time_to_unix (earlier) - 86400 * 30, &error));
  g_assert_no_error (error);
  g_assert_null (query_text (database, "SELECT extra_support_since FROM support_status WHERE student_id = ?1",
                             fixture->student_id));

  g_assert_true (passend_database_set_support_status (database, fixture->student_id, PASSEND_NIVEAU_3,
                                                      PASSEND_PHASE_3B_FLEX_ZAT, PASSEND_REGIE_LECO, 0,
                                                      "", g_date_time_to_unix (earlier), &error));
  g_assert_no_error (error);
  first = query_text (database, "SELECT extra_support_since FROM support_status WHERE student_id = ?1",
                      fixture->student_id);
  g_assert_cmpstr (first, ==, "2025-10-01");

  /* Down and up again while the case stays open: the first day stays. */
  g_assert_true (passend_database_set_support_status (database, fixture->student_id, PASSEND_NIVEAU_2,
                                                      PASSEND_PHASE_3A_ONDERSTEUNINGSTEAM, PASSEND_REGIE_MENTOR, 0,
                                                      "", g_date_time_to_unix (earlier) + 86400, &error));
  g_assert_true (passend_database_set_support_status (database, fixture->student_id, PASSEND_NIVEAU_4,
                                                      PASSEND_PHASE_4_TLV, PASSEND_REGIE_OCO, 0,
                                                      "", g_date_time_to_unix (later), &error));
  g_assert_no_error (error);
  kept = query_text (database, "SELECT extra_support_since FROM support_status WHERE student_id = ?1",
                     fixture->student_id);
  g_assert_cmpstr (kept, ==, "2025-10-01");

  /* A reopened case starts afresh. */
  g_assert_true (passend_database_close_case (database, fixture->student_id, PASSEND_CLOSE_OUTCOME_SUPPORT_ENDED,
                                              "", PASSEND_DAY_NONE, PASSEND_DAY_NONE, &error));
  g_assert_true (passend_database_set_support_status (database, fixture->student_id, PASSEND_NIVEAU_3,
                                                      PASSEND_PHASE_3B_FLEX_ZAT, PASSEND_REGIE_LECO, 0,
                                                      "", 0, &error));
  g_assert_no_error (error);
  afresh = query_text (database, "SELECT extra_support_since FROM support_status WHERE student_id = ?1",
                       fixture->student_id);
  expected = passend_day_to_iso (passend_day_today ());
  g_assert_cmpstr (afresh, ==, expected);
  g_assert_cmpint (query_int (database, "SELECT close_outcome IS NULL FROM support_status WHERE student_id = ?1",
                              fixture->student_id), ==, 1);
}

static gint64
add_guardian (Fixture *fixture)
{
  g_autoptr(PassendGuardian) guardian = passend_guardian_new ();
  g_autoptr(GError) error = NULL;

  passend_guardian_set_student_id (guardian, fixture->student_id);
  passend_guardian_set_relation (guardian, "moeder");
  passend_guardian_set_voorletters (guardian, "A.");
  passend_guardian_set_achternaam (guardian, "Jansen");
  passend_guardian_set_email (guardian, "a.jansen@example.org");
  passend_guardian_set_phone_is_secret (guardian, TRUE);
  g_assert_true (passend_database_add_guardian (fixture->database, guardian, &error));
  g_assert_no_error (error);
  return passend_guardian_get_id (guardian);
}

static void
test_guardians (Fixture       *fixture,
                gconstpointer  data)
{
  PassendDatabase *database = fixture->database;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) guardians = NULL;
  g_autoptr(GListModel) restored = NULL;
  g_autoptr(PassendGuardian) guardian = NULL;
  g_autoptr(PassendGuardian) back = NULL;
  gint64 id = add_guardian (fixture);
  gint64 audit_before;

  guardians = passend_database_list_guardians (database, fixture->student_id, &error);
  g_assert_no_error (error);
  guardian = g_list_model_get_item (guardians, 0);
  passend_guardian_set_phone (guardian, "06-12345678");
  passend_guardian_set_has_authority (guardian, FALSE);
  g_assert_true (passend_database_update_guardian (database, guardian, &error));
  g_assert_no_error (error);

  /* A guardian without a family name is refused. */
  passend_guardian_set_achternaam (guardian, " ");
  g_assert_false (passend_database_update_guardian (database, guardian, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  passend_guardian_set_achternaam (guardian, "Jansen");

  audit_before = count (database, "audit");
  g_assert_true (passend_database_remove_guardian (database, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (database, "guardians"), ==, 0);
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM audit_log WHERE action = 'delete' "
                              "AND entity = 'guardian' AND entity_id = ?1", id), ==, 1);

  /* Removing it twice: not found. */
  g_assert_false (passend_database_remove_guardian (database, id, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Undo brings it back whole, under the same id. */
  g_assert_true (passend_database_restore_guardian (database, guardian, &error));
  g_assert_no_error (error);
  restored = passend_database_list_guardians (database, fixture->student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (restored), ==, 1);
  back = g_list_model_get_item (restored, 0);
  g_assert_cmpint (passend_guardian_get_id (back), ==, id);
  g_assert_cmpstr (passend_guardian_get_phone (back), ==, "06-12345678");
  g_assert_cmpstr (passend_guardian_get_email (back), ==, "a.jansen@example.org");
  g_assert_true (passend_guardian_get_phone_is_secret (back));
  g_assert_false (passend_guardian_get_has_authority (back));
  g_assert_cmpint (count (database, "audit"), ==, audit_before + 2);

  /* Restoring what is there already is refused and changes nothing. */
  g_assert_false (passend_database_restore_guardian (database, guardian, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT);
  g_assert_cmpint (count (database, "guardians"), ==, 1);

  g_assert_cmpint (query_int (database, "SELECT count(*) FROM audit_log WHERE detail LIKE '%Jansen%' "
                              "OR detail LIKE '%0612%'", 0), ==, 0);
}

static void
test_needs_and_people (Fixture       *fixture,
                       gconstpointer  data)
{
  PassendDatabase *database = fixture->database;
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendPerson) person = passend_person_new ();
  g_autoptr(GPtrArray) involved = NULL;
  g_auto(GStrv) all = NULL;
  g_auto(GStrv) needs = NULL;
  PassendInvolvedPerson *first;

  g_assert_true (passend_database_add_support_need (database, fixture->student_id, "dyslexie", &error));
  g_assert_true (passend_database_add_support_need (database, fixture->student_id, "faalangst", &error));
  g_assert_true (passend_database_add_support_need (database, fixture->other_id, "ADHD", &error));
  g_assert_no_error (error);

  g_assert_true (passend_database_remove_support_need (database, fixture->student_id, "Dyslexie", &error));
  g_assert_no_error (error);
  needs = passend_database_list_support_needs (database, fixture->student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (needs, ((const char * const[]) { "faalangst", NULL }));

  /* The need stays known, for the list the coordinator picks from. */
  all = passend_database_list_all_support_needs (database, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (all, ((const char * const[]) { "ADHD", "dyslexie", "faalangst", NULL }));

  passend_person_set_given_name (person, "Fatima");
  passend_person_set_family_name (person, "El Idrissi");
  passend_person_set_role (person, "jeugdverpleegkundige");
  g_assert_true (passend_database_add_person (database, person, &error));
  g_assert_no_error (error);

  g_assert_true (passend_database_add_involved_person (database, fixture->student_id,
                                                       passend_person_get_id (person), "JGZ-consult", &error));
  g_assert_no_error (error);
  involved = passend_database_list_involved_people (database, fixture->student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (involved->len, ==, 1);
  first = g_ptr_array_index (involved, 0);
  g_assert_cmpstr (first->name, ==, "Fatima El Idrissi");
  g_assert_cmpstr (first->note, ==, "JGZ-consult");
  g_clear_pointer (&involved, g_ptr_array_unref);

  /* A person who does not exist is refused. */
  g_assert_false (passend_database_add_involved_person (database, fixture->student_id, 9999, "", &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  g_assert_true (passend_database_remove_involved_person (database, fixture->student_id,
                                                          passend_person_get_id (person), &error));
  g_assert_no_error (error);
  involved = passend_database_list_involved_people (database, fixture->student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (involved->len, ==, 0);
}

static void
test_opp_dates (Fixture       *fixture,
                gconstpointer  data)
{
  PassendDatabase *database = fixture->database;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) timeline = NULL;
  g_autoptr(PassendTimelineEntry) newest = NULL;
  PassendDay since = 0, established = 0, evaluated = 0;
  PassendDay set_on = passend_day_new (2025, 11, 3);
  gint64 n_entries;

  /* Without a support case there is nothing to record on. */
  g_assert_false (passend_database_record_opp_dates (database, fixture->student_id, set_on,
                                                     PASSEND_DAY_NONE, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (passend_database_set_support_status (database, fixture->student_id, PASSEND_NIVEAU_3,
                                                      PASSEND_PHASE_3B_FLEX_ZAT, PASSEND_REGIE_LECO, 0,
                                                      "", 0, &error));
  n_entries = count (database, "timeline");

  g_assert_true (passend_database_record_opp_dates (database, fixture->student_id, set_on,
                                                    PASSEND_DAY_NONE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (database, "timeline"), ==, n_entries + 1);

  /* The same days again leave no second entry. */
  g_assert_true (passend_database_record_opp_dates (database, fixture->student_id, set_on,
                                                    PASSEND_DAY_NONE, &error));
  g_assert_cmpint (count (database, "timeline"), ==, n_entries + 1);

  /* Evaluated before it was set: refused. */
  g_assert_false (passend_database_record_opp_dates (database, fixture->student_id, set_on,
                                                     passend_day_new (2025, 10, 1), &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (passend_database_record_opp_dates (database, fixture->student_id, set_on,
                                                    passend_day_new (2026, 1, 15), &error));
  g_assert_no_error (error);
  g_assert_true (passend_database_get_opp_dates (database, fixture->student_id, &since, &established,
                                                 &evaluated, &error));
  g_assert_cmpuint (since, ==, passend_day_today ());
  g_assert_cmpuint (established, ==, set_on);
  g_assert_cmpuint (evaluated, ==, passend_day_new (2026, 1, 15));

  timeline = passend_database_list_timeline (database, fixture->student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (database, "timeline"), ==, n_entries + 2);
  for (guint i = 0; i < g_list_model_get_n_items (timeline); i++)
    {
      g_autoptr(PassendTimelineEntry) entry = g_list_model_get_item (timeline, i);

      if (strstr (passend_timeline_entry_get_title (entry), "geëvalueerd") != NULL)
        newest = g_object_ref (entry);
    }
  g_assert_nonnull (newest);
  g_assert_cmpint (passend_timeline_entry_get_kind (newest), ==, PASSEND_ENTRY_KIND_DECISION);
  g_assert_cmpstr (passend_timeline_entry_get_title (newest), ==, "OPP geëvalueerd op do 15 jan. 2026");
}

/* The caseload hands its students to the student page: a case must carry
 * the whole record, not only what the list shows. */
static void
test_cases_carry_the_record (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(PassendStudent) stored = NULL;
  g_autoptr(GListModel) cases = NULL;
  g_autoptr(GError) error = NULL;
  PassendStudent *listed = NULL;

  stored = passend_database_get_student (fixture->database, fixture->student_id, &error);
  g_assert_no_error (error);
  passend_student_set_birth_date (stored, passend_day_new (2011, 2, 28));
  passend_student_set_gender (stored, "v");
  passend_student_set_voorletters (stored, "A.M.");
  g_assert_true (passend_database_update_student (fixture->database, stored, &error));
  g_assert_no_error (error);
  g_assert_true (passend_database_set_support_status (fixture->database, fixture->student_id,
                                                      PASSEND_NIVEAU_2, PASSEND_PHASE_2_CONSULTATIE,
                                                      PASSEND_REGIE_MENTOR, 0, "Signalen mentor", 0, &error));
  g_assert_no_error (error);

  cases = passend_database_list_cases (fixture->database, TRUE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (cases, i);

      if (passend_student_get_id (student) == fixture->student_id)
        listed = g_steal_pointer (&student);
    }

  g_assert_nonnull (listed);
  g_assert_cmpuint (passend_student_get_birth_date (listed), ==, passend_day_new (2011, 2, 28));
  g_assert_cmpstr (passend_student_get_gender (listed), ==, "v");
  g_assert_cmpstr (passend_student_get_voorletters (listed), ==, "A.M.");
  g_assert_cmpstr (passend_student_get_lvs_number (listed), ==, passend_student_get_lvs_number (stored));
  g_assert_cmpuint (passend_student_get_enrolled_on (listed), ==, passend_student_get_enrolled_on (stored));
  g_object_unref (listed);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/students/validate", test_validate);
  g_test_add ("/store/students/update", Fixture, NULL, fixture_set_up, test_update_student, fixture_tear_down);
  g_test_add ("/store/students/update-duplicate-lvs", Fixture, NULL,
              fixture_set_up, test_update_duplicate_lvs, fixture_tear_down);
  g_test_add ("/store/students/leaving-before-enrolment", Fixture, NULL,
              fixture_set_up, test_leaving_before_enrolment, fixture_tear_down);
  g_test_add ("/store/students/close-and-reopen", Fixture, NULL,
              fixture_set_up, test_close_and_reopen, fixture_tear_down);
  g_test_add ("/store/students/extra-support-since", Fixture, NULL,
              fixture_set_up, test_extra_support_since, fixture_tear_down);
  g_test_add ("/store/students/guardians", Fixture, NULL, fixture_set_up, test_guardians, fixture_tear_down);
  g_test_add ("/store/students/needs-and-people", Fixture, NULL,
              fixture_set_up, test_needs_and_people, fixture_tear_down);
  g_test_add ("/store/students/opp-dates", Fixture, NULL, fixture_set_up, test_opp_dates, fixture_tear_down);
  g_test_add ("/store/students/cases-carry-the-record", Fixture, NULL,
              fixture_set_up, test_cases_carry_the_record, fixture_tear_down);

  return g_test_run ();
}
