/* passend-pdf-layout.c
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

/* Pagination measures every block into fragments (a layout and a range of
 * its lines at a position on a page) before anything is drawn, so the
 * footer can say "pagina X van Y". A paragraph that crosses a page break is
 * not laid out again: the same layout is drawn twice, each time with a
 * different range of lines, so a line can be neither lost nor repeated. */

#define FONT_FAMILY      "Cantarell, DejaVu Sans, Sans"
#define BODY_FONT        FONT_FAMILY " 10"
#define KEY_FONT         FONT_FAMILY " Bold 10"
#define HEADING_1_FONT   FONT_FAMILY " Bold 16"
#define HEADING_2_FONT   FONT_FAMILY " Bold 12"
#define MARGIN_FONT      FONT_FAMILY " 8"

#define LINE_SPACING     1.2
#define TEXT_X           PASSEND_PDF_MARGIN
#define TEXT_WIDTH       (PASSEND_PDF_PAGE_WIDTH - 2 * PASSEND_PDF_MARGIN)
#define HEADER_Y         34.0
#define BODY_TOP         74.0
#define BODY_BOTTOM      (PASSEND_PDF_PAGE_HEIGHT - 74.0)
#define FOOTER_Y         (PASSEND_PDF_PAGE_HEIGHT - 56.0)
#define RULE_GAP         5.0

#define PARAGRAPH_GAP    7.0
#define ROW_GAP          3.0
#define COLUMN_GAP       12.0
#define KEY_MAX_LINES    3
/* A heading needs this much room below it, or it moves to the next page. */
#define KEEP_WITH_NEXT   36.0
#define EPSILON          0.01

static const double heading_gap_before[] = { 0, 18.0, 12.0 };
static const double heading_gap_after[] = { 0, 8.0, 5.0 };

typedef struct
{
  PangoLayout *layout;     /* NULL for an image */
  cairo_surface_t *image;
  double       width;      /* image only */
  double       height;
  int          first_line;
  int          n_lines;
  double       x;
  double       y;       /* top of the first line */
  double       grey;
} Fragment;

typedef struct
{
  int     level;
  char   *text;
  double  y;
} OutlineMark;

typedef struct
{
  GPtrArray *fragments;
  GPtrArray *marks;
} Page;

struct _PassendPdfPages
{
  GPtrArray *pages;
};

typedef struct
{
  PangoContext *context;
  GPtrArray    *pages;
  Page         *page;
  double        y;
  double        gap;   /* space owed before the next block, dropped at a page top */
} Flow;

static void
fragment_free (gpointer data)
{
  Fragment *fragment = data;

  g_clear_object (&fragment->layout);
  g_clear_pointer (&fragment->image, cairo_surface_destroy);
  g_free (fragment);
}

static void
outline_mark_free (gpointer data)
{
  OutlineMark *mark = data;

  g_free (mark->text);
  g_free (mark);
}

static void
page_free (gpointer data)
{
  Page *page = data;

  g_ptr_array_unref (page->fragments);
  g_ptr_array_unref (page->marks);
  g_free (page);
}

void
_passend_pdf_pages_free (PassendPdfPages *pages)
{
  if (pages == NULL)
    return;

  g_ptr_array_unref (pages->pages);
  g_free (pages);
}

guint
_passend_pdf_pages_get_n_pages (PassendPdfPages *pages)
{
  return pages->pages->len;
}

void
_passend_pdf_block_free (gpointer data)
{
  PassendPdfBlock *block = data;

  g_free (block->text);
  g_strfreev (block->keys);
  g_strfreev (block->values);
  g_clear_pointer (&block->image, cairo_surface_destroy);
  g_free (block);
}

char *
_passend_pdf_sanitize (const char *text,
                       gboolean    keep_newlines)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r' && p[1] == '\n')
        continue;

      if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029)
        g_string_append_c (out, keep_newlines ? '\n' : ' ');
      else if (c == '\t')
        g_string_append_c (out, ' ');
      /* C0, DEL and C1 controls: invisible at best, and they make the
       * markup parser refuse the whole paragraph. */
      else if (g_unichar_type (c) != G_UNICODE_CONTROL)
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static PangoLayout *
create_layout (PangoContext *context,
               const char   *font,
               double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, (int) floor (width * PANGO_SCALE));
  /* Words longer than a line (a pasted URL, a 5,000-letter "word") break
   * between characters instead of running off the page. */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_line_spacing (layout, LINE_SPACING);

  return layout;
}

/* Sets the text of @layout. A line broken inside a long word gets no
 * inserted hyphen: in an identifier, a hash or a URL it would read as part
 * of the text. */
static void
set_layout_text (PangoLayout *layout,
                 const char  *text,
                 gboolean     is_markup)
{
  PangoAttrList *attributes;

  if (is_markup)
    pango_layout_set_markup (layout, text, -1);
  else
    pango_layout_set_text (layout, text, -1);

  attributes = pango_layout_get_attributes (layout);
  attributes = attributes != NULL ? pango_attr_list_copy (attributes) : pango_attr_list_new ();
  pango_attr_list_insert_before (attributes, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
}

/* Each line's logical top and bottom, in points from the layout's top. */
static void
measure_lines (PangoLayout *layout,
               GArray      *tops,
               GArray      *bottoms)
{
  g_autoptr(PangoLayoutIter) iter = pango_layout_get_iter (layout);

  do
    {
      int y0, y1;
      double top, bottom;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      top = (double) y0 / PANGO_SCALE;
      bottom = (double) y1 / PANGO_SCALE;
      g_array_append_val (tops, top);
      g_array_append_val (bottoms, bottom);
    }
  while (pango_layout_iter_next_line (iter));
}

static void
flow_new_page (Flow *flow)
{
  Page *page = g_new0 (Page, 1);

  page->fragments = g_ptr_array_new_with_free_func (fragment_free);
  page->marks = g_ptr_array_new_with_free_func (outline_mark_free);
  g_ptr_array_add (flow->pages, page);
  flow->page = page;
  flow->y = BODY_TOP;
  flow->gap = 0;
}

static gboolean
flow_page_is_empty (Flow *flow)
{
  return flow->page->fragments->len == 0;
}

static void
flow_take_gap (Flow *flow)
{
  if (!flow_page_is_empty (flow))
    flow->y += flow->gap;
  flow->gap = 0;
}

static void
flow_add_fragment (Flow        *flow,
                   PangoLayout *layout,
                   int          first_line,
                   int          n_lines,
                   double       x,
                   double       y,
                   double       grey)
{
  Fragment *fragment = g_new0 (Fragment, 1);

  fragment->layout = g_object_ref (layout);
  fragment->first_line = first_line;
  fragment->n_lines = n_lines;
  fragment->x = x;
  fragment->y = y;
  fragment->grey = grey;
  g_ptr_array_add (flow->page->fragments, fragment);
}

/* How many lines from @first fit in @available points, keeping a lone
 * first line (orphan) or last line (widow) off a page break. */
static int
count_fitting_lines (GArray   *tops,
                     GArray   *bottoms,
                     int       first,
                     double    available,
                     gboolean  page_is_empty)
{
  int n_lines = (int) tops->len;
  double top = g_array_index (tops, double, first);
  int take = 0;

  while (first + take < n_lines &&
         g_array_index (bottoms, double, first + take) - top <= available + EPSILON)
    take++;

  if (take == n_lines - first)
    return take;

  if (first == 0 && take == 1 && !page_is_empty)
    take = 0;
  else if (n_lines - (first + take) == 1 && take >= 3)
    take--;

  return take;
}

/* Places @layout's lines from the current position on, continuing on new
 * pages as often as needed. */
static void
flow_layout (Flow        *flow,
             PangoLayout *layout,
             double       x,
             double       grey)
{
  g_autoptr(GArray) tops = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bottoms = g_array_new (FALSE, FALSE, sizeof (double));
  int n_lines;
  int line = 0;

  measure_lines (layout, tops, bottoms);
  n_lines = (int) tops->len;

  while (line < n_lines)
    {
      int take = count_fitting_lines (tops, bottoms, line, BODY_BOTTOM - flow->y,
                                      flow_page_is_empty (flow));

      if (take == 0)
        {
          /* A line taller than a whole page can only be placed as it is. */
          if (flow_page_is_empty (flow))
            take = 1;
          else
            {
              flow_new_page (flow);
              continue;
            }
        }

      flow_add_fragment (flow, layout, line, take, x, flow->y, grey);
      flow->y += g_array_index (bottoms, double, line + take - 1)
                 - g_array_index (tops, double, line);
      line += take;

      if (line < n_lines)
        flow_new_page (flow);
    }
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static void
flow_heading (Flow                  *flow,
              const PassendPdfBlock *block)
{
  g_autoptr(PangoLayout) layout = NULL;
  int level = CLAMP (block->level, 1, 2);
  OutlineMark *mark;
  double height;

  layout = create_layout (flow->context, level == 1 ? HEADING_1_FONT : HEADING_2_FONT, TEXT_WIDTH);
  set_layout_text (layout, block->text, FALSE);
  height = layout_height (layout);

  flow->gap = MAX (flow->gap, heading_gap_before[level]);
  if (!flow_page_is_empty (flow) &&
      flow->y + flow->gap + height + KEEP_WITH_NEXT > BODY_BOTTOM)
    flow_new_page (flow);
  flow_take_gap (flow);

  mark = g_new0 (OutlineMark, 1);
  mark->level = level;
  mark->text = g_strdup (block->text);
  mark->y = flow->y;
  g_ptr_array_add (flow->page->marks, mark);

  flow_layout (flow, layout, TEXT_X, 0.0);
  flow->gap = heading_gap_after[level];
}

static void
flow_paragraph (Flow                  *flow,
                const PassendPdfBlock *block)
{
  g_autoptr(PangoLayout) layout = create_layout (flow->context, BODY_FONT, TEXT_WIDTH);

  set_layout_text (layout, block->text, TRUE);
  flow_take_gap (flow);
  flow_layout (flow, layout, TEXT_X, 0.0);
  flow->gap = PARAGRAPH_GAP;
}

static double
key_column_width (Flow                  *flow,
                  const PassendPdfBlock *block)
{
  g_autoptr(PangoLayout) layout = create_layout (flow->context, KEY_FONT, -1);
  int widest = 0;

  pango_layout_set_width (layout, -1);
  for (guint i = 0; block->keys[i] != NULL; i++)
    {
      int width;

      set_layout_text (layout, block->keys[i], FALSE);
      pango_layout_get_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }

  return MIN (ceil ((double) widest / PANGO_SCALE), TEXT_WIDTH * 0.35);
}

static void
flow_key_values (Flow                  *flow,
                 const PassendPdfBlock *block)
{
  double key_width = key_column_width (flow, block);
  double value_x = TEXT_X + key_width + COLUMN_GAP;
  double value_width = TEXT_WIDTH - key_width - COLUMN_GAP;

  flow_take_gap (flow);

  for (guint i = 0; block->keys[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) key = create_layout (flow->context, KEY_FONT, key_width);
      g_autoptr(PangoLayout) value = create_layout (flow->context, BODY_FONT, value_width);
      double row_height;
      gboolean fits;

      /* A label is a few words: cut an absurd one short rather than let it
       * outgrow the page. */
      pango_layout_set_ellipsize (key, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (key, -KEY_MAX_LINES);
      set_layout_text (key, block->keys[i], FALSE);
      set_layout_text (value, block->values[i], FALSE);
      row_height = MAX (layout_height (key), layout_height (value));

      if (i > 0)
        flow->y += ROW_GAP;

      fits = flow->y + row_height <= BODY_BOTTOM + EPSILON;
      if (!fits && !flow_page_is_empty (flow) &&
          (row_height <= BODY_BOTTOM - BODY_TOP ||
           flow->y + layout_height (key) + KEEP_WITH_NEXT > BODY_BOTTOM))
        {
          flow_new_page (flow);
          fits = flow->y + row_height <= BODY_BOTTOM + EPSILON;
        }

      flow_add_fragment (flow, key, 0, pango_layout_get_line_count (key), TEXT_X, flow->y, 0.25);
      if (fits)
        {
          flow_add_fragment (flow, value, 0, pango_layout_get_line_count (value),
                             value_x, flow->y, 0.0);
          flow->y += row_height;
        }
      else
        {
          /* Only a value longer than a page gets here: it continues on the
           * next pages, and the label stays with its first lines. */
          flow_layout (flow, value, value_x, 0.0);
        }
    }

  flow->gap = PARAGRAPH_GAP;
}

/* An image is never split: it goes to the next page when it does not fit. */
static void
flow_image (Flow                  *flow,
            const PassendPdfBlock *block)
{
  Fragment *fragment;

  flow_take_gap (flow);
  if (!flow_page_is_empty (flow) && flow->y + block->height > BODY_BOTTOM + EPSILON)
    flow_new_page (flow);

  fragment = g_new0 (Fragment, 1);
  fragment->image = cairo_surface_reference (block->image);
  fragment->width = block->width;
  fragment->height = block->height;
  fragment->x = TEXT_X;
  fragment->y = flow->y;
  g_ptr_array_add (flow->page->fragments, fragment);

  flow->y += block->height;
  flow->gap = PARAGRAPH_GAP;
}

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

PassendPdfPages *
_passend_pdf_paginate (PangoContext  *context,
                       GPtrArray     *blocks,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (page_free);
  Flow flow = { context, pages, NULL, BODY_TOP, 0 };
  PassendPdfPages *result;

  flow_new_page (&flow);

  for (guint i = 0; i < blocks->len; i++)
    {
      const PassendPdfBlock *block = g_ptr_array_index (blocks, i);

      if (i % 64 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      switch (block->kind)
        {
        case PASSEND_PDF_BLOCK_HEADING:
          flow_heading (&flow, block);
          break;
        case PASSEND_PDF_BLOCK_PARAGRAPH:
          flow_paragraph (&flow, block);
          break;
        case PASSEND_PDF_BLOCK_KEY_VALUES:
          flow_key_values (&flow, block);
          break;
        case PASSEND_PDF_BLOCK_SPACE:
          flow.gap += block->space;
          break;
        case PASSEND_PDF_BLOCK_PAGE_BREAK:
          if (!flow_page_is_empty (&flow))
            flow_new_page (&flow);
          break;
        case PASSEND_PDF_BLOCK_IMAGE:
          flow_image (&flow, block);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  result = g_new0 (PassendPdfPages, 1);
  result->pages = g_steal_pointer (&pages);
  return result;
}

static void
draw_fragment (cairo_t        *cr,
               const Fragment *fragment)
{
  g_autoptr(PangoLayoutIter) iter = NULL;
  int top = 0;

  if (fragment->image != NULL)
    {
      draw_image (cr, fragment);
      return;
    }

  iter = pango_layout_get_iter (fragment->layout);
  for (int i = 0; i < fragment->first_line; i++)
    pango_layout_iter_next_line (iter);

  pango_layout_iter_get_line_yrange (iter, &top, NULL);
  cairo_set_source_rgb (cr, fragment->grey, fragment->grey, fragment->grey);

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
  PangoLayout *layout = create_layout (context, MARGIN_FONT, width);
  g_autofree char *clean = _passend_pdf_sanitize (text, FALSE);

  pango_layout_set_line_spacing (layout, 0);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -max_lines);
  set_layout_text (layout, clean, FALSE);
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
  const char *right = decoration->title != NULL ? decoration->title : "";
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

  draw_rule (cr, HEADER_Y + layout_height (right_layout) + RULE_GAP);
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

      draw_header (cr, context, decoration);
      for (guint i = 0; i < page->fragments->len; i++)
        draw_fragment (cr, g_ptr_array_index (page->fragments, i));
      draw_footer (cr, context, decoration, p + 1, n_pages);

      if (p + 1 == n_pages)
        cairo_tag_end (cr, "Document");
      cairo_show_page (cr);
    }

  return TRUE;
}
