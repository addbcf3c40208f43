/* passend-database-tlv-deadlines.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-tlv-private.h"
#include "passend-text.h"

/* The deadlines a TLV request sets (DOMAIN.md §10.6): the bezwaar term
 * after a refusal, and the end of a granted TLV, shown from the
 * reminder weeks before it so the VSO school can apply for verlenging in
 * time. Both are computed from stored days each time. */

static int
load_reminder_weeks (PassendDatabase  *self,
                     GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  /* A local protocol value, with the seed school's default. */
  statement = _passend_database_prepare (self, "SELECT value FROM protocol_value WHERE key = ?1", error);
  if (statement == NULL)
    return -1;

  sqlite3_bind_text (statement, 1, PASSEND_TLV_REMINDER_WEEKS_KEY, -1, SQLITE_STATIC);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    return CLAMP (sqlite3_column_int (statement, 0), 1, 52);
  if (rc == SQLITE_DONE)
    return PASSEND_TLV_DEFAULT_REMINDER_WEEKS;

  _passend_database_fail (self, rc, NULL, error);
  return -1;
}

static void
add_deadline (GPtrArray           *deadlines,
              PassendDeadlineKind  kind,
              PassendDay           due,
              PassendStatement    *statement)
{
  g_autofree char *subject = NULL;
  g_autofree char *sort_name = NULL;
  PassendDeadline *deadline;
  const char *given = _passend_column_text (statement, 1);
  const char *tussenvoegsel = _passend_column_text (statement, 2);
  const char *family = _passend_column_text (statement, 3);

  subject = passend_text_join_name (given, tussenvoegsel, family);
  sort_name = passend_text_sort_name (given, tussenvoegsel, family);

  deadline = passend_deadline_new (kind, due);
  passend_deadline_set_student_id (deadline, sqlite3_column_int64 (statement, 0));
  passend_deadline_set_subject (deadline, subject);
  passend_deadline_set_sort_name (deadline, sort_name);
  g_ptr_array_add (deadlines, deadline);
}

gboolean
_passend_database_collect_tlv_deadlines (PassendDatabase  *self,
                                         PassendDay        today,
                                         int               horizon_days,
                                         gboolean          all,
                                         GPtrArray        *deadlines,
                                         GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int reminder_weeks;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (deadlines != NULL, FALSE);

  reminder_weeks = load_reminder_weeks (self, error);
  if (reminder_weeks < 0)
    return FALSE;

  /* A granted TLV that a verlenging request already follows needs no
   * reminder. */
  statement = _passend_database_prepare (self,
                                         "SELECT t.student_id, s.roepnaam, s.tussenvoegsel, s.achternaam, t.state,"
                                         " t.decided_on, t.granted_end"
                                         " FROM tlv_request AS t JOIN student AS s ON s.id = t.student_id"
                                         " WHERE (t.state = 'afgewezen' AND t.decided_on IS NOT NULL)"
                                         "    OR (t.state = 'toegekend' AND t.granted_end IS NOT NULL"
                                         "        AND NOT EXISTS (SELECT 1 FROM tlv_request AS n"
                                         "                         WHERE n.student_id = t.student_id AND n.id > t.id"
                                         "                           AND n.is_extension = 1))",
                                         error);
  if (statement == NULL)
    return FALSE;

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gboolean refused = g_str_equal (_passend_column_text (statement, 4), "afgewezen");
      PassendDay due;

      if (refused)
        {
          /* Once the term has passed there is nothing left to do. */
          due = passend_tlv_objection_due (_passend_column_day (statement, 5));
          if (due < today || (!all && (gint64) due > (gint64) today + horizon_days))
            continue;
          add_deadline (deadlines, PASSEND_DEADLINE_KIND_TLV_OBJECTION, due, statement);
        }
      else
        {
          due = _passend_column_day (statement, 6);
          if (due < today || (!all && passend_tlv_reminder_due (due, reminder_weeks) > today))
            continue;
          add_deadline (deadlines, PASSEND_DEADLINE_KIND_TLV_END, due, statement);
        }
    }

  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}
