/* test-ui-meetings.c
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

#include "passend-agenda-item-row.h"
#include "passend-caseload-page.h"
#include "passend-consent-dialog.h"
#include "passend-database-meetings.h"
#include "passend-database-private.h"
#include "passend-invitee-popover.h"
#include "passend-meeting-chooser.h"
#include "passend-meeting-dialog.h"
#include "passend-meetings-page.h"
#include "passend-test-ui.h"

/* A small school: a coordinator, a mentor, a jeugdarts, three partner
 * organisations and four students in support, the first three with
 * consent for discussion with external parties, Daan (4) without. */
enum { COORDINATOR = 1, MENTOR = 2, GGD = 3, DAAN = 4, DAAN_MOTHER = 14 };

typedef struct
{
  char            *dir;
  PassendDatabase *database;
  GtkWindow       *window;
  AdwToastOverlay *overlay;
  PassendMeetingsPage *page;
  GPtrArray       *toasts;
} Fixture;

static void
exec_sql (PassendDatabase *database,
          const char      *sql)
{
  char *message = NULL;

  sqlite3_exec (_passend_database_get_handle (database), sql, NULL, NULL, &message);
  if (message != NULL)
    g_error ("%s", message);
}

static gint64
count (PassendDatabase *database,
       const char      *sql)
{
  sqlite3_stmt *statement = NULL;
  gint64 n = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (_passend_database_get_handle (database), sql, -1, &statement, NULL), ==,
                   SQLITE_OK);
  if (sqlite3_step (statement) == SQLITE_ROW)
    n = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);

  return n;
}

static void
page_add_toast_cb (GtkWidget *page,
                   AdwToast  *toast,
                   Fixture   *fixture)
{
  g_ptr_array_add (fixture->toasts, g_object_ref (toast));
  adw_toast_overlay_add_toast (fixture->overlay, toast);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *birth = passend_day_to_iso (passend_day_add_months (passend_day_today (), -(14 * 12 + 3)));
  g_autofree char *given = passend_day_to_iso (passend_day_add_days (passend_day_today (), -30));
  g_autofree char *sql = NULL;

  fixture->dir = g_dir_make_tmp ("passend-ui-meetings-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "passend.db", NULL);
  fixture->database = passend_database_open (path, &error);
  g_assert_no_error (error);

  sql = g_strdup_printf (
    "INSERT INTO organisation (id, name, kind) VALUES (1, 'Sociaal team Leiden-Noord', 'sociaal-team'),"
    " (2, 'SWV Duin- en Bollenstreek', 'samenwerkingsverband'), (3, 'GGD Hollands Midden', 'ggd');"
    "INSERT INTO person (id, given_name, tussenvoegsel, family_name, role, internal, code, organisation_id) VALUES"
    " (1, 'Marieke', '', 'Jansen', 'oco', 1, 'JAN', NULL), (2, 'Pieter', 'de', 'Boer', 'mentor', 1, 'BOE', NULL),"
    " (3, 'Sara', '', 'Koster', 'jeugdarts', 0, '', 3);"
    "INSERT INTO student (id, lvs_number, roepnaam, tussenvoegsel, achternaam, birth_date, class_name, year, track,"
    " mentor_id) VALUES (1, '1001', 'Noor', 'van', 'Dijk', '%1$s', '2B', 2, 'havo', 2),"
    " (2, '1002', 'Sem', '', 'Bakker', '%1$s', '2B', 2, 'havo', 2),"
    " (3, '1003', 'Lotte', '', 'Visser', '%1$s', '2A', 2, 'vmbo-t', 2),"
    " (4, '1004', 'Daan', '', 'Smit', '%1$s', '2A', 2, 'vmbo-t', 2);"
    "INSERT INTO support_status (student_id, niveau, phase, regie, case_open, opened_at, updated_at)"
    " SELECT id, 3, '3b', 'leco', 1, 0, 0 FROM student;"
    "INSERT INTO guardian (id, student_id, relation, voorletters, tussenvoegsel, achternaam, has_authority)"
    " VALUES (11, 1, 'moeder', 'A.', 'van', 'Dijk', 1), (12, 2, 'vader', 'B.', '', 'Bakker', 1),"
    " (13, 3, 'moeder', 'C.', '', 'Visser', 1), (14, 4, 'moeder', 'D.', '', 'Smit', 1);"
    "INSERT INTO consent (id, student_id, purpose, form, given_on, created_at, updated_at)"
    " SELECT id, id, 'discussion-external', 'signed-document', '%2$s', 0, 0 FROM student WHERE id < 4;"
    "INSERT INTO consent_giver (consent_id, guardian_id) SELECT id, id + 10 FROM consent;",
    birth, given);
  exec_sql (fixture->database, sql);

  fixture->toasts = g_ptr_array_new_with_free_func (g_object_unref);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1366, 768);
  fixture->page = PASSEND_MEETINGS_PAGE (passend_meetings_page_new ());
  g_signal_connect (fixture->page, "add-toast", G_CALLBACK (page_add_toast_cb), fixture);
  fixture->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (fixture->overlay, GTK_WIDGET (fixture->page));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->overlay));
  passend_meetings_page_set_database (fixture->page, fixture->database);
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GList *toplevels = gtk_window_list_toplevels ();

  /* Destroying one window takes its dialogs along: hold them first. */
  g_list_foreach (toplevels, (GFunc) (void (*) (void)) g_object_ref, NULL);
  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      g_test_message ("destroying %s", G_OBJECT_TYPE_NAME (l->data));
      gtk_window_destroy (l->data);
    }
  g_list_free_full (toplevels, g_object_unref);
  passend_test_ui_settle (50);

  g_ptr_array_unref (fixture->toasts);
  g_clear_object (&fixture->database);
  {
    g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *file = g_build_filename (fixture->dir, name, NULL);

        g_remove (file);
      }
  }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static gpointer
find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
        return l->data;
    }

  return NULL;
}

static gboolean
dialog_is_gone (gpointer type)
{
  return find_toplevel (GPOINTER_TO_SIZE (type)) == NULL;
}

static gint64
item_student (PassendDatabase *database,
              gint64           meeting_id,
              guint            position)
{
  g_autofree char *sql = g_strdup_printf ("SELECT student_id FROM meeting_item WHERE meeting_id = %" G_GINT64_FORMAT
                                          " AND position = %u", meeting_id, position);

  return count (database, sql);
}

static PassendAgendaItemRow *
row_of_student (PassendMeetingView *view,
                gint64              student_id)
{
  for (guint i = 0; i < passend_meeting_view_get_n_rows (view); i++)
    {
      PassendAgendaItemRow *row = passend_meeting_view_get_row (view, i);

      if (passend_meeting_item_get_student_id (passend_agenda_item_row_get_item (row)) == student_id)
        return row;
    }

  return NULL;
}

/* Screenshots show the top of the agenda, where the problems are. */
static void
scroll_to_top (PassendMeetingView *view)
{
  GtkScrolledWindow *scroller = passend_test_ui_child (view, PASSEND_TYPE_MEETING_VIEW, "agenda_scroller");

  passend_test_ui_settle (100);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scroller), 0);
}

static gboolean
click_first_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    {
      g_signal_emit_by_name (widget, "clicked");
      return TRUE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (click_first_button (child))
        return TRUE;
    }

  return FALSE;
}

typedef struct
{
  Fixture *fixture;
  guint    n_toasts;
} ToastWait;

static gboolean
toast_arrived (gpointer data)
{
  ToastWait *wait = data;

  return wait->fixture->toasts->len > wait->n_toasts;
}

static void
export_and_check (Fixture            *fixture,
                  PassendMeetingView *view,
                  gboolean            invitations,
                  const char         *partner,
                  const char         *name,
                  const char         *start)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autofree char *content = NULL;
  ToastWait wait = { fixture, fixture->toasts->len };
  AdwToast *toast;

  passend_meeting_view_export (view, invitations, partner, path);
  g_assert_true (passend_test_ui_wait_for (toast_arrived, &wait));
  toast = g_ptr_array_index (fixture->toasts, fixture->toasts->len - 1);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, invitations ? "Invitations exported" : "Agenda exported");
  g_assert_true (g_file_get_contents (path, &content, NULL, NULL));
  g_assert_true (g_str_has_prefix (content, start));
}

static void
test_compose (Fixture       *fixture,
              gconstpointer  data)
{
  PassendMeetingView *view = passend_meetings_page_get_view (fixture->page);
  PassendMeetingDialog *dialog;
  PassendMeetingChooser *chooser;
  PassendStudentPicker *picker;
  PassendCaseloadPage *caseload;
  PassendInviteePopover *popover;
  PassendConsentDialog *consent;
  PassendAgendaItemRow *row;
  GtkSelectionModel *selection;
  GtkWindow *caseload_window;
  GtkStack *list_stack = passend_test_ui_child (fixture->page, PASSEND_TYPE_MEETINGS_PAGE, "list_stack");
  PassendDay day = passend_day_add_days (passend_day_today (), 14);
  g_autofree char *date = NULL;
  g_autofree char *expected = NULL;
  gint64 meeting_id;
  gint64 daan_item;
  int y, m, d;

  /* An empty school shows the way to the first meeting. */
  passend_test_ui_settle (100);
  g_assert_cmpuint (passend_meetings_page_get_n_meetings (fixture->page), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "empty");
  passend_test_ui_save_screenshot (GTK_WIDGET (fixture->window), "meetings-empty.png", 300, FALSE);

  /* Ctrl+N: the dialog proposes the coordinator as chair and refuses a
   * day that does not exist, storing nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "meetings.new", NULL));
  dialog = find_toplevel (PASSEND_TYPE_MEETING_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (passend_meeting_dialog_set_kind (dialog, "flex-zat"));
  g_assert_cmpint (passend_meeting_dialog_get_chair (dialog), ==, COORDINATOR);
  passend_meeting_dialog_set_when (dialog, "31-02-2027", "14:00");
  g_assert_false (passend_meeting_dialog_save (dialog));
  g_assert_nonnull (strstr (passend_meeting_dialog_get_error (dialog), "31-02-2027"));
  passend_meeting_dialog_set_when (dialog, "01-03-2027", "25:10");
  g_assert_false (passend_meeting_dialog_save (dialog));
  g_assert_nonnull (strstr (passend_meeting_dialog_get_error (dialog), "25:10"));
  passend_test_ui_save_screenshot (GTK_WIDGET (dialog), "meeting-dialog.png", 300, FALSE);
  g_assert_cmpint (count (fixture->database, "SELECT count(*) FROM meeting"), ==, 0);

  passend_day_get_ymd (day, &y, &m, &d);
  date = g_strdup_printf ("%02d-%02d-%04d", d, m, y);
  passend_meeting_dialog_set_when (dialog, date, "14:00");
  g_assert_true (passend_meeting_dialog_save (dialog));
  passend_test_ui_wait_for (dialog_is_gone, GSIZE_TO_POINTER (PASSEND_TYPE_MEETING_DIALOG));
  g_assert_cmpint (count (fixture->database, "SELECT count(*) FROM meeting"), ==, 1);
  meeting_id = count (fixture->database, "SELECT id FROM meeting");
  g_assert_cmpint (passend_meeting_view_get_meeting_id (view), ==, meeting_id);
  g_assert_cmpint (count (fixture->database, "SELECT chair_person_id FROM meeting"), ==, COORDINATOR);

  /* One student through the search, by LVS number. */
  picker = passend_meeting_view_get_student_picker (view);
  passend_student_picker_set_search (picker, "1004");
  g_assert_cmpuint (passend_student_picker_get_n_matches (picker), ==, 1);
  g_assert_true (passend_student_picker_choose_first (picker));
  passend_meeting_view_flush (view);
  g_assert_cmpuint (passend_meeting_view_get_n_rows (view), ==, 1);
  /* And by name; students on the agenda are not offered again. */
  passend_student_picker_set_search (picker, "smit");
  g_assert_cmpuint (passend_student_picker_get_n_matches (picker), ==, 0);
  passend_student_picker_set_search (picker, "visser");
  g_assert_cmpuint (passend_student_picker_get_n_matches (picker), ==, 1);

  /* Two from the caseload, selected together. */
  caseload_window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (caseload_window, 1000, 600);
  caseload = PASSEND_CASELOAD_PAGE (passend_caseload_page_new ());
  gtk_window_set_child (caseload_window, GTK_WIDGET (caseload));
  passend_caseload_page_set_database (caseload, fixture->database);
  gtk_window_present (caseload_window);
  passend_test_ui_settle (200);
  selection = GTK_SELECTION_MODEL (gtk_column_view_get_model (passend_test_ui_child (caseload,
                                                                                     PASSEND_TYPE_CASELOAD_PAGE,
                                                                                     "column_view")));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (G_LIST_MODEL (selection), i);

      /* Sem Bakker and Noor van Dijk. */
      if (passend_student_get_id (student) <= 2)
        gtk_selection_model_select_item (selection, i, FALSE);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (caseload), "caseload.add-to-meeting", NULL));
  chooser = find_toplevel (PASSEND_TYPE_MEETING_CHOOSER);
  g_assert_nonnull (chooser);
  g_assert_cmpuint (passend_meeting_chooser_get_n_meetings (chooser), ==, 1);
  g_assert_true (passend_meeting_chooser_select (chooser, meeting_id));
  passend_meeting_chooser_add (chooser);
  gtk_window_destroy (caseload_window);
  passend_test_ui_settle (200);
  passend_meeting_view_flush (view);
  g_assert_cmpuint (passend_meeting_view_get_n_rows (view), ==, 3);
  /* Daan first, then Sem and Noor in caseload (name) order. */
  g_assert_cmpint (item_student (fixture->database, meeting_id, 0), ==, DAAN);
  g_assert_cmpint (item_student (fixture->database, meeting_id, 1), ==, 2);
  g_assert_cmpint (item_student (fixture->database, meeting_id, 2), ==, 1);

  /* Alt+Up on the last row moves Noor before Sem. */
  row = passend_meeting_view_get_row (view, 2);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "item.move-up", NULL));
  passend_meeting_view_flush (view);
  g_assert_cmpint (item_student (fixture->database, meeting_id, 1), ==, 1);
  g_assert_cmpint (item_student (fixture->database, meeting_id, 2), ==, 2);
  g_assert_true (passend_meeting_view_get_row (view, 1) == row);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (row)));

  /* Flex-ZAT items take 30 minutes; the first one now 45: the slots
   * follow at once, and the store has the new duration. */
  g_assert_cmpstr (passend_agenda_item_row_get_slot_text (passend_meeting_view_get_row (view, 0)), ==, "14:00–14:30");
  g_assert_cmpstr (passend_agenda_item_row_get_slot_text (passend_meeting_view_get_row (view, 2)), ==, "15:00–15:30");
  passend_agenda_item_row_set_duration (passend_meeting_view_get_row (view, 0), 45);
  g_assert_cmpstr (passend_agenda_item_row_get_slot_text (passend_meeting_view_get_row (view, 1)), ==, "14:45–15:15");
  g_assert_cmpstr (passend_agenda_item_row_get_slot_text (passend_meeting_view_get_row (view, 2)), ==, "15:15–15:45");
  passend_meeting_view_flush (view);
  g_assert_cmpstr (passend_agenda_item_row_get_slot_text (passend_meeting_view_get_row (view, 2)), ==, "15:15–15:45");
  expected = g_strdup_printf ("SELECT duration_minutes FROM meeting_item WHERE meeting_id = %" G_GINT64_FORMAT
                              " ORDER BY position", meeting_id);
  g_assert_cmpint (count (fixture->database, expected), ==, 45);
  g_assert_cmpstr (passend_meeting_view_get_summary (view), ==, "Ends at 15:45 · 3 students, 105 minutes");

  /* Daan has no consent: the store left the partners off his item, and
   * the check says which required roles are missing. */
  row = row_of_student (view, DAAN);
  g_assert_nonnull (row);
  daan_item = passend_agenda_item_row_get_item_id (row);
  g_assert_cmpuint (passend_agenda_item_row_get_n_problems (row), >, 0);

  /* Inviting the GGD for him is refused, says why, stores nothing. */
  popover = PASSEND_INVITEE_POPOVER (passend_agenda_item_row_get_invitee_popover (row));
  passend_invitee_popover_set_search (popover, "GGD Hollands");
  g_assert_cmpuint (passend_invitee_popover_get_n_candidates (popover), >=, 1);
  g_assert_true (passend_invitee_popover_choose (popover, 0));
  g_assert_cmpstr (passend_agenda_item_row_get_refusal (row), !=, "");
  g_free (expected);
  expected = g_strdup_printf ("SELECT count(*) FROM meeting_invitee WHERE item_id = %" G_GINT64_FORMAT
                              " AND organisation_id = %d", daan_item, GGD);
  g_assert_cmpint (count (fixture->database, expected), ==, 0);
  scroll_to_top (view);
  passend_test_ui_save_screenshot (GTK_WIDGET (fixture->window), "meeting-agenda-refused.png", 400, FALSE);

  /* "Record Consent…": the consent dialog for Daan, for discussion with
   * external parties; once saved, the GGD is invited after all. */
  consent = passend_agenda_item_row_record_consent (row);
  g_assert_nonnull (consent);
  g_assert_true (passend_consent_dialog_set_giver (consent, DAAN_MOTHER, TRUE));
  g_assert_true (passend_consent_dialog_save (consent));
  passend_test_ui_wait_for (dialog_is_gone, GSIZE_TO_POINTER (PASSEND_TYPE_CONSENT_DIALOG));
  g_assert_cmpint (count (fixture->database, expected), ==, 1);
  g_assert_cmpstr (passend_agenda_item_row_get_refusal (row), ==, "");

  /* The one-click fix for a missing role: the one social team there is. */
  passend_meeting_view_flush (view);
  g_assert_true (click_first_button (passend_test_ui_child (row, PASSEND_TYPE_AGENDA_ITEM_ROW, "problems_box")));
  g_free (expected);
  expected = g_strdup_printf ("SELECT count(*) FROM meeting_invitee WHERE item_id = %" G_GINT64_FORMAT
                              " AND organisation_id = 1 AND role = 'sociaal-team'", daan_item);
  g_assert_cmpint (count (fixture->database, expected), ==, 1);

  passend_meeting_view_flush (view);
  scroll_to_top (view);
  passend_test_ui_save_screenshot (GTK_WIDGET (fixture->window), "meeting-agenda.png", 400, FALSE);

  passend_meeting_view_show_page (view, "minutes");
  passend_test_ui_save_screenshot (GTK_WIDGET (fixture->window), "meeting-minutes.png", 400, FALSE);
  passend_meeting_view_show_page (view, "agenda");

  /* The exports write their files in a worker and say so. */
  export_and_check (fixture, view, FALSE, NULL, "agenda.pdf", "%PDF-");
  export_and_check (fixture, view, TRUE, "organisation:3", "ggd.ics", "BEGIN:VCALENDAR");

  /* Narrow: the list folds away, the agenda stays usable. */
  gtk_window_set_default_size (fixture->window, 600, 768);
  passend_test_ui_settle (300);
  scroll_to_top (view);
  passend_test_ui_save_screenshot (GTK_WIDGET (fixture->window), "meeting-agenda-narrow.png", 400, FALSE);
  gtk_window_set_default_size (fixture->window, 1366, 768);
  passend_meetings_page_focus_list (fixture->page);
  passend_test_ui_save_screenshot (GTK_WIDGET (fixture->window), "meetings-page.png", 400, FALSE);
}

/* Delete removes an item at once, Undo puts it back, and only when the
 * toast goes is it removed from the store. */
static void
test_remove_with_undo (Fixture       *fixture,
                       gconstpointer  data)
{
  PassendMeetingView *view = passend_meetings_page_get_view (fixture->page);
  g_autoptr(PassendMeeting) meeting = passend_meeting_new (1, g_get_real_time () / G_USEC_PER_SEC + 7 * 86400);
  g_autoptr(GError) error = NULL;
  gint64 students[] = { 1, 2, 3 };
  PassendAgendaItemRow *row;
  AdwToast *toast;

  g_assert_true (passend_database_add_meeting (fixture->database, meeting, &error));
  g_assert_no_error (error);
  g_assert_true (passend_database_add_meeting_items (fixture->database, passend_meeting_get_id (meeting), students, 3,
                                                     NULL, &error));
  g_assert_no_error (error);
  passend_meetings_page_show_meeting (fixture->page, passend_meeting_get_id (meeting));
  passend_meeting_view_flush (view);
  g_assert_cmpuint (passend_meeting_view_get_n_rows (view), ==, 3);

  row = passend_meeting_view_get_row (view, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "item.remove", NULL));
  g_assert_cmpuint (passend_meeting_view_get_n_rows (view), ==, 2);
  g_assert_cmpuint (fixture->toasts->len, ==, 1);
  toast = g_ptr_array_index (fixture->toasts, 0);
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_cmpuint (passend_meeting_view_get_n_rows (view), ==, 3);
  adw_toast_dismiss (toast);
  g_assert_cmpint (count (fixture->database, "SELECT count(*) FROM meeting_item"), ==, 3);

  row = passend_meeting_view_get_row (view, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "item.remove", NULL));
  g_assert_cmpint (count (fixture->database, "SELECT count(*) FROM meeting_item"), ==, 3);
  toast = g_ptr_array_index (fixture->toasts, 1);
  adw_toast_dismiss (toast);
  g_assert_cmpint (count (fixture->database, "SELECT count(*) FROM meeting_item"), ==, 2);
  passend_meeting_view_flush (view);
  g_assert_cmpuint (passend_meeting_view_get_n_rows (view), ==, 2);
  g_assert_cmpstr (passend_agenda_item_row_get_slot_text (passend_meeting_view_get_row (view, 0)), !=, "");
}

static gboolean
has_label_containing (GtkWidget  *widget,
                      const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (has_label_containing (child, text))
        return TRUE;
    }

  return FALSE;
}

/* The mentor invited at the same time in another meeting: the row says
 * so and names that meeting. */
static void
test_double_booked (Fixture       *fixture,
                    gconstpointer  data)
{
  PassendMeetingView *view = passend_meetings_page_get_view (fixture->page);
  gint64 starts_at = g_get_real_time () / G_USEC_PER_SEC + 7 * 86400;
  g_autoptr(PassendMeeting) flex = passend_meeting_new (1, starts_at);
  g_autoptr(PassendMeeting) ot = passend_meeting_new (2, starts_at + 600);
  g_autoptr(GError) error = NULL;
  gint64 noor = 1;
  gint64 sem = 2;
  gint64 ot_item = 0;
  PassendAgendaItemRow *row;

  passend_meeting_set_title (ot, "OT bovenbouw");
  g_assert_true (passend_database_add_meeting (fixture->database, flex, &error));
  g_assert_true (passend_database_add_meeting (fixture->database, ot, &error));
  g_assert_true (passend_database_add_meeting_items (fixture->database, passend_meeting_get_id (flex), &noor, 1,
                                                     NULL, &error));
  g_assert_true (passend_database_add_meeting_items (fixture->database, passend_meeting_get_id (ot), &sem, 1,
                                                     &ot_item, &error));
  g_assert_no_error (error);
  /* Unless the OT already asks for him, the mentor is invited by hand. */
  if (count (fixture->database, "SELECT count(*) FROM meeting_invitee WHERE person_id = 2") < 2)
    {
      g_autoptr(PassendMeetingInvitee) mentor = passend_meeting_invitee_new (ot_item, PASSEND_MEETING_ROLE_MENTOR);

      passend_meeting_invitee_set_person_id (mentor, MENTOR);
      g_assert_true (passend_database_add_meeting_invitee (fixture->database, mentor, &error));
      g_assert_no_error (error);
    }

  passend_meetings_page_show_meeting (fixture->page, passend_meeting_get_id (flex));
  passend_meeting_view_flush (view);
  row = passend_meeting_view_get_row (view, 0);
  g_assert_nonnull (row);
  g_assert_cmpuint (passend_agenda_item_row_get_n_problems (row), >, 0);
  g_assert_true (has_label_containing (passend_test_ui_child (row, PASSEND_TYPE_AGENDA_ITEM_ROW, "problems_box"),
                                       "OT bovenbouw"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/meetings/compose", Fixture, NULL, fixture_set_up, test_compose, fixture_tear_down);
  g_test_add ("/ui/meetings/remove-with-undo", Fixture, NULL, fixture_set_up, test_remove_with_undo,
              fixture_tear_down);

  g_test_add ("/ui/meetings/double-booked", Fixture, NULL, fixture_set_up, test_double_booked, fixture_tear_down);

  return g_test_run ();
}
