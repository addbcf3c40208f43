/* passend-opp-pdf-async.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-opp-pdf-private.h"

/* Async: the worker gets a copy of everything. */

typedef struct
{
  PassendOppDocument   *document;
  GBytes               *logo;
  PassendOppPdfOptions  options;
  PassendOppRules       rules;
  char                 *school_signer_name;
  char                 *school_signer_role;
  char                 *school_city;
  char                 *path;
  guint                 n_pages;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_clear_pointer (&job->document, passend_opp_document_unref);
  g_clear_pointer (&job->logo, g_bytes_unref);
  g_free (job->school_signer_name);
  g_free (job->school_signer_role);
  g_free (job->school_city);
  g_free (job->path);
  g_free (job);
}

static Job *
job_new (PassendOppDocument         *document,
         GBytes                     *logo,
         const PassendOppPdfOptions *options,
         const char                 *path)
{
  Job *job = g_new0 (Job, 1);

  job->document = passend_opp_document_copy (document);
  job->logo = logo != NULL ? g_bytes_ref (logo) : NULL;
  if (options != NULL)
    job->options = *options;
  else
    passend_opp_pdf_options_init (&job->options);

  job->school_signer_name = g_strdup (job->options.school_signer_name);
  job->school_signer_role = g_strdup (job->options.school_signer_role);
  job->school_city = g_strdup (job->options.school_city);
  job->options.school_signer_name = job->school_signer_name;
  job->options.school_signer_role = job->school_signer_role;
  job->options.school_city = job->school_city;
  if (job->options.rules != NULL)
    {
      job->rules = *job->options.rules;
      job->options.rules = &job->rules;
    }
  /* "Today" is the caller's today, even when the worker runs past midnight. */
  if (job->options.today == PASSEND_DAY_NONE)
    job->options.today = passend_day_today ();
  job->path = g_strdup (path);
  return job;
}

static void
render_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  GBytes *bytes;

  bytes = passend_opp_pdf_render (job->document, job->logo, &job->options, cancellable, &error);
  if (bytes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

void
passend_opp_pdf_render_async (PassendOppDocument         *document,
                              GBytes                     *logo,
                              const PassendOppPdfOptions *options,
                              GCancellable               *cancellable,
                              GAsyncReadyCallback         callback,
                              gpointer                    user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (document != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, passend_opp_pdf_render_async);
  g_task_set_task_data (task, job_new (document, logo, options, NULL), job_free);
  g_task_run_in_thread (task, render_thread);
}

GBytes *
passend_opp_pdf_render_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == passend_opp_pdf_render_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;

  if (passend_opp_pdf_save (job->document, job->logo, &job->options, job->path,
                            &job->n_pages, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
passend_opp_pdf_save_async (PassendOppDocument         *document,
                            GBytes                     *logo,
                            const PassendOppPdfOptions *options,
                            const char                 *path,
                            GCancellable               *cancellable,
                            GAsyncReadyCallback         callback,
                            gpointer                    user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (document != NULL);
  g_return_if_fail (path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, passend_opp_pdf_save_async);
  g_task_set_task_data (task, job_new (document, logo, options, path), job_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
passend_opp_pdf_save_finish (GAsyncResult  *result,
                             guint         *n_pages,
                             GError       **error)
{
  Job *job;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == passend_opp_pdf_save_async, FALSE);

  job = g_task_get_task_data (G_TASK (result));
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  if (n_pages != NULL)
    *n_pages = job->n_pages;
  return TRUE;
}
