/* passend-demo-consent.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-demo-private.h"

G_BEGIN_DECLS

/* Consent for the caseload from phase 3a on (area "consent"): most cases
 * covered until the end of the school year, a few without consent, a few
 * running out within days, and one withdrawn. No timeline entries. */
gboolean demo_add_consents (DemoBuilder  *b,
                            GError      **error);

G_END_DECLS
