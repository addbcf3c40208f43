/* passend-student-support-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-student-support.h"

G_BEGIN_DECLS

struct _PassendStudentSupport
{
  AdwBin           parent_instance;

  /* Template widgets */
  AdwActionRow    *status_row;
  GtkButton       *change_button;
  AdwActionRow    *since_row;
  AdwEntryRow     *opp_set_row;
  AdwEntryRow     *opp_evaluated_row;
  AdwActionRow    *case_row;
  GtkButton       *close_button;
  GtkButton       *reopen_button;
  GtkMenuButton   *add_need_button;
  GtkPopover      *need_popover;
  GtkEntry        *need_entry;
  GtkListBox      *known_needs_list;
  GtkListBox      *needs_list;
  GtkButton       *add_guardian_button;
  GtkListBox      *guardians_list;
  GtkMenuButton   *add_person_button;
  GtkPopover      *person_popover;
  GtkDropDown     *person_dropdown;
  GtkEntry        *person_note_entry;
  GtkListBox      *people_list;
  GtkListBox      *history_list;

  PassendDatabase *database;
  PassendStudent  *student;
  /* Parallel to the person drop-down. */
  GArray          *person_ids;
};

/* Shared by passend-student-support.c and -people.c (guardians and
 * involved people). */
void       _passend_student_support_toast          (PassendStudentSupport *self,
                                                    AdwToast              *toast);
void       _passend_student_support_error          (PassendStudentSupport *self,
                                                    const char            *what,
                                                    const GError          *error);
gint64     _passend_student_support_student_id     (PassendStudentSupport *self);
GtkWindow *_passend_student_support_parent         (PassendStudentSupport *self);
void       _passend_student_support_clear          (GtkListBox            *list);
GtkWidget *_passend_student_support_icon_button    (const char            *icon_name,
                                                    const char            *tooltip);

void       _passend_student_support_load_guardians       (PassendStudentSupport *self);
void       _passend_student_support_load_people          (PassendStudentSupport *self);
void       _passend_student_support_load_person_choices  (PassendStudentSupport *self);
void       _passend_student_support_add_guardian_cb      (PassendStudentSupport *self);
void       _passend_student_support_add_person_cb        (PassendStudentSupport *self);

G_END_DECLS
