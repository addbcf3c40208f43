/* passend-test-damage.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Overwrites one leaf page of @table in the closed database file at @path,
 * as a failing disk would, and leaves no -wal or -shm behind. */
void passend_test_damage_table (const char *path,
                                const char *table);

G_END_DECLS
