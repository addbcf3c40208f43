/* passend-demo-interventions.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-demo-private.h"

G_BEGIN_DECLS

/* Interventions for the caseload in every status: some ending this week,
 * some with an evaluation overdue. The timelines already tell the story,
 * so these add no entries. */
gboolean demo_add_interventions (DemoBuilder  *b,
                                 GError      **error);

G_END_DECLS
