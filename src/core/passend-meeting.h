/* passend-meeting.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "passend-date.h"
#include "passend-meeting-role.h"
#include "passend-meeting-kind.h"
#include "passend-meeting-item.h"
#include "passend-meeting-record.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_MEETING (passend_meeting_get_type ())

G_DECLARE_FINAL_TYPE (PassendMeeting, passend_meeting, PASSEND, MEETING, GObject)

/* One meeting (overleg): its kind, when and where, who chairs it and
 * who takes the minutes, its state and the iCalendar uid and sequence
 * (the uid never changes; the sequence rises with every change an
 * invitee would see). Ids are 0 when not set. The names are filled by
 * the store. Properties of the same names exist for every field, for
 * expressions in list views. */
PassendMeeting      *passend_meeting_new                      (gint64               kind_id,
                                                               gint64               starts_at);

gint64               passend_meeting_get_id                   (PassendMeeting      *self);
void                 passend_meeting_set_id                   (PassendMeeting      *self,
                                                               gint64               id);
gint64               passend_meeting_get_kind_id              (PassendMeeting      *self);
void                 passend_meeting_set_kind_id              (PassendMeeting      *self,
                                                               gint64               kind_id);
/* Filled by the store: "Flex-ZAT". */
const char          *passend_meeting_get_kind_name            (PassendMeeting      *self);
void                 passend_meeting_set_kind_name            (PassendMeeting      *self,
                                                               const char          *name);
/* Filled by the store: "flex-zat". */
const char          *passend_meeting_get_kind_code            (PassendMeeting      *self);
void                 passend_meeting_set_kind_code            (PassendMeeting      *self,
                                                               const char          *code);
/* Empty until stored: the store makes it the kind's name. */
const char          *passend_meeting_get_title                (PassendMeeting      *self);
void                 passend_meeting_set_title                (PassendMeeting      *self,
                                                               const char          *title);
/* Unix seconds (UTC); the day and time shown are local. */
gint64               passend_meeting_get_starts_at            (PassendMeeting      *self);
void                 passend_meeting_set_starts_at            (PassendMeeting      *self,
                                                               gint64               starts_at);
/* The local day of starts_at. */
PassendDay           passend_meeting_get_day                  (PassendMeeting      *self);
const char          *passend_meeting_get_place                (PassendMeeting      *self);
void                 passend_meeting_set_place                (PassendMeeting      *self,
                                                               const char          *place);
const char          *passend_meeting_get_online_link          (PassendMeeting      *self);
void                 passend_meeting_set_online_link          (PassendMeeting      *self,
                                                               const char          *link);
gint64               passend_meeting_get_chair_id             (PassendMeeting      *self);
void                 passend_meeting_set_chair_id             (PassendMeeting      *self,
                                                               gint64               person_id);
const char          *passend_meeting_get_chair_name           (PassendMeeting      *self);
void                 passend_meeting_set_chair_name           (PassendMeeting      *self,
                                                               const char          *name);
gint64               passend_meeting_get_minute_taker_id      (PassendMeeting      *self);
void                 passend_meeting_set_minute_taker_id      (PassendMeeting      *self,
                                                               gint64               person_id);
const char          *passend_meeting_get_minute_taker_name    (PassendMeeting      *self);
void                 passend_meeting_set_minute_taker_name    (PassendMeeting      *self,
                                                               const char          *name);
PassendMeetingState  passend_meeting_get_state                (PassendMeeting      *self);
void                 passend_meeting_set_state                (PassendMeeting      *self,
                                                               PassendMeetingState  state);
/* "…@passend"; set by the store when the meeting is added. */
const char          *passend_meeting_get_uid                  (PassendMeeting      *self);
void                 passend_meeting_set_uid                  (PassendMeeting      *self,
                                                               const char          *uid);
guint                passend_meeting_get_sequence             (PassendMeeting      *self);
void                 passend_meeting_set_sequence             (PassendMeeting      *self,
                                                               guint                sequence);
/* For the chair only: never on an external agenda or verslag. */
const char          *passend_meeting_get_internal_note        (PassendMeeting      *self);
void                 passend_meeting_set_internal_note        (PassendMeeting      *self,
                                                               const char          *note);
/* Filled by the store: the number of agenda items and the sum of their
 * durations. */
guint                passend_meeting_get_n_items              (PassendMeeting      *self);
void                 passend_meeting_set_n_items              (PassendMeeting      *self,
                                                               guint                n_items);
guint                passend_meeting_get_total_minutes        (PassendMeeting      *self);
void                 passend_meeting_set_total_minutes        (PassendMeeting      *self,
                                                               guint                minutes);
/* starts_at + total minutes (starts_at when there are no items). */
gint64               passend_meeting_get_ends_at              (PassendMeeting      *self);
/* Unix seconds; 0 unless closed. */
gint64               passend_meeting_get_closed_at            (PassendMeeting      *self);
void                 passend_meeting_set_closed_at            (PassendMeeting      *self,
                                                               gint64               closed_at);

/* Kind name and local date, the title of the timeline entries a closed
 * meeting leaves: "Flex-ZAT 23-11-2026". */
char                *passend_meeting_dup_record_title         (PassendMeeting      *self);

G_END_DECLS
