/* passend-bench-backup.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "passend-bench-backup.h"
#include "passend-database-backup.h"

gboolean
passend_bench_backup (const char  *path,
                      const char  *scratch_dir,
                      int          runs,
                      GArray      *samples,
                      goffset     *size,
                      GError     **error)
{
  g_autofree char *folder = g_build_filename (scratch_dir, "backups", NULL);

  for (int i = 0; i < runs; i++)
    {
      g_autofree char *backup = NULL;
      GStatBuf backup_stat;
      gint64 start;
      double ms;

      /* Copy, sync and the full integrity check: what the coordinator
       * waits for after Back Up Now. */
      start = g_get_monotonic_time ();
      backup = passend_backup_create (path, folder, NULL, NULL, NULL, NULL, NULL, error);
      if (backup == NULL)
        return FALSE;
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (samples, ms);

      if (g_stat (backup, &backup_stat) == 0)
        *size = backup_stat.st_size;
      g_unlink (backup);
    }

  g_rmdir (folder);
  return TRUE;
}
