/* passend-opp-editor.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"
#include "passend-opp.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_OPP_EDITOR (passend_opp_editor_get_type ())

G_DECLARE_FINAL_TYPE (PassendOppEditor, passend_opp_editor, PASSEND, OPP_EDITOR, AdwWindow)

/* The OPP of one student, section by section, with its lifecycle,
 * signatures, versions and a live preview of the printed document.
 * Everything typed is stored as it is typed. */
PassendOppEditor   *passend_opp_editor_new            (GtkWindow        *parent,
                                                       PassendDatabase  *database,
                                                       gint64            version_id);
gint64              passend_opp_editor_get_version_id (PassendOppEditor *self);
/* The version as last loaded (transfer none). */
PassendOppDocument *passend_opp_editor_get_document   (PassendOppEditor *self);
/* Stores whatever is still waiting for its pause in typing. FALSE when
 * something could not be stored (the banner says what). */
gboolean            passend_opp_editor_flush          (PassendOppEditor *self);

/* Exports the version shown to @path as Export PDF… does, without asking;
 * a toast says when it is done. */
void                passend_opp_editor_export_to_path (PassendOppEditor *self,
                                                       const char       *path,
                                                       gboolean          include_medical);

G_END_DECLS
