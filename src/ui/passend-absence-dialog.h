/* passend-absence-dialog.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database-absence.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_ABSENCE_DIALOG (passend_absence_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PassendAbsenceDialog, passend_absence_dialog, PASSEND, ABSENCE_DIALOG, AdwWindow)

/* Records absence of the student @student_id: day (today unless
 * changed), lessons, reason and a note. Stores it itself and closes; a
 * refusal is shown in it.
 *
 * Signals:
 *   "saved" (): after the absence is stored. */
PassendAbsenceDialog *passend_absence_dialog_new        (GtkWindow            *parent,
                                                         PassendDatabase      *database,
                                                         gint64                student_id);

/* What the controls do, for keyboard tests. */
void                  passend_absence_dialog_set_day    (PassendAbsenceDialog *self,
                                                         PassendDay            day);
void                  passend_absence_dialog_set_hours  (PassendAbsenceDialog *self,
                                                         int                   hours);
void                  passend_absence_dialog_set_reason (PassendAbsenceDialog *self,
                                                         PassendAbsenceReason  reason);
/* As the Record button: FALSE when refused (the dialog then shows why). */
gboolean              passend_absence_dialog_save       (PassendAbsenceDialog *self);
/* The refusal shown, "" when none. */
const char           *passend_absence_dialog_get_error  (PassendAbsenceDialog *self);

G_END_DECLS
