/* test-store-interventions.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "passend-caseload-filter.h"
#include "passend-database-private.h"
#include "passend-intervention-rules.h"

#define DAY(y, m, d) passend_day_new ((y), (m), (d))

typedef struct
{
  char            *dir;
  char            *path;
  PassendDatabase *database;
  PassendDay       today;
} Fixture;

static const char school_sql[] =
  "INSERT INTO student (id, lvs_number, roepnaam, tussenvoegsel, achternaam) VALUES"
  " (1, '1001', 'Anna', '', 'Bakker'),"
  " (2, '1002', 'Jan', 'de', 'Vries'),"
  " (3, '1003', 'Piet', '', 'Smit'),"
  " (4, '1004', 'Sara', '', 'Jansen');"
  "INSERT INTO support_status (student_id, niveau, phase, regie, case_open, opened_at, updated_at,"
  " extra_support_since, opp_established_on) VALUES"
  " (1, 2, '3a', 'mentor', 1, 0, 0, NULL, NULL),"
  " (2, 2, '3a', 'mentor', 1, 0, 0, NULL, NULL),"
  " (3, 2, '3a', 'mentor', 1, 0, 0, NULL, NULL),"
  " (4, 2, '3a', 'mentor', 1, 0, 0, NULL, '2026-01-10');"
  "INSERT INTO organisation (id, name, kind) VALUES (1, 'Kwadraad', 'jos');"
  "INSERT INTO person (id, given_name, family_name, role) VALUES (1, 'Ilse', 'Verbeek', 'RT''er');";

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  char *message = NULL;

  fixture->dir = g_dir_make_tmp ("passend-interventions-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "passend.db", NULL);
  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);
  passend_database_set_actor (fixture->database, "M. de Coördinator");
  fixture->today = passend_day_today ();

  sqlite3_exec (_passend_database_get_handle (fixture->database), school_sql, NULL, NULL, &message);
  g_assert_null (message);
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

static gint64
query_int (Fixture    *fixture,
           const char *sql)
{
  sqlite3_stmt *statement = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (_passend_database_get_handle (fixture->database), sql, -1, &statement, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  return value;
}

static PassendInterventionKind *
find_kind (Fixture    *fixture,
           const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) kinds = passend_database_list_intervention_kinds (fixture->database, TRUE, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    {
      g_autoptr(PassendInterventionKind) kind = g_list_model_get_item (kinds, i);

      if (g_strcmp0 (passend_intervention_kind_get_code (kind), code) == 0)
        return g_steal_pointer (&kind);
    }

  g_assert_not_reached ();
}

static PassendIntervention *
add (Fixture                   *fixture,
     gint64                     student_id,
     const char                *code,
     PassendInterventionStatus  status,
     PassendDay                 start)
{
  g_autoptr(PassendInterventionKind) kind = find_kind (fixture, code);
  g_autoptr(GError) error = NULL;
  PassendIntervention *intervention = passend_intervention_new (student_id, passend_intervention_kind_get_id (kind));

  passend_intervention_set_status (intervention, status);
  passend_intervention_set_start_on (intervention, start);
  g_assert_true (passend_database_add_intervention (fixture->database, intervention, &error));
  g_assert_no_error (error);
  g_assert_cmpint (passend_intervention_get_id (intervention), >, 0);
  return intervention;
}

/* The newest entry linked to @intervention_id: its kind and title. */
static void
assert_last_entry (Fixture    *fixture,
                   gint64      intervention_id,
                   const char *kind,
                   const char *title)
{
  sqlite3_stmt *statement = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_passend_database_get_handle (fixture->database),
                                       "SELECT kind, title, author FROM timeline_entry WHERE intervention_id = ?1"
                                       " ORDER BY id DESC LIMIT 1", -1, &statement, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (statement, 1, intervention_id);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (statement, 0), ==, kind);
  g_assert_cmpstr ((const char *) sqlite3_column_text (statement, 1), ==, title);
  g_assert_cmpstr ((const char *) sqlite3_column_text (statement, 2), ==, "M. de Coördinator");
  sqlite3_finalize (statement);
}

static void
test_catalogue (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) kinds = NULL;
  g_autoptr(PassendInterventionKind) jos = find_kind (fixture, "jos");
  g_autoptr(PassendInterventionKind) plezier = passend_intervention_kind_new ("Plezier op School!",
                                                                               PASSEND_SUPPORT_LEVEL_BASIS);
  g_autoptr(PassendInterventionKind) twin = passend_intervention_kind_new ("plezier op school!",
                                                                            PASSEND_SUPPORT_LEVEL_BASIS);
  g_autoptr(PassendInterventionKind) stored = NULL;
  guint n_seeded;

  kinds = passend_database_list_intervention_kinds (fixture->database, FALSE, &error);
  g_assert_no_error (error);
  n_seeded = g_list_model_get_n_items (kinds);
  g_assert_cmpuint (n_seeded, ==, 18);
  g_assert_cmpint (passend_intervention_kind_get_support_level (jos), ==, PASSEND_SUPPORT_LEVEL_EXTRA);
  g_assert_cmpint (passend_intervention_kind_get_max_months (jos), ==, 5);
  g_assert_true (passend_intervention_kind_get_consent_required (jos));

  /* A new kind gets a code from its name; the same name again is refused. */
  passend_intervention_kind_set_default_sessions (plezier, 3);
  g_assert_true (passend_database_add_intervention_kind (fixture->database, plezier, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (passend_intervention_kind_get_code (plezier), ==, "plezier-op-school");
  g_assert_false (passend_database_add_intervention_kind (fixture->database, twin, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* Two default lengths at once make no sense. */
  passend_intervention_kind_set_default_weeks (plezier, 4);
  g_assert_false (passend_database_update_intervention_kind (fixture->database, plezier, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  passend_intervention_kind_set_default_sessions (plezier, 0);
  passend_intervention_kind_set_name (plezier, "Plezier op school (zomer)");
  g_assert_true (passend_database_update_intervention_kind (fixture->database, plezier, &error));
  g_assert_no_error (error);
  stored = passend_database_get_intervention_kind (fixture->database, passend_intervention_kind_get_id (plezier),
                                                   &error);
  g_assert_no_error (error);
  g_assert_cmpstr (passend_intervention_kind_get_name (stored), ==, "Plezier op school (zomer)");
  g_assert_cmpint (passend_intervention_kind_get_default_weeks (stored), ==, 4);
  g_assert_cmpint (passend_intervention_kind_get_default_sessions (stored), ==, 0);

  /* Archived: no longer offered, still listed for Preferences. */
  passend_database_archive_intervention_kind (fixture->database, passend_intervention_kind_get_id (plezier), TRUE, &error);
  g_assert_no_error (error);
  g_clear_object (&kinds);
  kinds = passend_database_list_intervention_kinds (fixture->database, FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (kinds), ==, n_seeded);
  g_clear_object (&kinds);
  kinds = passend_database_list_intervention_kinds (fixture->database, TRUE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (kinds), ==, n_seeded + 1);

  /* A kind nobody had can go; every change left an audit row. */
  g_assert_true (passend_database_remove_intervention_kind (fixture->database,
                                                            passend_intervention_kind_get_id (plezier), &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'intervention-kind'"), ==, 4);
}

static void
test_kind_in_use (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendIntervention) intervention = add (fixture, 1, "sova", PASSEND_INTERVENTION_PROPOSED, PASSEND_DAY_NONE);
  g_autoptr(PassendIntervention) refused = NULL;
  gint64 kind_id = passend_intervention_get_kind_id (intervention);

  g_assert_false (passend_database_remove_intervention_kind (fixture->database, kind_id, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM intervention_kind WHERE code = 'sova'"), ==, 1);

  /* Archived, it stays with the student but new ones are refused. */
  g_assert_true (passend_database_archive_intervention_kind (fixture->database, kind_id, TRUE, &error));
  g_assert_no_error (error);
  refused = passend_intervention_new (2, kind_id);
  g_assert_false (passend_database_add_intervention (fixture->database, refused, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_assert_cmpint (passend_intervention_get_id (refused), ==, 0);
}

static void
test_lifecycle (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendIntervention) jos = NULL;
  g_autoptr(PassendIntervention) stored = NULL;
  g_autoptr(GListModel) list = NULL;
  PassendDay start = passend_day_add_months (fixture->today, -2);
  gint64 id;

  jos = add (fixture, 1, "jos", PASSEND_INTERVENTION_PROPOSED, start);
  id = passend_intervention_get_id (jos);
  /* The planned end follows from the kind: five months. */
  g_assert_cmpuint (passend_intervention_get_planned_end_on (jos), ==, passend_day_add_months (start, 5));
  assert_last_entry (fixture, id, "decision", "Jeugdondersteuning op school (JOS) voorgesteld");

  g_assert_true (passend_database_set_intervention_status (fixture->database, id, PASSEND_INTERVENTION_GRANTED,
                                                           PASSEND_DAY_NONE, NULL, &error));
  g_assert_no_error (error);
  assert_last_entry (fixture, id, "decision", "Jeugdondersteuning op school (JOS) toegekend");

  g_assert_true (passend_database_set_intervention_status (fixture->database, id, PASSEND_INTERVENTION_RUNNING,
                                                           start, NULL, &error));
  g_assert_no_error (error);
  assert_last_entry (fixture, id, "intervention-start", "Jeugdondersteuning op school (JOS) gestart");

  g_assert_true (passend_database_record_intervention_sessions (fixture->database, id, 4, &error));
  g_assert_no_error (error);
  assert_last_entry (fixture, id, "decision", "Jeugdondersteuning op school (JOS): 4 sessies gehouden");

  /* Six months is past the JOS maximum: refused, nothing written. */
  stored = passend_database_get_intervention (fixture->database, id, &error);
  g_assert_no_error (error);
  passend_intervention_set_planned_end_on (stored, passend_day_add_months (start, 6));
  g_assert_false (passend_database_update_intervention (fixture->database, stored, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM timeline_entry WHERE intervention_id IS NOT NULL"), ==, 4);

  g_assert_false (passend_database_evaluate_intervention (fixture->database, id, fixture->today, "  ", &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (passend_database_evaluate_intervention (fixture->database, id, fixture->today,
                                                         "Doelen grotendeels bereikt.", &error));
  g_assert_no_error (error);
  assert_last_entry (fixture, id, "intervention-end", "Jeugdondersteuning op school (JOS) geëvalueerd");

  g_clear_object (&stored);
  stored = passend_database_get_intervention (fixture->database, id, &error);
  g_assert_cmpint (passend_intervention_get_status (stored), ==, PASSEND_INTERVENTION_EVALUATED);
  g_assert_cmpint (passend_intervention_get_sessions_held (stored), ==, 4);
  g_assert_cmpstr (passend_intervention_get_evaluation_outcome (stored), ==, "Doelen grotendeels bereikt.");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM timeline_entry WHERE intervention_id IS NOT NULL"), ==, 5);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'intervention'"), ==, 5);

  /* A person and an organisation at once is refused. */
  passend_intervention_set_provider_person_id (stored, 1);
  passend_intervention_set_provider_organisation_id (stored, 1);
  g_assert_false (passend_database_update_intervention (fixture->database, stored, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  passend_intervention_set_provider_person_id (stored, 0);
  g_assert_true (passend_database_update_intervention (fixture->database, stored, &error));
  g_assert_no_error (error);
  list = passend_database_list_interventions (fixture->database, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&stored);
  stored = g_list_model_get_item (list, 0);
  g_assert_cmpstr (passend_intervention_get_provider_name (stored), ==, "Kwadraad");
}

static gboolean
has_deadline (GListModel *deadlines,
              gint64      student_id,
              PassendDeadlineKind kind,
              const char *description,
              PassendDay  due)
{
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(PassendDeadline) deadline = g_list_model_get_item (deadlines, i);

      if (passend_deadline_get_student_id (deadline) == student_id &&
          passend_deadline_get_kind (deadline) == kind &&
          (description == NULL || g_strcmp0 (passend_deadline_get_description (deadline), description) == 0) &&
          (due == PASSEND_DAY_NONE || passend_deadline_get_due (deadline) == due))
        return TRUE;
    }

  return FALSE;
}

static void
test_overzicht (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendIntervention) ending = NULL;
  g_autoptr(PassendIntervention) overdue = NULL;
  g_autoptr(PassendIntervention) ended = NULL;
  g_autoptr(PassendIntervention) far = NULL;
  g_autoptr(GListModel) deadlines = NULL;
  PassendDay today = fixture->today;

  /* Steunlessen end six weeks after their start: in three days. */
  ending = add (fixture, 3, "steunlessen", PASSEND_INTERVENTION_RUNNING, passend_day_add_days (today, 3 - 42));
  overdue = add (fixture, 4, "rt-dyslexie", PASSEND_INTERVENTION_RUNNING, passend_day_add_days (today, -60));
  passend_intervention_set_evaluation_on (overdue, passend_day_add_days (today, -5));
  g_assert_true (passend_database_update_intervention (fixture->database, overdue, &error));
  g_assert_no_error (error);
  ended = add (fixture, 4, "stuva", PASSEND_INTERVENTION_ENDED, passend_day_add_days (today, -70));
  far = add (fixture, 3, "huiswerkbegeleiding", PASSEND_INTERVENTION_RUNNING, today);

  deadlines = passend_database_list_deadlines (fixture->database, today, &error);
  g_assert_no_error (error);
  g_assert_true (has_deadline (deadlines, 3, PASSEND_DEADLINE_KIND_INTERVENTION_END, "Steunlessen ends",
                               passend_day_add_days (today, 3)));
  g_assert_true (has_deadline (deadlines, 4, PASSEND_DEADLINE_KIND_INTERVENTION_END, "Evaluate RT dyslexie",
                               passend_day_add_days (today, -5)));
  /* Ended ones and ends beyond the horizon are not on the Overzicht. */
  g_assert_false (has_deadline (deadlines, 4, PASSEND_DEADLINE_KIND_INTERVENTION_END, "STUVA ends", PASSEND_DAY_NONE));
  g_assert_false (has_deadline (deadlines, 3, PASSEND_DEADLINE_KIND_INTERVENTION_END, "Huiswerkbegeleiding ends",
                                PASSEND_DAY_NONE));
  /* Basic support requires no OPP. */
  g_assert_false (has_deadline (deadlines, 3, PASSEND_DEADLINE_KIND_OPP_ESTABLISH, NULL, PASSEND_DAY_NONE));
}

static void
test_opp_required (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendIntervention) bpo = NULL;
  g_autoptr(PassendIntervention) proposed = NULL;
  g_autoptr(PassendIntervention) with_opp = NULL;
  g_autoptr(GListModel) deadlines = NULL;
  g_autoptr(GHashTable) next = NULL;
  g_autoptr(GListModel) cases = NULL;
  g_autoptr(PassendCaseloadIndex) index = NULL;
  PassendDay today = fixture->today;
  PassendDay start = passend_day_add_days (today, -35);
  gboolean seen[5] = { FALSE };
  GHashTableIter iter;
  gpointer value;

  bpo = add (fixture, 1, "bpo-cluster-2", PASSEND_INTERVENTION_GRANTED, start);
  proposed = add (fixture, 2, "pmt", PASSEND_INTERVENTION_PROPOSED, start);
  with_opp = add (fixture, 4, "jos", PASSEND_INTERVENTION_RUNNING, start);

  /* The OPP is due six weeks after the intervention started. */
  deadlines = passend_database_list_deadlines (fixture->database, today, &error);
  g_assert_no_error (error);
  g_assert_true (has_deadline (deadlines, 1, PASSEND_DEADLINE_KIND_OPP_ESTABLISH, NULL,
                               passend_day_add_days (start, 42)));
  g_assert_false (has_deadline (deadlines, 2, PASSEND_DEADLINE_KIND_OPP_ESTABLISH, NULL, PASSEND_DAY_NONE));
  g_assert_false (has_deadline (deadlines, 4, PASSEND_DEADLINE_KIND_OPP_ESTABLISH, NULL, PASSEND_DAY_NONE));

  /* The caseload flags the student at niveau 2 as needing an OPP. */
  next = passend_database_next_deadlines (fixture->database, today, &error);
  g_assert_no_error (error);
  cases = passend_database_list_cases (fixture->database, FALSE, &error);
  g_assert_no_error (error);
  index = _passend_caseload_index_new (cases, NULL, next, today, 14);
  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (cases, i);
      const PassendCaseloadRow *row = _passend_caseload_row_get (student);
      gint64 id = passend_student_get_id (student);

      g_assert_nonnull (row);
      g_assert_cmpint (row->opp_required, ==, id == 1);
      seen[id] = TRUE;
    }
  g_assert_true (seen[1] && seen[2] && seen[4]);

  /* Once the OPP is set, the flag goes. */
  g_assert_true (passend_database_set_opp_days (fixture->database, 1, PASSEND_DAY_NONE, today, PASSEND_DAY_NONE,
                                                &error));
  g_assert_no_error (error);
  g_clear_pointer (&next, g_hash_table_unref);
  next = passend_database_next_deadlines (fixture->database, today, &error);
  g_assert_no_error (error);
  g_hash_table_iter_init (&iter, next);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_assert_false (passend_intervention_rules_is_opp_required (value));
}

/* The demo school's interventions leave the timelines as they are. */
static void
test_unrecorded (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendInterventionKind) kind = find_kind (fixture, "pmt");
  g_autoptr(PassendIntervention) intervention = passend_intervention_new (2, passend_intervention_kind_get_id (kind));

  passend_intervention_set_status (intervention, PASSEND_INTERVENTION_RUNNING);
  g_assert_true (_passend_database_add_intervention_unrecorded (fixture->database, intervention, &error));
  g_assert_no_error (error);
  g_assert_cmpint (passend_intervention_get_id (intervention), >, 0);
  /* Sessions from the kind; no end date for sessions. */
  g_assert_cmpint (passend_intervention_get_planned_sessions (intervention), ==, 9);
  g_assert_cmpuint (passend_intervention_get_planned_end_on (intervention), ==, PASSEND_DAY_NONE);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM timeline_entry"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'intervention'"), ==, 1);
}

/* The timeline names the intervention an entry belongs to, in the same
 * query, and leaves other entries without one. */
static void
test_timeline_link (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendInterventionKind) kind = find_kind (fixture, "jos");
  g_autoptr(PassendIntervention) jos = add (fixture, 1, "jos", PASSEND_INTERVENTION_PROPOSED, fixture->today);
  g_autoptr(PassendTimelineEntry) plain = passend_timeline_entry_new ();
  g_autoptr(GListModel) timeline = NULL;
  gint64 id = passend_intervention_get_id (jos);
  guint n_linked = 0;
  gboolean saw_plain = FALSE;

  g_assert_true (passend_database_set_intervention_status (fixture->database, id, PASSEND_INTERVENTION_GRANTED,
                                                           PASSEND_DAY_NONE, NULL, &error));
  g_assert_no_error (error);

  passend_timeline_entry_set_student_id (plain, 1);
  passend_timeline_entry_set_title (plain, "Los gesprek");
  g_assert_true (passend_database_add_entry (fixture->database, plain, &error));
  g_assert_no_error (error);

  timeline = passend_database_list_timeline (fixture->database, 1, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (timeline); i++)
    {
      g_autoptr(PassendTimelineEntry) entry = g_list_model_get_item (timeline, i);

      if (passend_timeline_entry_get_id (entry) == passend_timeline_entry_get_id (plain))
        {
          saw_plain = TRUE;
          g_assert_cmpint (passend_timeline_entry_get_intervention_id (entry), ==, 0);
          g_assert_null (passend_timeline_entry_get_intervention_name (entry));
        }
      else if (passend_timeline_entry_get_intervention_id (entry) == id)
        {
          n_linked++;
          g_assert_cmpstr (passend_timeline_entry_get_intervention_name (entry), ==,
                           passend_intervention_kind_get_name (kind));
        }
    }

  g_assert_true (saw_plain);
  /* Proposed and granted. */
  g_assert_cmpuint (n_linked, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/interventions/catalogue", test_catalogue);
  ADD ("/interventions/kind-in-use", test_kind_in_use);
  ADD ("/interventions/lifecycle", test_lifecycle);
  ADD ("/interventions/overzicht", test_overzicht);
  ADD ("/interventions/opp-required", test_opp_required);
  ADD ("/interventions/unrecorded", test_unrecorded);
  ADD ("/interventions/timeline-link", test_timeline_link);
#undef ADD

  return g_test_run ();
}
