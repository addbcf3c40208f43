/* passend-database-meetings.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-meetings-private.h"
#include "passend-text.h"

/* Meetings (area "meetings"): the meeting itself and the helpers the
 * other passend-database-meetings-*.c files share. The uid of a meeting
 * never changes and its sequence rises with every change an invitee
 * would see, so calendars update the invitation instead of adding a
 * second one. */

static char *
join_person (PassendStatement *statement,
             int               first_column)
{
  if (sqlite3_column_type (statement, first_column + 2) == SQLITE_NULL)
    return NULL;

  return passend_text_join_name (_passend_column_text (statement, first_column),
                                 _passend_column_text (statement, first_column + 1),
                                 _passend_column_text (statement, first_column + 2));
}

PassendMeeting *
_passend_meeting_from_row (PassendStatement *statement)
{
  PassendMeeting *meeting = passend_meeting_new (sqlite3_column_int64 (statement, 1),
                                                 sqlite3_column_int64 (statement, 5));
  g_autofree char *chair = join_person (statement, 9);
  g_autofree char *minute_taker = join_person (statement, 13);
  PassendMeetingState state = PASSEND_MEETING_STATE_PLANNED;

  passend_meeting_state_from_code (_passend_column_text (statement, 16), &state);

  passend_meeting_set_id (meeting, sqlite3_column_int64 (statement, 0));
  passend_meeting_set_kind_name (meeting, _passend_column_text (statement, 2));
  passend_meeting_set_kind_code (meeting, _passend_column_text (statement, 3));
  passend_meeting_set_title (meeting, _passend_column_text (statement, 4));
  passend_meeting_set_place (meeting, _passend_column_text (statement, 6));
  passend_meeting_set_online_link (meeting, _passend_column_text (statement, 7));
  passend_meeting_set_chair_id (meeting, sqlite3_column_int64 (statement, 8));
  passend_meeting_set_chair_name (meeting, chair);
  passend_meeting_set_minute_taker_id (meeting, sqlite3_column_int64 (statement, 12));
  passend_meeting_set_minute_taker_name (meeting, minute_taker);
  passend_meeting_set_state (meeting, state);
  passend_meeting_set_uid (meeting, _passend_column_text (statement, 17));
  passend_meeting_set_sequence (meeting, (guint) sqlite3_column_int64 (statement, 18));
  passend_meeting_set_internal_note (meeting, _passend_column_text (statement, 19));
  passend_meeting_set_closed_at (meeting, sqlite3_column_int64 (statement, 20));
  passend_meeting_set_n_items (meeting, (guint) sqlite3_column_int64 (statement, 21));
  passend_meeting_set_total_minutes (meeting, (guint) sqlite3_column_int64 (statement, 22));
  return meeting;
}

GListModel *
_passend_meetings_collect (PassendDatabase   *self,
                           PassendStatement  *statement,
                           GError           **error)
{
  g_autoptr(GListStore) store = g_list_store_new (PASSEND_TYPE_MEETING);
  int rc;

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      g_autoptr(PassendMeeting) meeting = _passend_meeting_from_row (statement);

      g_list_store_append (store, meeting);
    }

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

PassendMeeting *
_passend_meetings_get_planned (PassendDatabase  *self,
                               gint64            meeting_id,
                               GError          **error)
{
  g_autoptr(PassendMeeting) meeting = passend_database_get_meeting (self, meeting_id, error);

  if (meeting == NULL)
    return NULL;

  switch (passend_meeting_get_state (meeting))
    {
    case PASSEND_MEETING_STATE_PLANNED:
      return g_steal_pointer (&meeting);
    case PASSEND_MEETING_STATE_CLOSED:
      _passend_database_invalid (error, _("This meeting is closed: its minutes are on the record and no longer change."));
      return NULL;
    case PASSEND_MEETING_STATE_CANCELLED:
    default:
      _passend_database_invalid (error, _("This meeting is cancelled."));
      return NULL;
    }
}

gboolean
_passend_meetings_item_owner (PassendDatabase  *self,
                              gint64            item_id,
                              gint64           *meeting_id,
                              gint64           *student_id,
                              GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self, "SELECT meeting_id, student_id FROM meeting_item WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, item_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    {
      if (meeting_id != NULL)
        *meeting_id = sqlite3_column_int64 (statement, 0);
      if (student_id != NULL)
        *student_id = sqlite3_column_int64 (statement, 1);
      return TRUE;
    }
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("This agenda item does not exist."));
      return FALSE;
    }

  return _passend_database_fail (self, rc, NULL, error);
}

gboolean
_passend_meetings_touch (PassendDatabase  *self,
                         gint64            meeting_id,
                         gboolean          raise_sequence,
                         GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self,
                                         "UPDATE meeting SET sequence = sequence + ?2, updated_at = ?3 WHERE id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, meeting_id);
  sqlite3_bind_int (statement, 2, raise_sequence ? 1 : 0);
  sqlite3_bind_int64 (statement, 3, _passend_database_now ());
  return _passend_database_step_done (self, statement, error);
}

gboolean
_passend_meetings_write (PassendDatabase           *self,
                         PassendMeetingsWriteFunc   func,
                         gpointer                   data,
                         const char                *entity,
                         gint64                     entity_id,
                         gint64                     meeting_id,
                         GError                   **error)
{
  if (!_passend_database_write_begin (self, error))
    return FALSE;

  if (!func (self, data, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_database_changed (self, entity, entity_id);
  if (meeting_id != 0 && g_strcmp0 (entity, "meeting") != 0)
    _passend_database_changed (self, "meeting", meeting_id);
  return TRUE;
}

gboolean
_passend_meetings_step_audit (PassendDatabase   *self,
                              PassendStatement  *statement,
                              const char        *action,
                              const char        *entity,
                              gint64             entity_id,
                              GError           **error)
{
  return _passend_database_step_done (self, statement, error) &&
         _passend_database_audit (self, action, entity, entity_id, error);
}

gboolean
_passend_meetings_has_consent (PassendDatabase  *self,
                               gint64            student_id,
                               PassendDay        day,
                               gboolean         *has_consent,
                               GError          **error)
{
  g_autoptr(GError) local_error = NULL;

  *has_consent = passend_database_has_valid_consent (self, student_id, PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL,
                                                     NULL, day, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

char *
_passend_meetings_student_name (PassendDatabase *self,
                                gint64           student_id)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self,
                                         "SELECT roepnaam, tussenvoegsel, achternaam FROM student WHERE id = ?1",
                                         NULL);
  if (statement == NULL)
    return g_strdup ("");

  sqlite3_bind_int64 (statement, 1, student_id);
  if (sqlite3_step (statement) != SQLITE_ROW)
    return g_strdup ("");

  return passend_text_join_name (_passend_column_text (statement, 0), _passend_column_text (statement, 1),
                                 _passend_column_text (statement, 2));
}

GPtrArray *
_passend_meetings_model_to_array (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);
  GPtrArray *array = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (model, i));

  return array;
}

/* Meetings */

PassendMeeting *
passend_database_get_meeting (PassendDatabase  *self,
                              gint64            meeting_id,
                              GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self, PASSEND_MEETING_SELECT " WHERE m.id = ?1", error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, meeting_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    return _passend_meeting_from_row (statement);
  if (rc == SQLITE_DONE)
    g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                         _("This meeting does not exist."));
  else
    _passend_database_fail (self, rc, NULL, error);
  return NULL;
}

static gboolean
check_people (PassendDatabase  *self,
              PassendMeeting   *meeting,
              GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  gint64 ids[] = { passend_meeting_get_chair_id (meeting), passend_meeting_get_minute_taker_id (meeting) };

  statement = _passend_database_prepare (self, "SELECT 1 FROM person WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      if (ids[i] == 0)
        continue;
      sqlite3_reset (statement);
      sqlite3_bind_int64 (statement, 1, ids[i]);
      if (sqlite3_step (statement) != SQLITE_ROW)
        return _passend_database_invalid (error, i == 0 ? _("The chair is not in Partners.")
                                                        : _("The minute-taker is not in Partners."));
    }

  return TRUE;
}

static gboolean
insert_meeting (PassendDatabase  *self,
                PassendMeeting   *meeting,
                gint64           *id,
                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *random = g_uuid_string_random ();
  g_autofree char *uid = g_strconcat (random, "@passend", NULL);
  gint64 now = _passend_database_now ();

  statement = _passend_database_prepare (self,
                                         "INSERT INTO meeting (kind_id, title, starts_at, place, online_link,"
                                         " chair_person_id, minute_taker_person_id, state, uid, sequence,"
                                         " internal_note, created_at, updated_at)"
                                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'planned', ?8, 0, ?9, ?10, ?10)",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, passend_meeting_get_kind_id (meeting));
  _passend_bind_text (statement, 2, passend_meeting_get_title (meeting));
  sqlite3_bind_int64 (statement, 3, passend_meeting_get_starts_at (meeting));
  _passend_bind_text (statement, 4, passend_meeting_get_place (meeting));
  _passend_bind_text (statement, 5, passend_meeting_get_online_link (meeting));
  _passend_bind_id (statement, 6, passend_meeting_get_chair_id (meeting));
  _passend_bind_id (statement, 7, passend_meeting_get_minute_taker_id (meeting));
  _passend_bind_text (statement, 8, uid);
  _passend_bind_text (statement, 9, passend_meeting_get_internal_note (meeting));
  sqlite3_bind_int64 (statement, 10, now);

  if (!_passend_database_step_done (self, statement, error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (_passend_database_get_handle (self));
  passend_meeting_set_uid (meeting, uid);
  return TRUE;
}

gboolean
passend_database_add_meeting (PassendDatabase  *self,
                              PassendMeeting   *meeting,
                              GError          **error)
{
  g_autoptr(PassendMeetingKind) kind = NULL;
  gint64 id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (passend_meeting_get_id (meeting) != 0)
    return _passend_database_invalid (error, _("This meeting is already stored."));
  kind = passend_database_get_meeting_kind (self, passend_meeting_get_kind_id (meeting), NULL);
  if (kind == NULL)
    return _passend_database_invalid (error, _("Choose the kind of meeting."));
  if (passend_meeting_kind_get_archived (kind))
    return _passend_database_invalid (error, _("This kind of meeting is archived; choose another."));
  if (!check_people (self, meeting, error))
    return FALSE;

  if (_passend_is_blank (passend_meeting_get_title (meeting)))
    passend_meeting_set_title (meeting, passend_meeting_kind_get_name (kind));

  if (!_passend_database_create (self, "meeting", (PassendInsertFunc) insert_meeting, meeting, &id, error))
    return FALSE;

  passend_meeting_set_id (meeting, id);
  passend_meeting_set_kind_name (meeting, passend_meeting_kind_get_name (kind));
  passend_meeting_set_kind_code (meeting, passend_meeting_kind_get_code (kind));
  passend_meeting_set_state (meeting, PASSEND_MEETING_STATE_PLANNED);
  passend_meeting_set_sequence (meeting, 0);
  passend_meeting_set_closed_at (meeting, 0);
  return TRUE;
}

typedef struct
{
  PassendMeeting *meeting;
  gboolean        visible;
} UpdateData;

static gboolean
write_update (PassendDatabase  *self,
              gpointer          data,
              GError          **error)
{
  UpdateData *update = data;
  PassendMeeting *meeting = update->meeting;
  g_autoptr(PassendStatement) statement = NULL;
  gint64 id = passend_meeting_get_id (meeting);

  statement = _passend_database_prepare (self,
                                         "UPDATE meeting SET title = ?2, starts_at = ?3, place = ?4, online_link = ?5,"
                                         " chair_person_id = ?6, minute_taker_person_id = ?7, internal_note = ?8"
                                         " WHERE id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, id);
  _passend_bind_text (statement, 2, passend_meeting_get_title (meeting));
  sqlite3_bind_int64 (statement, 3, passend_meeting_get_starts_at (meeting));
  _passend_bind_text (statement, 4, passend_meeting_get_place (meeting));
  _passend_bind_text (statement, 5, passend_meeting_get_online_link (meeting));
  _passend_bind_id (statement, 6, passend_meeting_get_chair_id (meeting));
  _passend_bind_id (statement, 7, passend_meeting_get_minute_taker_id (meeting));
  _passend_bind_text (statement, 8, passend_meeting_get_internal_note (meeting));

  return _passend_meetings_step_audit (self, statement, "update", "meeting", id, error) &&
         _passend_meetings_touch (self, id, update->visible, error);
}

gboolean
passend_database_update_meeting (PassendDatabase  *self,
                                 PassendMeeting   *meeting,
                                 GError          **error)
{
  g_autoptr(PassendMeeting) stored = NULL;
  UpdateData update = { meeting, FALSE };
  gint64 id;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = passend_meeting_get_id (meeting);
  stored = _passend_meetings_get_planned (self, id, error);
  if (stored == NULL || !check_people (self, meeting, error))
    return FALSE;

  if (_passend_is_blank (passend_meeting_get_title (meeting)))
    passend_meeting_set_title (meeting, passend_meeting_get_kind_name (stored));

  update.visible = passend_meeting_change_is_visible (stored, meeting);
  if (!_passend_meetings_write (self, write_update, &update, "meeting", id, 0, error))
    return FALSE;

  passend_meeting_set_sequence (meeting, passend_meeting_get_sequence (stored) + (update.visible ? 1 : 0));
  return TRUE;
}

static gboolean
write_cancel (PassendDatabase  *self,
              gpointer          data,
              GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  gint64 id = *(gint64 *) data;

  statement = _passend_database_prepare (self, "UPDATE meeting SET state = 'cancelled' WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, id);
  return _passend_meetings_step_audit (self, statement, "update", "meeting", id, error) &&
         _passend_meetings_touch (self, id, TRUE, error);
}

gboolean
passend_database_cancel_meeting (PassendDatabase  *self,
                                 gint64            meeting_id,
                                 GError          **error)
{
  g_autoptr(PassendMeeting) stored = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stored = _passend_meetings_get_planned (self, meeting_id, error);
  if (stored == NULL)
    return FALSE;

  return _passend_meetings_write (self, write_cancel, &meeting_id, "meeting", meeting_id, 0, error);
}

static gboolean
write_remove (PassendDatabase  *self,
              gpointer          data,
              GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  gint64 id = *(gint64 *) data;

  statement = _passend_database_prepare (self, "DELETE FROM meeting WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, id);
  return _passend_meetings_step_audit (self, statement, "delete", "meeting", id, error);
}

gboolean
passend_database_remove_meeting (PassendDatabase  *self,
                                 gint64            meeting_id,
                                 GError          **error)
{
  g_autoptr(PassendMeeting) stored = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stored = passend_database_get_meeting (self, meeting_id, error);
  if (stored == NULL)
    return FALSE;
  if (passend_meeting_get_state (stored) == PASSEND_MEETING_STATE_CLOSED)
    return _passend_database_invalid (error, _("A closed meeting is on the record and cannot be removed."));

  return _passend_meetings_write (self, write_remove, &meeting_id, "meeting", meeting_id, 0, error);
}

/* Lists */

static GListModel *
list_where (PassendDatabase  *self,
            const char       *sql,
            gint64            a,
            gint64            b,
            GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self, sql, error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, a);
  sqlite3_bind_int64 (statement, 2, b);
  return _passend_meetings_collect (self, statement, error);
}

GListModel *
passend_database_list_upcoming_meetings (PassendDatabase  *self,
                                         gint64            now,
                                         GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_where (self,
                     PASSEND_MEETING_SELECT
                     " WHERE m.state = 'planned' OR (m.state = 'cancelled' AND m.starts_at >= ?1)"
                     " ORDER BY m.starts_at, m.id",
                     now, 0, error);
}

GListModel *
passend_database_list_past_meetings (PassendDatabase  *self,
                                     gint64            now,
                                     GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_where (self,
                     PASSEND_MEETING_SELECT
                     " WHERE m.state = 'closed' OR (m.state = 'cancelled' AND m.starts_at < ?1)"
                     " ORDER BY m.starts_at DESC, m.id DESC",
                     now, 0, error);
}

GListModel *
passend_database_list_meetings (PassendDatabase  *self,
                                gint64            from,
                                gint64            to,
                                GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_where (self,
                     PASSEND_MEETING_SELECT " WHERE m.starts_at >= ?1 AND m.starts_at < ?2 ORDER BY m.starts_at, m.id",
                     from, to, error);
}

static gint64
day_start (PassendDay day)
{
  g_autoptr(GDateTime) time = NULL;
  int y, m, d;

  passend_day_get_ymd (day, &y, &m, &d);
  time = g_date_time_new_local (y, m, d, 0, 0, 0);
  return time != NULL ? g_date_time_to_unix (time) : 0;
}

GListModel *
passend_database_list_meetings_of_week (PassendDatabase  *self,
                                        PassendDay        day,
                                        GError          **error)
{
  PassendDay monday;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (day != PASSEND_DAY_NONE, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  monday = passend_day_add_days (day, 1 - passend_day_get_weekday (day));
  return list_where (self,
                     PASSEND_MEETING_SELECT
                     " WHERE m.starts_at >= ?1 AND m.starts_at < ?2 AND m.state <> 'cancelled'"
                     " ORDER BY m.starts_at, m.id",
                     day_start (monday), day_start (passend_day_add_days (monday, 7)), error);
}

GListModel *
passend_database_list_student_meetings (PassendDatabase  *self,
                                        gint64            student_id,
                                        GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_where (self,
                     PASSEND_MEETING_SELECT
                     " WHERE m.state <> 'cancelled'"
                     "   AND m.id IN (SELECT meeting_id FROM meeting_item WHERE student_id = ?1)"
                     " ORDER BY m.starts_at DESC, m.id DESC",
                     student_id, 0, error);
}
