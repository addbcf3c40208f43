/* test-ui-window.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "passend-application.h"
#include "passend-caseload-page.h"
#include "passend-demo-school.h"
#include "passend-preferences-window.h"
#include "passend-student-page.h"
#include "passend-test-damage.h"
#include "passend-text.h"
#include "passend-timeline-row.h"
#include "passend-window.h"
#include "passend-timeline-view.h"
#include "passend-ui-util.h"
#include "passend-test-ui.h"

#define N_STUDENTS 300
#define N_CASELOAD 40

typedef struct
{
  char               *dir;
  char               *path;
  PassendDatabase    *database;   /* the test's own connection */
  PassendApplication *app;
  PassendWindow      *window;
  guint               rows_before_first_frame;
} Fixture;

/* Runs the main loop until @condition holds, for at most ten seconds. */
/* Lets pending layout, frames and transitions run out. */
static void
save_screenshot_of (GtkWidget  *window,
                    const char *name)
{
  /* Page transitions run for a few hundred milliseconds: wait them out. */
  passend_test_ui_save_screenshot (window, name, 1200, TRUE);
}

static void
save_screenshot (Fixture    *fixture,
                 const char *name)
{
  save_screenshot_of (GTK_WIDGET (fixture->window), name);
}

static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);

  /* The typical school laptop. */
  g_settings_set_int (settings, "window-width", 1366);
  g_settings_set_int (settings, "window-height", 768);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("passend-ui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "school.db", NULL);
  reset_settings ();
}

static void
fill_demo_school (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  PassendDemoOptions options;

  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);

  passend_demo_options_init (&options);
  options.n_students = N_STUDENTS;
  options.n_caseload = N_CASELOAD;
  options.seed = 7;
  options.today = passend_day_new (2026, 3, 16);
  passend_demo_school_generate (fixture->database, &options, NULL, NULL, &error);
  g_assert_no_error (error);
}

static gboolean
window_is_shown (gpointer data)
{
  Fixture *fixture = data;

  return fixture->window != NULL &&
         gtk_widget_get_mapped (GTK_WIDGET (fixture->window)) &&
         gtk_widget_get_width (GTK_WIDGET (fixture->window)) > 0;
}

static guint n_rows (Fixture *fixture);
static const char *main_state (Fixture *fixture);
static gboolean all_rows_shown (gpointer data);

static void
start_application (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GList *windows;

  fixture->app = passend_application_new (fixture->path);
  g_application_register (G_APPLICATION (fixture->app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (fixture->app));

  windows = gtk_application_get_windows (GTK_APPLICATION (fixture->app));
  g_assert_nonnull (windows);
  g_assert_true (PASSEND_IS_WINDOW (windows->data));
  fixture->window = windows->data;
  /* No frame can have been painted before the main loop runs. */
  fixture->rows_before_first_frame = g_str_equal (main_state (fixture), "main") ? n_rows (fixture) : 0;
  g_assert_true (passend_test_ui_wait_for (window_is_shown, fixture));
  if (g_str_equal (main_state (fixture), "main"))
    g_assert_true (passend_test_ui_wait_for (all_rows_shown, fixture));
}

/* The window's default size includes the frame GTK keeps around it, and
 * the screenshots are meant to show exactly a 1366×768 laptop screen: a
 * mapped window cannot be resized without a window manager, so start
 * again with the frame added. */
static void
restart_for_screenshots (Fixture *fixture)
{
  g_autoptr(GSettings) settings = NULL;
  int extra_width;
  int extra_height;

  if (g_getenv ("PASSEND_SCREENSHOT_DIR") == NULL)
    return;

  extra_width = 1366 - gtk_widget_get_width (GTK_WIDGET (fixture->window));
  extra_height = 768 - gtk_widget_get_height (GTK_WIDGET (fixture->window));
  if (extra_width == 0 && extra_height == 0)
    return;

  settings = g_settings_new (APP_ID);
  g_settings_set_int (settings, "window-width", 1366 + extra_width);
  g_settings_set_int (settings, "window-height", 768 + extra_height);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  g_clear_object (&fixture->app);
  start_application (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->app);
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

static const char *
main_state (Fixture *fixture)
{
  return gtk_stack_get_visible_child_name (passend_test_ui_child (fixture->window, PASSEND_TYPE_WINDOW, "main_stack"));
}

static const char *
content_page (Fixture *fixture)
{
  return gtk_stack_get_visible_child_name (passend_test_ui_child (fixture->window, PASSEND_TYPE_WINDOW, "content_stack"));
}

static GtkColumnView *
caseload_view (Fixture *fixture)
{
  GtkWidget *page = passend_test_ui_child (fixture->window, PASSEND_TYPE_WINDOW, "caseload_page");

  return passend_test_ui_child (page, PASSEND_TYPE_CASELOAD_PAGE, "column_view");
}

static guint
n_rows (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (caseload_view (fixture))));
}

static guint
tallest_monitor (void)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  int tallest = 0;

  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      tallest = MAX (tallest, geometry.height);
    }

  g_assert_cmpint (tallest, >, 0);
  return tallest;
}

/* The caseload holds its first rows only until the window has painted
 * its first frame (passend-caseload-page.c), then all of them. */
static gboolean
all_rows_shown (gpointer data)
{
  GtkMultiSelection *selection = GTK_MULTI_SELECTION (gtk_column_view_get_model (caseload_view (data)));
  GListModel *slice = gtk_multi_selection_get_model (selection);

  return gtk_slice_list_model_get_size (GTK_SLICE_LIST_MODEL (slice)) == G_MAXUINT;
}

/* What the search should show, computed without the widgets. */
static guint
count_matches (Fixture    *fixture,
               const char *query)
{
  g_autoptr(GListModel) caseload = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) words = passend_text_query_words (query);
  guint n_matches = 0;

  caseload = passend_database_list_caseload (fixture->database, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (caseload); i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (caseload, i);

      if (passend_student_matches (student, (const char * const *) words))
        n_matches++;
    }

  return n_matches;
}

typedef struct
{
  Fixture *fixture;
  guint    expected;
} RowCount;

static gboolean
row_count_is (gpointer data)
{
  RowCount *count = data;

  return n_rows (count->fixture) == count->expected;
}

static void
search_and_check (Fixture    *fixture,
                  const char *query,
                  guint       total)
{
  GtkWidget *page = passend_test_ui_child (fixture->window, PASSEND_TYPE_WINDOW, "caseload_page");
  GtkEditable *entry = passend_test_ui_child (page, PASSEND_TYPE_CASELOAD_PAGE, "search_entry");
  RowCount count = { fixture, count_matches (fixture, query) };

  g_assert_cmpuint (count.expected, >, 0);
  g_assert_cmpuint (count.expected, <, total);

  gtk_editable_set_text (entry, query);
  passend_test_ui_wait_for (row_count_is, &count);
  /* The search entry waits before it searches: give a late, wrong
   * filter the chance to show itself. */
  passend_test_ui_settle (300);
  g_assert_cmpuint (n_rows (fixture), ==, count.expected);
}

static GtkWindow *
find_shortcuts_window (Fixture *fixture)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (window) &&
          gtk_window_get_transient_for (window) == GTK_WINDOW (fixture->window))
        {
          g_assert_null (found);
          found = window;
        }
    }

  return found;
}

static gboolean
shortcuts_window_is_shown (gpointer data)
{
  GtkWindow *window = find_shortcuts_window (data);

  return window != NULL && gtk_widget_get_visible (GTK_WIDGET (window));
}

/* The shortcuts window is built on first use (not with the main window),
 * answers Ctrl+? through the application's accelerators, and is kept for
 * the next time rather than built again. */
static void
assert_shortcuts_window_opens (Fixture *fixture)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app),
                                                                "win.show-help-overlay");
  GLogLevelFlags fatal;
  GtkWindow *first;

  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>question"));
  g_assert_null (find_shortcuts_window (fixture));
  /* GTK 4.8 with libadwaita 1.2 warns about the labels of every
   * GtkShortcutsWindow, even one with a single shortcut ("GtkLabel …
   * reported min width -3"); GTK logs it structured, which the test
   * framework's fatal handler does not see, so warnings are not fatal
   * while the window is shown. */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-help-overlay", NULL));
  g_assert_true (passend_test_ui_wait_for (shortcuts_window_is_shown, fixture));
  first = find_shortcuts_window (fixture);
  g_assert_true (gtk_window_get_modal (first));

  gtk_window_close (first);
  passend_test_ui_settle (50);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (first)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-help-overlay", NULL));
  g_assert_true (passend_test_ui_wait_for (shortcuts_window_is_shown, fixture));
  g_assert_true (find_shortcuts_window (fixture) == first);
  gtk_window_close (first);
  passend_test_ui_settle (50);
  g_log_set_always_fatal (fatal);
}

/* The student page's header: in a window under 600 pixels the TLV and
 * export buttons give way to a menu that holds them. */
static gboolean
menu_has_action (GMenuModel *model,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);

      if (section != NULL && menu_has_action (section, action))
        return TRUE;
      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;
    }

  return FALSE;
}

static void
assert_student_header (GtkWidget *student_page,
                        gboolean   narrow)
{
  GtkWidget *more = passend_test_ui_child (student_page, PASSEND_TYPE_STUDENT_PAGE, "more_button");
  GtkWidget *tlv = passend_test_ui_child (student_page, PASSEND_TYPE_STUDENT_PAGE, "tlv_button");
  GtkWidget *export = passend_test_ui_child (student_page, PASSEND_TYPE_STUDENT_PAGE, "export_button");
  GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (more));

  g_assert_cmpint (gtk_widget_get_visible (more), ==, narrow);
  g_assert_cmpint (gtk_widget_get_visible (tlv), ==, !narrow);
  g_assert_cmpint (gtk_widget_get_visible (export), ==, !narrow);
  g_assert_true (menu_has_action (menu, "student.open-tlv"));
  g_assert_true (menu_has_action (menu, "student.export-chronology"));
}

static void
test_caseload_and_student (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) caseload = NULL;
  g_autoptr(PassendStudent) first = NULL;
  g_autoptr(PassendStudent) student = NULL;
  g_autoptr(GListModel) timeline = NULL;
  g_autofree char *prefix = NULL;
  g_auto(GStrv) words = NULL;
  GtkWidget *page;
  GtkWidget *student_page;
  GtkListView *timeline_view;
  GtkLabel *name_label;
  const char *family = NULL;
  gint64 total;

  fill_demo_school (fixture);
  total = passend_database_count (fixture->database, "caseload", &error);
  g_assert_no_error (error);
  g_assert_cmpint (total, ==, N_CASELOAD);

  start_application (fixture);
  g_assert_cmpstr (main_state (fixture), ==, "main");
  g_assert_cmpstr (content_page (fixture), ==, "caseload");
  /* The first frame is made with a screenful of rows (rows of at least
   * 32 pixels on the tallest monitor), every row after. */
  g_assert_cmpuint (total, >, (tallest_monitor () + 31) / 32);
  g_assert_cmpuint (fixture->rows_before_first_frame, ==, (tallest_monitor () + 31) / 32);
  g_assert_cmpuint (n_rows (fixture), ==, total);
  assert_shortcuts_window_opens (fixture);
  restart_for_screenshots (fixture);
  g_assert_cmpuint (n_rows (fixture), ==, total);
  save_screenshot (fixture, "caseload.png");

  /* Narrow the search from a prefix to a whole family name and widen it
   * again: the prefix must match more students than the name, or a filter
   * that forgets to widen would go unnoticed. */
  caseload = passend_database_list_caseload (fixture->database, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (caseload) && family == NULL; i++)
    {
      g_autoptr(PassendStudent) candidate = g_list_model_get_item (caseload, i);
      const char *name = passend_student_get_achternaam (candidate);

      for (int length = 1; length <= 3 && family == NULL; length++)
        {
          g_autofree char *start = g_utf8_substring (name, 0, length);
          guint n_start = count_matches (fixture, start);

          if (n_start < total && n_start > count_matches (fixture, name))
            {
              family = name;
              prefix = g_steal_pointer (&start);
              first = g_object_ref (candidate);
            }
        }
    }
  g_assert_nonnull (family);

  search_and_check (fixture, prefix, total);
  search_and_check (fixture, family, total);
  search_and_check (fixture, prefix, total);
  search_and_check (fixture, family, total);

  /* Open the first student the search found. */
  student = g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (caseload_view (fixture))), 0);
  words = passend_text_query_words (family);
  g_assert_true (passend_student_matches (student, (const char * const *) words));
  g_signal_emit_by_name (caseload_view (fixture), "activate", 0);
  g_assert_cmpstr (content_page (fixture), ==, "student");

  student_page = passend_window_get_page (PASSEND_WINDOW (fixture->window), "student");
  g_assert_true (gtk_widget_is_visible (student_page));
  assert_student_header (student_page, FALSE);
  g_assert_true (passend_student_page_get_student (PASSEND_STUDENT_PAGE (student_page)) == student);
  name_label = passend_test_ui_child (student_page, PASSEND_TYPE_STUDENT_PAGE, "name_label");
  g_assert_cmpstr (gtk_label_get_text (name_label), ==, passend_student_get_display_name (student));

  timeline = passend_database_list_timeline (fixture->database, passend_student_get_id (student), &error);
  g_assert_no_error (error);
  timeline_view = passend_test_ui_child (passend_test_ui_child (student_page, PASSEND_TYPE_STUDENT_PAGE, "timeline"),
                         PASSEND_TYPE_TIMELINE_VIEW, "list_view");
  g_assert_nonnull (gtk_list_view_get_model (timeline_view));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (timeline_view))),
                    ==, g_list_model_get_n_items (timeline));

  save_screenshot (fixture, "student.png");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL);
  g_assert_cmpstr (content_page (fixture), ==, "caseload");
  page = passend_test_ui_child (fixture->window, PASSEND_TYPE_WINDOW, "caseload_page");
  g_assert_true (gtk_widget_is_visible (page));
  g_assert_cmpuint (n_rows (fixture), ==, count_matches (fixture, family));
}

static void
test_sort_is_remembered (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *column_name = NULL;
  GtkColumnView *view;
  GtkWidget *page;
  GListModel *model;
  guint n_items;

  fill_demo_school (fixture);
  start_application (fixture);

  page = passend_test_ui_child (fixture->window, PASSEND_TYPE_WINDOW, "caseload_page");
  view = caseload_view (fixture);
  model = G_LIST_MODEL (gtk_column_view_get_model (view));
  n_items = g_list_model_get_n_items (model);
  g_assert_cmpuint (n_items, ==, N_CASELOAD);

  gtk_column_view_sort_by_column (view, passend_test_ui_child (page, PASSEND_TYPE_CASELOAD_PAGE, "level_column"),
                                  GTK_SORT_DESCENDING);
  column_name = g_settings_get_string (settings, "caseload-sort-column");
  g_assert_cmpstr (column_name, ==, "level");
  g_assert_true (g_settings_get_boolean (settings, "caseload-sort-descending"));

  for (guint i = 1; i < n_items; i++)
    {
      g_autoptr(PassendStudent) a = g_list_model_get_item (model, i - 1);
      g_autoptr(PassendStudent) b = g_list_model_get_item (model, i);

      g_assert_cmpint (passend_student_get_niveau (a), >=, passend_student_get_niveau (b));
    }

  g_clear_pointer (&column_name, g_free);
  gtk_column_view_sort_by_column (view, passend_test_ui_child (page, PASSEND_TYPE_CASELOAD_PAGE, "class_column"),
                                  GTK_SORT_ASCENDING);
  column_name = g_settings_get_string (settings, "caseload-sort-column");
  g_assert_cmpstr (column_name, ==, "class");
  g_assert_false (g_settings_get_boolean (settings, "caseload-sort-descending"));
}

static gboolean
leaflet_is_folded (gpointer data)
{
  Fixture *fixture = data;

  return adw_leaflet_get_folded (passend_test_ui_child (fixture->window, PASSEND_TYPE_WINDOW, "leaflet"));
}

static void
test_narrow_window (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  AdwLeaflet *leaflet;
  GtkListBox *sidebar;

  /* A phone-sized window folds to one pane at a time. */
  g_settings_set_int (settings, "window-width", 400);
  g_settings_set_int (settings, "window-height", 700);
  fill_demo_school (fixture);
  start_application (fixture);

  g_assert_true (passend_test_ui_wait_for (leaflet_is_folded, fixture));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 420);
  leaflet = passend_test_ui_child (fixture->window, PASSEND_TYPE_WINDOW, "leaflet");
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "content");
  g_assert_cmpstr (content_page (fixture), ==, "caseload");
  save_screenshot (fixture, "narrow-caseload.png");

  g_signal_emit_by_name (caseload_view (fixture), "activate", 0);
  g_assert_cmpstr (content_page (fixture), ==, "student");
  assert_student_header (passend_window_get_page (PASSEND_WINDOW (fixture->window), "student"), TRUE);
  save_screenshot (fixture, "narrow-student.png");

  /* Back goes to the caseload, then to the sidebar. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL);
  g_assert_cmpstr (content_page (fixture), ==, "caseload");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "sidebar");
  save_screenshot (fixture, "narrow-sidebar.png");

  /* Choosing a page in the sidebar shows it. */
  sidebar = passend_test_ui_child (fixture->window, PASSEND_TYPE_WINDOW, "sidebar_list");
  g_signal_emit_by_name (sidebar, "row-activated", gtk_list_box_get_row_at_index (sidebar, 3));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "content");
  g_assert_cmpstr (content_page (fixture), ==, "meetings");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "overview");
  g_assert_cmpstr (content_page (fixture), ==, "overview");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL);
  g_assert_cmpstr (content_page (fixture), ==, "caseload");
}

typedef struct
{
  GtkListView *view;
  guint        expected;
} TimelineCount;

static gboolean
timeline_count_is (gpointer data)
{
  TimelineCount *count = data;
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (count->view));

  return model != NULL && g_list_model_get_n_items (model) == count->expected;
}

static void
test_follows_changes (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(PassendStudent) newcomer = passend_student_new ();
  g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();
  g_autoptr(PassendStudent) shown = NULL;
  g_autoptr(GError) error = NULL;
  PassendDatabase *database;
  GtkWidget *student_page;
  TimelineCount timeline_count;
  RowCount count = { fixture, N_CASELOAD + 1 };

  fill_demo_school (fixture);
  start_application (fixture);
  database = passend_application_get_database (fixture->app);
  g_assert_nonnull (database);

  /* A student put in support through the application's own connection
   * appears in the caseload without anyone asking for it. */
  passend_student_set_lvs_number (newcomer, "999001");
  passend_student_set_roepnaam (newcomer, "Sam");
  passend_student_set_achternaam (newcomer, "Nieuwkomer");
  passend_student_set_class_name (newcomer, "1H1");
  passend_student_set_year (newcomer, 1);
  passend_database_add_student (database, newcomer, &error);
  g_assert_no_error (error);
  passend_database_set_support_status (database, passend_student_get_id (newcomer),
                                       PASSEND_NIVEAU_2, PASSEND_PHASE_1_SIGNALEREN,
                                       PASSEND_REGIE_MENTOR, 0, "Test", 0, &error);
  g_assert_no_error (error);
  g_assert_true (passend_test_ui_wait_for (row_count_is, &count));

  /* An entry written for the open student lands on its timeline. */
  shown = g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (caseload_view (fixture))), 0);
  g_signal_emit_by_name (caseload_view (fixture), "activate", 0);
  student_page = passend_window_get_page (PASSEND_WINDOW (fixture->window), "student");
  timeline_count.view = passend_test_ui_child (passend_test_ui_child (student_page, PASSEND_TYPE_STUDENT_PAGE, "timeline"),
                         PASSEND_TYPE_TIMELINE_VIEW, "list_view");
  timeline_count.expected = g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (timeline_count.view))) + 1;

  passend_timeline_entry_set_student_id (entry, passend_student_get_id (shown));
  passend_timeline_entry_set_kind (entry, PASSEND_ENTRY_KIND_OBSERVATION);
  passend_timeline_entry_set_title (entry, "Nieuwe waarneming");
  passend_timeline_entry_set_occurred_at (entry, g_get_real_time () / G_USEC_PER_SEC);
  passend_database_add_entry (database, entry, &error);
  g_assert_no_error (error);
  g_assert_true (passend_test_ui_wait_for (timeline_count_is, &timeline_count));
}

static PassendPreferencesWindow *
find_preferences (Fixture *fixture)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (fixture->app)); l; l = l->next)
    {
      if (PASSEND_IS_PREFERENCES_WINDOW (l->data))
        return l->data;
    }

  return NULL;
}

static gboolean
integrity_checked (gpointer data)
{
  AdwActionRow *row = data;

  return g_strcmp0 (adw_action_row_get_subtitle (row), "No problems found") == 0;
}

static void
test_preferences (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(PassendSchool) school = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *version = NULL;
  PassendPreferencesWindow *preferences;
  AdwActionRow *row;
  GtkEditable *name_row;

  fill_demo_school (fixture);
  start_application (fixture);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "preferences", NULL);
  preferences = find_preferences (fixture);
  g_assert_nonnull (preferences);

  /* It shows what is stored, and stores what is applied. */
  school = passend_database_get_school (fixture->database, &error);
  g_assert_no_error (error);
  name_row = passend_test_ui_child (preferences, PASSEND_TYPE_PREFERENCES_WINDOW, "name_row");
  g_assert_cmpstr (gtk_editable_get_text (name_row), ==, passend_school_get_name (school));

  row = passend_test_ui_child (preferences, PASSEND_TYPE_PREFERENCES_WINDOW, "path_row");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, fixture->path);
  row = passend_test_ui_child (preferences, PASSEND_TYPE_PREFERENCES_WINDOW, "version_row");
  version = g_strdup_printf ("%d", passend_database_get_latest_version ());
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, version);

  gtk_editable_set_text (name_row, "Het Passend College & Co");
  g_signal_emit_by_name (name_row, "apply");
  g_clear_object (&school);
  school = passend_database_get_school (fixture->database, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (passend_school_get_name (school), ==, "Het Passend College & Co");

  /* The check runs on a worker thread with its own connection. */
  gtk_widget_activate (passend_test_ui_child (preferences, PASSEND_TYPE_PREFERENCES_WINDOW, "integrity_button"));
  row = passend_test_ui_child (preferences, PASSEND_TYPE_PREFERENCES_WINDOW, "integrity_row");
  g_assert_true (passend_test_ui_wait_for (integrity_checked, row));
  save_screenshot_of (GTK_WIDGET (preferences), "preferences.png");

  gtk_window_destroy (GTK_WINDOW (preferences));
}

static gboolean
workbench_is_shown (gpointer data)
{
  return g_strcmp0 (main_state (data), "main") == 0;
}

static void
test_demo_school (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  gint64 total;

  start_application (fixture);
  g_assert_cmpstr (main_state (fixture), ==, "welcome");

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "start-demo", NULL);
  g_assert_cmpstr (main_state (fixture), ==, "progress");
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->app), "start-empty"));
  g_assert_true (passend_test_ui_wait_for (workbench_is_shown, fixture));

  g_assert_nonnull (passend_application_get_database (fixture->app));
  total = passend_database_count (passend_application_get_database (fixture->app), "caseload", &error);
  g_assert_no_error (error);
  g_assert_cmpint (total, >, 0);
  g_assert_cmpuint (n_rows (fixture), ==, total);
}

static void
test_first_start (Fixture       *fixture,
                  gconstpointer  user_data)
{
  GtkWidget *page;
  AdwStatusPage *empty_page;

  start_application (fixture);

  /* Showing the choice writes nothing. */
  g_assert_cmpstr (main_state (fixture), ==, "welcome");
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_assert_null (passend_application_get_database (fixture->app));
  save_screenshot (fixture, "welcome.png");

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "start-empty", NULL);
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_assert_nonnull (passend_application_get_database (fixture->app));
  g_assert_cmpstr (main_state (fixture), ==, "main");
  g_assert_cmpuint (n_rows (fixture), ==, 0);

  page = passend_test_ui_child (fixture->window, PASSEND_TYPE_WINDOW, "caseload_page");
  empty_page = passend_test_ui_child (page, PASSEND_TYPE_CASELOAD_PAGE, "empty_page");
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (empty_page)));
}

static void
test_open_error (Fixture       *fixture,
                 gconstpointer  user_data)
{
  static const char contents[] = "Dit is geen database, maar een boodschappenlijst.\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  gsize length;

  g_file_set_contents (fixture->path, contents, -1, &error);
  g_assert_no_error (error);

  start_application (fixture);
  g_assert_cmpstr (main_state (fixture), ==, "error");
  g_assert_null (passend_application_get_database (fixture->app));
  save_screenshot (fixture, "error.png");

  /* The file is left exactly as it was. */
  g_file_get_contents (fixture->path, &after, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (after, length, contents, sizeof contents - 1);
}

static gboolean
error_is_shown (gpointer data)
{
  return g_strcmp0 (main_state (data), "error") == 0;
}

static void
test_damaged_timeline (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(PassendStudent) student = passend_student_new ();
  g_autoptr(GError) error = NULL;
  PassendDatabase *database;

  fill_demo_school (fixture);
  g_clear_object (&fixture->database);
  passend_test_damage_table (fixture->path, "timeline_entry");

  /* The caseload opens at once; the check of the timeline that follows in
   * the background finds the damage and says so. */
  start_application (fixture);
  database = passend_application_get_database (fixture->app);
  g_assert_nonnull (database);
  g_assert_true (passend_test_ui_wait_for (error_is_shown, fixture));
  g_assert_true (passend_database_is_damaged (database));
  save_screenshot (fixture, "damaged.png");

  passend_student_set_lvs_number (student, "999001");
  passend_student_set_achternaam (student, "Jansen");
  g_assert_false (passend_database_add_student (database, student, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CORRUPT);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  guint *n_notifies = user_data;

  (*n_notifies)++;
}

static PassendTimelineEntry *
create_entry (const char             *title,
              PassendConfidentiality  level,
              gboolean                is_fact)
{
  PassendTimelineEntry *entry = passend_timeline_entry_new ();

  passend_timeline_entry_set_kind (entry, PASSEND_ENTRY_KIND_CONVERSATION_PARENTS);
  passend_timeline_entry_set_title (entry, title);
  passend_timeline_entry_set_body (entry, "Eerste regel.\nTweede regel.");
  passend_timeline_entry_set_author (entry, "Karin van Dijk");
  passend_timeline_entry_set_occurred_at (entry, 1773650000);
  passend_timeline_entry_set_confidentiality (entry, level);
  passend_timeline_entry_set_is_fact (entry, is_fact);

  return entry;
}

static void
test_timeline_row_recycles (void)
{
  g_autoptr(PassendTimelineEntry) care = create_entry ("Oudergesprek", PASSEND_CONFIDENTIALITY_CARE, FALSE);
  g_autoptr(PassendTimelineEntry) plain = create_entry ("Verzuim", PASSEND_CONFIDENTIALITY_NORMAL, TRUE);
  GtkWidget *row = g_object_ref_sink (passend_timeline_row_new ());
  GtkLabel *title = passend_test_ui_child (row, PASSEND_TYPE_TIMELINE_ROW, "title_label");
  GtkLabel *body = passend_test_ui_child (row, PASSEND_TYPE_TIMELINE_ROW, "body_label");
  GtkLabel *confidentiality = passend_test_ui_child (row, PASSEND_TYPE_TIMELINE_ROW, "confidentiality_label");
  GtkWidget *opinion = passend_test_ui_child (row, PASSEND_TYPE_TIMELINE_ROW, "opinion_label");
  guint n_notifies = 0;

  g_signal_connect (row, "notify::entry", G_CALLBACK (count_notify_cb), &n_notifies);

  passend_timeline_row_set_entry (PASSEND_TIMELINE_ROW (row), care);
  passend_timeline_row_set_entry (PASSEND_TIMELINE_ROW (row), care);
  g_assert_cmpuint (n_notifies, ==, 1);
  g_assert_cmpstr (gtk_label_get_text (title), ==, "Oudergesprek");
  /* The preview is one paragraph. */
  g_assert_cmpstr (gtk_label_get_text (body), ==, "Eerste regel. Tweede regel.");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (confidentiality)));
  g_assert_cmpstr (gtk_label_get_text (confidentiality), ==,
                   passend_confidentiality_get_label (PASSEND_CONFIDENTIALITY_CARE));
  g_assert_true (gtk_widget_get_visible (opinion));

  /* Unbinding clears, and the next entry shows nothing of the last. */
  passend_timeline_row_set_entry (PASSEND_TIMELINE_ROW (row), NULL);
  g_assert_cmpuint (n_notifies, ==, 2);
  g_assert_cmpstr (gtk_label_get_text (title), ==, "");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (confidentiality)));
  g_assert_false (gtk_widget_get_visible (opinion));

  passend_timeline_row_set_entry (PASSEND_TIMELINE_ROW (row), plain);
  g_assert_cmpstr (gtk_label_get_text (title), ==, "Verzuim");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (confidentiality)));
  g_assert_false (gtk_widget_get_visible (opinion));
  g_assert_true (passend_timeline_row_get_entry (PASSEND_TIMELINE_ROW (row)) == plain);

  passend_timeline_row_set_entry (PASSEND_TIMELINE_ROW (row), NULL);
  g_assert_finalize_object (row);
}

/* A cell's tooltip is kept on the widget and answered on demand; it is
 * also the widget's accessible description, and setting it again does
 * not connect again. */
static void
test_cell_tooltip (void)
{
  GtkWidget *label = g_object_ref_sink (gtk_label_new ("3"));
  g_autofree char *mismatch = NULL;

  passend_ui_set_cell_tooltip (label, "3 — Extra support");
  g_assert_true (gtk_widget_get_has_tooltip (label));
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                 "3 — Extra support");
  g_assert_null (mismatch);

  passend_ui_set_cell_tooltip (label, "4 — Beyond the school");
  passend_ui_set_cell_tooltip (label, "4 — Beyond the school");
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                 "4 — Beyond the school");
  g_assert_null (mismatch);
  g_assert_cmpuint (g_signal_handlers_block_matched (label, G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_DATA,
                                                     g_signal_lookup ("query-tooltip", GTK_TYPE_WIDGET),
                                                     0, NULL, NULL, NULL), ==, 1);

  passend_ui_set_cell_tooltip (label, "");
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  g_assert_finalize_object (label);
}

int
main (int    argc,
      char **argv)
{
  /* GTK's test accessibility backend needs no session bus and lets
   * test_cell_tooltip() read the accessible description. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/timeline-row/recycles", test_timeline_row_recycles);
  g_test_add_func ("/ui/cell-tooltip", test_cell_tooltip);
  g_test_add ("/ui/window/caseload-and-student", Fixture, NULL,
              fixture_set_up, test_caseload_and_student, fixture_tear_down);
  g_test_add ("/ui/window/sort-is-remembered", Fixture, NULL,
              fixture_set_up, test_sort_is_remembered, fixture_tear_down);
  g_test_add ("/ui/window/follows-changes", Fixture, NULL,
              fixture_set_up, test_follows_changes, fixture_tear_down);
  g_test_add ("/ui/window/narrow-window", Fixture, NULL,
              fixture_set_up, test_narrow_window, fixture_tear_down);
  g_test_add ("/ui/window/demo-school", Fixture, NULL,
              fixture_set_up, test_demo_school, fixture_tear_down);
  g_test_add ("/ui/preferences/school-and-integrity", Fixture, NULL,
              fixture_set_up, test_preferences, fixture_tear_down);
  g_test_add ("/ui/window/first-start", Fixture, NULL,
              fixture_set_up, test_first_start, fixture_tear_down);
  g_test_add ("/ui/window/open-error", Fixture, NULL,
              fixture_set_up, test_open_error, fixture_tear_down);
  g_test_add ("/ui/window/damaged-timeline", Fixture, NULL,
              fixture_set_up, test_damaged_timeline, fixture_tear_down);

  return g_test_run ();
}
