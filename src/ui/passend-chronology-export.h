/* passend-chronology-export.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "passend-chronology.h"

G_BEGIN_DECLS

/* Called in the thread-default main context of the caller of
 * passend_chronology_export_async(), @fraction from 0 to 1. */
typedef void (*PassendChronologyProgress) (double   fraction,
                                           gpointer user_data);

/* Writes the chronologisch overzicht of student @student_id to @output
 * (atomically, mode 0600): opens its own connection to @database_path,
 * loads the school, its logo, the student and the timeline, lays them out
 * with @options and records the export in the audit log (never names or
 * the file name). *@n_entries and *@n_pages (may be NULL) receive what
 * the document holds. On failure @output is untouched. */
gboolean passend_chronology_export        (const char                     *database_path,
                                           gint64                          student_id,
                                           const PassendChronologyOptions *options,
                                           const char                     *output,
                                           guint                          *n_entries,
                                           guint                          *n_pages,
                                           GCancellable                   *cancellable,
                                           GError                        **error);

/* The same in a worker thread; @progress (may be NULL) follows it. */
void     passend_chronology_export_async  (const char                     *database_path,
                                           gint64                          student_id,
                                           const PassendChronologyOptions *options,
                                           const char                     *output,
                                           GCancellable                   *cancellable,
                                           PassendChronologyProgress       progress,
                                           gpointer                        progress_data,
                                           GAsyncReadyCallback             callback,
                                           gpointer                        user_data);
gboolean passend_chronology_export_finish (GAsyncResult                   *result,
                                           guint                          *n_entries,
                                           guint                          *n_pages,
                                           GError                        **error);

G_END_DECLS
