/* test-store-faults.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writes that fail for reasons outside the app — a full disk, a file that
 * became read-only, another Passend holding the write lock, a blob gone
 * missing — fail with a plain message and leave what is stored intact. */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "passend-database-private.h"
#include "passend-test-faults.h"

typedef struct
{
  char            *dir;
  char            *path;
  PassendDatabase *database;
  gint64           student_id;
  gint64           entry_id;
  char            *sha256;
} Fixture;

static const char report[] = "%PDF-1.4 verslag onderzoek (test bytes)";

static gint64
add_entry (PassendDatabase *database,
           gint64           student_id,
           const char      *body,
           GError         **error)
{
  g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();

  passend_timeline_entry_set_student_id (entry, student_id);
  passend_timeline_entry_set_kind (entry, PASSEND_ENTRY_KIND_OBSERVATION);
  passend_timeline_entry_set_occurred_at (entry, 1760000000);
  passend_timeline_entry_set_title (entry, "Observatie");
  passend_timeline_entry_set_body (entry, body);
  if (!passend_database_add_entry (database, entry, error))
    return 0;
  return passend_timeline_entry_get_id (entry);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PassendStudent) student = passend_student_new ();
  g_autoptr(GBytes) content = g_bytes_new_static (report, sizeof report - 1);
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("passend-faults-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "passend.db", NULL);
  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);

  passend_student_set_lvs_number (student, "700001");
  passend_student_set_roepnaam (student, "Sanne");
  passend_student_set_achternaam (student, "Jansen");
  g_assert_true (passend_database_add_student (fixture->database, student, &error));
  g_assert_no_error (error);
  fixture->student_id = passend_student_get_id (student);

  fixture->entry_id = add_entry (fixture->database, fixture->student_id, "Werkt goed mee in de les.", &error);
  g_assert_no_error (error);
  fixture->sha256 = passend_database_add_attachment (fixture->database, fixture->entry_id, "verslag.pdf",
                                                     "application/pdf", content, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_finalize_object (fixture->database);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (fixture->dir, name, NULL);

      g_chmod (child, 0600);
      g_remove (child);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->sha256);
}

static gint64
count (PassendDatabase *database,
       const char      *what)
{
  g_autoptr(GError) error = NULL;
  gint64 n = passend_database_count (database, what, &error);

  g_assert_no_error (error);
  return n;
}

/* What the fixture stored is all there, readable and undamaged. */
static void
assert_intact (Fixture *fixture,
               gint64   students,
               gint64   entries)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) loaded = NULL;
  g_autofree char *integrity = NULL;

  g_assert_true (passend_database_check_integrity (fixture->database, &integrity, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (integrity, ==, "ok");
  g_assert_cmpint (count (fixture->database, "students"), ==, students);
  g_assert_cmpint (count (fixture->database, "timeline"), ==, entries);
  g_assert_cmpint (count (fixture->database, "attachments"), ==, 1);

  loaded = passend_database_load_attachment (fixture->database, fixture->sha256, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (loaded, NULL), g_bytes_get_size (loaded), report, sizeof report - 1);
}

/* A message for the coordinator: says what happened and names no SQL. */
static void
assert_plain (const GError *error,
              const char   *expected)
{
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, expected));
  g_assert_null (strstr (error->message, "SQL"));
  g_assert_null (strstr (error->message, "sqlite"));
  g_assert_null (strstr (error->message, "INSERT"));
  g_assert_nonnull (strstr (error->message, "passend.db"));
}

static void
test_disk_full (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *big = g_strnfill (256 * 1024, 'a');
  g_autoptr(GBytes) large = g_bytes_new_take (g_strnfill (512 * 1024, 'b'), 512 * 1024);
  g_autoptr(GError) error = NULL;
  g_autofree char *sha256 = NULL;
  gint64 audit = count (fixture->database, "audit");

  passend_test_faults_fill_disk (fixture->database);

  g_assert_cmpint (add_entry (fixture->database, fixture->student_id, big, &error), ==, 0);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_FULL);
  assert_plain (error, "disk is full");
  g_clear_error (&error);

  sha256 = passend_database_add_attachment (fixture->database, fixture->entry_id, "groot.pdf",
                                            "application/pdf", large, &error);
  g_assert_null (sha256);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_FULL);
  g_clear_error (&error);

  assert_intact (fixture, 1, 1);
  g_assert_cmpint (count (fixture->database, "audit"), ==, audit);

  /* Once there is room again the same connection writes as before. */
  passend_test_faults_free_disk (fixture->database);
  g_assert_cmpint (add_entry (fixture->database, fixture->student_id, big, &error), >, 0);
  g_assert_no_error (error);
  assert_intact (fixture, 1, 2);
}

/* A full disk in the middle of an import batch undoes the whole batch:
 * no student is left half imported. */
static void
test_disk_full_in_batch (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean failed = FALSE;

  g_assert_true (passend_database_begin_batch (fixture->database, &error));
  passend_test_faults_fill_disk (fixture->database);

  for (guint i = 0; i < 200 && !failed; i++)
    {
      g_autoptr(PassendStudent) student = passend_student_new ();
      g_autofree char *lvs = g_strdup_printf ("%u", 800000 + i);
      g_autofree char *name = g_strnfill (2000, 'k');

      passend_student_set_lvs_number (student, lvs);
      passend_student_set_achternaam (student, name);
      failed = !passend_database_add_student (fixture->database, student, &error);
    }

  g_assert_true (failed);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_FULL);
  g_clear_error (&error);
  passend_database_rollback_batch (fixture->database);

  passend_test_faults_free_disk (fixture->database);
  assert_intact (fixture, 1, 1);
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PassendStudent) student = passend_student_new ();
  g_autoptr(GError) error = NULL;

  passend_test_faults_set_read_only (fixture->database, TRUE);

  g_assert_cmpint (add_entry (fixture->database, fixture->student_id, "Tekst", &error), ==, 0);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_READ_ONLY);
  assert_plain (error, "read-only");
  g_assert_nonnull (strstr (error->message, "not stored"));
  g_clear_error (&error);

  passend_student_set_lvs_number (student, "700002");
  passend_student_set_achternaam (student, "Bakker");
  g_assert_false (passend_database_add_student (fixture->database, student, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);

  /* Reading goes on as before. */
  passend_test_faults_set_read_only (fixture->database, FALSE);
  assert_intact (fixture, 1, 1);
}

/* Another Passend (another process or window) in the middle of a write:
 * opening still works, reading too, and a write waits, then fails with
 * a message that says what to do. */
static void
test_locked_by_other (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(PassendDatabase) second = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *other = NULL;
  gint64 started;

  g_assert_cmpint (sqlite3_open (fixture->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE; DELETE FROM attachment;", NULL, NULL, NULL), ==, SQLITE_OK);

  second = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (second, "attachments"), ==, 1);

  _passend_database_set_busy_timeout (second, 300);
  started = g_get_monotonic_time ();
  g_assert_cmpint (add_entry (second, fixture->student_id, "Tekst", &error), ==, 0);
  g_assert_cmpint (g_get_monotonic_time () - started, >=, 250 * G_TIME_SPAN_MILLISECOND);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_BUSY);
  assert_plain (error, "locked by another program");
  g_clear_error (&error);

  /* The other program gives up its change: nothing of either is stored. */
  g_assert_cmpint (sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  assert_intact (fixture, 1, 1);

  g_assert_cmpint (add_entry (second, fixture->student_id, "Tekst", &error), >, 0);
  g_assert_no_error (error);
}

/* A blob gone (a hand edit or damage): the list still shows the entry,
 * loading says plainly that the file is missing, and the rest works. */
static void
test_missing_blob (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GBytes) loaded = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = _passend_database_get_handle (fixture->database);

  g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_keys = OFF; DELETE FROM attachment_blob; PRAGMA foreign_keys = ON;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  loaded = passend_database_load_attachment (fixture->database, fixture->sha256, &error);
  g_assert_null (loaded);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CORRUPT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "missing"));
  g_assert_null (strstr (error->message, fixture->sha256));
  g_clear_error (&error);

  g_assert_cmpint (add_entry (fixture->database, fixture->student_id, "Tekst", &error), >, 0);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/store/faults/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("disk-full", test_disk_full);
  ADD ("disk-full-in-batch", test_disk_full_in_batch);
  ADD ("read-only", test_read_only);
  ADD ("locked-by-other", test_locked_by_other);
  ADD ("missing-blob", test_missing_blob);
#undef ADD

  return g_test_run ();
}
