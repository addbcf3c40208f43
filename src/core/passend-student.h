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

/* Derived, cached until a name part changes. */
const char     *passend_student_get_display_name    (PassendStudent *self);
const char     *passend_student_get_sort_name       (PassendStudent *self);
const char     *passend_student_get_sort_key        (PassendStudent *self);
gboolean        passend_student_matches             (PassendStudent     *self,
                                                     const char * const *query_words);
int             passend_student_compare_by_name     (PassendStudent *a,
                                                     PassendStudent *b);

G_END_DECLS
