/* passend-meeting-minutes-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-agenda.h"
#include "passend-database-meetings.h"
#include "passend-meeting-minutes.h"

G_BEGIN_DECLS

struct _PassendMeetingMinutes
{
  AdwBin           parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkLabel        *title_label;
  GtkLabel        *state_label;
  GtkButton       *export_button;
  GtkButton       *close_button;
  GtkStack        *stack;
  AdwStatusPage   *empty_page;
  GtkBox          *items_box;

  /* Owned references */
  PassendDatabase *database;
  PassendMeeting  *meeting;
  GPtrArray       *items;        /* PassendMinutesItem, in agenda order */
  /* What the shown items were built from: rebuilt only when it changes. */
  char            *shape;
  GCancellable    *cancellable;

  gint64           meeting_id;
  guint            reload_idle;
  gboolean         reload_lists;
};

/* passend-meeting-minutes-export.c: the verslag. @item_id 0 preselects
 * the whole meeting. */
void _passend_meeting_minutes_export (PassendMeetingMinutes *self,
                                      gint64                 item_id);

/* Writes the verslag to @path without asking (what the file chooser
 * leads to); a toast tells how it went. */
void _passend_meeting_minutes_export_to_path (PassendMeetingMinutes *self,
                                              gint64                 item_id,
                                              PassendAgendaAudience  audience,
                                              gint64                 partner_id,
                                              const char            *path);

G_END_DECLS
