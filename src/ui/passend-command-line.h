/* passend-command-line.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* `passend --version`, `passend demo …` and `passend check …` run without a
 * display; anything else starts the application. Returns the exit status. */
int passend_command_line_run (int    argc,
                              char **argv);

G_END_DECLS
