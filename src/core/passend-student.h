/* passend-student.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "passend-date.h"
#include "passend-types.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_STUDENT (passend_student_get_type ())

G_DECLARE_FINAL_TYPE (PassendStudent, passend_student, PASSEND, STUDENT, GObject)

/* Text getters return "" for an unset field, never NULL. */
PassendStudent *passend_student_new                 (void);

gint64          passend_student_get_id              (PassendStudent *self);
void            passend_student_set_id              (PassendStudent *self,
                                                     gint64          id);
const char     *passend_student_get_lvs_number      (PassendStudent *self);
void            passend_student_set_lvs_number      (PassendStudent *self,
                                                     const char     *lvs_number);
const char     *passend_student_get_roepnaam        (PassendStudent *self);
void            passend_student_set_roepnaam        (PassendStudent *self,
                                                     const char     *roepnaam);
const char     *passend_student_get_voorletters     (PassendStudent *self);
void            passend_student_set_voorletters     (PassendStudent *self,
                                                     const char     *voorletters);
const char     *passend_student_get_tussenvoegsel   (PassendStudent *self);
void            passend_student_set_tussenvoegsel   (PassendStudent *self,
                                                     const char     *tussenvoegsel);
const char     *passend_student_get_achternaam      (PassendStudent *self);
void            passend_student_set_achternaam      (PassendStudent *self,
                                                     const char     *achternaam);
PassendDay      passend_student_get_birth_date      (PassendStudent *self);
void            passend_student_set_birth_date      (PassendStudent *self,
                                                     PassendDay      birth_date);
const char     *passend_student_get_gender          (PassendStudent *self);
void            passend_student_set_gender          (PassendStudent *self,
                                                     const char     *gender);
const char     *passend_student_get_class_name      (PassendStudent *self);
void            passend_student_set_class_name      (PassendStudent *self,
                                                     const char     *class_name);
int             passend_student_get_year            (PassendStudent *self);
void            passend_student_set_year            (PassendStudent *self,
                                                     int             year);
const char     *passend_student_get_track           (PassendStudent *self);
void            passend_student_set_track           (PassendStudent *self,
                                                     const char     *track);
const char     *passend_student_get_location        (PassendStudent *self);
void            passend_student_set_location        (PassendStudent *self,
                                                     const char     *location);
gint64          passend_student_get_mentor_id       (PassendStudent *self);
void            passend_student_set_mentor_id       (PassendStudent *self,
                                                     gint64          mentor_id);
const char     *passend_student_get_mentor_name     (PassendStudent *self);
void            passend_student_set_mentor_name     (PassendStudent *self,
                                                     const char     *mentor_name);
PassendDay      passend_student_get_enrolled_on     (PassendStudent *self);
void            passend_student_set_enrolled_on     (PassendStudent *self,
                                                     PassendDay      enrolled_on);
PassendDay      passend_student_get_left_on         (PassendStudent *self);
void            passend_student_set_left_on         (PassendStudent *self,
                                                     PassendDay      left_on);

/* Support status: filled by the store for students in the caseload. */
PassendNiveau   passend_student_get_niveau          (PassendStudent *self);
void            passend_student_set_niveau          (PassendStudent *self,
                                                     PassendNiveau   niveau);
PassendPhase    passend_student_get_phase           (PassendStudent *self);
void            passend_student_set_phase           (PassendStudent *self,
                                                     PassendPhase    phase);
PassendRegie    passend_student_get_regie           (PassendStudent *self);
void            passend_student_set_regie           (PassendStudent *self,
                                                     PassendRegie    regie);
gint64          passend_student_get_regie_person_id (PassendStudent *self);
void            passend_student_set_regie_person_id (PassendStudent *self,
                                                     gint64          person_id);
const char     *passend_student_get_regie_name      (PassendStudent *self);
void            passend_student_set_regie_name      (PassendStudent *self,
                                                     const char     *regie_name);
gboolean        passend_student_get_case_open       (PassendStudent *self);
void            passend_student_set_case_open       (PassendStudent *self,
                                                     gboolean        case_open);
/* How a closed case ended (area "caseload"): the day and the outcome are
 * only meaningful while the case is closed. */
PassendDay      passend_student_get_closed_on       (PassendStudent *self);
void            passend_student_set_closed_on       (PassendStudent *self,
                                                     PassendDay      closed_on);
/* A PassendCloseOutcome (passend_close_outcome_*). */
int             passend_student_get_close_outcome   (PassendStudent *self);
void            passend_student_set_close_outcome   (PassendStudent *self,
                                                     int             close_outcome);
/* The day the OPP was set, PASSEND_DAY_NONE while there is none. */
PassendDay      passend_student_get_opp_established_on (PassendStudent *self);
void            passend_student_set_opp_established_on (PassendStudent *self,
                                                        PassendDay      established_on);

/* Derived, cached until a name part changes. */
const char     *passend_student_get_display_name    (PassendStudent *self);
const char     *passend_student_get_sort_name       (PassendStudent *self);
const char     *passend_student_get_sort_key        (PassendStudent *self);
gboolean        passend_student_matches             (PassendStudent     *self,
                                                     const char * const *query_words);
int             passend_student_compare_by_name     (PassendStudent *a,
                                                     PassendStudent *b);

/* Student record (area "student"): checks before a student is stored,
 * and the outcomes a case is closed with. */

/* Refuses a student without an LVS number or family name, a year outside
 * 0–7, a birth date that does not make the pupil 10–25 years old on the
 * enrolment day, or a leaving day before the enrolment day. The message
 * says which; G_IO_ERROR_INVALID_ARGUMENT. */
gboolean        passend_student_validate            (PassendStudent  *self,
                                                     GError         **error);

/* Why a case was closed; stored as the codes of schema 002. */
typedef enum
{
  PASSEND_CLOSE_OUTCOME_SUPPORT_ENDED,
  PASSEND_CLOSE_OUTCOME_LEFT_SCHOOL,
  PASSEND_CLOSE_OUTCOME_REFERRED_VSO,
  PASSEND_CLOSE_OUTCOME_REFERRED_PRO,
  PASSEND_CLOSE_OUTCOME_REFERRED_OTHER,
  PASSEND_CLOSE_OUTCOME_OTHER,
} PassendCloseOutcome;

#define PASSEND_N_CLOSE_OUTCOMES (PASSEND_CLOSE_OUTCOME_OTHER + 1)

const char     *passend_close_outcome_to_code       (PassendCloseOutcome  outcome);
gboolean        passend_close_outcome_from_code     (const char          *code,
                                                     PassendCloseOutcome *out);
/* Translated, for the UI. */
const char     *passend_close_outcome_get_label     (PassendCloseOutcome  outcome);
/* Dutch, for the record (timeline titles), whatever the UI language. */
const char     *passend_close_outcome_get_dutch     (PassendCloseOutcome  outcome);

G_END_DECLS
