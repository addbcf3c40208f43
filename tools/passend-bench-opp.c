/* passend-bench-opp.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "passend-bench-opp.h"
#include "passend-opp-content.h"
#include "passend-opp-pdf.h"
#include "passend-signature.h"

static const char sentence[] =
  "Tijdens de lessen werkt de leerling het best met een vaste plek, korte opdrachten en een "
  "duidelijke planning; bij wisselingen en onverwachte situaties heeft hij steun nodig. ";

static char *
paragraphs (int n_sentences)
{
  GString *out = g_string_new (NULL);

  for (int i = 0; i < n_sentences; i++)
    {
      g_string_append (out, sentence);
      if (i % 6 == 5)
        g_string_append (out, "\n\n");
    }
  return g_string_free (out, FALSE);
}

static GBytes *
strokes (void)
{
  g_autoptr(PassendSignature) signature = passend_signature_new (3.0);

  for (int s = 0; s < 4; s++)
    {
      passend_signature_begin_stroke (signature);
      for (int i = 0; i < 60; i++)
        passend_signature_add_point (signature, 0.05 + s * 0.22 + i * 0.003,
                                     0.5 + 0.3 * g_random_double_range (-1, 1) * (i % 3 == 0),
                                     0.4 + 0.005 * i, (guint32) (s * 600 + i * 10));
    }
  return passend_signature_to_bytes (signature);
}

static void
add_signature (PassendOppDocument *doc,
               PassendOppSigner    signer,
               PassendOppOutcome   outcome,
               gint64              guardian_id,
               const char         *name,
               const char         *hash)
{
  PassendOppSignature *s = passend_opp_signature_new (signer, outcome, name, passend_day_new (2026, 10, 12));

  s->guardian_id = guardian_id;
  s->method = signer == PASSEND_OPP_SIGNER_SCHOOL ? PASSEND_OPP_METHOD_NONE : PASSEND_OPP_METHOD_PAD;
  if (s->method == PASSEND_OPP_METHOD_PAD)
    s->strokes = strokes ();
  s->version_sha256 = g_strdup (hash);
  g_ptr_array_add (doc->signatures, s);
}

PassendOppDocument *
passend_bench_opp_make_document (void)
{
  PassendOppDocument *doc = passend_opp_document_new ();
  g_autofree char *long_text = paragraphs (12);
  g_autofree char *hash = NULL;

  g_free (doc->student_name);
  doc->student_name = g_strdup ("Sanne van den Berg");
  g_free (doc->school_name);
  doc->school_name = g_strdup ("Het Passend College");
  doc->number = 3;
  doc->student_birth_date = passend_day_new (2011, 2, 3);
  g_free (doc->uitstroom_level);
  doc->uitstroom_level = g_strdup ("havo");
  g_ptr_array_add (doc->guardians, passend_opp_guardian_new (1, "Marieke van den Berg", TRUE));
  g_ptr_array_add (doc->guardians, passend_opp_guardian_new (2, "Ruud van den Berg", TRUE));

  for (int s = 0; s < PASSEND_OPP_N_SECTIONS; s++)
    if (s != PASSEND_OPP_SECTION_MEDISCH)
      passend_opp_document_set_text (doc, s, s % 3 == 0 ? long_text : sentence);

  for (int d = 0; d < PASSEND_OPP_N_DOMAINS; d++)
    for (int i = 0; i < 3; i++)
      g_ptr_array_add (doc->factors, passend_opp_factor_new (d, i % 2, sentence));
  for (int i = 0; i < 8; i++)
    g_ptr_array_add (doc->needs, passend_opp_need_new (i % 2, i % PASSEND_OPP_N_DOMAINS,
                                                       "heeft korte instructie en een vaste plek nodig"));
  for (int i = 0; i < 24; i++)
    {
      PassendOppGoal *goal = passend_opp_goal_new (i % PASSEND_OPP_N_DOMAINS, sentence);

      goal->id = 100 + i;
      g_free (goal->criterion);
      goal->criterion = g_strdup ("In vier van de vijf weken zichtbaar in de planner");
      goal->target_on = passend_day_new (2027, 1 + i % 6, 15);
      g_ptr_array_add (doc->goals, goal);
    }
  for (int i = 0; i < 12; i++)
    {
      PassendOppSupport *support = passend_opp_support_new ("Wekelijks coachgesprek met de mentor");

      support->goal_id = 100 + i;
      support->from_on = passend_day_new (2026, 10, 1);
      support->until_on = passend_day_new (2027, 7, 1);
      g_ptr_array_add (doc->supports, support);
    }
  for (int i = 0; i < 6; i++)
    {
      PassendOppConsultation *c = passend_opp_consultation_new (passend_day_new (2026, 9, 1 + i * 4));

      g_free (c->summary);
      c->summary = g_strdup (sentence);
      g_ptr_array_add (doc->consultations, c);
    }

  hash = passend_opp_document_compute_hash (doc);
  doc->state = PASSEND_OPP_STATE_IN_UITVOERING;
  doc->content_sha256 = g_strdup (hash);
  doc->established_on = passend_day_new (2026, 10, 14);
  for (int e = 0; e < 2; e++)
    {
      PassendOppEvaluation *evaluation = passend_opp_evaluation_new (passend_day_new (2027, 1 + e * 5, 20));

      for (int i = 0; i < 10; i++)
        g_ptr_array_add (evaluation->results, passend_opp_goal_result_new (100 + i, i % 3, "Gaat goed"));
      g_ptr_array_add (doc->evaluations, evaluation);
    }
  add_signature (doc, PASSEND_OPP_SIGNER_GUARDIAN, PASSEND_OPP_OUTCOME_AGREED, 1, "Marieke van den Berg", hash);
  add_signature (doc, PASSEND_OPP_SIGNER_GUARDIAN, PASSEND_OPP_OUTCOME_AGREED, 2, "Ruud van den Berg", hash);
  add_signature (doc, PASSEND_OPP_SIGNER_STUDENT, PASSEND_OPP_OUTCOME_AGREED, 0, "Sanne van den Berg", hash);
  add_signature (doc, PASSEND_OPP_SIGNER_SCHOOL, PASSEND_OPP_OUTCOME_ESTABLISHED, 0, "M. Bakker", hash);
  return doc;
}

gboolean
passend_bench_opp (const char  *scratch_dir,
                   int          runs,
                   GArray      *samples,
                   guint       *n_pages,
                   GError     **error)
{
  g_autoptr(PassendOppDocument) doc = passend_bench_opp_make_document ();
  g_autofree char *path = g_build_filename (scratch_dir, "opp.pdf", NULL);
  PassendOppPdfOptions options;

  passend_opp_pdf_options_init (&options);
  options.today = passend_day_new (2027, 6, 30);

  for (int run = 0; run < runs; run++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      if (!passend_opp_pdf_save (doc, NULL, &options, path, n_pages, NULL, error))
        return FALSE;
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (samples, ms);
    }

  g_unlink (path);
  return TRUE;
}
