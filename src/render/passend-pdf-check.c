/* passend-pdf-check.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <glib/gi18n-lib.h>
#include <poppler.h>
#include <string.h>

#include "passend-pdf-check.h"

/* The image check lives here rather than in the UI (GdkTexture) so that
 * everything below the UI (the demo generator, an import, the command
 * line) refuses the same files, and render stays free of GTK: cairo
 * decodes PNG, and for JPEG a walk over the markers finds the frame
 * header and the end marker that a damaged or cut-off file lacks. */

#define PDF_TAIL 2048

G_DEFINE_QUARK (passend-pdf-check-error-quark, passend_pdf_check_error)

typedef enum
{
  KIND_OTHER,
  KIND_PDF,
  KIND_PNG,
  KIND_JPEG,
} Kind;

/* memmem() is a GNU extension; the PDF markers are short. */
static gboolean
contains (const guint8 *data,
          gsize         size,
          const char   *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= size; i++)
    {
      if (memcmp (data + i, needle, n) == 0)
        return TRUE;
    }

  return FALSE;
}

static Kind
kind_from_type (const char *type)
{
  if (type == NULL)
    return KIND_OTHER;
  if (g_content_type_is_a (type, "application/pdf"))
    return KIND_PDF;
  if (g_content_type_is_a (type, "image/png"))
    return KIND_PNG;
  if (g_content_type_is_a (type, "image/jpeg"))
    return KIND_JPEG;
  return KIND_OTHER;
}

/* Used when shared-mime-info does not know the bytes (or is missing):
 * the signatures of the three types we accept. */
static Kind
kind_from_magic (const guint8 *data,
                 gsize         size)
{
  static const guint8 png_signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

  if (size >= sizeof png_signature && memcmp (data, png_signature, sizeof png_signature) == 0)
    return KIND_PNG;
  if (size >= 3 && data[0] == 0xff && data[1] == 0xd8 && data[2] == 0xff)
    return KIND_JPEG;
  if (contains (data, MIN (size, 1024), "%PDF-"))
    return KIND_PDF;
  return KIND_OTHER;
}

static const char *
kind_media_type (Kind kind)
{
  switch (kind)
    {
    case KIND_PDF:
      return "application/pdf";
    case KIND_PNG:
      return "image/png";
    case KIND_JPEG:
      return "image/jpeg";
    case KIND_OTHER:
    default:
      return NULL;
    }
}

static gboolean
refuse_pdf (GError     **error,
            const char  *file_name,
            const char  *reason)
{
  g_set_error (error, PASSEND_PDF_CHECK_ERROR, PASSEND_PDF_CHECK_ERROR_DAMAGED,
               /* TRANSLATORS: the file name, then why, e.g. "it has no pages". */
               _("“%s” is not a readable PDF: %s"), file_name, reason);
  return FALSE;
}

static gboolean
check_pdf (const char    *file_name,
           GBytes        *content,
           GError       **error)
{
  PopplerDocument *document;
  int n_pages;
  g_autoptr(GError) local_error = NULL;
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (content, &size);
  gsize tail = MIN (size, PDF_TAIL);

  /* poppler rebuilds a missing cross-reference table, so a download cut
   * off halfway may still open and show its first pages; the end marker
   * tells that the rest is missing. */
  if (!contains (data + size - tail, tail, "%%EOF"))
    return refuse_pdf (error, file_name,
                       _("the file is incomplete; it may have been cut off while it was copied or downloaded"));

  document = poppler_document_new_from_bytes (content, NULL, &local_error);
  if (document == NULL)
    {
      if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        return refuse_pdf (error, file_name, _("it is protected with a password"));
      return refuse_pdf (error, file_name, _("the document structure is damaged"));
    }

  /* poppler-glib 22.12 has no autoptr for its types. */
  n_pages = poppler_document_get_n_pages (document);
  g_object_unref (document);
  if (n_pages < 1)
    return refuse_pdf (error, file_name, _("it has no pages"));

  return TRUE;
}

typedef struct
{
  const guint8 *data;
  gsize         size;
  gsize         offset;
} PngReader;

static cairo_status_t
read_png_cb (void          *closure,
             unsigned char *buffer,
             unsigned int   length)
{
  PngReader *reader = closure;

  if (reader->size - reader->offset < length)
    return CAIRO_STATUS_READ_ERROR;

  memcpy (buffer, reader->data + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
png_decodes (GBytes *content)
{
  PngReader reader = { 0, };
  cairo_surface_t *surface;
  gboolean ok;

  reader.data = g_bytes_get_data (content, &reader.size);
  surface = cairo_image_surface_create_from_png_stream (read_png_cb, &reader);
  ok = cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS &&
       cairo_image_surface_get_width (surface) > 0 &&
       cairo_image_surface_get_height (surface) > 0;
  cairo_surface_destroy (surface);
  return ok;
}

static gboolean
is_frame_marker (guint8 marker)
{
  /* SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC). */
  return marker >= 0xc0 && marker <= 0xcf &&
         marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
}

/* Walks the marker segments up to the start of the scan: a frame header
 * with a non-zero size must come first, and the file must end with EOI. */
static gboolean
jpeg_is_whole (GBytes *content)
{
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (content, &size);
  gboolean has_frame = FALSE;
  gsize pos = 2;
  gsize end = size;

  if (size < 4 || data[0] != 0xff || data[1] != 0xd8)
    return FALSE;

  while (pos + 4 <= size)
    {
      guint8 marker;
      gsize length;

      if (data[pos] != 0xff)
        return FALSE;
      while (pos < size && data[pos] == 0xff)
        pos++;
      if (pos + 3 > size)
        return FALSE;

      marker = data[pos++];
      if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7))
        continue;
      if (marker == 0xd9)
        return FALSE;

      length = ((gsize) data[pos] << 8) | data[pos + 1];
      if (length < 2 || pos + length > size)
        return FALSE;

      if (is_frame_marker (marker))
        {
          if (length < 8)
            return FALSE;
          has_frame = ((data[pos + 3] << 8) | data[pos + 4]) > 0 &&
                      ((data[pos + 5] << 8) | data[pos + 6]) > 0;
        }

      if (marker == 0xda)
        break;

      pos += length;
    }

  /* Some writers pad the end with zeros. */
  while (end > pos && data[end - 1] == 0)
    end--;

  return has_frame && end >= pos + 2 && data[end - 2] == 0xff && data[end - 1] == 0xd9;
}

char *
passend_pdf_check_attachment (const char  *file_name,
                              GBytes      *content,
                              gsize        max_size,
                              GError     **error)
{
  g_autofree char *real_type = NULL;
  g_autofree char *named_type = NULL;
  g_autofree char *description = NULL;
  gboolean uncertain = FALSE;
  gsize size = 0;
  const guint8 *data;
  Kind real;
  Kind named;

  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (content != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (content, &size);
  if (size == 0)
    {
      g_set_error (error, PASSEND_PDF_CHECK_ERROR, PASSEND_PDF_CHECK_ERROR_EMPTY,
                   _("“%s” is empty."), file_name);
      return NULL;
    }

  if (max_size > 0 && size > max_size)
    {
      g_autofree char *size_text = g_format_size (size);
      g_autofree char *limit_text = g_format_size (max_size);

      g_set_error (error, PASSEND_PDF_CHECK_ERROR, PASSEND_PDF_CHECK_ERROR_TOO_LARGE,
                   /* TRANSLATORS: file name, its size, the largest size allowed. */
                   _("“%s” is too large to attach (%s; at most %s)."),
                   file_name, size_text, limit_text);
      return NULL;
    }

  /* The content decides, the name only tells what the file claims. */
  real_type = g_content_type_guess (NULL, data, size, &uncertain);
  real = kind_from_type (real_type);
  if (real == KIND_OTHER)
    real = kind_from_magic (data, size);
  named_type = g_content_type_guess (file_name, NULL, 0, NULL);
  named = kind_from_type (named_type);

  switch (real)
    {
    case KIND_PDF:
      if (!check_pdf (file_name, content, error))
        return NULL;
      break;

    case KIND_PNG:
      if (!png_decodes (content))
        {
          g_set_error (error, PASSEND_PDF_CHECK_ERROR, PASSEND_PDF_CHECK_ERROR_DAMAGED,
                       _("“%s” is not a readable PNG image: the image data is damaged or incomplete."),
                       file_name);
          return NULL;
        }
      break;

    case KIND_JPEG:
      if (!jpeg_is_whole (content))
        {
          g_set_error (error, PASSEND_PDF_CHECK_ERROR, PASSEND_PDF_CHECK_ERROR_DAMAGED,
                       _("“%s” is not a readable JPEG image: the image data is damaged or incomplete."),
                       file_name);
          return NULL;
        }
      break;

    case KIND_OTHER:
    default:
      description = g_content_type_get_description (real_type);
      if (named == KIND_PDF)
        g_set_error (error, PASSEND_PDF_CHECK_ERROR, PASSEND_PDF_CHECK_ERROR_DAMAGED,
                     /* TRANSLATORS: file name, then what the content looks like ("plain text document"). */
                     _("“%s” is not a readable PDF: it holds no PDF data but looks like a %s."),
                     file_name, description);
      else if (named == KIND_PNG || named == KIND_JPEG)
        g_set_error (error, PASSEND_PDF_CHECK_ERROR, PASSEND_PDF_CHECK_ERROR_DAMAGED,
                     _("“%s” is not a readable image: it holds no image data but looks like a %s."),
                     file_name, description);
      else
        g_set_error (error, PASSEND_PDF_CHECK_ERROR, PASSEND_PDF_CHECK_ERROR_UNSUPPORTED,
                     _("“%s” cannot be attached: only PDF documents and PNG or JPEG images can (this is a %s)."),
                     file_name, description);
      return NULL;
    }

  return g_strdup (kind_media_type (real));
}
