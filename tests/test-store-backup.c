/* test-store-backup.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "passend-database-backup.h"
#include "passend-database-private.h"

static const char scan[] = "%PDF-1.4 verslag onderzoek (test bytes)";

typedef struct
{
  char *dir;
  char *path;
  char *folder;
} Fixture;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("passend-backup-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "passend.db", NULL);
  fixture->folder = passend_backup_get_folder (fixture->path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->folder);
}

static PassendDatabase *
open_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  PassendDatabase *database = passend_database_open (path, &error);

  g_assert_no_error (error);
  return database;
}

/* A student, and an entry with a scan attached: what must come back. */
static void
add_student (PassendDatabase *database,
             const char      *lvs_number,
             gboolean         with_attachment)
{
  g_autoptr(PassendStudent) student = passend_student_new ();
  g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();
  g_autoptr(GBytes) content = g_bytes_new_static (scan, sizeof scan - 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *sha = NULL;

  passend_student_set_lvs_number (student, lvs_number);
  passend_student_set_roepnaam (student, "Sanne");
  passend_student_set_achternaam (student, "Jansen");
  g_assert_true (passend_database_add_student (database, student, &error));
  g_assert_no_error (error);

  if (!with_attachment)
    return;

  passend_timeline_entry_set_student_id (entry, passend_student_get_id (student));
  passend_timeline_entry_set_kind (entry, PASSEND_ENTRY_KIND_DOCUMENT);
  passend_timeline_entry_set_occurred_at (entry, 1760000000);
  passend_timeline_entry_set_title (entry, "Onderzoek");
  g_assert_true (passend_database_add_entry (database, entry, &error));
  g_assert_no_error (error);
  sha = passend_database_add_attachment (database, passend_timeline_entry_get_id (entry),
                                         "verslag.pdf", "application/pdf", content, &error);
  g_assert_no_error (error);
}

static gboolean
has_student (const char *path,
             const char *lvs_number)
{
  g_autoptr(PassendDatabase) database = open_database (path);
  g_autoptr(GError) error = NULL;

  return passend_database_find_student_id (database, lvs_number, &error) != 0;
}

static int
file_mode (const char *path)
{
  GStatBuf file_stat;

  g_assert_cmpint (g_stat (path, &file_stat), ==, 0);
  return file_stat.st_mode & 0777;
}

static GDateTime *
local_noon (int year,
            int month,
            int day)
{
  return g_date_time_new_local (year, month, day, 12, 0, 0);
}

static void
test_create_and_verify (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = open_database (fixture->path);
  g_autoptr(PassendBackupInfo) info = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *restored = g_build_filename (fixture->dir, "restored.db", NULL);
  g_autoptr(GBytes) content = NULL;

  add_student (database, "700001", TRUE);

  /* Made while the app's connection is open, as at start-up. */
  backup = passend_backup_create (fixture->path, NULL, NULL, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (backup, fixture->folder));
  g_assert_true (g_str_has_suffix (backup, PASSEND_BACKUP_SUFFIX));
  g_assert_cmpint (file_mode (backup), ==, 0600);
  g_assert_cmpint (file_mode (fixture->folder), ==, 0700);

  g_assert_true (passend_backup_verify (backup, &info, &error));
  g_assert_no_error (error);
  g_assert_cmpint (info->version, ==, passend_database_get_latest_version ());

  backups = passend_backup_list (fixture->folder, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_true (((PassendBackupInfo *) g_ptr_array_index (backups, 0))->verified);
  g_assert_cmpint (((PassendBackupInfo *) g_ptr_array_index (backups, 0))->version, ==,
                   passend_database_get_latest_version ());
  g_assert_true (passend_backup_exists_for_day (fixture->folder, info->created));

  /* The attachment, a blob inside the database, is in the backup. */
  g_assert_true (passend_backup_restore (restored, backup, NULL, NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(PassendDatabase) copy = open_database (restored);
    g_autofree char *sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) scan, sizeof scan - 1);

    content = passend_database_load_attachment (copy, sha, &error);
    g_assert_no_error (error);
    g_assert_cmpmem (g_bytes_get_data (content, NULL), g_bytes_get_size (content), scan, sizeof scan - 1);
  }
}

static void
test_rotation_year (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char * const expected[] = {
    "2025-12-31", "2025-12-30", "2025-12-29", "2025-12-28", "2025-12-27", "2025-12-26", "2025-12-25",
    "2025-12-21", "2025-12-14",
    "2025-11-30", "2025-10-31", "2025-09-30", "2025-08-31", "2025-07-31", "2025-06-30",
    "2025-05-31", "2025-04-30", "2025-03-31", "2025-02-28", "2025-01-31",
  };
  g_autoptr(PassendDatabase) database = open_database (fixture->path);
  g_autoptr(GDateTime) day = local_noon (2025, 1, 1);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  PassendBackupRotation rotation;

  add_student (database, "700001", FALSE);
  passend_backup_rotation_init (&rotation);

  /* One backup a day for a year, rotated each time as the app does. */
  while (g_date_time_get_year (day) == 2025)
    {
      g_autofree char *backup = passend_backup_create (fixture->path, NULL, day, &rotation,
                                                       NULL, NULL, NULL, &error);
      GDateTime *next;

      g_assert_no_error (error);
      g_assert_nonnull (backup);
      next = g_date_time_add_days (day, 1);
      g_date_time_unref (day);
      day = next;
    }

  backups = passend_backup_list (fixture->folder, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < backups->len; i++)
    {
      PassendBackupInfo *info = g_ptr_array_index (backups, i);
      g_autofree char *date = g_date_time_format (info->created, "%Y-%m-%d");

      g_assert_cmpstr (date, ==, expected[i]);
    }

  /* Keeping nothing still keeps the newest. */
  rotation.daily = rotation.weekly = rotation.monthly = 0;
  g_assert_cmpint (passend_backup_rotate (fixture->folder, &rotation, &error), ==, G_N_ELEMENTS (expected) - 1);
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = passend_backup_list (fixture->folder, &error);
  g_assert_cmpuint (backups->len, ==, 1);
}

static void
damage_file (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpuint (length, >, 3 * 4096);
  /* Pages 2 and 3 hold the first tables' b-trees. */
  memset (contents + 4096, 0x5a, 2 * 4096);
  g_assert_true (g_file_set_contents_full (path, contents, (gssize) length,
                                           G_FILE_SET_CONTENTS_NONE, 0600, &error));
}

static void
test_damaged_backup (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = open_database (fixture->path);
  g_autoptr(GDateTime) first = local_noon (2026, 3, 2);
  g_autoptr(GDateTime) second = local_noon (2026, 3, 3);
  g_autoptr(PassendBackupInfo) good = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *older = NULL;
  g_autofree char *newer = NULL;
  g_autofree char *target = g_build_filename (fixture->dir, "other.db", NULL);

  add_student (database, "700001", TRUE);
  older = passend_backup_create (fixture->path, NULL, first, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  newer = passend_backup_create (fixture->path, NULL, second, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  damage_file (newer);
  g_assert_false (passend_backup_verify (newer, NULL, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CORRUPT);
  g_clear_error (&error);

  /* The offer after a damaged database skips the damaged backup. */
  good = passend_backup_find_newest_good (fixture->folder);
  g_assert_nonnull (good);
  g_assert_cmpstr (good->path, ==, older);

  /* A damaged backup is never put in place. */
  g_assert_false (passend_backup_restore (target, newer, NULL, NULL, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CORRUPT);
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
}

static void
test_restore (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = open_database (fixture->path);
  g_autoptr(PassendDatabase) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *aside = NULL;

  add_student (database, "700001", FALSE);
  backup = passend_backup_create (fixture->path, NULL, NULL, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  add_student (database, "700002", FALSE);

  /* The app still has its connection open, as when restoring from the
   * preferences. */
  g_assert_true (passend_backup_restore (fixture->path, backup, database, &aside, &error));
  g_assert_no_error (error);
  g_assert_nonnull (aside);
  g_assert_true (g_str_has_prefix (aside, fixture->path));
  g_assert_cmpint (file_mode (fixture->path), ==, 0600);

  reopened = open_database (fixture->path);
  g_assert_cmpint (passend_database_find_student_id (reopened, "700001", NULL), !=, 0);
  g_assert_cmpint (passend_database_find_student_id (reopened, "700002", NULL), ==, 0);

  /* Closing the old connection leaves the restored file and its journal
   * alone. */
  g_assert_finalize_object (g_steal_pointer (&database));
  add_student (reopened, "700003", FALSE);
  g_assert_finalize_object (g_steal_pointer (&reopened));
  g_assert_true (has_student (fixture->path, "700003"));

  /* The replaced file is kept, with what was added after the backup. */
  g_assert_true (has_student (aside, "700002"));
}

static void
test_backup_before_migration (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *blocker = NULL;
  PassendDatabase *v5;

  v5 = _passend_database_open_at_version (fixture->path, 5, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (v5);

  /* A failed backup stops the migration and leaves the file at v5. */
  blocker = g_build_filename (fixture->dir, "backups", NULL);
  g_assert_true (g_file_set_contents (blocker, "", 0, &error));
  g_assert_null (passend_database_open (fixture->path, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_MIGRATION);
  g_clear_error (&error);
  g_unlink (blocker);
  v5 = _passend_database_open_at_version (fixture->path, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpint (passend_database_get_version (v5), ==, 5);
  g_assert_finalize_object (v5);

  database = open_database (fixture->path);
  g_assert_cmpint (passend_database_get_version (database), ==, passend_database_get_latest_version ());

  backups = passend_backup_list (fixture->folder, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_cmpint (((PassendBackupInfo *) g_ptr_array_index (backups, 0))->version, ==, 5);
  g_assert_true (passend_backup_verify (((PassendBackupInfo *) g_ptr_array_index (backups, 0))->path,
                                        NULL, &error));

  /* A new, empty file is created, not migrated: no backup. */
  {
    g_autofree char *fresh = g_build_filename (fixture->dir, "fresh.db", NULL);
    g_autofree char *fresh_folder = passend_backup_get_folder (fresh);
    g_autoptr(PassendDatabase) created = open_database (fresh);

    g_assert_false (g_file_test (fresh_folder, G_FILE_TEST_EXISTS));
  }
}

static void
test_archive_round_trip (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = open_database (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *archive = g_build_filename (fixture->dir, "school" PASSEND_ARCHIVE_SUFFIX, NULL);
  g_autofree char *laptop = g_build_filename (fixture->dir, "laptop", "passend.db", NULL);
  g_autofree char *aside = NULL;
  g_autofree char *laptop_aside = NULL;

  add_student (database, "700001", TRUE);
  g_assert_true (passend_backup_export_archive (fixture->path, archive, &error));
  g_assert_no_error (error);
  g_assert_cmpint (file_mode (archive), ==, 0600);

  /* Never over an existing file. */
  g_assert_false (passend_backup_export_archive (fixture->path, archive, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* An archive is not a backup, and the other way round. */
  g_assert_false (passend_backup_restore (laptop, archive, NULL, NULL, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  /* On the new laptop, where there is no database yet. */
  g_assert_true (passend_backup_import_archive (laptop, archive, &laptop_aside, &error));
  g_assert_no_error (error);
  g_assert_null (laptop_aside);
  g_assert_true (has_student (laptop, "700001"));
  {
    g_autoptr(PassendDatabase) copy = open_database (laptop);
    g_autofree char *sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) scan, sizeof scan - 1);
    g_autoptr(GBytes) content = passend_database_load_attachment (copy, sha, &error);
    g_autofree char *report = NULL;

    g_assert_no_error (error);
    g_assert_nonnull (content);
    g_assert_true (passend_database_check_integrity (copy, &report, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (report, ==, "ok");
  }

  /* Over an existing database, which is kept aside. */
  add_student (database, "700002", FALSE);
  g_assert_finalize_object (g_steal_pointer (&database));
  g_assert_true (passend_backup_import_archive (fixture->path, archive, &aside, &error));
  g_assert_no_error (error);
  g_assert_true (has_student (aside, "700002"));
  g_assert_false (has_student (fixture->path, "700002"));
}

static void
test_archive_newer_refused (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = open_database (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *archive = g_build_filename (fixture->dir, "school" PASSEND_ARCHIVE_SUFFIX, NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *pragma = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  sqlite3 *db = NULL;
  gsize length = 0;
  gsize after_length = 0;

  add_student (database, "700001", FALSE);
  g_assert_true (passend_backup_export_archive (fixture->path, archive, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&database));

  /* As if written by a later Passend. */
  pragma = g_strdup_printf ("PRAGMA user_version = %d", passend_database_get_latest_version () + 1);
  g_assert_cmpint (sqlite3_open (archive, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, pragma, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_true (g_file_get_contents (fixture->path, &before, &length, NULL));
  g_assert_false (passend_backup_import_archive (fixture->path, archive, NULL, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_TOO_NEW);
  g_assert_true (g_file_get_contents (fixture->path, &after, &after_length, NULL));
  g_assert_cmpmem (before, length, after, after_length);

  /* Nothing was put aside or left behind. */
  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_assert_null (strstr (name, ".replaced-"));
      g_assert_null (strstr (name, ".restoring-"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/backup/create-verify", test_create_and_verify);
  ADD ("/store/backup/rotation-year", test_rotation_year);
  ADD ("/store/backup/damaged", test_damaged_backup);
  ADD ("/store/backup/restore", test_restore);
  ADD ("/store/backup/before-migration", test_backup_before_migration);
  ADD ("/store/backup/archive-round-trip", test_archive_round_trip);
  ADD ("/store/backup/archive-newer-refused", test_archive_newer_refused);

  return g_test_run ();
}
