/* test-store-aanmeldingen.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "passend-database-private.h"
#include "passend-rules.h"

typedef struct
{
  char            *dir;
  PassendDatabase *database;
  GPtrArray       *changes;   /* "entity:id" per emission of "changed" */
  PassendProtocol  protocol;
} Fixture;

static void
on_changed (PassendDatabase *database,
            const char      *entity,
            gint64           id,
            gpointer         user_data)
{
  Fixture *fixture = user_data;

  g_ptr_array_add (fixture->changes, g_strdup_printf ("%s:%" G_GINT64_FORMAT, entity, id));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("passend-aanmeldingen-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "passend.db", NULL);

  fixture->database = passend_database_open (path, &error);
  g_assert_no_error (error);
  passend_database_set_actor (fixture->database, "T. Coördinator");
  g_assert_true (passend_database_load_protocol (fixture->database, &fixture->protocol, &error));
  g_assert_no_error (error);

  fixture->changes = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (fixture->database, "changed", G_CALLBACK (on_changed), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_finalize_object (fixture->database);
  g_ptr_array_unref (fixture->changes);

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
count (Fixture    *fixture,
       const char *entity)
{
  g_autoptr(GError) error = NULL;
  gint64 n = passend_database_count (fixture->database, entity, &error);

  g_assert_no_error (error);
  return n;
}

/* Audit rows of @action on aanmelding @id. */
static int
count_audit (Fixture    *fixture,
             const char *action,
             const char *entity,
             gint64      id)
{
  sqlite3 *db = _passend_database_get_handle (fixture->database);
  sqlite3_stmt *statement = NULL;
  int n;

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT count(*) FROM audit_log WHERE action = ?1 AND entity = ?2 "
                                       "AND entity_id = ?3 AND actor = 'T. Coördinator'",
                                       -1, &statement, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (statement, 1, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 2, entity, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 3, id);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  n = sqlite3_column_int (statement, 0);
  sqlite3_finalize (statement);
  return n;
}

static gboolean
has_change (Fixture    *fixture,
            const char *change)
{
  return g_ptr_array_find_with_equal_func (fixture->changes, change, g_str_equal, NULL);
}

static PassendAanmelding *
add_aanmelding (Fixture    *fixture,
                const char *roepnaam,
                const char *achternaam,
                PassendDay  received_on)
{
  g_autoptr(GError) error = NULL;
  PassendAanmelding *aanmelding = passend_aanmelding_new ();

  passend_aanmelding_set_roepnaam (aanmelding, roepnaam);
  passend_aanmelding_set_tussenvoegsel (aanmelding, "van");
  passend_aanmelding_set_achternaam (aanmelding, achternaam);
  passend_aanmelding_set_birth_date (aanmelding, passend_day_new (2014, 5, 3));
  passend_aanmelding_set_requested_track (aanmelding, "vmbo-gt");
  passend_aanmelding_set_requested_year (aanmelding, 1);
  passend_aanmelding_set_received_on (aanmelding, received_on);
  passend_aanmelding_set_support_need (aanmelding, "Dyslexie en faalangst");
  passend_aanmelding_set_guardian_name (aanmelding, "M.  J. van der Berg-Smit");
  passend_aanmelding_set_guardian_email (aanmelding, "ouders@example.org");
  g_assert_true (passend_database_add_aanmelding (fixture->database, aanmelding, &error));
  g_assert_no_error (error);
  g_assert_cmpint (passend_aanmelding_get_id (aanmelding), >, 0);
  return aanmelding;
}

static PassendAanmelding *
reload (Fixture *fixture,
        gint64   id)
{
  g_autoptr(GError) error = NULL;
  PassendAanmelding *aanmelding = passend_database_get_aanmelding (fixture->database, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (aanmelding);
  return aanmelding;
}

static void
test_add_and_update (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PassendAanmelding) empty = passend_aanmelding_new ();
  g_autoptr(PassendAanmelding) aanmelding = NULL;
  g_autoptr(PassendAanmelding) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *change = NULL;
  PassendDay received = passend_day_new (2026, 3, 2);
  gint64 id;

  /* A family name and the day of receipt are required. */
  passend_aanmelding_set_received_on (empty, received);
  g_assert_false (passend_database_add_aanmelding (fixture->database, empty, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  passend_aanmelding_set_achternaam (empty, "Bakker");
  passend_aanmelding_set_received_on (empty, PASSEND_DAY_NONE);
  g_assert_false (passend_database_add_aanmelding (fixture->database, empty, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (fixture->changes->len, ==, 0);

  aanmelding = add_aanmelding (fixture, "Noor", "Dam", received);
  id = passend_aanmelding_get_id (aanmelding);
  change = g_strdup_printf ("aanmelding:%" G_GINT64_FORMAT, id);
  g_assert_true (has_change (fixture, change));
  g_assert_cmpint (count_audit (fixture, "create", "aanmelding", id), ==, 1);

  loaded = reload (fixture, id);
  g_assert_cmpstr (passend_aanmelding_get_display_name (loaded), ==, "Noor van Dam");
  g_assert_cmpstr (passend_aanmelding_get_sort_name (loaded), ==, "Dam, Noor van");
  g_assert_cmpuint (passend_aanmelding_get_received_on (loaded), ==, received);
  g_assert_cmpstr (passend_aanmelding_get_support_need (loaded), ==, "Dyslexie en faalangst");
  g_assert_false (passend_aanmelding_is_decided (loaded));
  g_assert_false (passend_aanmelding_has_extension (loaded));
  g_assert_true (passend_aanmelding_get_first_preference (loaded));

  passend_aanmelding_set_screening_notes (aanmelding, "Gesprek met de basisschool gevoerd.");
  passend_aanmelding_set_advice (aanmelding, "Toelaten met arrangement.");
  passend_aanmelding_set_guardian_email (aanmelding, "ouder@example.org");
  passend_aanmelding_set_first_preference (aanmelding, FALSE);
  passend_aanmelding_set_requested_year (aanmelding, 2);
  g_assert_true (passend_database_update_aanmelding (fixture->database, aanmelding, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_audit (fixture, "update", "aanmelding", id), ==, 1);

  g_clear_object (&loaded);
  loaded = reload (fixture, id);
  g_assert_cmpstr (passend_aanmelding_get_screening_notes (loaded), ==, "Gesprek met de basisschool gevoerd.");
  g_assert_cmpstr (passend_aanmelding_get_advice (loaded), ==, "Toelaten met arrangement.");
  g_assert_cmpstr (passend_aanmelding_get_guardian_email (loaded), ==, "ouder@example.org");
  g_assert_false (passend_aanmelding_get_first_preference (loaded));
  g_assert_cmpint (passend_aanmelding_get_requested_year (loaded), ==, 2);

  /* A blank family name is refused on update too, and changes nothing. */
  passend_aanmelding_set_achternaam (aanmelding, "  ");
  g_assert_false (passend_database_update_aanmelding (fixture->database, aanmelding, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_object (&loaded);
  loaded = reload (fixture, id);
  g_assert_cmpstr (passend_aanmelding_get_achternaam (loaded), ==, "Dam");
  g_assert_cmpint (count_audit (fixture, "update", "aanmelding", id), ==, 1);
}

static void
test_extension (Fixture       *fixture,
                gconstpointer  data)
{
  PassendDay received = passend_day_new (2026, 2, 27);
  g_autoptr(PassendAanmelding) aanmelding = add_aanmelding (fixture, "Mees", "Berg", received);
  g_autoptr(PassendAanmelding) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = passend_aanmelding_get_id (aanmelding);
  PassendDay due = passend_rules_zorgplicht_decision_due (received, PASSEND_DAY_NONE, &fixture->protocol);
  PassendDay limit = passend_rules_zorgplicht_extension_limit (received, &fixture->protocol);
  PassendDay letter = passend_day_add_days (due, -3);

  /* The law: 6 weeks, once extended by at most 4. */
  g_assert_cmpuint (due, ==, passend_day_add_days (received, 42));
  g_assert_cmpuint (limit, ==, passend_day_add_days (received, 70));

  g_assert_false (passend_database_extend_aanmelding (fixture->database, id, letter, "  ", limit, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (passend_database_extend_aanmelding (fixture->database, id, letter, "Onderzoek", due, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (passend_database_extend_aanmelding (fixture->database, id, letter, "Onderzoek",
                                                      passend_day_add_days (limit, 1), &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (passend_database_extend_aanmelding (fixture->database, id,
                                                      passend_day_add_days (due, 1), "Onderzoek",
                                                      limit, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (passend_database_extend_aanmelding (fixture->database, id, PASSEND_DAY_NONE,
                                                      "Onderzoek", limit, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_audit (fixture, "update", "aanmelding", id), ==, 0);

  /* The limit itself is allowed. */
  g_assert_true (passend_database_extend_aanmelding (fixture->database, id, letter,
                                                     " Wachten op het onderzoek van de orthopedagoog ",
                                                     limit, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_audit (fixture, "update", "aanmelding", id), ==, 1);

  loaded = reload (fixture, id);
  g_assert_true (passend_aanmelding_has_extension (loaded));
  g_assert_cmpuint (passend_aanmelding_get_extended_until (loaded), ==, limit);
  g_assert_cmpuint (passend_aanmelding_get_extension_letter_on (loaded), ==, letter);
  g_assert_cmpstr (passend_aanmelding_get_extension_reason (loaded), ==,
                   "Wachten op het onderzoek van de orthopedagoog");
  g_assert_cmpuint (passend_rules_zorgplicht_decision_due (received, limit, &fixture->protocol), ==, limit);

  /* Only once. */
  g_assert_false (passend_database_extend_aanmelding (fixture->database, id, letter, "Nog een keer",
                                                      passend_day_add_days (limit, -1), &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  /* Moving the day of receipt earlier would stretch the extension past
   * the law's limit. */
  passend_aanmelding_set_received_on (aanmelding, passend_day_add_days (received, -7));
  g_assert_false (passend_database_update_aanmelding (fixture->database, aanmelding, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_audit (fixture, "update", "aanmelding", id), ==, 1);

  /* No extension for an unknown aanmelding. */
  g_assert_false (passend_database_extend_aanmelding (fixture->database, id + 100, letter, "Onderzoek",
                                                      limit, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
}

static void
test_decision (Fixture       *fixture,
               gconstpointer  data)
{
  PassendDay received = passend_day_new (2026, 1, 12);
  g_autoptr(PassendAanmelding) aanmelding = add_aanmelding (fixture, "Lina", "Smit", received);
  g_autoptr(PassendAanmelding) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = passend_aanmelding_get_id (aanmelding);
  PassendDay decided = passend_day_new (2026, 2, 10);
  PassendDay due = passend_rules_zorgplicht_decision_due (received, PASSEND_DAY_NONE, &fixture->protocol);

  g_assert_false (passend_database_decide_aanmelding (fixture->database, id,
                                                      PASSEND_AANMELDING_OUTCOME_NOT_ADMITTED,
                                                      "", NULL, decided, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (passend_database_decide_aanmelding (fixture->database, id,
                                                      PASSEND_AANMELDING_OUTCOME_PLACED_ELSEWHERE,
                                                      "Past beter bij een kleine setting", " ", decided, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (passend_database_decide_aanmelding (fixture->database, id,
                                                      PASSEND_AANMELDING_OUTCOME_ADMITTED,
                                                      NULL, NULL, passend_day_add_days (received, -1), &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (passend_database_decide_aanmelding (fixture->database, id,
                                                      PASSEND_AANMELDING_OUTCOME_NONE,
                                                      NULL, NULL, decided, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_audit (fixture, "update", "aanmelding", id), ==, 0);

  g_assert_true (passend_database_decide_aanmelding (fixture->database, id,
                                                     PASSEND_AANMELDING_OUTCOME_PLACED_ELSEWHERE,
                                                     "Past beter bij een kleine setting", "Het Praktijkhuis",
                                                     decided, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_audit (fixture, "update", "aanmelding", id), ==, 1);

  loaded = reload (fixture, id);
  g_assert_true (passend_aanmelding_is_decided (loaded));
  g_assert_cmpint (passend_aanmelding_get_outcome (loaded), ==, PASSEND_AANMELDING_OUTCOME_PLACED_ELSEWHERE);
  g_assert_cmpstr (passend_aanmelding_get_outcome_school (loaded), ==, "Het Praktijkhuis");
  g_assert_cmpuint (passend_aanmelding_get_decided_on (loaded), ==, decided);

  /* A decided aanmelding is not extended. */
  g_assert_false (passend_database_extend_aanmelding (fixture->database, id, received, "Onderzoek",
                                                      passend_day_add_days (due, 7), &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  /* A place elsewhere that is not taken up can still become a yes; the
   * school of the old outcome does not linger. */
  g_assert_true (passend_database_decide_aanmelding (fixture->database, id,
                                                     PASSEND_AANMELDING_OUTCOME_ADMITTED,
                                                     NULL, "Het Praktijkhuis", decided, &error));
  g_assert_no_error (error);
  g_clear_object (&loaded);
  loaded = reload (fixture, id);
  g_assert_cmpint (passend_aanmelding_get_outcome (loaded), ==, PASSEND_AANMELDING_OUTCOME_ADMITTED);
  g_assert_cmpstr (passend_aanmelding_get_outcome_school (loaded), ==, "");

  g_assert_cmpstr (passend_aanmelding_outcome_to_code (PASSEND_AANMELDING_OUTCOME_ADMITTED_WITH_ARRANGEMENT),
                   ==, "admitted-with-arrangement");
  g_assert_cmpstr (passend_aanmelding_outcome_get_label (PASSEND_AANMELDING_OUTCOME_NOT_ADMITTED),
                   ==, "Not admitted");
}

static void
test_admit (Fixture       *fixture,
            gconstpointer  data)
{
  PassendDay received = passend_day_new (2026, 1, 5);
  g_autoptr(PassendAanmelding) aanmelding = add_aanmelding (fixture, "Sem", "Veen", received);
  g_autoptr(PassendAanmelding) loaded = NULL;
  g_autoptr(PassendStudent) student = NULL;
  g_autoptr(GListModel) timeline = NULL;
  g_autoptr(PassendTimelineEntry) entry = NULL;
  g_autoptr(GListModel) guardians = NULL;
  g_autoptr(PassendGuardian) guardian = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *student_change = NULL;
  g_autofree char *aanmelding_change = NULL;
  gint64 id = passend_aanmelding_get_id (aanmelding);
  gint64 student_id = 0;

  /* Not decided yet: no student. */
  g_assert_false (passend_database_admit_aanmelding (fixture->database, id, "800001", &student_id, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count (fixture, "students"), ==, 0);

  g_assert_true (passend_database_decide_aanmelding (fixture->database, id,
                                                     PASSEND_AANMELDING_OUTCOME_ADMITTED_WITH_ARRANGEMENT,
                                                     NULL, NULL, passend_day_new (2026, 2, 9), &error));
  g_assert_no_error (error);
  g_ptr_array_set_size (fixture->changes, 0);

  g_assert_true (passend_database_admit_aanmelding (fixture->database, id, " 800001 ", &student_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (student_id, >, 0);

  g_assert_cmpint (count (fixture, "students"), ==, 1);
  g_assert_cmpint (count (fixture, "caseload"), ==, 1);
  g_assert_cmpint (count (fixture, "status-history"), ==, 1);
  aanmelding_change = g_strdup_printf ("aanmelding:%" G_GINT64_FORMAT, id);
  g_assert_true (has_change (fixture, aanmelding_change));
  student_change = g_strdup_printf ("student:%" G_GINT64_FORMAT, student_id);
  g_assert_true (has_change (fixture, student_change));
  g_assert_cmpint (count_audit (fixture, "create", "student", student_id), ==, 1);
  g_assert_cmpint (count_audit (fixture, "update", "aanmelding", id), ==, 2);

  student = passend_database_get_student (fixture->database, student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (passend_student_get_lvs_number (student), ==, "800001");
  g_assert_cmpstr (passend_student_get_display_name (student), ==, "Sem van Veen");
  g_assert_cmpuint (passend_student_get_birth_date (student), ==, passend_day_new (2014, 5, 3));
  g_assert_cmpstr (passend_student_get_track (student), ==, "vmbo-gt");
  g_assert_cmpint (passend_student_get_year (student), ==, 1);
  g_assert_cmpint (passend_student_get_niveau (student), ==, PASSEND_NIVEAU_3);
  g_assert_cmpint (passend_student_get_phase (student), ==, PASSEND_PHASE_0_OVERDRACHT);
  g_assert_cmpint (passend_student_get_regie (student), ==, PASSEND_REGIE_LECO);

  /* The parent who made the aanmelding, with gezag. */
  guardians = passend_database_list_guardians (fixture->database, student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (guardians), ==, 1);
  guardian = g_list_model_get_item (guardians, 0);
  g_assert_cmpstr (passend_guardian_get_voorletters (guardian), ==, "M.J.");
  g_assert_cmpstr (passend_guardian_get_tussenvoegsel (guardian), ==, "van der");
  g_assert_cmpstr (passend_guardian_get_achternaam (guardian), ==, "Berg-Smit");
  g_assert_cmpstr (passend_guardian_get_email (guardian), ==, "ouders@example.org");
  g_assert_true (passend_guardian_get_has_authority (guardian));

  /* The admission and the status change, both on the new timeline. */
  timeline = passend_database_list_timeline (fixture->database, student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(PassendTimelineEntry) item = g_list_model_get_item (timeline, i);

      if (passend_timeline_entry_get_kind (item) == PASSEND_ENTRY_KIND_DECISION)
        entry = g_steal_pointer (&item);
    }
  g_assert_nonnull (entry);
  g_assert_cmpstr (passend_timeline_entry_get_title (entry), ==, "Aanmelding toegelaten met arrangement");
  g_assert_nonnull (strstr (passend_timeline_entry_get_body (entry), "Dyslexie en faalangst"));

  loaded = reload (fixture, id);
  g_assert_cmpint (passend_aanmelding_get_student_id (loaded), ==, student_id);

  /* Once only, and then the decision is fixed. */
  g_assert_false (passend_database_admit_aanmelding (fixture->database, id, "800002", NULL, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (passend_database_decide_aanmelding (fixture->database, id,
                                                      PASSEND_AANMELDING_OUTCOME_NOT_ADMITTED,
                                                      "Vol", NULL, passend_day_new (2026, 2, 9), &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_assert_cmpint (count (fixture, "students"), ==, 1);
}

static void
test_admit_rolls_back (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(PassendStudent) existing = passend_student_new ();
  g_autoptr(PassendAanmelding) aanmelding = NULL;
  g_autoptr(PassendAanmelding) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;
  gint64 student_id = 0;
  gint64 students;
  gint64 caseload;
  gint64 timeline;
  gint64 audit;
  gint64 guardians;

  passend_student_set_lvs_number (existing, "800100");
  passend_student_set_achternaam (existing, "Eerder");
  g_assert_true (passend_database_add_student (fixture->database, existing, &error));
  g_assert_no_error (error);

  aanmelding = add_aanmelding (fixture, "Fenna", "Kok", passend_day_new (2026, 1, 20));
  id = passend_aanmelding_get_id (aanmelding);
  g_assert_true (passend_database_decide_aanmelding (fixture->database, id,
                                                     PASSEND_AANMELDING_OUTCOME_ADMITTED_WITH_ARRANGEMENT,
                                                     NULL, NULL, passend_day_new (2026, 2, 20), &error));
  g_assert_no_error (error);

  students = count (fixture, "students");
  caseload = count (fixture, "caseload");
  timeline = count (fixture, "timeline");
  audit = count (fixture, "audit");
  guardians = count (fixture, "guardians");

  g_assert_false (passend_database_admit_aanmelding (fixture->database, id, "800100", &student_id, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (student_id, ==, 0);

  /* Nothing of it stayed behind. */
  g_assert_cmpint (count (fixture, "students"), ==, students);
  g_assert_cmpint (count (fixture, "caseload"), ==, caseload);
  g_assert_cmpint (count (fixture, "timeline"), ==, timeline);
  g_assert_cmpint (count (fixture, "audit"), ==, audit);
  g_assert_cmpint (count (fixture, "guardians"), ==, guardians);
  loaded = reload (fixture, id);
  g_assert_cmpint (passend_aanmelding_get_student_id (loaded), ==, 0);

  /* A blank LVS number is refused before anything is written. */
  g_assert_false (passend_database_admit_aanmelding (fixture->database, id, "  ", &student_id, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  /* With a free number it works after all. */
  g_assert_true (passend_database_admit_aanmelding (fixture->database, id, "800101", &student_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "students"), ==, students + 1);
}

static void
test_list_order (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(PassendAanmelding) late = add_aanmelding (fixture, "Late", "Open", passend_day_new (2026, 3, 1));
  g_autoptr(PassendAanmelding) early = add_aanmelding (fixture, "Early", "Open", passend_day_new (2026, 2, 1));
  g_autoptr(PassendAanmelding) extended = add_aanmelding (fixture, "Extended", "Open", passend_day_new (2026, 1, 20));
  g_autoptr(PassendAanmelding) decided = add_aanmelding (fixture, "Decided", "Closed", passend_day_new (2026, 1, 1));
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  PassendDay limit = passend_rules_zorgplicht_extension_limit (passend_day_new (2026, 1, 20), &fixture->protocol);
  const char *expected[] = { "Early van Open", "Extended van Open", "Late van Open", "Decided van Closed" };

  /* Extended to its limit (30 March) it falls after the early one (15 March). */
  g_assert_true (passend_database_extend_aanmelding (fixture->database, passend_aanmelding_get_id (extended),
                                                     passend_day_new (2026, 2, 20), "Onderzoek", limit, &error));
  g_assert_no_error (error);
  g_assert_true (passend_database_decide_aanmelding (fixture->database, passend_aanmelding_get_id (decided),
                                                     PASSEND_AANMELDING_OUTCOME_NOT_ADMITTED, "School vol",
                                                     NULL, passend_day_new (2026, 2, 1), &error));
  g_assert_no_error (error);

  list = passend_database_list_aanmeldingen (fixture->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(PassendAanmelding) item = g_list_model_get_item (list, i);

      g_assert_cmpstr (passend_aanmelding_get_display_name (item), ==, expected[i]);
    }
}

static void
test_notify (void)
{
  g_autoptr(PassendAanmelding) aanmelding = passend_aanmelding_new ();
  guint notified = 0;

  g_signal_connect_swapped (aanmelding, "notify", G_CALLBACK (g_atomic_int_inc), &notified);

  passend_aanmelding_set_advice (aanmelding, "x");
  g_assert_cmpuint (notified, ==, 1);
  passend_aanmelding_set_advice (aanmelding, "x");
  g_assert_cmpuint (notified, ==, 1);
  /* The name notifies its display name too. */
  passend_aanmelding_set_achternaam (aanmelding, "Dam");
  g_assert_cmpuint (notified, ==, 3);
  passend_aanmelding_set_decided_on (aanmelding, passend_day_new (2026, 1, 1));
  g_assert_cmpuint (notified, ==, 5);
  g_assert_false (passend_aanmelding_is_decided (aanmelding));
  passend_aanmelding_set_outcome (aanmelding, PASSEND_AANMELDING_OUTCOME_ADMITTED);
  g_assert_true (passend_aanmelding_is_decided (aanmelding));
  g_object_set (aanmelding, "requested-year", 3, NULL);
  g_assert_cmpint (passend_aanmelding_get_requested_year (aanmelding), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aanmelding/notify", test_notify);
  g_test_add ("/store/aanmeldingen/add-and-update", Fixture, NULL,
              fixture_set_up, test_add_and_update, fixture_tear_down);
  g_test_add ("/store/aanmeldingen/extension", Fixture, NULL,
              fixture_set_up, test_extension, fixture_tear_down);
  g_test_add ("/store/aanmeldingen/decision", Fixture, NULL,
              fixture_set_up, test_decision, fixture_tear_down);
  g_test_add ("/store/aanmeldingen/admit", Fixture, NULL,
              fixture_set_up, test_admit, fixture_tear_down);
  g_test_add ("/store/aanmeldingen/admit-rolls-back", Fixture, NULL,
              fixture_set_up, test_admit_rolls_back, fixture_tear_down);
  g_test_add ("/store/aanmeldingen/list-order", Fixture, NULL,
              fixture_set_up, test_list_order, fixture_tear_down);

  return g_test_run ();
}
