/* passend-timeline-view-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-timeline-view.h"

G_BEGIN_DECLS

struct _PassendTimelineView
{
  AdwBin               parent_instance;

  /* Template widgets */
  GtkLabel            *count_label;
  GtkSearchEntry      *search_entry;
  GtkMenuButton       *kind_button;
  GtkFlowBox          *kind_box;
  GtkDropDown         *period_dropdown;
  GtkRevealer         *custom_revealer;
  GtkRevealer         *draft_revealer;
  GtkEntry            *from_entry;
  GtkEntry            *to_entry;
  GtkDropDown         *level_dropdown;
  GtkStack            *stack;
  GtkListView         *list_view;

  /* Owned references */
  PassendDatabase     *database;
  PassendStudent      *student;
  GListModel          *all;        /* the student's entries, newest first */
  GListStore          *shown;
  GtkSingleSelection  *selection;
  GHashTable          *edited;     /* entry ids (gint64 *) */

  /* Filters */
  guint                kinds;
  PassendTimelinePeriod period;
  PassendDay           from;
  PassendDay           to;
  int                  level;
  char                *search_text;

  guint                syncing : 1;
};

void _passend_timeline_view_error_toast         (PassendTimelineView *self,
                                                 const char          *what,
                                                 const GError        *error);
/* Takes ownership of @toast. */
void _passend_timeline_view_add_toast           (PassendTimelineView *self,
                                                 AdwToast            *toast);
void _passend_timeline_view_update_draft_banner (PassendTimelineView *self);
void _passend_timeline_view_update_actions      (PassendTimelineView *self);
void _passend_timeline_view_install_actions     (GtkWidgetClass      *widget_class);

G_END_DECLS
