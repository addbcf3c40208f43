/* passend-caseload-regie-dialog.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_CASELOAD_REGIE_DIALOG (passend_caseload_regie_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PassendCaseloadRegieDialog, passend_caseload_regie_dialog, PASSEND, CASELOAD_REGIE_DIALOG, AdwMessageDialog)

/* Asks who takes over regie for the selected students: the role (mentor,
 * LeCo, OCo), the person (people of that role; for the mentor also "each
 * student's own mentor") and the reason, which is required. Responds
 * "cancel" or "change". Private to PassendCaseloadPage. */

PassendCaseloadRegieDialog *passend_caseload_regie_dialog_new (GtkWindow        *parent,
                                                               PassendDatabase  *database,
                                                               guint             n_students,
                                                               GError          **error);

PassendRegie passend_caseload_regie_dialog_get_regie     (PassendCaseloadRegieDialog *self);
void         passend_caseload_regie_dialog_set_regie     (PassendCaseloadRegieDialog *self,
                                                          PassendRegie                regie);
/* 0: each student's own mentor, or nobody named. */
gint64       passend_caseload_regie_dialog_get_person_id (PassendCaseloadRegieDialog *self);
/* FALSE when the person is not offered for the current role. */
gboolean     passend_caseload_regie_dialog_set_person_id (PassendCaseloadRegieDialog *self,
                                                          gint64                      person_id);
const char  *passend_caseload_regie_dialog_get_reason    (PassendCaseloadRegieDialog *self);
void         passend_caseload_regie_dialog_set_reason    (PassendCaseloadRegieDialog *self,
                                                          const char                 *reason);

G_END_DECLS
