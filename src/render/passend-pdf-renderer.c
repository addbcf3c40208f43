/* passend-pdf-renderer.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <poppler.h>

#include "passend-pdf-renderer.h"

/* A page larger than this in pixels is refused rather than allocated:
 * a zoomed-in A0 poster would otherwise take gigabytes. */
#define MAX_PIXELS (8192 * 8192)

struct _PassendPdfRenderer
{
  GObject    parent_instance;

  GBytes    *content;
  guint      n_pages;
  double    *widths;
  double    *heights;

  /* Documents no render is using; each render takes one (or opens a new
   * one) and gives it back, so no document is used by two threads. */
  GMutex     lock;
  GPtrArray *idle_documents;
};

G_DEFINE_FINAL_TYPE (PassendPdfRenderer, passend_pdf_renderer, G_TYPE_OBJECT)

typedef struct
{
  guint  index;
  double scale;
  int    device_scale;
} RenderData;

static PopplerDocument *
take_document (PassendPdfRenderer  *self,
               GError             **error)
{
  PopplerDocument *document = NULL;

  g_mutex_lock (&self->lock);
  if (self->idle_documents->len > 0)
    document = g_ptr_array_steal_index_fast (self->idle_documents, self->idle_documents->len - 1);
  g_mutex_unlock (&self->lock);

  if (document == NULL)
    document = poppler_document_new_from_bytes (self->content, NULL, error);

  return document;
}

static void
give_document (PassendPdfRenderer *self,
               PopplerDocument    *document)
{
  g_mutex_lock (&self->lock);
  g_ptr_array_add (self->idle_documents, document);
  g_mutex_unlock (&self->lock);
}

static void
passend_pdf_renderer_finalize (GObject *object)
{
  PassendPdfRenderer *self = PASSEND_PDF_RENDERER (object);

  g_clear_pointer (&self->idle_documents, g_ptr_array_unref);
  g_clear_pointer (&self->content, g_bytes_unref);
  g_free (self->widths);
  g_free (self->heights);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (passend_pdf_renderer_parent_class)->finalize (object);
}

static void
passend_pdf_renderer_class_init (PassendPdfRendererClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = passend_pdf_renderer_finalize;
}

static void
passend_pdf_renderer_init (PassendPdfRenderer *self)
{
  g_mutex_init (&self->lock);
  self->idle_documents = g_ptr_array_new_with_free_func (g_object_unref);
}

PassendPdfRenderer *
passend_pdf_renderer_new (GBytes  *content,
                          GError **error)
{
  g_autoptr(PassendPdfRenderer) self = NULL;
  PopplerDocument *document;

  g_return_val_if_fail (content != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (PASSEND_TYPE_PDF_RENDERER, NULL);
  self->content = g_bytes_ref (content);

  document = take_document (self, error);
  if (document == NULL)
    return NULL;

  self->n_pages = MAX (poppler_document_get_n_pages (document), 0);
  self->widths = g_new0 (double, MAX (self->n_pages, 1));
  self->heights = g_new0 (double, MAX (self->n_pages, 1));
  for (guint i = 0; i < self->n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);

      /* poppler-glib 22.12 has no autoptr for its types. */
      if (page != NULL)
        {
          poppler_page_get_size (page, &self->widths[i], &self->heights[i]);
          g_object_unref (page);
        }
    }

  give_document (self, document);
  return g_steal_pointer (&self);
}

guint
passend_pdf_renderer_get_n_pages (PassendPdfRenderer *self)
{
  g_return_val_if_fail (PASSEND_IS_PDF_RENDERER (self), 0);

  return self->n_pages;
}

void
passend_pdf_renderer_get_page_size (PassendPdfRenderer *self,
                                    guint               index,
                                    double             *width,
                                    double             *height)
{
  g_return_if_fail (PASSEND_IS_PDF_RENDERER (self));
  g_return_if_fail (index < self->n_pages);

  if (width != NULL)
    *width = self->widths[index];
  if (height != NULL)
    *height = self->heights[index];
}

static cairo_surface_t *
render_with (PopplerDocument  *document,
             guint             index,
             double            width_pt,
             double            height_pt,
             double            scale,
             int               device_scale,
             GError          **error)
{
  PopplerPage *page = poppler_document_get_page (document, index);
  cairo_surface_t *surface;
  cairo_t *cr;
  int width = MAX (1, (int) (width_pt * scale * device_scale + 0.5));
  int height = MAX (1, (int) (height_pt * scale * device_scale + 0.5));

  if (page == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Page %u of the document cannot be read."), index + 1);
      return NULL;
    }

  if ((gint64) width * height > MAX_PIXELS)
    {
      g_object_unref (page);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                           _("The page is too large to show at this zoom level."));
      return NULL;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  cairo_scale (cr, scale * device_scale, scale * device_scale);
  poppler_page_render (page, cr);
  g_object_unref (page);

  /* A PDF page may be transparent: put white paper behind the ink. */
  cairo_set_operator (cr, CAIRO_OPERATOR_DEST_OVER);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_destroy (cr);

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return NULL;
    }

  cairo_surface_set_device_scale (surface, device_scale, device_scale);
  return surface;
}

cairo_surface_t *
passend_pdf_renderer_render_page (PassendPdfRenderer  *self,
                                  guint                index,
                                  double               scale,
                                  int                  device_scale,
                                  GCancellable        *cancellable,
                                  GError             **error)
{
  PopplerDocument *document;
  cairo_surface_t *surface;

  g_return_val_if_fail (PASSEND_IS_PDF_RENDERER (self), NULL);
  g_return_val_if_fail (scale > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (index >= self->n_pages)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The document has no page %u."), index + 1);
      return NULL;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  document = take_document (self, error);
  if (document == NULL)
    return NULL;

  surface = render_with (document, index, self->widths[index], self->heights[index],
                         scale, MAX (device_scale, 1), error);
  give_document (self, document);

  if (surface != NULL && g_cancellable_set_error_if_cancelled (cancellable, error))
    g_clear_pointer (&surface, cairo_surface_destroy);

  return surface;
}

static void
render_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  PassendPdfRenderer *self = source_object;
  RenderData *data = task_data;
  GError *error = NULL;
  cairo_surface_t *surface;

  surface = passend_pdf_renderer_render_page (self, data->index, data->scale,
                                              data->device_scale, cancellable, &error);
  if (surface == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, surface, (GDestroyNotify) cairo_surface_destroy);
}

void
passend_pdf_renderer_render_page_async (PassendPdfRenderer  *self,
                                        guint                index,
                                        double               scale,
                                        int                  device_scale,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  RenderData *data;

  g_return_if_fail (PASSEND_IS_PDF_RENDERER (self));
  g_return_if_fail (scale > 0);

  data = g_new0 (RenderData, 1);
  data->index = index;
  data->scale = scale;
  data->device_scale = device_scale;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, passend_pdf_renderer_render_page_async);
  g_task_set_task_data (task, data, g_free);
  g_task_run_in_thread (task, render_thread);
}

cairo_surface_t *
passend_pdf_renderer_render_page_finish (PassendPdfRenderer  *self,
                                         GAsyncResult        *result,
                                         GError             **error)
{
  g_return_val_if_fail (PASSEND_IS_PDF_RENDERER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
