/* test-ui-absence.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "passend-absence-dialog.h"
#include "passend-absence-view.h"
#include "passend-application.h"
#include "passend-caseload-columns.h"
#include "passend-caseload-page.h"
#include "passend-database-absence.h"
#include "passend-demo-school.h"
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
  PassendStudent     *student;    /* in the caseload, without absence */
} Fixture;

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

  fixture->dir = g_dir_make_tmp ("passend-ui-absence-XXXXXX", &error);
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
      g_autoptr(GListModel) absence = passend_database_list_absence (fixture->database,
                                                                     passend_student_get_id (student), &error);

      if (g_list_model_get_n_items (absence) == 0)
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
      if (PASSEND_IS_ABSENCE_DIALOG (l->data))
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

/* The weekday @n weekdays before the last weekday up to today. */
static PassendDay
weekday_back (int n)
{
  PassendDay day = passend_day_today ();

  while (passend_day_get_weekday (day) > 5)
    day--;
  while (n > 0)
    {
      day--;
      if (passend_day_get_weekday (day) <= 5)
        n--;
    }

  return day;
}

static PassendAbsenceDialog *
open_dialog (PassendAbsenceView *view)
{
  PassendAbsenceDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "absence.record", NULL));
  passend_test_ui_settle (50);
  dialog = find_toplevel (PASSEND_TYPE_ABSENCE_DIALOG);
  g_assert_nonnull (dialog);
  return dialog;
}

static PassendAbsenceSignals
caseload_signals (Fixture *fixture)
{
  PassendCaseloadPage *page = find_descendant (GTK_WIDGET (fixture->window), PASSEND_TYPE_CASELOAD_PAGE);
  GtkColumnView *column_view = passend_test_ui_child (page, PASSEND_TYPE_CASELOAD_PAGE, "column_view");
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (column_view));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (model, i);

      if (passend_student_get_id (student) == passend_student_get_id (fixture->student))
        {
          g_autofree char *flags = _passend_caseload_column_dup_text (PASSEND_CASELOAD_COLUMN_FLAGS, student);
          PassendAbsenceSignals signals = passend_absence_rules_get_signals (student);

          /* The flag column says so, not just the data behind it. */
          g_assert_true ((strstr (flags, "DUO") != NULL) == ((signals & PASSEND_ABSENCE_SIGNAL_THRESHOLD) != 0));
          return signals;
        }
    }

  g_assert_not_reached ();
  return PASSEND_ABSENCE_SIGNAL_NONE;
}

static gboolean
flag_shown (gpointer data)
{
  return (caseload_signals (data) & PASSEND_ABSENCE_SIGNAL_THRESHOLD) != 0;
}

static gboolean
report_hidden (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

static gboolean
report_shown (gpointer data)
{
  return gtk_widget_get_visible (data);
}

static guint
count_rows (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rows = passend_database_list_absence (fixture->database,
                                                              passend_student_get_id (fixture->student), &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (rows);
}

static void
test_record_until_threshold (Fixture       *fixture,
                             gconstpointer  user_data)
{
  PassendStudentPage *page;
  PassendAbsenceView *view;
  PassendAbsenceDialog *dialog;
  GtkWidget *report_row;
  GtkListBox *list_box;
  GtkWidget *remove_button;

  g_assert_cmpuint (caseload_signals (fixture), ==, PASSEND_ABSENCE_SIGNAL_NONE);

  passend_window_show_student (fixture->window, fixture->student);
  passend_test_ui_settle (100);
  page = find_descendant (GTK_WIDGET (fixture->window), PASSEND_TYPE_STUDENT_PAGE);
  g_assert_nonnull (page);
  adw_view_stack_set_visible_child_name (passend_test_ui_child (page, PASSEND_TYPE_STUDENT_PAGE, "view_stack"),
                                         "absence");
  view = passend_test_ui_child (page, PASSEND_TYPE_STUDENT_PAGE, "absence");
  report_row = passend_test_ui_child (view, PASSEND_TYPE_ABSENCE_VIEW, "report_row");
  g_assert_false (gtk_widget_get_visible (report_row));

  /* Four days of four unauthorised lessons: exactly the threshold. */
  for (int i = 3; i >= 0; i--)
    {
      dialog = open_dialog (view);
      passend_absence_dialog_set_day (dialog, weekday_back (i));
      passend_absence_dialog_set_hours (dialog, 4);
      passend_absence_dialog_set_reason (dialog, PASSEND_ABSENCE_UNAUTHORISED);
      g_assert_true (passend_absence_dialog_save (dialog));
      passend_test_ui_settle (50);
      g_assert_null (find_toplevel (PASSEND_TYPE_ABSENCE_DIALOG));
      if (i > 0)
        g_assert_false (gtk_widget_get_visible (report_row));
    }

  /* The same day and reason again: refused, said in the dialog, nothing
   * stored. */
  dialog = open_dialog (view);
  passend_absence_dialog_set_day (dialog, weekday_back (0));
  passend_absence_dialog_set_reason (dialog, PASSEND_ABSENCE_UNAUTHORISED);
  g_assert_false (passend_absence_dialog_save (dialog));
  g_assert_nonnull (strstr (passend_absence_dialog_get_error (dialog), "already registered"));
  passend_test_ui_save_screenshot (GTK_WIDGET (dialog), "absence-dialog.png", 300, FALSE);
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_cmpuint (count_rows (fixture), ==, 4);
  g_assert_true (passend_test_ui_wait_for (report_shown, report_row));
  passend_test_ui_save_screenshot (GTK_WIDGET (fixture->window), "absence.png", 400, FALSE);

  /* The caseload flags the student. */
  g_assert_true (passend_test_ui_wait_for (flag_shown, fixture));
  passend_window_show_page (fixture->window, "caseload");
  passend_test_ui_save_screenshot (GTK_WIDGET (fixture->window), "absence-caseload.png", 400, FALSE);
  passend_window_show_page (fixture->window, "overview");
  passend_test_ui_save_screenshot (GTK_WIDGET (fixture->window), "absence-overview.png", 400, FALSE);
  passend_window_show_student (fixture->window, fixture->student);
  passend_test_ui_settle (100);

  /* Removing one takes the student under the threshold again. */
  list_box = passend_test_ui_child (view, PASSEND_TYPE_ABSENCE_VIEW, "list_box");
  remove_button = find_descendant (GTK_WIDGET (gtk_list_box_get_row_at_index (list_box, 0)), GTK_TYPE_BUTTON);
  g_assert_nonnull (remove_button);
  g_signal_emit_by_name (remove_button, "clicked");
  passend_test_ui_settle (100);
  g_assert_cmpuint (count_rows (fixture), ==, 3);
  g_assert_true (passend_test_ui_wait_for (report_hidden, report_row));
  g_assert_cmpstr (gtk_label_get_text (passend_test_ui_child (view, PASSEND_TYPE_ABSENCE_VIEW, "window_label")),
                   ==, "12 / 16");
}

static gboolean
flag_gone (gpointer data)
{
  return (caseload_signals (data) & PASSEND_ABSENCE_SIGNAL_THRESHOLD) == 0;
}

static gboolean
label_says_reported (gpointer data)
{
  return g_str_has_prefix (gtk_label_get_text (data), "Reported ");
}

static AdwMessageDialog *
find_report_dialog (void)
{
  AdwMessageDialog *dialog = NULL;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
          g_strcmp0 (gtk_widget_get_name (l->data), "absence-report-dialog") == 0)
        {
          g_assert_null (dialog);
          dialog = l->data;
        }
    }
  g_list_free (toplevels);
  return dialog;
}

static gboolean
no_report_dialog (gpointer data)
{
  return find_report_dialog () == NULL;
}

static AdwMessageDialog *
open_report_dialog (GtkWidget *button)
{
  AdwMessageDialog *dialog;

  g_assert_true (passend_test_ui_wait_for (no_report_dialog, NULL));
  g_signal_emit_by_name (button, "clicked");
  passend_test_ui_settle (50);
  dialog = find_report_dialog ();
  g_assert_nonnull (dialog);
  return dialog;
}

/* As a click on the response's button does: the response, then close. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
}

typedef struct
{
  guint     n_toasts;
  AdwToast *last;
} Toasts;

static void
count_toast_cb (PassendAbsenceView *view,
                AdwToast           *toast,
                Toasts             *toasts)
{
  toasts->n_toasts++;
  g_set_object (&toasts->last, toast);
}

static gboolean
button_shown (gpointer data)
{
  return gtk_widget_get_visible (data);
}

/* Reporting to DUO from the absence tab: an impossible day is refused
 * with a message and stores nothing; the day the report was made settles
 * the threshold, in the tab, the caseload and the timeline. */
static void
test_report_settles (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) timeline = NULL;
  g_autoptr(PassendTimelineEntry) newest = NULL;
  PassendStudentPage *page;
  PassendAbsenceView *view;
  AdwMessageDialog *dialog;
  PassendAbsenceSummary summary;
  GtkWidget *report_row;
  GtkWidget *report_button;
  GtkLabel *report_label;
  GtkEditable *day_row;
  Toasts toasts = { 0, NULL };

  for (int i = 3; i >= 0; i--)
    {
      g_autoptr(PassendAbsence) absence = passend_absence_new (weekday_back (i), 4, PASSEND_ABSENCE_UNAUTHORISED);

      passend_absence_set_student_id (absence, passend_student_get_id (fixture->student));
      /* Through the window's connection, whose changes the pages follow. */
      g_assert_true (passend_database_add_absence (passend_window_get_database (fixture->window), absence, &error));
      g_assert_no_error (error);
    }
  g_assert_true (passend_test_ui_wait_for (flag_shown, fixture));

  passend_window_show_student (fixture->window, fixture->student);
  passend_test_ui_settle (100);
  page = find_descendant (GTK_WIDGET (fixture->window), PASSEND_TYPE_STUDENT_PAGE);
  adw_view_stack_set_visible_child_name (passend_test_ui_child (page, PASSEND_TYPE_STUDENT_PAGE, "view_stack"),
                                         "absence");
  view = passend_test_ui_child (page, PASSEND_TYPE_STUDENT_PAGE, "absence");
  g_signal_connect (view, "add-toast", G_CALLBACK (count_toast_cb), &toasts);
  report_row = passend_test_ui_child (view, PASSEND_TYPE_ABSENCE_VIEW, "report_row");
  report_button = passend_test_ui_child (view, PASSEND_TYPE_ABSENCE_VIEW, "report_button");
  report_label = passend_test_ui_child (view, PASSEND_TYPE_ABSENCE_VIEW, "report_label");
  g_assert_true (passend_test_ui_wait_for (report_shown, report_row));
  g_assert_true (gtk_widget_get_visible (report_button));

  dialog = open_report_dialog (report_button);
  day_row = g_object_get_data (G_OBJECT (dialog), "day-row");
  passend_test_ui_save_screenshot (GTK_WIDGET (dialog), "absence-report-dialog.png", 300, FALSE);
  gtk_editable_set_text (day_row, "31-02-2026");
  respond (dialog, "record");
  passend_test_ui_settle (100);
  g_assert_cmpuint (toasts.n_toasts, ==, 1);
  g_assert_null (adw_toast_get_button_label (toasts.last));
  g_assert_true (passend_database_summarise_absence (fixture->database, passend_student_get_id (fixture->student),
                                                     passend_day_today (), &summary, &error));
  g_assert_cmpuint (summary.signals, ==, PASSEND_ABSENCE_SIGNAL_THRESHOLD);
  g_assert_true (gtk_widget_get_visible (report_button));

  /* Today, as the dialog proposes. */
  dialog = open_report_dialog (report_button);
  respond (dialog, "record");
  g_assert_true (passend_test_ui_wait_for (label_says_reported, report_label));
  g_assert_cmpuint (toasts.n_toasts, ==, 2);
  g_assert_true (gtk_widget_get_visible (report_row));
  g_assert_false (gtk_widget_get_visible (report_button));
  g_assert_true (passend_test_ui_wait_for (flag_gone, fixture));

  /* Undo in the toast takes it back: the signal and its button return. */
  g_assert_cmpstr (adw_toast_get_button_label (toasts.last), ==, "_Undo");
  g_signal_emit_by_name (toasts.last, "button-clicked");
  g_assert_true (passend_test_ui_wait_for (button_shown, report_button));
  g_assert_true (passend_test_ui_wait_for (flag_shown, fixture));
  g_assert_true (passend_database_summarise_absence (fixture->database, passend_student_get_id (fixture->student),
                                                     passend_day_today (), &summary, &error));
  g_assert_cmpuint (summary.signals, ==, PASSEND_ABSENCE_SIGNAL_THRESHOLD);

  dialog = open_report_dialog (report_button);
  respond (dialog, "record");
  g_assert_true (passend_test_ui_wait_for (label_says_reported, report_label));
  g_assert_true (passend_test_ui_wait_for (flag_gone, fixture));
  g_clear_object (&toasts.last);
  passend_test_ui_save_screenshot (GTK_WIDGET (fixture->window), "absence-reported.png", 400, FALSE);

  timeline = passend_database_list_timeline (fixture->database, passend_student_get_id (fixture->student), &error);
  g_assert_no_error (error);
  newest = g_list_model_get_item (timeline, 0);
  g_assert_cmpint (passend_timeline_entry_get_kind (newest), ==, PASSEND_ENTRY_KIND_ABSENCE);
  g_assert_cmpstr (passend_timeline_entry_get_title (newest), ==, "Verzuimmelding gedaan bij DUO");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/absence/record-until-threshold", Fixture, NULL,
              fixture_set_up, test_record_until_threshold, fixture_tear_down);
  g_test_add ("/ui/absence/report-settles", Fixture, NULL,
              fixture_set_up, test_report_settles, fixture_tear_down);

  return g_test_run ();
}
