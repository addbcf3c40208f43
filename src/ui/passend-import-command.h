/* passend-import-command.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* `passend import-students --database FILE [--dry-run] [--complete]
 * [--today YYYY-MM-DD] EXPORT.csv`: @argv[0] is the verb. Returns the
 * exit status: 0 imported (or planned), 1 nothing written, 2 usage. */
int passend_import_command_run (int    argc,
                                char **argv);

G_END_DECLS
