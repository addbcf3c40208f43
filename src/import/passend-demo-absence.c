/* passend-demo-absence.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-database-absence.h"
#include "passend-demo-absence.h"

/* What one student's absence looks like: per school day back from today
 * (1 = the school day before today), how many lessons and why. The notes
 * are record text, so Dutch. */
typedef struct
{
  int                  days_back;
  int                  hours;
  PassendAbsenceReason reason;
  const char          *note;
} DemoAbsence;

/* Truancy building up over two weeks: 17 lessons, the DUO report due. */
static const DemoAbsence over_threshold[] = {
  { 1, 4, PASSEND_ABSENCE_UNAUTHORISED, "Niet op school verschenen; ouders niet bereikbaar." },
  { 2, 3, PASSEND_ABSENCE_UNAUTHORISED, "" },
  { 2, 1, PASSEND_ABSENCE_LATE, "" },
  { 4, 5, PASSEND_ABSENCE_UNAUTHORISED, "Gezien in het winkelcentrum volgens de conciërge." },
  { 6, 2, PASSEND_ABSENCE_UNAUTHORISED, "" },
  { 7, 1, PASSEND_ABSENCE_LATE, "" },
  { 9, 3, PASSEND_ABSENCE_UNAUTHORISED, "" },
  { 12, 1, PASSEND_ABSENCE_LATE, "" },
};

/* Sick for seven school days in a row, after two earlier reports: the
 * M@ZL signal. */
static const DemoAbsence sick_often[] = {
  { 1, 6, PASSEND_ABSENCE_SICK, "Moeder belde: nog steeds koorts." },
  { 2, 6, PASSEND_ABSENCE_SICK, "" },
  { 3, 6, PASSEND_ABSENCE_SICK, "" },
  { 4, 6, PASSEND_ABSENCE_SICK, "" },
  { 5, 6, PASSEND_ABSENCE_SICK, "" },
  { 6, 6, PASSEND_ABSENCE_SICK, "" },
  { 7, 6, PASSEND_ABSENCE_SICK, "Ziekgemeld door vader (buikpijn)." },
  { 19, 6, PASSEND_ABSENCE_SICK, "" },
  { 33, 3, PASSEND_ABSENCE_SICK, "Naar huis gegaan na het derde uur." },
};

/* Below every threshold: a few lessons, a dentist, some late mornings. */
static const DemoAbsence below[] = {
  { 3, 2, PASSEND_ABSENCE_UNAUTHORISED, "Les overgeslagen na de pauze." },
  { 5, 1, PASSEND_ABSENCE_LATE, "" },
  { 8, 2, PASSEND_ABSENCE_AUTHORISED_OTHER, "Tandarts." },
  { 11, 4, PASSEND_ABSENCE_UNAUTHORISED, "" },
  { 14, 6, PASSEND_ABSENCE_LEAVE, "Verlof gewichtige omstandigheden (begrafenis)." },
  { 16, 1, PASSEND_ABSENCE_LATE, "" },
};

static const DemoAbsence one_sick_day[] = {
  { 6, 6, PASSEND_ABSENCE_SICK, "" },
};

/* @n school days before @today, holidays and weekends skipped. */
static PassendDay
school_days_back (PassendSchoolCalendar *calendar,
                  PassendDay             today,
                  int                    n)
{
  PassendDay day = today;

  while (n > 0)
    {
      day--;
      if (passend_school_calendar_is_school_day (calendar, day))
        n--;
    }

  return day;
}

static gboolean
add_pattern (DemoBuilder            *b,
             PassendSchoolCalendar  *calendar,
             gint64                  student_id,
             const DemoAbsence      *pattern,
             guint                   n,
             GError                **error)
{
  for (guint i = 0; i < n; i++)
    {
      PassendDay day = school_days_back (calendar, b->options.today, pattern[i].days_back);
      g_autoptr(PassendAbsence) absence = passend_absence_new (day, pattern[i].hours, pattern[i].reason);

      passend_absence_set_student_id (absence, student_id);
      passend_absence_set_note (absence, pattern[i].note);
      /* Most absence comes from the LVS; a note means it was typed here. */
      passend_absence_set_imported (absence, pattern[i].note[0] == '\0');
      if (!passend_database_add_absence (b->database, absence, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
demo_add_absence (DemoBuilder  *b,
                  GError      **error)
{
  g_autoptr(GListModel) holidays = NULL;
  g_autoptr(GListModel) caseload = NULL;
  g_autoptr(PassendSchoolCalendar) calendar = NULL;
  static const struct
  {
    const DemoAbsence *pattern;
    guint              n;
  } patterns[] = {
    { over_threshold, G_N_ELEMENTS (over_threshold) },
    { sick_often, G_N_ELEMENTS (sick_often) },
    { below, G_N_ELEMENTS (below) },
    { one_sick_day, G_N_ELEMENTS (one_sick_day) },
    { one_sick_day, G_N_ELEMENTS (one_sick_day) },
  };
  guint n_cases, stride;

  /* The store refuses days after the real today: a demo set in the
   * future has no absence yet. */
  if (b->options.today > passend_day_today ())
    return TRUE;

  holidays = passend_database_list_holidays (b->database, error);
  if (holidays == NULL)
    return FALSE;
  calendar = passend_school_calendar_new (holidays);
  caseload = passend_database_list_caseload (b->database, error);
  if (caseload == NULL)
    return FALSE;

  /* Spread over the caseload (in name order), the same ones for the same
   * seed. */
  n_cases = g_list_model_get_n_items (caseload);
  if (n_cases == 0)
    return TRUE;
  stride = MAX (1, n_cases / G_N_ELEMENTS (patterns));
  for (guint i = 0; i < G_N_ELEMENTS (patterns) && i * stride < n_cases; i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (caseload, (i * stride + stride / 2) % n_cases);

      if (!add_pattern (b, calendar, passend_student_get_id (student), patterns[i].pattern, patterns[i].n, error))
        return FALSE;
    }

  return TRUE;
}
