/* passend-test-faults.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-database-private.h"
#include "passend-test-faults.h"

static gint64
pragma_int (sqlite3    *db,
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

static void
set_max_page_count (PassendDatabase *database,
                    gint64           pages)
{
  sqlite3 *db = _passend_database_get_handle (database);
  g_autofree char *sql = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, pages);

  /* The pragma answers with the limit it took: never below the pages in
   * use, so this is exactly "no more room". */
  g_assert_cmpint (pragma_int (db, sql), >=, pages);
}

void
passend_test_faults_fill_disk (PassendDatabase *database)
{
  sqlite3 *db = _passend_database_get_handle (database);

  /* The free pages would still take a small write: use them up first. */
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA incremental_vacuum", NULL, NULL, NULL), ==, SQLITE_OK);
  set_max_page_count (database, pragma_int (db, "PRAGMA page_count"));
}

void
passend_test_faults_free_disk (PassendDatabase *database)
{
  set_max_page_count (database, G_GINT64_CONSTANT (1073741823));
}

void
passend_test_faults_set_read_only (PassendDatabase *database,
                                   gboolean         read_only)
{
  sqlite3 *db = _passend_database_get_handle (database);

  g_assert_cmpint (sqlite3_exec (db, read_only ? "PRAGMA query_only = 1" : "PRAGMA query_only = 0",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
}
