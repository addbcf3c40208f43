/* passend-absence-rules.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "passend-absence.h"
#include "passend-protocol.h"
#include "passend-school-calendar.h"
#include "passend-student.h"

G_BEGIN_DECLS

/* One registered absence as the rules read it: small and plain, so the
 * caseload can run the rules for every student from one query. */
typedef struct
{
  PassendDay           day;
  int                  lesson_hours;
  PassendAbsenceReason reason;
} PassendAbsenceMark;

typedef enum
{
  PASSEND_ABSENCE_SIGNAL_NONE      = 0,
  /* The DUO threshold (16 lessons in 4 school weeks) was reached
   * within the current window: a report is due. */
  PASSEND_ABSENCE_SIGNAL_THRESHOLD = 1 << 0,
  /* M@ZL: the 4th sick report within 12 school weeks, or the 7th
   * consecutive school day sick, within the current window. */
  PASSEND_ABSENCE_SIGNAL_SICKNESS  = 1 << 1,
  /* The local warning for late arrivals in this school year. */
  PASSEND_ABSENCE_SIGNAL_LATE      = 1 << 2,
} PassendAbsenceSignals;

typedef struct
{
  /* Unauthorised lessons in the window of N school weeks ending today,
   * whose first day is @window_first. */
  int                   window_hours;
  PassendDay            window_first;
  /* Late arrivals since the school year began. */
  int                   late_count;
  /* The last time the threshold was reached, if that lies within the
   * current window: the report's begindatum and einddatum, and the day
   * the report to DUO is due. NONE otherwise. */
  PassendDay            threshold_first;
  PassendDay            threshold_day;
  PassendDay            report_due;
  /* The last M@ZL signal within the current window, and whether it came
   * from consecutive sick days rather than the number of reports. */
  PassendDay            sickness_day;
  gboolean              sickness_consecutive;
  /* By when the school talks with the pupil and parents and asks the
   * jeugdarts: the same term as the DUO report. */
  PassendDay            sickness_due;
  /* The report that settled the threshold or the M@ZL signal (see
   * passend_absence_rules_settle()), NONE while it stands. */
  PassendDay            threshold_reported_on;
  PassendDay            sickness_reported_on;
  PassendAbsenceSignals signals;
} PassendAbsenceSummary;

/* What the school reported: the verzuimmelding to DUO for the threshold,
 * the referral to the jeugdarts for an M@ZL signal. */
typedef enum
{
  PASSEND_ABSENCE_REPORT_DUO,
  PASSEND_ABSENCE_REPORT_MAZL,
} PassendAbsenceReportKind;

const char *passend_absence_report_kind_to_code   (PassendAbsenceReportKind  kind);
gboolean    passend_absence_report_kind_from_code (const char               *code,
                                                   PassendAbsenceReportKind *kind);

/* The first day of the window of @n_school_weeks school weeks that ends
 * on @day: holiday weeks are skipped, not counted (DOMAIN.md §4.2). */
PassendDay            passend_absence_rules_window_first  (PassendSchoolCalendar       *calendar,
                                                           PassendDay                   day,
                                                           int                          n_school_weeks);
/* The school day @n_days school days after @day. */
PassendDay            passend_absence_rules_add_school_days (PassendSchoolCalendar     *calendar,
                                                             PassendDay                 day,
                                                             int                        n_days);
/* The earliest day whose absence can change a summary made on @today;
 * absence before it is ignored. */
PassendDay            passend_absence_rules_lookback      (PassendSchoolCalendar       *calendar,
                                                           const PassendProtocol       *protocol,
                                                           PassendDay                   today);
/* @marks in day order (any order of reasons within a day). Absence
 * after @today and before the lookback is ignored. Counting restarts the
 * day after the threshold was reached, and a follow-up report comes at
 * the earliest 7 calendar days after the one before. */
void                  passend_absence_rules_summarise     (const PassendAbsenceMark    *marks,
                                                           guint                        n_marks,
                                                           PassendSchoolCalendar       *calendar,
                                                           const PassendProtocol       *protocol,
                                                           PassendDay                   today,
                                                           PassendAbsenceSummary       *summary);

/* Settles the signals of @summary that a report answered: the threshold
 * by a DUO report on or after the day it was reached, the M@ZL signal by
 * a referral on or after the day it arose. An earlier report answered an
 * earlier signal and settles nothing. NONE: no report. */
void                  passend_absence_rules_settle        (PassendAbsenceSummary       *summary,
                                                           PassendDay                   duo_reported_on,
                                                           PassendDay                   mazl_reported_on);

/* The caseload's "absence threshold" flag: the store attaches the
 * signals it computed for all students at once. */
void                  passend_absence_rules_attach        (PassendStudent              *student,
                                                           PassendAbsenceSignals        signals);
PassendAbsenceSignals passend_absence_rules_get_signals   (PassendStudent              *student);

G_END_DECLS
