/* passend-opp-pdf-signatures.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <pango/pangocairo.h>

#include "passend-opp-content.h"
#include "passend-opp-pdf-ink.h"
#include "passend-opp-pdf-private.h"

/* The signature chapter. Signatures come only from what was recorded
 * (DOMAIN.md §10.5): a block shows a recorded signature given on this
 * very content, or is left empty with the signer's name filled in, to be
 * signed on paper. Each block stays whole on one page. */

#define BOX_WIDTH   215.0
#define BOX_HEIGHT  76.0
#define KEY_WIDTH   58.0
#define PEN_WIDTH   1.3
#define DOTS        "……………………………………"
#define LABEL_FONT  "Cantarell, DejaVu Sans, Sans 7"
#define REMARK_FONT "Cantarell, DejaVu Sans, Sans Italic 8"

typedef struct
{
  PassendSignature *ink;     /* NULL: nothing drawn */
  char             *remark;  /* in the box instead of ink; NULL: none */
} Box;

static void
box_free (gpointer data)
{
  Box *box = data;

  g_clear_pointer (&box->ink, passend_signature_unref);
  g_free (box->remark);
  g_free (box);
}

static PangoLayout *
box_layout (cairo_t    *cr,
            const char *font,
            const char *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (font);

  /* One unit is one point, as everywhere in the document. */
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
  pango_layout_context_changed (layout);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
draw_box (cairo_t  *cr,
          double    width,
          double    height,
          gpointer  user_data)
{
  Box *box = user_data;
  g_autoptr(PangoLayout) label = box_layout (cr, LABEL_FONT, "Handtekening");
  double baseline = height - 10;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.975, 0.98, 0.985);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  cairo_set_source_rgb (cr, 0.45, 0.5, 0.56);
  cairo_set_line_width (cr, 0.6);
  cairo_move_to (cr, 8, baseline);
  cairo_line_to (cr, width - 8, baseline);
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, 0.45, 0.45, 0.45);
  cairo_move_to (cr, 8, baseline + 1.5);
  pango_cairo_show_layout (cr, label);

  if (box->ink != NULL)
    {
      cairo_translate (cr, 6, 2);
      cairo_set_source_rgb (cr, 0.05, 0.12, 0.35);
      passend_opp_pdf_draw_ink_fitted (cr, box->ink, width - 12, baseline - 2, PEN_WIDTH);
    }
  else if (box->remark != NULL)
    {
      g_autoptr(PangoLayout) remark = box_layout (cr, REMARK_FONT, box->remark);
      int w, h;

      pango_layout_get_size (remark, &w, &h);
      cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
      cairo_move_to (cr, 12, baseline - 4 - (double) h / PANGO_SCALE);
      pango_cairo_show_layout (cr, remark);
    }
  cairo_restore (cr);
}

static const char *
outcome_text (PassendOppOutcome outcome)
{
  switch (outcome)
    {
    case PASSEND_OPP_OUTCOME_AGREED:
      return "akkoord";
    case PASSEND_OPP_OUTCOME_NOT_AGREED:
      return "niet akkoord";
    case PASSEND_OPP_OUTCOME_ESTABLISHED:
    default:
      return "vastgesteld";
    }
}

static void
add_block_title (PassendPdfWriter *writer,
                 const char       *title)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  g_autofree char *markup = g_strdup_printf ("<span foreground=\"#1c3d5a\"><b>%s</b></span>", escaped);

  passend_pdf_writer_add_space (writer, 6);
  passend_pdf_writer_add_markup (writer, markup, NULL);
}

static void
add_caption (PassendPdfWriter *writer,
             const char       *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *markup = g_strdup_printf ("<span size=\"7680\" foreground=\"#5e5c64\">%s</span>", escaped);

  passend_pdf_writer_add_markup (writer, markup, NULL);
}

/* A recorded signature: name, role, outcome (and reason), date, place,
 * and the ink or what stands for it. */
static void
add_recorded (PassendPdfWriter          *writer,
              const char                *title,
              const PassendOppSignature *signature)
{
  g_autofree char *day = _passend_opp_pdf_day_long (signature->signed_on);
  g_autofree char *short_hash = passend_opp_short_hash (signature->version_sha256);
  g_autofree char *caption = NULL;
  const char *keys[6];
  const char *values[6];
  gsize n = 0;
  Box *box = g_new0 (Box, 1);

  keys[n] = "Naam";
  values[n++] = signature->name;
  if (signature->role != NULL && signature->role[0] != '\0')
    {
      keys[n] = signature->signer == PASSEND_OPP_SIGNER_GUARDIAN ? "Relatie" : "Functie";
      values[n++] = signature->role;
    }
  keys[n] = "Besluit";
  values[n++] = outcome_text (signature->outcome);
  if (signature->outcome == PASSEND_OPP_OUTCOME_NOT_AGREED)
    {
      keys[n] = "Reden";
      values[n++] = signature->reason != NULL && signature->reason[0] != '\0' ? signature->reason : "—";
    }
  keys[n] = "Datum";
  values[n++] = day;
  keys[n] = "Plaats";
  values[n++] = signature->place != NULL && signature->place[0] != '\0' ? signature->place : "—";

  switch (signature->method)
    {
    case PASSEND_OPP_METHOD_PAD:
      if (signature->strokes != NULL)
        box->ink = passend_signature_new_from_bytes (signature->strokes, NULL);
      if (box->ink == NULL)
        box->remark = g_strdup ("handtekening kon niet worden gelezen");
      break;
    case PASSEND_OPP_METHOD_PAPER:
      box->remark = g_strdup ("natte handtekening; de scan is opgenomen in het dossier");
      break;
    case PASSEND_OPP_METHOD_NONE:
    default:
      box->remark = g_strdup (signature->signer == PASSEND_OPP_SIGNER_SCHOOL
                              ? "digitaal vastgesteld, zonder handtekening"
                              : "vastgelegd zonder handtekening");
      break;
    }

  caption = g_strdup_printf ("%s · gegeven op de inhoud met kenmerk %s",
                             passend_opp_method_get_dutch (signature->method), short_hash);

  passend_pdf_writer_begin_keep_together (writer);
  add_block_title (writer, title);
  passend_pdf_writer_add_drawing_beside (writer, BOX_WIDTH, BOX_HEIGHT, draw_box, box, box_free);
  passend_pdf_writer_add_key_values (writer, keys, values, n);
  add_caption (writer, caption);
  passend_pdf_writer_end_keep_together (writer);
}

/* An empty block to sign on paper, the name and role already filled in. */
static void
add_empty (PassendPdfWriter *writer,
           const char       *title,
           const char       *name,
           const char       *role_key,
           const char       *role,
           gboolean          with_outcome,
           const char       *place)
{
  const char *keys[6];
  const char *values[6];
  gsize n = 0;

  keys[n] = "Naam";
  values[n++] = name != NULL && name[0] != '\0' ? name : DOTS;
  if (role_key != NULL)
    {
      keys[n] = role_key;
      values[n++] = role != NULL && role[0] != '\0' ? role : DOTS;
    }
  if (with_outcome)
    {
      keys[n] = "Besluit";
      values[n++] = "☐ akkoord     ☐ niet akkoord";
      keys[n] = "Reden";
      values[n++] = DOTS;
    }
  keys[n] = "Datum";
  values[n++] = DOTS;
  keys[n] = "Plaats";
  values[n++] = place != NULL && place[0] != '\0' ? place : DOTS;

  passend_pdf_writer_begin_keep_together (writer);
  add_block_title (writer, title);
  passend_pdf_writer_add_drawing_beside (writer, BOX_WIDTH, BOX_HEIGHT, draw_box, g_new0 (Box, 1), box_free);
  passend_pdf_writer_add_key_values (writer, keys, values, n);
  passend_pdf_writer_end_keep_together (writer);
}

/* The newest signature of @signer (and @guardian_id) on @hash. */
static const PassendOppSignature *
find_signature (PassendOppDocument *document,
                PassendOppSigner    signer,
                gint64              guardian_id,
                const char         *hash)
{
  const PassendOppSignature *found = NULL;

  for (guint i = 0; i < document->signatures->len; i++)
    {
      const PassendOppSignature *s = g_ptr_array_index (document->signatures, i);

      if (s->signer == signer &&
          (signer != PASSEND_OPP_SIGNER_GUARDIAN || s->guardian_id == guardian_id) &&
          g_strcmp0 (s->version_sha256, hash) == 0)
        found = s;
    }

  return found;
}

static void
add_intro (PassendPdfWriter   *writer,
           PassendOppDocument *document,
           const char         *hash,
           gboolean            needs_consent,
           gboolean            student_consents)
{
  g_autofree char *short_hash = passend_opp_short_hash (hash);
  g_autofree char *text = NULL;

  if (!needs_consent)
    text = g_strdup_printf ("Het handelingsdeel van dit plan bevat geen extra ondersteuning; instemming "
                            "is daarvoor niet vereist. De school stelt het plan vast na op "
                            "overeenstemming gericht overleg met %s. Iedere handtekening geldt voor "
                            "versie %d met kenmerk %s.",
                            student_consents ? "de leerling" : "de ouders",
                            document->number, short_hash);
  else
    text = g_strdup_printf ("Door te ondertekenen %s in met het handelingsdeel (hoofdstuk 4) van dit "
                            "plan. De school stelt het plan vast na op overeenstemming gericht overleg. "
                            "Iedere handtekening geldt voor versie %d met kenmerk %s; een gewijzigde "
                            "inhoud vraagt om nieuwe instemming.",
                            student_consents ? "stemt de meerderjarige leerling"
                                             : "stemmen de ouders met gezag",
                            document->number, short_hash);

  passend_pdf_writer_add_paragraph (writer, text);
}

void
_passend_opp_pdf_add_signatures (PassendPdfWriter           *writer,
                                 PassendOppDocument         *document,
                                 const PassendOppPdfOptions *options,
                                 const PassendOppRules      *rules,
                                 PassendDay                  today,
                                 const char                 *hash,
                                 int                         number)
{
  gboolean needs_consent = passend_opp_document_has_extra_support (document);
  gboolean student_consents = passend_opp_student_consents (document, rules, today);
  gboolean recorded = !options->for_signing;
  g_autofree char *heading = g_strdup_printf ("%d. Instemming en vaststelling", number);
  const PassendOppSignature *s;

  passend_pdf_writer_add_heading (writer, 1, heading);
  add_intro (writer, document, hash, needs_consent, student_consents);
  passend_pdf_writer_set_key_width (writer, KEY_WIDTH);

  if (student_consents)
    {
      const char *title = needs_consent ? "Instemming met het handelingsdeel — leerling (meerderjarig)"
                                        : "Handtekening leerling";

      if (recorded && (s = find_signature (document, PASSEND_OPP_SIGNER_STUDENT, 0, hash)) != NULL)
        add_recorded (writer, title, s);
      else
        add_empty (writer, title, document->student_name, NULL, NULL, needs_consent, options->school_city);
    }
  else
    {
      for (guint i = 0; i < document->guardians->len; i++)
        {
          const PassendOppGuardian *guardian = g_ptr_array_index (document->guardians, i);
          const char *title = "Instemming met het handelingsdeel — ouder/verzorger met gezag";

          s = recorded ? find_signature (document, PASSEND_OPP_SIGNER_GUARDIAN, guardian->id, hash) : NULL;
          if (s != NULL)
            add_recorded (writer, needs_consent ? title : "Handtekening ouder/verzorger", s);
          else if (guardian->has_gezag && needs_consent)
            add_empty (writer, title, guardian->name, "Relatie", guardian->relation, TRUE, options->school_city);
        }

      if (options->student_signs)
        {
          const char *title = "Handtekening leerling";

          if (recorded && (s = find_signature (document, PASSEND_OPP_SIGNER_STUDENT, 0, hash)) != NULL)
            add_recorded (writer, title, s);
          else
            add_empty (writer, title, document->student_name, NULL, NULL, FALSE, options->school_city);
        }
    }

  if (recorded && (s = find_signature (document, PASSEND_OPP_SIGNER_SCHOOL, 0, hash)) != NULL)
    add_recorded (writer, "Vaststelling door de school (bevoegd gezag)", s);
  else
    add_empty (writer, "Vaststelling door de school (bevoegd gezag)",
               options->school_signer_name, "Functie", options->school_signer_role,
               FALSE, options->school_city);

  passend_pdf_writer_set_key_width (writer, 0);
}
