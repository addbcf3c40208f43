/* passend-meeting-chooser.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_MEETING_CHOOSER (passend_meeting_chooser_get_type ())

G_DECLARE_FINAL_TYPE (PassendMeetingChooser, passend_meeting_chooser, PASSEND, MEETING_CHOOSER, AdwMessageDialog)

/* "Add to Meeting…": puts @student_ids on the agenda of a planned
 * meeting the user picks, or of a new one (the meeting dialog opens
 * first). Students already on that agenda are left as they are.
 *
 * Signals:
 *   "students-added" (gint64 meeting_id, guint n_added)
 *   "add-toast" (AdwToast *toast): a refusal to show */
PassendMeetingChooser *passend_meeting_chooser_new            (GtkWindow             *parent,
                                                               PassendDatabase       *database,
                                                               const gint64          *student_ids,
                                                               guint                  n_students);
/* For tests: the planned meetings offered, choosing one (0: a new
 * meeting), and adding as the Add button does. */
guint                  passend_meeting_chooser_get_n_meetings (PassendMeetingChooser *self);
gboolean               passend_meeting_chooser_select         (PassendMeetingChooser *self,
                                                               gint64                 meeting_id);
void                   passend_meeting_chooser_add            (PassendMeetingChooser *self);

G_END_DECLS
