/* test-store-timeline.c
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
  GPtrArray       *changes;   /* "entity:id" per emission of "changed" */
  gint64           student_id;
  gint64           other_student_id;
} Fixture;

static void
on_changed (PassendDatabase *database,
            const char      *entity,
            gint64           id,
            gpointer         user_data)
{
  Fixture *fixture = user_data;

  g_ptr_array_add (fixture->changes,
                   g_strdup_printf ("%s:%" G_GINT64_FORMAT, entity, id));
}

static gint64
add_student (PassendDatabase *database,
             const char      *lvs_number,
             const char      *roepnaam,
             const char      *tussenvoegsel,
             const char      *achternaam,
             gint64           mentor_id)
{
  g_autoptr(PassendStudent) student = passend_student_new ();
  g_autoptr(GError) error = NULL;

  passend_student_set_lvs_number (student, lvs_number);
  passend_student_set_roepnaam (student, roepnaam);
  passend_student_set_tussenvoegsel (student, tussenvoegsel);
  passend_student_set_achternaam (student, achternaam);
  passend_student_set_mentor_id (student, mentor_id);
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

  fixture->dir = g_dir_make_tmp ("passend-timeline-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "passend.db", NULL);

  fixture->database = passend_database_open (path, &error);
  g_assert_no_error (error);
  fixture->changes = g_ptr_array_new_with_free_func (g_free);

  fixture->student_id = add_student (fixture->database, "700001", "Sanne", "", "Jansen", 0);
  fixture->other_student_id = add_student (fixture->database, "700002", "Daan", "de", "Vries", 0);
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
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (fixture->dir, name, NULL);

      g_remove (child);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static gint64
add_entry (Fixture                *fixture,
           gint64                  student_id,
           gint64                  occurred_at,
           const char             *title,
           const char             *body,
           PassendConfidentiality  level)
{
  g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();
  g_autoptr(GError) error = NULL;

  passend_timeline_entry_set_student_id (entry, student_id);
  passend_timeline_entry_set_kind (entry, PASSEND_ENTRY_KIND_CONVERSATION_PARENTS);
  passend_timeline_entry_set_occurred_at (entry, occurred_at);
  passend_timeline_entry_set_author (entry, "M. Mentor");
  passend_timeline_entry_set_title (entry, title);
  passend_timeline_entry_set_body (entry, body);
  passend_timeline_entry_set_confidentiality (entry, level);
  g_assert_true (passend_database_add_entry (fixture->database, entry, &error));
  g_assert_no_error (error);
  g_assert_cmpint (passend_timeline_entry_get_id (entry), >, 0);
  return passend_timeline_entry_get_id (entry);
}

static void
assert_change (Fixture    *fixture,
               guint       index,
               const char *entity,
               gint64      id)
{
  g_autofree char *expected = g_strdup_printf ("%s:%" G_GINT64_FORMAT, entity, id);

  g_assert_cmpuint (index, <, fixture->changes->len);
  g_assert_cmpstr (g_ptr_array_index (fixture->changes, index), ==, expected);
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

static GListModel *
search (Fixture    *fixture,
        const char *query)
{
  g_autoptr(GError) error = NULL;
  GListModel *results = passend_database_search_entries (fixture->database, query, 50, &error);

  g_assert_no_error (error);
  g_assert_nonnull (results);
  g_assert_true (g_list_model_get_item_type (results) == PASSEND_TYPE_TIMELINE_ENTRY);
  return results;
}

static guint
search_count (Fixture    *fixture,
              const char *query)
{
  g_autoptr(GListModel) results = search (fixture, query);

  return g_list_model_get_n_items (results);
}

/* Timeline */

static void
test_timeline_order (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GListModel) timeline = NULL;
  g_autoptr(PassendTimelineEntry) first = NULL;
  g_autoptr(GError) error = NULL;
  gint64 older, newest, same_time_later;

  older = add_entry (fixture, fixture->student_id, 1700000000, "Eerste gesprek", "", PASSEND_CONFIDENTIALITY_NORMAL);
  newest = add_entry (fixture, fixture->student_id, 1710000000, "Nieuwste", "", PASSEND_CONFIDENTIALITY_CARE);
  add_entry (fixture, fixture->student_id, 1705000000, "Melding", "Zorgen thuis", PASSEND_CONFIDENTIALITY_MELDCODE);
  same_time_later = add_entry (fixture, fixture->student_id, 1700000000, "Zelfde moment", "", PASSEND_CONFIDENTIALITY_MEDICAL);
  add_entry (fixture, fixture->other_student_id, 1720000000, "Ander kind", "", PASSEND_CONFIDENTIALITY_NORMAL);

  g_assert_cmpuint (fixture->changes->len, ==, 5);
  assert_change (fixture, 0, "timeline-entry", older);

  timeline = passend_database_list_timeline (fixture->database, fixture->student_id, &error);
  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (timeline) == PASSEND_TYPE_TIMELINE_ENTRY);

  /* Newest first, the later id first on the same moment, no meldcode. */
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 3);
  first = g_list_model_get_item (timeline, 0);
  g_assert_cmpint (passend_timeline_entry_get_id (first), ==, newest);
  g_assert_cmpstr (passend_timeline_entry_get_title (first), ==, "Nieuwste");
  g_assert_cmpint (passend_timeline_entry_get_confidentiality (first), ==, PASSEND_CONFIDENTIALITY_CARE);
  g_assert_cmpint (passend_timeline_entry_get_kind (first), ==, PASSEND_ENTRY_KIND_CONVERSATION_PARENTS);
  g_assert_cmpstr (passend_timeline_entry_get_author (first), ==, "M. Mentor");
  g_assert_cmpint (passend_timeline_entry_get_student_id (first), ==, fixture->student_id);

  for (guint i = 1; i < 3; i++)
    {
      g_autoptr(PassendTimelineEntry) entry = g_list_model_get_item (timeline, i);

      g_assert_cmpint (passend_timeline_entry_get_id (entry), ==, i == 1 ? same_time_later : older);
      g_assert_cmpint (passend_timeline_entry_get_confidentiality (entry), !=, PASSEND_CONFIDENTIALITY_MELDCODE);
    }

  /* The meldcode entry is stored, only not shown here. */
  g_assert_cmpint (count (fixture->database, "timeline"), ==, 5);
}

static void
test_timeline_unknown_student (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();
  g_autoptr(GError) error = NULL;

  passend_timeline_entry_set_student_id (entry, 9999);
  passend_timeline_entry_set_occurred_at (entry, 1700000000);
  g_assert_false (passend_database_add_entry (fixture->database, entry, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpint (passend_timeline_entry_get_id (entry), ==, 0);
  g_assert_cmpint (count (fixture->database, "timeline"), ==, 0);
  g_assert_cmpint (count (fixture->database, "audit"), ==, 2);
  g_assert_cmpuint (fixture->changes->len, ==, 0);
}

/* Search */

static void
test_search_body (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GListModel) results = NULL;
  g_autoptr(PassendTimelineEntry) hit = NULL;
  gint64 id;

  id = add_entry (fixture, fixture->other_student_id, 1700000000, "Gesprek met moeder",
                  "Moeder vertelt dat er bij oma ook dyslexie is vastgesteld.", PASSEND_CONFIDENTIALITY_NORMAL);
  add_entry (fixture, fixture->student_id, 1700000000, "Rekenen", "Gaat goed.", PASSEND_CONFIDENTIALITY_NORMAL);

  results = search (fixture, "dyslexie");
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  hit = g_list_model_get_item (results, 0);
  g_assert_cmpint (passend_timeline_entry_get_id (hit), ==, id);
  g_assert_cmpstr (passend_timeline_entry_get_student_name (hit), ==, "Daan de Vries");
  g_assert_cmpstr (passend_timeline_entry_get_title (hit), ==, "Gesprek met moeder");

  /* The last word is a prefix; earlier words are whole. */
  g_assert_cmpuint (search_count (fixture, "dysl"), ==, 1);
  g_assert_cmpuint (search_count (fixture, "dysl moeder"), ==, 0);
  g_assert_cmpuint (search_count (fixture, "dysl moe"), ==, 0);
  g_assert_cmpuint (search_count (fixture, "moeder dysl"), ==, 1);
  g_assert_cmpuint (search_count (fixture, "dyslexie rekenen"), ==, 0);
  g_assert_cmpuint (search_count (fixture, "gesprek"), ==, 1);
}

static void
test_search_folding (Fixture       *fixture,
                     gconstpointer  data)
{
  add_entry (fixture, fixture->student_id, 1700000000, "Oudergesprek",
             "Afspraak in het café naast school.", PASSEND_CONFIDENTIALITY_NORMAL);
  add_entry (fixture, fixture->student_id, 1700000100, "Naschoolse opvang",
             "Vader werkt in een cafe.", PASSEND_CONFIDENTIALITY_NORMAL);

  g_assert_cmpuint (search_count (fixture, "oudergesprek"), ==, 1);
  g_assert_cmpuint (search_count (fixture, "OUDERGESPREK"), ==, 1);
  g_assert_cmpuint (search_count (fixture, "Oudergesprek"), ==, 1);
  g_assert_cmpuint (search_count (fixture, "café"), ==, 2);
  g_assert_cmpuint (search_count (fixture, "cafe"), ==, 2);
  g_assert_cmpuint (search_count (fixture, "CAFÉ"), ==, 2);
}

static void
test_search_syntax_is_text (Fixture       *fixture,
                            gconstpointer  data)
{
  static const char * const queries[] = {
    "AND", "OR", "NOT", "NEAR", "dyslexie AND", "AND dyslexie", "dyslexie OR rekenen",
    "\"", "\"dyslexie", "dyslexie\"", "\"\"\"", "*", "dys*", "-", "-dyslexie", "dyslexie -",
    "title:dyslexie", "body : x", "(dyslexie", "dyslexie)", "^dyslexie", "NEAR(a b, 2)",
    "{title body}: x", "+", "'", "''", "a'b", "\\", "  ", "", "\t\n", "🙂", "é", "x",
  };
  g_autoptr(GError) error = NULL;

  add_entry (fixture, fixture->student_id, 1700000000, "Onderzoek",
             "Er is dyslexie vastgesteld. AND niet OR rekenen.", PASSEND_CONFIDENTIALITY_NORMAL);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GListModel) results = passend_database_search_entries (fixture->database, queries[i], 50, &error);

      g_assert_no_error (error);
      g_assert_nonnull (results);
    }

  /* Operators are words like any other. */
  g_assert_cmpuint (search_count (fixture, "AND"), ==, 1);
  g_assert_cmpuint (search_count (fixture, "dyslexie AND"), ==, 1);
  g_assert_cmpuint (search_count (fixture, "NOT"), ==, 0);
  g_assert_cmpuint (search_count (fixture, "-dyslexie"), ==, 1);
  g_assert_cmpuint (search_count (fixture, "\"dyslexie"), ==, 1);
  g_assert_cmpuint (search_count (fixture, "dysl*"), ==, 1);
  g_assert_cmpuint (search_count (fixture, "title:dyslexie"), ==, 0);
  g_assert_cmpuint (search_count (fixture, ""), ==, 0);
  g_assert_cmpuint (search_count (fixture, "*"), ==, 0);
  g_assert_cmpuint (count (fixture->database, "timeline"), ==, 1);
}

static void
test_search_query_text (Fixture       *fixture,
                        gconstpointer  data)
{
  static const struct {
    const char *text;
    const char *query;
  } cases[] = {
    { "dyslexie", "\"dyslexie\"*" },
    { "  Moeder   dysl ", "\"Moeder\" \"dysl\"*" },
    { "AND", "\"AND\"*" },
    { "say \"hi\"", "\"say\" \"\"\"hi\"\"\"*" },
    { "d", "\"d\"" },
    { "- * \"", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *query = _passend_database_fts_query (cases[i].text);

      g_assert_cmpstr (query, ==, cases[i].query);
    }
}

static void
test_search_excludes_meldcode (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = _passend_database_get_handle (fixture->database);
  gint64 id;

  add_entry (fixture, fixture->student_id, 1700000000, "Signaal",
             "Blauwe plekken gezien, kindcheck gedaan.", PASSEND_CONFIDENTIALITY_MELDCODE);
  add_entry (fixture, fixture->student_id, 1700000100, "Medisch",
             "Blauwe ogen, bril nodig.", PASSEND_CONFIDENTIALITY_MEDICAL);

  g_assert_cmpuint (search_count (fixture, "kindcheck"), ==, 0);
  g_assert_cmpuint (search_count (fixture, "blauwe"), ==, 1);
  g_assert_cmpuint (search_count (fixture, "plekken"), ==, 0);

  /* Moving an entry into meldcode takes it out of the index; out again
   * puts it back. */
  id = add_entry (fixture, fixture->student_id, 1700000200, "Later", "Tweede signaal: plekken",
                  PASSEND_CONFIDENTIALITY_NORMAL);
  g_assert_cmpuint (search_count (fixture, "plekken"), ==, 1);

  g_assert_true (_passend_database_exec (fixture->database,
                                         "UPDATE timeline_entry SET confidentiality = 'meldcode' "
                                         "WHERE title = 'Later'", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (search_count (fixture, "plekken"), ==, 0);

  g_assert_true (_passend_database_exec (fixture->database,
                                         "UPDATE timeline_entry SET confidentiality = 'care' "
                                         "WHERE title = 'Later'", &error));
  g_assert_cmpuint (search_count (fixture, "plekken"), ==, 1);
  g_assert_cmpint (id, >, 0);

  /* The index itself holds no meldcode text and agrees with its content. */
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO timeline_fts (timeline_fts) VALUES ('integrity-check')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
}

static void
test_search_order_and_limit (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GListModel) results = NULL;
  g_autoptr(GError) error = NULL;
  gint64 previous = G_MAXINT64;

  for (guint i = 0; i < 30; i++)
    {
      /* Recorded out of order: the result follows occurred_at. */
      gint64 when = 1700000000 + (gint64) ((i * 7) % 30) * 86400;

      add_entry (fixture, i % 2 ? fixture->student_id : fixture->other_student_id, when,
                 "Huiswerkbegeleiding", "Planning besproken", PASSEND_CONFIDENTIALITY_NORMAL);
    }

  results = passend_database_search_entries (fixture->database, "huiswerk", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 10);

  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(PassendTimelineEntry) entry = g_list_model_get_item (results, i);

      g_assert_cmpint (passend_timeline_entry_get_occurred_at (entry), <=, previous);
      previous = passend_timeline_entry_get_occurred_at (entry);
      g_assert_nonnull (passend_timeline_entry_get_student_name (entry));
    }
  g_assert_cmpint (previous, ==, 1700000000 + 20 * 86400);

  g_clear_object (&results);
  results = passend_database_search_entries (fixture->database, "huiswerk", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
}

/* Support status and caseload */

static void
test_support_status (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GListModel) timeline = NULL;
  g_autoptr(PassendTimelineEntry) latest = NULL;
  g_autoptr(PassendTimelineEntry) first = NULL;
  g_autoptr(PassendStudent) student = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (passend_database_set_support_status (fixture->database, fixture->student_id,
                                                      PASSEND_NIVEAU_2, PASSEND_PHASE_2_CONSULTATIE,
                                                      PASSEND_REGIE_MENTOR, 0,
                                                      "Zorgen over concentratie", 1700000000, &error));
  g_assert_no_error (error);
  g_assert_true (passend_database_set_support_status (fixture->database, fixture->student_id,
                                                      PASSEND_NIVEAU_3, PASSEND_PHASE_3B_FLEX_ZAT,
                                                      PASSEND_REGIE_LECO, 0,
                                                      "Besproken in het Flex-ZAT", 1710000000, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (fixture->changes->len, ==, 4);
  assert_change (fixture, 0, "support-status", fixture->student_id);
  g_assert_cmpint (count (fixture->database, "status-history"), ==, 2);
  g_assert_cmpint (count (fixture->database, "caseload"), ==, 1);

  timeline = passend_database_list_timeline (fixture->database, fixture->student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 2);

  latest = g_list_model_get_item (timeline, 0);
  g_assert_cmpint (passend_timeline_entry_get_kind (latest), ==, PASSEND_ENTRY_KIND_STATUS_CHANGE);
  g_assert_cmpstr (passend_timeline_entry_get_title (latest), ==,
                   "Niveau 2 → 3, fase 2 → 3b, regie mentor → LeCo");
  g_assert_cmpstr (passend_timeline_entry_get_body (latest), ==, "Besproken in het Flex-ZAT");
  g_assert_cmpint (passend_timeline_entry_get_occurred_at (latest), ==, 1710000000);

  first = g_list_model_get_item (timeline, 1);
  g_assert_cmpstr (passend_timeline_entry_get_title (first), ==,
                   "In ondersteuning: niveau 2, fase 2, regie mentor");

  student = passend_database_get_student (fixture->database, fixture->student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (passend_student_get_niveau (student), ==, PASSEND_NIVEAU_3);
  g_assert_cmpint (passend_student_get_phase (student), ==, PASSEND_PHASE_3B_FLEX_ZAT);
  g_assert_cmpint (passend_student_get_regie (student), ==, PASSEND_REGIE_LECO);
  g_assert_true (passend_student_get_case_open (student));

  /* Four writes, six audit rows after the two students: each status
   * change audits the status and its timeline entry. */
  g_assert_cmpint (count (fixture->database, "audit"), ==, 6);
}

static void
test_support_status_fails_whole (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(PassendStudent) student = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (passend_database_set_support_status (fixture->database, fixture->student_id,
                                                      PASSEND_NIVEAU_2, PASSEND_PHASE_2_CONSULTATIE,
                                                      PASSEND_REGIE_MENTOR, 0, "Start", 1700000000, &error));
  g_ptr_array_set_size (fixture->changes, 0);

  /* Make the last step, the timeline entry, fail: the status and its
   * history, written before it, must be undone with it. */
  g_assert_true (_passend_database_exec (fixture->database,
                                         "CREATE TEMP TRIGGER refuse_entry BEFORE INSERT ON timeline_entry "
                                         "BEGIN SELECT RAISE (ABORT, 'refused for the test'); END",
                                         &error));
  g_assert_no_error (error);

  g_assert_false (passend_database_set_support_status (fixture->database, fixture->student_id,
                                                       PASSEND_NIVEAU_4, PASSEND_PHASE_4_TLV,
                                                       PASSEND_REGIE_OCO, 0, "Naar TLV", 1710000000, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_cmpint (count (fixture->database, "status-history"), ==, 1);
  g_assert_cmpint (count (fixture->database, "timeline"), ==, 1);
  g_assert_cmpint (count (fixture->database, "audit"), ==, 4);
  g_assert_cmpuint (fixture->changes->len, ==, 0);

  student = passend_database_get_student (fixture->database, fixture->student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (passend_student_get_niveau (student), ==, PASSEND_NIVEAU_2);
  g_assert_cmpint (passend_student_get_phase (student), ==, PASSEND_PHASE_2_CONSULTATIE);

  /* An unknown student and an unknown regie person change nothing. */
  g_assert_true (_passend_database_exec (fixture->database, "DROP TRIGGER temp.refuse_entry", &error));
  g_assert_false (passend_database_set_support_status (fixture->database, 9999,
                                                       PASSEND_NIVEAU_2, PASSEND_PHASE_2_CONSULTATIE,
                                                       PASSEND_REGIE_MENTOR, 0, "", 0, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (passend_database_set_support_status (fixture->database, fixture->student_id,
                                                       PASSEND_NIVEAU_3, PASSEND_PHASE_2_CONSULTATIE,
                                                       PASSEND_REGIE_LECO, 4242, "", 0, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (passend_database_set_support_status (fixture->database, fixture->student_id,
                                                       PASSEND_NIVEAU_NONE, PASSEND_PHASE_2_CONSULTATIE,
                                                       PASSEND_REGIE_LECO, 0, "", 0, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (count (fixture->database, "status-history"), ==, 1);
  g_assert_cmpint (count (fixture->database, "timeline"), ==, 1);
  g_assert_cmpuint (fixture->changes->len, ==, 0);
}

static void
assert_empty (const char *text)
{
  g_assert_true (text == NULL || *text == '\0');
}

static gint64
add_person (PassendDatabase *database,
            const char      *given,
            const char      *tussenvoegsel,
            const char      *family)
{
  g_autoptr(PassendPerson) person = passend_person_new ();
  g_autoptr(GError) error = NULL;

  passend_person_set_given_name (person, given);
  passend_person_set_tussenvoegsel (person, tussenvoegsel);
  passend_person_set_family_name (person, family);
  passend_person_set_role (person, "mentor");
  g_assert_true (passend_database_add_person (database, person, &error));
  g_assert_no_error (error);
  return passend_person_get_id (person);
}

static void
test_caseload (Fixture       *fixture,
               gconstpointer  data)
{
  static const char * const expected[] = { "Berg", "Vries", "Yılmaz", "Zwart" };
  PassendDatabase *database = fixture->database;
  g_autoptr(GListModel) caseload = NULL;
  g_autoptr(GError) error = NULL;
  gint64 mentor, leco;
  gint64 ids[4];

  mentor = add_person (database, "Jan", "van", "Dijk");
  leco = add_person (database, "Fatima", "", "El Amrani");

  /* In the order the school enrolled them, not by name. */
  ids[0] = add_student (database, "710001", "Bram", "", "Zwart", mentor);
  ids[1] = add_student (database, "710002", "Eva", "van den", "Berg", mentor);
  ids[2] = add_student (database, "710003", "Kees", "", "Zonder", mentor);
  ids[3] = add_student (database, "710004", "Elif", "", "Yılmaz", 0);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      if (i == 2)
        continue;
      g_assert_true (passend_database_set_support_status (database, ids[i], PASSEND_NIVEAU_3,
                                                          PASSEND_PHASE_3A_ONDERSTEUNINGSTEAM,
                                                          PASSEND_REGIE_LECO, leco, "", 0, &error));
      g_assert_no_error (error);
    }
  g_assert_true (passend_database_set_support_status (database, fixture->other_student_id,
                                                      PASSEND_NIVEAU_1, PASSEND_PHASE_1_SIGNALEREN,
                                                      PASSEND_REGIE_MENTOR, 0, "", 0, &error));

  caseload = passend_database_list_caseload (database, &error);
  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (caseload) == PASSEND_TYPE_STUDENT);
  g_assert_cmpuint (g_list_model_get_n_items (caseload), ==, 4);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (caseload, i);

      g_assert_cmpstr (passend_student_get_achternaam (student), ==, expected[i]);
      g_assert_true (passend_student_get_case_open (student));

      if (passend_student_get_niveau (student) == PASSEND_NIVEAU_3)
        {
          g_assert_cmpstr (passend_student_get_regie_name (student), ==, "Fatima El Amrani");
          g_assert_cmpint (passend_student_get_regie_person_id (student), ==, leco);
          g_assert_cmpint (passend_student_get_phase (student), ==, PASSEND_PHASE_3A_ONDERSTEUNINGSTEAM);
        }
      else
        {
          assert_empty (passend_student_get_regie_name (student));
        }

      if (g_str_equal (expected[i], "Berg") || g_str_equal (expected[i], "Zwart"))
        g_assert_cmpstr (passend_student_get_mentor_name (student), ==, "Jan van Dijk");
      else
        assert_empty (passend_student_get_mentor_name (student));
    }

  for (guint i = 1; i < g_list_model_get_n_items (caseload); i++)
    {
      g_autoptr(PassendStudent) a = g_list_model_get_item (caseload, i - 1);
      g_autoptr(PassendStudent) b = g_list_model_get_item (caseload, i);

      g_assert_cmpint (passend_student_compare_by_name (a, b), <, 0);
    }
}

/* Attachments */

static void
test_attachments_stored_once (Fixture       *fixture,
                              gconstpointer  data)
{
  static const char pdf[] = "%PDF-1.4\n% verslag van het onderzoek\n%%EOF\n";
  g_autoptr(GBytes) content = g_bytes_new_static (pdf, sizeof pdf - 1);
  g_autoptr(GBytes) other = g_bytes_new_static ("ander", 5);
  g_autoptr(GBytes) loose = g_bytes_new_static ("los", 3);
  g_autofree char *expected = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, content);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  g_autofree char *missing = NULL;
  g_autoptr(GError) error = NULL;
  gint64 entry_a, entry_b;

  entry_a = add_entry (fixture, fixture->student_id, 1700000000, "Onderzoek", "", PASSEND_CONFIDENTIALITY_NORMAL);
  entry_b = add_entry (fixture, fixture->other_student_id, 1700000000, "Onderzoek", "", PASSEND_CONFIDENTIALITY_NORMAL);
  g_ptr_array_set_size (fixture->changes, 0);

  first = passend_database_add_attachment (fixture->database, entry_a, "verslag.pdf",
                                           "application/pdf", content, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, ==, expected);
  g_assert_cmpuint (strlen (first), ==, 64);

  second = passend_database_add_attachment (fixture->database, entry_b, "kopie.pdf",
                                            "application/pdf", content, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (second, ==, first);

  third = passend_database_add_attachment (fixture->database, entry_b, "ander.txt",
                                           NULL, other, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (third, !=, first);

  g_assert_cmpint (count (fixture->database, "attachments"), ==, 3);
  g_assert_cmpint (count (fixture->database, "attachment-blobs"), ==, 2);
  g_assert_cmpuint (fixture->changes->len, ==, 3);

  /* An unknown entry stores nothing, not even the bytes. */
  missing = passend_database_add_attachment (fixture->database, 9999, "los.pdf",
                                             "application/pdf", loose, &error);
  g_assert_null (missing);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpint (count (fixture->database, "attachments"), ==, 3);
  g_assert_cmpint (count (fixture->database, "attachment-blobs"), ==, 2);
  g_assert_cmpuint (fixture->changes->len, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/store/timeline/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("order", test_timeline_order);
  ADD ("unknown-student", test_timeline_unknown_student);
  ADD ("search/body", test_search_body);
  ADD ("search/folding", test_search_folding);
  ADD ("search/syntax-is-text", test_search_syntax_is_text);
  ADD ("search/query-text", test_search_query_text);
  ADD ("search/excludes-meldcode", test_search_excludes_meldcode);
  ADD ("search/order-and-limit", test_search_order_and_limit);
  ADD ("support-status", test_support_status);
  ADD ("support-status/fails-whole", test_support_status_fails_whole);
  ADD ("caseload", test_caseload);
  ADD ("attachments/stored-once", test_attachments_stored_once);

#undef ADD

  return g_test_run ();
}
