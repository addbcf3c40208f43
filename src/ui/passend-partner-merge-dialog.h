/* passend-partner-merge-dialog.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database-partners.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_PARTNER_MERGE_DIALOG (passend_partner_merge_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PassendPartnerMergeDialog, passend_partner_merge_dialog, PASSEND, PARTNER_MERGE_DIALOG, AdwWindow)

/* Merges a duplicate into @keep: the coordinator picks it from the
 * partners of the same kind, sees what moves, and confirms.
 *
 * Signals:
 *   "merged" (gint64 duplicate_id): done; the window is closing. */

PassendPartnerMergeDialog *passend_partner_merge_dialog_new     (GtkWindow                 *parent,
                                                                 PassendDatabase           *database,
                                                                 PassendPartner            *keep);
/* Chooses the duplicate, as clicking it in the list does. */
void                       passend_partner_merge_dialog_choose  (PassendPartnerMergeDialog *self,
                                                                 gint64                     duplicate_id);
/* Merges the chosen duplicate, as the Merge button does. */
gboolean                   passend_partner_merge_dialog_merge   (PassendPartnerMergeDialog *self);

G_END_DECLS
