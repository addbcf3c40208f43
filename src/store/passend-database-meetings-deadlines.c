/* passend-database-meetings-deadlines.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "passend-database-meetings-private.h"
#include "passend-text.h"

/* What meetings add to the Overzicht and the caseload's next deadline:
 * each open action with a due day, and each planned meeting for every
 * student on its agenda (one whose day has passed still waits for its
 * minutes to be closed). */

/* One line for a list: the first line of @text, without tabs, at most
 * about 60 characters. */
static char *
one_line (const char *text)
{
  g_autofree char *line = g_strndup (text, strcspn (text, "\r\n"));
  glong length;

  g_strdelimit (line, "\t", ' ');
  g_strstrip (line);
  length = g_utf8_strlen (line, -1);
  if (length <= 60)
    return g_steal_pointer (&line);

  return g_strconcat (g_utf8_substring (line, 0, 59), "…", NULL);
}

static void
add_deadline (GPtrArray            *deadlines,
              PassendDeadlineKind   kind,
              PassendDay            due,
              PassendStatement     *statement,
              const char           *description)
{
  const char *given = _passend_column_text (statement, 1);
  const char *tussenvoegsel = _passend_column_text (statement, 2);
  const char *family = _passend_column_text (statement, 3);
  g_autofree char *subject = passend_text_join_name (given, tussenvoegsel, family);
  g_autofree char *sort_name = passend_text_sort_name (given, tussenvoegsel, family);
  PassendDeadline *deadline = passend_deadline_new (kind, due);

  passend_deadline_set_student_id (deadline, sqlite3_column_int64 (statement, 0));
  passend_deadline_set_subject (deadline, subject);
  passend_deadline_set_sort_name (deadline, sort_name);
  passend_deadline_set_description (deadline, description);
  g_ptr_array_add (deadlines, deadline);
}

static gboolean
collect_actions (PassendDatabase  *self,
                 PassendDay        until,
                 GPtrArray        *deadlines,
                 GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT i.student_id, s.roepnaam, s.tussenvoegsel, s.achternaam,"
                                         " a.due_on, a.what"
                                         " FROM meeting_action AS a"
                                         " JOIN meeting_item AS i ON i.id = a.item_id"
                                         " JOIN meeting AS m ON m.id = i.meeting_id AND m.state <> 'cancelled'"
                                         " JOIN student AS s ON s.id = i.student_id"
                                         " WHERE a.done_on IS NULL AND a.due_on IS NOT NULL"
                                         "   AND (?1 IS NULL OR a.due_on <= ?1)",
                                         error);
  if (statement == NULL)
    return FALSE;

  _passend_bind_day (statement, 1, until);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      g_autofree char *what = one_line (_passend_column_text (statement, 5));
      /* TRANSLATORS: an Overzicht item: an action agreed in a meeting, "Action: call the parents". */
      g_autofree char *description = g_strdup_printf (_("Action: %s"), what);

      add_deadline (deadlines, PASSEND_DEADLINE_KIND_ACTION, _passend_column_day (statement, 4), statement,
                    description);
    }

  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

static gboolean
collect_meetings (PassendDatabase  *self,
                  PassendDay        today,
                  PassendDay        until,
                  GPtrArray        *deadlines,
                  GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT i.student_id, s.roepnaam, s.tussenvoegsel, s.achternaam,"
                                         " m.starts_at, m.title"
                                         " FROM meeting AS m"
                                         " JOIN meeting_item AS i ON i.meeting_id = m.id"
                                         " JOIN student AS s ON s.id = i.student_id"
                                         " WHERE m.state = 'planned'",
                                         error);
  if (statement == NULL)
    return FALSE;

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      g_autoptr(GDateTime) start = g_date_time_new_from_unix_local (sqlite3_column_int64 (statement, 4));
      PassendDay day = passend_day_from_unix (sqlite3_column_int64 (statement, 4));
      const char *title = _passend_column_text (statement, 5);
      g_autofree char *time = NULL;
      g_autofree char *description = NULL;

      if (start == NULL || (until != PASSEND_DAY_NONE && day > until))
        continue;

      time = g_date_time_format (start, "%H:%M");
      if (day < today)
        /* TRANSLATORS: an Overzicht item for a meeting that took place, "Close the minutes of Flex-ZAT". */
        description = g_strdup_printf (_("Close the minutes of %s"), title);
      else
        /* TRANSLATORS: an Overzicht item, a meeting and its time: "Flex-ZAT at 14:30". */
        description = g_strdup_printf (_("%s at %s"), title, time);

      add_deadline (deadlines, PASSEND_DEADLINE_KIND_MEETING, day, statement, description);
    }

  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

gboolean
_passend_database_collect_meeting_deadlines (PassendDatabase  *self,
                                             PassendDay        today,
                                             int               horizon_days,
                                             gboolean          all,
                                             GPtrArray        *deadlines,
                                             GError          **error)
{
  PassendDay until = all ? PASSEND_DAY_NONE : passend_day_add_days (today, horizon_days);

  return collect_actions (self, until, deadlines, error) &&
         collect_meetings (self, today, until, deadlines, error);
}
