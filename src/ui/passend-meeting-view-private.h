/* passend-meeting-view-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-database-meetings.h"
#include "passend-meeting-view.h"

G_BEGIN_DECLS

struct _PassendMeetingView
{
  AdwBin                parent_instance;

  /* Template widgets */
  AdwViewStack         *view_stack;
  GtkButton            *edit_button;
  GtkLabel             *title_label;
  GtkLabel             *when_label;
  GtkLabel             *details_label;
  GtkLabel             *state_label;
  GtkBox               *meeting_problems_box;
  GtkMenuButton        *add_student_button;
  GtkListBox           *agenda_list;
  GtkLabel             *end_label;
  AdwBin               *minutes_bin;
  GtkScrolledWindow    *agenda_scroller;

  /* Owned references */
  PassendDatabase      *database;
  PassendMeeting       *meeting;
  GHashTable           *rows;          /* item id → PassendAgendaItemRow (borrowed) */
  GHashTable           *student_ids;   /* gint64 * of the students on the agenda */
  GtkWidget            *picker;

  gint64                meeting_id;
  gint64                removing_id;   /* hidden, removed when its toast goes */
  gint64                focus_item_id; /* a row to focus once it exists */
  guint                 reload_source;
  guint                 folded : 1;
};

/* Shared by passend-meeting-view.c and passend-meeting-view-export.c. */
PassendDatabase *_passend_meeting_view_get_database (PassendMeetingView *self);
PassendMeeting  *_passend_meeting_view_get_meeting  (PassendMeetingView *self);
void             _passend_meeting_view_add_toast    (PassendMeetingView *self,
                                                     AdwToast           *toast);
void             _passend_meeting_view_reload       (PassendMeetingView *self);
/* passend-meeting-view-rows.c */
void             _passend_meeting_view_update_slots (PassendMeetingView *self);
int              _passend_meeting_view_sort_rows    (GtkListBoxRow      *a,
                                                     GtkListBoxRow      *b,
                                                     gpointer            data);
/* Removes the item waiting for its undo, if any. */
void             _passend_meeting_view_finish_removal (PassendMeetingView *self);
void             _passend_meeting_view_row_remove_requested_cb (PassendMeetingView   *self,
                                                                PassendAgendaItemRow *row);
/* The menu's actions: exports and cancelling. */
void             _passend_meeting_view_install_export_actions (GtkWidgetClass *widget_class);

G_END_DECLS
