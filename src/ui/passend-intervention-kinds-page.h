/* passend-intervention-kinds-page.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_INTERVENTION_KINDS_PAGE (passend_intervention_kinds_page_get_type ())

G_DECLARE_FINAL_TYPE (PassendInterventionKindsPage, passend_intervention_kinds_page, PASSEND, INTERVENTION_KINDS_PAGE, AdwPreferencesPage)

/* The Preferences page of the intervention catalogue: add a kind, and
 * per kind its name, basis or extra support, default length (weeks,
 * months or sessions), maximum, whether parents must consent, archive
 * and delete. Each change is stored at once. Placed in the Preferences
 * window it takes that window's database; elsewhere call
 * passend_intervention_kinds_page_set_database(). */
GtkWidget *passend_intervention_kinds_page_new          (void);
void       passend_intervention_kinds_page_set_database (PassendInterventionKindsPage *self,
                                                         PassendDatabase              *database);

G_END_DECLS
