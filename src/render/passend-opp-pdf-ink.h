/* passend-opp-pdf-ink.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "passend-signature.h"

G_BEGIN_DECLS

/* Draws the strokes of @signature as smooth ink with the current source
 * of @cr: a point (x, y) of the signature lands on (@x0 + x × aspect ×
 * @unit, @y0 + y × @unit), so @unit is the height of the signing box.
 * Lines are @pen_width wide, thinner and thicker with the pressure where
 * the device reported one. The pad on screen and the PDF draw with this,
 * so a signature looks the same on both. */
void passend_opp_pdf_draw_ink        (cairo_t          *cr,
                                      PassendSignature *signature,
                                      double            x0,
                                      double            y0,
                                      double            unit,
                                      double            pen_width);

/* Draws @signature's ink scaled to fit (centred, never larger than the
 * pad it was drawn on) in the box of @width × @height at (0, 0). */
void passend_opp_pdf_draw_ink_fitted (cairo_t          *cr,
                                      PassendSignature *signature,
                                      double            width,
                                      double            height,
                                      double            pen_width);

G_END_DECLS
