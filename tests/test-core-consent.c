/* test-core-consent.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "passend-consent-rules.h"

#define DAY(y, m, d) passend_day_new ((y), (m), (d))

static PassendConsent *
make_consent (PassendConsentPurpose purpose,
              const char           *party,
              PassendDay            given,
              PassendDay            until)
{
  PassendConsent *consent = passend_consent_new ();

  passend_consent_set_purpose (consent, purpose);
  passend_consent_set_party (consent, party);
  passend_consent_set_given_on (consent, given);
  passend_consent_set_valid_until (consent, until);
  return consent;
}

static void
test_codes (void)
{
  for (guint i = 0; i < PASSEND_CONSENT_N_PURPOSES; i++)
    {
      PassendConsentPurpose purpose = PASSEND_CONSENT_N_PURPOSES;

      g_assert_true (passend_consent_purpose_from_code (passend_consent_purpose_to_code (i), &purpose));
      g_assert_cmpint (purpose, ==, i);
      g_assert_nonnull (passend_consent_purpose_get_label (i));
    }

  g_assert_cmpstr (passend_consent_purpose_to_code (PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL), ==,
                   "discussion-external");
  g_assert_cmpstr (passend_consent_purpose_to_code (PASSEND_CONSENT_PURPOSE_SHARE_DATA), ==, "share-data");
  g_assert_false (passend_consent_purpose_from_code ("bespreken", &(PassendConsentPurpose) { 0 }));
  g_assert_true (passend_consent_purpose_needs_party (PASSEND_CONSENT_PURPOSE_REQUEST_DATA));
  g_assert_false (passend_consent_purpose_needs_party (PASSEND_CONSENT_PURPOSE_JOS));
  g_assert_cmpstr (passend_consent_form_to_code (PASSEND_CONSENT_FORM_VERBAL), ==, "verbal");
}

static void
test_validity (void)
{
  g_autoptr(PassendConsent) consent = make_consent (PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL, NULL,
                                                    DAY (2026, 9, 1), DAY (2027, 7, 31));

  g_assert_cmpint (passend_consent_rules_state_on (consent, DAY (2026, 8, 31)), ==, PASSEND_CONSENT_STATE_NOT_YET);
  g_assert_true (passend_consent_rules_is_valid_on (consent, DAY (2026, 9, 1)));
  /* The last day still counts; the day after does not. */
  g_assert_true (passend_consent_rules_is_valid_on (consent, DAY (2027, 7, 31)));
  g_assert_cmpint (passend_consent_rules_state_on (consent, DAY (2027, 8, 1)), ==, PASSEND_CONSENT_STATE_EXPIRED);

  /* Without an end it holds for good. */
  passend_consent_set_valid_until (consent, PASSEND_DAY_NONE);
  g_assert_true (passend_consent_rules_is_valid_on (consent, DAY (2040, 1, 1)));

  /* Withdrawn from a day on, whatever its end. */
  passend_consent_set_withdrawn_on (consent, DAY (2026, 11, 10));
  g_assert_true (passend_consent_rules_is_valid_on (consent, DAY (2026, 11, 9)));
  g_assert_cmpint (passend_consent_rules_state_on (consent, DAY (2026, 11, 10)), ==, PASSEND_CONSENT_STATE_WITHDRAWN);
}

static void
test_expiry (void)
{
  g_autoptr(PassendConsent) consent = make_consent (PASSEND_CONSENT_PURPOSE_RESEARCH, NULL,
                                                    DAY (2026, 9, 1), DAY (2026, 12, 1));
  PassendDay today = DAY (2026, 11, 23);

  g_assert_true (passend_consent_rules_expires_within (consent, today, 14));
  g_assert_false (passend_consent_rules_expires_within (consent, today, 7));
  /* Expired consent does not "expire within": it has ended. */
  g_assert_false (passend_consent_rules_expires_within (consent, DAY (2026, 12, 2), 14));
  passend_consent_set_valid_until (consent, PASSEND_DAY_NONE);
  g_assert_false (passend_consent_rules_expires_within (consent, today, 10000));

  /* The Overzicht: within the horizon either side of today. */
  g_assert_cmpuint (passend_consent_rules_expiry_due (DAY (2026, 12, 1), today, 14), ==, DAY (2026, 12, 1));
  g_assert_cmpuint (passend_consent_rules_expiry_due (DAY (2026, 11, 16), today, 14), ==, DAY (2026, 11, 16));
  g_assert_cmpuint (passend_consent_rules_expiry_due (DAY (2026, 12, 8), today, 14), ==, PASSEND_DAY_NONE);
  g_assert_cmpuint (passend_consent_rules_expiry_due (DAY (2026, 10, 1), today, 14), ==, PASSEND_DAY_NONE);
  g_assert_cmpuint (passend_consent_rules_expiry_due (PASSEND_DAY_NONE, today, 14), ==, PASSEND_DAY_NONE);

  /* The school year ends on 31 July, also for consent given in August. */
  g_assert_cmpuint (passend_consent_rules_default_valid_until (DAY (2026, 11, 23)), ==, DAY (2027, 7, 31));
  g_assert_cmpuint (passend_consent_rules_default_valid_until (DAY (2027, 7, 31)), ==, DAY (2027, 7, 31));
  g_assert_cmpuint (passend_consent_rules_default_valid_until (DAY (2027, 8, 1)), ==, DAY (2028, 7, 31));
}

static void
test_givers (void)
{
  PassendDay birth = DAY (2010, 5, 20);
  PassendDay before_16 = DAY (2026, 5, 19);
  PassendDay on_16 = DAY (2026, 5, 20);
  PassendDay on_18 = DAY (2028, 5, 20);

  /* Guardians with gezag, under 16: yes; without gezag: never. */
  g_assert_null (passend_consent_rules_check_givers (birth, before_16, 2, 0, FALSE));
  g_assert_nonnull (passend_consent_rules_check_givers (birth, before_16, 1, 1, FALSE));
  g_assert_nonnull (passend_consent_rules_check_givers (birth, before_16, 0, 1, FALSE));
  g_assert_nonnull (passend_consent_rules_check_givers (birth, before_16, 0, 0, FALSE));

  /* The student from the 16th birthday, with or without the parents. */
  g_assert_nonnull (passend_consent_rules_check_givers (birth, before_16, 1, 0, TRUE));
  g_assert_false (passend_consent_rules_student_may_give (birth, before_16));
  g_assert_true (passend_consent_rules_student_may_give (birth, on_16));
  g_assert_null (passend_consent_rules_check_givers (birth, on_16, 0, 0, TRUE));
  g_assert_null (passend_consent_rules_check_givers (birth, on_16, 1, 0, TRUE));

  /* From 18 the student alone. */
  g_assert_true (passend_consent_rules_guardians_may_give (birth, DAY (2028, 5, 19)));
  g_assert_false (passend_consent_rules_guardians_may_give (birth, on_18));
  g_assert_null (passend_consent_rules_check_givers (birth, on_18, 0, 0, TRUE));
  g_assert_nonnull (passend_consent_rules_check_givers (birth, on_18, 1, 0, TRUE));
  g_assert_nonnull (passend_consent_rules_check_givers (birth, on_18, 1, 0, FALSE));

  /* An unknown birth date: the parents, never the student. */
  g_assert_null (passend_consent_rules_check_givers (PASSEND_DAY_NONE, on_18, 1, 0, FALSE));
  g_assert_nonnull (passend_consent_rules_check_givers (PASSEND_DAY_NONE, on_18, 0, 0, TRUE));
}

static void
test_covered (void)
{
  g_autoptr(GPtrArray) consents = g_ptr_array_new_with_free_func (g_object_unref);
  PassendDay today = DAY (2026, 11, 23);
  PassendConsent *old, *renewed, *share;
  guint covered;

  old = make_consent (PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL, NULL, DAY (2025, 9, 1), DAY (2026, 7, 31));
  passend_consent_set_id (old, 1);
  renewed = make_consent (PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL, NULL, DAY (2026, 9, 1), DAY (2027, 7, 31));
  passend_consent_set_id (renewed, 2);
  share = make_consent (PASSEND_CONSENT_PURPOSE_SHARE_DATA, "GGD West", DAY (2026, 10, 1), DAY (2027, 7, 31));
  passend_consent_set_id (share, 3);
  passend_consent_set_withdrawn_on (share, DAY (2026, 11, 1));
  g_ptr_array_add (consents, old);
  g_ptr_array_add (consents, renewed);
  g_ptr_array_add (consents, share);

  covered = passend_consent_rules_covered_purposes (consents, today);
  g_assert_cmpuint (covered, ==, 1u << PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL);
  /* Last school year only the old one held. */
  g_assert_true (passend_consent_rules_find_current (consents, PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL,
                                                     NULL, DAY (2026, 3, 1)) == old);
  g_assert_true (passend_consent_rules_find_current (consents, PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL,
                                                     NULL, today) == renewed);
  /* The withdrawn share is what there is to say about sharing; the
   * party is matched without regard to case. */
  g_assert_true (passend_consent_rules_find_current (consents, PASSEND_CONSENT_PURPOSE_SHARE_DATA,
                                                     "ggd west", today) == share);
  g_assert_null (passend_consent_rules_find_current (consents, PASSEND_CONSENT_PURPOSE_SHARE_DATA,
                                                     "Veilig Thuis", today));
  g_assert_null (passend_consent_rules_find_current (consents, PASSEND_CONSENT_PURPOSE_TLV, NULL, today));
}

static void
test_flag (void)
{
  g_autoptr(PassendStudent) student = passend_student_new ();

  passend_student_set_phase (student, PASSEND_PHASE_3B_FLEX_ZAT);
  passend_student_set_case_open (student, TRUE);

  /* Nothing known: no flag rather than a false alarm. */
  g_assert_false (passend_consent_rules_flag_missing (student));
  passend_consent_rules_attach_discussion (student, FALSE);
  g_assert_true (passend_consent_rules_flag_missing (student));
  passend_consent_rules_attach_discussion (student, TRUE);
  g_assert_false (passend_consent_rules_flag_missing (student));

  /* Before phase 3a nobody outside school discusses the student. */
  passend_consent_rules_attach_discussion (student, FALSE);
  passend_student_set_phase (student, PASSEND_PHASE_2_CONSULTATIE);
  g_assert_false (passend_consent_rules_flag_missing (student));
  passend_student_set_phase (student, PASSEND_PHASE_3A_ONDERSTEUNINGSTEAM);
  g_assert_true (passend_consent_rules_flag_missing (student));
  passend_student_set_case_open (student, FALSE);
  g_assert_false (passend_consent_rules_flag_missing (student));
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_properties (void)
{
  g_autoptr(PassendConsent) consent = passend_consent_new ();
  guint n = 0;
  g_autofree char *party = NULL;
  PassendConsentPurpose purpose;

  g_signal_connect (consent, "notify", G_CALLBACK (count_notify_cb), &n);
  passend_consent_set_party (consent, " GGD ");
  passend_consent_set_party (consent, "GGD");
  g_assert_cmpuint (n, ==, 1);
  passend_consent_set_given_on (consent, DAY (2026, 9, 1));
  passend_consent_set_given_on (consent, DAY (2026, 9, 1));
  g_assert_cmpuint (n, ==, 2);
  g_object_set (consent, "purpose", PASSEND_CONSENT_PURPOSE_JOS, NULL);
  g_assert_cmpuint (n, ==, 3);
  g_object_get (consent, "party", &party, "purpose", &purpose, NULL);
  g_assert_cmpstr (party, ==, "GGD");
  g_assert_cmpint (purpose, ==, PASSEND_CONSENT_PURPOSE_JOS);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/consent/codes", test_codes);
  g_test_add_func ("/consent/validity", test_validity);
  g_test_add_func ("/consent/expiry", test_expiry);
  g_test_add_func ("/consent/givers", test_givers);
  g_test_add_func ("/consent/covered", test_covered);
  g_test_add_func ("/consent/flag", test_flag);
  g_test_add_func ("/consent/properties", test_properties);

  return g_test_run ();
}
