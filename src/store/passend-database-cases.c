/* passend-database-cases.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-private.h"

/* Closing and reopening a support case, the OPP days recorded by hand and
 * the status history. What lands on the timeline is record text, so it
 * is Dutch whatever the language of the interface. */

typedef struct
{
  gboolean       case_open;
  int            niveau;
  char          *phase;
  char          *regie;
  gint64         regie_person_id;
  PassendDay     opp_established_on;
  PassendDay     opp_evaluated_on;
} CaseState;

static void
case_state_clear (CaseState *state)
{
  g_clear_pointer (&state->phase, g_free);
  g_clear_pointer (&state->regie, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CaseState, case_state_clear)

static gboolean
load_case (PassendDatabase  *self,
           gint64            student_id,
           CaseState        *state,
           GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT case_open, niveau, phase, regie, regie_person_id, "
                                         "opp_established_on, opp_evaluated_on "
                                         "FROM support_status WHERE student_id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, student_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    return _passend_database_invalid (error, _("This student has no support case."));
  if (rc != SQLITE_ROW)
    return _passend_database_fail (self, rc, NULL, error);

  state->case_open = sqlite3_column_int (statement, 0) != 0;
  state->niveau = sqlite3_column_int (statement, 1);
  state->phase = g_strdup (_passend_column_text (statement, 2));
  state->regie = g_strdup (_passend_column_text (statement, 3));
  state->regie_person_id = sqlite3_column_int64 (statement, 4);
  state->opp_established_on = _passend_column_day (statement, 5);
  state->opp_evaluated_on = _passend_column_day (statement, 6);
  return TRUE;
}

static gboolean
insert_history (PassendDatabase  *self,
                gint64            student_id,
                const CaseState  *state,
                const char       *reason,
                gint64            changed_at,
                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO support_status_history (student_id, changed_at, "
                                         "niveau, phase, regie, regie_person_id, reason, actor) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, student_id);
  sqlite3_bind_int64 (statement, 2, changed_at);
  sqlite3_bind_int (statement, 3, state->niveau);
  _passend_bind_text (statement, 4, state->phase);
  _passend_bind_text (statement, 5, state->regie);
  _passend_bind_id (statement, 6, state->regie_person_id);
  _passend_bind_text (statement, 7, reason);
  _passend_bind_text (statement, 8, self->actor);
  return _passend_database_step_done (self, statement, error);
}

/* A decision on the timeline, inside the caller's write, with its audit
 * row. */
static gboolean
insert_decision (PassendDatabase  *self,
                 gint64            student_id,
                 const char       *title,
                 const char       *body,
                 gint64            occurred_at,
                 gint64           *entry_id,
                 GError          **error)
{
  g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();

  passend_timeline_entry_set_student_id (entry, student_id);
  passend_timeline_entry_set_kind (entry, PASSEND_ENTRY_KIND_DECISION);
  passend_timeline_entry_set_occurred_at (entry, occurred_at);
  passend_timeline_entry_set_author (entry, self->actor);
  passend_timeline_entry_set_title (entry, title);
  passend_timeline_entry_set_body (entry, body != NULL ? body : "");
  passend_timeline_entry_set_confidentiality (entry, PASSEND_CONFIDENTIALITY_NORMAL);
  passend_timeline_entry_set_is_fact (entry, TRUE);

  return _passend_database_insert_entry (self, entry, entry_id, error) &&
         _passend_database_audit (self, "create", "timeline-entry", *entry_id, error);
}

static gboolean
set_left_on (PassendDatabase  *self,
             gint64            student_id,
             PassendDay        left_on,
             GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self, "UPDATE student SET left_on = ?2 WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, student_id);
  _passend_bind_day (statement, 2, left_on);
  rc = sqlite3_step (statement);
  if ((rc & 0xff) == SQLITE_CONSTRAINT)
    return _passend_database_fail (self, rc, _("The leaving date cannot lie before the enrolment date."), error);
  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return _passend_database_audit (self, "update", "student", student_id, error);
}

static gboolean
mark_closed (PassendDatabase      *self,
             gint64                student_id,
             PassendCloseOutcome   outcome,
             const char           *note,
             PassendDay            closed_on,
             gint64                now,
             GError              **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self,
                                         "UPDATE support_status SET case_open = 0, closed_on = ?2, "
                                         "close_outcome = ?3, close_note = ?4, updated_at = ?5 "
                                         "WHERE student_id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, student_id);
  _passend_bind_day (statement, 2, closed_on);
  sqlite3_bind_text (statement, 3, passend_close_outcome_to_code (outcome), -1, SQLITE_STATIC);
  _passend_bind_text (statement, 4, note);
  sqlite3_bind_int64 (statement, 5, now);
  return _passend_database_step_done (self, statement, error) &&
         _passend_database_audit (self, "update", "support-status", student_id, error);
}

static char *
close_title (PassendCloseOutcome outcome)
{
  return g_strdup_printf ("Casus gesloten: %s", passend_close_outcome_get_dutch (outcome));
}

/**
 * passend_database_close_case:
 *
 * Closes the open case of a student, keeping its status and history.
 */
gboolean
passend_database_close_case (PassendDatabase      *self,
                             gint64                student_id,
                             PassendCloseOutcome   outcome,
                             const char           *note,
                             PassendDay            closed_on,
                             PassendDay            left_on,
                             GError              **error)
{
  g_auto(CaseState) state = { 0, };
  g_autofree char *title = NULL;
  g_autofree char *reason = NULL;
  g_autoptr(GString) body = NULL;
  gint64 now = _passend_database_now ();
  gint64 entry_id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (passend_close_outcome_to_code (outcome) == NULL)
    return _passend_database_invalid (error, _("The outcome of the case is not known."));
  if (outcome == PASSEND_CLOSE_OUTCOME_LEFT_SCHOOL && left_on == PASSEND_DAY_NONE)
    return _passend_database_invalid (error, _("A student who left school needs a leaving date."));

  if (closed_on == PASSEND_DAY_NONE)
    closed_on = passend_day_today ();

  title = close_title (outcome);
  body = g_string_new (note != NULL ? note : "");
  g_strstrip (body->str);
  g_string_set_size (body, strlen (body->str));
  if (left_on != PASSEND_DAY_NONE)
    {
      g_autofree char *day = passend_day_format_dutch (left_on);

      g_string_append_printf (body, "%sUitgeschreven op %s.", body->len > 0 ? "\n\n" : "", day);
    }
  reason = body->len > 0 ? g_strdup_printf ("%s. %s", title, body->str) : g_strdup (title);

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  if (!load_case (self, student_id, &state, error))
    goto failed;
  if (!state.case_open)
    {
      _passend_database_invalid (error, _("The case is closed already."));
      goto failed;
    }

  if ((left_on != PASSEND_DAY_NONE && !set_left_on (self, student_id, left_on, error)) ||
      !mark_closed (self, student_id, outcome, note, closed_on, now, error) ||
      !insert_history (self, student_id, &state, reason, now, error) ||
      !insert_decision (self, student_id, title, body->str, _passend_database_moment_of_day (closed_on), &entry_id, error))
    goto failed;

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  if (left_on != PASSEND_DAY_NONE)
    _passend_database_changed (self, "student", student_id);
  _passend_database_changed (self, "support-status", student_id);
  _passend_database_changed (self, "timeline-entry", entry_id);
  return TRUE;

failed:
  _passend_database_write_rollback (self);
  return FALSE;
}

static gboolean
mark_reopened (PassendDatabase  *self,
               gint64            student_id,
               gint64            now,
               GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  /* A reopened case starts afresh: extra support counts from today. */
  statement = _passend_database_prepare (self,
                                         "UPDATE support_status SET case_open = 1, closed_on = NULL, "
                                         "close_outcome = NULL, close_note = '', opened_at = ?2, "
                                         "updated_at = ?2, extra_support_since = CASE WHEN niveau >= 3 "
                                         "THEN ?3 END WHERE student_id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, student_id);
  sqlite3_bind_int64 (statement, 2, now);
  _passend_bind_day (statement, 3, passend_day_from_unix (now));
  return _passend_database_step_done (self, statement, error) &&
         _passend_database_audit (self, "update", "support-status", student_id, error);
}

gboolean
passend_database_reopen_case (PassendDatabase  *self,
                              gint64            student_id,
                              const char       *reason,
                              GError          **error)
{
  g_auto(CaseState) state = { 0, };
  g_autofree char *history_reason = NULL;
  g_autofree char *body = NULL;
  gint64 now = _passend_database_now ();
  gint64 entry_id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (_passend_is_blank (reason))
    return _passend_database_invalid (error, _("Say why the case is reopened."));

  body = g_strstrip (g_strdup (reason));
  history_reason = g_strdup_printf ("Casus heropend. %s", body);

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  if (!load_case (self, student_id, &state, error))
    goto failed;
  if (state.case_open)
    {
      _passend_database_invalid (error, _("The case is open already."));
      goto failed;
    }

  if (!mark_reopened (self, student_id, now, error) ||
      !insert_history (self, student_id, &state, history_reason, now, error) ||
      !insert_decision (self, student_id, "Casus heropend", body, now, &entry_id, error))
    goto failed;

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_database_changed (self, "support-status", student_id);
  _passend_database_changed (self, "timeline-entry", entry_id);
  return TRUE;

failed:
  _passend_database_write_rollback (self);
  return FALSE;
}

PassendDay
passend_database_get_case_closed (PassendDatabase      *self,
                                  gint64                student_id,
                                  PassendCloseOutcome  *outcome,
                                  char                **note,
                                  GError              **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  PassendDay closed_on;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), PASSEND_DAY_NONE);
  g_return_val_if_fail (error == NULL || *error == NULL, PASSEND_DAY_NONE);

  statement = _passend_database_prepare (self,
                                         "SELECT closed_on, close_outcome, close_note FROM support_status "
                                         "WHERE student_id = ?1 AND case_open = 0",
                                         error);
  if (statement == NULL)
    return PASSEND_DAY_NONE;

  sqlite3_bind_int64 (statement, 1, student_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    return PASSEND_DAY_NONE;
  if (rc != SQLITE_ROW)
    {
      _passend_database_fail (self, rc, NULL, error);
      return PASSEND_DAY_NONE;
    }

  closed_on = _passend_column_day (statement, 0);
  if (outcome != NULL)
    {
      *outcome = PASSEND_CLOSE_OUTCOME_OTHER;
      passend_close_outcome_from_code (_passend_column_text (statement, 1), outcome);
    }
  if (note != NULL)
    *note = g_strdup (_passend_column_text (statement, 2));
  return closed_on;
}

/* OPP days */

static gboolean
record_opp_day (PassendDatabase  *self,
                gint64            student_id,
                const char       *what,
                PassendDay        old_day,
                PassendDay        new_day,
                gint64           *entry_id,
                GError          **error)
{
  g_autofree char *title = NULL;

  if (old_day == new_day)
    return TRUE;

  if (new_day == PASSEND_DAY_NONE)
    {
      g_autofree char *old_text = passend_day_format_dutch (old_day);

      title = g_strdup_printf ("Datum OPP %s gewist (was %s)", what, old_text);
    }
  else
    {
      g_autofree char *new_text = passend_day_format_dutch (new_day);

      title = g_strdup_printf ("OPP %s op %s", what, new_text);
    }

  return insert_decision (self, student_id, title, "", _passend_database_moment_of_day (new_day), entry_id, error);
}

/**
 * passend_database_record_opp_dates:
 *
 * Stores the day the OPP was set and the day it was last evaluated; each
 * that changes leaves a decision on the timeline.
 */
gboolean
passend_database_record_opp_dates (PassendDatabase  *self,
                                   gint64            student_id,
                                   PassendDay        established_on,
                                   PassendDay        evaluated_on,
                                   GError          **error)
{
  g_auto(CaseState) state = { 0, };
  g_autoptr(PassendStatement) statement = NULL;
  gint64 established_entry = 0;
  gint64 evaluated_entry = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (established_on == PASSEND_DAY_NONE && evaluated_on != PASSEND_DAY_NONE)
    return _passend_database_invalid (error, _("An OPP can only be evaluated once it is set."));
  if (evaluated_on != PASSEND_DAY_NONE && evaluated_on < established_on)
    return _passend_database_invalid (error, _("The OPP cannot be evaluated before it was set."));
  if ((established_on != PASSEND_DAY_NONE && established_on > passend_day_today ()) ||
      (evaluated_on != PASSEND_DAY_NONE && evaluated_on > passend_day_today ()))
    return _passend_database_invalid (error, _("OPP dates cannot lie in the future."));

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  if (!load_case (self, student_id, &state, error))
    goto failed;

  statement = _passend_database_prepare (self,
                                         "UPDATE support_status SET opp_established_on = ?2, "
                                         "opp_evaluated_on = ?3, updated_at = ?4 WHERE student_id = ?1",
                                         error);
  if (statement == NULL)
    goto failed;

  sqlite3_bind_int64 (statement, 1, student_id);
  _passend_bind_day (statement, 2, established_on);
  _passend_bind_day (statement, 3, evaluated_on);
  sqlite3_bind_int64 (statement, 4, _passend_database_now ());

  if (!_passend_database_step_done (self, statement, error) ||
      !_passend_database_audit (self, "update", "support-status", student_id, error) ||
      !record_opp_day (self, student_id, "vastgesteld", state.opp_established_on, established_on,
                       &established_entry, error) ||
      !record_opp_day (self, student_id, "geëvalueerd", state.opp_evaluated_on, evaluated_on,
                       &evaluated_entry, error))
    goto failed;

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_database_changed (self, "support-status", student_id);
  if (established_entry != 0 || evaluated_entry != 0)
    _passend_database_changed (self, "timeline-entry", MAX (established_entry, evaluated_entry));
  return TRUE;

failed:
  _passend_database_write_rollback (self);
  return FALSE;
}

gboolean
passend_database_get_opp_dates (PassendDatabase  *self,
                                gint64            student_id,
                                PassendDay       *extra_support_since,
                                PassendDay       *established_on,
                                PassendDay       *evaluated_on,
                                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  statement = _passend_database_prepare (self,
                                         "SELECT extra_support_since, opp_established_on, opp_evaluated_on "
                                         "FROM support_status WHERE student_id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, student_id);
  rc = sqlite3_step (statement);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  if (extra_support_since != NULL)
    *extra_support_since = rc == SQLITE_ROW ? _passend_column_day (statement, 0) : PASSEND_DAY_NONE;
  if (established_on != NULL)
    *established_on = rc == SQLITE_ROW ? _passend_column_day (statement, 1) : PASSEND_DAY_NONE;
  if (evaluated_on != NULL)
    *evaluated_on = rc == SQLITE_ROW ? _passend_column_day (statement, 2) : PASSEND_DAY_NONE;
  return TRUE;
}

/* History */

void
passend_status_change_free (PassendStatusChange *change)
{
  if (change == NULL)
    return;

  g_free (change->reason);
  g_free (change->actor);
  g_free (change);
}

GPtrArray *
passend_database_list_status_history (PassendDatabase  *self,
                                      gint64            student_id,
                                      GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GPtrArray) history = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         "SELECT changed_at, niveau, phase, regie, reason, actor "
                                         "FROM support_status_history WHERE student_id = ?1 "
                                         "ORDER BY changed_at, id",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, student_id);

  history = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_status_change_free);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      PassendStatusChange *change = g_new0 (PassendStatusChange, 1);

      change->changed_at = sqlite3_column_int64 (statement, 0);
      change->niveau = (PassendNiveau) sqlite3_column_int (statement, 1);
      change->phase = PASSEND_PHASE_0_OVERDRACHT;
      change->regie = PASSEND_REGIE_MENTOR;
      passend_phase_from_code (_passend_column_text (statement, 2), &change->phase);
      passend_regie_from_code (_passend_column_text (statement, 3), &change->regie);
      change->reason = g_strdup (_passend_column_text (statement, 4));
      change->actor = g_strdup (_passend_column_text (statement, 5));
      g_ptr_array_add (history, change);
    }

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return g_steal_pointer (&history);
}
