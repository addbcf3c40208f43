/* passend-database-guardians.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-private.h"

/* Editing guardians; adding and listing them is in
 * passend-database-students.c. */

static gboolean
guardian_not_found (GError **error)
{
  g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                       _("The guardian does not exist."));
  return FALSE;
}

/* Binds the columns shared by UPDATE and the INSERT of a restore: ?1 is
 * the id, ?2 the student, then the fields in table order. */
static void
bind_guardian (PassendStatement *statement,
               PassendGuardian  *guardian)
{
  sqlite3_bind_int64 (statement, 1, passend_guardian_get_id (guardian));
  sqlite3_bind_int64 (statement, 2, passend_guardian_get_student_id (guardian));
  _passend_bind_text (statement, 3, passend_guardian_get_relation (guardian));
  _passend_bind_text (statement, 4, passend_guardian_get_voorletters (guardian));
  _passend_bind_text (statement, 5, passend_guardian_get_tussenvoegsel (guardian));
  _passend_bind_text (statement, 6, passend_guardian_get_achternaam (guardian));
  sqlite3_bind_int (statement, 7, passend_guardian_get_has_authority (guardian) ? 1 : 0);
  _passend_bind_text (statement, 8, passend_guardian_get_email (guardian));
  _passend_bind_text (statement, 9, passend_guardian_get_phone (guardian));
  sqlite3_bind_int (statement, 10, passend_guardian_get_phone_is_secret (guardian) ? 1 : 0);
  sqlite3_bind_int (statement, 11, passend_guardian_get_prefers_email (guardian) ? 1 : 0);
}

static gboolean
write_guardian (PassendDatabase  *self,
                PassendGuardian  *guardian,
                const char       *sql,
                const char       *action,
                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  gint64 id = passend_guardian_get_id (guardian);
  int rc;

  if (id <= 0)
    return _passend_database_invalid (error, _("This guardian is not stored yet."));
  if (_passend_is_blank (passend_guardian_get_achternaam (guardian)))
    return _passend_database_invalid (error, _("A guardian needs a family name."));

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  statement = _passend_database_prepare (self, sql, error);
  if (statement == NULL)
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  bind_guardian (statement, guardian);
  rc = sqlite3_step (statement);
  if (rc != SQLITE_DONE)
    {
      if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
        _passend_database_fail (self, rc, _("The student does not exist."), error);
      else if (rc == SQLITE_CONSTRAINT_PRIMARYKEY)
        _passend_database_fail (self, rc, _("This guardian is already stored."), error);
      else
        _passend_database_fail (self, rc, NULL, error);
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (sqlite3_changes (self->db) == 0)
    {
      _passend_database_write_rollback (self);
      return guardian_not_found (error);
    }

  if (!_passend_database_audit (self, action, "guardian", id, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_database_changed (self, "guardian", id);
  return TRUE;
}

gboolean
passend_database_update_guardian (PassendDatabase  *self,
                                  PassendGuardian  *guardian,
                                  GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_GUARDIAN (guardian), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The student is bound but not changed: a guardian does not move. */
  return write_guardian (self, guardian,
                         "UPDATE guardian SET relation = ?3, voorletters = ?4, tussenvoegsel = ?5, "
                         "achternaam = ?6, has_authority = ?7, email = ?8, phone = ?9, "
                         "phone_is_secret = ?10, prefers_email = ?11 WHERE id = ?1 AND student_id = ?2",
                         "update", error);
}

/**
 * passend_database_restore_guardian:
 *
 * Stores a removed guardian again under its old id, for Undo.
 */
gboolean
passend_database_restore_guardian (PassendDatabase  *self,
                                   PassendGuardian  *guardian,
                                   GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_GUARDIAN (guardian), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_guardian (self, guardian,
                         "INSERT INTO guardian (id, student_id, relation, voorletters, tussenvoegsel, "
                         "achternaam, has_authority, email, phone, phone_is_secret, prefers_email) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                         "create", error);
}

gboolean
passend_database_remove_guardian (PassendDatabase  *self,
                                  gint64            guardian_id,
                                  GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  statement = _passend_database_prepare (self, "DELETE FROM guardian WHERE id = ?1", error);
  if (statement != NULL)
    sqlite3_bind_int64 (statement, 1, guardian_id);

  if (statement == NULL || !_passend_database_step_done (self, statement, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (sqlite3_changes (self->db) == 0)
    {
      _passend_database_write_rollback (self);
      return guardian_not_found (error);
    }

  if (!_passend_database_audit (self, "delete", "guardian", guardian_id, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_database_changed (self, "guardian", guardian_id);
  return TRUE;
}
