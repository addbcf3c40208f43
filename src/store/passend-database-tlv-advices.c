/* passend-database-tlv-advices.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-tlv-private.h"

/* Deskundigenadviezen, and the content-addressed files of the request
 * (written advices and added parts), kept in attachment_blob like every
 * other file so the same report attached twice is stored once. */

gboolean
_passend_tlv_store_blob (PassendDatabase  *self,
                         GBytes           *content,
                         char            **sha256,
                         GError          **error)
{
  g_autofree char *hash = NULL;

  if (g_bytes_get_size (content) == 0)
    return _passend_database_invalid (error, _("The file is empty."));

  hash = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, content);
  if (!_passend_database_store_blob (self, hash, content, error))
    return FALSE;

  *sha256 = g_steal_pointer (&hash);
  return TRUE;
}

#define ADVICE_QUERY \
  "SELECT id, request_id, position, name, discipline, advised_on, independent, blob_sha256, file_name, media_type" \
  " FROM tlv_advice"

static PassendTlvAdvice *
advice_from_row (PassendStatement *statement)
{
  PassendTlvDiscipline discipline = PASSEND_TLV_DISCIPLINE_OTHER;
  PassendTlvAdvice *advice;

  passend_tlv_discipline_from_string (_passend_column_text (statement, 4), &discipline);
  advice = passend_tlv_advice_new (_passend_column_text (statement, 3), discipline);
  passend_tlv_advice_set_id (advice, sqlite3_column_int64 (statement, 0));
  passend_tlv_advice_set_request_id (advice, sqlite3_column_int64 (statement, 1));
  passend_tlv_advice_set_position (advice, (guint) sqlite3_column_int (statement, 2));
  passend_tlv_advice_set_advised_on (advice, _passend_column_day (statement, 5));
  passend_tlv_advice_set_independent (advice, sqlite3_column_int (statement, 6) != 0);
  if (sqlite3_column_type (statement, 7) != SQLITE_NULL)
    passend_tlv_advice_set_sha256 (advice, _passend_column_text (statement, 7));
  passend_tlv_advice_set_file_name (advice, _passend_column_text (statement, 8));
  passend_tlv_advice_set_media_type (advice, _passend_column_text (statement, 9));

  return advice;
}

static GPtrArray *
list_advices (PassendDatabase  *self,
              const char       *sql,
              gint64            id,
              GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GPtrArray) advices = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  statement = _passend_database_prepare (self, sql, error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    g_ptr_array_add (advices, advice_from_row (statement));

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return g_steal_pointer (&advices);
}

GPtrArray *
passend_database_list_tlv_advices (PassendDatabase  *self,
                                   gint64            request_id,
                                   GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_advices (self, ADVICE_QUERY " WHERE request_id = ?1 ORDER BY position, id", request_id, error);
}

static PassendTlvAdvice *
load_advice (PassendDatabase  *self,
             gint64            advice_id,
             GError          **error)
{
  g_autoptr(GPtrArray) advices = list_advices (self, ADVICE_QUERY " WHERE id = ?1", advice_id, error);

  if (advices == NULL)
    return NULL;
  if (advices->len == 0)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("The advice no longer exists."));
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (advices, 0));
}

static gboolean
check_advice (PassendTlvAdvice  *advice,
              GBytes            *file,
              GError           **error)
{
  if (_passend_is_blank (passend_tlv_advice_get_name (advice)))
    return _passend_database_invalid (error, _("Enter the name of the deskundige."));
  if (file != NULL && _passend_is_blank (passend_tlv_advice_get_file_name (advice)))
    return _passend_database_invalid (error, _("The written advice needs a file name."));

  return TRUE;
}

static void
bind_advice (PassendStatement *statement,
             PassendTlvAdvice *advice,
             const char       *sha256)
{
  const char *media_type = passend_tlv_advice_get_media_type (advice);

  _passend_bind_text (statement, 3, passend_tlv_advice_get_name (advice));
  sqlite3_bind_text (statement, 4, passend_tlv_discipline_to_string (passend_tlv_advice_get_discipline (advice)), -1,
                     SQLITE_STATIC);
  _passend_bind_day (statement, 5, passend_tlv_advice_get_advised_on (advice));
  sqlite3_bind_int (statement, 6, passend_tlv_advice_get_independent (advice) ? 1 : 0);
  if (sha256 != NULL)
    sqlite3_bind_text (statement, 7, sha256, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (statement, 7);
  _passend_bind_text (statement, 8, sha256 != NULL ? passend_tlv_advice_get_file_name (advice) : "");
  _passend_bind_text (statement, 9, sha256 == NULL ? ""
                                    : (media_type != NULL && *media_type != '\0') ? media_type
                                    : "application/octet-stream");
}

gboolean
passend_database_add_tlv_advice (PassendDatabase   *self,
                                 PassendTlvAdvice  *advice,
                                 GBytes            *file,
                                 GError           **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(PassendTlvRequest) request = NULL;
  g_autofree char *sha256 = NULL;
  gint64 request_id, id = 0;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_TLV_ADVICE (advice), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_advice (advice, file, error))
    return FALSE;

  request_id = passend_tlv_advice_get_request_id (advice);
  statement = _passend_database_prepare (self,
                                         "INSERT INTO tlv_advice (request_id, position, name, discipline, advised_on,"
                                         " independent, blob_sha256, file_name, media_type)"
                                         " VALUES (?1, (SELECT coalesce (max (position) + 1, 0) FROM tlv_advice"
                                         "              WHERE request_id = ?1), ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                                         error);
  if (statement == NULL || !_passend_database_write_begin (self, error))
    return FALSE;

  /* Advices arrive while the SWV handles the request too: any state. */
  request = _passend_tlv_load_request (self, request_id, error);
  ok = request != NULL && (file == NULL || _passend_tlv_store_blob (self, file, &sha256, error));
  if (ok)
    {
      sqlite3_bind_int64 (statement, 1, request_id);
      bind_advice (statement, advice, sha256);
      ok = _passend_database_step_done (self, statement, error);
    }
  if (ok)
    {
      id = sqlite3_last_insert_rowid (_passend_database_get_handle (self));
      ok = _passend_database_audit (self, "create", "tlv-advice", id, error) &&
           _passend_tlv_touch (self, request_id, error);
    }

  if (!_passend_tlv_finish (self, ok, request_id, 0, FALSE, FALSE, error))
    return FALSE;

  {
    g_autoptr(PassendTlvAdvice) stored = load_advice (self, id, NULL);

    passend_tlv_advice_set_id (advice, id);
    if (stored != NULL)
      passend_tlv_advice_set_position (advice, passend_tlv_advice_get_position (stored));
    passend_tlv_advice_set_sha256 (advice, sha256);
  }
  return TRUE;
}

gboolean
passend_database_update_tlv_advice (PassendDatabase   *self,
                                    PassendTlvAdvice  *advice,
                                    GBytes            *file,
                                    GError           **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(PassendTlvAdvice) stored = NULL;
  g_autofree char *sha256 = NULL;
  gint64 advice_id;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_TLV_ADVICE (advice), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_advice (advice, file, error))
    return FALSE;

  advice_id = passend_tlv_advice_get_id (advice);
  statement = _passend_database_prepare (self,
                                         "UPDATE tlv_advice SET name = ?3, discipline = ?4, advised_on = ?5,"
                                         " independent = ?6, blob_sha256 = ?7, file_name = ?8, media_type = ?9"
                                         " WHERE id = ?1",
                                         error);
  if (statement == NULL || !_passend_database_write_begin (self, error))
    return FALSE;

  stored = load_advice (self, advice_id, error);
  ok = stored != NULL;
  if (ok && file != NULL)
    ok = _passend_tlv_store_blob (self, file, &sha256, error);
  else if (ok)
    {
      /* Without a new file the stored one stays, with its name. */
      sha256 = g_strdup (passend_tlv_advice_get_sha256 (stored));
      passend_tlv_advice_set_file_name (advice, passend_tlv_advice_get_file_name (stored));
      passend_tlv_advice_set_media_type (advice, passend_tlv_advice_get_media_type (stored));
    }
  if (ok)
    {
      sqlite3_bind_int64 (statement, 1, advice_id);
      bind_advice (statement, advice, sha256);
      ok = _passend_database_step_done (self, statement, error) &&
           _passend_database_audit (self, "update", "tlv-advice", advice_id, error) &&
           _passend_tlv_touch (self, passend_tlv_advice_get_request_id (stored), error);
    }
  if (ok && file != NULL && g_strcmp0 (passend_tlv_advice_get_sha256 (stored), sha256) != 0)
    ok = _passend_database_release_blob (self, passend_tlv_advice_get_sha256 (stored), error);

  if (!_passend_tlv_finish (self, ok, stored != NULL ? passend_tlv_advice_get_request_id (stored) : 0, 0, FALSE,
                            FALSE, error))
    return FALSE;

  passend_tlv_advice_set_sha256 (advice, sha256);
  return TRUE;
}

gboolean
passend_database_remove_tlv_advice (PassendDatabase  *self,
                                    gint64            advice_id,
                                    GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(PassendStatement) close_gap = NULL;
  g_autoptr(PassendTlvAdvice) stored = NULL;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  statement = _passend_database_prepare (self, "DELETE FROM tlv_advice WHERE id = ?1", error);
  close_gap = _passend_database_prepare (self,
                                         "UPDATE tlv_advice SET position = position - 1"
                                         " WHERE request_id = ?1 AND position > ?2",
                                         error);
  if (statement == NULL || close_gap == NULL || !_passend_database_write_begin (self, error))
    return FALSE;

  stored = load_advice (self, advice_id, error);
  ok = stored != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (statement, 1, advice_id);
      sqlite3_bind_int64 (close_gap, 1, passend_tlv_advice_get_request_id (stored));
      sqlite3_bind_int (close_gap, 2, (int) passend_tlv_advice_get_position (stored));
      ok = _passend_database_step_done (self, statement, error) &&
           _passend_database_step_done (self, close_gap, error) &&
           _passend_database_release_blob (self, passend_tlv_advice_get_sha256 (stored), error) &&
           _passend_database_audit (self, "delete", "tlv-advice", advice_id, error) &&
           _passend_tlv_touch (self, passend_tlv_advice_get_request_id (stored), error);
    }

  return _passend_tlv_finish (self, ok, stored != NULL ? passend_tlv_advice_get_request_id (stored) : 0, 0, FALSE,
                              FALSE, error);
}
