/* passend-meeting-dialog.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"
#include "passend-meeting.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_MEETING_DIALOG (passend_meeting_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PassendMeetingDialog, passend_meeting_dialog, PASSEND, MEETING_DIALOG, AdwWindow)

/* Plans a new meeting (@meeting NULL) or edits the details of one: kind,
 * title, day and start time, place or online link, chair and
 * minute-taker. A new meeting takes its place from the kind and its chair
 * from the coordinator. Closes itself once stored and emits
 * "meeting-saved" (gint64 meeting_id); shows the reason otherwise.
 *
 * Returns: (transfer none): the dialog, presented by the caller */
PassendMeetingDialog *passend_meeting_dialog_new       (GtkWindow            *parent,
                                                        PassendDatabase      *database,
                                                        PassendMeeting       *meeting);

/* What the controls do, for tests: FALSE when there is no such kind. */
gboolean              passend_meeting_dialog_set_kind  (PassendMeetingDialog *self,
                                                        const char           *kind_code);
void                  passend_meeting_dialog_set_when  (PassendMeetingDialog *self,
                                                        const char           *date,
                                                        const char           *time);
const char           *passend_meeting_dialog_get_place (PassendMeetingDialog *self);
/* The id of the chair chosen, 0 for none. */
gint64                passend_meeting_dialog_get_chair (PassendMeetingDialog *self);
/* Stores as the Save button does; FALSE when refused (the dialog then
 * shows why, and passend_meeting_dialog_get_error() returns it). */
gboolean              passend_meeting_dialog_save      (PassendMeetingDialog *self);
const char           *passend_meeting_dialog_get_error (PassendMeetingDialog *self);

G_END_DECLS
