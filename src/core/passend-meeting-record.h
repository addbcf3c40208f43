/* passend-meeting-record.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "passend-date.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_MEETING_DECISION (passend_meeting_decision_get_type ())

G_DECLARE_FINAL_TYPE (PassendMeetingDecision, passend_meeting_decision, PASSEND, MEETING_DECISION, GObject)

/* A decision taken on one agenda item, with why. Deciding not to refer
 * or escalate (no_action) is a decision too and must have a rationale:
 * the record shows it was weighed. */
PassendMeetingDecision *passend_meeting_decision_new              (gint64                  item_id,
                                                                   const char             *body);

gint64                  passend_meeting_decision_get_id           (PassendMeetingDecision *self);
void                    passend_meeting_decision_set_id           (PassendMeetingDecision *self,
                                                                   gint64                  id);
gint64                  passend_meeting_decision_get_item_id      (PassendMeetingDecision *self);
void                    passend_meeting_decision_set_item_id      (PassendMeetingDecision *self,
                                                                   gint64                  item_id);
/* 0-based, dense within the item. */
guint                   passend_meeting_decision_get_position     (PassendMeetingDecision *self);
void                    passend_meeting_decision_set_position     (PassendMeetingDecision *self,
                                                                   guint                   position);
const char             *passend_meeting_decision_get_body         (PassendMeetingDecision *self);
void                    passend_meeting_decision_set_body         (PassendMeetingDecision *self,
                                                                   const char             *body);
const char             *passend_meeting_decision_get_rationale    (PassendMeetingDecision *self);
void                    passend_meeting_decision_set_rationale    (PassendMeetingDecision *self,
                                                                   const char             *rationale);
gboolean                passend_meeting_decision_get_no_action    (PassendMeetingDecision *self);
void                    passend_meeting_decision_set_no_action    (PassendMeetingDecision *self,
                                                                   gboolean                no_action);
/* NULL when the decision can be stored; otherwise a translated reason:
 * an empty body, or no rationale for a no-action decision. */
const char             *passend_meeting_decision_check            (PassendMeetingDecision *self);

#define PASSEND_TYPE_MEETING_ACTION (passend_meeting_action_get_type ())

G_DECLARE_FINAL_TYPE (PassendMeetingAction, passend_meeting_action, PASSEND, MEETING_ACTION, GObject)

/* An afspraak from one agenda item: what, who (a person from Partners,
 * or a name such as a parent's), by when, and when it was done. The
 * meeting and student fields are filled by the store so a list of open
 * actions can say where each came from. */
PassendMeetingAction *passend_meeting_action_new                    (gint64                item_id,
                                                                     const char           *what);

gint64                passend_meeting_action_get_id                 (PassendMeetingAction *self);
void                  passend_meeting_action_set_id                 (PassendMeetingAction *self,
                                                                     gint64                id);
gint64                passend_meeting_action_get_item_id            (PassendMeetingAction *self);
void                  passend_meeting_action_set_item_id            (PassendMeetingAction *self,
                                                                     gint64                item_id);
gint64                passend_meeting_action_get_meeting_id         (PassendMeetingAction *self);
void                  passend_meeting_action_set_meeting_id         (PassendMeetingAction *self,
                                                                     gint64                meeting_id);
const char           *passend_meeting_action_get_meeting_title      (PassendMeetingAction *self);
void                  passend_meeting_action_set_meeting_title      (PassendMeetingAction *self,
                                                                     const char           *title);
const char           *passend_meeting_action_get_meeting_kind_name  (PassendMeetingAction *self);
void                  passend_meeting_action_set_meeting_kind_name  (PassendMeetingAction *self,
                                                                     const char           *name);
/* Unix seconds. */
gint64                passend_meeting_action_get_meeting_starts_at  (PassendMeetingAction *self);
void                  passend_meeting_action_set_meeting_starts_at  (PassendMeetingAction *self,
                                                                     gint64                starts_at);
gint64                passend_meeting_action_get_student_id         (PassendMeetingAction *self);
void                  passend_meeting_action_set_student_id         (PassendMeetingAction *self,
                                                                     gint64                student_id);
/* "Jan de Vries" */
const char           *passend_meeting_action_get_student_name       (PassendMeetingAction *self);
void                  passend_meeting_action_set_student_name       (PassendMeetingAction *self,
                                                                     const char           *name);
/* "Vries, Jan de": the order of actions due on one day. */
const char           *passend_meeting_action_get_student_sort_name  (PassendMeetingAction *self);
void                  passend_meeting_action_set_student_sort_name  (PassendMeetingAction *self,
                                                                     const char           *sort_name);
/* 0-based, dense within the item. */
guint                 passend_meeting_action_get_position           (PassendMeetingAction *self);
void                  passend_meeting_action_set_position           (PassendMeetingAction *self,
                                                                     guint                 position);
const char           *passend_meeting_action_get_what               (PassendMeetingAction *self);
void                  passend_meeting_action_set_what               (PassendMeetingAction *self,
                                                                     const char           *what);
/* 0 when the owner is only a name. */
gint64                passend_meeting_action_get_owner_person_id    (PassendMeetingAction *self);
void                  passend_meeting_action_set_owner_person_id    (PassendMeetingAction *self,
                                                                     gint64                person_id);
/* The name as typed (meeting_action.owner_name): a parent, the student. */
const char           *passend_meeting_action_get_owner_name         (PassendMeetingAction *self);
void                  passend_meeting_action_set_owner_name         (PassendMeetingAction *self,
                                                                     const char           *name);
/* Filled by the store: the person's name, else owner_name; may be
 * empty. */
const char           *passend_meeting_action_get_owner_display_name (PassendMeetingAction *self);
void                  passend_meeting_action_set_owner_display_name (PassendMeetingAction *self,
                                                                     const char           *name);
/* PASSEND_DAY_NONE: no due day / not done. */
PassendDay            passend_meeting_action_get_due_on             (PassendMeetingAction *self);
void                  passend_meeting_action_set_due_on             (PassendMeetingAction *self,
                                                                     PassendDay            day);
PassendDay            passend_meeting_action_get_done_on            (PassendMeetingAction *self);
void                  passend_meeting_action_set_done_on            (PassendMeetingAction *self,
                                                                     PassendDay            day);
gboolean              passend_meeting_action_is_done                (PassendMeetingAction *self);
/* Not done and due before @today. */
gboolean              passend_meeting_action_is_overdue             (PassendMeetingAction *self,
                                                                     PassendDay            today);
/* NULL when the action can be stored; otherwise a translated reason:
 * nothing to do. */
const char           *passend_meeting_action_check                  (PassendMeetingAction *self);
/* Open ones first by due day (no due day last), then done ones; then
 * by student sort name and position. */
int                   passend_meeting_action_compare                (PassendMeetingAction *a,
                                                                     PassendMeetingAction *b);

G_END_DECLS
