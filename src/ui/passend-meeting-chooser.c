/* passend-meeting-chooser.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-database-meetings.h"
#include "passend-meeting-chooser.h"
#include "passend-meeting-dialog.h"
#include "passend-ui-util.h"

struct _PassendMeetingChooser
{
  AdwMessageDialog  parent_instance;

  GtkListBox       *list;
  GtkCheckButton   *new_check;

  /* Owned references */
  PassendDatabase  *database;
  GArray           *student_ids;
  GtkWindow        *parent;     /* weak: where the meeting dialog goes */
};

G_DEFINE_FINAL_TYPE (PassendMeetingChooser, passend_meeting_chooser, ADW_TYPE_MESSAGE_DIALOG)

enum {
  SIGNAL_STUDENTS_ADDED,
  SIGNAL_ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
add_to_meeting (PassendDatabase *database,
                GObject         *emitter,
                gint64           meeting_id,
                GArray          *student_ids)
{
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GHashTable) present = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) to_add = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;

  items = passend_database_list_meeting_items (database, meeting_id, &error);
  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PassendMeetingItem) item = g_list_model_get_item (items, i);
      gint64 *id = g_new (gint64, 1);

      *id = passend_meeting_item_get_student_id (item);
      g_hash_table_add (present, id);
    }

  for (guint i = 0; i < student_ids->len; i++)
    {
      gint64 id = g_array_index (student_ids, gint64, i);

      if (!g_hash_table_contains (present, &id))
        g_array_append_val (to_add, id);
    }

  if (items == NULL ||
      (to_add->len > 0 &&
       !passend_database_add_meeting_items (database, meeting_id, (const gint64 *) (gpointer) to_add->data,
                                            to_add->len, NULL, &error)))
    {
      g_signal_emit (emitter, signals[SIGNAL_ADD_TOAST], 0,
                     passend_ui_toast_new_error (_("Could not add the students to the meeting"), error));
      return;
    }

  g_signal_emit (emitter, signals[SIGNAL_STUDENTS_ADDED], 0, meeting_id, to_add->len);
}

static void
new_meeting_saved_cb (PassendMeetingChooser *self,
                      gint64                 meeting_id)
{
  add_to_meeting (self->database, G_OBJECT (self), meeting_id, self->student_ids);
  gtk_window_destroy (GTK_WINDOW (self));
}

static gint64
selected_meeting (PassendMeetingChooser *self)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    {
      GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "check");

      if (check != NULL && gtk_check_button_get_active (check))
        return *(gint64 *) g_object_get_data (G_OBJECT (row), "meeting-id");
    }

  return 0;
}

void
passend_meeting_chooser_add (PassendMeetingChooser *self)
{
  PassendMeetingDialog *dialog;
  gint64 meeting_id;

  g_return_if_fail (PASSEND_IS_MEETING_CHOOSER (self));

  meeting_id = selected_meeting (self);
  if (meeting_id != 0)
    {
      add_to_meeting (self->database, G_OBJECT (self), meeting_id, self->student_ids);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  /* The chooser stays (hidden) until the new meeting is stored, so it
   * can add the students to it. */
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  dialog = passend_meeting_dialog_new (self->parent, self->database, NULL);
  g_signal_connect_object (dialog, "meeting-saved", G_CALLBACK (new_meeting_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (gtk_window_destroy), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
response_cb (PassendMeetingChooser *self,
             const char            *response)
{
  if (g_strcmp0 (response, "add") == 0)
    passend_meeting_chooser_add (self);
}

static void
row_activated_cb (PassendMeetingChooser *self,
                  GtkListBoxRow         *row)
{
  GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "check");

  gtk_check_button_set_active (check, TRUE);
}

static GtkWidget *
add_row (PassendMeetingChooser *self,
         gint64                 meeting_id,
         const char            *title,
         const char            *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (self->new_check != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), self->new_check);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "check", check);
  g_object_set_data_full (G_OBJECT (row), "meeting-id", g_memdup2 (&meeting_id, sizeof meeting_id), g_free);
  gtk_list_box_append (self->list, row);

  return check;
}

static void
load (PassendMeetingChooser *self)
{
  g_autoptr(GListModel) upcoming = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) midnight = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                         g_date_time_get_day_of_month (now), 0, 0, 0);
  gint64 today = g_date_time_to_unix (midnight);
  gboolean first = TRUE;

  self->new_check = GTK_CHECK_BUTTON (add_row (self, 0, _("New meeting…"), NULL));

  upcoming = passend_database_list_upcoming_meetings (self->database, today, &error);
  if (upcoming == NULL)
    {
      g_debug ("Could not list the meetings: %s", error->message);
      gtk_check_button_set_active (self->new_check, TRUE);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (upcoming); i++)
    {
      g_autoptr(PassendMeeting) meeting = g_list_model_get_item (upcoming, i);
      g_autoptr(GDateTime) local = NULL;
      g_autofree char *day = NULL;
      g_autofree char *time = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *check;

      if (passend_meeting_get_state (meeting) != PASSEND_MEETING_STATE_PLANNED ||
          passend_meeting_get_starts_at (meeting) < today)
        continue;

      local = g_date_time_new_from_unix_local (passend_meeting_get_starts_at (meeting));
      day = passend_day_format (passend_meeting_get_day (meeting));
      time = g_date_time_format (local, "%H:%M");
      /* TRANSLATORS: "Mon 30 Nov 2026, 14:00 · 3 students" */
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %s · %u student", "%s, %s · %u students",
                                               passend_meeting_get_n_items (meeting)),
                                  day, time, passend_meeting_get_n_items (meeting));
      check = add_row (self, passend_meeting_get_id (meeting), passend_meeting_get_title (meeting), subtitle);
      if (first)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      first = FALSE;
    }

  if (first)
    gtk_check_button_set_active (self->new_check, TRUE);

  /* "New meeting…" goes last, under the meetings it is the alternative to. */
  {
    GtkWidget *new_row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->list, 0));

    g_object_ref (new_row);
    gtk_list_box_remove (self->list, new_row);
    gtk_list_box_append (self->list, new_row);
    g_object_unref (new_row);
  }
}

static void
passend_meeting_chooser_dispose (GObject *object)
{
  PassendMeetingChooser *self = PASSEND_MEETING_CHOOSER (object);

  g_clear_object (&self->database);
  g_clear_pointer (&self->student_ids, g_array_unref);
  g_clear_weak_pointer (&self->parent);

  G_OBJECT_CLASS (passend_meeting_chooser_parent_class)->dispose (object);
}

static void
passend_meeting_chooser_class_init (PassendMeetingChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = passend_meeting_chooser_dispose;

  signals[SIGNAL_STUDENTS_ADDED] =
    g_signal_new ("students-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_UINT);
  signals[SIGNAL_ADD_TOAST] =
    g_signal_new ("add-toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);
}

static void
passend_meeting_chooser_init (PassendMeetingChooser *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Meetings"), -1);
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), scroller);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
  g_signal_connect (self, "response", G_CALLBACK (response_cb), NULL);
}

PassendMeetingChooser *
passend_meeting_chooser_new (GtkWindow       *parent,
                             PassendDatabase *database,
                             const gint64    *student_ids,
                             guint            n_students)
{
  PassendMeetingChooser *self;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);
  g_return_val_if_fail (student_ids != NULL || n_students == 0, NULL);

  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Add %u Student to a Meeting",
                                          "Add %u Students to a Meeting", n_students),
                             n_students);
  self = g_object_new (PASSEND_TYPE_MEETING_CHOOSER,
                       "transient-for", parent,
                       "modal", TRUE,
                       "heading", heading,
                       "body", _("They are put on the agenda after the students already on it, with the kind’s usual invitees."),
                       NULL);
  self->database = g_object_ref (database);
  self->student_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_students);
  g_array_append_vals (self->student_ids, student_ids, n_students);
  g_set_weak_pointer (&self->parent, parent);
  load (self);

  return self;
}

guint
passend_meeting_chooser_get_n_meetings (PassendMeetingChooser *self)
{
  guint n = 0;

  g_return_val_if_fail (PASSEND_IS_MEETING_CHOOSER (self), 0);

  while (gtk_list_box_get_row_at_index (self->list, n) != NULL)
    n++;

  /* Not counting "New meeting…". */
  return n > 0 ? n - 1 : 0;
}

gboolean
passend_meeting_chooser_select (PassendMeetingChooser *self,
                                gint64                 meeting_id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (PASSEND_IS_MEETING_CHOOSER (self), FALSE);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    {
      if (*(gint64 *) g_object_get_data (G_OBJECT (row), "meeting-id") == meeting_id)
        {
          gtk_check_button_set_active (g_object_get_data (G_OBJECT (row), "check"), TRUE);
          return TRUE;
        }
    }

  return FALSE;
}
