/* passend-close-case-dialog.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_CLOSE_CASE_DIALOG (passend_close_case_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PassendCloseCaseDialog, passend_close_case_dialog, PASSEND, CLOSE_CASE_DIALOG, AdwWindow)

/* Closes the case of @student with an outcome, a day and a note; "left
 * school" asks for the leaving day. Stores it itself and closes.
 *
 * Signals:
 *   "closed" (): after the case is closed. */
PassendCloseCaseDialog *passend_close_case_dialog_new (GtkWindow       *parent,
                                                       PassendDatabase *database,
                                                       PassendStudent  *student);

G_END_DECLS
