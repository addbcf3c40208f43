/* test-core-interventions.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <gio/gio.h>

#include "passend-intervention-rules.h"

#define DAY(y, m, d) passend_day_new ((y), (m), (d))

static void
assert_day (PassendDay actual,
            PassendDay expected)
{
  g_autofree char *actual_iso = passend_day_to_iso (actual);
  g_autofree char *expected_iso = passend_day_to_iso (expected);

  g_assert_cmpstr (actual_iso, ==, expected_iso);
}

static PassendInterventionKind *
kind (const char *name,
      int         weeks,
      int         months,
      int         sessions,
      int         max_months)
{
  PassendInterventionKind *k = passend_intervention_kind_new (name, PASSEND_SUPPORT_LEVEL_BASIS);

  passend_intervention_kind_set_default_weeks (k, weeks);
  passend_intervention_kind_set_default_months (k, months);
  passend_intervention_kind_set_default_sessions (k, sessions);
  passend_intervention_kind_set_max_months (k, max_months);
  return k;
}

static void
test_planned_end_weeks (void)
{
  g_autoptr(PassendInterventionKind) steunlessen = kind ("Steunlessen", 6, 0, 0, 0);

  /* Six weeks on from a Monday is a Monday, across the new year. */
  assert_day (passend_intervention_rules_planned_end (steunlessen, DAY (2026, 12, 14)), DAY (2027, 1, 25));
  assert_day (passend_intervention_rules_planned_end (steunlessen, PASSEND_DAY_NONE), PASSEND_DAY_NONE);
}

static void
test_planned_end_months (void)
{
  g_autoptr(PassendInterventionKind) oov = kind ("OOV observatie en behandeling", 0, 3, 0, 0);
  g_autoptr(PassendInterventionKind) jos = kind ("JOS", 0, 5, 0, 5);

  assert_day (passend_intervention_rules_planned_end (oov, DAY (2026, 9, 1)), DAY (2026, 12, 1));
  /* 30 November + 3 months has no 30 February: the end of February. */
  assert_day (passend_intervention_rules_planned_end (oov, DAY (2026, 11, 30)), DAY (2027, 2, 28));
  assert_day (passend_intervention_rules_planned_end (oov, DAY (2027, 11, 30)), DAY (2028, 2, 29));
  /* 31 May + 5 months: 31 October exists. 30 September + 5: 28 February. */
  assert_day (passend_intervention_rules_planned_end (jos, DAY (2026, 5, 31)), DAY (2026, 10, 31));
  assert_day (passend_intervention_rules_planned_end (jos, DAY (2026, 9, 30)), DAY (2027, 2, 28));
}

static void
test_planned_end_sessions (void)
{
  g_autoptr(PassendInterventionKind) pmt = kind ("PMT", 0, 0, 9, 0);
  g_autoptr(PassendInterventionKind) open_ended = kind ("Vertrouwenspersoon", 0, 0, 0, 0);

  /* Sessions have no end date, nor does a kind without a length. */
  assert_day (passend_intervention_rules_planned_end (pmt, DAY (2026, 9, 1)), PASSEND_DAY_NONE);
  assert_day (passend_intervention_rules_planned_end (open_ended, DAY (2026, 9, 1)), PASSEND_DAY_NONE);
}

static void
test_jos_maximum (void)
{
  g_autoptr(PassendInterventionKind) jos = kind ("JOS", 0, 5, 0, 5);
  g_autoptr(PassendInterventionKind) steunlessen = kind ("Steunlessen", 6, 0, 0, 0);
  g_autoptr(GError) error = NULL;
  PassendDay start = DAY (2026, 9, 30);

  assert_day (passend_intervention_rules_latest_end (jos, start), DAY (2027, 2, 28));
  g_assert_true (passend_intervention_rules_check_end (jos, start, DAY (2027, 2, 28), &error));
  g_assert_no_error (error);

  /* One day past five months is refused, and the message names the kind. */
  g_assert_false (passend_intervention_rules_check_end (jos, start, DAY (2027, 3, 1), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "JOS"));
  g_clear_error (&error);

  /* An end before the start is refused whatever the kind. */
  g_assert_false (passend_intervention_rules_check_end (steunlessen, start, DAY (2026, 9, 29), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  /* No maximum: a long extension is allowed. */
  g_assert_true (passend_intervention_rules_check_end (steunlessen, start, DAY (2027, 9, 1), &error));
  g_assert_no_error (error);
}

static void
test_ending_soon (void)
{
  PassendDay today = DAY (2026, 11, 23);

  g_assert_true (passend_intervention_rules_ending_soon (PASSEND_INTERVENTION_RUNNING, DAY (2026, 11, 27), today, 14));
  g_assert_true (passend_intervention_rules_ending_soon (PASSEND_INTERVENTION_EXTENDED, DAY (2026, 11, 1), today, 14));
  g_assert_false (passend_intervention_rules_ending_soon (PASSEND_INTERVENTION_RUNNING, DAY (2026, 12, 20), today, 14));
  /* Not running: nothing ends. */
  g_assert_false (passend_intervention_rules_ending_soon (PASSEND_INTERVENTION_ENDED, DAY (2026, 11, 1), today, 14));
  g_assert_false (passend_intervention_rules_ending_soon (PASSEND_INTERVENTION_GRANTED, DAY (2026, 11, 27), today, 14));
  g_assert_false (passend_intervention_rules_ending_soon (PASSEND_INTERVENTION_RUNNING, PASSEND_DAY_NONE, today, 14));
}

static void
test_evaluation_and_opp (void)
{
  PassendDay day = DAY (2026, 11, 1);

  assert_day (passend_intervention_rules_evaluation_due (PASSEND_INTERVENTION_RUNNING, day), day);
  assert_day (passend_intervention_rules_evaluation_due (PASSEND_INTERVENTION_EVALUATED, day), PASSEND_DAY_NONE);
  assert_day (passend_intervention_rules_evaluation_due (PASSEND_INTERVENTION_REFUSED, day), PASSEND_DAY_NONE);

  g_assert_true (passend_intervention_rules_opp_required (PASSEND_SUPPORT_LEVEL_EXTRA, PASSEND_INTERVENTION_GRANTED,
                                                          PASSEND_DAY_NONE));
  g_assert_false (passend_intervention_rules_opp_required (PASSEND_SUPPORT_LEVEL_EXTRA, PASSEND_INTERVENTION_RUNNING,
                                                           day));
  g_assert_false (passend_intervention_rules_opp_required (PASSEND_SUPPORT_LEVEL_BASIS, PASSEND_INTERVENTION_RUNNING,
                                                           PASSEND_DAY_NONE));
  g_assert_false (passend_intervention_rules_opp_required (PASSEND_SUPPORT_LEVEL_EXTRA, PASSEND_INTERVENTION_PROPOSED,
                                                           PASSEND_DAY_NONE));
}

static void
test_status_codes (void)
{
  for (int s = 0; s < PASSEND_INTERVENTION_N_STATUSES; s++)
    {
      PassendInterventionStatus back = PASSEND_INTERVENTION_N_STATUSES;

      g_assert_true (passend_intervention_status_from_code (passend_intervention_status_to_code (s), &back));
      g_assert_cmpint (back, ==, s);
      g_assert_cmpstr (passend_intervention_status_get_label (s), !=, "");
    }
  g_assert_cmpstr (passend_intervention_status_get_dutch (PASSEND_INTERVENTION_GRANTED), ==, "toegekend");
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_objects_notify_once (void)
{
  g_autoptr(PassendIntervention) intervention = passend_intervention_new (1, 2);
  g_autoptr(PassendInterventionKind) k = kind ("JOS", 0, 5, 0, 5);
  guint count = 0;

  g_signal_connect (intervention, "notify", G_CALLBACK (notify_cb), &count);
  passend_intervention_set_goal (intervention, "Rust in de klas");
  passend_intervention_set_goal (intervention, "Rust in de klas");
  passend_intervention_set_sessions_held (intervention, 3);
  passend_intervention_set_sessions_held (intervention, 3);
  passend_intervention_set_start_on (intervention, DAY (2026, 9, 1));
  g_assert_cmpuint (count, ==, 3);
  g_assert_cmpint (passend_intervention_get_sessions_held (intervention), ==, 3);
  g_assert_cmpint (passend_intervention_get_student_id (intervention), ==, 1);

  count = 0;
  g_signal_connect (k, "notify", G_CALLBACK (notify_cb), &count);
  passend_intervention_kind_set_max_months (k, 5);
  passend_intervention_kind_set_max_months (k, 6);
  g_assert_cmpuint (count, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/interventions/planned-end/weeks", test_planned_end_weeks);
  g_test_add_func ("/interventions/planned-end/months", test_planned_end_months);
  g_test_add_func ("/interventions/planned-end/sessions", test_planned_end_sessions);
  g_test_add_func ("/interventions/maximum/jos", test_jos_maximum);
  g_test_add_func ("/interventions/ending-soon", test_ending_soon);
  g_test_add_func ("/interventions/evaluation-and-opp", test_evaluation_and_opp);
  g_test_add_func ("/interventions/status-codes", test_status_codes);
  g_test_add_func ("/interventions/objects/notify-once", test_objects_notify_once);

  return g_test_run ();
}
