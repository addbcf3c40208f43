/* passend-consent-rules.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-consent-rules.h"

/* DOMAIN.md §6: from 16 the pupil exercises their own rights and
 * consents to a ZAT; from 18 they are an adult and act alone. */
#define STUDENT_CONSENT_AGE 16
#define ADULT_AGE           18

PassendConsentState
passend_consent_rules_state_on (PassendConsent *consent,
                                PassendDay      day)
{
  PassendDay withdrawn, until;

  g_return_val_if_fail (PASSEND_IS_CONSENT (consent), PASSEND_CONSENT_STATE_NONE);
  g_return_val_if_fail (day != PASSEND_DAY_NONE, PASSEND_CONSENT_STATE_NONE);

  withdrawn = passend_consent_get_withdrawn_on (consent);
  until = passend_consent_get_valid_until (consent);

  if (day < passend_consent_get_given_on (consent))
    return PASSEND_CONSENT_STATE_NOT_YET;
  /* Withdrawn on a day means it no longer holds from that day on. */
  if (withdrawn != PASSEND_DAY_NONE && day >= withdrawn)
    return PASSEND_CONSENT_STATE_WITHDRAWN;
  if (until != PASSEND_DAY_NONE && day > until)
    return PASSEND_CONSENT_STATE_EXPIRED;

  return PASSEND_CONSENT_STATE_VALID;
}

gboolean
passend_consent_rules_is_valid_on (PassendConsent *consent,
                                   PassendDay      day)
{
  return passend_consent_rules_state_on (consent, day) == PASSEND_CONSENT_STATE_VALID;
}

gboolean
passend_consent_rules_student_may_give (PassendDay birth,
                                        PassendDay day)
{
  return birth != PASSEND_DAY_NONE && passend_day_age_on (birth, day) >= STUDENT_CONSENT_AGE;
}

gboolean
passend_consent_rules_guardians_may_give (PassendDay birth,
                                          PassendDay day)
{
  /* Without a birth date the parents are the safe assumption. */
  return birth == PASSEND_DAY_NONE || passend_day_age_on (birth, day) < ADULT_AGE;
}

const char *
passend_consent_rules_check_givers (PassendDay birth,
                                    PassendDay day,
                                    guint      n_with_gezag,
                                    guint      n_without_gezag,
                                    gboolean   by_student)
{
  if (n_without_gezag > 0)
    return _("Only a guardian with gezag can give consent.");
  if (n_with_gezag == 0 && !by_student)
    return _("Choose who gave the consent.");
  if (by_student && birth == PASSEND_DAY_NONE)
    return _("The student’s birth date is not known, so the student cannot give consent; record the birth date first.");
  if (by_student && !passend_consent_rules_student_may_give (birth, day))
    return _("A student can give consent from 16 years old.");
  if (n_with_gezag > 0 && !passend_consent_rules_guardians_may_give (birth, day))
    return _("From 18 years old the student gives consent alone, not the parents.");

  return NULL;
}

PassendDay
passend_consent_rules_default_valid_until (PassendDay given)
{
  g_return_val_if_fail (given != PASSEND_DAY_NONE, PASSEND_DAY_NONE);

  return passend_day_new (passend_day_school_year_of (given) + 1, 7, 31);
}

guint
passend_consent_rules_covered_purposes (GPtrArray  *consents,
                                        PassendDay  day)
{
  guint covered = 0;

  g_return_val_if_fail (consents != NULL, 0);

  for (guint i = 0; i < consents->len; i++)
    {
      PassendConsent *consent = g_ptr_array_index (consents, i);

      if (passend_consent_rules_is_valid_on (consent, day))
        covered |= 1u << passend_consent_get_purpose (consent);
    }

  return covered;
}

/* A later last day wins; no end is the latest of all. */
static gboolean
holds_longer (PassendConsent *a,
              PassendConsent *b)
{
  PassendDay ua = passend_consent_get_valid_until (a);
  PassendDay ub = passend_consent_get_valid_until (b);

  if (ua == PASSEND_DAY_NONE || ub == PASSEND_DAY_NONE)
    return ua == PASSEND_DAY_NONE && ub != PASSEND_DAY_NONE;
  return ua > ub;
}

PassendConsent *
passend_consent_rules_find_current (GPtrArray             *consents,
                                    PassendConsentPurpose  purpose,
                                    const char            *party,
                                    PassendDay             day)
{
  PassendConsent *valid = NULL;
  PassendConsent *latest = NULL;

  g_return_val_if_fail (consents != NULL, NULL);

  for (guint i = 0; i < consents->len; i++)
    {
      PassendConsent *consent = g_ptr_array_index (consents, i);

      if (!passend_consent_matches (consent, purpose, party))
        continue;

      if (passend_consent_rules_is_valid_on (consent, day))
        {
          if (valid == NULL || holds_longer (consent, valid))
            valid = consent;
        }
      else if (latest == NULL ||
               passend_consent_get_given_on (consent) > passend_consent_get_given_on (latest) ||
               (passend_consent_get_given_on (consent) == passend_consent_get_given_on (latest) &&
                passend_consent_get_id (consent) > passend_consent_get_id (latest)))
        {
          latest = consent;
        }
    }

  return valid != NULL ? valid : latest;
}

gboolean
passend_consent_rules_expires_within (PassendConsent *consent,
                                      PassendDay      today,
                                      int             n_days)
{
  PassendDay until;

  g_return_val_if_fail (PASSEND_IS_CONSENT (consent), FALSE);

  until = passend_consent_get_valid_until (consent);
  return passend_consent_rules_is_valid_on (consent, today) &&
         until != PASSEND_DAY_NONE &&
         until <= passend_day_add_days (today, n_days);
}

PassendDay
passend_consent_rules_expiry_due (PassendDay last_day,
                                  PassendDay today,
                                  int        horizon)
{
  if (last_day == PASSEND_DAY_NONE || today == PASSEND_DAY_NONE)
    return PASSEND_DAY_NONE;
  /* Long expired is no news: the caseload flag says what is missing. */
  if (last_day < passend_day_add_days (today, -horizon) ||
      last_day > passend_day_add_days (today, horizon))
    return PASSEND_DAY_NONE;

  return last_day;
}

gboolean
passend_consent_rules_discussion_required (PassendPhase phase,
                                           gboolean     case_open)
{
  return case_open && phase >= PASSEND_PHASE_3A_ONDERSTEUNINGSTEAM;
}

static GQuark
discussion_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("passend-consent-discussion");

  return quark;
}

void
passend_consent_rules_attach_discussion (PassendStudent *student,
                                         gboolean        covered)
{
  g_return_if_fail (PASSEND_IS_STUDENT (student));

  /* 1: not covered, 2: covered; 0 (no data) means nothing is known. */
  g_object_set_qdata (G_OBJECT (student), discussion_quark (), GUINT_TO_POINTER (covered ? 2 : 1));
}

gboolean
passend_consent_rules_flag_missing (PassendStudent *student)
{
  guint known;

  g_return_val_if_fail (PASSEND_IS_STUDENT (student), FALSE);

  known = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (student), discussion_quark ()));
  return known == 1 &&
         passend_consent_rules_discussion_required (passend_student_get_phase (student),
                                                    passend_student_get_case_open (student));
}
