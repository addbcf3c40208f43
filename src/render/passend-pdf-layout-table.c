/* passend-pdf-layout-table.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "passend-pdf-layout-private.h"
#include "passend-pdf-writer.h"

/* Tables: a row is measured whole and moves to the next page whole; the
 * header row comes along to every page the table continues on, so a
 * reader of page 3 still knows what the columns are. Only a row taller
 * than a page is split, cell by cell at line boundaries. */

#define CELL_FONT        PASSEND_PDF_FONT_FAMILY " 9"
#define HEADER_FONT      PASSEND_PDF_FONT_FAMILY " Bold 9"
#define CELL_PAD_X       4.0
#define CELL_PAD_Y       3.5
#define TABLE_GAP        9.0
#define RULE_WIDTH       0.5

/* The header row's tint and the rules between rows. */
static const double header_rgb[] = { 0.89, 0.92, 0.95 };
static const double rule_rgb[] = { 0.72, 0.75, 0.78 };
static const double head_rule_rgb[] = { 0.45, 0.50, 0.56 };

typedef struct
{
  guint        n_columns;
  double      *x;       /* left of each column's text */
  double      *width;   /* width of each column's text */
  PangoLayout **header; /* NULL without a header row */
  double       header_height;
} Table;

static void
table_clear (Table *table)
{
  if (table->header != NULL)
    for (guint c = 0; c < table->n_columns; c++)
      g_clear_object (&table->header[c]);
  g_free (table->header);
  g_free (table->x);
  g_free (table->width);
}

static PangoLayout **
create_row (PassendPdfFlow *flow,
            const Table    *table,
            const char     *font,
            const char * const *cells,
            double         *height)
{
  PangoLayout **layouts = g_new0 (PangoLayout *, table->n_columns);

  *height = 0;
  for (guint c = 0; c < table->n_columns; c++)
    {
      layouts[c] = _passend_pdf_create_layout (flow->context, font, table->width[c]);
      pango_layout_set_line_spacing (layouts[c], 1.1f);
      _passend_pdf_set_layout_text (layouts[c], cells[c] != NULL ? cells[c] : "", FALSE);
      *height = MAX (*height, _passend_pdf_layout_height (layouts[c]));
    }
  *height += 2 * CELL_PAD_Y;
  return layouts;
}

static void
free_row (PangoLayout **layouts,
          guint         n_columns)
{
  for (guint c = 0; c < n_columns; c++)
    g_clear_object (&layouts[c]);
  g_free (layouts);
}

static void
place_rule (PassendPdfFlow *flow,
            const double   *rgb)
{
  _passend_pdf_flow_add_shape (flow, PASSEND_PDF_FRAGMENT_LINE,
                               PASSEND_PDF_TEXT_X, flow->y, PASSEND_PDF_TEXT_WIDTH, RULE_WIDTH,
                               rgb[0], rgb[1], rgb[2]);
}

static void
place_header (PassendPdfFlow *flow,
              const Table    *table)
{
  if (table->header == NULL)
    return;

  _passend_pdf_flow_add_shape (flow, PASSEND_PDF_FRAGMENT_RECT,
                               PASSEND_PDF_TEXT_X, flow->y, PASSEND_PDF_TEXT_WIDTH,
                               table->header_height,
                               header_rgb[0], header_rgb[1], header_rgb[2]);
  for (guint c = 0; c < table->n_columns; c++)
    _passend_pdf_flow_add_text (flow, table->header[c], 0,
                                pango_layout_get_line_count (table->header[c]),
                                table->x[c], flow->y + CELL_PAD_Y, 0.1);
  flow->y += table->header_height;
  place_rule (flow, head_rule_rgb);
}

static void
place_whole_row (PassendPdfFlow *flow,
                 const Table    *table,
                 PangoLayout   **layouts,
                 double          height)
{
  for (guint c = 0; c < table->n_columns; c++)
    _passend_pdf_flow_add_text (flow, layouts[c], 0, pango_layout_get_line_count (layouts[c]),
                                table->x[c], flow->y + CELL_PAD_Y, 0.0);
  flow->y += height;
  place_rule (flow, rule_rgb);
}

/* A row taller than a page: each cell gives the lines that fit, the rest
 * continues below the repeated header on the next page. */
static void
place_split_row (PassendPdfFlow *flow,
                 const Table    *table,
                 PangoLayout   **layouts)
{
  g_autofree int *next = g_new0 (int, table->n_columns);
  g_autoptr(GPtrArray) tops = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) bottoms = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  gboolean done = FALSE;

  for (guint c = 0; c < table->n_columns; c++)
    {
      GArray *t = g_array_new (FALSE, FALSE, sizeof (double));
      GArray *b = g_array_new (FALSE, FALSE, sizeof (double));

      _passend_pdf_measure_lines (layouts[c], t, b);
      g_ptr_array_add (tops, t);
      g_ptr_array_add (bottoms, b);
    }

  while (!done)
    {
      double available = PASSEND_PDF_BODY_BOTTOM - flow->y - 2 * CELL_PAD_Y;
      double used = 0;
      gboolean placed_any = FALSE;

      done = TRUE;
      for (guint c = 0; c < table->n_columns; c++)
        {
          GArray *t = g_ptr_array_index (tops, c);
          GArray *b = g_ptr_array_index (bottoms, c);
          int n_lines = (int) t->len;
          int first = next[c];
          double top;
          int take = 0;

          if (first >= n_lines)
            continue;

          top = g_array_index (t, double, first);
          while (first + take < n_lines &&
                 g_array_index (b, double, first + take) - top <= available + PASSEND_PDF_EPSILON)
            take++;
          /* A line taller than the page is placed as it is. */
          if (take == 0 && _passend_pdf_flow_page_is_empty (flow))
            take = 1;

          if (take > 0)
            {
              _passend_pdf_flow_add_text (flow, layouts[c], first, take, table->x[c],
                                          flow->y + CELL_PAD_Y, 0.0);
              used = MAX (used, g_array_index (b, double, first + take - 1) - top);
              next[c] = first + take;
              placed_any = TRUE;
            }
          if (next[c] < n_lines)
            done = FALSE;
        }

      if (placed_any)
        {
          flow->y += used + 2 * CELL_PAD_Y;
          place_rule (flow, rule_rgb);
        }
      if (!done)
        {
          _passend_pdf_flow_new_page (flow);
          place_header (flow, table);
        }
    }
}

static void
table_init (Table                 *table,
            PassendPdfFlow        *flow,
            const PassendPdfBlock *block)
{
  double total = 0;
  double x = PASSEND_PDF_TEXT_X;

  table->n_columns = block->n_columns;
  table->x = g_new0 (double, block->n_columns);
  table->width = g_new0 (double, block->n_columns);

  for (guint c = 0; c < block->n_columns; c++)
    total += block->widths[c];

  for (guint c = 0; c < block->n_columns; c++)
    {
      double column = PASSEND_PDF_TEXT_WIDTH * block->widths[c] / total;

      table->x[c] = x + CELL_PAD_X;
      table->width[c] = MAX (column - 2 * CELL_PAD_X, 1);
      x += column;
    }

  if (block->header != NULL)
    table->header = create_row (flow, table, HEADER_FONT, (const char * const *) block->header,
                                &table->header_height);
}

void
_passend_pdf_flow_table (PassendPdfFlow        *flow,
                         const PassendPdfBlock *block)
{
  Table table = { 0, };
  double page_room = PASSEND_PDF_BODY_BOTTOM - PASSEND_PDF_BODY_TOP;

  table_init (&table, flow, block);
  _passend_pdf_flow_take_gap (flow);

  /* The header never stands alone at the foot of a page. */
  if (!_passend_pdf_flow_page_is_empty (flow))
    {
      double first = 0;

      if (block->rows->len > 0)
        {
          PangoLayout **layouts = create_row (flow, &table, CELL_FONT,
                                              g_ptr_array_index (block->rows, 0), &first);
          free_row (layouts, table.n_columns);
        }
      if (flow->y + table.header_height + MIN (first, page_room / 4) > PASSEND_PDF_BODY_BOTTOM)
        _passend_pdf_flow_new_page (flow);
    }
  place_header (flow, &table);

  for (guint r = 0; r < block->rows->len; r++)
    {
      double height;
      PangoLayout **layouts = create_row (flow, &table, CELL_FONT,
                                          g_ptr_array_index (block->rows, r), &height);

      if (flow->y + height > PASSEND_PDF_BODY_BOTTOM + PASSEND_PDF_EPSILON &&
          height + table.header_height <= page_room)
        {
          _passend_pdf_flow_new_page (flow);
          place_header (flow, &table);
        }

      if (flow->y + height <= PASSEND_PDF_BODY_BOTTOM + PASSEND_PDF_EPSILON)
        place_whole_row (flow, &table, layouts, height);
      else
        place_split_row (flow, &table, layouts);

      free_row (layouts, table.n_columns);
    }

  table_clear (&table);
  flow->gap = TABLE_GAP;
}

double
_passend_pdf_table_lead_height (PassendPdfFlow        *flow,
                                const PassendPdfBlock *block)
{
  Table table = { 0, };
  double first = 0;
  double total;

  table_init (&table, flow, block);
  if (block->rows->len > 0)
    {
      PangoLayout **layouts = create_row (flow, &table, CELL_FONT,
                                          g_ptr_array_index (block->rows, 0), &first);
      free_row (layouts, table.n_columns);
    }
  total = table.header_height + first;
  table_clear (&table);
  return total;
}

void
_passend_pdf_draw_shape (cairo_t                  *cr,
                         const PassendPdfFragment *fragment)
{
  cairo_save (cr);
  cairo_set_source_rgb (cr, fragment->rgb[0], fragment->rgb[1], fragment->rgb[2]);
  if (fragment->kind == PASSEND_PDF_FRAGMENT_RECT)
    {
      cairo_rectangle (cr, fragment->x, fragment->y, fragment->width, fragment->height);
      cairo_fill (cr);
    }
  else
    {
      cairo_set_line_width (cr, fragment->height);
      cairo_move_to (cr, fragment->x, fragment->y);
      cairo_line_to (cr, fragment->x + fragment->width, fragment->y);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}
