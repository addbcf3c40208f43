/* passend-import-plan.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-lvs-import.h"

G_BEGIN_DECLS

typedef enum
{
  PASSEND_IMPORT_STATUS_NEW,
  PASSEND_IMPORT_STATUS_UPDATED,
  PASSEND_IMPORT_STATUS_UNCHANGED,
  PASSEND_IMPORT_STATUS_ERROR,
  PASSEND_IMPORT_STATUS_POSSIBLY_LEFT,
} PassendImportStatus;

#define PASSEND_TYPE_IMPORT_ROW (passend_import_row_get_type ())

G_DECLARE_FINAL_TYPE (PassendImportRow, passend_import_row, PASSEND, IMPORT_ROW, GObject)

/* One row of the preview: a row of the export, or a stored student who is
 * not in it (possibly left; line 0). */
guint                passend_import_row_get_line       (PassendImportRow *self);
PassendImportStatus  passend_import_row_get_status     (PassendImportRow *self);
const char          *passend_import_row_get_lvs_number (PassendImportRow *self);
const char          *passend_import_row_get_name       (PassendImportRow *self);
const char          *passend_import_row_get_class_name (PassendImportRow *self);
/* For an error, the reason ("row 14, column Geb.datum: …"); for an
 * update, the fields that change; a note such as an unknown mentor
 * otherwise; "" when there is nothing to say. */
const char          *passend_import_row_get_detail     (PassendImportRow *self);
const char          *passend_import_status_get_label   (PassendImportStatus status);

#define PASSEND_TYPE_IMPORT_PLAN (passend_import_plan_get_type ())

G_DECLARE_FINAL_TYPE (PassendImportPlan, passend_import_plan, PASSEND, IMPORT_PLAN, GObject)

/* Reads an export and compares it with @database, writing nothing. @today
 * picks the school year (1 August – 31 July) whose rows count when a
 * student has rows for several years (else the latest year), and is the
 * leaving day of the possibly-left students. An export that cannot be
 * read at all (not a CSV, no student number column, an unreadable
 * encoding) is a GError; a bad row is an error row of the plan. */
PassendImportPlan   *passend_import_plan_new_for_table  (PassendCsvTable    *table,
                                                         PassendDatabase    *database,
                                                         PassendDay          today,
                                                         GError            **error);
PassendImportPlan   *passend_import_plan_new_for_file   (GFile              *file,
                                                         PassendDatabase    *database,
                                                         PassendDay          today,
                                                         GCancellable       *cancellable,
                                                         GError            **error);
/* The same in a worker thread, with its own connection to the database
 * at @database_path. */
void                 passend_import_plan_new_async      (GFile              *file,
                                                         const char         *database_path,
                                                         PassendDay          today,
                                                         GCancellable       *cancellable,
                                                         GAsyncReadyCallback callback,
                                                         gpointer            user_data);
PassendImportPlan   *passend_import_plan_new_finish     (GAsyncResult       *result,
                                                         GError            **error);

/* A GListModel of PassendImportRow: the export's rows in file order
 * (rows of other school years and identical repeats left out). */
GListModel          *passend_import_plan_get_rows           (PassendImportPlan *self);
/* A GListModel of PassendImportRow with status POSSIBLY_LEFT. */
GListModel          *passend_import_plan_get_possibly_left  (PassendImportPlan *self);
guint                passend_import_plan_get_n_status       (PassendImportPlan  *self,
                                                             PassendImportStatus status);
/* Rows left out: another school year, or an identical repeat. */
guint                passend_import_plan_get_n_skipped      (PassendImportPlan *self);
/* The headers of columns the import does not use. */
const char * const  *passend_import_plan_get_ignored_columns (PassendImportPlan *self);
/* Mentor codes or names that match nobody on the staff. */
const char * const  *passend_import_plan_get_unknown_mentors (PassendImportPlan *self);
const char          *passend_import_plan_get_encoding       (PassendImportPlan *self);
char                 passend_import_plan_get_separator      (PassendImportPlan *self);

/* Stores the plan in one transaction. With @complete (the export holds
 * every student) the possibly-left students get the plan's day as their
 * leaving day. A plan with error rows stores nothing and fails with
 * PASSEND_LVS_IMPORT_ERROR_HAS_ERRORS. */
gboolean             passend_import_plan_apply              (PassendImportPlan  *self,
                                                             PassendDatabase    *database,
                                                             gboolean            complete,
                                                             guint              *n_created,
                                                             guint              *n_updated,
                                                             GError            **error);

G_END_DECLS
