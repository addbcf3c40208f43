/* passend-database-opp.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "passend-database-opp-private.h"
#include "passend-text.h"

/* The OPP (area "opp"): loading a version whole, and the helpers every
 * OPP write shares. The content rules live in core (passend-opp-rules.h);
 * the freeze lives in the schema's triggers, and this file turns their
 * refusal into PASSEND_DATABASE_ERROR_FROZEN. */

#define FROZEN_MESSAGE "opp version is vastgesteld"

/* Helpers */

gboolean
_passend_opp_get_head (PassendDatabase  *self,
                       gint64            version_id,
                       OppVersionHead   *head,
                       GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT student_id, number, state, content_sha256 IS NOT NULL"
                                         " FROM opp_version WHERE id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, version_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("This OPP version does not exist."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return _passend_database_fail (self, rc, NULL, error);

  head->id = version_id;
  head->student_id = sqlite3_column_int64 (statement, 0);
  head->number = sqlite3_column_int (statement, 1);
  head->state = PASSEND_OPP_STATE_CONCEPT;
  passend_opp_state_from_string (_passend_column_text (statement, 2), &head->state);
  head->established = sqlite3_column_int (statement, 3) != 0;

  return TRUE;
}

gboolean
_passend_opp_check_content_write (const OppVersionHead  *head,
                                  GError               **error)
{
  g_autofree char *message = NULL;

  if (head->established || passend_opp_state_is_editable (head->state))
    return TRUE;

  message = g_strdup_printf (_("This OPP version is “%s”: its content can only change back in consultation."),
                             passend_opp_state_get_label (head->state));
  return _passend_database_invalid (error, message);
}

gboolean
_passend_opp_step_done (PassendDatabase   *self,
                        PassendStatement  *statement,
                        GError           **error)
{
  int rc = sqlite3_step (statement);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;

  if ((rc & 0xff) == SQLITE_CONSTRAINT &&
      strstr (sqlite3_errmsg (_passend_database_get_handle (self)), FROZEN_MESSAGE) != NULL)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_FROZEN,
                           _("This OPP version is vastgesteld and can no longer change. Start a new version to change it."));
      return FALSE;
    }

  return _passend_database_fail (self, rc, NULL, error);
}

gboolean
_passend_opp_touch (PassendDatabase  *self,
                    gint64            version_id,
                    GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self, "UPDATE opp_version SET updated_at = ?2 WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, version_id);
  sqlite3_bind_int64 (statement, 2, _passend_database_now ());
  return _passend_opp_step_done (self, statement, error);
}

static GQuark
unrecorded_quark (void)
{
  return g_quark_from_static_string ("passend-opp-unrecorded");
}

void
_passend_database_set_opp_recorded (PassendDatabase *self,
                                    gboolean         recorded)
{
  g_return_if_fail (PASSEND_IS_DATABASE (self));

  g_object_set_qdata (G_OBJECT (self), unrecorded_quark (), recorded ? NULL : GINT_TO_POINTER (1));
}

gboolean
_passend_opp_record_entry (PassendDatabase   *self,
                           gint64             student_id,
                           PassendEntryKind   kind,
                           PassendDay         day,
                           const char        *title,
                           const char        *body,
                           GError           **error)
{
  g_autoptr(PassendTimelineEntry) entry = NULL;
  gint64 entry_id = 0;

  if (g_object_get_qdata (G_OBJECT (self), unrecorded_quark ()) != NULL)
    return TRUE;

  entry = passend_timeline_entry_new ();
  passend_timeline_entry_set_student_id (entry, student_id);
  passend_timeline_entry_set_kind (entry, kind);
  passend_timeline_entry_set_occurred_at (entry, _passend_database_moment_of_day (day));
  passend_timeline_entry_set_author (entry, passend_database_get_actor (self));
  passend_timeline_entry_set_title (entry, title);
  passend_timeline_entry_set_body (entry, body != NULL ? body : "");
  /* An OPP is about extra support: care, never normal. */
  passend_timeline_entry_set_confidentiality (entry, PASSEND_CONFIDENTIALITY_CARE);
  passend_timeline_entry_set_is_fact (entry, TRUE);

  return _passend_database_insert_entry (self, entry, &entry_id, error) &&
         _passend_database_audit (self, "create", "timeline-entry", entry_id, error);
}

gboolean
_passend_opp_record_state (PassendDatabase       *self,
                           const OppVersionHead  *head,
                           PassendOppState        state,
                           const char            *note,
                           PassendDay             day,
                           GError               **error)
{
  g_autoptr(PassendStatement) update = NULL;
  g_autoptr(PassendStatement) change = NULL;
  g_autofree char *title = NULL;

  update = _passend_database_prepare (self, "UPDATE opp_version SET state = ?2, updated_at = ?3 WHERE id = ?1",
                                      error);
  if (update == NULL)
    return FALSE;
  sqlite3_bind_int64 (update, 1, head->id);
  sqlite3_bind_text (update, 2, passend_opp_state_to_string (state), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (update, 3, _passend_database_now ());
  if (!_passend_opp_step_done (self, update, error))
    return FALSE;

  change = _passend_database_prepare (self,
                                      "INSERT INTO opp_state_change (version_id, state, changed_at, note, actor)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5)",
                                      error);
  if (change == NULL)
    return FALSE;
  sqlite3_bind_int64 (change, 1, head->id);
  sqlite3_bind_text (change, 2, passend_opp_state_to_string (state), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (change, 3, _passend_database_now ());
  _passend_bind_text (change, 4, note);
  _passend_bind_text (change, 5, passend_database_get_actor (self));
  if (!_passend_opp_step_done (self, change, error))
    return FALSE;

  title = g_strdup_printf ("OPP versie %d %s", head->number, passend_opp_state_get_dutch (state));
  return _passend_opp_record_entry (self, head->student_id, PASSEND_ENTRY_KIND_STATUS_CHANGE, day, title, note, error);
}

void
_passend_opp_announce (PassendDatabase *self,
                       gint64           version_id,
                       gint64           student_id,
                       gboolean         on_timeline,
                       gboolean         deadlines)
{
  _passend_database_changed (self, "opp", version_id);
  if (on_timeline)
    _passend_database_changed (self, "timeline-entry", student_id);
  if (deadlines)
    _passend_database_changed (self, "support-status", student_id);
}

/* Loading */

#define VERSION_INFO_QUERY \
  "SELECT id, number, state, established_on, ended_on, content_sha256, created_at, updated_at FROM opp_version"

static PassendOppVersionInfo *
version_info_from_row (PassendStatement *statement)
{
  PassendOppVersionInfo *info = g_new0 (PassendOppVersionInfo, 1);

  info->id = sqlite3_column_int64 (statement, 0);
  info->number = sqlite3_column_int (statement, 1);
  passend_opp_state_from_string (_passend_column_text (statement, 2), &info->state);
  info->established_on = _passend_column_day (statement, 3);
  info->ended_on = _passend_column_day (statement, 4);
  if (sqlite3_column_type (statement, 5) != SQLITE_NULL)
    info->content_sha256 = g_strdup (_passend_column_text (statement, 5));
  info->created_at = sqlite3_column_int64 (statement, 6);
  info->updated_at = sqlite3_column_int64 (statement, 7);

  return info;
}

GPtrArray *
passend_database_list_opp_versions (PassendDatabase  *self,
                                    gint64            student_id,
                                    GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GPtrArray) infos = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_opp_version_info_free);
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self, VERSION_INFO_QUERY " WHERE student_id = ?1 ORDER BY number DESC",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, student_id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    g_ptr_array_add (infos, version_info_from_row (statement));

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return g_steal_pointer (&infos);
}

static char *
dup_column (PassendStatement *statement,
            int               column)
{
  return g_strdup (_passend_column_text (statement, column));
}

static gboolean
load_head (PassendDatabase     *self,
           PassendOppDocument  *document,
           GError             **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT v.student_id, v.number, v.state, v.trigger_kind, v.trigger_on,"
                                         " v.based_on_id, b.number, v.uitstroom_profile, v.uitstroom_level,"
                                         " v.student_heard_on, v.maatwerk, v.isd_requested_on, v.isd_decided_on,"
                                         " v.content_sha256, v.established_on, v.ended_on, v.end_reason, v.end_note,"
                                         " v.bron_reported_on, v.created_at, v.updated_at,"
                                         " s.roepnaam, s.tussenvoegsel, s.achternaam, s.birth_date, s.class_name,"
                                         " s.lvs_number, (SELECT name FROM school WHERE id = 1)"
                                         " FROM opp_version AS v"
                                         " JOIN student AS s ON s.id = v.student_id"
                                         " LEFT JOIN opp_version AS b ON b.id = v.based_on_id"
                                         " WHERE v.id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, document->id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("This OPP version does not exist."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return _passend_database_fail (self, rc, NULL, error);

  document->student_id = sqlite3_column_int64 (statement, 0);
  document->number = sqlite3_column_int (statement, 1);
  passend_opp_state_from_string (_passend_column_text (statement, 2), &document->state);
  if (sqlite3_column_type (statement, 3) != SQLITE_NULL)
    passend_opp_trigger_from_string (_passend_column_text (statement, 3), &document->trigger_kind);
  document->trigger_on = _passend_column_day (statement, 4);
  document->based_on_id = sqlite3_column_int64 (statement, 5);
  document->based_on_number = sqlite3_column_int (statement, 6);
  passend_opp_profile_from_string (_passend_column_text (statement, 7), &document->uitstroom_profile);
  g_free (document->uitstroom_level);
  document->uitstroom_level = dup_column (statement, 8);
  document->student_heard_on = _passend_column_day (statement, 9);
  document->maatwerk = sqlite3_column_int (statement, 10) != 0;
  document->isd_requested_on = _passend_column_day (statement, 11);
  document->isd_decided_on = _passend_column_day (statement, 12);
  if (sqlite3_column_type (statement, 13) != SQLITE_NULL)
    document->content_sha256 = dup_column (statement, 13);
  document->established_on = _passend_column_day (statement, 14);
  document->ended_on = _passend_column_day (statement, 15);
  document->has_end_reason = sqlite3_column_type (statement, 16) != SQLITE_NULL &&
                             passend_opp_end_reason_from_string (_passend_column_text (statement, 16),
                                                                 &document->end_reason);
  g_free (document->end_note);
  document->end_note = dup_column (statement, 17);
  document->bron_reported_on = _passend_column_day (statement, 18);
  document->created_at = sqlite3_column_int64 (statement, 19);
  document->updated_at = sqlite3_column_int64 (statement, 20);
  g_free (document->student_name);
  document->student_name = passend_text_join_name (_passend_column_text (statement, 21),
                                                   _passend_column_text (statement, 22),
                                                   _passend_column_text (statement, 23));
  document->student_birth_date = _passend_column_day (statement, 24);
  g_free (document->student_class);
  document->student_class = dup_column (statement, 25);
  g_free (document->student_lvs_number);
  document->student_lvs_number = dup_column (statement, 26);
  g_free (document->school_name);
  document->school_name = dup_column (statement, 27);

  return TRUE;
}

/* Runs @sql with ?1 bound to @id and calls @row for each row. */
typedef void (*RowFunc) (PassendOppDocument *document,
                         PassendStatement   *statement,
                         gpointer            data);

static gboolean
for_each_row (PassendDatabase     *self,
              const char          *sql,
              gint64               id,
              RowFunc              row,
              PassendOppDocument  *document,
              gpointer             data,
              GError             **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self, sql, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    row (document, statement, data);

  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

static void
guardian_row (PassendOppDocument *document,
              PassendStatement   *statement,
              gpointer            data)
{
  g_autofree char *name = passend_text_join_name (_passend_column_text (statement, 1),
                                                  _passend_column_text (statement, 2),
                                                  _passend_column_text (statement, 3));
  PassendOppGuardian *guardian = passend_opp_guardian_new (sqlite3_column_int64 (statement, 0), name,
                                                           sqlite3_column_int (statement, 5) != 0);

  g_free (guardian->relation);
  guardian->relation = dup_column (statement, 4);
  g_ptr_array_add (document->guardians, guardian);
}

static void
text_row (PassendOppDocument *document,
          PassendStatement   *statement,
          gpointer            data)
{
  PassendOppSection section;

  if (passend_opp_section_from_string (_passend_column_text (statement, 0), &section))
    passend_opp_document_set_text (document, section, _passend_column_text (statement, 1));
}

static void
factor_row (PassendOppDocument *document,
            PassendStatement   *statement,
            gpointer            data)
{
  PassendOppFactor *factor = passend_opp_factor_new (0, 0, _passend_column_text (statement, 4));

  factor->id = sqlite3_column_int64 (statement, 0);
  passend_opp_domain_from_string (_passend_column_text (statement, 1), &factor->domain);
  passend_opp_polarity_from_string (_passend_column_text (statement, 2), &factor->polarity);
  factor->position = sqlite3_column_int (statement, 3);
  g_ptr_array_add (document->factors, factor);
}

static void
need_row (PassendOppDocument *document,
          PassendStatement   *statement,
          gpointer            data)
{
  PassendOppNeed *need = passend_opp_need_new (0, 0, _passend_column_text (statement, 4));

  need->id = sqlite3_column_int64 (statement, 0);
  passend_opp_need_kind_from_string (_passend_column_text (statement, 1), &need->kind);
  passend_opp_domain_from_string (_passend_column_text (statement, 2), &need->domain);
  need->position = sqlite3_column_int (statement, 3);
  g_ptr_array_add (document->needs, need);
}

static void
goal_row (PassendOppDocument *document,
          PassendStatement   *statement,
          gpointer            data)
{
  PassendOppGoal *goal = passend_opp_goal_new (0, _passend_column_text (statement, 4));

  goal->id = sqlite3_column_int64 (statement, 0);
  goal->need_id = sqlite3_column_int64 (statement, 1);
  passend_opp_domain_from_string (_passend_column_text (statement, 2), &goal->domain);
  goal->position = sqlite3_column_int (statement, 3);
  g_free (goal->criterion);
  goal->criterion = dup_column (statement, 5);
  goal->target_on = _passend_column_day (statement, 6);
  g_ptr_array_add (document->goals, goal);
}

static void
support_row (PassendOppDocument *document,
             PassendStatement   *statement,
             gpointer            data)
{
  PassendOppSupport *support = passend_opp_support_new (_passend_column_text (statement, 4));

  support->id = sqlite3_column_int64 (statement, 0);
  support->goal_id = sqlite3_column_int64 (statement, 1);
  support->intervention_id = sqlite3_column_int64 (statement, 2);
  support->position = sqlite3_column_int (statement, 3);
  g_free (support->who);
  support->who = dup_column (statement, 5);
  g_free (support->frequency);
  support->frequency = dup_column (statement, 6);
  support->from_on = _passend_column_day (statement, 7);
  support->until_on = _passend_column_day (statement, 8);
  support->evaluation_on = _passend_column_day (statement, 9);
  support->is_extra = sqlite3_column_int (statement, 10) != 0;
  g_ptr_array_add (document->supports, support);
}

static void
consultation_row (PassendOppDocument *document,
                  PassendStatement   *statement,
                  gpointer            data)
{
  PassendOppConsultation *consultation = passend_opp_consultation_new (_passend_column_day (statement, 2));

  consultation->id = sqlite3_column_int64 (statement, 0);
  consultation->position = sqlite3_column_int (statement, 1);
  g_free (consultation->participants);
  consultation->participants = dup_column (statement, 3);
  g_free (consultation->summary);
  consultation->summary = dup_column (statement, 4);
  g_ptr_array_add (document->consultations, consultation);
}

static void
evaluation_row (PassendOppDocument *document,
                PassendStatement   *statement,
                gpointer            data)
{
  PassendOppEvaluation *evaluation = passend_opp_evaluation_new (_passend_column_day (statement, 1));

  evaluation->id = sqlite3_column_int64 (statement, 0);
  g_free (evaluation->participants);
  evaluation->participants = dup_column (statement, 2);
  g_free (evaluation->student_view);
  evaluation->student_view = dup_column (statement, 3);
  g_free (evaluation->conclusions);
  evaluation->conclusions = dup_column (statement, 4);
  evaluation->created_at = sqlite3_column_int64 (statement, 5);
  evaluation->updated_at = sqlite3_column_int64 (statement, 6);
  g_ptr_array_add (document->evaluations, evaluation);
}

static void
goal_result_row (PassendOppDocument *document,
                 PassendStatement   *statement,
                 gpointer            data)
{
  gint64 evaluation_id = sqlite3_column_int64 (statement, 0);
  PassendOppResult result = PASSEND_OPP_RESULT_REACHED;

  passend_opp_result_from_string (_passend_column_text (statement, 2), &result);
  for (guint i = 0; i < document->evaluations->len; i++)
    {
      PassendOppEvaluation *evaluation = g_ptr_array_index (document->evaluations, i);

      if (evaluation->id == evaluation_id)
        g_ptr_array_add (evaluation->results,
                         passend_opp_goal_result_new (sqlite3_column_int64 (statement, 1), result,
                                                      _passend_column_text (statement, 3)));
    }
}

static void
signature_row (PassendOppDocument *document,
               PassendStatement   *statement,
               gpointer            data)
{
  PassendOppSignature *signature = passend_opp_signature_new (0, 0, _passend_column_text (statement, 3),
                                                              _passend_column_day (statement, 7));

  signature->id = sqlite3_column_int64 (statement, 0);
  passend_opp_signer_from_string (_passend_column_text (statement, 1), &signature->signer);
  signature->guardian_id = sqlite3_column_int64 (statement, 2);
  g_free (signature->role);
  signature->role = dup_column (statement, 4);
  passend_opp_outcome_from_string (_passend_column_text (statement, 5), &signature->outcome);
  g_free (signature->reason);
  signature->reason = dup_column (statement, 6);
  g_free (signature->place);
  signature->place = dup_column (statement, 8);
  passend_opp_method_from_string (_passend_column_text (statement, 9), &signature->method);
  if (sqlite3_column_type (statement, 10) != SQLITE_NULL)
    signature->strokes = g_bytes_new (sqlite3_column_blob (statement, 10), sqlite3_column_bytes (statement, 10));
  if (sqlite3_column_type (statement, 11) != SQLITE_NULL)
    signature->scan_sha256 = dup_column (statement, 11);
  signature->version_sha256 = dup_column (statement, 12);
  signature->created_at = sqlite3_column_int64 (statement, 13);
  g_ptr_array_add (document->signatures, signature);
}

static void
history_row (PassendOppDocument *document,
             PassendStatement   *statement,
             gpointer            data)
{
  PassendOppStateChange *change = g_new0 (PassendOppStateChange, 1);

  passend_opp_state_from_string (_passend_column_text (statement, 0), &change->state);
  change->changed_at = sqlite3_column_int64 (statement, 1);
  change->note = dup_column (statement, 2);
  change->actor = dup_column (statement, 3);
  g_ptr_array_add (document->history, change);
}

static int
compare_factor_rows (gconstpointer a,
                     gconstpointer b)
{
  const PassendOppFactor *x = *(PassendOppFactor * const *) a;
  const PassendOppFactor *y = *(PassendOppFactor * const *) b;

  if (x->domain != y->domain)
    return x->domain < y->domain ? -1 : 1;
  if (x->polarity != y->polarity)
    return x->polarity < y->polarity ? -1 : 1;
  if (x->position != y->position)
    return x->position < y->position ? -1 : 1;
  return (x->id > y->id) - (x->id < y->id);
}

static const struct
{
  const char *sql;
  RowFunc     row;
  gboolean    by_student;
} loaders[] = {
  { "SELECT id, voorletters, tussenvoegsel, achternaam, relation, has_authority"
    " FROM guardian WHERE student_id = ?1 ORDER BY has_authority DESC, id", guardian_row, TRUE },
  { "SELECT section, body FROM opp_text WHERE version_id = ?1", text_row, FALSE },
  { "SELECT id, domain, polarity, position, body FROM opp_factor WHERE version_id = ?1", factor_row, FALSE },
  { "SELECT id, kind, domain, position, body FROM opp_need WHERE version_id = ?1 ORDER BY position, id",
    need_row, FALSE },
  { "SELECT id, need_id, domain, position, body, criterion, target_on FROM opp_goal WHERE version_id = ?1"
    " ORDER BY position, id", goal_row, FALSE },
  { "SELECT id, goal_id, intervention_id, position, what, who, frequency, from_on, until_on, evaluation_on,"
    " is_extra FROM opp_support WHERE version_id = ?1 ORDER BY position, id", support_row, FALSE },
  { "SELECT id, position, held_on, participants, summary FROM opp_consultation WHERE version_id = ?1"
    " ORDER BY position, id", consultation_row, FALSE },
  { "SELECT id, held_on, participants, student_view, conclusions, created_at, updated_at"
    " FROM opp_evaluation WHERE version_id = ?1 ORDER BY held_on, id", evaluation_row, FALSE },
  { "SELECT r.evaluation_id, r.goal_id, r.result, r.note FROM opp_goal_result AS r"
    " JOIN opp_evaluation AS e ON e.id = r.evaluation_id"
    " LEFT JOIN opp_goal AS g ON g.id = r.goal_id"
    " WHERE e.version_id = ?1 ORDER BY g.position, r.goal_id", goal_result_row, FALSE },
  { "SELECT id, signer, guardian_id, name, role, outcome, reason, signed_on, place, method, strokes,"
    " scan_sha256, version_sha256, created_at FROM opp_signature WHERE version_id = ?1"
    " ORDER BY created_at, id", signature_row, FALSE },
  { "SELECT state, changed_at, note, actor FROM opp_state_change WHERE version_id = ?1"
    " ORDER BY changed_at, id", history_row, FALSE },
};

PassendOppDocument *
passend_database_load_opp (PassendDatabase  *self,
                           gint64            version_id,
                           GError          **error)
{
  g_autoptr(PassendOppDocument) document = passend_opp_document_new ();

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  document->id = version_id;
  if (!load_head (self, document, error))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (loaders); i++)
    {
      if (!for_each_row (self, loaders[i].sql, loaders[i].by_student ? document->student_id : version_id,
                         loaders[i].row, document, NULL, error))
        return NULL;
    }

  g_ptr_array_sort (document->factors, compare_factor_rows);

  return g_steal_pointer (&document);
}

static PassendOppDocument *
load_by_query (PassendDatabase  *self,
               const char       *sql,
               gint64            id,
               GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  gint64 version_id;
  int rc;

  statement = _passend_database_prepare (self, sql, error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  version_id = sqlite3_column_int64 (statement, 0);
  sqlite3_reset (statement);

  return passend_database_load_opp (self, version_id, error);
}

PassendOppDocument *
passend_database_load_current_opp (PassendDatabase  *self,
                                   gint64            student_id,
                                   GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_by_query (self,
                        "SELECT id FROM opp_version WHERE student_id = ?1 ORDER BY number DESC LIMIT 1",
                        student_id, error);
}

PassendOppDocument *
passend_database_load_previous_established_opp (PassendDatabase  *self,
                                                gint64            version_id,
                                                GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_by_query (self,
                        "SELECT p.id FROM opp_version AS v"
                        " JOIN opp_version AS p ON p.student_id = v.student_id AND p.number < v.number"
                        " WHERE v.id = ?1 AND p.content_sha256 IS NOT NULL"
                        " ORDER BY p.number DESC LIMIT 1",
                        version_id, error);
}

gboolean
passend_database_load_opp_rules (PassendDatabase  *self,
                                 PassendOppRules  *rules,
                                 GError          **error)
{
  PassendProtocol protocol;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (rules != NULL, FALSE);

  if (!passend_database_load_protocol (self, &protocol, error))
    return FALSE;

  passend_opp_rules_init_from_protocol (rules, &protocol);
  return TRUE;
}
