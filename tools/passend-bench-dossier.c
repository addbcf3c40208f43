/* passend-bench-dossier.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "passend-bench-dossier.h"
#include "passend-demo-reports.h"
#include "passend-dossier.h"

#define N_REPORTS        5
#define PAGES_PER_REPORT 20

static GBytes *
make_report (guint    index,
             GError **error)
{
  PassendDemoReportOptions options;

  passend_demo_report_options_init (&options);
  options.student_name = "Sanne van den Berg";
  options.birth_date = passend_day_new (2011, 2, 3);
  options.day = passend_day_new (2026, 10, 1 + index);
  options.seed = index;
  options.n_pages = PAGES_PER_REPORT;
  return passend_demo_report_render (index % PASSEND_DEMO_N_REPORTS, &options, error);
}

static PassendDossier *
make_dossier (GPtrArray *reports)
{
  const PassendDossierSigner signers[] = {
    { "Ouder/verzorger (met gezag)", "Marieke van den Berg" },
    { "Leerling", "Sanne van den Berg" },
    { "Directeur", NULL },
  };
  g_autoptr(GDateTime) created = g_date_time_new_utc (2026, 11, 23, 12, 0, 0);
  PassendDossierCover cover;
  PassendDossier *dossier;

  passend_dossier_cover_init (&cover);
  cover.student_name = "Sanne van den Berg";
  cover.school_name = "Het Passend College";
  cover.swv_name = "Samenwerkingsverband VO Midden-Holland en Rijnstreek";
  cover.kind = "vso cluster 4";
  cover.day = passend_day_new (2026, 11, 23);
  dossier = passend_dossier_new (&cover);
  passend_dossier_set_creation_date (dossier, created);

  passend_dossier_add_section (dossier, "Onderzoeksverslagen");
  for (guint i = 0; i < reports->len; i++)
    {
      g_autofree char *title = g_strdup_printf ("%s %u", passend_demo_report_get_title (i % PASSEND_DEMO_N_REPORTS), i + 1);

      passend_dossier_add_pdf (dossier, title, passend_demo_report_get_file_name (i % PASSEND_DEMO_N_REPORTS),
                               g_ptr_array_index (reports, i));
    }

  passend_dossier_add_section (dossier, "Gespreksverslagen");
  for (guint i = 0; i < 6; i++)
    passend_dossier_add_entry (dossier, passend_day_new (2026, 9, 1 + 3 * i), "Gesprek met ouders",
                               "Gesprek over de voortgang",
                               "Ouders en mentor bespreken hoe het gaat. Afgesproken is dat de coach "
                               "wekelijks contact houdt en dat het rooster wordt aangepast.");
  passend_dossier_add_section (dossier, "Handtekeningen");
  passend_dossier_add_signatures (dossier, "Ondertekening", NULL, signers, G_N_ELEMENTS (signers));
  return dossier;
}

/* The same reports glued by qpdf, as a point of comparison. */
static gboolean
time_qpdf (const char  *qpdf,
           const char  *scratch_dir,
           GPtrArray   *reports,
           int          runs,
           GArray      *samples,
           GError     **error)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *output = g_build_filename (scratch_dir, "qpdf-dossier.pdf", NULL);
  gboolean ok = TRUE;

  g_ptr_array_add (argv, g_strdup (qpdf));
  g_ptr_array_add (argv, g_strdup ("--empty"));
  g_ptr_array_add (argv, g_strdup ("--pages"));
  for (guint i = 0; i < reports->len; i++)
    {
      g_autofree char *name = g_strdup_printf ("report-%u.pdf", i);
      char *path = g_build_filename (scratch_dir, name, NULL);
      GBytes *report = g_ptr_array_index (reports, i);

      if (!g_file_set_contents (path, g_bytes_get_data (report, NULL), g_bytes_get_size (report), error))
        {
          g_free (path);
          return FALSE;
        }
      g_ptr_array_add (files, path);
      g_ptr_array_add (argv, g_strdup (path));
    }
  g_ptr_array_add (argv, g_strdup ("--"));
  g_ptr_array_add (argv, g_strdup (output));
  g_ptr_array_add (argv, NULL);

  for (int run = 0; ok && run < runs; run++)
    {
      gint64 start = g_get_monotonic_time ();
      int status = 0;
      double ms;

      ok = g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                         NULL, NULL, NULL, NULL, &status, error) &&
           g_spawn_check_wait_status (status, error);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (ok)
        g_array_append_val (samples, ms);
    }

  for (guint i = 0; i < files->len; i++)
    g_unlink (g_ptr_array_index (files, i));
  g_unlink (output);
  return ok;
}

gboolean
passend_bench_dossier (const char  *scratch_dir,
                       int          runs,
                       GArray      *samples,
                       GArray      *qpdf_samples,
                       guint       *n_pages,
                       GError     **error)
{
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autofree char *path = g_build_filename (scratch_dir, "dossier.pdf", NULL);
  g_autofree char *qpdf = g_find_program_in_path ("qpdf");

  for (guint i = 0; i < N_REPORTS; i++)
    {
      GBytes *report = make_report (i, error);

      if (report == NULL)
        return FALSE;
      g_ptr_array_add (reports, report);
    }

  for (int run = 0; run < runs; run++)
    {
      /* Described anew each run, as the TLV page does for each assembly. */
      g_autoptr(PassendDossier) dossier = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      dossier = make_dossier (reports);
      if (!passend_dossier_write (dossier, path, NULL, NULL, n_pages, NULL, error))
        return FALSE;
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (samples, ms);
    }
  g_unlink (path);

  return qpdf == NULL || time_qpdf (qpdf, scratch_dir, reports, runs, qpdf_samples, error);
}
