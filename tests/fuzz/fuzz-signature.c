/* fuzz-signature.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The stored strokes of a signature, as read back from the database: any
 * bytes either parse into a signature within the limits, or fail with an
 * error. What parses writes back to bytes that parse to the same. */

#include "config.h"

#include <math.h>

#include "passend-fuzz.h"
#include "passend-signature.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(PassendSignature) signature = NULL;
  g_autoptr(PassendSignature) again = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) rewritten = NULL;
  g_autoptr(GError) error = NULL;
  double x0, y0, x1, y1;
  guint n_points = 0;

  signature = passend_signature_new_from_bytes (bytes, &error);
  if (signature == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }
  g_assert (error == NULL);

  g_assert (passend_signature_get_n_strokes (signature) <= PASSEND_SIGNATURE_MAX_STROKES);
  g_assert (passend_signature_get_n_points (signature) <= PASSEND_SIGNATURE_MAX_POINTS);
  g_assert (isfinite (passend_signature_get_aspect_ratio (signature)));

  for (guint i = 0; i < passend_signature_get_n_strokes (signature); i++)
    {
      guint n = 0;
      const PassendSignaturePoint *points = passend_signature_get_stroke (signature, i, &n);

      for (guint j = 0; j < n; j++)
        g_assert (isfinite (points[j].x) && isfinite (points[j].y) && isfinite (points[j].pressure));
      n_points += n;
    }
  g_assert (n_points == passend_signature_get_n_points (signature));

  if (passend_signature_get_bounds (signature, &x0, &y0, &x1, &y1))
    g_assert (x0 <= x1 && y0 <= y1);

  written = passend_signature_to_bytes (signature);
  again = passend_signature_new_from_bytes (written, &error);
  g_assert (again != NULL && error == NULL);
  rewritten = passend_signature_to_bytes (again);
  g_assert (g_bytes_equal (written, rewritten));

  return 0;
}
