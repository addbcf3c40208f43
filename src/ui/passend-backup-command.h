/* passend-backup-command.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The backup verbs; @argv[0] is the verb. Each returns the exit status:
 * 0 done, 1 failed (nothing changed), 2 usage.
 *
 * `passend backup [--database FILE] [--to DIR]`
 * `passend backups [--database FILE]`
 * `passend restore [--database FILE] BACKUP`
 * `passend export-archive --database FILE --output F`
 * `passend import-archive --database FILE ARCHIVE` */
int passend_backup_command_run         (int    argc,
                                        char **argv);
int passend_backups_command_run        (int    argc,
                                        char **argv);
int passend_restore_command_run        (int    argc,
                                        char **argv);
int passend_export_archive_command_run (int    argc,
                                        char **argv);
int passend_import_archive_command_run (int    argc,
                                        char **argv);

G_END_DECLS
