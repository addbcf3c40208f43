/* test-store-attachments.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "passend-database.h"

typedef struct
{
  char            *dir;
  char            *path;
  PassendDatabase *database;
  gint64           entry_id;
  gint64           other_entry_id;
} Fixture;

static const char report[] = "%PDF-1.4 verslag onderzoek dyslexie (test bytes)";
static const char other_report[] = "%PDF-1.4 observatieverslag (test bytes)";

static gint64
add_entry (PassendDatabase *database,
           gint64           student_id,
           const char      *title)
{
  g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();
  g_autoptr(GError) error = NULL;

  passend_timeline_entry_set_student_id (entry, student_id);
  passend_timeline_entry_set_kind (entry, PASSEND_ENTRY_KIND_DOCUMENT);
  passend_timeline_entry_set_occurred_at (entry, 1760000000);
  passend_timeline_entry_set_title (entry, title);
  g_assert_true (passend_database_add_entry (database, entry, &error));
  g_assert_no_error (error);
  return passend_timeline_entry_get_id (entry);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PassendStudent) student = passend_student_new ();
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("passend-attachments-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "passend.db", NULL);
  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);

  passend_student_set_lvs_number (student, "700001");
  passend_student_set_roepnaam (student, "Sanne");
  passend_student_set_achternaam (student, "Jansen");
  g_assert_true (passend_database_add_student (fixture->database, student, &error));
  g_assert_no_error (error);

  fixture->entry_id = add_entry (fixture->database, passend_student_get_id (student), "Onderzoek");
  fixture->other_entry_id = add_entry (fixture->database, passend_student_get_id (student), "Overleg");
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

      g_remove (child);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static gint64
count (Fixture    *fixture,
       const char *what)
{
  g_autoptr(GError) error = NULL;
  gint64 n = passend_database_count (fixture->database, what, &error);

  g_assert_no_error (error);
  return n;
}

static char *
attach (Fixture    *fixture,
        gint64      entry_id,
        const char *name,
        const char *bytes)
{
  g_autoptr(GBytes) content = g_bytes_new_static (bytes, strlen (bytes));
  g_autoptr(GError) error = NULL;
  char *sha256 = passend_database_add_attachment (fixture->database, entry_id, name,
                                                  "application/pdf", content, &error);

  g_assert_no_error (error);
  g_assert_nonnull (sha256);
  return sha256;
}

static void
test_dedup_list_load (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *first = attach (fixture, fixture->entry_id, "verslag.pdf", report);
  g_autofree char *second = attach (fixture, fixture->other_entry_id, "kopie verslag.pdf", report);
  g_autofree char *third = attach (fixture, fixture->entry_id, "observatie.pdf", other_report);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GBytes) loaded = NULL;
  g_autoptr(GError) error = NULL;
  PassendAttachment *attachment;

  /* The same bytes twice are stored once. */
  g_assert_cmpstr (first, ==, second);
  g_assert_cmpstr (first, !=, third);
  g_assert_cmpint (count (fixture, "attachments"), ==, 3);
  g_assert_cmpint (count (fixture, "attachment-blobs"), ==, 2);
  g_assert_cmpint (passend_database_count_attachment_uses (fixture->database, first, &error), ==, 2);
  g_assert_no_error (error);

  list = passend_database_list_attachments (fixture->database, fixture->entry_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  attachment = g_ptr_array_index (list, 0);
  g_assert_cmpstr (attachment->file_name, ==, "verslag.pdf");
  g_assert_cmpstr (attachment->media_type, ==, "application/pdf");
  g_assert_cmpstr (attachment->sha256, ==, first);
  g_assert_cmpint (attachment->entry_id, ==, fixture->entry_id);
  g_assert_cmpint (attachment->size, ==, strlen (report));
  g_assert_cmpstr (((PassendAttachment *) g_ptr_array_index (list, 1))->file_name, ==, "observatie.pdf");

  loaded = passend_database_load_attachment (fixture->database, first, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (loaded, NULL), g_bytes_get_size (loaded), report, strlen (report));
}

/* One query for all of a student's attachments (the TLV picker's), never
 * another student's. */
static void
test_list_for_student (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(PassendStudent) other = passend_student_new ();
  g_autoptr(PassendTimelineEntry) entry = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  g_autofree char *elsewhere = NULL;
  gint64 other_entry;
  gint64 student_id;

  passend_student_set_lvs_number (other, "700002");
  passend_student_set_roepnaam (other, "Daan");
  passend_student_set_achternaam (other, "de Boer");
  g_assert_true (passend_database_add_student (fixture->database, other, &error));
  g_assert_no_error (error);
  other_entry = add_entry (fixture->database, passend_student_get_id (other), "Onderzoek Daan");

  /* Added out of entry order: the list comes by entry, then as added. */
  first = attach (fixture, fixture->other_entry_id, "overleg.pdf", other_report);
  second = attach (fixture, fixture->entry_id, "verslag.pdf", report);
  elsewhere = attach (fixture, other_entry, "verslag Daan.pdf", report);
  third = attach (fixture, fixture->entry_id, "bijlage.pdf", other_report);

  entry = passend_database_get_entry (fixture->database, fixture->entry_id, &error);
  g_assert_no_error (error);
  student_id = passend_timeline_entry_get_student_id (entry);

  list = passend_database_list_student_attachments (fixture->database, student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_cmpstr (((PassendAttachment *) g_ptr_array_index (list, 0))->file_name, ==, "verslag.pdf");
  g_assert_cmpstr (((PassendAttachment *) g_ptr_array_index (list, 1))->file_name, ==, "bijlage.pdf");
  g_assert_cmpstr (((PassendAttachment *) g_ptr_array_index (list, 2))->file_name, ==, "overleg.pdf");
  g_assert_cmpint (((PassendAttachment *) g_ptr_array_index (list, 2))->entry_id, ==, fixture->other_entry_id);
  g_assert_cmpint (((PassendAttachment *) g_ptr_array_index (list, 0))->size, ==, strlen (report));

  none = passend_database_list_student_attachments (fixture->database, 999999, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_remove_keeps_shared_blob (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *sha256 = attach (fixture, fixture->entry_id, "verslag.pdf", report);
  g_autofree char *again = attach (fixture, fixture->other_entry_id, "verslag.pdf", report);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GBytes) loaded = NULL;
  g_autoptr(GError) error = NULL;
  PassendAttachment *attachment;

  list = passend_database_list_attachments (fixture->database, fixture->entry_id, &error);
  g_assert_no_error (error);
  attachment = g_ptr_array_index (list, 0);

  g_assert_true (passend_database_remove_attachment (fixture->database, attachment->id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "attachments"), ==, 1);
  g_assert_cmpint (count (fixture, "attachment-blobs"), ==, 1);

  /* The other entry still opens its copy. */
  loaded = passend_database_load_attachment (fixture->database, sha256, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (loaded), ==, strlen (report));

  /* Removing a removed attachment is an error, not silence. */
  g_assert_false (passend_database_remove_attachment (fixture->database, attachment->id, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The last use takes the content with it. */
  g_clear_pointer (&list, g_ptr_array_unref);
  list = passend_database_list_attachments (fixture->database, fixture->other_entry_id, &error);
  g_assert_no_error (error);
  attachment = g_ptr_array_index (list, 0);
  g_assert_true (passend_database_remove_attachment (fixture->database, attachment->id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "attachments"), ==, 0);
  g_assert_cmpint (count (fixture, "attachment-blobs"), ==, 0);
  g_assert_cmpint (passend_database_count_attachment_uses (fixture->database, sha256, &error), ==, 0);
}

static void
test_missing_blob (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *sha256 = attach (fixture, fixture->entry_id, "verslag.pdf", report);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GBytes) loaded = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  /* Only damage or a hand edit can do this: foreign keys forbid it. */
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_keys = OFF; DELETE FROM attachment_blob;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  list = passend_database_list_attachments (fixture->database, fixture->entry_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (((PassendAttachment *) g_ptr_array_index (list, 0))->size, ==, -1);

  loaded = passend_database_load_attachment (fixture->database, sha256, &error);
  g_assert_null (loaded);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "missing"));
}

static void
test_deleted_entry (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GBytes) content = g_bytes_new_static (report, strlen (report));
  g_autoptr(GError) error = NULL;
  g_autofree char *sha256 = NULL;

  sha256 = passend_database_add_attachment (fixture->database, 999999, "verslag.pdf",
                                            "application/pdf", content, &error);
  g_assert_null (sha256);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpint (count (fixture, "attachment-blobs"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/attachments/dedup-list-load", Fixture, NULL,
              fixture_set_up, test_dedup_list_load, fixture_tear_down);
  g_test_add ("/store/attachments/list-for-student", Fixture, NULL,
              fixture_set_up, test_list_for_student, fixture_tear_down);
  g_test_add ("/store/attachments/remove-keeps-shared-blob", Fixture, NULL,
              fixture_set_up, test_remove_keeps_shared_blob, fixture_tear_down);
  g_test_add ("/store/attachments/missing-blob", Fixture, NULL,
              fixture_set_up, test_missing_blob, fixture_tear_down);
  g_test_add ("/store/attachments/unknown-entry", Fixture, NULL,
              fixture_set_up, test_deleted_entry, fixture_tear_down);

  return g_test_run ();
}
