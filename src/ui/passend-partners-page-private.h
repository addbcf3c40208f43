/* passend-partners-page-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-partners-page.h"

G_BEGIN_DECLS

struct _PassendPartnersPage
{
  AdwBin              parent_instance;

  /* Template widgets */
  AdwLeaflet         *leaflet;
  AdwWindowTitle     *list_title;
  GtkMenuButton      *new_button;
  GtkSearchEntry     *search_entry;
  GtkToggleButton    *all_toggle;
  GtkToggleButton    *people_toggle;
  GtkToggleButton    *organisations_toggle;
  GtkToggleButton    *archived_toggle;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  AdwWindowTitle     *detail_title;
  GtkButton          *archive_button;
  GtkButton          *edit_button;
  GtkMenuButton      *detail_menu_button;
  GtkStack           *detail_stack;
  GtkScrolledWindow  *detail_scroller;
  GtkBox             *detail_box;

  /* Owned references */
  PassendDatabase    *database;
  GListStore         *partners;
  GtkSingleSelection *selection;
  /* The partner shown, fresh from the database (note included). */
  PassendPartner     *shown;
  PassendPartnerUsage usage;

  guint               reload_source;
  guint               folded : 1;
  guint               reloading : 1;
  /* Set while the page is hidden and its list is out of date: the list
   * is loaded when the page is first shown, not at start. */
  guint               stale : 1;
};

void _passend_partners_page_emit_toast      (PassendPartnersPage *self,
                                             AdwToast            *toast);
/* Reads the list again, keeping the partner shown. */
void _passend_partners_page_reload          (PassendPartnersPage *self);
/* The "partners." actions of passend-partners-page-actions.c. */
void _passend_partners_page_install_actions (GtkWidgetClass      *widget_class);
/* Fills the detail pane with self->shown: contact, note, students,
 * meetings (passend-partners-page-detail.c). */
void _passend_partners_page_build_detail    (PassendPartnersPage *self);
/* Asks the window to open the student @student_id. */
void _passend_partners_page_open_student    (PassendPartnersPage *self,
                                             gint64               student_id);

G_END_DECLS
