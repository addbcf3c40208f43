/* passend-tlv-window-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-database-tlv.h"
#include "passend-dossier.h"
#include "passend-tlv-window.h"
#include "passend-wrap-box.h"

G_BEGIN_DECLS

struct _PassendTlvWindow
{
  AdwWindow          parent_instance;

  /* Template widgets */
  AdwToastOverlay   *toast_overlay;
  AdwViewSwitcherTitle *view_title;
  AdwViewStack      *view_stack;
  GtkButton         *assemble_button;
  GtkLabel          *student_label;
  GtkLabel          *state_label;
  GtkLabel          *state_detail_label;
  PassendWrapBox    *state_actions_box;
  GtkRevealer       *progress_revealer;
  GtkLabel          *progress_label;
  GtkProgressBar    *progress_bar;
  GtkButton         *cancel_button;
  AdwPreferencesGroup *request_group;
  AdwComboRow       *kind_row;
  AdwComboRow       *category_row;
  AdwEntryRow       *start_row;
  AdwEntryRow       *end_row;
  GtkSwitch         *extension_switch;
  GtkLabel          *period_warning;
  AdwComboRow       *target_row;
  AdwEntryRow       *target_name_row;
  GtkSwitch         *registered_switch;
  AdwComboRow       *meeting_row;
  AdwEntryRow       *meeting_day_row;
  GtkTextView       *parents_view;
  GtkTextView       *student_view;
  AdwPreferencesGroup *advice_problems_group;
  GtkBox            *advice_problems_box;
  GtkListBox        *advice_list;
  AdwPreferencesGroup *checklist_group;
  GtkListBox        *checklist_list;
  GtkListBox        *sent_list;
  GtkListBox        *history_list;

  /* Owned references */
  PassendDatabase   *database;
  PassendTlvRequest *request;
  /* Ids of the target schools and meetings behind the combo rows'
   * positions (position 0: none). */
  GArray            *school_ids;
  GArray            *meeting_ids;
  /* The running assembly. */
  PassendDossier    *dossier;
  GCancellable      *cancellable;
  char              *output_path;
  char              *output_manifest;
  gboolean           output_is_concept;
  /* The last dossier assembled here, ready to be sent. */
  char              *ready_manifest;
  char              *ready_sha256;
  guint              ready_n_pages;

  guint              save_source;
  guint              loading : 1;
};

/* passend-tlv-window.c */
void      _passend_tlv_window_toast          (PassendTlvWindow *self,
                                              const char       *title);
void      _passend_tlv_window_error          (PassendTlvWindow *self,
                                              const char       *what,
                                              const GError     *error);
void      _passend_tlv_window_reload         (PassendTlvWindow *self);
gboolean  _passend_tlv_window_is_editable    (PassendTlvWindow *self);
void      _passend_tlv_window_update_actions (PassendTlvWindow *self);
void      _passend_tlv_clear_list            (GtkListBox       *list);

/* passend-tlv-window-form.c */
char     *_passend_tlv_day_to_entry         (PassendDay        day);
/* FALSE (and the row marked) when the text is not a date; "" is none. */
gboolean  _passend_tlv_parse_day            (GtkEditable      *editable,
                                              PassendDay       *day);
void      _passend_tlv_window_form_init      (PassendTlvWindow *self);
void      _passend_tlv_window_form_load      (PassendTlvWindow *self);
gboolean  _passend_tlv_window_form_save      (PassendTlvWindow *self);

/* passend-tlv-window-state.c */
void      _passend_tlv_window_state_load     (PassendTlvWindow *self);
void      _passend_tlv_window_history_load   (PassendTlvWindow *self);

/* passend-tlv-advices.c */
typedef void (*PassendTlvFileChosenFunc) (PassendTlvWindow *self,
                                          GFile            *file,
                                          gpointer          user_data);
void      _passend_tlv_window_choose_file    (PassendTlvWindow        *self,
                                              const char              *title,
                                              PassendTlvFileChosenFunc func,
                                              gpointer                 user_data,
                                              GDestroyNotify           destroy);
/* The content of @file when it may be attached (a PDF, PNG or JPEG that
 * opens), with its name and media type. */
GBytes   *_passend_tlv_read_file             (GFile            *file,
                                              char            **file_name,
                                              char            **media_type,
                                              GError          **error);
gboolean  _passend_tlv_window_attach_advice_file (PassendTlvWindow *self,
                                              gint64            advice_id,
                                              GFile            *file,
                                              GError          **error);
void      _passend_tlv_window_view_blob      (PassendTlvWindow *self,
                                              const char       *sha256,
                                              const char       *file_name,
                                              const char       *media_type);
void      _passend_tlv_window_advices_load   (PassendTlvWindow *self);
void      _passend_tlv_window_add_advice     (PassendTlvWindow *self);

/* passend-tlv-checklist.c */
void      _passend_tlv_window_checklist_load (PassendTlvWindow *self);
gboolean  _passend_tlv_window_add_file_part  (PassendTlvWindow *self,
                                              gint64            item_id,
                                              GFile            *file,
                                              GError          **error);

/* passend-tlv-picker.c */
void      _passend_tlv_window_pick_parts     (PassendTlvWindow        *self,
                                              PassendTlvChecklistItem *item);

/* passend-tlv-assemble.c */
void      _passend_tlv_window_assemble       (PassendTlvWindow *self);
void      _passend_tlv_window_cancel_assembly (PassendTlvWindow *self);
void      _passend_tlv_window_send           (PassendTlvWindow *self);
/* @path NULL: ask for one. */
void      _passend_tlv_window_export_sent    (PassendTlvWindow *self,
                                              gint64            dossier_id,
                                              const char       *path);
void      _passend_tlv_window_assemble_dispose (PassendTlvWindow *self);

G_END_DECLS
