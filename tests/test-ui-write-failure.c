/* test-ui-write-failure.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* When saving an entry fails — the disk is full, the file became
 * read-only — the editor stays open with everything typed in it and says
 * plainly what happened; once the cause is gone, saving again works. An
 * attachment whose content is gone says so instead of opening. */

#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "passend-attachment-list.h"
#include "passend-database-private.h"
#include "passend-entry-editor.h"
#include "passend-test-faults.h"
#include "passend-test-ui.h"

#define TITLE "Gesprek met moeder over verzuim"

typedef struct
{
  char            *dir;
  char            *path;
  PassendDatabase *database;
  PassendStudent  *student;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("passend-ui-write-failure-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "passend.db", NULL);
  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);

  fixture->student = passend_student_new ();
  passend_student_set_lvs_number (fixture->student, "700001");
  passend_student_set_roepnaam (fixture->student, "Sanne");
  passend_student_set_achternaam (fixture->student, "Jansen");
  g_assert_true (passend_database_add_student (fixture->database, fixture->student, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&fixture->student);
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

static char *
editor_body (PassendEntryEditor *editor)
{
  GtkTextView *view = passend_test_ui_child (editor, PASSEND_TYPE_ENTRY_EDITOR, "body_view");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gint64
count_entries (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  gint64 n = passend_database_count (fixture->database, "timeline", &error);

  g_assert_no_error (error);
  return n;
}

static gboolean
is_visible (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

/* Types into a new entry, makes the save fail with @fault, and checks the
 * editor keeps it all and shows a plain message containing @expected. */
static void
check_failed_save (Fixture    *fixture,
                   void      (*fault) (PassendDatabase *database, gboolean on),
                   const char *expected,
                   const char *screenshot)
{
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  PassendEntryEditor *editor;
  GtkTextBuffer *buffer;
  GtkLabel *error_label;
  GtkRevealer *error_revealer;
  GtkWidget *save_button;
  gint64 n_before = count_entries (fixture);

  editor = passend_entry_editor_new (NULL, fixture->database, fixture->student, NULL);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_window_set_default_size (GTK_WINDOW (editor), 720, 640);
  gtk_window_present (GTK_WINDOW (editor));
  g_assert_true (passend_test_ui_wait_for (is_visible, editor));

  buffer = gtk_text_view_get_buffer (passend_test_ui_child (editor, PASSEND_TYPE_ENTRY_EDITOR, "body_view"));
  gtk_text_buffer_insert_at_cursor (buffer, "moeder en mentor; ", -1);
  /* Long enough that it needs new pages, so a full disk refuses it; in
   * lines, as typed, which the text view lays out quickly. */
  for (guint i = 0; i < 600; i++)
    g_string_append_printf (long_text, "Regel %u van het verslag van het gesprek met moeder en mentor.\n", i);
  gtk_text_buffer_insert_at_cursor (buffer, long_text->str, -1);
  gtk_editable_set_text (GTK_EDITABLE (passend_test_ui_child (editor, PASSEND_TYPE_ENTRY_EDITOR, "title_row")), TITLE);
  before = editor_body (editor);

  fault (fixture->database, TRUE);
  save_button = passend_test_ui_child (editor, PASSEND_TYPE_ENTRY_EDITOR, "save_button");
  g_signal_emit_by_name (save_button, "clicked");
  passend_test_ui_settle (200);

  /* Still open, with every character, and a message that says why. */
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  after = editor_body (editor);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (passend_test_ui_child (editor, PASSEND_TYPE_ENTRY_EDITOR, "title_row"))),
                   ==, TITLE);
  error_revealer = passend_test_ui_child (editor, PASSEND_TYPE_ENTRY_EDITOR, "error_revealer");
  error_label = passend_test_ui_child (editor, PASSEND_TYPE_ENTRY_EDITOR, "error_label");
  g_assert_true (gtk_revealer_get_reveal_child (error_revealer));
  g_test_message ("%s", gtk_label_get_text (error_label));
  g_assert_nonnull (strstr (gtk_label_get_text (error_label), expected));
  g_assert_null (strstr (gtk_label_get_text (error_label), "SQL"));
  g_assert_cmpint (count_entries (fixture), ==, n_before);
  passend_test_ui_save_screenshot (GTK_WIDGET (editor), screenshot, 300, FALSE);

  /* The cause gone, the same button saves it all. */
  fault (fixture->database, FALSE);
  g_signal_emit_by_name (save_button, "clicked");
  passend_test_ui_settle (200);
  g_assert_null (editor);
  g_assert_cmpint (count_entries (fixture), ==, n_before + 1);
}

static void
fill_disk (PassendDatabase *database,
           gboolean         on)
{
  if (on)
    passend_test_faults_fill_disk (database);
  else
    passend_test_faults_free_disk (database);
}

static void
test_disk_full (Fixture       *fixture,
                gconstpointer  data)
{
  check_failed_save (fixture, fill_disk, "disk is full", "write-failure-disk-full.png");
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  check_failed_save (fixture, passend_test_faults_set_read_only, "read-only", "write-failure-read-only.png");
}

static GtkWidget *
find_tooltip (GtkWidget  *widget,
              const char *text)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (tooltip != NULL && strstr (tooltip, text) != NULL)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_tooltip (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_missing_attachment (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();
  g_autoptr(GBytes) report = g_bytes_new_static ("%PDF-1.4 verslag", 16);
  g_autoptr(GError) error = NULL;
  g_autofree char *sha256 = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *list = passend_attachment_list_new ();

  passend_timeline_entry_set_student_id (entry, passend_student_get_id (fixture->student));
  passend_timeline_entry_set_kind (entry, PASSEND_ENTRY_KIND_DOCUMENT);
  passend_timeline_entry_set_occurred_at (entry, 1760000000);
  passend_timeline_entry_set_title (entry, "Onderzoeksverslag");
  g_assert_true (passend_database_add_entry (fixture->database, entry, &error));
  g_assert_no_error (error);
  sha256 = passend_database_add_attachment (fixture->database, passend_timeline_entry_get_id (entry),
                                            "verslag.pdf", "application/pdf", report, &error);
  g_assert_no_error (error);

  /* Only damage or a hand edit does this: foreign keys forbid it. */
  g_assert_cmpint (sqlite3_exec (_passend_database_get_handle (fixture->database),
                                 "PRAGMA foreign_keys = OFF; DELETE FROM attachment_blob; PRAGMA foreign_keys = ON;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  passend_attachment_list_set_database (PASSEND_ATTACHMENT_LIST (list), fixture->database);
  passend_attachment_list_set_entry_id (PASSEND_ATTACHMENT_LIST (list), passend_timeline_entry_get_id (entry));
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), list);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 200);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (passend_test_ui_wait_for (is_visible, window));

  /* The chip is still there, says the content is missing, and opening it
   * tells the reason (in a toast) rather than showing a broken viewer. */
  g_assert_cmpuint (passend_attachment_list_get_n_attachments (PASSEND_ATTACHMENT_LIST (list)), ==, 1);
  g_assert_nonnull (find_tooltip (list, "is missing"));
  g_assert_null (passend_attachment_list_open (PASSEND_ATTACHMENT_LIST (list), 0));
  passend_test_ui_save_screenshot (window, "missing-attachment.png", 300, FALSE);

  gtk_window_destroy (GTK_WINDOW (window));
  passend_test_ui_settle (50);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/write-failure/disk-full", Fixture, NULL, fixture_set_up, test_disk_full, fixture_tear_down);
  g_test_add ("/ui/write-failure/read-only", Fixture, NULL, fixture_set_up, test_read_only, fixture_tear_down);
  g_test_add ("/ui/write-failure/missing-attachment", Fixture, NULL, fixture_set_up, test_missing_attachment,
              fixture_tear_down);

  return g_test_run ();
}
