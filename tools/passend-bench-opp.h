/* passend-bench-opp.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "passend-opp.h"

G_BEGIN_DECLS

/* Times @runs renders of a vastgesteld OPP of about ten pages (long
 * texts, 24 goals, support lines, OOGO log, evaluations and signatures
 * drawn from strokes) to a PDF in @scratch_dir, in milliseconds into
 * @samples; *@n_pages receives its page count. */
gboolean passend_bench_opp (const char  *scratch_dir,
                            int          runs,
                            GArray      *samples,
                            guint       *n_pages,
                            GError     **error);

/* The document passend_bench_opp() renders, for the comparisons of
 * passend-bench-compare.c. */
PassendOppDocument *passend_bench_opp_make_document (void);

G_END_DECLS
