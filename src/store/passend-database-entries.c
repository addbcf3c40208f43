/* passend-database-entries.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-private.h"

/* Deleting an entry is real: the row, its FTS row (through the triggers),
 * its versions and attachment rows go at once. The toast's Undo puts
 * everything back from this in-memory copy, with the same ids. A
 * soft-delete would need a column the fixed schema does not have, and
 * every query (lists, search, exports, other areas' reports) would have
 * to remember to skip deleted rows: one forgotten WHERE and a deleted
 * entry leaks into a parent copy. The price is that an entry deleted
 * just before a crash cannot be undone, which is what deleting means.
 * Attachment bytes stay: blobs are shared by hash and not removed here. */

typedef struct
{
  const char     *table;
  sqlite3_value **values;
  int             n_values;
} RowCopy;

struct _PassendDeletedEntry
{
  gint64      entry_id;
  gint64      student_id;
  GPtrArray  *rows;          /* RowCopy, the entry first */
  GArray     *consent_ids;   /* gint64: consents that pointed at it */
};

static void
row_copy_free (RowCopy *copy)
{
  for (int i = 0; i < copy->n_values; i++)
    sqlite3_value_free (copy->values[i]);
  g_free (copy->values);
  g_free (copy);
}

void
passend_deleted_entry_free (PassendDeletedEntry *deleted)
{
  if (deleted == NULL)
    return;

  g_ptr_array_unref (deleted->rows);
  g_array_unref (deleted->consent_ids);
  g_free (deleted);
}

gint64
passend_deleted_entry_get_id (PassendDeletedEntry *deleted)
{
  g_return_val_if_fail (deleted != NULL, 0);

  return deleted->entry_id;
}

gint64
passend_deleted_entry_get_student_id (PassendDeletedEntry *deleted)
{
  g_return_val_if_fail (deleted != NULL, 0);

  return deleted->student_id;
}

void
passend_entry_version_free (PassendEntryVersion *version)
{
  if (version == NULL)
    return;

  g_clear_object (&version->entry);
  g_free (version->replaced_by);
  g_free (version);
}

static gboolean
validate_entry (PassendTimelineEntry  *entry,
                GError               **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) a_day_later = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) tomorrow = NULL;

  if (passend_entry_kind_to_code (passend_timeline_entry_get_kind (entry)) == NULL ||
      passend_confidentiality_to_code (passend_timeline_entry_get_confidentiality (entry)) == NULL)
    return _passend_database_invalid (error, _("The kind or confidentiality of the entry is not known."));

  if (_passend_is_blank (passend_timeline_entry_get_title (entry)) &&
      _passend_is_blank (passend_timeline_entry_get_body (entry)))
    return _passend_database_invalid (error, _("An entry needs a title or a text."));

  /* What happened today may be recorded at any hour of it; what has not
   * happened yet may not. */
  tomorrow = g_date_time_new_local (g_date_time_get_year (a_day_later), g_date_time_get_month (a_day_later),
                                    g_date_time_get_day_of_month (a_day_later), 0, 0, 0);
  if (passend_timeline_entry_get_occurred_at (entry) >= g_date_time_to_unix (tomorrow))
    return _passend_database_invalid (error, _("An entry cannot be dated in the future."));

  return TRUE;
}

/* Versions */

static gboolean
keep_version (PassendDatabase  *self,
              gint64            entry_id,
              GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO timeline_entry_version (entry_id, kind, occurred_at, "
                                         "title, body, confidentiality, is_fact, replaced_at, replaced_by) "
                                         "SELECT id, kind, occurred_at, title, body, confidentiality, is_fact, "
                                         "?2, ?3 FROM timeline_entry WHERE id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, entry_id);
  sqlite3_bind_int64 (statement, 2, _passend_database_now ());
  _passend_bind_text (statement, 3, self->actor);

  if (!_passend_database_step_done (self, statement, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("The entry does not exist."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_entry (PassendDatabase       *self,
             PassendTimelineEntry  *entry,
             GError               **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self,
                                         "UPDATE timeline_entry SET kind = ?2, occurred_at = ?3, title = ?4, "
                                         "body = ?5, confidentiality = ?6, is_fact = ?7, updated_at = ?8 "
                                         "WHERE id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, passend_timeline_entry_get_id (entry));
  sqlite3_bind_text (statement, 2, passend_entry_kind_to_code (passend_timeline_entry_get_kind (entry)), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 3, passend_timeline_entry_get_occurred_at (entry));
  _passend_bind_text (statement, 4, passend_timeline_entry_get_title (entry));
  _passend_bind_text (statement, 5, passend_timeline_entry_get_body (entry));
  sqlite3_bind_text (statement, 6,
                     passend_confidentiality_to_code (passend_timeline_entry_get_confidentiality (entry)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_int (statement, 7, passend_timeline_entry_get_is_fact (entry) ? 1 : 0);
  sqlite3_bind_int64 (statement, 8, _passend_database_now ());

  return _passend_database_step_done (self, statement, error);
}

static gboolean
discard_draft (PassendDatabase  *self,
               gint64            draft_id,
               GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  if (draft_id == 0)
    return TRUE;

  statement = _passend_database_prepare (self, "DELETE FROM entry_draft WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, draft_id);
  return _passend_database_step_done (self, statement, error);
}

static gboolean
entry_unchanged (PassendDatabase       *self,
                 PassendTimelineEntry  *entry,
                 gboolean              *unchanged,
                 GError               **error)
{
  g_autoptr(PassendTimelineEntry) stored = NULL;

  stored = _passend_database_get_entry (self, passend_timeline_entry_get_id (entry), error);
  if (stored == NULL)
    return FALSE;

  *unchanged = passend_timeline_entry_get_kind (stored) == passend_timeline_entry_get_kind (entry) &&
               passend_timeline_entry_get_occurred_at (stored) == passend_timeline_entry_get_occurred_at (entry) &&
               g_strcmp0 (passend_timeline_entry_get_title (stored), passend_timeline_entry_get_title (entry)) == 0 &&
               g_strcmp0 (passend_timeline_entry_get_body (stored), passend_timeline_entry_get_body (entry)) == 0 &&
               passend_timeline_entry_get_confidentiality (stored) == passend_timeline_entry_get_confidentiality (entry) &&
               passend_timeline_entry_get_is_fact (stored) == passend_timeline_entry_get_is_fact (entry);
  return TRUE;
}

/**
 * passend_database_update_entry:
 *
 * Stores the edited @entry; what it said before is kept as a version.
 * An edit that changes nothing keeps no version. @draft_id (0: none) is
 * deleted in the same transaction.
 */
gboolean
passend_database_update_entry (PassendDatabase       *self,
                               PassendTimelineEntry  *entry,
                               gint64                 draft_id,
                               GError               **error)
{
  gint64 id;
  gboolean unchanged = FALSE;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_TIMELINE_ENTRY (entry), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = passend_timeline_entry_get_id (entry);
  if (id == 0)
    return _passend_database_invalid (error, _("This entry is not stored yet."));

  if (!validate_entry (entry, error))
    return FALSE;

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  if (!entry_unchanged (self, entry, &unchanged, error) ||
      (!unchanged && (!keep_version (self, id, error) ||
                      !write_entry (self, entry, error) ||
                      !_passend_database_audit (self, "update", "timeline-entry", id, error))) ||
      !discard_draft (self, draft_id, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  if (!unchanged)
    _passend_database_changed (self, "timeline-entry", id);
  return TRUE;
}

/**
 * passend_database_list_entry_versions:
 *
 * Returns: (transfer full): a GPtrArray of PassendEntryVersion, the
 *   latest replaced first
 */
GPtrArray *
passend_database_list_entry_versions (PassendDatabase  *self,
                                      gint64            entry_id,
                                      GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         "SELECT kind, occurred_at, title, body, confidentiality, is_fact, "
                                         "replaced_at, replaced_by FROM timeline_entry_version "
                                         "WHERE entry_id = ?1 ORDER BY replaced_at DESC, id DESC",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, entry_id);
  versions = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_entry_version_free);

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      PassendEntryVersion *version = g_new0 (PassendEntryVersion, 1);
      PassendEntryKind kind = PASSEND_ENTRY_KIND_OBSERVATION;
      PassendConfidentiality level = PASSEND_CONFIDENTIALITY_NORMAL;

      passend_entry_kind_from_code (_passend_column_text (statement, 0), &kind);
      passend_confidentiality_from_code (_passend_column_text (statement, 4), &level);

      version->entry = passend_timeline_entry_new ();
      passend_timeline_entry_set_id (version->entry, entry_id);
      passend_timeline_entry_set_kind (version->entry, kind);
      passend_timeline_entry_set_occurred_at (version->entry, sqlite3_column_int64 (statement, 1));
      passend_timeline_entry_set_title (version->entry, _passend_column_text (statement, 2));
      passend_timeline_entry_set_body (version->entry, _passend_column_text (statement, 3));
      passend_timeline_entry_set_confidentiality (version->entry, level);
      passend_timeline_entry_set_is_fact (version->entry, sqlite3_column_int (statement, 5) != 0);
      version->replaced_at = sqlite3_column_int64 (statement, 6);
      version->replaced_by = g_strdup (_passend_column_text (statement, 7));
      g_ptr_array_add (versions, version);
    }

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return g_steal_pointer (&versions);
}

/**
 * passend_database_list_edited_entries:
 *
 * Returns: (transfer full): the ids (gint64 *) of @student_id's entries
 *   that have earlier versions, as a set
 */
GHashTable *
passend_database_list_edited_entries (PassendDatabase  *self,
                                      gint64            student_id,
                                      GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GHashTable) edited = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         "SELECT DISTINCT v.entry_id FROM timeline_entry_version AS v "
                                         "JOIN timeline_entry AS e ON e.id = v.entry_id "
                                         "WHERE e.student_id = ?1",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, student_id);
  edited = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (statement, 0);
      g_hash_table_add (edited, id);
    }

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return g_steal_pointer (&edited);
}

/* Linked copies */

static gboolean
set_link_group (PassendDatabase  *self,
                gint64            entry_id,
                gint64            group,
                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self, "UPDATE timeline_entry SET link_group = ?2 WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, entry_id);
  sqlite3_bind_int64 (statement, 2, group);
  return _passend_database_step_done (self, statement, error);
}

/* Each copy is a whole entry of its own student: the text the user
 * typed, and nothing that names the others. */
static gboolean
add_copies (PassendDatabase       *self,
            PassendTimelineEntry  *entry,
            gint64                 group,
            const gint64          *also_for,
            guint                  n_also_for,
            GError               **error)
{
  for (guint i = 0; i < n_also_for; i++)
    {
      g_autoptr(PassendTimelineEntry) copy = NULL;
      gint64 copy_id = 0;

      if (also_for[i] == passend_timeline_entry_get_student_id (entry))
        continue;

      copy = passend_timeline_entry_new ();
      passend_timeline_entry_set_student_id (copy, also_for[i]);
      passend_timeline_entry_set_kind (copy, passend_timeline_entry_get_kind (entry));
      passend_timeline_entry_set_occurred_at (copy, passend_timeline_entry_get_occurred_at (entry));
      passend_timeline_entry_set_author (copy, passend_timeline_entry_get_author (entry));
      passend_timeline_entry_set_title (copy, passend_timeline_entry_get_title (entry));
      passend_timeline_entry_set_body (copy, passend_timeline_entry_get_body (entry));
      passend_timeline_entry_set_confidentiality (copy, passend_timeline_entry_get_confidentiality (entry));
      passend_timeline_entry_set_is_fact (copy, passend_timeline_entry_get_is_fact (entry));

      if (!_passend_database_insert_entry (self, copy, &copy_id, error) ||
          !set_link_group (self, copy_id, group, error) ||
          !_passend_database_audit (self, "create", "timeline-entry", copy_id, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * passend_database_save_new_entry:
 *
 * Adds @entry (written in the entry editor) and sets its id; a copy for
 * each student in @also_for shares its link group. The draft @draft_id
 * (0: none) is deleted in the same transaction.
 */
gboolean
passend_database_save_new_entry (PassendDatabase       *self,
                                 PassendTimelineEntry  *entry,
                                 gint64                 draft_id,
                                 const gint64          *also_for,
                                 guint                  n_also_for,
                                 GError               **error)
{
  gint64 id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_TIMELINE_ENTRY (entry), FALSE);
  g_return_val_if_fail (also_for != NULL || n_also_for == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (passend_timeline_entry_get_id (entry) != 0)
    return _passend_database_invalid (error, _("This entry is already stored."));

  if (!validate_entry (entry, error))
    return FALSE;

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  if (!_passend_database_insert_entry (self, entry, &id, error) ||
      !_passend_database_audit (self, "create", "timeline-entry", id, error) ||
      (n_also_for > 0 && (!set_link_group (self, id, id, error) ||
                          !add_copies (self, entry, id, also_for, n_also_for, error))) ||
      !discard_draft (self, draft_id, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  passend_timeline_entry_set_id (entry, id);
  _passend_database_changed (self, "timeline-entry", n_also_for > 0 ? 0 : id);
  return TRUE;
}

/**
 * passend_database_get_link_group:
 *
 * Returns: the link group of an entry recorded for several students, 0
 *   when it is its student's alone, -1 on error
 */
gint64
passend_database_get_link_group (PassendDatabase  *self,
                                 gint64            entry_id,
                                 GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), -1);

  statement = _passend_database_prepare (self, "SELECT link_group FROM timeline_entry WHERE id = ?1", error);
  if (statement == NULL)
    return -1;

  sqlite3_bind_int64 (statement, 1, entry_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (statement, 0);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("The entry does not exist."));
      return -1;
    }

  _passend_database_fail (self, rc, NULL, error);
  return -1;
}

/* Delete and undo */

static gboolean
copy_rows (PassendDatabase      *self,
           PassendDeletedEntry  *deleted,
           const char           *table,
           const char           *sql,
           GError              **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self, sql, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, deleted->entry_id);

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      RowCopy *copy = g_new0 (RowCopy, 1);

      copy->table = table;
      copy->n_values = sqlite3_column_count (statement);
      copy->values = g_new0 (sqlite3_value *, copy->n_values);
      g_ptr_array_add (deleted->rows, copy);

      for (int i = 0; i < copy->n_values; i++)
        {
          copy->values[i] = sqlite3_value_dup (sqlite3_column_value (statement, i));
          if (copy->values[i] == NULL)
            return _passend_database_fail (self, SQLITE_NOMEM, NULL, error);
        }
    }

  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

static gboolean
copy_consent_ids (PassendDatabase      *self,
                  PassendDeletedEntry  *deleted,
                  GError              **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self, "SELECT id FROM consent WHERE entry_id = ?1", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, deleted->entry_id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (statement, 0);

      g_array_append_val (deleted->consent_ids, id);
    }

  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

static gboolean
remove_entry_row (PassendDatabase      *self,
                  PassendDeletedEntry  *deleted,
                  GError              **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self, "DELETE FROM timeline_entry WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, deleted->entry_id);
  return _passend_database_step_done (self, statement, error);
}

/**
 * passend_database_delete_entry:
 *
 * Deletes an entry with its versions and attachment rows (meldcode
 * entries are not deleted here).
 *
 * Returns: (transfer full): what passend_database_restore_entry() needs
 *   to put it back, or %NULL on error
 */
PassendDeletedEntry *
passend_database_delete_entry (PassendDatabase  *self,
                               gint64            entry_id,
                               GError          **error)
{
  g_autoptr(PassendDeletedEntry) deleted = NULL;
  g_autoptr(PassendTimelineEntry) entry = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  deleted = g_new0 (PassendDeletedEntry, 1);
  deleted->entry_id = entry_id;
  deleted->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_copy_free);
  deleted->consent_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!_passend_database_write_begin (self, error))
    return NULL;

  entry = _passend_database_get_entry (self, entry_id, error);
  if (entry == NULL ||
      !copy_rows (self, deleted, "timeline_entry", "SELECT * FROM timeline_entry WHERE id = ?1", error) ||
      !copy_rows (self, deleted, "timeline_entry_version",
                  "SELECT * FROM timeline_entry_version WHERE entry_id = ?1 ORDER BY id", error) ||
      !copy_rows (self, deleted, "attachment", "SELECT * FROM attachment WHERE entry_id = ?1 ORDER BY id", error) ||
      !copy_consent_ids (self, deleted, error) ||
      !remove_entry_row (self, deleted, error) ||
      !_passend_database_audit (self, "delete", "timeline-entry", entry_id, error))
    {
      _passend_database_write_rollback (self);
      return NULL;
    }

  if (!_passend_database_write_commit (self, error))
    return NULL;

  deleted->student_id = passend_timeline_entry_get_student_id (entry);
  _passend_database_changed (self, "timeline-entry", entry_id);
  return g_steal_pointer (&deleted);
}

static gboolean
insert_row_copy (PassendDatabase  *self,
                 RowCopy          *copy,
                 GError          **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(PassendStatement) statement = NULL;

  /* SELECT * gave the columns in table order, so a plain VALUES list
   * puts each back where it was, ids included. */
  g_string_append_printf (sql, "INSERT INTO %s VALUES (", copy->table);
  for (int i = 0; i < copy->n_values; i++)
    g_string_append (sql, i == 0 ? "?" : ", ?");
  g_string_append_c (sql, ')');

  statement = _passend_database_prepare (self, sql->str, error);
  if (statement == NULL)
    return FALSE;

  for (int i = 0; i < copy->n_values; i++)
    sqlite3_bind_value (statement, i + 1, copy->values[i]);

  return _passend_database_step_done (self, statement, error);
}

static gboolean
relink_consents (PassendDatabase      *self,
                 PassendDeletedEntry  *deleted,
                 GError              **error)
{
  for (guint i = 0; i < deleted->consent_ids->len; i++)
    {
      g_autoptr(PassendStatement) statement = NULL;

      statement = _passend_database_prepare (self,
                                             "UPDATE consent SET entry_id = ?1 WHERE id = ?2 AND entry_id IS NULL",
                                             error);
      if (statement == NULL)
        return FALSE;

      sqlite3_bind_int64 (statement, 1, deleted->entry_id);
      sqlite3_bind_int64 (statement, 2, g_array_index (deleted->consent_ids, gint64, i));
      if (!_passend_database_step_done (self, statement, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * passend_database_restore_entry:
 *
 * Puts a deleted entry back as it was: the same id, versions and
 * attachments, and its place in the search index.
 */
gboolean
passend_database_restore_entry (PassendDatabase      *self,
                                PassendDeletedEntry  *deleted,
                                GError              **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (deleted != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  for (guint i = 0; i < deleted->rows->len; i++)
    {
      if (!insert_row_copy (self, g_ptr_array_index (deleted->rows, i), error))
        {
          _passend_database_write_rollback (self);
          return FALSE;
        }
    }

  if (!relink_consents (self, deleted, error) ||
      !_passend_database_audit (self, "create", "timeline-entry", deleted->entry_id, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_database_changed (self, "timeline-entry", deleted->entry_id);
  return TRUE;
}
