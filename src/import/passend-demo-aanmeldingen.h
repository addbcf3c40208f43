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
 * the 10 weeks, and each outcome. With @admit, the one admitted with an
 * arrangement becomes a student through the store's admission, and gets
 * what every demo student has: a class and mentor, a guardian, needs, a
 * status in the caseload and DEMO_ADMITTED_ENTRIES entries. */
gboolean demo_add_aanmeldingen     (DemoBuilder  *b,
                                    gboolean      admit,
                                    GError      **error);

/* Whether the counts asked for leave room for the admitted student: the
 * generator then makes one student, one case and DEMO_ADMITTED_ENTRIES
 * entries fewer, so the totals stay as asked. */
#define DEMO_ADMITTED_ENTRIES 5
gboolean demo_aanmeldingen_reserve (DemoBuilder  *b);

G_END_DECLS
