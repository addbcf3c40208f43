/* passend-overview-page.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_OVERVIEW_PAGE (passend_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (PassendOverviewPage, passend_overview_page, PASSEND, OVERVIEW_PAGE, AdwBin)

/* The Overzicht: what is overdue and what is coming, grouped as overdue,
 * today, this week and later (within the warning horizon); the open
 * actions from meetings; and the meetings of this week.
 *
 * Signals:
 *   "student-activated" (PassendStudent *student): a student's deadline
 *   was activated. A deadline of an aanmelding activates the action
 *   "win.show-aanmelding" with its id (int64). */

GtkWidget       *passend_overview_page_new          (void);
PassendDatabase *passend_overview_page_get_database (PassendOverviewPage *self);
void             passend_overview_page_set_database (PassendOverviewPage *self,
                                                     PassendDatabase     *database);
/* The day the deadlines are computed for; PASSEND_DAY_NONE (the default)
 * follows the clock and reloads at midnight. */
PassendDay       passend_overview_page_get_today    (PassendOverviewPage *self);
void             passend_overview_page_set_today    (PassendOverviewPage *self,
                                                     PassendDay           today);

/* Actions and this week's meetings are in groups of their own (with a
 * check button, a slot), not among the deadlines the store lists them
 * with; a meeting of another week stays a deadline. */
gboolean         passend_overview_page_shows_as_deadline (PassendDeadline *deadline,
                                                          PassendDay       today);

G_END_DECLS
