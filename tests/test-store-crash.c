/* test-store-crash.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Kills a writing process at random moments, many times, and checks after
 * each kill that the database opens, passes integrity_check, holds every
 * transaction the writer reported committed and no part of any other.
 * PASSEND_CRASH_KILLS sets the number of kills (30 by default, for CI);
 * PASSEND_CRASH_SEED repeats a run. */

#include "config.h"

#include <errno.h>
#include <poll.h>
#include <string.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "passend-database-private.h"

#define DEFAULT_KILLS 30
#define MAX_DELAY_MS  100

typedef struct
{
  guint  kills;
  guint  kills_after_commit;
  gint64 reported;       /* the highest sequence number reported committed */
  gint64 unreported;     /* transactions committed but killed before the report */
} CrashStats;

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *statement = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);

  return value;
}

/* Reads what the writer printed until @deadline (monotonic µs), or to the
 * end when @deadline is 0, and returns FALSE at end of file. */
static gboolean
drain (int      fd,
       GString *output,
       gint64   deadline)
{
  for (;;)
    {
      struct pollfd pfd = { fd, POLLIN, 0 };
      char buffer[4096];
      int timeout = -1;
      gssize n;
      int ready;

      if (deadline != 0)
        {
          gint64 left = deadline - g_get_monotonic_time ();

          if (left <= 0)
            return TRUE;
          timeout = (int) MAX (1, left / 1000);
        }

      ready = poll (&pfd, 1, timeout);
      if (ready < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (ready, >=, 0);
      if (ready == 0)
        continue;

      n = read (fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (n, >=, 0);
      if (n == 0)
        return FALSE;
      g_string_append_len (output, buffer, n);
    }
}

/* The last complete line is the last transaction reported committed. */
static gint64
last_reported (GString *output)
{
  g_auto(GStrv) lines = g_strsplit (output->str, "\n", -1);
  guint n = g_strv_length (lines);
  gint64 last = -1;

  /* The final element follows the last newline: incomplete or empty. */
  for (guint i = 0; i + 1 < n; i++)
    {
      gint64 sequence = g_ascii_strtoll (lines[i], NULL, 10);

      g_assert_cmpint (sequence, >, last);
      last = sequence;
    }

  return last;
}

/* Reads until the first report (the writer is past opening and commits)
 * or @deadline. */
static void
drain_to_first_report (int      fd,
                       GString *output,
                       gint64   deadline)
{
  while (strchr (output->str, '\n') == NULL && g_get_monotonic_time () < deadline)
    {
      gint64 step = MIN (deadline, g_get_monotonic_time () + 5 * G_TIME_SPAN_MILLISECOND);

      if (!drain (fd, output, step))
        break;
    }
}

/* Starts the writer and kills it @delay_ms after it reported its first
 * commit, or, with @early, @delay_ms after it started: while it may still
 * be creating or migrating the file. */
static gint64
run_and_kill (const char *writer,
              const char *path,
              guint32     seed,
              gboolean    early,
              guint       delay_ms)
{
  g_autoptr(GString) output = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *seed_arg = g_strdup_printf ("%u", seed);
  const char *argv[] = { writer, path, seed_arg, NULL };
  GPid pid;
  int out_fd;
  int status;

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                            G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &pid, NULL, &out_fd, NULL, &error);
  g_assert_no_error (error);

  /* However slow the machine is, most kills land among the writes. */
  if (!early)
    drain_to_first_report (out_fd, output, g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND);
  drain (out_fd, output, g_get_monotonic_time () + delay_ms * G_TIME_SPAN_MILLISECOND);
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  while (drain (out_fd, output, 0))
    ;
  close (out_fd);

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);

  /* A writer that stopped by itself hit an error: that is a failure too. */
  if (!WIFSIGNALED (status) || WTERMSIG (status) != SIGKILL)
    g_error ("The writer stopped by itself (status %d)", status);

  return last_reported (output);
}

/* Every student is one transaction: exactly two guardians, one entry with
 * its index row, one attachment and its blob — all or nothing. */
static void
assert_whole_transactions (sqlite3 *db,
                           gint64   students)
{
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM student s WHERE"
                                  " (SELECT count(*) FROM guardian g WHERE g.student_id = s.id) <> 2"
                                  " OR (SELECT count(*) FROM timeline_entry t WHERE t.student_id = s.id) <> 1"
                                  " OR (SELECT count(*) FROM attachment a JOIN timeline_entry t ON a.entry_id = t.id"
                                  "     WHERE t.student_id = s.id) <> 1"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM guardian"), ==, 2 * students);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM timeline_entry"), ==, students);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM attachment"), ==, students);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM attachment_blob"), ==, students);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM attachment a"
                                  " JOIN attachment_blob b ON b.sha256 = a.sha256"
                                  " WHERE b.size = length (b.content)"), ==, students);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM timeline_fts"), ==, students);
  /* Each of the five writes has its audit row. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM audit_log WHERE entity_id IS NOT NULL"), >=, 5 * students);
}

static void
verify (const char *path,
        CrashStats *stats,
        gint64      reported)
{
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  g_autofree char *in_range = NULL;
  sqlite3 *db;
  gint64 students;

  database = passend_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (passend_database_check_integrity (database, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (report, ==, "ok");

  db = _passend_database_get_handle (database);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM timeline_fts WHERE timeline_fts MATCH 'verslag'"),
                   ==, query_int (db, "SELECT count(*) FROM timeline_entry"));
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO timeline_fts (timeline_fts) VALUES ('integrity-check')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  students = query_int (db, "SELECT count(*) FROM student");
  if (reported > stats->reported)
    stats->reported = reported;

  /* Everything reported is there; at most one more transaction committed
   * in the moment between its commit and its report. */
  g_assert_cmpint (students, >=, stats->reported);
  g_assert_cmpint (students, <=, stats->reported + 1);
  in_range = g_strdup_printf ("SELECT count(*) FROM student WHERE CAST (lvs_number AS INTEGER)"
                              " BETWEEN 500001 AND %" G_GINT64_FORMAT, 500000 + stats->reported);
  g_assert_cmpint (query_int (db, in_range), ==, stats->reported);
  if (students > stats->reported)
    stats->unreported++;

  assert_whole_transactions (db, students);
  stats->reported = students;
}

static guint
kills_wanted (void)
{
  const char *value = g_getenv ("PASSEND_CRASH_KILLS");
  guint64 kills;

  if (value == NULL || *value == '\0')
    return DEFAULT_KILLS;
  kills = g_ascii_strtoull (value, NULL, 10);
  return (guint) CLAMP (kills, 1, 100000);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      g_remove (child);
    }
  g_rmdir (dir);
}

static void
test_kill_while_writing (void)
{
  g_autofree char *writer = g_test_build_filename (G_TEST_BUILT, "passend-crash-writer", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("passend-crash-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GRand) rand = NULL;
  const char *seed_env = g_getenv ("PASSEND_CRASH_SEED");
  CrashStats stats = { 0, };
  guint32 seed;
  guint kills = kills_wanted ();

  g_assert_no_error (error);
  path = g_build_filename (dir, "passend.db", NULL);

  seed = seed_env != NULL ? (guint32) g_ascii_strtoull (seed_env, NULL, 10) : g_random_int ();
  g_test_message ("PASSEND_CRASH_SEED=%u, %u kills", seed, kills);
  rand = g_rand_new_with_seed (seed);

  for (guint i = 0; i < kills; i++)
    {
      /* Now and then a kill before the writer is even past opening and
       * migrating: the first one lands in the creation of the file. */
      gboolean early = i == 0 || g_rand_int_range (rand, 0, 8) == 0;
      guint delay_ms = early ? g_rand_int_range (rand, 0, 30) : g_rand_int_range (rand, 0, MAX_DELAY_MS);
      gint64 before = stats.reported;
      gint64 reported;

      if (i == 0)
        delay_ms = 2;

      reported = run_and_kill (writer, path, g_rand_int (rand), early, delay_ms);
      stats.kills++;
      verify (path, &stats, reported);
      if (stats.reported > before)
        stats.kills_after_commit++;
    }

  g_test_message ("%u kills, %u after at least one commit, %" G_GINT64_FORMAT
                  " transactions, %" G_GINT64_FORMAT " committed but unreported",
                  stats.kills, stats.kills_after_commit, stats.reported, stats.unreported);

  /* The kills must have landed among the writes, not only at start-up. */
  g_assert_cmpuint (stats.kills_after_commit, >=, kills / 2);

  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/crash/kill-while-writing", test_kill_while_writing);

  return g_test_run ();
}
