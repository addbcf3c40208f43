/* passend-export-command.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* `passend export-timeline --database FILE --student LVSNR --output F.pdf
 * [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--include-medical]`: @argv[0] is
 * the verb. Returns the exit status: 0 written, 1 nothing written, 2
 * usage. */
int passend_export_command_run (int    argc,
                                char **argv);

G_END_DECLS
