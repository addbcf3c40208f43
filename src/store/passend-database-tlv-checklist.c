/* passend-database-tlv-checklist.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-tlv-private.h"

/* The dossier checklist of each samenwerkingsverband and its rule. An
 * SWV without items of its own uses the default list (organisation_id
 * NULL); the first change to its list copies the default list, and the
 * parts of its requests follow to the copies, so nothing a coordinator
 * linked goes missing. Items are archived, never deleted: parts and sent
 * manifests refer to them. */

#define ITEM_QUERY \
  "SELECT id, organisation_id, position, code, label, source, required, archived FROM tlv_checklist_item"

static PassendTlvChecklistItem *
item_from_row (PassendStatement *statement)
{
  PassendTlvChecklistSource source = PASSEND_TLV_SOURCE_ATTACHMENTS;
  PassendTlvChecklistItem *item;

  passend_tlv_checklist_source_from_string (_passend_column_text (statement, 5), &source);
  item = passend_tlv_checklist_item_new (_passend_column_text (statement, 4), source);
  passend_tlv_checklist_item_set_id (item, sqlite3_column_int64 (statement, 0));
  passend_tlv_checklist_item_set_organisation_id (item, sqlite3_column_int64 (statement, 1));
  passend_tlv_checklist_item_set_position (item, (guint) sqlite3_column_int (statement, 2));
  passend_tlv_checklist_item_set_code (item, _passend_column_text (statement, 3));
  passend_tlv_checklist_item_set_required (item, sqlite3_column_int (statement, 6) != 0);
  passend_tlv_checklist_item_set_archived (item, sqlite3_column_int (statement, 7) != 0);

  return item;
}

static GPtrArray *
list_items (PassendDatabase  *self,
            const char       *sql,
            gint64            id,
            GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  statement = _passend_database_prepare (self, sql, error);
  if (statement == NULL)
    return NULL;

  _passend_bind_id (statement, 1, id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    g_ptr_array_add (items, item_from_row (statement));

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return g_steal_pointer (&items);
}

/* The organisation whose list applies to @swv_id: itself when it has
 * items, else 0 (the default list). */
static gboolean
list_owner (PassendDatabase  *self,
            gint64            swv_id,
            gint64           *owner,
            GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  *owner = 0;
  if (swv_id == 0)
    return TRUE;

  statement = _passend_database_prepare (self, "SELECT 1 FROM tlv_checklist_item WHERE organisation_id = ?1 LIMIT 1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, swv_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    *owner = swv_id;
  else if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

GPtrArray *
_passend_tlv_list_checklist_of (PassendDatabase  *self,
                                gint64            swv_id,
                                gboolean          include_archived,
                                GError          **error)
{
  gint64 owner = 0;

  if (!list_owner (self, swv_id, &owner, error))
    return NULL;

  if (include_archived)
    return list_items (self, ITEM_QUERY " WHERE organisation_id IS ?1 ORDER BY position, id", owner, error);

  return list_items (self, ITEM_QUERY " WHERE organisation_id IS ?1 AND archived = 0 ORDER BY position, id", owner,
                     error);
}

GPtrArray *
passend_database_list_tlv_checklist (PassendDatabase  *self,
                                     gint64            swv_id,
                                     gboolean          include_archived,
                                     GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _passend_tlv_list_checklist_of (self, swv_id, include_archived, error);
}

GPtrArray *
passend_database_list_tlv_checklist_for_request (PassendDatabase  *self,
                                                 gint64            request_id,
                                                 GError          **error)
{
  g_autoptr(PassendTlvRequest) request = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  request = _passend_tlv_load_request (self, request_id, error);
  if (request == NULL)
    return NULL;

  return _passend_tlv_list_checklist_of (self, passend_tlv_request_get_swv_id (request), FALSE, error);
}

static PassendTlvChecklistItem *
load_item (PassendDatabase  *self,
           gint64            item_id,
           GError          **error)
{
  g_autoptr(GPtrArray) items = list_items (self, ITEM_QUERY " WHERE id = ?1", item_id, error);

  if (items == NULL)
    return NULL;
  if (items->len == 0)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("The checklist item no longer exists."));
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (items, 0));
}

static gboolean
insert_item (PassendDatabase          *self,
             gint64                    swv_id,
             guint                     position,
             const char               *code,
             const char               *label,
             PassendTlvChecklistSource source,
             gboolean                  required,
             gboolean                  archived,
             gint64                   *id,
             GError                  **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO tlv_checklist_item (organisation_id, position, code, label,"
                                         " source, required, archived) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                         error);
  if (statement == NULL)
    return FALSE;

  _passend_bind_id (statement, 1, swv_id);
  sqlite3_bind_int (statement, 2, (int) position);
  _passend_bind_text (statement, 3, code);
  _passend_bind_text (statement, 4, label);
  sqlite3_bind_text (statement, 5, passend_tlv_checklist_source_to_string (source), -1, SQLITE_STATIC);
  sqlite3_bind_int (statement, 6, required ? 1 : 0);
  sqlite3_bind_int (statement, 7, archived ? 1 : 0);
  if (!_passend_database_step_done (self, statement, error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (_passend_database_get_handle (self));
  return _passend_database_audit (self, "create", "tlv-checklist-item", *id, error);
}

static gboolean
move_parts (PassendDatabase  *self,
            gint64            swv_id,
            gint64            from_item,
            gint64            to_item,
            GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self,
                                         "UPDATE tlv_part SET checklist_item_id = ?3 WHERE checklist_item_id = ?2"
                                         " AND request_id IN (SELECT id FROM tlv_request WHERE swv_id = ?1)",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, swv_id);
  sqlite3_bind_int64 (statement, 2, from_item);
  sqlite3_bind_int64 (statement, 3, to_item);
  return _passend_database_step_done (self, statement, error);
}

/* Gives @swv_id a list of its own (a copy of the default list, archived
 * items included) when it has none yet. */
static gboolean
ensure_own_list (PassendDatabase  *self,
                 gint64            swv_id,
                 GError          **error)
{
  g_autoptr(GPtrArray) defaults = NULL;
  gint64 owner = 0;

  if (swv_id == 0 || !list_owner (self, swv_id, &owner, error))
    return swv_id == 0;
  if (owner == swv_id)
    return TRUE;

  defaults = list_items (self, ITEM_QUERY " WHERE organisation_id IS NULL ORDER BY position, id", 0, error);
  if (defaults == NULL)
    return FALSE;

  for (guint i = 0; i < defaults->len; i++)
    {
      PassendTlvChecklistItem *item = g_ptr_array_index (defaults, i);
      gint64 id = 0;

      if (!insert_item (self, swv_id, passend_tlv_checklist_item_get_position (item),
                        passend_tlv_checklist_item_get_code (item), passend_tlv_checklist_item_get_label (item),
                        passend_tlv_checklist_item_get_source (item), passend_tlv_checklist_item_get_required (item),
                        passend_tlv_checklist_item_get_archived (item), &id, error) ||
          !move_parts (self, swv_id, passend_tlv_checklist_item_get_id (item), id, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_item (PassendTlvChecklistItem  *item,
            GError                  **error)
{
  if (_passend_is_blank (passend_tlv_checklist_item_get_label (item)))
    return _passend_database_invalid (error, _("A checklist item needs a name."));

  return TRUE;
}

static gboolean
finish (PassendDatabase  *self,
        gboolean          ok,
        GError          **error)
{
  return _passend_tlv_finish (self, ok, 0, 0, FALSE, FALSE, error);
}

gboolean
passend_database_add_tlv_checklist_item (PassendDatabase          *self,
                                         gint64                    swv_id,
                                         PassendTlvChecklistItem  *item,
                                         GError                  **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  guint position = 0;
  gint64 id = 0;
  gboolean ok;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_TLV_CHECKLIST_ITEM (item), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_item (item, error))
    return FALSE;

  statement = _passend_database_prepare (self,
                                         "SELECT coalesce (max (position) + 1, 0) FROM tlv_checklist_item"
                                         " WHERE organisation_id IS ?1",
                                         error);
  if (statement == NULL || !_passend_database_write_begin (self, error))
    return FALSE;

  ok = ensure_own_list (self, swv_id, error);
  if (ok)
    {
      _passend_bind_id (statement, 1, swv_id);
      rc = sqlite3_step (statement);
      if (rc == SQLITE_ROW)
        position = (guint) sqlite3_column_int (statement, 0);
      else
        ok = _passend_database_fail (self, rc, NULL, error);
      sqlite3_reset (statement);
    }
  ok = ok && insert_item (self, swv_id, position, passend_tlv_checklist_item_get_code (item),
                          passend_tlv_checklist_item_get_label (item), passend_tlv_checklist_item_get_source (item),
                          passend_tlv_checklist_item_get_required (item), FALSE, &id, error);

  if (!finish (self, ok, error))
    return FALSE;

  passend_tlv_checklist_item_set_id (item, id);
  passend_tlv_checklist_item_set_organisation_id (item, swv_id);
  passend_tlv_checklist_item_set_position (item, position);
  return TRUE;
}

gboolean
passend_database_update_tlv_checklist_item (PassendDatabase          *self,
                                            PassendTlvChecklistItem  *item,
                                            GError                  **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(PassendTlvChecklistItem) stored = NULL;
  gint64 item_id;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_TLV_CHECKLIST_ITEM (item), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_item (item, error))
    return FALSE;

  item_id = passend_tlv_checklist_item_get_id (item);
  statement = _passend_database_prepare (self,
                                         "UPDATE tlv_checklist_item SET code = ?2, label = ?3, source = ?4,"
                                         " required = ?5 WHERE id = ?1",
                                         error);
  if (statement == NULL || !_passend_database_write_begin (self, error))
    return FALSE;

  stored = load_item (self, item_id, error);
  ok = stored != NULL;
  if (ok && passend_tlv_checklist_item_get_source (stored) != passend_tlv_checklist_item_get_source (item))
    {
      /* Parts were chosen for what the item took: keep them valid. */
      g_autoptr(GPtrArray) parts = NULL;
      g_autoptr(PassendStatement) count = _passend_database_prepare (self,
                                                                     "SELECT count (*) FROM tlv_part"
                                                                     " WHERE checklist_item_id = ?1",
                                                                     error);

      ok = count != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (count, 1, item_id);
          ok = sqlite3_step (count) == SQLITE_ROW;
          if (ok && sqlite3_column_int64 (count, 0) > 0)
            ok = _passend_database_invalid (error, _("What an item takes cannot change while requests use it."));
        }
    }
  if (ok)
    {
      sqlite3_bind_int64 (statement, 1, item_id);
      _passend_bind_text (statement, 2, passend_tlv_checklist_item_get_code (item));
      _passend_bind_text (statement, 3, passend_tlv_checklist_item_get_label (item));
      sqlite3_bind_text (statement, 4,
                         passend_tlv_checklist_source_to_string (passend_tlv_checklist_item_get_source (item)), -1,
                         SQLITE_STATIC);
      sqlite3_bind_int (statement, 5, passend_tlv_checklist_item_get_required (item) ? 1 : 0);
      ok = _passend_database_step_done (self, statement, error) &&
           _passend_database_audit (self, "update", "tlv-checklist-item", item_id, error);
    }

  return finish (self, ok, error);
}

gboolean
passend_database_move_tlv_checklist_item (PassendDatabase  *self,
                                          gint64            item_id,
                                          guint             position,
                                          GError          **error)
{
  g_autoptr(PassendTlvChecklistItem) stored = NULL;
  g_autoptr(GPtrArray) items = NULL;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  stored = load_item (self, item_id, error);
  ok = stored != NULL;
  if (ok)
    items = list_items (self, ITEM_QUERY " WHERE organisation_id IS ?1 ORDER BY position, id",
                        passend_tlv_checklist_item_get_organisation_id (stored), error);
  ok = ok && items != NULL;
  if (ok)
    {
      g_autoptr(PassendStatement) update = NULL;
      guint from = 0;

      /* Renumber the whole list: positions stay 0, 1, 2 … */
      for (guint i = 0; i < items->len; i++)
        if (passend_tlv_checklist_item_get_id (g_ptr_array_index (items, i)) == item_id)
          from = i;
      position = MIN (position, items->len - 1);
      g_ptr_array_insert (items, (int) position, g_ptr_array_steal_index (items, from));

      update = _passend_database_prepare (self, "UPDATE tlv_checklist_item SET position = ?2 WHERE id = ?1", error);
      ok = update != NULL;
      for (guint i = 0; ok && i < items->len; i++)
        {
          /* A stepped statement takes no new bindings until reset. */
          sqlite3_reset (update);
          sqlite3_bind_int64 (update, 1, passend_tlv_checklist_item_get_id (g_ptr_array_index (items, i)));
          sqlite3_bind_int (update, 2, (int) i);
          ok = _passend_database_step_done (self, update, error);
        }
      ok = ok && _passend_database_audit (self, "update", "tlv-checklist-item", item_id, error);
    }

  return finish (self, ok, error);
}

gboolean
passend_database_archive_tlv_checklist_item (PassendDatabase  *self,
                                             gint64            item_id,
                                             gboolean          archived,
                                             GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  statement = _passend_database_prepare (self, "UPDATE tlv_checklist_item SET archived = ?2 WHERE id = ?1", error);
  if (statement == NULL || !_passend_database_write_begin (self, error))
    return FALSE;

  sqlite3_bind_int64 (statement, 1, item_id);
  sqlite3_bind_int (statement, 2, archived ? 1 : 0);
  ok = _passend_database_step_done (self, statement, error);
  if (ok && sqlite3_changes (_passend_database_get_handle (self)) == 0)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("The checklist item no longer exists."));
      ok = FALSE;
    }
  ok = ok && _passend_database_audit (self, "update", "tlv-checklist-item", item_id, error);

  return finish (self, ok, error);
}

gboolean
passend_database_reset_tlv_checklist (PassendDatabase  *self,
                                     gint64            swv_id,
                                     GError          **error)
{
  g_autoptr(PassendStatement) archive = NULL;
  g_autoptr(PassendStatement) restore = NULL;
  const PassendTlvChecklistSeed *seed;
  guint n_seed = 0;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  seed = passend_tlv_checklist_seed (&n_seed);
  archive = _passend_database_prepare (self,
                                       "UPDATE tlv_checklist_item SET archived = 1, position = position + ?2"
                                       " WHERE organisation_id IS ?1",
                                       error);
  restore = _passend_database_prepare (self,
                                       "UPDATE tlv_checklist_item SET position = ?3, label = ?4, source = ?5,"
                                       " required = ?6, archived = 0"
                                       " WHERE id = (SELECT min (id) FROM tlv_checklist_item"
                                       "             WHERE organisation_id IS ?1 AND code = ?2)",
                                       error);
  if (archive == NULL || restore == NULL || !_passend_database_write_begin (self, error))
    return FALSE;

  /* Only an SWV that has a list of its own resets it; for the others
   * the default list already applies. */
  ok = ensure_own_list (self, swv_id, error);
  if (ok)
    {
      /* Everything goes behind the seed items, archived. */
      _passend_bind_id (archive, 1, swv_id);
      sqlite3_bind_int (archive, 2, (int) n_seed);
      ok = _passend_database_step_done (self, archive, error);
    }
  for (guint i = 0; ok && i < n_seed; i++)
    {
      gint64 id = 0;

      sqlite3_reset (restore);
      _passend_bind_id (restore, 1, swv_id);
      sqlite3_bind_text (restore, 2, seed[i].code, -1, SQLITE_STATIC);
      sqlite3_bind_int (restore, 3, (int) i);
      sqlite3_bind_text (restore, 4, seed[i].label, -1, SQLITE_STATIC);
      sqlite3_bind_text (restore, 5, passend_tlv_checklist_source_to_string (seed[i].source), -1, SQLITE_STATIC);
      sqlite3_bind_int (restore, 6, seed[i].required ? 1 : 0);
      ok = _passend_database_step_done (self, restore, error);
      if (ok && sqlite3_changes (_passend_database_get_handle (self)) == 0)
        ok = insert_item (self, swv_id, i, seed[i].code, seed[i].label, seed[i].source, seed[i].required, FALSE,
                          &id, error);
    }
  ok = ok && _passend_database_audit (self, "update", "tlv-checklist", swv_id, error);

  return finish (self, ok, error);
}

/* The SWV's rule */

gboolean
passend_database_load_tlv_swv_rule (PassendDatabase    *self,
                                    gint64              swv_id,
                                    PassendTlvSwvRule  *rule,
                                    GError            **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (rule != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  passend_tlv_swv_rule_init (rule);
  if (swv_id == 0)
    return TRUE;

  statement = _passend_database_prepare (self,
                                         "SELECT strict_advice, all_guardians_sign, student_signs_from"
                                         " FROM tlv_swv_rule WHERE organisation_id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, swv_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    {
      rule->strict_advice = sqlite3_column_int (statement, 0) != 0;
      rule->all_guardians_sign = sqlite3_column_int (statement, 1) != 0;
      rule->student_signs_from = sqlite3_column_int (statement, 2);
    }
  else if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

gboolean
passend_database_set_tlv_swv_rule (PassendDatabase          *self,
                                   gint64                    swv_id,
                                   const PassendTlvSwvRule  *rule,
                                   GError                  **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (rule != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (swv_id <= 0)
    return _passend_database_invalid (error, _("Choose the samenwerkingsverband the rule is for."));
  if (rule->student_signs_from < 0 || rule->student_signs_from > 18)
    return _passend_database_invalid (error, _("The student signs from an age between 0 and 18."));

  statement = _passend_database_prepare (self,
                                         "INSERT INTO tlv_swv_rule (organisation_id, strict_advice,"
                                         " all_guardians_sign, student_signs_from) VALUES (?1, ?2, ?3, ?4)"
                                         " ON CONFLICT (organisation_id) DO UPDATE SET"
                                         " strict_advice = excluded.strict_advice,"
                                         " all_guardians_sign = excluded.all_guardians_sign,"
                                         " student_signs_from = excluded.student_signs_from",
                                         error);
  if (statement == NULL || !_passend_database_write_begin (self, error))
    return FALSE;

  sqlite3_bind_int64 (statement, 1, swv_id);
  sqlite3_bind_int (statement, 2, rule->strict_advice ? 1 : 0);
  sqlite3_bind_int (statement, 3, rule->all_guardians_sign ? 1 : 0);
  sqlite3_bind_int (statement, 4, rule->student_signs_from);
  ok = _passend_database_step_done (self, statement, error) &&
       _passend_database_audit (self, "update", "tlv-swv-rule", swv_id, error);

  return finish (self, ok, error);
}
