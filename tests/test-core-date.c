/* test-core-date.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <time.h>

#include <gio/gio.h>

#include "passend-date.h"

static void
assert_ymd (PassendDay day,
            int        year,
            int        month,
            int        day_of_month)
{
  int y, m, d;

  g_assert_cmpuint (day, !=, PASSEND_DAY_NONE);
  passend_day_get_ymd (day, &y, &m, &d);
  g_assert_cmpint (y, ==, year);
  g_assert_cmpint (m, ==, month);
  g_assert_cmpint (d, ==, day_of_month);
}

/* The message must name what was typed and say what is wrong with it. */
static void
assert_refused (PassendDay (*parse) (const char *, GError **),
                const char  *text,
                const char  *problem)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *quoted = g_strdup_printf ("“%s”", text);
  PassendDay day;

  day = parse (text, &error);

  g_assert_cmpuint (day, ==, PASSEND_DAY_NONE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, quoted));
  g_assert_nonnull (strstr (error->message, problem));
}

static void
test_new (void)
{
  assert_ymd (passend_day_new (2026, 11, 23), 2026, 11, 23);
  assert_ymd (passend_day_new (1, 1, 1), 1, 1, 1);
  g_assert_cmpuint (passend_day_new (1, 1, 1), ==, 1);

  g_assert_cmpuint (passend_day_new (2026, 2, 31), ==, PASSEND_DAY_NONE);
  g_assert_cmpuint (passend_day_new (2026, 13, 1), ==, PASSEND_DAY_NONE);
  g_assert_cmpuint (passend_day_new (2026, 0, 1), ==, PASSEND_DAY_NONE);
  g_assert_cmpuint (passend_day_new (2026, 1, 0), ==, PASSEND_DAY_NONE);
  g_assert_cmpuint (passend_day_new (0, 1, 1), ==, PASSEND_DAY_NONE);

  /* Consecutive days are consecutive numbers, across a year end too. */
  g_assert_cmpuint (passend_day_new (2027, 1, 1), ==, passend_day_new (2026, 12, 31) + 1);
}

static void
test_parse_iso (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  PassendDay day;

  day = passend_day_from_iso ("2026-11-23", &error);
  g_assert_no_error (error);
  assert_ymd (day, 2026, 11, 23);

  iso = passend_day_to_iso (day);
  g_assert_cmpstr (iso, ==, "2026-11-23");

  day = passend_day_from_iso ("2024-02-29", &error);
  g_assert_no_error (error);
  assert_ymd (day, 2024, 2, 29);

  g_assert_null (passend_day_to_iso (PASSEND_DAY_NONE));
}

static void
test_parse_iso_bad (void)
{
  assert_refused (passend_day_from_iso, "2026-02-31", "February 2026 has 28 days");
  assert_refused (passend_day_from_iso, "2026-13-01", "there is no month 13");
  assert_refused (passend_day_from_iso, "2026-00-10", "there is no month 0");
  assert_refused (passend_day_from_iso, "1899-12-31", "between 1900 and 2200");
  assert_refused (passend_day_from_iso, "2201-01-01", "between 1900 and 2200");
  assert_refused (passend_day_from_iso, "23-11-2026", "YYYY-MM-DD");
  assert_refused (passend_day_from_iso, "2026-1-5", "YYYY-MM-DD");
  assert_refused (passend_day_from_iso, "2026-11-23x", "YYYY-MM-DD");
  assert_refused (passend_day_from_iso, "", "YYYY-MM-DD");
}

static void
test_parse_dutch (void)
{
  struct {
    const char *text;
    int y, m, d;
  } cases[] = {
    { "23-11-2026", 2026, 11, 23 },
    { "3-4-2026", 2026, 4, 3 },
    { "03-04-2026", 2026, 4, 3 },
    { "23/11/2026", 2026, 11, 23 },
    { "1/8/2025", 2025, 8, 1 },
    { "23.11.2026", 2026, 11, 23 },
    { " 29-02-2024 ", 2024, 2, 29 },
    { "1-1-1900", 1900, 1, 1 },
    { "31-12-2200", 2200, 12, 31 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      PassendDay day = passend_day_from_dutch (cases[i].text, &error);

      g_assert_no_error (error);
      assert_ymd (day, cases[i].y, cases[i].m, cases[i].d);
    }
}

static void
test_parse_dutch_bad (void)
{
  assert_refused (passend_day_from_dutch, "31-02-2026", "February 2026 has 28 days");
  assert_refused (passend_day_from_dutch, "29-02-2025", "February 2025 has 28 days");
  assert_refused (passend_day_from_dutch, "31-04-2026", "April 2026 has 30 days");
  assert_refused (passend_day_from_dutch, "0-04-2026", "there is no day 0");
  assert_refused (passend_day_from_dutch, "12-13-2026", "there is no month 13");
  assert_refused (passend_day_from_dutch, "01-01-1899", "between 1900 and 2200");
  assert_refused (passend_day_from_dutch, "01-01-2201", "between 1900 and 2200");
  /* A two-digit year could be 1926 or 2026: refuse rather than guess. */
  assert_refused (passend_day_from_dutch, "23-11-26", "day-month-year");
  assert_refused (passend_day_from_dutch, "23-11/2026", "day-month-year");
  assert_refused (passend_day_from_dutch, "2026-11-23", "day-month-year");
  assert_refused (passend_day_from_dutch, "123-11-2026", "day-month-year");
  assert_refused (passend_day_from_dutch, "23 november 2026", "day-month-year");
  assert_refused (passend_day_from_dutch, "", "day-month-year");
  assert_refused (passend_day_from_dutch, "23-11-", "day-month-year");
}

static void
test_school_year (void)
{
  g_autofree char *label = NULL;

  g_assert_cmpint (passend_day_school_year_of (passend_day_new (2026, 7, 31)), ==, 2025);
  g_assert_cmpint (passend_day_school_year_of (passend_day_new (2026, 8, 1)), ==, 2026);
  g_assert_cmpint (passend_day_school_year_of (passend_day_new (2026, 1, 1)), ==, 2025);
  g_assert_cmpint (passend_day_school_year_of (passend_day_new (2025, 12, 31)), ==, 2025);

  label = passend_school_year_label (2025);
  g_assert_cmpstr (label, ==, "2025–2026");
}

static void
test_age (void)
{
  PassendDay birth = passend_day_new (2012, 11, 23);
  PassendDay leap_birth = passend_day_new (2012, 2, 29);

  g_assert_cmpint (passend_day_age_on (birth, passend_day_new (2026, 11, 22)), ==, 13);
  g_assert_cmpint (passend_day_age_on (birth, passend_day_new (2026, 11, 23)), ==, 14);
  g_assert_cmpint (passend_day_age_on (birth, passend_day_new (2026, 12, 31)), ==, 14);
  g_assert_cmpint (passend_day_age_on (birth, passend_day_new (2027, 1, 1)), ==, 14);
  g_assert_cmpint (passend_day_age_on (birth, birth), ==, 0);
  g_assert_cmpint (passend_day_age_on (birth, passend_day_new (2012, 11, 22)), ==, -1);

  /* In a common year the 29 February birthday is reached on 1 March. */
  g_assert_cmpint (passend_day_age_on (leap_birth, passend_day_new (2025, 2, 28)), ==, 12);
  g_assert_cmpint (passend_day_age_on (leap_birth, passend_day_new (2025, 3, 1)), ==, 13);
  g_assert_cmpint (passend_day_age_on (leap_birth, passend_day_new (2024, 2, 28)), ==, 11);
  g_assert_cmpint (passend_day_age_on (leap_birth, passend_day_new (2024, 2, 29)), ==, 12);
}

static void
test_leap_years (void)
{
  g_assert_cmpuint (passend_day_new (2024, 2, 29), !=, PASSEND_DAY_NONE);
  g_assert_cmpuint (passend_day_new (2000, 2, 29), !=, PASSEND_DAY_NONE);
  g_assert_cmpuint (passend_day_new (2026, 2, 29), ==, PASSEND_DAY_NONE);
  g_assert_cmpuint (passend_day_new (2100, 2, 29), ==, PASSEND_DAY_NONE);
  g_assert_cmpuint (passend_day_new (1900, 2, 29), ==, PASSEND_DAY_NONE);

  /* 2024 has 366 days, 2026 has 365. */
  g_assert_cmpuint (passend_day_new (2025, 1, 1) - passend_day_new (2024, 1, 1), ==, 366);
  g_assert_cmpuint (passend_day_new (2027, 1, 1) - passend_day_new (2026, 1, 1), ==, 365);
}

static void
test_add (void)
{
  /* The end of the month clamps instead of spilling into the next one. */
  assert_ymd (passend_day_add_months (passend_day_new (2026, 1, 31), 1), 2026, 2, 28);
  assert_ymd (passend_day_add_months (passend_day_new (2024, 1, 31), 1), 2024, 2, 29);
  assert_ymd (passend_day_add_months (passend_day_new (2026, 8, 31), 1), 2026, 9, 30);
  assert_ymd (passend_day_add_months (passend_day_new (2026, 3, 31), -1), 2026, 2, 28);
  assert_ymd (passend_day_add_months (passend_day_new (2026, 11, 15), 3), 2027, 2, 15);
  assert_ymd (passend_day_add_months (passend_day_new (2026, 1, 15), -13), 2024, 12, 15);
  assert_ymd (passend_day_add_months (passend_day_new (2026, 5, 10), 0), 2026, 5, 10);

  assert_ymd (passend_day_add_days (passend_day_new (2026, 12, 30), 3), 2027, 1, 2);
  assert_ymd (passend_day_add_days (passend_day_new (2024, 3, 1), -1), 2024, 2, 29);
  /* Six weeks, as for the OPP deadline. */
  assert_ymd (passend_day_add_days (passend_day_new (2026, 11, 23), 42), 2027, 1, 4);
}

static void
test_weekday (void)
{
  g_assert_cmpint (passend_day_get_weekday (passend_day_new (2026, 11, 23)), ==, G_DATE_MONDAY);
  g_assert_cmpint (passend_day_get_weekday (passend_day_new (2026, 5, 3)), ==, G_DATE_SUNDAY);
  g_assert_cmpint (passend_day_get_weekday (passend_day_new (2026, 1, 1)), ==, G_DATE_THURSDAY);
}

static void
test_format (void)
{
  g_autofree char *monday = passend_day_format (passend_day_new (2026, 11, 23));
  g_autofree char *sunday = passend_day_format (passend_day_new (2026, 5, 3));
  g_autofree char *none = passend_day_format (PASSEND_DAY_NONE);

  g_assert_cmpstr (monday, ==, "Mon 23 Nov 2026");
  g_assert_cmpstr (sunday, ==, "Sun 3 May 2026");
  g_assert_cmpstr (none, ==, "");
}

static void
test_format_relative (void)
{
  PassendDay today = passend_day_new (2026, 11, 23);
  struct {
    int offset;
    const char *expected;
  } cases[] = {
    { 0, "today" },
    { 1, "tomorrow" },
    { -1, "yesterday" },
    { 2, "in 2 days" },
    { 3, "in 3 days" },
    { -3, "3 days overdue" },
    { 13, "in 13 days" },
    { -13, "13 days overdue" },
    { 14, "in 2 weeks" },
    { -14, "2 weeks overdue" },
    { 20, "in 2 weeks" },
    { 21, "in 3 weeks" },
    { -60, "8 weeks overdue" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PassendDay day = passend_day_add_days (today, cases[i].offset);
      g_autofree char *text = passend_day_format_relative (day, today);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }

  {
    g_autofree char *none = passend_day_format_relative (PASSEND_DAY_NONE, today);

    g_assert_cmpstr (none, ==, "");
  }
}

static void
test_format_dutch (void)
{
  struct {
    int y, m, d;
    const char *expected;
  } cases[] = {
    { 2026, 11, 23, "ma 23 nov. 2026" },
    { 2026, 5, 3, "zo 3 mei 2026" },
    { 2026, 3, 2, "ma 2 mrt. 2026" },
    { 2026, 1, 1, "do 1 jan. 2026" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text =
        passend_day_format_dutch (passend_day_new (cases[i].y, cases[i].m, cases[i].d));

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_unix (void)
{
  /* 2026-11-23 14:05 CET is 13:05 UTC; 2026-07-01 14:05 CEST is 12:05 UTC. */
  g_autofree char *winter = passend_unix_format (1795439100);
  g_autofree char *summer = passend_unix_format (1782907500);

  g_assert_cmpstr (winter, ==, "Mon 23 Nov 2026 14:05");
  g_assert_cmpstr (summer, ==, "Wed 1 Jul 2026 14:05");

  /* 00:30 local time is still the previous day in UTC. */
  assert_ymd (passend_day_from_unix (1795390200), 2026, 11, 23);
  assert_ymd (passend_day_from_unix (1795390200 - 3600), 2026, 11, 22);
}

static void
test_today (void)
{
  PassendDay before = passend_day_from_unix (g_get_real_time () / G_USEC_PER_SEC);
  PassendDay today = passend_day_today ();
  PassendDay after = passend_day_from_unix (g_get_real_time () / G_USEC_PER_SEC);

  /* Midnight may pass between the calls. */
  g_assert_true (today == before || today == after);
}

int
main (int   argc,
      char *argv[])
{
  /* Local time is part of what is tested: pin it whatever the caller has. */
  g_setenv ("TZ", "Europe/Amsterdam", TRUE);
  tzset ();
  setlocale (LC_ALL, "C.UTF-8");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/date/new", test_new);
  g_test_add_func ("/core/date/parse-iso", test_parse_iso);
  g_test_add_func ("/core/date/parse-iso-bad", test_parse_iso_bad);
  g_test_add_func ("/core/date/parse-dutch", test_parse_dutch);
  g_test_add_func ("/core/date/parse-dutch-bad", test_parse_dutch_bad);
  g_test_add_func ("/core/date/school-year", test_school_year);
  g_test_add_func ("/core/date/age", test_age);
  g_test_add_func ("/core/date/leap-years", test_leap_years);
  g_test_add_func ("/core/date/add", test_add);
  g_test_add_func ("/core/date/weekday", test_weekday);
  g_test_add_func ("/core/date/format", test_format);
  g_test_add_func ("/core/date/format-relative", test_format_relative);
  g_test_add_func ("/core/date/format-dutch", test_format_dutch);
  g_test_add_func ("/core/date/unix", test_unix);
  g_test_add_func ("/core/date/today", test_today);

  return g_test_run ();
}
