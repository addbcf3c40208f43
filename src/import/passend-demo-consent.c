/* passend-demo-consent.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-consent-rules.h"
#include "passend-demo-consent.h"

/* Consents are stored as known from before the demo's today, without
 * timeline entries, so the demo's entry counts stay what they are. They
 * draw from a GRand of their own: adding them changes nothing else. */

typedef enum
{
  STORY_COVERED,
  STORY_MISSING,
  STORY_ENDING_SOON,
  STORY_WITHDRAWN,
} Story;

typedef struct
{
  DemoBuilder *b;
  GRand       *rand;
  PassendDay   today;
  gboolean     withdrawn_done;
} DemoConsent;

static Story
pick_story (DemoConsent *d)
{
  double p = g_rand_double (d->rand);

  /* One withdrawal in the school, the first chance there is. */
  if (!d->withdrawn_done && p < 0.3)
    return STORY_WITHDRAWN;
  if (p < 0.10)
    return STORY_MISSING;
  if (p < 0.22)
    return STORY_ENDING_SOON;
  return STORY_COVERED;
}

/* The givers the rules allow on @day: the guardians with gezag under 18
 * (the first, sometimes both), the student from 16. */
static void
set_givers (DemoConsent    *d,
            PassendConsent *consent,
            PassendStudent *student,
            GListModel     *guardians,
            PassendDay      day)
{
  PassendDay birth = passend_student_get_birth_date (student);
  gboolean both = demo_chance (d->rand, 0.4);

  if (passend_consent_rules_guardians_may_give (birth, day))
    for (guint i = 0; i < g_list_model_get_n_items (guardians); i++)
      {
        g_autoptr(PassendGuardian) guardian = g_list_model_get_item (guardians, i);

        if (!passend_guardian_get_has_authority (guardian))
          continue;
        passend_consent_add_guardian_id (consent, passend_guardian_get_id (guardian));
        if (!both)
          break;
      }

  if (passend_consent_rules_student_may_give (birth, day))
    passend_consent_set_by_student (consent, TRUE);
}

static gboolean
add_one (DemoConsent            *d,
         PassendStudent         *student,
         GListModel             *guardians,
         PassendConsentPurpose   purpose,
         const char             *party,
         PassendDay              given,
         PassendDay              until,
         PassendDay              withdrawn,
         GError                **error)
{
  g_autoptr(PassendConsent) consent = passend_consent_new ();
  guint n_guardians = 0;

  /* A demo dated ahead of the real today keeps to what can be stored. */
  if (given > passend_day_today () || (withdrawn != PASSEND_DAY_NONE && withdrawn > passend_day_today ()))
    return TRUE;

  passend_consent_set_student_id (consent, passend_student_get_id (student));
  passend_consent_set_purpose (consent, purpose);
  passend_consent_set_party (consent, party);
  passend_consent_set_form (consent, demo_chance (d->rand, 0.8) ? PASSEND_CONSENT_FORM_SIGNED_DOCUMENT
                                                                : PASSEND_CONSENT_FORM_VERBAL);
  passend_consent_set_given_on (consent, given);
  passend_consent_set_valid_until (consent, until);
  passend_consent_set_withdrawn_on (consent, withdrawn);
  if (passend_consent_get_form (consent) == PASSEND_CONSENT_FORM_VERBAL)
    passend_consent_set_note (consent, "Telefonisch toegelicht; formulier volgt.");

  set_givers (d, consent, student, guardians, given);
  passend_consent_get_guardian_ids (consent, &n_guardians);
  if (n_guardians == 0 && !passend_consent_get_by_student (consent))
    return TRUE;

  return passend_database_add_consent_record (d->b->database, consent, error);
}

static gboolean
add_student_consents (DemoConsent     *d,
                      PassendStudent  *listed,
                      GError         **error)
{
  g_autoptr(PassendStudent) student = NULL;
  g_autoptr(GListModel) guardians = NULL;
  PassendDay given = passend_day_add_days (d->today, -g_rand_int_range (d->rand, 10, 90));
  PassendDay year_end = passend_consent_rules_default_valid_until (d->today);
  gint64 id = passend_student_get_id (listed);

  student = passend_database_get_student (d->b->database, id, error);
  if (student == NULL)
    return FALSE;
  guardians = passend_database_list_guardians (d->b->database, id, error);
  if (guardians == NULL)
    return FALSE;

  switch (pick_story (d))
    {
    case STORY_MISSING:
      return TRUE;

    case STORY_ENDING_SOON:
      /* Given for a year last autumn; runs out in the coming days. */
      given = passend_day_add_months (d->today, -12);
      if (!add_one (d, student, guardians, PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL, NULL, given,
                    passend_day_add_days (d->today, g_rand_int_range (d->rand, 2, 13)), PASSEND_DAY_NONE, error))
        return FALSE;
      break;

    case STORY_WITHDRAWN:
      d->withdrawn_done = TRUE;
      if (!add_one (d, student, guardians, PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL, NULL, given, year_end,
                    passend_day_add_days (given, g_rand_int_range (d->rand, 3, 9)), error))
        return FALSE;
      break;

    case STORY_COVERED:
    default:
      if (!add_one (d, student, guardians, PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL, NULL, given, year_end,
                    PASSEND_DAY_NONE, error))
        return FALSE;
      break;
    }

  /* Some cases also ask the GGD for data, or have JOS or a TLV route. */
  if (demo_chance (d->rand, 0.25) &&
      !add_one (d, student, guardians, PASSEND_CONSENT_PURPOSE_REQUEST_DATA, "GGD (jeugdarts)",
                given, year_end, PASSEND_DAY_NONE, error))
    return FALSE;
  if (passend_student_get_phase (listed) == PASSEND_PHASE_4_TLV &&
      !add_one (d, student, guardians, PASSEND_CONSENT_PURPOSE_TLV, NULL, given, PASSEND_DAY_NONE,
                PASSEND_DAY_NONE, error))
    return FALSE;

  return TRUE;
}

gboolean
demo_add_consents (DemoBuilder  *b,
                   GError      **error)
{
  g_autoptr(GListModel) caseload = NULL;
  DemoConsent d = { .b = b, .today = b->options.today };
  gboolean ok = TRUE;

  caseload = passend_database_list_caseload (b->database, error);
  if (caseload == NULL)
    return FALSE;

  d.rand = g_rand_new_with_seed (b->options.seed ^ 0x436f6e73u);
  /* In name order, so a seed and a day always give the same consents. */
  for (guint i = 0; ok && i < g_list_model_get_n_items (caseload); i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (caseload, i);

      if (passend_consent_rules_discussion_required (passend_student_get_phase (student),
                                                     passend_student_get_case_open (student)))
        ok = add_student_consents (&d, student, error);
    }
  g_rand_free (d.rand);

  return ok;
}
