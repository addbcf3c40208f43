/* passend-pdf-check.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PASSEND_PDF_CHECK_ERROR (passend_pdf_check_error_quark ())

typedef enum
{
  PASSEND_PDF_CHECK_ERROR_EMPTY,        /* the file has no bytes */
  PASSEND_PDF_CHECK_ERROR_TOO_LARGE,    /* larger than the limit */
  PASSEND_PDF_CHECK_ERROR_DAMAGED,      /* claims a type its content does not hold up */
  PASSEND_PDF_CHECK_ERROR_UNSUPPORTED,  /* neither PDF, PNG nor JPEG */
} PassendPdfCheckError;

/* 50 MB: a scanned report of a few dozen pages fits; a video does not. */
#define PASSEND_ATTACHMENT_MAX_SIZE (50 * 1024 * 1024)

GQuark  passend_pdf_check_error_quark (void);

/* Decides whether @content may be attached as @file_name. The type comes
 * from the content, never from the name: a PDF must open with poppler
 * and have a page, a PNG must decode and a JPEG must have a frame header
 * and its end marker. Every error message names the file and the reason.
 * Safe to call from any thread.
 *
 * Returns: (transfer full): the media type ("application/pdf",
 * "image/png" or "image/jpeg"), or %NULL with @error set */
char   *passend_pdf_check_attachment  (const char  *file_name,
                                       GBytes      *content,
                                       gsize        max_size,
                                       GError     **error);

G_END_DECLS
