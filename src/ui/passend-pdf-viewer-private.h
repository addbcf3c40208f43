/* passend-pdf-viewer-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-pdf-viewer.h"

G_BEGIN_DECLS

/* Writes a private copy (folder 0700, file 0600) and shows it with the
 * system's handler for its type. */
gboolean _passend_attachment_open_external (GtkWindow        *parent,
                                            const char       *file_name,
                                            GBytes           *content,
                                            GError          **error);
/* Asks where, then writes atomically; the outcome is told in @overlay. */
void     _passend_attachment_save_copy     (GtkWindow        *parent,
                                            AdwToastOverlay  *overlay,
                                            const char       *file_name,
                                            GBytes           *content);

G_END_DECLS
