/* passend-timeline-row.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-timeline-entry.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_TIMELINE_ROW (passend_timeline_row_get_type ())

G_DECLARE_FINAL_TYPE (PassendTimelineRow, passend_timeline_row, PASSEND, TIMELINE_ROW, AdwBin)

GtkWidget            *passend_timeline_row_new       (void);
PassendTimelineEntry *passend_timeline_row_get_entry (PassendTimelineRow   *self);
/* NULL clears the row, so a recycled row never shows a stale entry. */
void                  passend_timeline_row_set_entry (PassendTimelineRow   *self,
                                                      PassendTimelineEntry *entry);
void                  passend_timeline_row_set_headers (PassendTimelineRow *self,
                                                        const char         *school_year,
                                                        const char         *month);
/* Shows "Edited", which opens the earlier versions. */
void                  passend_timeline_row_set_edited  (PassendTimelineRow *self,
                                                        gboolean            edited);
void                  passend_timeline_row_set_show_menu (PassendTimelineRow *self,
                                                          gboolean            show_menu);

G_END_DECLS
