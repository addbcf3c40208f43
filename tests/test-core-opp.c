/* test-core-opp.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <gio/gio.h>

#include "passend-opp.h"
#include "passend-opp-content.h"
#include "passend-opp-rules.h"
#include "passend-signature.h"

#define DAY(y, m, d) passend_day_new ((y), (m), (d))

static void
assert_day (PassendDay actual,
            PassendDay expected)
{
  g_autofree char *actual_iso = passend_day_to_iso (actual);
  g_autofree char *expected_iso = passend_day_to_iso (expected);

  g_assert_cmpstr (actual_iso, ==, expected_iso);
}

/* A complete version 1 of a minor with two parents with gezag (11, 12)
 * and one without (13): everything vaststellen needs but instemming. */
static PassendOppDocument *
make_document (PassendOppState state)
{
  PassendOppDocument *doc = passend_opp_document_new ();
  PassendOppFactor *factor;
  PassendOppNeed *need;
  PassendOppGoal *goal;
  PassendOppSupport *support;
  PassendOppConsultation *consultation;

  doc->id = 7;
  doc->student_id = 3;
  doc->state = state;
  doc->student_birth_date = DAY (2012, 3, 1);
  g_ptr_array_add (doc->guardians, passend_opp_guardian_new (11, "Anna de Vries", TRUE));
  g_ptr_array_add (doc->guardians, passend_opp_guardian_new (12, "Karim el Amrani", TRUE));
  g_ptr_array_add (doc->guardians, passend_opp_guardian_new (13, "Oma de Vries", FALSE));

  doc->trigger_kind = PASSEND_OPP_TRIGGER_EXTRA_SUPPORT;
  doc->trigger_on = DAY (2026, 9, 14);
  g_free (doc->uitstroom_level);
  doc->uitstroom_level = g_strdup ("vmbo-kader");
  doc->student_heard_on = DAY (2026, 10, 1);
  passend_opp_document_set_text (doc, PASSEND_OPP_SECTION_UITSTROOM_ONDERBOUWING, "Haalt kader met steun.");
  passend_opp_document_set_text (doc, PASSEND_OPP_SECTION_MENING_LEERLING, "Ik wil naar de kaderklas.");
  passend_opp_document_set_text (doc, PASSEND_OPP_SECTION_HOORRECHT_MOTIVERING, "Besproken en meegewogen.");

  factor = passend_opp_factor_new (PASSEND_OPP_DOMAIN_LEREN, PASSEND_OPP_POLARITY_BELEMMEREND, "Traag tempo");
  factor->id = 101;
  g_ptr_array_add (doc->factors, factor);
  factor = passend_opp_factor_new (PASSEND_OPP_DOMAIN_WERKHOUDING, PASSEND_OPP_POLARITY_BEVORDEREND, "Gemotiveerd");
  factor->id = 102;
  g_ptr_array_add (doc->factors, factor);

  need = passend_opp_need_new (PASSEND_OPP_NEED_ONDERWIJS, PASSEND_OPP_DOMAIN_LEREN, "heeft extra tijd nodig");
  need->id = 201;
  g_ptr_array_add (doc->needs, need);
  need = passend_opp_need_new (PASSEND_OPP_NEED_ONDERSTEUNING, PASSEND_OPP_DOMAIN_SOCIAAL_EMOTIONEEL,
                               "heeft een vast aanspreekpunt nodig");
  need->id = 202;
  need->position = 1;
  g_ptr_array_add (doc->needs, need);

  goal = passend_opp_goal_new (PASSEND_OPP_DOMAIN_LEREN, "Rondt toetsen af binnen de tijd");
  goal->id = 301;
  goal->need_id = 201;
  goal->target_on = DAY (2027, 1, 31);
  g_ptr_array_add (doc->goals, goal);
  goal = passend_opp_goal_new (PASSEND_OPP_DOMAIN_SOCIAAL_EMOTIONEEL, "Meldt zich bij de coach");
  goal->id = 302;
  goal->need_id = 202;
  goal->position = 1;
  g_ptr_array_add (doc->goals, goal);

  support = passend_opp_support_new ("Begeleiding door de coach");
  support->id = 401;
  support->goal_id = 302;
  support->frequency = (g_free (support->frequency), g_strdup ("wekelijks"));
  g_ptr_array_add (doc->supports, support);
  support = passend_opp_support_new ("Extra tijd bij toetsen");
  support->id = 402;
  support->goal_id = 301;
  support->position = 1;
  support->is_extra = FALSE;
  g_ptr_array_add (doc->supports, support);

  consultation = passend_opp_consultation_new (DAY (2026, 10, 5));
  consultation->id = 501;
  consultation->summary = (g_free (consultation->summary), g_strdup ("Plan besproken."));
  g_ptr_array_add (doc->consultations, consultation);

  return doc;
}

static void
sign (PassendOppDocument *doc,
      PassendOppSigner    signer,
      gint64              guardian_id,
      PassendOppOutcome   outcome,
      gint64              created_at)
{
  PassendOppSignature *signature = passend_opp_signature_new (signer, outcome, "Iemand", DAY (2026, 10, 20));

  signature->guardian_id = guardian_id;
  signature->version_sha256 = passend_opp_document_compute_hash (doc);
  signature->created_at = created_at;
  g_ptr_array_add (doc->signatures, signature);
}

static void
test_enums (void)
{
  PassendOppState state;
  PassendOppSection section;
  PassendOppDomain domain;
  PassendOppTrigger trigger;

  for (int i = 0; i < PASSEND_OPP_N_STATES; i++)
    {
      g_assert_true (passend_opp_state_from_string (passend_opp_state_to_string (i), &state));
      g_assert_cmpint (state, ==, i);
      g_assert_cmpstr (passend_opp_state_get_label (i), !=, "");
      g_assert_cmpstr (passend_opp_state_get_dutch (i), !=, "");
    }
  for (int i = 0; i < PASSEND_OPP_N_SECTIONS; i++)
    {
      g_assert_true (passend_opp_section_from_string (passend_opp_section_to_string (i), &section));
      g_assert_cmpint (section, ==, i);
      g_assert_cmpstr (passend_opp_section_get_label (i), !=, "");
      g_assert_cmpstr (passend_opp_section_get_dutch (i), !=, "");
      g_assert_true (passend_opp_section_is_medical (i) == (i == PASSEND_OPP_SECTION_MEDISCH));
    }
  for (int i = 0; i < PASSEND_OPP_N_DOMAINS; i++)
    {
      g_assert_true (passend_opp_domain_from_string (passend_opp_domain_to_string (i), &domain));
      g_assert_cmpint (domain, ==, i);
    }

  /* The stored codes are the schema's. */
  g_assert_cmpstr (passend_opp_state_to_string (PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING), ==, "geen-overeenstemming");
  g_assert_cmpstr (passend_opp_state_get_dutch (PASSEND_OPP_STATE_GEEVALUEERD), ==, "geëvalueerd");
  g_assert_cmpstr (passend_opp_section_to_string (PASSEND_OPP_SECTION_UITSTROOM_ONDERBOUWING), ==,
                   "uitstroom-onderbouwing");
  g_assert_cmpstr (passend_opp_section_get_dutch (PASSEND_OPP_SECTION_SCHOOLLOOPBAAN), ==, "Schoolloopbaan");
  g_assert_cmpstr (passend_opp_domain_to_string (PASSEND_OPP_DOMAIN_LICHAMELIJK_MEDISCH), ==, "lichamelijk-medisch");
  g_assert_null (passend_opp_trigger_to_string (PASSEND_OPP_TRIGGER_NONE));
  g_assert_true (passend_opp_trigger_from_string (NULL, &trigger));
  g_assert_cmpint (trigger, ==, PASSEND_OPP_TRIGGER_NONE);
  g_assert_cmpstr (passend_opp_profile_to_string (PASSEND_OPP_PROFILE_NONE), ==, "");

  g_assert_false (passend_opp_state_from_string ("vastgesteld ", &state));
  g_assert_false (passend_opp_state_from_string (NULL, &state));
  g_assert_false (passend_opp_section_from_string ("Schoolloopbaan", &section));

  g_assert_true (passend_opp_state_is_editable (PASSEND_OPP_STATE_CONCEPT));
  g_assert_true (passend_opp_state_is_editable (PASSEND_OPP_STATE_IN_OVERLEG));
  g_assert_false (passend_opp_state_is_editable (PASSEND_OPP_STATE_TER_INSTEMMING));
  g_assert_false (passend_opp_state_is_editable (PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING));
}

static void
test_transition_table (void)
{
  /* Every step the lifecycle has; all other pairs are refused. */
  static const PassendOppState allowed[][2] = {
    { PASSEND_OPP_STATE_CONCEPT, PASSEND_OPP_STATE_IN_OVERLEG },
    { PASSEND_OPP_STATE_IN_OVERLEG, PASSEND_OPP_STATE_TER_INSTEMMING },
    { PASSEND_OPP_STATE_IN_OVERLEG, PASSEND_OPP_STATE_VASTGESTELD },
    { PASSEND_OPP_STATE_TER_INSTEMMING, PASSEND_OPP_STATE_IN_OVERLEG },
    { PASSEND_OPP_STATE_TER_INSTEMMING, PASSEND_OPP_STATE_VASTGESTELD },
    { PASSEND_OPP_STATE_TER_INSTEMMING, PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING },
    { PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING, PASSEND_OPP_STATE_VASTGESTELD },
    { PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING, PASSEND_OPP_STATE_IN_OVERLEG },
    { PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING, PASSEND_OPP_STATE_BEEINDIGD },
    { PASSEND_OPP_STATE_VASTGESTELD, PASSEND_OPP_STATE_IN_UITVOERING },
    { PASSEND_OPP_STATE_VASTGESTELD, PASSEND_OPP_STATE_GEEVALUEERD },
    { PASSEND_OPP_STATE_VASTGESTELD, PASSEND_OPP_STATE_BEEINDIGD },
    { PASSEND_OPP_STATE_IN_UITVOERING, PASSEND_OPP_STATE_GEEVALUEERD },
    { PASSEND_OPP_STATE_IN_UITVOERING, PASSEND_OPP_STATE_BEEINDIGD },
    { PASSEND_OPP_STATE_GEEVALUEERD, PASSEND_OPP_STATE_IN_UITVOERING },
    { PASSEND_OPP_STATE_GEEVALUEERD, PASSEND_OPP_STATE_BEEINDIGD },
  };

  for (int from = 0; from < PASSEND_OPP_N_STATES; from++)
    for (int to = 0; to < PASSEND_OPP_N_STATES; to++)
      {
        gboolean expected = FALSE;

        for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
          expected |= ((int) allowed[i][0] == from && (int) allowed[i][1] == to);

        if (passend_opp_can_transition (from, to) != expected)
          g_error ("%s → %s: expected %s", passend_opp_state_to_string (from), passend_opp_state_to_string (to),
                   expected ? "allowed" : "refused");
      }
}

static void
test_guards (void)
{
  g_autoptr(PassendOppDocument) doc = make_document (PASSEND_OPP_STATE_CONCEPT);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) next = NULL;
  PassendOppRules rules;
  PassendDay on = DAY (2026, 10, 21);

  passend_opp_rules_init_defaults (&rules);

  /* Concept: only to consultation; content editable. */
  g_assert_false (passend_opp_check_transition (doc, PASSEND_OPP_STATE_VASTGESTELD, &rules, on, &error));
  g_assert_error (error, PASSEND_OPP_ERROR, PASSEND_OPP_ERROR_TRANSITION);
  g_clear_error (&error);
  g_assert_true (passend_opp_check_transition (doc, PASSEND_OPP_STATE_IN_OVERLEG, &rules, on, &error));
  g_assert_no_error (error);
  g_assert_true (passend_opp_check_editable (doc, &error));

  /* In overleg with extra support: consent first. */
  doc->state = PASSEND_OPP_STATE_IN_OVERLEG;
  g_assert_true (passend_opp_check_editable (doc, &error));
  g_assert_false (passend_opp_check_transition (doc, PASSEND_OPP_STATE_VASTGESTELD, &rules, on, &error));
  g_assert_error (error, PASSEND_OPP_ERROR, PASSEND_OPP_ERROR_NO_CONSENT);
  g_clear_error (&error);
  next = passend_opp_next_states (doc);
  g_assert_cmpuint (next->len, ==, 1);
  g_assert_cmpint (g_array_index (next, PassendOppState, 0), ==, PASSEND_OPP_STATE_TER_INSTEMMING);
  g_clear_pointer (&next, g_array_unref);

  /* Asking consent needs complete content. */
  passend_opp_document_set_text (doc, PASSEND_OPP_SECTION_UITSTROOM_ONDERBOUWING, " \n ");
  g_assert_false (passend_opp_check_transition (doc, PASSEND_OPP_STATE_TER_INSTEMMING, &rules, on, &error));
  g_assert_error (error, PASSEND_OPP_ERROR, PASSEND_OPP_ERROR_INCOMPLETE);
  g_clear_error (&error);
  passend_opp_document_set_text (doc, PASSEND_OPP_SECTION_UITSTROOM_ONDERBOUWING, "Haalt kader met steun.");
  g_assert_true (passend_opp_check_transition (doc, PASSEND_OPP_STATE_TER_INSTEMMING, &rules, on, &error));

  /* Without extra support no instemming: straight to vastgesteld. */
  ((PassendOppSupport *) g_ptr_array_index (doc->supports, 0))->is_extra = FALSE;
  g_assert_cmpint (passend_opp_get_consent (doc, &rules, on), ==, PASSEND_OPP_CONSENT_NOT_NEEDED);
  next = passend_opp_next_states (doc);
  g_assert_cmpuint (next->len, ==, 2);
  g_assert_true (passend_opp_check_transition (doc, PASSEND_OPP_STATE_VASTGESTELD, &rules, on, &error));
  g_assert_no_error (error);
  ((PassendOppSupport *) g_ptr_array_index (doc->supports, 0))->is_extra = TRUE;

  /* Required content, one item at a time. */
  g_ptr_array_set_size (doc->goals, 0);
  g_assert_false (passend_opp_check_establish (doc, &rules, on, &error));
  g_assert_error (error, PASSEND_OPP_ERROR, PASSEND_OPP_ERROR_INCOMPLETE);
  g_clear_error (&error);

  /* Ter instemming is not editable (but not frozen by a hash either). */
  g_clear_pointer (&doc, passend_opp_document_unref);
  doc = make_document (PASSEND_OPP_STATE_TER_INSTEMMING);
  g_assert_false (passend_opp_check_editable (doc, &error));
  g_assert_error (error, PASSEND_OPP_ERROR, PASSEND_OPP_ERROR_FROZEN);
  g_clear_error (&error);
  g_assert_false (passend_opp_check_transition (doc, PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING, &rules, on, &error));
  g_assert_error (error, PASSEND_OPP_ERROR, PASSEND_OPP_ERROR_TRANSITION);
  g_clear_error (&error);

  /* A vastgesteld version: frozen, and its steps. */
  doc->state = PASSEND_OPP_STATE_VASTGESTELD;
  doc->content_sha256 = passend_opp_document_compute_hash (doc);
  g_assert_false (passend_opp_check_editable (doc, &error));
  g_assert_error (error, PASSEND_OPP_ERROR, PASSEND_OPP_ERROR_FROZEN);
  g_clear_error (&error);
  g_assert_true (passend_opp_check_transition (doc, PASSEND_OPP_STATE_IN_UITVOERING, &rules, on, NULL));
  g_assert_true (passend_opp_check_transition (doc, PASSEND_OPP_STATE_BEEINDIGD, &rules, on, NULL));
  g_assert_false (passend_opp_check_transition (doc, PASSEND_OPP_STATE_BIJGESTELD, &rules, on, NULL));
  g_assert_false (passend_opp_check_transition (doc, PASSEND_OPP_STATE_IN_OVERLEG, &rules, on, NULL));
}

static void
test_hoorrecht (void)
{
  g_autoptr(PassendOppDocument) doc = make_document (PASSEND_OPP_STATE_IN_OVERLEG);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  PassendOppRules rules;

  passend_opp_rules_init_defaults (&rules);
  assert_day (rules.hoorrecht_from, DAY (2025, 8, 1));
  ((PassendOppSupport *) g_ptr_array_index (doc->supports, 0))->is_extra = FALSE;

  passend_opp_document_set_text (doc, PASSEND_OPP_SECTION_MENING_LEERLING, "");
  doc->student_heard_on = PASSEND_DAY_NONE;
  passend_opp_document_set_text (doc, PASSEND_OPP_SECTION_HOORRECHT_MOTIVERING, "");

  /* The day before the hoorrecht: not needed. */
  g_assert_true (passend_opp_check_establish (doc, &rules, DAY (2025, 7, 31), &error));
  g_assert_no_error (error);
  /* From the day itself: all three. */
  missing = passend_opp_list_missing (doc, &rules, DAY (2025, 8, 1));
  g_assert_cmpuint (missing->len, ==, 3);
  g_assert_false (passend_opp_check_establish (doc, &rules, DAY (2025, 8, 1), &error));
  g_assert_error (error, PASSEND_OPP_ERROR, PASSEND_OPP_ERROR_INCOMPLETE);
  g_clear_error (&error);

  passend_opp_document_set_text (doc, PASSEND_OPP_SECTION_MENING_LEERLING, "Ik wil dit.");
  passend_opp_document_set_text (doc, PASSEND_OPP_SECTION_HOORRECHT_MOTIVERING, "Meegewogen.");
  g_assert_false (passend_opp_check_establish (doc, &rules, DAY (2025, 8, 1), &error));
  g_clear_error (&error);
  doc->student_heard_on = DAY (2025, 7, 20);
  g_assert_true (passend_opp_check_establish (doc, &rules, DAY (2025, 8, 1), &error));

  /* The date is a protocol value. */
  {
    PassendProtocol protocol;

    passend_protocol_init_defaults (&protocol);
    passend_protocol_set (&protocol, PASSEND_PROTOCOL_OPP_HOORRECHT_YEAR, 2026);
    passend_protocol_set (&protocol, PASSEND_PROTOCOL_OPP_CONSENT_ALL_GUARDIANS, 0);
    passend_protocol_set (&protocol, PASSEND_PROTOCOL_OPP_CONSENT_AGE, 16);
    passend_opp_rules_init_from_protocol (&rules, &protocol);
    assert_day (rules.hoorrecht_from, DAY (2026, 8, 1));
    g_assert_false (rules.consent_all_guardians);
    g_assert_cmpint (rules.consent_age, ==, 16);
    g_assert_cmpint (rules.opp_weeks, ==, 6);
  }
}

static void
test_consent (void)
{
  g_autoptr(PassendOppDocument) doc = make_document (PASSEND_OPP_STATE_TER_INSTEMMING);
  g_autoptr(GError) error = NULL;
  PassendOppRules rules;
  PassendDay on = DAY (2026, 10, 21);

  passend_opp_rules_init_defaults (&rules);

  g_assert_cmpint (passend_opp_get_consent (doc, &rules, on), ==, PASSEND_OPP_CONSENT_MISSING);
  g_assert_false (passend_opp_check_transition (doc, PASSEND_OPP_STATE_VASTGESTELD, &rules, on, &error));
  g_assert_error (error, PASSEND_OPP_ERROR, PASSEND_OPP_ERROR_NO_CONSENT);
  g_clear_error (&error);

  /* One of two parents: enough only when the rule says so. A guardian
   * without gezag does not count. */
  sign (doc, PASSEND_OPP_SIGNER_GUARDIAN, 11, PASSEND_OPP_OUTCOME_AGREED, 1);
  sign (doc, PASSEND_OPP_SIGNER_GUARDIAN, 13, PASSEND_OPP_OUTCOME_AGREED, 2);
  g_assert_cmpint (passend_opp_get_consent (doc, &rules, on), ==, PASSEND_OPP_CONSENT_MISSING);
  rules.consent_all_guardians = FALSE;
  g_assert_cmpint (passend_opp_get_consent (doc, &rules, on), ==, PASSEND_OPP_CONSENT_GIVEN);
  rules.consent_all_guardians = TRUE;
  sign (doc, PASSEND_OPP_SIGNER_GUARDIAN, 12, PASSEND_OPP_OUTCOME_AGREED, 3);
  g_assert_cmpint (passend_opp_get_consent (doc, &rules, on), ==, PASSEND_OPP_CONSENT_GIVEN);
  g_assert_true (passend_opp_check_transition (doc, PASSEND_OPP_STATE_VASTGESTELD, &rules, on, &error));
  g_assert_no_error (error);

  /* Consent was given on other content: it no longer counts. */
  passend_opp_document_set_text (doc, PASSEND_OPP_SECTION_AFWIJKINGEN, "Geen Frans.");
  g_assert_cmpint (passend_opp_get_consent (doc, &rules, on), ==, PASSEND_OPP_CONSENT_MISSING);
  passend_opp_document_set_text (doc, PASSEND_OPP_SECTION_AFWIJKINGEN, "");
  g_assert_cmpint (passend_opp_get_consent (doc, &rules, on), ==, PASSEND_OPP_CONSENT_GIVEN);

  /* A later "not agreed" by one parent: refused, even under "one is
   * enough"; then geen overeenstemming, from which the school decides. */
  sign (doc, PASSEND_OPP_SIGNER_GUARDIAN, 12, PASSEND_OPP_OUTCOME_NOT_AGREED, 4);
  rules.consent_all_guardians = FALSE;
  g_assert_cmpint (passend_opp_get_consent (doc, &rules, on), ==, PASSEND_OPP_CONSENT_REFUSED);
  rules.consent_all_guardians = TRUE;
  g_assert_false (passend_opp_check_transition (doc, PASSEND_OPP_STATE_VASTGESTELD, &rules, on, &error));
  g_assert_error (error, PASSEND_OPP_ERROR, PASSEND_OPP_ERROR_NOT_AGREED);
  g_clear_error (&error);
  g_assert_true (passend_opp_check_transition (doc, PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING, &rules, on, &error));
  doc->state = PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING;
  g_assert_true (passend_opp_check_transition (doc, PASSEND_OPP_STATE_VASTGESTELD, &rules, on, &error));
  g_assert_no_error (error);

  /* From 18 the student consents, not the parents. */
  doc->state = PASSEND_OPP_STATE_TER_INSTEMMING;
  doc->student_birth_date = DAY (2008, 10, 21);
  g_assert_true (passend_opp_student_consents (doc, &rules, on));
  g_assert_false (passend_opp_student_consents (doc, &rules, DAY (2026, 10, 20)));
  g_assert_cmpint (passend_opp_get_consent (doc, &rules, on), ==, PASSEND_OPP_CONSENT_MISSING);
  sign (doc, PASSEND_OPP_SIGNER_STUDENT, 0, PASSEND_OPP_OUTCOME_AGREED, 5);
  g_assert_cmpint (passend_opp_get_consent (doc, &rules, on), ==, PASSEND_OPP_CONSENT_GIVEN);

  /* A configurable age. */
  doc->student_birth_date = DAY (2010, 6, 1);
  g_assert_cmpint (passend_opp_get_consent (doc, &rules, on), ==, PASSEND_OPP_CONSENT_REFUSED);
  rules.consent_age = 16;
  g_assert_cmpint (passend_opp_get_consent (doc, &rules, on), ==, PASSEND_OPP_CONSENT_GIVEN);
  rules.consent_age = 18;

  /* A minor without a parent with gezag recorded. */
  g_ptr_array_set_size (doc->signatures, 0);
  g_ptr_array_remove_range (doc->guardians, 0, 2);
  g_assert_cmpint (passend_opp_get_consent (doc, &rules, on), ==, PASSEND_OPP_CONSENT_MISSING);
}

static void
assert_hash_changes (PassendOppDocument *doc,
                     const char         *before,
                     gboolean            changes)
{
  g_autofree char *after = passend_opp_document_compute_hash (doc);

  if (changes)
    g_assert_cmpstr (after, !=, before);
  else
    g_assert_cmpstr (after, ==, before);
}

#define MUTATE(doc, hash, statement, changes)                           \
  G_STMT_START {                                                        \
    g_autoptr(PassendOppDocument) mutated = passend_opp_document_copy (doc); \
    PassendOppDocument *d = mutated;                                    \
    statement;                                                          \
    assert_hash_changes (mutated, hash, changes);                       \
  } G_STMT_END

#define FACTOR(d, i) ((PassendOppFactor *) g_ptr_array_index ((d)->factors, i))
#define NEED(d, i) ((PassendOppNeed *) g_ptr_array_index ((d)->needs, i))
#define GOAL(d, i) ((PassendOppGoal *) g_ptr_array_index ((d)->goals, i))
#define SUPPORT(d, i) ((PassendOppSupport *) g_ptr_array_index ((d)->supports, i))
#define CONSULTATION(d, i) ((PassendOppConsultation *) g_ptr_array_index ((d)->consultations, i))

static void
replace (char       **field,
         const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

static void
test_hash (void)
{
  g_autoptr(PassendOppDocument) doc = make_document (PASSEND_OPP_STATE_CONCEPT);
  g_autoptr(PassendOppDocument) empty = passend_opp_document_new ();
  g_autofree char *hash = passend_opp_document_compute_hash (doc);
  g_autofree char *again = passend_opp_document_compute_hash (doc);
  g_autofree char *canonical = passend_opp_document_canonical (empty);
  g_autofree char *empty_hash = passend_opp_document_compute_hash (empty);
  g_autofree char *expected = NULL;
  g_autofree char *short_hash = passend_opp_short_hash (hash);
  GString *text = g_string_new ("passend-opp-content 1\n"
                                "trigger-kind=\ntrigger-on=\nuitstroom-profile=\nuitstroom-level=\n"
                                "student-heard-on=\nmaatwerk=0\nisd-requested-on=\nisd-decided-on=\n");

  /* The documented form, byte for byte, for an empty version. */
  for (int i = 0; i < PASSEND_OPP_N_SECTIONS; i++)
    g_string_append_printf (text, "text.%s=\n", passend_opp_section_to_string (i));
  g_assert_cmpstr (canonical, ==, text->str);
  expected = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text->str, -1);
  g_assert_cmpstr (empty_hash, ==, expected);
  g_string_free (text, TRUE);

  g_assert_cmpuint (strlen (hash), ==, 64);
  g_assert_cmpstr (hash, ==, again);
  g_assert_cmpuint (strlen (short_hash), ==, 12);
  g_assert_true (g_str_has_prefix (hash, short_hash));
  g_assert_null (passend_opp_short_hash (NULL));

  /* What is not content: ids, number, based-on, state, surroundings,
   * evaluations, signatures, the intervention link. */
  MUTATE (doc, hash, {
    d->id = 99; d->number = 2; d->based_on_id = 7; d->based_on_number = 1;
    d->state = PASSEND_OPP_STATE_GEEVALUEERD; d->established_on = DAY (2026, 11, 1);
    replace (&d->student_name, "Ander");
    g_ptr_array_add (d->evaluations, passend_opp_evaluation_new (DAY (2027, 1, 1)));
    SUPPORT (d, 0)->intervention_id = 55;
  }, FALSE);

  /* A copy with new ids but the same links hashes the same. */
  MUTATE (doc, hash, {
    for (guint i = 0; i < d->needs->len; i++) NEED (d, i)->id += 1000;
    for (guint i = 0; i < d->goals->len; i++) { GOAL (d, i)->id += 1000; GOAL (d, i)->need_id += 1000; }
    for (guint i = 0; i < d->supports->len; i++) { SUPPORT (d, i)->id += 1000; SUPPORT (d, i)->goal_id += 1000; }
  }, FALSE);

  /* Canonical order: the arrays' order does not matter, positions do. */
  MUTATE (doc, hash, {
    g_ptr_array_add (d->goals, g_ptr_array_steal_index (d->goals, 0));
    g_ptr_array_add (d->factors, g_ptr_array_steal_index (d->factors, 0));
    g_ptr_array_add (d->supports, g_ptr_array_steal_index (d->supports, 0));
  }, FALSE);
  MUTATE (doc, hash, { GOAL (d, 0)->position = 1; GOAL (d, 1)->position = 0; }, TRUE);
  /* Factors sort by domain first: their position within another domain
   * does not reorder them. */
  MUTATE (doc, hash, { FACTOR (d, 1)->position = 5; }, FALSE);

  /* CR is dropped, so a pasted Windows text hashes as typed. */
  MUTATE (doc, hash, {
    passend_opp_document_set_text (d, PASSEND_OPP_SECTION_UITSTROOM_ONDERBOUWING, "Haalt kader met steun.\r");
  }, FALSE);

  /* Everything else changes it. */
  for (int i = 0; i < PASSEND_OPP_N_SECTIONS; i++)
    MUTATE (doc, hash, {
      g_autofree char *changed = g_strconcat (passend_opp_document_get_text (d, i), "x", NULL);
      passend_opp_document_set_text (d, i, changed);
    }, TRUE);
  MUTATE (doc, hash, { d->trigger_kind = PASSEND_OPP_TRIGGER_ENROLMENT; }, TRUE);
  MUTATE (doc, hash, { d->trigger_on = DAY (2026, 9, 15); }, TRUE);
  MUTATE (doc, hash, { d->uitstroom_profile = PASSEND_OPP_PROFILE_ARBEIDSMARKT; }, TRUE);
  MUTATE (doc, hash, { replace (&d->uitstroom_level, "vmbo-basis"); }, TRUE);
  MUTATE (doc, hash, { d->student_heard_on = PASSEND_DAY_NONE; }, TRUE);
  MUTATE (doc, hash, { d->maatwerk = TRUE; }, TRUE);
  MUTATE (doc, hash, { d->isd_requested_on = DAY (2026, 10, 1); }, TRUE);
  MUTATE (doc, hash, { d->isd_decided_on = DAY (2026, 10, 1); }, TRUE);
  MUTATE (doc, hash, { FACTOR (d, 0)->domain = PASSEND_OPP_DOMAIN_THUISSITUATIE; }, TRUE);
  MUTATE (doc, hash, { FACTOR (d, 0)->polarity = PASSEND_OPP_POLARITY_BEVORDEREND; }, TRUE);
  MUTATE (doc, hash, { replace (&FACTOR (d, 0)->body, "Traag  tempo"); }, TRUE);
  MUTATE (doc, hash, { NEED (d, 0)->kind = PASSEND_OPP_NEED_ONDERSTEUNING; }, TRUE);
  MUTATE (doc, hash, { NEED (d, 1)->domain = PASSEND_OPP_DOMAIN_LEREN; }, TRUE);
  MUTATE (doc, hash, { replace (&NEED (d, 1)->body, "heeft rust nodig"); }, TRUE);
  MUTATE (doc, hash, { GOAL (d, 0)->need_id = 202; }, TRUE);
  MUTATE (doc, hash, { GOAL (d, 0)->need_id = 0; }, TRUE);
  MUTATE (doc, hash, { GOAL (d, 0)->domain = PASSEND_OPP_DOMAIN_WERKHOUDING; }, TRUE);
  MUTATE (doc, hash, { replace (&GOAL (d, 0)->criterion, "4 van 5 toetsen"); }, TRUE);
  MUTATE (doc, hash, { GOAL (d, 0)->target_on = DAY (2027, 2, 1); }, TRUE);
  MUTATE (doc, hash, { SUPPORT (d, 0)->goal_id = 301; }, TRUE);
  MUTATE (doc, hash, { replace (&SUPPORT (d, 0)->what, "Begeleiding"); }, TRUE);
  MUTATE (doc, hash, { replace (&SUPPORT (d, 0)->who, "Coach"); }, TRUE);
  MUTATE (doc, hash, { replace (&SUPPORT (d, 0)->frequency, "dagelijks"); }, TRUE);
  MUTATE (doc, hash, { SUPPORT (d, 0)->from_on = DAY (2026, 11, 1); }, TRUE);
  MUTATE (doc, hash, { SUPPORT (d, 0)->until_on = DAY (2027, 7, 1); }, TRUE);
  MUTATE (doc, hash, { SUPPORT (d, 0)->evaluation_on = DAY (2027, 1, 1); }, TRUE);
  MUTATE (doc, hash, { SUPPORT (d, 0)->is_extra = FALSE; }, TRUE);
  MUTATE (doc, hash, { CONSULTATION (d, 0)->held_on = DAY (2026, 10, 6); }, TRUE);
  MUTATE (doc, hash, { replace (&CONSULTATION (d, 0)->participants, "Ouders"); }, TRUE);
  MUTATE (doc, hash, { replace (&CONSULTATION (d, 0)->summary, "Plan besproken"); }, TRUE);
  MUTATE (doc, hash, { g_ptr_array_add (d->consultations, passend_opp_consultation_new (DAY (2026, 11, 1))); }, TRUE);
  MUTATE (doc, hash, { g_ptr_array_remove_index (d->factors, 1); }, TRUE);

  /* Escaping keeps a newline and a backslash-n apart, and a value cannot
   * forge the next key. */
  MUTATE (doc, hash, { passend_opp_document_set_text (d, PASSEND_OPP_SECTION_AFWIJKINGEN, "a\nb"); }, TRUE);
  {
    g_autoptr(PassendOppDocument) a = passend_opp_document_copy (doc);
    g_autoptr(PassendOppDocument) b = passend_opp_document_copy (doc);
    g_autofree char *hash_a = NULL;
    g_autofree char *hash_b = NULL;

    passend_opp_document_set_text (a, PASSEND_OPP_SECTION_AFWIJKINGEN, "a\nb");
    passend_opp_document_set_text (b, PASSEND_OPP_SECTION_AFWIJKINGEN, "a\\nb");
    hash_a = passend_opp_document_compute_hash (a);
    hash_b = passend_opp_document_compute_hash (b);
    g_assert_cmpstr (hash_a, !=, hash_b);

    g_clear_pointer (&hash_a, g_free);
    g_clear_pointer (&hash_b, g_free);
    passend_opp_document_set_text (a, PASSEND_OPP_SECTION_AFWIJKINGEN, "x\ntext.toegroeiplan=y");
    passend_opp_document_set_text (b, PASSEND_OPP_SECTION_AFWIJKINGEN, "x");
    passend_opp_document_set_text (b, PASSEND_OPP_SECTION_TOEGROEIPLAN, "y");
    hash_a = passend_opp_document_compute_hash (a);
    hash_b = passend_opp_document_compute_hash (b);
    g_assert_cmpstr (hash_a, !=, hash_b);
  }

  /* The stored hash wins once set, and a mismatch shows. */
  g_assert_true (passend_opp_document_hash_matches (doc));
  doc->content_sha256 = g_strdup (hash);
  g_assert_true (passend_opp_document_hash_matches (doc));
  g_clear_pointer (&doc->content_sha256, g_free);
  doc->content_sha256 = g_strdup ("0000000000000000000000000000000000000000000000000000000000000000");
  g_assert_false (passend_opp_document_hash_matches (doc));
  g_clear_pointer (&again, g_free);
  again = passend_opp_document_get_hash (doc);
  g_assert_cmpstr (again, ==, doc->content_sha256);
}

static void
test_signature_round_trip (void)
{
  g_autoptr(PassendSignature) signature = passend_signature_new (3.0);
  g_autoptr(PassendSignature) back = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const PassendSignaturePoint *points;
  guint n_points = 0;
  double x0, y0, x1, y1;

  g_assert_true (passend_signature_is_empty (signature));
  g_assert_false (passend_signature_get_bounds (signature, &x0, &y0, &x1, &y1));

  passend_signature_begin_stroke (signature);
  passend_signature_add_point (signature, 0.1, 0.5, 0.25, 0);
  passend_signature_add_point (signature, 0.2, 0.4, 0.75, 16);
  passend_signature_add_point (signature, 1.7, -3, 2.0, 33);   /* clamped */
  passend_signature_begin_stroke (signature);
  passend_signature_begin_stroke (signature);                  /* empty: reused */
  passend_signature_add_point (signature, 0.6, 0.3, -1, 400);
  g_assert_cmpuint (passend_signature_get_n_strokes (signature), ==, 2);
  g_assert_cmpuint (passend_signature_get_n_points (signature), ==, 4);

  g_assert_true (passend_signature_get_bounds (signature, &x0, &y0, &x1, &y1));
  g_assert_cmpfloat_with_epsilon (x0, 0.1, 1e-6);
  g_assert_cmpfloat_with_epsilon (y0, 0.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (x1, 1.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (y1, 0.5, 1e-6);

  bytes = passend_signature_to_bytes (signature);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 10 + 2 * 2 + 9 * 4);
  back = passend_signature_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);
  g_assert_cmpfloat_with_epsilon (passend_signature_get_aspect_ratio (back), 3.0, 1e-3);
  g_assert_cmpuint (passend_signature_get_n_strokes (back), ==, 2);

  points = passend_signature_get_stroke (back, 0, &n_points);
  g_assert_cmpuint (n_points, ==, 3);
  g_assert_cmpfloat_with_epsilon (points[0].x, 0.1, 1.0 / 65535);
  g_assert_cmpfloat_with_epsilon (points[0].y, 0.5, 1.0 / 65535);
  g_assert_cmpfloat_with_epsilon (points[0].pressure, 0.25, 1.0 / 254);
  g_assert_cmpfloat_with_epsilon (points[2].x, 1.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (points[2].pressure, 1.0, 1e-6);
  g_assert_cmpuint (points[1].time_ms, ==, 16);
  points = passend_signature_get_stroke (back, 1, &n_points);
  g_assert_cmpuint (n_points, ==, 1);
  g_assert_cmpfloat (points[0].pressure, ==, -1.0);
  g_assert_cmpuint (points[0].time_ms, ==, 400);

  /* Undo drops the last stroke. */
  passend_signature_remove_last_stroke (back);
  g_assert_cmpuint (passend_signature_get_n_strokes (back), ==, 1);
  g_assert_cmpuint (passend_signature_get_n_points (back), ==, 3);
  passend_signature_clear (back);
  g_assert_true (passend_signature_is_empty (back));
}

static void
assert_invalid (const guint8 *data,
                gsize         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendSignature) signature = passend_signature_new_from_bytes (bytes, &error);

  g_assert_null (signature);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

static void
test_signature_malformed (void)
{
  g_autoptr(PassendSignature) signature = passend_signature_new (2.5);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree guint8 *data = NULL;
  gsize size;

  for (int i = 0; i < 5; i++)
    passend_signature_add_point (signature, i / 5.0, 0.5, 0.5, i * 10);
  bytes = passend_signature_to_bytes (signature);
  size = g_bytes_get_size (bytes);
  data = g_memdup2 (g_bytes_get_data (bytes, NULL), size);

  /* Every truncation fails, and so does one byte too many. */
  for (gsize n = 0; n < size; n++)
    assert_invalid (data, n);
  {
    g_autofree guint8 *longer = g_malloc0 (size + 1);

    memcpy (longer, data, size);
    assert_invalid (longer, size + 1);
  }

  data[0] = 'X';
  assert_invalid (data, size);
  data[0] = 'P';
  data[4] = 2;                                   /* a later format */
  assert_invalid (data, size);
  data[4] = 1;
  data[6] = 0; data[7] = 0;                      /* no box */
  assert_invalid (data, size);
  data[6] = 0xc4; data[7] = 0x09;                /* 2500 */
  data[8] = 0xff; data[9] = 0xff;                /* 65535 strokes */
  assert_invalid (data, size);
  data[8] = 1; data[9] = 0;
  data[10] = 0; data[11] = 0;                    /* a stroke of no points */
  assert_invalid (data, size);
  data[10] = 0xff; data[11] = 0xff;              /* more points than there are */
  assert_invalid (data, size);
  data[10] = 5; data[11] = 0;
  {
    g_autoptr(GBytes) fixed = g_bytes_new (data, size);
    g_autoptr(PassendSignature) back = passend_signature_new_from_bytes (fixed, NULL);

    g_assert_nonnull (back);
  }

  /* Oversized input is refused before it is read. */
  {
    gsize huge_size = 10 + 2 * PASSEND_SIGNATURE_MAX_STROKES + 9 * PASSEND_SIGNATURE_MAX_POINTS + 1;
    g_autofree guint8 *huge = g_malloc0 (huge_size);

    memcpy (huge, data, 10);
    assert_invalid (huge, huge_size);
  }

  /* The limits hold while drawing too. */
  passend_signature_clear (signature);
  for (int i = 0; i < PASSEND_SIGNATURE_MAX_STROKES; i++)
    {
      g_assert_true (passend_signature_begin_stroke (signature));
      g_assert_true (passend_signature_add_point (signature, 0.5, 0.5, -1, i));
    }
  g_assert_false (passend_signature_begin_stroke (signature));
  passend_signature_clear (signature);
  for (int i = 0; i < PASSEND_SIGNATURE_MAX_POINTS; i++)
    g_assert_true (passend_signature_add_point (signature, 0.5, 0.5, -1, i));
  g_assert_false (passend_signature_add_point (signature, 0.5, 0.5, -1, 0));
}

static void
test_deadlines (void)
{
  PassendOppRules rules;

  passend_opp_rules_init_defaults (&rules);

  /* Six weeks, to the day, across a leap day. */
  assert_day (passend_opp_establish_due (DAY (2026, 1, 10), &rules), DAY (2026, 2, 21));
  assert_day (passend_opp_establish_due (DAY (2024, 1, 18), &rules), DAY (2024, 2, 29));
  assert_day (passend_opp_establish_due (DAY (2023, 1, 18), &rules), DAY (2023, 3, 1));
  assert_day (passend_opp_establish_due (PASSEND_DAY_NONE, &rules), PASSEND_DAY_NONE);

  /* Twelve months after vaststelling or the last evaluation, whichever
   * is later; 29 February clamps. */
  assert_day (passend_opp_evaluation_due (DAY (2024, 2, 29), PASSEND_DAY_NONE, &rules), DAY (2025, 2, 28));
  assert_day (passend_opp_evaluation_due (DAY (2025, 3, 1), DAY (2026, 1, 15), &rules), DAY (2027, 1, 15));
  assert_day (passend_opp_evaluation_due (DAY (2025, 3, 1), DAY (2024, 1, 15), &rules), DAY (2026, 3, 1));
  assert_day (passend_opp_evaluation_due (DAY (2023, 2, 28), PASSEND_DAY_NONE, &rules), DAY (2024, 2, 28));
  assert_day (passend_opp_evaluation_due (PASSEND_DAY_NONE, PASSEND_DAY_NONE, &rules), PASSEND_DAY_NONE);
  assert_day (passend_opp_evaluation_warn_from (DAY (2027, 1, 15), &rules), DAY (2026, 12, 18));

  rules.opp_weeks = 4;
  rules.evaluation_months = 6;
  assert_day (passend_opp_establish_due (DAY (2026, 1, 10), &rules), DAY (2026, 2, 7));
  assert_day (passend_opp_evaluation_due (DAY (2025, 8, 31), PASSEND_DAY_NONE, &rules), DAY (2026, 2, 28));

  g_assert_true (passend_opp_is_required (3, FALSE, FALSE));
  g_assert_true (passend_opp_is_required (4, FALSE, FALSE));
  g_assert_true (passend_opp_is_required (2, TRUE, FALSE));
  g_assert_false (passend_opp_is_required (2, FALSE, FALSE));
  g_assert_false (passend_opp_is_required (3, TRUE, TRUE));
}

static PassendOppChange *
find_change (GPtrArray      *changes,
             PassendOppPart  part)
{
  for (guint i = 0; i < changes->len; i++)
    {
      PassendOppChange *change = g_ptr_array_index (changes, i);

      if (change->part == part)
        return change;
    }

  return NULL;
}

static void
test_diff (void)
{
  g_autoptr(PassendOppDocument) before = make_document (PASSEND_OPP_STATE_VASTGESTELD);
  g_autoptr(PassendOppDocument) after = passend_opp_document_copy (before);
  g_autoptr(GPtrArray) changes = passend_opp_diff (before, after);
  PassendOppGoal *goal;
  PassendOppChange *change;

  g_assert_cmpuint (changes->len, ==, 0);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* A new goal above the others, a factor gone, a new frequency, a text
   * and a short field changed, a text added. */
  goal = passend_opp_goal_new (PASSEND_OPP_DOMAIN_WERKHOUDING, "Plant zijn huiswerk");
  goal->id = 399;
  g_ptr_array_insert (after->goals, 0, goal);
  for (guint i = 0; i < after->goals->len; i++)
    GOAL (after, i)->position = i;
  g_ptr_array_remove_index (after->factors, 0);
  replace (&SUPPORT (after, 0)->frequency, "twee keer per week");
  passend_opp_document_set_text (after, PASSEND_OPP_SECTION_UITSTROOM_ONDERBOUWING, "Haalt kader.");
  passend_opp_document_set_text (after, PASSEND_OPP_SECTION_TOEGROEIPLAN, "Vier dagen per week.");
  replace (&after->uitstroom_level, "vmbo-basis");

  changes = passend_opp_diff (before, after);
  g_assert_cmpuint (changes->len, ==, 6);

  change = g_ptr_array_index (changes, 0);
  g_assert_cmpint (change->part, ==, PASSEND_OPP_PART_FIELDS);
  g_assert_cmpstr (change->before, ==, "vmbo-kader");
  g_assert_cmpstr (change->after, ==, "vmbo-basis");

  change = g_ptr_array_index (changes, 1);
  g_assert_cmpint (change->part, ==, PASSEND_OPP_PART_TEXT);
  g_assert_cmpint (change->kind, ==, PASSEND_OPP_CHANGE_CHANGED);
  g_assert_cmpint (change->section, ==, PASSEND_OPP_SECTION_UITSTROOM_ONDERBOUWING);
  change = g_ptr_array_index (changes, 2);
  g_assert_cmpint (change->kind, ==, PASSEND_OPP_CHANGE_ADDED);
  g_assert_cmpint (change->section, ==, PASSEND_OPP_SECTION_TOEGROEIPLAN);
  g_assert_cmpstr (change->before, ==, "");

  change = find_change (changes, PASSEND_OPP_PART_FACTOR);
  g_assert_cmpint (change->kind, ==, PASSEND_OPP_CHANGE_REMOVED);
  g_assert_cmpint (change->before_index, ==, 0);
  g_assert_cmpint (change->after_index, ==, -1);
  g_assert_nonnull (strstr (change->before, "Traag tempo"));

  /* The goals below the new one are matched, not reported. */
  change = find_change (changes, PASSEND_OPP_PART_GOAL);
  g_assert_cmpint (change->kind, ==, PASSEND_OPP_CHANGE_ADDED);
  g_assert_cmpint (change->after_index, ==, 0);
  g_assert_nonnull (strstr (change->after, "Plant zijn huiswerk"));

  change = find_change (changes, PASSEND_OPP_PART_SUPPORT);
  g_assert_cmpint (change->kind, ==, PASSEND_OPP_CHANGE_CHANGED);
  g_assert_cmpint (change->before_index, ==, 0);
  g_assert_cmpint (change->after_index, ==, 0);
  g_assert_nonnull (strstr (change->before, "wekelijks"));
  g_assert_nonnull (strstr (change->after, "twee keer per week"));
  g_assert_null (find_change (changes, PASSEND_OPP_PART_NEED));
  g_assert_null (find_change (changes, PASSEND_OPP_PART_CONSULTATION));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/opp/enums", test_enums);
  g_test_add_func ("/opp/transitions/table", test_transition_table);
  g_test_add_func ("/opp/transitions/guards", test_guards);
  g_test_add_func ("/opp/transitions/hoorrecht", test_hoorrecht);
  g_test_add_func ("/opp/transitions/consent", test_consent);
  g_test_add_func ("/opp/hash", test_hash);
  g_test_add_func ("/opp/signature/round-trip", test_signature_round_trip);
  g_test_add_func ("/opp/signature/malformed", test_signature_malformed);
  g_test_add_func ("/opp/deadlines", test_deadlines);
  g_test_add_func ("/opp/diff", test_diff);

  return g_test_run ();
}
