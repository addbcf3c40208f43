/* passend-database-backup-create.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "passend-database-backup-private.h"
#include "passend-database-private.h"

/* <name without extension>-YYYY-MM-DD-HHMMSS[-N].passend-backup: sorted by
 * name is sorted by time, and a coordinator can read it. */
static char *
backup_name (const char *database_path,
             GDateTime  *when,
             guint       attempt)
{
  g_autofree char *base = g_path_get_basename (database_path);
  g_autofree char *stamp = NULL;
  g_autoptr(GDateTime) local = g_date_time_to_local (when);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';

  stamp = g_date_time_format (local, "%Y-%m-%d-%H%M%S");
  if (attempt == 0)
    return g_strdup_printf ("%s-%s%s", base, stamp, PASSEND_BACKUP_SUFFIX);
  return g_strdup_printf ("%s-%s-%u%s", base, stamp, attempt + 1, PASSEND_BACKUP_SUFFIX);
}

/* Copies into a hidden temporary name, checks the copy, and only then
 * gives it its final name: a file with that name is always a good one. */
static char *
make_backup (sqlite3                   *source,
             const char                *database_path,
             const char                *folder,
             GDateTime                 *when,
             PassendBackupProgressFunc  progress,
             gpointer                   progress_data,
             GCancellable              *cancellable,
             GError                   **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *path = NULL;
  g_autofree char *temp_path = NULL;
  g_autofree char *temp_name = NULL;
  g_autoptr(GError) check_error = NULL;
  gboolean is_archive = FALSE;

  if (when == NULL)
    when = now = g_date_time_new_now_local ();

  if (!_passend_backup_make_folder (folder, error))
    return NULL;

  for (guint attempt = 0; path == NULL || g_file_test (path, G_FILE_TEST_EXISTS); attempt++)
    {
      g_autofree char *name = backup_name (database_path, when, attempt);

      g_free (path);
      path = g_build_filename (folder, name, NULL);
    }

  temp_name = g_strdup_printf (".%s.partial", strrchr (path, G_DIR_SEPARATOR) + 1);
  temp_path = g_build_filename (folder, temp_name, NULL);
  /* Left over from a backup that was cut off (a crash, a power cut). */
  g_unlink (temp_path);

  if (!_passend_backup_copy (source, temp_path, progress, progress_data, cancellable, error))
    return NULL;

  if (!_passend_backup_check (temp_path, &is_archive, NULL, &check_error))
    {
      g_unlink (temp_path);
      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CORRUPT,
                   _("The backup did not pass its check and was deleted: %s"), check_error->message);
      return NULL;
    }

  if (g_rename (temp_path, path) != 0)
    {
      int saved_errno = errno;
      g_autofree char *name = g_filename_display_name (path);

      g_unlink (temp_path);
      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_FAILED,
                   _("The backup “%s” could not be saved: %s"), name, g_strerror (saved_errno));
      return NULL;
    }

  /* The rename itself must survive a power cut. */
  if (!_passend_backup_sync_path (folder, error))
    return NULL;

  g_debug ("Backup written");
  return g_steal_pointer (&path);
}

char *
passend_backup_create (const char                  *database_path,
                       const char                  *folder,
                       GDateTime                   *when,
                       const PassendBackupRotation *rotation,
                       PassendBackupProgressFunc    progress,
                       gpointer                     progress_data,
                       GCancellable                *cancellable,
                       GError                     **error)
{
  g_autofree char *absolute = NULL;
  g_autofree char *default_folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) rotate_error = NULL;
  sqlite3 *source;

  g_return_val_if_fail (database_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  absolute = g_canonicalize_filename (database_path, NULL);
  if (folder == NULL)
    folder = default_folder = passend_backup_get_folder (absolute);

  source = _passend_backup_open_source (absolute, error);
  if (source == NULL)
    return NULL;

  path = make_backup (source, absolute, folder, when, progress, progress_data, cancellable, error);
  _passend_backup_close_source (source);
  if (path == NULL)
    return NULL;

  /* The new backup is made and good; an old one that cannot be removed
   * is no reason to report the backup as failed. */
  if (rotation != NULL && passend_backup_rotate (folder, rotation, &rotate_error) < 0)
    g_warning ("Rotating the backups failed: %s", rotate_error->message);

  return g_steal_pointer (&path);
}

/* The migration hook: the connection is the one opening the file, in
 * this thread, so the copy is made through it. */
gboolean
_passend_database_backup_before_migration (PassendDatabase  *self,
                                           GError          **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);

  folder = passend_backup_get_folder (self->path);
  path = make_backup (self->db, self->path, folder, NULL, NULL, NULL, NULL, &local_error);
  if (path == NULL)
    {
      g_autofree char *name = g_filename_display_name (self->path);

      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_MIGRATION,
                   _("“%s” was not updated to this version of Passend, because a backup could not be made first (%s). "
                     "The file was not changed."),
                   name, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* In a thread */

typedef struct
{
  char                     *database_path;
  PassendBackupRotation     rotation;
  gboolean                  rotate;
  PassendBackupProgressFunc progress;
  gpointer                  progress_data;
  GMainContext             *context;
  GTask                    *task;
  int                       last_percent;
} CreateJob;

typedef struct
{
  GTask                    *task;
  PassendBackupProgressFunc progress;
  gpointer                  progress_data;
  double                    fraction;
} ProgressUpdate;

static void
create_job_free (gpointer data)
{
  CreateJob *job = data;

  g_free (job->database_path);
  g_main_context_unref (job->context);
  g_free (job);
}

static void
progress_update_free (gpointer data)
{
  ProgressUpdate *update = data;

  g_object_unref (update->task);
  g_free (update);
}

static gboolean
progress_update_cb (gpointer data)
{
  ProgressUpdate *update = data;

  /* An update that arrives after the result is for nobody: the caller
   * may be gone. */
  if (!g_task_get_completed (update->task))
    update->progress (update->fraction, update->progress_data);
  return G_SOURCE_REMOVE;
}

static void
thread_progress_cb (double   fraction,
                    gpointer user_data)
{
  CreateJob *job = user_data;
  ProgressUpdate *update;
  int percent = (int) (fraction * 100);

  /* At most a hundred updates, whatever the size of the file. */
  if (job->progress == NULL || percent == job->last_percent)
    return;
  job->last_percent = percent;

  update = g_new0 (ProgressUpdate, 1);
  update->task = g_object_ref (job->task);
  update->progress = job->progress;
  update->progress_data = job->progress_data;
  update->fraction = fraction;
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, progress_update_cb, update, progress_update_free);
}

static void
create_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  CreateJob *job = task_data;
  g_autoptr(GError) error = NULL;
  char *path;

  path = passend_backup_create (job->database_path, NULL, NULL,
                                job->rotate ? &job->rotation : NULL,
                                thread_progress_cb, job, cancellable, &error);
  if (path == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, path, g_free);
}

void
passend_backup_create_async (const char                  *database_path,
                             const PassendBackupRotation *rotation,
                             PassendBackupProgressFunc    progress,
                             gpointer                     progress_data,
                             GCancellable                *cancellable,
                             GAsyncReadyCallback          callback,
                             gpointer                     user_data)
{
  g_autoptr(GTask) task = NULL;
  CreateJob *job;

  g_return_if_fail (database_path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  job = g_new0 (CreateJob, 1);
  job->database_path = g_strdup (database_path);
  job->rotate = rotation != NULL;
  if (rotation != NULL)
    job->rotation = *rotation;
  job->progress = progress;
  job->progress_data = progress_data;
  job->context = g_main_context_ref_thread_default ();
  job->last_percent = -1;

  task = g_task_new (NULL, cancellable, callback, user_data);
  job->task = task;
  g_task_set_source_tag (task, passend_backup_create_async);
  g_task_set_task_data (task, job, create_job_free);
  g_task_run_in_thread (task, create_thread);
}

char *
passend_backup_create_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
