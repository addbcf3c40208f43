/* passend-import-dialog.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"
#include "passend-import-plan.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_IMPORT_DIALOG (passend_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PassendImportDialog, passend_import_dialog, PASSEND, IMPORT_DIALOG, AdwWindow)

/* A modal preview of importing @file into @database: it reads and plans
 * in a worker thread (with its own connection), shows what would change,
 * and stores it all at once when the coordinator chooses Import. @today
 * PASSEND_DAY_NONE: today.
 *
 * Signals:
 *   "imported" (guint created, guint updated, guint left): after the
 *   import was stored; the dialog closes itself then. */
PassendImportDialog *passend_import_dialog_new      (GtkWindow        *parent,
                                                     PassendDatabase  *database,
                                                     GFile            *file,
                                                     PassendDay        today);
/* The plan once it is read; NULL while reading or when it failed. */
PassendImportPlan   *passend_import_dialog_get_plan (PassendImportDialog *self);

/* The "win.import-students" action of PassendWindow: asks for a CSV
 * file, opens the dialog on it and shows a toast after the import. */
void                 passend_import_dialog_choose_file (GtkWidget   *window,
                                                        const char  *action_name,
                                                        GVariant    *parameter);

G_END_DECLS
