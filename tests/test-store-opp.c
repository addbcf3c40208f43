/* test-store-opp.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "passend-database-opp.h"
#include "passend-database-private.h"
#include "passend-intervention-rules.h"

#define DAY(y, m, d) passend_day_new ((y), (m), (d))

typedef struct
{
  char            *dir;
  char            *path;
  PassendDatabase *database;
  guint            n_opp_changes;
} Fixture;

/* Anna (1): niveau 3 since 1 September 2026, a running BPO arrangement
 * and earlier steunlessen, two parents with gezag. Jan (2): niveau 2,
 * one parent. */
static const char school_sql[] =
  "INSERT INTO person (id, given_name, family_name, role) VALUES (1, 'Ilse', 'Verbeek', 'mentor');"
  "INSERT INTO organisation (id, name, kind) VALUES (1, 'Kentalis', 'bpo');"
  "INSERT INTO student (id, lvs_number, roepnaam, tussenvoegsel, achternaam, birth_date, class_name, year,"
  " track, mentor_id, enrolled_on) VALUES"
  " (1, '1001', 'Anna', '', 'Bakker', '2013-04-02', '2B', 2, 'vmbo-kader', 1, '2025-08-25'),"
  " (2, '1002', 'Jan', 'de', 'Vries', '2012-01-15', '3A', 3, 'havo', NULL, '2024-08-26');"
  "INSERT INTO support_status (student_id, niveau, phase, regie, case_open, opened_at, updated_at,"
  " extra_support_since) VALUES"
  " (1, 3, '3a', 'leco', 1, 0, 0, '2026-09-01'),"
  " (2, 2, '2', 'mentor', 1, 0, 0, NULL);"
  "INSERT INTO guardian (id, student_id, relation, voorletters, achternaam, has_authority) VALUES"
  " (11, 1, 'moeder', 'M.', 'Bakker', 1),"
  " (12, 1, 'vader', 'P.', 'Bakker', 1),"
  " (21, 2, 'moeder', 'S.', 'de Vries', 1);"
  "INSERT INTO intervention (id, student_id, kind_id, provider_organisation_id, status, start_on, planned_end_on,"
  " created_at, updated_at) VALUES"
  " (31, 1, (SELECT id FROM intervention_kind WHERE code = 'bpo-cluster-2'), 1, 'running', '2026-09-15',"
  "  '2027-03-15', 0, 0),"
  " (32, 1, (SELECT id FROM intervention_kind WHERE code = 'steunlessen'), NULL, 'ended', '2026-01-10',"
  "  '2026-03-01', 0, 0);";

static void
changed_cb (PassendDatabase *database,
            const char      *entity,
            gint64           id,
            Fixture         *fixture)
{
  if (g_str_equal (entity, "opp"))
    fixture->n_opp_changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  char *message = NULL;

  fixture->dir = g_dir_make_tmp ("passend-opp-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "passend.db", NULL);
  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);
  passend_database_set_actor (fixture->database, "M. de Coördinator");
  g_signal_connect (fixture->database, "changed", G_CALLBACK (changed_cb), fixture);

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

static char *
query_text (Fixture    *fixture,
            const char *sql)
{
  sqlite3_stmt *statement = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (_passend_database_get_handle (fixture->database), sql, -1, &statement, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  sqlite3_finalize (statement);
  return value;
}

/* The result code of raw SQL, as another program would run it. */
static int
exec_raw (Fixture    *fixture,
          const char *sql)
{
  char *message = NULL;
  int rc = sqlite3_exec (_passend_database_get_handle (fixture->database), sql, NULL, NULL, &message);

  if (message != NULL)
    g_test_message ("%s: %s", sql, message);
  sqlite3_free (message);
  return rc & 0xff;
}

static PassendOppDocument *
load (Fixture *fixture,
      gint64   version_id)
{
  g_autoptr(GError) error = NULL;
  PassendOppDocument *document = passend_database_load_opp (fixture->database, version_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

/* Fills version @id with everything vaststellen needs. */
static void
fill (Fixture *fixture,
      gint64   id)
{
  PassendDatabase *db = fixture->database;
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendOppFactor) factor = passend_opp_factor_new (PASSEND_OPP_DOMAIN_LEREN,
                                                               PASSEND_OPP_POLARITY_BELEMMEREND, "Leest traag");
  g_autoptr(PassendOppFactor) factor2 = passend_opp_factor_new (PASSEND_OPP_DOMAIN_LEREN,
                                                                PASSEND_OPP_POLARITY_BELEMMEREND, "Vergeet spullen");
  g_autoptr(PassendOppNeed) need = passend_opp_need_new (PASSEND_OPP_NEED_ONDERWIJS, PASSEND_OPP_DOMAIN_LEREN,
                                                         "heeft voorgelezen toetsen nodig");
  g_autoptr(PassendOppGoal) goal = passend_opp_goal_new (PASSEND_OPP_DOMAIN_LEREN, "Leest 80 woorden per minuut");
  g_autoptr(PassendOppSupport) support = passend_opp_support_new ("Remedial teaching lezen");
  g_autoptr(PassendOppConsultation) consultation = passend_opp_consultation_new (DAY (2026, 10, 5));

  g_assert_true (passend_database_set_opp_uitstroom (db, id, PASSEND_OPP_PROFILE_NONE, "vmbo-kader", &error));
  g_assert_true (passend_database_set_opp_text (db, id, PASSEND_OPP_SECTION_UITSTROOM_ONDERBOUWING,
                                                "Kader is haalbaar met voorleessoftware.", &error));
  g_assert_true (passend_database_set_opp_text (db, id, PASSEND_OPP_SECTION_MENING_LEERLING,
                                                "Ik wil graag in de kaderklas blijven.", &error));
  g_assert_true (passend_database_set_opp_text (db, id, PASSEND_OPP_SECTION_HOORRECHT_MOTIVERING,
                                                "Haar wens is gevolgd en met haar besproken.", &error));
  g_assert_true (passend_database_set_opp_student_heard_on (db, id, DAY (2026, 10, 2), &error));
  g_assert_true (passend_database_add_opp_factor (db, id, factor, &error));
  g_assert_true (passend_database_add_opp_factor (db, id, factor2, &error));
  g_assert_cmpint (factor2->position, ==, factor->position + 1);
  g_assert_true (passend_database_add_opp_need (db, id, need, &error));
  goal->need_id = need->id;
  g_assert_true (passend_database_add_opp_goal (db, id, goal, &error));
  support->goal_id = goal->id;
  g_assert_true (passend_database_add_opp_support (db, id, support, &error));
  g_assert_true (passend_database_add_opp_consultation (db, id, consultation, &error));
  g_assert_no_error (error);
}

static void
add_signature (Fixture            *fixture,
               gint64              id,
               gint64              guardian_id,
               PassendOppOutcome   outcome,
               PassendOppMethod    method,
               GError            **error)
{
  g_autoptr(PassendOppSignature) signature = passend_opp_signature_new (guardian_id != 0 ? PASSEND_OPP_SIGNER_GUARDIAN
                                                                                        : PASSEND_OPP_SIGNER_STUDENT,
                                                                        outcome, "M. Bakker", DAY (2026, 10, 20));
  g_autoptr(GBytes) scan = NULL;

  signature->guardian_id = guardian_id;
  signature->method = method;
  if (outcome == PASSEND_OPP_OUTCOME_NOT_AGREED)
    signature->reason = (g_free (signature->reason), g_strdup ("Wij willen eerst een onderzoek."));
  if (method == PASSEND_OPP_METHOD_PAD)
    {
      g_autoptr(PassendSignature) strokes = passend_signature_new (3.0);

      passend_signature_add_point (strokes, 0.1, 0.5, 0.4, 0);
      passend_signature_add_point (strokes, 0.3, 0.2, 0.6, 20);
      signature->strokes = passend_signature_to_bytes (strokes);
    }
  if (method == PASSEND_OPP_METHOD_PAPER)
    scan = g_bytes_new_static ("%PDF-1.4 scan", 13);

  passend_database_add_opp_signature (fixture->database, id, signature, scan, error);
}

static void
test_create_prefilled (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(PassendOppDocument) document = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  PassendOppSupport *support;
  gint64 id = 0;

  g_assert_true (passend_database_create_opp (fixture->database, 1, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (fixture->n_opp_changes, ==, 1);

  document = load (fixture, id);
  g_assert_cmpint (document->number, ==, 1);
  g_assert_cmpint (document->state, ==, PASSEND_OPP_STATE_CONCEPT);
  g_assert_cmpstr (document->student_name, ==, "Anna Bakker");
  g_assert_cmpstr (document->student_class, ==, "2B");
  g_assert_cmpuint (document->student_birth_date, ==, DAY (2013, 4, 2));
  g_assert_cmpuint (document->guardians->len, ==, 2);
  g_assert_cmpint (document->trigger_kind, ==, PASSEND_OPP_TRIGGER_EXTRA_SUPPORT);
  g_assert_cmpuint (document->trigger_on, ==, DAY (2026, 9, 1));
  g_assert_nonnull (strstr (document->texts[PASSEND_OPP_SECTION_PEOPLE_INVOLVED], "Ilse Verbeek (mentor)"));
  g_assert_nonnull (strstr (document->texts[PASSEND_OPP_SECTION_PEOPLE_INVOLVED], "Kentalis"));
  g_assert_nonnull (strstr (document->texts[PASSEND_OPP_SECTION_EARLIER_SUPPORT], "Steunlessen"));
  g_assert_nonnull (strstr (document->texts[PASSEND_OPP_SECTION_SCHOOLLOOPBAAN], "klas 2B"));
  /* The running extra arrangement becomes a linked support line. */
  g_assert_cmpuint (document->supports->len, ==, 1);
  support = g_ptr_array_index (document->supports, 0);
  g_assert_cmpint (support->intervention_id, ==, 31);
  g_assert_true (support->is_extra);
  g_assert_cmpuint (support->from_on, ==, DAY (2026, 9, 15));
  g_assert_cmpuint (document->history->len, ==, 1);
  g_assert_null (document->content_sha256);

  /* On the timeline, as care. */
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM timeline_entry WHERE student_id = 1"
                                       " AND title = 'OPP versie 1 concept' AND confidentiality = 'care'"), ==, 1);

  /* One first version per student. */
  g_assert_false (passend_database_create_opp (fixture->database, 1, NULL, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (passend_database_create_opp (fixture->database, 99, NULL, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  versions = passend_database_list_opp_versions (fixture->database, 1, &error);
  g_assert_cmpuint (versions->len, ==, 1);
  g_assert_null (passend_database_load_current_opp (fixture->database, 2, &error));
  g_assert_no_error (error);
}

static void
test_rows (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(PassendOppDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendOppGoal) other = passend_opp_goal_new (PASSEND_OPP_DOMAIN_WERKHOUDING, "Plant huiswerk");
  g_autoptr(PassendOppGoal) third = passend_opp_goal_new (PASSEND_OPP_DOMAIN_WERKHOUDING, "Komt op tijd");
  PassendOppGoal *goal;
  gint64 id = 0, other_version = 0;

  passend_database_create_opp (fixture->database, 1, &id, &error);
  passend_database_create_opp (fixture->database, 2, &other_version, &error);
  g_assert_no_error (error);
  fill (fixture, id);
  g_assert_true (passend_database_add_opp_goal (fixture->database, id, other, &error));
  g_assert_true (passend_database_add_opp_goal (fixture->database, id, third, &error));
  g_assert_cmpint (third->position, ==, 2);

  /* Move the last goal to the top; the others shift down. */
  g_assert_true (passend_database_move_opp_row (fixture->database, PASSEND_OPP_ROW_GOAL, third->id, 0, &error));
  document = load (fixture, id);
  g_assert_cmpint (((PassendOppGoal *) g_ptr_array_index (document->goals, 0))->id, ==, third->id);
  g_assert_cmpint (((PassendOppGoal *) g_ptr_array_index (document->goals, 2))->id, ==, other->id);
  for (guint i = 0; i < document->goals->len; i++)
    g_assert_cmpint (((PassendOppGoal *) g_ptr_array_index (document->goals, i))->position, ==, i);

  /* Removing closes the gap; removing a goal unlinks its support. */
  goal = g_ptr_array_index (document->goals, 1);
  g_assert_true (passend_database_remove_opp_row (fixture->database, PASSEND_OPP_ROW_GOAL, goal->id, &error));
  g_clear_pointer (&document, passend_opp_document_unref);
  document = load (fixture, id);
  g_assert_cmpuint (document->goals->len, ==, 2);
  g_assert_cmpint (((PassendOppGoal *) g_ptr_array_index (document->goals, 1))->position, ==, 1);
  g_assert_cmpint (((PassendOppSupport *) g_ptr_array_index (document->supports, 1))->goal_id, ==, 0);

  /* Links stay inside the version. */
  third->need_id = query_int (fixture, "SELECT id FROM opp_need LIMIT 1");
  g_assert_true (passend_database_update_opp_goal (fixture->database, third, &error));
  g_assert_false (passend_database_add_opp_goal (fixture->database, other_version, third, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  /* Cheap enough to call on every keystroke. */
  {
    g_autoptr(GTimer) timer = g_timer_new ();
    g_autoptr(PassendOppDocument) loaded = NULL;
    GString *typed = g_string_new (NULL);

    for (int i = 0; i < 200; i++)
      {
        g_string_append_c (typed, 'a' + i % 26);
        g_assert_true (passend_database_set_opp_text (fixture->database, id, PASSEND_OPP_SECTION_WISHES_STUDENT,
                                                      typed->str, &error));
      }
    g_test_message ("set_opp_text: %.3f ms per call", g_timer_elapsed (timer, NULL) * 1000 / 200);
    g_timer_start (timer);
    for (int i = 0; i < 50; i++)
      {
        g_clear_pointer (&loaded, passend_opp_document_unref);
        loaded = load (fixture, id);
      }
    g_test_message ("load_opp: %.3f ms per call", g_timer_elapsed (timer, NULL) * 1000 / 50);
    g_assert_cmpstr (loaded->texts[PASSEND_OPP_SECTION_WISHES_STUDENT], ==, typed->str);
    g_string_free (typed, TRUE);
  }

  /* An empty text has no row. */
  g_assert_true (passend_database_set_opp_text (fixture->database, id, PASSEND_OPP_SECTION_AFWIJKINGEN, "Geen Frans",
                                                &error));
  g_assert_true (passend_database_set_opp_text (fixture->database, id, PASSEND_OPP_SECTION_AFWIJKINGEN, "", &error));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM opp_text WHERE section = 'afwijkingen'"), ==, 0);
  g_assert_no_error (error);
}

/* Version 1 of Anna taken to vastgesteld on 1 November 2026. */
static gint64
establish_one (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  passend_database_create_opp (fixture->database, 1, &id, &error);
  fill (fixture, id);
  g_assert_true (passend_database_set_opp_state (fixture->database, id, PASSEND_OPP_STATE_IN_OVERLEG, "", &error));
  g_assert_true (passend_database_set_opp_state (fixture->database, id, PASSEND_OPP_STATE_TER_INSTEMMING, "", &error));
  add_signature (fixture, id, 11, PASSEND_OPP_OUTCOME_AGREED, PASSEND_OPP_METHOD_PAD, &error);
  add_signature (fixture, id, 12, PASSEND_OPP_OUTCOME_AGREED, PASSEND_OPP_METHOD_PAPER, &error);
  g_assert_no_error (error);
  g_assert_true (passend_database_establish_opp (fixture->database, id, DAY (2026, 11, 1), "J. Smit",
                                                 "directeur", "Gouda", &error));
  g_assert_no_error (error);
  return id;
}

static void
test_lifecycle_and_freeze (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(PassendOppDocument) document = NULL;
  g_autoptr(PassendOppFactor) factor = passend_opp_factor_new (PASSEND_OPP_DOMAIN_THUISSITUATIE,
                                                               PASSEND_OPP_POLARITY_BEVORDEREND, "Steunend gezin");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) scan = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *mirrored = NULL;
  PassendOppGoal *goal;
  gint64 id = 0;

  passend_database_create_opp (fixture->database, 1, &id, &error);
  fill (fixture, id);

  /* Consent is asked in ter instemming, not before; no vaststellen
   * without it. */
  add_signature (fixture, id, 11, PASSEND_OPP_OUTCOME_AGREED, PASSEND_OPP_METHOD_NONE, &error);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (passend_database_set_opp_state (fixture->database, id, PASSEND_OPP_STATE_TER_INSTEMMING, "", &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (passend_database_set_opp_state (fixture->database, id, PASSEND_OPP_STATE_IN_OVERLEG, "OOGO", &error));
  g_assert_false (passend_database_establish_opp (fixture->database, id, DAY (2026, 11, 1), "J. Smit", "", "",
                                                  &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (passend_database_set_opp_state (fixture->database, id, PASSEND_OPP_STATE_TER_INSTEMMING, "", &error));

  /* Ter instemming: content is refused by the store (not frozen yet). */
  g_assert_false (passend_database_set_opp_text (fixture->database, id, PASSEND_OPP_SECTION_AFWIJKINGEN, "x", &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  add_signature (fixture, id, 11, PASSEND_OPP_OUTCOME_AGREED, PASSEND_OPP_METHOD_PAD, &error);
  g_assert_no_error (error);
  g_assert_false (passend_database_establish_opp (fixture->database, id, DAY (2026, 11, 1), "J. Smit", "", "",
                                                  &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  add_signature (fixture, id, 12, PASSEND_OPP_OUTCOME_AGREED, PASSEND_OPP_METHOD_PAPER, &error);
  g_assert_no_error (error);
  g_assert_false (passend_database_establish_opp (fixture->database, id, DAY (2026, 11, 1), " ", "", "", &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (passend_database_establish_opp (fixture->database, id, DAY (2026, 11, 1), "J. Smit", "directeur",
                                                 "Gouda", &error));
  g_assert_no_error (error);

  /* The stored hash is the content's, and every signature names it. */
  document = load (fixture, id);
  hash = passend_opp_document_compute_hash (document);
  g_assert_cmpint (document->state, ==, PASSEND_OPP_STATE_VASTGESTELD);
  g_assert_cmpstr (document->content_sha256, ==, hash);
  g_assert_cmpuint (document->established_on, ==, DAY (2026, 11, 1));
  g_assert_cmpuint (document->signatures->len, ==, 3);
  for (guint i = 0; i < document->signatures->len; i++)
    g_assert_cmpstr (((PassendOppSignature *) g_ptr_array_index (document->signatures, i))->version_sha256, ==, hash);
  g_assert_cmpint (((PassendOppSignature *) g_ptr_array_index (document->signatures, 2))->signer, ==,
                   PASSEND_OPP_SIGNER_SCHOOL);
  g_assert_nonnull (((PassendOppSignature *) g_ptr_array_index (document->signatures, 0))->strokes);
  scan = passend_database_load_opp_scan (fixture->database,
                                         ((PassendOppSignature *) g_ptr_array_index (document->signatures, 1))->id,
                                         &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (scan), ==, 13);
  mirrored = query_text (fixture, "SELECT opp_established_on FROM support_status WHERE student_id = 1");
  g_assert_cmpstr (mirrored, ==, "2026-11-01");

  /* Every content setter is refused, by the triggers: FROZEN. */
  goal = g_ptr_array_index (document->goals, 0);
  g_assert_false (passend_database_set_opp_text (fixture->database, id, PASSEND_OPP_SECTION_AFWIJKINGEN, "x", &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_FROZEN);
  g_clear_error (&error);
  g_assert_false (passend_database_set_opp_uitstroom (fixture->database, id, PASSEND_OPP_PROFILE_NONE, "havo", &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_FROZEN);
  g_clear_error (&error);
  g_assert_false (passend_database_add_opp_factor (fixture->database, id, factor, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_FROZEN);
  g_clear_error (&error);
  g_assert_false (passend_database_update_opp_goal (fixture->database, goal, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_FROZEN);
  g_clear_error (&error);
  g_assert_false (passend_database_move_opp_row (fixture->database, PASSEND_OPP_ROW_FACTOR,
                                                 ((PassendOppFactor *) g_ptr_array_index (document->factors, 1))->id, 0,
                                                 &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_FROZEN);
  g_clear_error (&error);
  g_assert_false (passend_database_remove_opp_row (fixture->database, PASSEND_OPP_ROW_GOAL, goal->id, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_FROZEN);
  g_clear_error (&error);
  g_assert_false (passend_database_delete_opp_version (fixture->database, id, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  /* Raw SQL is refused too: the freeze is in the schema. */
  g_assert_cmpint (exec_raw (fixture, "UPDATE opp_version SET uitstroom_level = 'havo' WHERE student_id = 1"), ==,
                   SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_raw (fixture, "UPDATE opp_version SET content_sha256 = NULL, established_on = NULL"), ==,
                   SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_raw (fixture, "UPDATE opp_text SET body = 'x'"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_raw (fixture, "DELETE FROM opp_goal"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_raw (fixture, "UPDATE opp_factor SET position = 5"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_raw (fixture, "INSERT INTO opp_need (version_id, kind, domain, position, body)"
                                      " SELECT id, 'onderwijs', 'leren', 9, 'x' FROM opp_version"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_raw (fixture, "UPDATE opp_support SET what = 'x'"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_raw (fixture, "DELETE FROM opp_consultation"), ==, SQLITE_CONSTRAINT);
  g_clear_pointer (&document, passend_opp_document_unref);
  document = load (fixture, id);
  g_assert_cmpstr (document->content_sha256, ==, hash);
  g_clear_pointer (&hash, g_free);
  hash = passend_opp_document_compute_hash (document);
  g_assert_cmpstr (document->content_sha256, ==, hash);

  /* What is beside the content still changes. */
  g_assert_true (passend_database_set_opp_bron_reported_on (fixture->database, id, DAY (2026, 11, 3), &error));
  g_assert_true (passend_database_set_opp_state (fixture->database, id, PASSEND_OPP_STATE_IN_UITVOERING, "", &error));
  g_assert_no_error (error);
  g_assert_false (passend_database_set_opp_state (fixture->database, id, PASSEND_OPP_STATE_TER_INSTEMMING, "", &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  /* Retention: the student goes with the vastgesteld version, its rows,
   * signatures and linked intervention. */
  g_assert_cmpint (exec_raw (fixture, "DELETE FROM student WHERE id = 1"), ==, SQLITE_OK);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM opp_version"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM opp_text"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM opp_support"), ==, 0);
}

static void
test_evaluation_and_signature_after (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(PassendOppDocument) document = NULL;
  g_autoptr(PassendOppEvaluation) evaluation = passend_opp_evaluation_new (DAY (2027, 3, 1));
  g_autoptr(PassendOppEvaluation) wrong = passend_opp_evaluation_new (DAY (2027, 3, 2));
  g_autoptr(GError) error = NULL;
  g_autofree char *evaluated = NULL;
  gint64 id, other = 0;
  PassendOppGoal *goal;

  /* Not before vaststelling. */
  passend_database_create_opp (fixture->database, 2, &other, &error);
  g_assert_false (passend_database_add_opp_evaluation (fixture->database, other, evaluation, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  id = establish_one (fixture);
  document = load (fixture, id);
  goal = g_ptr_array_index (document->goals, 0);
  g_free (evaluation->conclusions);
  evaluation->conclusions = g_strdup ("Leesdoel bijna gehaald.");
  g_ptr_array_add (evaluation->results, passend_opp_goal_result_new (goal->id, PASSEND_OPP_RESULT_PARTLY, "72 wpm"));
  g_assert_true (passend_database_add_opp_evaluation (fixture->database, id, evaluation, &error));
  g_assert_no_error (error);
  g_assert_cmpint (evaluation->id, >, 0);

  /* A goal of another version is refused, and nothing is kept. */
  g_ptr_array_add (wrong->results, passend_opp_goal_result_new (999, PASSEND_OPP_RESULT_REACHED, ""));
  g_assert_false (passend_database_add_opp_evaluation (fixture->database, id, wrong, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM opp_evaluation"), ==, 1);

  /* The student signs after vaststelling, on the same content. */
  add_signature (fixture, id, 0, PASSEND_OPP_OUTCOME_AGREED, PASSEND_OPP_METHOD_PAD, &error);
  g_assert_no_error (error);

  g_clear_pointer (&document, passend_opp_document_unref);
  document = load (fixture, id);
  g_assert_cmpint (document->state, ==, PASSEND_OPP_STATE_GEEVALUEERD);
  g_assert_cmpuint (document->evaluations->len, ==, 1);
  g_assert_cmpuint (((PassendOppEvaluation *) g_ptr_array_index (document->evaluations, 0))->results->len, ==, 1);
  g_assert_cmpuint (document->signatures->len, ==, 4);
  g_assert_cmpstr (((PassendOppSignature *) g_ptr_array_index (document->signatures, 3))->version_sha256, ==,
                   document->content_sha256);
  evaluated = query_text (fixture, "SELECT opp_evaluated_on FROM support_status WHERE student_id = 1");
  g_assert_cmpstr (evaluated, ==, "2027-03-01");

  /* Update replaces the results; remove goes. */
  g_ptr_array_set_size (evaluation->results, 0);
  g_assert_true (passend_database_update_opp_evaluation (fixture->database, evaluation, &error));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM opp_goal_result"), ==, 0);
  g_assert_true (passend_database_remove_opp_evaluation (fixture->database, evaluation->id, &error));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM opp_evaluation"), ==, 0);
  g_assert_no_error (error);
}

static void
test_new_version (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(PassendOppDocument) first = NULL;
  g_autoptr(PassendOppDocument) second = NULL;
  g_autoptr(PassendOppDocument) previous = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_hash = NULL;
  gint64 id, id2 = 0;
  PassendOppGoal *goal;

  id = establish_one (fixture);
  g_assert_true (passend_database_new_opp_version (fixture->database, id, &id2, &error));
  g_assert_no_error (error);

  /* Only the newest is revised. */
  g_assert_false (passend_database_new_opp_version (fixture->database, id, NULL, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  first = load (fixture, id);
  second = load (fixture, id2);
  g_assert_cmpint (second->number, ==, 2);
  g_assert_cmpint (second->based_on_id, ==, id);
  g_assert_cmpint (second->based_on_number, ==, 1);
  g_assert_cmpint (second->state, ==, PASSEND_OPP_STATE_CONCEPT);
  g_assert_null (second->content_sha256);
  g_assert_cmpuint (second->signatures->len, ==, 0);
  copy_hash = passend_opp_document_compute_hash (second);
  g_assert_cmpstr (copy_hash, ==, first->content_sha256);

  /* Links point into the copy. */
  goal = g_ptr_array_index (second->goals, 0);
  g_assert_nonnull (passend_opp_document_find_need (second, goal->need_id));
  g_assert_nonnull (passend_opp_document_find_goal (second,
                                                    ((PassendOppSupport *) g_ptr_array_index (second->supports, 1))->goal_id));

  /* The copy is editable; the original is not touched. */
  g_assert_true (passend_database_set_opp_text (fixture->database, id2, PASSEND_OPP_SECTION_UITSTROOM_ONDERBOUWING,
                                                "Kader, met verlengde toetstijd.", &error));
  g_assert_no_error (error);
  g_clear_pointer (&second, passend_opp_document_unref);
  second = load (fixture, id2);
  previous = passend_database_load_previous_established_opp (fixture->database, id2, &error);
  g_assert_cmpint (previous->id, ==, id);
  changes = passend_opp_diff (previous, second);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpint (((PassendOppChange *) g_ptr_array_index (changes, 0))->section, ==,
                   PASSEND_OPP_SECTION_UITSTROOM_ONDERBOUWING);

  /* New instemming: the old signatures were on other content. */
  passend_database_set_opp_state (fixture->database, id2, PASSEND_OPP_STATE_IN_OVERLEG, "", &error);
  passend_database_set_opp_state (fixture->database, id2, PASSEND_OPP_STATE_TER_INSTEMMING, "", &error);
  g_assert_no_error (error);
  g_assert_false (passend_database_establish_opp (fixture->database, id2, DAY (2027, 2, 1), "J. Smit", "", "",
                                                  &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  add_signature (fixture, id2, 11, PASSEND_OPP_OUTCOME_AGREED, PASSEND_OPP_METHOD_NONE, &error);
  add_signature (fixture, id2, 12, PASSEND_OPP_OUTCOME_AGREED, PASSEND_OPP_METHOD_NONE, &error);
  g_assert_true (passend_database_establish_opp (fixture->database, id2, DAY (2027, 2, 1), "J. Smit", "", "",
                                                 &error));
  g_assert_no_error (error);

  g_clear_pointer (&first, passend_opp_document_unref);
  first = load (fixture, id);
  g_assert_cmpint (first->state, ==, PASSEND_OPP_STATE_BIJGESTELD);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM timeline_entry WHERE title = 'OPP versie 1 bijgesteld'"),
                   ==, 1);

  /* The end, with a reason. */
  g_assert_false (passend_database_end_opp (fixture->database, id, DAY (2027, 7, 1), PASSEND_OPP_END_OTHER, "",
                                            &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (passend_database_end_opp (fixture->database, id2, DAY (2027, 7, 1), PASSEND_OPP_END_SUPPORT_ENDED,
                                           "Niveau 2.", &error));
  g_clear_pointer (&second, passend_opp_document_unref);
  second = load (fixture, id2);
  g_assert_cmpint (second->state, ==, PASSEND_OPP_STATE_BEEINDIGD);
  g_assert_true (second->has_end_reason);
  g_assert_cmpint (second->end_reason, ==, PASSEND_OPP_END_SUPPORT_ENDED);
  g_assert_cmpuint (second->ended_on, ==, DAY (2027, 7, 1));

  /* Retention: the cascade may delete version 1 first, which clears
   * version 2's based_on; the freeze lets a link to a deleted version go,
   * and nothing else. */
  g_assert_cmpint (exec_raw (fixture, "DELETE FROM intervention WHERE id = 31"), ==, SQLITE_OK);
  g_assert_cmpint (exec_raw (fixture, "UPDATE opp_version SET based_on_id = id WHERE number = 2"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_raw (fixture, "DELETE FROM student WHERE id = 1"), ==, SQLITE_OK);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM opp_version"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM opp_goal"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM opp_signature"), ==, 0);
}

static void
test_no_agreement (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PassendOppDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  passend_database_create_opp (fixture->database, 1, &id, &error);
  fill (fixture, id);
  passend_database_set_opp_state (fixture->database, id, PASSEND_OPP_STATE_IN_OVERLEG, "", &error);
  passend_database_set_opp_state (fixture->database, id, PASSEND_OPP_STATE_TER_INSTEMMING, "", &error);
  g_assert_no_error (error);

  /* Malformed signatures are refused before anything is written. */
  {
    g_autoptr(PassendOppSignature) signature = passend_opp_signature_new (PASSEND_OPP_SIGNER_GUARDIAN,
                                                                          PASSEND_OPP_OUTCOME_AGREED, "P. Bakker",
                                                                          DAY (2026, 10, 20));

    signature->guardian_id = 12;
    signature->method = PASSEND_OPP_METHOD_PAD;
    signature->strokes = g_bytes_new_static ("PSIG\x01", 5);
    g_assert_false (passend_database_add_opp_signature (fixture->database, id, signature, NULL, &error));
    g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
    g_clear_error (&error);
    signature->method = PASSEND_OPP_METHOD_PAPER;
    g_assert_false (passend_database_add_opp_signature (fixture->database, id, signature, NULL, &error));
    g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
    g_clear_error (&error);
    signature->method = PASSEND_OPP_METHOD_NONE;
    signature->guardian_id = 21;                 /* Jan's mother */
    g_assert_false (passend_database_add_opp_signature (fixture->database, id, signature, NULL, &error));
    g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
    g_clear_error (&error);
    signature->guardian_id = 12;
    signature->outcome = PASSEND_OPP_OUTCOME_NOT_AGREED;
    g_assert_false (passend_database_add_opp_signature (fixture->database, id, signature, NULL, &error));
    g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM opp_signature"), ==, 0);
  }

  /* A "not agreed" ends the asking; the school may still decide. */
  add_signature (fixture, id, 11, PASSEND_OPP_OUTCOME_AGREED, PASSEND_OPP_METHOD_NONE, &error);
  add_signature (fixture, id, 12, PASSEND_OPP_OUTCOME_NOT_AGREED, PASSEND_OPP_METHOD_NONE, &error);
  g_assert_no_error (error);
  document = load (fixture, id);
  g_assert_cmpint (document->state, ==, PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING);

  g_assert_true (passend_database_establish_opp (fixture->database, id, DAY (2026, 11, 10), "J. Smit", "directeur",
                                                 "", &error));
  g_assert_no_error (error);
  g_clear_pointer (&document, passend_opp_document_unref);
  document = load (fixture, id);
  g_assert_cmpint (document->state, ==, PASSEND_OPP_STATE_VASTGESTELD);
  g_assert_cmpuint (document->signatures->len, ==, 3);
  g_assert_cmpint (((PassendOppSignature *) g_ptr_array_index (document->signatures, 1))->outcome, ==,
                   PASSEND_OPP_OUTCOME_NOT_AGREED);
  g_assert_nonnull (strstr (((PassendOppStateChange *) g_ptr_array_index (document->history,
                                                                         document->history->len - 1))->note,
                            "zonder instemming"));
}

static gboolean
has_deadline (GListModel          *deadlines,
              gint64               student_id,
              PassendDeadlineKind  kind,
              PassendDay           due)
{
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(PassendDeadline) deadline = g_list_model_get_item (deadlines, i);

      if (passend_deadline_get_student_id (deadline) == student_id &&
          passend_deadline_get_kind (deadline) == kind &&
          (due == PASSEND_DAY_NONE || passend_deadline_get_due (deadline) == due))
        return TRUE;
    }

  return FALSE;
}

static guint
count_opp_deadlines (GListModel *deadlines,
                     gint64      student_id)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(PassendDeadline) deadline = g_list_model_get_item (deadlines, i);
      PassendDeadlineKind kind = passend_deadline_get_kind (deadline);

      n += (passend_deadline_get_student_id (deadline) == student_id &&
            (kind == PASSEND_DEADLINE_KIND_OPP_ESTABLISH || kind == PASSEND_DEADLINE_KIND_OPP_EVALUATION));
    }

  return n;
}

static void
test_deadlines (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GListModel) deadlines = NULL;
  g_autoptr(GHashTable) next = NULL;
  g_autoptr(PassendOppEvaluation) evaluation = passend_opp_evaluation_new (DAY (2027, 6, 1));
  g_autoptr(GError) error = NULL;
  gint64 id = 0;
  gint64 student = 1;

  /* Before any version: support_status decides (1 September + 6 weeks). */
  deadlines = passend_database_list_deadlines (fixture->database, DAY (2026, 10, 10), &error);
  g_assert_true (has_deadline (deadlines, 1, PASSEND_DEADLINE_KIND_OPP_ESTABLISH, DAY (2026, 10, 13)));
  g_clear_object (&deadlines);

  /* A version with its own trigger replaces that, once. */
  passend_database_create_opp (fixture->database, 1, &id, &error);
  g_assert_true (passend_database_set_opp_trigger (fixture->database, id, PASSEND_OPP_TRIGGER_ARRANGEMENT,
                                                   DAY (2026, 9, 15), &error));
  deadlines = passend_database_list_deadlines (fixture->database, DAY (2026, 10, 20), &error);
  g_assert_no_error (error);
  g_assert_true (has_deadline (deadlines, 1, PASSEND_DEADLINE_KIND_OPP_ESTABLISH, DAY (2026, 10, 27)));
  g_assert_cmpuint (count_opp_deadlines (deadlines, 1), ==, 1);
  g_clear_object (&deadlines);
  next = passend_database_next_deadlines (fixture->database, DAY (2026, 10, 20), &error);
  g_assert_true (passend_intervention_rules_is_opp_required (g_hash_table_lookup (next, &student)));
  g_clear_pointer (&next, g_hash_table_unref);

  /* Vastgesteld: the evaluation 12 months on, shown 4 weeks ahead. */
  g_clear_pointer (&error, g_error_free);
  passend_database_delete_opp_version (fixture->database, id, &error);
  g_assert_no_error (error);
  id = establish_one (fixture);
  deadlines = passend_database_list_deadlines (fixture->database, DAY (2027, 10, 3), &error);
  g_assert_cmpuint (count_opp_deadlines (deadlines, 1), ==, 0);
  g_clear_object (&deadlines);
  deadlines = passend_database_list_deadlines (fixture->database, DAY (2027, 10, 4), &error);
  g_assert_true (has_deadline (deadlines, 1, PASSEND_DEADLINE_KIND_OPP_EVALUATION, DAY (2027, 11, 1)));
  g_assert_cmpuint (count_opp_deadlines (deadlines, 1), ==, 1);
  g_clear_object (&deadlines);

  /* An evaluation moves it on. */
  g_assert_true (passend_database_add_opp_evaluation (fixture->database, id, evaluation, &error));
  deadlines = passend_database_list_deadlines (fixture->database, DAY (2028, 5, 10), &error);
  g_assert_no_error (error);
  g_assert_true (has_deadline (deadlines, 1, PASSEND_DEADLINE_KIND_OPP_EVALUATION, DAY (2028, 6, 1)));
  g_assert_cmpuint (count_opp_deadlines (deadlines, 1), ==, 1);
  next = passend_database_next_deadlines (fixture->database, DAY (2027, 6, 2), &error);
  g_assert_no_error (error);
  g_assert_false (passend_intervention_rules_is_opp_required (g_hash_table_lookup (next, &student)));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/opp/create-prefilled", test_create_prefilled);
  ADD ("/opp/rows", test_rows);
  ADD ("/opp/lifecycle-and-freeze", test_lifecycle_and_freeze);
  ADD ("/opp/evaluation-and-signature-after", test_evaluation_and_signature_after);
  ADD ("/opp/new-version", test_new_version);
  ADD ("/opp/no-agreement", test_no_agreement);
  ADD ("/opp/deadlines", test_deadlines);

#undef ADD

  return g_test_run ();
}
