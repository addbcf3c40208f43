/* passend-tlv-checklist-page.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_TLV_CHECKLIST_PAGE (passend_tlv_checklist_page_get_type ())

G_DECLARE_FINAL_TYPE (PassendTlvChecklistPage, passend_tlv_checklist_page, PASSEND, TLV_CHECKLIST_PAGE, AdwPreferencesPage)

/* The Preferences page of the TLV dossier checklist: per
 * samenwerkingsverband (the default list and each SWV's own) its items
 * with label, source and whether required — add, reorder, archive,
 * reset to the default — and the SWV's rules. Each change is stored at
 * once. Placed in the Preferences window it takes that window's
 * database; elsewhere call passend_tlv_checklist_page_set_database(). */
GtkWidget *passend_tlv_checklist_page_new          (void);
void       passend_tlv_checklist_page_set_database (PassendTlvChecklistPage *self,
                                                    PassendDatabase         *database);
/* 0: the default list. */
void       passend_tlv_checklist_page_set_swv      (PassendTlvChecklistPage *self,
                                                    gint64                   swv_id);

G_END_DECLS
