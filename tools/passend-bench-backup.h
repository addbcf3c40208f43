/* passend-bench-backup.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Times @runs verified backups of the database at @path (open elsewhere,
 * as in the app) into a folder in @scratch_dir, in milliseconds into
 * @samples; *@size receives the backup's size in bytes. */
gboolean passend_bench_backup (const char  *path,
                               const char  *scratch_dir,
                               int          runs,
                               GArray      *samples,
                               goffset     *size,
                               GError     **error);

G_END_DECLS
