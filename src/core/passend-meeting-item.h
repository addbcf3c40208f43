/* passend-meeting-item.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "passend-meeting-role.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_MEETING_ITEM (passend_meeting_item_get_type ())

G_DECLARE_FINAL_TYPE (PassendMeetingItem, passend_meeting_item, PASSEND, MEETING_ITEM, GObject)

/* One agenda item: one student in one meeting, at a position, with a
 * duration; its slot starts slot_offset minutes after the meeting does
 * (the durations of the items before it, see passend_meeting_slots()).
 * The question (hulpvraag) and documents go on the agenda; the internal
 * note only on the internal agenda; the minutes are what was said. The
 * student's names and class are filled by the store. */
PassendMeetingItem *passend_meeting_item_new                     (gint64               meeting_id,
                                                                  gint64               student_id);

gint64              passend_meeting_item_get_id                  (PassendMeetingItem  *self);
void                passend_meeting_item_set_id                  (PassendMeetingItem  *self,
                                                                  gint64               id);
gint64              passend_meeting_item_get_meeting_id          (PassendMeetingItem  *self);
void                passend_meeting_item_set_meeting_id          (PassendMeetingItem  *self,
                                                                  gint64               meeting_id);
gint64              passend_meeting_item_get_student_id          (PassendMeetingItem  *self);
void                passend_meeting_item_set_student_id          (PassendMeetingItem  *self,
                                                                  gint64               student_id);
/* "Jan de Vries" */
const char         *passend_meeting_item_get_student_name        (PassendMeetingItem  *self);
void                passend_meeting_item_set_student_name        (PassendMeetingItem  *self,
                                                                  const char          *name);
/* "Vries, Jan de" */
const char         *passend_meeting_item_get_student_sort_name   (PassendMeetingItem  *self);
void                passend_meeting_item_set_student_sort_name   (PassendMeetingItem  *self,
                                                                  const char          *sort_name);
/* "2B" */
const char         *passend_meeting_item_get_student_class       (PassendMeetingItem  *self);
void                passend_meeting_item_set_student_class       (PassendMeetingItem  *self,
                                                                  const char          *class_name);
/* 0-based, dense within the meeting. */
guint               passend_meeting_item_get_position            (PassendMeetingItem  *self);
void                passend_meeting_item_set_position            (PassendMeetingItem  *self,
                                                                  guint                position);
/* 1–480. */
guint               passend_meeting_item_get_duration_minutes    (PassendMeetingItem  *self);
void                passend_meeting_item_set_duration_minutes    (PassendMeetingItem  *self,
                                                                  guint                minutes);
/* Minutes after the meeting's start; filled by the store's lists. */
guint               passend_meeting_item_get_slot_offset_minutes (PassendMeetingItem  *self);
void                passend_meeting_item_set_slot_offset_minutes (PassendMeetingItem  *self,
                                                                  guint                minutes);
/* The hulpvraag for this meeting. */
const char         *passend_meeting_item_get_question            (PassendMeetingItem  *self);
void                passend_meeting_item_set_question            (PassendMeetingItem  *self,
                                                                  const char          *question);
/* What invitees should read beforehand, free text. */
const char         *passend_meeting_item_get_documents           (PassendMeetingItem  *self);
void                passend_meeting_item_set_documents           (PassendMeetingItem  *self,
                                                                  const char          *documents);
/* For the internal agenda only. */
const char         *passend_meeting_item_get_internal_note       (PassendMeetingItem  *self);
void                passend_meeting_item_set_internal_note       (PassendMeetingItem  *self,
                                                                  const char          *note);
const char         *passend_meeting_item_get_minutes             (PassendMeetingItem  *self);
void                passend_meeting_item_set_minutes             (PassendMeetingItem  *self,
                                                                  const char          *minutes);
/* Stable per item, for per-item calendar events. */
const char         *passend_meeting_item_get_uid                 (PassendMeetingItem  *self);
void                passend_meeting_item_set_uid                 (PassendMeetingItem  *self,
                                                                  const char          *uid);

#define PASSEND_TYPE_MEETING_INVITEE (passend_meeting_invitee_get_type ())

G_DECLARE_FINAL_TYPE (PassendMeetingInvitee, passend_meeting_invitee, PASSEND, MEETING_INVITEE, GObject)

/* Who is invited to one agenda item, in which role: exactly one of a
 * person (Partners), an organisation, a guardian of the student, or the
 * student. The names, e-mail and is_external are filled by the store. */
PassendMeetingInvitee *passend_meeting_invitee_new                    (gint64                  item_id,
                                                                       PassendMeetingRole      role);

gint64                 passend_meeting_invitee_get_id                 (PassendMeetingInvitee *self);
void                   passend_meeting_invitee_set_id                 (PassendMeetingInvitee *self,
                                                                       gint64                  id);
gint64                 passend_meeting_invitee_get_item_id            (PassendMeetingInvitee *self);
void                   passend_meeting_invitee_set_item_id            (PassendMeetingInvitee *self,
                                                                       gint64                  item_id);
PassendMeetingRole     passend_meeting_invitee_get_role               (PassendMeetingInvitee *self);
void                   passend_meeting_invitee_set_role               (PassendMeetingInvitee *self,
                                                                       PassendMeetingRole      role);
/* Setting one of the four clears the other three. */
gint64                 passend_meeting_invitee_get_person_id          (PassendMeetingInvitee *self);
void                   passend_meeting_invitee_set_person_id          (PassendMeetingInvitee *self,
                                                                       gint64                  person_id);
gint64                 passend_meeting_invitee_get_organisation_id    (PassendMeetingInvitee *self);
void                   passend_meeting_invitee_set_organisation_id    (PassendMeetingInvitee *self,
                                                                       gint64                  organisation_id);
gint64                 passend_meeting_invitee_get_guardian_id        (PassendMeetingInvitee *self);
void                   passend_meeting_invitee_set_guardian_id        (PassendMeetingInvitee *self,
                                                                       gint64                  guardian_id);
gboolean               passend_meeting_invitee_get_is_student         (PassendMeetingInvitee *self);
void                   passend_meeting_invitee_set_is_student         (PassendMeetingInvitee *self,
                                                                       gboolean                is_student);
/* The person's, organisation's, guardian's or student's name. */
const char            *passend_meeting_invitee_get_display_name       (PassendMeetingInvitee *self);
void                   passend_meeting_invitee_set_display_name       (PassendMeetingInvitee *self,
                                                                       const char             *name);
/* A person's organisation; empty otherwise. */
const char            *passend_meeting_invitee_get_organisation_name  (PassendMeetingInvitee *self);
void                   passend_meeting_invitee_set_organisation_name  (PassendMeetingInvitee *self,
                                                                       const char             *name);
/* For invitations; may be empty. */
const char            *passend_meeting_invitee_get_email              (PassendMeetingInvitee *self);
void                   passend_meeting_invitee_set_email              (PassendMeetingInvitee *self,
                                                                       const char             *email);
/* An organisation, or a person who is not school staff (internal = 0):
 * inviting one needs the student's consent for discussion-external. */
gboolean               passend_meeting_invitee_get_is_external        (PassendMeetingInvitee *self);
void                   passend_meeting_invitee_set_is_external        (PassendMeetingInvitee *self,
                                                                       gboolean                is_external);
/* Two invitees are the same attendee when they name the same person,
 * organisation, guardian, or both the student (of the same item). */
gboolean               passend_meeting_invitee_same_attendee          (PassendMeetingInvitee *a,
                                                                       PassendMeetingInvitee *b);

G_END_DECLS
