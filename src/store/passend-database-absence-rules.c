/* passend-database-absence-rules.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-absence-private.h"
#include "passend-text.h"

/* The absence rules for the caseload's flag, the Overzicht's deadlines
 * and the student page: the rules live in core, the store reads the
 * marks, the holidays and the protocol values. */

static PassendSchoolCalendar *
load_calendar (PassendDatabase  *self,
               GError          **error)
{
  g_autoptr(GListModel) holidays = passend_database_list_holidays (self, error);

  if (holidays == NULL)
    return NULL;

  return passend_school_calendar_new (holidays);
}

static void
add_mark (GArray           *marks,
          PassendStatement *statement,
          int               first_column)
{
  PassendAbsenceMark mark = {
    _passend_column_day (statement, first_column),
    sqlite3_column_int (statement, first_column + 1),
    PASSEND_ABSENCE_AUTHORISED_OTHER,
  };

  passend_absence_reason_from_code (_passend_column_text (statement, first_column + 2), &mark.reason);
  g_array_append_val (marks, mark);
}

/* The newest report of each kind for one student. */
typedef struct
{
  PassendDay duo;
  PassendDay mazl;
} ReportDays;

static void
add_report_day (ReportDays       *reported,
                PassendStatement *statement,
                int               first_column)
{
  PassendAbsenceReportKind kind;
  PassendDay day = _passend_column_day (statement, first_column + 1);

  if (!passend_absence_report_kind_from_code (_passend_column_text (statement, first_column), &kind))
    return;
  if (kind == PASSEND_ABSENCE_REPORT_DUO)
    reported->duo = MAX (reported->duo, day);
  else
    reported->mazl = MAX (reported->mazl, day);
}

gboolean
passend_database_summarise_absence (PassendDatabase        *self,
                                    gint64                  student_id,
                                    PassendDay              today,
                                    PassendAbsenceSummary  *summary,
                                    GError                **error)
{
  g_autoptr(PassendSchoolCalendar) calendar = NULL;
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (PassendAbsenceMark));
  PassendProtocol protocol;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (today != PASSEND_DAY_NONE, FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!passend_database_load_protocol (self, &protocol, error))
    return FALSE;
  calendar = load_calendar (self, error);
  if (calendar == NULL)
    return FALSE;

  statement = _passend_database_prepare (self,
                                         "SELECT day, lesson_hours, reason FROM absence"
                                         " WHERE student_id = ?1 AND day BETWEEN ?2 AND ?3 ORDER BY day",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, student_id);
  _passend_bind_day (statement, 2, passend_absence_rules_lookback (calendar, &protocol, today));
  _passend_bind_day (statement, 3, today);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    add_mark (marks, statement, 0);
  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  passend_absence_rules_summarise ((PassendAbsenceMark *) (gpointer) marks->data, marks->len,
                                   calendar, &protocol, today, summary);

  g_clear_pointer (&statement, passend_statement_reset);
  statement = _passend_database_prepare (self,
                                         "SELECT kind, max (reported_on) FROM absence_report"
                                         " WHERE student_id = ?1 AND reported_on <= ?2 GROUP BY kind",
                                         error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, student_id);
  _passend_bind_day (statement, 2, today);
  {
    ReportDays reported = { PASSEND_DAY_NONE, PASSEND_DAY_NONE };

    while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
      add_report_day (&reported, statement, 0);
    if (rc != SQLITE_DONE)
      return _passend_database_fail (self, rc, NULL, error);
    passend_absence_rules_settle (summary, reported.duo, reported.mazl);
  }
  return TRUE;
}

static void
finish_student (gint64                     student_id,
                char                     **names,
                GArray                    *marks,
                GHashTable                *reports,
                PassendSchoolCalendar     *calendar,
                const PassendProtocol     *protocol,
                PassendDay                 today,
                PassendAbsenceStudentFunc  func,
                gpointer                   user_data)
{
  PassendAbsenceSummary summary;
  ReportDays *reported = g_hash_table_lookup (reports, &student_id);

  passend_absence_rules_summarise ((PassendAbsenceMark *) (gpointer) marks->data, marks->len,
                                   calendar, protocol, today, &summary);
  if (reported != NULL)
    passend_absence_rules_settle (&summary, reported->duo, reported->mazl);
  func (student_id, (const char * const *) names, &summary, user_data);
  g_array_set_size (marks, 0);
}

/* The newest report of each kind, per student, up to @today. */
static GHashTable *
load_report_days (PassendDatabase  *self,
                  PassendDay        today,
                  GError          **error)
{
  g_autoptr(GHashTable) reports = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT student_id, kind, max (reported_on) FROM absence_report"
                                         " WHERE reported_on <= ?1 GROUP BY student_id, kind",
                                         error);
  if (statement == NULL)
    return NULL;

  _passend_bind_day (statement, 1, today);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 student_id = sqlite3_column_int64 (statement, 0);
      ReportDays *reported = g_hash_table_lookup (reports, &student_id);

      if (reported == NULL)
        {
          reported = g_new0 (ReportDays, 1);
          g_hash_table_insert (reports, g_memdup2 (&student_id, sizeof student_id), reported);
        }
      add_report_day (reported, statement, 1);
    }
  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return g_steal_pointer (&reports);
}

gboolean
_passend_database_foreach_absence_summary (PassendDatabase            *self,
                                           PassendDay                  today,
                                           const PassendProtocol      *protocol,
                                           PassendAbsenceStudentFunc   func,
                                           gpointer                    user_data,
                                           GError                    **error)
{
  g_autoptr(PassendSchoolCalendar) calendar = NULL;
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (PassendAbsenceMark));
  g_autoptr(GHashTable) reports = NULL;
  g_auto(GStrv) names = NULL;
  gint64 current = 0;
  int rc;

  calendar = load_calendar (self, error);
  if (calendar == NULL)
    return FALSE;
  reports = load_report_days (self, today, error);
  if (reports == NULL)
    return FALSE;

  /* Students who left have no attendance to watch. */
  statement = _passend_database_prepare (self,
                                         "SELECT s.id, s.roepnaam, s.tussenvoegsel, s.achternaam,"
                                         " a.day, a.lesson_hours, a.reason"
                                         " FROM absence AS a"
                                         " JOIN student AS s ON s.id = a.student_id AND s.left_on IS NULL"
                                         " WHERE a.day BETWEEN ?1 AND ?2"
                                         " ORDER BY a.student_id, a.day",
                                         error);
  if (statement == NULL)
    return FALSE;

  _passend_bind_day (statement, 1, passend_absence_rules_lookback (calendar, protocol, today));
  _passend_bind_day (statement, 2, today);

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (statement, 0);

      if (id != current)
        {
          if (current != 0)
            finish_student (current, names, marks, reports, calendar, protocol, today, func, user_data);
          g_clear_pointer (&names, g_strfreev);
          names = g_new0 (char *, 4);
          for (int i = 0; i < 3; i++)
            names[i] = g_strdup (_passend_column_text (statement, 1 + i));
          current = id;
        }
      add_mark (marks, statement, 4);
    }

  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  if (current != 0)
    finish_student (current, names, marks, reports, calendar, protocol, today, func, user_data);

  return TRUE;
}

/* The caseload's flag */

static void
remember_signals_cb (gint64                       student_id,
                     const char * const          *names,
                     const PassendAbsenceSummary *summary,
                     gpointer                     user_data)
{
  GHashTable *signals = user_data;

  if (summary->signals != PASSEND_ABSENCE_SIGNAL_NONE)
    g_hash_table_insert (signals, g_memdup2 (&student_id, sizeof student_id),
                         GUINT_TO_POINTER (summary->signals));
}

gboolean
_passend_database_attach_absence_signals (PassendDatabase  *self,
                                          GPtrArray        *students,
                                          PassendDay        today,
                                          GError          **error)
{
  g_autoptr(GHashTable) signals = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  PassendProtocol protocol;

  if (!passend_database_load_protocol (self, &protocol, error))
    return FALSE;
  if (!_passend_database_foreach_absence_summary (self, today, &protocol, remember_signals_cb, signals, error))
    return FALSE;

  for (guint i = 0; i < students->len; i++)
    {
      PassendStudent *student = g_ptr_array_index (students, i);
      gint64 id = passend_student_get_id (student);

      passend_absence_rules_attach (student, GPOINTER_TO_UINT (g_hash_table_lookup (signals, &id)));
    }

  return TRUE;
}

/* The Overzicht's deadlines */

typedef struct
{
  PassendDay today;
  int horizon_days;
  gboolean all;
  int sick_reports;
  int sick_days;
  int sick_weeks;
  GPtrArray *deadlines;
} DeadlineCollector;

static void
add_deadline (DeadlineCollector   *collector,
              PassendDeadlineKind  kind,
              PassendDay           due,
              gint64               student_id,
              const char * const  *names,
              const char          *description)
{
  g_autofree char *subject = NULL;
  g_autofree char *sort_name = NULL;
  PassendDeadline *deadline;

  if (!collector->all && (gint64) due > (gint64) collector->today + collector->horizon_days)
    return;

  subject = passend_text_join_name (names[0], names[1], names[2]);
  sort_name = passend_text_sort_name (names[0], names[1], names[2]);
  deadline = passend_deadline_new (kind, due);
  passend_deadline_set_student_id (deadline, student_id);
  passend_deadline_set_subject (deadline, subject);
  passend_deadline_set_sort_name (deadline, sort_name);
  if (description != NULL)
    passend_deadline_set_description (deadline, description);
  g_ptr_array_add (collector->deadlines, deadline);
}

static void
collect_deadlines_cb (gint64                       student_id,
                      const char * const          *names,
                      const PassendAbsenceSummary *summary,
                      gpointer                     user_data)
{
  DeadlineCollector *collector = user_data;

  if (summary->signals & PASSEND_ABSENCE_SIGNAL_THRESHOLD)
    add_deadline (collector, PASSEND_DEADLINE_KIND_ABSENCE_REPORT, summary->report_due,
                  student_id, names, NULL);

  if (summary->signals & PASSEND_ABSENCE_SIGNAL_SICKNESS)
    {
      g_autofree char *description = NULL;

      if (summary->sickness_consecutive)
        /* TRANSLATORS: an Overzicht item, "M@ZL: sick for 7 school days in a row". */
        description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "M@ZL: sick for %d school day in a row",
                                                    "M@ZL: sick for %d school days in a row",
                                                    collector->sick_days),
                                       collector->sick_days);
      else
        /* TRANSLATORS: an Overzicht item, "M@ZL: 4 sick reports in 12 school weeks". */
        description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "M@ZL: %d sick report within %d school weeks",
                                                    "M@ZL: %d sick reports within %d school weeks",
                                                    collector->sick_reports),
                                       collector->sick_reports, collector->sick_weeks);
      add_deadline (collector, PASSEND_DEADLINE_KIND_SICKNESS_SIGNAL, summary->sickness_due,
                    student_id, names, description);
    }
}

gboolean
_passend_database_collect_absence_deadlines (PassendDatabase        *self,
                                             const PassendProtocol  *protocol,
                                             PassendDay              today,
                                             gboolean                all,
                                             GPtrArray              *deadlines,
                                             GError                **error)
{
  DeadlineCollector collector = {
    .today = today,
    .horizon_days = passend_protocol_get (protocol, PASSEND_PROTOCOL_WARNING_HORIZON_DAYS),
    .all = all,
    .sick_reports = passend_protocol_get (protocol, PASSEND_PROTOCOL_SICK_REPORTS),
    .sick_days = passend_protocol_get (protocol, PASSEND_PROTOCOL_SICK_CONSECUTIVE_DAYS),
    .sick_weeks = passend_protocol_get (protocol, PASSEND_PROTOCOL_SICK_REPORT_SCHOOL_WEEKS),
    .deadlines = deadlines,
  };

  return _passend_database_foreach_absence_summary (self, today, protocol, collect_deadlines_cb, &collector, error);
}
