/* test-ui-partners.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <adwaita.h>

#include "passend-application.h"
#include "passend-database-partners.h"
#include "passend-demo-school.h"
#include "passend-partner-editor.h"
#include "passend-partner-merge-dialog.h"
#include "passend-partners-page.h"
#include "passend-window.h"
#include "passend-test-ui.h"

typedef struct
{
  char               *dir;
  char               *path;
  PassendDatabase    *database;   /* the test's own connection */
  PassendApplication *app;
  PassendWindow      *window;
  AdwToast           *last_toast;
} Fixture;

static void
save_screenshot (Fixture    *fixture,
                 GtkWidget  *widget,
                 const char *name)
{
  passend_test_ui_save_screenshot (widget != NULL ? widget : GTK_WIDGET (fixture->window), name, 400, TRUE);
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

  fixture->dir = g_dir_make_tmp ("passend-ui-partners-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "school.db", NULL);
  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);

  passend_demo_options_init (&options);
  options.n_students = 200;
  options.n_caseload = 25;
  options.seed = 5;
  options.today = passend_day_new (2026, 3, 16);
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

  g_clear_object (&fixture->last_toast);
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

static PassendPartnersPage *
page (Fixture *fixture)
{
  return PASSEND_PARTNERS_PAGE (passend_window_get_page (PASSEND_WINDOW (fixture->window), "partners"));
}

static gpointer
page_child (Fixture    *fixture,
            const char *name)
{
  return passend_test_ui_child (page (fixture), PASSEND_TYPE_PARTNERS_PAGE, name);
}

static void
toast_cb (PassendPartnersPage *partners_page,
          AdwToast            *toast,
          Fixture             *fixture)
{
  g_set_object (&fixture->last_toast, toast);
}

static void
show_page (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "partners"));
  passend_test_ui_settle (100);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (passend_test_ui_child (fixture->window, PASSEND_TYPE_WINDOW,
                                                                            "content_stack")), ==, "partners");
  g_signal_connect (page (fixture), "add-toast", G_CALLBACK (toast_cb), fixture);
}

static GListModel *
list_model (Fixture *fixture)
{
  return G_LIST_MODEL (gtk_list_view_get_model (page_child (fixture, "list_view")));
}

static const char *
detail_title (Fixture *fixture)
{
  return adw_window_title_get_title (page_child (fixture, "detail_title"));
}

/* The demo's leerplichtambtenaar and the near-duplicate of them. */
static void
find_duplicates (Fixture *fixture,
                 gint64  *keep_id,
                 gint64  *duplicate_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) people = passend_database_list_partners (fixture->database, PASSEND_PARTNER_LIST_PEOPLE,
                                                                 "attendance officer", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 2);
  *keep_id = *duplicate_id = 0;
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(PassendPartner) person = g_list_model_get_item (people, i);

      if (g_str_has_suffix (passend_partner_get_name (person), ".") ||
          strstr (passend_partner_get_name (person), ". ") != NULL)
        *duplicate_id = passend_partner_get_id (person);
      else
        *keep_id = passend_partner_get_id (person);
    }
  g_assert_cmpint (*keep_id, >, 0);
  g_assert_cmpint (*duplicate_id, >, 0);
}

typedef struct
{
  GType      type;
  GtkWindow *found;
} WindowSearch;

static gboolean
find_window (gpointer data)
{
  WindowSearch *search = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, search->type) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        {
          search->found = window;
          return TRUE;
        }
    }
  return FALSE;
}

static gpointer
wait_for_window (GType type)
{
  WindowSearch search = { type, NULL };

  g_assert_true (passend_test_ui_wait_for (find_window, &search));
  passend_test_ui_settle (200);
  return search.found;
}

/* The first row in the detail pane carrying @key, depth first. */
static GtkWidget *
find_row_with (GtkWidget  *widget,
               const char *key)
{
  if (ADW_IS_ACTION_ROW (widget) && g_object_get_data (G_OBJECT (widget), key) != NULL)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row_with (child, key);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_search_and_open (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *row;
  GListModel *model;
  g_autoptr(PassendPartner) first = NULL;
  gint64 keep_id, duplicate_id;

  show_page (fixture);
  model = list_model (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 40);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page_child (fixture, "detail_stack")), ==, "none");
  save_screenshot (fixture, NULL, "partners.png");

  /* Accents and case do not matter; the organisation's people match on
   * its name. */
  gtk_editable_set_text (page_child (fixture, "search_entry"), "VEILIG thuis");
  passend_test_ui_settle (400);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

  gtk_toggle_button_set_active (page_child (fixture, "organisations_toggle"), TRUE);
  passend_test_ui_settle (50);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  first = g_list_model_get_item (model, 0);
  g_assert_cmpint (passend_partner_get_kind (first), ==, PASSEND_PARTNER_KIND_ORGANISATION);

  g_signal_emit_by_name (page_child (fixture, "list_view"), "activate", 0);
  passend_test_ui_settle (100);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page_child (fixture, "detail_stack")), ==, "detail");
  g_assert_cmpstr (detail_title (fixture), ==, "Veilig Thuis Hollands Midden");
  /* Its person is listed, and leads to them. */
  row = find_row_with (page_child (fixture, "detail_box"), "partner-id");
  g_assert_nonnull (row);
  save_screenshot (fixture, NULL, "partners-organisation.png");
  g_signal_emit_by_name (row, "activated");
  passend_test_ui_settle (100);
  g_assert_cmpstr (detail_title (fixture), ==, "Miriam Koster");

  /* A person named on student records opens them as the caseload does. */
  find_duplicates (fixture, &keep_id, &duplicate_id);
  passend_partners_page_show_partner (page (fixture), PASSEND_PARTNER_KIND_PERSON, duplicate_id);
  passend_test_ui_settle (100);
  row = find_row_with (page_child (fixture, "detail_box"), "student-id");
  g_assert_nonnull (row);
  save_screenshot (fixture, NULL, "partners-person.png");
  g_signal_emit_by_name (row, "activated");
  passend_test_ui_settle (200);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (passend_test_ui_child (fixture->window, PASSEND_TYPE_WINDOW,
                                                                            "content_stack")), ==, "student");
}

static void
test_edit (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendPartner) stored = NULL;
  PassendPartnerEditor *editor;
  GtkTextBuffer *note;
  gint64 keep_id, duplicate_id;

  show_page (fixture);
  find_duplicates (fixture, &keep_id, &duplicate_id);
  passend_partners_page_show_partner (page (fixture), PASSEND_PARTNER_KIND_PERSON, keep_id);
  passend_test_ui_settle (100);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page (fixture)), "partners.edit", NULL));
  editor = wait_for_window (PASSEND_TYPE_PARTNER_EDITOR);

  /* A wrong address is refused with a message, and nothing is stored. */
  gtk_editable_set_text (passend_test_ui_child (editor, PASSEND_TYPE_PARTNER_EDITOR, "email_row"), "leerplicht");
  g_assert_false (passend_partner_editor_save (editor));
  g_assert_true (gtk_widget_get_visible (passend_test_ui_child (editor, PASSEND_TYPE_PARTNER_EDITOR, "problem_group")));
  save_screenshot (fixture, GTK_WIDGET (editor), "partner-editor.png");

  gtk_editable_set_text (passend_test_ui_child (editor, PASSEND_TYPE_PARTNER_EDITOR, "email_row"),
                         "leerplicht@gouda.example");
  gtk_editable_set_text (passend_test_ui_child (editor, PASSEND_TYPE_PARTNER_EDITOR, "phone_row"), "0182-588199");
  note = gtk_text_view_get_buffer (passend_test_ui_child (editor, PASSEND_TYPE_PARTNER_EDITOR, "note_view"));
  gtk_text_buffer_set_text (note, "Liever mailen dan bellen.", -1);
  g_assert_true (passend_partner_editor_save (editor));
  passend_test_ui_settle (300);

  stored = passend_database_get_partner (fixture->database, PASSEND_PARTNER_KIND_PERSON, keep_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (passend_partner_get_email (stored), ==, "leerplicht@gouda.example");
  g_assert_cmpstr (passend_partner_get_phone (stored), ==, "0182-588199");
  g_assert_cmpstr (passend_partner_get_note (stored), ==, "Liever mailen dan bellen.");
  /* The role stayed what it was: the form kept it. */
  g_assert_cmpstr (passend_partner_get_role (stored), ==, "leerplichtambtenaar");
  g_assert_cmpint (passend_partner_get_organisation_id (stored), >, 0);

  /* The pane shows the new note. */
  g_assert_cmpstr (detail_title (fixture), ==, passend_partner_get_name (stored));
  save_screenshot (fixture, NULL, "partners-edited.png");
}

static void
test_new_organisation (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(PassendPartner) stored = NULL;
  PassendPartnerEditor *editor;
  PassendOrganisationKind kind;

  show_page (fixture);
  /* Ctrl+N offers both kinds. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page (fixture)), "partners.new", NULL));
  passend_test_ui_settle (100);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (page_child (fixture, "new_button")))));
  gtk_menu_button_popdown (page_child (fixture, "new_button"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page (fixture)), "partners.new-organisation", NULL));
  editor = wait_for_window (PASSEND_TYPE_PARTNER_EDITOR);

  /* An empty name cannot be saved. */
  g_assert_false (gtk_widget_is_sensitive (passend_test_ui_child (editor, PASSEND_TYPE_PARTNER_EDITOR, "save_button")));
  gtk_editable_set_text (passend_test_ui_child (editor, PASSEND_TYPE_PARTNER_EDITOR, "name_row"), "Halt Midden-Holland");
  adw_combo_row_set_selected (passend_test_ui_child (editor, PASSEND_TYPE_PARTNER_EDITOR, "kind_row"),
                              PASSEND_ORGANISATION_KIND_OTHER);
  gtk_editable_set_text (passend_test_ui_child (editor, PASSEND_TYPE_PARTNER_EDITOR, "address_row"), "Markt 1, Gouda");
  g_assert_true (gtk_widget_is_sensitive (passend_test_ui_child (editor, PASSEND_TYPE_PARTNER_EDITOR, "save_button")));
  save_screenshot (fixture, GTK_WIDGET (editor), "partner-editor-organisation.png");
  g_assert_true (passend_partner_editor_save (editor));
  passend_test_ui_settle (300);

  found = passend_database_list_partners (fixture->database, PASSEND_PARTNER_LIST_ORGANISATIONS, "halt", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  stored = g_list_model_get_item (found, 0);
  g_assert_true (passend_partner_get_organisation_kind (stored, &kind));
  g_assert_cmpint (kind, ==, PASSEND_ORGANISATION_KIND_OTHER);
  /* The page shows the new one. */
  g_assert_cmpstr (detail_title (fixture), ==, "Halt Midden-Holland");
}

static gboolean
archive_button_says_archive (gpointer data)
{
  return g_strcmp0 (gtk_button_get_label (page_child (data, "archive_button")), "_Archive") == 0;
}

static void
test_archive_and_undo (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendPartner) stored = NULL;
  gint64 keep_id, duplicate_id;

  show_page (fixture);
  find_duplicates (fixture, &keep_id, &duplicate_id);
  passend_partners_page_show_partner (page (fixture), PASSEND_PARTNER_KIND_PERSON, keep_id);
  passend_test_ui_settle (100);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page (fixture)), "partners.toggle-archived", NULL));
  passend_test_ui_settle (200);
  stored = passend_database_get_partner (fixture->database, PASSEND_PARTNER_KIND_PERSON, keep_id, &error);
  g_assert_no_error (error);
  g_assert_true (passend_partner_get_archived (stored));
  g_assert_cmpstr (gtk_button_get_label (page_child (fixture, "archive_button")), ==, "_Unarchive");

  g_assert_nonnull (fixture->last_toast);
  g_signal_emit_by_name (fixture->last_toast, "button-clicked");
  /* The page follows the database's "changed". */
  g_assert_true (passend_test_ui_wait_for (archive_button_says_archive, fixture));
  g_clear_object (&stored);
  stored = passend_database_get_partner (fixture->database, PASSEND_PARTNER_KIND_PERSON, keep_id, &error);
  g_assert_no_error (error);
  g_assert_false (passend_partner_get_archived (stored));
  g_assert_cmpstr (gtk_button_get_label (page_child (fixture, "archive_button")), ==, "_Archive");
}

static void
test_merge (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendPartner) gone = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  PassendPartnerMergeDialog *dialog;
  PassendPartnerUsage usage;
  gint64 keep_id, duplicate_id;
  guint involved = 0;

  show_page (fixture);
  find_duplicates (fixture, &keep_id, &duplicate_id);
  before = passend_database_list_partner_students (fixture->database, PASSEND_PARTNER_KIND_PERSON, duplicate_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (before->len, ==, 2);

  passend_partners_page_show_partner (page (fixture), PASSEND_PARTNER_KIND_PERSON, keep_id);
  passend_test_ui_settle (100);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page (fixture)), "partners.merge", NULL));
  dialog = wait_for_window (PASSEND_TYPE_PARTNER_MERGE_DIALOG);

  /* Nothing chosen, nothing to confirm; the duplicate is offered first. */
  g_assert_false (gtk_widget_is_sensitive (passend_test_ui_child (dialog, PASSEND_TYPE_PARTNER_MERGE_DIALOG,
                                                                  "merge_button")));
  {
    GtkListBox *list = passend_test_ui_child (dialog, PASSEND_TYPE_PARTNER_MERGE_DIALOG, "candidate_list");
    GtkListBoxRow *top = gtk_list_box_get_row_at_index (list, 0);

    g_assert_cmpint (GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (top), "partner-id")), ==, duplicate_id);
  }
  passend_partner_merge_dialog_choose (dialog, duplicate_id);
  passend_test_ui_settle (100);
  g_assert_true (gtk_widget_is_sensitive (passend_test_ui_child (dialog, PASSEND_TYPE_PARTNER_MERGE_DIALOG,
                                                                 "merge_button")));
  g_assert_nonnull (strstr (gtk_label_get_text (passend_test_ui_child (dialog, PASSEND_TYPE_PARTNER_MERGE_DIALOG,
                                                                       "moves_label")), "Involved with 2 students"));
  save_screenshot (fixture, GTK_WIDGET (dialog), "partner-merge.png");

  g_assert_true (passend_partner_merge_dialog_merge (dialog));
  passend_test_ui_settle (300);

  gone = passend_database_get_partner (fixture->database, PASSEND_PARTNER_KIND_PERSON, duplicate_id, &error);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
  g_assert_null (gone);
  g_clear_error (&error);
  g_assert_true (passend_database_get_partner_usage (fixture->database, PASSEND_PARTNER_KIND_PERSON, duplicate_id,
                                                     &usage, &error));
  g_assert_cmpuint (passend_partner_usage_total (&usage), ==, 0);

  after = passend_database_list_partner_students (fixture->database, PASSEND_PARTNER_KIND_PERSON, keep_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < after->len; i++)
    {
      PassendPartnerStudent *student = g_ptr_array_index (after, i);

      for (guint j = 0; j < before->len; j++)
        if (student->student_id == ((PassendPartnerStudent *) g_ptr_array_index (before, j))->student_id &&
            (student->roles & PASSEND_PARTNER_STUDENT_INVOLVED) != 0)
          involved++;
    }
  g_assert_cmpuint (involved, ==, 2);

  /* The page still shows the one kept, now with the students. */
  g_assert_cmpint (find_row_with (page_child (fixture, "detail_box"), "student-id") != NULL, ==, TRUE);
  g_assert_nonnull (fixture->last_toast);
  save_screenshot (fixture, NULL, "partners-merged.png");
}

static GtkWidget *
find_meeting_row (GtkWidget *widget)
{
  if (ADW_IS_ACTION_ROW (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.show-meeting") == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_meeting_row (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A partner on the demo's agendas lists the meetings and opens them. */
static void
test_meetings (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) partners = passend_database_list_partners (fixture->database, 0, NULL, &error);
  g_autoptr(PassendPartner) invited = NULL;
  GtkWidget *row;

  g_assert_no_error (error);
  for (guint i = 0; invited == NULL && i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(PassendPartner) partner = g_list_model_get_item (partners, i);
      g_autoptr(GPtrArray) meetings = passend_database_list_partner_meetings (fixture->database,
                                                                              passend_partner_get_kind (partner),
                                                                              passend_partner_get_id (partner),
                                                                              &error);

      g_assert_no_error (error);
      if (meetings->len > 0)
        invited = g_steal_pointer (&partner);
    }
  g_assert_nonnull (invited);

  show_page (fixture);
  passend_partners_page_show_partner (page (fixture), passend_partner_get_kind (invited),
                                      passend_partner_get_id (invited));
  passend_test_ui_settle (100);
  row = find_meeting_row (page_child (fixture, "detail_box"));
  g_assert_nonnull (row);
  gtk_widget_grab_focus (row);
  save_screenshot (fixture, NULL, "partners-meetings.png");

  g_assert_true (gtk_widget_activate_action_variant (row, "win.show-meeting",
                                                     gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row))));
  passend_test_ui_settle (200);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (passend_test_ui_child (fixture->window, PASSEND_TYPE_WINDOW,
                                                                            "content_stack")), ==, "meetings");
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  AdwLeaflet *leaflet;
  gint64 keep_id, duplicate_id;

  show_page (fixture);
  leaflet = page_child (fixture, "leaflet");
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
  save_screenshot (fixture, NULL, "partners-narrow.png");

  find_duplicates (fixture, &keep_id, &duplicate_id);
  passend_partners_page_show_partner (page (fixture), PASSEND_PARTNER_KIND_PERSON, keep_id);
  passend_test_ui_settle (300);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "detail");
  save_screenshot (fixture, NULL, "partners-narrow-detail.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page (fixture)), "partners.back", NULL));
  passend_test_ui_settle (300);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
}

/* The page on its own, as any window may hold it: it shows a partner
 * before and after it has a database, and goes away with its window. */
static void
test_on_its_own (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("passend-ui-partners-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "school.db", NULL);
  g_autoptr(GDir) files = NULL;
  PassendDatabase *database = passend_database_open (path, &error);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *partners_page = passend_partners_page_new ();
  PassendDemoOptions options;
  const char *name;

  g_assert_no_error (error);
  passend_demo_options_init (&options);
  options.n_students = 100;
  options.n_caseload = 10;
  options.seed = 5;
  passend_demo_school_generate (database, &options, NULL, NULL, &error);
  g_assert_no_error (error);

  gtk_window_set_child (GTK_WINDOW (window), partners_page);
  g_object_add_weak_pointer (G_OBJECT (partners_page), (gpointer *) &partners_page);
  /* Without a database there is nothing to show, and no complaint. */
  passend_partners_page_show_partner (PASSEND_PARTNERS_PAGE (partners_page), PASSEND_PARTNER_KIND_PERSON, 1);
  passend_partners_page_set_database (PASSEND_PARTNERS_PAGE (partners_page), database);
  gtk_window_present (GTK_WINDOW (window));
  passend_test_ui_settle (200);
  passend_partners_page_show_partner (PASSEND_PARTNERS_PAGE (partners_page), PASSEND_PARTNER_KIND_PERSON, 1);
  passend_test_ui_settle (200);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (passend_test_ui_child (partners_page, PASSEND_TYPE_PARTNERS_PAGE,
                                                                            "detail_stack")), ==, "detail");

  gtk_window_destroy (GTK_WINDOW (window));
  passend_test_ui_settle (100);
  g_assert_null (partners_page);
  g_object_unref (database);

  files = g_dir_open (dir, 0, NULL);
  while (files != NULL && (name = g_dir_read_name (files)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);

      g_unlink (file);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/partners/on-its-own", test_on_its_own);
  g_test_add ("/ui/partners/search-and-open", Fixture, NULL, fixture_set_up, test_search_and_open, fixture_tear_down);
  g_test_add ("/ui/partners/edit", Fixture, NULL, fixture_set_up, test_edit, fixture_tear_down);
  g_test_add ("/ui/partners/new-organisation", Fixture, NULL, fixture_set_up, test_new_organisation, fixture_tear_down);
  g_test_add ("/ui/partners/archive-and-undo", Fixture, NULL, fixture_set_up, test_archive_and_undo, fixture_tear_down);
  g_test_add ("/ui/partners/merge", Fixture, NULL, fixture_set_up, test_merge, fixture_tear_down);
  g_test_add ("/ui/partners/meetings", Fixture, NULL, fixture_set_up, test_meetings, fixture_tear_down);
  g_test_add ("/ui/partners/narrow", Fixture, "narrow", fixture_set_up, test_narrow, fixture_tear_down);

  return g_test_run ();
}
