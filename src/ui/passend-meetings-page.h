/* passend-meetings-page.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"
#include "passend-meeting-view.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_MEETINGS_PAGE (passend_meetings_page_get_type ())

G_DECLARE_FINAL_TYPE (PassendMeetingsPage, passend_meetings_page, PASSEND, MEETINGS_PAGE, AdwBin)

/* The meetings: upcoming ones (soonest first), then past ones (latest
 * first), beside the meeting shown; folds to one pane on narrow windows.
 *
 * Actions: "meetings.new" (Ctrl+N), "meetings.back".
 *
 * Signals:
 *   "add-toast" (AdwToast *toast) */
GtkWidget          *passend_meetings_page_new          (void);
void                passend_meetings_page_set_database (PassendMeetingsPage *self,
                                                        PassendDatabase     *database);
gboolean            passend_meetings_page_get_folded   (PassendMeetingsPage *self);
void                passend_meetings_page_set_folded   (PassendMeetingsPage *self,
                                                        gboolean             folded);
/* Selects the meeting and shows it (its agenda). */
void                passend_meetings_page_show_meeting (PassendMeetingsPage *self,
                                                        gint64               meeting_id);
void                passend_meetings_page_focus_list   (PassendMeetingsPage *self);
PassendMeetingView *passend_meetings_page_get_view     (PassendMeetingsPage *self);
/* For tests: the meetings listed. */
guint               passend_meetings_page_get_n_meetings (PassendMeetingsPage *self);

G_END_DECLS
