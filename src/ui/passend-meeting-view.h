/* passend-meeting-view.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-agenda-item-row.h"
#include "passend-database.h"
#include "passend-student-picker.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_MEETING_VIEW (passend_meeting_view_get_type ())

G_DECLARE_FINAL_TYPE (PassendMeetingView, passend_meeting_view, PASSEND, MEETING_VIEW, AdwBin)

/* One meeting: its details with Edit, and two pages: the agenda (one row
 * per student, composed and checked as it is made) and the minutes.
 * The menu exports the agenda (PDF) and the invitations (.ics), for the
 * school or for one partner, and cancels the meeting.
 *
 * Actions: "meeting.edit" (Ctrl+E), "meeting.add-student"
 * (Ctrl+Shift+A), "meeting.export-agenda", "meeting.export-invitations",
 * "meeting.cancel".
 *
 * Signals:
 *   "add-toast" (AdwToast *toast) */
GtkWidget            *passend_meeting_view_new                (void);
void                  passend_meeting_view_set_database       (PassendMeetingView *self,
                                                               PassendDatabase    *database);
/* 0 shows nothing. */
void                  passend_meeting_view_set_meeting        (PassendMeetingView *self,
                                                               gint64              meeting_id);
gint64                passend_meeting_view_get_meeting_id     (PassendMeetingView *self);
gboolean              passend_meeting_view_get_folded         (PassendMeetingView *self);
void                  passend_meeting_view_set_folded         (PassendMeetingView *self,
                                                               gboolean            folded);
/* Shows "agenda" or "minutes". */
void                  passend_meeting_view_show_page          (PassendMeetingView *self,
                                                               const char         *name);
void                  passend_meeting_view_focus_agenda       (PassendMeetingView *self);

/* What the menu does once the audience and the file are chosen: writes
 * the agenda (PDF) or the invitations (.ics) in a worker thread, for the
 * school (@partner NULL) or one partner ("person:12",
 * "organisation:3"); a toast says how it went. */
void                  passend_meeting_view_export             (PassendMeetingView *self,
                                                               gboolean            invitations,
                                                               const char         *partner,
                                                               const char         *path);

/* For tests: runs a reload that is waiting for its timeout, the rows in
 * agenda order, and the student search. */
void                  passend_meeting_view_flush              (PassendMeetingView *self);
guint                 passend_meeting_view_get_n_rows         (PassendMeetingView *self);
PassendAgendaItemRow *passend_meeting_view_get_row            (PassendMeetingView *self,
                                                               guint               index);
PassendStudentPicker *passend_meeting_view_get_student_picker (PassendMeetingView *self);
/* The end of the agenda, "Ends at 15:30 · 90 minutes". */
const char           *passend_meeting_view_get_summary        (PassendMeetingView *self);

G_END_DECLS
