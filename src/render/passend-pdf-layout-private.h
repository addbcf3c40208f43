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
  PASSEND_PDF_BLOCK_TABLE,
  PASSEND_PDF_BLOCK_KEEP_BEGIN,
  PASSEND_PDF_BLOCK_KEEP_END,
  PASSEND_PDF_BLOCK_DRAWING,
} PassendPdfBlockKind;

typedef void (*PassendPdfBlockDrawFunc) (cairo_t  *cr,
                                         double    width,
                                         double    height,
                                         gpointer  user_data);

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
  double              width;   /* image, drawing: points */
  double              height;
  /* table */
  guint               n_columns;
  double             *widths;  /* n_columns relative widths */
  GStrv               header;  /* NULL: no header row */
  GPtrArray          *rows;    /* GStrv of n_columns plain texts */
  /* drawing */
  double              indent;
  gboolean            beside;  /* at the right margin, beside the next block */
  PassendPdfBlockDrawFunc draw;
  gpointer            draw_data;
  GDestroyNotify      draw_destroy;
} PassendPdfBlock;

typedef struct
{
  const char *title;
  const char *author;
  const char *footer_text;
  const char *header_text;  /* NULL: the title */
  const char *watermark;    /* NULL: none */
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
/* Draws page @index with its header, footer and watermark, without
 * outline or structure tags, so @cr may have any target. */
void             _passend_pdf_pages_draw_page   (PassendPdfPages            *pages,
                                                 cairo_t                    *cr,
                                                 PangoContext               *context,
                                                 const PassendPdfDecoration *decoration,
                                                 guint                       index);
void             _passend_pdf_pages_free        (PassendPdfPages            *pages);
/* The same as _passend_pdf_pages_draw_page(), with the footer numbering
 * the page @page_number of @n_pages: a document drawn inside a larger one
 * (the TLV dossier). */
void             _passend_pdf_pages_draw_page_numbered (PassendPdfPages            *pages,
                                                        cairo_t                    *cr,
                                                        PangoContext               *context,
                                                        const PassendPdfDecoration *decoration,
                                                        guint                       index,
                                                        guint                       page_number,
                                                        guint                       n_pages);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendPdfPages, _passend_pdf_pages_free)

/* Internals shared by the layout files (passend-pdf-layout*.c). */

#define PASSEND_PDF_FONT_FAMILY "Cantarell, DejaVu Sans, Sans"
#define PASSEND_PDF_TEXT_X      PASSEND_PDF_MARGIN
#define PASSEND_PDF_TEXT_WIDTH  (PASSEND_PDF_PAGE_WIDTH - 2 * PASSEND_PDF_MARGIN)
#define PASSEND_PDF_BODY_TOP    74.0
#define PASSEND_PDF_BODY_BOTTOM (PASSEND_PDF_PAGE_HEIGHT - 74.0)
#define PASSEND_PDF_EPSILON     0.01

typedef enum
{
  PASSEND_PDF_FRAGMENT_TEXT,
  PASSEND_PDF_FRAGMENT_IMAGE,
  PASSEND_PDF_FRAGMENT_RECT,     /* filled with rgb */
  PASSEND_PDF_FRAGMENT_LINE,     /* horizontal, from x over width, stroked with rgb */
  PASSEND_PDF_FRAGMENT_DRAWING,
} PassendPdfFragmentKind;

typedef struct
{
  PassendPdfFragmentKind kind;
  PangoLayout     *layout;
  cairo_surface_t *image;
  const PassendPdfBlock *block;  /* drawing: borrowed from the writer */
  double           width;
  double           height;
  int              first_line;
  int              n_lines;
  double           x;
  double           y;           /* top of the first line */
  double           rgb[3];
} PassendPdfFragment;

typedef struct
{
  int     level;
  char   *text;
  double  y;
} PassendPdfOutlineMark;

typedef struct
{
  GPtrArray *fragments;
  GPtrArray *marks;      /* PassendPdfOutlineMark */
} PassendPdfPage;

struct _PassendPdfPages
{
  GPtrArray *pages;      /* PassendPdfPage */
};

typedef struct
{
  PangoContext *context;
  GPtrArray    *pages;
  PassendPdfPage *page;
  double        y;
  double        gap;   /* space owed before the next block, dropped at a page top */
  /* A drawing beside the next block: its width is kept free on the right
   * and the flow continues below whichever ends lower. */
  double        side_width;
  double        side_bottom;
  guint         side_page;
} PassendPdfFlow;

PangoLayout        *_passend_pdf_create_layout   (PangoContext   *context,
                                                  const char     *font,
                                                  double          width);
void                _passend_pdf_set_layout_text (PangoLayout    *layout,
                                                  const char     *text,
                                                  gboolean        is_markup);
void                _passend_pdf_measure_lines   (PangoLayout    *layout,
                                                  GArray         *tops,
                                                  GArray         *bottoms);
double              _passend_pdf_layout_height   (PangoLayout    *layout);
void                _passend_pdf_flow_new_page   (PassendPdfFlow *flow);
gboolean            _passend_pdf_flow_page_is_empty (PassendPdfFlow *flow);
void                _passend_pdf_flow_take_gap   (PassendPdfFlow *flow);
PassendPdfFragment *_passend_pdf_flow_add_text   (PassendPdfFlow *flow,
                                                  PangoLayout    *layout,
                                                  int             first_line,
                                                  int             n_lines,
                                                  double          x,
                                                  double          y,
                                                  double          grey);
PassendPdfFragment *_passend_pdf_flow_add_shape  (PassendPdfFlow        *flow,
                                                  PassendPdfFragmentKind kind,
                                                  double                 x,
                                                  double                 y,
                                                  double                 width,
                                                  double                 height,
                                                  double                 r,
                                                  double                 g,
                                                  double                 b);

void                _passend_pdf_flow_table      (PassendPdfFlow        *flow,
                                                  const PassendPdfBlock *block);
/* The height of a table's header row and first row. */
double              _passend_pdf_table_lead_height (PassendPdfFlow        *flow,
                                                    const PassendPdfBlock *block);
void                _passend_pdf_draw_shape      (cairo_t                  *cr,
                                                  const PassendPdfFragment *fragment);

G_END_DECLS
