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

#define FONT_FAMILY      PASSEND_PDF_FONT_FAMILY
#define BODY_FONT        FONT_FAMILY " 10"
#define KEY_FONT         FONT_FAMILY " Bold 10"
#define HEADING_1_FONT   FONT_FAMILY " Bold 16"
#define HEADING_2_FONT   FONT_FAMILY " Bold 12"

#define LINE_SPACING     1.2
#define TEXT_X           PASSEND_PDF_TEXT_X
#define TEXT_WIDTH       PASSEND_PDF_TEXT_WIDTH
#define BODY_TOP         PASSEND_PDF_BODY_TOP
#define BODY_BOTTOM      PASSEND_PDF_BODY_BOTTOM

#define PARAGRAPH_GAP    7.0
#define ROW_GAP          3.0
#define COLUMN_GAP       12.0
#define KEY_MAX_LINES    3
/* A heading needs this much room below it, or it moves to the next page. */
#define KEEP_WITH_NEXT   36.0
#define EPSILON          PASSEND_PDF_EPSILON

static const double heading_gap_before[] = { 0, 18.0, 12.0 };
static const double heading_gap_after[] = { 0, 8.0, 5.0 };

typedef PassendPdfFragment Fragment;
typedef PassendPdfPage Page;
typedef PassendPdfFlow Flow;

typedef PassendPdfOutlineMark OutlineMark;

/* Where a keep-together group started, to move it whole to a new page. */
typedef struct
{
  gboolean active;
  gboolean retried;
  gboolean started_on_empty_page;
  guint    block_index;
  guint    n_pages;
  guint    n_fragments;
  guint    n_marks;
} KeepGroup;

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
  g_free (block->widths);
  g_strfreev (block->header);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  if (block->draw_destroy != NULL)
    block->draw_destroy (block->draw_data);
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

PangoLayout *
_passend_pdf_create_layout (PangoContext *context,
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
void
_passend_pdf_set_layout_text (PangoLayout *layout,
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
void
_passend_pdf_measure_lines (PangoLayout *layout,
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

void
_passend_pdf_flow_new_page (Flow *flow)
{
  Page *page = g_new0 (Page, 1);

  page->fragments = g_ptr_array_new_with_free_func (fragment_free);
  page->marks = g_ptr_array_new_with_free_func (outline_mark_free);
  g_ptr_array_add (flow->pages, page);
  flow->page = page;
  flow->y = BODY_TOP;
  flow->gap = 0;
}

gboolean
_passend_pdf_flow_page_is_empty (Flow *flow)
{
  return flow->page->fragments->len == 0;
}

void
_passend_pdf_flow_take_gap (Flow *flow)
{
  if (!_passend_pdf_flow_page_is_empty (flow))
    flow->y += flow->gap;
  flow->gap = 0;
}

PassendPdfFragment *
_passend_pdf_flow_add_text (Flow        *flow,
                            PangoLayout *layout,
                            int          first_line,
                            int          n_lines,
                            double       x,
                            double       y,
                            double       grey)
{
  Fragment *fragment = g_new0 (Fragment, 1);

  fragment->kind = PASSEND_PDF_FRAGMENT_TEXT;
  fragment->layout = g_object_ref (layout);
  fragment->first_line = first_line;
  fragment->n_lines = n_lines;
  fragment->x = x;
  fragment->y = y;
  fragment->rgb[0] = fragment->rgb[1] = fragment->rgb[2] = grey;
  g_ptr_array_add (flow->page->fragments, fragment);
  return fragment;
}

PassendPdfFragment *
_passend_pdf_flow_add_shape (Flow                   *flow,
                             PassendPdfFragmentKind  kind,
                             double                  x,
                             double                  y,
                             double                  width,
                             double                  height,
                             double                  r,
                             double                  g,
                             double                  b)
{
  Fragment *fragment = g_new0 (Fragment, 1);

  fragment->kind = kind;
  fragment->x = x;
  fragment->y = y;
  fragment->width = width;
  fragment->height = height;
  fragment->rgb[0] = r;
  fragment->rgb[1] = g;
  fragment->rgb[2] = b;
  g_ptr_array_add (flow->page->fragments, fragment);
  return fragment;
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

  _passend_pdf_measure_lines (layout, tops, bottoms);
  n_lines = (int) tops->len;

  while (line < n_lines)
    {
      int take = count_fitting_lines (tops, bottoms, line, BODY_BOTTOM - flow->y,
                                      _passend_pdf_flow_page_is_empty (flow));

      if (take == 0)
        {
          /* A line taller than a whole page can only be placed as it is. */
          if (_passend_pdf_flow_page_is_empty (flow))
            take = 1;
          else
            {
              _passend_pdf_flow_new_page (flow);
              continue;
            }
        }

      _passend_pdf_flow_add_text (flow, layout, line, take, x, flow->y, grey);
      flow->y += g_array_index (bottoms, double, line + take - 1)
                 - g_array_index (tops, double, line);
      line += take;

      if (line < n_lines)
        _passend_pdf_flow_new_page (flow);
    }
}

double
_passend_pdf_layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static PangoLayout *
heading_layout (Flow                  *flow,
                const PassendPdfBlock *block)
{
  int level = CLAMP (block->level, 1, 2);
  PangoLayout *layout;

  layout = _passend_pdf_create_layout (flow->context, level == 1 ? HEADING_1_FONT : HEADING_2_FONT, TEXT_WIDTH);
  _passend_pdf_set_layout_text (layout, block->text, FALSE);
  return layout;
}

/* How much of what follows block @index must fit below a heading for the
 * heading not to stand alone: a few lines of text, a table's header and
 * first row, and for a heading right under a heading, both. */
static double
lead_height (Flow      *flow,
             GPtrArray *blocks,
             guint      index,
             int        depth)
{
  const PassendPdfBlock *next;

  if (index >= blocks->len || depth > 3)
    return KEEP_WITH_NEXT;

  next = g_ptr_array_index (blocks, index);
  switch (next->kind)
    {
    case PASSEND_PDF_BLOCK_HEADING:
      {
        g_autoptr(PangoLayout) layout = heading_layout (flow, next);
        int level = CLAMP (next->level, 1, 2);

        return heading_gap_before[level] + _passend_pdf_layout_height (layout)
               + heading_gap_after[level] + lead_height (flow, blocks, index + 1, depth + 1);
      }
    case PASSEND_PDF_BLOCK_TABLE:
      return MIN (_passend_pdf_table_lead_height (flow, next), (BODY_BOTTOM - BODY_TOP) / 3);
    case PASSEND_PDF_BLOCK_KEEP_BEGIN:
    case PASSEND_PDF_BLOCK_SPACE:
      return lead_height (flow, blocks, index + 1, depth + 1);
    case PASSEND_PDF_BLOCK_PARAGRAPH:
    case PASSEND_PDF_BLOCK_KEY_VALUES:
    case PASSEND_PDF_BLOCK_PAGE_BREAK:
    case PASSEND_PDF_BLOCK_IMAGE:
    case PASSEND_PDF_BLOCK_KEEP_END:
    case PASSEND_PDF_BLOCK_DRAWING:
    default:
      return KEEP_WITH_NEXT;
    }
}

static void
flow_heading (Flow                  *flow,
              const PassendPdfBlock *block,
              double                 keep_next)
{
  g_autoptr(PangoLayout) layout = NULL;
  int level = CLAMP (block->level, 1, 2);
  OutlineMark *mark;
  double height;

  layout = heading_layout (flow, block);
  height = _passend_pdf_layout_height (layout);

  flow->gap = MAX (flow->gap, heading_gap_before[level]);
  if (!_passend_pdf_flow_page_is_empty (flow) &&
      flow->y + flow->gap + height + MAX (keep_next, KEEP_WITH_NEXT) > BODY_BOTTOM)
    _passend_pdf_flow_new_page (flow);
  _passend_pdf_flow_take_gap (flow);

  mark = g_new0 (OutlineMark, 1);
  mark->level = level;
  mark->text = g_strdup (block->text);
  mark->y = flow->y;
  g_ptr_array_add (flow->page->marks, mark);

  flow_layout (flow, layout, TEXT_X, 0.0);
  flow->gap = heading_gap_after[level];
}

/* After the block beside a drawing: go on below the lower of the two. */
static void
flow_end_beside (Flow *flow)
{
  if (flow->side_width > 0 && flow->side_page == flow->pages->len)
    flow->y = MAX (flow->y, flow->side_bottom);
  flow->side_width = 0;
}

static void
flow_paragraph (Flow                  *flow,
                const PassendPdfBlock *block)
{
  g_autoptr(PangoLayout) layout = _passend_pdf_create_layout (flow->context, BODY_FONT,
                                                              TEXT_WIDTH - flow->side_width);

  _passend_pdf_set_layout_text (layout, block->text, TRUE);
  _passend_pdf_flow_take_gap (flow);
  flow_layout (flow, layout, TEXT_X, 0.0);
  flow_end_beside (flow);
  flow->gap = PARAGRAPH_GAP;
}

static double
key_column_width (Flow                  *flow,
                  const PassendPdfBlock *block)
{
  g_autoptr(PangoLayout) layout = _passend_pdf_create_layout (flow->context, KEY_FONT, -1);
  int widest = 0;

  pango_layout_set_width (layout, -1);
  for (guint i = 0; block->keys[i] != NULL; i++)
    {
      int width;

      _passend_pdf_set_layout_text (layout, block->keys[i], FALSE);
      pango_layout_get_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }

  return MIN (ceil ((double) widest / PANGO_SCALE), TEXT_WIDTH * 0.35);
}

static void
flow_key_values (Flow                  *flow,
                 const PassendPdfBlock *block)
{
  /* A fixed width (block->width) lines up the values of several blocks. */
  double key_width = block->width > 0 ? MIN (block->width, TEXT_WIDTH * 0.35)
                                      : key_column_width (flow, block);
  double value_x = TEXT_X + key_width + COLUMN_GAP;
  double value_width = TEXT_WIDTH - flow->side_width - key_width - COLUMN_GAP;

  _passend_pdf_flow_take_gap (flow);

  for (guint i = 0; block->keys[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) key = _passend_pdf_create_layout (flow->context, KEY_FONT, key_width);
      g_autoptr(PangoLayout) value = _passend_pdf_create_layout (flow->context, BODY_FONT, value_width);
      double row_height;
      gboolean fits;

      /* A label is a few words: cut an absurd one short rather than let it
       * outgrow the page. */
      pango_layout_set_ellipsize (key, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (key, -KEY_MAX_LINES);
      _passend_pdf_set_layout_text (key, block->keys[i], FALSE);
      _passend_pdf_set_layout_text (value, block->values[i], FALSE);
      row_height = MAX (_passend_pdf_layout_height (key), _passend_pdf_layout_height (value));

      if (i > 0)
        flow->y += ROW_GAP;

      fits = flow->y + row_height <= BODY_BOTTOM + EPSILON;
      if (!fits && !_passend_pdf_flow_page_is_empty (flow) &&
          (row_height <= BODY_BOTTOM - BODY_TOP ||
           flow->y + _passend_pdf_layout_height (key) + KEEP_WITH_NEXT > BODY_BOTTOM))
        {
          _passend_pdf_flow_new_page (flow);
          fits = flow->y + row_height <= BODY_BOTTOM + EPSILON;
        }

      _passend_pdf_flow_add_text (flow, key, 0, pango_layout_get_line_count (key), TEXT_X, flow->y, 0.25);
      if (fits)
        {
          _passend_pdf_flow_add_text (flow, value, 0, pango_layout_get_line_count (value),
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

  flow_end_beside (flow);
  flow->gap = PARAGRAPH_GAP;
}

/* An image is never split: it goes to the next page when it does not fit. */
static void
flow_image (Flow                  *flow,
            const PassendPdfBlock *block)
{
  Fragment *fragment;

  _passend_pdf_flow_take_gap (flow);
  if (!_passend_pdf_flow_page_is_empty (flow) && flow->y + block->height > BODY_BOTTOM + EPSILON)
    _passend_pdf_flow_new_page (flow);

  fragment = g_new0 (Fragment, 1);
  fragment->kind = PASSEND_PDF_FRAGMENT_IMAGE;
  fragment->image = cairo_surface_reference (block->image);
  fragment->width = block->width;
  fragment->height = block->height;
  fragment->x = TEXT_X;
  fragment->y = flow->y;
  g_ptr_array_add (flow->page->fragments, fragment);

  flow->y += block->height;
  flow->gap = PARAGRAPH_GAP;
}

/* A drawing (a signature) is never split either. */
static void
flow_drawing (Flow                  *flow,
              const PassendPdfBlock *block)
{
  Fragment *fragment;

  _passend_pdf_flow_take_gap (flow);
  if (!_passend_pdf_flow_page_is_empty (flow) && flow->y + block->height > BODY_BOTTOM + EPSILON)
    _passend_pdf_flow_new_page (flow);

  fragment = _passend_pdf_flow_add_shape (flow, PASSEND_PDF_FRAGMENT_DRAWING,
                                          block->beside ? TEXT_X + TEXT_WIDTH - block->width
                                                        : TEXT_X + block->indent,
                                          flow->y, block->width, block->height, 0, 0, 0);
  fragment->block = block;

  if (block->beside)
    {
      /* The next block starts level with the drawing's top. */
      flow->side_width = block->width + COLUMN_GAP;
      flow->side_bottom = flow->y + block->height;
      flow->side_page = flow->pages->len;
      flow->gap = 0;
      return;
    }

  flow->y += block->height;
  flow->gap = PARAGRAPH_GAP;
}

static void
keep_group_begin (KeepGroup *keep,
                  Flow      *flow,
                  guint      block_index)
{
  /* Groups do not nest: an inner begin restarts nothing. */
  if (keep->active)
    return;

  keep->active = TRUE;
  keep->retried = FALSE;
  keep->started_on_empty_page = _passend_pdf_flow_page_is_empty (flow);
  keep->block_index = block_index;
  keep->n_pages = flow->pages->len;
  keep->n_fragments = flow->page->fragments->len;
  keep->n_marks = flow->page->marks->len;
}

/* Returns TRUE when the group crossed a page break and was taken back:
 * the caller flows it again from keep->block_index on a new page. */
static gboolean
keep_group_end (KeepGroup *keep,
                Flow      *flow)
{
  Page *page;

  if (!keep->active)
    return FALSE;

  if (keep->retried || keep->started_on_empty_page || flow->pages->len == keep->n_pages)
    {
      keep->active = FALSE;
      return FALSE;
    }

  g_ptr_array_set_size (flow->pages, keep->n_pages);
  page = g_ptr_array_index (flow->pages, keep->n_pages - 1);
  g_ptr_array_set_size (page->fragments, keep->n_fragments);
  g_ptr_array_set_size (page->marks, keep->n_marks);
  flow->page = page;
  flow->side_width = 0;
  _passend_pdf_flow_new_page (flow);
  keep->retried = TRUE;
  return TRUE;
}

PassendPdfPages *
_passend_pdf_paginate (PangoContext  *context,
                       GPtrArray     *blocks,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (page_free);
  Flow flow = { context, pages, NULL, BODY_TOP, 0 };
  KeepGroup keep = { FALSE, };
  PassendPdfPages *result;

  _passend_pdf_flow_new_page (&flow);

  for (guint i = 0; i < blocks->len; i++)
    {
      const PassendPdfBlock *block = g_ptr_array_index (blocks, i);

      if (i % 64 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      switch (block->kind)
        {
        case PASSEND_PDF_BLOCK_HEADING:
          flow_heading (&flow, block, lead_height (&flow, blocks, i + 1, 0));
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
          if (!_passend_pdf_flow_page_is_empty (&flow))
            _passend_pdf_flow_new_page (&flow);
          break;
        case PASSEND_PDF_BLOCK_IMAGE:
          flow_image (&flow, block);
          break;
        case PASSEND_PDF_BLOCK_TABLE:
          _passend_pdf_flow_table (&flow, block);
          break;
        case PASSEND_PDF_BLOCK_DRAWING:
          flow_drawing (&flow, block);
          break;
        case PASSEND_PDF_BLOCK_KEEP_BEGIN:
          keep_group_begin (&keep, &flow, i);
          break;
        case PASSEND_PDF_BLOCK_KEEP_END:
          /* The loop's i++ resumes at the first block of the group. */
          if (keep_group_end (&keep, &flow))
            i = keep.block_index;
          break;
        default:
          g_assert_not_reached ();
        }
    }

  result = g_new0 (PassendPdfPages, 1);
  result->pages = g_steal_pointer (&pages);
  return result;
}
