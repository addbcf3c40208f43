/* passend-database-verify.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-private.h"

#define BULK_TABLES_SQL \
  "SELECT name FROM sqlite_master WHERE type = 'table'" \
  " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'" \
  " AND " PASSEND_DATABASE_BULK_TABLE_MATCH \
  " ORDER BY name"

/* How many SQLite virtual machine steps pass between two looks at the
 * cancellable: often enough to stop within a few milliseconds. */
#define CANCEL_CHECK_STEPS 10000

static int
cancelled_cb (void *user_data)
{
  return g_cancellable_is_cancelled (user_data) ? 1 : 0;
}

static gboolean
verify_fail (const char  *path,
             sqlite3     *db,
             int          rc,
             GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);

  if (rc == SQLITE_INTERRUPT)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                         _("The check was cancelled."));
  else if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB)
    g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CORRUPT,
                 _("“%s” is damaged: part of the timeline, the audit log or the attachments cannot be read. "
                   "Nothing more is written to it. Restore it from a backup."),
                 name);
  else
    g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_OPEN,
                 _("“%s” could not be checked: %s"), name,
                 db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  return FALSE;
}

static gboolean
verify_bulk_tables (const char    *path,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autofree char *file_uri = g_filename_to_uri (path, NULL, error);
  g_autofree char *uri = NULL;
  sqlite3_stmt *tables = NULL;
  sqlite3 *db = NULL;
  int rc;

  if (file_uri == NULL)
    return FALSE;

  /* Read-only but not immutable: the window's connection is open and
   * writing, so this one must see its WAL and take read locks. */
  uri = g_strconcat (file_uri, "?mode=ro", NULL);
  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK)
    {
      verify_fail (path, db, rc, error);
      sqlite3_close (db);
      return FALSE;
    }

  sqlite3_busy_timeout (db, 5000);
  /* No memory map: it would make the check faster, but the app runs it
   * right after its window appears, and every page of a 180 MB file read
   * through a map counts in the app's resident memory until the map
   * goes (a peak of 250 MB with the large school, against 84 MB). */
  if (cancellable != NULL)
    sqlite3_progress_handler (db, CANCEL_CHECK_STEPS, cancelled_cb, cancellable);

  rc = sqlite3_prepare_v2 (db, BULK_TABLES_SQL, -1, &tables, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (tables)) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      gboolean ok = FALSE;

      if (!_passend_quick_check_table (db, table, &ok))
        rc = sqlite3_errcode (db);
      else if (!ok)
        rc = SQLITE_CORRUPT;
      else
        rc = SQLITE_OK;
    }
  sqlite3_finalize (tables);

  if (rc != SQLITE_DONE)
    {
      verify_fail (path, db, rc, error);
      sqlite3_close (db);
      return FALSE;
    }

  sqlite3_close (db);
  return TRUE;
}

static void
verify_bulk_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  PassendDatabase *self = source_object;
  g_autoptr(GError) error = NULL;

  if (verify_bulk_tables (task_data, cancellable, &error))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  /* Only the flag is touched from this thread; it is read atomically by
   * every write. */
  if (g_error_matches (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CORRUPT))
    g_atomic_int_set (&self->damaged, TRUE);

  g_task_return_error (task, g_steal_pointer (&error));
}

void
passend_database_verify_bulk_async (PassendDatabase     *self,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PASSEND_IS_DATABASE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, passend_database_verify_bulk_async);
  g_task_set_task_data (task, g_strdup (self->path), g_free);
  g_task_run_in_thread (task, verify_bulk_thread);
}

gboolean
passend_database_verify_bulk_finish (PassendDatabase  *self,
                                     GAsyncResult     *result,
                                     GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
passend_database_is_damaged (PassendDatabase *self)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);

  return g_atomic_int_get (&self->damaged) != 0;
}
