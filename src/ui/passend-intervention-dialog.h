/* passend-intervention-dialog.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_INTERVENTION_DIALOG (passend_intervention_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PassendInterventionDialog, passend_intervention_dialog, PASSEND, INTERVENTION_DIALOG, AdwWindow)

/* Adds an intervention for @student_id (@intervention NULL) or edits
 * @intervention: kind from the catalogue, provider, status, goal, period
 * (the planned end follows from the kind and the start until it is typed
 * over), sessions and evaluation. Save is one store call; a refusal is
 * shown in the dialog, which stays open. */
PassendInterventionDialog *passend_intervention_dialog_new (GtkWindow           *parent,
                                                            PassendDatabase     *database,
                                                            gint64               student_id,
                                                            PassendIntervention *intervention);

G_END_DECLS
