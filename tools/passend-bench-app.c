/* passend-bench-app.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <glib-unix.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "passend-bench-app.h"
#include "passend-bench-compare.h"

/* What the coordinator sees first in the morning: the app started on the
 * large school until its window shows the caseload, and what it then
 * holds in memory. PASSEND_APP_PATH and PASSEND_SCHEMA_DIR come from
 * tools/meson.build. */

#define FIRST_WINDOW_BUDGET_MS 500.0
#define MEMORY_BUDGET_MB       150.0
/* Long enough for the background check of the file to finish and the
 * caseload's rows to be bound. */
#define SETTLE_MS              2000
#define FIRST_FRAME_TIMEOUT_S  30
/* The fd the app writes its first frame to: the first after stderr. */
#define REPORT_FD              3

void
passend_bench_app_init (PassendBenchApp *app)
{
  app->skipped = NULL;
  app->renderer = NULL;
  app->first_frame = g_array_new (FALSE, FALSE, sizeof (double));
  app->gl_first_frame = g_array_new (FALSE, FALSE, sizeof (double));
  app->gl_rss_mb = g_array_new (FALSE, FALSE, sizeof (double));
  app->rss_mb = g_array_new (FALSE, FALSE, sizeof (double));
  app->hwm_mb = g_array_new (FALSE, FALSE, sizeof (double));
}

void
passend_bench_app_clear (PassendBenchApp *app)
{
  g_clear_pointer (&app->skipped, g_free);
  g_clear_pointer (&app->renderer, g_free);
  g_clear_pointer (&app->first_frame, g_array_unref);
  g_clear_pointer (&app->gl_first_frame, g_array_unref);
  g_clear_pointer (&app->gl_rss_mb, g_array_unref);
  g_clear_pointer (&app->rss_mb, g_array_unref);
  g_clear_pointer (&app->hwm_mb, g_array_unref);
}

/* Reads the one line the app writes after its first frame, until
 * @deadline (monotonic µs). NULL on a timeout or when the app closed the
 * pipe (exited) without writing. */
static char *
read_report (int    fd,
             gint64 deadline)
{
  g_autoptr(GString) line = g_string_new (NULL);

  while (strchr (line->str, '\n') == NULL)
    {
      struct pollfd pfd = { fd, POLLIN, 0 };
      gint64 left = deadline - g_get_monotonic_time ();
      char buffer[128];
      gssize n;
      int ready;

      if (left <= 0)
        return NULL;
      ready = poll (&pfd, 1, (int) MAX (1, left / 1000));
      if (ready < 0 && errno == EINTR)
        continue;
      if (ready <= 0)
        return NULL;
      n = read (fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return NULL;
      g_string_append_len (line, buffer, n);
    }

  return g_strdup (line->str);
}

/* VmRSS and VmHWM of @pid, in MiB. */
static gboolean
read_memory (const char  *pid,
             double      *rss_mb,
             double      *hwm_mb,
             GError     **error)
{
  g_autofree char *path = g_build_filename ("/proc", pid, "status", NULL);
  g_autofree char *status = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean have_rss = FALSE, have_hwm = FALSE;

  if (!g_file_get_contents (path, &status, NULL, error))
    return FALSE;

  lines = g_strsplit (status, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "VmRSS:"))
        {
          *rss_mb = g_ascii_strtod (lines[i] + strlen ("VmRSS:"), NULL) / 1024.0;
          have_rss = TRUE;
        }
      else if (g_str_has_prefix (lines[i], "VmHWM:"))
        {
          *hwm_mb = g_ascii_strtod (lines[i] + strlen ("VmHWM:"), NULL) / 1024.0;
          have_hwm = TRUE;
        }
    }

  if (!have_rss || !have_hwm)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s has no VmRSS or VmHWM", path);
      return FALSE;
    }
  return TRUE;
}

/* The first line of what the app printed, for an error. */
static char *
first_error_line (const char *stderr_path)
{
  g_autofree char *text = NULL;
  char *end;

  if (!g_file_get_contents (stderr_path, &text, NULL, NULL) || *g_strstrip (text) == '\0')
    return g_strdup ("nothing on stderr");
  end = strchr (text, '\n');
  if (end != NULL)
    *end = '\0';
  return g_steal_pointer (&text);
}

static GSubprocess *
spawn_app (const char  *database_path,
           const char  *stderr_path,
           int          report_fd,
           gboolean     force_gl,
           gint64      *start,
           GError     **error)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
  g_auto(GStrv) env = g_get_environ ();
  g_autofree char *fd_text = g_strdup_printf ("%d", REPORT_FD);
  const char *argv[] = { PASSEND_APP_PATH, "--database", database_path, NULL };
  GSubprocess *process;

  /* The settings of the build tree, in memory: the window opens at its
   * default size on the caseload, and the user's settings stay alone. */
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
  env = g_environ_setenv (env, "GSETTINGS_SCHEMA_DIR", PASSEND_SCHEMA_DIR, TRUE);
  env = g_environ_setenv (env, "PASSEND_REPORT_FIRST_FRAME", fd_text, TRUE);
  if (force_gl)
    env = g_environ_setenv (env, "GSK_RENDERER", "ngl", TRUE);
  g_subprocess_launcher_set_environ (launcher, env);
  g_subprocess_launcher_set_stderr_file_path (launcher, stderr_path);
  g_subprocess_launcher_take_fd (launcher, report_fd, REPORT_FD);

  *start = g_get_monotonic_time ();
  process = g_subprocess_launcher_spawnv (launcher, argv, error);
  /* Freeing the launcher closes our copy of the pipe's write end, so a
   * dying app shows as the end of the pipe. */
  return process;
}

static void
end_app (GSubprocess *process)
{
  if (g_subprocess_get_identifier (process) != NULL)
    g_subprocess_send_signal (process, SIGTERM);
  g_subprocess_wait (process, NULL, NULL);
}

static gboolean
run_once (PassendBenchApp  *app,
          const char       *database_path,
          const char       *stderr_path,
          gboolean          force_gl,
          GError          **error)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autofree char *report = NULL;
  g_auto(GStrv) fields = NULL;
  int fds[2];
  gint64 start = 0;
  gint64 painted;
  double ms, rss = 0, hwm = 0;

  if (!g_unix_open_pipe (fds, FD_CLOEXEC, error))
    return FALSE;

  process = spawn_app (database_path, stderr_path, fds[1], force_gl, &start, error);
  if (process == NULL)
    {
      close (fds[0]);
      return FALSE;
    }

  report = read_report (fds[0], start + FIRST_FRAME_TIMEOUT_S * G_USEC_PER_SEC);
  close (fds[0]);
  if (report == NULL)
    {
      g_autofree char *why = NULL;

      end_app (process);
      why = first_error_line (stderr_path);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                   "the app showed no window within %d s (%s)", FIRST_FRAME_TIMEOUT_S, why);
      return FALSE;
    }

  fields = g_strsplit (g_strstrip (report), " ", 3);
  painted = g_ascii_strtoll (fields[0], NULL, 10);
  if (g_strv_length (fields) != 3 || g_strcmp0 (fields[1], "main") != 0 || painted < start)
    {
      end_app (process);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "the app's first frame did not show the school (it reported “%s”)", report);
      return FALSE;
    }
  ms = (double) (painted - start) / 1000.0;

  g_usleep (SETTLE_MS * 1000);
  if (!read_memory (g_subprocess_get_identifier (process), &rss, &hwm, error))
    {
      end_app (process);
      return FALSE;
    }
  end_app (process);

  if (force_gl)
    {
      g_array_append_val (app->gl_first_frame, ms);
      g_array_append_val (app->gl_rss_mb, rss);
      return TRUE;
    }

  g_free (app->renderer);
  app->renderer = g_strdup (fields[2]);
  g_array_append_val (app->first_frame, ms);
  g_array_append_val (app->rss_mb, rss);
  g_array_append_val (app->hwm_mb, hwm);
  return TRUE;
}

gboolean
passend_bench_app_run (PassendBenchApp  *app,
                       const char       *database_path,
                       const char       *scratch_dir,
                       int               runs,
                       GError          **error)
{
  g_autofree char *stderr_path = g_build_filename (scratch_dir, "app-stderr.txt", NULL);
  g_autofree char *absolute = g_canonicalize_filename (database_path, NULL);
  gboolean ok = TRUE;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      app->skipped = g_strdup ("no display: run the benchmark under xvfb-run or in a desktop session");
      return TRUE;
    }
  if (!g_file_test (PASSEND_APP_PATH, G_FILE_TEST_IS_EXECUTABLE))
    {
      app->skipped = g_strdup ("the app is not built: ninja -C BUILDDIR src/passend");
      return TRUE;
    }

  for (int i = 0; ok && i < runs; i++)
    ok = run_once (app, absolute, stderr_path, FALSE, error);

  /* Where the app chose the cairo renderer for this machine, what GL
   * would have cost, beside it. (GTK's GL renderers go by several type
   * names: GskGLRenderer, GskNglRenderer.) */
  if (ok && g_strcmp0 (app->renderer, "GskCairoRenderer") == 0)
    {
      for (int i = 0; ok && i < runs; i++)
        ok = run_once (app, absolute, stderr_path, TRUE, error);
    }

  g_unlink (stderr_path);
  return ok;
}

static gboolean
append_skipped (GString    *json,
                const char *name,
                const char *why,
                gboolean    budgets_enforced)
{
  g_autofree char *escaped = g_strescape (why, NULL);

  g_string_append_printf (json, "    \"%s\": { \"skipped\": \"%s\", \"ok\": %s }", name, escaped,
                          budgets_enforced ? "false" : "true");
  return !budgets_enforced;
}

gboolean
passend_bench_app_append_json (PassendBenchApp *app,
                               gboolean         budgets_enforced,
                               GString         *json)
{
  double first_ms = passend_bench_median (app->first_frame);
  double rss_mb = passend_bench_median (app->rss_mb);
  gboolean first_ok = first_ms <= FIRST_WINDOW_BUDGET_MS;
  gboolean memory_ok = rss_mb <= MEMORY_BUDGET_MB;
  g_autofree char *renderer = NULL;

  if (app->skipped != NULL)
    {
      gboolean ok;

      g_printerr ("passend-bench: the app was not measured: %s\n", app->skipped);
      ok = append_skipped (json, "first-window", app->skipped, budgets_enforced);
      g_string_append (json, ",\n");
      return append_skipped (json, "app-memory", app->skipped, budgets_enforced) && ok;
    }

  g_string_append (json, "    \"first-window\": { ");
  passend_bench_append_stats (json, app->first_frame, "ms");
  g_string_append (json, ", ");
  passend_bench_append_number (json, "budget_ms", FIRST_WINDOW_BUDGET_MS);
  if (app->gl_first_frame->len > 0)
    {
      g_string_append (json, ", ");
      passend_bench_append_number (json, "gl_median_ms", passend_bench_median (app->gl_first_frame));
    }
  g_string_append_printf (json, ", \"ok\": %s, \"shows\": \"caseload\" },\n", first_ok ? "true" : "false");

  /* The budget holds for what the app keeps once started; the peak of
   * the start is printed beside it. */
  g_string_append (json, "    \"app-memory\": { ");
  passend_bench_append_stats (json, app->rss_mb, "mb");
  g_string_append (json, ", ");
  passend_bench_append_number (json, "hwm_median_mb", passend_bench_median (app->hwm_mb));
  g_string_append (json, ", ");
  passend_bench_append_number (json, "budget_mb", MEMORY_BUDGET_MB);
  /* The renderer the app chose (passend-renderer.c); where that is not
   * GL, the same with GL forced. */
  renderer = g_strescape (app->renderer != NULL ? app->renderer : "unknown", NULL);
  g_string_append_printf (json, ", \"settle_ms\": %d, \"renderer\": \"%s\"", SETTLE_MS, renderer);
  if (app->gl_rss_mb->len > 0)
    {
      g_string_append (json, ", ");
      passend_bench_append_number (json, "gl_median_mb", passend_bench_median (app->gl_rss_mb));
    }
  g_string_append_printf (json, ", \"ok\": %s }", memory_ok ? "true" : "false");

  return first_ok && memory_ok;
}
