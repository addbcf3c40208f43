/* passend-absence-rules.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-absence-rules.h"

/* DUO: during continuous absence at most one report per 7 calendar days
 * (DOMAIN.md §4.2). */
#define FOLLOW_UP_DAYS 7

static GQuark
signals_quark (void)
{
  return g_quark_from_static_string ("passend-absence-signals");
}

PassendDay
passend_absence_rules_window_first (PassendSchoolCalendar *calendar,
                                    PassendDay             day,
                                    int                    n_school_weeks)
{
  PassendDay back;

  g_return_val_if_fail (calendar != NULL, PASSEND_DAY_NONE);
  g_return_val_if_fail (n_school_weeks > 0, PASSEND_DAY_NONE);

  if (day == PASSEND_DAY_NONE)
    return PASSEND_DAY_NONE;

  /* Step back a week at a time from the same weekday: the window ends on
   * @day and starts the day after the same weekday N school weeks
   * earlier, so it holds N whole school weeks wherever it falls. */
  back = day;
  while (n_school_weeks > 0 && back > 7)
    {
      back -= 7;
      if (passend_school_calendar_is_school_week (calendar, back))
        n_school_weeks--;
    }

  return back + 1;
}

PassendDay
passend_absence_rules_add_school_days (PassendSchoolCalendar *calendar,
                                       PassendDay             day,
                                       int                    n_days)
{
  g_return_val_if_fail (calendar != NULL, PASSEND_DAY_NONE);
  g_return_val_if_fail (n_days >= 0, PASSEND_DAY_NONE);

  if (day == PASSEND_DAY_NONE)
    return PASSEND_DAY_NONE;

  /* A year of holidays would be a broken calendar: stop somewhere. */
  for (int guard = 0; n_days > 0 && guard < 400; guard++)
    {
      day++;
      if (passend_school_calendar_is_school_day (calendar, day))
        n_days--;
    }

  return day;
}

static PassendDay
school_year_start (PassendDay today)
{
  return passend_day_new (passend_day_school_year_of (today), 8, 1);
}

PassendDay
passend_absence_rules_lookback (PassendSchoolCalendar *calendar,
                                const PassendProtocol *protocol,
                                PassendDay             today)
{
  int weeks, sick_weeks;
  PassendDay current;

  g_return_val_if_fail (calendar != NULL, PASSEND_DAY_NONE);
  g_return_val_if_fail (protocol != NULL, PASSEND_DAY_NONE);
  g_return_val_if_fail (today != PASSEND_DAY_NONE, PASSEND_DAY_NONE);

  weeks = passend_protocol_get (protocol, PASSEND_PROTOCOL_ABSENCE_SCHOOL_WEEKS);
  sick_weeks = passend_protocol_get (protocol, PASSEND_PROTOCOL_SICK_REPORT_SCHOOL_WEEKS);

  /* A signal counts when it arose within the current window; the absence
   * that raised it lies up to one (longest) window before that. */
  current = passend_absence_rules_window_first (calendar, today, weeks);
  return MIN (school_year_start (today),
              passend_absence_rules_window_first (calendar, current, MAX (weeks, sick_weeks)));
}

static PassendDay
next_school_day (PassendSchoolCalendar *calendar,
                 PassendDay             day)
{
  return passend_absence_rules_add_school_days (calendar, day, 1);
}

/* The DUO threshold: walk the unauthorised days in order; on each, sum
 * the hours in its window since counting last restarted. */
static void
find_threshold (const PassendAbsenceMark *marks,
                guint                     n_marks,
                PassendSchoolCalendar    *calendar,
                const PassendProtocol    *protocol,
                PassendDay                lookback,
                PassendDay                today,
                PassendAbsenceSummary    *summary)
{
  int threshold = passend_protocol_get (protocol, PASSEND_PROTOCOL_ABSENCE_HOURS);
  int weeks = passend_protocol_get (protocol, PASSEND_PROTOCOL_ABSENCE_SCHOOL_WEEKS);
  PassendDay restarted = lookback - 1;
  PassendDay last_report = PASSEND_DAY_NONE;

  for (guint i = 0; i < n_marks; i++)
    {
      PassendDay day = marks[i].day;
      PassendDay from;
      PassendDay first = PASSEND_DAY_NONE;
      int sum = 0;

      if (marks[i].reason != PASSEND_ABSENCE_UNAUTHORISED || day < lookback || day > today)
        continue;

      from = MAX (passend_absence_rules_window_first (calendar, day, weeks), restarted + 1);
      for (guint j = 0; j <= i; j++)
        {
          if (marks[j].reason != PASSEND_ABSENCE_UNAUTHORISED || marks[j].day < from)
            continue;
          if (first == PASSEND_DAY_NONE)
            first = marks[j].day;
          sum += marks[j].lesson_hours;
        }

      if (sum < threshold)
        continue;
      if (last_report != PASSEND_DAY_NONE && day < last_report + FOLLOW_UP_DAYS)
        continue;

      summary->threshold_first = first;
      summary->threshold_day = day;
      last_report = day;
      restarted = day;
    }
}

/* M@ZL: consecutive sick days (no school day between them) are one
 * sick report. */
static void
find_sickness (const PassendAbsenceMark *marks,
               guint                     n_marks,
               PassendSchoolCalendar    *calendar,
               const PassendProtocol    *protocol,
               PassendDay                lookback,
               PassendDay                today,
               PassendAbsenceSummary    *summary)
{
  int reports = passend_protocol_get (protocol, PASSEND_PROTOCOL_SICK_REPORTS);
  int report_weeks = passend_protocol_get (protocol, PASSEND_PROTOCOL_SICK_REPORT_SCHOOL_WEEKS);
  int consecutive = passend_protocol_get (protocol, PASSEND_PROTOCOL_SICK_CONSECUTIVE_DAYS);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (PassendDay));
  PassendDay previous = PASSEND_DAY_NONE;
  int length = 0;

  for (guint i = 0; i < n_marks; i++)
    {
      PassendDay day = marks[i].day;

      if (marks[i].reason != PASSEND_ABSENCE_SICK || day < lookback || day > today)
        continue;

      if (previous != PASSEND_DAY_NONE && next_school_day (calendar, previous) >= day)
        {
          length++;
        }
      else
        {
          PassendDay from = passend_absence_rules_window_first (calendar, day, report_weeks);
          int in_window = 1;

          length = 1;
          for (guint j = 0; j < starts->len; j++)
            in_window += g_array_index (starts, PassendDay, j) >= from;
          g_array_append_val (starts, day);

          if (in_window >= reports)
            {
              summary->sickness_day = day;
              summary->sickness_consecutive = FALSE;
            }
        }

      if (length == consecutive)
        {
          summary->sickness_day = day;
          summary->sickness_consecutive = TRUE;
        }
      previous = day;
    }
}

void
passend_absence_rules_summarise (const PassendAbsenceMark *marks,
                                 guint                     n_marks,
                                 PassendSchoolCalendar    *calendar,
                                 const PassendProtocol    *protocol,
                                 PassendDay                today,
                                 PassendAbsenceSummary    *summary)
{
  PassendDay lookback, year_start;

  g_return_if_fail (marks != NULL || n_marks == 0);
  g_return_if_fail (calendar != NULL);
  g_return_if_fail (protocol != NULL);
  g_return_if_fail (today != PASSEND_DAY_NONE);
  g_return_if_fail (summary != NULL);

  memset (summary, 0, sizeof *summary);
  lookback = passend_absence_rules_lookback (calendar, protocol, today);
  year_start = school_year_start (today);
  summary->window_first = passend_absence_rules_window_first (calendar, today,
                                                              passend_protocol_get (protocol,
                                                                                    PASSEND_PROTOCOL_ABSENCE_SCHOOL_WEEKS));

  for (guint i = 0; i < n_marks; i++)
    {
      if (marks[i].day > today)
        continue;
      if (marks[i].reason == PASSEND_ABSENCE_UNAUTHORISED && marks[i].day >= summary->window_first)
        summary->window_hours += marks[i].lesson_hours;
      if (marks[i].reason == PASSEND_ABSENCE_LATE && marks[i].day >= year_start)
        summary->late_count++;
    }

  find_threshold (marks, n_marks, calendar, protocol, lookback, today, summary);
  find_sickness (marks, n_marks, calendar, protocol, lookback, today, summary);

  /* Signals stay current for one window after they arose; there is no
   * record of the report itself to end them sooner. */
  if (summary->threshold_day != PASSEND_DAY_NONE && summary->threshold_day >= summary->window_first)
    {
      summary->report_due = passend_absence_rules_add_school_days (calendar, summary->threshold_day,
                                                                   passend_protocol_get (protocol,
                                                                                         PASSEND_PROTOCOL_ABSENCE_REPORT_DAYS));
      summary->signals |= PASSEND_ABSENCE_SIGNAL_THRESHOLD;
    }
  else
    {
      summary->threshold_first = summary->threshold_day = PASSEND_DAY_NONE;
    }

  if (summary->sickness_day != PASSEND_DAY_NONE && summary->sickness_day >= summary->window_first)
    {
      summary->sickness_due = passend_absence_rules_add_school_days (calendar, summary->sickness_day,
                                                                     passend_protocol_get (protocol,
                                                                                           PASSEND_PROTOCOL_ABSENCE_REPORT_DAYS));
      summary->signals |= PASSEND_ABSENCE_SIGNAL_SICKNESS;
    }
  else
    summary->sickness_day = PASSEND_DAY_NONE, summary->sickness_consecutive = FALSE;

  if (summary->late_count >= passend_protocol_get (protocol, PASSEND_PROTOCOL_LATE_ARRIVALS))
    summary->signals |= PASSEND_ABSENCE_SIGNAL_LATE;
}

void
passend_absence_rules_attach (PassendStudent        *student,
                              PassendAbsenceSignals  signals)
{
  g_return_if_fail (PASSEND_IS_STUDENT (student));

  g_object_set_qdata (G_OBJECT (student), signals_quark (), GUINT_TO_POINTER (signals));
}

PassendAbsenceSignals
passend_absence_rules_get_signals (PassendStudent *student)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (student), PASSEND_ABSENCE_SIGNAL_NONE);

  return GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (student), signals_quark ()));
}

const char *
passend_absence_report_kind_to_code (PassendAbsenceReportKind kind)
{
  switch (kind)
    {
    case PASSEND_ABSENCE_REPORT_DUO:
      return "duo";
    case PASSEND_ABSENCE_REPORT_MAZL:
      return "mazl";
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
passend_absence_report_kind_from_code (const char               *code,
                                       PassendAbsenceReportKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  if (g_strcmp0 (code, "duo") == 0)
    *kind = PASSEND_ABSENCE_REPORT_DUO;
  else if (g_strcmp0 (code, "mazl") == 0)
    *kind = PASSEND_ABSENCE_REPORT_MAZL;
  else
    return FALSE;

  return TRUE;
}

void
passend_absence_rules_settle (PassendAbsenceSummary *summary,
                              PassendDay             duo_reported_on,
                              PassendDay             mazl_reported_on)
{
  g_return_if_fail (summary != NULL);

  if ((summary->signals & PASSEND_ABSENCE_SIGNAL_THRESHOLD) && duo_reported_on != PASSEND_DAY_NONE &&
      duo_reported_on >= summary->threshold_day)
    {
      summary->signals &= ~PASSEND_ABSENCE_SIGNAL_THRESHOLD;
      summary->threshold_reported_on = duo_reported_on;
    }

  if ((summary->signals & PASSEND_ABSENCE_SIGNAL_SICKNESS) && mazl_reported_on != PASSEND_DAY_NONE &&
      mazl_reported_on >= summary->sickness_day)
    {
      summary->signals &= ~PASSEND_ABSENCE_SIGNAL_SICKNESS;
      summary->sickness_reported_on = mazl_reported_on;
    }
}
