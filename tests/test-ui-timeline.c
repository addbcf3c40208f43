/* test-ui-timeline.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "passend-application.h"
#include "passend-database-private.h"
#include "passend-demo-school.h"
#include "passend-entry-editor.h"
#include "passend-search-window.h"
#include "passend-student-page.h"
#include "passend-timeline-row.h"
#include "passend-timeline-view.h"
#include "passend-window.h"
#include "passend-test-ui.h"

typedef struct
{
  char               *dir;
  char               *path;
  PassendDatabase    *database;   /* the test's own connection */
  PassendApplication *app;
  PassendWindow      *window;
  PassendStudent     *student;    /* an open case with many entries */
  PassendStudent     *other;      /* another open case */
} Fixture;

static void
save_screenshot (GtkWidget  *window,
                 const char *name)
{
  passend_test_ui_save_screenshot (window, name, 400, FALSE);
}

static gboolean
window_is_shown (gpointer data)
{
  Fixture *fixture = data;

  return gtk_widget_get_mapped (GTK_WIDGET (fixture->window)) &&
         gtk_widget_get_width (GTK_WIDGET (fixture->window)) > 0;
}

static gint64
count_sql (Fixture    *fixture,
           const char *sql,
           gint64      a,
           gint64      b)
{
  sqlite3 *db = _passend_database_get_handle (fixture->database);
  sqlite3_stmt *statement = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (statement, 1, a);
  sqlite3_bind_int64 (statement, 2, b);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  return n;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) caseload = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  PassendDemoOptions options;
  gint64 most = -1;
  GList *windows;

  fixture->dir = g_dir_make_tmp ("passend-ui-timeline-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "school.db", NULL);
  g_settings_reset (settings, "last-page");
  g_settings_set_int (settings, "window-width", 1366);
  g_settings_set_int (settings, "window-height", 768);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);
  passend_demo_options_init (&options);
  options.n_students = 120;
  options.n_caseload = 20;
  options.seed = 7;
  options.today = passend_day_today ();
  passend_demo_school_generate (fixture->database, &options, NULL, NULL, &error);
  g_assert_no_error (error);

  /* The open case with the longest timeline, and another one. */
  caseload = passend_database_list_caseload (fixture->database, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (caseload); i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (caseload, i);
      gint64 n = count_sql (fixture, "SELECT count(*) FROM timeline_entry WHERE student_id = ?1 AND ?2",
                            passend_student_get_id (student), 1);

      if (n > most)
        {
          most = n;
          g_set_object (&fixture->student, student);
        }
    }
  fixture->other = g_list_model_get_item (caseload, 0);
  if (passend_student_get_id (fixture->other) == passend_student_get_id (fixture->student))
    g_set_object (&fixture->other, g_list_model_get_item (caseload, 1));
  g_assert_cmpint (most, >, 5);

  fixture->app = passend_application_new (fixture->path);
  g_application_register (G_APPLICATION (fixture->app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (fixture->app));
  windows = gtk_application_get_windows (GTK_APPLICATION (fixture->app));
  g_assert_nonnull (windows);
  fixture->window = windows->data;
  g_assert_true (passend_test_ui_wait_for (window_is_shown, fixture));
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
      if (PASSEND_IS_ENTRY_EDITOR (l->data) || PASSEND_IS_SEARCH_WINDOW (l->data) ||
          (ADW_IS_WINDOW (l->data) && l->data != (gpointer) fixture->window))
        gtk_window_destroy (l->data);
    }
  g_list_free (toplevels);

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->app);
  g_clear_object (&fixture->student);
  g_clear_object (&fixture->other);
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

static PassendStudentPage *
student_page (Fixture *fixture)
{
  return PASSEND_STUDENT_PAGE (passend_window_get_page (PASSEND_WINDOW (fixture->window), "student"));
}

static PassendTimelineView *
timeline (Fixture *fixture)
{
  return passend_test_ui_child (student_page (fixture), PASSEND_TYPE_STUDENT_PAGE, "timeline");
}

static gpointer
find_toplevel (GType type)
{
  GList *toplevels = gtk_window_list_toplevels ();
  gpointer found = NULL;

  for (GList *l = toplevels; l != NULL && found == NULL; l = l->next)
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
        found = l->data;
    }

  g_list_free (toplevels);
  return found;
}

/* Presses @keyval+@mods as key events travel in the bubble phase: the
 * first widget from @widget up that binds the key handles it. */
static gboolean
press_shortcut (GtkWidget       *widget,
                guint            keyval,
                GdkModifierType  mods)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, mods);

  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
              gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller)) != GTK_PHASE_BUBBLE)
            continue;

          for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

              if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted) &&
                  gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                gtk_shortcut_get_arguments (shortcut)))
                return TRUE;
            }
        }
    }

  return FALSE;
}

static void
open_student (Fixture        *fixture,
              PassendStudent *student)
{
  passend_window_show_student (fixture->window, student);
  passend_test_ui_settle (200);
}

static PassendEntryEditor *
press_ctrl_n (Fixture *fixture)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));

  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (student_page (fixture))));
  g_assert_true (press_shortcut (focus, GDK_KEY_n, GDK_CONTROL_MASK));
  passend_test_ui_settle (100);
  return find_toplevel (PASSEND_TYPE_ENTRY_EDITOR);
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

static void
test_quick_capture_draft (Fixture       *fixture,
                          gconstpointer  user_data)
{
  PassendEntryEditor *editor;
  GtkTextView *body_view;
  g_autoptr(PassendTimelineEntry) draft = NULL;
  g_autoptr(PassendTimelineEntry) top = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  gint64 student_id = passend_student_get_id (fixture->student);
  gint64 draft_id = 0;
  gint64 n_before = count_sql (fixture, "SELECT count(*) FROM timeline_entry WHERE student_id = ?1 AND ?2",
                               student_id, 1);

  open_student (fixture, fixture->student);
  save_screenshot (GTK_WIDGET (fixture->window), "timeline.png");

  /* Ctrl+N on the student page is a new entry, not a new student. */
  editor = press_ctrl_n (fixture);
  g_assert_nonnull (editor);
  body_view = passend_test_ui_child (editor, PASSEND_TYPE_ENTRY_EDITOR, "body_view");
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (editor)) == GTK_WIDGET (body_view));
  body = editor_body (editor);
  g_assert_true (g_str_has_prefix (body, "Present: "));
  g_clear_pointer (&body, g_free);

  gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (body_view), "moeder en mentor", -1);
  gtk_editable_set_text (GTK_EDITABLE (passend_test_ui_child (editor, PASSEND_TYPE_ENTRY_EDITOR, "title_row")), "Gesprek over verzuim");
  save_screenshot (GTK_WIDGET (editor), "entry-editor.png");

  /* Closed before the pause has passed: nothing is lost. */
  gtk_window_destroy (GTK_WINDOW (editor));
  passend_test_ui_settle (50);
  draft = passend_database_get_draft (fixture->database, student_id, 0, &draft_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (draft);
  g_assert_cmpstr (passend_timeline_entry_get_body (draft), ==, "Present: moeder en mentor\nDiscussed: \nAgreed: ");
  g_assert_true (gtk_revealer_get_reveal_child (passend_test_ui_child (timeline (fixture), PASSEND_TYPE_TIMELINE_VIEW, "draft_revealer")));

  editor = press_ctrl_n (fixture);
  g_assert_nonnull (editor);
  body = editor_body (editor);
  g_assert_cmpstr (body, ==, "Present: moeder en mentor\nDiscussed: \nAgreed: ");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (passend_test_ui_child (editor, PASSEND_TYPE_ENTRY_EDITOR, "title_row"))),
                   ==, "Gesprek over verzuim");
  g_assert_true (gtk_revealer_get_reveal_child (passend_test_ui_child (editor, PASSEND_TYPE_ENTRY_EDITOR, "draft_revealer")));

  g_signal_emit_by_name (passend_test_ui_child (editor, PASSEND_TYPE_ENTRY_EDITOR, "save_button"), "clicked");
  passend_test_ui_settle (200);
  g_assert_null (find_toplevel (PASSEND_TYPE_ENTRY_EDITOR));
  g_assert_cmpint (count_sql (fixture, "SELECT count(*) FROM timeline_entry WHERE student_id = ?1 AND ?2",
                              student_id, 1), ==, n_before + 1);
  g_assert_cmpint (count_sql (fixture, "SELECT count(*) FROM entry_draft WHERE student_id = ?1 AND ?2",
                              student_id, 1), ==, 0);

  top = g_list_model_get_item (passend_timeline_view_get_entries (timeline (fixture)), 0);
  g_assert_cmpstr (passend_timeline_entry_get_title (top), ==, "Gesprek over verzuim");
}

typedef struct
{
  GListModel *shown;
  guint       n_expected;
} SearchWait;

static gboolean
shown_n_items_is (gpointer data)
{
  SearchWait *wait = data;

  return g_list_model_get_n_items (wait->shown) == wait->n_expected;
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  user_data)
{
  PassendTimelineView *view;
  GListModel *shown;
  gint64 id = passend_student_get_id (fixture->student);
  gint64 all = count_sql (fixture, "SELECT count(*) FROM timeline_entry WHERE student_id = ?1 "
                          "AND confidentiality <> 'meldcode' AND ?2", id, 1);
  gint64 n_kind, n_level, n_year;
  int minimum = 0;
  g_autoptr(GDateTime) start = NULL;
  int year = passend_day_school_year_of (passend_day_today ());

  open_student (fixture, fixture->student);
  view = timeline (fixture);
  shown = passend_timeline_view_get_entries (view);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, all);

  n_kind = count_sql (fixture, "SELECT count(*) FROM timeline_entry WHERE student_id = ?1 "
                      "AND kind IN ('conversation-parents', 'decision') AND ?2", id, 1);
  passend_timeline_view_set_kind_filter (view, (1u << PASSEND_ENTRY_KIND_CONVERSATION_PARENTS) |
                                               (1u << PASSEND_ENTRY_KIND_DECISION));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_kind);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, all);
  passend_timeline_view_set_kind_filter (view, 0);

  n_level = count_sql (fixture, "SELECT count(*) FROM timeline_entry WHERE student_id = ?1 "
                       "AND confidentiality = 'care' AND ?2", id, 1);
  passend_timeline_view_set_level_filter (view, PASSEND_CONFIDENTIALITY_CARE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_level);
  passend_timeline_view_set_level_filter (view, -1);

  start = g_date_time_new_local (year, 8, 1, 0, 0, 0);
  n_year = count_sql (fixture, "SELECT count(*) FROM timeline_entry WHERE student_id = ?1 "
                      "AND confidentiality <> 'meldcode' AND occurred_at >= ?2", id, g_date_time_to_unix (start));
  passend_timeline_view_set_period (view, PASSEND_TIMELINE_PERIOD_THIS_SCHOOL_YEAR, 0, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_year);
  passend_timeline_view_set_period (view, PASSEND_TIMELINE_PERIOD_ALL, 0, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, all);

  /* Typing in the search field searches this student's entries only. */
  {
    g_autoptr(GListModel) expected = passend_database_search_student_entries (fixture->database, id, "gesprek", NULL);

    SearchWait wait = { shown, g_list_model_get_n_items (expected) };

    gtk_editable_set_text (GTK_EDITABLE (passend_test_ui_child (view, PASSEND_TYPE_TIMELINE_VIEW, "search_entry")), "gesprek");
    /* The entry's search-changed comes after a delay that a loaded
     * machine stretches: wait for it rather than for a fixed time. */
    g_assert_cmpuint (wait.n_expected, >, 0);
    g_assert_true (passend_test_ui_wait_for (shown_n_items_is, &wait));
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, g_list_model_get_n_items (expected));
    g_assert_cmpuint (g_list_model_get_n_items (shown), <, all);
    passend_timeline_view_set_search_text (view, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, all);
  }

  /* The filter bar never keeps the window from folding to a phone-sized
   * width. */
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_test_message ("timeline view minimum width %d", minimum);
  g_assert_cmpint (minimum, <=, 360);
}

static void
toast_cb (GtkWidget  *view,
          AdwToast   *toast,
          AdwToast  **out)
{
  g_set_object (out, toast);
}

static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(PassendTimelineEntry) first = NULL;
  g_autoptr(PassendTimelineEntry) again = NULL;
  g_autoptr(AdwToast) toast = NULL;
  PassendTimelineView *view;
  GListModel *shown;
  guint n_items;
  gint64 id;

  open_student (fixture, fixture->student);
  view = timeline (fixture);
  shown = passend_timeline_view_get_entries (view);
  n_items = g_list_model_get_n_items (shown);
  first = g_list_model_get_item (shown, 0);
  id = passend_timeline_entry_get_id (first);
  g_signal_connect (view, "add-toast", G_CALLBACK (toast_cb), &toast);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.delete-entry", "x", id));
  passend_test_ui_settle (100);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_items - 1);
  g_assert_cmpint (count_sql (fixture, "SELECT count(*) FROM timeline_entry WHERE id = ?1 AND ?2", id, 1), ==, 0);
  g_assert_nonnull (toast);

  g_signal_emit_by_name (toast, "button-clicked");
  passend_test_ui_settle (100);
  g_assert_cmpint (count_sql (fixture, "SELECT count(*) FROM timeline_entry WHERE id = ?1 AND ?2", id, 1), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_items);
  again = g_list_model_get_item (shown, 0);
  g_assert_cmpint (passend_timeline_entry_get_id (again), ==, id);
  g_assert_cmpstr (passend_timeline_entry_get_body (again), ==, passend_timeline_entry_get_body (first));
}

static void
test_global_search (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();
  g_autoptr(GError) error = NULL;
  PassendSearchWindow *search;
  PassendTimelineView *view;
  GtkSingleSelection *selection;
  PassendTimelineEntry *selected;

  passend_timeline_entry_set_student_id (entry, passend_student_get_id (fixture->other));
  passend_timeline_entry_set_kind (entry, PASSEND_ENTRY_KIND_INCIDENT);
  passend_timeline_entry_set_occurred_at (entry, g_get_real_time () / G_USEC_PER_SEC - 86400 * 200);
  passend_timeline_entry_set_title (entry, "Ruzie bij het zebrapad");
  passend_timeline_entry_set_body (entry, "Bij het zebrapad <b>geduwd</b> & gescholden.");
  g_assert_true (passend_database_save_new_entry (fixture->database, entry, 0, NULL, 0, &error));
  g_assert_no_error (error);

  open_student (fixture, fixture->student);
  g_assert_true (press_shortcut (gtk_window_get_focus (GTK_WINDOW (fixture->window)), GDK_KEY_k, GDK_CONTROL_MASK));
  passend_test_ui_settle (100);
  search = find_toplevel (PASSEND_TYPE_SEARCH_WINDOW);
  g_assert_nonnull (search);

  passend_search_window_set_text (search, "zebrap");
  g_assert_cmpuint (passend_search_window_search_now (search), ==, 1);
  save_screenshot (GTK_WIDGET (search), "search.png");

  passend_search_window_activate (search, 0);
  passend_test_ui_settle (200);
  g_assert_null (find_toplevel (PASSEND_TYPE_SEARCH_WINDOW));
  g_assert_cmpint (passend_student_get_id (passend_student_page_get_student (student_page (fixture))),
                   ==, passend_student_get_id (fixture->other));

  view = timeline (fixture);
  selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (passend_test_ui_child (view, PASSEND_TYPE_TIMELINE_VIEW, "list_view")));
  selected = gtk_single_selection_get_selected_item (selection);
  g_assert_nonnull (selected);
  g_assert_cmpint (passend_timeline_entry_get_id (selected), ==, passend_timeline_entry_get_id (entry));
}

static void
test_edit_history (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(PassendTimelineEntry) first = NULL;
  g_autoptr(PassendTimelineEntry) top = NULL;
  PassendTimelineView *view;
  PassendEntryEditor *editor;
  GtkTextView *body_view;
  GtkWindow *versions;
  g_autofree char *body = NULL;
  gint64 id;

  open_student (fixture, fixture->student);
  view = timeline (fixture);
  first = g_list_model_get_item (passend_timeline_view_get_entries (view), 0);
  id = passend_timeline_entry_get_id (first);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.edit-entry", "x", id));
  passend_test_ui_settle (100);
  editor = find_toplevel (PASSEND_TYPE_ENTRY_EDITOR);
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Edit Entry");
  body = editor_body (editor);
  g_assert_cmpstr (body, ==, passend_timeline_entry_get_body (first));
  body_view = passend_test_ui_child (editor, PASSEND_TYPE_ENTRY_EDITOR, "body_view");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (body_view), "Aangevuld na overleg.", -1);
  g_signal_emit_by_name (passend_test_ui_child (editor, PASSEND_TYPE_ENTRY_EDITOR, "save_button"), "clicked");
  passend_test_ui_settle (200);

  g_assert_cmpint (count_sql (fixture, "SELECT count(*) FROM timeline_entry_version WHERE entry_id = ?1 AND ?2",
                              id, 1), ==, 1);
  top = g_list_model_get_item (passend_timeline_view_get_entries (view), 0);
  g_assert_cmpint (passend_timeline_entry_get_id (top), ==, id);
  g_assert_cmpstr (passend_timeline_entry_get_body (top), ==, "Aangevuld na overleg.");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.show-versions", "x", id));
  passend_test_ui_settle (100);
  versions = find_toplevel (ADW_TYPE_WINDOW);
  g_assert_nonnull (versions);
  g_assert_cmpstr (gtk_window_get_title (versions), ==, "Earlier Versions");
  save_screenshot (GTK_WIDGET (versions), "entry-versions.png");
}

static gboolean
list_has_a_row (gpointer data)
{
  return gtk_list_box_get_row_at_index (data, 0) != NULL;
}

static void
test_also_for (Fixture       *fixture,
               gconstpointer  user_data)
{
  PassendEntryEditor *editor;
  GtkListBox *list;
  GtkListBoxRow *row;
  g_autoptr(GError) error = NULL;
  gint64 other_id = passend_student_get_id (fixture->other);
  gint64 n_other = count_sql (fixture, "SELECT count(*) FROM timeline_entry WHERE student_id = ?1 AND ?2",
                              other_id, 1);

  open_student (fixture, fixture->student);
  editor = press_ctrl_n (fixture);
  g_assert_nonnull (editor);
  gtk_editable_set_text (GTK_EDITABLE (passend_test_ui_child (editor, PASSEND_TYPE_ENTRY_EDITOR, "title_row")), "Vechtpartij op het plein");
  adw_combo_row_set_selected (passend_test_ui_child (editor, PASSEND_TYPE_ENTRY_EDITOR, "kind_row"), 6);

  gtk_popover_popup (passend_test_ui_child (editor, PASSEND_TYPE_ENTRY_EDITOR, "also_popover"));
  passend_test_ui_settle (50);
  gtk_editable_set_text (GTK_EDITABLE (passend_test_ui_child (editor, PASSEND_TYPE_ENTRY_EDITOR, "also_search")),
                         passend_student_get_display_name (fixture->other));
  list = passend_test_ui_child (editor, PASSEND_TYPE_ENTRY_EDITOR, "also_list");
  g_assert_true (passend_test_ui_wait_for (list_has_a_row, list));
  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_nonnull (row);
  g_signal_emit_by_name (list, "row-activated", row);
  save_screenshot (GTK_WIDGET (editor), "entry-editor-also.png");

  g_signal_emit_by_name (passend_test_ui_child (editor, PASSEND_TYPE_ENTRY_EDITOR, "save_button"), "clicked");
  passend_test_ui_settle (200);
  g_assert_null (find_toplevel (PASSEND_TYPE_ENTRY_EDITOR));
  g_assert_cmpint (count_sql (fixture, "SELECT count(*) FROM timeline_entry WHERE student_id = ?1 AND ?2",
                              other_id, 1), ==, n_other + 1);
  g_assert_cmpint (count_sql (fixture, "SELECT count(DISTINCT student_id) FROM timeline_entry "
                              "WHERE link_group IS NOT NULL AND title = 'Vechtpartij op het plein' AND ?1 AND ?2",
                              1, 1), ==, 2);
}

static void
test_parse_when (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autofree char *future = g_date_time_format (tomorrow, "%d-%m-%Y");
  g_autoptr(GDateTime) expected = g_date_time_new_local (2025, 3, 12, 9, 30, 0);
  gint64 when = 0;

  g_assert_true (passend_entry_editor_parse_when ("12-03-2025", "9:30", 0, &when, &error));
  g_assert_no_error (error);
  g_assert_cmpint (when, ==, g_date_time_to_unix (expected));
  g_assert_true (passend_entry_editor_parse_when ("gisteren", "", 8 * 3600, &when, &error));

  g_assert_false (passend_entry_editor_parse_when ("31-02-2025", "10:00", 0, &when, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (passend_entry_editor_parse_when (future, "10:00", 0, &when, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (passend_entry_editor_parse_when ("1-1-2025", "25:00", 0, &when, &error));
  g_assert_nonnull (error);
}

/* Every kind has its own colour class; the window shows them all for
 * the screenshot, with the app's style sheet loaded by the fixture. */
static void
show_every_kind (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_window_set_default_size (GTK_WINDOW (window), 640, -1);
  gtk_window_set_child (GTK_WINDOW (window), box);
  for (guint kind = 0; kind <= PASSEND_ENTRY_KIND_INCIDENT; kind++)
    {
      g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();
      GtkWidget *row = passend_timeline_row_new ();
      g_autofree char *class = g_strconcat ("kind-", passend_entry_kind_to_code (kind), NULL);

      passend_timeline_entry_set_id (entry, kind + 1);
      passend_timeline_entry_set_kind (entry, kind);
      if (kind == PASSEND_ENTRY_KIND_INTERVENTION_START)
        passend_timeline_entry_set_intervention_name (entry, "RT dyslexie");
      passend_timeline_row_set_entry (PASSEND_TIMELINE_ROW (row), entry);
      passend_timeline_row_set_show_menu (PASSEND_TIMELINE_ROW (row), FALSE);
      g_assert_true (gtk_widget_has_css_class (passend_test_ui_child (row, PASSEND_TYPE_TIMELINE_ROW, "kind_icon"), class));
      gtk_box_append (GTK_BOX (box), row);
    }

  gtk_window_present (GTK_WINDOW (window));
  save_screenshot (window, "timeline-kinds.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  save_screenshot (window, "timeline-kinds-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A recycled row takes on the new entry's colour and drops the old
 * one, and shows the intervention only for an entry that has one. */
static void
test_row_kind_and_intervention (Fixture       *fixture,
                                gconstpointer  data)
{
  GtkWidget *row = g_object_ref_sink (passend_timeline_row_new ());
  g_autoptr(PassendTimelineEntry) linked = passend_timeline_entry_new ();
  g_autoptr(PassendTimelineEntry) plain = passend_timeline_entry_new ();
  GtkWidget *icon = passend_test_ui_child (row, PASSEND_TYPE_TIMELINE_ROW, "kind_icon");
  GtkWidget *box = passend_test_ui_child (row, PASSEND_TYPE_TIMELINE_ROW, "intervention_box");
  GtkLabel *label = passend_test_ui_child (row, PASSEND_TYPE_TIMELINE_ROW, "intervention_label");

  passend_timeline_entry_set_id (linked, 1);
  passend_timeline_entry_set_kind (linked, PASSEND_ENTRY_KIND_INTERVENTION_START);
  passend_timeline_entry_set_intervention_id (linked, 4);
  passend_timeline_entry_set_intervention_name (linked, "RT dyslexie");
  passend_timeline_entry_set_id (plain, 2);
  passend_timeline_entry_set_kind (plain, PASSEND_ENTRY_KIND_OBSERVATION);

  passend_timeline_row_set_entry (PASSEND_TIMELINE_ROW (row), linked);
  g_assert_true (gtk_widget_has_css_class (icon, "timeline-icon"));
  g_assert_true (gtk_widget_has_css_class (icon, "kind-intervention-start"));
  g_assert_true (gtk_widget_get_visible (box));
  g_assert_cmpstr (gtk_label_get_text (label), ==, "RT dyslexie");

  passend_timeline_row_set_entry (PASSEND_TIMELINE_ROW (row), plain);
  g_assert_true (gtk_widget_has_css_class (icon, "timeline-icon"));
  g_assert_true (gtk_widget_has_css_class (icon, "kind-observation"));
  g_assert_false (gtk_widget_has_css_class (icon, "kind-intervention-start"));
  g_assert_false (gtk_widget_get_visible (box));
  g_assert_cmpstr (gtk_label_get_text (label), ==, "");

  passend_timeline_row_set_entry (PASSEND_TIMELINE_ROW (row), NULL);
  g_assert_false (gtk_widget_has_css_class (icon, "kind-observation"));
  g_assert_false (gtk_widget_get_visible (box));

  g_object_unref (row);
  show_every_kind ();
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/timeline/parse-when", test_parse_when);
  g_test_add ("/ui/timeline/row-kind-and-intervention", Fixture, NULL, fixture_set_up,
              test_row_kind_and_intervention, fixture_tear_down);
  g_test_add ("/ui/timeline/quick-capture-draft", Fixture, NULL, fixture_set_up,
              test_quick_capture_draft, fixture_tear_down);
  g_test_add ("/ui/timeline/filters", Fixture, NULL, fixture_set_up, test_filters, fixture_tear_down);
  g_test_add ("/ui/timeline/edit-history", Fixture, NULL, fixture_set_up, test_edit_history, fixture_tear_down);
  g_test_add ("/ui/timeline/also-for", Fixture, NULL, fixture_set_up, test_also_for, fixture_tear_down);
  g_test_add ("/ui/timeline/delete-undo", Fixture, NULL, fixture_set_up, test_delete_undo, fixture_tear_down);
  g_test_add ("/ui/timeline/global-search", Fixture, NULL, fixture_set_up, test_global_search, fixture_tear_down);

  return g_test_run ();
}
