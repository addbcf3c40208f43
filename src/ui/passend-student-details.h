/* passend-student-details.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_STUDENT_DETAILS (passend_student_details_get_type ())

G_DECLARE_FINAL_TYPE (PassendStudentDetails, passend_student_details, PASSEND, STUDENT_DETAILS, AdwBin)

/* The identity and enrolment fields of a student as rows. When live, an
 * edit is stored half a second after the last keystroke and "saved" is
 * emitted; a failure is a toast ("add-toast") and the text stays. When
 * not live (the New Student dialog), passend_student_details_read()
 * returns what was typed.
 *
 * Signals:
 *   "add-toast" (AdwToast *toast)
 *   "saved" () */

GtkWidget      *passend_student_details_new          (void);
void            passend_student_details_set_database (PassendStudentDetails *self,
                                                      PassendDatabase       *database);
void            passend_student_details_set_live     (PassendStudentDetails *self,
                                                      gboolean               live);
/* Shows @student; rows with edits not yet stored keep their text. */
void            passend_student_details_set_student  (PassendStudentDetails *self,
                                                      PassendStudent        *student);
/* A new student with the fields as typed, or NULL with the error of the
 * first field that cannot be read (that row is marked). */
PassendStudent *passend_student_details_read         (PassendStudentDetails *self,
                                                      GError               **error);
/* Marks the LVS number row as wrong (a number another student has). */
void            passend_student_details_mark_lvs_number (PassendStudentDetails *self);
/* Stores a pending edit now, instead of after the pause. */
void            passend_student_details_flush        (PassendStudentDetails *self);
/* Moves the focus to the first row. */
void            passend_student_details_focus_first  (PassendStudentDetails *self);

G_END_DECLS
