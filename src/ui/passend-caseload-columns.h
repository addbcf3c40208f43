/* passend-caseload-columns.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "passend-student.h"

G_BEGIN_DECLS

/* The columns of the caseload, their cells and their sorting; private to
 * PassendCaseloadPage. */

typedef enum
{
  PASSEND_CASELOAD_COLUMN_NAME,
  PASSEND_CASELOAD_COLUMN_CLASS,
  PASSEND_CASELOAD_COLUMN_MENTOR,
  PASSEND_CASELOAD_COLUMN_LEVEL,
  PASSEND_CASELOAD_COLUMN_PHASE,
  PASSEND_CASELOAD_COLUMN_REGIE,
  PASSEND_CASELOAD_COLUMN_NEEDS,
  PASSEND_CASELOAD_COLUMN_DEADLINE,
  PASSEND_CASELOAD_COLUMN_FLAGS,
  PASSEND_CASELOAD_N_COLUMNS
} PassendCaseloadColumn;

typedef struct _PassendCaseloadSorting PassendCaseloadSorting;

/* The name stored in the caseload-sort-column setting, and back. */
const char             *_passend_caseload_column_to_setting   (PassendCaseloadColumn    column);
gboolean                _passend_caseload_column_from_setting (const char              *setting,
                                                               PassendCaseloadColumn   *column);

GtkListItemFactory     *_passend_caseload_column_create_factory (PassendCaseloadColumn  column);
/* The column's title, as in the header and the CSV export. */
const char             *_passend_caseload_column_get_title    (PassendCaseloadColumn    column);
/* The cell's text for the CSV export; the needs, deadline and flags
 * columns as words, never icons. */
char                   *_passend_caseload_column_dup_text     (PassendCaseloadColumn    column,
                                                               PassendStudent          *student);

/* Computes a loaded student's collation keys once, so sorting compares
 * bytes and allocates nothing. Call after the caseload index has given
 * the student its row (needs, deadline, flags). */
void                    _passend_caseload_attach_sort_keys    (PassendStudent          *student);

PassendCaseloadSorting *_passend_caseload_sorting_new         (void);
void                    _passend_caseload_sorting_free        (PassendCaseloadSorting  *sorting);
/* The sorters point into @sorting: it must outlive them. */
GtkSorter              *_passend_caseload_sorting_create_sorter (PassendCaseloadSorting *sorting,
                                                                 PassendCaseloadColumn   column);
/* Which column @view_sorter (a column view's sorter over sorters of
 * @sorting) sorts by first, and in which direction. FALSE when unsorted. */
gboolean                _passend_caseload_sorting_find_primary (PassendCaseloadSorting *sorting,
                                                                GtkSorter              *view_sorter,
                                                                PassendCaseloadColumn  *column,
                                                                gboolean               *descending);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendCaseloadSorting, _passend_caseload_sorting_free)

G_END_DECLS
