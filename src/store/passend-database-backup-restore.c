/* passend-database-backup-restore.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "passend-database-backup-private.h"
#include "passend-database-private.h"

#define ARCHIVE_FORMAT "1"

static gboolean
file_fail (const char  *path,
           int          saved_errno,
           GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, PASSEND_DATABASE_ERROR,
               saved_errno == ENOSPC ? PASSEND_DATABASE_ERROR_FULL : PASSEND_DATABASE_ERROR_FAILED,
               _("“%s” could not be written: %s"), name, g_strerror (saved_errno));
  return FALSE;
}

/* A private copy of @source next to @database_path, synced to disk, so
 * the final rename stays on one file system and is atomic. */
static char *
copy_next_to (const char  *source,
              const char  *database_path,
              GError     **error)
{
  g_autofree char *directory = g_path_get_dirname (database_path);
  g_autofree char *base = g_path_get_basename (database_path);
  g_autofree char *template = g_strdup_printf (".%s.restoring-XXXXXX", base);
  g_autofree char *path = g_build_filename (directory, template, NULL);
  g_autoptr(GMappedFile) mapped = NULL;
  const char *data;
  gsize length;
  int fd;

  mapped = g_mapped_file_new (source, FALSE, error);
  if (mapped == NULL)
    return NULL;

  if (g_mkdir_with_parents (directory, 0700) != 0)
    {
      file_fail (directory, errno, error);
      return NULL;
    }

  fd = g_mkstemp_full (path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      file_fail (path, errno, error);
      return NULL;
    }

  data = g_mapped_file_get_contents (mapped);
  length = g_mapped_file_get_length (mapped);
  while (length > 0)
    {
      gssize written = write (fd, data, MIN (length, 1 << 20));

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        {
          int saved_errno = errno;

          close (fd);
          g_unlink (path);
          file_fail (path, saved_errno, error);
          return NULL;
        }
      data += written;
      length -= (gsize) written;
    }

  if (fsync (fd) != 0)
    {
      int saved_errno = errno;

      close (fd);
      g_unlink (path);
      file_fail (path, saved_errno, error);
      return NULL;
    }

  close (fd);
  return g_steal_pointer (&path);
}

/* Moves @from to @to if it exists. */
static gboolean
move_side_file (const char  *from,
                const char  *to,
                GError     **error)
{
  if (g_rename (from, to) != 0 && errno != ENOENT)
    return file_fail (to, errno, error);
  return TRUE;
}

/* Keeps the current file aside under a name with a timestamp and puts
 * @new_path in its place. A hard link keeps the old file at both names
 * until the rename replaces the database in one step; its -wal goes with
 * it, so no old journal is ever replayed into the new file. */
static gboolean
put_in_place (const char       *database_path,
              const char       *new_path,
              PassendDatabase  *open_database,
              char            **kept_aside,
              GError          **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d-%H%M%S");
  g_autofree char *aside = NULL;
  g_autofree char *directory = g_path_get_dirname (database_path);

  if (open_database != NULL)
    {
      sqlite3 *db = _passend_database_get_handle (open_database);
      int persist = 1;

      /* Everything committed goes into the file that is kept aside (a
       * damaged file is not written to), and the old connection, closed
       * later, must not delete the -wal of the file now at its name. */
      if (!passend_database_is_damaged (open_database))
        sqlite3_wal_checkpoint_v2 (db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
      sqlite3_file_control (db, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
    }

  if (g_file_test (database_path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *aside_wal = NULL;
      g_autofree char *wal = g_strconcat (database_path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (database_path, "-shm", NULL);
      g_autofree char *journal = g_strconcat (database_path, "-journal", NULL);
      g_autofree char *aside_journal = NULL;

      for (guint attempt = 0; aside == NULL || g_file_test (aside, G_FILE_TEST_EXISTS); attempt++)
        {
          g_free (aside);
          aside = attempt == 0
            ? g_strdup_printf ("%s.replaced-%s", database_path, stamp)
            : g_strdup_printf ("%s.replaced-%s-%u", database_path, stamp, attempt + 1);
        }
      aside_wal = g_strconcat (aside, "-wal", NULL);
      aside_journal = g_strconcat (aside, "-journal", NULL);

      if (link (database_path, aside) != 0 && g_rename (database_path, aside) != 0)
        return file_fail (aside, errno, error);

      if (!move_side_file (wal, aside_wal, error) ||
          !move_side_file (journal, aside_journal, error))
        return FALSE;
      g_unlink (shm);
    }

  if (g_rename (new_path, database_path) != 0)
    return file_fail (database_path, errno, error);

  _passend_backup_sync_path (directory, NULL);

  if (kept_aside != NULL)
    *kept_aside = g_steal_pointer (&aside);
  return TRUE;
}

gboolean
passend_backup_restore (const char       *database_path,
                        const char       *backup_path,
                        PassendDatabase  *open_database,
                        char            **kept_aside,
                        GError          **error)
{
  g_autofree char *absolute = NULL;
  g_autofree char *copy = NULL;
  gboolean is_archive = FALSE;

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (open_database == NULL || PASSEND_IS_DATABASE (open_database), FALSE);
  g_return_val_if_fail (kept_aside == NULL || *kept_aside == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_passend_backup_check (backup_path, &is_archive, NULL, error))
    return FALSE;

  if (is_archive)
    {
      g_autofree char *name = g_filename_display_name (backup_path);

      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID,
                   _("“%s” is an archive for moving to another computer, not a backup. Import it instead."), name);
      return FALSE;
    }

  absolute = g_canonicalize_filename (database_path, NULL);
  copy = copy_next_to (backup_path, absolute, error);
  if (copy == NULL)
    return FALSE;

  if (!put_in_place (absolute, copy, open_database, kept_aside, error))
    {
      g_unlink (copy);
      return FALSE;
    }

  g_debug ("Database restored from a backup");
  return TRUE;
}

/* Archives */

static gboolean
write_manifest (const char  *path,
                int          version,
                GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format_iso8601 (now);
  g_autofree char *schema = g_strdup_printf ("%d", version);
  const char *rows[][2] = {
    { "format", ARCHIVE_FORMAT },
    { "created", created },
    { "passend-version", PACKAGE_VERSION },
    { "schema-version", schema },
  };
  sqlite3_stmt *insert = NULL;
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db,
                       "BEGIN;"
                       "CREATE TABLE " PASSEND_ARCHIVE_MANIFEST_TABLE
                       " (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT",
                       NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "INSERT INTO " PASSEND_ARCHIVE_MANIFEST_TABLE " VALUES (?1, ?2)",
                             -1, &insert, NULL);
  for (guint i = 0; rc == SQLITE_OK && i < G_N_ELEMENTS (rows); i++)
    {
      sqlite3_bind_text (insert, 1, rows[i][0], -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 2, rows[i][1], -1, SQLITE_STATIC);
      rc = sqlite3_step (insert);
      rc = rc == SQLITE_DONE ? sqlite3_reset (insert) : rc;
    }
  sqlite3_finalize (insert);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_FAILED,
                   _("“%s” could not be written: %s"), name, sqlite3_errmsg (db));
      sqlite3_close (db);
      return FALSE;
    }

  sqlite3_close (db);
  return _passend_backup_sync_path (path, error);
}

gboolean
passend_backup_export_archive (const char  *database_path,
                               const char  *output,
                               GError     **error)
{
  g_autofree char *absolute = NULL;
  g_autofree char *output_absolute = NULL;
  g_autofree char *directory = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp_path = NULL;
  g_autofree char *temp_name = NULL;
  g_autoptr(PassendBackupInfo) info = NULL;
  gboolean is_archive = FALSE;
  sqlite3 *source;
  gboolean ok;

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (output != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  absolute = g_canonicalize_filename (database_path, NULL);
  output_absolute = g_canonicalize_filename (output, NULL);

  if (g_file_test (output_absolute, G_FILE_TEST_EXISTS))
    {
      g_autofree char *name = g_filename_display_name (output);

      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT,
                   _("“%s” already exists. Choose another name."), name);
      return FALSE;
    }

  directory = g_path_get_dirname (output_absolute);
  base = g_path_get_basename (output_absolute);
  temp_name = g_strdup_printf (".%s.partial", base);
  temp_path = g_build_filename (directory, temp_name, NULL);
  g_unlink (temp_path);

  source = _passend_backup_open_source (absolute, error);
  if (source == NULL)
    return FALSE;
  ok = _passend_backup_copy (source, temp_path, NULL, NULL, NULL, error);
  _passend_backup_close_source (source);
  if (!ok)
    return FALSE;

  /* The copy is checked first, so the manifest only goes into a file
   * that is whole and ours. */
  if (!_passend_backup_check (temp_path, NULL, &info, error) ||
      !write_manifest (temp_path, info->version, error) ||
      !_passend_backup_check (temp_path, &is_archive, NULL, error) ||
      g_rename (temp_path, output_absolute) != 0)
    {
      int saved_errno = errno;

      g_unlink (temp_path);
      if (error != NULL && *error == NULL)
        file_fail (output_absolute, saved_errno, error);
      return FALSE;
    }

  _passend_backup_sync_path (directory, NULL);
  return TRUE;
}

static gboolean
strip_manifest (const char  *path,
                GError     **error)
{
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "DROP TABLE " PASSEND_ARCHIVE_MANIFEST_TABLE, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_FAILED,
                   _("“%s” could not be prepared: %s"), name, sqlite3_errmsg (db));
      sqlite3_close (db);
      return FALSE;
    }

  sqlite3_close (db);
  return _passend_backup_sync_path (path, error);
}

gboolean
passend_backup_import_archive (const char  *database_path,
                               const char  *archive,
                               char       **kept_aside,
                               GError     **error)
{
  g_autofree char *absolute = NULL;
  g_autofree char *copy = NULL;
  gboolean is_archive = FALSE;

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (archive != NULL, FALSE);
  g_return_val_if_fail (kept_aside == NULL || *kept_aside == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_passend_backup_check (archive, &is_archive, NULL, error))
    return FALSE;

  if (!is_archive)
    {
      g_autofree char *name = g_filename_display_name (archive);

      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID,
                   _("“%s” is not a Passend archive."), name);
      return FALSE;
    }

  absolute = g_canonicalize_filename (database_path, NULL);
  copy = copy_next_to (archive, absolute, error);
  if (copy == NULL)
    return FALSE;

  if (!strip_manifest (copy, error) ||
      !_passend_backup_check (copy, &is_archive, NULL, error) ||
      !put_in_place (absolute, copy, NULL, kept_aside, error))
    {
      g_unlink (copy);
      return FALSE;
    }

  g_debug ("Database imported from an archive");
  return TRUE;
}
