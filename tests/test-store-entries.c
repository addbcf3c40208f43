/* test-store-entries.c
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
  gint64           other_student_id;
  gint64           third_student_id;
} Fixture;

static gint64
add_student (PassendDatabase *database,
             const char      *lvs_number,
             const char      *roepnaam,
             const char      *achternaam)
{
  g_autoptr(PassendStudent) student = passend_student_new ();
  g_autoptr(GError) error = NULL;

  passend_student_set_lvs_number (student, lvs_number);
  passend_student_set_roepnaam (student, roepnaam);
  passend_student_set_achternaam (student, achternaam);
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

  fixture->dir = g_dir_make_tmp ("passend-entries-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "passend.db", NULL);

  fixture->database = passend_database_open (path, &error);
  g_assert_no_error (error);
  passend_database_set_actor (fixture->database, "coordinator");

  fixture->student_id = add_student (fixture->database, "800001", "Sanne", "Jansen");
  fixture->other_student_id = add_student (fixture->database, "800002", "Daan", "Visser");
  fixture->third_student_id = add_student (fixture->database, "800003", "Noor", "Bakker");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "passend.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_assert_finalize_object (fixture->database);
  g_remove (path);
  g_remove (wal);
  g_remove (shm);
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static PassendTimelineEntry *
new_entry (gint64      student_id,
           const char *title,
           const char *body)
{
  PassendTimelineEntry *entry = passend_timeline_entry_new ();

  passend_timeline_entry_set_student_id (entry, student_id);
  passend_timeline_entry_set_kind (entry, PASSEND_ENTRY_KIND_CONVERSATION_PARENTS);
  passend_timeline_entry_set_occurred_at (entry, g_get_real_time () / G_USEC_PER_SEC - 3600);
  passend_timeline_entry_set_author (entry, "coordinator");
  passend_timeline_entry_set_title (entry, title);
  passend_timeline_entry_set_body (entry, body);
  return entry;
}

static gint64
save_new (Fixture    *fixture,
          gint64      student_id,
          const char *title,
          const char *body)
{
  g_autoptr(PassendTimelineEntry) entry = new_entry (student_id, title, body);
  g_autoptr(GError) error = NULL;

  g_assert_true (passend_database_save_new_entry (fixture->database, entry, 0, NULL, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (passend_timeline_entry_get_id (entry), >, 0);
  return passend_timeline_entry_get_id (entry);
}

static guint
count_search (PassendDatabase *database,
              const char      *query)
{
  g_autoptr(GListModel) results = NULL;
  g_autoptr(GError) error = NULL;

  results = passend_database_search_entries (database, query, 50, &error);
  g_assert_no_error (error);
  return g_list_model_get_n_items (results);
}

static gint64
count_rows (PassendDatabase *database,
            const char      *sql,
            gint64           id)
{
  sqlite3 *db = _passend_database_get_handle (database);
  sqlite3_stmt *statement = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (statement, 1, id);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  return n;
}

static void
test_versions_kept (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PassendTimelineEntry) entry = NULL;
  g_autoptr(PassendTimelineEntry) stored = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GHashTable) edited = NULL;
  g_autoptr(GError) error = NULL;
  PassendEntryVersion *latest;
  gint64 id = save_new (fixture, fixture->student_id, "Gesprek", "Eerste versie");
  gint64 other = save_new (fixture, fixture->student_id, "Ander", "Niet bewerkt");

  entry = passend_database_get_entry (fixture->database, id, &error);
  g_assert_no_error (error);

  /* Saving what is stored is no edit. */
  g_assert_true (passend_database_update_entry (fixture->database, entry, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM timeline_entry_version WHERE entry_id = ?1", id), ==, 0);

  passend_timeline_entry_set_body (entry, "Tweede versie");
  g_assert_true (passend_database_update_entry (fixture->database, entry, 0, &error));
  g_assert_no_error (error);
  passend_timeline_entry_set_title (entry, "Gesprek met moeder");
  passend_timeline_entry_set_body (entry, "Derde versie");
  passend_timeline_entry_set_confidentiality (entry, PASSEND_CONFIDENTIALITY_CARE);
  g_assert_true (passend_database_update_entry (fixture->database, entry, 0, &error));
  g_assert_no_error (error);

  stored = passend_database_get_entry (fixture->database, id, &error);
  g_assert_cmpstr (passend_timeline_entry_get_body (stored), ==, "Derde versie");
  g_assert_cmpint (passend_timeline_entry_get_confidentiality (stored), ==, PASSEND_CONFIDENTIALITY_CARE);

  versions = passend_database_list_entry_versions (fixture->database, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 2);
  latest = g_ptr_array_index (versions, 0);
  g_assert_cmpstr (passend_timeline_entry_get_body (latest->entry), ==, "Tweede versie");
  g_assert_cmpstr (passend_timeline_entry_get_title (latest->entry), ==, "Gesprek");
  g_assert_cmpstr (latest->replaced_by, ==, "coordinator");
  g_assert_cmpstr (passend_timeline_entry_get_body (((PassendEntryVersion *) g_ptr_array_index (versions, 1))->entry),
                   ==, "Eerste versie");

  /* The old text is searchable no more; the audit has the edits, not the text. */
  g_assert_cmpuint (count_search (fixture->database, "Eerste"), ==, 0);
  g_assert_cmpuint (count_search (fixture->database, "Derde"), ==, 1);
  g_assert_cmpint (count_rows (fixture->database,
                               "SELECT count(*) FROM audit_log WHERE action = 'update' AND entity_id = ?1", id), ==, 2);
  g_assert_cmpint (count_rows (fixture->database,
                               "SELECT count(*) FROM audit_log WHERE instr (detail, 'versie') > 0 AND ?1", 1), ==, 0);

  edited = passend_database_list_edited_entries (fixture->database, fixture->student_id, &error);
  g_assert_no_error (error);
  g_assert_true (g_hash_table_contains (edited, &id));
  g_assert_false (g_hash_table_contains (edited, &other));
}

static void
test_refuses_future (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PassendTimelineEntry) entry = new_entry (fixture->student_id, "Later", "Nog niet gebeurd");
  g_autoptr(PassendTimelineEntry) empty = new_entry (fixture->student_id, " ", "");
  g_autoptr(GError) error = NULL;

  passend_timeline_entry_set_occurred_at (entry, g_get_real_time () / G_USEC_PER_SEC + 2 * 86400);
  g_assert_false (passend_database_save_new_entry (fixture->database, entry, 0, NULL, 0, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (passend_database_save_new_entry (fixture->database, empty, 0, NULL, 0, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_assert_cmpint (passend_database_count (fixture->database, "timeline", NULL), ==, 0);
}

static void
test_delete_restore (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PassendTimelineEntry) entry = NULL;
  g_autoptr(PassendTimelineEntry) restored = NULL;
  g_autoptr(PassendDeletedEntry) deleted = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static ("%PDF-1.4 test", 13);
  g_autofree char *sha = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = save_new (fixture, fixture->student_id, "Verslag", "Schoolweigering besproken");
  gint64 created_at = count_rows (fixture->database, "SELECT created_at FROM timeline_entry WHERE id = ?1", id);

  entry = passend_database_get_entry (fixture->database, id, &error);
  passend_timeline_entry_set_body (entry, "Schoolweigering en thuiszitten besproken");
  g_assert_true (passend_database_update_entry (fixture->database, entry, 0, &error));
  sha = passend_database_add_attachment (fixture->database, id, "verslag.pdf", "application/pdf", bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_search (fixture->database, "thuiszitten"), ==, 1);

  deleted = passend_database_delete_entry (fixture->database, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deleted);
  g_assert_cmpint (passend_deleted_entry_get_student_id (deleted), ==, fixture->student_id);
  g_assert_cmpuint (count_search (fixture->database, "thuiszitten"), ==, 0);
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM timeline_entry_version WHERE entry_id = ?1", id), ==, 0);
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM attachment WHERE entry_id = ?1", id), ==, 0);
  g_assert_null (passend_database_get_entry (fixture->database, id, NULL));

  g_assert_true (passend_database_restore_entry (fixture->database, deleted, &error));
  g_assert_no_error (error);

  restored = passend_database_get_entry (fixture->database, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (passend_timeline_entry_get_body (restored), ==, "Schoolweigering en thuiszitten besproken");
  g_assert_cmpint (passend_timeline_entry_get_occurred_at (restored), ==, passend_timeline_entry_get_occurred_at (entry));
  g_assert_cmpint (count_rows (fixture->database, "SELECT created_at FROM timeline_entry WHERE id = ?1", id), ==, created_at);
  g_assert_cmpuint (count_search (fixture->database, "thuiszitten"), ==, 1);
  g_assert_cmpuint (count_search (fixture->database, "Schoolweigering"), ==, 1);
  versions = passend_database_list_entry_versions (fixture->database, id, &error);
  g_assert_cmpuint (versions->len, ==, 1);
  g_assert_cmpint (count_rows (fixture->database,
                               "SELECT count(*) FROM attachment WHERE entry_id = ?1 AND file_name = 'verslag.pdf'", id), ==, 1);

  /* Restoring twice would make a second row with the same id. */
  g_assert_false (passend_database_restore_entry (fixture->database, deleted, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (passend_database_count (fixture->database, "timeline", NULL), ==, 1);
}

static void
test_drafts (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(PassendTimelineEntry) draft = new_entry (fixture->student_id, "", "Aanwezig: moeder");
  g_autoptr(PassendTimelineEntry) loaded = NULL;
  g_autoptr(PassendTimelineEntry) none = NULL;
  g_autoptr(GError) error = NULL;
  gint64 draft_id = 0;
  gint64 loaded_id = 0;

  g_assert_true (passend_database_save_draft (fixture->database, draft, &draft_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (draft_id, >, 0);

  passend_timeline_entry_set_body (draft, "Aanwezig: moeder, mentor");
  passend_timeline_entry_set_is_fact (draft, FALSE);
  g_assert_true (passend_database_save_draft (fixture->database, draft, &draft_id, &error));
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM entry_draft WHERE ?1", 1), ==, 1);

  loaded = passend_database_get_draft (fixture->database, fixture->student_id, 0, &loaded_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_cmpint (loaded_id, ==, draft_id);
  g_assert_cmpstr (passend_timeline_entry_get_body (loaded), ==, "Aanwezig: moeder, mentor");
  g_assert_false (passend_timeline_entry_get_is_fact (loaded));

  /* Another student, or an edit of a stored entry, has no draft. */
  none = passend_database_get_draft (fixture->database, fixture->other_student_id, 0, &loaded_id, &error);
  g_assert_no_error (error);
  g_assert_null (none);

  passend_timeline_entry_set_title (loaded, "Gesprek");
  g_assert_true (passend_database_save_new_entry (fixture->database, loaded, draft_id, NULL, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM entry_draft WHERE ?1", 1), ==, 0);
  g_assert_null (passend_database_get_draft (fixture->database, fixture->student_id, 0, &loaded_id, &error));
  g_assert_no_error (error);
}

static void
test_failed_save_keeps_draft (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(PassendTimelineEntry) draft = new_entry (fixture->student_id, "Gesprek", "Nog bewaren");
  g_autoptr(GError) error = NULL;
  gint64 draft_id = 0;
  gint64 unknown_student = 999999;

  g_assert_true (passend_database_save_draft (fixture->database, draft, &draft_id, &error));
  /* A copy for a student that does not exist fails the whole save. */
  g_assert_false (passend_database_save_new_entry (fixture->database, draft, draft_id, &unknown_student, 1, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (count_rows (fixture->database, "SELECT count(*) FROM entry_draft WHERE id = ?1", draft_id), ==, 1);
  g_assert_cmpint (passend_database_count (fixture->database, "timeline", NULL), ==, 0);
}

static void
test_linked_copies (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PassendTimelineEntry) entry = new_entry (fixture->student_id, "Incident op het plein",
                                                     "Ruzie in de pauze, twee leerlingen betrokken.");
  g_autoptr(GListModel) mine = NULL;
  g_autoptr(GListModel) theirs = NULL;
  g_autoptr(GListModel) third = NULL;
  g_autoptr(PassendTimelineEntry) copy = NULL;
  g_autoptr(PassendTimelineEntry) original = NULL;
  g_autoptr(GError) error = NULL;
  gint64 also_for[] = { fixture->other_student_id, fixture->third_student_id };
  gint64 group;

  passend_timeline_entry_set_kind (entry, PASSEND_ENTRY_KIND_INCIDENT);
  g_assert_true (passend_database_save_new_entry (fixture->database, entry, 0, also_for, 2, &error));
  g_assert_no_error (error);

  mine = passend_database_list_timeline (fixture->database, fixture->student_id, &error);
  theirs = passend_database_list_timeline (fixture->database, fixture->other_student_id, &error);
  third = passend_database_list_timeline (fixture->database, fixture->third_student_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (mine), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (theirs), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (third), ==, 1);

  copy = g_list_model_get_item (theirs, 0);
  g_assert_cmpint (passend_timeline_entry_get_id (copy), !=, passend_timeline_entry_get_id (entry));
  g_assert_cmpint (passend_timeline_entry_get_student_id (copy), ==, fixture->other_student_id);
  g_assert_cmpint (passend_timeline_entry_get_kind (copy), ==, PASSEND_ENTRY_KIND_INCIDENT);
  group = passend_database_get_link_group (fixture->database, passend_timeline_entry_get_id (entry), &error);
  g_assert_cmpint (group, >, 0);
  g_assert_cmpint (passend_database_get_link_group (fixture->database, passend_timeline_entry_get_id (copy), &error),
                   ==, group);

  /* No copy names the other students. */
  for (GListModel *list = theirs; list != NULL; list = (list == theirs) ? third : NULL)
    {
      g_autoptr(PassendTimelineEntry) item = g_list_model_get_item (list, 0);
      g_autofree char *all = g_strjoin ("|", passend_timeline_entry_get_title (item),
                                        passend_timeline_entry_get_body (item),
                                        passend_timeline_entry_get_author (item), NULL);

      g_assert_null (strstr (all, "Sanne"));
      g_assert_null (strstr (all, "Daan"));
      g_assert_null (strstr (all, "Noor"));
    }

  /* Editing one copy leaves the others alone. */
  passend_timeline_entry_set_body (copy, "Daan was erbij betrokken.");
  g_assert_true (passend_database_update_entry (fixture->database, copy, 0, &error));
  g_assert_no_error (error);
  original = passend_database_get_entry (fixture->database, passend_timeline_entry_get_id (entry), &error);
  g_assert_cmpstr (passend_timeline_entry_get_body (original), ==, "Ruzie in de pauze, twee leerlingen betrokken.");
}

static void
test_student_search (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GListModel) results = NULL;
  g_autoptr(PassendTimelineEntry) hit = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = save_new (fixture, fixture->student_id, "Faalangst", "Faalangsttraining aangevraagd");
  save_new (fixture, fixture->student_id, "Overig", "Gesprek over roosters");
  save_new (fixture, fixture->other_student_id, "Faalangst", "Faalangsttraining gestart");

  results = passend_database_search_student_entries (fixture->database, fixture->student_id, "faalangs", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  hit = g_list_model_get_item (results, 0);
  g_assert_cmpint (passend_timeline_entry_get_id (hit), ==, id);
  g_assert_cmpuint (count_search (fixture->database, "faalangs"), ==, 2);
}

static void
test_snippet_markup (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) terms = NULL;
  g_autofree char *markup = NULL;
  gboolean last_is_prefix = FALSE;
  PassendSearchHit *hit;

  save_new (fixture, fixture->student_id, "Ruzie <i>online</i>", "Tom & Jerry schreven <b>vet</b> in de ruzie-app");

  hits = passend_database_search_entry_snippets (fixture->database, "ruzie", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  hit = g_ptr_array_index (hits, 0);
  g_assert_cmpstr (passend_timeline_entry_get_student_name (hit->entry), ==, "Sanne Jansen");
  g_assert_nonnull (strstr (hit->snippet_markup, "Tom &amp; Jerry"));
  g_assert_nonnull (strstr (hit->snippet_markup, "&lt;b&gt;vet&lt;/b&gt;"));
  g_assert_nonnull (strstr (hit->snippet_markup, "<b>ruzie</b>"));
  g_assert_null (strstr (hit->snippet_markup, "<b>vet"));
  g_assert_cmpstr (hit->title_markup, ==, "<b>Ruzie</b> &lt;i&gt;online&lt;/i&gt;");

  /* Case and accents as the index ignores them; the last word a prefix;
   * a long text cut around the first hit. */
  terms = _passend_search_terms ("ZOE gespr", &last_is_prefix);
  g_assert_true (last_is_prefix);
  markup = _passend_search_markup ("Gesprekken met Zoë & <moeder>", terms, last_is_prefix, 0);
  g_assert_cmpstr (markup, ==, "<b>Gesprekken</b> met <b>Zoë</b> &amp; &lt;moeder&gt;");
  g_clear_pointer (&markup, g_free);
  markup = _passend_search_markup ("een twee drie vier vijf zes zeven acht negen tien elf twaalf "
                                   "dertien veertien vijftien zestien zeventien achttien zoe negentien "
                                   "twintig eenentwintig tweeëntwintig drieëntwintig vierentwintig "
                                   "vijfentwintig zesentwintig zevenentwintig achtentwintig negenentwintig dertig "
                                   "eenendertig tweeëndertig", terms, last_is_prefix, 16);
  g_assert_true (g_str_has_prefix (markup, "…zestien zeventien achttien <b>zoe</b> negentien"));
  g_assert_true (g_str_has_suffix (markup, "…"));
  g_clear_pointer (&markup, g_free);
  /* A hit near the end still gets a full snippet. */
  markup = _passend_search_markup ("een twee drie vier vijf zes zeven acht negen tien elf twaalf "
                                   "dertien veertien vijftien zestien zeventien achttien zoe negentien",
                                   terms, last_is_prefix, 16);
  g_assert_cmpstr (markup, ==, "…vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien "
                               "zestien zeventien achttien <b>zoe</b> negentien");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/entries/versions-kept", test_versions_kept);
  ADD ("/store/entries/refuses-future", test_refuses_future);
  ADD ("/store/entries/delete-restore", test_delete_restore);
  ADD ("/store/entries/drafts", test_drafts);
  ADD ("/store/entries/failed-save-keeps-draft", test_failed_save_keeps_draft);
  ADD ("/store/entries/linked-copies", test_linked_copies);
  ADD ("/store/entries/student-search", test_student_search);
  ADD ("/store/entries/snippet-markup", test_snippet_markup);

#undef ADD

  return g_test_run ();
}
