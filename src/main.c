/* main.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-command-line.h"

int
main (int    argc,
      char **argv)
{
  return passend_command_line_run (argc, argv);
}
