/* passend-status-dialog.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_STATUS_DIALOG (passend_status_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PassendStatusDialog, passend_status_dialog, PASSEND, STATUS_DIALOG, AdwWindow)

/* Changes niveau, phase or regie of @student with a reason, or puts a
 * student without a support status in support. It stores the change
 * itself and closes; a failure is shown in the dialog.
 *
 * Signals:
 *   "changed" (): after the change is stored. */
PassendStatusDialog *passend_status_dialog_new (GtkWindow       *parent,
                                                PassendDatabase *database,
                                                PassendStudent  *student);

G_END_DECLS
