/* passend-partners-page.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database-partners.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_PARTNERS_PAGE (passend_partners_page_get_type ())

G_DECLARE_FINAL_TYPE (PassendPartnersPage, passend_partners_page, PASSEND, PARTNERS_PAGE, AdwBin)

/* The partner directory: people and organisations in one searchable
 * list beside the selected partner's contact details, note, students and
 * meetings; new, edit, archive and merge.
 *
 * Properties: "database" (PassendDatabase), "folded" (whether the
 * window's sidebar is folded away: the list then shows a back button).
 *
 * Signals:
 *   "student-activated" (PassendStudent *student): open the student.
 *   "add-toast" (AdwToast *toast): the page asks its window for a toast. */

GtkWidget       *passend_partners_page_new           (void);
PassendDatabase *passend_partners_page_get_database  (PassendPartnersPage *self);
void             passend_partners_page_set_database  (PassendPartnersPage *self,
                                                      PassendDatabase     *database);
gboolean         passend_partners_page_get_folded    (PassendPartnersPage *self);
void             passend_partners_page_set_folded    (PassendPartnersPage *self,
                                                      gboolean             folded);
/* Selects the partner (showing archived ones too when it is archived)
 * and shows its details. */
void             passend_partners_page_show_partner  (PassendPartnersPage *self,
                                                      PassendPartnerKind   kind,
                                                      gint64               id);
void             passend_partners_page_focus_list    (PassendPartnersPage *self);

G_END_DECLS
