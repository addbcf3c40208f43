/* passend-database-meetings-minutes.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-meetings-private.h"
#include "passend-text.h"

/* Minutes: the decisions of each agenda item (with their rationale) and
 * the actions (afspraken) that come out of it. Decisions are fixed once
 * the meeting is closed; actions live on until they are done, so they
 * can be updated and ticked off after closing. */

#define DECISION_SELECT \
  "SELECT id, item_id, position, body, rationale, no_action FROM meeting_decision"

#define ACTION_SELECT \
  "SELECT a.id, a.item_id, i.meeting_id, m.title, k.name, m.starts_at, i.student_id," \
  " s.roepnaam, s.tussenvoegsel, s.achternaam, a.position, a.what, a.owner_person_id," \
  " p.given_name, p.tussenvoegsel, p.family_name, a.owner_name, a.due_on, a.done_on" \
  " FROM meeting_action AS a" \
  " JOIN meeting_item AS i ON i.id = a.item_id" \
  " JOIN meeting AS m ON m.id = i.meeting_id" \
  " JOIN meeting_kind AS k ON k.id = m.kind_id" \
  " JOIN student AS s ON s.id = i.student_id" \
  " LEFT JOIN person AS p ON p.id = a.owner_person_id"

/* Decisions and actions share their shape: rows of an item in a dense
 * order. @table is one of these two names, never user input. */
#define IS_MINUTES_TABLE(table) (g_str_equal ((table), "meeting_decision") || g_str_equal ((table), "meeting_action"))

static PassendMeetingDecision *
decision_from_row (PassendStatement *statement)
{
  PassendMeetingDecision *decision = passend_meeting_decision_new (sqlite3_column_int64 (statement, 1),
                                                                   _passend_column_text (statement, 3));

  passend_meeting_decision_set_id (decision, sqlite3_column_int64 (statement, 0));
  passend_meeting_decision_set_position (decision, (guint) sqlite3_column_int (statement, 2));
  passend_meeting_decision_set_rationale (decision, _passend_column_text (statement, 4));
  passend_meeting_decision_set_no_action (decision, sqlite3_column_int (statement, 5) != 0);
  return decision;
}

static PassendMeetingAction *
action_from_row (PassendStatement *statement)
{
  PassendMeetingAction *action = passend_meeting_action_new (sqlite3_column_int64 (statement, 1),
                                                             _passend_column_text (statement, 11));
  const char *given = _passend_column_text (statement, 7);
  const char *tussenvoegsel = _passend_column_text (statement, 8);
  const char *family = _passend_column_text (statement, 9);
  g_autofree char *student = passend_text_join_name (given, tussenvoegsel, family);
  g_autofree char *sort_name = passend_text_sort_name (given, tussenvoegsel, family);
  g_autofree char *owner = NULL;

  if (sqlite3_column_type (statement, 15) != SQLITE_NULL)
    owner = passend_text_join_name (_passend_column_text (statement, 13), _passend_column_text (statement, 14),
                                    _passend_column_text (statement, 15));
  else
    owner = g_strdup (_passend_column_text (statement, 16));

  passend_meeting_action_set_id (action, sqlite3_column_int64 (statement, 0));
  passend_meeting_action_set_meeting_id (action, sqlite3_column_int64 (statement, 2));
  passend_meeting_action_set_meeting_title (action, _passend_column_text (statement, 3));
  passend_meeting_action_set_meeting_kind_name (action, _passend_column_text (statement, 4));
  passend_meeting_action_set_meeting_starts_at (action, sqlite3_column_int64 (statement, 5));
  passend_meeting_action_set_student_id (action, sqlite3_column_int64 (statement, 6));
  passend_meeting_action_set_student_name (action, student);
  passend_meeting_action_set_student_sort_name (action, sort_name);
  passend_meeting_action_set_position (action, (guint) sqlite3_column_int (statement, 10));
  passend_meeting_action_set_owner_person_id (action, sqlite3_column_int64 (statement, 12));
  passend_meeting_action_set_owner_name (action, _passend_column_text (statement, 16));
  passend_meeting_action_set_owner_display_name (action, owner);
  passend_meeting_action_set_due_on (action, _passend_column_day (statement, 17));
  passend_meeting_action_set_done_on (action, _passend_column_day (statement, 18));
  return action;
}

typedef gpointer (*RowFunc) (PassendStatement *statement);

static GListModel *
list_rows (PassendDatabase  *self,
           GType             type,
           const char       *sql,
           gint64            parameter,
           PassendDay        day,
           RowFunc           from_row,
           GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GListStore) store = g_list_store_new (type);
  int rc;

  statement = _passend_database_prepare (self, sql, error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, parameter);
  if (day != PASSEND_DAY_NONE)
    _passend_bind_day (statement, 2, day);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      g_autoptr(GObject) object = from_row (statement);

      g_list_store_append (store, object);
    }

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

GListModel *
passend_database_list_meeting_decisions (PassendDatabase  *self,
                                         gint64            item_id,
                                         GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_rows (self, PASSEND_TYPE_MEETING_DECISION,
                    DECISION_SELECT " WHERE item_id = ?1 ORDER BY position, id",
                    item_id, PASSEND_DAY_NONE, (RowFunc) decision_from_row, error);
}

GListModel *
passend_database_list_meeting_actions (PassendDatabase  *self,
                                       gint64            item_id,
                                       GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_rows (self, PASSEND_TYPE_MEETING_ACTION,
                    ACTION_SELECT " WHERE a.item_id = ?1 ORDER BY a.position, a.id",
                    item_id, PASSEND_DAY_NONE, (RowFunc) action_from_row, error);
}

static int
compare_actions (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return passend_meeting_action_compare ((PassendMeetingAction *) a, (PassendMeetingAction *) b);
}

GListModel *
passend_database_list_open_meeting_actions (PassendDatabase  *self,
                                            PassendDay        until,
                                            GError          **error)
{
  GListModel *actions;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (until != PASSEND_DAY_NONE, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  actions = list_rows (self, PASSEND_TYPE_MEETING_ACTION,
                       ACTION_SELECT
                       " WHERE a.done_on IS NULL AND m.state <> 'cancelled'"
                       "   AND (a.due_on IS NULL OR a.due_on <= ?2)",
                       0, until, (RowFunc) action_from_row, error);
  if (actions != NULL)
    g_list_store_sort (G_LIST_STORE (actions), compare_actions, NULL);
  return actions;
}

GListModel *
passend_database_list_student_meeting_actions (PassendDatabase  *self,
                                               gint64            student_id,
                                               GError          **error)
{
  GListModel *actions;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  actions = list_rows (self, PASSEND_TYPE_MEETING_ACTION,
                       ACTION_SELECT " WHERE i.student_id = ?1 AND m.state <> 'cancelled'",
                       student_id, PASSEND_DAY_NONE, (RowFunc) action_from_row, error);
  if (actions != NULL)
    g_list_store_sort (G_LIST_STORE (actions), compare_actions, NULL);
  return actions;
}

/* Where a decision or action belongs: its item and meeting, and the
 * meeting's state. */
static gboolean
find_owner (PassendDatabase      *self,
            const char           *table,
            gint64                id,
            gint64               *item_id,
            gint64               *meeting_id,
            PassendMeetingState  *state,
            GError              **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *sql = NULL;
  int rc;

  g_assert (IS_MINUTES_TABLE (table));
  sql = g_strdup_printf ("SELECT r.item_id, i.meeting_id, m.state FROM %s AS r"
                         " JOIN meeting_item AS i ON i.id = r.item_id"
                         " JOIN meeting AS m ON m.id = i.meeting_id WHERE r.id = ?1", table);
  statement = _passend_database_prepare (self, sql, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    {
      *item_id = sqlite3_column_int64 (statement, 0);
      *meeting_id = sqlite3_column_int64 (statement, 1);
      *state = PASSEND_MEETING_STATE_PLANNED;
      passend_meeting_state_from_code (_passend_column_text (statement, 2), state);
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                       g_str_equal (table, "meeting_decision") ? _("This decision does not exist.")
                                                                : _("This action does not exist."));
  return FALSE;
}

static gboolean
refuse_state (PassendMeetingState   state,
              gboolean              closed_allowed,
              GError              **error)
{
  if (state == PASSEND_MEETING_STATE_PLANNED ||
      (closed_allowed && state == PASSEND_MEETING_STATE_CLOSED))
    return FALSE;

  if (state == PASSEND_MEETING_STATE_CLOSED)
    _passend_database_invalid (error, _("This meeting is closed: its minutes are on the record and no longer change."));
  else
    _passend_database_invalid (error, _("This meeting is cancelled."));
  return TRUE;
}

/* Renumbers the rows of @item_id in @table densely, with @moved_id (0:
 * none) at @position (clamped). */
static gboolean
renumber (PassendDatabase  *self,
          const char       *table,
          gint64            item_id,
          gint64            moved_id,
          guint             position,
          GError          **error)
{
  g_autoptr(PassendStatement) select = NULL;
  g_autoptr(PassendStatement) update = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *select_sql = NULL;
  g_autofree char *update_sql = NULL;
  int rc;

  g_assert (IS_MINUTES_TABLE (table));
  select_sql = g_strdup_printf ("SELECT id FROM %s WHERE item_id = ?1 AND id <> ?2 ORDER BY position, id", table);
  update_sql = g_strdup_printf ("UPDATE %s SET position = ?2 WHERE id = ?1 AND position <> ?2", table);
  select = _passend_database_prepare (self, select_sql, error);
  update = _passend_database_prepare (self, update_sql, error);
  if (select == NULL || update == NULL)
    return FALSE;

  sqlite3_bind_int64 (select, 1, item_id);
  sqlite3_bind_int64 (select, 2, moved_id);
  while ((rc = sqlite3_step (select)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (select, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);
  sqlite3_reset (select);

  if (moved_id != 0)
    g_array_insert_val (ids, MIN (position, ids->len), moved_id);

  for (guint i = 0; i < ids->len; i++)
    {
      sqlite3_reset (update);
      sqlite3_bind_int64 (update, 1, g_array_index (ids, gint64, i));
      sqlite3_bind_int (update, 2, (int) i);
      if (!_passend_database_step_done (self, update, error))
        return FALSE;
    }

  return TRUE;
}

/* Decisions */

typedef struct
{
  PassendMeetingDecision *decision;
  gint64                  id;
  guint                   position;
  const char             *action;
} DecisionWrite;

static gboolean
write_decision (PassendDatabase  *self,
                gpointer          data,
                GError          **error)
{
  DecisionWrite *write = data;
  PassendMeetingDecision *decision = write->decision;
  g_autoptr(PassendStatement) statement = NULL;
  gint64 item_id = passend_meeting_decision_get_item_id (decision);

  if (g_str_equal (write->action, "create"))
    statement = _passend_database_prepare (self,
                                           "INSERT INTO meeting_decision (item_id, position, body, rationale, no_action)"
                                           " VALUES (?1, (SELECT count (*) FROM meeting_decision WHERE item_id = ?1),"
                                           " ?2, ?3, ?4)",
                                           error);
  else
    statement = _passend_database_prepare (self,
                                           "UPDATE meeting_decision SET body = ?2, rationale = ?3, no_action = ?4"
                                           " WHERE id = ?5",
                                           error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, item_id);
  _passend_bind_text (statement, 2, passend_meeting_decision_get_body (decision));
  _passend_bind_text (statement, 3, passend_meeting_decision_get_rationale (decision));
  sqlite3_bind_int (statement, 4, passend_meeting_decision_get_no_action (decision) ? 1 : 0);
  if (!g_str_equal (write->action, "create"))
    sqlite3_bind_int64 (statement, 5, write->id);
  if (!_passend_database_step_done (self, statement, error))
    return FALSE;

  if (g_str_equal (write->action, "create"))
    write->id = sqlite3_last_insert_rowid (_passend_database_get_handle (self));
  return renumber (self, "meeting_decision", item_id, 0, 0, error) &&
         _passend_database_audit (self, write->action, "meeting-decision", write->id, error);
}

gboolean
passend_database_add_meeting_decision (PassendDatabase         *self,
                                       PassendMeetingDecision  *decision,
                                       GError                 **error)
{
  g_autoptr(PassendMeeting) meeting = NULL;
  DecisionWrite write = { decision, 0, 0, "create" };
  const char *problem;
  gint64 meeting_id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_MEETING_DECISION (decision), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (passend_meeting_decision_get_id (decision) != 0)
    return _passend_database_invalid (error, _("This decision is already stored."));
  problem = passend_meeting_decision_check (decision);
  if (problem != NULL)
    return _passend_database_invalid (error, problem);
  if (!_passend_meetings_item_owner (self, passend_meeting_decision_get_item_id (decision), &meeting_id, NULL, error))
    return FALSE;
  meeting = _passend_meetings_get_planned (self, meeting_id, error);
  if (meeting == NULL)
    return FALSE;

  if (!_passend_meetings_write (self, write_decision, &write, "meeting", meeting_id, 0, error))
    return FALSE;

  passend_meeting_decision_set_id (decision, write.id);
  {
    g_autoptr(GListModel) decisions = passend_database_list_meeting_decisions (self,
                                                                               passend_meeting_decision_get_item_id (decision),
                                                                               NULL);

    if (decisions != NULL)
      passend_meeting_decision_set_position (decision, g_list_model_get_n_items (decisions) - 1);
  }
  return TRUE;
}

gboolean
passend_database_update_meeting_decision (PassendDatabase         *self,
                                          PassendMeetingDecision  *decision,
                                          GError                 **error)
{
  DecisionWrite write = { decision, 0, 0, "update" };
  PassendMeetingState state;
  const char *problem;
  gint64 item_id = 0;
  gint64 meeting_id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_MEETING_DECISION (decision), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  write.id = passend_meeting_decision_get_id (decision);
  if (!find_owner (self, "meeting_decision", write.id, &item_id, &meeting_id, &state, error) ||
      refuse_state (state, FALSE, error))
    return FALSE;
  if (item_id != passend_meeting_decision_get_item_id (decision))
    return _passend_database_invalid (error, _("A decision cannot move to another agenda item."));
  problem = passend_meeting_decision_check (decision);
  if (problem != NULL)
    return _passend_database_invalid (error, problem);

  return _passend_meetings_write (self, write_decision, &write, "meeting", meeting_id, 0, error);
}

typedef struct
{
  const char *table;
  const char *entity;
  gint64      id;
  gint64      item_id;
  gboolean    remove;
  guint       position;
} RowChange;

static gboolean
write_row_change (PassendDatabase  *self,
                  gpointer          data,
                  GError          **error)
{
  RowChange *change = data;

  if (change->remove)
    {
      g_autoptr(PassendStatement) statement = NULL;
      g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", change->table);

      g_assert (IS_MINUTES_TABLE (change->table));
      statement = _passend_database_prepare (self, sql, error);
      if (statement == NULL)
        return FALSE;
      sqlite3_bind_int64 (statement, 1, change->id);
      return _passend_database_step_done (self, statement, error) &&
             renumber (self, change->table, change->item_id, 0, 0, error) &&
             _passend_database_audit (self, "delete", change->entity, change->id, error);
    }

  return renumber (self, change->table, change->item_id, change->id, change->position, error) &&
         _passend_database_audit (self, "update", change->entity, change->id, error);
}

/* Removes or moves a decision or action of a planned meeting. */
static gboolean
change_row (PassendDatabase  *self,
            const char       *table,
            const char       *entity,
            gint64            id,
            gboolean          remove,
            guint             position,
            GError          **error)
{
  RowChange change = { table, entity, id, 0, remove, position };
  PassendMeetingState state;
  gint64 meeting_id = 0;

  if (!find_owner (self, table, id, &change.item_id, &meeting_id, &state, error) ||
      refuse_state (state, FALSE, error))
    return FALSE;

  if (g_str_equal (entity, "meeting-action"))
    return _passend_meetings_write (self, write_row_change, &change, entity, id, meeting_id, error);
  return _passend_meetings_write (self, write_row_change, &change, "meeting", meeting_id, 0, error);
}

gboolean
passend_database_remove_meeting_decision (PassendDatabase  *self,
                                          gint64            decision_id,
                                          GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return change_row (self, "meeting_decision", "meeting-decision", decision_id, TRUE, 0, error);
}

gboolean
passend_database_move_meeting_decision (PassendDatabase  *self,
                                        gint64            decision_id,
                                        guint             position,
                                        GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return change_row (self, "meeting_decision", "meeting-decision", decision_id, FALSE, position, error);
}

/* Actions */

typedef struct
{
  PassendMeetingAction *action;
  gint64                id;
  gboolean              create;
} ActionWrite;

static gboolean
write_action (PassendDatabase  *self,
              gpointer          data,
              GError          **error)
{
  ActionWrite *write = data;
  PassendMeetingAction *action = write->action;
  g_autoptr(PassendStatement) statement = NULL;
  gint64 item_id = passend_meeting_action_get_item_id (action);

  if (write->create)
    statement = _passend_database_prepare (self,
                                           "INSERT INTO meeting_action (item_id, position, what, owner_person_id,"
                                           " owner_name, due_on, done_on, created_at, updated_at)"
                                           " VALUES (?1, (SELECT count (*) FROM meeting_action WHERE item_id = ?1),"
                                           " ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                                           error);
  else
    statement = _passend_database_prepare (self,
                                           "UPDATE meeting_action SET what = ?2, owner_person_id = ?3, owner_name = ?4,"
                                           " due_on = ?5, done_on = ?6, updated_at = ?7 WHERE id = ?8",
                                           error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, item_id);
  _passend_bind_text (statement, 2, passend_meeting_action_get_what (action));
  _passend_bind_id (statement, 3, passend_meeting_action_get_owner_person_id (action));
  _passend_bind_text (statement, 4, passend_meeting_action_get_owner_name (action));
  _passend_bind_day (statement, 5, passend_meeting_action_get_due_on (action));
  _passend_bind_day (statement, 6, passend_meeting_action_get_done_on (action));
  sqlite3_bind_int64 (statement, 7, _passend_database_now ());
  if (!write->create)
    sqlite3_bind_int64 (statement, 8, write->id);
  if (!_passend_database_step_done (self, statement, error))
    return FALSE;

  if (write->create)
    write->id = sqlite3_last_insert_rowid (_passend_database_get_handle (self));
  return _passend_database_audit (self, write->create ? "create" : "update", "meeting-action", write->id, error);
}

static gboolean
check_action (PassendDatabase       *self,
              PassendMeetingAction  *action,
              GError               **error)
{
  const char *problem = passend_meeting_action_check (action);
  gint64 owner = passend_meeting_action_get_owner_person_id (action);
  PassendDay done = passend_meeting_action_get_done_on (action);

  if (problem != NULL)
    return _passend_database_invalid (error, problem);
  if (done != PASSEND_DAY_NONE && done > passend_day_today ())
    return _passend_database_invalid (error, _("An action cannot be done on a day in the future."));

  if (owner != 0)
    {
      g_autoptr(PassendStatement) statement = _passend_database_prepare (self, "SELECT 1 FROM person WHERE id = ?1",
                                                                         error);

      if (statement == NULL)
        return FALSE;
      sqlite3_bind_int64 (statement, 1, owner);
      if (sqlite3_step (statement) != SQLITE_ROW)
        return _passend_database_invalid (error, _("The person who is to do this is not in Partners."));
    }

  return TRUE;
}

/* Reads the stored action back onto @action: names, meeting, position. */
static void
refresh_action (PassendDatabase       *self,
                PassendMeetingAction  *action)
{
  g_autoptr(GListModel) actions = NULL;

  actions = passend_database_list_meeting_actions (self, passend_meeting_action_get_item_id (action), NULL);
  for (guint i = 0; actions != NULL && i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(PassendMeetingAction) stored = g_list_model_get_item (actions, i);

      if (passend_meeting_action_get_id (stored) != passend_meeting_action_get_id (action))
        continue;
      passend_meeting_action_set_position (action, passend_meeting_action_get_position (stored));
      passend_meeting_action_set_meeting_id (action, passend_meeting_action_get_meeting_id (stored));
      passend_meeting_action_set_meeting_title (action, passend_meeting_action_get_meeting_title (stored));
      passend_meeting_action_set_meeting_kind_name (action, passend_meeting_action_get_meeting_kind_name (stored));
      passend_meeting_action_set_meeting_starts_at (action, passend_meeting_action_get_meeting_starts_at (stored));
      passend_meeting_action_set_student_id (action, passend_meeting_action_get_student_id (stored));
      passend_meeting_action_set_student_name (action, passend_meeting_action_get_student_name (stored));
      passend_meeting_action_set_student_sort_name (action, passend_meeting_action_get_student_sort_name (stored));
      passend_meeting_action_set_owner_display_name (action, passend_meeting_action_get_owner_display_name (stored));
    }
}

gboolean
passend_database_add_meeting_action (PassendDatabase       *self,
                                     PassendMeetingAction  *action,
                                     GError               **error)
{
  g_autoptr(PassendMeeting) meeting = NULL;
  ActionWrite write = { action, 0, TRUE };
  gint64 meeting_id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_MEETING_ACTION (action), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (passend_meeting_action_get_id (action) != 0)
    return _passend_database_invalid (error, _("This action is already stored."));
  if (!check_action (self, action, error) ||
      !_passend_meetings_item_owner (self, passend_meeting_action_get_item_id (action), &meeting_id, NULL, error))
    return FALSE;
  meeting = _passend_meetings_get_planned (self, meeting_id, error);
  if (meeting == NULL)
    return FALSE;

  /* The id is not known before the insert: announce "any action". */
  if (!_passend_meetings_write (self, write_action, &write, "meeting-action", 0, meeting_id, error))
    return FALSE;

  passend_meeting_action_set_id (action, write.id);
  refresh_action (self, action);
  return TRUE;
}

gboolean
passend_database_update_meeting_action (PassendDatabase       *self,
                                        PassendMeetingAction  *action,
                                        GError               **error)
{
  ActionWrite write = { action, 0, FALSE };
  PassendMeetingState state;
  gint64 item_id = 0;
  gint64 meeting_id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_MEETING_ACTION (action), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  write.id = passend_meeting_action_get_id (action);
  if (!find_owner (self, "meeting_action", write.id, &item_id, &meeting_id, &state, error) ||
      refuse_state (state, TRUE, error))
    return FALSE;
  if (item_id != passend_meeting_action_get_item_id (action))
    return _passend_database_invalid (error, _("An action cannot move to another agenda item."));
  if (!check_action (self, action, error))
    return FALSE;

  if (!_passend_meetings_write (self, write_action, &write, "meeting-action", write.id, meeting_id, error))
    return FALSE;

  refresh_action (self, action);
  return TRUE;
}

gboolean
passend_database_remove_meeting_action (PassendDatabase  *self,
                                        gint64            action_id,
                                        GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return change_row (self, "meeting_action", "meeting-action", action_id, TRUE, 0, error);
}

typedef struct
{
  gint64     id;
  PassendDay done_on;
} DoneWrite;

static gboolean
write_done (PassendDatabase  *self,
            gpointer          data,
            GError          **error)
{
  DoneWrite *write = data;
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self, "UPDATE meeting_action SET done_on = ?2, updated_at = ?3 WHERE id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, write->id);
  _passend_bind_day (statement, 2, write->done_on);
  sqlite3_bind_int64 (statement, 3, _passend_database_now ());
  return _passend_meetings_step_audit (self, statement, "update", "meeting-action", write->id, error);
}

gboolean
passend_database_set_meeting_action_done (PassendDatabase  *self,
                                          gint64            action_id,
                                          PassendDay        done_on,
                                          GError          **error)
{
  DoneWrite write = { action_id, done_on };
  PassendMeetingState state;
  gint64 item_id = 0;
  gint64 meeting_id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (done_on != PASSEND_DAY_NONE && done_on > passend_day_today ())
    return _passend_database_invalid (error, _("An action cannot be done on a day in the future."));
  if (!find_owner (self, "meeting_action", action_id, &item_id, &meeting_id, &state, error) ||
      refuse_state (state, TRUE, error))
    return FALSE;

  return _passend_meetings_write (self, write_done, &write, "meeting-action", action_id, meeting_id, error);
}
