/* passend-demo-partners.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-demo-private.h"

G_BEGIN_DECLS

/* The rest of the partner directory (area "partners"): Veilig Thuis and
 * a second sociaal team with their professionals, notes on a few
 * partners, and one person entered twice ("J. Visser" beside "Jan
 * Visser") so merging can be tried. Fixed names, no draws from the
 * shared GRand: adding them changes nothing else in the school. */
gboolean demo_add_partners (DemoBuilder  *b,
                            GError      **error);

G_END_DECLS
