/* passend-database-opp-evaluations.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-opp-private.h"

/* Evaluations of a vastgesteld version, at least once per school year
 * with the parents (DOMAIN.md §1.2). They sit beside the frozen content:
 * the goals they judge are the version's own. */

static gboolean
check_evaluation (const PassendOppEvaluation  *evaluation,
                  GError                     **error)
{
  if (evaluation->held_on == PASSEND_DAY_NONE)
    return _passend_database_invalid (error, _("An evaluation needs the day it was held."));

  return TRUE;
}

static gboolean
check_evaluable (const OppVersionHead  *head,
                 GError               **error)
{
  if (head->established && head->state != PASSEND_OPP_STATE_BIJGESTELD)
    return TRUE;

  return _passend_database_invalid (error, _("An OPP is evaluated once it has been set."));
}

static gboolean
write_results (PassendDatabase             *self,
               gint64                       version_id,
               const PassendOppEvaluation  *evaluation,
               GError                     **error)
{
  g_autoptr(PassendStatement) clear = NULL;

  clear = _passend_database_prepare (self, "DELETE FROM opp_goal_result WHERE evaluation_id = ?1", error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, evaluation->id);
  if (!_passend_opp_step_done (self, clear, error))
    return FALSE;

  for (guint i = 0; i < evaluation->results->len; i++)
    {
      const PassendOppGoalResult *result = g_ptr_array_index (evaluation->results, i);
      g_autoptr(PassendStatement) insert = NULL;

      /* Only a goal of this version: the SELECT finds nothing otherwise. */
      insert = _passend_database_prepare (self,
                                          "INSERT INTO opp_goal_result (evaluation_id, goal_id, result, note)"
                                          " SELECT ?1, id, ?3, ?4 FROM opp_goal WHERE id = ?2 AND version_id = ?5"
                                          " ON CONFLICT (evaluation_id, goal_id) DO UPDATE"
                                          " SET result = excluded.result, note = excluded.note",
                                          error);
      if (insert == NULL)
        return FALSE;

      sqlite3_bind_int64 (insert, 1, evaluation->id);
      sqlite3_bind_int64 (insert, 2, result->goal_id);
      sqlite3_bind_text (insert, 3, passend_opp_result_to_string (result->result), -1, SQLITE_STATIC);
      _passend_bind_text (insert, 4, result->note);
      sqlite3_bind_int64 (insert, 5, version_id);
      if (!_passend_opp_step_done (self, insert, error))
        return FALSE;
      if (sqlite3_changes (_passend_database_get_handle (self)) == 0)
        return _passend_database_invalid (error, _("An evaluation can only judge the goals of its own OPP version."));
    }

  return TRUE;
}

/* The caseload and the fallback deadlines read the last evaluation from
 * support_status: keep it in step. */
static gboolean
mirror_evaluated (PassendDatabase  *self,
                  gint64            student_id,
                  PassendDay        held_on,
                  GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self,
                                         "UPDATE support_status SET opp_evaluated_on = ?2, updated_at = ?3"
                                         " WHERE student_id = ?1 AND (opp_evaluated_on IS NULL OR opp_evaluated_on < ?2)",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, student_id);
  _passend_bind_day (statement, 2, held_on);
  sqlite3_bind_int64 (statement, 3, _passend_database_now ());
  return _passend_database_step_done (self, statement, error);
}

static gboolean
finish (PassendDatabase       *self,
        const OppVersionHead  *head,
        gboolean               ok,
        gboolean               recorded,
        GError               **error)
{
  if (!ok)
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }
  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_opp_announce (self, head->id, head->student_id, recorded, TRUE);
  return TRUE;
}

gboolean
passend_database_add_opp_evaluation (PassendDatabase       *self,
                                     gint64                 version_id,
                                     PassendOppEvaluation  *evaluation,
                                     GError               **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  OppVersionHead head;
  gint64 now = _passend_database_now ();
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (evaluation != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_evaluation (evaluation, error) || !_passend_opp_get_head (self, version_id, &head, error) ||
      !check_evaluable (&head, error))
    return FALSE;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO opp_evaluation (version_id, held_on, participants, student_view,"
                                         " conclusions, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                                         error);
  if (statement == NULL || !_passend_database_write_begin (self, error))
    return FALSE;

  sqlite3_bind_int64 (statement, 1, version_id);
  _passend_bind_day (statement, 2, evaluation->held_on);
  _passend_bind_text (statement, 3, evaluation->participants);
  _passend_bind_text (statement, 4, evaluation->student_view);
  _passend_bind_text (statement, 5, evaluation->conclusions);
  sqlite3_bind_int64 (statement, 6, now);
  ok = _passend_opp_step_done (self, statement, error);
  if (ok)
    evaluation->id = sqlite3_last_insert_rowid (_passend_database_get_handle (self));

  ok = (ok &&
        write_results (self, version_id, evaluation, error) &&
        mirror_evaluated (self, head.student_id, evaluation->held_on, error) &&
        _passend_database_audit (self, "create", "opp-evaluation", evaluation->id, error));

  /* Evaluated, then carried on: an ended OPP keeps its state. */
  if (ok && head.state != PASSEND_OPP_STATE_BEEINDIGD)
    ok = _passend_opp_record_state (self, &head, PASSEND_OPP_STATE_GEEVALUEERD, evaluation->conclusions,
                                    evaluation->held_on, error);
  else if (ok)
    {
      g_autofree char *title = g_strdup_printf ("OPP versie %d geëvalueerd", head.number);

      ok = _passend_opp_record_entry (self, head.student_id, PASSEND_ENTRY_KIND_DOCUMENT, evaluation->held_on,
                                      title, evaluation->conclusions, error);
    }

  if (!ok)
    evaluation->id = 0;
  else
    evaluation->created_at = evaluation->updated_at = now;
  return finish (self, &head, ok, TRUE, error);
}

/* The version of evaluation @evaluation_id. */
static gboolean
get_evaluation_version (PassendDatabase  *self,
                        gint64            evaluation_id,
                        OppVersionHead   *head,
                        GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  gint64 version_id;
  int rc;

  statement = _passend_database_prepare (self, "SELECT version_id FROM opp_evaluation WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, evaluation_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("This evaluation does not exist."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return _passend_database_fail (self, rc, NULL, error);

  version_id = sqlite3_column_int64 (statement, 0);
  sqlite3_reset (statement);
  return _passend_opp_get_head (self, version_id, head, error);
}

gboolean
passend_database_update_opp_evaluation (PassendDatabase             *self,
                                        const PassendOppEvaluation  *evaluation,
                                        GError                     **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  OppVersionHead head;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (evaluation != NULL && evaluation->id != 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_evaluation (evaluation, error) || !get_evaluation_version (self, evaluation->id, &head, error))
    return FALSE;

  statement = _passend_database_prepare (self,
                                         "UPDATE opp_evaluation SET held_on = ?2, participants = ?3, student_view = ?4,"
                                         " conclusions = ?5, updated_at = ?6 WHERE id = ?1",
                                         error);
  if (statement == NULL || !_passend_database_write_begin (self, error))
    return FALSE;

  sqlite3_bind_int64 (statement, 1, evaluation->id);
  _passend_bind_day (statement, 2, evaluation->held_on);
  _passend_bind_text (statement, 3, evaluation->participants);
  _passend_bind_text (statement, 4, evaluation->student_view);
  _passend_bind_text (statement, 5, evaluation->conclusions);
  sqlite3_bind_int64 (statement, 6, _passend_database_now ());

  ok = (_passend_opp_step_done (self, statement, error) &&
        write_results (self, head.id, evaluation, error) &&
        _passend_database_audit (self, "update", "opp-evaluation", evaluation->id, error));

  return finish (self, &head, ok, FALSE, error);
}

gboolean
passend_database_remove_opp_evaluation (PassendDatabase  *self,
                                        gint64            evaluation_id,
                                        GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  OppVersionHead head;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!get_evaluation_version (self, evaluation_id, &head, error))
    return FALSE;

  statement = _passend_database_prepare (self, "DELETE FROM opp_evaluation WHERE id = ?1", error);
  if (statement == NULL || !_passend_database_write_begin (self, error))
    return FALSE;

  sqlite3_bind_int64 (statement, 1, evaluation_id);
  ok = (_passend_opp_step_done (self, statement, error) &&
        _passend_database_audit (self, "delete", "opp-evaluation", evaluation_id, error));

  return finish (self, &head, ok, FALSE, error);
}
