/* passend-bench-kills.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "passend-bench-compare.h"
#include "passend-bench-kills.h"

/* Runs the built test-store-crash (PASSEND_CRASH_TEST from
 * tools/meson.build) with PASSEND_CRASH_KILLS set. The test asserts after
 * every kill that the file opens, passes integrity_check and holds every
 * reported transaction whole, and aborts at the first that does not: a
 * run that exits 0 had no damaged database. */

void
passend_bench_kills_init (PassendBenchKills *kills)
{
  memset (kills, 0, sizeof *kills);
}

void
passend_bench_kills_clear (PassendBenchKills *kills)
{
  g_clear_pointer (&kills->skipped, g_free);
  g_clear_pointer (&kills->summary, g_free);
}

/* The test's own count: "# 500 kills, 431 after at least one commit, …". */
static char *
find_summary (const char *output)
{
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "# ") && strstr (lines[i], " kills, ") != NULL)
        return g_strdup (lines[i] + 2);
    }
  return NULL;
}

gboolean
passend_bench_kills_run (PassendBenchKills  *kills,
                         guint               n_kills,
                         GError            **error)
{
  g_autofree char *builddir = g_path_get_dirname (PASSEND_CRASH_TEST);
  g_autofree char *n_text = g_strdup_printf ("%u", n_kills);
  g_autofree char *out = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *argv[] = { PASSEND_CRASH_TEST, "--tap", "-k", NULL };
  gint64 start;
  int status = 0;

  if (!g_file_test (PASSEND_CRASH_TEST, G_FILE_TEST_IS_EXECUTABLE))
    {
      kills->skipped = g_strdup ("tests/test-store-crash is not built");
      return TRUE;
    }

  env = g_environ_setenv (env, "PASSEND_CRASH_KILLS", n_text, TRUE);
  env = g_environ_setenv (env, "G_TEST_BUILDDIR", builddir, TRUE);

  start = g_get_monotonic_time ();
  if (!g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     &out, NULL, &status, error))
    return FALSE;
  kills->seconds = (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;

  kills->summary = find_summary (out);
  if (g_spawn_check_wait_status (status, NULL) && kills->summary != NULL)
    {
      kills->kills = n_kills;
      kills->damaged = 0;
    }
  else
    {
      /* The test stops at the first database that fails its checks. */
      kills->damaged = 1;
      fprintf (stderr, "passend-bench: the kill test failed:\n%s\n", out);
    }
  return TRUE;
}

gboolean
passend_bench_kills_append_json (const PassendBenchKills *kills,
                                 GString                 *json)
{
  g_autofree char *summary = NULL;

  if (kills->skipped != NULL)
    {
      g_autofree char *escaped = g_strescape (kills->skipped, NULL);

      fprintf (stderr, "passend-bench: the kill test was skipped: %s\n", kills->skipped);
      g_string_append_printf (json, "  \"kill-test\": { \"skipped\": \"%s\" },\n", escaped);
      return TRUE;
    }

  summary = g_strescape (kills->summary != NULL ? kills->summary : "", NULL);
  g_string_append_printf (json, "  \"kill-test\": { \"kills\": %u, \"damaged\": %u, ",
                          kills->kills, kills->damaged);
  passend_bench_append_number (json, "seconds", kills->seconds);
  g_string_append_printf (json, ", \"summary\": \"%s\", \"ok\": %s },\n",
                          summary, kills->damaged == 0 ? "true" : "false");
  return kills->damaged == 0;
}
