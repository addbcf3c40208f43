/* passend-timeline-view.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_TIMELINE_VIEW (passend_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (PassendTimelineView, passend_timeline_view, PASSEND, TIMELINE_VIEW, AdwBin)

/* Signals:
 *   "add-toast" (AdwToast *toast): asks the window for a toast.
 *
 * Actions: timeline.new-entry, timeline.edit-entry (x),
 * timeline.delete-entry (x), timeline.show-versions (x). */

typedef enum
{
  PASSEND_TIMELINE_PERIOD_ALL,
  PASSEND_TIMELINE_PERIOD_THIS_SCHOOL_YEAR,
  PASSEND_TIMELINE_PERIOD_LAST_SCHOOL_YEAR,
  PASSEND_TIMELINE_PERIOD_CUSTOM,
} PassendTimelinePeriod;

GtkWidget  *passend_timeline_view_new              (void);
void        passend_timeline_view_set_database     (PassendTimelineView   *self,
                                                    PassendDatabase       *database);
/* Shows @student's timeline with the filters reset. */
void        passend_timeline_view_set_student      (PassendTimelineView   *self,
                                                    PassendStudent        *student);
/* Reloads from the database, keeping the filters. */
void        passend_timeline_view_reload           (PassendTimelineView   *self);
/* Opens the entry editor for a new entry (Ctrl+N). */
void        passend_timeline_view_new_entry        (PassendTimelineView   *self);
/* Selects and scrolls to the entry, clearing filters that hide it. */
gboolean    passend_timeline_view_select_entry     (PassendTimelineView   *self,
                                                    gint64                 entry_id);
/* The entries shown, after the filters. */
GListModel *passend_timeline_view_get_entries      (PassendTimelineView   *self);
guint       passend_timeline_view_get_n_all        (PassendTimelineView   *self);

/* Filters: @kinds is a mask of 1 << PassendEntryKind, 0 for all; @level
 * -1 for all; @from/@to (PassendDay) only for the custom period. */
void        passend_timeline_view_set_kind_filter  (PassendTimelineView   *self,
                                                    guint                  kinds);
void        passend_timeline_view_set_period       (PassendTimelineView   *self,
                                                    PassendTimelinePeriod  period,
                                                    guint32                from,
                                                    guint32                to);
void        passend_timeline_view_set_level_filter (PassendTimelineView   *self,
                                                    int                    level);
void        passend_timeline_view_set_search_text  (PassendTimelineView   *self,
                                                    const char            *text);

G_END_DECLS
