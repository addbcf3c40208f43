/* passend-fuzz-common.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-fuzz.h"

char *
passend_fuzz_strndup (const uint8_t *data,
                      size_t         size)
{
  return size > 0 ? g_strndup ((const char *) data, size) : g_strdup ("");
}
