/* passend-database-tlv-states.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-tlv-private.h"

/* The steps of a request. Each step is a state change row, the day in
 * the column its state owns, and an entry on the student's timeline, so
 * the record a committee reads shows the referral as it went. */

static const char *
day_column (PassendTlvState     state,
            PassendTlvRequest  *request)
{
  switch (state)
    {
    case PASSEND_TLV_STATE_INGEDIEND:
      /* A supplemented dossier sent again keeps the first submission. */
      return passend_tlv_request_get_submitted_on (request) == PASSEND_DAY_NONE ? "submitted_on" : NULL;

    case PASSEND_TLV_STATE_TOEGEKEND:
    case PASSEND_TLV_STATE_AFGEWEZEN:
      return "decided_on";

    case PASSEND_TLV_STATE_BEZWAAR:
      return "objection_on";

    case PASSEND_TLV_STATE_VOORBEREIDING:
    case PASSEND_TLV_STATE_IN_BEHANDELING:
    case PASSEND_TLV_STATE_AANVULLING_GEVRAAGD:
    default:
      return NULL;
    }
}

static gboolean
write_state (PassendDatabase    *self,
             PassendTlvRequest  *request,
             PassendTlvState     state,
             PassendDay          day,
             GError            **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *iso = passend_day_to_iso (day);
  const char *column = day_column (state, request);

  /* The column name comes from the fixed list above, never from input. */
  if (column != NULL)
    sql = g_strdup_printf ("UPDATE tlv_request SET state = ?2, updated_at = ?3, %s = ?4 WHERE id = ?1", column);
  else
    sql = g_strdup ("UPDATE tlv_request SET state = ?2, updated_at = ?3 WHERE id = ?1");

  statement = _passend_database_prepare (self, sql, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, passend_tlv_request_get_id (request));
  sqlite3_bind_text (statement, 2, passend_tlv_state_to_string (state), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 3, _passend_database_now ());
  if (column != NULL)
    sqlite3_bind_text (statement, 4, iso, -1, SQLITE_TRANSIENT);

  return _passend_database_step_done (self, statement, error);
}

static gboolean
insert_change (PassendDatabase  *self,
               gint64            request_id,
               PassendTlvState   state,
               PassendDay        day,
               const char       *note,
               GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *iso = passend_day_to_iso (day);

  statement = _passend_database_prepare (self,
                                         "INSERT INTO tlv_state_change (request_id, state, changed_on, changed_at,"
                                         " note, actor) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, request_id);
  sqlite3_bind_text (statement, 2, passend_tlv_state_to_string (state), -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 3, iso, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 4, _passend_database_now ());
  _passend_bind_text (statement, 5, note);
  _passend_bind_text (statement, 6, passend_database_get_actor (self));
  return _passend_database_step_done (self, statement, error);
}

static char *
decision_body (PassendTlvRequest *request,
               PassendTlvState    state,
               const char        *note)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *due = NULL;
  GString *body = g_string_new (NULL);

  /* Dutch, like every record the store writes: it is the dossier. */
  if (state == PASSEND_TLV_STATE_TOEGEKEND)
    {
      PassendTlvCategory category = passend_tlv_request_get_granted_category (request);

      start = passend_day_format_dutch (passend_tlv_request_get_granted_start (request));
      end = passend_day_format_dutch (passend_tlv_request_get_granted_end (request));
      g_string_append_printf (body, "%s", passend_tlv_kind_get_dutch (passend_tlv_request_get_kind (request)));
      if (category != PASSEND_TLV_CATEGORY_NONE)
        g_string_append_printf (body, ", categorie %s", passend_tlv_category_get_dutch (category));
      g_string_append_printf (body, ", van %s tot en met %s.", start, end);
    }
  if (state == PASSEND_TLV_STATE_TOEGEKEND || state == PASSEND_TLV_STATE_AFGEWEZEN)
    {
      due = passend_day_format_dutch (passend_tlv_objection_due (passend_tlv_request_get_decided_on (request)));
      g_string_append_printf (body, "%sBezwaar mogelijk tot en met %s.", body->len > 0 ? " " : "", due);
    }
  if (note != NULL && *note != '\0')
    g_string_append_printf (body, "%s%s", body->len > 0 ? "\n\n" : "", note);

  return g_string_free (body, FALSE);
}

static gboolean
apply_state (PassendDatabase    *self,
             PassendTlvRequest  *request,
             PassendTlvState     state,
             PassendDay          day,
             const char         *note,
             GError            **error)
{
  g_autoptr(GError) rule_error = NULL;
  g_autofree char *body = NULL;
  gboolean decision;

  if (!passend_tlv_check_transition (request, state, day, passend_day_today (), &rule_error))
    return _passend_database_invalid (error, rule_error->message);

  if (!write_state (self, request, state, day, error) ||
      !insert_change (self, passend_tlv_request_get_id (request), state, day, note, error) ||
      !_passend_database_audit (self, "update", "tlv", passend_tlv_request_get_id (request), error))
    return FALSE;

  if (state == PASSEND_TLV_STATE_TOEGEKEND || state == PASSEND_TLV_STATE_AFGEWEZEN)
    passend_tlv_request_set_decided_on (request, day);
  body = decision_body (request, state, note);
  decision = state == PASSEND_TLV_STATE_TOEGEKEND || state == PASSEND_TLV_STATE_AFGEWEZEN;
  return _passend_tlv_record_entry (self, passend_tlv_request_get_student_id (request),
                                    decision ? PASSEND_ENTRY_KIND_DECISION : PASSEND_ENTRY_KIND_STATUS_CHANGE,
                                    day, passend_tlv_state_get_record_title (state), body, error);
}

gboolean
_passend_tlv_apply_state (PassendDatabase    *self,
                          PassendTlvRequest  *request,
                          PassendTlvState     state,
                          PassendDay          day,
                          const char         *note,
                          GError            **error)
{
  return apply_state (self, request, state, day, note, error);
}

gboolean
passend_database_set_tlv_state (PassendDatabase  *self,
                                gint64            request_id,
                                PassendTlvState   state,
                                PassendDay        day,
                                const char       *note,
                                GError          **error)
{
  g_autoptr(PassendTlvRequest) request = NULL;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail ((guint) state < PASSEND_TLV_N_STATES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (state == PASSEND_TLV_STATE_TOEGEKEND)
    return _passend_database_invalid (error, _("Record a granted TLV with its category and period."));

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  request = _passend_tlv_load_request (self, request_id, error);
  ok = request != NULL && apply_state (self, request, state, day, note, error);

  return _passend_tlv_finish (self, ok, request_id, request != NULL ? passend_tlv_request_get_student_id (request) : 0,
                              TRUE, TRUE, error);
}

gboolean
passend_database_grant_tlv (PassendDatabase     *self,
                            gint64               request_id,
                            PassendDay           day,
                            PassendTlvCategory   category,
                            PassendDay           start,
                            PassendDay           end,
                            const char          *note,
                            GError             **error)
{
  g_autoptr(PassendTlvRequest) request = NULL;
  g_autoptr(PassendStatement) statement = NULL;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail ((guint) category < PASSEND_TLV_N_CATEGORIES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  statement = _passend_database_prepare (self,
                                         "UPDATE tlv_request SET granted_category = ?2, granted_start = ?3,"
                                         " granted_end = ?4 WHERE id = ?1",
                                         error);
  if (statement == NULL || !_passend_database_write_begin (self, error))
    return FALSE;

  request = _passend_tlv_load_request (self, request_id, error);
  ok = request != NULL;
  if (ok)
    {
      /* The guard reads the granted fields from the request. */
      passend_tlv_request_set_granted_category (request, category);
      passend_tlv_request_set_granted_start (request, start);
      passend_tlv_request_set_granted_end (request, end);

      sqlite3_bind_int64 (statement, 1, request_id);
      if (category != PASSEND_TLV_CATEGORY_NONE)
        sqlite3_bind_text (statement, 2, passend_tlv_category_to_string (category), -1, SQLITE_STATIC);
      else
        sqlite3_bind_null (statement, 2);
      _passend_bind_day (statement, 3, start);
      _passend_bind_day (statement, 4, end);

      ok = apply_state (self, request, PASSEND_TLV_STATE_TOEGEKEND, day, note, error) &&
           _passend_database_step_done (self, statement, error);
    }

  return _passend_tlv_finish (self, ok, request_id, request != NULL ? passend_tlv_request_get_student_id (request) : 0,
                              TRUE, TRUE, error);
}

GPtrArray *
passend_database_list_tlv_state_changes (PassendDatabase  *self,
                                         gint64            request_id,
                                         GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_tlv_state_change_free);
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         "SELECT id, state, changed_on, changed_at, note, actor FROM tlv_state_change"
                                         " WHERE request_id = ?1 ORDER BY changed_at, id",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, request_id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      PassendTlvStateChange *change = g_new0 (PassendTlvStateChange, 1);

      change->id = sqlite3_column_int64 (statement, 0);
      passend_tlv_state_from_string (_passend_column_text (statement, 1), &change->state);
      change->changed_on = _passend_column_day (statement, 2);
      change->changed_at = sqlite3_column_int64 (statement, 3);
      change->note = g_strdup (_passend_column_text (statement, 4));
      change->actor = g_strdup (_passend_column_text (statement, 5));
      g_ptr_array_add (changes, change);
    }

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return g_steal_pointer (&changes);
}
