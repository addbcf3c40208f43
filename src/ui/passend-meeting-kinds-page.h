/* passend-meeting-kinds-page.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_MEETING_KINDS_PAGE (passend_meeting_kinds_page_get_type ())

G_DECLARE_FINAL_TYPE (PassendMeetingKindsPage, passend_meeting_kinds_page, PASSEND, MEETING_KINDS_PAGE, AdwPreferencesPage)

/* The Preferences page of the meetings the school holds: add a kind, and
 * per kind its name, default minutes per student, default place, which
 * roles it invites (required, optional or not), archive it, and put a
 * kind Passend came with back as it was. Each change is stored at once.
 * Placed in the Preferences window it takes that window's database;
 * elsewhere call passend_meeting_kinds_page_set_database(). */
GtkWidget *passend_meeting_kinds_page_new          (void);
void       passend_meeting_kinds_page_set_database (PassendMeetingKindsPage *self,
                                                    PassendDatabase         *database);

G_END_DECLS
