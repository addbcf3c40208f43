/* passend-chronology-dialog.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_CHRONOLOGY_DIALOG (passend_chronology_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PassendChronologyDialog, passend_chronology_dialog, PASSEND, CHRONOLOGY_DIALOG, AdwWindow)

/* Asks for the period, kinds and confidentiality of a chronologisch
 * overzicht of @student, then for the file, and writes it in a worker.
 * Emits "add-toast" (AdwToast) with the outcome, then closes: the toast
 * offers to open the document, or names the file that failed. */
PassendChronologyDialog *passend_chronology_dialog_new      (GtkWindow       *parent,
                                                             PassendDatabase *database,
                                                             PassendStudent  *student);

/* The file name offered: "Chronologie <naam> <datum>.pdf". */
char                    *passend_chronology_dialog_default_name (PassendStudent *student,
                                                                 PassendDay      today);

G_END_DECLS
