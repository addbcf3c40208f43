/* test-core-rules.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <gio/gio.h>

#include "passend-deadline.h"
#include "passend-holiday.h"
#include "passend-protocol.h"
#include "passend-rules.h"
#include "passend-school-calendar.h"

#define DAY(y, m, d) passend_day_new ((y), (m), (d))

static void
assert_day (PassendDay actual,
            PassendDay expected)
{
  g_autofree char *actual_iso = passend_day_to_iso (actual);
  g_autofree char *expected_iso = passend_day_to_iso (expected);

  g_assert_cmpstr (actual_iso, ==, expected_iso);
}

static void
test_protocol_defaults (void)
{
  static const int defaults[] = { 14, 6, 12, 4, 6, 4, 10, 16, 4, 9, 4, 12, 2025, 1, 18, 5, 7, 12 };
  PassendProtocol protocol;

  G_STATIC_ASSERT (G_N_ELEMENTS (defaults) == PASSEND_PROTOCOL_N_VALUES);

  passend_protocol_init_defaults (&protocol);
  for (int i = 0; i < PASSEND_PROTOCOL_N_VALUES; i++)
    {
      PassendProtocolValue value = i;
      PassendProtocolValue back;
      int minimum, maximum;

      g_assert_cmpint (passend_protocol_get (&protocol, value), ==, defaults[i]);
      g_assert_cmpint (passend_protocol_get_default (value), ==, defaults[i]);
      g_assert_true (passend_protocol_from_key (passend_protocol_get_key (value), &back));
      g_assert_cmpint (back, ==, value);
      passend_protocol_get_range (value, &minimum, &maximum);
      g_assert_cmpint (minimum, <=, defaults[i]);
      g_assert_cmpint (maximum, >=, defaults[i]);
      g_assert_cmpstr (passend_protocol_get_title (value), !=, "");
      g_assert_cmpstr (passend_protocol_get_description (value), !=, "");
    }

  g_assert_cmpstr (passend_protocol_get_key (PASSEND_PROTOCOL_OPP_WEEKS), ==, "opp-weeks");
  g_assert_cmpstr (passend_protocol_get_key (PASSEND_PROTOCOL_WARNING_HORIZON_DAYS), ==,
                   "warning-horizon-days");

  {
    PassendProtocolValue unused;

    g_assert_false (passend_protocol_from_key ("no-such-key", &unused));
    g_assert_false (passend_protocol_from_key (NULL, &unused));
  }

  passend_protocol_set (&protocol, PASSEND_PROTOCOL_OPP_WEEKS, 8);
  g_assert_cmpint (passend_protocol_get (&protocol, PASSEND_PROTOCOL_OPP_WEEKS), ==, 8);
}

static void
test_zorgplicht (void)
{
  PassendProtocol protocol;
  PassendDay received = DAY (2026, 3, 2);

  passend_protocol_init_defaults (&protocol);

  /* 6 calendar weeks: holidays do not stop a legal term. */
  assert_day (passend_rules_zorgplicht_decision_due (received, PASSEND_DAY_NONE, &protocol),
              DAY (2026, 4, 13));
  /* The extension letter's new date binds. */
  assert_day (passend_rules_zorgplicht_decision_due (received, DAY (2026, 5, 1), &protocol),
              DAY (2026, 5, 1));
  assert_day (passend_rules_zorgplicht_extension_limit (received, &protocol), DAY (2026, 5, 11));
  assert_day (passend_rules_zorgplicht_placement_due (received, &protocol), DAY (2026, 5, 11));

  /* Across a year end. */
  assert_day (passend_rules_zorgplicht_decision_due (DAY (2026, 12, 1), PASSEND_DAY_NONE, &protocol),
              DAY (2027, 1, 12));

  /* Across 29 February of a leap year. */
  assert_day (passend_rules_zorgplicht_decision_due (DAY (2028, 2, 1), PASSEND_DAY_NONE, &protocol),
              DAY (2028, 3, 14));

  /* Local values change the result. */
  passend_protocol_set (&protocol, PASSEND_PROTOCOL_ZORGPLICHT_WEEKS, 8);
  passend_protocol_set (&protocol, PASSEND_PROTOCOL_ZORGPLICHT_EXTENSION_WEEKS, 2);
  assert_day (passend_rules_zorgplicht_decision_due (received, PASSEND_DAY_NONE, &protocol),
              DAY (2026, 4, 27));
  assert_day (passend_rules_zorgplicht_extension_limit (received, &protocol), DAY (2026, 5, 11));

  g_assert_cmpuint (passend_rules_zorgplicht_decision_due (PASSEND_DAY_NONE, PASSEND_DAY_NONE, &protocol),
                    ==, PASSEND_DAY_NONE);
  g_assert_cmpuint (passend_rules_zorgplicht_placement_due (PASSEND_DAY_NONE, &protocol),
                    ==, PASSEND_DAY_NONE);
}

static void
test_opp (void)
{
  PassendProtocol protocol;

  passend_protocol_init_defaults (&protocol);

  assert_day (passend_rules_opp_due (DAY (2026, 11, 23), &protocol), DAY (2027, 1, 4));
  g_assert_cmpuint (passend_rules_opp_due (PASSEND_DAY_NONE, &protocol), ==, PASSEND_DAY_NONE);

  /* 12 months after the OPP was set, or after the last evaluation. */
  assert_day (passend_rules_opp_evaluation_due (DAY (2026, 3, 15), PASSEND_DAY_NONE, &protocol),
              DAY (2027, 3, 15));
  assert_day (passend_rules_opp_evaluation_due (DAY (2026, 3, 15), DAY (2026, 9, 1), &protocol),
              DAY (2027, 9, 1));
  /* An evaluation of an older plan does not count. */
  assert_day (passend_rules_opp_evaluation_due (DAY (2026, 3, 15), DAY (2025, 9, 1), &protocol),
              DAY (2027, 3, 15));
  g_assert_cmpuint (passend_rules_opp_evaluation_due (PASSEND_DAY_NONE, DAY (2026, 1, 1), &protocol),
                    ==, PASSEND_DAY_NONE);

  /* 29 February clamps to 28 February a year on; 31 January + 1 month
   * clamps to the end of February. */
  assert_day (passend_rules_opp_evaluation_due (DAY (2028, 2, 29), PASSEND_DAY_NONE, &protocol),
              DAY (2029, 2, 28));
  passend_protocol_set (&protocol, PASSEND_PROTOCOL_OPP_EVALUATION_MONTHS, 1);
  assert_day (passend_rules_opp_evaluation_due (DAY (2027, 1, 31), PASSEND_DAY_NONE, &protocol),
              DAY (2027, 2, 28));
  assert_day (passend_rules_opp_evaluation_due (DAY (2028, 1, 31), PASSEND_DAY_NONE, &protocol),
              DAY (2028, 2, 29));
  passend_protocol_set (&protocol, PASSEND_PROTOCOL_OPP_WEEKS, 10);
  assert_day (passend_rules_opp_due (DAY (2026, 11, 23), &protocol), DAY (2027, 2, 1));
}

static GListModel *
make_holidays (void)
{
  GListStore *store = g_list_store_new (PASSEND_TYPE_HOLIDAY);
  g_autoptr(PassendHoliday) autumn = passend_holiday_new ("Herfstvakantie", DAY (2026, 10, 17), DAY (2026, 10, 25));
  /* Spans the year end. */
  g_autoptr(PassendHoliday) christmas = passend_holiday_new ("Kerstvakantie", DAY (2026, 12, 19), DAY (2027, 1, 3));
  g_autoptr(PassendHoliday) bogus = passend_holiday_new ("Reversed", DAY (2026, 11, 30), DAY (2026, 11, 1));

  g_list_store_append (store, autumn);
  g_list_store_append (store, christmas);
  g_list_store_append (store, bogus);
  return G_LIST_MODEL (store);
}

static void
test_school_calendar (void)
{
  g_autoptr(GListModel) holidays = make_holidays ();
  g_autoptr(PassendSchoolCalendar) calendar = passend_school_calendar_new (holidays);

  /* Weekends are no school days; holidays neither, on both sides of the
   * year end. */
  g_assert_true (passend_school_calendar_is_school_day (calendar, DAY (2026, 11, 23)));
  g_assert_false (passend_school_calendar_is_school_day (calendar, DAY (2026, 11, 22)));
  g_assert_false (passend_school_calendar_is_school_day (calendar, DAY (2026, 12, 31)));
  g_assert_false (passend_school_calendar_is_school_day (calendar, DAY (2027, 1, 1)));
  g_assert_true (passend_school_calendar_is_school_day (calendar, DAY (2027, 1, 4)));
  g_assert_true (passend_school_calendar_is_school_day (calendar, DAY (2026, 12, 18)));
  g_assert_true (passend_school_calendar_is_holiday (calendar, DAY (2026, 12, 19)));
  g_assert_true (passend_school_calendar_is_holiday (calendar, DAY (2027, 1, 3)));
  /* A reversed holiday is ignored, not taken as everything. */
  g_assert_true (passend_school_calendar_is_school_day (calendar, DAY (2026, 11, 10)));

  g_assert_false (passend_school_calendar_is_school_week (calendar, DAY (2026, 10, 21)));
  g_assert_false (passend_school_calendar_is_school_week (calendar, DAY (2026, 12, 23)));
  g_assert_false (passend_school_calendar_is_school_week (calendar, DAY (2026, 12, 30)));
  g_assert_true (passend_school_calendar_is_school_week (calendar, DAY (2026, 12, 16)));

  /* 5 October – 8 November: 5 calendar weeks, one of them a holiday. */
  g_assert_cmpint (passend_school_calendar_count_school_weeks (calendar, DAY (2026, 10, 5), DAY (2026, 11, 8)),
                   ==, 4);
  /* 14 December – 10 January: 4 weeks, 2 of them Christmas. */
  g_assert_cmpint (passend_school_calendar_count_school_weeks (calendar, DAY (2026, 12, 14), DAY (2027, 1, 10)),
                   ==, 2);
  g_assert_cmpint (passend_school_calendar_count_school_weeks (calendar, DAY (2027, 1, 10), DAY (2026, 12, 14)),
                   ==, 0);

  /* 4 school weeks after Wednesday 7 October skip the autumn week. */
  assert_day (passend_school_calendar_add_school_weeks (calendar, DAY (2026, 10, 7), 4), DAY (2026, 11, 11));
  /* 12 school weeks from 30 November skip both Christmas weeks. */
  assert_day (passend_school_calendar_add_school_weeks (calendar, DAY (2026, 11, 30), 12), DAY (2027, 3, 8));
  assert_day (passend_school_calendar_add_school_weeks (calendar, DAY (2026, 11, 30), 0), DAY (2026, 11, 30));
  g_assert_cmpuint (passend_school_calendar_add_school_weeks (calendar, PASSEND_DAY_NONE, 3), ==, PASSEND_DAY_NONE);
}

static void
test_school_calendar_empty (void)
{
  g_autoptr(PassendSchoolCalendar) calendar = passend_school_calendar_new (NULL);

  g_assert_cmpint (passend_school_calendar_count_school_weeks (calendar, DAY (2026, 10, 5), DAY (2026, 11, 8)),
                   ==, 5);
  assert_day (passend_school_calendar_add_school_weeks (calendar, DAY (2026, 10, 7), 4), DAY (2026, 11, 4));
}

static void
notified_cb (GObject    *object,
             GParamSpec *pspec,
             int        *count)
{
  (*count)++;
}

static void
test_deadline (void)
{
  g_autoptr(PassendDeadline) a = passend_deadline_new (PASSEND_DEADLINE_KIND_OPP_ESTABLISH, DAY (2026, 11, 20));
  g_autoptr(PassendDeadline) b = passend_deadline_new (PASSEND_DEADLINE_KIND_OPP_EVALUATION, DAY (2026, 11, 20));
  g_autoptr(PassendDeadline) c = passend_deadline_new (PASSEND_DEADLINE_KIND_ZORGPLICHT_DECISION, DAY (2026, 11, 25));
  int count = 0;

  g_assert_true (passend_deadline_is_overdue (a, DAY (2026, 11, 21)));
  g_assert_false (passend_deadline_is_overdue (a, DAY (2026, 11, 20)));
  g_assert_cmpstr (passend_deadline_get_description (a), ==, "OPP must be set");
  g_assert_cmpstr (passend_deadline_get_icon_name (a), !=, "");

  passend_deadline_set_subject (a, "Jan de Vries");
  passend_deadline_set_sort_name (a, "Vries, Jan de");
  passend_deadline_set_subject (b, "Anna Bakker");
  passend_deadline_set_sort_name (b, "Bakker, Anna");
  /* Same day: by family name, so Bakker before De Vries. */
  g_assert_cmpint (passend_deadline_compare (b, a), <, 0);
  g_assert_cmpint (passend_deadline_compare (a, c), <, 0);
  g_assert_cmpint (passend_deadline_compare (c, a), >, 0);

  g_signal_connect (c, "notify::description", G_CALLBACK (notified_cb), &count);
  passend_deadline_set_description (c, "Extended decision due");
  passend_deadline_set_description (c, "Extended decision due");
  g_assert_cmpint (count, ==, 1);
  g_assert_cmpstr (passend_deadline_get_description (c), ==, "Extended decision due");
  g_assert_cmpint (passend_deadline_get_student_id (c), ==, 0);
  passend_deadline_set_aanmelding_id (c, 7);
  g_assert_cmpint (passend_deadline_get_aanmelding_id (c), ==, 7);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/rules/protocol-defaults", test_protocol_defaults);
  g_test_add_func ("/core/rules/zorgplicht", test_zorgplicht);
  g_test_add_func ("/core/rules/opp", test_opp);
  g_test_add_func ("/core/rules/school-calendar", test_school_calendar);
  g_test_add_func ("/core/rules/school-calendar-empty", test_school_calendar_empty);
  g_test_add_func ("/core/rules/deadline", test_deadline);

  return g_test_run ();
}
