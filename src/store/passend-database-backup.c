/* passend-database-backup.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "passend-database-backup-private.h"
#include "passend-database-private.h"

/* 1024 pages of 4 KiB: one step takes a few milliseconds, so progress
 * moves smoothly and a cancel is noticed at once. */
#define STEP_PAGES 1024
#define BUSY_TIMEOUT_MS 5000
#define NAME_PATTERN "-(\\d{4})-(\\d{2})-(\\d{2})-(\\d{2})(\\d{2})(\\d{2})(-\\d+)?\\.passend-backup$"

void
passend_backup_rotation_init (PassendBackupRotation *rotation)
{
  g_return_if_fail (rotation != NULL);

  rotation->daily = PASSEND_BACKUP_KEEP_DAILY;
  rotation->weekly = PASSEND_BACKUP_KEEP_WEEKLY;
  rotation->monthly = PASSEND_BACKUP_KEEP_MONTHLY;
}

void
passend_backup_info_free (PassendBackupInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->path);
  g_clear_pointer (&info->created, g_date_time_unref);
  g_free (info);
}

char *
passend_backup_get_folder (const char *database_path)
{
  g_autofree char *absolute = NULL;
  g_autofree char *directory = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);

  absolute = g_canonicalize_filename (database_path, NULL);
  directory = g_path_get_dirname (absolute);
  name = g_path_get_basename (absolute);
  return g_build_filename (directory, "backups", name, NULL);
}

gboolean
_passend_backup_make_folder (const char  *folder,
                             GError     **error)
{
  g_autofree char *parent = g_path_get_dirname (folder);

  if (g_mkdir_with_parents (folder, 0700) != 0 ||
      g_chmod (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *name = g_filename_display_name (folder);

      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_OPEN,
                   _("The backup folder “%s” cannot be created: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }

  /* The parent holds the backups of every database next to it. */
  g_chmod (parent, 0700);
  return TRUE;
}

gboolean
_passend_backup_sync_path (const char  *path,
                           GError     **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

  if (fd < 0 || fsync (fd) != 0)
    {
      int saved_errno = errno;
      g_autofree char *name = g_filename_display_name (path);

      if (fd >= 0)
        close (fd);
      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_FAILED,
                   _("“%s” could not be written to disk: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }

  close (fd);
  return TRUE;
}

static gboolean
sqlite_fail (const char  *path,
             sqlite3     *db,
             int          rc,
             GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);
  int primary = rc & 0xff;

  if (primary == SQLITE_INTERRUPT)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The backup was cancelled."));
  else if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CORRUPT,
                 _("“%s” is damaged."), name);
  else if (primary == SQLITE_FULL)
    g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_FULL,
                 _("The disk is full: “%s” could not be written."), name);
  else
    g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_FAILED,
                 _("“%s” could not be copied: %s"), name,
                 db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  return FALSE;
}

sqlite3 *
_passend_backup_open_source (const char  *path,
                             GError     **error)
{
  g_autofree char *file_uri = g_filename_to_uri (path, NULL, error);
  g_autofree char *uri = NULL;
  sqlite3 *db = NULL;
  int rc;

  if (file_uri == NULL)
    return NULL;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                   _("“%s” does not exist."), name);
      return NULL;
    }

  /* Not immutable: the app may have the file open and be writing. */
  uri = g_strconcat (file_uri, "?mode=ro", NULL);
  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (db, 1);
      sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
      rc = sqlite3_exec (db, "BEGIN; SELECT count(*) FROM sqlite_master", NULL, NULL, NULL);
    }
  if (rc != SQLITE_OK)
    {
      sqlite_fail (path, db, rc, error);
      sqlite3_close (db);
      return NULL;
    }

  return db;
}

void
_passend_backup_close_source (sqlite3 *source)
{
  if (source == NULL)
    return;

  sqlite3_exec (source, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (source);
}

gboolean
_passend_backup_copy (sqlite3                   *source,
                      const char                *dest_path,
                      PassendBackupProgressFunc  progress,
                      gpointer                   progress_data,
                      GCancellable              *cancellable,
                      GError                   **error)
{
  sqlite3_backup *backup;
  sqlite3 *dest = NULL;
  int fd;
  int rc;

  /* Created here with O_EXCL and 0600: never readable by others, and
   * never someone else's file. */
  fd = g_open (dest_path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *name = g_filename_display_name (dest_path);

      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_OPEN,
                   _("“%s” cannot be created: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  rc = sqlite3_open_v2 (dest_path, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      sqlite_fail (dest_path, dest, rc, error);
      sqlite3_close (dest);
      return FALSE;
    }

  /* Nobody else sees the file until it is complete, checked and synced
   * once at the end: syncing every step would only make it slower. */
  sqlite3_exec (dest, "PRAGMA synchronous = OFF", NULL, NULL, NULL);

  backup = sqlite3_backup_init (dest, "main", source, "main");
  if (backup == NULL)
    {
      sqlite_fail (dest_path, dest, sqlite3_errcode (dest), error);
      sqlite3_close (dest);
      return FALSE;
    }

  do
    {
      if (g_cancellable_is_cancelled (cancellable))
        {
          rc = SQLITE_INTERRUPT;
          break;
        }

      rc = sqlite3_backup_step (backup, STEP_PAGES);
      if (progress != NULL && sqlite3_backup_pagecount (backup) > 0)
        progress (1.0 - (double) sqlite3_backup_remaining (backup) /
                        sqlite3_backup_pagecount (backup), progress_data);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep (20);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);

  sqlite3_backup_finish (backup);

  /* A copy of a WAL database is marked WAL; a backup must be readable
   * on its own, without a -wal or -shm next to it. */
  if (rc == SQLITE_DONE)
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  else if (rc == SQLITE_OK)
    rc = SQLITE_ERROR;

  if (rc != SQLITE_DONE && rc != SQLITE_OK)
    {
      sqlite_fail (dest_path, dest, rc, error);
      sqlite3_close (dest);
      g_unlink (dest_path);
      return FALSE;
    }

  sqlite3_close (dest);

  if (!_passend_backup_sync_path (dest_path, error))
    {
      g_unlink (dest_path);
      return FALSE;
    }

  return TRUE;
}

/* Checking */

static gboolean
query_int (sqlite3    *db,
           const char *sql,
           gint64     *value)
{
  sqlite3_stmt *statement = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &statement, NULL);

  if (rc == SQLITE_OK && (rc = sqlite3_step (statement)) == SQLITE_ROW)
    *value = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  return rc == SQLITE_ROW;
}

static gboolean
integrity_ok (sqlite3 *db)
{
  sqlite3_stmt *statement = NULL;
  gboolean ok = FALSE;

  if (sqlite3_prepare_v2 (db, "PRAGMA integrity_check (1)", -1, &statement, NULL) == SQLITE_OK &&
      sqlite3_step (statement) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (statement, 0), "ok") == 0;
  sqlite3_finalize (statement);
  return ok;
}

static GDateTime *parse_created (const char *base_name);

gboolean
_passend_backup_check (const char          *path,
                       gboolean            *is_archive,
                       PassendBackupInfo  **info,
                       GError             **error)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autofree char *file_uri = NULL;
  g_autofree char *uri = NULL;
  gint64 application_id = 0;
  gint64 user_version = 0;
  gint64 n_manifest = 0;
  GStatBuf file_stat;
  sqlite3 *db = NULL;
  int rc;

  if (g_stat (path, &file_stat) != 0 || !S_ISREG (file_stat.st_mode))
    {
      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                   _("“%s” does not exist."), name);
      return FALSE;
    }

  file_uri = g_filename_to_uri (path, NULL, error);
  if (file_uri == NULL)
    return FALSE;

  /* Immutable: reading a backup never writes a byte or a side file. */
  uri = g_strconcat (file_uri, "?mode=ro&immutable=1", NULL);
  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK ||
      !query_int (db, "PRAGMA application_id", &application_id) ||
      !query_int (db, "PRAGMA user_version", &user_version))
    {
      sqlite3_close (db);
      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CORRUPT,
                   _("“%s” is damaged or not a Passend database."), name);
      return FALSE;
    }

  if (application_id != PASSEND_DATABASE_APPLICATION_ID || user_version < 1)
    {
      sqlite3_close (db);
      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_PASSEND,
                   _("“%s” is not a Passend database."), name);
      return FALSE;
    }

  if (user_version > passend_database_get_latest_version ())
    {
      sqlite3_close (db);
      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_TOO_NEW,
                   _("“%s” was made by a newer version of Passend (schema %d; this version knows %d). "
                     "Update Passend first."),
                   name, (int) user_version, passend_database_get_latest_version ());
      return FALSE;
    }

  /* Read through a memory map: the check reads every page once, and
   * the connection is read-only, so a map cannot hurt. */
  sqlite3_exec (db, "PRAGMA mmap_size = 4294967296", NULL, NULL, NULL);
  if (!integrity_ok (db))
    {
      sqlite3_close (db);
      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CORRUPT,
                   _("“%s” is damaged: its integrity check failed."), name);
      return FALSE;
    }

  query_int (db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '"
                 PASSEND_ARCHIVE_MANIFEST_TABLE "'", &n_manifest);
  sqlite3_close (db);

  if (is_archive != NULL)
    *is_archive = n_manifest > 0;

  if (info != NULL)
    {
      g_autofree char *base_name = g_path_get_basename (path);

      *info = g_new0 (PassendBackupInfo, 1);
      (*info)->path = g_strdup (path);
      (*info)->created = parse_created (base_name);
      if ((*info)->created == NULL)
        (*info)->created = g_date_time_new_from_unix_local (file_stat.st_mtime);
      (*info)->size = file_stat.st_size;
      (*info)->version = (int) user_version;
      (*info)->verified = TRUE;
    }

  return TRUE;
}

gboolean
passend_backup_verify (const char          *path,
                       PassendBackupInfo  **info,
                       GError             **error)
{
  gboolean is_archive = FALSE;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (info == NULL || *info == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _passend_backup_check (path, &is_archive, info, error);
}

/* Listing and rotation */

static GDateTime *
parse_created (const char *base_name)
{
  static gsize compiled = 0;
  g_autoptr(GMatchInfo) match = NULL;
  GRegex *regex;
  int fields[6];

  if (g_once_init_enter (&compiled))
    g_once_init_leave (&compiled, (gsize) g_regex_new (NAME_PATTERN, G_REGEX_OPTIMIZE, 0, NULL));
  regex = (GRegex *) compiled;

  if (!g_regex_match (regex, base_name, 0, &match))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *text = g_match_info_fetch (match, (int) i + 1);

      fields[i] = (int) g_ascii_strtoll (text, NULL, 10);
    }

  return g_date_time_new_local (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
}

/* What the first 100 bytes say, without opening the file with SQLite. */
static gboolean
read_header (const char *path,
             int        *version)
{
  guint8 header[100];
  gsize length = 0;
  gboolean ours;
  FILE *file = g_fopen (path, "rb");

  if (file == NULL)
    return FALSE;
  length = fread (header, 1, sizeof header, file);
  fclose (file);

  if (length != sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    return FALSE;

  *version = (int) GUINT32_FROM_BE (*(guint32 *) (header + 60));
  ours = GUINT32_FROM_BE (*(guint32 *) (header + 68)) == PASSEND_DATABASE_APPLICATION_ID;
  return ours;
}

static int
info_compare_newest_first (gconstpointer a,
                           gconstpointer b)
{
  const PassendBackupInfo *ia = *(const PassendBackupInfo * const *) a;
  const PassendBackupInfo *ib = *(const PassendBackupInfo * const *) b;
  int order = g_date_time_compare (ib->created, ia->created);

  return order != 0 ? order : -g_strcmp0 (ia->path, ib->path);
}

GPtrArray *
passend_backup_list (const char  *folder,
                     GError     **error)
{
  g_autoptr(GPtrArray) backups = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_backup_info_free);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (folder != NULL, NULL);

  dir = g_dir_open (folder, 0, &local_error);
  if (dir == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&backups);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(GDateTime) created = NULL;
      PassendBackupInfo *info;
      GStatBuf file_stat;

      /* A name starting with a dot is a backup still being made. */
      if (name[0] == '.' || (created = parse_created (name)) == NULL)
        continue;

      info = g_new0 (PassendBackupInfo, 1);
      info->path = g_build_filename (folder, name, NULL);
      info->created = g_steal_pointer (&created);
      if (g_stat (info->path, &file_stat) == 0)
        info->size = file_stat.st_size;
      info->verified = read_header (info->path, &info->version) && info->version > 0;
      g_ptr_array_add (backups, info);
    }

  g_ptr_array_sort (backups, info_compare_newest_first);
  return g_steal_pointer (&backups);
}

gboolean
passend_backup_exists_for_day (const char *folder,
                               GDateTime  *when)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (folder != NULL, FALSE);
  g_return_val_if_fail (when != NULL, FALSE);

  backups = passend_backup_list (folder, NULL);
  local = g_date_time_to_local (when);
  for (guint i = 0; backups != NULL && i < backups->len; i++)
    {
      PassendBackupInfo *info = g_ptr_array_index (backups, i);

      if (info->verified &&
          g_date_time_get_year (info->created) == g_date_time_get_year (local) &&
          g_date_time_get_day_of_year (info->created) == g_date_time_get_day_of_year (local))
        return TRUE;
    }

  return FALSE;
}

PassendBackupInfo *
passend_backup_find_newest_good (const char *folder)
{
  g_autoptr(GPtrArray) backups = NULL;

  g_return_val_if_fail (folder != NULL, NULL);

  backups = passend_backup_list (folder, NULL);
  for (guint i = 0; backups != NULL && i < backups->len; i++)
    {
      PassendBackupInfo *listed = g_ptr_array_index (backups, i);
      PassendBackupInfo *info = NULL;

      if (listed->verified && _passend_backup_check (listed->path, NULL, &info, NULL))
        return info;
    }

  return NULL;
}

static int
period_key (GDateTime *created,
            int        kind)
{
  switch (kind)
    {
    case 0:
      return g_date_time_get_year (created) * 1000 + g_date_time_get_day_of_year (created);
    case 1:
      return g_date_time_get_week_numbering_year (created) * 100 + g_date_time_get_week_of_year (created);
    default:
      return g_date_time_get_year (created) * 100 + g_date_time_get_month (created);
    }
}

int
passend_backup_rotate (const char                  *folder,
                       const PassendBackupRotation *rotation,
                       GError                     **error)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree gboolean *keep = NULL;
  guint limits[3];
  int n_removed = 0;

  g_return_val_if_fail (folder != NULL, -1);
  g_return_val_if_fail (rotation != NULL, -1);

  limits[0] = rotation->daily;
  limits[1] = rotation->weekly;
  limits[2] = rotation->monthly;

  backups = passend_backup_list (folder, error);
  if (backups == NULL)
    return -1;

  /* Files whose header is not ours are left alone: Passend did not make
   * them, or cannot tell what they are. */
  for (guint i = backups->len; i > 0; i--)
    {
      PassendBackupInfo *info = g_ptr_array_index (backups, i - 1);

      if (!info->verified)
        g_ptr_array_remove_index (backups, i - 1);
    }

  keep = g_new0 (gboolean, backups->len + 1);
  if (backups->len > 0)
    keep[0] = TRUE;

  for (int kind = 0; kind < 3; kind++)
    {
      guint n_periods = 0;
      int last_key = -1;

      for (guint i = 0; i < backups->len && n_periods < limits[kind]; i++)
        {
          PassendBackupInfo *info = g_ptr_array_index (backups, i);
          int key = period_key (info->created, kind);

          /* Newest first: the first backup of each period is its newest. */
          if (key == last_key)
            continue;
          last_key = key;
          keep[i] = TRUE;
          n_periods++;
        }
    }

  for (guint i = 0; i < backups->len; i++)
    {
      PassendBackupInfo *info = g_ptr_array_index (backups, i);

      if (keep[i])
        continue;
      if (g_unlink (info->path) != 0)
        {
          int saved_errno = errno;
          g_autofree char *name = g_filename_display_name (info->path);

          g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_FAILED,
                       _("The old backup “%s” could not be removed: %s"), name, g_strerror (saved_errno));
          return -1;
        }
      n_removed++;
    }

  return n_removed;
}
