/* passend-database-partners-merge.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "passend-database-partners-private.h"

/* Where partners are referred to: counting, deleting and merging. Every
 * column of the schema that points at person or organisation has one
 * Reference below; a merge moves them all, then proves with the schema's
 * own foreign-key list that nothing points at the duplicate any more
 * before it deletes it, so a column added later without a Reference
 * makes the merge fail whole rather than lose what it pointed to. */

typedef struct
{
  gsize        usage_offset;
  const char  *count_sql;
  /* Run in order with ?1 the partner kept and ?2 the duplicate. */
  const char  *move_sql[2];
  /* What a move changes, for "changed". */
  const char  *entity;
} Reference;

#define USAGE(field) G_STRUCT_OFFSET (PassendPartnerUsage, field)

static const Reference person_references[] = {
  { USAGE (mentor_of),
    "SELECT count(*) FROM student WHERE mentor_id = ?1",
    { "UPDATE student SET mentor_id = ?1 WHERE mentor_id = ?2", NULL },
    "student" },
  { USAGE (regie),
    "SELECT count(*) FROM support_status WHERE regie_person_id = ?1",
    { "UPDATE support_status SET regie_person_id = ?1 WHERE regie_person_id = ?2", NULL },
    "support-status" },
  { USAGE (regie_history),
    "SELECT count(*) FROM support_status_history WHERE regie_person_id = ?1",
    { "UPDATE support_status_history SET regie_person_id = ?1 WHERE regie_person_id = ?2", NULL },
    "support-status" },
  /* The key is (student, person): a student who had both keeps one row,
   * with the note that says something. */
  { USAGE (involved),
    "SELECT count(*) FROM student_person WHERE person_id = ?1",
    { "INSERT INTO student_person (student_id, person_id, note) "
      "SELECT student_id, ?1, note FROM student_person WHERE person_id = ?2 "
      "ON CONFLICT (student_id, person_id) DO UPDATE SET note = "
      "CASE WHEN student_person.note = '' THEN excluded.note ELSE student_person.note END",
      "DELETE FROM student_person WHERE person_id = ?2" },
    "student" },
  { USAGE (interventions),
    "SELECT count(*) FROM intervention WHERE provider_person_id = ?1",
    { "UPDATE intervention SET provider_person_id = ?1 WHERE provider_person_id = ?2", NULL },
    "intervention" },
  { USAGE (meetings_chaired),
    "SELECT count(*) FROM meeting WHERE chair_person_id = ?1",
    { "UPDATE meeting SET chair_person_id = ?1 WHERE chair_person_id = ?2", NULL },
    "meeting" },
  { USAGE (meetings_minuted),
    "SELECT count(*) FROM meeting WHERE minute_taker_person_id = ?1",
    { "UPDATE meeting SET minute_taker_person_id = ?1 WHERE minute_taker_person_id = ?2", NULL },
    "meeting" },
  /* Invited twice to one item would put one name twice on the agenda. */
  { USAGE (invitations),
    "SELECT count(*) FROM meeting_invitee WHERE person_id = ?1",
    { "DELETE FROM meeting_invitee WHERE person_id = ?2 "
      "AND item_id IN (SELECT item_id FROM meeting_invitee WHERE person_id = ?1)",
      "UPDATE meeting_invitee SET person_id = ?1 WHERE person_id = ?2" },
    "meeting" },
  { USAGE (actions),
    "SELECT count(*) FROM meeting_action WHERE owner_person_id = ?1",
    { "UPDATE meeting_action SET owner_person_id = ?1 WHERE owner_person_id = ?2", NULL },
    "meeting" },
};

static const Reference organisation_references[] = {
  { USAGE (members),
    "SELECT count(*) FROM person WHERE organisation_id = ?1",
    { "UPDATE person SET organisation_id = ?1 WHERE organisation_id = ?2", NULL },
    "person" },
  { USAGE (interventions),
    "SELECT count(*) FROM intervention WHERE provider_organisation_id = ?1",
    { "UPDATE intervention SET provider_organisation_id = ?1 WHERE provider_organisation_id = ?2", NULL },
    "intervention" },
  { USAGE (consents),
    "SELECT count(*) FROM consent WHERE organisation_id = ?1",
    { "UPDATE consent SET organisation_id = ?1 WHERE organisation_id = ?2", NULL },
    "consent" },
  { USAGE (invitations),
    "SELECT count(*) FROM meeting_invitee WHERE organisation_id = ?1",
    { "DELETE FROM meeting_invitee WHERE organisation_id = ?2 "
      "AND item_id IN (SELECT item_id FROM meeting_invitee WHERE organisation_id = ?1)",
      "UPDATE meeting_invitee SET organisation_id = ?1 WHERE organisation_id = ?2" },
    "meeting" },
  { USAGE (tlv_requests),
    "SELECT count(*) FROM tlv_request WHERE swv_id = ?1 OR target_school_id = ?1",
    { "UPDATE tlv_request SET swv_id = ?1 WHERE swv_id = ?2",
      "UPDATE tlv_request SET target_school_id = ?1 WHERE target_school_id = ?2" },
    "tlv" },
  /* A dossier checklist of the duplicate follows the one kept's, in its
   * own order: its items may already be ticked off in requests. */
  { USAGE (tlv_settings),
    "SELECT count(*) FROM tlv_checklist_item WHERE organisation_id = ?1",
    { "UPDATE tlv_checklist_item SET position = position + "
      "(SELECT coalesce (max (position) + 1, 0) FROM tlv_checklist_item WHERE organisation_id = ?1) "
      "WHERE organisation_id = ?2",
      "UPDATE tlv_checklist_item SET organisation_id = ?1 WHERE organisation_id = ?2" },
    "tlv" },
  /* One rule per SWV: the one kept keeps its own when it has one. */
  { USAGE (tlv_settings),
    "SELECT count(*) FROM tlv_swv_rule WHERE organisation_id = ?1",
    { "INSERT OR IGNORE INTO tlv_swv_rule (organisation_id, strict_advice, all_guardians_sign, student_signs_from) "
      "SELECT ?1, strict_advice, all_guardians_sign, student_signs_from FROM tlv_swv_rule WHERE organisation_id = ?2",
      "DELETE FROM tlv_swv_rule WHERE organisation_id = ?2" },
    "tlv" },
};

#undef USAGE

static const Reference *
references_for (PassendPartnerKind  kind,
                guint              *n_references)
{
  if (kind == PASSEND_PARTNER_KIND_PERSON)
    {
      *n_references = G_N_ELEMENTS (person_references);
      return person_references;
    }

  *n_references = G_N_ELEMENTS (organisation_references);
  return organisation_references;
}

guint
passend_partner_usage_total (const PassendPartnerUsage *usage)
{
  g_return_val_if_fail (usage != NULL, 0);

  return usage->mentor_of + usage->regie + usage->regie_history + usage->involved +
         usage->interventions + usage->consents + usage->members + usage->meetings_chaired +
         usage->meetings_minuted + usage->invitations + usage->actions + usage->tlv_requests +
         usage->tlv_settings;
}

gboolean
passend_database_get_partner_usage (PassendDatabase      *self,
                                    PassendPartnerKind    kind,
                                    gint64                id,
                                    PassendPartnerUsage  *usage,
                                    GError              **error)
{
  const Reference *references;
  guint n_references;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (kind <= PASSEND_PARTNER_KIND_ORGANISATION, FALSE);
  g_return_val_if_fail (usage != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (usage, 0, sizeof *usage);
  references = references_for (kind, &n_references);

  for (guint i = 0; i < n_references; i++)
    {
      g_autoptr(PassendStatement) statement = NULL;
      int rc;

      statement = _passend_database_prepare (self, references[i].count_sql, error);
      if (statement == NULL)
        return FALSE;

      sqlite3_bind_int64 (statement, 1, id);
      rc = sqlite3_step (statement);
      if (rc != SQLITE_ROW)
        return _passend_database_fail (self, rc, NULL, error);

      G_STRUCT_MEMBER (guint, usage, references[i].usage_offset) += (guint) sqlite3_column_int64 (statement, 0);
    }

  return TRUE;
}

/* Whether any column the schema declares as a foreign key to @kind's
 * table still points at @id: the check that does not depend on the
 * Reference tables above being complete. */
static gboolean
is_referenced (PassendDatabase     *self,
               PassendPartnerKind   kind,
               gint64               id,
               gboolean            *referenced,
               GError             **error)
{
  g_autoptr(PassendStatement) columns = NULL;
  int rc;

  *referenced = FALSE;

  columns = _passend_database_prepare (self,
                                       "SELECT m.name, f.\"from\" FROM sqlite_master m, "
                                       "pragma_foreign_key_list (m.name) f "
                                       "WHERE m.type = 'table' AND f.\"table\" = ?1",
                                       error);
  if (columns == NULL)
    return FALSE;

  sqlite3_bind_text (columns, 1, passend_partner_kind_to_code (kind), -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (columns)) == SQLITE_ROW)
    {
      g_autoptr(PassendStatement) statement = NULL;
      g_autofree char *sql = NULL;
      int found;

      /* Identifiers from the schema itself, never from input. */
      sql = g_strdup_printf ("SELECT 1 FROM \"%s\" WHERE \"%s\" = ?1 LIMIT 1",
                             (const char *) sqlite3_column_text (columns, 0),
                             (const char *) sqlite3_column_text (columns, 1));
      statement = _passend_database_prepare (self, sql, error);
      if (statement == NULL)
        return FALSE;

      sqlite3_bind_int64 (statement, 1, id);
      found = sqlite3_step (statement);
      if (found == SQLITE_ROW)
        {
          *referenced = TRUE;
          return TRUE;
        }
      if (found != SQLITE_DONE)
        return _passend_database_fail (self, found, NULL, error);
    }

  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);
  return TRUE;
}

static gboolean
delete_row (PassendDatabase     *self,
            PassendPartnerKind   kind,
            gint64               id,
            GError             **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self,
                                         kind == PASSEND_PARTNER_KIND_PERSON
                                         ? "DELETE FROM person WHERE id = ?1"
                                         : "DELETE FROM organisation WHERE id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, id);
  return _passend_database_step_done (self, statement, error) &&
         _passend_database_audit (self, "delete", passend_partner_kind_to_code (kind), id, error);
}

gboolean
passend_database_delete_partner (PassendDatabase     *self,
                                 PassendPartnerKind   kind,
                                 gint64               id,
                                 GError             **error)
{
  g_autoptr(PassendPartner) partner = NULL;
  gboolean referenced;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (kind <= PASSEND_PARTNER_KIND_ORGANISATION, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  partner = passend_database_get_partner (self, kind, id, error);
  if (partner == NULL)
    return FALSE;

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  if (!is_referenced (self, kind, id, &referenced, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (referenced)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT,
                           kind == PASSEND_PARTNER_KIND_PERSON
                           ? _("This person is named in student records or meetings, so they stay: archive them, or merge them into another person.")
                           : _("This organisation is named in student records, meetings or by people, so it stays: archive it, or merge it into another organisation."));
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!delete_row (self, kind, id, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_database_changed (self, passend_partner_kind_to_code (kind), id);
  return TRUE;
}

static gboolean
run_move (PassendDatabase  *self,
          const char       *sql,
          gint64            keep_id,
          gint64            duplicate_id,
          gboolean         *changed,
          GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self, sql, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, keep_id);
  sqlite3_bind_int64 (statement, 2, duplicate_id);
  if (!_passend_database_step_done (self, statement, error))
    return FALSE;

  if (sqlite3_changes (_passend_database_get_handle (self)) > 0)
    *changed = TRUE;
  return TRUE;
}

/* The empty fields of the one kept take the duplicate's: a merge should
 * not lose the phone number only the duplicate had. */
static const char * const fill_sql[] = {
  [PASSEND_PARTNER_KIND_PERSON] =
    "UPDATE person SET "
    "role = CASE WHEN person.role = '' THEN d.role ELSE person.role END, "
    "code = CASE WHEN person.code = '' THEN d.code ELSE person.code END, "
    "organisation_id = coalesce (person.organisation_id, d.organisation_id), "
    "email = CASE WHEN person.email = '' THEN d.email ELSE person.email END, "
    "phone = CASE WHEN person.phone = '' THEN d.phone ELSE person.phone END, "
    "note = CASE WHEN person.note = '' THEN d.note ELSE person.note END "
    "FROM (SELECT role, code, organisation_id, email, phone, note FROM person WHERE id = ?2) d "
    "WHERE person.id = ?1",
  [PASSEND_PARTNER_KIND_ORGANISATION] =
    "UPDATE organisation SET "
    "email = CASE WHEN organisation.email = '' THEN d.email ELSE organisation.email END, "
    "phone = CASE WHEN organisation.phone = '' THEN d.phone ELSE organisation.phone END, "
    "address = CASE WHEN organisation.address = '' THEN d.address ELSE organisation.address END, "
    "note = CASE WHEN organisation.note = '' THEN d.note ELSE organisation.note END "
    "FROM (SELECT email, phone, address, note FROM organisation WHERE id = ?2) d "
    "WHERE organisation.id = ?1",
};

static gboolean
merge_within (PassendDatabase     *self,
              PassendPartnerKind   kind,
              gint64               keep_id,
              gint64               duplicate_id,
              GPtrArray           *changed_entities,
              GError             **error)
{
  const Reference *references;
  guint n_references;
  gboolean referenced;
  gboolean changed = FALSE;

  references = references_for (kind, &n_references);
  for (guint i = 0; i < n_references; i++)
    {
      gboolean moved = FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (references[i].move_sql) && references[i].move_sql[j] != NULL; j++)
        if (!run_move (self, references[i].move_sql[j], keep_id, duplicate_id, &moved, error))
          return FALSE;

      if (moved && !g_ptr_array_find_with_equal_func (changed_entities, references[i].entity, g_str_equal, NULL))
        g_ptr_array_add (changed_entities, (gpointer) references[i].entity);
    }

  if (!run_move (self, fill_sql[kind], keep_id, duplicate_id, &changed, error))
    return FALSE;

  if (!is_referenced (self, kind, duplicate_id, &referenced, error))
    return FALSE;
  if (referenced)
    {
      g_warning ("Merging %s %" G_GINT64_FORMAT ": a reference was not moved",
                 passend_partner_kind_to_code (kind), duplicate_id);
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_FAILED,
                           _("Not every use of the duplicate could be moved, so nothing was merged."));
      return FALSE;
    }

  return delete_row (self, kind, duplicate_id, error) &&
         _passend_database_audit (self, "update", passend_partner_kind_to_code (kind), keep_id, error);
}

gboolean
passend_database_merge_partners (PassendDatabase     *self,
                                 PassendPartnerKind   keep_kind,
                                 gint64               keep_id,
                                 PassendPartnerKind   duplicate_kind,
                                 gint64               duplicate_id,
                                 GError             **error)
{
  g_autoptr(PassendPartner) keep = NULL;
  g_autoptr(PassendPartner) duplicate = NULL;
  g_autoptr(GPtrArray) changed_entities = NULL;
  const char *entity;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (keep_kind <= PASSEND_PARTNER_KIND_ORGANISATION, FALSE);
  g_return_val_if_fail (duplicate_kind <= PASSEND_PARTNER_KIND_ORGANISATION, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (keep_kind != duplicate_kind)
    return _passend_database_invalid (error, _("A person and an organisation cannot be merged."));
  if (keep_id == duplicate_id)
    return _passend_database_invalid (error, _("A partner cannot be merged with itself."));

  keep = passend_database_get_partner (self, keep_kind, keep_id, error);
  if (keep == NULL)
    return FALSE;
  duplicate = passend_database_get_partner (self, duplicate_kind, duplicate_id, error);
  if (duplicate == NULL)
    return FALSE;

  changed_entities = g_ptr_array_new ();

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  if (!merge_within (self, keep_kind, keep_id, duplicate_id, changed_entities, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  g_debug ("Merged %s %" G_GINT64_FORMAT " into %" G_GINT64_FORMAT,
           passend_partner_kind_to_code (keep_kind), duplicate_id, keep_id);

  entity = passend_partner_kind_to_code (keep_kind);
  _passend_database_changed (self, entity, duplicate_id);
  _passend_database_changed (self, entity, keep_id);
  for (guint i = 0; i < changed_entities->len; i++)
    _passend_database_changed (self, g_ptr_array_index (changed_entities, i), 0);
  return TRUE;
}
