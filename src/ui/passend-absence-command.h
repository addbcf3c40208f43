/* passend-absence-command.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* `passend import-absence --database FILE [--dry-run] EXPORT.csv`:
 * @argv[0] is the verb. All or nothing. Returns the exit status: 0
 * imported (or checked), 1 nothing written, 2 usage. */
int passend_absence_command_run (int    argc,
                                 char **argv);

G_END_DECLS
