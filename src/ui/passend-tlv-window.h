/* passend-tlv-window.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_TLV_WINDOW (passend_tlv_window_get_type ())

G_DECLARE_FINAL_TYPE (PassendTlvWindow, passend_tlv_window, PASSEND, TLV_WINDOW, AdwWindow)

/* One TLV request: the form, its state and history, the
 * deskundigenadviezen, the checklist with what satisfies each item, and
 * assembling and sending the dossier. Everything typed is stored as it
 * is typed. */
PassendTlvWindow *passend_tlv_window_new            (GtkWindow        *parent,
                                                     PassendDatabase  *database,
                                                     gint64            request_id);
gint64            passend_tlv_window_get_request_id (PassendTlvWindow *self);
/* Stores what is still waiting for its pause in typing; FALSE when that
 * failed (a toast says what). */
gboolean          passend_tlv_window_flush          (PassendTlvWindow *self);
/* Assembles the dossier into @path without asking for a file name (as
 * Assemble Dossier… does after the file chooser, after the question
 * about missing items when @concept_ok is FALSE). */
void              passend_tlv_window_assemble_to_path (PassendTlvWindow *self,
                                                       const char       *path,
                                                       gboolean          concept_ok);
/* Whether an assembly is running. */
gboolean          passend_tlv_window_get_busy       (PassendTlvWindow *self);

G_END_DECLS
