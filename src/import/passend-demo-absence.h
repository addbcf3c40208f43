/* passend-demo-absence.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-demo-private.h"

G_BEGIN_DECLS

/* Registered absence for a few students in the caseload: one past the
 * DUO threshold (a report due), one with an M@ZL signal, some below any
 * threshold. Needs the holidays (demo_add_deadlines) and the caseload. */
gboolean demo_add_absence (DemoBuilder  *b,
                           GError      **error);

G_END_DECLS
