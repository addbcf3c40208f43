/* passend-database-opp-deadlines.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-opp-private.h"
#include "passend-intervention-rules.h"
#include "passend-text.h"

/* The OPP's deadlines for every student who has an OPP version: the
 * versions replace the hand-recorded days of support_status, which stay
 * the source for students without one (passend-database-deadlines.c).
 * One query for the whole school. */

static void
add_deadline (GPtrArray           *deadlines,
              PassendStatement    *statement,
              PassendDeadlineKind  kind,
              PassendDay           due,
              const char          *description,
              gboolean             opp_required)
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
  if (description != NULL)
    passend_deadline_set_description (deadline, description);
  /* Not yet vastgesteld: the caseload shows "OPP required". */
  if (opp_required)
    passend_intervention_rules_mark_opp_required (deadline);
  g_ptr_array_add (deadlines, deadline);
}

gboolean
_passend_database_collect_opp_deadlines (PassendDatabase        *self,
                                         const PassendProtocol  *protocol,
                                         PassendDay              today,
                                         gboolean                all,
                                         GPtrArray              *deadlines,
                                         GError                **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  PassendOppRules rules;
  int horizon = passend_protocol_get (protocol, PASSEND_PROTOCOL_WARNING_HORIZON_DAYS);
  int rc;

  passend_opp_rules_init_from_protocol (&rules, protocol);

  /* f: the version in force; p: one in the making (not yet set). */
  statement = _passend_database_prepare (self,
                                         "SELECT s.id, s.roepnaam, s.tussenvoegsel, s.achternaam,"
                                         " f.established_on,"
                                         " (SELECT max (e.held_on) FROM opp_evaluation AS e WHERE e.version_id = f.id),"
                                         " p.number, p.state, coalesce (p.trigger_on, st.extra_support_since,"
                                         "  (SELECT date (min (h.changed_at), 'unixepoch', 'localtime')"
                                         "     FROM support_status_history AS h"
                                         "    WHERE h.student_id = s.id AND h.niveau >= 3),"
                                         "  date (p.created_at, 'unixepoch', 'localtime'))"
                                         " FROM student AS s"
                                         " LEFT JOIN opp_version AS f ON f.id ="
                                         "  (SELECT id FROM opp_version WHERE student_id = s.id AND content_sha256 IS NOT NULL"
                                         "    AND state IN ('vastgesteld', 'in-uitvoering', 'geevalueerd')"
                                         "   ORDER BY number DESC LIMIT 1)"
                                         " LEFT JOIN opp_version AS p ON p.id ="
                                         "  (SELECT id FROM opp_version WHERE student_id = s.id AND content_sha256 IS NULL"
                                         "    AND state IN ('concept', 'in-overleg', 'ter-instemming', 'geen-overeenstemming')"
                                         "   ORDER BY number DESC LIMIT 1)"
                                         " LEFT JOIN support_status AS st ON st.student_id = s.id"
                                         " WHERE s.id IN (SELECT student_id FROM opp_version) AND s.left_on IS NULL",
                                         error);
  if (statement == NULL)
    return FALSE;

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      PassendDay established = _passend_column_day (statement, 4);
      PassendDay due;
      PassendOppState state = PASSEND_OPP_STATE_CONCEPT;

      if (established != PASSEND_DAY_NONE)
        {
          /* A revision in the making has no term of its own. */
          due = passend_opp_evaluation_due (established, _passend_column_day (statement, 5), &rules);
          if (all || (gint64) due <= (gint64) today + MAX (horizon, 7 * rules.evaluation_warning_weeks))
            add_deadline (deadlines, statement, PASSEND_DEADLINE_KIND_OPP_EVALUATION, due, NULL, FALSE);
          continue;
        }

      if (sqlite3_column_type (statement, 6) == SQLITE_NULL)
        continue;

      passend_opp_state_from_string (_passend_column_text (statement, 7), &state);
      due = passend_opp_establish_due (_passend_column_day (statement, 8), &rules);
      if (due != PASSEND_DAY_NONE && (all || (gint64) due <= (gint64) today + horizon))
        add_deadline (deadlines, statement, PASSEND_DEADLINE_KIND_OPP_ESTABLISH, due,
                      state == PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING
                      ? _("OPP must be set: no agreement with the parents") : NULL,
                      TRUE);
    }

  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}
