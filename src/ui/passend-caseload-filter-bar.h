/* passend-caseload-filter-bar.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-caseload-filter.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_CASELOAD_FILTER_BAR (passend_caseload_filter_bar_get_type ())

G_DECLARE_FINAL_TYPE (PassendCaseloadFilterBar, passend_caseload_filter_bar, PASSEND, CASELOAD_FILTER_BAR, AdwBin)

/* The row of filter chips under the caseload's header bar, private to
 * PassendCaseloadPage: a menu button per kind whose popover lists the
 * values with check buttons, "Needs attention", the choice of active,
 * closed or all cases, and "Clear Filters". Every choice activates one of
 * the page's actions ("caseload.set-filter" (ssb), "caseload.set-attention"
 * b, "caseload.set-cases" s, "caseload.clear-filters"), so the keyboard,
 * the chips and the tests change the filter the same way. */

GtkWidget *passend_caseload_filter_bar_new  (void);
/* Both unowned; they must outlive the bar or be replaced. */
void       passend_caseload_filter_bar_bind (PassendCaseloadFilterBar *self,
                                             PassendCaseloadFilter    *filter,
                                             PassendCaseloadIndex     *index);
/* Shows the filter's state again after it changed. */
void       passend_caseload_filter_bar_sync (PassendCaseloadFilterBar *self);

G_END_DECLS
