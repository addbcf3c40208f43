/* passend-test-damage.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "passend-test-damage.h"

#define PAGE_SIZE 4096

void
passend_test_damage_table (const char *path,
                           const char *table)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *uri = NULL;
  sqlite3_stmt *statement = NULL;
  sqlite3 *db = NULL;
  gsize length = 0;
  gint64 page_number;

  /* Immutable, so finding the page leaves no -wal or -shm behind. */
  uri = g_strconcat ("file:", path, "?immutable=1", NULL);
  g_assert_cmpint (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT pageno FROM dbstat WHERE name = ?1 AND pagetype = 'leaf' "
                                           "ORDER BY pageno LIMIT 1 OFFSET 1",
                                       -1, &statement, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (statement, 1, table, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  page_number = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  sqlite3_close (db);

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint ((gsize) page_number * PAGE_SIZE, <=, length);
  memset (contents + (page_number - 1) * PAGE_SIZE, 0x5a, PAGE_SIZE);
  g_file_set_contents (path, contents, (gssize) length, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
}
