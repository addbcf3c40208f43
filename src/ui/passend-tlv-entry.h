/* passend-tlv-entry.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"
#include "passend-student.h"
#include "passend-tlv-window.h"

G_BEGIN_DECLS

/* The way into the TLV request from the student page: a button that
 * shows the state of the current request ("TLV · Submitted") or offers
 * to start one. */
void              passend_tlv_entry_update (GtkButton        *button,
                                            PassendDatabase  *database,
                                            PassendStudent   *student);
/* Opens the student's newest request, creating one (VSO cluster 4, in
 * preparation) when there is none. NULL with @error set when that
 * failed. */
PassendTlvWindow *passend_tlv_entry_open   (GtkWidget        *parent,
                                            PassendDatabase  *database,
                                            PassendStudent   *student,
                                            GError          **error);

G_END_DECLS
