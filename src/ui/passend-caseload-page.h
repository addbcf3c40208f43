/* passend-caseload-page.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_CASELOAD_PAGE (passend_caseload_page_get_type ())

G_DECLARE_FINAL_TYPE (PassendCaseloadPage, passend_caseload_page, PASSEND, CASELOAD_PAGE, AdwBin)

/* Signals:
 *   "student-activated" (PassendStudent *student): a row was activated.
 *   "add-toast" (AdwToast *toast): the page asks its window for a toast. */

GtkWidget       *passend_caseload_page_new          (void);
PassendDatabase *passend_caseload_page_get_database (PassendCaseloadPage *self);
void             passend_caseload_page_set_database (PassendCaseloadPage *self,
                                                     PassendDatabase     *database);
gboolean         passend_caseload_page_get_folded   (PassendCaseloadPage *self);
void             passend_caseload_page_set_folded   (PassendCaseloadPage *self,
                                                     gboolean             folded);
void             passend_caseload_page_focus_search (PassendCaseloadPage *self);
void             passend_caseload_page_focus_list   (PassendCaseloadPage *self);
gboolean         passend_caseload_page_export       (PassendCaseloadPage  *self,
                                                     const char           *path,
                                                     GError              **error);

G_END_DECLS
