/* passend-test-faults.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-database.h"

G_BEGIN_DECLS

/* Test-only faults on an open connection, made with pragmas on its handle
 * so the public API needs no hook for them. */

/* Limits the file to the pages it has now: any write that needs another
 * page fails as on a full disk. */
void passend_test_faults_fill_disk     (PassendDatabase *database);
void passend_test_faults_free_disk     (PassendDatabase *database);
/* Every write fails as on a file that became read-only. */
void passend_test_faults_set_read_only (PassendDatabase *database,
                                        gboolean         read_only);

G_END_DECLS
