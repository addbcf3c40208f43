/* passend-partner-editor.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database-partners.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_PARTNER_EDITOR (passend_partner_editor_get_type ())

G_DECLARE_FINAL_TYPE (PassendPartnerEditor, passend_partner_editor, PASSEND, PARTNER_EDITOR, AdwWindow)

/* A person's or an organisation's details in one form, checked as they
 * are typed and stored on Save.
 *
 * Signals:
 *   "saved" (PassendPartnerKind kind, gint64 id): stored; the window is
 *   closing. */

/* @id 0 makes a new person or organisation. */
PassendPartnerEditor *passend_partner_editor_new  (GtkWindow          *parent,
                                                   PassendDatabase    *database,
                                                   PassendPartnerKind  kind,
                                                   gint64              id);
/* Stores what the form holds, as Save does; FALSE (and the reason shown
 * in the form) when it cannot. */
gboolean              passend_partner_editor_save (PassendPartnerEditor *self);

G_END_DECLS
