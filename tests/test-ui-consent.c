/* test-ui-consent.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "passend-consent-dialog.h"
#include "passend-consent-list.h"
#include "passend-database-private.h"
#include "passend-student-page.h"
#include "passend-test-ui.h"

enum { STUDENT = 1, MOTHER = 11, FATHER_NO_GEZAG = 12 };

typedef struct
{
  char               *dir;
  char               *path;
  PassendDatabase    *database;
  GtkWindow          *window;
  PassendConsentList *list;
} Fixture;

static void
save_screenshot (GtkWidget  *window,
                 const char *name)
{
  passend_test_ui_save_screenshot (window, name, 400, FALSE);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cases = NULL;
  g_autoptr(PassendStudent) student = NULL;
  g_autofree char *birth = NULL;
  g_autofree char *sql = NULL;
  GtkWidget *page;
  char *message = NULL;

  fixture->dir = g_dir_make_tmp ("passend-ui-consent-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "passend.db", NULL);
  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);

  /* Sixteen and a half: the parents with gezag and the student may give
   * consent, the father without gezag may not. */
  birth = passend_day_to_iso (passend_day_add_months (passend_day_today (), -(16 * 12 + 6)));
  sql = g_strdup_printf ("INSERT INTO student (id, lvs_number, roepnaam, tussenvoegsel, achternaam, birth_date,"
                         " class_name, year, track) VALUES (1, '1001', 'Noor', 'van', 'Dijk', '%s', '4H2', 4, 'havo');"
                         "INSERT INTO support_status (student_id, niveau, phase, regie, case_open, opened_at, updated_at)"
                         " VALUES (1, 3, '3b', 'leco', 1, 0, 0);"
                         "INSERT INTO guardian (id, student_id, relation, voorletters, tussenvoegsel, achternaam, has_authority)"
                         " VALUES (11, 1, 'moeder', 'M.', 'van', 'Dijk', 1), (12, 1, 'vader', 'P.', '', 'Bos', 0);"
                         "INSERT INTO organisation (id, name, kind) VALUES (1, 'GGD Hollands Midden', 'ggd'),"
                         " (2, 'Sociaal team Leiden-Noord', 'sociaal-team');",
                         birth);
  sqlite3_exec (_passend_database_get_handle (fixture->database), sql, NULL, NULL, &message);
  g_assert_null (message);

  cases = passend_database_list_cases (fixture->database, FALSE, &error);
  g_assert_no_error (error);
  student = g_list_model_get_item (cases, 0);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 900, 720);
  page = adw_preferences_page_new ();
  fixture->list = PASSEND_CONSENT_LIST (passend_consent_list_new ());
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (fixture->list));
  gtk_window_set_child (fixture->window, page);
  passend_consent_list_set_database (fixture->list, fixture->database);
  passend_consent_list_set_student (fixture->list, student);
  gtk_window_present (fixture->window);
  passend_test_ui_settle (100);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);

  gtk_window_destroy (fixture->window);
  passend_test_ui_settle (50);
  g_clear_object (&fixture->database);
  g_remove (wal);
  g_remove (shm);
  g_remove (fixture->path);
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* The row of a purpose (the first, for a purpose with parties). */
static AdwActionRow *
purpose_row (Fixture    *fixture,
             const char *code)
{
  GtkWidget *list = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (fixture->list), PASSEND_TYPE_CONSENT_LIST,
                                                   "purposes_list");

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row) && g_strcmp0 (gtk_widget_get_name (row), code) == 0)
      return ADW_ACTION_ROW (row);

  g_assert_not_reached ();
}

static guint
count_rows (Fixture *fixture)
{
  GtkWidget *list = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (fixture->list), PASSEND_TYPE_CONSENT_LIST,
                                                   "purposes_list");
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    n += GTK_IS_LIST_BOX_ROW (row);
  return n;
}

static gboolean
subtitle_has (AdwActionRow *row,
              const char   *words)
{
  return strstr (adw_action_row_get_subtitle (row), words) != NULL;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static void
test_record_and_withdraw (Fixture       *fixture,
                          gconstpointer  data)
{
  PassendConsentDialog *dialog;
  GtkWidget *withdraw;
  AdwMessageDialog *confirm;
  g_autoptr(GError) error = NULL;

  /* Nothing covered yet: a row per purpose, each saying so. */
  g_assert_cmpuint (count_rows (fixture), ==, PASSEND_CONSENT_N_PURPOSES);
  g_assert_true (subtitle_has (purpose_row (fixture, "discussion-external"), "No consent"));

  dialog = PASSEND_CONSENT_DIALOG (passend_consent_list_record (fixture->list));
  g_assert_nonnull (dialog);
  passend_test_ui_settle (100);
  save_screenshot (GTK_WIDGET (dialog), "consent-dialog.png");

  /* The father has no gezag, so he is not offered; the student is. */
  g_assert_false (passend_consent_dialog_set_giver (dialog, FATHER_NO_GEZAG, TRUE));
  g_assert_true (passend_consent_dialog_set_giver (dialog, 0, TRUE));
  g_assert_true (passend_consent_dialog_set_giver (dialog, 0, FALSE));

  /* Without a giver the store refuses, and the dialog says why. */
  g_assert_false (passend_consent_dialog_save (dialog));
  g_assert_nonnull (strstr (passend_consent_dialog_get_error (dialog), "Choose who"));

  g_assert_true (passend_consent_dialog_set_giver (dialog, MOTHER, TRUE));
  g_assert_true (passend_consent_dialog_save (dialog));
  passend_test_ui_settle (100);
  g_assert_null (find_toplevel (PASSEND_TYPE_CONSENT_DIALOG));

  g_assert_true (subtitle_has (purpose_row (fixture, "discussion-external"), "Covered until"));
  g_assert_true (subtitle_has (purpose_row (fixture, "discussion-external"), "moeder"));
  g_assert_true (passend_database_has_valid_consent (fixture->database, STUDENT,
                                                     PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL, NULL,
                                                     passend_day_today (), &error));
  g_assert_no_error (error);

  /* Requesting data names a party. */
  dialog = PASSEND_CONSENT_DIALOG (passend_consent_list_record (fixture->list));
  passend_consent_dialog_set_purpose (dialog, PASSEND_CONSENT_PURPOSE_REQUEST_DATA);
  g_assert_true (passend_consent_dialog_set_giver (dialog, 0, TRUE));
  g_assert_false (passend_consent_dialog_save (dialog));
  g_assert_nonnull (strstr (passend_consent_dialog_get_error (dialog), "party"));
  passend_consent_dialog_set_party (dialog, "GGD Hollands Midden");
  g_assert_true (passend_consent_dialog_save (dialog));
  passend_test_ui_settle (100);
  g_assert_true (subtitle_has (purpose_row (fixture, "request-data"), "Covered until"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (purpose_row (fixture, "request-data"))),
                   ==, "Requesting data: GGD Hollands Midden");

  save_screenshot (GTK_WIDGET (fixture->window), "consent.png");

  /* Withdraw the discussion consent, today. */
  withdraw = find_button (GTK_WIDGET (purpose_row (fixture, "discussion-external")), "_Withdraw…");
  g_assert_nonnull (withdraw);
  g_signal_emit_by_name (withdraw, "clicked");
  passend_test_ui_settle (100);
  confirm = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (confirm);
  save_screenshot (GTK_WIDGET (confirm), "consent-withdraw.png");
  adw_message_dialog_response (confirm, "withdraw");
  passend_test_ui_settle (100);

  g_assert_true (subtitle_has (purpose_row (fixture, "discussion-external"), "Withdrawn on"));
  g_assert_null (find_button (GTK_WIDGET (purpose_row (fixture, "discussion-external")), "_Withdraw…"));
  g_assert_false (passend_database_has_valid_consent (fixture->database, STUDENT,
                                                      PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL, NULL,
                                                      passend_day_today (), &error));
  g_assert_no_error (error);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_descendant (c, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* On the student page the section follows the page's student by itself. */
static void
test_student_page (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cases = passend_database_list_cases (fixture->database, FALSE, &error);
  g_autoptr(PassendStudent) student = g_list_model_get_item (cases, 0);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *page = passend_student_page_new ();
  GtkWidget *section;

  gtk_window_set_default_size (window, 1366, 768);
  gtk_window_set_child (window, page);
  passend_student_page_set_database (PASSEND_STUDENT_PAGE (page), fixture->database);
  passend_student_page_set_student (PASSEND_STUDENT_PAGE (page), student);
  gtk_window_present (window);
  passend_test_ui_settle (200);

  section = find_descendant (page, PASSEND_TYPE_CONSENT_LIST);
  g_assert_nonnull (section);
  g_assert_true (passend_consent_list_get_database (PASSEND_CONSENT_LIST (section)) == fixture->database);
  g_assert_cmpint (passend_student_get_id (passend_consent_list_get_student (PASSEND_CONSENT_LIST (section))),
                   ==, STUDENT);

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_template_child (page, PASSEND_TYPE_STUDENT_PAGE,
                                                                                        "view_stack")),
                                         "support");
  passend_test_ui_settle (100);
  gtk_widget_grab_focus (find_button (section, "_Record Consent…"));
  save_screenshot (GTK_WIDGET (window), "consent-student-page.png");

  gtk_window_destroy (window);
  passend_test_ui_settle (50);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/consent/record-and-withdraw", Fixture, NULL,
              fixture_set_up, test_record_and_withdraw, fixture_tear_down);

  g_test_add ("/ui/consent/student-page", Fixture, NULL,
              fixture_set_up, test_student_page, fixture_tear_down);

  return g_test_run ();
}
