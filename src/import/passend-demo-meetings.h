/* passend-demo-meetings.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-demo-private.h"

G_BEGIN_DECLS

/* How many timeline entries the demo's closed meetings will write (one
 * per agenda item), or 0 when the school is too small or its entry
 * budget too tight for them. The caseload leaves room for them, so the
 * school still has exactly the entries asked for. */
guint    demo_meetings_reserve (DemoBuilder  *b);

/* Meetings (area "meetings"): two closed meetings with minutes,
 * decisions (one of them not to escalate, with its reasons) and actions
 * (some done, some open, one overdue), written to the timeline by
 * closing them — only when @n_records is demo_meetings_reserve() and
 * not 0 — and upcoming meetings with their agendas: a Flex-ZAT and an
 * OT next week and a groot-verzuimoverleg. Externals are invited only
 * where the student's consent allows it. No draws from the shared GRand:
 * adding them changes nothing else in the school. */
gboolean demo_add_meetings     (DemoBuilder  *b,
                                guint         n_records,
                                GError      **error);

G_END_DECLS
