/* passend-opp-rules.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-opp.h"
#include "passend-protocol.h"

G_BEGIN_DECLS

/* The OPP's lifecycle, its guards and its deadlines (DOMAIN.md §1.2,
 * §10.5, §11.2–3), without a database: the store asks these before it
 * writes.
 *
 * Lifecycle of one version:
 *   concept → in-overleg → ter-instemming → vastgesteld → in-uitvoering
 *     → geevalueerd (⇄ in-uitvoering: evaluated, then carried on)
 *   in-overleg → vastgesteld directly when the handelingsdeel has no
 *     extra support (no instemming needed)
 *   ter-instemming → in-overleg (back to the table: content may change)
 *   ter-instemming → geen-overeenstemming (a "not agreed"; support goes on)
 *   geen-overeenstemming → vastgesteld (the school decides; the parents'
 *     disagreement stays recorded) or → in-overleg
 *   vastgesteld, in-uitvoering, geevalueerd, geen-overeenstemming
 *     → beeindigd (with a reason)
 *   vastgesteld, in-uitvoering, geevalueerd, geen-overeenstemming
 *     → bijgesteld: only by the store, when a newer version of the same
 *     student is vastgesteld.
 * Bijstellen makes a new version (number + 1, content copied, based_on)
 * in concept, whose handelingsdeel needs new instemming. */

#define PASSEND_OPP_ERROR (passend_opp_error_quark ())

typedef enum
{
  PASSEND_OPP_ERROR_TRANSITION,   /* not a step the lifecycle has */
  PASSEND_OPP_ERROR_FROZEN,       /* content changes outside concept/in overleg */
  PASSEND_OPP_ERROR_INCOMPLETE,   /* a required section or the hoorrecht is missing */
  PASSEND_OPP_ERROR_NO_CONSENT,   /* instemming missing */
  PASSEND_OPP_ERROR_NOT_AGREED,   /* a signer did not agree: geen overeenstemming */
} PassendOppError;

GQuark passend_opp_error_quark (void);

/* The local values the rules use; from the protocol table (defaults:
 * 6 weeks, 12 months, warn 4 weeks ahead, hoorrecht from 1 August 2025,
 * consent from every guardian with gezag, the student from 18). */
typedef struct
{
  int         opp_weeks;
  int         evaluation_months;
  int         evaluation_warning_weeks;
  /* OPPs vastgesteld on or after this day need the hoorrecht fields. */
  PassendDay  hoorrecht_from;
  /* TRUE: every guardian with gezag must agree; FALSE: one is enough. */
  gboolean    consent_all_guardians;
  /* From this age the student consents instead of the parents. */
  int         consent_age;
} PassendOppRules;

void        passend_opp_rules_init_defaults  (PassendOppRules       *rules);
void        passend_opp_rules_init_from_protocol (PassendOppRules   *rules,
                                                  const PassendProtocol *protocol);

/* Whether the lifecycle has the step at all (no content checks). The
 * step to bijgesteld is the store's and FALSE here. */
gboolean    passend_opp_can_transition       (PassendOppState         from,
                                              PassendOppState         to);
/* The states a coordinator can move @self to by hand now, in lifecycle
 * order (vastgesteld included when the step exists; its guards are
 * checked by passend_opp_check_transition()). */
GArray     *passend_opp_next_states          (const PassendOppDocument *self);

/* The full guard for moving @self to @to on @today: the step exists, and
 * for vastgesteld the required content, the hoorrecht and the instemming
 * (passend_opp_check_establish()); for geen-overeenstemming a recorded
 * "not agreed" on the current content. */
gboolean    passend_opp_check_transition     (const PassendOppDocument *self,
                                              PassendOppState          to,
                                              const PassendOppRules   *rules,
                                              PassendDay               today,
                                              GError                 **error);
/* Content may be changed: concept or in overleg. PASSEND_OPP_ERROR_FROZEN
 * otherwise. */
gboolean    passend_opp_check_editable       (const PassendOppDocument *self,
                                              GError                 **error);

/* What vaststellen on @on still needs, as translated sentences a
 * coordinator can act on ("Fill in the rationale", "Record the
 * student’s view (hoorrecht)", "Consent from Anna de Vries is missing");
 * empty when nothing. Required: uitstroom level or profile, the
 * uitstroom-onderbouwing, at least one factor, one goal and one support
 * line; from rules->hoorrecht_from the mening leerling, student_heard_on
 * and the hoorrecht motivering; and instemming (see below). */
GPtrArray  *passend_opp_list_missing         (const PassendOppDocument *self,
                                              const PassendOppRules   *rules,
                                              PassendDay               on);
/* PASSEND_OPP_ERROR_INCOMPLETE or _NO_CONSENT with the first missing item;
 * in geen overeenstemming, instemming is not required (the school
 * decides), otherwise a "not agreed" gives _NOT_AGREED. */
gboolean    passend_opp_check_establish      (const PassendOppDocument *self,
                                              const PassendOppRules   *rules,
                                              PassendDay               on,
                                              GError                 **error);

/* Instemming with the handelingsdeel, counted over the signatures made on
 * the current content hash (older ones were given on other content). */
typedef enum
{
  PASSEND_OPP_CONSENT_NOT_NEEDED,  /* no extra support lines */
  PASSEND_OPP_CONSENT_MISSING,     /* not (yet) everyone who must */
  PASSEND_OPP_CONSENT_GIVEN,
  PASSEND_OPP_CONSENT_REFUSED,     /* a "not agreed" on this content */
} PassendOppConsent;

/* Who must agree on @on: the student from rules->consent_age (birth date
 * known), otherwise the guardians with gezag (all, or one, per the
 * rules). With no guardian with gezag recorded for a minor, the student's
 * parents cannot be asked: MISSING until one is recorded. */
PassendOppConsent passend_opp_get_consent    (const PassendOppDocument *self,
                                              const PassendOppRules   *rules,
                                              PassendDay               on);
/* TRUE when the student (not the parents) gives instemming on @on. */
gboolean    passend_opp_student_consents     (const PassendOppDocument *self,
                                              const PassendOppRules   *rules,
                                              PassendDay               on);

/* Deadlines. The OPP is due vastgesteld @opp_weeks weeks after the
 * trigger day (PASSEND_DAY_NONE without one). */
PassendDay  passend_opp_establish_due        (PassendDay               trigger_on,
                                              const PassendOppRules   *rules);
/* The next evaluation: @evaluation_months after the later of
 * @established_on and @last_evaluation_on (month arithmetic clamps: 29
 * February + 12 months = 28 February). */
PassendDay  passend_opp_evaluation_due       (PassendDay               established_on,
                                              PassendDay               last_evaluation_on,
                                              const PassendOppRules   *rules);
/* The day the evaluation deadline starts to show (due − warning weeks). */
PassendDay  passend_opp_evaluation_warn_from (PassendDay               due,
                                              const PassendOppRules   *rules);
/* An OPP is required when the student gets extra support — niveau 3 or 4,
 * or a running intervention at the extra level — and has no OPP version
 * that is vastgesteld (or later, not ended). */
gboolean    passend_opp_is_required          (int                      niveau,
                                              gboolean                 has_running_extra_intervention,
                                              gboolean                 has_established_opp);

G_END_DECLS
