/* fuzz-pdf.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the app does with a file a coordinator attaches: the check of its
 * type and content, then, for a PDF, the preview of its first page. */

#include "config.h"

#include "passend-fuzz.h"
#include "passend-pdf-check.h"
#include "passend-pdf-renderer.h"

/* Small enough that a mutated page size cannot eat the memory. */
#define PREVIEW_SCALE 0.1

static void
preview (GBytes *bytes)
{
  g_autoptr(PassendPdfRenderer) renderer = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  double width = 0;
  double height = 0;

  renderer = passend_pdf_renderer_new (bytes, &error);
  if (renderer == NULL)
    {
      g_assert (error != NULL);
      return;
    }

  if (passend_pdf_renderer_get_n_pages (renderer) == 0)
    return;

  passend_pdf_renderer_get_page_size (renderer, 0, &width, &height);
  g_assert (width >= 0 && height >= 0);
  if (width * PREVIEW_SCALE > 2000 || height * PREVIEW_SCALE > 2000)
    return;

  surface = passend_pdf_renderer_render_page (renderer, 0, PREVIEW_SCALE, 1, NULL, &error);
  if (surface != NULL)
    cairo_surface_destroy (surface);
  else
    g_assert (error != NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autofree char *media_type = NULL;

  media_type = passend_pdf_check_attachment ("bijlage.pdf", bytes, PASSEND_ATTACHMENT_MAX_SIZE, &error);
  if (media_type == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }

  if (g_str_equal (media_type, "application/pdf"))
    preview (bytes);

  return 0;
}
