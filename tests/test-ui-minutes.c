/* test-ui-minutes.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <adwaita.h>

#include "passend-database-meetings.h"
#include "passend-database-partners.h"
#include "passend-meeting-kinds-page.h"
#include "passend-meeting-minutes.h"
#include "passend-meeting-minutes-private.h"
#include "passend-minutes-item.h"
#include "passend-overview-page.h"
#include "passend-test-ui.h"

typedef struct
{
  char            *dir;
  char            *path;
  PassendDatabase *database;
  gint64           meeting_id;
  gint64           item_ids[2];
  gint64           student_ids[2];
} Fixture;

static gint64
add_student (PassendDatabase *database,
             const char      *lvs_number,
             const char      *roepnaam,
             const char      *achternaam)
{
  g_autoptr(PassendStudent) student = passend_student_new ();
  g_autoptr(GError) error = NULL;

  passend_student_set_lvs_number (student, lvs_number);
  passend_student_set_roepnaam (student, roepnaam);
  passend_student_set_achternaam (student, achternaam);
  passend_database_add_student (database, student, &error);
  g_assert_no_error (error);
  return passend_student_get_id (student);
}

static PassendMeetingKind *
find_kind (PassendDatabase *database,
           const char      *code)
{
  g_autoptr(GListModel) kinds = NULL;
  g_autoptr(GError) error = NULL;

  kinds = passend_database_list_meeting_kinds (database, TRUE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    {
      g_autoptr(PassendMeetingKind) kind = g_list_model_get_item (kinds, i);

      if (g_strcmp0 (passend_meeting_kind_get_code (kind), code) == 0)
        return g_steal_pointer (&kind);
    }

  g_assert_not_reached ();
}

/* A meeting of this morning with two students on its agenda. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendMeetingKind) kind = NULL;
  g_autoptr(PassendMeeting) meeting = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) morning = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                        g_date_time_get_day_of_month (now), 0, 30, 0);

  fixture->dir = g_dir_make_tmp ("passend-minutes-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "school.db", NULL);
  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);

  fixture->student_ids[0] = add_student (fixture->database, "5001", "Sem", "Jansen");
  fixture->student_ids[1] = add_student (fixture->database, "5002", "Noor", "El Amrani");

  kind = find_kind (fixture->database, "ot");
  meeting = passend_meeting_new (passend_meeting_kind_get_id (kind), g_date_time_to_unix (morning));
  passend_database_add_meeting (fixture->database, meeting, &error);
  g_assert_no_error (error);
  fixture->meeting_id = passend_meeting_get_id (meeting);
  passend_database_add_meeting_items (fixture->database, fixture->meeting_id, fixture->student_ids, 2,
                                      fixture->item_ids, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

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

static GtkWidget *
item_widget (GtkWidget *minutes,
             guint      index)
{
  GtkWidget *box = passend_test_ui_child (minutes, PASSEND_TYPE_MEETING_MINUTES, "items_box");
  GtkWidget *child = gtk_widget_get_first_child (box);

  for (guint i = 0; i < index && child != NULL; i++)
    child = gtk_widget_get_next_sibling (child);
  g_assert_true (PASSEND_IS_MINUTES_ITEM (child));
  return child;
}

static gpointer
item_child (GtkWidget  *item,
            const char *name)
{
  return passend_test_ui_child (item, PASSEND_TYPE_MINUTES_ITEM, name);
}

static void
set_row (GtkWidget  *item,
         const char *name,
         const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (item_child (item, name)), text);
}

static void
click (gpointer button)
{
  g_signal_emit_by_name (button, "clicked");
}

typedef struct
{
  PassendDatabase *database;
  gint64           item_id;
  const char      *minutes;
} MinutesStored;

static gboolean
minutes_stored (gpointer data)
{
  MinutesStored *stored = data;
  g_autoptr(PassendMeetingItem) item = passend_database_get_meeting_item (stored->database, stored->item_id, NULL);

  return item != NULL && g_strcmp0 (passend_meeting_item_get_minutes (item), stored->minutes) == 0;
}

static guint
count_items (PassendDatabase *database,
             GListModel *(*list) (PassendDatabase *, gint64, GError **),
             gint64           item_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = list (database, item_id, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (model);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_message_dialog () != NULL;
}

static GtkWidget *
find_check_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_CHECK_BUTTON (child))
        return child;
      if ((found = find_check_button (child)) != NULL)
        return found;
    }

  return NULL;
}

/* The whole minutes of a meeting from typing to the Overzicht. */
static void
test_minutes_write_close_follow_up (Fixture       *fixture,
                                    gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) decisions = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GListModel) open = NULL;
  g_autoptr(PassendMeeting) meeting = NULL;
  g_autoptr(PassendMeetingDecision) no_action = NULL;
  g_autoptr(PassendMeetingAction) action = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *minutes = GTK_WIDGET (passend_meeting_minutes_new (fixture->database, fixture->meeting_id));
  GtkWidget *first, *second, *overview;
  AdwMessageDialog *dialog;
  MinutesStored stored;
  PassendDay today = passend_day_today ();
  PassendDay due = passend_day_add_days (today, 7);
  g_autofree char *due_text = NULL;
  const char *heading_body;
  GtkListBox *list;
  GtkWidget *row;
  GtkWidget *check;
  int year, month, day;

  gtk_window_set_child (GTK_WINDOW (window), minutes);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  passend_test_ui_settle (100);

  /* One item per student, in agenda order. */
  first = item_widget (minutes, 0);
  second = item_widget (minutes, 1);
  g_assert_cmpint (passend_meeting_item_get_id (passend_minutes_item_get_item (PASSEND_MINUTES_ITEM (first))), ==,
                   fixture->item_ids[0]);
  g_assert_cmpstr (gtk_label_get_text (item_child (second, "student_label")), ==, "Noor El Amrani");

  /* Minutes are stored as typed, after a short pause. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (item_child (first, "minutes_view")),
                            "Sem komt sinds de herfstvakantie vaak te laat.", -1);
  stored.database = fixture->database;
  stored.item_id = fixture->item_ids[0];
  stored.minutes = "Sem komt sinds de herfstvakantie vaak te laat.";
  g_assert_true (passend_test_ui_wait_for (minutes_stored, &stored));

  /* A decision with its rationale. */
  set_row (first, "decision_body_row", "Gesprek met ouders en mentor");
  set_row (first, "decision_rationale_row", "Het verzuim neemt toe");
  click (item_child (first, "add_decision_button"));
  g_assert_cmpuint (count_items (fixture->database, passend_database_list_meeting_decisions, fixture->item_ids[0]), ==, 1);

  /* Deciding not to refer is refused without a rationale, then stored. */
  set_row (first, "decision_body_row", "Geen verwijzing naar leerplicht");
  gtk_switch_set_active (item_child (first, "no_action_switch"), TRUE);
  click (item_child (first, "add_decision_button"));
  g_assert_cmpuint (count_items (fixture->database, passend_database_list_meeting_decisions, fixture->item_ids[0]), ==, 1);
  g_assert_cmpstr (gtk_label_get_text (item_child (first, "decision_error_label")), !=, "");
  set_row (first, "decision_rationale_row", "Ouders pakken het zelf op");
  click (item_child (first, "add_decision_button"));
  decisions = passend_database_list_meeting_decisions (fixture->database, fixture->item_ids[0], &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (decisions), ==, 2);
  no_action = g_list_model_get_item (decisions, 1);
  g_assert_true (passend_meeting_decision_get_no_action (no_action));
  g_assert_cmpstr (passend_meeting_decision_get_rationale (no_action), ==, "Ouders pakken het zelf op");

  /* An action: a date that does not exist is refused, a real one stored
   * with its free-named owner. */
  set_row (first, "action_what_row", "Ouders bellen over het te laat komen");
  set_row (first, "action_owner_row", "ouders");
  set_row (first, "action_due_row", "31-02-2026");
  click (item_child (first, "add_action_button"));
  g_assert_cmpuint (count_items (fixture->database, passend_database_list_meeting_actions, fixture->item_ids[0]), ==, 0);
  g_assert_cmpstr (gtk_label_get_text (item_child (first, "action_error_label")), !=, "");
  passend_day_get_ymd (due, &year, &month, &day);
  due_text = g_strdup_printf ("%02d-%02d-%04d", day, month, year);
  set_row (first, "action_due_row", due_text);
  click (item_child (first, "add_action_button"));
  actions = passend_database_list_meeting_actions (fixture->database, fixture->item_ids[0], &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 1);
  action = g_list_model_get_item (actions, 0);
  g_assert_cmpstr (passend_meeting_action_get_owner_name (action), ==, "ouders");
  g_assert_cmpuint (passend_meeting_action_get_due_on (action), ==, due);
  g_assert_cmpuint (passend_meeting_action_get_done_on (action), ==, PASSEND_DAY_NONE);

  passend_test_ui_save_screenshot (window, "minutes.png", 300, FALSE);

  /* Typed but not yet saved when the meeting is closed: still recorded. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (item_child (second, "minutes_view")),
                            "Noor gaat het goed.", -1);

  /* Closing asks first, saying what it writes. */
  click (passend_test_ui_child (minutes, PASSEND_TYPE_MEETING_MINUTES, "close_button"));
  g_assert_true (passend_test_ui_wait_for (dialog_shown, NULL));
  dialog = find_message_dialog ();
  heading_body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (heading_body, "2 timeline entries"));
  g_assert_nonnull (strstr (heading_body, "1 action stays open"));
  adw_message_dialog_response (dialog, "close");
  passend_test_ui_settle (100);

  meeting = passend_database_get_meeting (fixture->database, fixture->meeting_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (passend_meeting_get_state (meeting), ==, PASSEND_MEETING_STATE_CLOSED);
  for (guint i = 0; i < 2; i++)
    {
      gint64 entry_id = passend_database_get_meeting_item_entry_id (fixture->database, fixture->item_ids[i], &error);
      g_autoptr(PassendTimelineEntry) entry = NULL;

      g_assert_no_error (error);
      g_assert_cmpint (entry_id, >, 0);
      entry = passend_database_get_entry (fixture->database, entry_id, &error);
      g_assert_no_error (error);
      g_assert_cmpint (passend_timeline_entry_get_student_id (entry), ==, fixture->student_ids[i]);
      if (i == 0)
        {
          g_assert_nonnull (strstr (passend_timeline_entry_get_body (entry), "vaak te laat"));
          g_assert_nonnull (strstr (passend_timeline_entry_get_body (entry), "Gesprek met ouders en mentor"));
          g_assert_nonnull (strstr (passend_timeline_entry_get_body (entry), "Ouders pakken het zelf op"));
        }
      else
        {
          g_assert_nonnull (strstr (passend_timeline_entry_get_body (entry), "Noor gaat het goed."));
        }
    }

  /* The closed meeting is read-only and says when it was closed. */
  passend_test_ui_settle (100);
  first = item_widget (minutes, 0);
  g_assert_false (gtk_text_view_get_editable (item_child (first, "minutes_view")));
  g_assert_false (gtk_widget_get_visible (item_child (first, "decision_form")));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (passend_test_ui_child (minutes, PASSEND_TYPE_MEETING_MINUTES,
                                                                               "state_label")),
                                   "Closed on"));
  g_assert_false (gtk_widget_get_visible (passend_test_ui_child (minutes, PASSEND_TYPE_MEETING_MINUTES,
                                                                 "close_button")));
  passend_test_ui_save_screenshot (window, "minutes-closed.png", 300, FALSE);

  /* The action stays open, and the Overzicht marks it done. */
  open = passend_database_list_open_meeting_actions (fixture->database, passend_day_add_days (today, 14), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (open), ==, 1);

  overview = passend_overview_page_new ();
  passend_overview_page_set_today (PASSEND_OVERVIEW_PAGE (overview), today);
  passend_overview_page_set_database (PASSEND_OVERVIEW_PAGE (overview), fixture->database);
  gtk_window_set_child (GTK_WINDOW (window), overview);
  passend_test_ui_settle (100);
  list = passend_test_ui_child (overview, PASSEND_TYPE_OVERVIEW_PAGE, "actions_list");
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0));
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Ouders bellen over het te laat komen");
  g_assert_null (gtk_list_box_get_row_at_index (list, 1));
  check = find_check_button (row);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  passend_test_ui_settle (100);

  g_clear_object (&open);
  open = passend_database_list_open_meeting_actions (fixture->database, passend_day_add_days (today, 14), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (open), ==, 0);
  g_clear_object (&actions);
  actions = passend_database_list_meeting_actions (fixture->database, fixture->item_ids[0], &error);
  g_clear_object (&action);
  action = g_list_model_get_item (actions, 0);
  g_assert_cmpuint (passend_meeting_action_get_done_on (action), ==, today);
  g_assert_false (gtk_widget_get_visible (passend_test_ui_child (overview, PASSEND_TYPE_OVERVIEW_PAGE,
                                                                 "actions_group")));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Text typed just before the window closes is not lost. */
static void
test_minutes_saved_on_close (Fixture       *fixture,
                             gconstpointer  user_data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *minutes = GTK_WIDGET (passend_meeting_minutes_new (fixture->database, fixture->meeting_id));
  MinutesStored stored = { fixture->database, fixture->item_ids[1], "Laatste zin, snel getypt." };

  gtk_window_set_child (GTK_WINDOW (window), minutes);
  gtk_window_present (GTK_WINDOW (window));
  passend_test_ui_settle (50);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (item_child (item_widget (minutes, 1), "minutes_view")),
                            stored.minutes, -1);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (minutes_stored (&stored));
}

static gboolean
file_written (gpointer data)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  return g_file_get_contents (data, &contents, &length, NULL) && length > 4 && memcmp (contents, "%PDF", 4) == 0;
}

/* "Export Minutes…": the options, then the verslag of one student
 * written off the main thread, private to the user. */
static void
test_minutes_export (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *minutes = GTK_WIDGET (passend_meeting_minutes_new (fixture->database, fixture->meeting_id));
  g_autofree char *output = g_build_filename (fixture->dir, "verslag.pdf", NULL);
  AdwMessageDialog *dialog;
  struct stat info;

  passend_database_set_meeting_item_minutes (fixture->database, fixture->item_ids[1], "Noor gaat het goed.", &error);
  g_assert_no_error (error);
  gtk_window_set_child (GTK_WINDOW (window), minutes);
  gtk_window_present (GTK_WINDOW (window));
  passend_test_ui_settle (50);

  /* The item's own button asks for whom, preselecting its student. */
  click (item_child (item_widget (minutes, 1), "export_button"));
  g_assert_true (passend_test_ui_wait_for (dialog_shown, NULL));
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Export Minutes");
  adw_message_dialog_response (dialog, "cancel");
  passend_test_ui_settle (50);

  /* What the file chooser leads to: the verslag written in a worker. */
  _passend_meeting_minutes_export_to_path (PASSEND_MEETING_MINUTES (minutes), fixture->item_ids[1],
                                           PASSEND_AGENDA_AUDIENCE_INTERNAL, 0, output);
  g_assert_true (passend_test_ui_wait_for (file_written, output));
  g_assert_cmpint (g_stat (output, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A cancelled meeting says so and offers neither closing nor writing. */
static void
test_minutes_cancelled (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *minutes;

  passend_database_cancel_meeting (fixture->database, fixture->meeting_id, &error);
  g_assert_no_error (error);
  minutes = GTK_WIDGET (passend_meeting_minutes_new (fixture->database, fixture->meeting_id));
  gtk_window_set_child (GTK_WINDOW (window), minutes);
  gtk_window_present (GTK_WINDOW (window));
  passend_test_ui_settle (50);

  g_assert_nonnull (strstr (gtk_label_get_text (passend_test_ui_child (minutes, PASSEND_TYPE_MEETING_MINUTES,
                                                                       "state_label")),
                            "cancelled"));
  g_assert_false (gtk_widget_get_visible (passend_test_ui_child (minutes, PASSEND_TYPE_MEETING_MINUTES,
                                                                 "close_button")));
  g_assert_false (gtk_widget_is_sensitive (passend_test_ui_child (minutes, PASSEND_TYPE_MEETING_MINUTES,
                                                                  "export_button")));
  g_assert_false (gtk_text_view_get_editable (item_child (item_widget (minutes, 0), "minutes_view")));
  g_assert_false (gtk_widget_get_visible (item_child (item_widget (minutes, 0), "action_form")));

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_row_titled (GtkWidget  *widget,
                 const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_ACTION_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = find_row_titled (child, title)) != NULL)
        return found;
    }

  return NULL;
}

/* An owner picked from Partners is linked as that person; typing over
 * the name makes it a free name again. */
static void
test_minutes_owner_from_partners (Fixture       *fixture,
                                  gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendPerson) person = passend_person_new ();
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(PassendMeetingAction) picked = NULL;
  g_autoptr(PassendMeetingAction) typed = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *minutes = GTK_WIDGET (passend_meeting_minutes_new (fixture->database, fixture->meeting_id));
  GtkWidget *item, *popover, *row;

  passend_person_set_given_name (person, "Jan");
  passend_person_set_tussenvoegsel (person, "de");
  passend_person_set_family_name (person, "Vries");
  passend_database_create_person (fixture->database, person, "", &error);
  g_assert_no_error (error);

  gtk_window_set_child (GTK_WINDOW (window), minutes);
  gtk_window_present (GTK_WINDOW (window));
  passend_test_ui_settle (50);
  item = item_widget (minutes, 0);

  gtk_menu_button_popup (item_child (item, "owner_button"));
  passend_test_ui_settle (50);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (item_child (item, "owner_button")));
  row = find_row_titled (popover, "Jan de Vries");
  g_assert_nonnull (row);
  gtk_widget_activate (row);
  g_assert_cmpstr (gtk_editable_get_text (item_child (item, "action_owner_row")), ==, "Jan de Vries");
  set_row (item, "action_what_row", "Leerplicht informeren");
  click (item_child (item, "add_action_button"));

  set_row (item, "action_what_row", "Schoolarts vragen");
  gtk_menu_button_popup (item_child (item, "owner_button"));
  passend_test_ui_settle (50);
  gtk_widget_activate (find_row_titled (popover, "Jan de Vries"));
  set_row (item, "action_owner_row", "mevrouw Bakker");
  click (item_child (item, "add_action_button"));

  actions = passend_database_list_meeting_actions (fixture->database, fixture->item_ids[0], &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 2);
  picked = g_list_model_get_item (actions, 0);
  g_assert_cmpint (passend_meeting_action_get_owner_person_id (picked), ==, passend_person_get_id (person));
  g_assert_cmpstr (passend_meeting_action_get_owner_display_name (picked), ==, "Jan de Vries");
  typed = g_list_model_get_item (actions, 1);
  g_assert_cmpint (passend_meeting_action_get_owner_person_id (typed), ==, 0);
  g_assert_cmpstr (passend_meeting_action_get_owner_name (typed), ==, "mevrouw Bakker");

  gtk_window_destroy (GTK_WINDOW (window));
}

static AdwComboRow *
find_combo_row (GtkWidget  *widget,
                const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwComboRow *found;

      if (ADW_IS_COMBO_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return ADW_COMBO_ROW (child);
      if ((found = find_combo_row (child, title)) != NULL)
        return found;
    }

  return NULL;
}

static AdwExpanderRow *
find_expander_row (GtkWidget  *widget,
                   const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwExpanderRow *found;

      if (ADW_IS_EXPANDER_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return ADW_EXPANDER_ROW (child);
      if ((found = find_expander_row (child, title)) != NULL)
        return found;
    }

  return NULL;
}

static GtkButton *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkButton *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return GTK_BUTTON (child);
      if ((found = find_button (child, label)) != NULL)
        return found;
    }

  return NULL;
}

/* Preferences → Meetings: a role made required is stored; "Reset to
 * Default" puts the seed's roles back. */
static void
test_meeting_kinds_page (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(PassendMeetingKind) kind = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = passend_meeting_kinds_page_new ();
  const char *mentor = passend_meeting_role_get_label (PASSEND_MEETING_ROLE_MENTOR);
  AdwExpanderRow *expander;
  AdwComboRow *combo;

  passend_meeting_kinds_page_set_database (PASSEND_MEETING_KINDS_PAGE (page), fixture->database);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 768);
  gtk_window_present (GTK_WINDOW (window));
  passend_test_ui_settle (50);

  /* The seed OT invites the mentor optionally. */
  kind = find_kind (fixture->database, "ot");
  g_assert_cmpint (passend_meeting_kind_get_invitation (kind, PASSEND_MEETING_ROLE_MENTOR), ==,
                   PASSEND_MEETING_INVITATION_OPTIONAL);
  expander = find_expander_row (page, passend_meeting_kind_get_name (kind));
  g_assert_nonnull (expander);
  adw_expander_row_set_expanded (expander, TRUE);
  combo = find_combo_row (GTK_WIDGET (expander), mentor);
  g_assert_nonnull (combo);
  g_assert_cmpuint (adw_combo_row_get_selected (combo), ==, PASSEND_MEETING_INVITATION_OPTIONAL);

  adw_combo_row_set_selected (combo, PASSEND_MEETING_INVITATION_REQUIRED);
  g_clear_object (&kind);
  kind = find_kind (fixture->database, "ot");
  g_assert_cmpint (passend_meeting_kind_get_invitation (kind, PASSEND_MEETING_ROLE_MENTOR), ==,
                   PASSEND_MEETING_INVITATION_REQUIRED);
  passend_test_ui_save_screenshot (window, "preferences-meeting-kinds.png", 200, FALSE);

  click (find_button (GTK_WIDGET (expander), "_Reset"));
  g_clear_object (&kind);
  kind = find_kind (fixture->database, "ot");
  g_assert_cmpint (passend_meeting_kind_get_invitation (kind, PASSEND_MEETING_ROLE_MENTOR), ==,
                   PASSEND_MEETING_INVITATION_OPTIONAL);
  expander = find_expander_row (page, passend_meeting_kind_get_name (kind));
  g_assert_true (adw_expander_row_get_expanded (expander));
  combo = find_combo_row (GTK_WIDGET (expander), mentor);
  g_assert_cmpuint (adw_combo_row_get_selected (combo), ==, PASSEND_MEETING_INVITATION_OPTIONAL);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/minutes/write-close-follow-up", Fixture, NULL,
              fixture_set_up, test_minutes_write_close_follow_up, fixture_tear_down);
  g_test_add ("/ui/minutes/saved-on-close", Fixture, NULL,
              fixture_set_up, test_minutes_saved_on_close, fixture_tear_down);
  g_test_add ("/ui/minutes/cancelled", Fixture, NULL,
              fixture_set_up, test_minutes_cancelled, fixture_tear_down);
  g_test_add ("/ui/minutes/owner-from-partners", Fixture, NULL,
              fixture_set_up, test_minutes_owner_from_partners, fixture_tear_down);
  g_test_add ("/ui/minutes/export", Fixture, NULL,
              fixture_set_up, test_minutes_export, fixture_tear_down);
  g_test_add ("/ui/preferences/meeting-kinds", Fixture, NULL,
              fixture_set_up, test_meeting_kinds_page, fixture_tear_down);

  return g_test_run ();
}
