/* passend-meeting-minutes.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_MEETING_MINUTES (passend_meeting_minutes_get_type ())

G_DECLARE_FINAL_TYPE (PassendMeetingMinutes, passend_meeting_minutes, PASSEND, MEETING_MINUTES, AdwBin)

/* The minutes of one meeting, written while it runs: per agenda item its
 * minutes text, decisions and actions, each stored as it is typed. Then
 * "Close Meeting…" writes them to the students' timelines, and "Export
 * Minutes…" saves the verslag as a PDF.
 *
 * Actions (installed on the widget, so a parent's header bar can hold
 * buttons for them): "minutes.close-meeting", "minutes.export". */
PassendMeetingMinutes *passend_meeting_minutes_new            (PassendDatabase       *database,
                                                               gint64                 meeting_id);
gint64                 passend_meeting_minutes_get_meeting_id (PassendMeetingMinutes *self);
/* Stores whatever is typed but not yet saved; the widget does this by
 * itself on focus-out and when unmapped. */
void                   passend_meeting_minutes_flush          (PassendMeetingMinutes *self);

G_END_DECLS
