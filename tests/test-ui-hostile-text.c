/* test-ui-hostile-text.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Text pasted from anywhere — a word longer than any line, emoji, right to
 * left, stacked combining marks, control characters, a byte order mark —
 * in a student's name, timeline entries and OPP: the caseload, the student
 * page, the entry editor and the OPP editor still show, keep to the screen
 * and take screenshots (PASSEND_SCREENSHOT_DIR) to look at. */

#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "passend-application.h"
#include "passend-database-opp.h"
#include "passend-database-private.h"
#include "passend-demo-school.h"
#include "passend-entry-editor.h"
#include "passend-opp-editor.h"
#include "passend-window.h"
#include "passend-test-ui.h"

#define SCREEN_WIDTH 1920

static const char roepnaam[] = "\xef\xbb\xbf" "Anouk\xe2\x80\xae" "kuonA\x01";
static const char achternaam[] = "Z\xcc\xb4\xcc\xa1\xcc\x9b\xcc\x97" "a\xcc\xb8\xcc\x81\xcc\x81l\xcc\xb7go "
                                 "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7 \xd9\x85\xd8\xb1\xd9\x8a\xd9\x85";

typedef struct
{
  char               *dir;
  char               *path;
  PassendDatabase    *database;
  PassendApplication *app;
  PassendWindow      *window;
  PassendStudent     *student;
  gint64              version_id;
} Fixture;

static char *
hostile_text (gsize long_word)
{
  GString *text = g_string_new ("Begin \xe2\x80\xae gesprek \xe2\x80\xac \xef\xbb\xbf met moeder ");

  for (guint c = 1; c < 0x20; c++)
    {
      g_string_append_c (text, (char) c);
      g_string_append_c (text, 'x');
    }
  g_string_append (text, "\n\xd8\xa7\xd9\x84\xd8\xb7\xd8\xa7\xd9\x84\xd8\xa8 \xd7\xaa\xd7\x9c\xd7\x9e\xd7\x99\xd7\x93 "
                         "\xf0\x9f\x98\x80\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd e\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\n");
  for (gsize i = 0; i < long_word; i++)
    g_string_append_c (text, "abcdefghij"[i % 10]);
  for (guint i = 0; i < 200; i++)
    g_string_append (text, " Lange tekst met \xf0\x9f\x99\x82 en \xd7\xa2\xd7\x91\xd7\xa8\xd7\x99\xd7\xaa.");

  return g_string_free (text, FALSE);
}

static void
exec_text (sqlite3    *db,
           const char *sql,
           gint64      id,
           const char *text)
{
  sqlite3_stmt *statement = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (statement, 1, id);
  sqlite3_bind_text (statement, 2, text, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_DONE);
  sqlite3_finalize (statement);
}

static gboolean
window_is_shown (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

static void
make_hostile (Fixture *fixture)
{
  g_autofree char *text = hostile_text (1500);
  g_autoptr(GError) error = NULL;
  sqlite3 *db = _passend_database_get_handle (fixture->database);
  gint64 id = passend_student_get_id (fixture->student);

  exec_text (db, "UPDATE student SET roepnaam = ?2 WHERE id = ?1", id, roepnaam);
  exec_text (db, "UPDATE student SET achternaam = ?2 WHERE id = ?1", id, achternaam);
  exec_text (db, "UPDATE timeline_entry SET title = substr (?2, 1, 400), body = ?2 WHERE student_id = ?1", id, text);

  if (fixture->version_id == 0)
    {
      g_assert_true (passend_database_create_opp (fixture->database, id, &fixture->version_id, &error));
      g_assert_no_error (error);
    }
  exec_text (db, "INSERT OR REPLACE INTO opp_text (version_id, section, body) VALUES (?1, 'wishes-parents', ?2)",
             fixture->version_id, text);
  exec_text (db, "INSERT OR REPLACE INTO opp_text (version_id, section, body) VALUES (?1, 'schoolloopbaan', ?2)",
             fixture->version_id, text);

  g_clear_object (&fixture->student);
  fixture->student = passend_database_get_student (fixture->database, id, &error);
  g_assert_no_error (error);
}

static void
use_student_with_concept (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = _passend_database_get_handle (fixture->database);
  sqlite3_stmt *statement = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT student_id, id FROM opp_version WHERE state = 'concept'"
                                           " ORDER BY id LIMIT 1", -1, &statement, NULL), ==, SQLITE_OK);
  if (sqlite3_step (statement) == SQLITE_ROW)
    {
      g_clear_object (&fixture->student);
      fixture->student = passend_database_get_student (fixture->database, sqlite3_column_int64 (statement, 0), &error);
      g_assert_no_error (error);
      fixture->version_id = sqlite3_column_int64 (statement, 1);
    }
  sqlite3_finalize (statement);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) caseload = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  PassendDemoOptions options;
  GList *windows;

  fixture->dir = g_dir_make_tmp ("passend-ui-hostile-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "school.db", NULL);
  g_settings_reset (settings, "last-page");
  g_settings_set_int (settings, "window-width", 1366);
  g_settings_set_int (settings, "window-height", 768);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);
  passend_demo_options_init (&options);
  options.n_students = 60;
  options.n_caseload = 12;
  options.seed = 5;
  options.today = passend_day_today ();
  g_assert_true (passend_demo_school_generate (fixture->database, &options, NULL, NULL, &error));
  g_assert_no_error (error);

  caseload = passend_database_list_caseload (fixture->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (caseload), >, 0);
  fixture->student = g_list_model_get_item (caseload, 0);

  /* A student whose OPP is a concept, which the editor may change. */
  use_student_with_concept (fixture);
  make_hostile (fixture);

  fixture->app = passend_application_new (fixture->path);
  g_application_register (G_APPLICATION (fixture->app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (fixture->app));
  windows = gtk_application_get_windows (GTK_APPLICATION (fixture->app));
  g_assert_nonnull (windows);
  fixture->window = windows->data;
  g_assert_true (passend_test_ui_wait_for (window_is_shown, fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GDir) dir = NULL;
  GList *toplevels = gtk_window_list_toplevels ();
  const char *name;

  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      if (l->data != (gpointer) fixture->window && gtk_widget_get_visible (l->data))
        gtk_window_destroy (l->data);
    }
  g_list_free (toplevels);

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->app);
  g_clear_object (&fixture->student);
  g_clear_object (&fixture->database);
  passend_test_ui_settle (50);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (fixture->dir, name, NULL);

      g_unlink (file);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* Shown, and not pushed wider than the screen by a long word. */
static void
assert_fits (GtkWidget  *window,
             const char *screenshot)
{
  int minimum = 0;

  g_assert_true (passend_test_ui_wait_for (window_is_shown, window));
  /* Past the page transition, so the screenshot shows where it ends. */
  passend_test_ui_settle (1200);
  gtk_widget_measure (window, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_test_message ("%s: %d px wide, at least %d", screenshot, gtk_widget_get_width (window), minimum);
  g_assert_cmpint (minimum, <=, SCREEN_WIDTH);
  g_assert_cmpint (gtk_widget_get_width (window), <=, SCREEN_WIDTH);
  passend_test_ui_save_screenshot (window, screenshot, 400, FALSE);
}

static void
test_hostile_text (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(PassendTimelineEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  PassendEntryEditor *entry_editor;
  PassendOppEditor *opp_editor;

  assert_fits (GTK_WIDGET (fixture->window), "hostile-caseload.png");

  passend_window_show_student (fixture->window, fixture->student);
  assert_fits (GTK_WIDGET (fixture->window), "hostile-student.png");

  entries = passend_database_list_timeline (fixture->database, passend_student_get_id (fixture->student), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (entries), >, 0);
  entry = g_list_model_get_item (entries, 0);
  entry_editor = passend_entry_editor_new (GTK_WINDOW (fixture->window), fixture->database, fixture->student, entry);
  gtk_window_present (GTK_WINDOW (entry_editor));
  assert_fits (GTK_WIDGET (entry_editor), "hostile-entry-editor.png");
  gtk_window_destroy (GTK_WINDOW (entry_editor));

  opp_editor = passend_opp_editor_new (GTK_WINDOW (fixture->window), fixture->database, fixture->version_id);
  gtk_window_set_default_size (GTK_WINDOW (opp_editor), 1366, 768);
  gtk_window_present (GTK_WINDOW (opp_editor));
  passend_test_ui_settle (600);
  assert_fits (GTK_WIDGET (opp_editor), "hostile-opp-editor.png");
  gtk_window_destroy (GTK_WINDOW (opp_editor));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/hostile-text/screens", Fixture, NULL, fixture_set_up, test_hostile_text, fixture_tear_down);

  return g_test_run ();
}
