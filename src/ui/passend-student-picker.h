/* passend-student-picker.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_STUDENT_PICKER (passend_student_picker_get_type ())

G_DECLARE_FINAL_TYPE (PassendStudentPicker, passend_student_picker, PASSEND, STUDENT_PICKER, GtkPopover)

/* Finds a student by name, class or LVS number as you type: the
 * students with a support case (open or closed), and any other student
 * whose LVS number is typed in full. Enter takes the first match.
 *
 * Signals:
 *   "student-chosen" (gint64 student_id) */
GtkWidget *passend_student_picker_new          (void);
void       passend_student_picker_set_database (PassendStudentPicker *self,
                                                PassendDatabase      *database);
/* Students already chosen (on the agenda) are not offered again. */
void       passend_student_picker_set_excluded (PassendStudentPicker *self,
                                                GHashTable           *student_ids);
/* What the controls do, for tests. */
void       passend_student_picker_set_search   (PassendStudentPicker *self,
                                                const char           *text);
guint      passend_student_picker_get_n_matches (PassendStudentPicker *self);
/* Chooses the first match, as Enter in the search does. */
gboolean   passend_student_picker_choose_first (PassendStudentPicker *self);

G_END_DECLS
