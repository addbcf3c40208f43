/* passend-aanmelding-editor-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-aanmelding-editor.h"
#include "passend-protocol.h"

G_BEGIN_DECLS

struct _PassendAanmeldingEditor
{
  AdwBin             parent_instance;

  /* Template widgets */
  GtkScrolledWindow *scrolled_window;
  AdwActionRow      *due_row;
  AdwActionRow      *placement_row;
  GtkImage          *placement_icon;
  AdwActionRow      *extension_row;
  GtkButton         *extend_button;
  GtkLabel          *term_error;
  AdwEntryRow       *roepnaam_row;
  AdwEntryRow       *tussenvoegsel_row;
  AdwEntryRow       *achternaam_row;
  AdwEntryRow       *birth_date_row;
  AdwEntryRow       *previous_school_row;
  GtkLabel          *pupil_error;
  AdwEntryRow       *guardian_name_row;
  AdwEntryRow       *guardian_email_row;
  AdwEntryRow       *guardian_phone_row;
  AdwEntryRow       *received_row;
  GtkSwitch         *first_preference_switch;
  AdwEntryRow       *requested_track_row;
  GtkSpinButton     *requested_year_spin;
  GtkLabel          *request_error;
  GtkTextView       *support_need_view;
  GtkTextView       *screening_notes_view;
  GtkTextView       *advice_view;
  AdwComboRow       *outcome_row;
  AdwEntryRow       *outcome_reason_row;
  AdwEntryRow       *outcome_school_row;
  AdwEntryRow       *decided_row;
  GtkLabel          *decision_error;
  GtkButton         *decide_button;
  GtkButton         *admit_button;
  GtkButton         *open_student_button;

  /* Owned references */
  PassendDatabase   *database;
  PassendAanmelding *aanmelding;

  PassendProtocol    protocol;
  PassendDay         today;
  guint              save_source;
  guint              loading : 1;
  guint              birth_date_invalid : 1;
  guint              received_invalid : 1;
};

void     _passend_aanmelding_editor_add_toast                (PassendAanmeldingEditor *self,
                                                             AdwToast                *toast);
void     _passend_aanmelding_editor_show_error               (GtkLabel                *label,
                                                             const char              *message);
gboolean _passend_aanmelding_editor_parse_date_row           (AdwEntryRow             *row,
                                                             GtkLabel                *error_label,
                                                             gboolean                 required,
                                                             PassendDay              *day);
void     _passend_aanmelding_editor_set_date_text            (AdwEntryRow             *row,
                                                             PassendDay               day);
void     _passend_aanmelding_editor_reload_state             (PassendAanmeldingEditor *self);
gboolean _passend_aanmelding_editor_is_blank                 (const char              *text);

/* The extension and admission dialogs (passend-aanmelding-editor-dialogs.c). */
void     _passend_aanmelding_editor_extend_clicked_cb        (PassendAanmeldingEditor *self);
void     _passend_aanmelding_editor_admit_clicked_cb         (PassendAanmeldingEditor *self);
void     _passend_aanmelding_editor_open_student_clicked_cb  (PassendAanmeldingEditor *self);

G_END_DECLS
