/* passend-database-attachments.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-private.h"

/* Adding lives beside the timeline (passend_database_add_attachment);
 * this file reads attachments back and removes them. */

void
passend_attachment_free (PassendAttachment *attachment)
{
  if (attachment == NULL)
    return;

  g_free (attachment->sha256);
  g_free (attachment->file_name);
  g_free (attachment->media_type);
  g_free (attachment);
}

/* The attachments a prepared statement yields, one row each: id,
 * entry_id, sha256, file_name, media_type, added_at, size. */
static GPtrArray *
read_attachments (PassendDatabase   *self,
                  sqlite3_stmt      *statement,
                  GError           **error)
{
  g_autoptr(GPtrArray) attachments = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_attachment_free);
  int rc;

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      PassendAttachment *attachment = g_new0 (PassendAttachment, 1);

      attachment->id = sqlite3_column_int64 (statement, 0);
      attachment->entry_id = sqlite3_column_int64 (statement, 1);
      attachment->sha256 = g_strdup (_passend_column_text (statement, 2));
      attachment->file_name = g_strdup (_passend_column_text (statement, 3));
      attachment->media_type = g_strdup (_passend_column_text (statement, 4));
      attachment->added_at = sqlite3_column_int64 (statement, 5);
      attachment->size = sqlite3_column_int64 (statement, 6);
      g_ptr_array_add (attachments, attachment);
    }

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return g_steal_pointer (&attachments);
}

/* The columns read_attachments() expects, from attachment a with its
 * blob's size; the caller adds the joins, WHERE ?1 and the order. */
#define SELECT_ATTACHMENTS \
  "SELECT a.id, a.entry_id, a.sha256, a.file_name, a.media_type, a.added_at, coalesce (b.size, -1)" \
  " FROM attachment AS a LEFT JOIN attachment_blob AS b ON b.sha256 = a.sha256"

static GPtrArray *
list_attachments_by (PassendDatabase  *self,
                     const char       *sql,
                     gint64            id,
                     GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self, sql, error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, id);
  return read_attachments (self, statement, error);
}

/**
 * passend_database_list_attachments:
 *
 * The attachments of one entry in the order they were added. The size
 * is -1 when the stored content is missing.
 *
 * Returns: (transfer full): a GPtrArray of PassendAttachment, or %NULL
 */
GPtrArray *
passend_database_list_attachments (PassendDatabase  *self,
                                   gint64            entry_id,
                                   GError          **error)
{
  return list_attachments_by (self, SELECT_ATTACHMENTS " WHERE a.entry_id = ?1 ORDER BY a.added_at, a.id",
                              entry_id, error);
}

/**
 * passend_database_list_student_attachments:
 *
 * The attachments of every timeline entry of one student, in one query:
 * by entry, then in the order they were added.
 *
 * Returns: (transfer full): a GPtrArray of PassendAttachment, or %NULL
 */
GPtrArray *
passend_database_list_student_attachments (PassendDatabase  *self,
                                           gint64            student_id,
                                           GError          **error)
{
  return list_attachments_by (self,
                              SELECT_ATTACHMENTS " JOIN timeline_entry AS e ON e.id = a.entry_id"
                              " WHERE e.student_id = ?1 ORDER BY a.entry_id, a.added_at, a.id",
                              student_id, error);
}

/**
 * passend_database_load_attachment:
 *
 * The stored bytes with this SHA-256. An attachment row whose content is
 * gone (which only a damaged file or a hand edit can cause) gives a
 * CORRUPT error that says so.
 *
 * Returns: (transfer full): the content, or %NULL
 */
GBytes *
passend_database_load_attachment (PassendDatabase  *self,
                                  const char       *sha256,
                                  GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  GBytes *content;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (sha256 != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         "SELECT content FROM attachment_blob WHERE sha256 = ?1",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_text (statement, 1, sha256, -1, SQLITE_TRANSIENT);

  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CORRUPT,
                           _("The content of this attachment is missing from the database. "
                             "The file may be damaged: check it and restore a backup if needed."));
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  content = g_bytes_new (sqlite3_column_blob (statement, 0),
                         (gsize) sqlite3_column_bytes (statement, 0));
  return content;
}

/**
 * passend_database_count_attachment_uses:
 *
 * How many attachments, of any entry, use the content with this SHA-256.
 *
 * Returns: the count, or -1 with @error set
 */
gint64
passend_database_count_attachment_uses (PassendDatabase  *self,
                                        const char       *sha256,
                                        GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), -1);
  g_return_val_if_fail (sha256 != NULL, -1);
  g_return_val_if_fail (error == NULL || *error == NULL, -1);

  statement = _passend_database_prepare (self,
                                         "SELECT count(*) FROM attachment WHERE sha256 = ?1",
                                         error);
  if (statement == NULL)
    return -1;

  sqlite3_bind_text (statement, 1, sha256, -1, SQLITE_TRANSIENT);

  rc = sqlite3_step (statement);
  if (rc != SQLITE_ROW)
    {
      _passend_database_fail (self, rc, NULL, error);
      return -1;
    }

  return sqlite3_column_int64 (statement, 0);
}

static gboolean
delete_attachment_row (PassendDatabase  *self,
                       gint64            attachment_id,
                       char            **sha256,
                       GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "DELETE FROM attachment WHERE id = ?1 RETURNING sha256",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, attachment_id);

  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("The attachment does not exist."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return _passend_database_fail (self, rc, NULL, error);

  *sha256 = g_strdup (_passend_column_text (statement, 0));

  /* RETURNING finishes its work on the first step; step to the end so the
   * statement is done before the next one runs. */
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    ;
  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

/* Content is shared between entries, OPP signature scans, TLV advices and
 * parts: it goes only with its last use. A sent TLV dossier must be
 * assembled again from the same bytes, so what its manifest names stays. */
gboolean
_passend_database_release_blob (PassendDatabase  *self,
                                const char       *sha256,
                                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  if (sha256 == NULL || *sha256 == '\0')
    return TRUE;

  statement = _passend_database_prepare (self,
                                         "DELETE FROM attachment_blob WHERE sha256 = ?1"
                                         " AND NOT EXISTS (SELECT 1 FROM attachment WHERE sha256 = ?1)"
                                         " AND NOT EXISTS (SELECT 1 FROM opp_signature WHERE scan_sha256 = ?1)"
                                         " AND NOT EXISTS (SELECT 1 FROM tlv_advice WHERE blob_sha256 = ?1)"
                                         " AND NOT EXISTS (SELECT 1 FROM tlv_part WHERE blob_sha256 = ?1)"
                                         " AND NOT EXISTS (SELECT 1 FROM tlv_dossier WHERE instr (manifest, ?1) > 0)",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_text (statement, 1, sha256, -1, SQLITE_TRANSIENT);
  return _passend_database_step_done (self, statement, error);
}

/**
 * passend_database_remove_attachment:
 *
 * Removes one attachment from its entry. The stored content is deleted
 * too when no other attachment uses it.
 */
gboolean
passend_database_remove_attachment (PassendDatabase  *self,
                                    gint64            attachment_id,
                                    GError          **error)
{
  g_autofree char *sha256 = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  if (!delete_attachment_row (self, attachment_id, &sha256, error) ||
      !_passend_database_release_blob (self, sha256, error) ||
      !_passend_database_audit (self, "delete", "attachment", attachment_id, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  g_debug ("Removed attachment %" G_GINT64_FORMAT, attachment_id);
  _passend_database_changed (self, "attachment", attachment_id);
  return TRUE;
}
