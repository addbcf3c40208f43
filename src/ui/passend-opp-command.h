/* passend-opp-command.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* `passend export-opp --database FILE --student LVSNR [--version N]
 * [--output F.pdf] [--include-medical] [--for-signing]`: @argv[0] is the
 * verb. Without --version the newest version, without --output
 * "OPP <name> versie N.pdf" in the current folder. Returns the exit
 * status: 0 written, 1 nothing written, 2 usage. */
int passend_opp_command_run (int    argc,
                             char **argv);

G_END_DECLS
