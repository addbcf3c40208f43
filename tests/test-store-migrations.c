/* test-store-migrations.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "passend-database-private.h"

/* Data written with the SQL of schema version N, for the test that every
 * later migration keeps it. A new migration NNN-*.sql needs a fixture for
 * the version before it: the test fails until there is one. */
#define VERSION_1_FIXTURE \
  "INSERT INTO person (id, given_name, tussenvoegsel, family_name, role) " \
  "  VALUES (1, 'Jan', 'van', 'Dijk', 'mentor');" \
  "INSERT INTO student (id, lvs_number, roepnaam, tussenvoegsel, achternaam, birth_date, " \
  "                     class_name, year, mentor_id) " \
  "  VALUES (1, '812345', 'Sanne', 'de', 'Boer', '2011-03-14', '2B', 2, 1);" \
  "INSERT INTO support_status (student_id, niveau, phase, regie, regie_person_id, opened_at, updated_at) " \
  "  VALUES (1, 3, '3a', 'leco', 1, 1700000000, 1700000000);" \
  "INSERT INTO support_status_history (student_id, changed_at, niveau, phase, regie) " \
  "  VALUES (1, 1700000000, 3, '3a', 'leco');" \
  "INSERT INTO timeline_entry (id, student_id, kind, occurred_at, title, body, created_at, updated_at) " \
  "  VALUES (1, 1, 'observation', 1700000000, 'Observatie', 'Dyslexie vermoed bij lezen', 1700000000, 1700000000);" \
  "INSERT INTO timeline_entry (id, student_id, kind, occurred_at, title, body, confidentiality, created_at, updated_at) " \
  "  VALUES (2, 1, 'signal', 1700000100, 'Signaal', 'Zorgen thuis', 'meldcode', 1700000100, 1700000100);" \
  "INSERT INTO guardian (student_id, relation, voorletters, achternaam) VALUES (1, 'moeder', 'A.', 'Boer');" \
  "INSERT INTO support_need (id, label) VALUES (1, 'Dyslexie');" \
  "INSERT INTO student_support_need (student_id, need_id) VALUES (1, 1);" \
  "INSERT INTO attachment_blob (sha256, size, content) " \
  "  VALUES ('" "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" "', 3, x'414243');" \
  "INSERT INTO attachment (entry_id, sha256, file_name, added_at) " \
  "  VALUES (1, '" "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" "', 'toets.pdf', 1700000000);" \
  "INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES (1700000000, 'test', 'create', 'student', 1);"

#define VERSION_2_FIXTURE \
  VERSION_1_FIXTURE \
  "UPDATE support_status SET extra_support_since = '2023-11-14', opp_established_on = '2023-12-20';" \
  "INSERT INTO aanmelding (achternaam, received_on, created_at, updated_at) " \
  "  VALUES ('Yılmaz', '2026-03-02', 1700000000, 1700000000);" \
  "INSERT INTO school_holiday (name, first_day, last_day) VALUES ('Kerstvakantie', '2026-12-19', '2027-01-03');" \
  "INSERT INTO protocol_value (key, value) VALUES ('opp-weeks', 6);"

static const char * const version_fixtures[] = {
  /* 0: a new, empty file */
  "",
  /* 1 */
  VERSION_1_FIXTURE,
  /* 2: closing data, OPP dates, aanmeldingen, holidays, protocol values */
  VERSION_2_FIXTURE,
  /* 3: interventions, consent, entry versions, drafts */
  VERSION_2_FIXTURE
  "INSERT INTO intervention (student_id, kind_id, status, start_on, created_at, updated_at) "
  "  VALUES (1, (SELECT id FROM intervention_kind WHERE code = 'rt-dyslexie'), 'running', '2023-11-20', 1700000000, 1700000000);"
  "INSERT INTO consent (student_id, purpose, form, given_on, created_at, updated_at) "
  "  VALUES (1, 'discussion-external', 'signed-document', '2023-11-14', 1700000000, 1700000000);"
  "INSERT INTO consent_giver (consent_id, guardian_id) VALUES (1, 1);"
  "INSERT INTO timeline_entry_version (entry_id, kind, occurred_at, title, body, confidentiality, is_fact, replaced_at) "
  "  VALUES (1, 'observation', 1700000000, 'Observatie', 'Eerste versie', 'normal', 1, 1700000500);",
  /* 4: a closed meeting with an item, an invitee, a decision and an action */
  VERSION_2_FIXTURE
  "INSERT INTO meeting (kind_id, starts_at, state, uid, closed_at, created_at, updated_at) "
  "  VALUES ((SELECT id FROM meeting_kind WHERE code = 'flex-zat'), 1700000000, 'closed', 'm1@passend', 1700005000, 1700000000, 1700000000);"
  "INSERT INTO meeting_item (meeting_id, student_id, position, duration_minutes, question, uid) "
  "  VALUES (1, 1, 0, 30, 'Hoe verder na de zomer?', 'i1@passend');"
  "INSERT INTO meeting_invitee (item_id, role, guardian_id) VALUES (1, 'guardians', 1);"
  "INSERT INTO meeting_decision (item_id, position, body, no_action) VALUES (1, 0, 'Geen verwijzing', 1);"
  "INSERT INTO meeting_action (item_id, position, what, due_on, created_at, updated_at) "
  "  VALUES (1, 0, 'Rooster aanpassen', '2023-12-01', 1700000000, 1700000000);",
  /* 5: a vastgesteld OPP version with a goal and the school's signature */
  VERSION_2_FIXTURE
  "INSERT INTO opp_version (student_id, number, state, created_at, updated_at) VALUES (1, 1, 'concept', 1700000000, 1700000000);"
  "INSERT INTO opp_goal (version_id, domain, position, body) VALUES (1, 'leren', 0, 'Leest zelfstandig een toetsvraag');"
  "UPDATE opp_version SET state = 'vastgesteld', established_on = '2023-12-20', "
  "  content_sha256 = '0000000000000000000000000000000000000000000000000000000000000000';"
  "INSERT INTO opp_signature (version_id, signer, name, outcome, signed_on, method, version_sha256, created_at) "
  "  VALUES (1, 'school', 'J. Directeur', 'established', '2023-12-20', 'none', "
  "          '0000000000000000000000000000000000000000000000000000000000000000', 1700000000);",
  /* 6: a TLV request with an advice and a part, and registered absence */
  VERSION_2_FIXTURE
  "INSERT INTO tlv_request (student_id, kind, category, state, created_at, updated_at) "
  "  VALUES (1, 'vso-cluster-4', 'laag', 'ingediend', 1700000000, 1700000000);"
  "INSERT INTO tlv_advice (request_id, position, name, discipline, independent) VALUES (1, 0, 'Dr. P. Jansen', 'orthopedagoog', 1);"
  "INSERT INTO tlv_part (request_id, checklist_item_id, position, entry_id) "
  "  VALUES (1, (SELECT id FROM tlv_checklist_item WHERE code = 'gesprekken'), 0, 1);"
  "INSERT INTO absence (student_id, day, lesson_hours, reason, created_at) VALUES (1, '2023-11-13', 4, 'ongeoorloofd', 1700000000);",
  /* 7: absence and the report to DUO that settled its signal */
  VERSION_2_FIXTURE
  "INSERT INTO absence (student_id, day, lesson_hours, reason, created_at) VALUES (1, '2023-11-13', 4, 'ongeoorloofd', 1700000000);"
  "INSERT INTO absence_report (student_id, kind, reported_on, entry_id, created_at) "
  "  VALUES (1, 'duo', '2023-11-20', NULL, 1700000000);",
};

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("passend-migrations-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "passend.db", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (fixture->dir, name, NULL);

      g_remove (child);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static gint64
query_int (PassendDatabase *database,
           const char      *sql)
{
  sqlite3_stmt *statement = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (_passend_database_get_handle (database), sql, -1,
                                       &statement, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  return value;
}

static char *
query_text (PassendDatabase *database,
            const char      *sql)
{
  sqlite3_stmt *statement = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (_passend_database_get_handle (database), sql, -1,
                                       &statement, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  sqlite3_finalize (statement);
  return value;
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

static void
test_fresh_to_latest (Fixture       *fixture,
                      gconstpointer  data)
{
  static const char * const tables[] = {
    "school", "organisation", "person", "student", "guardian", "student_person",
    "support_status", "support_status_history", "support_need", "student_support_need",
    "timeline_entry", "timeline_fts", "attachment_blob", "attachment", "audit_log",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendSchool) school = NULL;
  PassendDatabase *database;
  int latest = passend_database_get_latest_version ();

  g_assert_cmpint (latest, >=, 1);

  database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (passend_database_get_version (database), ==, latest);
  g_assert_cmpint (query_int (database, "PRAGMA user_version"), ==, latest);
  g_assert_cmpint (query_int (database, "PRAGMA application_id"), ==, PASSEND_DATABASE_APPLICATION_ID);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      sqlite3_stmt *statement = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (_passend_database_get_handle (database),
                                           "SELECT count(*) FROM sqlite_master WHERE name = ?1",
                                           -1, &statement, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (statement, 1, tables[i], -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
      g_assert_cmpint (sqlite3_column_int (statement, 0), ==, 1);
      sqlite3_finalize (statement);
    }

  /* The single school row exists from the start. */
  school = passend_database_get_school (database, &error);
  g_assert_no_error (error);
  g_assert_nonnull (school);
  g_object_unref (database);

  /* Opening again migrates nothing and finds the same version. */
  database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (passend_database_get_version (database), ==, latest);
  g_assert_finalize_object (database);
}

static void
test_discovered_from_resource (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = NULL;
  guint n_migrations = 0;

  /* Opening registers the resource. */
  database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);

  names = g_resources_enumerate_children (PASSEND_DATABASE_SQL_PREFIX, 0, &error);
  g_assert_no_error (error);

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_suffix (names[i], ".sql"))
        n_migrations++;
    }

  g_assert_cmpuint (n_migrations, ==, (guint) passend_database_get_latest_version ());
  g_assert_cmpint (G_N_ELEMENTS (version_fixtures), >=, passend_database_get_latest_version ());
}

static void
write_fixture (const char *path,
               int         version)
{
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = _passend_database_open_at_version (path, version, &error);
  g_assert_no_error (error);
  g_assert_cmpint (passend_database_get_version (database), ==, version);
  g_assert_cmpint (query_int (database, "PRAGMA user_version"), ==, version);

  if (version == 0)
    g_assert_cmpint (query_int (database, "SELECT count(*) FROM sqlite_master"), ==, 0);

  g_assert_true (_passend_database_exec (database, version_fixtures[version], &error));
  g_assert_no_error (error);
}

static void
assert_fixture_survived (PassendDatabase *database,
                         int              version)
{
  g_autoptr(PassendStudent) student = NULL;
  g_autoptr(GListModel) timeline = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GListModel) guardians = NULL;
  g_auto(GStrv) needs = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *since = NULL;

  if (version == 0)
    {
      g_assert_cmpint (count (database, "students"), ==, 0);
      return;
    }

  student = passend_database_get_student (database, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (passend_student_get_lvs_number (student), ==, "812345");
  g_assert_cmpstr (passend_student_get_display_name (student), ==, "Sanne de Boer");
  g_assert_cmpstr (passend_student_get_mentor_name (student), ==, "Jan van Dijk");
  g_assert_cmpuint (passend_student_get_birth_date (student), ==, passend_day_new (2011, 3, 14));
  g_assert_cmpint (passend_student_get_niveau (student), ==, PASSEND_NIVEAU_3);
  g_assert_cmpint (passend_student_get_phase (student), ==, PASSEND_PHASE_3A_ONDERSTEUNINGSTEAM);

  timeline = passend_database_list_timeline (database, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 1);

  found = passend_database_search_entries (database, "dyslexie", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);

  guardians = passend_database_list_guardians (database, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (guardians), ==, 1);

  needs = passend_database_list_support_needs (database, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (needs), ==, 1);
  g_assert_cmpstr (needs[0], ==, "Dyslexie");

  g_assert_cmpint (count (database, "caseload"), ==, 1);
  g_assert_cmpint (count (database, "status-history"), ==, 1);
  g_assert_cmpint (count (database, "timeline"), ==, 2);
  g_assert_cmpint (count (database, "attachments"), ==, 1);
  g_assert_cmpint (count (database, "audit"), ==, 1);

  /* 002 derives when extra support began from the status history (at
   * version 2 the fixture states the same day itself). */
  since = query_text (database, "SELECT extra_support_since FROM support_status");
  g_assert_cmpstr (since, ==, "2023-11-14");
}

static void
test_from_each_version (Fixture       *fixture,
                        gconstpointer  data)
{
  int latest = passend_database_get_latest_version ();

  g_assert_cmpint (G_N_ELEMENTS (version_fixtures), >=, latest);

  /* latest itself too: the fixture must be valid SQL for the newest
   * schema, or it would be found out only when the next one comes. */
  for (int version = 0; version <= latest; version++)
    {
      g_autoptr(PassendDatabase) database = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_strdup_printf ("%s.v%d", fixture->path, version);

      write_fixture (path, version);

      database = passend_database_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (passend_database_get_version (database), ==, latest);
      g_assert_cmpint (query_int (database, "PRAGMA user_version"), ==, latest);
      g_assert_cmpint (query_int (database, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
      assert_fixture_survived (database, version);

      g_test_message ("schema version %d migrated to %d with its data", version, latest);
    }
}

static void
test_failed_migration_changes_nothing (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendStudent) student = passend_student_new ();
  int latest = passend_database_get_latest_version ();

  database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);

  g_assert_false (_passend_database_apply_migration (database, latest + 1, "999-broken.sql",
                                                     "CREATE TABLE extra (id INTEGER PRIMARY KEY);"
                                                     "ALTER TABLE student ADD COLUMN nickname TEXT;"
                                                     "INSERT INTO no_such_table VALUES (1);",
                                                     &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_MIGRATION);
  g_assert_nonnull (strstr (error->message, "999-broken.sql"));
  g_assert_nonnull (strstr (error->message, "not changed"));
  g_clear_error (&error);

  g_assert_cmpint (query_int (database, "PRAGMA user_version"), ==, latest);
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM sqlite_master WHERE name = 'extra'"), ==, 0);
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM pragma_table_info('student') WHERE name = 'nickname'"), ==, 0);

  /* Nor one that leaves a reference to a row that is not there. */
  g_assert_false (_passend_database_apply_migration (database, latest + 1, "999-dangling.sql",
                                                     "PRAGMA defer_foreign_keys = ON;"
                                                     "INSERT INTO guardian (student_id, achternaam) VALUES (4242, 'Wees');",
                                                     &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_MIGRATION);
  g_clear_error (&error);
  g_assert_cmpint (query_int (database, "PRAGMA user_version"), ==, latest);
  g_assert_cmpint (count (database, "guardians"), ==, 0);

  /* A version cannot be skipped. */
  g_assert_false (_passend_database_apply_migration (database, latest + 2, "999-skip.sql",
                                                     "CREATE TABLE extra (id INTEGER PRIMARY KEY);",
                                                     &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_MIGRATION);
  g_clear_error (&error);
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM sqlite_master WHERE name = 'extra'"), ==, 0);

  /* The connection still works. */
  passend_student_set_lvs_number (student, "900001");
  passend_student_set_achternaam (student, "Jansen");
  g_assert_true (passend_database_add_student (database, student, &error));
  g_assert_no_error (error);
}

static void
test_newer_migration_refused_later (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PassendDatabase *database;
  int latest = passend_database_get_latest_version ();

  /* As if a newer Passend had opened the file. */
  database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (_passend_database_apply_migration (database, latest + 1, "999-future.sql",
                                                    "CREATE TABLE future (id INTEGER PRIMARY KEY);",
                                                    &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (database, "PRAGMA user_version"), ==, latest + 1);
  g_assert_finalize_object (database);

  database = passend_database_open (fixture->path, &error);
  g_assert_null (database);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_TOO_NEW);
  g_test_message ("%s", error->message);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/store/migrations/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("fresh-to-latest", test_fresh_to_latest);
  ADD ("discovered-from-resource", test_discovered_from_resource);
  ADD ("from-each-version", test_from_each_version);
  ADD ("failed-migration-changes-nothing", test_failed_migration_changes_nothing);
  ADD ("newer-refused", test_newer_migration_refused_later);

#undef ADD

  return g_test_run ();
}
