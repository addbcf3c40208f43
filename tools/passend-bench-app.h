/* passend-bench-app.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The real application, started on the large school under the running
 * display. first_frame: milliseconds from exec to the first frame of the
 * main window (PASSEND_REPORT_FIRST_FRAME, see passend-window.c);
 * rss_mb/hwm_mb: VmRSS and VmHWM in MiB once the caseload is shown and
 * the start has settled; renderer: the GSK renderer the app chose (see
 * passend-renderer.c). When that is not GL, gl_first_frame and gl_rss_mb
 * hold the same measures with GL forced, for comparison. skipped: why it
 * did not run (no display, the app not built), or NULL. */
typedef struct
{
  char   *skipped;
  char   *renderer;
  GArray *first_frame;
  GArray *rss_mb;
  GArray *hwm_mb;
  GArray *gl_first_frame;
  GArray *gl_rss_mb;
} PassendBenchApp;

void     passend_bench_app_init        (PassendBenchApp  *app);
void     passend_bench_app_clear       (PassendBenchApp  *app);

/* Starts the app @runs times on @database_path, each time until its first
 * frame plus a settle time, then ends it. FALSE when the app fails to
 * show the caseload. */
gboolean passend_bench_app_run         (PassendBenchApp  *app,
                                        const char       *database_path,
                                        const char       *scratch_dir,
                                        int               runs,
                                        GError          **error);

/* Appends the "first-window" and "app-memory" members of "results"
 * (separated by ",\n", without a trailing one) and returns whether their
 * budgets held. A skipped measure holds only when @budgets_enforced is
 * FALSE. */
gboolean passend_bench_app_append_json (PassendBenchApp  *app,
                                        gboolean          budgets_enforced,
                                        GString          *json);

G_END_DECLS
