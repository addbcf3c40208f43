/* passend-demo-tlv.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-demo-private.h"

G_BEGIN_DECLS

/* TLV requests for students at niveau 4, one in each stage: in
 * preparation with part of the checklist filled, submitted, asked for a
 * supplement, granted (ending soon), refused, and refused with an
 * objection; with deskundigenadviezen and generated report PDFs. They
 * add no timeline entries: the timelines already tell the story. */
gboolean demo_add_tlv_requests (DemoBuilder  *b,
                                GError      **error);

G_END_DECLS
