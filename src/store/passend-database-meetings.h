/* passend-database-meetings.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-database.h"
#include "passend-meeting.h"
#include "passend-meeting-rules.h"

G_BEGIN_DECLS

/* Meetings (area "meetings"; DOMAIN.md §0, §6, §10.3): the kinds a
 * school holds, meetings with an agenda of one item per student and
 * invitees per item, minutes with decisions and actions, and closing a
 * meeting onto the timeline.
 *
 * Every write is one transaction with its audit row (never content);
 * "changed" follows the commit with entity "meeting-kind" (the kind's
 * id), "meeting" (the meeting's id, for a change to the meeting, its
 * items, invitees, decisions or minutes) or "meeting-action" (the
 * action's id, 0 when several changed) — an action change also emits
 * "meeting" for its meeting. Closing a meeting also emits
 * "timeline-entry" (0).
 *
 * Times are unix seconds; days (due, done) are PassendDay in local
 * time. A closed or cancelled meeting is read-only except for its
 * actions (which are done later): every other write to it is INVALID. */

/* Kinds ------------------------------------------------------------ */

/* A GListModel of PassendMeetingKind with their roles, by name; archived
 * kinds only with @include_archived. */
GListModel         *passend_database_list_meeting_kinds   (PassendDatabase          *self,
                                                           gboolean                  include_archived,
                                                           GError                  **error);
PassendMeetingKind *passend_database_get_meeting_kind     (PassendDatabase          *self,
                                                           gint64                    kind_id,
                                                           GError                  **error);
/* Stores a new kind with its roles and sets the id, and the code (made
 * from the name when empty). A blank name or minutes outside 1–480 are
 * INVALID, the name or code of another kind CONSTRAINT. */
gboolean            passend_database_add_meeting_kind     (PassendDatabase          *self,
                                                           PassendMeetingKind       *kind,
                                                           GError                  **error);
/* Stores the name, default item minutes and default place (not the
 * roles, not the code). */
gboolean            passend_database_update_meeting_kind  (PassendDatabase          *self,
                                                           PassendMeetingKind       *kind,
                                                           GError                  **error);
/* Whether the kind invites @role: required, optional or not at all. */
gboolean            passend_database_set_meeting_kind_role (PassendDatabase         *self,
                                                            gint64                   kind_id,
                                                            PassendMeetingRole       role,
                                                            PassendMeetingInvitation invitation,
                                                            GError                 **error);
/* An archived kind is not offered for new meetings; its meetings stay. */
gboolean            passend_database_archive_meeting_kind (PassendDatabase          *self,
                                                           gint64                    kind_id,
                                                           gboolean                  archived,
                                                           GError                  **error);
/* Puts a seed kind's name, minutes, place and roles back as the first
 * release had them (passend_meeting_kind_new_seed()); a kind the school
 * added itself is INVALID. */
gboolean            passend_database_restore_meeting_kind (PassendDatabase          *self,
                                                           gint64                    kind_id,
                                                           GError                  **error);

/* Meetings --------------------------------------------------------- */

/* Stores a new planned meeting and sets its id, uid ("…@passend"),
 * sequence 0, and its title (the kind's name when empty) and kind name.
 * An archived or unknown kind is INVALID. */
gboolean            passend_database_add_meeting          (PassendDatabase          *self,
                                                           PassendMeeting           *meeting,
                                                           GError                  **error);
/* Stores title, start, place, online link, chair, minute-taker and
 * internal note of a planned meeting. A change invitees see (title,
 * start, place, link) raises the sequence; the new sequence is set on
 * @meeting. The kind never changes. */
gboolean            passend_database_update_meeting       (PassendDatabase          *self,
                                                           PassendMeeting           *meeting,
                                                           GError                  **error);
/* A planned meeting becomes cancelled (raising the sequence, so a
 * calendar can withdraw the invitation); its agenda stays. */
gboolean            passend_database_cancel_meeting       (PassendDatabase          *self,
                                                           gint64                    meeting_id,
                                                           GError                  **error);
/* Removes a planned meeting with everything on it (a meeting made by
 * mistake); closed meetings, which are on the record, are INVALID. */
gboolean            passend_database_remove_meeting       (PassendDatabase          *self,
                                                           gint64                    meeting_id,
                                                           GError                  **error);
PassendMeeting     *passend_database_get_meeting          (PassendDatabase          *self,
                                                           gint64                    meeting_id,
                                                           GError                  **error);
/* GListModels of PassendMeeting with kind, chair and minute-taker names,
 * n_items and total minutes.
 * Upcoming: every planned meeting (also one whose time has passed but
 * that is not closed: its minutes are still to be written) and cancelled
 * meetings starting at or after @now, by start.
 * Past: closed meetings and cancelled ones that started before @now,
 * latest first.
 * Range: every meeting starting in [@from, @to), by start. */
GListModel         *passend_database_list_upcoming_meetings (PassendDatabase        *self,
                                                             gint64                  now,
                                                             GError                **error);
GListModel         *passend_database_list_past_meetings   (PassendDatabase          *self,
                                                           gint64                    now,
                                                           GError                  **error);
GListModel         *passend_database_list_meetings        (PassendDatabase          *self,
                                                           gint64                    from,
                                                           gint64                    to,
                                                           GError                  **error);
/* The planned and closed meetings of the week (Monday to Sunday, local
 * time) that holds @day, by start: "meetings this week". */
GListModel         *passend_database_list_meetings_of_week (PassendDatabase         *self,
                                                            PassendDay               day,
                                                            GError                 **error);
/* A student's meetings (those with an item for the student), latest
 * first, cancelled ones left out. */
GListModel         *passend_database_list_student_meetings (PassendDatabase         *self,
                                                            gint64                   student_id,
                                                            GError                 **error);

/* Agenda items ----------------------------------------------------- */

/* Adds one item per student, in the order given, after the existing
 * items: duration from the kind, and default invitees for the roles the
 * kind always invites (optional roles are left to the user): the
 * student's mentor for "mentor", each guardian with gezag for
 * "guardians", the student for "student", for an organisation role the
 * one non-archived organisation of that kind when there is exactly one,
 * and for another staff role the one non-archived staff member with
 * that role when there is exactly one. An external invitee is added
 * only when the student's consent for discussion-external holds on the
 * meeting's day (otherwise the checks report the missing role). All or nothing: a
 * student already on the agenda is a CONSTRAINT error naming the
 * student. @item_ids, when not NULL, receives the @n_students new ids.
 * Raises the sequence. */
gboolean            passend_database_add_meeting_items    (PassendDatabase          *self,
                                                           gint64                    meeting_id,
                                                           const gint64             *student_ids,
                                                           gsize                     n_students,
                                                           gint64                   *item_ids,
                                                           GError                  **error);
/* Removes the item with its invitees and minutes and renumbers the
 * rest; raises the sequence. */
gboolean            passend_database_remove_meeting_item  (PassendDatabase          *self,
                                                           gint64                    item_id,
                                                           GError                  **error);
/* Moves the item to @position (clamped to the end) and renumbers the
 * items densely from 0; raises the sequence when the order changed. */
gboolean            passend_database_move_meeting_item    (PassendDatabase          *self,
                                                           gint64                    item_id,
                                                           guint                     position,
                                                           GError                  **error);
/* Stores question, documents, internal note and duration (1–480) of
 * @item; a new duration raises the sequence. Not the minutes. */
gboolean            passend_database_update_meeting_item  (PassendDatabase          *self,
                                                           PassendMeetingItem       *item,
                                                           GError                  **error);
/* Saves the minutes as typed: one UPDATE (plus its audit row), cheap
 * enough to call while typing (after a short pause). Allowed on a
 * planned meeting only. */
gboolean            passend_database_set_meeting_item_minutes (PassendDatabase      *self,
                                                               gint64                item_id,
                                                               const char           *minutes,
                                                               GError              **error);
/* A GListModel of PassendMeetingItem in agenda order, with the
 * student's names and class and the slot offsets. */
GListModel         *passend_database_list_meeting_items   (PassendDatabase          *self,
                                                           gint64                    meeting_id,
                                                           GError                  **error);
PassendMeetingItem *passend_database_get_meeting_item     (PassendDatabase          *self,
                                                           gint64                    item_id,
                                                           GError                  **error);

/* Invitees --------------------------------------------------------- */

/* Stores @invitee (item, role, and exactly one of person, organisation,
 * guardian of the item's student, or the student) and sets its id and
 * names. An external invitee (an organisation, or a person who is not
 * staff) for a student whose consent for discussion-external does not
 * hold on the meeting's day is refused with
 * PASSEND_DATABASE_ERROR_NO_CONSENT naming the student, and nothing is
 * written. The same attendee twice on one item is CONSTRAINT. Raises the
 * sequence. */
gboolean            passend_database_add_meeting_invitee  (PassendDatabase          *self,
                                                           PassendMeetingInvitee    *invitee,
                                                           GError                  **error);
gboolean            passend_database_remove_meeting_invitee (PassendDatabase        *self,
                                                             gint64                  invitee_id,
                                                             GError                **error);
/* GListModels of PassendMeetingInvitee with names, e-mail and
 * is_external: of one item in role order, or of every item of a meeting
 * in agenda order, then role order. */
GListModel         *passend_database_list_meeting_invitees (PassendDatabase         *self,
                                                            gint64                   item_id,
                                                            GError                 **error);
GListModel         *passend_database_list_meeting_attendees (PassendDatabase        *self,
                                                             gint64                  meeting_id,
                                                             GError                **error);

/* Checks ----------------------------------------------------------- */

/* The problems of a planned meeting: required roles missing on an item,
 * external invitees whose consent no longer holds, and people (chair,
 * minute-taker, invitees) booked at the same time in another planned
 * meeting. A GPtrArray of PassendMeetingProblem, owning, items in agenda
 * order; empty when all is well. */
GPtrArray          *passend_database_check_meeting        (PassendDatabase          *self,
                                                           gint64                    meeting_id,
                                                           GError                  **error);

/* Minutes: decisions ----------------------------------------------- */

/* A GListModel of PassendMeetingDecision of one item, in order. */
GListModel         *passend_database_list_meeting_decisions (PassendDatabase        *self,
                                                             gint64                  item_id,
                                                             GError                **error);
/* Appends @decision to its item and sets id and position. A blank body,
 * or a no-action decision without a rationale, is INVALID
 * (passend_meeting_decision_check()). */
gboolean            passend_database_add_meeting_decision (PassendDatabase          *self,
                                                           PassendMeetingDecision   *decision,
                                                           GError                  **error);
/* Stores body, rationale and no_action, with the same checks. */
gboolean            passend_database_update_meeting_decision (PassendDatabase       *self,
                                                              PassendMeetingDecision *decision,
                                                              GError               **error);
gboolean            passend_database_remove_meeting_decision (PassendDatabase       *self,
                                                              gint64                 decision_id,
                                                              GError               **error);
/* Moves within its item (clamped), renumbering densely. */
gboolean            passend_database_move_meeting_decision (PassendDatabase         *self,
                                                            gint64                   decision_id,
                                                            guint                    position,
                                                            GError                 **error);

/* Minutes: actions ------------------------------------------------- */

/* A GListModel of PassendMeetingAction of one item, in order, with the
 * meeting, student and owner names. */
GListModel         *passend_database_list_meeting_actions (PassendDatabase          *self,
                                                           gint64                    item_id,
                                                           GError                  **error);
/* Appends @action to its item and sets id and position. A blank what is
 * INVALID; the owner is a person (owner_person_id) or a name. Allowed
 * on a planned meeting. */
gboolean            passend_database_add_meeting_action   (PassendDatabase          *self,
                                                           PassendMeetingAction     *action,
                                                           GError                  **error);
/* Stores what, owner, due and done days; allowed after closing too. */
gboolean            passend_database_update_meeting_action (PassendDatabase         *self,
                                                            PassendMeetingAction    *action,
                                                            GError                 **error);
/* Only on a planned meeting: a closed meeting's actions are on the
 * record. */
gboolean            passend_database_remove_meeting_action (PassendDatabase         *self,
                                                            gint64                   action_id,
                                                            GError                 **error);
/* Done on @done_on, or not done again with PASSEND_DAY_NONE; allowed
 * after closing. A day in the future is INVALID. */
gboolean            passend_database_set_meeting_action_done (PassendDatabase       *self,
                                                              gint64                 action_id,
                                                              PassendDay             done_on,
                                                              GError               **error);
/* Open actions of planned and closed meetings for the Overzicht: those
 * due on or before @until (overdue ones included) and those without a
 * due day; a GListModel of PassendMeetingAction, by due day (none last),
 * then student. */
GListModel         *passend_database_list_open_meeting_actions (PassendDatabase     *self,
                                                                PassendDay           until,
                                                                GError             **error);
/* Every action of a student's meetings (open ones first, as
 * passend_meeting_action_compare()). */
GListModel         *passend_database_list_student_meeting_actions (PassendDatabase  *self,
                                                                   gint64            student_id,
                                                                   GError          **error);

/* Closing ---------------------------------------------------------- */

/* Closes a planned meeting in one transaction: for each item one
 * timeline entry (kind meeting, occurred at the meeting's start,
 * confidentiality care, title "<kind> <dd-mm-yyyy>", body from
 * passend_meeting_format_item_record()) linked to the item, and the
 * meeting becomes closed with closed_at now. A closed or cancelled
 * meeting is INVALID; so is a meeting without items. */
gboolean            passend_database_close_meeting        (PassendDatabase          *self,
                                                           gint64                    meeting_id,
                                                           GError                  **error);
/* The timeline entry a closed meeting left for an item, or 0 (no error)
 * when there is none. */
gint64              passend_database_get_meeting_item_entry_id (PassendDatabase     *self,
                                                                gint64               item_id,
                                                                GError             **error);

G_END_DECLS
