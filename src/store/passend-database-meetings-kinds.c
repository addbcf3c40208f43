/* passend-database-meetings-kinds.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "passend-database-meetings-private.h"

/* The kinds of meeting a school holds, with the roles each invites. The
 * seed kinds come from migration 004; core keeps a copy of their values
 * so "Restore defaults" can put them back. A kind is never deleted, only
 * archived: its meetings name it. */

#define KIND_COLUMNS "id, code, name, default_item_minutes, default_place, archived"

static PassendMeetingKind *
kind_from_row (PassendStatement *statement)
{
  PassendMeetingKind *kind = passend_meeting_kind_new ();

  passend_meeting_kind_set_id (kind, sqlite3_column_int64 (statement, 0));
  passend_meeting_kind_set_code (kind, _passend_column_text (statement, 1));
  passend_meeting_kind_set_name (kind, _passend_column_text (statement, 2));
  passend_meeting_kind_set_default_item_minutes (kind, (guint) CLAMP (sqlite3_column_int (statement, 3), 1, 480));
  passend_meeting_kind_set_default_place (kind, _passend_column_text (statement, 4));
  passend_meeting_kind_set_archived (kind, sqlite3_column_int (statement, 5) != 0);
  return kind;
}

/* Fills the roles of every kind in @kinds (by id) in one query. */
static gboolean
load_roles (PassendDatabase  *self,
            GPtrArray        *kinds,
            GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self, "SELECT kind_id, role, required FROM meeting_kind_role", error);
  if (statement == NULL)
    return FALSE;

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 kind_id = sqlite3_column_int64 (statement, 0);
      PassendMeetingRole role;

      if (!passend_meeting_role_from_code (_passend_column_text (statement, 1), &role))
        continue;

      for (guint i = 0; i < kinds->len; i++)
        if (passend_meeting_kind_get_id (g_ptr_array_index (kinds, i)) == kind_id)
          passend_meeting_kind_set_invitation (g_ptr_array_index (kinds, i), role,
                                               sqlite3_column_int (statement, 2) != 0
                                               ? PASSEND_MEETING_INVITATION_REQUIRED
                                               : PASSEND_MEETING_INVITATION_OPTIONAL);
    }

  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

GListModel *
passend_database_list_meeting_kinds (PassendDatabase  *self,
                                     gboolean          include_archived,
                                     GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GPtrArray) kinds = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *store;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         include_archived
                                         ? "SELECT " KIND_COLUMNS " FROM meeting_kind ORDER BY name"
                                         : "SELECT " KIND_COLUMNS " FROM meeting_kind WHERE archived = 0 ORDER BY name",
                                         error);
  if (statement == NULL)
    return NULL;

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    g_ptr_array_add (kinds, kind_from_row (statement));
  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  if (!load_roles (self, kinds, error))
    return NULL;

  store = g_list_store_new (PASSEND_TYPE_MEETING_KIND);
  g_list_store_splice (store, 0, 0, kinds->pdata, kinds->len);
  return G_LIST_MODEL (store);
}

PassendMeetingKind *
passend_database_get_meeting_kind (PassendDatabase  *self,
                                   gint64            kind_id,
                                   GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GPtrArray) kinds = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self, "SELECT " KIND_COLUMNS " FROM meeting_kind WHERE id = ?1", error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, kind_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("This kind of meeting does not exist."));
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  g_ptr_array_add (kinds, kind_from_row (statement));
  sqlite3_reset (statement);
  if (!load_roles (self, kinds, error))
    return NULL;

  return g_object_ref (g_ptr_array_index (kinds, 0));
}

static gboolean
check_kind (PassendMeetingKind  *kind,
            GError             **error)
{
  guint minutes = passend_meeting_kind_get_default_item_minutes (kind);

  if (_passend_is_blank (passend_meeting_kind_get_name (kind)))
    return _passend_database_invalid (error, _("A kind of meeting needs a name."));
  if (minutes < 1 || minutes > 480)
    return _passend_database_invalid (error, _("An agenda item takes between 1 and 480 minutes."));

  return TRUE;
}

/* "Zorg Overleg 2!" → "zorg-overleg-2". */
static char *
code_from_name (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString *code = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (code, g_ascii_tolower (*p));
      else if (code->len > 0 && code->str[code->len - 1] != '-')
        g_string_append_c (code, '-');
    }
  while (code->len > 0 && code->str[code->len - 1] == '-')
    g_string_truncate (code, code->len - 1);
  if (code->len == 0)
    g_string_append (code, "overleg");

  return g_string_free (code, FALSE);
}

/* Replaces the kind's role rows with those of @kind, inside a write. */
static gboolean
write_roles (PassendDatabase     *self,
             gint64               kind_id,
             PassendMeetingKind  *kind,
             GError             **error)
{
  g_autoptr(PassendStatement) clear = NULL;
  g_autoptr(PassendStatement) insert = NULL;

  clear = _passend_database_prepare (self, "DELETE FROM meeting_kind_role WHERE kind_id = ?1", error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, kind_id);
  if (!_passend_database_step_done (self, clear, error))
    return FALSE;

  insert = _passend_database_prepare (self,
                                      "INSERT INTO meeting_kind_role (kind_id, role, required) VALUES (?1, ?2, ?3)",
                                      error);
  if (insert == NULL)
    return FALSE;

  for (guint role = 0; role < PASSEND_MEETING_N_ROLES; role++)
    {
      PassendMeetingInvitation invitation = passend_meeting_kind_get_invitation (kind, role);

      if (invitation == PASSEND_MEETING_INVITATION_NONE)
        continue;
      sqlite3_reset (insert);
      sqlite3_bind_int64 (insert, 1, kind_id);
      sqlite3_bind_text (insert, 2, passend_meeting_role_to_code (role), -1, SQLITE_STATIC);
      sqlite3_bind_int (insert, 3, invitation == PASSEND_MEETING_INVITATION_REQUIRED ? 1 : 0);
      if (!_passend_database_step_done (self, insert, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
insert_kind (PassendDatabase     *self,
             PassendMeetingKind  *kind,
             gint64              *id,
             GError             **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *base = NULL;
  g_autofree char *code = NULL;
  sqlite3 *db = _passend_database_get_handle (self);
  int rc = SQLITE_OK;

  base = code_from_name (passend_meeting_kind_get_code (kind)[0] != '\0'
                         ? passend_meeting_kind_get_code (kind)
                         : passend_meeting_kind_get_name (kind));
  statement = _passend_database_prepare (self,
                                         "INSERT INTO meeting_kind (code, name, default_item_minutes,"
                                         " default_place, archived) VALUES (?1, ?2, ?3, ?4, ?5)",
                                         error);
  if (statement == NULL)
    return FALSE;

  /* A code another kind has gets a number: codes are never reused. */
  for (int n = 1; n < 100; n++)
    {
      g_free (code);
      code = n == 1 ? g_strdup (base) : g_strdup_printf ("%s-%d", base, n);
      sqlite3_reset (statement);
      _passend_bind_text (statement, 1, code);
      _passend_bind_text (statement, 2, passend_meeting_kind_get_name (kind));
      sqlite3_bind_int (statement, 3, (int) passend_meeting_kind_get_default_item_minutes (kind));
      _passend_bind_text (statement, 4, passend_meeting_kind_get_default_place (kind));
      sqlite3_bind_int (statement, 5, passend_meeting_kind_get_archived (kind) ? 1 : 0);
      rc = sqlite3_step (statement);
      if (rc == SQLITE_DONE)
        {
          *id = sqlite3_last_insert_rowid (db);
          passend_meeting_kind_set_code (kind, code);
          return write_roles (self, *id, kind, error);
        }
      if (rc != SQLITE_CONSTRAINT || sqlite3_extended_errcode (db) != SQLITE_CONSTRAINT_UNIQUE ||
          strstr (sqlite3_errmsg (db), "code") == NULL)
        break;
    }

  return _passend_database_fail (self, rc, _("Another kind of meeting has this name."), error);
}

gboolean
passend_database_add_meeting_kind (PassendDatabase     *self,
                                   PassendMeetingKind  *kind,
                                   GError             **error)
{
  gint64 id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_MEETING_KIND (kind), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (passend_meeting_kind_get_id (kind) != 0)
    return _passend_database_invalid (error, _("This kind of meeting is already stored."));
  if (!check_kind (kind, error))
    return FALSE;
  if (!_passend_database_create (self, "meeting-kind", (PassendInsertFunc) insert_kind, kind, &id, error))
    return FALSE;

  passend_meeting_kind_set_id (kind, id);
  return TRUE;
}

typedef struct
{
  PassendMeetingKind *kind;
  gboolean            with_roles;
} KindWrite;

static gboolean
write_kind (PassendDatabase  *self,
            gpointer          data,
            GError          **error)
{
  KindWrite *write = data;
  g_autoptr(PassendStatement) statement = NULL;
  gint64 id = passend_meeting_kind_get_id (write->kind);

  statement = _passend_database_prepare (self,
                                         "UPDATE meeting_kind SET name = ?2, default_item_minutes = ?3,"
                                         " default_place = ?4 WHERE id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, id);
  _passend_bind_text (statement, 2, passend_meeting_kind_get_name (write->kind));
  sqlite3_bind_int (statement, 3, (int) passend_meeting_kind_get_default_item_minutes (write->kind));
  _passend_bind_text (statement, 4, passend_meeting_kind_get_default_place (write->kind));

  if (!_passend_database_step_done (self, statement, error))
    {
      /* The name of another kind: say so rather than "constraint". */
      if (g_error_matches (*error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT))
        {
          g_clear_error (error);
          g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT,
                               _("Another kind of meeting has this name."));
        }
      return FALSE;
    }

  return (!write->with_roles || write_roles (self, id, write->kind, error)) &&
         _passend_database_audit (self, "update", "meeting-kind", id, error);
}

gboolean
passend_database_update_meeting_kind (PassendDatabase     *self,
                                      PassendMeetingKind  *kind,
                                      GError             **error)
{
  g_autoptr(PassendMeetingKind) stored = NULL;
  KindWrite write = { kind, FALSE };

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_MEETING_KIND (kind), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stored = passend_database_get_meeting_kind (self, passend_meeting_kind_get_id (kind), error);
  if (stored == NULL || !check_kind (kind, error))
    return FALSE;

  return _passend_meetings_write (self, write_kind, &write, "meeting-kind", passend_meeting_kind_get_id (kind), 0,
                                  error);
}

typedef struct
{
  gint64                   kind_id;
  PassendMeetingRole       role;
  PassendMeetingInvitation invitation;
} RoleWrite;

static gboolean
write_role (PassendDatabase  *self,
            gpointer          data,
            GError          **error)
{
  RoleWrite *write = data;
  g_autoptr(PassendStatement) statement = NULL;

  if (write->invitation == PASSEND_MEETING_INVITATION_NONE)
    statement = _passend_database_prepare (self, "DELETE FROM meeting_kind_role WHERE kind_id = ?1 AND role = ?2",
                                           error);
  else
    statement = _passend_database_prepare (self,
                                           "INSERT INTO meeting_kind_role (kind_id, role, required) VALUES (?1, ?2, ?3)"
                                           " ON CONFLICT (kind_id, role) DO UPDATE SET required = excluded.required",
                                           error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, write->kind_id);
  sqlite3_bind_text (statement, 2, passend_meeting_role_to_code (write->role), -1, SQLITE_STATIC);
  if (write->invitation != PASSEND_MEETING_INVITATION_NONE)
    sqlite3_bind_int (statement, 3, write->invitation == PASSEND_MEETING_INVITATION_REQUIRED ? 1 : 0);

  return _passend_meetings_step_audit (self, statement, "update", "meeting-kind", write->kind_id, error);
}

gboolean
passend_database_set_meeting_kind_role (PassendDatabase           *self,
                                        gint64                     kind_id,
                                        PassendMeetingRole         role,
                                        PassendMeetingInvitation   invitation,
                                        GError                   **error)
{
  g_autoptr(PassendMeetingKind) stored = NULL;
  RoleWrite write = { kind_id, role, invitation };

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (role < PASSEND_MEETING_N_ROLES, FALSE);
  g_return_val_if_fail (invitation <= PASSEND_MEETING_INVITATION_REQUIRED, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stored = passend_database_get_meeting_kind (self, kind_id, error);
  if (stored == NULL)
    return FALSE;

  return _passend_meetings_write (self, write_role, &write, "meeting-kind", kind_id, 0, error);
}

typedef struct
{
  gint64   kind_id;
  gboolean archived;
} ArchiveWrite;

static gboolean
write_archived (PassendDatabase  *self,
                gpointer          data,
                GError          **error)
{
  ArchiveWrite *write = data;
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self, "UPDATE meeting_kind SET archived = ?2 WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, write->kind_id);
  sqlite3_bind_int (statement, 2, write->archived ? 1 : 0);
  return _passend_meetings_step_audit (self, statement, "update", "meeting-kind", write->kind_id, error);
}

gboolean
passend_database_archive_meeting_kind (PassendDatabase  *self,
                                       gint64            kind_id,
                                       gboolean          archived,
                                       GError          **error)
{
  g_autoptr(PassendMeetingKind) stored = NULL;
  ArchiveWrite write = { kind_id, archived };

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stored = passend_database_get_meeting_kind (self, kind_id, error);
  if (stored == NULL)
    return FALSE;

  return _passend_meetings_write (self, write_archived, &write, "meeting-kind", kind_id, 0, error);
}

gboolean
passend_database_restore_meeting_kind (PassendDatabase  *self,
                                       gint64            kind_id,
                                       GError          **error)
{
  g_autoptr(PassendMeetingKind) stored = NULL;
  KindWrite write = { NULL, TRUE };

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stored = passend_database_get_meeting_kind (self, kind_id, error);
  if (stored == NULL)
    return FALSE;
  if (!passend_meeting_kind_restore_seed (stored))
    return _passend_database_invalid (error, _("This kind of meeting was added by the school and has no defaults to restore."));

  write.kind = stored;
  return _passend_meetings_write (self, write_kind, &write, "meeting-kind", kind_id, 0, error);
}
