/* passend-bench-dossier.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Times @runs assemblies of a TLV dossier with 100 embedded report pages
 * (five generated reports of 20 pages, entries, minutes and a signature
 * page) into @scratch_dir, in milliseconds into @samples; *@n_pages
 * receives its page count. For comparison (no budget) the same report
 * files are concatenated with `qpdf --empty --pages …` @runs times into
 * @qpdf_samples, which stays empty when qpdf is not installed. */
gboolean passend_bench_dossier (const char  *scratch_dir,
                                int          runs,
                                GArray      *samples,
                                GArray      *qpdf_samples,
                                guint       *n_pages,
                                GError     **error);

G_END_DECLS
