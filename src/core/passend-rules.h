/* passend-rules.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-date.h"
#include "passend-protocol.h"

G_BEGIN_DECLS

/* Deadlines are computed, not typed (DESIGN.md): each rule derives a day
 * from stored days and the protocol values. PASSEND_DAY_NONE in → NONE out. */

/* Zorgplicht (DOMAIN.md §3): the decision is due 6 weeks after the written
 * aanmelding, or on the new date of the one extension. */
PassendDay passend_rules_zorgplicht_decision_due   (PassendDay             received_on,
                                                    PassendDay             extended_until,
                                                    const PassendProtocol *protocol);
/* The latest new date an extension may set: 6 + 4 weeks after receipt. */
PassendDay passend_rules_zorgplicht_extension_limit (PassendDay             received_on,
                                                     const PassendProtocol *protocol);
/* 10 weeks without a decision: the pupil may claim tijdelijke plaatsing. */
PassendDay passend_rules_zorgplicht_placement_due  (PassendDay             received_on,
                                                    const PassendProtocol *protocol);

/* OPP (DOMAIN.md §1.2, §11): set within 6 weeks of the day extra support
 * was agreed; evaluated at least every 12 months after it was set or last
 * evaluated. */
PassendDay passend_rules_opp_due                   (PassendDay             extra_support_since,
                                                    const PassendProtocol *protocol);
PassendDay passend_rules_opp_evaluation_due        (PassendDay             established_on,
                                                    PassendDay             last_evaluated_on,
                                                    const PassendProtocol *protocol);

G_END_DECLS
