/* passend-bench-compare.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Another program doing the work Passend does, timed for a comparison (a
 * ratio, not a budget). skipped: why it did not run (the program is not
 * installed or failed), or NULL. samples: warm runs in milliseconds;
 * cold_ms: the first run, before anything was cached. */
typedef struct
{
  char   *skipped;
  GArray *samples;
  double  cold_ms;
  guint   n_pages;
} PassendBenchTool;

void     passend_bench_tool_init           (PassendBenchTool *tool);
void     passend_bench_tool_clear          (PassendBenchTool *tool);

/* Writes the OPP of passend_bench_opp() as a flat OpenDocument text and
 * converts it to PDF with `soffice --headless --convert-to pdf` in a
 * fresh LibreOffice profile under @scratch_dir: one cold run, then @runs
 * (at most 5) warm ones into @soffice. Skipped, never an error, when
 * soffice is not installed or fails. FALSE only when the scratch folder
 * cannot be written. */
gboolean passend_bench_compare_opp         (const char        *scratch_dir,
                                            int                runs,
                                            PassendBenchTool  *soffice,
                                            GError           **error);

/* Appends the "comparisons" member (with its trailing ",\n"): the OPP
 * render against LibreOffice and the dossier assembly against qpdf
 * (@qpdf_samples as passend_bench_dossier() filled them; empty when
 * qpdf is missing). */
void     passend_bench_compare_append_json (GString                *json,
                                            GArray                 *opp_samples,
                                            guint                   opp_pages,
                                            const PassendBenchTool *soffice,
                                            GArray                 *dossier_samples,
                                            guint                   dossier_pages,
                                            GArray                 *qpdf_samples);

/* Statistics in the form passend-bench prints them. */
double   passend_bench_median              (GArray     *samples);
void     passend_bench_append_number       (GString    *json,
                                            const char *name,
                                            double      value);
/* "median_<unit>": …, "min_<unit>": …, "max_<unit>": …, "n": … */
void     passend_bench_append_stats        (GString    *json,
                                            GArray     *samples,
                                            const char *unit);

G_END_DECLS
