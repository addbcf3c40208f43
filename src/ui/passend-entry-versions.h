/* passend-entry-versions.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

/* Shows what an edited entry says now and what it said before. */
GtkWindow *passend_entry_versions_window_new (GtkWindow            *parent,
                                              PassendTimelineEntry *current,
                                              GPtrArray            *versions);

G_END_DECLS
