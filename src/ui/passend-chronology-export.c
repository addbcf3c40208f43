/* passend-chronology-export.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "passend-chronology-export.h"
#include "passend-database.h"

typedef void (*StepFunc) (double   fraction,
                          gpointer data);

typedef struct
{
  char                     *database_path;
  gint64                    student_id;
  PassendChronologyOptions  options;
  char                     *output;
  PassendChronologyProgress progress;
  gpointer                  progress_data;
  GMainContext             *context;
  GTask                    *task;    /* unowned: alive while the worker runs */
  guint                     n_entries;
  guint                     n_pages;
} ExportData;

typedef struct
{
  GTask                    *task;
  PassendChronologyProgress progress;
  gpointer                  progress_data;
  double                    fraction;
} ProgressReport;

static void
progress_report_free (gpointer data)
{
  ProgressReport *report = data;

  g_object_unref (report->task);
  g_free (report);
}

static void
export_data_free (gpointer data)
{
  ExportData *export = data;

  g_free (export->database_path);
  g_free (export->output);
  g_clear_pointer (&export->context, g_main_context_unref);
  g_free (export);
}

static gboolean
deliver_progress (gpointer data)
{
  ProgressReport *report = data;

  /* After the callback ran, @progress_data may be gone. */
  if (!g_task_get_completed (report->task))
    report->progress (report->fraction, report->progress_data);
  return G_SOURCE_REMOVE;
}

/* Runs in the worker: hands the fraction to the caller's main context. */
static void
report_step (double   fraction,
             gpointer data)
{
  ExportData *export = data;
  ProgressReport *report;

  if (export == NULL || export->progress == NULL)
    return;

  report = g_new0 (ProgressReport, 1);
  report->task = g_object_ref (export->task);
  report->progress = export->progress;
  report->progress_data = export->progress_data;
  report->fraction = fraction;
  g_main_context_invoke_full (export->context, G_PRIORITY_DEFAULT, deliver_progress, report, progress_report_free);
}

static gboolean
export_with_steps (const char                     *database_path,
                   gint64                          student_id,
                   const PassendChronologyOptions *options,
                   const char                     *output,
                   guint                          *n_entries,
                   guint                          *n_pages,
                   StepFunc                        step,
                   gpointer                        step_data,
                   GCancellable                   *cancellable,
                   GError                        **error)
{
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(PassendSchool) school = NULL;
  g_autoptr(PassendStudent) student = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GBytes) logo = NULL;
  g_autoptr(PassendPdfWriter) writer = NULL;
  guint count = 0;

  /* A worker has its own connection: SQLite connections are not shared
   * between threads, and WAL lets the window keep reading meanwhile. */
  database = passend_database_open (database_path, error);
  if (database == NULL)
    return FALSE;
  step (0.1, step_data);

  if ((school = passend_database_get_school (database, error)) == NULL ||
      (student = passend_database_get_student (database, student_id, error)) == NULL ||
      (entries = passend_database_list_timeline (database, student_id, error)) == NULL)
    return FALSE;
  logo = passend_database_get_school_logo (database, NULL, error);
  if (logo == NULL && error != NULL && *error != NULL)
    return FALSE;
  step (0.3, step_data);

  writer = passend_chronology_build (school, logo, student, entries, options, passend_day_today (),
                                     &count, cancellable, error);
  if (writer == NULL)
    return FALSE;
  step (0.4, step_data);

  if (!passend_pdf_writer_save (writer, output, cancellable, error))
    return FALSE;
  step (0.95, step_data);

  /* No export without its audit row (who, when, how many entries): a
   * document that cannot be accounted for is taken back. */
  if (!passend_database_log_export (database, "timeline", count, error))
    {
      g_unlink (output);
      return FALSE;
    }
  step (1.0, step_data);

  g_debug ("Chronology of student %" G_GINT64_FORMAT ": %u entries", student_id, count);
  if (n_entries != NULL)
    *n_entries = count;
  if (n_pages != NULL)
    *n_pages = passend_pdf_writer_get_n_pages (writer);
  return TRUE;
}

static void
ignore_step (double   fraction,
             gpointer data)
{
}

gboolean
passend_chronology_export (const char                     *database_path,
                           gint64                          student_id,
                           const PassendChronologyOptions *options,
                           const char                     *output,
                           guint                          *n_entries,
                           guint                          *n_pages,
                           GCancellable                   *cancellable,
                           GError                        **error)
{
  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (output != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return export_with_steps (database_path, student_id, options, output, n_entries, n_pages,
                            ignore_step, NULL, cancellable, error);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *export = task_data;
  GError *error = NULL;

  export->task = task;
  if (export_with_steps (export->database_path, export->student_id, &export->options,
                         export->output, &export->n_entries, &export->n_pages,
                         report_step, export, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
passend_chronology_export_async (const char                     *database_path,
                                 gint64                          student_id,
                                 const PassendChronologyOptions *options,
                                 const char                     *output,
                                 GCancellable                   *cancellable,
                                 PassendChronologyProgress       progress,
                                 gpointer                        progress_data,
                                 GAsyncReadyCallback             callback,
                                 gpointer                        user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *export;

  g_return_if_fail (database_path != NULL);
  g_return_if_fail (options != NULL);
  g_return_if_fail (output != NULL);

  export = g_new0 (ExportData, 1);
  export->database_path = g_strdup (database_path);
  export->student_id = student_id;
  export->options = *options;
  export->output = g_strdup (output);
  export->progress = progress;
  export->progress_data = progress_data;
  export->context = g_main_context_ref_thread_default ();

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, passend_chronology_export_async);
  g_task_set_task_data (task, export, export_data_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
passend_chronology_export_finish (GAsyncResult  *result,
                                  guint         *n_entries,
                                  guint         *n_pages,
                                  GError       **error)
{
  ExportData *export;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  export = g_task_get_task_data (G_TASK (result));
  if (n_entries != NULL)
    *n_entries = export->n_entries;
  if (n_pages != NULL)
    *n_pages = export->n_pages;
  return TRUE;
}
