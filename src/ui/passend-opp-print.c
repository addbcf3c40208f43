/* passend-opp-print.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-opp-print.h"

/* The writer lays the document out once, against the same metrics as the
 * PDF, and draws each page into the printer's cairo context: the printed
 * pages break exactly where the exported PDF does. */

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PassendPdfWriter  *writer)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double scale;

  /* Shrink to fit on smaller paper (Letter), never enlarge: the page has
   * margins of its own that stay clear of a printer's hard margins. */
  scale = MIN (1.0, MIN (width / PASSEND_PDF_PAGE_WIDTH, height / PASSEND_PDF_PAGE_HEIGHT));

  cairo_save (cr);
  cairo_translate (cr,
                   (width - PASSEND_PDF_PAGE_WIDTH * scale) / 2,
                   (height - PASSEND_PDF_PAGE_HEIGHT * scale) / 2);
  cairo_scale (cr, scale, scale);
  passend_pdf_writer_draw_page (writer, cr, (guint) page_nr);
  cairo_restore (cr);
}

GtkPrintOperation *
passend_opp_print_operation_new (PassendOppDocument         *document,
                                 GBytes                     *logo,
                                 const PassendOppPdfOptions *options,
                                 GError                    **error)
{
  g_autoptr(PassendPdfWriter) writer = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPaperSize) paper = NULL;
  g_autofree char *job_name = NULL;
  guint n_pages;

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  writer = passend_opp_pdf_build (document, logo, options, error);
  if (writer == NULL)
    return NULL;
  n_pages = passend_pdf_writer_paginate (writer, NULL, error);
  if (n_pages == 0)
    return NULL;

  operation = gtk_print_operation_new ();
  paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  setup = gtk_page_setup_new ();
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_n_pages (operation, (int) n_pages);
  gtk_print_operation_set_embed_page_setup (operation, FALSE);

  job_name = passend_opp_pdf_suggest_file_name (document);
  gtk_print_operation_set_job_name (operation, job_name);

  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_page_cb),
                         g_steal_pointer (&writer), (GClosureNotify) (void (*) (void)) g_object_unref, 0);

  return g_steal_pointer (&operation);
}

static void
finish (GTask                   *task,
        GtkPrintOperation       *operation,
        GtkPrintOperationResult  result)
{
  GError *error = NULL;

  /* "done" and the return of run() can both report the end. */
  if (g_task_get_completed (task) || g_object_get_data (G_OBJECT (task), "finished") != NULL)
    return;
  g_object_set_data (G_OBJECT (task), "finished", GINT_TO_POINTER (1));

  switch (result)
    {
    case GTK_PRINT_OPERATION_RESULT_ERROR:
      gtk_print_operation_get_error (operation, &error);
      if (error == NULL)
        error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, _("The document could not be printed."));
      g_task_return_error (task, error);
      break;
    case GTK_PRINT_OPERATION_RESULT_APPLY:
      g_task_return_boolean (task, TRUE);
      break;
    case GTK_PRINT_OPERATION_RESULT_CANCEL:
    case GTK_PRINT_OPERATION_RESULT_IN_PROGRESS:
    default:
      g_task_return_boolean (task, FALSE);
      break;
    }
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         GTask                   *task)
{
  finish (task, operation, result);
}

void
passend_opp_print_async (GtkWindow                  *parent,
                         PassendOppDocument         *document,
                         GBytes                     *logo,
                         const PassendOppPdfOptions *options,
                         GCancellable               *cancellable,
                         GAsyncReadyCallback         callback,
                         gpointer                    user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult result;
  GError *error = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (document != NULL);

  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, passend_opp_print_async);

  operation = passend_opp_print_operation_new (document, logo, options, &error);
  if (operation == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_data (operation, "done", G_CALLBACK (done_cb),
                         g_object_ref (task), (GClosureNotify) (void (*) (void)) g_object_unref, 0);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, NULL);
  if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    finish (task, operation, result);
}

gboolean
passend_opp_print_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == passend_opp_print_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
