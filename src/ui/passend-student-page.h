/* passend-student-page.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_STUDENT_PAGE (passend_student_page_get_type ())

G_DECLARE_FINAL_TYPE (PassendStudentPage, passend_student_page, PASSEND, STUDENT_PAGE, AdwBin)

/* Signals:
 *   "add-toast" (AdwToast *toast): the page asks its window for a toast. */

GtkWidget       *passend_student_page_new          (void);
PassendDatabase *passend_student_page_get_database (PassendStudentPage *self);
void             passend_student_page_set_database (PassendStudentPage *self,
                                                    PassendDatabase    *database);
PassendStudent  *passend_student_page_get_student  (PassendStudentPage *self);
/* Shows @student (as loaded for the caseload, with its support status)
 * and loads its guardians, needs and timeline. */
void             passend_student_page_set_student  (PassendStudentPage *self,
                                                    PassendStudent     *student);
/* Shows the timeline with the entry selected; FALSE if it is not there. */
gboolean         passend_student_page_show_entry   (PassendStudentPage *self,
                                                    gint64              entry_id);
gboolean         passend_student_page_get_folded   (PassendStudentPage *self);
void             passend_student_page_set_folded   (PassendStudentPage *self,
                                                    gboolean            folded);

G_END_DECLS
