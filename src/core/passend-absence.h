/* passend-absence.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "passend-date.h"

G_BEGIN_DECLS

/* Why a student was absent (DOMAIN.md §4.2–4.4). Only unauthorised hours
 * count towards the DUO threshold; late arrivals count towards the local
 * warning; sick days towards the M@ZL signal. */
typedef enum
{
  PASSEND_ABSENCE_UNAUTHORISED,
  PASSEND_ABSENCE_LATE,
  PASSEND_ABSENCE_SICK,
  PASSEND_ABSENCE_LEAVE,
  PASSEND_ABSENCE_AUTHORISED_OTHER,
  PASSEND_ABSENCE_N_REASONS
} PassendAbsenceReason;

/* The code stored in absence.reason ("ongeoorloofd", …). */
const char *passend_absence_reason_to_code   (PassendAbsenceReason  reason);
gboolean    passend_absence_reason_from_code (const char           *code,
                                              PassendAbsenceReason *out);
/* Translated, "Unauthorised". */
const char *passend_absence_reason_get_label (PassendAbsenceReason  reason);

#define PASSEND_TYPE_ABSENCE (passend_absence_get_type ())

G_DECLARE_FINAL_TYPE (PassendAbsence, passend_absence, PASSEND, ABSENCE, GObject)

/* Absence registered for one school day: how many lessons and why. */
PassendAbsence       *passend_absence_new              (PassendDay            day,
                                                        int                   lesson_hours,
                                                        PassendAbsenceReason  reason);

gint64                passend_absence_get_id           (PassendAbsence       *self);
void                  passend_absence_set_id           (PassendAbsence       *self,
                                                        gint64                id);
gint64                passend_absence_get_student_id   (PassendAbsence       *self);
void                  passend_absence_set_student_id   (PassendAbsence       *self,
                                                        gint64                student_id);
PassendDay            passend_absence_get_day          (PassendAbsence       *self);
void                  passend_absence_set_day          (PassendAbsence       *self,
                                                        PassendDay            day);
int                   passend_absence_get_lesson_hours (PassendAbsence       *self);
void                  passend_absence_set_lesson_hours (PassendAbsence       *self,
                                                        int                   lesson_hours);
PassendAbsenceReason  passend_absence_get_reason       (PassendAbsence       *self);
void                  passend_absence_set_reason       (PassendAbsence       *self,
                                                        PassendAbsenceReason  reason);
const char           *passend_absence_get_note         (PassendAbsence       *self);
void                  passend_absence_set_note         (PassendAbsence       *self,
                                                        const char           *note);
/* TRUE when it came from an LVS export rather than by hand. */
gboolean              passend_absence_get_imported     (PassendAbsence       *self);
void                  passend_absence_set_imported     (PassendAbsence       *self,
                                                        gboolean              imported);

G_END_DECLS
