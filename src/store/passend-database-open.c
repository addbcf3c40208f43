/* passend-database-open.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "passend-database-private.h"
#include "passend-sql-resources.h"

#define BUSY_TIMEOUT_MS 5000

/* The resource is registered by hand, once, on first use: a constructor
 * in a static library is dropped when nothing else references its file. */
static GResource *
sql_resource (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      passend_sql_register_resource ();
      g_once_init_leave (&registered, 1);
    }

  return passend_sql_get_resource ();
}

/* Migrations are the files data/sql/NNN-*.sql in the resource: adding one
 * needs no change here. */
typedef struct
{
  int   version;
  char *file_name;
} Migration;

static void
migration_free (gpointer data)
{
  Migration *migration = data;

  g_free (migration->file_name);
  g_free (migration);
}

static int
migration_compare (gconstpointer a,
                   gconstpointer b)
{
  const Migration *ma = *(const Migration * const *) a;
  const Migration *mb = *(const Migration * const *) b;

  return (ma->version > mb->version) - (ma->version < mb->version);
}

static Migration *
migration_parse (const char *file_name)
{
  Migration *migration;
  guint64 version = 0;

  if (!g_ascii_isdigit (file_name[0]) || !g_ascii_isdigit (file_name[1]) ||
      !g_ascii_isdigit (file_name[2]) || file_name[3] != '-' ||
      !g_str_has_suffix (file_name, ".sql"))
    return NULL;

  for (guint i = 0; i < 3; i++)
    version = version * 10 + (guint64) g_ascii_digit_value (file_name[i]);

  migration = g_new0 (Migration, 1);
  migration->version = (int) version;
  migration->file_name = g_strdup (file_name);
  return migration;
}

/* The migrations in version order, checked to run 1, 2, 3 … without a gap
 * or a duplicate: a packaging mistake must not reach a user's file. */
static GPtrArray *
list_migrations (GError **error)
{
  g_autoptr(GPtrArray) migrations = g_ptr_array_new_with_free_func (migration_free);
  g_auto(GStrv) names = NULL;

  names = g_resource_enumerate_children (sql_resource (),
                                         PASSEND_DATABASE_SQL_PREFIX,
                                         G_RESOURCE_LOOKUP_FLAGS_NONE,
                                         error);
  if (names == NULL)
    return NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      Migration *migration = migration_parse (names[i]);

      if (migration != NULL)
        g_ptr_array_add (migrations, migration);
    }

  g_ptr_array_sort (migrations, migration_compare);

  for (guint i = 0; i < migrations->len; i++)
    {
      const Migration *migration = g_ptr_array_index (migrations, i);

      if (migration->version != (int) i + 1)
        {
          g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_MIGRATION,
                       "The schema migrations are out of order at “%s”",
                       migration->file_name);
          return NULL;
        }
    }

  return g_steal_pointer (&migrations);
}

int
passend_database_get_latest_version (void)
{
  static gsize latest = 0;

  if (g_once_init_enter (&latest))
    {
      g_autoptr(GPtrArray) migrations = list_migrations (NULL);

      /* 0 cannot be stored by g_once, hence the offset of one. */
      g_once_init_leave (&latest, (migrations != NULL ? migrations->len : 0) + 1);
    }

  return (int) latest - 1;
}

/* Inspecting a file before any write */

static int
query_int (sqlite3    *db,
           const char *sql,
           gint64     *value)
{
  sqlite3_stmt *statement = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &statement, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (statement);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int64 (statement, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (statement);

  return rc;
}

static gboolean
inspect_fail (const char  *name,
              int          rc,
              GError     **error)
{
  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_PASSEND,
                   _("“%s” is not a Passend database. It was not changed."), name);
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CORRUPT,
                   _("“%s” is damaged and cannot be opened. It was not changed. Restore it from a backup, or open another database."),
                   name);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_BUSY,
                   _("“%s” is locked by another program. Try again in a moment, or close the other program."),
                   name);
      break;
    default:
      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_OPEN,
                   _("“%s” cannot be opened: %s"), name, sqlite3_errstr (rc));
      break;
    }

  return FALSE;
}

static gboolean
too_new (const char  *name,
         int          found,
         int          latest,
         GError     **error)
{
  g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_TOO_NEW,
               _("“%s” was made by a newer version of Passend (schema version %d); "
                 "this version reads up to version %d. Install the newer Passend to open it."),
               name, found, latest);
  return FALSE;
}

/* The tables quick_check reads at every open: the schema and everything the
 * window needs to start. The bulk tables — the timeline, its full-text
 * index, the audit log and attachments, which grow with every school year
 * and with gigabytes of reports — are checked right after opening on a
 * connection of their own (passend_database_verify_bulk_async()), so that
 * opening stays instant however large the school's history grows. */
#define QUICK_CHECK_TABLES_SQL \
  "SELECT name FROM sqlite_master WHERE type = 'table'" \
  " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'" \
  " AND NOT " PASSEND_DATABASE_BULK_TABLE_MATCH \
  " UNION ALL SELECT 'sqlite_master'"

gboolean
_passend_quick_check_table (sqlite3    *db,
                   const char *table,
                   gboolean   *ok)
{
  sqlite3_stmt *check = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT * FROM pragma_quick_check (?1)", -1, &check, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_text (check, 1, table, -1, SQLITE_TRANSIENT);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (check);

  *ok = rc == SQLITE_ROW && g_strcmp0 ((const char *) sqlite3_column_text (check, 0), "ok") == 0;
  sqlite3_finalize (check);

  return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

static gboolean
inspect_connection (sqlite3     *db,
                    const char  *name,
                    int          latest,
                    GError     **error)
{
  gint64 application_id = 0;
  gint64 user_version = 0;
  gint64 n_objects = 0;
  sqlite3_stmt *statement = NULL;
  gboolean ok;
  int rc;

  if ((rc = query_int (db, "PRAGMA application_id", &application_id)) != SQLITE_OK ||
      (rc = query_int (db, "PRAGMA user_version", &user_version)) != SQLITE_OK ||
      (rc = query_int (db, "SELECT count(*) FROM sqlite_master", &n_objects)) != SQLITE_OK)
    return inspect_fail (name, rc, error);

  /* An SQLite file that nobody has put anything in yet may become ours;
   * one with another program's tables never does. */
  if (application_id != PASSEND_DATABASE_APPLICATION_ID &&
      (application_id != 0 || user_version != 0 || n_objects != 0))
    return inspect_fail (name, SQLITE_NOTADB, error);

  if (user_version > latest)
    return too_new (name, (int) user_version, latest, error);

  /* Reading the file through a memory map makes the check a third faster;
   * the inspecting connection is read-only, so a map cannot hurt. */
  sqlite3_exec (db, "PRAGMA mmap_size = 4294967296", NULL, NULL, NULL);

  rc = sqlite3_prepare_v2 (db, QUICK_CHECK_TABLES_SQL, -1, &statement, NULL);
  if (rc != SQLITE_OK)
    return inspect_fail (name, rc, error);

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (statement, 0);

      if (!_passend_quick_check_table (db, table, &ok))
        {
          rc = sqlite3_errcode (db);
          break;
        }
      if (!ok)
        {
          sqlite3_finalize (statement);
          return inspect_fail (name, SQLITE_CORRUPT, error);
        }
    }

  sqlite3_finalize (statement);

  if (rc != SQLITE_DONE)
    return inspect_fail (name, rc, error);

  return TRUE;
}

/* Reads what the file is without writing a byte: a file that is not ours,
 * too new or damaged must be left exactly as it was. An immutable
 * connection creates no -wal or -shm. It takes no locks either, so it is
 * only safe while no other connection has the file open: when a -wal or
 * -shm is there (another program uses the file, or one crashed), the file
 * is read through the normal, locking read-only path, which uses them. */
static gboolean
inspect_file (const char  *path,
              int          latest,
              GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm_path = g_strconcat (path, "-shm", NULL);
  g_autofree char *file_uri = NULL;
  g_autofree char *uri = NULL;
  GStatBuf file_stat;
  gboolean in_use;
  sqlite3 *db = NULL;
  gboolean ok;
  int rc;

  if (g_stat (path, &file_stat) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        return TRUE;

      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_OPEN,
                   _("“%s” cannot be opened: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }

  if (!S_ISREG (file_stat.st_mode))
    {
      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_OPEN,
                   _("“%s” is not a file."), name);
      return FALSE;
    }

  if (file_stat.st_size == 0)
    return TRUE;

  in_use = g_file_test (wal_path, G_FILE_TEST_EXISTS) || g_file_test (shm_path, G_FILE_TEST_EXISTS);

  file_uri = g_filename_to_uri (path, NULL, error);
  if (file_uri == NULL)
    return FALSE;
  uri = g_strconcat (file_uri, in_use ? "?mode=ro" : "?mode=ro&immutable=1", NULL);

  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK)
    {
      sqlite3_close (db);
      return inspect_fail (name, rc, error);
    }

  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);

  ok = inspect_connection (db, name, latest, error);
  sqlite3_close (db);

  return ok;
}

/* Creating and opening */

static gboolean
make_private (const char  *path,
              GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autofree char *directory = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (directory, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *directory_name = g_filename_display_name (directory);

      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_OPEN,
                   _("The folder “%s” cannot be created: %s"),
                   directory_name, g_strerror (saved_errno));
      return FALSE;
    }

  /* Created here rather than by SQLite, so it is never readable by others
   * for a moment; SQLite gives -wal and -shm the mode of this file. */
  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0 || fchmod (fd, 0600) != 0)
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);

      if (saved_errno == EACCES || saved_errno == EROFS || saved_errno == EPERM)
        g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_READ_ONLY,
                     _("“%s” cannot be changed (%s). Passend needs to be able to write to it."),
                     name, g_strerror (saved_errno));
      else
        g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_OPEN,
                     _("“%s” cannot be opened: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *side_path = g_strconcat (path, i == 0 ? "-wal" : "-shm", NULL);

      if (g_chmod (side_path, 0600) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;
          g_autofree char *side_name = g_filename_display_name (side_path);

          g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_OPEN,
                       _("“%s” cannot be opened: %s"), side_name, g_strerror (saved_errno));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
configure_connection (PassendDatabase  *self,
                      GError          **error)
{
  g_autofree char *name = g_filename_display_name (self->path);
  sqlite3_stmt *statement = NULL;
  gint64 foreign_keys = 0;
  gboolean is_wal = FALSE;
  int rc;

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);

  if (!_passend_database_exec (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;

  rc = query_int (self->db, "PRAGMA foreign_keys", &foreign_keys);
  if (rc != SQLITE_OK)
    return _passend_database_fail (self, rc, NULL, error);

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA journal_mode = WAL", -1, &statement, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (statement)) == SQLITE_ROW)
    is_wal = g_ascii_strcasecmp (_passend_column_text (statement, 0), "wal") == 0;
  sqlite3_finalize (statement);

  if (rc != SQLITE_ROW)
    return _passend_database_fail (self, rc, NULL, error);

  /* Without WAL and foreign keys the promises of the store do not hold
   * (a network drive may refuse WAL): better to refuse than to pretend. */
  if (!is_wal || foreign_keys != 1)
    {
      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_OPEN,
                   _("“%s” cannot be used safely here: its folder does not support the journal Passend needs. Keep the database on a local disk."),
                   name);
      return FALSE;
    }

  /* secure_delete: what is deleted (records past their retention) is
   * overwritten, not left readable in free pages. journal_size_limit: the
   * -wal of a big import shrinks back after its checkpoint. temp_store:
   * the undo pages of savepoints, which hold pupil data, stay out of
   * temporary files on disk. */
  return _passend_database_exec (self,
                                 "PRAGMA synchronous = FULL;"
                                 "PRAGMA temp_store = MEMORY;"
                                 "PRAGMA secure_delete = ON;"
                                 "PRAGMA journal_size_limit = 67108864;",
                                 error);
}

static gboolean
read_user_version (PassendDatabase  *self,
                   int              *version,
                   GError          **error)
{
  gint64 value = 0;
  int rc = query_int (self->db, "PRAGMA user_version", &value);

  if (rc != SQLITE_OK)
    return _passend_database_fail (self, rc, NULL, error);

  *version = (int) value;
  return TRUE;
}

static gboolean
migration_fail (PassendDatabase  *self,
                const char       *file_name,
                const char       *reason,
                GError          **error)
{
  g_autofree char *name = g_filename_display_name (self->path);

  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

  g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_MIGRATION,
               _("“%s” could not be updated by %s (%s). The file was not changed."),
               name, file_name, reason);
  return FALSE;
}

gboolean
_passend_database_apply_migration (PassendDatabase  *self,
                                   int               version,
                                   const char       *file_name,
                                   const char       *sql,
                                   GError          **error)
{
  g_autofree char *stamp = NULL;
  g_autofree char *reason = NULL;
  char *message = NULL;
  gint64 broken = 0;
  int current = 0;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (version > 0, FALSE);

  if (!_passend_database_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  if (!read_user_version (self, &current, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  /* Another program may have migrated the file since we looked. */
  if (current >= version)
    return _passend_database_exec (self, "COMMIT", error);

  if (current != version - 1)
    return migration_fail (self, file_name, _("a version is missing"), error);

  /* Foreign keys stay on: a migration that rebuilds a table starts with
   * PRAGMA defer_foreign_keys = ON, and must leave no broken reference. */
  rc = sqlite3_exec (self->db, sql, NULL, NULL, &message);
  if (rc != SQLITE_OK)
    {
      reason = g_strdup (message != NULL ? message : sqlite3_errstr (rc));
      sqlite3_free (message);
      return migration_fail (self, file_name, reason, error);
    }

  rc = query_int (self->db, "SELECT count(*) FROM pragma_foreign_key_check", &broken);
  if (rc != SQLITE_OK || broken != 0)
    return migration_fail (self, file_name,
                           rc != SQLITE_OK ? sqlite3_errstr (rc) : _("it left broken references"),
                           error);

  stamp = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d; COMMIT",
                           PASSEND_DATABASE_APPLICATION_ID, version);
  rc = sqlite3_exec (self->db, stamp, NULL, NULL, &message);
  if (rc != SQLITE_OK)
    {
      reason = g_strdup (message != NULL ? message : sqlite3_errstr (rc));
      sqlite3_free (message);
      return migration_fail (self, file_name, reason, error);
    }

  g_debug ("Migrated to schema version %d", version);
  return TRUE;
}

static gboolean
migrate (PassendDatabase  *self,
         GPtrArray        *migrations,
         int               target_version,
         GError          **error)
{
  for (guint i = 0; i < migrations->len; i++)
    {
      const Migration *migration = g_ptr_array_index (migrations, i);
      g_autofree char *resource_path = NULL;
      g_autoptr(GBytes) bytes = NULL;

      if (migration->version <= self->version || migration->version > target_version)
        continue;

      resource_path = g_strconcat (PASSEND_DATABASE_SQL_PREFIX, migration->file_name, NULL);
      bytes = g_resource_lookup_data (sql_resource (), resource_path,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (bytes == NULL)
        return FALSE;

      /* Resource data always ends in a NUL byte. */
      if (!_passend_database_apply_migration (self, migration->version, migration->file_name,
                                              g_bytes_get_data (bytes, NULL), error))
        return FALSE;

      if (!read_user_version (self, &self->version, error))
        return FALSE;
    }

  return TRUE;
}

static PassendDatabase *
open_database (const char  *path,
               int          target_version,
               GError     **error)
{
  g_autoptr(PassendDatabase) self = NULL;
  g_autoptr(GPtrArray) migrations = NULL;
  g_autofree char *absolute = NULL;
  int latest;
  int rc;

  migrations = list_migrations (error);
  if (migrations == NULL)
    return NULL;
  latest = (int) migrations->len;

  if (target_version < 0 || target_version > latest)
    target_version = latest;

  absolute = g_canonicalize_filename (path, NULL);

  if (!inspect_file (absolute, latest, error) || !make_private (absolute, error))
    return NULL;

  self = g_object_new (PASSEND_TYPE_DATABASE, NULL);
  self->path = g_steal_pointer (&absolute);

  rc = sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  if (!configure_connection (self, error) ||
      !read_user_version (self, &self->version, error))
    return NULL;

  if (self->version > latest)
    {
      g_autofree char *name = g_filename_display_name (self->path);

      too_new (name, self->version, latest, error);
      return NULL;
    }

  /* A file that already holds data is backed up before it is changed,
   * and is not changed at all when that fails. */
  if (self->version > 0 && self->version < target_version &&
      !_passend_database_backup_before_migration (self, error))
    return NULL;

  if (!migrate (self, migrations, target_version, error))
    return NULL;

  return g_steal_pointer (&self);
}

PassendDatabase *
passend_database_open (const char  *path,
                       GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return open_database (path, -1, error);
}

PassendDatabase *
_passend_database_open_at_version (const char  *path,
                                   int          version,
                                   GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (version >= 0, NULL);

  return open_database (path, version, error);
}
