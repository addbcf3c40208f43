/* passend-database-meetings-items.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-meetings-private.h"
#include "passend-text.h"

/* The agenda: one item per student, in a dense order from 0. The slots
 * follow from the order and the durations, so they are computed, never
 * stored. Adding a student invites the people the kind always invites,
 * as far as the school's data name them. */

#define ITEM_SELECT \
  "SELECT i.id, i.meeting_id, i.student_id, s.roepnaam, s.tussenvoegsel, s.achternaam, s.class_name," \
  " i.position, i.duration_minutes, i.question, i.documents, i.internal_note, i.minutes, i.uid" \
  " FROM meeting_item AS i JOIN student AS s ON s.id = i.student_id"

static PassendMeetingItem *
item_from_row (PassendStatement *statement)
{
  PassendMeetingItem *item = passend_meeting_item_new (sqlite3_column_int64 (statement, 1),
                                                       sqlite3_column_int64 (statement, 2));
  const char *given = _passend_column_text (statement, 3);
  const char *tussenvoegsel = _passend_column_text (statement, 4);
  const char *family = _passend_column_text (statement, 5);
  g_autofree char *name = passend_text_join_name (given, tussenvoegsel, family);
  g_autofree char *sort_name = passend_text_sort_name (given, tussenvoegsel, family);

  passend_meeting_item_set_id (item, sqlite3_column_int64 (statement, 0));
  passend_meeting_item_set_student_name (item, name);
  passend_meeting_item_set_student_sort_name (item, sort_name);
  passend_meeting_item_set_student_class (item, _passend_column_text (statement, 6));
  passend_meeting_item_set_position (item, (guint) sqlite3_column_int (statement, 7));
  passend_meeting_item_set_duration_minutes (item, (guint) CLAMP (sqlite3_column_int (statement, 8), 1, 480));
  passend_meeting_item_set_question (item, _passend_column_text (statement, 9));
  passend_meeting_item_set_documents (item, _passend_column_text (statement, 10));
  passend_meeting_item_set_internal_note (item, _passend_column_text (statement, 11));
  passend_meeting_item_set_minutes (item, _passend_column_text (statement, 12));
  passend_meeting_item_set_uid (item, _passend_column_text (statement, 13));
  return item;
}

GPtrArray *
_passend_meetings_load_items (PassendDatabase  *self,
                              gint64            meeting_id,
                              GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree guint *slots = NULL;
  int rc;

  statement = _passend_database_prepare (self, ITEM_SELECT " WHERE i.meeting_id = ?1 ORDER BY i.position, i.id",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, meeting_id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    g_ptr_array_add (items, item_from_row (statement));
  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  slots = g_new (guint, MAX (items->len, 1));
  for (guint i = 0; i < items->len; i++)
    slots[i] = passend_meeting_item_get_duration_minutes (g_ptr_array_index (items, i));
  passend_meeting_slots (slots, items->len, slots);
  for (guint i = 0; i < items->len; i++)
    passend_meeting_item_set_slot_offset_minutes (g_ptr_array_index (items, i), slots[i]);

  return g_steal_pointer (&items);
}

GListModel *
passend_database_list_meeting_items (PassendDatabase  *self,
                                     gint64            meeting_id,
                                     GError          **error)
{
  g_autoptr(GPtrArray) items = NULL;
  GListStore *store;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  items = _passend_meetings_load_items (self, meeting_id, error);
  if (items == NULL)
    return NULL;

  store = g_list_store_new (PASSEND_TYPE_MEETING_ITEM);
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (store);
}

PassendMeetingItem *
passend_database_get_meeting_item (PassendDatabase  *self,
                                   gint64            item_id,
                                   GError          **error)
{
  g_autoptr(GPtrArray) items = NULL;
  gint64 meeting_id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Through the whole agenda: the slot depends on the items before. */
  if (!_passend_meetings_item_owner (self, item_id, &meeting_id, NULL, error))
    return NULL;
  items = _passend_meetings_load_items (self, meeting_id, error);
  if (items == NULL)
    return NULL;

  for (guint i = 0; i < items->len; i++)
    if (passend_meeting_item_get_id (g_ptr_array_index (items, i)) == item_id)
      return g_object_ref (g_ptr_array_index (items, i));

  g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                       _("This agenda item does not exist."));
  return NULL;
}

/* Adding students */

typedef struct
{
  PassendMeeting     *meeting;
  PassendMeetingKind *kind;
  const gint64       *student_ids;
  gsize               n_students;
  gint64             *item_ids;
} AddItems;

/* The one row @sql (binding ?1 to @code) returns, or 0 when it returns
 * none or several. */
static gboolean
find_single (PassendDatabase  *self,
             const char       *sql,
             const char       *code,
             gint64           *id,
             GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  *id = 0;
  statement = _passend_database_prepare (self, sql, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_text (statement, 1, code, -1, SQLITE_STATIC);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    {
      gint64 first = sqlite3_column_int64 (statement, 0);

      rc = sqlite3_step (statement);
      if (rc == SQLITE_DONE)
        *id = first;
    }
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

static gboolean
invite_guardians (PassendDatabase  *self,
                  gint64            item_id,
                  gint64            student_id,
                  GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT id FROM guardian WHERE student_id = ?1 AND has_authority = 1 ORDER BY id",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, student_id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (statement, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);
  sqlite3_reset (statement);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 invitee_id;

      if (!_passend_meetings_insert_invitee (self, item_id, PASSEND_MEETING_ROLE_GUARDIANS, 0, 0,
                                             g_array_index (ids, gint64, i), FALSE, &invitee_id, error))
        return FALSE;
    }

  return TRUE;
}

/* The default invitee for one role the kind always invites. */
static gboolean
invite_role (PassendDatabase     *self,
             gint64               item_id,
             gint64               student_id,
             PassendMeetingRole   role,
             gboolean             has_consent,
             GError             **error)
{
  g_autoptr(PassendStatement) mentor = NULL;
  gint64 person_id = 0;
  gint64 organisation_id = 0;
  gint64 invitee_id;

  if (role == PASSEND_MEETING_ROLE_GUARDIANS)
    return invite_guardians (self, item_id, student_id, error);
  if (role == PASSEND_MEETING_ROLE_STUDENT)
    return _passend_meetings_insert_invitee (self, item_id, role, 0, 0, 0, TRUE, &invitee_id, error);
  if (role == PASSEND_MEETING_ROLE_OTHER)
    return TRUE;

  if (role == PASSEND_MEETING_ROLE_MENTOR)
    {
      mentor = _passend_database_prepare (self, "SELECT mentor_id FROM student WHERE id = ?1", error);
      if (mentor == NULL)
        return FALSE;
      sqlite3_bind_int64 (mentor, 1, student_id);
      if (sqlite3_step (mentor) == SQLITE_ROW)
        person_id = sqlite3_column_int64 (mentor, 0);
      sqlite3_reset (mentor);
    }
  else if (passend_meeting_role_is_external (role))
    {
      /* Without consent nobody from outside is invited: the checks will
       * point at the missing role instead. */
      if (!has_consent)
        return TRUE;
      if (!find_single (self, "SELECT id FROM organisation WHERE kind = ?1 AND archived = 0",
                        passend_meeting_role_to_code (role), &organisation_id, error))
        return FALSE;
    }
  else if (!find_single (self,
                         role == PASSEND_MEETING_ROLE_COORDINATOR
                         ? "SELECT id FROM person WHERE role IN (?1, 'oco') AND internal = 1 AND archived = 0"
                         : "SELECT id FROM person WHERE role = ?1 AND internal = 1 AND archived = 0",
                         passend_meeting_role_to_code (role), &person_id, error))
    {
      return FALSE;
    }

  if (person_id == 0 && organisation_id == 0)
    return TRUE;

  return _passend_meetings_insert_invitee (self, item_id, role, person_id, organisation_id, 0, FALSE,
                                           &invitee_id, error);
}

static gboolean
insert_item (PassendDatabase  *self,
             AddItems         *add,
             gint64            student_id,
             guint             position,
             gint64           *item_id,
             GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *random = g_uuid_string_random ();
  g_autofree char *uid = g_strconcat (random, "@passend", NULL);
  int rc;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO meeting_item (meeting_id, student_id, position,"
                                         " duration_minutes, uid) VALUES (?1, ?2, ?3, ?4, ?5)",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, passend_meeting_get_id (add->meeting));
  sqlite3_bind_int64 (statement, 2, student_id);
  sqlite3_bind_int (statement, 3, (int) position);
  sqlite3_bind_int (statement, 4, (int) passend_meeting_kind_get_default_item_minutes (add->kind));
  _passend_bind_text (statement, 5, uid);

  rc = sqlite3_step (statement);
  if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_FOREIGNKEY)
    {
      g_autofree char *name = _passend_meetings_student_name (self, student_id);

      if (name[0] == '\0')
        g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                             _("The student does not exist."));
      else
        g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT,
                     /* TRANSLATORS: a student's name. */
                     _("%s is already on the agenda of this meeting."), name);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  *item_id = sqlite3_last_insert_rowid (_passend_database_get_handle (self));
  return _passend_database_audit (self, "create", "meeting-item", *item_id, error);
}

static gboolean
write_items (PassendDatabase  *self,
             gpointer          data,
             GError          **error)
{
  AddItems *add = data;
  g_autoptr(PassendStatement) count = NULL;
  PassendMeetingRole roles[PASSEND_MEETING_N_ROLES];
  guint n_roles = passend_meeting_kind_get_roles (add->kind, TRUE, roles);
  PassendDay day = passend_meeting_get_day (add->meeting);
  guint position;

  count = _passend_database_prepare (self, "SELECT count (*) FROM meeting_item WHERE meeting_id = ?1", error);
  if (count == NULL)
    return FALSE;
  sqlite3_bind_int64 (count, 1, passend_meeting_get_id (add->meeting));
  position = sqlite3_step (count) == SQLITE_ROW ? (guint) sqlite3_column_int (count, 0) : 0;
  sqlite3_reset (count);

  for (gsize i = 0; i < add->n_students; i++)
    {
      gint64 student_id = add->student_ids[i];
      gboolean has_consent = FALSE;
      gint64 item_id = 0;

      if (!insert_item (self, add, student_id, position + i, &item_id, error) ||
          !_passend_meetings_has_consent (self, student_id, day, &has_consent, error))
        return FALSE;

      for (guint r = 0; r < n_roles; r++)
        if (!invite_role (self, item_id, student_id, roles[r], has_consent, error))
          return FALSE;

      if (add->item_ids != NULL)
        add->item_ids[i] = item_id;
    }

  return _passend_meetings_touch (self, passend_meeting_get_id (add->meeting), TRUE, error);
}

gboolean
passend_database_add_meeting_items (PassendDatabase  *self,
                                    gint64            meeting_id,
                                    const gint64     *student_ids,
                                    gsize             n_students,
                                    gint64           *item_ids,
                                    GError          **error)
{
  g_autoptr(PassendMeeting) meeting = NULL;
  g_autoptr(PassendMeetingKind) kind = NULL;
  AddItems add = { NULL, NULL, student_ids, n_students, item_ids };

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (student_ids != NULL || n_students == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  meeting = _passend_meetings_get_planned (self, meeting_id, error);
  if (meeting == NULL)
    return FALSE;
  kind = passend_database_get_meeting_kind (self, passend_meeting_get_kind_id (meeting), error);
  if (kind == NULL)
    return FALSE;
  if (n_students == 0)
    return TRUE;

  add.meeting = meeting;
  add.kind = kind;
  return _passend_meetings_write (self, write_items, &add, "meeting", meeting_id, 0, error);
}

/* Order */

/* Writes positions 0… for @ids (in that order) where they changed;
 * sets *@changed when any did. */
static gboolean
write_positions (PassendDatabase  *self,
                 GArray           *ids,
                 GArray           *positions,
                 gboolean         *changed,
                 GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self, "UPDATE meeting_item SET position = ?2 WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      if (g_array_index (positions, guint, i) == i)
        continue;
      *changed = TRUE;
      sqlite3_reset (statement);
      sqlite3_bind_int64 (statement, 1, g_array_index (ids, gint64, i));
      sqlite3_bind_int (statement, 2, (int) i);
      if (!_passend_database_step_done (self, statement, error))
        return FALSE;
    }

  return TRUE;
}

/* The item ids of a meeting in agenda order, with their positions. */
static gboolean
load_order (PassendDatabase  *self,
            gint64            meeting_id,
            GArray           *ids,
            GArray           *positions,
            GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT id, position FROM meeting_item WHERE meeting_id = ?1"
                                         " ORDER BY position, id",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, meeting_id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (statement, 0);
      guint position = (guint) sqlite3_column_int (statement, 1);

      g_array_append_val (ids, id);
      g_array_append_val (positions, position);
    }
  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

typedef struct
{
  gint64   meeting_id;
  gint64   item_id;
  guint    position;
  gboolean remove;
} ItemOrder;

static gboolean
write_order (PassendDatabase  *self,
             gpointer          data,
             GError          **error)
{
  ItemOrder *order = data;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean changed = FALSE;
  guint from = G_MAXUINT;

  if (order->remove)
    {
      g_autoptr(PassendStatement) statement = NULL;

      statement = _passend_database_prepare (self, "DELETE FROM meeting_item WHERE id = ?1", error);
      if (statement == NULL)
        return FALSE;
      sqlite3_bind_int64 (statement, 1, order->item_id);
      if (!_passend_meetings_step_audit (self, statement, "delete", "meeting-item", order->item_id, error))
        return FALSE;
      changed = TRUE;
    }

  if (!load_order (self, order->meeting_id, ids, positions, error))
    return FALSE;

  if (!order->remove)
    {
      guint to;
      guint old_position;

      for (guint i = 0; i < ids->len && from == G_MAXUINT; i++)
        if (g_array_index (ids, gint64, i) == order->item_id)
          from = i;
      g_assert (from != G_MAXUINT);

      to = MIN (order->position, ids->len - 1);
      if (to != from)
        {
          old_position = g_array_index (positions, guint, from);
          g_array_remove_index (ids, from);
          g_array_remove_index (positions, from);
          g_array_insert_val (ids, to, order->item_id);
          g_array_insert_val (positions, to, old_position);
          /* Every moved row differs from its index now or did before. */
          for (guint i = MIN (from, to); i <= MAX (from, to); i++)
            g_array_index (positions, guint, i) = G_MAXUINT;
        }
    }

  if (!write_positions (self, ids, positions, &changed, error))
    return FALSE;
  if (!order->remove && changed &&
      !_passend_database_audit (self, "update", "meeting-item", order->item_id, error))
    return FALSE;

  return !changed || _passend_meetings_touch (self, order->meeting_id, TRUE, error);
}

static gboolean
change_order (PassendDatabase  *self,
              gint64            item_id,
              guint             position,
              gboolean          remove,
              GError          **error)
{
  g_autoptr(PassendMeeting) meeting = NULL;
  ItemOrder order = { 0, item_id, position, remove };

  if (!_passend_meetings_item_owner (self, item_id, &order.meeting_id, NULL, error))
    return FALSE;
  meeting = _passend_meetings_get_planned (self, order.meeting_id, error);
  if (meeting == NULL)
    return FALSE;

  return _passend_meetings_write (self, write_order, &order, "meeting", order.meeting_id, 0, error);
}

gboolean
passend_database_remove_meeting_item (PassendDatabase  *self,
                                      gint64            item_id,
                                      GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return change_order (self, item_id, 0, TRUE, error);
}

gboolean
passend_database_move_meeting_item (PassendDatabase  *self,
                                    gint64            item_id,
                                    guint             position,
                                    GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return change_order (self, item_id, position, FALSE, error);
}

/* Details and minutes */

typedef struct
{
  PassendMeetingItem *item;
  gint64              meeting_id;
  gboolean            visible;
} ItemWrite;

static gboolean
write_item (PassendDatabase  *self,
            gpointer          data,
            GError          **error)
{
  ItemWrite *write = data;
  g_autoptr(PassendStatement) statement = NULL;
  gint64 id = passend_meeting_item_get_id (write->item);

  statement = _passend_database_prepare (self,
                                         "UPDATE meeting_item SET question = ?2, documents = ?3, internal_note = ?4,"
                                         " duration_minutes = ?5 WHERE id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, id);
  _passend_bind_text (statement, 2, passend_meeting_item_get_question (write->item));
  _passend_bind_text (statement, 3, passend_meeting_item_get_documents (write->item));
  _passend_bind_text (statement, 4, passend_meeting_item_get_internal_note (write->item));
  sqlite3_bind_int (statement, 5, (int) passend_meeting_item_get_duration_minutes (write->item));

  return _passend_meetings_step_audit (self, statement, "update", "meeting-item", id, error) &&
         _passend_meetings_touch (self, write->meeting_id, write->visible, error);
}

gboolean
passend_database_update_meeting_item (PassendDatabase     *self,
                                      PassendMeetingItem  *item,
                                      GError             **error)
{
  g_autoptr(PassendMeeting) meeting = NULL;
  g_autoptr(PassendMeetingItem) stored = NULL;
  ItemWrite write = { item, 0, FALSE };
  guint minutes;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_MEETING_ITEM (item), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  minutes = passend_meeting_item_get_duration_minutes (item);
  if (minutes < 1 || minutes > 480)
    return _passend_database_invalid (error, _("An agenda item takes between 1 and 480 minutes."));

  stored = passend_database_get_meeting_item (self, passend_meeting_item_get_id (item), error);
  if (stored == NULL)
    return FALSE;
  write.meeting_id = passend_meeting_item_get_meeting_id (stored);
  meeting = _passend_meetings_get_planned (self, write.meeting_id, error);
  if (meeting == NULL)
    return FALSE;

  /* The question and documents are on the agenda invitees get. */
  write.visible = passend_meeting_item_get_duration_minutes (stored) != minutes ||
                  g_strcmp0 (passend_meeting_item_get_question (stored), passend_meeting_item_get_question (item)) != 0 ||
                  g_strcmp0 (passend_meeting_item_get_documents (stored), passend_meeting_item_get_documents (item)) != 0;
  return _passend_meetings_write (self, write_item, &write, "meeting", write.meeting_id, 0, error);
}

typedef struct
{
  gint64      item_id;
  const char *minutes;
} MinutesWrite;

static gboolean
write_minutes (PassendDatabase  *self,
               gpointer          data,
               GError          **error)
{
  MinutesWrite *write = data;
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self,
                                         "UPDATE meeting_item SET minutes = ?2 WHERE id = ?1"
                                         " AND (SELECT state FROM meeting WHERE id = meeting_item.meeting_id) = 'planned'",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, write->item_id);
  _passend_bind_text (statement, 2, write->minutes);
  if (!_passend_database_step_done (self, statement, error))
    return FALSE;

  if (sqlite3_changes (_passend_database_get_handle (self)) == 0)
    {
      gint64 meeting_id = 0;
      g_autoptr(PassendMeeting) meeting = NULL;

      /* Only now find out why: the item is gone or the meeting closed. */
      if (!_passend_meetings_item_owner (self, write->item_id, &meeting_id, NULL, error))
        return FALSE;
      meeting = _passend_meetings_get_planned (self, meeting_id, error);
      if (meeting == NULL)
        return FALSE;
    }

  return _passend_database_audit (self, "update", "meeting-item", write->item_id, error);
}

gboolean
passend_database_set_meeting_item_minutes (PassendDatabase  *self,
                                           gint64            item_id,
                                           const char       *minutes,
                                           GError          **error)
{
  MinutesWrite write = { item_id, minutes };
  gint64 meeting_id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_passend_meetings_item_owner (self, item_id, &meeting_id, NULL, error))
    return FALSE;

  return _passend_meetings_write (self, write_minutes, &write, "meeting", meeting_id, 0, error);
}
