/* passend-rules.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-rules.h"

/* Legal terms in weeks are calendar weeks: holidays do not stop them. */
static PassendDay
add_weeks (PassendDay day,
           int        n_weeks)
{
  if (day == PASSEND_DAY_NONE)
    return PASSEND_DAY_NONE;

  return passend_day_add_days (day, 7 * n_weeks);
}

PassendDay
passend_rules_zorgplicht_decision_due (PassendDay             received_on,
                                       PassendDay             extended_until,
                                       const PassendProtocol *protocol)
{
  g_return_val_if_fail (protocol != NULL, PASSEND_DAY_NONE);

  if (received_on == PASSEND_DAY_NONE)
    return PASSEND_DAY_NONE;

  /* The extension letter names the new date; the store checks it lies
   * within the limit, so the recorded date is the one that binds. */
  if (extended_until != PASSEND_DAY_NONE)
    return extended_until;

  return add_weeks (received_on, passend_protocol_get (protocol, PASSEND_PROTOCOL_ZORGPLICHT_WEEKS));
}

PassendDay
passend_rules_zorgplicht_extension_limit (PassendDay             received_on,
                                          const PassendProtocol *protocol)
{
  g_return_val_if_fail (protocol != NULL, PASSEND_DAY_NONE);

  return add_weeks (received_on,
                    passend_protocol_get (protocol, PASSEND_PROTOCOL_ZORGPLICHT_WEEKS) +
                    passend_protocol_get (protocol, PASSEND_PROTOCOL_ZORGPLICHT_EXTENSION_WEEKS));
}

PassendDay
passend_rules_zorgplicht_placement_due (PassendDay             received_on,
                                        const PassendProtocol *protocol)
{
  g_return_val_if_fail (protocol != NULL, PASSEND_DAY_NONE);

  return add_weeks (received_on,
                    passend_protocol_get (protocol, PASSEND_PROTOCOL_ZORGPLICHT_PLACEMENT_WEEKS));
}

PassendDay
passend_rules_opp_due (PassendDay             extra_support_since,
                       const PassendProtocol *protocol)
{
  g_return_val_if_fail (protocol != NULL, PASSEND_DAY_NONE);

  return add_weeks (extra_support_since, passend_protocol_get (protocol, PASSEND_PROTOCOL_OPP_WEEKS));
}

PassendDay
passend_rules_opp_evaluation_due (PassendDay             established_on,
                                  PassendDay             last_evaluated_on,
                                  const PassendProtocol *protocol)
{
  PassendDay from;

  g_return_val_if_fail (protocol != NULL, PASSEND_DAY_NONE);

  if (established_on == PASSEND_DAY_NONE)
    return PASSEND_DAY_NONE;

  /* An evaluation dated before the OPP was set belongs to an older plan. */
  from = MAX (established_on, last_evaluated_on);

  return passend_day_add_months (from,
                                 passend_protocol_get (protocol, PASSEND_PROTOCOL_OPP_EVALUATION_MONTHS));
}
