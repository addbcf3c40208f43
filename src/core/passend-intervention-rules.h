/* passend-intervention-rules.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "passend-deadline.h"
#include "passend-intervention.h"

G_BEGIN_DECLS

/* The rules of interventions (DOMAIN.md §0, §7, §10.4): lengths are the
 * catalogue's data, not constants. PASSEND_DAY_NONE in → NONE out. */

/* Start + the kind's default weeks or months (months clamp to the end of
 * a shorter month); NONE for a kind counted in sessions or without a
 * default length. */
PassendDay passend_intervention_rules_planned_end  (PassendInterventionKind *kind,
                                                    PassendDay               start);
/* The last day the protocol allows (start + the kind's maximum in
 * months); NONE without a maximum. */
PassendDay passend_intervention_rules_latest_end   (PassendInterventionKind *kind,
                                                    PassendDay               start);
/* Refuses (G_IO_ERROR_INVALID_ARGUMENT, translated) an end before the
 * start or after the kind's maximum ("JOS lasts at most 5 months"). */
gboolean   passend_intervention_rules_check_end    (PassendInterventionKind *kind,
                                                    PassendDay               start,
                                                    PassendDay               planned_end,
                                                    GError                 **error);
/* Granted, running or extended: the intervention is (about to be) given. */
gboolean   passend_intervention_status_is_active   (PassendInterventionStatus status);
/* Running or extended with a planned end that is past or within
 * @horizon_days of @today. */
gboolean   passend_intervention_rules_ending_soon  (PassendInterventionStatus status,
                                                    PassendDay               planned_end,
                                                    PassendDay               today,
                                                    int                      horizon_days);
/* The day the evaluation is due: the evaluation day while the
 * intervention is not yet evaluated, ended or refused; NONE otherwise. */
PassendDay passend_intervention_rules_evaluation_due (PassendInterventionStatus status,
                                                      PassendDay               evaluation_on);
/* An extra-support intervention that is given (granted, running,
 * extended) needs an OPP: TRUE when it does and none has been set. */
gboolean   passend_intervention_rules_opp_required (PassendSupportLevel       level,
                                                    PassendInterventionStatus status,
                                                    PassendDay               opp_established_on);

/* The caseload reads a student's flags from the index, which the store
 * feeds with each student's next deadline: the store marks that deadline
 * when an intervention requires an OPP the student does not have. */
void       passend_intervention_rules_mark_opp_required (PassendDeadline *next_deadline);
gboolean   passend_intervention_rules_is_opp_required   (PassendDeadline *next_deadline);

G_END_DECLS
