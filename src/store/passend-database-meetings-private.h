/* passend-database-meetings-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-database-meetings.h"
#include "passend-database-private.h"

G_BEGIN_DECLS

/* Shared by the passend-database-meetings*.c files. */

/* A meeting row with its kind, chair and minute-taker names and item
 * totals; append "WHERE …" and "ORDER BY …". */
#define PASSEND_MEETING_SELECT \
  "SELECT m.id, m.kind_id, k.name, k.code, m.title, m.starts_at, m.place, m.online_link," \
  " m.chair_person_id, cp.given_name, cp.tussenvoegsel, cp.family_name," \
  " m.minute_taker_person_id, mp.given_name, mp.tussenvoegsel, mp.family_name," \
  " m.state, m.uid, m.sequence, m.internal_note, m.closed_at," \
  " (SELECT count (*) FROM meeting_item AS i WHERE i.meeting_id = m.id)," \
  " (SELECT coalesce (sum (i.duration_minutes), 0) FROM meeting_item AS i WHERE i.meeting_id = m.id)" \
  " FROM meeting AS m" \
  " JOIN meeting_kind AS k ON k.id = m.kind_id" \
  " LEFT JOIN person AS cp ON cp.id = m.chair_person_id" \
  " LEFT JOIN person AS mp ON mp.id = m.minute_taker_person_id"

PassendMeeting *_passend_meeting_from_row        (PassendStatement  *statement);
/* Runs @statement (a PASSEND_MEETING_SELECT with its parameters bound)
 * into a GListStore of PassendMeeting. */
GListModel     *_passend_meetings_collect        (PassendDatabase   *self,
                                                  PassendStatement  *statement,
                                                  GError           **error);

/* The meeting, refused (INVALID) unless it is still planned: closed and
 * cancelled meetings are on the record as they are. */
PassendMeeting *_passend_meetings_get_planned    (PassendDatabase   *self,
                                                  gint64             meeting_id,
                                                  GError           **error);
/* The meeting and student of an item; NOT_FOUND when there is none. */
gboolean        _passend_meetings_item_owner     (PassendDatabase   *self,
                                                  gint64             item_id,
                                                  gint64            *meeting_id,
                                                  gint64            *student_id,
                                                  GError           **error);
/* Inside a write: raises the meeting's sequence (a change invitees see)
 * or only its updated_at. */
gboolean        _passend_meetings_touch          (PassendDatabase   *self,
                                                  gint64             meeting_id,
                                                  gboolean           raise_sequence,
                                                  GError           **error);

/* One write of the meetings area: BEGIN, @func (which writes its rows
 * and audit rows), COMMIT, then "changed" for @entity and @entity_id
 * and, when @meeting_id is not 0 and @entity is not "meeting", for the
 * meeting too. */
typedef gboolean (*PassendMeetingsWriteFunc) (PassendDatabase  *self,
                                              gpointer          data,
                                              GError          **error);

gboolean        _passend_meetings_write          (PassendDatabase          *self,
                                                  PassendMeetingsWriteFunc  func,
                                                  gpointer                  data,
                                                  const char               *entity,
                                                  gint64                    entity_id,
                                                  gint64                    meeting_id,
                                                  GError                  **error);
/* Runs a prepared UPDATE/DELETE/INSERT to completion and adds its audit
 * row. */
gboolean        _passend_meetings_step_audit     (PassendDatabase   *self,
                                                  PassendStatement  *statement,
                                                  const char        *action,
                                                  const char        *entity,
                                                  gint64             entity_id,
                                                  GError           **error);

/* Whether the student's consent for discussion-external holds on @day. */
gboolean        _passend_meetings_has_consent    (PassendDatabase   *self,
                                                  gint64             student_id,
                                                  PassendDay         day,
                                                  gboolean          *has_consent,
                                                  GError           **error);
/* "Jan de Vries", for messages; empty when unknown. */
char           *_passend_meetings_student_name   (PassendDatabase   *self,
                                                  gint64             student_id);

/* A GPtrArray (owning) of the GObjects in @model. */
GPtrArray      *_passend_meetings_model_to_array (GListModel        *model);

G_END_DECLS

G_BEGIN_DECLS

/* Inside a write: inserts an invitee row (exactly one of @person_id,
 * @organisation_id, @guardian_id, @is_student) with its audit row; no
 * checks. */
gboolean        _passend_meetings_insert_invitee (PassendDatabase     *self,
                                                  gint64               item_id,
                                                  PassendMeetingRole   role,
                                                  gint64               person_id,
                                                  gint64               organisation_id,
                                                  gint64               guardian_id,
                                                  gboolean             is_student,
                                                  gint64              *id,
                                                  GError             **error);
/* The items of a meeting in agenda order with names and slot offsets,
 * as an owning GPtrArray of PassendMeetingItem. */
GPtrArray      *_passend_meetings_load_items     (PassendDatabase     *self,
                                                  gint64               meeting_id,
                                                  GError             **error);
/* Every invitee of every item of a meeting, sorted (an owning GPtrArray
 * of PassendMeetingInvitee). */
GPtrArray      *_passend_meetings_load_invitees  (PassendDatabase     *self,
                                                  gint64               meeting_id,
                                                  GError             **error);

G_END_DECLS
