/* test-core-absence.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-absence-rules.h"

#define DAY(y, m, d) passend_day_new ((y), (m), (d))

static void
assert_day (PassendDay actual,
            PassendDay expected)
{
  g_autofree char *actual_iso = passend_day_to_iso (actual);
  g_autofree char *expected_iso = passend_day_to_iso (expected);

  g_assert_cmpstr (actual_iso, ==, expected_iso);
}

/* Herfstvakantie 2026 and the Christmas holiday over the year change. */
static PassendSchoolCalendar *
new_calendar (gboolean with_holidays)
{
  g_autoptr(GListStore) holidays = g_list_store_new (PASSEND_TYPE_HOLIDAY);

  if (with_holidays)
    {
      g_autoptr(PassendHoliday) autumn = passend_holiday_new ("Herfstvakantie", DAY (2026, 10, 17), DAY (2026, 10, 25));
      g_autoptr(PassendHoliday) christmas = passend_holiday_new ("Kerstvakantie", DAY (2026, 12, 19), DAY (2027, 1, 3));

      g_list_store_append (holidays, autumn);
      g_list_store_append (holidays, christmas);
    }

  return passend_school_calendar_new (G_LIST_MODEL (holidays));
}

static PassendAbsenceMark
mark (PassendDay           day,
      int                  hours,
      PassendAbsenceReason reason)
{
  return (PassendAbsenceMark) { day, hours, reason };
}

static void
summarise (const PassendAbsenceMark *marks,
           guint                     n_marks,
           gboolean                  with_holidays,
           PassendDay                today,
           PassendAbsenceSummary    *summary)
{
  g_autoptr(PassendSchoolCalendar) calendar = new_calendar (with_holidays);
  PassendProtocol protocol;

  passend_protocol_init_defaults (&protocol);
  passend_absence_rules_summarise (marks, n_marks, calendar, &protocol, today, summary);
}

static void
test_window (void)
{
  g_autoptr(PassendSchoolCalendar) plain = new_calendar (FALSE);
  g_autoptr(PassendSchoolCalendar) calendar = new_calendar (TRUE);

  /* Four whole weeks: Thursday four weeks back up to this Wednesday. */
  assert_day (passend_absence_rules_window_first (plain, DAY (2026, 11, 18), 4), DAY (2026, 10, 22));
  /* The autumn holiday week does not count: the window reaches a week
   * further back. */
  assert_day (passend_absence_rules_window_first (calendar, DAY (2026, 11, 11), 4), DAY (2026, 10, 8));
  assert_day (passend_absence_rules_window_first (plain, DAY (2026, 11, 11), 4), DAY (2026, 10, 15));
  /* Over the year change two holiday weeks are skipped. */
  assert_day (passend_absence_rules_window_first (calendar, DAY (2027, 1, 6), 4), DAY (2026, 11, 26));

  /* Five school days: weekends and holidays are skipped. */
  assert_day (passend_absence_rules_add_school_days (plain, DAY (2026, 11, 18), 5), DAY (2026, 11, 25));
  assert_day (passend_absence_rules_add_school_days (calendar, DAY (2026, 12, 18), 5), DAY (2027, 1, 8));
  /* Leap day: Thursday 24 February 2028 + 5 = Thursday 2 March. */
  assert_day (passend_absence_rules_add_school_days (plain, DAY (2028, 2, 24), 5), DAY (2028, 3, 2));
}

static void
test_threshold_exact (void)
{
  PassendAbsenceMark marks[] = {
    mark (DAY (2026, 11, 2), 4, PASSEND_ABSENCE_UNAUTHORISED),
    mark (DAY (2026, 11, 4), 4, PASSEND_ABSENCE_UNAUTHORISED),
    mark (DAY (2026, 11, 4), 6, PASSEND_ABSENCE_SICK),
    mark (DAY (2026, 11, 9), 4, PASSEND_ABSENCE_UNAUTHORISED),
    mark (DAY (2026, 11, 12), 3, PASSEND_ABSENCE_UNAUTHORISED),
    mark (DAY (2026, 11, 16), 1, PASSEND_ABSENCE_UNAUTHORISED),
  };
  PassendAbsenceSummary summary;

  /* 15 lessons: below the threshold, whatever else was missed. */
  summarise (marks, 5, FALSE, DAY (2026, 11, 13), &summary);
  g_assert_cmpint (summary.window_hours, ==, 15);
  g_assert_cmpuint (summary.signals & PASSEND_ABSENCE_SIGNAL_THRESHOLD, ==, 0);
  g_assert_cmpuint (summary.report_due, ==, PASSEND_DAY_NONE);

  /* Exactly 16 reaches it: begindatum, einddatum and 5 school days. */
  summarise (marks, G_N_ELEMENTS (marks), FALSE, DAY (2026, 11, 17), &summary);
  g_assert_cmpint (summary.window_hours, ==, 16);
  g_assert_cmpuint (summary.signals & PASSEND_ABSENCE_SIGNAL_THRESHOLD, !=, 0);
  assert_day (summary.threshold_first, DAY (2026, 11, 2));
  assert_day (summary.threshold_day, DAY (2026, 11, 16));
  assert_day (summary.report_due, DAY (2026, 11, 23));

  /* Absence registered after today does not count yet. */
  summarise (marks, G_N_ELEMENTS (marks), FALSE, DAY (2026, 11, 15), &summary);
  g_assert_cmpuint (summary.signals & PASSEND_ABSENCE_SIGNAL_THRESHOLD, ==, 0);
}

static void
test_threshold_holiday (void)
{
  PassendAbsenceMark marks[] = {
    mark (DAY (2026, 10, 8), 8, PASSEND_ABSENCE_UNAUTHORISED),
    mark (DAY (2026, 11, 11), 8, PASSEND_ABSENCE_UNAUTHORISED),
  };
  PassendAbsenceSummary summary;

  /* Five calendar weeks apart, but the autumn holiday makes them four
   * school weeks. */
  summarise (marks, G_N_ELEMENTS (marks), TRUE, DAY (2026, 11, 11), &summary);
  assert_day (summary.threshold_day, DAY (2026, 11, 11));
  assert_day (summary.threshold_first, DAY (2026, 10, 8));

  /* Without the holiday they lie in different windows. */
  summarise (marks, G_N_ELEMENTS (marks), FALSE, DAY (2026, 11, 11), &summary);
  g_assert_cmpuint (summary.threshold_day, ==, PASSEND_DAY_NONE);
  g_assert_cmpint (summary.window_hours, ==, 8);
}

static void
test_threshold_year_change (void)
{
  PassendAbsenceMark marks[] = {
    mark (DAY (2026, 12, 10), 8, PASSEND_ABSENCE_UNAUTHORISED),
    mark (DAY (2027, 1, 6), 8, PASSEND_ABSENCE_UNAUTHORISED),
  };
  PassendAbsenceMark before_christmas[] = {
    mark (DAY (2026, 12, 17), 8, PASSEND_ABSENCE_UNAUTHORISED),
    mark (DAY (2026, 12, 18), 8, PASSEND_ABSENCE_UNAUTHORISED),
  };
  PassendAbsenceSummary summary;

  summarise (marks, G_N_ELEMENTS (marks), TRUE, DAY (2027, 1, 7), &summary);
  assert_day (summary.threshold_day, DAY (2027, 1, 6));
  assert_day (summary.report_due, DAY (2027, 1, 13));

  /* Reached on the last day before the holiday: due 5 school days later,
   * in January. */
  summarise (before_christmas, G_N_ELEMENTS (before_christmas), TRUE, DAY (2026, 12, 28), &summary);
  assert_day (summary.threshold_day, DAY (2026, 12, 18));
  assert_day (summary.report_due, DAY (2027, 1, 8));
}

static void
test_threshold_leap_day (void)
{
  PassendAbsenceMark marks[] = {
    mark (DAY (2028, 2, 7), 6, PASSEND_ABSENCE_UNAUTHORISED),
    mark (DAY (2028, 2, 28), 6, PASSEND_ABSENCE_UNAUTHORISED),
    mark (DAY (2028, 2, 29), 4, PASSEND_ABSENCE_UNAUTHORISED),
  };
  PassendAbsenceSummary summary;

  summarise (marks, G_N_ELEMENTS (marks), FALSE, DAY (2028, 3, 1), &summary);
  assert_day (summary.threshold_day, DAY (2028, 2, 29));
  assert_day (summary.report_due, DAY (2028, 3, 7));
}

static void
test_threshold_restart (void)
{
  PassendAbsenceMark marks[] = {
    mark (DAY (2026, 11, 2), 8, PASSEND_ABSENCE_UNAUTHORISED),
    mark (DAY (2026, 11, 3), 8, PASSEND_ABSENCE_UNAUTHORISED),
    /* Counting restarts on the 4th: these 16 are a follow-up report, but
     * not before 7 calendar days have passed. */
    mark (DAY (2026, 11, 4), 8, PASSEND_ABSENCE_UNAUTHORISED),
    mark (DAY (2026, 11, 5), 8, PASSEND_ABSENCE_UNAUTHORISED),
    mark (DAY (2026, 11, 10), 2, PASSEND_ABSENCE_UNAUTHORISED),
  };
  PassendAbsenceSummary summary;

  summarise (marks, 4, FALSE, DAY (2026, 11, 6), &summary);
  assert_day (summary.threshold_day, DAY (2026, 11, 3));
  summarise (marks, G_N_ELEMENTS (marks), FALSE, DAY (2026, 11, 11), &summary);
  assert_day (summary.threshold_first, DAY (2026, 11, 4));
  assert_day (summary.threshold_day, DAY (2026, 11, 10));

  /* A threshold reached more than a window ago is no longer current. */
  summarise (marks, G_N_ELEMENTS (marks), FALSE, DAY (2027, 1, 15), &summary);
  g_assert_cmpuint (summary.signals, ==, PASSEND_ABSENCE_SIGNAL_NONE);
  g_assert_cmpint (summary.window_hours, ==, 0);
}

static void
test_late (void)
{
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (PassendAbsenceMark));
  PassendAbsenceSummary summary;
  PassendAbsenceMark last_year = mark (DAY (2026, 7, 1), 1, PASSEND_ABSENCE_LATE);

  /* One the school year before (it began on 1 August) does not count. */
  g_array_append_val (marks, last_year);
  for (int i = 0; i < 8; i++)
    {
      PassendAbsenceMark late = mark (DAY (2026, 9, 7 + i), 1, PASSEND_ABSENCE_LATE);

      g_array_append_val (marks, late);
    }

  summarise ((PassendAbsenceMark *) marks->data, marks->len, FALSE, DAY (2026, 11, 1), &summary);
  g_assert_cmpint (summary.late_count, ==, 8);
  g_assert_cmpuint (summary.signals, ==, PASSEND_ABSENCE_SIGNAL_NONE);

  {
    PassendAbsenceMark ninth = mark (DAY (2026, 10, 1), 1, PASSEND_ABSENCE_LATE);
    g_array_append_val (marks, ninth);
  }
  summarise ((PassendAbsenceMark *) marks->data, marks->len, FALSE, DAY (2026, 11, 1), &summary);
  g_assert_cmpint (summary.late_count, ==, 9);
  g_assert_cmpuint (summary.signals, ==, PASSEND_ABSENCE_SIGNAL_LATE);
  /* Late arrivals are no unauthorised lessons. */
  g_assert_cmpint (summary.window_hours, ==, 0);
}

static void
test_sickness_reports (void)
{
  PassendAbsenceMark marks[] = {
    mark (DAY (2026, 9, 14), 6, PASSEND_ABSENCE_SICK),
    mark (DAY (2026, 9, 15), 6, PASSEND_ABSENCE_SICK),   /* the same report */
    mark (DAY (2026, 9, 30), 6, PASSEND_ABSENCE_SICK),
    /* The Friday before the autumn holiday and the Monday after it: one
     * report. */
    mark (DAY (2026, 10, 16), 6, PASSEND_ABSENCE_SICK),
    mark (DAY (2026, 10, 26), 6, PASSEND_ABSENCE_SICK),
    mark (DAY (2026, 11, 5), 6, PASSEND_ABSENCE_SICK),
  };
  PassendAbsenceSummary summary;

  /* Three reports so far. */
  summarise (marks, 5, TRUE, DAY (2026, 11, 2), &summary);
  g_assert_cmpuint (summary.signals, ==, PASSEND_ABSENCE_SIGNAL_NONE);

  /* The fourth within 12 school weeks. */
  summarise (marks, G_N_ELEMENTS (marks), TRUE, DAY (2026, 11, 6), &summary);
  g_assert_cmpuint (summary.signals, ==, PASSEND_ABSENCE_SIGNAL_SICKNESS);
  assert_day (summary.sickness_day, DAY (2026, 11, 5));
  g_assert_false (summary.sickness_consecutive);

  /* Sickness is no unauthorised absence. */
  g_assert_cmpint (summary.window_hours, ==, 0);
}

static void
test_sickness_consecutive (void)
{
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (PassendAbsenceMark));
  /* Monday 7 December 2026 on: school days only, over a weekend. */
  static const int days[] = { 7, 8, 9, 10, 11, 14, 15 };
  PassendAbsenceSummary summary;

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      PassendAbsenceMark sick = mark (DAY (2026, 12, days[i]), 6, PASSEND_ABSENCE_SICK);

      g_array_append_val (marks, sick);
    }

  summarise ((PassendAbsenceMark *) marks->data, 6, TRUE, DAY (2026, 12, 14), &summary);
  g_assert_cmpuint (summary.signals, ==, PASSEND_ABSENCE_SIGNAL_NONE);

  summarise ((PassendAbsenceMark *) marks->data, marks->len, TRUE, DAY (2026, 12, 15), &summary);
  g_assert_cmpuint (summary.signals, ==, PASSEND_ABSENCE_SIGNAL_SICKNESS);
  assert_day (summary.sickness_day, DAY (2026, 12, 15));
  g_assert_true (summary.sickness_consecutive);
  /* Talked through within 5 school days, over the Christmas holiday. */
  assert_day (summary.sickness_due, DAY (2027, 1, 5));
}

static void
test_reasons (void)
{
  for (guint i = 0; i < PASSEND_ABSENCE_N_REASONS; i++)
    {
      PassendAbsenceReason back;

      g_assert_true (passend_absence_reason_from_code (passend_absence_reason_to_code (i), &back));
      g_assert_cmpint (back, ==, i);
      g_assert_cmpstr (passend_absence_reason_get_label (i), !=, "");
    }
  g_assert_cmpstr (passend_absence_reason_to_code (PASSEND_ABSENCE_UNAUTHORISED), ==, "ongeoorloofd");
  g_assert_false (passend_absence_reason_from_code ("spijbelen", &(PassendAbsenceReason) { 0 }));
}

/* A report settles only the signal it answered: one made before the
 * threshold was reached (for an earlier one) leaves it standing. */
static void
test_reports_settle_signals (void)
{
  PassendAbsenceSummary summary = { 0 };
  PassendAbsenceReportKind kind;

  summary.signals = PASSEND_ABSENCE_SIGNAL_THRESHOLD | PASSEND_ABSENCE_SIGNAL_SICKNESS | PASSEND_ABSENCE_SIGNAL_LATE;
  summary.threshold_day = passend_day_new (2026, 11, 12);
  summary.sickness_day = passend_day_new (2026, 11, 16);

  passend_absence_rules_settle (&summary, PASSEND_DAY_NONE, PASSEND_DAY_NONE);
  g_assert_cmpuint (summary.signals, ==, PASSEND_ABSENCE_SIGNAL_THRESHOLD | PASSEND_ABSENCE_SIGNAL_SICKNESS |
                                         PASSEND_ABSENCE_SIGNAL_LATE);

  passend_absence_rules_settle (&summary, passend_day_new (2026, 11, 11), passend_day_new (2026, 11, 15));
  g_assert_cmpuint (summary.signals, ==, PASSEND_ABSENCE_SIGNAL_THRESHOLD | PASSEND_ABSENCE_SIGNAL_SICKNESS |
                                         PASSEND_ABSENCE_SIGNAL_LATE);
  g_assert_cmpuint (summary.threshold_reported_on, ==, PASSEND_DAY_NONE);

  /* The day itself counts; the late arrivals are no report's business. */
  passend_absence_rules_settle (&summary, passend_day_new (2026, 11, 12), PASSEND_DAY_NONE);
  g_assert_cmpuint (summary.signals, ==, PASSEND_ABSENCE_SIGNAL_SICKNESS | PASSEND_ABSENCE_SIGNAL_LATE);
  g_assert_cmpuint (summary.threshold_reported_on, ==, passend_day_new (2026, 11, 12));

  passend_absence_rules_settle (&summary, PASSEND_DAY_NONE, passend_day_new (2026, 11, 20));
  g_assert_cmpuint (summary.signals, ==, PASSEND_ABSENCE_SIGNAL_LATE);
  g_assert_cmpuint (summary.sickness_reported_on, ==, passend_day_new (2026, 11, 20));

  g_assert_cmpstr (passend_absence_report_kind_to_code (PASSEND_ABSENCE_REPORT_MAZL), ==, "mazl");
  g_assert_true (passend_absence_report_kind_from_code ("duo", &kind));
  g_assert_cmpint (kind, ==, PASSEND_ABSENCE_REPORT_DUO);
  g_assert_false (passend_absence_report_kind_from_code ("leerplicht", &kind));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/absence/window", test_window);
  g_test_add_func ("/core/absence/threshold-exact", test_threshold_exact);
  g_test_add_func ("/core/absence/threshold-holiday", test_threshold_holiday);
  g_test_add_func ("/core/absence/threshold-year-change", test_threshold_year_change);
  g_test_add_func ("/core/absence/threshold-leap-day", test_threshold_leap_day);
  g_test_add_func ("/core/absence/threshold-restart", test_threshold_restart);
  g_test_add_func ("/core/absence/late", test_late);
  g_test_add_func ("/core/absence/sickness-reports", test_sickness_reports);
  g_test_add_func ("/core/absence/sickness-consecutive", test_sickness_consecutive);
  g_test_add_func ("/core/absence/reasons", test_reasons);

  g_test_add_func ("/core/absence/reports-settle-signals", test_reports_settle_signals);

  return g_test_run ();
}
