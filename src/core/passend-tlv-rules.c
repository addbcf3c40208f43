/* passend-tlv-rules.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "passend-tlv.h"

/* Transitions */

gboolean
passend_tlv_state_can_change (PassendTlvState from,
                              PassendTlvState to)
{
  switch (from)
    {
    case PASSEND_TLV_STATE_VOORBEREIDING:
      return to == PASSEND_TLV_STATE_INGEDIEND;

    case PASSEND_TLV_STATE_INGEDIEND:
      return to == PASSEND_TLV_STATE_IN_BEHANDELING || to == PASSEND_TLV_STATE_AANVULLING_GEVRAAGD ||
             to == PASSEND_TLV_STATE_TOEGEKEND || to == PASSEND_TLV_STATE_AFGEWEZEN;

    case PASSEND_TLV_STATE_IN_BEHANDELING:
      return to == PASSEND_TLV_STATE_AANVULLING_GEVRAAGD || to == PASSEND_TLV_STATE_TOEGEKEND ||
             to == PASSEND_TLV_STATE_AFGEWEZEN;

    case PASSEND_TLV_STATE_AANVULLING_GEVRAAGD:
      /* The term is paused until the school supplements the dossier. */
      return to == PASSEND_TLV_STATE_IN_BEHANDELING || to == PASSEND_TLV_STATE_INGEDIEND;

    case PASSEND_TLV_STATE_TOEGEKEND:
    case PASSEND_TLV_STATE_AFGEWEZEN:
      return to == PASSEND_TLV_STATE_BEZWAAR;

    case PASSEND_TLV_STATE_BEZWAAR:
      return to == PASSEND_TLV_STATE_TOEGEKEND || to == PASSEND_TLV_STATE_AFGEWEZEN;

    default:
      return FALSE;
    }
}

static gboolean
refuse (GError     **error,
        const char  *message)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, message);
  return FALSE;
}

gboolean
passend_tlv_check_transition (PassendTlvRequest  *request,
                              PassendTlvState     to,
                              PassendDay          day,
                              PassendDay          today,
                              GError            **error)
{
  PassendTlvState from;
  PassendDay submitted, decided;

  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (request), FALSE);
  g_return_val_if_fail ((guint) to < PASSEND_TLV_N_STATES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  from = passend_tlv_request_get_state (request);
  if (!passend_tlv_state_can_change (from, to))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: both are TLV states: "A request that is Refused cannot become Submitted." */
                   _("A request that is %s cannot become %s."),
                   passend_tlv_state_get_label (from), passend_tlv_state_get_label (to));
      return FALSE;
    }

  if (day == PASSEND_DAY_NONE)
    return refuse (error, _("Choose the day of this step."));
  if (today != PASSEND_DAY_NONE && day > today)
    return refuse (error, _("This step cannot be recorded for a day in the future."));

  submitted = passend_tlv_request_get_submitted_on (request);
  if (to != PASSEND_TLV_STATE_INGEDIEND && submitted != PASSEND_DAY_NONE && day < submitted)
    return refuse (error, _("This step cannot lie before the day the request was submitted."));

  if (to == PASSEND_TLV_STATE_TOEGEKEND)
    {
      PassendDay start = passend_tlv_request_get_granted_start (request);
      PassendDay end = passend_tlv_request_get_granted_end (request);

      if (passend_tlv_request_get_kind (request) != PASSEND_TLV_KIND_PRO &&
          passend_tlv_request_get_granted_category (request) == PASSEND_TLV_CATEGORY_NONE)
        return refuse (error, _("Choose the category the samenwerkingsverband granted."));
      if (start == PASSEND_DAY_NONE || end == PASSEND_DAY_NONE)
        return refuse (error, _("Enter the first and last day of the granted TLV."));
      if (end <= start)
        return refuse (error, _("The granted TLV must end after it starts."));
    }

  if (to == PASSEND_TLV_STATE_BEZWAAR)
    {
      decided = passend_tlv_request_get_decided_on (request);
      if (decided == PASSEND_DAY_NONE)
        return refuse (error, _("An objection needs the day of the decision."));
      if (day < decided)
        return refuse (error, _("An objection cannot lie before the decision."));
    }

  return TRUE;
}

/* Days */

gboolean
passend_tlv_period_is_short (PassendDay start,
                             PassendDay end)
{
  PassendDay year_later;

  if (start == PASSEND_DAY_NONE || end == PASSEND_DAY_NONE)
    return FALSE;

  /* 1 August to 31 July is one full school year: the last day counts. */
  year_later = passend_day_add_months (start, 12);
  return year_later != PASSEND_DAY_NONE && (gint64) end + 1 < (gint64) year_later;
}

PassendDay
passend_tlv_objection_due (PassendDay decided_on)
{
  if (decided_on == PASSEND_DAY_NONE)
    return PASSEND_DAY_NONE;

  return passend_day_add_days (decided_on, 7 * PASSEND_TLV_OBJECTION_WEEKS);
}

PassendDay
passend_tlv_reminder_due (PassendDay granted_end,
                          int        reminder_weeks)
{
  if (granted_end == PASSEND_DAY_NONE)
    return PASSEND_DAY_NONE;

  return passend_day_add_days (granted_end, -7 * MAX (reminder_weeks, 0));
}

/* Problems */

static PassendTlvProblem *
add_problem (GPtrArray             *problems,
             PassendTlvProblemKind  kind,
             char                  *message)
{
  PassendTlvProblem *problem = passend_tlv_problem_new (kind, message);

  g_free (message);
  g_ptr_array_add (problems, problem);
  return problem;
}

static void
check_advice_fields (PassendTlvAdvice *advice,
                     GPtrArray        *problems)
{
  const char *name = passend_tlv_advice_get_name (advice);
  PassendTlvProblem *problem = NULL;

  /* Each names what is missing of this one deskundige. */
  if (passend_tlv_advice_get_advised_on (advice) == PASSEND_DAY_NONE)
    problem = add_problem (problems, PASSEND_TLV_PROBLEM_ADVICE_INCOMPLETE,
                           g_strdup_printf (_("Enter the day of the advice of %s."), name));
  else if (!passend_tlv_advice_get_independent (advice))
    problem = add_problem (problems, PASSEND_TLV_PROBLEM_ADVICE_INCOMPLETE,
                           g_strdup_printf (_("Confirm that %s is independent of the student and both schools."),
                                            name));
  else if (!passend_tlv_advice_has_file (advice))
    problem = add_problem (problems, PASSEND_TLV_PROBLEM_ADVICE_INCOMPLETE,
                           g_strdup_printf (_("Attach the written advice of %s."), name));

  if (problem != NULL)
    passend_tlv_problem_set_advice_id (problem, passend_tlv_advice_get_id (advice));
}

void
passend_tlv_check_advices (GPtrArray               *advices,
                           const PassendTlvSwvRule *rule,
                           GPtrArray               *problems)
{
  PassendTlvProblem *problem;

  g_return_if_fail (advices != NULL);
  g_return_if_fail (rule != NULL);
  g_return_if_fail (problems != NULL);

  /* By default the SWV obtains the advices (§11.5): they are recorded
   * when they arrive, and nothing is missing without them. */
  if (!rule->strict_advice)
    return;

  if (advices->len < 2)
    add_problem (problems, PASSEND_TLV_PROBLEM_ADVICE_COUNT,
                 g_strdup (_("The samenwerkingsverband needs the written advice of at least two independent "
                             "deskundigen.")));

  if (advices->len >= 1 &&
      !passend_tlv_discipline_can_be_first (passend_tlv_advice_get_discipline (g_ptr_array_index (advices, 0))))
    {
      problem = add_problem (problems, PASSEND_TLV_PROBLEM_ADVICE_FIRST_DISCIPLINE,
                             g_strdup (_("The first deskundige must be an orthopedagogue or a psychologist.")));
      passend_tlv_problem_set_advice_id (problem, passend_tlv_advice_get_id (g_ptr_array_index (advices, 0)));
    }

  if (advices->len >= 2 &&
      !passend_tlv_discipline_can_be_second (passend_tlv_advice_get_discipline (g_ptr_array_index (advices, 1))))
    {
      problem = add_problem (problems, PASSEND_TLV_PROBLEM_ADVICE_SECOND_DISCIPLINE,
                             g_strdup (_("The second deskundige must be a child and youth psychologist, an "
                                         "educationalist, a child psychiatrist, a social worker or a physician.")));
      passend_tlv_problem_set_advice_id (problem, passend_tlv_advice_get_id (g_ptr_array_index (advices, 1)));
    }

  for (guint i = 0; i < advices->len; i++)
    check_advice_fields (g_ptr_array_index (advices, i), problems);
}

gboolean
passend_tlv_signatures_satisfied (const PassendTlvSignatureFacts *facts,
                                  const PassendTlvSwvRule        *rule,
                                  char                          **missing)
{
  g_autoptr(GPtrArray) who = g_ptr_array_new ();
  gboolean guardians_ok;
  gboolean student_needed;

  g_return_val_if_fail (facts != NULL, FALSE);
  g_return_val_if_fail (rule != NULL, FALSE);

  if (!facts->has_opp)
    {
      if (missing != NULL)
        *missing = g_strdup (_("Add the signed forms, or the vastgesteld OPP whose signatures are recorded."));
      return FALSE;
    }

  if (rule->all_guardians_sign)
    guardians_ok = facts->n_guardians > 0 && facts->n_guardians_signed >= facts->n_guardians;
  else
    guardians_ok = facts->n_guardians_signed >= 1;
  student_needed = facts->student_age < 0 || facts->student_age >= rule->student_signs_from;

  if (!guardians_ok)
    g_ptr_array_add (who, rule->all_guardians_sign ? _("every parent with parental authority")
                                                   : _("a parent with parental authority"));
  if (student_needed && !facts->student_signed)
    g_ptr_array_add (who, _("the student"));
  if (!facts->school_signed)
    g_ptr_array_add (who, _("the school"));

  if (who->len == 0)
    return TRUE;

  if (missing != NULL)
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (who, NULL);
      list = g_strjoinv (_(", "), (char **) who->pdata);
      /* Translators: %s lists who still has to sign: "the student, the school" */
      *missing = g_strdup_printf (_("The OPP lacks the signature of %s; or add the signed forms."), list);
    }
  return FALSE;
}

static gboolean
item_has_established_opp (GPtrArray *parts,
                          gint64     item_id,
                          guint     *n_parts)
{
  gboolean established = FALSE;

  *n_parts = 0;
  for (guint i = 0; i < parts->len; i++)
    {
      PassendTlvPart *part = g_ptr_array_index (parts, i);

      if (passend_tlv_part_get_checklist_item_id (part) != item_id)
        continue;

      (*n_parts)++;
      if (passend_tlv_part_get_kind (part) == PASSEND_TLV_PART_OPP_VERSION && passend_tlv_part_get_established (part))
        established = TRUE;
    }

  return established;
}

void
passend_tlv_check_checklist (GPtrArray                      *items,
                             GPtrArray                      *parts,
                             const PassendTlvSwvRule        *rule,
                             const PassendTlvSignatureFacts *signatures,
                             GPtrArray                      *problems)
{
  g_return_if_fail (items != NULL);
  g_return_if_fail (parts != NULL);
  g_return_if_fail (rule != NULL);
  g_return_if_fail (signatures != NULL);
  g_return_if_fail (problems != NULL);

  for (guint i = 0; i < items->len; i++)
    {
      PassendTlvChecklistItem *item = g_ptr_array_index (items, i);
      gint64 item_id = passend_tlv_checklist_item_get_id (item);
      const char *label = passend_tlv_checklist_item_get_label (item);
      PassendTlvProblem *problem = NULL;
      g_autofree char *missing = NULL;
      gboolean established;
      guint n_parts;

      if (!passend_tlv_checklist_item_get_required (item) || passend_tlv_checklist_item_get_archived (item))
        continue;

      established = item_has_established_opp (parts, item_id, &n_parts);
      switch (passend_tlv_checklist_item_get_source (item))
        {
        case PASSEND_TLV_SOURCE_OPP:
          if (!established)
            problem = add_problem (problems, PASSEND_TLV_PROBLEM_OPP_NOT_ESTABLISHED,
                                   g_strdup (_("Add a vastgesteld OPP version.")));
          break;

        case PASSEND_TLV_SOURCE_SIGNATURES:
          /* A scanned form settles it; otherwise the OPP's own record. */
          if (n_parts == 0 && !passend_tlv_signatures_satisfied (signatures, rule, &missing))
            problem = add_problem (problems, PASSEND_TLV_PROBLEM_SIGNATURES_MISSING, g_steal_pointer (&missing));
          break;

        case PASSEND_TLV_SOURCE_ENTRIES:
        case PASSEND_TLV_SOURCE_MINUTES:
        case PASSEND_TLV_SOURCE_ATTACHMENTS:
        default:
          if (n_parts == 0)
            /* Translators: %s is a checklist item: "Add Observatieverslagen." */
            problem = add_problem (problems, PASSEND_TLV_PROBLEM_ITEM_MISSING,
                                   g_strdup_printf (_("Add %s."), label));
          break;
        }

      if (problem != NULL)
        passend_tlv_problem_set_checklist_item_id (problem, item_id);
    }
}

void
passend_tlv_check_request (PassendTlvRequest *request,
                           GPtrArray         *problems)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (request));
  g_return_if_fail (problems != NULL);

  if (passend_tlv_period_is_short (passend_tlv_request_get_requested_start (request),
                                   passend_tlv_request_get_requested_end (request)))
    add_problem (problems, PASSEND_TLV_PROBLEM_SHORT_PERIOD,
                 g_strdup (_("The requested period is shorter than one school year; most samenwerkingsverbanden "
                             "grant at least a year, and the duration must follow from the support needed.")));

  if (passend_tlv_request_get_preceding_meeting_id (request) == 0 &&
      passend_tlv_request_get_preceding_meeting_on (request) == PASSEND_DAY_NONE)
    add_problem (problems, PASSEND_TLV_PROBLEM_NO_MEETING,
                 g_strdup (_("No Flex-ZAT or MDO before the request is recorded.")));
}

GPtrArray *
passend_tlv_find_problems (PassendTlvRequest              *request,
                           GPtrArray                      *items,
                           GPtrArray                      *parts,
                           GPtrArray                      *advices,
                           const PassendTlvSwvRule        *rule,
                           const PassendTlvSignatureFacts *signatures)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (request), problems);

  passend_tlv_check_request (request, problems);
  passend_tlv_check_checklist (items, parts, rule, signatures, problems);
  passend_tlv_check_advices (advices, rule, problems);

  return problems;
}
