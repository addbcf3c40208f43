/* passend-dossier-front.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-dossier-private.h"

/* The pages the dossier writes itself: the cover sheet with the checklist,
 * the table of contents (each row a link to a named destination), runs
 * of timeline entries and minutes, and the signature page. All Dutch and
 * deliberately not translated: the dossier goes to a Dutch committee. */

#define LOGO_HEIGHT     42.0
#define KEY_WIDTH       150.0
#define TOC_SECTION_ROW 20.0
#define TOC_PART_ROW    15.0
#define TOC_INDENT      18.0
#define SIGN_HEIGHT     92.0

PangoLayout *
_passend_dossier_layout (cairo_t    *cr,
                         const char *font,
                         double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *description = pango_font_description_from_string (font);

  /* PangoCairo assumes 96 dpi; on a PDF one unit is one point. */
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
  pango_layout_context_changed (layout);
  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  return layout;
}

static char *
short_day (PassendDay day)
{
  int y, m, d;

  if (day == PASSEND_DAY_NONE)
    return NULL;

  passend_day_get_ymd (day, &y, &m, &d);
  return g_strdup_printf ("%d-%d-%d", d, m, y);
}

static PassendPdfWriter *
new_writer (PassendDossier *dossier,
            const char     *header_text)
{
  g_autofree char *title = _passend_dossier_dup_title (dossier);
  PassendPdfWriter *writer = passend_pdf_writer_new (title, dossier->cover.school_name);

  passend_pdf_writer_set_header_text (writer, header_text);
  passend_pdf_writer_set_key_width (writer, KEY_WIDTH);
  return writer;
}

/* Cover sheet */

static char *
dup_period (const PassendDossierCover *cover)
{
  g_autofree char *start = short_day (cover->requested_start);
  g_autofree char *end = short_day (cover->requested_end);

  if (start == NULL && end == NULL)
    return NULL;
  return g_strdup_printf ("%s t/m %s", start != NULL ? start : "…", end != NULL ? end : "…");
}

static void
add_cover_facts (PassendPdfWriter          *writer,
                 const PassendDossierCover *cover)
{
  g_autofree char *birth = passend_day_format_dutch (cover->student_birth_date);
  g_autofree char *period = dup_period (cover);
  g_autofree char *target = NULL;
  g_autofree char *meeting = NULL;
  g_autofree char *day = passend_day_format_dutch (cover->day);
  const char *student_keys[] = { "Naam", "Geboortedatum", "Leerlingnummer", "Klas" };
  const char *student_values[] = { cover->student_name, birth[0] != '\0' ? birth : NULL,
                                   cover->student_number, cover->student_group };
  const char *school_keys[] = { "School", "Plaats", "Contactpersoon" };
  const char *school_values[] = { cover->school_name, cover->school_city, cover->coordinator_name };
  const char *request_keys[] = { "Samenwerkingsverband", "Soort", "Bekostigingscategorie",
                                 "Gevraagde periode", "Eerste aanvraag of verlenging",
                                 "Beoogde school", "Voorafgaand overleg", "Datum dossier" };
  const char *request_values[G_N_ELEMENTS (request_keys)];

  if (cover->target_school != NULL && cover->target_school[0] != '\0')
    target = g_strdup_printf ("%s (%s)", cover->target_school,
                              cover->registered_at_target ? "leerling aangemeld" : "nog niet aangemeld");
  if (cover->preceding_meeting_on != PASSEND_DAY_NONE)
    {
      g_autofree char *meeting_day = passend_day_format_dutch (cover->preceding_meeting_on);

      meeting = g_strdup_printf ("%s op %s",
                                 cover->preceding_meeting != NULL ? cover->preceding_meeting : "Flex-ZAT/MDO",
                                 meeting_day);
    }

  request_values[0] = cover->swv_name;
  request_values[1] = cover->kind;
  request_values[2] = cover->category != NULL && cover->category[0] != '\0' ? cover->category : NULL;
  request_values[3] = period;
  request_values[4] = cover->is_extension ? "verlenging" : "eerste aanvraag";
  request_values[5] = target;
  request_values[6] = meeting;
  request_values[7] = day[0] != '\0' ? day : NULL;

  passend_pdf_writer_add_heading (writer, 2, "Leerling");
  passend_pdf_writer_add_key_values (writer, student_keys, student_values, G_N_ELEMENTS (student_keys));
  passend_pdf_writer_add_heading (writer, 2, "School");
  passend_pdf_writer_add_key_values (writer, school_keys, school_values, G_N_ELEMENTS (school_keys));
  passend_pdf_writer_add_heading (writer, 2, "Aanvraag");
  passend_pdf_writer_add_key_values (writer, request_keys, request_values, G_N_ELEMENTS (request_keys));
}

/* The checklist: every section with what it holds and where it starts. */
static void
add_cover_checklist (DossierPlan      *plan,
                     PassendPdfWriter *writer)
{
  PassendDossier *dossier = plan->dossier;
  static const double widths[] = { 1, 8, 2.4, 1.6 };
  const char *header[] = { "Nr.", "Onderdeel", "Stukken", "Pagina" };
  g_autofree guint *counts = g_new0 (guint, dossier->sections->len + 1);

  for (guint i = 0; i < dossier->parts->len; i++)
    counts[((DossierPart *) g_ptr_array_index (dossier->parts, i))->section]++;

  passend_pdf_writer_add_heading (writer, 2, "Inhoud van het dossier");
  passend_pdf_writer_begin_table (writer, G_N_ELEMENTS (widths), widths);
  passend_pdf_writer_add_table_header (writer, header);
  for (guint i = 0; i < dossier->sections->len; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *parts = NULL;
      g_autofree char *page = NULL;
      guint first = g_array_index (plan->section_pages, guint, i);
      const char *row[4];

      if (counts[i] == 0)
        parts = g_strdup ("ontbreekt");
      else
        parts = g_strdup_printf (counts[i] == 1 ? "%u stuk" : "%u stukken", counts[i]);
      page = first > 0 ? g_strdup_printf ("%u", first) : g_strdup ("—");

      row[0] = number;
      row[1] = g_ptr_array_index (dossier->sections, i);
      row[2] = parts;
      row[3] = page;
      passend_pdf_writer_add_table_row (writer, row);
    }
  passend_pdf_writer_end_table (writer);
}

/* Table of contents */

static void
draw_leader (cairo_t *cr,
             double   from,
             double   to,
             double   y)
{
  cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
  for (double x = from; x + 1 < to; x += 4)
    {
      cairo_rectangle (cr, x, y - 0.6, 0.8, 0.8);
    }
  cairo_fill (cr);
}

static void
draw_toc_row (cairo_t  *cr,
              double    width,
              double    height,
              gpointer  user_data)
{
  const DossierTarget *target = user_data;
  gboolean section = target->level == 1;
  double indent = section ? 0 : TOC_INDENT;
  g_autofree char *number = g_strdup_printf ("%u", target->page);
  g_autofree char *link = g_strdup_printf ("dest='%s'", target->dest);
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) page = NULL;
  const char *font = section ? DOSSIER_FONT " Bold 10" : DOSSIER_FONT " 9.5";
  PangoRectangle title_extents, page_extents;
  double baseline;

  page = _passend_dossier_layout (cr, font, -1);
  pango_layout_set_text (page, number, -1);
  pango_layout_get_extents (page, NULL, &page_extents);

  title = _passend_dossier_layout (cr, font, width - indent - page_extents.width / PANGO_SCALE - 24);
  pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (title, target->title, -1);
  pango_layout_get_extents (title, NULL, &title_extents);

  baseline = height - 4;
  /* The whole row is the link: title, leader and page number. */
  cairo_tag_begin (cr, CAIRO_TAG_LINK, link);
  if (section)
    cairo_set_source_rgb (cr, 0, 0, 0);
  else
    cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  cairo_move_to (cr, indent, baseline - (double) pango_layout_get_baseline (title) / PANGO_SCALE);
  pango_cairo_show_layout (cr, title);
  draw_leader (cr, indent + (double) title_extents.width / PANGO_SCALE + 6,
               width - (double) page_extents.width / PANGO_SCALE - 6, baseline);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_move_to (cr, width - (double) page_extents.width / PANGO_SCALE,
                 baseline - (double) pango_layout_get_baseline (page) / PANGO_SCALE);
  pango_cairo_show_layout (cr, page);
  cairo_tag_end (cr, CAIRO_TAG_LINK);
}

guint
_passend_dossier_build_front (DossierPlan   *plan,
                              GCancellable  *cancellable,
                              GError       **error)
{
  PassendDossier *dossier = plan->dossier;
  const PassendDossierCover *cover = &dossier->cover;
  g_autoptr(PassendPdfWriter) writer = new_writer (dossier, plan->dossier_title);
  g_autoptr(GError) local_error = NULL;
  guint n_pages;

  if (dossier->logo != NULL)
    {
      /* A logo that does not read leaves the cover without one. */
      if (!passend_pdf_writer_add_image (writer, dossier->logo, LOGO_HEIGHT, NULL))
        g_debug ("dossier: the school logo is not a PNG; left out");
      passend_pdf_writer_add_space (writer, 8);
    }

  passend_pdf_writer_add_heading (writer, 1, cover->is_extension
                                             ? "Aanvraag verlenging toelaatbaarheidsverklaring"
                                             : "Aanvraag toelaatbaarheidsverklaring");
  if (cover->swv_name != NULL && cover->swv_name[0] != '\0')
    {
      g_autofree char *line = g_strdup_printf ("Dossier voor de commissie toelaatbaarheid van %s.",
                                               cover->swv_name);

      passend_pdf_writer_add_paragraph (writer, line);
    }

  add_cover_facts (writer, cover);
  add_cover_checklist (plan, writer);

  passend_pdf_writer_add_page_break (writer);
  passend_pdf_writer_add_heading (writer, 1, "Inhoudsopgave");
  for (guint i = 0; i < plan->targets->len; i++)
    {
      DossierTarget *target = g_ptr_array_index (plan->targets, i);

      passend_pdf_writer_add_drawing (writer, 0, DOSSIER_TEXT_WIDTH,
                                      target->level == 1 ? TOC_SECTION_ROW : TOC_PART_ROW,
                                      draw_toc_row, target, NULL);
    }

  n_pages = passend_pdf_writer_paginate (writer, cancellable, &local_error);
  if (n_pages == 0)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, PASSEND_DOSSIER_ERROR, PASSEND_DOSSIER_ERROR_FAILED,
                     "%s", local_error != NULL ? local_error->message : "");
      return 0;
    }

  g_set_object (&plan->front, writer);
  return n_pages;
}

/* Entries and minutes */

PassendPdfWriter *
_passend_dossier_build_run (PassendDossier *dossier,
                            const char     *section_label,
                            GPtrArray      *parts)
{
  PassendPdfWriter *writer = new_writer (dossier, section_label);

  passend_pdf_writer_add_heading (writer, 1, section_label);
  for (guint i = 0; i < parts->len; i++)
    {
      const DossierPart *part = g_ptr_array_index (parts, i);
      g_autofree char *day = passend_day_format_dutch (part->day);
      g_autofree char *line = NULL;

      passend_pdf_writer_add_heading (writer, 2, part->title);
      if (part->kind_label != NULL && part->kind_label[0] != '\0')
        line = day[0] != '\0' ? g_strdup_printf ("%s · %s", day, part->kind_label)
                              : g_strdup (part->kind_label);
      else if (day[0] != '\0')
        line = g_strdup (day);

      if (line != NULL)
        {
          g_autofree char *escaped = g_markup_escape_text (line, -1);
          g_autofree char *markup = g_strdup_printf ("<span foreground=\"#555555\">%s</span>", escaped);

          passend_pdf_writer_add_markup (writer, markup, NULL);
        }
      passend_pdf_writer_add_paragraph (writer, part->text[0] != '\0' ? part->text : "(geen tekst)");
      passend_pdf_writer_add_space (writer, 6);
    }

  return writer;
}

/* The signature page */

static void
draw_sign_lines (cairo_t  *cr,
                 double    width,
                 double    height,
                 gpointer  user_data)
{
  static const char * const labels[] = { "Datum", "Plaats", "Handtekening" };
  double column = (width - 24) / 2;
  double xs[] = { 0, column + 24, 0 };
  double ys[] = { 22, 22, height - 4 };
  double widths[] = { column, column, width };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autoptr(PangoLayout) layout = _passend_dossier_layout (cr, DOSSIER_FONT " 8", -1);

      pango_layout_set_text (layout, labels[i], -1);
      cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
      cairo_move_to (cr, xs[i], ys[i] - 18 - (i == 2 ? 30 : 0));
      pango_cairo_show_layout (cr, layout);

      cairo_set_line_width (cr, 0.6);
      cairo_move_to (cr, xs[i], ys[i]);
      cairo_line_to (cr, xs[i] + widths[i], ys[i]);
      cairo_stroke (cr);
    }
}

PassendPdfWriter *
_passend_dossier_build_signatures (PassendDossier    *dossier,
                                   const char        *section_label,
                                   const DossierPart *part)
{
  PassendPdfWriter *writer = new_writer (dossier, section_label);
  const PassendDossierCover *cover = &dossier->cover;
  g_autofree char *statement = NULL;

  if (part->text != NULL && part->text[0] != '\0')
    statement = g_strdup (part->text);
  else
    statement = g_strdup_printf ("Ondergetekenden verklaren dat zij de inhoud van dit dossier kennen "
                                 "en instemmen met de aanvraag van een toelaatbaarheidsverklaring%s%s%s%s%s.",
                                 cover->kind != NULL ? " (" : "", cover->kind != NULL ? cover->kind : "",
                                 cover->kind != NULL ? ")" : "",
                                 cover->swv_name != NULL ? " bij " : "",
                                 cover->swv_name != NULL ? cover->swv_name : "");

  passend_pdf_writer_add_heading (writer, 1, part->title);
  if (cover->student_name != NULL)
    {
      const char *keys[] = { "Leerling" };
      const char *values[] = { cover->student_name };

      passend_pdf_writer_add_key_values (writer, keys, values, 1);
    }
  passend_pdf_writer_add_paragraph (writer, statement);
  passend_pdf_writer_add_space (writer, 12);

  for (guint i = 0; i + 1 < part->signers->len; i += 2)
    {
      const char *role = g_ptr_array_index (part->signers, i);
      const char *name = g_ptr_array_index (part->signers, i + 1);
      const char *keys[] = { "Rol", "Naam" };
      const char *values[] = { role[0] != '\0' ? role : "……………………………………",
                               name[0] != '\0' ? name : "……………………………………" };

      passend_pdf_writer_begin_keep_together (writer);
      passend_pdf_writer_add_key_values (writer, keys, values, G_N_ELEMENTS (keys));
      passend_pdf_writer_add_space (writer, 6);
      passend_pdf_writer_add_drawing (writer, 0, DOSSIER_TEXT_WIDTH, SIGN_HEIGHT,
                                      draw_sign_lines, NULL, NULL);
      passend_pdf_writer_add_space (writer, 18);
      passend_pdf_writer_end_keep_together (writer);
    }

  return writer;
}
