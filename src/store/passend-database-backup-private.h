/* passend-database-backup-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "passend-database-backup.h"

G_BEGIN_DECLS

#define PASSEND_ARCHIVE_MANIFEST_TABLE "passend_archive_manifest"

/* Copies the main database of @source into the new file @dest_path (0600)
 * with the backup API, a few megabytes per step, and leaves it as a plain
 * rollback-journal file that needs no -wal to be read. */
gboolean _passend_backup_copy        (sqlite3                   *source,
                                      const char                *dest_path,
                                      PassendBackupProgressFunc  progress,
                                      gpointer                   progress_data,
                                      GCancellable              *cancellable,
                                      GError                   **error);
/* Opens @path read-only with a read transaction open, so a copy sees one
 * moment of it while the app goes on writing. */
sqlite3 *_passend_backup_open_source (const char                *path,
                                      GError                   **error);
void     _passend_backup_close_source (sqlite3                  *source);
/* The full check; @is_archive tells whether the file holds a manifest. */
gboolean _passend_backup_check       (const char                *path,
                                      gboolean                  *is_archive,
                                      PassendBackupInfo        **info,
                                      GError                   **error);
gboolean _passend_backup_sync_path   (const char                *path,
                                      GError                   **error);
/* Creates @folder and its parent with mode 0700. */
gboolean _passend_backup_make_folder (const char                *folder,
                                      GError                   **error);

G_END_DECLS
