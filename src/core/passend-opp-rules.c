/* passend-opp-rules.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-opp-content.h"
#include "passend-opp-rules.h"

G_DEFINE_QUARK (passend-opp-error-quark, passend_opp_error)

void
passend_opp_rules_init_defaults (PassendOppRules *rules)
{
  PassendProtocol protocol;

  g_return_if_fail (rules != NULL);

  passend_protocol_init_defaults (&protocol);
  passend_opp_rules_init_from_protocol (rules, &protocol);
}

void
passend_opp_rules_init_from_protocol (PassendOppRules       *rules,
                                      const PassendProtocol *protocol)
{
  g_return_if_fail (rules != NULL);
  g_return_if_fail (protocol != NULL);

  rules->opp_weeks = passend_protocol_get (protocol, PASSEND_PROTOCOL_OPP_WEEKS);
  rules->evaluation_months = passend_protocol_get (protocol, PASSEND_PROTOCOL_OPP_EVALUATION_MONTHS);
  rules->evaluation_warning_weeks = passend_protocol_get (protocol, PASSEND_PROTOCOL_OPP_EVALUATION_WARNING_WEEKS);
  /* Laws on education take effect on 1 August, the start of a school year. */
  rules->hoorrecht_from = passend_day_new (passend_protocol_get (protocol, PASSEND_PROTOCOL_OPP_HOORRECHT_YEAR), 8, 1);
  rules->consent_all_guardians = passend_protocol_get (protocol, PASSEND_PROTOCOL_OPP_CONSENT_ALL_GUARDIANS) != 0;
  rules->consent_age = passend_protocol_get (protocol, PASSEND_PROTOCOL_OPP_CONSENT_AGE);
}

gboolean
passend_opp_can_transition (PassendOppState from,
                            PassendOppState to)
{
  switch (from)
    {
    case PASSEND_OPP_STATE_CONCEPT:
      return to == PASSEND_OPP_STATE_IN_OVERLEG;
    case PASSEND_OPP_STATE_IN_OVERLEG:
      return to == PASSEND_OPP_STATE_TER_INSTEMMING || to == PASSEND_OPP_STATE_VASTGESTELD;
    case PASSEND_OPP_STATE_TER_INSTEMMING:
      return (to == PASSEND_OPP_STATE_IN_OVERLEG || to == PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING ||
              to == PASSEND_OPP_STATE_VASTGESTELD);
    case PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING:
      return (to == PASSEND_OPP_STATE_VASTGESTELD || to == PASSEND_OPP_STATE_IN_OVERLEG ||
              to == PASSEND_OPP_STATE_BEEINDIGD);
    case PASSEND_OPP_STATE_VASTGESTELD:
      return (to == PASSEND_OPP_STATE_IN_UITVOERING || to == PASSEND_OPP_STATE_GEEVALUEERD ||
              to == PASSEND_OPP_STATE_BEEINDIGD);
    case PASSEND_OPP_STATE_IN_UITVOERING:
      return to == PASSEND_OPP_STATE_GEEVALUEERD || to == PASSEND_OPP_STATE_BEEINDIGD;
    case PASSEND_OPP_STATE_GEEVALUEERD:
      return to == PASSEND_OPP_STATE_IN_UITVOERING || to == PASSEND_OPP_STATE_BEEINDIGD;
    case PASSEND_OPP_STATE_BIJGESTELD:
    case PASSEND_OPP_STATE_BEEINDIGD:
      return FALSE;
    default:
      g_return_val_if_reached (FALSE);
    }
}

GArray *
passend_opp_next_states (const PassendOppDocument *self)
{
  GArray *states;

  g_return_val_if_fail (self != NULL, NULL);

  states = g_array_new (FALSE, FALSE, sizeof (PassendOppState));
  for (int to = 0; to < PASSEND_OPP_N_STATES; to++)
    {
      PassendOppState state = to;

      if (!passend_opp_can_transition (self->state, state))
        continue;
      /* Without instemming the extra support may not be set directly. */
      if (self->state == PASSEND_OPP_STATE_IN_OVERLEG && state == PASSEND_OPP_STATE_VASTGESTELD &&
          passend_opp_document_has_extra_support (self))
        continue;
      g_array_append_val (states, state);
    }

  return states;
}

gboolean
passend_opp_student_consents (const PassendOppDocument *self,
                              const PassendOppRules    *rules,
                              PassendDay                on)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (rules != NULL, FALSE);

  if (self->student_birth_date == PASSEND_DAY_NONE)
    return FALSE;

  return passend_day_age_on (self->student_birth_date, on) >= rules->consent_age;
}

/* The latest signature of @signer (and @guardian_id for guardians) given
 * on @hash; NULL when none. */
static const PassendOppSignature *
latest_signature (const PassendOppDocument *self,
                  const char               *hash,
                  PassendOppSigner          signer,
                  gint64                    guardian_id)
{
  const PassendOppSignature *latest = NULL;

  for (guint i = 0; i < self->signatures->len; i++)
    {
      const PassendOppSignature *signature = g_ptr_array_index (self->signatures, i);

      if (signature->signer != signer || g_strcmp0 (signature->version_sha256, hash) != 0)
        continue;
      if (signer == PASSEND_OPP_SIGNER_GUARDIAN && signature->guardian_id != guardian_id)
        continue;
      if (latest == NULL || signature->created_at >= latest->created_at)
        latest = signature;
    }

  return latest;
}

/* Fills @missing (when not NULL) with what consent still lacks. */
static PassendOppConsent
evaluate_consent (const PassendOppDocument *self,
                  const PassendOppRules    *rules,
                  PassendDay                on,
                  GPtrArray                *missing)
{
  g_autofree char *hash = NULL;
  guint n_gezag = 0, n_agreed = 0;
  gboolean refused = FALSE;

  if (!passend_opp_document_has_extra_support (self))
    return PASSEND_OPP_CONSENT_NOT_NEEDED;

  hash = passend_opp_document_get_hash (self);

  if (passend_opp_student_consents (self, rules, on))
    {
      const PassendOppSignature *signature = latest_signature (self, hash, PASSEND_OPP_SIGNER_STUDENT, 0);

      if (signature != NULL && signature->outcome == PASSEND_OPP_OUTCOME_NOT_AGREED)
        return PASSEND_OPP_CONSENT_REFUSED;
      if (signature != NULL && signature->outcome == PASSEND_OPP_OUTCOME_AGREED)
        return PASSEND_OPP_CONSENT_GIVEN;
      if (missing != NULL)
        g_ptr_array_add (missing, g_strdup (_("Consent from the student is missing")));
      return PASSEND_OPP_CONSENT_MISSING;
    }

  for (guint i = 0; i < self->guardians->len; i++)
    {
      const PassendOppGuardian *guardian = g_ptr_array_index (self->guardians, i);
      const PassendOppSignature *signature;

      if (!guardian->has_gezag)
        continue;

      n_gezag++;
      signature = latest_signature (self, hash, PASSEND_OPP_SIGNER_GUARDIAN, guardian->id);
      if (signature != NULL && signature->outcome == PASSEND_OPP_OUTCOME_NOT_AGREED)
        refused = TRUE;
      else if (signature != NULL && signature->outcome == PASSEND_OPP_OUTCOME_AGREED)
        n_agreed++;
      else if (missing != NULL && rules->consent_all_guardians)
        g_ptr_array_add (missing, g_strdup_printf (_("Consent from %s is missing"), guardian->name));
    }

  /* Parents with gezag have equal say: one "not agreed" means there is
   * no instemming, even where one parent's consent would do. */
  if (refused)
    return PASSEND_OPP_CONSENT_REFUSED;

  if (n_gezag == 0)
    {
      if (missing != NULL)
        g_ptr_array_add (missing, g_strdup (_("No parent with gezag is recorded to give consent")));
      return PASSEND_OPP_CONSENT_MISSING;
    }

  if (rules->consent_all_guardians ? n_agreed == n_gezag : n_agreed > 0)
    return PASSEND_OPP_CONSENT_GIVEN;

  if (missing != NULL && !rules->consent_all_guardians)
    g_ptr_array_add (missing, g_strdup (_("Consent from a parent with gezag is missing")));

  return PASSEND_OPP_CONSENT_MISSING;
}

PassendOppConsent
passend_opp_get_consent (const PassendOppDocument *self,
                         const PassendOppRules    *rules,
                         PassendDay                on)
{
  g_return_val_if_fail (self != NULL, PASSEND_OPP_CONSENT_MISSING);
  g_return_val_if_fail (rules != NULL, PASSEND_OPP_CONSENT_MISSING);

  return evaluate_consent (self, rules, on, NULL);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

static void
list_missing_content (const PassendOppDocument *self,
                      const PassendOppRules    *rules,
                      PassendDay                on,
                      gboolean                  with_hoorrecht,
                      GPtrArray                *missing)
{
  if (self->uitstroom_profile == PASSEND_OPP_PROFILE_NONE && is_blank (self->uitstroom_level))
    g_ptr_array_add (missing, g_strdup (_("Fill in the uitstroomperspectief")));
  if (is_blank (self->texts[PASSEND_OPP_SECTION_UITSTROOM_ONDERBOUWING]))
    g_ptr_array_add (missing, g_strdup (_("Fill in the rationale for the uitstroomperspectief")));
  if (self->factors->len == 0)
    g_ptr_array_add (missing, g_strdup (_("Add at least one hindering or supporting factor")));
  if (self->goals->len == 0)
    g_ptr_array_add (missing, g_strdup (_("Add at least one goal")));
  if (self->supports->len == 0)
    g_ptr_array_add (missing, g_strdup (_("Add at least one line of support")));

  if (!with_hoorrecht || rules->hoorrecht_from == PASSEND_DAY_NONE || on < rules->hoorrecht_from)
    return;

  if (is_blank (self->texts[PASSEND_OPP_SECTION_MENING_LEERLING]))
    g_ptr_array_add (missing, g_strdup (_("Record the student’s view (hoorrecht)")));
  if (self->student_heard_on == PASSEND_DAY_NONE)
    g_ptr_array_add (missing, g_strdup (_("Record the day the student was heard")));
  if (is_blank (self->texts[PASSEND_OPP_SECTION_HOORRECHT_MOTIVERING]))
    g_ptr_array_add (missing, g_strdup (_("Record how the student’s view was weighed")));
}

GPtrArray *
passend_opp_list_missing (const PassendOppDocument *self,
                          const PassendOppRules    *rules,
                          PassendDay                on)
{
  GPtrArray *missing;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (rules != NULL, NULL);

  missing = g_ptr_array_new_with_free_func (g_free);
  list_missing_content (self, rules, on, TRUE, missing);
  if (evaluate_consent (self, rules, on, missing) == PASSEND_OPP_CONSENT_REFUSED &&
      self->state != PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING)
    g_ptr_array_add (missing, g_strdup (_("Consent was refused: record that there is no agreement")));

  return missing;
}

gboolean
passend_opp_check_establish (const PassendOppDocument *self,
                             const PassendOppRules    *rules,
                             PassendDay                on,
                             GError                  **error)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (rules != NULL, FALSE);

  list_missing_content (self, rules, on, TRUE, missing);
  if (missing->len > 0)
    {
      g_set_error_literal (error, PASSEND_OPP_ERROR, PASSEND_OPP_ERROR_INCOMPLETE,
                           g_ptr_array_index (missing, 0));
      return FALSE;
    }

  /* In geen overeenstemming the school decides; the parents' "not
   * agreed" stays on record beside the vaststelling. */
  if (self->state == PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING)
    return TRUE;

  switch (evaluate_consent (self, rules, on, missing))
    {
    case PASSEND_OPP_CONSENT_NOT_NEEDED:
    case PASSEND_OPP_CONSENT_GIVEN:
      return TRUE;
    case PASSEND_OPP_CONSENT_REFUSED:
      g_set_error_literal (error, PASSEND_OPP_ERROR, PASSEND_OPP_ERROR_NOT_AGREED,
                           _("Consent to the handelingsdeel was refused: record that there is no agreement first"));
      return FALSE;
    case PASSEND_OPP_CONSENT_MISSING:
    default:
      g_set_error_literal (error, PASSEND_OPP_ERROR, PASSEND_OPP_ERROR_NO_CONSENT,
                           missing->len > 0 ? (const char *) g_ptr_array_index (missing, 0)
                                            : _("Consent to the handelingsdeel is missing"));
      return FALSE;
    }
}

gboolean
passend_opp_check_editable (const PassendOppDocument *self,
                            GError                  **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (passend_opp_state_is_editable (self->state) && self->content_sha256 == NULL)
    return TRUE;

  g_set_error (error, PASSEND_OPP_ERROR, PASSEND_OPP_ERROR_FROZEN,
               _("This OPP version is “%s”: its content can only change in a new version or back in consultation"),
               passend_opp_state_get_label (self->state));
  return FALSE;
}

gboolean
passend_opp_check_transition (const PassendOppDocument *self,
                              PassendOppState           to,
                              const PassendOppRules    *rules,
                              PassendDay                today,
                              GError                  **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (rules != NULL, FALSE);

  if (!passend_opp_can_transition (self->state, to))
    {
      g_set_error (error, PASSEND_OPP_ERROR, PASSEND_OPP_ERROR_TRANSITION,
                   _("An OPP version that is “%s” cannot become “%s”"),
                   passend_opp_state_get_label (self->state), passend_opp_state_get_label (to));
      return FALSE;
    }

  switch (to)
    {
    case PASSEND_OPP_STATE_VASTGESTELD:
      if (self->state == PASSEND_OPP_STATE_IN_OVERLEG && passend_opp_document_has_extra_support (self))
        {
          g_set_error_literal (error, PASSEND_OPP_ERROR, PASSEND_OPP_ERROR_NO_CONSENT,
                               _("The handelingsdeel has extra support: ask for consent first"));
          return FALSE;
        }
      return passend_opp_check_establish (self, rules, today, error);

    case PASSEND_OPP_STATE_TER_INSTEMMING:
      {
        g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);

        /* Consent is asked on the content as it will be set. */
        list_missing_content (self, rules, today, FALSE, missing);
        if (missing->len > 0)
          {
            g_set_error_literal (error, PASSEND_OPP_ERROR, PASSEND_OPP_ERROR_INCOMPLETE,
                                 g_ptr_array_index (missing, 0));
            return FALSE;
          }
        return TRUE;
      }

    case PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING:
      if (evaluate_consent (self, rules, today, NULL) != PASSEND_OPP_CONSENT_REFUSED)
        {
          g_set_error_literal (error, PASSEND_OPP_ERROR, PASSEND_OPP_ERROR_TRANSITION,
                               _("Record the “not agreed” and its reason first"));
          return FALSE;
        }
      return TRUE;

    case PASSEND_OPP_STATE_CONCEPT:
    case PASSEND_OPP_STATE_IN_OVERLEG:
    case PASSEND_OPP_STATE_IN_UITVOERING:
    case PASSEND_OPP_STATE_GEEVALUEERD:
    case PASSEND_OPP_STATE_BIJGESTELD:
    case PASSEND_OPP_STATE_BEEINDIGD:
    default:
      return TRUE;
    }
}

PassendDay
passend_opp_establish_due (PassendDay             trigger_on,
                           const PassendOppRules *rules)
{
  g_return_val_if_fail (rules != NULL, PASSEND_DAY_NONE);

  if (trigger_on == PASSEND_DAY_NONE)
    return PASSEND_DAY_NONE;

  return passend_day_add_days (trigger_on, 7 * rules->opp_weeks);
}

PassendDay
passend_opp_evaluation_due (PassendDay             established_on,
                            PassendDay             last_evaluation_on,
                            const PassendOppRules *rules)
{
  PassendDay from = MAX (established_on, last_evaluation_on);

  g_return_val_if_fail (rules != NULL, PASSEND_DAY_NONE);

  if (from == PASSEND_DAY_NONE)
    return PASSEND_DAY_NONE;

  return passend_day_add_months (from, rules->evaluation_months);
}

PassendDay
passend_opp_evaluation_warn_from (PassendDay             due,
                                  const PassendOppRules *rules)
{
  g_return_val_if_fail (rules != NULL, PASSEND_DAY_NONE);

  if (due == PASSEND_DAY_NONE)
    return PASSEND_DAY_NONE;

  return passend_day_add_days (due, -7 * rules->evaluation_warning_weeks);
}

gboolean
passend_opp_is_required (int      niveau,
                         gboolean has_running_extra_intervention,
                         gboolean has_established_opp)
{
  return (niveau >= 3 || has_running_extra_intervention) && !has_established_opp;
}
