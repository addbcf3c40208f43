/* passend-minutes-item-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-minutes-item.h"

G_BEGIN_DECLS

struct _PassendMinutesItem
{
  AdwBin              parent_instance;

  /* Template widgets */
  GtkLabel           *time_label;
  GtkLabel           *student_label;
  GtkLabel           *class_label;
  GtkButton          *export_button;
  GtkLabel           *question_label;
  GtkTextView        *minutes_view;
  GtkListBox         *decisions_list;
  GtkListBox         *decision_form;
  AdwEntryRow        *decision_body_row;
  AdwEntryRow        *decision_rationale_row;
  GtkSwitch          *no_action_switch;
  GtkLabel           *decision_error_label;
  GtkButton          *add_decision_button;
  GtkListBox         *actions_list;
  GtkListBox         *action_form;
  AdwEntryRow        *action_what_row;
  AdwEntryRow        *action_owner_row;
  GtkMenuButton      *owner_button;
  AdwEntryRow        *action_due_row;
  GtkLabel           *action_error_label;
  GtkButton          *add_action_button;

  /* Built in code */
  GtkSearchEntry     *people_search;
  GtkListBox         *people_list;

  /* Owned references */
  PassendDatabase    *database;
  PassendMeetingItem *item;

  gint64              starts_at;
  gboolean            editable;
  gboolean            filling;
  gboolean            dirty;
  guint               save_timeout;
  /* The person picked from Partners, while the owner text is their name. */
  gint64              owner_person_id;
};

/* passend-minutes-item-owner.c */
void _passend_minutes_item_build_people_popover (PassendMinutesItem *self);
void _passend_minutes_item_owner_changed        (PassendMinutesItem *self);

G_END_DECLS
