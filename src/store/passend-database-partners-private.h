/* passend-database-partners-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-database-partners.h"
#include "passend-database-private.h"

G_BEGIN_DECLS

/* Steps @statement, an UPDATE of partner @id, as one write with its audit
 * row and "changed"; NOT_FOUND when it changed no row. */
gboolean _passend_database_write_partner (PassendDatabase     *self,
                                          PassendStatement    *statement,
                                          PassendPartnerKind   kind,
                                          gint64               id,
                                          GError             **error);

G_END_DECLS
