/* passend-pdf-renderer.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

#define PASSEND_TYPE_PDF_RENDERER (passend_pdf_renderer_get_type ())

G_DECLARE_FINAL_TYPE (PassendPdfRenderer, passend_pdf_renderer, PASSEND, PDF_RENDERER, GObject)

/* Renders the pages of a PDF held in memory. A PopplerDocument is not
 * thread-safe, so every render borrows a document of its own from a small
 * pool (one is opened per thread that renders at the same time); the
 * renderer itself may be used from any thread. */

/* Opens @content and reads its page count and sizes; NULL with a
 * POPPLER_ERROR when it does not open. */
PassendPdfRenderer *passend_pdf_renderer_new               (GBytes              *content,
                                                            GError             **error);
guint               passend_pdf_renderer_get_n_pages       (PassendPdfRenderer  *self);
/* The size of page @index in points. */
void                passend_pdf_renderer_get_page_size     (PassendPdfRenderer  *self,
                                                            guint                index,
                                                            double              *width,
                                                            double              *height);

/* An ARGB32 image of page @index, @scale pixels per point, on white paper;
 * a device scale above 1 (HiDPI) multiplies the pixels and is set on the
 * surface. */
cairo_surface_t    *passend_pdf_renderer_render_page       (PassendPdfRenderer  *self,
                                                            guint                index,
                                                            double               scale,
                                                            int                  device_scale,
                                                            GCancellable        *cancellable,
                                                            GError             **error);
/* The same on a worker thread. */
void                passend_pdf_renderer_render_page_async (PassendPdfRenderer  *self,
                                                            guint                index,
                                                            double               scale,
                                                            int                  device_scale,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
cairo_surface_t    *passend_pdf_renderer_render_page_finish (PassendPdfRenderer *self,
                                                             GAsyncResult       *result,
                                                             GError            **error);

G_END_DECLS
