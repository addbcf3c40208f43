/* passend-database-intervention-kinds.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "passend-database-private.h"

/* The intervention catalogue (area "interventions"): the seed school's
 * kinds with their local defaults, editable in Preferences. A kind a
 * student ever had is never deleted, only archived: the record names it. */

#define KIND_COLUMNS \
  "id, code, name, support_level, default_weeks, default_months, default_sessions, max_months," \
  " consent_required, archived"

/* Catalogue */

static PassendInterventionKind *
kind_from_row (PassendStatement *statement)
{
  PassendInterventionKind *kind;
  PassendSupportLevel level = PASSEND_SUPPORT_LEVEL_BASIS;

  passend_support_level_from_code (_passend_column_text (statement, 3), &level);
  kind = passend_intervention_kind_new (_passend_column_text (statement, 2), level);
  passend_intervention_kind_set_id (kind, sqlite3_column_int64 (statement, 0));
  passend_intervention_kind_set_code (kind, _passend_column_text (statement, 1));
  passend_intervention_kind_set_default_weeks (kind, sqlite3_column_int (statement, 4));
  passend_intervention_kind_set_default_months (kind, sqlite3_column_int (statement, 5));
  passend_intervention_kind_set_default_sessions (kind, sqlite3_column_int (statement, 6));
  passend_intervention_kind_set_max_months (kind, sqlite3_column_int (statement, 7));
  passend_intervention_kind_set_consent_required (kind, sqlite3_column_int (statement, 8) != 0);
  passend_intervention_kind_set_archived (kind, sqlite3_column_int (statement, 9) != 0);
  return kind;
}

GListModel *
passend_database_list_intervention_kinds (PassendDatabase  *self,
                                          gboolean          include_archived,
                                          GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  GListStore *store;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         include_archived
                                         ? "SELECT " KIND_COLUMNS " FROM intervention_kind ORDER BY name"
                                         : "SELECT " KIND_COLUMNS " FROM intervention_kind WHERE archived = 0"
                                           " ORDER BY name",
                                         error);
  if (statement == NULL)
    return NULL;

  store = g_list_store_new (PASSEND_TYPE_INTERVENTION_KIND);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      g_autoptr(PassendInterventionKind) kind = kind_from_row (statement);

      g_list_store_append (store, kind);
    }

  if (rc != SQLITE_DONE)
    {
      g_object_unref (store);
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return G_LIST_MODEL (store);
}

PassendInterventionKind *
passend_database_get_intervention_kind (PassendDatabase  *self,
                                        gint64            kind_id,
                                        GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self, "SELECT " KIND_COLUMNS " FROM intervention_kind WHERE id = ?1", error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, kind_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    return kind_from_row (statement);
  if (rc == SQLITE_DONE)
    g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                         _("This kind of intervention does not exist."));
  else
    _passend_database_fail (self, rc, NULL, error);
  return NULL;
}

static gboolean
check_kind (PassendInterventionKind  *kind,
            GError                  **error)
{
  int n_lengths = (passend_intervention_kind_get_default_weeks (kind) > 0) +
                  (passend_intervention_kind_get_default_months (kind) > 0) +
                  (passend_intervention_kind_get_default_sessions (kind) > 0);
  int max_months = passend_intervention_kind_get_max_months (kind);

  if (_passend_is_blank (passend_intervention_kind_get_name (kind)))
    return _passend_database_invalid (error, _("A kind of intervention needs a name."));
  if (n_lengths > 1)
    return _passend_database_invalid (error, _("Give a default length in weeks, in months or in sessions, not more than one."));
  if (max_months > 0 && passend_intervention_kind_get_default_months (kind) > max_months)
    return _passend_database_invalid (error, _("The default length is longer than the maximum."));
  if (max_months > 0 && passend_intervention_kind_get_default_weeks (kind) > 0 &&
      passend_intervention_kind_get_default_weeks (kind) * 7 > max_months * 28)
    return _passend_database_invalid (error, _("The default length is longer than the maximum."));

  return TRUE;
}

/* "Plezier op school!" → "plezier-op-school". */
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
    g_string_append (code, "kind");

  return g_string_free (code, FALSE);
}

static void
bind_kind (PassendStatement        *statement,
           PassendInterventionKind *kind)
{
  _passend_bind_text (statement, 1, passend_intervention_kind_get_name (kind));
  sqlite3_bind_text (statement, 2, passend_support_level_to_code (passend_intervention_kind_get_support_level (kind)),
                     -1, SQLITE_STATIC);
  _passend_bind_id (statement, 3, passend_intervention_kind_get_default_weeks (kind));
  _passend_bind_id (statement, 4, passend_intervention_kind_get_default_months (kind));
  _passend_bind_id (statement, 5, passend_intervention_kind_get_default_sessions (kind));
  _passend_bind_id (statement, 6, passend_intervention_kind_get_max_months (kind));
  sqlite3_bind_int (statement, 7, passend_intervention_kind_get_consent_required (kind) ? 1 : 0);
  sqlite3_bind_int (statement, 8, passend_intervention_kind_get_archived (kind) ? 1 : 0);
}

static gboolean
insert_kind (PassendDatabase          *self,
             PassendInterventionKind  *kind,
             gint64                   *id,
             GError                  **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *base = NULL;
  g_autofree char *code = NULL;
  int rc;

  base = code_from_name (passend_intervention_kind_get_code (kind)[0] != '\0'
                         ? passend_intervention_kind_get_code (kind)
                         : passend_intervention_kind_get_name (kind));
  statement = _passend_database_prepare (self,
                                         "INSERT INTO intervention_kind (name, support_level, default_weeks,"
                                         " default_months, default_sessions, max_months, consent_required,"
                                         " archived, code) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                                         error);
  if (statement == NULL)
    return FALSE;

  /* A code another kind has gets a number: codes are never reused. */
  for (int n = 1; n < 100; n++)
    {
      g_free (code);
      code = n == 1 ? g_strdup (base) : g_strdup_printf ("%s-%d", base, n);
      sqlite3_reset (statement);
      bind_kind (statement, kind);
      _passend_bind_text (statement, 9, code);
      rc = sqlite3_step (statement);
      if (rc == SQLITE_DONE)
        {
          *id = sqlite3_last_insert_rowid (_passend_database_get_handle (self));
          passend_intervention_kind_set_code (kind, code);
          return TRUE;
        }
      if (rc != SQLITE_CONSTRAINT ||
          sqlite3_extended_errcode (_passend_database_get_handle (self)) != SQLITE_CONSTRAINT_UNIQUE ||
          strstr (sqlite3_errmsg (_passend_database_get_handle (self)), "code") == NULL)
        break;
    }

  return _passend_database_fail (self, rc, _("Another kind of intervention has this name."), error);
}

gboolean
passend_database_add_intervention_kind (PassendDatabase          *self,
                                        PassendInterventionKind  *kind,
                                        GError                  **error)
{
  gint64 id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_INTERVENTION_KIND (kind), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (passend_intervention_kind_get_id (kind) != 0)
    return _passend_database_invalid (error, _("This kind of intervention is already stored."));
  if (!check_kind (kind, error))
    return FALSE;
  if (!_passend_database_create (self, "intervention-kind", (PassendInsertFunc) insert_kind, kind, &id, error))
    return FALSE;

  passend_intervention_kind_set_id (kind, id);
  return TRUE;
}

/* Runs @sql (binding ?9 to @id) inside a write with its audit row. */
static gboolean
write_kind (PassendDatabase          *self,
            PassendStatement         *statement,
            gint64                    id,
            const char               *action,
            GError                  **error)
{
  if (!_passend_database_write_begin (self, error))
    return FALSE;

  if (!_passend_database_step_done (self, statement, error) ||
      !_passend_database_audit (self, action, "intervention-kind", id, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_database_changed (self, "intervention-kind", id);
  return TRUE;
}

gboolean
passend_database_update_intervention_kind (PassendDatabase          *self,
                                           PassendInterventionKind  *kind,
                                           GError                  **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(PassendInterventionKind) stored = NULL;
  gint64 id;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_INTERVENTION_KIND (kind), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = passend_intervention_kind_get_id (kind);
  stored = passend_database_get_intervention_kind (self, id, error);
  if (stored == NULL || !check_kind (kind, error))
    return FALSE;

  statement = _passend_database_prepare (self,
                                         "UPDATE intervention_kind SET name = ?1, support_level = ?2,"
                                         " default_weeks = ?3, default_months = ?4, default_sessions = ?5,"
                                         " max_months = ?6, consent_required = ?7, archived = ?8 WHERE id = ?9",
                                         error);
  if (statement == NULL)
    return FALSE;

  bind_kind (statement, kind);
  sqlite3_bind_int64 (statement, 9, id);
  return write_kind (self, statement, id, "update", error);
}

gboolean
passend_database_archive_intervention_kind (PassendDatabase  *self,
                                            gint64            kind_id,
                                            gboolean          archived,
                                            GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(PassendInterventionKind) stored = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stored = passend_database_get_intervention_kind (self, kind_id, error);
  if (stored == NULL)
    return FALSE;

  statement = _passend_database_prepare (self, "UPDATE intervention_kind SET archived = ?1 WHERE id = ?9", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int (statement, 1, archived ? 1 : 0);
  sqlite3_bind_int64 (statement, 9, kind_id);
  return write_kind (self, statement, kind_id, "update", error);
}

gboolean
passend_database_remove_intervention_kind (PassendDatabase  *self,
                                           gint64            kind_id,
                                           GError          **error)
{
  g_autoptr(PassendStatement) used = NULL;
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(PassendInterventionKind) stored = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stored = passend_database_get_intervention_kind (self, kind_id, error);
  if (stored == NULL)
    return FALSE;

  used = _passend_database_prepare (self, "SELECT 1 FROM intervention WHERE kind_id = ?1 LIMIT 1", error);
  if (used == NULL)
    return FALSE;
  sqlite3_bind_int64 (used, 1, kind_id);
  if (sqlite3_step (used) == SQLITE_ROW)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT,
                           _("Students have had this intervention, so it stays in the record: archive it instead."));
      return FALSE;
    }

  statement = _passend_database_prepare (self, "DELETE FROM intervention_kind WHERE id = ?9", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 9, kind_id);
  return write_kind (self, statement, kind_id, "delete", error);
}
