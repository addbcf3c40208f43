/* passend-database-absence.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-absence-rules.h"
#include "passend-database.h"

G_BEGIN_DECLS

/* Registered absence (area "absence"). Entity in "changed": "absence". */

/* Stores @absence for its student and sets its id. Refuses a day that is
 * missing, in the future, on a weekend or more than ten years back,
 * lesson hours outside 1–12, and a second registration of the same
 * reason on the same day. */
gboolean    passend_database_add_absence       (PassendDatabase        *self,
                                                PassendAbsence         *absence,
                                                GError                **error);
/* Stores every #PassendAbsence of @absences in one transaction, or none:
 * on a refusal *@failed is the index of the one refused. */
gboolean    passend_database_add_absences      (PassendDatabase        *self,
                                                GPtrArray              *absences,
                                                guint                  *failed,
                                                GError                **error);
gboolean    passend_database_remove_absence    (PassendDatabase        *self,
                                                gint64                  absence_id,
                                                GError                **error);
/* Returns: (transfer full): a #GListModel of #PassendAbsence, the newest
 * day first. */
GListModel *passend_database_list_absence      (PassendDatabase        *self,
                                                gint64                  student_id,
                                                GError                **error);
/* Records that the school made the report of @kind about @student_id on
 * @reported_on (not after today), with an entry on the student's timeline,
 * in one transaction; the signal it answered is settled from then on.
 * Entity in "changed": "absence". */
gboolean    passend_database_record_absence_report (PassendDatabase          *self,
                                                    gint64                    student_id,
                                                    PassendAbsenceReportKind  kind,
                                                    PassendDay                reported_on,
                                                    gint64                   *report_id,
                                                    GError                  **error);
/* Takes back a report recorded by mistake, with its timeline entry, in
 * one transaction (the Undo of recording it). */
gboolean    passend_database_remove_absence_report (PassendDatabase          *self,
                                                    gint64                    report_id,
                                                    GError                  **error);

/* The rules applied to @student_id's absence on @today, with the stored
 * holidays and protocol values. */
gboolean    passend_database_summarise_absence (PassendDatabase        *self,
                                                gint64                  student_id,
                                                PassendDay              today,
                                                PassendAbsenceSummary  *summary,
                                                GError                **error);

G_END_DECLS
