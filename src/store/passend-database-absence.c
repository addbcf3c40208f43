/* passend-database-absence.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-absence-private.h"

/* Absence older than this is no school's current business; a day far
 * back is a typing error. */
#define MAX_YEARS_BACK 10

static gboolean
check_absence (PassendAbsence  *absence,
               GError         **error)
{
  PassendDay day = passend_absence_get_day (absence);
  PassendDay today = passend_day_today ();
  int hours = passend_absence_get_lesson_hours (absence);

  if (passend_absence_get_student_id (absence) <= 0)
    return _passend_database_invalid (error, _("Absence needs a student."));
  if (day == PASSEND_DAY_NONE)
    return _passend_database_invalid (error, _("Absence needs a day."));
  if (day > today)
    return _passend_database_invalid (error, _("Absence cannot be registered for a day in the future."));
  if (day < (PassendDay) passend_day_add_months (today, -12 * MAX_YEARS_BACK))
    return _passend_database_invalid (error, _("That day lies more than ten years back."));
  if (passend_day_get_weekday (day) > 5)
    return _passend_database_invalid (error, _("Absence is registered on school days, not at the weekend."));
  if (hours < 1 || hours > 12)
    return _passend_database_invalid (error, _("The number of lessons must be between 1 and 12."));

  return TRUE;
}

/* Clear messages for what the constraints would refuse less clearly. */
static gboolean
check_against_rows (PassendDatabase  *self,
                    PassendAbsence   *absence,
                    GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT (SELECT count (*) FROM student WHERE id = ?1),"
                                         " (SELECT count (*) FROM absence"
                                         "   WHERE student_id = ?1 AND day = ?2 AND reason = ?3)",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, passend_absence_get_student_id (absence));
  _passend_bind_day (statement, 2, passend_absence_get_day (absence));
  sqlite3_bind_text (statement, 3, passend_absence_reason_to_code (passend_absence_get_reason (absence)),
                     -1, SQLITE_STATIC);

  rc = sqlite3_step (statement);
  if (rc != SQLITE_ROW)
    return _passend_database_fail (self, rc, NULL, error);

  if (sqlite3_column_int (statement, 0) == 0)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("The student no longer exists."));
      return FALSE;
    }

  if (sqlite3_column_int (statement, 1) > 0)
    {
      g_autofree char *day = passend_day_format (passend_absence_get_day (absence));

      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT,
                   /* TRANSLATORS: the reason, then the day: "Sick absence is already
                    * registered on Mon 23 Nov 2026; remove it first to change it." */
                   _("“%s” is already registered on %s; remove it first to change it."),
                   passend_absence_reason_get_label (passend_absence_get_reason (absence)), day);
      return FALSE;
    }

  return TRUE;
}

static gboolean
insert_absence (PassendDatabase  *self,
                gpointer          object,
                gint64           *id,
                GError          **error)
{
  PassendAbsence *absence = object;
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *note = g_strstrip (g_strdup (passend_absence_get_note (absence)));

  if (!check_against_rows (self, absence, error))
    return FALSE;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO absence (student_id, day, lesson_hours, reason, note, source,"
                                         " created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, passend_absence_get_student_id (absence));
  _passend_bind_day (statement, 2, passend_absence_get_day (absence));
  sqlite3_bind_int (statement, 3, passend_absence_get_lesson_hours (absence));
  sqlite3_bind_text (statement, 4, passend_absence_reason_to_code (passend_absence_get_reason (absence)),
                     -1, SQLITE_STATIC);
  _passend_bind_text (statement, 5, note);
  sqlite3_bind_text (statement, 6, passend_absence_get_imported (absence) ? "import" : "manual", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 7, _passend_database_now ());

  if (!_passend_database_step_done (self, statement, error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

gboolean
passend_database_add_absence (PassendDatabase  *self,
                              PassendAbsence   *absence,
                              GError          **error)
{
  gint64 id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_ABSENCE (absence), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_absence (absence, error))
    return FALSE;

  if (!_passend_database_create (self, "absence", insert_absence, absence, &id, error))
    return FALSE;

  passend_absence_set_id (absence, id);
  g_debug ("Absence %" G_GINT64_FORMAT " registered", id);
  return TRUE;
}

gboolean
passend_database_add_absences (PassendDatabase  *self,
                               GPtrArray        *absences,
                               guint            *failed,
                               GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (absences != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  for (guint i = 0; i < absences->len; i++)
    {
      PassendAbsence *absence = g_ptr_array_index (absences, i);
      gint64 id = 0;

      if (!check_absence (absence, error) ||
          !insert_absence (self, absence, &id, error) ||
          !_passend_database_audit (self, "import", "absence", id, error))
        {
          _passend_database_write_rollback (self);
          if (failed != NULL)
            *failed = i;
          return FALSE;
        }
      passend_absence_set_id (absence, id);
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  g_debug ("%u absences imported", absences->len);
  _passend_database_changed (self, "absence", 0);
  return TRUE;
}

gboolean
passend_database_remove_absence (PassendDatabase  *self,
                                 gint64            absence_id,
                                 GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  statement = _passend_database_prepare (self, "DELETE FROM absence WHERE id = ?1", error);
  if (statement == NULL)
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }
  sqlite3_bind_int64 (statement, 1, absence_id);

  if (!_passend_database_step_done (self, statement, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (sqlite3_changes64 (self->db) == 0)
    {
      _passend_database_write_rollback (self);
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("This absence was already removed."));
      return FALSE;
    }

  if (!_passend_database_audit (self, "delete", "absence", absence_id, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_database_changed (self, "absence", absence_id);
  return TRUE;
}

GListModel *
passend_database_list_absence (PassendDatabase  *self,
                               gint64            student_id,
                               GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GListStore) store = g_list_store_new (PASSEND_TYPE_ABSENCE);
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         "SELECT id, day, lesson_hours, reason, note, source FROM absence"
                                         " WHERE student_id = ?1 ORDER BY day DESC, reason",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, student_id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      PassendAbsenceReason reason = PASSEND_ABSENCE_AUTHORISED_OTHER;
      g_autoptr(PassendAbsence) absence = NULL;

      passend_absence_reason_from_code (_passend_column_text (statement, 3), &reason);
      absence = passend_absence_new (_passend_column_day (statement, 1), sqlite3_column_int (statement, 2), reason);
      passend_absence_set_id (absence, sqlite3_column_int64 (statement, 0));
      passend_absence_set_student_id (absence, student_id);
      passend_absence_set_note (absence, _passend_column_text (statement, 4));
      passend_absence_set_imported (absence, g_str_equal (_passend_column_text (statement, 5), "import"));
      g_list_store_append (store, absence);
    }

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

static const char *
dutch_report_title (PassendAbsenceReportKind kind)
{
  return kind == PASSEND_ABSENCE_REPORT_DUO ? "Verzuimmelding gedaan bij DUO"
                                            : "Verwezen naar de jeugdarts (M@ZL)";
}

gboolean
passend_database_record_absence_report (PassendDatabase          *self,
                                        gint64                    student_id,
                                        PassendAbsenceReportKind  kind,
                                        PassendDay                reported_on,
                                        gint64                   *report_id,
                                        GError                  **error)
{
  g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *day = NULL;
  g_autofree char *body = NULL;
  gint64 entry_id = 0;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (kind == PASSEND_ABSENCE_REPORT_DUO || kind == PASSEND_ABSENCE_REPORT_MAZL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (reported_on == PASSEND_DAY_NONE)
    return _passend_database_invalid (error, _("Enter the day the report was made."));
  if (reported_on > passend_day_today ())
    return _passend_database_invalid (error, _("A report cannot be dated after today."));

  day = passend_day_format_dutch (reported_on);
  body = g_strdup_printf (kind == PASSEND_ABSENCE_REPORT_DUO ? "Melding ongeoorloofd verzuim gedaan op %s."
                                                             : "Leerling en ouders verwezen naar de jeugdarts op %s.",
                          day);
  passend_timeline_entry_set_student_id (entry, student_id);
  passend_timeline_entry_set_kind (entry, PASSEND_ENTRY_KIND_ABSENCE);
  passend_timeline_entry_set_occurred_at (entry, _passend_database_moment_of_day (reported_on));
  passend_timeline_entry_set_author (entry, self->actor);
  passend_timeline_entry_set_title (entry, dutch_report_title (kind));
  passend_timeline_entry_set_body (entry, body);
  /* Whether the school reported is a fact about the route, not care
   * detail: the kind of entry a TLV committee or parent may read. */
  passend_timeline_entry_set_confidentiality (entry, PASSEND_CONFIDENTIALITY_NORMAL);
  passend_timeline_entry_set_is_fact (entry, TRUE);

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO absence_report (student_id, kind, reported_on, entry_id, created_at)"
                                         " VALUES (?1, ?2, ?3, ?4, ?5)",
                                         error);
  if (statement == NULL ||
      !_passend_database_insert_entry (self, entry, &entry_id, error) ||
      !_passend_database_audit (self, "create", "timeline-entry", entry_id, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  sqlite3_bind_int64 (statement, 1, student_id);
  sqlite3_bind_text (statement, 2, passend_absence_report_kind_to_code (kind), -1, SQLITE_STATIC);
  _passend_bind_day (statement, 3, reported_on);
  sqlite3_bind_int64 (statement, 4, entry_id);
  sqlite3_bind_int64 (statement, 5, _passend_database_now ());
  rc = sqlite3_step (statement);
  id = sqlite3_last_insert_rowid (self->db);
  if (rc != SQLITE_DONE || !_passend_database_audit (self, "create", "absence-report", id, error))
    {
      if (rc != SQLITE_DONE)
        _passend_database_fail (self, rc, NULL, error);
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  if (report_id != NULL)
    *report_id = id;
  g_debug ("Absence report (%s) recorded for student %" G_GINT64_FORMAT,
           passend_absence_report_kind_to_code (kind), student_id);
  _passend_database_changed (self, "absence", student_id);
  _passend_database_changed (self, "timeline-entry", entry_id);
  return TRUE;
}

gboolean
passend_database_remove_absence_report (PassendDatabase  *self,
                                        gint64            report_id,
                                        GError          **error)
{
  g_autoptr(PassendStatement) find = NULL;
  g_autoptr(PassendStatement) remove_report = NULL;
  g_autoptr(PassendStatement) remove_entry = NULL;
  gint64 student_id, entry_id;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  find = _passend_database_prepare (self, "SELECT student_id, coalesce (entry_id, 0) FROM absence_report WHERE id = ?1",
                                    error);
  if (find == NULL)
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }
  sqlite3_bind_int64 (find, 1, report_id);
  rc = sqlite3_step (find);
  if (rc != SQLITE_ROW)
    {
      _passend_database_write_rollback (self);
      if (rc != SQLITE_DONE)
        return _passend_database_fail (self, rc, NULL, error);
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("The report is no longer there."));
      return FALSE;
    }
  student_id = sqlite3_column_int64 (find, 0);
  entry_id = sqlite3_column_int64 (find, 1);
  g_clear_pointer (&find, passend_statement_reset);

  remove_report = _passend_database_prepare (self, "DELETE FROM absence_report WHERE id = ?1", error);
  remove_entry = _passend_database_prepare (self, "DELETE FROM timeline_entry WHERE id = ?1", error);
  if (remove_report != NULL)
    sqlite3_bind_int64 (remove_report, 1, report_id);
  if (remove_entry != NULL)
    sqlite3_bind_int64 (remove_entry, 1, entry_id);
  if (remove_report == NULL || remove_entry == NULL ||
      !_passend_database_step_done (self, remove_report, error) ||
      !_passend_database_audit (self, "delete", "absence-report", report_id, error) ||
      (entry_id != 0 && (!_passend_database_step_done (self, remove_entry, error) ||
                         !_passend_database_audit (self, "delete", "timeline-entry", entry_id, error))))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  g_debug ("Absence report %" G_GINT64_FORMAT " taken back", report_id);
  _passend_database_changed (self, "absence", student_id);
  if (entry_id != 0)
    _passend_database_changed (self, "timeline-entry", entry_id);
  return TRUE;
}
