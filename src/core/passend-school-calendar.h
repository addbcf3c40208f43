/* passend-school-calendar.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "passend-date.h"
#include "passend-holiday.h"

G_BEGIN_DECLS

/* The school's holidays, for rules that count "school weeks" (16 lesuren
 * in 4 school weeks, M@ZL's 12 school weeks): a week (Monday–Sunday) in
 * which every weekday is a holiday is no school week (DOMAIN.md §4.2). */
typedef struct _PassendSchoolCalendar PassendSchoolCalendar;

/* @holidays: a GListModel of PassendHoliday, or NULL for none. */
PassendSchoolCalendar *passend_school_calendar_new         (GListModel            *holidays);
void                   passend_school_calendar_free        (PassendSchoolCalendar *self);

gboolean               passend_school_calendar_is_holiday  (PassendSchoolCalendar *self,
                                                            PassendDay             day);
/* A weekday outside every holiday. */
gboolean               passend_school_calendar_is_school_day (PassendSchoolCalendar *self,
                                                              PassendDay             day);
/* Whether the week (Monday–Sunday) holding @day has a school day. */
gboolean               passend_school_calendar_is_school_week (PassendSchoolCalendar *self,
                                                               PassendDay             day);
/* The school weeks that have a day in @first … @last (both included). */
int                    passend_school_calendar_count_school_weeks (PassendSchoolCalendar *self,
                                                                   PassendDay             first,
                                                                   PassendDay             last);
/* The same weekday @n_weeks school weeks after @day: holiday weeks are
 * skipped, not counted. PASSEND_DAY_NONE in → NONE out. */
PassendDay             passend_school_calendar_add_school_weeks (PassendSchoolCalendar *self,
                                                                 PassendDay             day,
                                                                 int                    n_weeks);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendSchoolCalendar, passend_school_calendar_free)

G_END_DECLS
