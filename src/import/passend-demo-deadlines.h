/* passend-demo-deadlines.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-demo-private.h"

G_BEGIN_DECLS

/* The school year's holidays, and OPP days that put the caseload's
 * deadlines in every state: overdue, due this week, coming, in order. */
gboolean demo_add_deadlines (DemoBuilder  *b,
                             GError      **error);

G_END_DECLS
