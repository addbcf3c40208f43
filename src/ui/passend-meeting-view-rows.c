/* passend-meeting-view-rows.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-meeting-view-private.h"
#include "passend-ui-util.h"

/* The agenda's rows: their slots, computed from the meeting's start and
 * the durations before each (live while a duration is typed), their
 * order, and removing one with an undo toast. */

static char *
format_time (gint64 unix_seconds)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (unix_seconds);

  return g_date_time_format (local, "%H:%M");
}

/* Slots ----------------------------------------------------------- */

void
_passend_meeting_view_update_slots (PassendMeetingView *self)
{
  g_autoptr(GArray) durations = g_array_new (FALSE, TRUE, sizeof (guint));
  g_autoptr(GArray) offsets = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autofree char *end_time = NULL;
  g_autofree char *summary = NULL;
  GtkListBoxRow *row;
  gint64 starts_at;
  guint total = 0;

  if (self->meeting == NULL)
    return;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->agenda_list, i)) != NULL; i++)
    {
      guint minutes;

      if (!gtk_widget_get_visible (GTK_WIDGET (row)))
        continue;
      minutes = passend_agenda_item_row_get_duration (PASSEND_AGENDA_ITEM_ROW (row));
      g_array_append_val (durations, minutes);
      g_ptr_array_add (rows, row);
      total += minutes;
    }

  offsets = g_array_sized_new (FALSE, TRUE, sizeof (guint), durations->len);
  g_array_set_size (offsets, durations->len);
  passend_meeting_slots ((const guint *) (gpointer) durations->data, durations->len,
                         (guint *) (gpointer) offsets->data);

  starts_at = passend_meeting_get_starts_at (self->meeting);
  for (guint i = 0; i < rows->len; i++)
    {
      gint64 start = starts_at + 60 * (gint64) g_array_index (offsets, guint, i);

      passend_agenda_item_row_set_slot (g_ptr_array_index (rows, i), start,
                                        start + 60 * (gint64) g_array_index (durations, guint, i));
    }

  end_time = format_time (starts_at + 60 * (gint64) total);
  if (rows->len > 0)
    /* TRANSLATORS: under the agenda: "Ends at 15:30 · 3 students, 90 minutes" */
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Ends at %s · %u student, %u minutes",
                                            "Ends at %s · %u students, %u minutes", rows->len),
                               end_time, rows->len, total);
  gtk_label_set_text (self->end_label, summary != NULL ? summary : "");
}

int
_passend_meeting_view_sort_rows (GtkListBoxRow *a,
                                 GtkListBoxRow *b,
                                 gpointer       data)
{
  guint pa = passend_meeting_item_get_position (passend_agenda_item_row_get_item (PASSEND_AGENDA_ITEM_ROW (a)));
  guint pb = passend_meeting_item_get_position (passend_agenda_item_row_get_item (PASSEND_AGENDA_ITEM_ROW (b)));

  return (pa > pb) - (pa < pb);
}

/* Removing with undo ---------------------------------------------- */

void
_passend_meeting_view_finish_removal (PassendMeetingView *self)
{
  g_autoptr(GError) error = NULL;
  gint64 item_id = self->removing_id;

  if (item_id == 0)
    return;

  self->removing_id = 0;
  if (self->database != NULL && !passend_database_remove_meeting_item (self->database, item_id, &error))
    {
      _passend_meeting_view_add_toast (self, passend_ui_toast_new_error (_("Could not remove the student from the agenda"),
                                                                         error));
      _passend_meeting_view_reload (self);
    }
}

static void
removal_toast_dismissed_cb (AdwToast           *toast,
                            PassendMeetingView *self)
{
  gint64 item_id = *(gint64 *) g_object_get_data (G_OBJECT (toast), "item-id");

  if (item_id == self->removing_id)
    _passend_meeting_view_finish_removal (self);
}

static void
undo_removal_cb (AdwToast           *toast,
                 PassendMeetingView *self)
{
  gint64 item_id = *(gint64 *) g_object_get_data (G_OBJECT (toast), "item-id");
  GtkWidget *row;

  if (item_id != self->removing_id)
    return;

  self->removing_id = 0;
  row = g_hash_table_lookup (self->rows, &item_id);
  if (row != NULL)
    {
      gtk_widget_set_visible (row, TRUE);
      gtk_widget_grab_focus (row);
    }
  _passend_meeting_view_update_slots (self);
}

void
_passend_meeting_view_row_remove_requested_cb (PassendMeetingView   *self,
                                               PassendAgendaItemRow *row)
{
  AdwToast *toast;
  g_autofree char *title = NULL;
  gint64 item_id = passend_agenda_item_row_get_item_id (row);
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  GtkListBoxRow *next;

  /* One removal waits for its undo at a time; an earlier one is final. */
  _passend_meeting_view_finish_removal (self);
  self->removing_id = item_id;
  gtk_widget_set_visible (GTK_WIDGET (row), FALSE);
  _passend_meeting_view_update_slots (self);

  next = gtk_list_box_get_row_at_index (self->agenda_list, index + 1);
  if (next == NULL && index > 0)
    next = gtk_list_box_get_row_at_index (self->agenda_list, index - 1);
  if (next != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (next));

  /* Toast titles are markup in libadwaita 1.2.
   * TRANSLATORS: %s is a student's name */
  title = g_markup_printf_escaped (_("%s removed from the agenda"),
                           passend_meeting_item_get_student_name (passend_agenda_item_row_get_item (row)));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "item-id", g_memdup2 (&item_id, sizeof item_id), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_removal_cb), self, 0);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (removal_toast_dismissed_cb), self, 0);
  _passend_meeting_view_add_toast (self, toast);
}

