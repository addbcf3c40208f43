/* passend-database.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-private.h"

G_DEFINE_FINAL_TYPE (PassendDatabase, passend_database, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_QUARK (passend-database-error-quark, passend_database_error)

static void
passend_database_dispose (GObject *object)
{
  PassendDatabase *self = (PassendDatabase *)object;

  if (self->db != NULL && !sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

  /* Finalizes the statements, which must happen before the close. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close);

  G_OBJECT_CLASS (passend_database_parent_class)->dispose (object);
}

static void
passend_database_finalize (GObject *object)
{
  PassendDatabase *self = (PassendDatabase *)object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->actor, g_free);
  g_clear_pointer (&self->batch_changes, g_ptr_array_unref);

  G_OBJECT_CLASS (passend_database_parent_class)->finalize (object);
}

static void
passend_database_class_init (PassendDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = passend_database_dispose;
  object_class->finalize = passend_database_finalize;

  /**
   * PassendDatabase::changed:
   * @entity: the kind of record that changed
   * @id: its id, or 0 after a batch
   *
   * Emitted after a write has committed, in the thread that made it.
   * The detail is the entity, so views can connect to "changed::student".
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE,
                  G_TYPE_INT64);
}

static void
passend_database_init (PassendDatabase *self)
{
  const char *user = g_get_user_name ();

  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
  self->batch_changes = g_ptr_array_new_with_free_func (g_free);
  self->actor = g_strdup (user != NULL ? user : "");
}

/* Errors */

static char *
display_path (PassendDatabase *self)
{
  return g_filename_display_name (self->path != NULL ? self->path : ":memory:");
}

static const char *
generic_constraint_message (int rc)
{
  switch (rc)
    {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return _("This record already exists.");
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      return _("The change refers to a record that does not exist.");
    case SQLITE_CONSTRAINT_NOTNULL:
    case SQLITE_CONSTRAINT_CHECK:
      return _("A value is missing or not allowed.");
    default:
      return _("The change breaks a rule of the database.");
    }
}

gboolean
_passend_database_fail (PassendDatabase  *self,
                        int               rc,
                        const char       *constraint_message,
                        GError          **error)
{
  g_autofree char *name = display_path (self);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_BUSY,
                   _("“%s” is locked by another program. Try again in a moment, or close the other program."),
                   name);
      break;
    case SQLITE_READONLY:
      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_READ_ONLY,
                   _("“%s” is read-only: the change was not stored."), name);
      break;
    case SQLITE_FULL:
      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_FULL,
                   _("The disk is full: the change to “%s” was not stored. Free some space and try again."),
                   name);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT,
                           constraint_message != NULL ? constraint_message
                                                      : generic_constraint_message (rc));
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CORRUPT,
                   _("“%s” is damaged."), name);
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_OPEN,
                   _("“%s” cannot be opened."), name);
      break;
    default:
      /* SQLite's messages name tables and columns, never bound values. */
      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_FAILED,
                   _("“%s” reported an error: %s"), name,
                   self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      break;
    }

  return FALSE;
}

/* Statements */

PassendStatement *
_passend_database_prepare (PassendDatabase  *self,
                           const char       *sql,
                           GError          **error)
{
  sqlite3_stmt *statement;
  int rc;

  statement = g_hash_table_lookup (self->statements, sql);
  if (statement != NULL)
    {
      sqlite3_reset (statement);
      sqlite3_clear_bindings (statement);
      return statement;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, NULL);
  if (rc != SQLITE_OK)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), statement);
  return statement;
}

gboolean
_passend_database_step_done (PassendDatabase   *self,
                             PassendStatement  *statement,
                             GError           **error)
{
  int rc = sqlite3_step (statement);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;

  return _passend_database_fail (self, rc, NULL, error);
}

gboolean
_passend_database_exec (PassendDatabase  *self,
                        const char       *sql,
                        GError          **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

static gboolean
exec_cached (PassendDatabase  *self,
             const char       *sql,
             GError          **error)
{
  g_autoptr(PassendStatement) statement = _passend_database_prepare (self, sql, error);

  return statement != NULL && _passend_database_step_done (self, statement, error);
}

void
_passend_bind_text (PassendStatement *statement,
                    int               column,
                    const char       *text)
{
  sqlite3_bind_text (statement, column, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
}

void
_passend_bind_id (PassendStatement *statement,
                  int               column,
                  gint64            id)
{
  if (id > 0)
    sqlite3_bind_int64 (statement, column, id);
  else
    sqlite3_bind_null (statement, column);
}

void
_passend_bind_day (PassendStatement *statement,
                   int               column,
                   PassendDay        day)
{
  if (day != PASSEND_DAY_NONE)
    sqlite3_bind_text (statement, column, passend_day_to_iso (day), -1, g_free);
  else
    sqlite3_bind_null (statement, column);
}

const char *
_passend_column_text (PassendStatement *statement,
                      int               column)
{
  const char *text = (const char *) sqlite3_column_text (statement, column);

  return text != NULL ? text : "";
}

PassendDay
_passend_column_day (PassendStatement *statement,
                     int               column)
{
  const char *text = (const char *) sqlite3_column_text (statement, column);

  if (text == NULL)
    return PASSEND_DAY_NONE;

  /* The schema only admits ISO dates, so this cannot fail in practice. */
  return passend_day_from_iso (text, NULL);
}

gint64
_passend_database_now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

gboolean
_passend_database_invalid (GError     **error,
                           const char  *message)
{
  g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID, message);
  return FALSE;
}

gboolean
_passend_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (; *text != '\0'; text = g_utf8_next_char (text))
    {
      if (!g_unichar_isspace (g_utf8_get_char (text)))
        return FALSE;
    }

  return TRUE;
}

void
_passend_database_set_busy_timeout (PassendDatabase *self,
                                    int              milliseconds)
{
  g_return_if_fail (PASSEND_IS_DATABASE (self));

  sqlite3_busy_timeout (self->db, milliseconds);
}

sqlite3 *
_passend_database_get_handle (PassendDatabase *self)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);

  return self->db;
}

/* Writes */

static gboolean
write_is_nested (PassendDatabase *self)
{
  return self->in_batch || self->write_depth > 1;
}

gboolean
_passend_database_write_begin (PassendDatabase  *self,
                               GError          **error)
{
  const char *sql;

  if (g_atomic_int_get (&self->damaged))
    {
      g_autofree char *name = g_filename_display_name (self->path);

      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CORRUPT,
                   _("“%s” is damaged, so nothing more is written to it. Restore it from a backup."),
                   name);
      return FALSE;
    }

  if (self->in_batch && self->batch_lost)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_FAILED,
                           _("An earlier error undid the changes in progress; nothing more is stored until they are started again."));
      return FALSE;
    }

  sql = (self->in_batch || self->write_depth > 0) ? "SAVEPOINT passend_write" : "BEGIN IMMEDIATE";
  if (!exec_cached (self, sql, error))
    return FALSE;

  self->write_depth++;
  return TRUE;
}

/* Stores a new record as one write: its row and its audit row commit
 * together or not at all, and "changed" follows the commit. */
gboolean
_passend_database_create (PassendDatabase    *self,
                          const char         *entity,
                          PassendInsertFunc   insert,
                          gpointer            object,
                          gint64             *id,
                          GError            **error)
{
  if (!_passend_database_write_begin (self, error))
    return FALSE;

  if (!insert (self, object, id, error) ||
      !_passend_database_audit (self, "create", entity, *id, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_database_changed (self, entity, *id);
  return TRUE;
}

void
_passend_database_write_rollback (PassendDatabase *self)
{
  g_return_if_fail (self->write_depth > 0);

  /* Some errors (a full disk, I/O) make SQLite roll back the whole
   * transaction by itself: then there is nothing left to undo here. */
  if (!sqlite3_get_autocommit (self->db))
    {
      if (write_is_nested (self))
        {
          exec_cached (self, "ROLLBACK TO passend_write", NULL);
          exec_cached (self, "RELEASE passend_write", NULL);
        }
      else
        {
          exec_cached (self, "ROLLBACK", NULL);
        }
    }
  else if (self->in_batch)
    {
      self->batch_lost = TRUE;
    }

  self->write_depth--;
}

gboolean
_passend_database_write_commit (PassendDatabase  *self,
                                GError          **error)
{
  const char *sql;

  g_return_val_if_fail (self->write_depth > 0, FALSE);

  sql = write_is_nested (self) ? "RELEASE passend_write" : "COMMIT";
  if (!exec_cached (self, sql, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  self->write_depth--;
  return TRUE;
}

gboolean
_passend_database_audit (PassendDatabase  *self,
                         const char       *action,
                         const char       *entity,
                         gint64            entity_id,
                         GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO audit_log (at, actor, action, entity, entity_id) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5)",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, _passend_database_now ());
  _passend_bind_text (statement, 2, self->actor);
  sqlite3_bind_text (statement, 3, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 4, entity, -1, SQLITE_STATIC);
  _passend_bind_id (statement, 5, entity_id);

  return _passend_database_step_done (self, statement, error);
}

static gboolean
str_equal (gconstpointer a,
           gconstpointer b)
{
  return g_str_equal (a, b);
}

void
_passend_database_changed (PassendDatabase *self,
                           const char      *entity,
                           gint64           entity_id)
{
  const char *interned = g_intern_string (entity);

  if (self->in_batch)
    {
      if (!g_ptr_array_find_with_equal_func (self->batch_changes, interned, str_equal, NULL))
        g_ptr_array_add (self->batch_changes, g_strdup (interned));
      return;
    }

  g_signal_emit (self, signals[CHANGED], g_quark_from_string (interned), interned, entity_id);
}

/* Batches */

gboolean
passend_database_begin_batch (PassendDatabase  *self,
                              GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->in_batch || self->write_depth > 0)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID,
                           _("Another group of changes is already in progress."));
      return FALSE;
    }

  if (!exec_cached (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  self->in_batch = TRUE;
  self->batch_lost = FALSE;
  g_ptr_array_set_size (self->batch_changes, 0);
  return TRUE;
}

static void
end_batch (PassendDatabase *self)
{
  self->in_batch = FALSE;
  self->batch_lost = FALSE;
  g_ptr_array_set_size (self->batch_changes, 0);
}

gboolean
passend_database_commit_batch (PassendDatabase  *self,
                               GError          **error)
{
  g_autoptr(GPtrArray) changes = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!self->in_batch)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID,
                           _("There is no group of changes to store."));
      return FALSE;
    }

  if (self->batch_lost)
    {
      end_batch (self);
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_FAILED,
                           _("An earlier error undid this group of changes: nothing was stored."));
      return FALSE;
    }

  if (!exec_cached (self, "COMMIT", error))
    {
      if (!sqlite3_get_autocommit (self->db))
        exec_cached (self, "ROLLBACK", NULL);
      end_batch (self);
      return FALSE;
    }

  changes = g_steal_pointer (&self->batch_changes);
  self->batch_changes = g_ptr_array_new_with_free_func (g_free);
  end_batch (self);

  for (guint i = 0; i < changes->len; i++)
    {
      const char *entity = g_ptr_array_index (changes, i);

      g_signal_emit (self, signals[CHANGED], g_quark_from_string (entity),
                     g_intern_string (entity), (gint64) 0);
    }

  return TRUE;
}

void
passend_database_rollback_batch (PassendDatabase *self)
{
  g_return_if_fail (PASSEND_IS_DATABASE (self));

  if (!self->in_batch)
    return;

  if (!sqlite3_get_autocommit (self->db))
    exec_cached (self, "ROLLBACK", NULL);

  end_batch (self);
}

/* Simple accessors */

char *
passend_database_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "passend", "passend.db", NULL);
}

const char *
passend_database_get_path (PassendDatabase *self)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);

  return self->path;
}

int
passend_database_get_version (PassendDatabase *self)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), 0);

  return self->version;
}

void
passend_database_set_actor (PassendDatabase *self,
                            const char      *actor)
{
  g_return_if_fail (PASSEND_IS_DATABASE (self));

  if (g_strcmp0 (self->actor, actor) == 0)
    return;

  g_free (self->actor);
  self->actor = g_strdup (actor != NULL ? actor : "");
}

const char *
passend_database_get_actor (PassendDatabase *self)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);

  return self->actor;
}

gboolean
passend_database_check_integrity (PassendDatabase  *self,
                                  char            **report,
                                  GError          **error)
{
  g_autoptr(GString) findings = g_string_new (NULL);
  sqlite3_stmt *statement = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check", -1, &statement, NULL);
  if (rc != SQLITE_OK)
    return _passend_database_fail (self, rc, NULL, error);

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      if (findings->len > 0)
        g_string_append_c (findings, '\n');
      g_string_append (findings, _passend_column_text (statement, 0));
    }
  sqlite3_finalize (statement);

  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  /* What integrity_check finds wrong, a write could make worse. */
  if (g_strcmp0 (findings->str, "ok") != 0)
    g_atomic_int_set (&self->damaged, TRUE);

  *report = g_string_free (g_steal_pointer (&findings), FALSE);
  return TRUE;
}

/* The names a caller may count, each with its own fixed statement: the
 * name is looked up, never put into SQL. */
static const struct {
  const char *entity;
  const char *sql;
} countable[] = {
  { "students", "SELECT count(*) FROM student" },
  { "caseload", "SELECT count(*) FROM support_status WHERE case_open = 1" },
  { "timeline", "SELECT count(*) FROM timeline_entry" },
  { "guardians", "SELECT count(*) FROM guardian" },
  { "people", "SELECT count(*) FROM person" },
  { "organisations", "SELECT count(*) FROM organisation" },
  { "attachments", "SELECT count(*) FROM attachment" },
  { "attachment-blobs", "SELECT count(*) FROM attachment_blob" },
  { "support-needs", "SELECT count(*) FROM support_need" },
  { "status-history", "SELECT count(*) FROM support_status_history" },
  { "audit", "SELECT count(*) FROM audit_log" },
};

gint64
passend_database_count (PassendDatabase  *self,
                        const char       *entity,
                        GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), -1);
  g_return_val_if_fail (entity != NULL, -1);
  g_return_val_if_fail (error == NULL || *error == NULL, -1);

  for (guint i = 0; i < G_N_ELEMENTS (countable); i++)
    {
      g_autoptr(PassendStatement) statement = NULL;
      int rc;

      if (!g_str_equal (countable[i].entity, entity))
        continue;

      statement = _passend_database_prepare (self, countable[i].sql, error);
      if (statement == NULL)
        return -1;

      rc = sqlite3_step (statement);
      if (rc != SQLITE_ROW)
        {
          _passend_database_fail (self, rc, NULL, error);
          return -1;
        }

      return sqlite3_column_int64 (statement, 0);
    }

  g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID,
               "“%s” is not something the database can count", entity);
  return -1;
}
