/* test-ui-student.c
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
#include "passend-close-case-dialog.h"
#include "passend-demo-school.h"
#include "passend-guardian-dialog.h"
#include "passend-status-dialog.h"
#include "passend-student-details.h"
#include "passend-student-editor.h"
#include "passend-student-page.h"
#include "passend-student-support.h"
#include "passend-window.h"
#include "passend-test-ui.h"

typedef struct
{
  char               *dir;
  char               *path;
  PassendDatabase    *database;   /* the test's own connection */
  PassendApplication *app;
  PassendWindow      *window;
  PassendStudent     *student;    /* an open case of the demo school */
} Fixture;

static void
save_screenshot (GtkWidget  *window,
                 const char *name)
{
  passend_test_ui_save_screenshot (window, name, 400, FALSE);
}

static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_reset (settings, "last-page");
  g_settings_set_int (settings, "window-width", 1366);
  g_settings_set_int (settings, "window-height", 768);
  g_settings_set_boolean (settings, "window-maximized", FALSE);
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
  PassendDemoOptions options;
  GList *windows;

  fixture->dir = g_dir_make_tmp ("passend-ui-student-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "school.db", NULL);
  reset_settings ();

  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);
  passend_demo_options_init (&options);
  options.n_students = 120;
  options.n_caseload = 20;
  options.seed = 11;
  options.today = passend_day_new (2026, 3, 16);
  passend_demo_school_generate (fixture->database, &options, NULL, NULL, &error);
  g_assert_no_error (error);

  /* A student at niveau 1 or 2, so raising the niveau is a change. */
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
      /* Only the dialogs a test left open: the shortcuts window belongs
       * to the main window. */
      if (PASSEND_IS_STUDENT_EDITOR (l->data) || PASSEND_IS_STATUS_DIALOG (l->data) ||
          PASSEND_IS_CLOSE_CASE_DIALOG (l->data) || PASSEND_IS_GUARDIAN_DIALOG (l->data) ||
          ADW_IS_MESSAGE_DIALOG (l->data))
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

/* The open toplevel of @type other than the main window, or NULL. */
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

/* The first button under @widget with @tooltip. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *tooltip)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c, tooltip);

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
set_text (gpointer    editable,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
}

static GtkWidget *
student_page (Fixture *fixture)
{
  return passend_window_get_page (PASSEND_WINDOW (fixture->window), "student");
}

static PassendStudentSupport *
support (Fixture *fixture)
{
  return passend_test_ui_child (student_page (fixture), PASSEND_TYPE_STUDENT_PAGE, "support");
}

static void
open_student (Fixture    *fixture,
              const char *view)
{
  passend_window_show_student (fixture->window, fixture->student);
  adw_view_stack_set_visible_child_name (passend_test_ui_child (student_page (fixture), PASSEND_TYPE_STUDENT_PAGE, "view_stack"),
                                         view);
  passend_test_ui_settle (100);
}

static PassendStudent *
reload_student (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  PassendStudent *student;

  student = passend_database_get_student (fixture->database, passend_student_get_id (fixture->student), &error);
  g_assert_no_error (error);
  return student;
}

static gint64
count (Fixture    *fixture,
       const char *entity)
{
  g_autoptr(GError) error = NULL;
  gint64 n = passend_database_count (fixture->database, entity, &error);

  g_assert_no_error (error);
  return n;
}

typedef struct
{
  GtkListBox *list;
  const char *title;
  GtkWidget  *found;
} RowCheck;

/* The page reloads when idle after a change: waits for a row. */
static gboolean
row_with_title_is_shown (gpointer data)
{
  RowCheck *check = data;
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (check->list, i)) != NULL; i++)
    {
      if (ADW_IS_PREFERENCES_ROW (row) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), check->title) == 0)
        {
          check->found = GTK_WIDGET (row);
          return TRUE;
        }
    }

  return FALSE;
}

static void
test_create_student (Fixture       *fixture,
                     gconstpointer  user_data)
{
  PassendStudentEditor *editor;
  PassendStudentDetails *details;
  GtkRevealer *error_revealer;
  g_autoptr(PassendStudent) shown = NULL;
  gint64 n_students = count (fixture, "students");
  gint64 n_caseload = count (fixture, "caseload");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-student", NULL);
  passend_test_ui_settle (100);
  editor = find_toplevel (PASSEND_TYPE_STUDENT_EDITOR);
  g_assert_nonnull (editor);
  details = passend_test_ui_child (editor, PASSEND_TYPE_STUDENT_EDITOR, "details");
  error_revealer = passend_test_ui_child (editor, PASSEND_TYPE_STUDENT_EDITOR, "error_revealer");

  /* An LVS number another student has. */
  set_text (passend_test_ui_child (details, PASSEND_TYPE_STUDENT_DETAILS, "lvs_row"),
            passend_student_get_lvs_number (fixture->student));
  set_text (passend_test_ui_child (details, PASSEND_TYPE_STUDENT_DETAILS, "roepnaam_row"), "Noor");
  set_text (passend_test_ui_child (details, PASSEND_TYPE_STUDENT_DETAILS, "achternaam_row"), "Nieuwenhuis");
  set_text (passend_test_ui_child (details, PASSEND_TYPE_STUDENT_DETAILS, "birth_row"), "14-02-2013");
  set_text (passend_test_ui_child (details, PASSEND_TYPE_STUDENT_DETAILS, "enrolled_row"), "01-09-2025");
  set_text (passend_test_ui_child (details, PASSEND_TYPE_STUDENT_DETAILS, "class_row"), "1H2");
  gtk_switch_set_active (passend_test_ui_child (editor, PASSEND_TYPE_STUDENT_EDITOR, "caseload_switch"), TRUE);
  click (passend_test_ui_child (editor, PASSEND_TYPE_STUDENT_EDITOR, "add_button"));

  g_assert_true (gtk_revealer_get_reveal_child (error_revealer));
  g_assert_nonnull (strstr (gtk_label_get_text (passend_test_ui_child (editor, PASSEND_TYPE_STUDENT_EDITOR, "error_label")),
                            passend_student_get_lvs_number (fixture->student)));
  g_assert_true (gtk_widget_has_css_class (passend_test_ui_child (details, PASSEND_TYPE_STUDENT_DETAILS, "lvs_row"), "error"));
  g_assert_true (find_toplevel (PASSEND_TYPE_STUDENT_EDITOR) == editor);
  g_assert_cmpint (count (fixture, "students"), ==, n_students);
  g_assert_cmpint (count (fixture, "caseload"), ==, n_caseload);
  save_screenshot (GTK_WIDGET (editor), "student-new.png");

  /* An impossible date is refused with the date named. */
  set_text (passend_test_ui_child (details, PASSEND_TYPE_STUDENT_DETAILS, "lvs_row"), "990077");
  set_text (passend_test_ui_child (details, PASSEND_TYPE_STUDENT_DETAILS, "birth_row"), "31-02-2013");
  click (passend_test_ui_child (editor, PASSEND_TYPE_STUDENT_EDITOR, "add_button"));
  g_assert_nonnull (strstr (gtk_label_get_text (passend_test_ui_child (editor, PASSEND_TYPE_STUDENT_EDITOR, "error_label")),
                            "31-02-2013"));
  g_assert_cmpint (count (fixture, "students"), ==, n_students);

  set_text (passend_test_ui_child (details, PASSEND_TYPE_STUDENT_DETAILS, "birth_row"), "14-02-2013");
  click (passend_test_ui_child (editor, PASSEND_TYPE_STUDENT_EDITOR, "add_button"));
  g_assert_null (find_toplevel (PASSEND_TYPE_STUDENT_EDITOR));
  g_assert_cmpint (count (fixture, "students"), ==, n_students + 1);
  g_assert_cmpint (count (fixture, "caseload"), ==, n_caseload + 1);

  /* The new student is shown. */
  shown = g_object_ref (passend_student_page_get_student (PASSEND_STUDENT_PAGE (student_page (fixture))));
  g_assert_cmpstr (passend_student_get_lvs_number (shown), ==, "990077");
  g_assert_cmpstr (passend_student_get_achternaam (shown), ==, "Nieuwenhuis");
}

typedef struct
{
  Fixture    *fixture;
  const char *roepnaam;
} NameCheck;

static gboolean
roepnaam_is_stored (gpointer data)
{
  NameCheck *check = data;
  g_autoptr(PassendStudent) student = reload_student (check->fixture);

  return g_strcmp0 (passend_student_get_roepnaam (student), check->roepnaam) == 0;
}

static void
test_edit_in_place (Fixture       *fixture,
                    gconstpointer  user_data)
{
  PassendStudentDetails *details;
  GtkRevealer *saved;
  NameCheck check = { fixture, "Marijke" };
  g_autoptr(PassendStudent) before = NULL;
  g_autoptr(PassendStudent) after = NULL;

  open_student (fixture, "details");
  details = passend_test_ui_child (student_page (fixture), PASSEND_TYPE_STUDENT_PAGE, "details");
  saved = passend_test_ui_child (student_page (fixture), PASSEND_TYPE_STUDENT_PAGE, "saved_revealer");
  g_assert_cmpstr (gtk_editable_get_text (passend_test_ui_child (details, PASSEND_TYPE_STUDENT_DETAILS, "lvs_row")), ==,
                   passend_student_get_lvs_number (fixture->student));

  set_text (passend_test_ui_child (details, PASSEND_TYPE_STUDENT_DETAILS, "roepnaam_row"), "Marijke");
  /* Not at once: edits wait for a pause in typing. */
  g_assert_false (roepnaam_is_stored (&check));
  g_assert_true (passend_test_ui_wait_for (roepnaam_is_stored, &check));
  passend_test_ui_settle (50);
  g_assert_true (gtk_revealer_get_reveal_child (saved));
  save_screenshot (GTK_WIDGET (fixture->window), "student-edit.png");

  /* A refused edit keeps its text and changes nothing. */
  before = reload_student (fixture);
  set_text (passend_test_ui_child (details, PASSEND_TYPE_STUDENT_DETAILS, "achternaam_row"), "");
  passend_test_ui_settle (900);
  after = reload_student (fixture);
  g_assert_cmpstr (passend_student_get_achternaam (after), ==, passend_student_get_achternaam (before));
  g_assert_cmpstr (gtk_editable_get_text (passend_test_ui_child (details, PASSEND_TYPE_STUDENT_DETAILS, "achternaam_row")), ==, "");
}

static PassendStudent *
caseload_row_of (Fixture *fixture,
                 gint64   id)
{
  GtkWidget *page = passend_test_ui_child (fixture->window, PASSEND_TYPE_WINDOW, "caseload_page");
  GtkColumnView *view = passend_test_ui_child (page, PASSEND_TYPE_CASELOAD_PAGE, "column_view");
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (view));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (model, i);

      if (passend_student_get_id (student) == id)
        return g_steal_pointer (&student);
    }

  return NULL;
}

static gboolean
caseload_shows_niveau_3 (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(PassendStudent) row = caseload_row_of (fixture, passend_student_get_id (fixture->student));

  return row != NULL && passend_student_get_niveau (row) == PASSEND_NIVEAU_3;
}

static void
test_change_niveau (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GListModel) timeline = NULL;
  g_autoptr(PassendTimelineEntry) newest = NULL;
  g_autoptr(GError) error = NULL;
  PassendStatusDialog *dialog;
  GtkWidget *change;
  gint64 id = passend_student_get_id (fixture->student);
  gint64 n_entries = count (fixture, "timeline");

  before = passend_database_list_status_history (fixture->database, id, &error);
  g_assert_no_error (error);

  open_student (fixture, "support");
  click (passend_test_ui_child (support (fixture), PASSEND_TYPE_STUDENT_SUPPORT, "change_button"));
  dialog = find_toplevel (PASSEND_TYPE_STATUS_DIALOG);
  g_assert_nonnull (dialog);
  change = passend_test_ui_child (dialog, PASSEND_TYPE_STATUS_DIALOG, "change_button");

  adw_combo_row_set_selected (passend_test_ui_child (dialog, PASSEND_TYPE_STATUS_DIALOG, "niveau_row"), PASSEND_NIVEAU_3 - 1);
  /* No reason, no change. */
  g_assert_false (gtk_widget_get_sensitive (change));
  set_text (passend_test_ui_child (dialog, PASSEND_TYPE_STATUS_DIALOG, "reason_row"), "Flex-ZAT: arrangement toegekend");
  g_assert_true (gtk_widget_get_sensitive (change));
  save_screenshot (GTK_WIDGET (dialog), "status-dialog.png");
  click (change);
  g_assert_null (find_toplevel (PASSEND_TYPE_STATUS_DIALOG));

  after = passend_database_list_status_history (fixture->database, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, before->len + 1);
  g_assert_cmpint (((PassendStatusChange *) g_ptr_array_index (after, after->len - 1))->niveau, ==, PASSEND_NIVEAU_3);
  g_assert_cmpstr (((PassendStatusChange *) g_ptr_array_index (after, after->len - 1))->reason, ==,
                   "Flex-ZAT: arrangement toegekend");

  g_assert_cmpint (count (fixture, "timeline"), ==, n_entries + 1);
  timeline = passend_database_list_timeline (fixture->database, id, &error);
  g_assert_no_error (error);
  newest = g_list_model_get_item (timeline, 0);
  g_assert_cmpint (passend_timeline_entry_get_kind (newest), ==, PASSEND_ENTRY_KIND_STATUS_CHANGE);

  /* The history on the page has the new row on top. */
  {
    GtkListBox *history = passend_test_ui_child (support (fixture), PASSEND_TYPE_STUDENT_SUPPORT, "history_list");
    RowCheck check = { history, "Level 1 → 3 · Regie Mentor or coach → LeCo", NULL };
    GtkListBoxRow *top;
    GtkWidget *scrolled;

    if (passend_student_get_niveau (fixture->student) == PASSEND_NIVEAU_2)
      check.title = "Level 2 → 3 · Regie Mentor or coach → LeCo";
    g_assert_true (passend_test_ui_wait_for (row_with_title_is_shown, &check));
    top = gtk_list_box_get_row_at_index (history, 0);
    g_assert_true (GTK_WIDGET (top) == check.found);

    g_assert_nonnull (top);
    g_assert_true (ADW_IS_ACTION_ROW (top));
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (top)), "Flex-ZAT: arrangement toegekend"));
    save_screenshot (GTK_WIDGET (fixture->window), "student-support.png");

    scrolled = gtk_widget_get_ancestor (GTK_WIDGET (history), GTK_TYPE_SCROLLED_WINDOW);
    if (scrolled != NULL)
      {
        GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      }
    save_screenshot (GTK_WIDGET (fixture->window), "student-history.png");
  }

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL);
  g_assert_true (passend_test_ui_wait_for (caseload_shows_niveau_3, fixture));
}

static AdwToast *last_toast;

static void
toast_cb (PassendStudentPage *page,
          AdwToast           *toast)
{
  g_set_object (&last_toast, toast);
}

static void
test_guardian_undo (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GListModel) guardians = NULL;
  g_autoptr(GError) error = NULL;
  PassendGuardianDialog *dialog;
  GtkWidget *remove;
  RowCheck check = { NULL, NULL, NULL };
  gint64 n_guardians = count (fixture, "guardians");
  gint64 guardian_id;

  open_student (fixture, "support");
  g_signal_connect (student_page (fixture), "add-toast", G_CALLBACK (toast_cb), NULL);

  click (passend_test_ui_child (support (fixture), PASSEND_TYPE_STUDENT_SUPPORT, "add_guardian_button"));
  dialog = find_toplevel (PASSEND_TYPE_GUARDIAN_DIALOG);
  g_assert_nonnull (dialog);
  set_text (passend_test_ui_child (dialog, PASSEND_TYPE_GUARDIAN_DIALOG, "relation_row"), "voogd");
  set_text (passend_test_ui_child (dialog, PASSEND_TYPE_GUARDIAN_DIALOG, "voorletters_row"), "K.");
  /* The family name is required. */
  click (passend_test_ui_child (dialog, PASSEND_TYPE_GUARDIAN_DIALOG, "save_button"));
  g_assert_true (find_toplevel (PASSEND_TYPE_GUARDIAN_DIALOG) == dialog);
  g_assert_cmpint (count (fixture, "guardians"), ==, n_guardians);
  set_text (passend_test_ui_child (dialog, PASSEND_TYPE_GUARDIAN_DIALOG, "achternaam_row"), "Zwaneveld");
  click (passend_test_ui_child (dialog, PASSEND_TYPE_GUARDIAN_DIALOG, "save_button"));
  g_assert_null (find_toplevel (PASSEND_TYPE_GUARDIAN_DIALOG));
  g_assert_cmpint (count (fixture, "guardians"), ==, n_guardians + 1);

  guardians = passend_database_list_guardians (fixture->database, passend_student_get_id (fixture->student), &error);
  g_assert_no_error (error);
  guardian_id = 0;
  for (guint i = 0; i < g_list_model_get_n_items (guardians); i++)
    {
      g_autoptr(PassendGuardian) guardian = g_list_model_get_item (guardians, i);

      if (g_str_equal (passend_guardian_get_achternaam (guardian), "Zwaneveld"))
        guardian_id = passend_guardian_get_id (guardian);
    }
  g_assert_cmpint (guardian_id, >, 0);

  /* Remove the new guardian, found by its name on the page. */
  check.list = passend_test_ui_child (support (fixture), PASSEND_TYPE_STUDENT_SUPPORT, "guardians_list");
  check.title = "K. Zwaneveld";
  g_assert_true (passend_test_ui_wait_for (row_with_title_is_shown, &check));
  remove = find_button (GTK_WIDGET (check.found), "Remove Guardian");
  g_assert_nonnull (remove);
  click (remove);
  g_assert_cmpint (count (fixture, "guardians"), ==, n_guardians);
  g_assert_nonnull (last_toast);
  g_clear_object (&guardians);
  guardians = passend_database_list_guardians (fixture->database, passend_student_get_id (fixture->student), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (guardians); i++)
    {
      g_autoptr(PassendGuardian) guardian = g_list_model_get_item (guardians, i);

      g_assert_cmpint (passend_guardian_get_id (guardian), !=, guardian_id);
    }

  g_signal_emit_by_name (last_toast, "button-clicked");
  g_assert_cmpint (count (fixture, "guardians"), ==, n_guardians + 1);
  g_clear_object (&guardians);
  guardians = passend_database_list_guardians (fixture->database, passend_student_get_id (fixture->student), &error);
  g_assert_no_error (error);
  {
    gboolean back = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (guardians); i++)
      {
        g_autoptr(PassendGuardian) guardian = g_list_model_get_item (guardians, i);

        back |= passend_guardian_get_id (guardian) == guardian_id &&
                g_str_equal (passend_guardian_get_relation (guardian), "voogd");
      }
    g_assert_true (back);
  }
  g_clear_object (&last_toast);
}

/* The page reloads when idle after a change. */
static gboolean
need_row_is_shown (gpointer data)
{
  return find_button (data, "Remove “hoogbegaafdheid”") != NULL;
}

static void
test_support_needs (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_auto(GStrv) before = NULL;
  g_auto(GStrv) added = NULL;
  g_auto(GStrv) removed = NULL;
  g_auto(GStrv) undone = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = passend_student_get_id (fixture->student);
  GtkWidget *remove = NULL;
  GtkListBox *list;

  before = passend_database_list_support_needs (fixture->database, id, &error);
  g_assert_no_error (error);

  open_student (fixture, "support");
  g_signal_connect (student_page (fixture), "add-toast", G_CALLBACK (toast_cb), NULL);

  /* A need nobody had yet extends the list. */
  set_text (passend_test_ui_child (support (fixture), PASSEND_TYPE_STUDENT_SUPPORT, "need_entry"), "hoogbegaafdheid");
  g_signal_emit_by_name (passend_test_ui_child (support (fixture), PASSEND_TYPE_STUDENT_SUPPORT, "need_entry"), "activate");
  added = passend_database_list_support_needs (fixture->database, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (added), ==, g_strv_length (before) + 1);
  g_assert_true (g_strv_contains ((const char * const *) added, "hoogbegaafdheid"));

  list = passend_test_ui_child (support (fixture), PASSEND_TYPE_STUDENT_SUPPORT, "needs_list");
  g_assert_true (passend_test_ui_wait_for (need_row_is_shown, list));
  remove = find_button (GTK_WIDGET (list), "Remove “hoogbegaafdheid”");
  g_assert_nonnull (remove);
  click (remove);
  removed = passend_database_list_support_needs (fixture->database, id, &error);
  g_assert_no_error (error);
  g_assert_false (g_strv_contains ((const char * const *) removed, "hoogbegaafdheid"));

  g_assert_nonnull (last_toast);
  g_signal_emit_by_name (last_toast, "button-clicked");
  undone = passend_database_list_support_needs (fixture->database, id, &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_contains ((const char * const *) undone, "hoogbegaafdheid"));
  g_clear_object (&last_toast);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

static gboolean
reopen_is_offered (gpointer data)
{
  return gtk_widget_get_visible (passend_test_ui_child (data, PASSEND_TYPE_STUDENT_SUPPORT, "reopen_button"));
}

static void
test_close_and_reopen (Fixture       *fixture,
                       gconstpointer  user_data)
{
  PassendCloseCaseDialog *dialog;
  AdwMessageDialog *reopen;
  AdwEntryRow *left_row;
  g_autoptr(PassendStudent) closed = NULL;
  g_autoptr(PassendStudent) reopened = NULL;
  g_autofree char *today = NULL;
  int year, month, day;
  gint64 n_caseload = count (fixture, "caseload");

  open_student (fixture, "support");
  click (passend_test_ui_child (support (fixture), PASSEND_TYPE_STUDENT_SUPPORT, "close_button"));
  dialog = find_toplevel (PASSEND_TYPE_CLOSE_CASE_DIALOG);
  g_assert_nonnull (dialog);
  left_row = passend_test_ui_child (dialog, PASSEND_TYPE_CLOSE_CASE_DIALOG, "left_row");

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (left_row)));
  adw_combo_row_set_selected (passend_test_ui_child (dialog, PASSEND_TYPE_CLOSE_CASE_DIALOG, "outcome_row"),
                              PASSEND_CLOSE_OUTCOME_LEFT_SCHOOL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (left_row)));

  /* Left school without a leaving date: refused in the dialog. */
  set_text (left_row, "");
  set_text (passend_test_ui_child (dialog, PASSEND_TYPE_CLOSE_CASE_DIALOG, "note_row"), "Verhuisd naar Groningen");
  click (passend_test_ui_child (dialog, PASSEND_TYPE_CLOSE_CASE_DIALOG, "close_button"));
  g_assert_true (find_toplevel (PASSEND_TYPE_CLOSE_CASE_DIALOG) == dialog);
  g_assert_cmpint (count (fixture, "caseload"), ==, n_caseload);

  passend_day_get_ymd (passend_day_today (), &year, &month, &day);
  today = g_strdup_printf ("%d-%d-%d", day, month, year);
  set_text (left_row, today);
  save_screenshot (GTK_WIDGET (dialog), "close-case-dialog.png");
  click (passend_test_ui_child (dialog, PASSEND_TYPE_CLOSE_CASE_DIALOG, "close_button"));
  g_assert_null (find_toplevel (PASSEND_TYPE_CLOSE_CASE_DIALOG));

  g_assert_cmpint (count (fixture, "caseload"), ==, n_caseload - 1);
  closed = reload_student (fixture);
  g_assert_false (passend_student_get_case_open (closed));
  g_assert_cmpuint (passend_student_get_left_on (closed), ==, passend_day_today ());

  /* The page offers to reopen and shows how long the record is kept. */
  g_assert_true (passend_test_ui_wait_for (reopen_is_offered, support (fixture)));
  g_assert_true (gtk_widget_get_visible (passend_test_ui_child (support (fixture), PASSEND_TYPE_STUDENT_SUPPORT, "reopen_button")));
  g_assert_true (gtk_widget_get_visible (passend_test_ui_child (passend_test_ui_child (student_page (fixture), PASSEND_TYPE_STUDENT_PAGE, "details"),
                                                PASSEND_TYPE_STUDENT_DETAILS, "retention_row")));

  click (passend_test_ui_child (support (fixture), PASSEND_TYPE_STUDENT_SUPPORT, "reopen_button"));
  reopen = find_message_dialog ();
  g_assert_nonnull (reopen);
  g_assert_false (adw_message_dialog_get_response_enabled (reopen, "reopen"));
  set_text (adw_message_dialog_get_extra_child (reopen), "Toch teruggekomen");
  g_assert_true (adw_message_dialog_get_response_enabled (reopen, "reopen"));
  adw_message_dialog_response (reopen, "reopen");
  passend_test_ui_settle (100);

  reopened = reload_student (fixture);
  g_assert_true (passend_student_get_case_open (reopened));
  g_assert_cmpint (count (fixture, "caseload"), ==, n_caseload);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/student/create", Fixture, NULL, fixture_set_up, test_create_student, fixture_tear_down);
  g_test_add ("/ui/student/edit-in-place", Fixture, NULL, fixture_set_up, test_edit_in_place, fixture_tear_down);
  g_test_add ("/ui/student/change-niveau", Fixture, NULL, fixture_set_up, test_change_niveau, fixture_tear_down);
  g_test_add ("/ui/student/guardian-undo", Fixture, NULL, fixture_set_up, test_guardian_undo, fixture_tear_down);
  g_test_add ("/ui/student/support-needs", Fixture, NULL, fixture_set_up, test_support_needs, fixture_tear_down);
  g_test_add ("/ui/student/close-and-reopen", Fixture, NULL,
              fixture_set_up, test_close_and_reopen, fixture_tear_down);

  return g_test_run ();
}
