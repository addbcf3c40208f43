/* passend-student-editor.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_STUDENT_EDITOR (passend_student_editor_get_type ())

G_DECLARE_FINAL_TYPE (PassendStudentEditor, passend_student_editor, PASSEND, STUDENT_EDITOR, AdwWindow)

/* The New Student dialog. It stores the student itself and closes; a
 * refused student keeps the dialog open with the reason shown in it.
 *
 * Signals:
 *   "student-added" (PassendStudent *student): after the student, and
 *   its support status when put in the caseload, are stored. */

PassendStudentEditor *passend_student_editor_new (GtkWindow       *parent,
                                                  PassendDatabase *database);

G_END_DECLS
