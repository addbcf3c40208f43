/* passend-absence-view.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_ABSENCE_VIEW (passend_absence_view_get_type ())

G_DECLARE_FINAL_TYPE (PassendAbsenceView, passend_absence_view, PASSEND, ABSENCE_VIEW, AdwBin)

/* A student's absence: the unauthorised lessons in the current window
 * against the DUO threshold, a report that is due, the M@ZL signal, late
 * arrivals, and the registered absence with "Record Absence…" and
 * removal with Undo.
 *
 * Signals:
 *   "add-toast" (AdwToast *toast) */
GtkWidget *passend_absence_view_new          (void);
void       passend_absence_view_set_database (PassendAbsenceView *self,
                                              PassendDatabase    *database);
void       passend_absence_view_set_student  (PassendAbsenceView *self,
                                              PassendStudent     *student);

G_END_DECLS
