/* passend-intervention-rules.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-intervention-rules.h"

PassendDay
passend_intervention_rules_planned_end (PassendInterventionKind *kind,
                                        PassendDay               start)
{
  g_return_val_if_fail (PASSEND_IS_INTERVENTION_KIND (kind), PASSEND_DAY_NONE);

  if (start == PASSEND_DAY_NONE || passend_intervention_kind_get_default_sessions (kind) > 0)
    return PASSEND_DAY_NONE;

  if (passend_intervention_kind_get_default_months (kind) > 0)
    return passend_day_add_months (start, passend_intervention_kind_get_default_months (kind));
  if (passend_intervention_kind_get_default_weeks (kind) > 0)
    return passend_day_add_days (start, 7 * passend_intervention_kind_get_default_weeks (kind));

  return PASSEND_DAY_NONE;
}

PassendDay
passend_intervention_rules_latest_end (PassendInterventionKind *kind,
                                       PassendDay               start)
{
  g_return_val_if_fail (PASSEND_IS_INTERVENTION_KIND (kind), PASSEND_DAY_NONE);

  if (start == PASSEND_DAY_NONE || passend_intervention_kind_get_max_months (kind) <= 0)
    return PASSEND_DAY_NONE;

  return passend_day_add_months (start, passend_intervention_kind_get_max_months (kind));
}

gboolean
passend_intervention_rules_check_end (PassendInterventionKind  *kind,
                                      PassendDay                start,
                                      PassendDay                planned_end,
                                      GError                  **error)
{
  PassendDay latest;

  g_return_val_if_fail (PASSEND_IS_INTERVENTION_KIND (kind), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (start == PASSEND_DAY_NONE || planned_end == PASSEND_DAY_NONE)
    return TRUE;

  if (planned_end < start)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The planned end lies before the start"));
      return FALSE;
    }

  latest = passend_intervention_rules_latest_end (kind, start);
  if (latest != PASSEND_DAY_NONE && planned_end > latest)
    {
      int months = passend_intervention_kind_get_max_months (kind);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   g_dngettext (GETTEXT_PACKAGE, "%s lasts at most %d month", "%s lasts at most %d months", months),
                   passend_intervention_kind_get_name (kind), months);
      return FALSE;
    }

  return TRUE;
}

gboolean
passend_intervention_status_is_active (PassendInterventionStatus status)
{
  return status == PASSEND_INTERVENTION_GRANTED ||
         status == PASSEND_INTERVENTION_RUNNING ||
         status == PASSEND_INTERVENTION_EXTENDED;
}

gboolean
passend_intervention_rules_ending_soon (PassendInterventionStatus status,
                                        PassendDay                planned_end,
                                        PassendDay                today,
                                        int                       horizon_days)
{
  if (planned_end == PASSEND_DAY_NONE || today == PASSEND_DAY_NONE)
    return FALSE;
  if (status != PASSEND_INTERVENTION_RUNNING && status != PASSEND_INTERVENTION_EXTENDED)
    return FALSE;

  return (gint64) planned_end <= (gint64) today + horizon_days;
}

PassendDay
passend_intervention_rules_evaluation_due (PassendInterventionStatus status,
                                           PassendDay                evaluation_on)
{
  switch (status)
    {
    case PASSEND_INTERVENTION_EVALUATED:
    case PASSEND_INTERVENTION_ENDED:
    case PASSEND_INTERVENTION_REFUSED:
      return PASSEND_DAY_NONE;
    case PASSEND_INTERVENTION_PROPOSED:
    case PASSEND_INTERVENTION_REQUESTED:
    case PASSEND_INTERVENTION_GRANTED:
    case PASSEND_INTERVENTION_RUNNING:
    case PASSEND_INTERVENTION_EXTENDED:
    default:
      return evaluation_on;
    }
}

gboolean
passend_intervention_rules_opp_required (PassendSupportLevel       level,
                                         PassendInterventionStatus status,
                                         PassendDay                opp_established_on)
{
  return level == PASSEND_SUPPORT_LEVEL_EXTRA &&
         passend_intervention_status_is_active (status) &&
         opp_established_on == PASSEND_DAY_NONE;
}

static GQuark
opp_required_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("passend-intervention-opp-required");

  return quark;
}

void
passend_intervention_rules_mark_opp_required (PassendDeadline *next_deadline)
{
  g_return_if_fail (PASSEND_IS_DEADLINE (next_deadline));

  g_object_set_qdata (G_OBJECT (next_deadline), opp_required_quark (), GINT_TO_POINTER (TRUE));
}

gboolean
passend_intervention_rules_is_opp_required (PassendDeadline *next_deadline)
{
  g_return_val_if_fail (PASSEND_IS_DEADLINE (next_deadline), FALSE);

  return g_object_get_qdata (G_OBJECT (next_deadline), opp_required_quark ()) != NULL;
}
