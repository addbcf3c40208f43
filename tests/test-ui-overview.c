/* test-ui-overview.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "passend-application.h"
#include "passend-database-meetings.h"
#include "passend-demo-school.h"
#include "passend-overview-page.h"
#include "passend-preferences-window.h"
#include "passend-student-page.h"
#include "passend-window.h"
#include "passend-test-ui.h"

typedef struct
{
  char               *dir;
  char               *path;
  PassendDatabase    *database;   /* the test's own connection */
  PassendApplication *app;
  PassendWindow      *window;
} Fixture;

static void
save_screenshot (GtkWidget  *window,
                 const char *name)
{
  passend_test_ui_save_screenshot (window, name, 400, TRUE);
}

/* The first descendant of @widget of @type, depth first. */
static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }

  return NULL;
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_ACTION_ROW (child) && gtk_widget_get_mapped (child))
        g_ptr_array_add (rows, child);
      else
        collect_rows (child, rows);
    }
}

/* The rows of the deadline groups, in the page's order; not the actions
 * and meetings, which have groups of their own. */
static void
collect_deadline_rows (GtkWidget *page,
                       GPtrArray *rows)
{
  static const char * const lists[] = { "overdue_list", "today_list", "week_list", "later_list" };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    collect_rows (passend_test_ui_child (page, PASSEND_TYPE_OVERVIEW_PAGE, lists[i]), rows);
}

static gboolean
has_label_with_class (GtkWidget  *widget,
                      const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, css_class))
        return TRUE;
      if (has_label_with_class (child, css_class))
        return TRUE;
    }

  return FALSE;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("passend-overview-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "school.db", NULL);

  /* The typical school laptop. */
  g_settings_set_int (settings, "window-width", 1366);
  g_settings_set_int (settings, "window-height", 768);
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

static gboolean
window_is_shown (gpointer data)
{
  Fixture *fixture = data;

  return fixture->window != NULL &&
         gtk_widget_get_mapped (GTK_WIDGET (fixture->window)) &&
         gtk_widget_get_width (GTK_WIDGET (fixture->window)) > 0;
}

static const char *
content_page (Fixture *fixture)
{
  GObject *stack = gtk_widget_get_template_child (GTK_WIDGET (fixture->window), PASSEND_TYPE_WINDOW,
                                                  "content_stack");

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static gboolean
student_is_shown (gpointer data)
{
  return g_strcmp0 (content_page (data), "student") == 0;
}

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
  fixture->window = windows->data;
  g_assert_true (passend_test_ui_wait_for (window_is_shown, fixture));
}

/* Screenshots show exactly a 1366×768 laptop screen: the window's size
 * includes the frame GTK keeps around it, and a mapped window cannot be
 * resized without a window manager, so start again with it added. */
static void
restart_for_screenshots (Fixture *fixture)
{
  g_autoptr(GSettings) settings = NULL;
  int extra_width, extra_height;

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

/* A demo school whose today is the real today, so the overview (which
 * follows the clock) shows deadlines in every state. */
static void
test_overview_shows_store_deadlines (Fixture       *fixture,
                                     gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all_deadlines = NULL;
  g_autoptr(GListModel) deadlines = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  PassendDemoOptions options;
  PassendDay today = passend_day_today ();
  GtkWidget *page;
  GtkWidget *student_row = NULL;
  PassendDeadline *opened = NULL;
  GObject *student_page;
  guint n_overdue = 0;

  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);
  passend_demo_options_init (&options);
  options.n_students = 400;
  options.n_caseload = 120;
  options.seed = 11;
  options.today = today;
  passend_demo_school_generate (fixture->database, &options, NULL, NULL, &error);
  g_assert_no_error (error);
  all_deadlines = passend_database_list_deadlines (fixture->database, today, &error);
  g_assert_no_error (error);
  /* Actions and meetings have groups of their own. */
  deadlines = G_LIST_MODEL (g_list_store_new (PASSEND_TYPE_DEADLINE));
  for (guint i = 0; i < g_list_model_get_n_items (all_deadlines); i++)
    {
      g_autoptr(PassendDeadline) deadline = g_list_model_get_item (all_deadlines, i);

      if (passend_overview_page_shows_as_deadline (deadline, today))
        g_list_store_append (G_LIST_STORE (deadlines), deadline);
    }
  g_assert_cmpuint (g_list_model_get_n_items (deadlines), >, 0);

  start_application (fixture);
  restart_for_screenshots (fixture);

  passend_window_show_page (fixture->window, "overview");
  passend_test_ui_settle (200);
  page = find_descendant (GTK_WIDGET (fixture->window), PASSEND_TYPE_OVERVIEW_PAGE);
  g_assert_nonnull (page);
  g_assert_true (passend_overview_page_get_database (PASSEND_OVERVIEW_PAGE (page)) != NULL);

  /* The deadline rows are the store's deadlines, in its order; red marks
   * the overdue ones and only those. */
  collect_deadline_rows (page, rows);
  g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (deadlines));
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(PassendDeadline) deadline = g_list_model_get_item (deadlines, i);
      AdwPreferencesRow *row = g_ptr_array_index (rows, i);
      gboolean overdue = passend_deadline_is_overdue (deadline, today);

      g_assert_cmpstr (adw_preferences_row_get_title (row), ==, passend_deadline_get_subject (deadline));
      g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                       passend_deadline_get_description (deadline));
      g_assert_cmpint (has_label_with_class (GTK_WIDGET (row), "error"), ==, overdue);
      n_overdue += overdue;
      if (student_row == NULL && passend_deadline_get_student_id (deadline) != 0)
        {
          student_row = GTK_WIDGET (row);
          opened = g_object_ref (deadline);
        }
    }
  g_assert_cmpuint (n_overdue, >, 0);
  g_assert_cmpuint (n_overdue, <, rows->len);

  save_screenshot (GTK_WIDGET (fixture->window), "overview.png");

  /* A meeting of this week opens in the Meetings page. */
  {
    g_autoptr(GPtrArray) meeting_rows = g_ptr_array_new ();

    collect_rows (passend_test_ui_child (page, PASSEND_TYPE_OVERVIEW_PAGE, "meetings_list"), meeting_rows);
    if (meeting_rows->len > 0)
      {
        gtk_widget_activate (g_ptr_array_index (meeting_rows, 0));
        passend_test_ui_settle (100);
        g_assert_cmpstr (content_page (fixture), ==, "meetings");
        passend_window_show_page (fixture->window, "overview");
        passend_test_ui_settle (100);
      }
  }

  /* Activating a student's deadline opens that student. */
  g_assert_nonnull (student_row);
  gtk_widget_activate (student_row);
  g_assert_true (passend_test_ui_wait_for (student_is_shown, fixture));
  student_page = G_OBJECT (passend_window_get_page (PASSEND_WINDOW (fixture->window), "student"));
  g_assert_cmpint (passend_student_get_id (passend_student_page_get_student (PASSEND_STUDENT_PAGE (student_page))),
                   ==, passend_deadline_get_student_id (opened));
  g_object_unref (opened);
}

typedef struct
{
  GtkStack   *stack;
  const char *name;
} StackShows;

static gboolean
stack_shows (gpointer data)
{
  StackShows *shows = data;

  return g_strcmp0 (gtk_stack_get_visible_child_name (shows->stack), shows->name) == 0;
}

/* An empty school needs nothing; a write through the database that makes
 * a deadline shows it without being asked. */
static void
test_overview_empty_then_changed (Fixture       *fixture,
                                  gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendStudent) student = passend_student_new ();
  PassendDay today = passend_day_new (2026, 11, 23);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = passend_overview_page_new ();
  StackShows shows;

  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);

  passend_overview_page_set_today (PASSEND_OVERVIEW_PAGE (page), today);
  passend_overview_page_set_database (PASSEND_OVERVIEW_PAGE (page), fixture->database);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_present (GTK_WINDOW (window));

  shows.stack = GTK_STACK (gtk_widget_get_template_child (page, PASSEND_TYPE_OVERVIEW_PAGE, "stack"));
  shows.name = "empty";
  g_assert_true (passend_test_ui_wait_for (stack_shows, &shows));

  passend_student_set_lvs_number (student, "5001");
  passend_student_set_roepnaam (student, "Sem");
  passend_student_set_achternaam (student, "Jansen");
  passend_database_add_student (fixture->database, student, &error);
  g_assert_no_error (error);
  passend_database_set_support_status (fixture->database, passend_student_get_id (student),
                                       PASSEND_NIVEAU_3, PASSEND_PHASE_3B_FLEX_ZAT, PASSEND_REGIE_LECO, 0,
                                       "Arrangement toegekend", 0, &error);
  g_assert_no_error (error);
  passend_database_set_opp_days (fixture->database, passend_student_get_id (student),
                                 passend_day_new (2026, 10, 1), PASSEND_DAY_NONE, PASSEND_DAY_NONE, &error);
  g_assert_no_error (error);

  shows.name = "list";
  g_assert_true (passend_test_ui_wait_for (stack_shows, &shows));
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();

    passend_test_ui_settle (100);
    collect_deadline_rows (page, rows);
    g_assert_cmpuint (rows->len, ==, 1);
    g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), ==, "Sem Jansen");
    g_assert_true (has_label_with_class (g_ptr_array_index (rows, 0), "error"));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static gint64
add_action (PassendDatabase *database,
            gint64           item_id,
            const char      *what,
            const char      *owner,
            PassendDay       due)
{
  g_autoptr(PassendMeetingAction) action = passend_meeting_action_new (item_id, what);
  g_autoptr(GError) error = NULL;

  passend_meeting_action_set_owner_name (action, owner);
  passend_meeting_action_set_due_on (action, due);
  passend_database_add_meeting_action (database, action, &error);
  g_assert_no_error (error);
  return passend_meeting_action_get_id (action);
}

static void
student_activated_cb (GtkWidget      *page,
                      PassendStudent *student,
                      gint64         *student_id)
{
  *student_id = passend_student_get_id (student);
}

/* Open actions that are overdue, due within the horizon or without a due
 * day show, with the meetings of this week; done ones and later ones do
 * not. Marking one done takes it off. */
static void
test_overview_actions_and_meetings (Fixture       *fixture,
                                    gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendStudent) student = passend_student_new ();
  g_autoptr(GListModel) kinds = NULL;
  g_autoptr(PassendMeetingKind) kind = NULL;
  g_autoptr(PassendMeeting) meeting = NULL;
  g_autoptr(GPtrArray) action_rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) meeting_rows = g_ptr_array_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) morning = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                        g_date_time_get_day_of_month (now), 0, 15, 0);
  PassendDay today = passend_day_today ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = passend_overview_page_new ();
  gint64 student_id, item_id, done_id, activated = 0;

  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);
  passend_student_set_lvs_number (student, "5001");
  passend_student_set_roepnaam (student, "Sem");
  passend_student_set_achternaam (student, "Jansen");
  passend_database_add_student (fixture->database, student, &error);
  g_assert_no_error (error);
  student_id = passend_student_get_id (student);

  kinds = passend_database_list_meeting_kinds (fixture->database, FALSE, &error);
  g_assert_no_error (error);
  kind = g_list_model_get_item (kinds, 0);
  meeting = passend_meeting_new (passend_meeting_kind_get_id (kind), g_date_time_to_unix (morning));
  passend_database_add_meeting (fixture->database, meeting, &error);
  g_assert_no_error (error);
  passend_database_add_meeting_items (fixture->database, passend_meeting_get_id (meeting), &student_id, 1, &item_id,
                                      &error);
  g_assert_no_error (error);

  add_action (fixture->database, item_id, "Ouders bellen", "ouders", passend_day_add_days (today, -3));
  add_action (fixture->database, item_id, "Verslag naar het SWV", "", PASSEND_DAY_NONE);
  add_action (fixture->database, item_id, "Evaluatie plannen", "mentor", passend_day_add_days (today, 60));
  done_id = add_action (fixture->database, item_id, "Dossier compleet maken", "", today);
  passend_database_set_meeting_action_done (fixture->database, done_id, today, &error);
  g_assert_no_error (error);

  passend_overview_page_set_today (PASSEND_OVERVIEW_PAGE (page), today);
  passend_overview_page_set_database (PASSEND_OVERVIEW_PAGE (page), fixture->database);
  g_signal_connect (page, "student-activated", G_CALLBACK (student_activated_cb), &activated);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  passend_test_ui_settle (200);

  collect_rows (passend_test_ui_child (page, PASSEND_TYPE_OVERVIEW_PAGE, "actions_list"), action_rows);
  g_assert_cmpuint (action_rows->len, ==, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (action_rows, 0)), ==, "Ouders bellen");
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (action_rows, 0)), ==, "Sem Jansen · ouders");
  g_assert_true (has_label_with_class (g_ptr_array_index (action_rows, 0), "error"));
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (action_rows, 1)), ==, "Verslag naar het SWV");
  g_assert_false (has_label_with_class (g_ptr_array_index (action_rows, 1), "error"));

  collect_rows (passend_test_ui_child (page, PASSEND_TYPE_OVERVIEW_PAGE, "meetings_list"), meeting_rows);
  g_assert_cmpuint (meeting_rows->len, ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (meeting_rows, 0)), ==,
                   passend_meeting_get_title (meeting));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (g_ptr_array_index (meeting_rows, 0)), "1 student"));
  save_screenshot (window, "overview-actions.png");

  /* Without a meeting view to open, an action opens its student. */
  gtk_widget_activate (g_ptr_array_index (action_rows, 1));
  g_assert_cmpint (activated, ==, student_id);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
collect_spins (GtkWidget *widget,
               GPtrArray *spins)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SPIN_BUTTON (child))
        g_ptr_array_add (spins, child);
      else
        collect_spins (child, spins);
    }
}

/* The protocol values, holidays and locations the coordinator sets in
 * Preferences are what the store keeps. */
static void
test_preferences_rules (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();
  g_autoptr(GListModel) holidays = NULL;
  g_auto(GStrv) locations = NULL;
  PassendProtocol protocol;
  GtkWidget *preferences;
  GtkWidget *reset;
  GObject *row;
  g_autofree char *icon_path = NULL;
  g_autofree char *icon = NULL;
  g_autoptr(GBytes) logo = NULL;
  g_autoptr(GBytes) stored = NULL;
  gsize icon_size = 0;

  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);
  /* The app's own icon as the school's logo. */
  icon_path = g_test_build_filename (G_TEST_DIST, "..", "data", "icons", "hicolor", "scalable", "apps",
                                     "io.github.passend.Passend.svg", NULL);
  g_file_get_contents (icon_path, &icon, &icon_size, &error);
  g_assert_no_error (error);
  logo = g_bytes_new_take (g_steal_pointer (&icon), icon_size);
  passend_database_set_school_logo (fixture->database, logo, &error);
  g_assert_no_error (error);
  preferences = passend_preferences_window_new (fixture->database);
  gtk_window_set_default_size (GTK_WINDOW (preferences), 640, 768);
  gtk_window_present (GTK_WINDOW (preferences));

  /* One spin button per protocol value, in the enum's order. */
  collect_spins (preferences, spins);
  g_assert_cmpuint (spins->len, ==, PASSEND_PROTOCOL_N_VALUES);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (g_ptr_array_index (spins, 0)), ==, 14);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 0), 21);
  passend_database_load_protocol (fixture->database, &protocol, &error);
  g_assert_no_error (error);
  g_assert_cmpint (passend_protocol_get (&protocol, PASSEND_PROTOCOL_WARNING_HORIZON_DAYS), ==, 21);

  /* The reset button sits beside the spin button and appears only now. */
  reset = gtk_widget_get_prev_sibling (g_ptr_array_index (spins, 0));
  g_assert_true (GTK_IS_BUTTON (reset));
  g_assert_true (gtk_widget_get_visible (reset));
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), "protocol");
  save_screenshot (preferences, "preferences-protocol.png");
  g_signal_emit_by_name (reset, "clicked");
  passend_database_load_protocol (fixture->database, &protocol, &error);
  g_assert_cmpint (passend_protocol_get (&protocol, PASSEND_PROTOCOL_WARNING_HORIZON_DAYS), ==, 14);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (g_ptr_array_index (spins, 0)), ==, 14);
  g_assert_false (gtk_widget_get_visible (reset));

  /* A holiday typed the Dutch way is stored; one ending before it starts
   * is refused and nothing is stored. */
  row = gtk_widget_get_template_child (preferences, PASSEND_TYPE_PREFERENCES_WINDOW, "holiday_name_row");
  gtk_editable_set_text (GTK_EDITABLE (row), "Kerstvakantie");
  row = gtk_widget_get_template_child (preferences, PASSEND_TYPE_PREFERENCES_WINDOW, "holiday_first_row");
  gtk_editable_set_text (GTK_EDITABLE (row), "03-01-2027");
  row = gtk_widget_get_template_child (preferences, PASSEND_TYPE_PREFERENCES_WINDOW, "holiday_last_row");
  gtk_editable_set_text (GTK_EDITABLE (row), "19-12-2026");
  g_signal_emit_by_name (row, "entry-activated");
  holidays = passend_database_list_holidays (fixture->database, &error);
  g_assert_cmpuint (g_list_model_get_n_items (holidays), ==, 0);
  g_clear_object (&holidays);

  row = gtk_widget_get_template_child (preferences, PASSEND_TYPE_PREFERENCES_WINDOW, "holiday_first_row");
  gtk_editable_set_text (GTK_EDITABLE (row), "19-12-2026");
  row = gtk_widget_get_template_child (preferences, PASSEND_TYPE_PREFERENCES_WINDOW, "holiday_last_row");
  gtk_editable_set_text (GTK_EDITABLE (row), "03-01-2027");
  g_signal_emit_by_name (row, "entry-activated");
  holidays = passend_database_list_holidays (fixture->database, &error);
  g_assert_cmpuint (g_list_model_get_n_items (holidays), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), "school-year");
  save_screenshot (preferences, "preferences-school-year.png");

  row = gtk_widget_get_template_child (preferences, PASSEND_TYPE_PREFERENCES_WINDOW, "location_entry");
  gtk_editable_set_text (GTK_EDITABLE (row), "Hoofdgebouw");
  g_signal_emit_by_name (row, "apply");
  locations = passend_database_list_locations (fixture->database, &error);
  g_assert_cmpuint (g_strv_length (locations), ==, 1);
  g_assert_cmpstr (locations[0], ==, "Hoofdgebouw");

  /* The logo shows with a way to remove it, which removes it. */
  row = gtk_widget_get_template_child (preferences, PASSEND_TYPE_PREFERENCES_WINDOW, "logo_row");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "image/svg+xml");
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), "general");
  save_screenshot (preferences, "preferences-general.png");
  row = gtk_widget_get_template_child (preferences, PASSEND_TYPE_PREFERENCES_WINDOW, "logo_remove_button");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (row)));
  g_signal_emit_by_name (row, "clicked");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (row)));
  stored = passend_database_get_school_logo (fixture->database, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (stored);

  gtk_window_destroy (GTK_WINDOW (preferences));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/overview/shows-store-deadlines", Fixture, NULL,
              fixture_set_up, test_overview_shows_store_deadlines, fixture_tear_down);
  g_test_add ("/ui/overview/empty-then-changed", Fixture, NULL,
              fixture_set_up, test_overview_empty_then_changed, fixture_tear_down);
  g_test_add ("/ui/overview/actions-and-meetings", Fixture, NULL,
              fixture_set_up, test_overview_actions_and_meetings, fixture_tear_down);
  g_test_add ("/ui/preferences/protocol-holidays-locations", Fixture, NULL,
              fixture_set_up, test_preferences_rules, fixture_tear_down);

  return g_test_run ();
}
