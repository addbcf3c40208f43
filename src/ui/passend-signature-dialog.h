/* passend-signature-dialog.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"
#include "passend-opp.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_SIGNATURE_DIALOG (passend_signature_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PassendSignatureDialog, passend_signature_dialog, PASSEND, SIGNATURE_DIALOG, AdwWindow)

/* Records one signature on the version @document (the hash it names is
 * shown): who signs — a guardian with gezag, the student, or the school
 * (vaststelling, with name and role) —, the outcome (akkoord, or niet
 * akkoord with a reason), the date (today) and place (the school's
 * city), and the signature itself: drawn on the pad, signed on paper
 * with a scan (PDF or image), or none. Saving writes through the store
 * (passend_database_add_opp_signature(), or for the school
 * passend_database_establish_opp()) and emits "saved" with the new
 * signature's id (0 for a vaststelling) before the dialog closes; a
 * refusal is shown in the dialog and nothing is written.
 *
 * Returns: (transfer none): the dialog, owned by GTK until it closes. */
PassendSignatureDialog *passend_signature_dialog_new         (GtkWindow              *parent,
                                                              PassendDatabase        *database,
                                                              PassendOppDocument     *document);
/* Preselects who signs: @guardian_id for PASSEND_OPP_SIGNER_GUARDIAN
 * (0: the first guardian with gezag who has not signed). */
void                    passend_signature_dialog_set_signer  (PassendSignatureDialog *self,
                                                              PassendOppSigner        signer,
                                                              gint64                  guardian_id);

G_END_DECLS
