/* passend-date.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A calendar day as a GDate Julian day number (1 = 1 January of year 1).
 * PASSEND_DAY_NONE means "no date". Days carry no time zone: a birth date
 * or a deadline is the same day everywhere. */
typedef guint32 PassendDay;

#define PASSEND_DAY_NONE ((PassendDay) 0)

/* PASSEND_DAY_NONE when the date does not exist (31 February). */
PassendDay  passend_day_new              (int          year,
                                          int          month,
                                          int          day);
PassendDay  passend_day_today            (void);
/* Both refuse impossible dates and years outside 1900–2200 with a
 * G_IO_ERROR_INVALID_DATA that quotes the text. The Dutch form accepts
 * d-m-jjjj, dd-mm-jjjj, dd/mm/jjjj and dd.mm.jjjj. */
PassendDay  passend_day_from_iso         (const char  *text,
                                          GError     **error);
PassendDay  passend_day_from_dutch       (const char  *text,
                                          GError     **error);
/* NULL for PASSEND_DAY_NONE, so the store writes SQL NULL. */
char       *passend_day_to_iso           (PassendDay   day);
void        passend_day_get_ymd          (PassendDay   day,
                                          int         *year,
                                          int         *month,
                                          int         *day_of_month);
/* 1 = Monday … 7 = Sunday, as GDateWeekday. */
int         passend_day_get_weekday      (PassendDay   day);
PassendDay  passend_day_add_days         (PassendDay   day,
                                          int          n_days);
/* Clamps to the end of a shorter month: 31 January + 1 = 28/29 February. */
PassendDay  passend_day_add_months       (PassendDay   day,
                                          int          n_months);
/* Completed years; -1 when @on lies before @birth. */
int         passend_day_age_on           (PassendDay   birth,
                                          PassendDay   on);
/* The year the school year (1 August – 31 July) starts in. */
int         passend_day_school_year_of   (PassendDay   day);
PassendDay  passend_day_from_unix        (gint64       unix_seconds);

/* For the UI: translated names ("Mon 23 Nov 2026" / "ma 23 nov. 2026").
 * PASSEND_DAY_NONE formats as "". Relative: "today", "in 3 days",
 * "2 weeks overdue" (weeks from 14 days on). */
char       *passend_day_format           (PassendDay   day);
char       *passend_day_format_relative  (PassendDay   day,
                                          PassendDay   today);
char       *passend_unix_format          (gint64       unix_seconds);
char       *passend_school_year_label    (int          start_year);

/* For printed documents, which are Dutch whatever the UI language. */
char       *passend_day_format_dutch     (PassendDay   day);

G_END_DECLS
