/* passend-import-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-import-plan.h"

G_BEGIN_DECLS

/* The plan fills its rows in directly. */
struct _PassendImportRow
{
  GObject              parent_instance;

  guint                line;
  PassendImportStatus  status;
  char                *lvs_number;
  char                *name;
  char                *class_name;
  char                *detail;

  /* What the row says, for rows without an error. */
  PassendStudent      *student;
  int                  school_year;
};

/* Marks @row as an error with the reason "Row N, column C: reason"; the
 * first reason of a row is kept. */
void _passend_import_row_set_error (PassendImportRow *row,
                                    const char       *column,
                                    const char       *reason);

G_END_DECLS
