/* test-store-database.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "passend-database-private.h"
#include "passend-test-damage.h"

typedef struct
{
  char      *dir;
  char      *path;
  GPtrArray *changes;   /* "entity:id" per emission of "changed" */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("passend-store-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "passend.db", NULL);
  fixture->changes = g_ptr_array_new_with_free_func (g_free);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_remove (path);
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_ptr_array_unref (fixture->changes);
}

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

static PassendDatabase *
open_watched (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  PassendDatabase *database = passend_database_open (fixture->path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (database);
  g_signal_connect (database, "changed", G_CALLBACK (on_changed), fixture);
  return database;
}

static PassendStudent *
make_student (const char *lvs_number,
              const char *roepnaam,
              const char *tussenvoegsel,
              const char *achternaam)
{
  PassendStudent *student = passend_student_new ();

  passend_student_set_lvs_number (student, lvs_number);
  passend_student_set_roepnaam (student, roepnaam);
  passend_student_set_tussenvoegsel (student, tussenvoegsel);
  passend_student_set_achternaam (student, achternaam);
  passend_student_set_class_name (student, "2B");
  passend_student_set_year (student, 2);
  return student;
}

static gint64
add_student (PassendDatabase *database,
             const char      *lvs_number,
             const char      *roepnaam,
             const char      *tussenvoegsel,
             const char      *achternaam)
{
  g_autoptr(PassendStudent) student = make_student (lvs_number, roepnaam, tussenvoegsel, achternaam);
  g_autoptr(GError) error = NULL;

  g_assert_true (passend_database_add_student (database, student, &error));
  g_assert_no_error (error);
  g_assert_cmpint (passend_student_get_id (student), >, 0);
  return passend_student_get_id (student);
}

static gint64
add_person (PassendDatabase *database,
            const char      *given,
            const char      *tussenvoegsel,
            const char      *family,
            const char      *role)
{
  g_autoptr(PassendPerson) person = passend_person_new ();
  g_autoptr(GError) error = NULL;

  passend_person_set_given_name (person, given);
  passend_person_set_tussenvoegsel (person, tussenvoegsel);
  passend_person_set_family_name (person, family);
  passend_person_set_role (person, role);
  g_assert_true (passend_database_add_person (database, person, &error));
  g_assert_no_error (error);
  return passend_person_get_id (person);
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
file_checksum (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
assert_side_files_absent (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
}

/* Opening */

static void
test_open_fresh (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *nested = g_build_filename (fixture->dir, "a", "b", "passend.db", NULL);
  g_autofree char *nested_dir = g_path_get_dirname (nested);
  GStatBuf st;

  database = passend_database_open (nested, &error);
  g_assert_no_error (error);
  g_assert_cmpint (passend_database_get_version (database), ==, passend_database_get_latest_version ());
  g_assert_cmpint (passend_database_get_latest_version (), >=, 1);
  g_assert_cmpstr (passend_database_get_path (database), ==, nested);
  g_assert_cmpint (query_int (database, "PRAGMA application_id"), ==, PASSEND_DATABASE_APPLICATION_ID);

  g_assert_cmpint (g_stat (nested_dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
}

static void
test_open_odd_path (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *odd = g_build_filename (fixture->dir, "zorg 2026 #1?v=2%20ë.db", NULL);
  g_autoptr(GError) error = NULL;
  PassendDatabase *database;

  /* The file is inspected through an SQLite URI the second time: its
   * name must survive the escaping. */
  for (guint i = 0; i < 2; i++)
    {
      database = passend_database_open (odd, &error);
      g_assert_no_error (error);
      if (i == 0)
        add_student (database, "120001", "Sanne", "", "Jansen");
      else
        g_assert_cmpint (count (database, "students"), ==, 1);
      g_assert_finalize_object (database);
    }

  g_assert_true (g_file_test (odd, G_FILE_TEST_IS_REGULAR));
}

static void
assert_mode_0600 (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_open_file_modes (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);
  mode_t old_umask = umask (0022);
  PassendDatabase *database;

  database = open_watched (fixture);
  add_student (database, "100001", "Sanne", "", "Jansen");

  assert_mode_0600 (fixture->path);
  assert_mode_0600 (wal);
  assert_mode_0600 (shm);
  g_object_unref (database);

  /* A file someone loosened is tightened again when opened. */
  g_assert_cmpint (g_chmod (fixture->path, 0644), ==, 0);
  database = open_watched (fixture);
  assert_mode_0600 (fixture->path);
  g_object_unref (database);

  umask (old_umask);
}

static void
test_open_pragmas (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = open_watched (fixture);
  sqlite3_stmt *statement = NULL;
  sqlite3 *db = _passend_database_get_handle (database);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &statement, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (statement, 0), ==, "wal");
  sqlite3_finalize (statement);

  g_assert_cmpint (query_int (database, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query_int (database, "PRAGMA synchronous"), ==, 2);
  g_assert_cmpint (query_int (database, "PRAGMA secure_delete"), ==, 1);

  /* Foreign keys are enforced, not only switched on. */
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO guardian (student_id, achternaam) VALUES (4242, 'X')",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT_FOREIGNKEY);
}

static void
test_open_too_new (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *newer_pragma = NULL;
  g_autofree char *newer_text = NULL;
  PassendDatabase *database;

  database = open_watched (fixture);
  add_student (database, "100001", "Sanne", "", "Jansen");
  g_object_unref (database);
  /* One past what this version knows. */
  newer_pragma = g_strdup_printf ("PRAGMA user_version = %d", passend_database_get_latest_version () + 1);
  newer_text = g_strdup_printf ("schema version %d", passend_database_get_latest_version () + 1);
  raw_exec (fixture->path, newer_pragma);
  assert_side_files_absent (fixture->path);

  before = file_checksum (fixture->path);
  database = passend_database_open (fixture->path, &error);
  g_assert_null (database);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, newer_text));
  g_assert_nonnull (strstr (error->message, "passend.db"));

  after = file_checksum (fixture->path);
  g_assert_cmpstr (before, ==, after);
  assert_side_files_absent (fixture->path);
}

static void
assert_refused_untouched (const char *path,
                          int         code)
{
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = file_checksum (path);
  g_autofree char *after = NULL;
  GStatBuf st_before;
  GStatBuf st_after;

  g_assert_cmpint (g_stat (path, &st_before), ==, 0);

  database = passend_database_open (path, &error);
  g_assert_null (database);
  g_assert_error (error, PASSEND_DATABASE_ERROR, code);
  g_assert_cmpstr (error->message, !=, "");
  g_test_message ("%s", error->message);

  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (g_stat (path, &st_after), ==, 0);
  g_assert_cmpint (st_before.st_mode, ==, st_after.st_mode);
  assert_side_files_absent (path);
}

static void
test_open_text_file (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < 200; i++)
    g_string_append (text, "Dit is geen database, maar een boodschappenlijst.\n");

  g_file_set_contents (fixture->path, text->str, (gssize) text->len, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (fixture->path, 0644), ==, 0);
  assert_refused_untouched (fixture->path, PASSEND_DATABASE_ERROR_NOT_PASSEND);

  /* Shorter than an SQLite header. */
  g_file_set_contents (fixture->path, "hallo\n", -1, &error);
  g_assert_no_error (error);
  assert_refused_untouched (fixture->path, PASSEND_DATABASE_ERROR_NOT_PASSEND);
}

static void
test_open_foreign_sqlite (Fixture       *fixture,
                          gconstpointer  data)
{
  raw_exec (fixture->path,
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);"
            "INSERT INTO notes (text) VALUES ('van een ander programma');");
  assert_refused_untouched (fixture->path, PASSEND_DATABASE_ERROR_NOT_PASSEND);

  /* The same in WAL mode: still no -wal or -shm may appear. */
  raw_exec (fixture->path, "PRAGMA journal_mode = WAL");
  assert_refused_untouched (fixture->path, PASSEND_DATABASE_ERROR_NOT_PASSEND);

  /* Another program's application_id, even without tables. */
  g_remove (fixture->path);
  raw_exec (fixture->path, "PRAGMA application_id = 1234; PRAGMA user_version = 1");
  assert_refused_untouched (fixture->path, PASSEND_DATABASE_ERROR_NOT_PASSEND);
}

static void
test_open_empty_sqlite (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  /* An empty file, as `touch` leaves it, becomes a Passend database. */
  g_file_set_contents (fixture->path, "", 0, &error);
  g_assert_no_error (error);

  database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (passend_database_get_version (database), ==, passend_database_get_latest_version ());
}

/* Fills a database with students and their timelines, then overwrites one
 * leaf page of @table in the file, as a failing disk would. */
static void
damage_table (Fixture    *fixture,
              const char *table)
{
  g_autoptr(GError) error = NULL;
  PassendDatabase *database;

  database = open_watched (fixture);
  g_assert_true (passend_database_begin_batch (database, &error));
  for (guint i = 0; i < 400; i++)
    {
      g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();
      g_autofree char *lvs = g_strdup_printf ("%u", 200000 + i);
      g_autofree char *family = g_strdup_printf ("Achternaam%u", i);

      passend_timeline_entry_set_student_id (entry, add_student (database, lvs, "Voornaam", "", family));
      passend_timeline_entry_set_occurred_at (entry, 1790000000 + i);
      passend_timeline_entry_set_title (entry, "Mentorgesprek over de voortgang en het welbevinden");
      g_assert_true (passend_database_add_entry (database, entry, &error));
    }
  g_assert_true (passend_database_commit_batch (database, &error));
  g_assert_no_error (error);
  g_object_unref (database);
  assert_side_files_absent (fixture->path);

  passend_test_damage_table (fixture->path, table);
}

static void
test_open_damaged (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PassendDatabase *database;

  damage_table (fixture, "student");

  database = passend_database_open (fixture->path, &error);
  g_assert_null (database);
  g_assert_nonnull (error);
  g_assert_true (error->domain == PASSEND_DATABASE_ERROR);
  g_assert_true (error->code == PASSEND_DATABASE_ERROR_CORRUPT ||
                 error->code == PASSEND_DATABASE_ERROR_NOT_PASSEND);
  g_assert_nonnull (strstr (error->message, "passend.db"));
  g_assert_nonnull (strstr (error->message, "not changed"));
  g_clear_error (&error);

  assert_refused_untouched (fixture->path, PASSEND_DATABASE_ERROR_CORRUPT);
}

static void
verify_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GError **error = user_data;

  passend_database_verify_bulk_finish (PASSEND_DATABASE (source), result, error);
  *error = *error != NULL ? *error : g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "ok");
}

/* Runs the background check of the bulk tables and waits for it. Returns
 * NULL when the tables are healthy. */
static GError *
verify_bulk (PassendDatabase *database,
             GCancellable    *cancellable)
{
  GError *error = NULL;

  passend_database_verify_bulk_async (database, cancellable, verify_done_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    g_clear_error (&error);
  return error;
}

static void
test_verify_bulk_healthy (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = open_watched (fixture);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  add_student (database, "300001", "Fenna", "", "Bos");
  g_assert_no_error (verify_bulk (database, NULL));
  g_assert_false (passend_database_is_damaged (database));

  g_cancellable_cancel (cancellable);
  error = verify_bulk (database, cancellable);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (passend_database_is_damaged (database));
}

static void
test_verify_bulk_damaged (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(PassendStudent) student = make_student ("300002", "Bram", "van", "Dijk");
  g_autoptr(GError) error = NULL;
  gint64 students;

  damage_table (fixture, "timeline_entry");

  /* Opening checks the tables the window needs and succeeds; the damage
   * in the timeline is found right after, in the background. */
  database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_false (passend_database_is_damaged (database));
  students = count (database, "students");

  error = verify_bulk (database, NULL);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "passend.db"));
  g_assert_nonnull (strstr (error->message, "backup"));
  g_clear_error (&error);
  g_assert_true (passend_database_is_damaged (database));

  /* From then on nothing is written. */
  g_assert_false (passend_database_add_student (database, student, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CORRUPT);
  g_assert_cmpint (count (database, "students"), ==, students);
}

static void
test_open_second_connection (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(PassendDatabase) first = open_watched (fixture);
  g_autoptr(PassendDatabase) second = NULL;
  g_autoptr(PassendStudent) student = make_student ("110002", "Daan", "de", "Vries");
  g_autoptr(PassendStudent) seen = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  /* A worker thread or a second window opens its own connection while
   * the first is in use; each sees what the other committed. */
  id = add_student (first, "110001", "Sanne", "", "Jansen");
  second = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);

  seen = passend_database_get_student (second, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (passend_student_get_achternaam (seen), ==, "Jansen");

  /* While one holds the write lock, the other gets a clear BUSY error
   * (after the busy timeout) and changes nothing. */
  g_assert_true (passend_database_begin_batch (first, &error));
  add_student (first, "110003", "Noor", "", "Bakker");
  _passend_database_set_busy_timeout (second, 200);
  g_assert_false (passend_database_add_student (second, student, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "locked by another program"));
  g_clear_error (&error);
  g_assert_true (passend_database_commit_batch (first, &error));
  g_assert_no_error (error);

  g_assert_true (passend_database_add_student (second, student, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (first, "students"), ==, 3);
}

static void
test_open_read_only (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PassendDatabase *database;

  if (geteuid () == 0)
    {
      g_test_skip ("File modes do not bind root");
      return;
    }

  database = open_watched (fixture);
  g_object_unref (database);
  g_assert_cmpint (g_chmod (fixture->path, 0400), ==, 0);

  database = passend_database_open (fixture->path, &error);
  g_assert_null (database);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_READ_ONLY);
  g_assert_cmpint (g_chmod (fixture->path, 0600), ==, 0);
}

/* Writes */

static void
test_write_rollback (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = open_watched (fixture);
  g_autoptr(PassendStudent) duplicate = make_student ("123456", "Ander", "", "Kind");
  g_autoptr(GError) error = NULL;

  add_student (database, "123456", "Sanne", "", "Jansen");
  g_assert_cmpuint (fixture->changes->len, ==, 1);
  g_assert_cmpint (count (database, "audit"), ==, 1);

  g_assert_false (passend_database_add_student (database, duplicate, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==, "A student with LVS number 123456 already exists.");
  g_clear_error (&error);

  g_assert_cmpint (passend_student_get_id (duplicate), ==, 0);
  g_assert_cmpint (count (database, "students"), ==, 1);
  g_assert_cmpint (count (database, "audit"), ==, 1);
  g_assert_cmpuint (fixture->changes->len, ==, 1);

  /* The connection is fine afterwards. */
  add_student (database, "123457", "Ander", "", "Kind");
  g_assert_cmpint (count (database, "students"), ==, 2);
}

static void
test_write_invalid (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = open_watched (fixture);
  g_autoptr(PassendStudent) nameless = make_student ("1", "Sanne", "", "  ");
  g_autoptr(PassendStudent) no_lvs = make_student ("", "Sanne", "", "Jansen");
  g_autoptr(PassendStudent) unknown_mentor = make_student ("2", "Sanne", "", "Jansen");
  g_autoptr(GError) error = NULL;

  g_assert_false (passend_database_add_student (database, nameless, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (passend_database_add_student (database, no_lvs, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  passend_student_set_mentor_id (unknown_mentor, 999);
  g_assert_false (passend_database_add_student (database, unknown_mentor, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  g_assert_cmpint (count (database, "students"), ==, 0);
  g_assert_cmpint (count (database, "audit"), ==, 0);
  g_assert_cmpuint (fixture->changes->len, ==, 0);
}

static void
test_write_audit (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = open_watched (fixture);
  g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *statement = NULL;
  gint64 student_id;
  guint n_rows = 0;

  passend_database_set_actor (database, "M. Coördinator");
  g_assert_cmpstr (passend_database_get_actor (database), ==, "M. Coördinator");

  student_id = add_student (database, "555001", "Geheimvoornaam", "", "Geheimachternaam");
  passend_timeline_entry_set_student_id (entry, student_id);
  passend_timeline_entry_set_kind (entry, PASSEND_ENTRY_KIND_OBSERVATION);
  passend_timeline_entry_set_occurred_at (entry, 1700000000);
  passend_timeline_entry_set_title (entry, "Geheime titel");
  passend_timeline_entry_set_body (entry, "Vertrouwelijke inhoud over thuis");
  g_assert_true (passend_database_add_entry (database, entry, &error));
  g_assert_no_error (error);

  g_assert_cmpint (count (database, "audit"), ==, 2);

  g_assert_cmpint (sqlite3_prepare_v2 (_passend_database_get_handle (database),
                                       "SELECT actor, action, entity, entity_id, detail, at "
                                       "FROM audit_log ORDER BY id", -1, &statement, NULL), ==, SQLITE_OK);
  while (sqlite3_step (statement) == SQLITE_ROW)
    {
      g_assert_cmpstr ((const char *) sqlite3_column_text (statement, 0), ==, "M. Coördinator");
      g_assert_cmpstr ((const char *) sqlite3_column_text (statement, 1), ==, "create");
      g_assert_cmpstr ((const char *) sqlite3_column_text (statement, 4), ==, "");
      g_assert_cmpint (sqlite3_column_int64 (statement, 5), >, 1600000000);
      if (n_rows == 0)
        {
          g_assert_cmpstr ((const char *) sqlite3_column_text (statement, 2), ==, "student");
          g_assert_cmpint (sqlite3_column_int64 (statement, 3), ==, student_id);
        }
      else
        {
          g_assert_cmpstr ((const char *) sqlite3_column_text (statement, 2), ==, "timeline-entry");
          g_assert_cmpint (sqlite3_column_int64 (statement, 3), ==, passend_timeline_entry_get_id (entry));
        }
      n_rows++;
    }
  sqlite3_finalize (statement);
  g_assert_cmpuint (n_rows, ==, 2);

  /* No content anywhere in the log. */
  g_assert_cmpint (query_int (database,
                              "SELECT count(*) FROM audit_log WHERE "
                              "actor || action || entity || detail LIKE '%Geheim%' OR "
                              "actor || action || entity || detail LIKE '%Vertrouwelijk%' OR "
                              "actor || action || entity || detail LIKE '%555001%'"), ==, 0);
}

static void
test_batch_commit (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = open_watched (fixture);
  g_autoptr(PassendStudent) duplicate = make_student ("300001", "Dubbel", "", "Kind");
  g_autoptr(GError) error = NULL;

  g_assert_true (passend_database_begin_batch (database, &error));
  g_assert_no_error (error);

  g_assert_false (passend_database_begin_batch (database, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  add_student (database, "300001", "Sanne", "", "Jansen");
  add_student (database, "300002", "Daan", "de", "Vries");

  /* A failing call undoes itself only; the batch goes on. */
  g_assert_false (passend_database_add_student (database, duplicate, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  add_student (database, "300003", "Noor", "", "Bakker");
  add_person (database, "Jan", "van", "Dijk", "mentor");
  g_assert_cmpuint (fixture->changes->len, ==, 0);

  g_assert_true (passend_database_commit_batch (database, &error));
  g_assert_no_error (error);

  g_assert_cmpint (count (database, "students"), ==, 3);
  g_assert_cmpint (count (database, "audit"), ==, 4);
  g_assert_cmpuint (fixture->changes->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (fixture->changes, 0), ==, "student:0");
  g_assert_cmpstr (g_ptr_array_index (fixture->changes, 1), ==, "person:0");

  g_assert_false (passend_database_commit_batch (database, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
}

static void
test_batch_rollback (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = open_watched (fixture);
  g_autoptr(GError) error = NULL;

  add_student (database, "400001", "Sanne", "", "Jansen");
  g_ptr_array_set_size (fixture->changes, 0);

  g_assert_true (passend_database_begin_batch (database, &error));
  add_student (database, "400002", "Daan", "de", "Vries");
  add_person (database, "Jan", "van", "Dijk", "mentor");
  passend_database_rollback_batch (database);

  g_assert_cmpint (count (database, "students"), ==, 1);
  g_assert_cmpint (count (database, "people"), ==, 0);
  g_assert_cmpint (count (database, "audit"), ==, 1);
  g_assert_cmpuint (fixture->changes->len, ==, 0);

  /* Writes after the batch commit on their own again. */
  add_student (database, "400002", "Daan", "de", "Vries");
  g_assert_cmpuint (fixture->changes->len, ==, 1);
  g_assert_cmpint (count (database, "students"), ==, 2);
}

static void
test_count_unknown (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = open_watched (fixture);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (passend_database_count (database, "student; DROP TABLE student", &error), ==, -1);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (passend_database_count (database, "Students", &error), ==, -1);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  add_student (database, "500001", "Sanne", "", "Jansen");
  g_assert_cmpint (count (database, "students"), ==, 1);
  g_assert_cmpint (count (database, "timeline"), ==, 0);
  g_assert_cmpint (count (database, "caseload"), ==, 0);
  g_assert_cmpint (count (database, "guardians"), ==, 0);
  g_assert_cmpint (count (database, "organisations"), ==, 0);
  g_assert_cmpint (count (database, "attachments"), ==, 0);
}

static void
test_integrity (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = open_watched (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;

  add_student (database, "600001", "Sanne", "", "Jansen");
  g_assert_true (passend_database_check_integrity (database, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (report, ==, "ok");
}

/* Records */

static void
test_school (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = open_watched (fixture);
  g_autoptr(PassendSchool) school = NULL;
  g_autoptr(PassendSchool) stored = NULL;
  g_autoptr(GError) error = NULL;

  school = passend_database_get_school (database, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (passend_school_get_name (school), ==, "");

  passend_school_set_name (school, "Het Groene Lyceum");
  passend_school_set_brin (school, "12AB");
  passend_school_set_city (school, "Gouda");
  passend_school_set_swv_name (school, "SWV Midden-Holland");
  passend_school_set_coordinator_name (school, "Marieke Smit");
  g_assert_true (passend_database_set_school (database, school, &error));
  g_assert_no_error (error);

  stored = passend_database_get_school (database, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (passend_school_get_name (stored), ==, "Het Groene Lyceum");
  g_assert_cmpstr (passend_school_get_brin (stored), ==, "12AB");
  g_assert_cmpstr (passend_school_get_city (stored), ==, "Gouda");
  g_assert_cmpstr (passend_school_get_swv_name (stored), ==, "SWV Midden-Holland");
  g_assert_cmpstr (passend_school_get_coordinator_name (stored), ==, "Marieke Smit");

  g_assert_cmpuint (fixture->changes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->changes, 0), ==, "school:1");
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM school"), ==, 1);
  g_assert_cmpint (count (database, "audit"), ==, 1);
}

static void
test_students_round_trip (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = open_watched (fixture);
  g_autoptr(PassendStudent) student = make_student ("654321", "Daan", "de", "Vries");
  g_autoptr(PassendStudent) stored = NULL;
  g_autoptr(PassendStudent) missing = NULL;
  g_autoptr(GError) error = NULL;
  gint64 mentor;

  mentor = add_person (database, "Jan", "van", "Dijk", "mentor");
  passend_student_set_voorletters (student, "D.J.");
  passend_student_set_birth_date (student, passend_day_new (2011, 2, 28));
  passend_student_set_gender (student, "M");
  passend_student_set_track (student, "havo");
  passend_student_set_location (student, "Gouda");
  passend_student_set_mentor_id (student, mentor);
  passend_student_set_enrolled_on (student, passend_day_new (2023, 8, 28));
  g_assert_true (passend_database_add_student (database, student, &error));
  g_assert_no_error (error);

  stored = passend_database_get_student (database, passend_student_get_id (student), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (passend_student_get_lvs_number (stored), ==, "654321");
  g_assert_cmpstr (passend_student_get_voorletters (stored), ==, "D.J.");
  g_assert_cmpstr (passend_student_get_tussenvoegsel (stored), ==, "de");
  g_assert_cmpuint (passend_student_get_birth_date (stored), ==, passend_day_new (2011, 2, 28));
  g_assert_cmpuint (passend_student_get_enrolled_on (stored), ==, passend_day_new (2023, 8, 28));
  g_assert_cmpuint (passend_student_get_left_on (stored), ==, PASSEND_DAY_NONE);
  g_assert_cmpstr (passend_student_get_class_name (stored), ==, "2B");
  g_assert_cmpint (passend_student_get_year (stored), ==, 2);
  g_assert_cmpstr (passend_student_get_track (stored), ==, "havo");
  g_assert_cmpstr (passend_student_get_mentor_name (stored), ==, "Jan van Dijk");
  g_assert_cmpint (passend_student_get_niveau (stored), ==, PASSEND_NIVEAU_NONE);
  g_assert_false (passend_student_get_case_open (stored));

  missing = passend_database_get_student (database, 4242, &error);
  g_assert_null (missing);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Storing the same object twice is refused, not duplicated. */
  g_assert_false (passend_database_add_student (database, student, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_assert_cmpint (count (database, "students"), ==, 1);
}

static void
test_people_and_organisations (Fixture       *fixture,
                               gconstpointer  data)
{
  static const char * const expected[] = { "Bakker", "Dijk", "Vries" };
  g_autoptr(PassendDatabase) database = open_watched (fixture);
  g_autoptr(PassendOrganisation) ggd = passend_organisation_new ();
  g_autoptr(PassendPerson) doctor = passend_person_new ();
  g_autoptr(PassendPerson) orphan = passend_person_new ();
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GError) error = NULL;

  passend_organisation_set_name (ggd, "GGD Hollands Midden");
  passend_organisation_set_kind (ggd, PASSEND_ORGANISATION_KIND_GGD);
  g_assert_true (passend_database_add_organisation (database, ggd, &error));
  g_assert_no_error (error);
  g_assert_cmpint (passend_organisation_get_id (ggd), >, 0);

  add_person (database, "Piet", "de", "Vries", "teamleider");
  add_person (database, "Jan", "van", "Dijk", "mentor");

  passend_person_set_given_name (doctor, "Els");
  passend_person_set_family_name (doctor, "Bakker");
  passend_person_set_role (doctor, "jeugdarts");
  passend_person_set_internal (doctor, FALSE);
  passend_person_set_organisation_id (doctor, passend_organisation_get_id (ggd));
  g_assert_true (passend_database_add_person (database, doctor, &error));
  g_assert_no_error (error);

  passend_person_set_family_name (orphan, "Nergens");
  passend_person_set_organisation_id (orphan, 4242);
  g_assert_false (passend_database_add_person (database, orphan, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  people = passend_database_list_people (database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(PassendPerson) person = g_list_model_get_item (people, i);

      g_assert_cmpstr (passend_person_get_family_name (person), ==, expected[i]);
      if (i == 0)
        {
          g_assert_false (passend_person_get_internal (person));
          g_assert_cmpint (passend_person_get_organisation_id (person), ==, passend_organisation_get_id (ggd));
          g_assert_cmpstr (passend_person_get_role (person), ==, "jeugdarts");
        }
    }

  g_assert_cmpint (count (database, "people"), ==, 3);
  g_assert_cmpint (count (database, "organisations"), ==, 1);
  g_assert_cmpint (count (database, "audit"), ==, 4);
}

static void
test_guardians (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = open_watched (fixture);
  g_autoptr(PassendGuardian) mother = passend_guardian_new ();
  g_autoptr(PassendGuardian) stepfather = passend_guardian_new ();
  g_autoptr(PassendGuardian) stray = passend_guardian_new ();
  g_autoptr(PassendGuardian) first = NULL;
  g_autoptr(GListModel) guardians = NULL;
  g_autoptr(GError) error = NULL;
  gint64 student_id;

  student_id = add_student (database, "800001", "Sanne", "", "Jansen");

  passend_guardian_set_student_id (stepfather, student_id);
  passend_guardian_set_relation (stepfather, "stiefvader");
  passend_guardian_set_achternaam (stepfather, "Smit");
  passend_guardian_set_has_authority (stepfather, FALSE);
  g_assert_true (passend_database_add_guardian (database, stepfather, &error));
  g_assert_no_error (error);

  passend_guardian_set_student_id (mother, student_id);
  passend_guardian_set_relation (mother, "moeder");
  passend_guardian_set_voorletters (mother, "A.");
  passend_guardian_set_achternaam (mother, "Jansen");
  passend_guardian_set_has_authority (mother, TRUE);
  passend_guardian_set_phone (mother, "06-12345678");
  passend_guardian_set_phone_is_secret (mother, TRUE);
  g_assert_true (passend_database_add_guardian (database, mother, &error));
  g_assert_no_error (error);

  passend_guardian_set_student_id (stray, 4242);
  passend_guardian_set_achternaam (stray, "Niemand");
  g_assert_false (passend_database_add_guardian (database, stray, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  guardians = passend_database_list_guardians (database, student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (guardians), ==, 2);

  /* Those with parental authority first. */
  first = g_list_model_get_item (guardians, 0);
  g_assert_cmpint (passend_guardian_get_id (first), ==, passend_guardian_get_id (mother));
  g_assert_cmpstr (passend_guardian_get_phone (first), ==, "06-12345678");
  g_assert_true (passend_guardian_get_phone_is_secret (first));
  g_assert_true (passend_guardian_get_has_authority (first));
  g_assert_cmpint (count (database, "guardians"), ==, 2);
}

static void
test_support_needs (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = open_watched (fixture);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) needs = NULL;
  g_auto(GStrv) other_needs = NULL;
  gint64 student_id, other_id;

  student_id = add_student (database, "810001", "Sanne", "", "Jansen");
  other_id = add_student (database, "810002", "Daan", "de", "Vries");
  g_ptr_array_set_size (fixture->changes, 0);

  g_assert_true (passend_database_add_support_need (database, student_id, "Dyslexie", &error));
  g_assert_true (passend_database_add_support_need (database, student_id, " dyslexie ", &error));
  g_assert_true (passend_database_add_support_need (database, student_id, "Faalangst", &error));
  g_assert_true (passend_database_add_support_need (database, other_id, "DYSLEXIE", &error));
  g_assert_no_error (error);

  g_assert_false (passend_database_add_support_need (database, student_id, "   ", &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (passend_database_add_support_need (database, 4242, "Autisme", &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  needs = passend_database_list_support_needs (database, student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (needs), ==, 2);
  g_assert_cmpstr (needs[0], ==, "Dyslexie");
  g_assert_cmpstr (needs[1], ==, "Faalangst");

  other_needs = passend_database_list_support_needs (database, other_id, &error);
  g_assert_cmpuint (g_strv_length (other_needs), ==, 1);
  g_assert_cmpstr (other_needs[0], ==, "Dyslexie");

  /* One tag, whatever the case; the repeated need changed nothing. */
  g_assert_cmpint (count (database, "support-needs"), ==, 2);
  g_assert_cmpuint (fixture->changes->len, ==, 3);
  g_assert_cmpint (count (database, "audit"), ==, 2 + 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/store/database/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("open/fresh", test_open_fresh);
  ADD ("open/odd-path", test_open_odd_path);
  ADD ("open/file-modes", test_open_file_modes);
  ADD ("open/pragmas", test_open_pragmas);
  ADD ("open/too-new", test_open_too_new);
  ADD ("open/text-file", test_open_text_file);
  ADD ("open/foreign-sqlite", test_open_foreign_sqlite);
  ADD ("open/empty-file", test_open_empty_sqlite);
  ADD ("open/damaged", test_open_damaged);
  ADD ("verify-bulk/healthy", test_verify_bulk_healthy);
  ADD ("verify-bulk/damaged", test_verify_bulk_damaged);
  ADD ("open/second-connection", test_open_second_connection);
  ADD ("open/read-only", test_open_read_only);
  ADD ("write/rollback", test_write_rollback);
  ADD ("write/invalid", test_write_invalid);
  ADD ("write/audit", test_write_audit);
  ADD ("batch/commit", test_batch_commit);
  ADD ("batch/rollback", test_batch_rollback);
  ADD ("count/unknown", test_count_unknown);
  ADD ("integrity", test_integrity);
  ADD ("records/school", test_school);
  ADD ("records/students", test_students_round_trip);
  ADD ("records/people-and-organisations", test_people_and_organisations);
  ADD ("records/guardians", test_guardians);
  ADD ("records/support-needs", test_support_needs);

#undef ADD

  return g_test_run ();
}
