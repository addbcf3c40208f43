/* passend-opp-pdf-ink.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "passend-opp-pdf-ink.h"

/* Ink through the midpoints of the sampled points: the samples of a pen
 * or a mouse are a polyline with corners, and a quadratic curve from one
 * midpoint to the next with the sample as control point rounds those off
 * without leaving the path the hand drew. */

typedef struct
{
  double x;
  double y;
} Point;

static double
pen_for (double pressure,
         double pen_width)
{
  /* No pressure reported: an even line. */
  if (pressure < 0)
    return pen_width;

  return pen_width * (0.45 + 1.1 * CLAMP (pressure, 0.0, 1.0));
}

/* cairo has cubic curves only; a quadratic one is a cubic with its
 * control points two thirds of the way to the quadratic's. */
static void
quad_to (cairo_t *cr,
         Point    from,
         Point    control,
         Point    to)
{
  cairo_curve_to (cr,
                  from.x + 2.0 / 3.0 * (control.x - from.x),
                  from.y + 2.0 / 3.0 * (control.y - from.y),
                  to.x + 2.0 / 3.0 * (control.x - to.x),
                  to.y + 2.0 / 3.0 * (control.y - to.y),
                  to.x, to.y);
}

static Point
midpoint (Point a,
          Point b)
{
  return (Point) { (a.x + b.x) / 2, (a.y + b.y) / 2 };
}

static void
draw_stroke (cairo_t                     *cr,
             const PassendSignaturePoint *points,
             guint                        n_points,
             double                       aspect,
             double                       x0,
             double                       y0,
             double                       unit,
             double                       pen_width)
{
  g_autofree Point *p = g_new (Point, n_points);
  gboolean has_pressure = points[0].pressure >= 0;

  for (guint i = 0; i < n_points; i++)
    {
      p[i].x = x0 + points[i].x * aspect * unit;
      p[i].y = y0 + points[i].y * unit;
    }

  if (n_points == 1)
    {
      /* A dot (the point on an i) is a stroke that did not move. */
      cairo_new_path (cr);
      cairo_arc (cr, p[0].x, p[0].y, pen_for (points[0].pressure, pen_width) / 2, 0, 2 * G_PI);
      cairo_fill (cr);
      return;
    }

  if (!has_pressure)
    {
      Point from = p[0];

      cairo_set_line_width (cr, pen_width);
      cairo_move_to (cr, p[0].x, p[0].y);
      for (guint i = 1; i + 1 < n_points; i++)
        {
          Point to = midpoint (p[i], p[i + 1]);

          quad_to (cr, from, p[i], to);
          from = to;
        }
      cairo_line_to (cr, p[n_points - 1].x, p[n_points - 1].y);
      cairo_stroke (cr);
      return;
    }

  /* With pressure each piece gets its own width; round caps hide the
   * joins between them. */
  {
    Point from = p[0];

    for (guint i = 1; i < n_points; i++)
      {
        Point to = i + 1 < n_points ? midpoint (p[i], p[i + 1]) : p[i];

        cairo_set_line_width (cr, pen_for ((points[i - 1].pressure + points[i].pressure) / 2,
                                           pen_width));
        cairo_move_to (cr, from.x, from.y);
        quad_to (cr, from, p[i], to);
        cairo_stroke (cr);
        from = to;
      }
  }
}

void
passend_opp_pdf_draw_ink (cairo_t          *cr,
                          PassendSignature *signature,
                          double            x0,
                          double            y0,
                          double            unit,
                          double            pen_width)
{
  double aspect;
  guint n_strokes;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (signature != NULL);

  aspect = passend_signature_get_aspect_ratio (signature);
  n_strokes = passend_signature_get_n_strokes (signature);

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  for (guint s = 0; s < n_strokes; s++)
    {
      guint n_points = 0;
      const PassendSignaturePoint *points = passend_signature_get_stroke (signature, s, &n_points);

      if (points != NULL && n_points > 0)
        draw_stroke (cr, points, n_points, aspect, x0, y0, unit, pen_width);
    }

  cairo_restore (cr);
}

void
passend_opp_pdf_draw_ink_fitted (cairo_t          *cr,
                                 PassendSignature *signature,
                                 double            width,
                                 double            height,
                                 double            pen_width)
{
  double x0, y0, x1, y1;
  double aspect, ink_width, ink_height, unit;
  double margin = pen_width * 2;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (signature != NULL);

  if (!passend_signature_get_bounds (signature, &x0, &y0, &x1, &y1))
    return;

  aspect = passend_signature_get_aspect_ratio (signature);
  ink_width = MAX ((x1 - x0) * aspect, 1e-3);
  ink_height = MAX (y1 - y0, 1e-3);

  /* The ink fills the box, but a small scribble on a big pad is not
   * blown up beyond the size it was drawn at. */
  unit = MIN ((width - 2 * margin) / ink_width, (height - 2 * margin) / ink_height);
  unit = MIN (unit, MIN (height, width / aspect));
  unit = MAX (unit, 0);

  passend_opp_pdf_draw_ink (cr, signature,
                            (width - ink_width * unit) / 2 - x0 * aspect * unit,
                            (height - ink_height * unit) / 2 - y0 * unit,
                            unit, pen_width);
}
