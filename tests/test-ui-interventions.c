/* test-ui-interventions.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "passend-application.h"
#include "passend-demo-school.h"
#include "passend-intervention-dialog.h"
#include "passend-intervention-kinds-page.h"
#include "passend-intervention-list.h"
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
  PassendStudent     *student;    /* an open case at niveau 1–2 */
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

  return fixture->window != NULL &&
         gtk_widget_get_mapped (GTK_WIDGET (fixture->window)) &&
         gtk_widget_get_width (GTK_WIDGET (fixture->window)) > 0;
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

  fixture->dir = g_dir_make_tmp ("passend-ui-interventions-XXXXXX", &error);
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

  caseload = passend_database_list_caseload (fixture->database, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (caseload) && fixture->student == NULL; i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (caseload, i);

      if (passend_student_get_niveau (student) <= PASSEND_NIVEAU_2)
        fixture->student = g_steal_pointer (&student);
    }
  g_assert_nonnull (fixture->student);

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
      if (PASSEND_IS_INTERVENTION_DIALOG (l->data) || PASSEND_IS_PREFERENCES_WINDOW (l->data))
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

/* The first descendant of @widget of @type. */
static gpointer
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      gpointer found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type))
        return c;
      found = find_descendant (c, type);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The first preferences row of @type under @widget titled @title. */
static GtkWidget *
find_titled (GtkWidget  *widget,
             GType       type,
             const char *title)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (c)), title) == 0)
        return c;
      found = find_titled (c, type, title);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
click (gpointer button)
{
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (button)));
  g_signal_emit_by_name (button, "clicked");
  passend_test_ui_settle (50);
}

static void
select_string (AdwComboRow *row,
               const char  *text)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_has_prefix (gtk_string_object_get_string (item), text))
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }

  g_assert_not_reached ();
}

static char *
day_text (PassendDay day)
{
  int year, month, day_of_month;

  passend_day_get_ymd (day, &year, &month, &day_of_month);
  return g_strdup_printf ("%02d-%02d-%04d", day_of_month, month, year);
}

typedef struct
{
  GtkListBox *list;
  const char *title;
} RowCheck;

static gboolean
row_is_shown (gpointer data)
{
  RowCheck *check = data;
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (check->list, i)) != NULL; i++)
    {
      if (ADW_IS_PREFERENCES_ROW (row) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), check->title) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Scrolls the page holding @widget so it is at the top, for a
 * screenshot that shows it. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  graphene_point_t point;

  g_assert_nonnull (scrolled);
  passend_test_ui_settle (100);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  g_assert_true (gtk_widget_compute_point (widget, scrolled, &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + point.y - 12);
}

/* Adds a running Steunlessen through the dialog: the planned end is the
 * kind's six weeks, the store keeps it, and the timeline shows it. */
static void
test_add_through_dialog (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) interventions = NULL;
  g_autoptr(GListModel) timeline = NULL;
  g_autoptr(PassendIntervention) stored = NULL;
  g_autofree char *start = day_text (passend_day_today ());
  g_autofree char *end = day_text (passend_day_add_days (passend_day_today (), 42));
  g_autofree char *too_late = day_text (passend_day_add_months (passend_day_today (), 6));
  GtkWidget *student_page = passend_window_get_page (PASSEND_WINDOW (fixture->window), "student");
  PassendInterventionList *list;
  PassendInterventionDialog *dialog;
  gint64 student_id = passend_student_get_id (fixture->student);
  guint n_before;
  gboolean on_timeline = FALSE;
  RowCheck check;

  interventions = passend_database_list_interventions (fixture->database, student_id, &error);
  g_assert_no_error (error);
  n_before = g_list_model_get_n_items (interventions);
  g_clear_object (&interventions);

  passend_window_show_student (fixture->window, fixture->student);
  adw_view_stack_set_visible_child_name (passend_test_ui_child (student_page, PASSEND_TYPE_STUDENT_PAGE, "view_stack"), "support");
  passend_test_ui_settle (100);
  list = find_descendant (student_page, PASSEND_TYPE_INTERVENTION_LIST);
  g_assert_nonnull (list);
  check.list = passend_test_ui_child (list, PASSEND_TYPE_INTERVENTION_LIST, "list");
  g_assert_null (gtk_list_box_get_row_at_index (check.list, (int) n_before));

  click (passend_test_ui_child (list, PASSEND_TYPE_INTERVENTION_LIST, "add_button"));
  dialog = find_toplevel (PASSEND_TYPE_INTERVENTION_DIALOG);
  g_assert_nonnull (dialog);

  /* The planned end follows the kind and the start. */
  select_string (passend_test_ui_child (dialog, PASSEND_TYPE_INTERVENTION_DIALOG, "kind_row"), "Steunlessen");
  gtk_editable_set_text (passend_test_ui_child (dialog, PASSEND_TYPE_INTERVENTION_DIALOG, "start_row"), start);
  g_assert_cmpstr (gtk_editable_get_text (passend_test_ui_child (dialog, PASSEND_TYPE_INTERVENTION_DIALOG, "end_row")), ==, end);
  adw_combo_row_set_selected (passend_test_ui_child (dialog, PASSEND_TYPE_INTERVENTION_DIALOG, "status_row"),
                              PASSEND_INTERVENTION_RUNNING);
  select_string (passend_test_ui_child (dialog, PASSEND_TYPE_INTERVENTION_DIALOG, "provider_row"), "None");
  gtk_editable_set_text (passend_test_ui_child (dialog, PASSEND_TYPE_INTERVENTION_DIALOG, "goal_row"),
                         "Haalt de achterstand bij wiskunde in.");
  save_screenshot (GTK_WIDGET (dialog), "intervention-dialog.png");

  /* JOS for six months is refused: the dialog stays, nothing is stored. */
  select_string (passend_test_ui_child (dialog, PASSEND_TYPE_INTERVENTION_DIALOG, "kind_row"), "Jeugdondersteuning");
  gtk_editable_set_text (passend_test_ui_child (dialog, PASSEND_TYPE_INTERVENTION_DIALOG, "end_row"), too_late);
  click (passend_test_ui_child (dialog, PASSEND_TYPE_INTERVENTION_DIALOG, "save_button"));
  g_assert_true (find_toplevel (PASSEND_TYPE_INTERVENTION_DIALOG) == dialog);
  g_assert_true (gtk_revealer_get_reveal_child (passend_test_ui_child (dialog, PASSEND_TYPE_INTERVENTION_DIALOG, "error_revealer")));
  interventions = passend_database_list_interventions (fixture->database, student_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (interventions), ==, n_before);
  g_clear_object (&interventions);

  select_string (passend_test_ui_child (dialog, PASSEND_TYPE_INTERVENTION_DIALOG, "kind_row"), "Steunlessen");
  gtk_editable_set_text (passend_test_ui_child (dialog, PASSEND_TYPE_INTERVENTION_DIALOG, "end_row"), end);
  click (passend_test_ui_child (dialog, PASSEND_TYPE_INTERVENTION_DIALOG, "save_button"));
  g_assert_null (find_toplevel (PASSEND_TYPE_INTERVENTION_DIALOG));

  /* In the database… */
  interventions = passend_database_list_interventions (fixture->database, student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (interventions), ==, n_before + 1);
  for (guint i = 0; i < g_list_model_get_n_items (interventions) && stored == NULL; i++)
    {
      g_autoptr(PassendIntervention) item = g_list_model_get_item (interventions, i);

      if (g_strcmp0 (passend_intervention_get_goal (item), "Haalt de achterstand bij wiskunde in.") == 0)
        stored = g_steal_pointer (&item);
    }
  g_assert_nonnull (stored);
  g_assert_cmpstr (passend_intervention_get_kind_name (stored), ==, "Steunlessen");
  g_assert_cmpint (passend_intervention_get_status (stored), ==, PASSEND_INTERVENTION_RUNNING);
  g_assert_cmpuint (passend_intervention_get_planned_end_on (stored), ==, passend_day_add_days (passend_day_today (), 42));

  /* …on the timeline… */
  timeline = passend_database_list_timeline (fixture->database, student_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (timeline); i++)
    {
      g_autoptr(PassendTimelineEntry) entry = g_list_model_get_item (timeline, i);

      if (g_strcmp0 (passend_timeline_entry_get_title (entry), "Steunlessen gestart") == 0 &&
          passend_timeline_entry_get_kind (entry) == PASSEND_ENTRY_KIND_INTERVENTION_START)
        on_timeline = TRUE;
    }
  g_assert_true (on_timeline);

  /* …and in the list on the Support tab. */
  check.title = "Steunlessen";
  g_assert_true (passend_test_ui_wait_for (row_is_shown, &check));
  scroll_to (GTK_WIDGET (list));
  save_screenshot (GTK_WIDGET (fixture->window), "interventions.png");
}

/* The catalogue in Preferences: a change is stored at once. */
static void
test_preferences_catalogue (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) kinds = NULL;
  g_autoptr(PassendInterventionKind) pmt = NULL;
  GtkWidget *preferences = passend_preferences_window_new (fixture->database);
  PassendInterventionKindsPage *page;
  GtkWidget *row = NULL;
  GtkSwitch *consent;

  gtk_window_set_default_size (GTK_WINDOW (preferences), 640, 768);
  gtk_window_present (GTK_WINDOW (preferences));
  passend_test_ui_settle (100);
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), "interventions");
  page = find_descendant (preferences, PASSEND_TYPE_INTERVENTION_KINDS_PAGE);
  g_assert_nonnull (page);

  /* One row per kind, the archived ones too; PMT is the one we edit. */
  kinds = passend_database_list_intervention_kinds (fixture->database, TRUE, &error);
  g_assert_no_error (error);
  row = find_titled (GTK_WIDGET (page), ADW_TYPE_EXPANDER_ROW, "PMT");
  g_assert_nonnull (row);
  /* The fields are built when the row opens. */
  g_assert_null (find_titled (row, ADW_TYPE_ACTION_ROW, "Parents Must Consent"));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  passend_test_ui_settle (100);
  consent = find_descendant (find_titled (row, ADW_TYPE_ACTION_ROW, "Parents Must Consent"), GTK_TYPE_SWITCH);
  g_assert_nonnull (consent);
  g_assert_true (gtk_switch_get_active (consent));
  gtk_switch_set_active (consent, FALSE);
  passend_test_ui_settle (50);

  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    {
      g_autoptr(PassendInterventionKind) kind = g_list_model_get_item (kinds, i);

      if (g_strcmp0 (passend_intervention_kind_get_code (kind), "pmt") == 0)
        pmt = passend_database_get_intervention_kind (fixture->database, passend_intervention_kind_get_id (kind), &error);
    }
  g_assert_nonnull (pmt);
  g_assert_false (passend_intervention_kind_get_consent_required (pmt));
  g_assert_cmpint (passend_intervention_kind_get_default_sessions (pmt), ==, 9);
  scroll_to (row);
  save_screenshot (preferences, "interventions-preferences.png");
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/interventions/add-through-dialog", Fixture, NULL,
              fixture_set_up, test_add_through_dialog, fixture_tear_down);
  g_test_add ("/ui/interventions/preferences-catalogue", Fixture, NULL,
              fixture_set_up, test_preferences_catalogue, fixture_tear_down);

  return g_test_run ();
}
