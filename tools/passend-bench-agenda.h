/* passend-bench-agenda.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-database.h"

G_BEGIN_DECLS

/* Composes a Flex-ZAT of 15 students of @caseload (PassendStudent) with
 * the store, as the coordinator would, then times @runs loads and
 * renders of its agenda PDF into @scratch_dir: for the school
 * (@internal_samples) and for the partner who attends the most items
 * (@partner_samples), in milliseconds. The meeting is removed again.
 * *@n_pages and *@n_partner_items receive what the documents held. */
gboolean passend_bench_agenda (PassendDatabase  *database,
                               GListModel       *caseload,
                               const char       *scratch_dir,
                               int               runs,
                               GArray           *internal_samples,
                               GArray           *partner_samples,
                               guint            *n_pages,
                               guint            *n_partner_items,
                               GError          **error);

G_END_DECLS
