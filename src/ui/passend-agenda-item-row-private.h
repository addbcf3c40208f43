/* passend-agenda-item-row-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-agenda-item-row.h"
#include "passend-wrap-box.h"

G_BEGIN_DECLS

struct _PassendAgendaItemRow
{
  GtkListBoxRow          parent_instance;

  /* Template widgets */
  GtkWidget             *drag_handle;
  GtkLabel              *slot_label;
  GtkLabel              *name_label;
  GtkLabel              *class_label;
  GtkSpinButton         *duration_spin;
  GtkBox                *problems_box;
  GtkEntry              *question_entry;
  GtkEntry              *documents_entry;
  GtkEntry              *internal_entry;
  PassendWrapBox        *invitees_box;
  GtkMenuButton         *add_invitee_button;

  /* Owned references */
  PassendDatabase       *database;
  PassendMeetingItem    *item;
  PassendStudent        *student;
  PassendMeetingInvitee *refused;      /* waiting for a consent */
  GtkWidget             *popover;
  GPtrArray             *problem_messages;
  char                  *refusal;

  guint                  save_source;
  guint                  n_invitees;
  guint                  n_problems;
  guint                  editable : 1;
  guint                  setting : 1;
};

/* Shared by passend-agenda-item-row.c and passend-agenda-item-row-checks.c. */
void            _passend_agenda_item_row_add_toast       (PassendAgendaItemRow  *self,
                                                          AdwToast              *toast);
PassendStudent *_passend_agenda_item_row_ensure_student  (PassendAgendaItemRow  *self);
/* Shows @message (NULL: none) as the refusal of @refused, kept to retry. */
void            _passend_agenda_item_row_show_refusal    (PassendAgendaItemRow  *self,
                                                          const char            *message,
                                                          PassendMeetingInvitee *refused);

G_END_DECLS
