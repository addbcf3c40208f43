/* passend-consent-rules.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-consent.h"
#include "passend-student.h"

G_BEGIN_DECLS

/* The rules of the consent ledger (DOMAIN.md §6, §10.1): when a consent
 * holds, who may give it, what it covers and when it runs out. */

typedef enum
{
  PASSEND_CONSENT_STATE_NONE,       /* no consent for the purpose */
  PASSEND_CONSENT_STATE_VALID,
  PASSEND_CONSENT_STATE_NOT_YET,    /* given on a later day */
  PASSEND_CONSENT_STATE_EXPIRED,    /* past valid-until */
  PASSEND_CONSENT_STATE_WITHDRAWN,
} PassendConsentState;

/* Given on or before @day, not withdrawn on or before @day, and @day not
 * after valid-until (the last day it holds). */
PassendConsentState passend_consent_rules_state_on         (PassendConsent *consent,
                                                            PassendDay      day);
gboolean            passend_consent_rules_is_valid_on      (PassendConsent *consent,
                                                            PassendDay      day);

/* Who may give consent on @day for a student born on @birth (NONE:
 * unknown): guardians with gezag while the student is under 18, the
 * student from 16, and from 18 the student alone. */
gboolean            passend_consent_rules_student_may_give   (PassendDay  birth,
                                                              PassendDay  day);
gboolean            passend_consent_rules_guardians_may_give (PassendDay  birth,
                                                              PassendDay  day);
/* NULL when the givers may give the consent on @day, else a translated
 * sentence that says why not. @n_without_gezag counts chosen guardians
 * who have no gezag. */
const char         *passend_consent_rules_check_givers     (PassendDay  birth,
                                                            PassendDay  day,
                                                            guint       n_with_gezag,
                                                            guint       n_without_gezag,
                                                            gboolean    by_student);

/* The last day of the school year @given falls in (31 July): the usual
 * term of a consent form. */
PassendDay          passend_consent_rules_default_valid_until (PassendDay given);

/* Among @consents (PassendConsent) of one student: a bit (1 << purpose)
 * for each purpose with a consent valid on @day. */
guint               passend_consent_rules_covered_purposes (GPtrArray      *consents,
                                                            PassendDay      day);
/* The consent that says most about @purpose (and @party, NULL: any) on
 * @day: a valid one, the one that holds longest; else the one given
 * last. NULL when there is none. Not a new reference. */
PassendConsent     *passend_consent_rules_find_current     (GPtrArray             *consents,
                                                            PassendConsentPurpose  purpose,
                                                            const char            *party,
                                                            PassendDay             day);
/* Valid on @today and ending within @n_days after it. */
gboolean            passend_consent_rules_expires_within   (PassendConsent *consent,
                                                            PassendDay      today,
                                                            int             n_days);
/* The Overzicht item of the consents of one purpose and party whose last
 * valid day is @last_day: due on that day when it lies within @horizon
 * days before or after @today, else PASSEND_DAY_NONE. */
PassendDay          passend_consent_rules_expiry_due       (PassendDay      last_day,
                                                            PassendDay      today,
                                                            int             horizon);

/* The caseload's "consent missing" flag: from phase 3a the route
 * discusses the student with externals, which needs consent. The store
 * attaches whether a discussion consent holds today to each student the
 * caseload loads. */
gboolean            passend_consent_rules_discussion_required (PassendPhase    phase,
                                                               gboolean        case_open);
void                passend_consent_rules_attach_discussion   (PassendStudent *student,
                                                               gboolean        covered);
/* TRUE when the attached fact says there is no consent and the phase
 * requires one; FALSE when nothing was attached. */
gboolean            passend_consent_rules_flag_missing        (PassendStudent *student);

G_END_DECLS
