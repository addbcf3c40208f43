/* passend-demo-aanmeldingen.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-demo-private.h"

G_BEGIN_DECLS

/* A dozen aanmeldingen under the zorgplicht in every state relative to
 * the demo's today: just received, due this week, overdue, extended, past
 * the 10 weeks, and each outcome. The admitted ones are left for the
 * coordinator to add to the students: a student made here would have no
 * class, mentor or history, which every demo student has. */
gboolean demo_add_aanmeldingen (DemoBuilder  *b,
                                GError      **error);

G_END_DECLS
