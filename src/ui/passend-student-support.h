/* passend-student-support.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_STUDENT_SUPPORT (passend_student_support_get_type ())

G_DECLARE_FINAL_TYPE (PassendStudentSupport, passend_student_support, PASSEND, STUDENT_SUPPORT, AdwBin)

/* The support side of a student record: status with its history, the OPP
 * days, closing and reopening the case, support needs, guardians and
 * involved people. Every change is one store call; removals offer Undo.
 *
 * Signals:
 *   "add-toast" (AdwToast *toast) */

GtkWidget *passend_student_support_new          (void);
void       passend_student_support_set_database (PassendStudentSupport *self,
                                                 PassendDatabase       *database);
/* Shows @student and loads its support data again. */
void       passend_student_support_set_student  (PassendStudentSupport *self,
                                                 PassendStudent        *student);

G_END_DECLS
