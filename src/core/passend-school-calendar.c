/* passend-school-calendar.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-school-calendar.h"

typedef struct
{
  PassendDay first;
  PassendDay last;
} Span;

struct _PassendSchoolCalendar
{
  GArray *spans;
};

PassendSchoolCalendar *
passend_school_calendar_new (GListModel *holidays)
{
  PassendSchoolCalendar *self = g_new0 (PassendSchoolCalendar, 1);
  guint n_items = holidays != NULL ? g_list_model_get_n_items (holidays) : 0;

  g_return_val_if_fail (holidays == NULL || G_IS_LIST_MODEL (holidays), NULL);

  self->spans = g_array_sized_new (FALSE, FALSE, sizeof (Span), n_items);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PassendHoliday) holiday = g_list_model_get_item (holidays, i);
      Span span = {
        passend_holiday_get_first_day (holiday),
        passend_holiday_get_last_day (holiday),
      };

      if (span.first != PASSEND_DAY_NONE && span.last >= span.first)
        g_array_append_val (self->spans, span);
    }

  return self;
}

void
passend_school_calendar_free (PassendSchoolCalendar *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->spans);
  g_free (self);
}

gboolean
passend_school_calendar_is_holiday (PassendSchoolCalendar *self,
                                    PassendDay             day)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->spans->len; i++)
    {
      const Span *span = &g_array_index (self->spans, Span, i);

      if (day >= span->first && day <= span->last)
        return TRUE;
    }

  return FALSE;
}

gboolean
passend_school_calendar_is_school_day (PassendSchoolCalendar *self,
                                       PassendDay             day)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (day == PASSEND_DAY_NONE || passend_day_get_weekday (day) > 5)
    return FALSE;

  return !passend_school_calendar_is_holiday (self, day);
}

static PassendDay
monday_of (PassendDay day)
{
  return passend_day_add_days (day, 1 - passend_day_get_weekday (day));
}

gboolean
passend_school_calendar_is_school_week (PassendSchoolCalendar *self,
                                        PassendDay             day)
{
  PassendDay monday;

  g_return_val_if_fail (self != NULL, FALSE);

  if (day == PASSEND_DAY_NONE)
    return FALSE;

  monday = monday_of (day);
  for (int i = 0; i < 5; i++)
    {
      if (!passend_school_calendar_is_holiday (self, monday + i))
        return TRUE;
    }

  return FALSE;
}

int
passend_school_calendar_count_school_weeks (PassendSchoolCalendar *self,
                                            PassendDay             first,
                                            PassendDay             last)
{
  int count = 0;

  g_return_val_if_fail (self != NULL, 0);

  if (first == PASSEND_DAY_NONE || last == PASSEND_DAY_NONE || last < first)
    return 0;

  for (PassendDay monday = monday_of (first); monday <= last; monday += 7)
    {
      if (passend_school_calendar_is_school_week (self, monday))
        count++;
    }

  return count;
}

PassendDay
passend_school_calendar_add_school_weeks (PassendSchoolCalendar *self,
                                          PassendDay             day,
                                          int                    n_weeks)
{
  PassendDay result;

  g_return_val_if_fail (self != NULL, PASSEND_DAY_NONE);
  g_return_val_if_fail (n_weeks >= 0, PASSEND_DAY_NONE);

  if (day == PASSEND_DAY_NONE)
    return PASSEND_DAY_NONE;

  result = day;
  while (n_weeks > 0)
    {
      result = passend_day_add_days (result, 7);
      if (passend_school_calendar_is_school_week (self, result))
        n_weeks--;
    }

  return result;
}
