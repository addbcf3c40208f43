/* passend-bench-kills.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The kill test of tests/test-store-crash.c in its long mode: a writer
 * killed at random moments @kills times, the database checked after each
 * kill. skipped: why it did not run (the test is not built), or NULL.
 * damaged: 0, or 1 when a check failed (the test stops at the first). */
typedef struct
{
  char   *skipped;
  guint   kills;
  guint   damaged;
  double  seconds;
  char   *summary;
} PassendBenchKills;

/* The long mode's kills; CI's own run of the test makes 30. */
#define PASSEND_BENCH_LONG_KILLS 500

void     passend_bench_kills_init        (PassendBenchKills  *kills);
void     passend_bench_kills_clear       (PassendBenchKills  *kills);

/* FALSE only when the test cannot be started. */
gboolean passend_bench_kills_run         (PassendBenchKills  *kills,
                                          guint               n_kills,
                                          GError            **error);

/* Appends the "kill-test" member with its trailing ",\n" and returns
 * whether nothing was damaged. */
gboolean passend_bench_kills_append_json (const PassendBenchKills *kills,
                                          GString                 *json);

G_END_DECLS
