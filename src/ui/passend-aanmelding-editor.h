/* passend-aanmelding-editor.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_AANMELDING_EDITOR (passend_aanmelding_editor_get_type ())

G_DECLARE_FINAL_TYPE (PassendAanmeldingEditor, passend_aanmelding_editor, PASSEND, AANMELDING_EDITOR, AdwBin)

/* Edits one aanmelding in place: text is stored as it is typed (after a
 * short pause), the extension, decision and admission are stored when
 * they are confirmed.
 *
 * Signals:
 *   "add-toast" (AdwToast *toast): the editor asks its window for a toast. */

GtkWidget       *passend_aanmelding_editor_new            (void);
void             passend_aanmelding_editor_set_database   (PassendAanmeldingEditor *self,
                                                           PassendDatabase         *database);
/* The day deadlines are measured against; normally today. */
void             passend_aanmelding_editor_set_today      (PassendAanmeldingEditor *self,
                                                           PassendDay               today);
/* Shows the aanmelding @id (0: none), loaded from the database; pending
 * text is stored first. */
void             passend_aanmelding_editor_load           (PassendAanmeldingEditor *self,
                                                           gint64                   id);
gint64           passend_aanmelding_editor_get_id         (PassendAanmeldingEditor *self);
/* Stores text still waiting for its pause. */
void             passend_aanmelding_editor_flush          (PassendAanmeldingEditor *self);
void             passend_aanmelding_editor_focus_first    (PassendAanmeldingEditor *self);

G_END_DECLS
