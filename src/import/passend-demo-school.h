/* passend-demo-school.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-database.h"

G_BEGIN_DECLS

typedef struct
{
  guint      n_students;              /* the whole school; default 1200 */
  guint      n_caseload;              /* students in support; default 150 */
  guint      n_entries;               /* timeline entries over the caseload, status changes
                                       * included; 0: 25 per student */
  guint      heavy_student_entries;   /* one student gets this many of them; 0: none */
  guint32    seed;                    /* the same seed gives the same school */
  PassendDay today;                   /* the school's "now"; PASSEND_DAY_NONE: today */
} PassendDemoOptions;

typedef void (*PassendProgressFunc) (double   fraction,
                                     gpointer user_data);

void     passend_demo_options_init    (PassendDemoOptions        *options);

/* Fills an empty database with a realistic Dutch secondary school in one
 * transaction. Refuses a database that already has students. */
gboolean passend_demo_school_generate (PassendDatabase           *database,
                                       const PassendDemoOptions  *options,
                                       PassendProgressFunc        progress,
                                       gpointer                   user_data,
                                       GError                   **error);

G_END_DECLS
