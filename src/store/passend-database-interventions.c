/* passend-database-interventions.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "passend-database-private.h"
#include "passend-intervention-rules.h"
#include "passend-text.h"

/* Each student's interventions and arrangements (area
 * "interventions"). Every change to a student's intervention lands on
 * the timeline in the same transaction, in Dutch, linked through
 * timeline_entry.intervention_id: the record a TLV committee reads. */

#define INTERVENTION_QUERY \
  "SELECT i.id, i.student_id, i.kind_id, k.name, k.support_level, i.provider_person_id," \
  " i.provider_organisation_id, p.given_name, p.tussenvoegsel, p.family_name, o.name, i.status," \
  " i.start_on, i.planned_end_on, i.planned_sessions, i.sessions_held, i.goal, i.evaluation_on," \
  " i.evaluation_outcome" \
  " FROM intervention AS i" \
  " JOIN intervention_kind AS k ON k.id = i.kind_id" \
  " LEFT JOIN person AS p ON p.id = i.provider_person_id" \
  " LEFT JOIN organisation AS o ON o.id = i.provider_organisation_id"

/* Providers */

void
passend_intervention_provider_free (PassendInterventionProvider *provider)
{
  if (provider == NULL)
    return;

  g_free (provider->name);
  g_free (provider->detail);
  g_free (provider);
}

GPtrArray *
passend_database_list_intervention_providers (PassendDatabase  *self,
                                              GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GPtrArray) providers = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_intervention_provider_free);
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Organisations first, then people by family name. */
  statement = _passend_database_prepare (self,
                                         "SELECT 0, id, '', '', name, '' FROM organisation"
                                         " UNION ALL"
                                         " SELECT p.id, 0, p.given_name, p.tussenvoegsel, p.family_name,"
                                         "  CASE WHEN o.name IS NULL THEN p.role ELSE o.name END"
                                         " FROM person AS p LEFT JOIN organisation AS o ON o.id = p.organisation_id",
                                         error);
  if (statement == NULL)
    return NULL;

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      PassendInterventionProvider *provider = g_new0 (PassendInterventionProvider, 1);

      provider->person_id = sqlite3_column_int64 (statement, 0);
      provider->organisation_id = sqlite3_column_int64 (statement, 1);
      provider->name = passend_text_join_name (_passend_column_text (statement, 2),
                                               _passend_column_text (statement, 3),
                                               _passend_column_text (statement, 4));
      provider->detail = g_strdup (_passend_column_text (statement, 5));
      g_ptr_array_add (providers, provider);
    }

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return g_steal_pointer (&providers);
}

/* A student's interventions */

static PassendIntervention *
intervention_from_row (PassendStatement *statement)
{
  PassendIntervention *intervention;
  PassendSupportLevel level = PASSEND_SUPPORT_LEVEL_BASIS;
  PassendInterventionStatus status = PASSEND_INTERVENTION_PROPOSED;
  g_autofree char *provider = NULL;

  intervention = passend_intervention_new (sqlite3_column_int64 (statement, 1), sqlite3_column_int64 (statement, 2));
  passend_intervention_set_id (intervention, sqlite3_column_int64 (statement, 0));
  passend_intervention_set_kind_name (intervention, _passend_column_text (statement, 3));
  passend_support_level_from_code (_passend_column_text (statement, 4), &level);
  passend_intervention_set_support_level (intervention, level);
  passend_intervention_set_provider_person_id (intervention, sqlite3_column_int64 (statement, 5));
  passend_intervention_set_provider_organisation_id (intervention, sqlite3_column_int64 (statement, 6));
  if (sqlite3_column_type (statement, 9) != SQLITE_NULL)
    provider = passend_text_join_name (_passend_column_text (statement, 7), _passend_column_text (statement, 8),
                                       _passend_column_text (statement, 9));
  else
    provider = g_strdup (_passend_column_text (statement, 10));
  passend_intervention_set_provider_name (intervention, provider);
  passend_intervention_status_from_code (_passend_column_text (statement, 11), &status);
  passend_intervention_set_status (intervention, status);
  passend_intervention_set_start_on (intervention, _passend_column_day (statement, 12));
  passend_intervention_set_planned_end_on (intervention, _passend_column_day (statement, 13));
  passend_intervention_set_planned_sessions (intervention, sqlite3_column_int (statement, 14));
  passend_intervention_set_sessions_held (intervention, sqlite3_column_int (statement, 15));
  passend_intervention_set_goal (intervention, _passend_column_text (statement, 16));
  passend_intervention_set_evaluation_on (intervention, _passend_column_day (statement, 17));
  passend_intervention_set_evaluation_outcome (intervention, _passend_column_text (statement, 18));
  return intervention;
}

PassendIntervention *
passend_database_get_intervention (PassendDatabase  *self,
                                   gint64            intervention_id,
                                   GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self, INTERVENTION_QUERY " WHERE i.id = ?1", error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, intervention_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    return intervention_from_row (statement);
  if (rc == SQLITE_DONE)
    g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                         _("This intervention does not exist."));
  else
    _passend_database_fail (self, rc, NULL, error);
  return NULL;
}

GListModel *
passend_database_list_interventions (PassendDatabase  *self,
                                     gint64            student_id,
                                     GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  GListStore *store;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Those still to come or running first, then the rest, newest first. */
  statement = _passend_database_prepare (self,
                                         INTERVENTION_QUERY
                                         " WHERE i.student_id = ?1"
                                         " ORDER BY i.status IN ('evaluated', 'ended', 'refused'),"
                                         "  coalesce (i.start_on, date (i.created_at, 'unixepoch')) DESC, i.id DESC",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, student_id);
  store = g_list_store_new (PASSEND_TYPE_INTERVENTION);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      g_autoptr(PassendIntervention) intervention = intervention_from_row (statement);

      g_list_store_append (store, intervention);
    }

  if (rc != SQLITE_DONE)
    {
      g_object_unref (store);
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return G_LIST_MODEL (store);
}

static PassendEntryKind
entry_kind_for_status (PassendInterventionStatus status)
{
  switch (status)
    {
    case PASSEND_INTERVENTION_RUNNING:
      return PASSEND_ENTRY_KIND_INTERVENTION_START;
    case PASSEND_INTERVENTION_EVALUATED:
    case PASSEND_INTERVENTION_ENDED:
      return PASSEND_ENTRY_KIND_INTERVENTION_END;
    case PASSEND_INTERVENTION_PROPOSED:
    case PASSEND_INTERVENTION_REQUESTED:
    case PASSEND_INTERVENTION_GRANTED:
    case PASSEND_INTERVENTION_EXTENDED:
    case PASSEND_INTERVENTION_REFUSED:
    default:
      return PASSEND_ENTRY_KIND_DECISION;
    }
}

/* A timeline entry about @intervention, inside the caller's write, with
 * its audit row and its link to the intervention. */
static gboolean
record (PassendDatabase      *self,
        PassendIntervention  *intervention,
        PassendEntryKind      kind,
        gint64                occurred_at,
        const char           *title,
        const char           *body,
        GError              **error)
{
  g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();
  g_autoptr(PassendStatement) link = NULL;
  gint64 entry_id = 0;

  passend_timeline_entry_set_student_id (entry, passend_intervention_get_student_id (intervention));
  passend_timeline_entry_set_kind (entry, kind);
  passend_timeline_entry_set_occurred_at (entry, occurred_at);
  passend_timeline_entry_set_author (entry, passend_database_get_actor (self));
  passend_timeline_entry_set_title (entry, title);
  passend_timeline_entry_set_body (entry, body != NULL ? body : "");
  passend_timeline_entry_set_confidentiality (entry, PASSEND_CONFIDENTIALITY_NORMAL);
  passend_timeline_entry_set_is_fact (entry, TRUE);

  if (!_passend_database_insert_entry (self, entry, &entry_id, error))
    return FALSE;

  link = _passend_database_prepare (self, "UPDATE timeline_entry SET intervention_id = ?1 WHERE id = ?2", error);
  if (link == NULL)
    return FALSE;
  sqlite3_bind_int64 (link, 1, passend_intervention_get_id (intervention));
  sqlite3_bind_int64 (link, 2, entry_id);

  return _passend_database_step_done (self, link, error) &&
         _passend_database_audit (self, "create", "timeline-entry", entry_id, error);
}

/* The Dutch details of an intervention as the record states them. */
static char *
dup_details (PassendIntervention *intervention)
{
  GString *body = g_string_new (NULL);
  const char *provider = passend_intervention_get_provider_name (intervention);

  if (provider[0] != '\0')
    g_string_append_printf (body, "Aanbieder: %s.\n", provider);
  if (passend_intervention_get_start_on (intervention) != PASSEND_DAY_NONE)
    {
      g_autofree char *start = passend_day_format_dutch (passend_intervention_get_start_on (intervention));

      g_string_append_printf (body, "Start: %s.\n", start);
    }
  if (passend_intervention_get_planned_end_on (intervention) != PASSEND_DAY_NONE)
    {
      g_autofree char *end = passend_day_format_dutch (passend_intervention_get_planned_end_on (intervention));

      g_string_append_printf (body, "Gepland einde: %s.\n", end);
    }
  if (passend_intervention_get_planned_sessions (intervention) > 0)
    g_string_append_printf (body, "Aantal sessies: %d.\n", passend_intervention_get_planned_sessions (intervention));
  if (passend_intervention_get_goal (intervention)[0] != '\0')
    g_string_append_printf (body, "Doel: %s\n", passend_intervention_get_goal (intervention));

  while (body->len > 0 && body->str[body->len - 1] == '\n')
    g_string_truncate (body, body->len - 1);
  return g_string_free (body, FALSE);
}

static gboolean
record_status (PassendDatabase      *self,
               PassendIntervention  *intervention,
               PassendDay            day,
               const char           *note,
               GError              **error)
{
  PassendInterventionStatus status = passend_intervention_get_status (intervention);
  g_autofree char *title = g_strdup_printf ("%s %s", passend_intervention_get_kind_name (intervention),
                                            passend_intervention_status_get_dutch (status));
  g_autofree char *body = NULL;

  if (status == PASSEND_INTERVENTION_EVALUATED)
    body = g_strdup (passend_intervention_get_evaluation_outcome (intervention));
  else if (note != NULL && note[0] != '\0')
    body = g_strdup (note);
  else
    body = dup_details (intervention);

  return record (self, intervention, entry_kind_for_status (status), _passend_database_moment_of_day (day), title, body, error);
}

/* Fills in what the catalogue decides (the kind's name and level, the
 * planned end or sessions when not given) and refuses what the rules do
 * not allow. */
static gboolean
prepare_intervention (PassendDatabase      *self,
                      PassendIntervention  *intervention,
                      gboolean              is_new,
                      GError              **error)
{
  g_autoptr(PassendInterventionKind) kind = NULL;
  g_autoptr(GError) rule_error = NULL;
  PassendDay start = passend_intervention_get_start_on (intervention);

  if (passend_intervention_get_student_id (intervention) <= 0)
    return _passend_database_invalid (error, _("An intervention belongs to a student."));
  if (passend_intervention_get_provider_person_id (intervention) > 0 &&
      passend_intervention_get_provider_organisation_id (intervention) > 0)
    return _passend_database_invalid (error, _("The provider is a person or an organisation, not both."));

  kind = passend_database_get_intervention_kind (self, passend_intervention_get_kind_id (intervention), error);
  if (kind == NULL)
    return FALSE;
  if (is_new && passend_intervention_kind_get_archived (kind))
    return _passend_database_invalid (error, _("This kind of intervention is archived; choose another."));

  passend_intervention_set_kind_name (intervention, passend_intervention_kind_get_name (kind));
  passend_intervention_set_support_level (intervention, passend_intervention_kind_get_support_level (kind));
  if (passend_intervention_get_planned_end_on (intervention) == PASSEND_DAY_NONE)
    passend_intervention_set_planned_end_on (intervention, passend_intervention_rules_planned_end (kind, start));
  if (is_new && passend_intervention_get_planned_sessions (intervention) == 0)
    passend_intervention_set_planned_sessions (intervention, passend_intervention_kind_get_default_sessions (kind));

  if (!passend_intervention_rules_check_end (kind, start, passend_intervention_get_planned_end_on (intervention),
                                             &rule_error))
    return _passend_database_invalid (error, rule_error->message);

  return TRUE;
}

static void
bind_intervention (PassendStatement    *statement,
                   PassendIntervention *intervention)
{
  sqlite3_bind_int64 (statement, 1, passend_intervention_get_student_id (intervention));
  sqlite3_bind_int64 (statement, 2, passend_intervention_get_kind_id (intervention));
  _passend_bind_id (statement, 3, passend_intervention_get_provider_person_id (intervention));
  _passend_bind_id (statement, 4, passend_intervention_get_provider_organisation_id (intervention));
  sqlite3_bind_text (statement, 5, passend_intervention_status_to_code (passend_intervention_get_status (intervention)),
                     -1, SQLITE_STATIC);
  _passend_bind_day (statement, 6, passend_intervention_get_start_on (intervention));
  _passend_bind_day (statement, 7, passend_intervention_get_planned_end_on (intervention));
  _passend_bind_id (statement, 8, passend_intervention_get_planned_sessions (intervention));
  sqlite3_bind_int (statement, 9, passend_intervention_get_sessions_held (intervention));
  _passend_bind_text (statement, 10, passend_intervention_get_goal (intervention));
  _passend_bind_day (statement, 11, passend_intervention_get_evaluation_on (intervention));
  _passend_bind_text (statement, 12, passend_intervention_get_evaluation_outcome (intervention));
  sqlite3_bind_int64 (statement, 13, _passend_database_now ());
}

/* Announces a committed change: the timeline shows it, and an
 * extra-support intervention changes what the support status requires
 * (the OPP), so views of the status look again. */
static void
announce (PassendDatabase     *self,
          PassendIntervention *intervention,
          gboolean             recorded)
{
  _passend_database_changed (self, "intervention", passend_intervention_get_id (intervention));
  if (recorded)
    _passend_database_changed (self, "timeline-entry", 0);
  if (passend_intervention_get_support_level (intervention) == PASSEND_SUPPORT_LEVEL_EXTRA)
    _passend_database_changed (self, "support-status", passend_intervention_get_student_id (intervention));
}

static gboolean
add_intervention (PassendDatabase      *self,
                  PassendIntervention  *intervention,
                  gboolean              record_it,
                  GError              **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  if (passend_intervention_get_id (intervention) != 0)
    return _passend_database_invalid (error, _("This intervention is already stored."));
  if (!prepare_intervention (self, intervention, TRUE, error))
    return FALSE;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO intervention (student_id, kind_id, provider_person_id,"
                                         " provider_organisation_id, status, start_on, planned_end_on,"
                                         " planned_sessions, sessions_held, goal, evaluation_on,"
                                         " evaluation_outcome, created_at, updated_at)"
                                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
                                         error);
  if (statement == NULL || !_passend_database_write_begin (self, error))
    return FALSE;

  bind_intervention (statement, intervention);
  if (!_passend_database_step_done (self, statement, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  passend_intervention_set_id (intervention, sqlite3_last_insert_rowid (_passend_database_get_handle (self)));
  if (!_passend_database_audit (self, "create", "intervention", passend_intervention_get_id (intervention), error) ||
      (record_it && !record_status (self, intervention, passend_intervention_get_start_on (intervention), NULL, error)))
    {
      _passend_database_write_rollback (self);
      passend_intervention_set_id (intervention, 0);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    {
      passend_intervention_set_id (intervention, 0);
      return FALSE;
    }

  announce (self, intervention, record_it);
  return TRUE;
}

gboolean
passend_database_add_intervention (PassendDatabase      *self,
                                   PassendIntervention  *intervention,
                                   GError              **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_INTERVENTION (intervention), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return add_intervention (self, intervention, TRUE, error);
}

gboolean
_passend_database_add_intervention_unrecorded (PassendDatabase      *self,
                                               PassendIntervention  *intervention,
                                               GError              **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_INTERVENTION (intervention), FALSE);

  return add_intervention (self, intervention, FALSE, error);
}

/* What changed besides the status, in Dutch, for the record. */
static char *
dup_changes (PassendIntervention *before,
             PassendIntervention *after)
{
  GString *body = g_string_new (NULL);

  if (passend_intervention_get_provider_person_id (before) != passend_intervention_get_provider_person_id (after) ||
      passend_intervention_get_provider_organisation_id (before) !=
      passend_intervention_get_provider_organisation_id (after))
    g_string_append_printf (body, "Aanbieder: %s.\n",
                            passend_intervention_get_provider_name (after)[0] != '\0'
                            ? passend_intervention_get_provider_name (after) : "geen");
  if (passend_intervention_get_start_on (before) != passend_intervention_get_start_on (after) ||
      passend_intervention_get_planned_end_on (before) != passend_intervention_get_planned_end_on (after))
    {
      g_autofree char *start = passend_day_format_dutch (passend_intervention_get_start_on (after));
      g_autofree char *end = passend_day_format_dutch (passend_intervention_get_planned_end_on (after));

      g_string_append_printf (body, "Periode: %s – %s.\n", start, end);
    }
  if (passend_intervention_get_planned_sessions (before) != passend_intervention_get_planned_sessions (after))
    g_string_append_printf (body, "Aantal sessies: %d.\n", passend_intervention_get_planned_sessions (after));
  if (passend_intervention_get_sessions_held (before) != passend_intervention_get_sessions_held (after))
    g_string_append_printf (body, "Gehouden sessies: %d.\n", passend_intervention_get_sessions_held (after));
  if (g_strcmp0 (passend_intervention_get_goal (before), passend_intervention_get_goal (after)) != 0)
    g_string_append_printf (body, "Doel: %s\n", passend_intervention_get_goal (after));
  if (passend_intervention_get_evaluation_on (before) != passend_intervention_get_evaluation_on (after))
    {
      g_autofree char *day = passend_day_format_dutch (passend_intervention_get_evaluation_on (after));

      g_string_append_printf (body, "Evaluatie: %s.\n", day[0] != '\0' ? day : "geen datum");
    }
  if (g_strcmp0 (passend_intervention_get_evaluation_outcome (before),
                 passend_intervention_get_evaluation_outcome (after)) != 0)
    g_string_append_printf (body, "Uitkomst evaluatie: %s\n", passend_intervention_get_evaluation_outcome (after));

  while (body->len > 0 && body->str[body->len - 1] == '\n')
    g_string_truncate (body, body->len - 1);
  return g_string_free (body, FALSE);
}

/* Stores @intervention over the stored one: a new status lands on the
 * timeline as that status, other changes as one entry listing them. */
static gboolean
store_update (PassendDatabase      *self,
              PassendIntervention  *intervention,
              PassendDay            day,
              const char           *note,
              GError              **error)
{
  g_autoptr(PassendIntervention) before = NULL;
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *changes = NULL;
  gboolean status_changed;
  gboolean recorded = FALSE;

  before = passend_database_get_intervention (self, passend_intervention_get_id (intervention), error);
  if (before == NULL)
    return FALSE;
  if (passend_intervention_get_student_id (before) != passend_intervention_get_student_id (intervention))
    return _passend_database_invalid (error, _("An intervention cannot move to another student."));
  if (!prepare_intervention (self, intervention, passend_intervention_get_kind_id (before) !=
                                                 passend_intervention_get_kind_id (intervention), error))
    return FALSE;

  statement = _passend_database_prepare (self,
                                         "UPDATE intervention SET student_id = ?1, kind_id = ?2,"
                                         " provider_person_id = ?3, provider_organisation_id = ?4, status = ?5,"
                                         " start_on = ?6, planned_end_on = ?7, planned_sessions = ?8,"
                                         " sessions_held = ?9, goal = ?10, evaluation_on = ?11,"
                                         " evaluation_outcome = ?12, updated_at = ?13 WHERE id = ?14",
                                         error);
  if (statement == NULL || !_passend_database_write_begin (self, error))
    return FALSE;

  bind_intervention (statement, intervention);
  sqlite3_bind_int64 (statement, 14, passend_intervention_get_id (intervention));
  status_changed = passend_intervention_get_status (before) != passend_intervention_get_status (intervention);
  changes = dup_changes (before, intervention);

  if (!_passend_database_step_done (self, statement, error) ||
      !_passend_database_audit (self, "update", "intervention",
                                passend_intervention_get_id (intervention), error))
    goto failed;

  /* The provider's name follows the stored ids. */
  g_clear_object (&before);
  if (status_changed)
    {
      if (!record_status (self, intervention, day, note, error))
        goto failed;
      recorded = TRUE;
    }
  else if (changes[0] != '\0')
    {
      g_autofree char *title = NULL;

      /* Sessions held alone say so in the title: "PMT: 4 van 9 sessies gehouden". */
      if (g_str_has_prefix (changes, "Gehouden sessies:") && strchr (changes, '\n') == NULL)
        title = passend_intervention_get_planned_sessions (intervention) > 0
                ? g_strdup_printf ("%s: %d van %d sessies gehouden", passend_intervention_get_kind_name (intervention),
                                   passend_intervention_get_sessions_held (intervention),
                                   passend_intervention_get_planned_sessions (intervention))
                : g_strdup_printf ("%s: %d sessies gehouden", passend_intervention_get_kind_name (intervention),
                                   passend_intervention_get_sessions_held (intervention));
      else
        title = g_strdup_printf ("%s: afspraken gewijzigd", passend_intervention_get_kind_name (intervention));

      if (!record (self, intervention, PASSEND_ENTRY_KIND_DECISION, _passend_database_moment_of_day (day), title, changes, error))
        goto failed;
      recorded = TRUE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  announce (self, intervention, recorded);
  return TRUE;

failed:
  _passend_database_write_rollback (self);
  return FALSE;
}

gboolean
passend_database_update_intervention (PassendDatabase      *self,
                                      PassendIntervention  *intervention,
                                      GError              **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_INTERVENTION (intervention), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return store_update (self, intervention, PASSEND_DAY_NONE, NULL, error);
}

gboolean
passend_database_set_intervention_status (PassendDatabase            *self,
                                          gint64                      intervention_id,
                                          PassendInterventionStatus   status,
                                          PassendDay                  on,
                                          const char                 *note,
                                          GError                    **error)
{
  g_autoptr(PassendIntervention) intervention = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (status < PASSEND_INTERVENTION_N_STATUSES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  intervention = passend_database_get_intervention (self, intervention_id, error);
  if (intervention == NULL)
    return FALSE;
  if (passend_intervention_get_status (intervention) == status)
    return TRUE;

  /* Starting without a start day starts on @on: the planned end follows
   * from the kind. */
  if (status == PASSEND_INTERVENTION_RUNNING && passend_intervention_get_start_on (intervention) == PASSEND_DAY_NONE)
    {
      passend_intervention_set_start_on (intervention, on != PASSEND_DAY_NONE ? on : passend_day_today ());
      passend_intervention_set_planned_end_on (intervention, PASSEND_DAY_NONE);
    }
  passend_intervention_set_status (intervention, status);
  return store_update (self, intervention, on, note, error);
}

gboolean
passend_database_record_intervention_sessions (PassendDatabase  *self,
                                               gint64            intervention_id,
                                               int               sessions_held,
                                               GError          **error)
{
  g_autoptr(PassendIntervention) intervention = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (sessions_held < 0)
    return _passend_database_invalid (error, _("The number of sessions held cannot be negative."));

  intervention = passend_database_get_intervention (self, intervention_id, error);
  if (intervention == NULL)
    return FALSE;
  if (passend_intervention_get_sessions_held (intervention) == sessions_held)
    return TRUE;

  passend_intervention_set_sessions_held (intervention, sessions_held);
  return store_update (self, intervention, PASSEND_DAY_NONE, NULL, error);
}

gboolean
passend_database_evaluate_intervention (PassendDatabase  *self,
                                        gint64            intervention_id,
                                        PassendDay        evaluated_on,
                                        const char       *outcome,
                                        GError          **error)
{
  g_autoptr(PassendIntervention) intervention = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (_passend_is_blank (outcome))
    return _passend_database_invalid (error, _("An evaluation needs its outcome."));
  if (evaluated_on == PASSEND_DAY_NONE)
    evaluated_on = passend_day_today ();
  if (evaluated_on > passend_day_today ())
    return _passend_database_invalid (error, _("An evaluation cannot lie in the future."));

  intervention = passend_database_get_intervention (self, intervention_id, error);
  if (intervention == NULL)
    return FALSE;

  passend_intervention_set_evaluation_on (intervention, evaluated_on);
  passend_intervention_set_evaluation_outcome (intervention, outcome);
  passend_intervention_set_status (intervention, PASSEND_INTERVENTION_EVALUATED);
  return store_update (self, intervention, evaluated_on, NULL, error);
}
