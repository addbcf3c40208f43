/* passend-database-aanmeldingen.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-private.h"
#include "passend-rules.h"

#define AANMELDING_COLUMNS \
  "id, roepnaam, tussenvoegsel, achternaam, birth_date, previous_school, requested_track, " \
  "requested_year, guardian_name, guardian_email, guardian_phone, received_on, " \
  "first_preference, support_need, extension_letter_on, extension_reason, extended_until, " \
  "screening_notes, advice, outcome, outcome_reason, outcome_school, decided_on, student_id, " \
  "created_at, updated_at"

static PassendAanmelding *
aanmelding_from_row (PassendStatement *statement)
{
  PassendAanmelding *aanmelding = passend_aanmelding_new ();
  PassendAanmeldingOutcome outcome = PASSEND_AANMELDING_OUTCOME_NONE;

  passend_aanmelding_set_id (aanmelding, sqlite3_column_int64 (statement, 0));
  passend_aanmelding_set_roepnaam (aanmelding, _passend_column_text (statement, 1));
  passend_aanmelding_set_tussenvoegsel (aanmelding, _passend_column_text (statement, 2));
  passend_aanmelding_set_achternaam (aanmelding, _passend_column_text (statement, 3));
  passend_aanmelding_set_birth_date (aanmelding, _passend_column_day (statement, 4));
  passend_aanmelding_set_previous_school (aanmelding, _passend_column_text (statement, 5));
  passend_aanmelding_set_requested_track (aanmelding, _passend_column_text (statement, 6));
  passend_aanmelding_set_requested_year (aanmelding, CLAMP (sqlite3_column_int (statement, 7), 1, 6));
  passend_aanmelding_set_guardian_name (aanmelding, _passend_column_text (statement, 8));
  passend_aanmelding_set_guardian_email (aanmelding, _passend_column_text (statement, 9));
  passend_aanmelding_set_guardian_phone (aanmelding, _passend_column_text (statement, 10));
  passend_aanmelding_set_received_on (aanmelding, _passend_column_day (statement, 11));
  passend_aanmelding_set_first_preference (aanmelding, sqlite3_column_int (statement, 12) != 0);
  passend_aanmelding_set_support_need (aanmelding, _passend_column_text (statement, 13));
  passend_aanmelding_set_extension_letter_on (aanmelding, _passend_column_day (statement, 14));
  passend_aanmelding_set_extension_reason (aanmelding, _passend_column_text (statement, 15));
  passend_aanmelding_set_extended_until (aanmelding, _passend_column_day (statement, 16));
  passend_aanmelding_set_screening_notes (aanmelding, _passend_column_text (statement, 17));
  passend_aanmelding_set_advice (aanmelding, _passend_column_text (statement, 18));
  passend_aanmelding_outcome_from_code (_passend_column_text (statement, 19), &outcome);
  passend_aanmelding_set_outcome (aanmelding, outcome);
  passend_aanmelding_set_outcome_reason (aanmelding, _passend_column_text (statement, 20));
  passend_aanmelding_set_outcome_school (aanmelding, _passend_column_text (statement, 21));
  passend_aanmelding_set_decided_on (aanmelding, _passend_column_day (statement, 22));
  passend_aanmelding_set_student_id (aanmelding, sqlite3_column_int64 (statement, 23));
  passend_aanmelding_set_created_at (aanmelding, sqlite3_column_int64 (statement, 24));
  passend_aanmelding_set_updated_at (aanmelding, sqlite3_column_int64 (statement, 25));
  return aanmelding;
}

static gboolean
aanmelding_not_found (GError **error)
{
  g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                       _("The aanmelding does not exist."));
  return FALSE;
}

/* A refusal naming a day as the reader sees it; a macro so that @format
 * stays a literal the compiler checks. */
#define invalid_day(error, format, day)                                 \
  ({                                                                    \
    g_autofree char *day_text_ = passend_day_format (day);             \
    g_autofree char *message_ = g_strdup_printf (format, day_text_);   \
    _passend_database_invalid ((error), message_);                      \
  })

/* The administrative fields every write of them checks. */
static gboolean
check_fields (PassendAanmelding  *aanmelding,
              GError            **error)
{
  PassendDay received_on = passend_aanmelding_get_received_on (aanmelding);
  PassendDay birth_date = passend_aanmelding_get_birth_date (aanmelding);

  if (_passend_is_blank (passend_aanmelding_get_achternaam (aanmelding)))
    return _passend_database_invalid (error, _("An aanmelding needs the pupil’s family name."));
  if (received_on == PASSEND_DAY_NONE)
    return _passend_database_invalid (error, _("An aanmelding needs the day the written aanmelding was received."));
  if (birth_date != PASSEND_DAY_NONE && birth_date >= received_on)
    return _passend_database_invalid (error, _("The birth date must lie before the day of the aanmelding."));

  return TRUE;
}

static gboolean
insert_aanmelding (PassendDatabase    *self,
                   PassendAanmelding  *aanmelding,
                   gint64             *id,
                   GError            **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  gint64 now = _passend_database_now ();

  statement = _passend_database_prepare (self,
                                         "INSERT INTO aanmelding (roepnaam, tussenvoegsel, achternaam, "
                                         "birth_date, previous_school, requested_track, requested_year, "
                                         "guardian_name, guardian_email, guardian_phone, received_on, "
                                         "first_preference, support_need, screening_notes, advice, "
                                         "created_at, updated_at) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                                         "?14, ?15, ?16, ?16)",
                                         error);
  if (statement == NULL)
    return FALSE;

  _passend_bind_text (statement, 1, passend_aanmelding_get_roepnaam (aanmelding));
  _passend_bind_text (statement, 2, passend_aanmelding_get_tussenvoegsel (aanmelding));
  _passend_bind_text (statement, 3, passend_aanmelding_get_achternaam (aanmelding));
  _passend_bind_day (statement, 4, passend_aanmelding_get_birth_date (aanmelding));
  _passend_bind_text (statement, 5, passend_aanmelding_get_previous_school (aanmelding));
  _passend_bind_text (statement, 6, passend_aanmelding_get_requested_track (aanmelding));
  sqlite3_bind_int (statement, 7, passend_aanmelding_get_requested_year (aanmelding));
  _passend_bind_text (statement, 8, passend_aanmelding_get_guardian_name (aanmelding));
  _passend_bind_text (statement, 9, passend_aanmelding_get_guardian_email (aanmelding));
  _passend_bind_text (statement, 10, passend_aanmelding_get_guardian_phone (aanmelding));
  _passend_bind_day (statement, 11, passend_aanmelding_get_received_on (aanmelding));
  sqlite3_bind_int (statement, 12, passend_aanmelding_get_first_preference (aanmelding) ? 1 : 0);
  _passend_bind_text (statement, 13, passend_aanmelding_get_support_need (aanmelding));
  _passend_bind_text (statement, 14, passend_aanmelding_get_screening_notes (aanmelding));
  _passend_bind_text (statement, 15, passend_aanmelding_get_advice (aanmelding));
  sqlite3_bind_int64 (statement, 16, now);

  if (!_passend_database_step_done (self, statement, error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (self->db);
  passend_aanmelding_set_created_at (aanmelding, now);
  passend_aanmelding_set_updated_at (aanmelding, now);
  return TRUE;
}

gboolean
passend_database_add_aanmelding (PassendDatabase    *self,
                                 PassendAanmelding  *aanmelding,
                                 GError            **error)
{
  gint64 id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_AANMELDING (aanmelding), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (passend_aanmelding_get_id (aanmelding) != 0)
    return _passend_database_invalid (error, _("This aanmelding is already stored."));
  if (!check_fields (aanmelding, error))
    return FALSE;

  if (!_passend_database_create (self, "aanmelding", (PassendInsertFunc) insert_aanmelding,
                                 aanmelding, &id, error))
    return FALSE;

  passend_aanmelding_set_id (aanmelding, id);
  return TRUE;
}

PassendAanmelding *
passend_database_get_aanmelding (PassendDatabase  *self,
                                 gint64            aanmelding_id,
                                 GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         "SELECT " AANMELDING_COLUMNS " FROM aanmelding WHERE id = ?1",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, aanmelding_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    return aanmelding_from_row (statement);

  if (rc == SQLITE_DONE)
    aanmelding_not_found (error);
  else
    _passend_database_fail (self, rc, NULL, error);
  return NULL;
}

typedef struct
{
  PassendAanmelding *aanmelding;
  PassendDay         due;
} ListItem;

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const ListItem *x = a;
  const ListItem *y = b;
  gboolean x_decided = passend_aanmelding_is_decided (x->aanmelding);
  gboolean y_decided = passend_aanmelding_is_decided (y->aanmelding);
  PassendDay x_day;
  PassendDay y_day;

  if (x_decided != y_decided)
    return x_decided ? 1 : -1;

  if (x_decided)
    {
      /* The latest decisions are the ones still being acted on. */
      x_day = passend_aanmelding_get_decided_on (y->aanmelding);
      y_day = passend_aanmelding_get_decided_on (x->aanmelding);
    }
  else
    {
      x_day = x->due;
      y_day = y->due;
    }

  if (x_day != y_day)
    return x_day < y_day ? -1 : 1;

  return g_utf8_collate (passend_aanmelding_get_sort_name (x->aanmelding),
                         passend_aanmelding_get_sort_name (y->aanmelding));
}

GListModel *
passend_database_list_aanmeldingen (PassendDatabase  *self,
                                    GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (ListItem));
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  PassendProtocol protocol;
  GListStore *store;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!passend_database_load_protocol (self, &protocol, error))
    return NULL;

  statement = _passend_database_prepare (self, "SELECT " AANMELDING_COLUMNS " FROM aanmelding", error);
  if (statement == NULL)
    return NULL;

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      ListItem item;

      item.aanmelding = aanmelding_from_row (statement);
      item.due = passend_rules_zorgplicht_decision_due (passend_aanmelding_get_received_on (item.aanmelding),
                                                        passend_aanmelding_get_extended_until (item.aanmelding),
                                                        &protocol);
      g_array_append_val (items, item);
    }

  if (rc != SQLITE_DONE)
    {
      for (guint i = 0; i < items->len; i++)
        g_object_unref (g_array_index (items, ListItem, i).aanmelding);
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  g_array_sort (items, compare_items);
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (sorted, g_array_index (items, ListItem, i).aanmelding);

  store = g_list_store_new (PASSEND_TYPE_AANMELDING);
  g_list_store_splice (store, 0, 0, sorted->pdata, sorted->len);
  return G_LIST_MODEL (store);
}

/* Runs one UPDATE of the aanmelding @id inside a write, with its audit
 * row; NOT_FOUND when no row changed. */
static gboolean
update_row (PassendDatabase   *self,
            PassendStatement  *statement,
            gint64             id,
            GError           **error)
{
  if (!_passend_database_step_done (self, statement, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    return aanmelding_not_found (error);

  return _passend_database_audit (self, "update", "aanmelding", id, error);
}

static gboolean
finish_write (PassendDatabase  *self,
              gboolean          ok,
              gint64            id,
              GError          **error)
{
  if (!ok)
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_database_changed (self, "aanmelding", id);
  return TRUE;
}

/* The stored row, for the rules that depend on what is stored rather
 * than on what the caller hands in. */
static PassendAanmelding *
load_stored (PassendDatabase  *self,
             gint64            id,
             GError          **error)
{
  return passend_database_get_aanmelding (self, id, error);
}

static gboolean
check_against_stored (PassendDatabase    *self,
                      PassendAanmelding  *aanmelding,
                      PassendAanmelding  *stored,
                      GError            **error)
{
  PassendDay received_on = passend_aanmelding_get_received_on (aanmelding);
  PassendDay decided_on = passend_aanmelding_get_decided_on (stored);
  PassendDay extended_until = passend_aanmelding_get_extended_until (stored);
  PassendProtocol protocol;

  if (decided_on != PASSEND_DAY_NONE && received_on > decided_on)
    return invalid_day (error, _("The aanmelding cannot be received after the decision of %s."), decided_on);

  if (extended_until != PASSEND_DAY_NONE)
    {
      if (!passend_database_load_protocol (self, &protocol, error))
        return FALSE;
      if (extended_until > passend_rules_zorgplicht_extension_limit (received_on, &protocol))
        return invalid_day (error, _("With this day of receipt the extension to %s would be longer than the law allows."),
                            extended_until);
    }

  return TRUE;
}

gboolean
passend_database_update_aanmelding (PassendDatabase    *self,
                                    PassendAanmelding  *aanmelding,
                                    GError            **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(PassendAanmelding) stored = NULL;
  gint64 id;
  gint64 now = _passend_database_now ();
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_AANMELDING (aanmelding), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = passend_aanmelding_get_id (aanmelding);
  if (id == 0)
    return _passend_database_invalid (error, _("This aanmelding is not stored yet."));
  if (!check_fields (aanmelding, error))
    return FALSE;

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  stored = load_stored (self, id, error);
  ok = stored != NULL && check_against_stored (self, aanmelding, stored, error);
  if (ok)
    {
      statement = _passend_database_prepare (self,
                                             "UPDATE aanmelding SET roepnaam = ?2, tussenvoegsel = ?3, "
                                             "achternaam = ?4, birth_date = ?5, previous_school = ?6, "
                                             "requested_track = ?7, requested_year = ?8, guardian_name = ?9, "
                                             "guardian_email = ?10, guardian_phone = ?11, received_on = ?12, "
                                             "first_preference = ?13, support_need = ?14, "
                                             "screening_notes = ?15, advice = ?16, updated_at = ?17 "
                                             "WHERE id = ?1",
                                             error);
      ok = statement != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (statement, 1, id);
      _passend_bind_text (statement, 2, passend_aanmelding_get_roepnaam (aanmelding));
      _passend_bind_text (statement, 3, passend_aanmelding_get_tussenvoegsel (aanmelding));
      _passend_bind_text (statement, 4, passend_aanmelding_get_achternaam (aanmelding));
      _passend_bind_day (statement, 5, passend_aanmelding_get_birth_date (aanmelding));
      _passend_bind_text (statement, 6, passend_aanmelding_get_previous_school (aanmelding));
      _passend_bind_text (statement, 7, passend_aanmelding_get_requested_track (aanmelding));
      sqlite3_bind_int (statement, 8, passend_aanmelding_get_requested_year (aanmelding));
      _passend_bind_text (statement, 9, passend_aanmelding_get_guardian_name (aanmelding));
      _passend_bind_text (statement, 10, passend_aanmelding_get_guardian_email (aanmelding));
      _passend_bind_text (statement, 11, passend_aanmelding_get_guardian_phone (aanmelding));
      _passend_bind_day (statement, 12, passend_aanmelding_get_received_on (aanmelding));
      sqlite3_bind_int (statement, 13, passend_aanmelding_get_first_preference (aanmelding) ? 1 : 0);
      _passend_bind_text (statement, 14, passend_aanmelding_get_support_need (aanmelding));
      _passend_bind_text (statement, 15, passend_aanmelding_get_screening_notes (aanmelding));
      _passend_bind_text (statement, 16, passend_aanmelding_get_advice (aanmelding));
      sqlite3_bind_int64 (statement, 17, now);
      ok = update_row (self, statement, id, error);
    }

  if (!finish_write (self, ok, id, error))
    return FALSE;

  passend_aanmelding_set_updated_at (aanmelding, now);
  return TRUE;
}

static gboolean
check_extension (PassendDatabase    *self,
                 PassendAanmelding  *stored,
                 PassendDay          letter_on,
                 const char         *reason,
                 PassendDay          new_due,
                 GError            **error)
{
  PassendDay received_on = passend_aanmelding_get_received_on (stored);
  PassendProtocol protocol;
  PassendDay due;
  PassendDay limit;

  if (passend_aanmelding_is_decided (stored))
    return _passend_database_invalid (error, _("A decided aanmelding cannot be extended."));
  if (passend_aanmelding_has_extension (stored))
    return _passend_database_invalid (error, _("The decision term can be extended only once."));
  if (reason == NULL || _passend_is_blank (reason))
    return _passend_database_invalid (error, _("An extension needs the reason given to the parents."));
  if (letter_on == PASSEND_DAY_NONE)
    return _passend_database_invalid (error, _("An extension needs the date of the letter to the parents."));
  if (new_due == PASSEND_DAY_NONE)
    return _passend_database_invalid (error, _("An extension needs the new decision date."));

  if (!passend_database_load_protocol (self, &protocol, error))
    return FALSE;

  due = passend_rules_zorgplicht_decision_due (received_on, PASSEND_DAY_NONE, &protocol);
  limit = passend_rules_zorgplicht_extension_limit (received_on, &protocol);

  if (letter_on < received_on)
    return invalid_day (error, _("The letter cannot be dated before the aanmelding was received (%s)."), received_on);
  if (letter_on > due)
    return invalid_day (error, _("The parents must be told of the extension within the decision term, by %s."), due);
  if (new_due <= due)
    return invalid_day (error, _("The new decision date must lie after the current one, %s."), due);
  if (new_due > limit)
    return invalid_day (error, _("The decision term can be extended to %s at the latest."), limit);

  return TRUE;
}

gboolean
passend_database_extend_aanmelding (PassendDatabase  *self,
                                    gint64            aanmelding_id,
                                    PassendDay        letter_on,
                                    const char       *reason,
                                    PassendDay        new_due,
                                    GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(PassendAanmelding) stored = NULL;
  g_autofree char *trimmed = NULL;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  trimmed = g_strstrip (g_strdup (reason != NULL ? reason : ""));

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  stored = load_stored (self, aanmelding_id, error);
  ok = stored != NULL && check_extension (self, stored, letter_on, trimmed, new_due, error);
  if (ok)
    {
      statement = _passend_database_prepare (self,
                                             "UPDATE aanmelding SET extension_letter_on = ?2, "
                                             "extension_reason = ?3, extended_until = ?4, updated_at = ?5 "
                                             "WHERE id = ?1 AND extended_until IS NULL",
                                             error);
      ok = statement != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (statement, 1, aanmelding_id);
      _passend_bind_day (statement, 2, letter_on);
      _passend_bind_text (statement, 3, trimmed);
      _passend_bind_day (statement, 4, new_due);
      sqlite3_bind_int64 (statement, 5, _passend_database_now ());
      ok = update_row (self, statement, aanmelding_id, error);
    }

  return finish_write (self, ok, aanmelding_id, error);
}

static gboolean
check_decision (PassendAanmelding         *stored,
                PassendAanmeldingOutcome   outcome,
                const char                *reason,
                const char                *school,
                PassendDay                 decided_on,
                GError                   **error)
{
  PassendDay received_on = passend_aanmelding_get_received_on (stored);

  if (passend_aanmelding_get_student_id (stored) != 0)
    return _passend_database_invalid (error, _("This aanmelding has become a student; its decision can no longer be changed."));
  if (passend_aanmelding_outcome_to_code (outcome) == NULL)
    return _passend_database_invalid (error, _("A decision needs an outcome."));
  if (decided_on == PASSEND_DAY_NONE)
    return _passend_database_invalid (error, _("A decision needs its date."));
  if (decided_on < received_on)
    return invalid_day (error, _("The decision cannot lie before the aanmelding was received (%s)."), received_on);
  if ((outcome == PASSEND_AANMELDING_OUTCOME_NOT_ADMITTED ||
       outcome == PASSEND_AANMELDING_OUTCOME_PLACED_ELSEWHERE) && _passend_is_blank (reason))
    return _passend_database_invalid (error, _("This decision needs its reason."));
  if (outcome == PASSEND_AANMELDING_OUTCOME_PLACED_ELSEWHERE && _passend_is_blank (school))
    return _passend_database_invalid (error, _("A place offered elsewhere needs the name of that school."));

  return TRUE;
}

gboolean
passend_database_decide_aanmelding (PassendDatabase           *self,
                                    gint64                     aanmelding_id,
                                    PassendAanmeldingOutcome   outcome,
                                    const char                *reason,
                                    const char                *school,
                                    PassendDay                 decided_on,
                                    GError                   **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(PassendAanmelding) stored = NULL;
  g_autofree char *reason_text = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  g_autofree char *school_text = NULL;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Only a place elsewhere names a school. */
  if (outcome == PASSEND_AANMELDING_OUTCOME_PLACED_ELSEWHERE)
    school_text = g_strstrip (g_strdup (school != NULL ? school : ""));

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  stored = load_stored (self, aanmelding_id, error);
  ok = stored != NULL && check_decision (stored, outcome, reason_text, school_text, decided_on, error);
  if (ok)
    {
      statement = _passend_database_prepare (self,
                                             "UPDATE aanmelding SET outcome = ?2, outcome_reason = ?3, "
                                             "outcome_school = ?4, decided_on = ?5, updated_at = ?6 "
                                             "WHERE id = ?1 AND student_id IS NULL",
                                             error);
      ok = statement != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (statement, 1, aanmelding_id);
      sqlite3_bind_text (statement, 2, passend_aanmelding_outcome_to_code (outcome), -1, SQLITE_STATIC);
      _passend_bind_text (statement, 3, reason_text);
      _passend_bind_text (statement, 4, school_text);
      _passend_bind_day (statement, 5, decided_on);
      sqlite3_bind_int64 (statement, 6, _passend_database_now ());
      ok = update_row (self, statement, aanmelding_id, error);
    }

  return finish_write (self, ok, aanmelding_id, error);
}

/* The admission is recorded on the day of the decision (at noon, or now
 * if that is earlier), so the record reads in the order things happened. */
static gint64
decision_moment (PassendAanmelding *aanmelding)
{
  g_autoptr(GDateTime) noon = NULL;
  gint64 now = _passend_database_now ();
  int y, m, d;

  passend_day_get_ymd (passend_aanmelding_get_decided_on (aanmelding), &y, &m, &d);
  noon = g_date_time_new_local (y, m, d, 12, 0, 0);
  if (noon == NULL)
    return now;

  return MIN (now, g_date_time_to_unix (noon));
}

/* The record text on the new student's timeline: Dutch whatever the
 * language of the interface. */
static PassendTimelineEntry *
admission_entry (PassendDatabase   *self,
                 PassendAanmelding *aanmelding,
                 gint64             student_id,
                 gint64             moment)
{
  PassendTimelineEntry *entry = passend_timeline_entry_new ();
  gboolean arrangement = passend_aanmelding_get_outcome (aanmelding) ==
                         PASSEND_AANMELDING_OUTCOME_ADMITTED_WITH_ARRANGEMENT;
  g_autofree char *received = passend_day_format_dutch (passend_aanmelding_get_received_on (aanmelding));
  g_autofree char *decided = passend_day_format_dutch (passend_aanmelding_get_decided_on (aanmelding));
  g_autofree char *title = NULL;
  g_autoptr(GString) body = g_string_new (NULL);

  title = g_strdup (arrangement ? "Aanmelding toegelaten met arrangement" : "Aanmelding toegelaten");

  g_string_append_printf (body, "Schriftelijk aangemeld op %s; besluit op %s.\n", received, decided);
  if (!_passend_is_blank (passend_aanmelding_get_support_need (aanmelding)))
    g_string_append_printf (body, "Gemelde ondersteuningsbehoefte: %s\n",
                            passend_aanmelding_get_support_need (aanmelding));
  if (!_passend_is_blank (passend_aanmelding_get_previous_school (aanmelding)))
    g_string_append_printf (body, "Vorige school: %s\n", passend_aanmelding_get_previous_school (aanmelding));
  if (!_passend_is_blank (passend_aanmelding_get_advice (aanmelding)))
    g_string_append_printf (body, "Advies aan de toelatingscommissie: %s\n",
                            passend_aanmelding_get_advice (aanmelding));
  if (body->len > 0)
    g_string_truncate (body, body->len - 1);

  passend_timeline_entry_set_student_id (entry, student_id);
  passend_timeline_entry_set_kind (entry, PASSEND_ENTRY_KIND_DECISION);
  passend_timeline_entry_set_occurred_at (entry, moment);
  passend_timeline_entry_set_author (entry, self->actor);
  passend_timeline_entry_set_title (entry, title);
  passend_timeline_entry_set_body (entry, body->str);
  passend_timeline_entry_set_confidentiality (entry, PASSEND_CONFIDENTIALITY_CARE);
  passend_timeline_entry_set_is_fact (entry, TRUE);
  return entry;
}

static gboolean
check_admission (PassendAanmelding  *stored,
                 const char         *lvs_number,
                 GError            **error)
{
  if (!passend_aanmelding_outcome_is_admission (passend_aanmelding_get_outcome (stored)))
    return _passend_database_invalid (error, _("Only an admitted aanmelding can become a student."));
  if (passend_aanmelding_get_student_id (stored) != 0)
    return _passend_database_invalid (error, _("This aanmelding is already a student."));
  if (_passend_is_blank (lvs_number))
    return _passend_database_invalid (error, _("A student needs an LVS number."));

  return TRUE;
}

static PassendStudent *
student_from_aanmelding (PassendAanmelding *aanmelding,
                         const char        *lvs_number)
{
  PassendStudent *student = passend_student_new ();
  g_autofree char *lvs = g_strstrip (g_strdup (lvs_number));

  passend_student_set_lvs_number (student, lvs);
  passend_student_set_roepnaam (student, passend_aanmelding_get_roepnaam (aanmelding));
  passend_student_set_tussenvoegsel (student, passend_aanmelding_get_tussenvoegsel (aanmelding));
  passend_student_set_achternaam (student, passend_aanmelding_get_achternaam (aanmelding));
  passend_student_set_birth_date (student, passend_aanmelding_get_birth_date (aanmelding));
  passend_student_set_track (student, passend_aanmelding_get_requested_track (aanmelding));
  passend_student_set_year (student, passend_aanmelding_get_requested_year (aanmelding));
  return student;
}

static gboolean
is_tussenvoegsel (const char *word)
{
  static const char * const words[] = {
    "van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "op", "von", "la", "le", "du", "da", "di", "el",
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      if (g_ascii_strcasecmp (word, words[i]) == 0)
        return TRUE;
    }

  return FALSE;
}

/* The guardian as the aanmelding names them ("L. van Dam"): initials
 * first, then a tussenvoegsel, then the family name. NULL when no family
 * name is left to store. */
static PassendGuardian *
guardian_from_aanmelding (PassendAanmelding *aanmelding,
                          gint64             student_id)
{
  g_auto(GStrv) words = g_strsplit_set (passend_aanmelding_get_guardian_name (aanmelding), " \t", -1);
  g_autoptr(GString) voorletters = g_string_new (NULL);
  g_autoptr(GString) tussenvoegsel = g_string_new (NULL);
  g_autoptr(GString) family = g_string_new (NULL);
  PassendGuardian *guardian;

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];
      GString *part;

      if (word[0] == '\0')
        continue;
      if (family->len == 0 && tussenvoegsel->len == 0 && g_str_has_suffix (word, "."))
        part = voorletters;
      else if (family->len == 0 && is_tussenvoegsel (word))
        part = tussenvoegsel;
      else
        part = family;

      if (part->len > 0 && part != voorletters)
        g_string_append_c (part, ' ');
      g_string_append (part, word);
    }

  if (family->len == 0)
    return NULL;

  guardian = passend_guardian_new ();
  passend_guardian_set_student_id (guardian, student_id);
  passend_guardian_set_relation (guardian, "ouder");
  passend_guardian_set_voorletters (guardian, voorletters->str);
  passend_guardian_set_tussenvoegsel (guardian, tussenvoegsel->str);
  passend_guardian_set_achternaam (guardian, family->str);
  /* Parents with gezag make the written aanmelding. */
  passend_guardian_set_has_authority (guardian, TRUE);
  passend_guardian_set_email (guardian, passend_aanmelding_get_guardian_email (aanmelding));
  passend_guardian_set_phone (guardian, passend_aanmelding_get_guardian_phone (aanmelding));
  return guardian;
}

static gboolean
link_student (PassendDatabase  *self,
              gint64            aanmelding_id,
              gint64            student_id,
              GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self,
                                         "UPDATE aanmelding SET student_id = ?2, updated_at = ?3 "
                                         "WHERE id = ?1 AND student_id IS NULL",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, aanmelding_id);
  sqlite3_bind_int64 (statement, 2, student_id);
  sqlite3_bind_int64 (statement, 3, _passend_database_now ());
  return update_row (self, statement, aanmelding_id, error);
}

static gboolean
admit (PassendDatabase    *self,
       PassendAanmelding  *stored,
       const char         *lvs_number,
       gint64             *student_id,
       gint64             *entry_id,
       GError            **error)
{
  g_autoptr(PassendStudent) student = NULL;
  g_autoptr(PassendTimelineEntry) entry = NULL;
  g_autoptr(PassendGuardian) guardian = NULL;
  gint64 id = passend_aanmelding_get_id (stored);
  gint64 moment;

  if (!check_admission (stored, lvs_number, error))
    return FALSE;

  moment = decision_moment (stored);
  student = student_from_aanmelding (stored, lvs_number);
  if (!passend_database_add_student (self, student, error))
    return FALSE;
  *student_id = passend_student_get_id (student);

  guardian = guardian_from_aanmelding (stored, *student_id);
  if (guardian != NULL && !passend_database_add_guardian (self, guardian, error))
    return FALSE;

  entry = admission_entry (self, stored, *student_id, moment);
  if (!link_student (self, id, *student_id, error) ||
      !_passend_database_insert_entry (self, entry, entry_id, error) ||
      !_passend_database_audit (self, "create", "timeline-entry", *entry_id, error))
    return FALSE;

  if (passend_aanmelding_get_outcome (stored) == PASSEND_AANMELDING_OUTCOME_ADMITTED_WITH_ARRANGEMENT)
    return passend_database_set_support_status (self, *student_id, PASSEND_NIVEAU_3,
                                                PASSEND_PHASE_0_OVERDRACHT, PASSEND_REGIE_LECO, 0,
                                                "Toegelaten met arrangement na aanmelding (zorgplicht)",
                                                moment + 60, error);
  return TRUE;
}

gboolean
passend_database_admit_aanmelding (PassendDatabase  *self,
                                   gint64            aanmelding_id,
                                   const char       *lvs_number,
                                   gint64           *student_id,
                                   GError          **error)
{
  g_autoptr(PassendAanmelding) stored = NULL;
  gint64 new_student_id = 0;
  gint64 entry_id = 0;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  stored = load_stored (self, aanmelding_id, error);
  ok = stored != NULL && admit (self, stored, lvs_number, &new_student_id, &entry_id, error);
  if (!finish_write (self, ok, aanmelding_id, error))
    return FALSE;

  g_debug ("Aanmelding %" G_GINT64_FORMAT " became student %" G_GINT64_FORMAT,
           aanmelding_id, new_student_id);
  _passend_database_changed (self, "timeline-entry", entry_id);
  if (student_id != NULL)
    *student_id = new_student_id;
  return TRUE;
}
