/* passend-guardian-dialog.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_GUARDIAN_DIALOG (passend_guardian_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PassendGuardianDialog, passend_guardian_dialog, PASSEND, GUARDIAN_DIALOG, AdwWindow)

/* Adds a guardian to the student @student_id (@guardian NULL) or edits
 * @guardian. Stores it itself and closes; a refusal is shown in it.
 *
 * Signals:
 *   "saved" (): after the guardian is stored. */
PassendGuardianDialog *passend_guardian_dialog_new (GtkWindow       *parent,
                                                    PassendDatabase *database,
                                                    gint64           student_id,
                                                    PassendGuardian *guardian);

G_END_DECLS
