/* passend-meeting-rules.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "passend-meeting.h"

G_BEGIN_DECLS

/* Fills @start_offsets_minutes[i] with the minutes after the meeting's
 * start at which item i begins: the sum of the durations before it. The
 * arrays hold @n_items values each; may alias. */
void passend_meeting_slots (const guint *durations_minutes,
                            gsize        n_items,
                            guint       *start_offsets_minutes);

/* What the checks of a planned meeting can find. */
typedef enum
{
  /* A role the kind always invites has no invitee on an item. */
  PASSEND_MEETING_PROBLEM_MISSING_ROLE,
  /* An external invitee on an item of a student whose consent for
   * discussion-external does not hold on the meeting's day. */
  PASSEND_MEETING_PROBLEM_NO_CONSENT,
  /* A person (chair, minute-taker or invitee) is expected at the same
   * time in another meeting. */
  PASSEND_MEETING_PROBLEM_DOUBLE_BOOKED,
} PassendMeetingProblemKind;

#define PASSEND_TYPE_MEETING_PROBLEM (passend_meeting_problem_get_type ())

/* One problem; the fields that do not apply are 0. @message is
 * translated and names what is wrong ("No mentor invited for Jan de
 * Vries."); it holds names, so never log it. */
typedef struct
{
  PassendMeetingProblemKind  kind;
  gint64                     item_id;
  PassendMeetingRole         role;             /* MISSING_ROLE, NO_CONSENT */
  gint64                     invitee_id;       /* NO_CONSENT, DOUBLE_BOOKED (0: chair/minute-taker) */
  gint64                     person_id;        /* DOUBLE_BOOKED */
  gint64                     other_meeting_id; /* DOUBLE_BOOKED */
  char                      *message;
} PassendMeetingProblem;

GType                  passend_meeting_problem_get_type (void) G_GNUC_CONST;
/* Takes a copy of @message. */
PassendMeetingProblem *passend_meeting_problem_new      (PassendMeetingProblemKind    kind,
                                                         const char                  *message);
PassendMeetingProblem *passend_meeting_problem_copy     (const PassendMeetingProblem *problem);
void                   passend_meeting_problem_free     (PassendMeetingProblem       *problem);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendMeetingProblem, passend_meeting_problem_free)

/* Appends to @problems (of PassendMeetingProblem, owning) one
 * MISSING_ROLE problem per item of @items (PassendMeetingItem) and
 * required role of @kind that no invitee of that item in @invitees
 * (PassendMeetingInvitee, any items) has. Items in agenda order, roles
 * in enum order. */
void passend_meeting_find_missing_roles (PassendMeetingKind *kind,
                                         GPtrArray          *items,
                                         GPtrArray          *invitees,
                                         GPtrArray          *problems);

/* Appends one NO_CONSENT problem per external invitee in @invitees whose
 * item (in @items) is about a student not in @consenting_student_ids
 * (the @n_consenting students whose consent holds on the meeting's
 * day). */
void passend_meeting_find_consent_problems (GPtrArray    *items,
                                            GPtrArray    *invitees,
                                            const gint64 *consenting_student_ids,
                                            gsize         n_consenting,
                                            GPtrArray    *problems);

/* When a person is expected: the whole meeting for a chair or
 * minute-taker (item_id 0), an item's slot for an invitee. [start, end)
 * in unix seconds; @name and @meeting_title are for the message. */
typedef struct
{
  gint64      meeting_id;
  gint64      item_id;
  gint64      invitee_id;
  gint64      person_id;
  gint64      start;
  gint64      end;
  const char *person_name;
  const char *meeting_title;
} PassendMeetingBooking;

/* Appends a DOUBLE_BOOKED problem for each person booked in @meeting_id
 * whose booking overlaps one of theirs in another meeting: one per
 * person and other meeting (naming the first clashing booking of
 * @meeting_id in the order given), in the order of @bookings. Slots that
 * only touch (one ends when the other starts) do not overlap, empty
 * slots never do, bookings within one meeting never clash, and
 * cancelled meetings are the caller's to leave out. */
void passend_meeting_find_double_bookings (gint64                       meeting_id,
                                           const PassendMeetingBooking *bookings,
                                           gsize                        n_bookings,
                                           GPtrArray                   *problems);

/* Whether a change to the meeting from @before to @after is one invitees
 * would see (title, start, place, online link), so the sequence must
 * rise. */
gboolean passend_meeting_change_is_visible (PassendMeeting *before,
                                            PassendMeeting *after);

/* The body of the timeline entry a closed meeting leaves for one item,
 * plain text in Dutch (the record is Dutch whatever the UI language,
 * like every timeline entry the store writes): the question, the minutes, the
 * decisions (PassendMeetingDecision, with their rationale, a no-action
 * decision marked as such) and the actions (PassendMeetingAction, with
 * owner and due day). Sections without content are left out. The
 * internal note is never included. */
char    *passend_meeting_format_item_record (PassendMeetingItem *item,
                                             GPtrArray          *decisions,
                                             GPtrArray          *actions);

G_END_DECLS
