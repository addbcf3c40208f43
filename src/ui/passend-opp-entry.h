/* passend-opp-entry.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"
#include "passend-opp-editor.h"
#include "passend-student.h"

G_BEGIN_DECLS

/* The way into the OPP from the student page: a button that shows the
 * state of the current version ("OPP · Established") or offers to create
 * one. */
void              passend_opp_entry_update (GtkButton        *button,
                                            PassendDatabase  *database,
                                            PassendStudent   *student);
/* Opens the editor on the student's current version, creating version 1
 * when there is none. NULL with @error set when that failed. */
PassendOppEditor *passend_opp_entry_open   (GtkWidget        *parent,
                                            PassendDatabase  *database,
                                            PassendStudent   *student,
                                            GError          **error);

G_END_DECLS
