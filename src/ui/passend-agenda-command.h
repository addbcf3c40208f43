/* passend-agenda-command.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* `passend export-agenda --database FILE --meeting ID [--for PARTNER]
 * (--output F.pdf | --ics F.ics)`; @argv[0] is the verb. PARTNER is
 * "person:N" or "organisation:N". Returns the exit status: 0 written, 1
 * nothing written, 2 usage. */
int passend_agenda_command_run  (int    argc,
                                 char **argv);

/* `passend export-minutes --database FILE --meeting ID [--item ID]
 * [--for PARTNER] --output F.pdf`; the same exit statuses. */
int passend_minutes_command_run (int    argc,
                                 char **argv);

G_END_DECLS
