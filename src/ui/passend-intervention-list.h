/* passend-intervention-list.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_INTERVENTION_LIST (passend_intervention_list_get_type ())

G_DECLARE_FINAL_TYPE (PassendInterventionList, passend_intervention_list, PASSEND, INTERVENTION_LIST, AdwPreferencesGroup)

/* A student's interventions and arrangements, for the Support tab: kind,
 * status, period or sessions, provider, what is due; Enter or a click
 * edits one, the add button opens the intervention dialog.
 *
 * Inside a PassendStudentPage it follows the page's database and
 * student by itself, so the page's template only needs to place it;
 * elsewhere call passend_intervention_list_set_student(). */
GtkWidget *passend_intervention_list_new         (void);
void       passend_intervention_list_set_student (PassendInterventionList *self,
                                                  PassendDatabase         *database,
                                                  gint64                   student_id);

G_END_DECLS
