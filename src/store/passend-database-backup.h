/* passend-database-backup.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "passend-database.h"

G_BEGIN_DECLS

/* Backups are SQLite files made with the online backup API, verified
 * (integrity_check, application_id, user_version) before they get their
 * final name: a file with that name is a backup that was good when made. */
#define PASSEND_BACKUP_SUFFIX  ".passend-backup"
#define PASSEND_ARCHIVE_SUFFIX ".passend-archive"

#define PASSEND_BACKUP_KEEP_DAILY   7
#define PASSEND_BACKUP_KEEP_WEEKLY  4
#define PASSEND_BACKUP_KEEP_MONTHLY 12

/* How many backups rotation keeps: the newest of each of the last @daily
 * days, @weekly ISO weeks and @monthly months that have one. */
typedef struct
{
  guint daily;
  guint weekly;
  guint monthly;
} PassendBackupRotation;

void passend_backup_rotation_init (PassendBackupRotation *rotation);

typedef struct
{
  char      *path;
  GDateTime *created;   /* local time, from the name */
  goffset    size;
  int        version;   /* PRAGMA user_version from the file header */
  gboolean   verified;  /* made, checked and named by Passend; header ours */
} PassendBackupInfo;

void passend_backup_info_free (PassendBackupInfo *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendBackupInfo, passend_backup_info_free)

/* Called from the thread that makes the backup. */
typedef void (*PassendBackupProgressFunc) (double   fraction,
                                           gpointer user_data);

/* <database dir>/backups/<database name>/ */
char              *passend_backup_get_folder      (const char                 *database_path);

/* Makes a verified backup of @database_path in @folder (NULL: the default
 * folder, created 0700) named after @when (NULL: now), then rotates the
 * folder if @rotation is not NULL. Opens its own read-only connection, so
 * it may run in any thread while the app writes. Returns the backup's
 * path; on failure nothing is left behind. */
char              *passend_backup_create          (const char                 *database_path,
                                                   const char                 *folder,
                                                   GDateTime                  *when,
                                                   const PassendBackupRotation *rotation,
                                                   PassendBackupProgressFunc   progress,
                                                   gpointer                    progress_data,
                                                   GCancellable               *cancellable,
                                                   GError                    **error);

/* passend_backup_create() in a thread; @progress is called in the
 * caller's main context. */
void               passend_backup_create_async    (const char                 *database_path,
                                                   const PassendBackupRotation *rotation,
                                                   PassendBackupProgressFunc   progress,
                                                   gpointer                    progress_data,
                                                   GCancellable               *cancellable,
                                                   GAsyncReadyCallback         callback,
                                                   gpointer                    user_data);
char              *passend_backup_create_finish   (GAsyncResult               *result,
                                                   GError                    **error);

/* The backups in @folder, newest first (PassendBackupInfo). */
GPtrArray         *passend_backup_list            (const char                 *folder,
                                                   GError                    **error);
/* The newest backup that is ours and passes a full check now, or NULL. */
PassendBackupInfo *passend_backup_find_newest_good (const char                *folder);
/* Whether @folder holds a backup made on @when's local day. */
gboolean           passend_backup_exists_for_day  (const char                 *folder,
                                                   GDateTime                  *when);

/* Deletes the backups @rotation does not keep; never the newest. Returns
 * how many were deleted, or -1 with @error set. */
int                passend_backup_rotate          (const char                 *folder,
                                                   const PassendBackupRotation *rotation,
                                                   GError                    **error);

/* Reads @path read-only and checks it fully. Sets @info (nullable) on
 * success. A file of a newer Passend fails with
 * PASSEND_DATABASE_ERROR_TOO_NEW, a damaged one with _CORRUPT. */
gboolean           passend_backup_verify          (const char                 *path,
                                                   PassendBackupInfo         **info,
                                                   GError                    **error);

/* Puts the backup @backup_path in place of @database_path: checks it,
 * keeps the current file aside (renamed with a timestamp, never deleted;
 * its path in @kept_aside, NULL when there was none) and replaces it
 * atomically. @open_database, if not NULL, is the connection the app still
 * has on @database_path: it is checkpointed and let go of the file's name.
 * Open the file again afterwards. */
gboolean           passend_backup_restore         (const char                 *database_path,
                                                   const char                 *backup_path,
                                                   PassendDatabase            *open_database,
                                                   char                      **kept_aside,
                                                   GError                    **error);

/* One file for moving to another laptop: the database (attachments are
 * in it) made with the backup API plus a manifest table, verified. */
gboolean           passend_backup_export_archive  (const char                 *database_path,
                                                   const char                 *output,
                                                   GError                    **error);
/* Checks @archive, refuses a newer schema, and puts its database in place
 * of @database_path like passend_backup_restore(). */
gboolean           passend_backup_import_archive  (const char                 *database_path,
                                                   const char                 *archive,
                                                   char                      **kept_aside,
                                                   GError                    **error);

G_END_DECLS
