/* passend-dossier-draw.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-dossier-private.h"
#include "passend-pdf-writer-private.h"

/* Drawing the planned dossier into one cairo PDF surface: the metadata,
 * the outline, a named destination where each section and part starts
 * (the table of contents links to them: cairo 1.16 cannot link to a later
 * page by number), every page with "pagina X van Y" of the whole, and the
 * "Document" structure element around everything, without which qpdf
 * reports a file with links as damaged. */

void
_passend_dossier_draw_writer_page (PassendPdfWriter *writer,
                                   cairo_t          *cr,
                                   guint             index,
                                   guint             page_number,
                                   guint             n_pages)
{
  PassendPdfDecoration decoration = { writer->title, writer->author, writer->footer_text,
                                      writer->header_text, writer->watermark };

  g_assert (writer->pages != NULL);

  cairo_save (cr);
  _passend_pdf_pages_draw_page_numbered (writer->pages, cr, writer->context, &decoration,
                                         index, page_number, n_pages);
  cairo_restore (cr);
}

gboolean
_passend_dossier_find_heading (PassendPdfWriter *writer,
                               int               level,
                               guint             nth,
                               guint            *page,
                               double           *y)
{
  guint seen = 0;

  g_assert (writer->pages != NULL);

  for (guint p = 0; p < writer->pages->pages->len; p++)
    {
      PassendPdfPage *pdf_page = g_ptr_array_index (writer->pages->pages, p);

      for (guint i = 0; i < pdf_page->marks->len; i++)
        {
          PassendPdfOutlineMark *mark = g_ptr_array_index (pdf_page->marks, i);

          if (mark->level != level)
            continue;
          if (seen++ == nth)
            {
              *page = p;
              *y = mark->y;
              return TRUE;
            }
        }
    }

  return FALSE;
}

static char *
position (guint  page,
          double y)
{
  char ys[G_ASCII_DTOSTR_BUF_SIZE];

  /* Locale-independent: a Dutch locale would write "56,00". */
  g_ascii_formatd (ys, sizeof ys, "%.2f", MAX (y - 12, 0));
  return g_strdup_printf ("page=%u pos=[0 %s]", page, ys);
}

static void
add_outline (DossierPlan     *plan,
             cairo_surface_t *surface)
{
  int section = CAIRO_PDF_OUTLINE_ROOT;
  g_autofree char *cover = position (1, 0);
  g_autofree char *contents = NULL;
  guint page = 0;
  double y = 0;

  cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, "Voorblad", cover, 0);
  /* The second heading of level 1 in the front matter. */
  if (_passend_dossier_find_heading (plan->front, 1, 1, &page, &y))
    {
      contents = position (page + 1, y);
      cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, "Inhoudsopgave", contents, 0);
    }

  for (guint i = 0; i < plan->targets->len; i++)
    {
      DossierTarget *target = g_ptr_array_index (plan->targets, i);
      g_autofree char *link = position (target->page, target->y);

      if (target->level == 1)
        section = cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, target->title, link,
                                                 CAIRO_PDF_OUTLINE_FLAG_OPEN);
      else
        cairo_pdf_surface_add_outline (surface, section, target->title, link, 0);
    }
}

static void
set_metadata (DossierPlan     *plan,
              cairo_surface_t *surface)
{
  PassendDossier *dossier = plan->dossier;
  const PassendDossierCover *cover = &dossier->cover;
  g_autoptr(GDateTime) created = dossier->creation_date != NULL
                                 ? g_date_time_ref (dossier->creation_date)
                                 : g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (created, "%Y-%m-%dT%H:%M:%S%:z");
  g_autoptr(GString) subject = g_string_new (cover->is_extension
                                             ? "Aanvraag verlenging toelaatbaarheidsverklaring"
                                             : "Aanvraag toelaatbaarheidsverklaring");

  if (cover->kind != NULL && cover->kind[0] != '\0')
    g_string_append_printf (subject, " %s", cover->kind);
  if (cover->swv_name != NULL && cover->swv_name[0] != '\0')
    g_string_append_printf (subject, " bij %s", cover->swv_name);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, plan->dossier_title);
  if (cover->school_name != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, cover->school_name);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject->str);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Passend " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, date);
}

/* The named destinations of the targets on this page; *@next is the
 * first target not yet placed (targets are in page order). */
static void
place_destinations (DossierPlan *plan,
                    cairo_t     *cr,
                    guint        unit,
                    guint        unit_page,
                    guint       *next)
{
  while (*next < plan->targets->len)
    {
      DossierTarget *target = g_ptr_array_index (plan->targets, *next);
      g_autofree char *attributes = NULL;
      char ys[G_ASCII_DTOSTR_BUF_SIZE];

      if (target->unit != unit || target->unit_page != unit_page)
        break;

      g_ascii_formatd (ys, sizeof ys, "%.2f", MAX (target->y - 12, 0));
      attributes = g_strdup_printf ("name='%s' x=0 y=%s", target->dest, ys);
      cairo_tag_begin (cr, CAIRO_TAG_DEST, attributes);
      cairo_tag_end (cr, CAIRO_TAG_DEST);
      (*next)++;
    }
}

typedef struct
{
  DossierPlan               *plan;
  cairo_t                   *cr;
  cairo_surface_t           *surface;
  PangoContext              *context;
  guint                      page_number;
  PassendDossierProgressFunc progress;
  gpointer                   user_data;
} Drawing;

/* cairo 1.16 restarts its recording of the page when the size is set, so
 * the "Document" element may only begin after the first page's size. */
static void
start_page (Drawing *drawing,
            double   width,
            double   height)
{
  cairo_pdf_surface_set_size (drawing->surface, width, height);
  if (drawing->page_number == 1)
    cairo_tag_begin (drawing->cr, "Document", "");
}

static void
end_page (Drawing *drawing)
{
  if (drawing->page_number == drawing->plan->n_pages)
    cairo_tag_end (drawing->cr, "Document");
  cairo_show_page (drawing->cr);

  if (drawing->progress != NULL)
    drawing->progress ((double) drawing->page_number / drawing->plan->n_pages, drawing->user_data);
  drawing->page_number++;
}

static gboolean
draw_unit (Drawing       *drawing,
           guint          u,
           guint         *next_target,
           GCancellable  *cancellable,
           GError       **error)
{
  DossierPlan *plan = drawing->plan;
  DossierUnit *unit = g_ptr_array_index (plan->units, u);

  for (guint i = 0; i < unit->n_pages; i++)
    {
      double width, height;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      _passend_dossier_unit_page_size (unit, i, &width, &height);
      start_page (drawing, width, height);

      if (unit->kind == DOSSIER_UNIT_WRITER)
        {
          _passend_dossier_draw_writer_page (unit->writer, drawing->cr, i,
                                             drawing->page_number, plan->n_pages);
          _passend_dossier_draw_foot_line (plan, drawing->cr, drawing->context, width, height);
        }
      else if (!_passend_dossier_draw_embedded (plan, unit, i, drawing->cr, drawing->context,
                                                width, height, error))
        return FALSE;

      /* After the content: cairo 1.16 drops a destination placed on a
       * page that then starts with an image. */
      place_destinations (plan, drawing->cr, u, i, next_target);
      end_page (drawing);
    }

  return TRUE;
}

static gboolean
draw_pages (Drawing       *drawing,
            GCancellable  *cancellable,
            GError       **error)
{
  DossierPlan *plan = drawing->plan;
  guint next_target = 0;

  for (guint i = 0; i < plan->n_front; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      start_page (drawing, PASSEND_PDF_PAGE_WIDTH, PASSEND_PDF_PAGE_HEIGHT);
      _passend_dossier_draw_writer_page (plan->front, drawing->cr, i, drawing->page_number, plan->n_pages);
      _passend_dossier_draw_foot_line (plan, drawing->cr, drawing->context,
                                       PASSEND_PDF_PAGE_WIDTH, PASSEND_PDF_PAGE_HEIGHT);
      end_page (drawing);
    }

  for (guint u = 0; u < plan->units->len; u++)
    {
      if (!draw_unit (drawing, u, &next_target, cancellable, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
_passend_dossier_draw (DossierPlan                *plan,
                       cairo_write_func_t          write_func,
                       gpointer                    closure,
                       PassendDossierProgressFunc  progress,
                       gpointer                    user_data,
                       GCancellable               *cancellable,
                       GError                    **error)
{
  Drawing drawing = { plan, NULL, NULL, NULL, 1, progress, user_data };
  cairo_status_t status;
  gboolean ok;

  drawing.surface = cairo_pdf_surface_create_for_stream (write_func, closure,
                                                         PASSEND_PDF_PAGE_WIDTH, PASSEND_PDF_PAGE_HEIGHT);
  drawing.cr = cairo_create (drawing.surface);
  drawing.context = pango_cairo_create_context (drawing.cr);
  pango_cairo_context_set_resolution (drawing.context, 72);

  set_metadata (plan, drawing.surface);
  add_outline (plan, drawing.surface);
  ok = draw_pages (&drawing, cancellable, error);

  g_object_unref (drawing.context);
  cairo_surface_finish (drawing.surface);
  status = cairo_status (drawing.cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (drawing.surface);
  cairo_destroy (drawing.cr);
  cairo_surface_destroy (drawing.surface);

  if (ok && status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PASSEND_DOSSIER_ERROR, PASSEND_DOSSIER_ERROR_FAILED,
                   _("The dossier could not be written: %s"), cairo_status_to_string (status));
      return FALSE;
    }

  return ok;
}
