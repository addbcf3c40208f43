/* passend-aanmeldingen-page.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_AANMELDINGEN_PAGE (passend_aanmeldingen_page_get_type ())

G_DECLARE_FINAL_TYPE (PassendAanmeldingenPage, passend_aanmeldingen_page, PASSEND, AANMELDINGEN_PAGE, AdwBin)

/* The aanmeldingen under the zorgplicht: the list, open ones first by
 * decision due day, beside the editor of the selected one.
 *
 * Signals:
 *   "add-toast" (AdwToast *toast): the page asks its window for a toast. */

GtkWidget       *passend_aanmeldingen_page_new             (void);
void             passend_aanmeldingen_page_set_database    (PassendAanmeldingenPage *self,
                                                            PassendDatabase         *database);
gboolean         passend_aanmeldingen_page_get_folded      (PassendAanmeldingenPage *self);
void             passend_aanmeldingen_page_set_folded      (PassendAanmeldingenPage *self,
                                                            gboolean                 folded);
/* The day deadlines are measured against; PASSEND_DAY_NONE: today. */
void             passend_aanmeldingen_page_set_today       (PassendAanmeldingenPage *self,
                                                            PassendDay               today);
/* Selects the aanmelding @id and shows it in the editor. */
void             passend_aanmeldingen_page_show_aanmelding (PassendAanmeldingenPage *self,
                                                            gint64                   id);
void             passend_aanmeldingen_page_focus_list      (PassendAanmeldingenPage *self);

G_END_DECLS
