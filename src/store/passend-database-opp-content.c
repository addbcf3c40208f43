/* passend-database-opp-content.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-opp-private.h"

/* Writing the content of a version, field by field and row by row. The
 * editor calls these while the coordinator types, so each is one small
 * transaction: the change, updated_at and an audit row (no content in
 * it). Only concept and in-overleg versions take content; a vastgesteld
 * one is refused by the schema's triggers (FROZEN). */

/* The end of every content write: updated_at, the audit row, the commit
 * and the signal; undone whole when @ok is FALSE. */
static gboolean
finish (PassendDatabase       *self,
        const OppVersionHead  *head,
        gboolean               ok,
        GError               **error)
{
  if (!ok ||
      !_passend_opp_touch (self, head->id, error) ||
      !_passend_database_audit (self, "update", "opp", head->id, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_opp_announce (self, head->id, head->student_id, FALSE, FALSE);
  return TRUE;
}

/* Looks the version up, checks it takes content and opens the write. */
static gboolean
begin (PassendDatabase  *self,
       gint64            version_id,
       OppVersionHead   *head,
       GError          **error)
{
  return (_passend_opp_get_head (self, version_id, head, error) &&
          _passend_opp_check_content_write (head, error) &&
          _passend_database_write_begin (self, error));
}

gboolean
passend_database_set_opp_text (PassendDatabase    *self,
                               gint64              version_id,
                               PassendOppSection   section,
                               const char         *text,
                               GError            **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  OppVersionHead head;
  gboolean empty = text == NULL || text[0] == '\0';

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail ((guint) section < PASSEND_OPP_N_SECTIONS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* An empty section has no row, so that a copy hashes alike. */
  statement = _passend_database_prepare (self,
                                         empty ? "DELETE FROM opp_text WHERE version_id = ?1 AND section = ?2"
                                               : "INSERT INTO opp_text (version_id, section, body) VALUES (?1, ?2, ?3)"
                                                 " ON CONFLICT (version_id, section) DO UPDATE SET body = excluded.body",
                                         error);
  if (statement == NULL || !begin (self, version_id, &head, error))
    return FALSE;

  sqlite3_bind_int64 (statement, 1, version_id);
  sqlite3_bind_text (statement, 2, passend_opp_section_to_string (section), -1, SQLITE_STATIC);
  if (!empty)
    _passend_bind_text (statement, 3, text);

  return finish (self, &head, _passend_opp_step_done (self, statement, error), error);
}

/* One UPDATE of opp_version with ?1 the id and ?2… bound by the caller. */
static PassendStatement *
begin_version_update (PassendDatabase  *self,
                      gint64            version_id,
                      const char       *sql,
                      OppVersionHead   *head,
                      GError          **error)
{
  PassendStatement *statement = _passend_database_prepare (self, sql, error);

  if (statement == NULL || !begin (self, version_id, head, error))
    {
      if (statement != NULL)
        sqlite3_reset (statement);
      return NULL;
    }

  sqlite3_bind_int64 (statement, 1, version_id);
  return statement;
}

gboolean
passend_database_set_opp_trigger (PassendDatabase    *self,
                                  gint64              version_id,
                                  PassendOppTrigger   trigger,
                                  PassendDay          trigger_on,
                                  GError            **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  OppVersionHead head;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  statement = begin_version_update (self, version_id,
                                    "UPDATE opp_version SET trigger_kind = ?2, trigger_on = ?3 WHERE id = ?1",
                                    &head, error);
  if (statement == NULL)
    return FALSE;

  if (trigger != PASSEND_OPP_TRIGGER_NONE)
    sqlite3_bind_text (statement, 2, passend_opp_trigger_to_string (trigger), -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (statement, 2);
  _passend_bind_day (statement, 3, trigger_on);

  if (!finish (self, &head, _passend_opp_step_done (self, statement, error), error))
    return FALSE;

  /* The trigger day moves the deadline. */
  _passend_database_changed (self, "support-status", head.student_id);
  return TRUE;
}

gboolean
passend_database_set_opp_uitstroom (PassendDatabase    *self,
                                    gint64              version_id,
                                    PassendOppProfile   profile,
                                    const char         *level,
                                    GError            **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  OppVersionHead head;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  statement = begin_version_update (self, version_id,
                                    "UPDATE opp_version SET uitstroom_profile = ?2, uitstroom_level = ?3 WHERE id = ?1",
                                    &head, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_text (statement, 2, passend_opp_profile_to_string (profile), -1, SQLITE_STATIC);
  _passend_bind_text (statement, 3, level);
  return finish (self, &head, _passend_opp_step_done (self, statement, error), error);
}

gboolean
passend_database_set_opp_student_heard_on (PassendDatabase  *self,
                                           gint64            version_id,
                                           PassendDay        heard_on,
                                           GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  OppVersionHead head;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  statement = begin_version_update (self, version_id, "UPDATE opp_version SET student_heard_on = ?2 WHERE id = ?1",
                                    &head, error);
  if (statement == NULL)
    return FALSE;

  _passend_bind_day (statement, 2, heard_on);
  return finish (self, &head, _passend_opp_step_done (self, statement, error), error);
}

gboolean
passend_database_set_opp_maatwerk (PassendDatabase  *self,
                                   gint64            version_id,
                                   gboolean          maatwerk,
                                   PassendDay        isd_requested_on,
                                   PassendDay        isd_decided_on,
                                   GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  OppVersionHead head;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (maatwerk && isd_requested_on != PASSEND_DAY_NONE && isd_decided_on != PASSEND_DAY_NONE &&
      isd_decided_on < isd_requested_on)
    return _passend_database_invalid (error, _("The inspectorate cannot decide before it was asked."));

  statement = begin_version_update (self, version_id,
                                    "UPDATE opp_version SET maatwerk = ?2, isd_requested_on = ?3, isd_decided_on = ?4"
                                    " WHERE id = ?1",
                                    &head, error);
  if (statement == NULL)
    return FALSE;

  /* Without maatwerk there is nothing to ask the inspectorate. */
  sqlite3_bind_int (statement, 2, maatwerk ? 1 : 0);
  _passend_bind_day (statement, 3, maatwerk ? isd_requested_on : PASSEND_DAY_NONE);
  _passend_bind_day (statement, 4, maatwerk ? isd_decided_on : PASSEND_DAY_NONE);
  return finish (self, &head, _passend_opp_step_done (self, statement, error), error);
}

gboolean
passend_database_set_opp_bron_reported_on (PassendDatabase  *self,
                                           gint64            version_id,
                                           PassendDay        reported_on,
                                           GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  OppVersionHead head;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  statement = _passend_database_prepare (self, "UPDATE opp_version SET bron_reported_on = ?2 WHERE id = ?1", error);
  if (statement == NULL || !_passend_opp_get_head (self, version_id, &head, error) ||
      !_passend_database_write_begin (self, error))
    return FALSE;

  sqlite3_bind_int64 (statement, 1, version_id);
  _passend_bind_day (statement, 2, reported_on);
  return finish (self, &head, _passend_opp_step_done (self, statement, error), error);
}

/* Rows */

typedef struct
{
  const char *table;
  /* Narrows "the rows of version ?1" to the row ?2's group. */
  const char *group;
} RowTable;

static const RowTable row_tables[] = {
  [PASSEND_OPP_ROW_FACTOR] = { "opp_factor",
                               " AND domain = (SELECT domain FROM opp_factor WHERE id = ?2)"
                               " AND polarity = (SELECT polarity FROM opp_factor WHERE id = ?2)" },
  [PASSEND_OPP_ROW_NEED] = { "opp_need", "" },
  [PASSEND_OPP_ROW_GOAL] = { "opp_goal", "" },
  [PASSEND_OPP_ROW_SUPPORT] = { "opp_support", "" },
  [PASSEND_OPP_ROW_CONSULTATION] = { "opp_consultation", "" },
};

/* The version and position of row @row_id of @kind. */
static gboolean
get_row (PassendDatabase    *self,
         PassendOppRowKind   kind,
         gint64              row_id,
         gint64             *version_id,
         int                *position,
         GError            **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT version_id, position FROM %s WHERE id = ?1", row_tables[kind].table);
  g_autoptr(PassendStatement) statement = _passend_database_prepare (self, sql, error);
  int rc;

  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, row_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("This part of the OPP does not exist (any more)."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return _passend_database_fail (self, rc, NULL, error);

  *version_id = sqlite3_column_int64 (statement, 0);
  if (position != NULL)
    *position = sqlite3_column_int (statement, 1);
  return TRUE;
}

/* @template with "@T" replaced by the table and "@G" by the group
 * condition of @kind: the names come from the table above, never from
 * input. */
static char *
expand_sql (PassendOppRowKind  kind,
            const char        *template)
{
  GString *sql = g_string_new (template);

  g_string_replace (sql, "@T", row_tables[kind].table, 0);
  g_string_replace (sql, "@G", row_tables[kind].group, 0);
  return g_string_free (sql, FALSE);
}

/* Runs @template with ?1 the version, ?2 the row, ?3 and ?4 the numbers
 * given (unused parameters stay unbound); *@result gets the first column
 * of a SELECT. */
static gboolean
run_positions (PassendDatabase    *self,
               PassendOppRowKind   kind,
               const char         *template,
               gint64              version_id,
               gint64              row_id,
               int                 a,
               int                 b,
               int                *result,
               GError            **error)
{
  g_autofree char *sql = expand_sql (kind, template);
  g_autoptr(PassendStatement) statement = _passend_database_prepare (self, sql, error);
  int n = 0;

  if (statement == NULL)
    return FALSE;

  n = sqlite3_bind_parameter_count (statement);
  sqlite3_bind_int64 (statement, 1, version_id);
  if (n >= 2)
    sqlite3_bind_int64 (statement, 2, row_id);
  if (n >= 3)
    sqlite3_bind_int (statement, 3, a);
  if (n >= 4)
    sqlite3_bind_int (statement, 4, b);
  if (!_passend_opp_step_done (self, statement, error))
    return FALSE;

  if (result != NULL)
    *result = sqlite3_column_int (statement, 0);
  return TRUE;
}

gboolean
passend_database_remove_opp_row (PassendDatabase    *self,
                                 PassendOppRowKind   kind,
                                 gint64              row_id,
                                 GError            **error)
{
  OppVersionHead head;
  gint64 version_id = 0;
  int position = 0;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (row_tables), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!get_row (self, kind, row_id, &version_id, &position, error) || !begin (self, version_id, &head, error))
    return FALSE;

  /* Close the gap first, while the row still names its group. */
  ok = (run_positions (self, kind, "UPDATE @T SET position = position - 1 WHERE version_id = ?1 AND position > ?3@G",
                       version_id, row_id, position, 0, NULL, error) &&
        run_positions (self, kind, "DELETE FROM @T WHERE version_id = ?1 AND id = ?2",
                       version_id, row_id, 0, 0, NULL, error));

  return finish (self, &head, ok, error);
}

gboolean
passend_database_move_opp_row (PassendDatabase    *self,
                               PassendOppRowKind   kind,
                               gint64              row_id,
                               int                 position,
                               GError            **error)
{
  OppVersionHead head;
  gint64 version_id = 0;
  int old_position = 0, n_rows = 0;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (row_tables), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!get_row (self, kind, row_id, &version_id, &old_position, error) || !begin (self, version_id, &head, error))
    return FALSE;

  ok = run_positions (self, kind, "SELECT count(*) FROM @T WHERE version_id = ?1 AND ?2 = ?2@G",
                      version_id, row_id, 0, 0, &n_rows, error);
  position = CLAMP (position, 0, MAX (n_rows - 1, 0));
  if (ok && position < old_position)
    ok = run_positions (self, kind,
                        "UPDATE @T SET position = position + 1"
                        " WHERE version_id = ?1 AND position >= ?3 AND position < ?4 AND id <> ?2@G",
                        version_id, row_id, position, old_position, NULL, error);
  else if (ok && position > old_position)
    ok = run_positions (self, kind,
                        "UPDATE @T SET position = position - 1"
                        " WHERE version_id = ?1 AND position > ?4 AND position <= ?3 AND id <> ?2@G",
                        version_id, row_id, position, old_position, NULL, error);
  ok = ok && run_positions (self, kind, "UPDATE @T SET position = ?3 WHERE version_id = ?1 AND id = ?2",
                            version_id, row_id, position, 0, NULL, error);

  return finish (self, &head, ok, error);
}

/* A link (need of a goal, goal of a support line) must stay inside the
 * version. */
static gboolean
check_link (PassendDatabase  *self,
            const char       *table,
            gint64            link_id,
            gint64            version_id,
            GError          **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  if (link_id == 0)
    return TRUE;

  sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?1 AND version_id = ?2", table);
  statement = _passend_database_prepare (self, sql, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, link_id);
  sqlite3_bind_int64 (statement, 2, version_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return _passend_database_invalid (error, _("A goal or line of support can only refer to this OPP version."));
}

/* Inserts (@row_id 0) or updates one row. The INSERT works out the
 * position at the end of the group itself, with ?1 the version; the
 * UPDATE has ?1 the row. @bind binds ?2 onwards. */
typedef void (*BindFunc) (PassendStatement *statement,
                          gconstpointer     row);

static gboolean
write_row (PassendDatabase    *self,
           PassendOppRowKind   kind,
           gint64              version_id,
           gint64              row_id,
           const char         *sql,
           BindFunc            bind,
           gconstpointer       row,
           gint64              link_id,
           const char         *link_table,
           gint64             *new_id,
           int                *new_position,
           GError            **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  OppVersionHead head;
  gint64 id = 0;
  gboolean ok;

  if (row_id != 0 && !get_row (self, kind, row_id, &version_id, NULL, error))
    return FALSE;
  if ((link_table != NULL && !check_link (self, link_table, link_id, version_id, error)) ||
      !begin (self, version_id, &head, error))
    return FALSE;

  statement = _passend_database_prepare (self, sql, error);
  ok = statement != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (statement, 1, row_id == 0 ? version_id : row_id);
      bind (statement, row);
      ok = _passend_opp_step_done (self, statement, error);
      id = sqlite3_last_insert_rowid (_passend_database_get_handle (self));
    }
  if (ok && row_id == 0)
    ok = run_positions (self, kind, "SELECT position FROM @T WHERE version_id = ?1 AND id = ?2",
                        version_id, id, 0, 0, new_position, error);

  if (!finish (self, &head, ok, error))
    return FALSE;

  if (new_id != NULL)
    *new_id = id;
  return TRUE;
}

static void
bind_factor (PassendStatement *statement,
             gconstpointer     row)
{
  const PassendOppFactor *factor = row;

  sqlite3_bind_text (statement, 2, passend_opp_domain_to_string (factor->domain), -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 3, passend_opp_polarity_to_string (factor->polarity), -1, SQLITE_STATIC);
  _passend_bind_text (statement, 4, factor->body);
}

gboolean
passend_database_add_opp_factor (PassendDatabase   *self,
                                 gint64             version_id,
                                 PassendOppFactor  *factor,
                                 GError           **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (factor != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_row (self, PASSEND_OPP_ROW_FACTOR, version_id, 0,
                    "INSERT INTO opp_factor (version_id, domain, polarity, body, position)"
                    " VALUES (?1, ?2, ?3, ?4, (SELECT coalesce (max (position) + 1, 0) FROM opp_factor"
                    "  WHERE version_id = ?1 AND domain = ?2 AND polarity = ?3))",
                    bind_factor, factor, 0, NULL, &factor->id, &factor->position, error);
}

gboolean
passend_database_update_opp_factor (PassendDatabase         *self,
                                    const PassendOppFactor  *factor,
                                    GError                 **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (factor != NULL && factor->id != 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* A factor moved to another domain or polarity goes to the end of its
   * new group; the old group keeps a gap, which ordering tolerates. */
  return write_row (self, PASSEND_OPP_ROW_FACTOR, 0, factor->id,
                    "UPDATE opp_factor SET position = CASE WHEN domain = ?2 AND polarity = ?3 THEN position"
                    "  ELSE (SELECT coalesce (max (f.position) + 1, 0) FROM opp_factor AS f"
                    "   WHERE f.version_id = opp_factor.version_id AND f.domain = ?2 AND f.polarity = ?3) END,"
                    " domain = ?2, polarity = ?3, body = ?4 WHERE id = ?1",
                    bind_factor, factor, 0, NULL, NULL, NULL, error);
}

/* The end of the version's rows of @table, for an INSERT. */
#define END_OF(table) "(SELECT coalesce (max (position) + 1, 0) FROM " table " WHERE version_id = ?1)"

static void
bind_need (PassendStatement *statement,
           gconstpointer     row)
{
  const PassendOppNeed *need = row;

  sqlite3_bind_text (statement, 2, passend_opp_need_kind_to_string (need->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 3, passend_opp_domain_to_string (need->domain), -1, SQLITE_STATIC);
  _passend_bind_text (statement, 4, need->body);
}

gboolean
passend_database_add_opp_need (PassendDatabase  *self,
                               gint64            version_id,
                               PassendOppNeed   *need,
                               GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (need != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_row (self, PASSEND_OPP_ROW_NEED, version_id, 0,
                    "INSERT INTO opp_need (version_id, kind, domain, body, position)"
                    " VALUES (?1, ?2, ?3, ?4, " END_OF ("opp_need") ")",
                    bind_need, need, 0, NULL, &need->id, &need->position, error);
}

gboolean
passend_database_update_opp_need (PassendDatabase       *self,
                                  const PassendOppNeed  *need,
                                  GError               **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (need != NULL && need->id != 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_row (self, PASSEND_OPP_ROW_NEED, 0, need->id,
                    "UPDATE opp_need SET kind = ?2, domain = ?3, body = ?4 WHERE id = ?1",
                    bind_need, need, 0, NULL, NULL, NULL, error);
}

static void
bind_goal (PassendStatement *statement,
           gconstpointer     row)
{
  const PassendOppGoal *goal = row;

  _passend_bind_id (statement, 2, goal->need_id);
  sqlite3_bind_text (statement, 3, passend_opp_domain_to_string (goal->domain), -1, SQLITE_STATIC);
  _passend_bind_text (statement, 4, goal->body);
  _passend_bind_text (statement, 5, goal->criterion);
  _passend_bind_day (statement, 6, goal->target_on);
}

gboolean
passend_database_add_opp_goal (PassendDatabase  *self,
                               gint64            version_id,
                               PassendOppGoal   *goal,
                               GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (goal != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_row (self, PASSEND_OPP_ROW_GOAL, version_id, 0,
                    "INSERT INTO opp_goal (version_id, need_id, domain, body, criterion, target_on, position)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, " END_OF ("opp_goal") ")",
                    bind_goal, goal, goal->need_id, "opp_need", &goal->id, &goal->position, error);
}

gboolean
passend_database_update_opp_goal (PassendDatabase       *self,
                                  const PassendOppGoal  *goal,
                                  GError               **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (goal != NULL && goal->id != 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_row (self, PASSEND_OPP_ROW_GOAL, 0, goal->id,
                    "UPDATE opp_goal SET need_id = ?2, domain = ?3, body = ?4, criterion = ?5, target_on = ?6"
                    " WHERE id = ?1",
                    bind_goal, goal, goal->need_id, "opp_need", NULL, NULL, error);
}

static void
bind_support (PassendStatement *statement,
              gconstpointer     row)
{
  const PassendOppSupport *support = row;

  _passend_bind_id (statement, 2, support->goal_id);
  _passend_bind_id (statement, 3, support->intervention_id);
  _passend_bind_text (statement, 4, support->what);
  _passend_bind_text (statement, 5, support->who);
  _passend_bind_text (statement, 6, support->frequency);
  _passend_bind_day (statement, 7, support->from_on);
  _passend_bind_day (statement, 8, support->until_on);
  _passend_bind_day (statement, 9, support->evaluation_on);
  sqlite3_bind_int (statement, 10, support->is_extra ? 1 : 0);
}

static gboolean
check_support (const PassendOppSupport  *support,
               GError                  **error)
{
  if (support->from_on != PASSEND_DAY_NONE && support->until_on != PASSEND_DAY_NONE &&
      support->until_on < support->from_on)
    return _passend_database_invalid (error, _("The support cannot end before it starts."));

  return TRUE;
}

gboolean
passend_database_add_opp_support (PassendDatabase    *self,
                                  gint64              version_id,
                                  PassendOppSupport  *support,
                                  GError            **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (support != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return check_support (support, error) &&
         write_row (self, PASSEND_OPP_ROW_SUPPORT, version_id, 0,
                    "INSERT INTO opp_support (version_id, goal_id, intervention_id, what, who, frequency,"
                    " from_on, until_on, evaluation_on, is_extra, position)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, " END_OF ("opp_support") ")",
                    bind_support, support, support->goal_id, "opp_goal", &support->id, &support->position, error);
}

gboolean
passend_database_update_opp_support (PassendDatabase          *self,
                                     const PassendOppSupport  *support,
                                     GError                  **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (support != NULL && support->id != 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return check_support (support, error) &&
         write_row (self, PASSEND_OPP_ROW_SUPPORT, 0, support->id,
                    "UPDATE opp_support SET goal_id = ?2, intervention_id = ?3, what = ?4, who = ?5, frequency = ?6,"
                    " from_on = ?7, until_on = ?8, evaluation_on = ?9, is_extra = ?10 WHERE id = ?1",
                    bind_support, support, support->goal_id, "opp_goal", NULL, NULL, error);
}

static void
bind_consultation (PassendStatement *statement,
                   gconstpointer     row)
{
  const PassendOppConsultation *consultation = row;

  _passend_bind_day (statement, 2, consultation->held_on);
  _passend_bind_text (statement, 3, consultation->participants);
  _passend_bind_text (statement, 4, consultation->summary);
}

gboolean
passend_database_add_opp_consultation (PassendDatabase         *self,
                                       gint64                   version_id,
                                       PassendOppConsultation  *consultation,
                                       GError                 **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (consultation != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (consultation->held_on == PASSEND_DAY_NONE)
    return _passend_database_invalid (error, _("A consultation needs the day it was held."));

  return write_row (self, PASSEND_OPP_ROW_CONSULTATION, version_id, 0,
                    "INSERT INTO opp_consultation (version_id, held_on, participants, summary, position)"
                    " VALUES (?1, ?2, ?3, ?4, " END_OF ("opp_consultation") ")",
                    bind_consultation, consultation, 0, NULL, &consultation->id, &consultation->position, error);
}

gboolean
passend_database_update_opp_consultation (PassendDatabase               *self,
                                          const PassendOppConsultation  *consultation,
                                          GError                       **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (consultation != NULL && consultation->id != 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (consultation->held_on == PASSEND_DAY_NONE)
    return _passend_database_invalid (error, _("A consultation needs the day it was held."));

  return write_row (self, PASSEND_OPP_ROW_CONSULTATION, 0, consultation->id,
                    "UPDATE opp_consultation SET held_on = ?2, participants = ?3, summary = ?4 WHERE id = ?1",
                    bind_consultation, consultation, 0, NULL, NULL, NULL, error);
}
