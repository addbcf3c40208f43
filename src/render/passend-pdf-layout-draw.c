/* passend-pdf-layout-draw.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <math.h>

#include "passend-pdf-layout-private.h"
#include "passend-pdf-writer.h"

/* Drawing the measured pages: the fragments, and around them the running
 * header, the footer with "pagina X van Y", the watermark and, on a PDF,
 * the outline. */

#define MARGIN_FONT      PASSEND_PDF_FONT_FAMILY " 8"
#define WATERMARK_FONT   PASSEND_PDF_FONT_FAMILY " Bold 110"
#define TEXT_X           PASSEND_PDF_TEXT_X
#define TEXT_WIDTH       PASSEND_PDF_TEXT_WIDTH
#define HEADER_Y         34.0
#define FOOTER_Y         (PASSEND_PDF_PAGE_HEIGHT - 56.0)
#define RULE_GAP         5.0
#define COLUMN_GAP       12.0

typedef PassendPdfFragment Fragment;
typedef PassendPdfPage Page;
typedef PassendPdfOutlineMark OutlineMark;

static void
draw_image (cairo_t        *cr,
            const Fragment *fragment)
{
  double scale_x = fragment->width / cairo_image_surface_get_width (fragment->image);
  double scale_y = fragment->height / cairo_image_surface_get_height (fragment->image);

  cairo_save (cr);
  cairo_translate (cr, fragment->x, fragment->y);
  cairo_scale (cr, scale_x, scale_y);
  cairo_set_source_surface (cr, fragment->image, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
}

static void
draw_fragment (cairo_t        *cr,
               const Fragment *fragment)
{
  g_autoptr(PangoLayoutIter) iter = NULL;
  int top = 0;

  switch (fragment->kind)
    {
    case PASSEND_PDF_FRAGMENT_TEXT:
      break;
    case PASSEND_PDF_FRAGMENT_IMAGE:
      draw_image (cr, fragment);
      return;
    case PASSEND_PDF_FRAGMENT_RECT:
    case PASSEND_PDF_FRAGMENT_LINE:
      _passend_pdf_draw_shape (cr, fragment);
      return;
    case PASSEND_PDF_FRAGMENT_DRAWING:
      cairo_save (cr);
      cairo_translate (cr, fragment->x, fragment->y);
      cairo_rectangle (cr, 0, 0, fragment->width, fragment->height);
      cairo_clip (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      fragment->block->draw (cr, fragment->width, fragment->height, fragment->block->draw_data);
      cairo_restore (cr);
      return;
    default:
      g_assert_not_reached ();
    }

  iter = pango_layout_get_iter (fragment->layout);
  for (int i = 0; i < fragment->first_line; i++)
    pango_layout_iter_next_line (iter);

  pango_layout_iter_get_line_yrange (iter, &top, NULL);
  cairo_set_source_rgb (cr, fragment->rgb[0], fragment->rgb[1], fragment->rgb[2]);

  for (int i = 0; i < fragment->n_lines; i++)
    {
      PangoRectangle logical;
      int baseline = pango_layout_iter_get_baseline (iter);

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      cairo_move_to (cr,
                     fragment->x + (double) logical.x / PANGO_SCALE,
                     fragment->y + (double) (baseline - top) / PANGO_SCALE);
      pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));

      if (!pango_layout_iter_next_line (iter))
        break;
    }
}

static PangoLayout *
create_margin_layout (PangoContext *context,
                      const char   *text,
                      double        width,
                      int          max_lines)
{
  PangoLayout *layout = _passend_pdf_create_layout (context, MARGIN_FONT, width);
  g_autofree char *clean = _passend_pdf_sanitize (text, FALSE);

  pango_layout_set_line_spacing (layout, 0);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -max_lines);
  _passend_pdf_set_layout_text (layout, clean, FALSE);
  return layout;
}

static double
natural_width (PangoContext *context,
               const char   *text)
{
  g_autoptr(PangoLayout) layout = create_margin_layout (context, text, -1, 1);
  int width;

  pango_layout_set_width (layout, -1);
  pango_layout_get_size (layout, &width, NULL);
  return ceil ((double) width / PANGO_SCALE);
}

static void
draw_rule (cairo_t *cr,
           double   y)
{
  cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, TEXT_X, y);
  cairo_line_to (cr, TEXT_X + TEXT_WIDTH, y);
  cairo_stroke (cr);
}

static void
draw_header (cairo_t                    *cr,
             PangoContext               *context,
             const PassendPdfDecoration *decoration)
{
  const char *left = decoration->author != NULL ? decoration->author : "";
  const char *right = decoration->header_text != NULL ? decoration->header_text
                      : decoration->title != NULL ? decoration->title : "";
  double room = TEXT_WIDTH - COLUMN_GAP;
  double left_width;
  double right_width;
  g_autoptr(PangoLayout) left_layout = NULL;
  g_autoptr(PangoLayout) right_layout = NULL;

  /* Each side gets what it needs, and half the line when both are long. */
  left_width = MIN (natural_width (context, left),
                    MAX (room / 2, room - natural_width (context, right)));
  right_width = room - left_width;
  left_layout = create_margin_layout (context, left, MAX (left_width, 1), 1);
  right_layout = create_margin_layout (context, right, right_width, 1);
  pango_layout_set_alignment (right_layout, PANGO_ALIGN_RIGHT);

  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  cairo_move_to (cr, TEXT_X, HEADER_Y);
  pango_cairo_show_layout (cr, left_layout);
  cairo_move_to (cr, TEXT_X + TEXT_WIDTH - right_width, HEADER_Y);
  pango_cairo_show_layout (cr, right_layout);

  draw_rule (cr, HEADER_Y + _passend_pdf_layout_height (right_layout) + RULE_GAP);
}

static void
draw_footer (cairo_t                    *cr,
             PangoContext               *context,
             const PassendPdfDecoration *decoration,
             guint                       page_number,
             guint                       n_pages)
{
  /* Not translated: printed documents are Dutch whatever the UI language. */
  g_autofree char *label = g_strdup_printf ("pagina %u van %u", page_number, n_pages);
  double label_width = natural_width (context, label);
  g_autoptr(PangoLayout) label_layout = create_margin_layout (context, label, label_width, 1);

  draw_rule (cr, FOOTER_Y - RULE_GAP);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);

  if (decoration->footer_text != NULL && decoration->footer_text[0] != '\0')
    {
      g_autoptr(PangoLayout) text_layout = NULL;

      text_layout = create_margin_layout (context, decoration->footer_text,
                                          TEXT_WIDTH - label_width - COLUMN_GAP, 2);
      cairo_move_to (cr, TEXT_X, FOOTER_Y);
      pango_cairo_show_layout (cr, text_layout);
    }

  cairo_move_to (cr, TEXT_X + TEXT_WIDTH - label_width, FOOTER_Y);
  pango_cairo_show_layout (cr, label_layout);
}

static void
add_outline (cairo_surface_t   *surface,
             const OutlineMark *mark,
             guint              page_number,
             int               *parent)
{
  char x[G_ASCII_DTOSTR_BUF_SIZE];
  char y[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *attributes = NULL;
  int id;

  /* Locale-independent numbers: a Dutch locale would write "56,00". */
  g_ascii_formatd (x, sizeof x, "%.2f", TEXT_X);
  g_ascii_formatd (y, sizeof y, "%.2f", mark->y);
  attributes = g_strdup_printf ("page=%u pos=[%s %s]", page_number, x, y);

  if (mark->level == 1)
    {
      id = cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, mark->text,
                                          attributes, CAIRO_PDF_OUTLINE_FLAG_OPEN);
      *parent = id;
    }
  else
    cairo_pdf_surface_add_outline (surface, *parent, mark->text, attributes, 0);
}

/* Outlines, not text: the word must not end up in the extracted text
 * between the lines of the document. */
static void
draw_watermark (cairo_t      *cr,
                PangoContext *context,
                const char   *watermark)
{
  g_autoptr(PangoLayout) layout = _passend_pdf_create_layout (context, WATERMARK_FONT, -1);
  g_autofree char *clean = _passend_pdf_sanitize (watermark, FALSE);
  int width, height;

  pango_layout_set_width (layout, -1);
  _passend_pdf_set_layout_text (layout, clean, FALSE);
  pango_layout_get_size (layout, &width, &height);

  cairo_save (cr);
  cairo_translate (cr, PASSEND_PDF_PAGE_WIDTH / 2, PASSEND_PDF_PAGE_HEIGHT / 2);
  cairo_rotate (cr, -atan2 (PASSEND_PDF_PAGE_HEIGHT, PASSEND_PDF_PAGE_WIDTH));
  cairo_move_to (cr, -(double) width / PANGO_SCALE / 2, -(double) height / PANGO_SCALE / 2);
  pango_cairo_layout_path (cr, layout);
  cairo_set_source_rgb (cr, 0.96, 0.87, 0.87);
  cairo_fill (cr);
  cairo_restore (cr);
}

void
_passend_pdf_pages_draw_page (PassendPdfPages            *pages,
                              cairo_t                    *cr,
                              PangoContext               *context,
                              const PassendPdfDecoration *decoration,
                              guint                       index)
{
  _passend_pdf_pages_draw_page_numbered (pages, cr, context, decoration, index,
                                         index + 1, pages->pages->len);
}

void
_passend_pdf_pages_draw_page_numbered (PassendPdfPages            *pages,
                                       cairo_t                    *cr,
                                       PangoContext               *context,
                                       const PassendPdfDecoration *decoration,
                                       guint                       index,
                                       guint                       page_number,
                                       guint                       n_pages)
{
  const Page *page;

  g_return_if_fail (index < pages->pages->len);

  page = g_ptr_array_index (pages->pages, index);

  if (decoration->watermark != NULL && decoration->watermark[0] != '\0')
    draw_watermark (cr, context, decoration->watermark);
  draw_header (cr, context, decoration);
  for (guint i = 0; i < page->fragments->len; i++)
    draw_fragment (cr, g_ptr_array_index (page->fragments, i));
  draw_footer (cr, context, decoration, page_number, n_pages);
}

gboolean
_passend_pdf_pages_draw (PassendPdfPages             *pages,
                         cairo_t                     *cr,
                         PangoContext                *context,
                         const PassendPdfDecoration  *decoration,
                         GCancellable                *cancellable,
                         GError                     **error)
{
  cairo_surface_t *surface = cairo_get_target (cr);
  guint n_pages = pages->pages->len;
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  /* Without a document structure element, cairo 1.16 writes a structure
   * tree that qpdf --check reports as damaged. */
  cairo_tag_begin (cr, "Document", "");

  for (guint p = 0; p < n_pages; p++)
    {
      const Page *page = g_ptr_array_index (pages->pages, p);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      for (guint i = 0; i < page->marks->len; i++)
        add_outline (surface, g_ptr_array_index (page->marks, i), p + 1, &parent);

      _passend_pdf_pages_draw_page (pages, cr, context, decoration, p);

      if (p + 1 == n_pages)
        cairo_tag_end (cr, "Document");
      cairo_show_page (cr);
    }

  return TRUE;
}
