/* test-ui-aanmeldingen.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "passend-aanmelding-editor.h"
#include "passend-aanmeldingen-page.h"
#include "passend-application.h"
#include "passend-demo-school.h"
#include "passend-rules.h"
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
  PassendDay          today;
} Fixture;

static void
save_screenshot (Fixture    *fixture,
                 const char *name)
{
  passend_test_ui_save_screenshot (GTK_WIDGET (fixture->window), name, 400, TRUE);
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
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;
  PassendDemoOptions options;
  GList *windows;

  /* The typical school laptop, or a phone-sized window. */
  g_settings_set_int (settings, "window-width", user_data != NULL ? 400 : 1366);
  g_settings_set_int (settings, "window-height", user_data != NULL ? 700 : 768);

  fixture->dir = g_dir_make_tmp ("passend-ui-aanmeldingen-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "school.db", NULL);
  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);

  fixture->today = passend_day_new (2026, 3, 16);
  passend_demo_options_init (&options);
  options.n_students = 200;
  options.n_caseload = 25;
  options.seed = 5;
  options.today = fixture->today;
  passend_demo_school_generate (fixture->database, &options, NULL, NULL, &error);
  g_assert_no_error (error);

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

static PassendAanmeldingenPage *
page (Fixture *fixture)
{
  return PASSEND_AANMELDINGEN_PAGE (passend_window_get_page (PASSEND_WINDOW (fixture->window), "aanmeldingen"));
}

static PassendAanmeldingEditor *
editor (Fixture *fixture)
{
  return passend_test_ui_child (page (fixture), PASSEND_TYPE_AANMELDINGEN_PAGE, "editor");
}

static gpointer
editor_child (Fixture    *fixture,
              const char *name)
{
  return passend_test_ui_child (editor (fixture), PASSEND_TYPE_AANMELDING_EDITOR, name);
}

static void
show_page (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s",
                                             "aanmeldingen"));
  passend_aanmeldingen_page_set_today (page (fixture), fixture->today);
  passend_test_ui_settle (100);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (passend_test_ui_child (fixture->window, PASSEND_TYPE_WINDOW,
                                                                            "content_stack")), ==, "aanmeldingen");
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_named (c, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The open dialog that asks for @row_name. */
static AdwMessageDialog *
find_dialog (const char *row_name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (window) &&
          adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (window)) != NULL &&
          find_named (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (window)), row_name) != NULL)
        return ADW_MESSAGE_DIALOG (window);
    }

  g_assert_not_reached ();
  return NULL;
}

static GtkEditable *
dialog_row (AdwMessageDialog *dialog,
            const char       *name)
{
  GtkWidget *row = find_named (adw_message_dialog_get_extra_child (dialog), name);

  g_assert_nonnull (row);
  return GTK_EDITABLE (row);
}

static PassendAanmelding *
stored (Fixture *fixture,
        gint64   id)
{
  g_autoptr(GError) error = NULL;
  PassendAanmelding *a = passend_database_get_aanmelding (fixture->database, id, &error);

  g_assert_no_error (error);
  return a;
}

static void
scroll_editor_to_end (Fixture *fixture)
{
  GtkScrolledWindow *scrolled = editor_child (fixture, "scrolled_window");
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);

  passend_test_ui_settle (100);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
}

static void
click (gpointer button)
{
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (button)));
  g_signal_emit_by_name (button, "clicked");
  passend_test_ui_settle (50);
}

static void
test_demo_list (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendAanmelding) extended = NULL;
  PassendProtocol protocol;
  GtkListView *list_view;
  GListModel *model;
  PassendDay due;
  PassendDay last_due = 0;
  gboolean seen_decided = FALSE;
  guint n_decided = 0;
  guint n_overdue = 0;
  guint n_placement = 0;

  show_page (fixture);
  list_view = passend_test_ui_child (page (fixture), PASSEND_TYPE_AANMELDINGEN_PAGE, "list_view");
  model = G_LIST_MODEL (gtk_list_view_get_model (list_view));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 12);

  /* Open ones first, by decision due day; then the decided ones. */
  g_assert_true (passend_database_load_protocol (fixture->database, &protocol, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PassendAanmelding) a = g_list_model_get_item (model, i);

      if (passend_aanmelding_is_decided (a))
        {
          seen_decided = TRUE;
          n_decided++;
          continue;
        }

      g_assert_false (seen_decided);
      due = passend_rules_zorgplicht_decision_due (passend_aanmelding_get_received_on (a),
                                                   passend_aanmelding_get_extended_until (a), &protocol);
      g_assert_cmpuint (due, >=, last_due);
      last_due = due;
      if (due < fixture->today)
        n_overdue++;
      if (passend_rules_zorgplicht_placement_due (passend_aanmelding_get_received_on (a), &protocol) <= fixture->today)
        n_placement++;
    }
  g_assert_cmpuint (n_decided, ==, 4);
  g_assert_cmpuint (n_overdue, >=, 3);
  g_assert_cmpuint (n_placement, >=, 2);

  /* Every state the demo promises is there. */
  all = passend_database_list_aanmeldingen (fixture->database, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(PassendAanmelding) a = g_list_model_get_item (all, i);

      if (passend_aanmelding_has_extension (a) && !passend_aanmelding_is_decided (a) && extended == NULL)
        extended = g_object_ref (a);
    }
  g_assert_nonnull (extended);

  /* The Overzicht opens an aanmelding through the window action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-aanmelding", "x",
                                             passend_aanmelding_get_id (extended)));
  passend_test_ui_settle (100);
  g_assert_cmpint (passend_aanmelding_editor_get_id (editor (fixture)), ==, passend_aanmelding_get_id (extended));
  g_assert_false (gtk_widget_get_sensitive (editor_child (fixture, "extend_button")));
  g_assert_cmpstr (gtk_editable_get_text (editor_child (fixture, "achternaam_row")), ==,
                   passend_aanmelding_get_achternaam (extended));

  save_screenshot (fixture, "aanmeldingen.png");
}

static gboolean
editor_shows_something (gpointer data)
{
  return passend_aanmelding_editor_get_id (editor (data)) != 0;
}

typedef struct
{
  Fixture    *fixture;
  gint64      id;
  const char *name;
} ListedAs;

/* The list shows @id decided, under @name. */
static gboolean
listed_as_decided (gpointer data)
{
  ListedAs *listed = data;
  GtkListView *list_view = passend_test_ui_child (page (listed->fixture), PASSEND_TYPE_AANMELDINGEN_PAGE, "list_view");
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list_view));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PassendAanmelding) a = g_list_model_get_item (model, i);

      if (passend_aanmelding_get_id (a) == listed->id)
        return passend_aanmelding_is_decided (a) &&
               g_strcmp0 (passend_aanmelding_get_display_name (a), listed->name) == 0;
    }

  return FALSE;
}

static void
test_create_and_admit (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(PassendAanmelding) a = NULL;
  g_autoptr(PassendStudent) student = NULL;
  g_autoptr(GListModel) caseload = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  PassendProtocol protocol;
  PassendStudentPage *student_page;
  GtkLabel *pupil_error;
  gint64 id;
  gint64 n_students;
  gboolean in_caseload = FALSE;
  ListedAs listed;

  show_page (fixture);
  g_assert_true (passend_database_load_protocol (fixture->database, &protocol, &error));
  g_assert_no_error (error);

  /* New: the family name and the day of receipt. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page (fixture)), "aanmeldingen.new", NULL));
  passend_test_ui_settle (50);
  dialog = find_dialog ("name-row");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  gtk_editable_set_text (dialog_row (dialog, "name-row"), "Bos");
  gtk_editable_set_text (dialog_row (dialog, "date-row"), "16-03-2026");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
  adw_message_dialog_response (dialog, "add");
  g_assert_true (passend_test_ui_wait_for (editor_shows_something, fixture));

  id = passend_aanmelding_editor_get_id (editor (fixture));
  a = stored (fixture, id);
  g_assert_cmpstr (passend_aanmelding_get_achternaam (a), ==, "Bos");
  g_assert_cmpuint (passend_aanmelding_get_received_on (a), ==, fixture->today);
  g_clear_object (&a);

  /* Typing is stored after a pause; a bad date is shown, not stored. */
  gtk_editable_set_text (editor_child (fixture, "roepnaam_row"), "Fleur");
  gtk_editable_set_text (editor_child (fixture, "tussenvoegsel_row"), "van den");
  gtk_editable_set_text (editor_child (fixture, "guardian_email_row"), "ouders.bos@example.nl");
  gtk_editable_set_text (editor_child (fixture, "birth_date_row"), "31-02-2014");
  pupil_error = editor_child (fixture, "pupil_error");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (pupil_error)));
  passend_test_ui_settle (900);
  a = stored (fixture, id);
  g_assert_cmpstr (passend_aanmelding_get_roepnaam (a), ==, "");
  g_clear_object (&a);

  gtk_editable_set_text (editor_child (fixture, "birth_date_row"), "14-02-2014");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (pupil_error)));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (editor_child (fixture, "support_need_view")),
                            "ASS; prikkelarme werkplek", -1);
  gtk_editable_set_text (editor_child (fixture, "requested_track_row"), "havo");
  passend_test_ui_settle (900);
  a = stored (fixture, id);
  g_assert_cmpstr (passend_aanmelding_get_display_name (a), ==, "Fleur van den Bos");
  g_assert_cmpuint (passend_aanmelding_get_birth_date (a), ==, passend_day_new (2014, 2, 14));
  g_assert_cmpstr (passend_aanmelding_get_support_need (a), ==, "ASS; prikkelarme werkplek");
  g_assert_cmpstr (passend_aanmelding_get_guardian_email (a), ==, "ouders.bos@example.nl");
  g_assert_cmpstr (passend_aanmelding_get_requested_track (a), ==, "havo");
  g_clear_object (&a);

  /* Extend: the reason is required and the date is held to the limit. */
  click (editor_child (fixture, "extend_button"));
  dialog = find_dialog ("reason-row");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "extend"));
  gtk_editable_set_text (dialog_row (dialog, "reason-row"), "Wachten op het verslag van de basisschool");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "extend"));
  gtk_editable_set_text (dialog_row (dialog, "new-date-row"), "26-05-2026");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "extend"));
  gtk_editable_set_text (dialog_row (dialog, "new-date-row"), "25-05-2026");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "extend"));
  adw_message_dialog_response (dialog, "extend");
  passend_test_ui_settle (100);
  a = stored (fixture, id);
  g_assert_cmpuint (passend_aanmelding_get_extended_until (a), ==,
                    passend_rules_zorgplicht_extension_limit (fixture->today, &protocol));
  g_assert_cmpuint (passend_aanmelding_get_extended_until (a), ==, passend_day_new (2026, 5, 25));
  g_assert_false (gtk_widget_get_sensitive (editor_child (fixture, "extend_button")));
  g_clear_object (&a);

  /* Decide: admitted with an arrangement, on the day shown. */
  g_assert_false (gtk_widget_get_visible (editor_child (fixture, "admit_button")));
  adw_combo_row_set_selected (editor_child (fixture, "outcome_row"),
                              PASSEND_AANMELDING_OUTCOME_ADMITTED_WITH_ARRANGEMENT);
  gtk_editable_set_text (editor_child (fixture, "decided_row"), "20-04-2026");
  click (editor_child (fixture, "decide_button"));
  a = stored (fixture, id);
  g_assert_cmpint (passend_aanmelding_get_outcome (a), ==, PASSEND_AANMELDING_OUTCOME_ADMITTED_WITH_ARRANGEMENT);
  g_assert_cmpuint (passend_aanmelding_get_decided_on (a), ==, passend_day_new (2026, 4, 20));
  g_clear_object (&a);

  listed.fixture = fixture;
  listed.id = id;
  listed.name = "Fleur van den Bos";
  g_assert_true (passend_test_ui_wait_for (listed_as_decided, &listed));

  scroll_editor_to_end (fixture);
  save_screenshot (fixture, "aanmelding-decision.png");

  /* Add to Students: a number in use is refused inline, nothing is added. */
  n_students = passend_database_count (fixture->database, "students", &error);
  g_assert_no_error (error);
  caseload = passend_database_list_caseload (fixture->database, &error);
  g_assert_no_error (error);
  student = g_list_model_get_item (caseload, 0);

  click (editor_child (fixture, "admit_button"));
  dialog = find_dialog ("lvs-row");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  gtk_editable_set_text (dialog_row (dialog, "lvs-row"), passend_student_get_lvs_number (student));
  adw_message_dialog_response (dialog, "add");
  passend_test_ui_settle (50);
  g_assert_true (gtk_widget_get_visible (editor_child (fixture, "decision_error")));
  g_assert_cmpint (passend_database_count (fixture->database, "students", NULL), ==, n_students);
  g_clear_object (&student);
  g_clear_object (&caseload);

  click (editor_child (fixture, "admit_button"));
  dialog = find_dialog ("lvs-row");
  gtk_editable_set_text (dialog_row (dialog, "lvs-row"), "269876");
  adw_message_dialog_response (dialog, "add");
  passend_test_ui_settle (200);
  g_assert_cmpint (passend_database_count (fixture->database, "students", NULL), ==, n_students + 1);

  /* The window now shows the new student, who is in the caseload. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (passend_test_ui_child (fixture->window, PASSEND_TYPE_WINDOW,
                                                                            "content_stack")), ==, "student");
  student_page = PASSEND_STUDENT_PAGE (passend_window_get_page (PASSEND_WINDOW (fixture->window), "student"));
  g_assert_nonnull (passend_student_page_get_student (student_page));
  g_assert_cmpstr (passend_student_get_lvs_number (passend_student_page_get_student (student_page)), ==, "269876");
  g_assert_cmpstr (passend_student_get_display_name (passend_student_page_get_student (student_page)), ==,
                   "Fleur van den Bos");
  save_screenshot (fixture, "aanmelding-student.png");

  caseload = passend_database_list_caseload (fixture->database, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (caseload); i++)
    {
      g_autoptr(PassendStudent) s = g_list_model_get_item (caseload, i);

      if (g_strcmp0 (passend_student_get_lvs_number (s), "269876") == 0)
        {
          in_caseload = TRUE;
          g_assert_cmpint (passend_student_get_niveau (s), ==, PASSEND_NIVEAU_3);
          g_assert_cmpint (passend_student_get_regie (s), ==, PASSEND_REGIE_LECO);
        }
    }
  g_assert_true (in_caseload);

  a = stored (fixture, id);
  g_assert_cmpint (passend_aanmelding_get_student_id (a), ==,
                   passend_student_get_id (passend_student_page_get_student (student_page)));
}

static gboolean
page_is_folded (gpointer data)
{
  return adw_leaflet_get_folded (passend_test_ui_child (page (data), PASSEND_TYPE_AANMELDINGEN_PAGE, "leaflet"));
}

/* Narrow, the list and the editor take turns. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  user_data)
{
  AdwLeaflet *leaflet;
  GtkListView *list_view;

  show_page (fixture);
  leaflet = passend_test_ui_child (page (fixture), PASSEND_TYPE_AANMELDINGEN_PAGE, "leaflet");
  list_view = passend_test_ui_child (page (fixture), PASSEND_TYPE_AANMELDINGEN_PAGE, "list_view");
  g_assert_true (passend_test_ui_wait_for (page_is_folded, fixture));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 420);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
  save_screenshot (fixture, "aanmeldingen-narrow.png");

  g_signal_emit_by_name (list_view, "activate", 1);
  passend_test_ui_settle (100);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "editor");
  g_assert_cmpint (passend_aanmelding_editor_get_id (editor (fixture)), !=, 0);
  save_screenshot (fixture, "aanmelding-narrow.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page (fixture)), "aanmeldingen.back", NULL));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/aanmeldingen/demo-list", Fixture, NULL,
              fixture_set_up, test_demo_list, fixture_tear_down);
  g_test_add ("/ui/aanmeldingen/create-and-admit", Fixture, NULL,
              fixture_set_up, test_create_and_admit, fixture_tear_down);

  g_test_add ("/ui/aanmeldingen/narrow", Fixture, "narrow",
              fixture_set_up, test_narrow, fixture_tear_down);

  return g_test_run ();
}
