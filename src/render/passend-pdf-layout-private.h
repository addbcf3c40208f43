/* passend-pdf-layout-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

typedef enum
{
  PASSEND_PDF_BLOCK_HEADING,
  PASSEND_PDF_BLOCK_PARAGRAPH,
  PASSEND_PDF_BLOCK_KEY_VALUES,
  PASSEND_PDF_BLOCK_SPACE,
  PASSEND_PDF_BLOCK_PAGE_BREAK,
  PASSEND_PDF_BLOCK_IMAGE,
} PassendPdfBlockKind;

/* One item of the flowing content, already sanitised. */
typedef struct
{
  PassendPdfBlockKind kind;
  int                 level;   /* heading: 1 or 2 */
  double              space;   /* space: points */
  char               *text;    /* heading: plain text; paragraph: valid markup */
  GStrv               keys;    /* key-values: plain text, same length */
  GStrv               values;
  cairo_surface_t    *image;   /* image: decoded, drawn at width × height points */
  double              width;
  double              height;
} PassendPdfBlock;

typedef struct
{
  const char *title;
  const char *author;
  const char *footer_text;
} PassendPdfDecoration;

/* The measured document: every page's fragments, ready to draw. */
typedef struct _PassendPdfPages PassendPdfPages;

char            *_passend_pdf_sanitize          (const char                 *text,
                                                 gboolean                    keep_newlines);
void             _passend_pdf_block_free        (gpointer                    block);

PassendPdfPages *_passend_pdf_paginate          (PangoContext               *context,
                                                 GPtrArray                  *blocks,
                                                 GCancellable               *cancellable,
                                                 GError                    **error);
guint            _passend_pdf_pages_get_n_pages (PassendPdfPages            *pages);
/* Draws every page, with header, footer and outline, onto @cr, whose
 * target is a cairo PDF surface; @context must be the one used to
 * paginate. */
gboolean         _passend_pdf_pages_draw        (PassendPdfPages            *pages,
                                                 cairo_t                    *cr,
                                                 PangoContext               *context,
                                                 const PassendPdfDecoration *decoration,
                                                 GCancellable               *cancellable,
                                                 GError                    **error);
void             _passend_pdf_pages_free        (PassendPdfPages            *pages);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendPdfPages, _passend_pdf_pages_free)

G_END_DECLS
