/* passend-pdf-writer-blocks.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>

#include "passend-pdf-writer-private.h"

/* Tables, keep-together groups, drawings */

void
passend_pdf_writer_begin_table (PassendPdfWriter *self,
                                guint             n_columns,
                                const double     *widths)
{
  PassendPdfBlock *block;

  g_return_if_fail (PASSEND_IS_PDF_WRITER (self));
  g_return_if_fail (n_columns >= 1 && n_columns <= 12);

  block = g_new0 (PassendPdfBlock, 1);
  block->kind = PASSEND_PDF_BLOCK_TABLE;
  block->n_columns = n_columns;
  block->widths = g_new (double, n_columns);
  for (guint c = 0; c < n_columns; c++)
    block->widths[c] = widths != NULL && widths[c] > 0 ? widths[c] : 1.0;
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  _passend_pdf_writer_add_block (self, block);
  self->open_table = block;
}

static GStrv
sanitize_cells (const char * const *cells,
                guint               n_columns)
{
  GStrv row = g_new0 (char *, n_columns + 1);

  for (guint c = 0; c < n_columns; c++)
    row[c] = _passend_pdf_sanitize (cells[c] != NULL ? cells[c] : "", TRUE);
  return row;
}

void
passend_pdf_writer_add_table_header (PassendPdfWriter   *self,
                                     const char * const *cells)
{
  g_return_if_fail (PASSEND_IS_PDF_WRITER (self));
  g_return_if_fail (self->open_table != NULL);
  g_return_if_fail (self->open_table->header == NULL && self->open_table->rows->len == 0);
  g_return_if_fail (cells != NULL);

  _passend_pdf_writer_drop_pages (self);
  self->open_table->header = sanitize_cells (cells, self->open_table->n_columns);
}

void
passend_pdf_writer_add_table_row (PassendPdfWriter   *self,
                                  const char * const *cells)
{
  g_return_if_fail (PASSEND_IS_PDF_WRITER (self));
  g_return_if_fail (self->open_table != NULL);
  g_return_if_fail (cells != NULL);

  _passend_pdf_writer_drop_pages (self);
  g_ptr_array_add (self->open_table->rows, sanitize_cells (cells, self->open_table->n_columns));
}

void
passend_pdf_writer_end_table (PassendPdfWriter *self)
{
  g_return_if_fail (PASSEND_IS_PDF_WRITER (self));

  self->open_table = NULL;
}

static void
add_marker (PassendPdfWriter    *self,
            PassendPdfBlockKind  kind)
{
  PassendPdfBlock *block = g_new0 (PassendPdfBlock, 1);

  block->kind = kind;
  _passend_pdf_writer_add_block (self, block);
}

void
passend_pdf_writer_begin_keep_together (PassendPdfWriter *self)
{
  g_return_if_fail (PASSEND_IS_PDF_WRITER (self));
  g_return_if_fail (!self->keeping);

  self->keeping = TRUE;
  add_marker (self, PASSEND_PDF_BLOCK_KEEP_BEGIN);
}

void
passend_pdf_writer_end_keep_together (PassendPdfWriter *self)
{
  g_return_if_fail (PASSEND_IS_PDF_WRITER (self));
  g_return_if_fail (self->keeping);

  self->keeping = FALSE;
  add_marker (self, PASSEND_PDF_BLOCK_KEEP_END);
}

void
passend_pdf_writer_add_drawing (PassendPdfWriter   *self,
                                double              indent,
                                double              width,
                                double              height,
                                PassendPdfDrawFunc  draw,
                                gpointer            user_data,
                                GDestroyNotify      destroy)
{
  PassendPdfBlock *block;

  g_return_if_fail (PASSEND_IS_PDF_WRITER (self));
  g_return_if_fail (draw != NULL);
  g_return_if_fail (indent >= 0 && width > 0 && height > 0);
  g_return_if_fail (indent + width <= PASSEND_PDF_PAGE_WIDTH - PASSEND_PDF_MARGIN);
  g_return_if_fail (height <= PASSEND_PDF_PAGE_HEIGHT / 2);

  block = g_new0 (PassendPdfBlock, 1);
  block->kind = PASSEND_PDF_BLOCK_DRAWING;
  block->indent = indent;
  block->width = width;
  block->height = height;
  block->draw = draw;
  block->draw_data = user_data;
  block->draw_destroy = destroy;
  _passend_pdf_writer_add_block (self, block);
}

void
passend_pdf_writer_add_drawing_beside (PassendPdfWriter   *self,
                                       double              width,
                                       double              height,
                                       PassendPdfDrawFunc  draw,
                                       gpointer            user_data,
                                       GDestroyNotify      destroy)
{
  PassendPdfBlock *block;

  g_return_if_fail (PASSEND_IS_PDF_WRITER (self));
  g_return_if_fail (width > 0 && width <= (PASSEND_PDF_PAGE_WIDTH - 2 * PASSEND_PDF_MARGIN) / 2);

  passend_pdf_writer_add_drawing (self, 0, width, height, draw, user_data, destroy);
  block = g_ptr_array_index (self->blocks, self->blocks->len - 1);
  block->beside = TRUE;
}

void
passend_pdf_writer_set_key_width (PassendPdfWriter *self,
                                  double            points)
{
  g_return_if_fail (PASSEND_IS_PDF_WRITER (self));
  g_return_if_fail (points >= 0);

  self->key_width = points;
}

/* Drawing into other targets: print and preview */

static cairo_status_t
discard (void                *closure,
         const unsigned char *data,
         unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

guint
passend_pdf_writer_paginate (PassendPdfWriter  *self,
                             GCancellable      *cancellable,
                             GError           **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (PASSEND_IS_PDF_WRITER (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  _passend_pdf_writer_drop_pages (self);

  /* Measured against a PDF surface, so a print or a preview breaks its
   * pages exactly where the saved document does. */
  surface = cairo_pdf_surface_create_for_stream (discard, NULL,
                                                 PASSEND_PDF_PAGE_WIDTH, PASSEND_PDF_PAGE_HEIGHT);
  cr = cairo_create (surface);
  cairo_surface_destroy (surface);
  self->context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (self->context, 72);
  cairo_destroy (cr);

  self->pages = _passend_pdf_paginate (self->context, self->blocks, cancellable, error);
  if (self->pages == NULL)
    {
      g_clear_object (&self->context);
      return 0;
    }

  return _passend_pdf_pages_get_n_pages (self->pages);
}

void
passend_pdf_writer_draw_page (PassendPdfWriter *self,
                              cairo_t          *cr,
                              guint             index)
{
  PassendPdfDecoration decoration = { self->title, self->author, self->footer_text,
                                      self->header_text, self->watermark };

  g_return_if_fail (PASSEND_IS_PDF_WRITER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (self->pages != NULL);
  g_return_if_fail (index < _passend_pdf_pages_get_n_pages (self->pages));

  cairo_save (cr);
  _passend_pdf_pages_draw_page (self->pages, cr, self->context, &decoration, index);
  cairo_restore (cr);
}
