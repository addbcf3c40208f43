/* passend-demo-opp.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-demo-private.h"

G_BEGIN_DECLS

/* OPPs for students at niveau 3 and 4 in every state of the lifecycle,
 * with evaluations, signatures drawn on a pad and a revised version.
 * They add no timeline entries: the timelines already tell the story. */
gboolean demo_add_opps (DemoBuilder  *b,
                        GError      **error);

G_END_DECLS
