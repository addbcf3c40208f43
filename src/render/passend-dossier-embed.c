/* passend-dossier-embed.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "passend-dossier-private.h"
#include "passend-pdf-check.h"

/* Attached files in the dossier. A PDF page is copied with poppler's
 * printing render, which keeps text and vectors (pdftotext of the dossier
 * finds the report's words); an image gets an A4 page of its own. Over
 * each such page, in the margin, the dossier draws its section label at
 * the top and the confidentiality line with "pagina X van Y" at the foot,
 * each on a white band so it stays legible over whatever is beneath. */

#define LABEL_FONT     DOSSIER_FONT " 7.5"
#define LABEL_INSET    18.0
#define LABEL_PAD      4.0
#define LABEL_TOP      10.0
#define LABEL_BOTTOM   26.0
/* A page this much larger than A4 still keeps its size (Letter, a scan
 * a few points too large). */
#define SIZE_TOLERANCE 1.03
#define IMAGE_TOP      96.0
#define MAX_IMAGE_PIXELS (60 * 1000 * 1000)

static gboolean
refuse (const DossierPart  *part,
        GError            **error,
        const char         *reason)
{
  g_set_error (error, PASSEND_DOSSIER_ERROR, PASSEND_DOSSIER_ERROR_DAMAGED,
               /* TRANSLATORS: the file name, then why it cannot be used. */
               _("“%s” is damaged and cannot be put in the dossier: %s"),
               part->file_name, reason);
  return FALSE;
}

/* The attachment check names the file and the reason; the dossier says
 * the whole assembly stopped because of it. */
static char *
check_content (const DossierPart  *part,
               GError            **error)
{
  g_autoptr(GError) check_error = NULL;
  char *type = passend_pdf_check_attachment (part->file_name, part->content, 0, &check_error);

  if (type == NULL)
    g_set_error (error, PASSEND_DOSSIER_ERROR, PASSEND_DOSSIER_ERROR_DAMAGED,
                 /* TRANSLATORS: why an attachment cannot be used; it names the file. */
                 _("The dossier cannot be assembled: %s"), check_error->message);
  return type;
}

PopplerDocument *
_passend_dossier_open_pdf (const DossierPart  *part,
                           GError            **error)
{
  g_autofree char *type = check_content (part, error);
  g_autoptr(GError) local_error = NULL;
  PopplerDocument *document;
  int n_pages;

  if (type == NULL)
    return NULL;
  if (strcmp (type, "application/pdf") != 0)
    {
      refuse (part, error, _("it is an image, not a PDF document"));
      return NULL;
    }

  document = poppler_document_new_from_bytes (part->content, NULL, &local_error);
  if (document == NULL)
    {
      refuse (part, error, local_error->message);
      return NULL;
    }

  /* A file that forbids printing would be copied against its owner's
   * wish; the SWV can be sent it separately. */
  if ((poppler_document_get_permissions (document) & POPPLER_PERMISSIONS_OK_TO_PRINT) == 0)
    {
      g_object_unref (document);
      refuse (part, error, _("it is protected against printing"));
      return NULL;
    }

  n_pages = poppler_document_get_n_pages (document);
  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);

      if (page == NULL)
        {
          g_object_unref (document);
          refuse (part, error, _("a page cannot be read"));
          return NULL;
        }
      g_object_unref (page);
    }

  return document;
}

static guint
read_be16 (const guint8 *data)
{
  return ((guint) data[0] << 8) | data[1];
}

static guint32
read_be32 (const guint8 *data)
{
  return ((guint32) data[0] << 24) | ((guint32) data[1] << 16) | ((guint32) data[2] << 8) | data[3];
}

/* The size from the frame header; the attachment check has already
 * walked the markers, so only the frame needs finding. */
static gboolean
jpeg_size (const guint8 *data,
           gsize         size,
           double       *width,
           double       *height)
{
  gsize pos = 2;

  while (pos + 9 < size)
    {
      guint8 marker;

      if (data[pos] != 0xff)
        return FALSE;
      marker = data[pos + 1];
      if (marker == 0xff)
        {
          pos++;
          continue;
        }
      if (marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc)
        {
          *height = read_be16 (data + pos + 5);
          *width = read_be16 (data + pos + 7);
          return *width > 0 && *height > 0;
        }
      pos += 2 + read_be16 (data + pos + 2);
    }

  return FALSE;
}

gboolean
_passend_dossier_check_image (const DossierPart  *part,
                              double             *width,
                              double             *height,
                              GError            **error)
{
  g_autofree char *type = check_content (part, error);
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (part->content, &size);

  if (type == NULL)
    return FALSE;

  if (strcmp (type, "image/png") == 0 && size >= 24)
    {
      *width = read_be32 (data + 16);
      *height = read_be32 (data + 20);
    }
  else if (strcmp (type, "image/jpeg") != 0 || !jpeg_size (data, size, width, height))
    return refuse (part, error, _("it is not a PNG or JPEG image"));

  if (*width * *height > MAX_IMAGE_PIXELS)
    return refuse (part, error, _("the image is too large"));

  return TRUE;
}

void
_passend_dossier_unit_page_size (DossierUnit *unit,
                                 guint        index,
                                 double      *width,
                                 double      *height)
{
  PopplerPage *page;
  double w, h;

  *width = PASSEND_PDF_PAGE_WIDTH;
  *height = PASSEND_PDF_PAGE_HEIGHT;
  if (unit->kind != DOSSIER_UNIT_PDF)
    return;

  page = poppler_document_get_page (unit->document, index);
  poppler_page_get_size (page, &w, &h);
  g_object_unref (page);

  /* Up to A4 a page keeps its size; a larger one goes onto A4 in its
   * own orientation. */
  if (w > h)
    {
      if (w <= PASSEND_PDF_PAGE_HEIGHT * SIZE_TOLERANCE && h <= PASSEND_PDF_PAGE_WIDTH * SIZE_TOLERANCE)
        *width = w, *height = h;
      else
        *width = PASSEND_PDF_PAGE_HEIGHT, *height = PASSEND_PDF_PAGE_WIDTH;
    }
  else if (w <= PASSEND_PDF_PAGE_WIDTH * SIZE_TOLERANCE && h <= PASSEND_PDF_PAGE_HEIGHT * SIZE_TOLERANCE)
    *width = w, *height = h;
}

/* A line of margin text on a white band, left or right aligned. */
static double
draw_band_text (cairo_t      *cr,
                const char   *text,
                double        x,
                double        y,
                double        max_width,
                gboolean      right)
{
  g_autoptr(PangoLayout) layout = _passend_dossier_layout (cr, LABEL_FONT, max_width);
  PangoRectangle extents;
  double w, h;

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_extents (layout, NULL, &extents);
  w = extents.width;
  h = extents.height;
  if (right)
    x -= w;

  cairo_save (cr);
  cairo_rectangle (cr, x - LABEL_PAD, y - LABEL_PAD / 2, w + 2 * LABEL_PAD, h + LABEL_PAD);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.92);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
  cairo_set_line_width (cr, 0.4);
  cairo_stroke (cr);
  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
  return w;
}

static void
draw_labels (DossierPlan *plan,
             DossierUnit *unit,
             guint        index,
             cairo_t     *cr,
             double       width,
             double       height)
{
  g_autofree char *head = g_strdup_printf ("%s — %s", plan->dossier_title, unit->label);
  g_autofree char *number = g_strdup_printf ("pagina %u van %u", unit->first_page + index, plan->n_pages);
  double room = width - 2 * LABEL_INSET;
  double number_width;

  draw_band_text (cr, head, LABEL_INSET, LABEL_TOP, room, FALSE);
  number_width = draw_band_text (cr, number, width - LABEL_INSET, height - LABEL_BOTTOM, room / 3, TRUE);
  draw_band_text (cr, _passend_dossier_confidentiality (plan->dossier), LABEL_INSET, height - LABEL_BOTTOM,
                  room - number_width - 3 * LABEL_PAD - 12, FALSE);
}

void
_passend_dossier_draw_foot_line (DossierPlan  *plan,
                                 cairo_t      *cr,
                                 PangoContext *context,
                                 double        width,
                                 double        height)
{
  g_autoptr(PangoLayout) layout = _passend_dossier_layout (cr, DOSSIER_FONT " 7", DOSSIER_TEXT_WIDTH);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (layout, _passend_dossier_confidentiality (plan->dossier), -1);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  cairo_move_to (cr, DOSSIER_TEXT_X, height - 30);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

typedef struct
{
  const guint8 *data;
  gsize         remaining;
} PngReader;

static cairo_status_t
read_png (void          *closure,
          unsigned char *data,
          unsigned int   length)
{
  PngReader *reader = closure;

  if (length > reader->remaining)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->data, length);
  reader->data += length;
  reader->remaining -= length;
  return CAIRO_STATUS_SUCCESS;
}

/* A JPEG goes into the PDF as it is: cairo embeds the attached JPEG data
 * instead of the (blank) pixels of the surface. */
static cairo_surface_t *
load_image (DossierUnit *unit)
{
  const DossierPart *part = unit->part;
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (part->content, &size);
  cairo_surface_t *surface;

  if (size >= 4 && data[0] == 0x89 && data[1] == 'P')
    {
      PngReader reader = { data, size };

      return cairo_image_surface_create_from_png_stream (read_png, &reader);
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) unit->image_width,
                                        (int) unit->image_height);
  cairo_surface_set_mime_data (surface, CAIRO_MIME_TYPE_JPEG, data, size,
                               (cairo_destroy_func_t) g_bytes_unref, g_bytes_ref (part->content));
  return surface;
}

static gboolean
draw_image (DossierUnit  *unit,
            cairo_t      *cr,
            double        width,
            double        height,
            GError      **error)
{
  cairo_surface_t *image = load_image (unit);
  g_autoptr(PangoLayout) caption = NULL;
  double box_width = width - 2 * PASSEND_PDF_MARGIN;
  double box_height = height - 2 * IMAGE_TOP;
  double scale;

  if (cairo_surface_status (image) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (image);
      return refuse (unit->part, error, _("the image data is damaged"));
    }

  /* The part's title above it, as a heading names a report's first page. */
  caption = _passend_dossier_layout (cr, DOSSIER_FONT " Bold 13", box_width);
  pango_layout_set_ellipsize (caption, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (caption, unit->part->title, -1);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_move_to (cr, PASSEND_PDF_MARGIN, IMAGE_TOP - 28);
  pango_cairo_show_layout (cr, caption);

  /* Never enlarged beyond 1 pixel per point: a small scan stays sharp. */
  scale = MIN (1.0, MIN (box_width / unit->image_width, box_height / unit->image_height));
  cairo_save (cr);
  cairo_translate (cr, (width - unit->image_width * scale) / 2, IMAGE_TOP);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, image, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
  cairo_surface_destroy (image);
  return TRUE;
}

static void
draw_pdf_page (DossierUnit *unit,
               guint        index,
               cairo_t     *cr,
               double       width,
               double       height)
{
  PopplerPage *page = poppler_document_get_page (unit->document, index);
  double w, h, scale;

  poppler_page_get_size (page, &w, &h);
  scale = MIN (1.0, MIN (width / w, height / h));

  cairo_save (cr);
  cairo_translate (cr, (width - w * scale) / 2, (height - h * scale) / 2);
  cairo_scale (cr, scale, scale);
  poppler_page_render_for_printing (page, cr);
  cairo_restore (cr);
  g_object_unref (page);
}

gboolean
_passend_dossier_draw_embedded (DossierPlan  *plan,
                                DossierUnit  *unit,
                                guint         index,
                                cairo_t      *cr,
                                PangoContext *context,
                                double        width,
                                double        height,
                                GError      **error)
{
  if (unit->kind == DOSSIER_UNIT_PDF)
    draw_pdf_page (unit, index, cr, width, height);
  else if (!draw_image (unit, cr, width, height, error))
    return FALSE;

  draw_labels (plan, unit, index, cr, width, height);
  return TRUE;
}
