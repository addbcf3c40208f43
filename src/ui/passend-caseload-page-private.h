/* passend-caseload-page-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-caseload-columns.h"
#include "passend-caseload-filter-bar.h"
#include "passend-caseload-page.h"

G_BEGIN_DECLS

struct _PassendCaseloadPage
{
  AdwBin                    parent_instance;

  /* Template widgets */
  GtkSearchEntry           *search_entry;
  GtkLabel                 *count_label;
  GtkToggleButton          *filter_button;
  GtkLabel                 *filter_count_label;
  GtkWidget                *filter_icon;
  GtkWidget                *filter_label;
  PassendCaseloadFilterBar *filter_bar;
  GtkStack                 *stack;
  GtkColumnView            *column_view;
  GtkColumnViewColumn      *name_column;
  GtkColumnViewColumn      *class_column;
  GtkColumnViewColumn      *mentor_column;
  GtkColumnViewColumn      *level_column;
  GtkColumnViewColumn      *phase_column;
  GtkColumnViewColumn      *regie_column;
  GtkColumnViewColumn      *needs_column;
  GtkColumnViewColumn      *deadline_column;
  GtkColumnViewColumn      *flags_column;
  AdwStatusPage            *empty_page;
  GtkWidget                *empty_clear_button;
  GtkRevealer              *action_revealer;
  GtkLabel                 *selection_label;

  /* Borrowed references: the template columns, by PassendCaseloadColumn */
  GtkColumnViewColumn      *columns[PASSEND_CASELOAD_N_COLUMNS];

  /* Owned references */
  PassendDatabase          *database;
  GSettings                *settings;
  GListModel               *caseload;
  PassendCaseloadIndex     *index;
  PassendCaseloadFilter    *filter_state;
  GtkCustomFilter          *filter;
  GtkFilterListModel       *filter_model;
  GtkSliceListModel        *first_rows;
  GtkMultiSelection        *selection;
  PassendCaseloadSorting   *sorting;
  GtkFileChooserNative     *export_chooser;

  guint                     n_open;
  guint                     n_closed;
  guint                     reload_source;
  guint                     folded : 1;
};

/* Shared by passend-caseload-page.c and passend-caseload-page-actions.c. */
void    _passend_caseload_page_install_actions   (GtkWidgetClass        *widget_class);
void    _passend_caseload_page_filter_changed    (PassendCaseloadPage   *self,
                                                  PassendCaseloadChange  change);
guint   _passend_caseload_page_count_selected    (PassendCaseloadPage   *self);
GArray *_passend_caseload_page_dup_selected_ids  (PassendCaseloadPage   *self);
void    _passend_caseload_page_emit_toast        (PassendCaseloadPage   *self,
                                                  AdwToast              *toast);
void    _passend_caseload_page_emit_error_toast  (PassendCaseloadPage   *self,
                                                  const char            *what,
                                                  const GError          *error);

G_END_DECLS
