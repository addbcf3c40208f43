/* passend-database-deadlines.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-consent-rules.h"
#include "passend-database-private.h"
#include "passend-intervention-rules.h"
#include "passend-rules.h"
#include "passend-text.h"

/* Deadlines are computed from stored days each time (DESIGN.md): one
 * query per source, whatever the size of the school, and the rules in
 * core turn the days into due days. */

typedef struct
{
  PassendProtocol protocol;
  PassendDay today;
  /* FALSE: everything overdue or due within the horizon. TRUE: every
   * deadline, however far ahead (the caseload's next deadline). */
  gboolean all;
  GPtrArray *deadlines;
} Collector;

static void
collect (Collector           *collector,
         PassendDeadlineKind  kind,
         PassendDay           due,
         int                  warning_days,
         gint64               student_id,
         gint64               aanmelding_id,
         PassendStatement    *statement,
         const char          *description)
{
  PassendDeadline *deadline;
  g_autofree char *subject = NULL;
  g_autofree char *sort_name = NULL;
  const char *given, *tussenvoegsel, *family;

  if (due == PASSEND_DAY_NONE)
    return;
  if (!collector->all && (gint64) due > (gint64) collector->today + warning_days)
    return;

  /* Columns 1–3 of every source query are the name parts. */
  given = _passend_column_text (statement, 1);
  tussenvoegsel = _passend_column_text (statement, 2);
  family = _passend_column_text (statement, 3);
  subject = passend_text_join_name (given, tussenvoegsel, family);
  sort_name = passend_text_sort_name (given, tussenvoegsel, family);

  deadline = passend_deadline_new (kind, due);
  passend_deadline_set_student_id (deadline, student_id);
  passend_deadline_set_aanmelding_id (deadline, aanmelding_id);
  passend_deadline_set_subject (deadline, subject);
  passend_deadline_set_sort_name (deadline, sort_name);
  if (description != NULL)
    passend_deadline_set_description (deadline, description);

  g_ptr_array_add (collector->deadlines, deadline);
}

/* Zorgplicht (DOMAIN.md §3) lies with the school of first preference
 * only, and ends with the decision. */
static gboolean
collect_aanmeldingen (PassendDatabase  *self,
                      Collector        *collector,
                      GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int horizon = passend_protocol_get (&collector->protocol, PASSEND_PROTOCOL_WARNING_HORIZON_DAYS);
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT id, roepnaam, tussenvoegsel, achternaam, received_on, extended_until"
                                         " FROM aanmelding"
                                         " WHERE decided_on IS NULL AND first_preference = 1",
                                         error);
  if (statement == NULL)
    return FALSE;

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (statement, 0);
      PassendDay received = _passend_column_day (statement, 4);
      PassendDay extended = _passend_column_day (statement, 5);

      collect (collector, PASSEND_DEADLINE_KIND_ZORGPLICHT_DECISION,
               passend_rules_zorgplicht_decision_due (received, extended, &collector->protocol),
               horizon, 0, id, statement,
               extended != PASSEND_DAY_NONE ? _("Extended decision due") : NULL);
      collect (collector, PASSEND_DEADLINE_KIND_ZORGPLICHT_PLACEMENT,
               passend_rules_zorgplicht_placement_due (received, &collector->protocol),
               horizon, 0, id, statement, NULL);
    }

  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

/* Open cases only: a closed case has no OPP to set or evaluate. When the
 * day extra support started was never recorded, the history knows when
 * niveau first reached 3. A student with an OPP version is the OPP
 * area's (passend-database-opp-deadlines.c). */
static gboolean
collect_opps (PassendDatabase  *self,
              Collector        *collector,
              GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int horizon = passend_protocol_get (&collector->protocol, PASSEND_PROTOCOL_WARNING_HORIZON_DAYS);
  int evaluation_warning = 7 * passend_protocol_get (&collector->protocol,
                                                     PASSEND_PROTOCOL_OPP_EVALUATION_WARNING_WEEKS);
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT s.id, s.roepnaam, s.tussenvoegsel, s.achternaam,"
                                         " st.niveau, st.opp_established_on, st.opp_evaluated_on,"
                                         " CASE WHEN st.niveau >= 3 AND st.opp_established_on IS NULL"
                                         "  THEN coalesce (st.extra_support_since,"
                                         "   (SELECT date (min (h.changed_at), 'unixepoch', 'localtime')"
                                         "      FROM support_status_history AS h"
                                         "     WHERE h.student_id = st.student_id AND h.niveau >= 3))"
                                         " END"
                                         " FROM support_status AS st"
                                         " JOIN student AS s ON s.id = st.student_id"
                                         " WHERE st.case_open = 1"
                                         "   AND (st.opp_established_on IS NOT NULL OR st.niveau >= 3)"
                                         "   AND st.student_id NOT IN (SELECT student_id FROM opp_version)",
                                         error);
  if (statement == NULL)
    return FALSE;

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 student_id = sqlite3_column_int64 (statement, 0);
      PassendDay established = _passend_column_day (statement, 5);

      if (established != PASSEND_DAY_NONE)
        collect (collector, PASSEND_DEADLINE_KIND_OPP_EVALUATION,
                 passend_rules_opp_evaluation_due (established, _passend_column_day (statement, 6),
                                                   &collector->protocol),
                 MAX (horizon, evaluation_warning), student_id, 0, statement, NULL);
      else
        collect (collector, PASSEND_DEADLINE_KIND_OPP_ESTABLISH,
                 passend_rules_opp_due (_passend_column_day (statement, 7), &collector->protocol),
                 horizon, student_id, 0, statement, NULL);
    }

  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

/* Consent (area "consent"): per student, purpose and party the last day
 * any consent that was not withdrawn holds; one that has no end never
 * runs out. Open cases only: a closed case shares nothing any more. */
static gboolean
collect_consents (PassendDatabase  *self,
                  Collector        *collector,
                  GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int horizon = passend_protocol_get (&collector->protocol, PASSEND_PROTOCOL_WARNING_HORIZON_DAYS);
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT c.student_id, s.roepnaam, s.tussenvoegsel, s.achternaam,"
                                         " c.purpose, max (c.party), max (c.valid_until)"
                                         " FROM consent AS c"
                                         " JOIN support_status AS st ON st.student_id = c.student_id AND st.case_open = 1"
                                         " JOIN student AS s ON s.id = c.student_id"
                                         " WHERE c.withdrawn_on IS NULL"
                                         " GROUP BY c.student_id, c.purpose, lower (c.party)"
                                         " HAVING count (c.valid_until) = count (*)",
                                         error);
  if (statement == NULL)
    return FALSE;

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      PassendConsentPurpose purpose;
      g_autofree char *description = NULL;
      const char *party = _passend_column_text (statement, 5);

      if (!passend_consent_purpose_from_code (_passend_column_text (statement, 4), &purpose))
        continue;

      if (passend_consent_purpose_needs_party (purpose) && party[0] != '\0')
        /* TRANSLATORS: an Overzicht item: the purpose, then the party,
         * "Consent ends: Sharing data (GGD West)". */
        description = g_strdup_printf (_("Consent ends: %s (%s)"),
                                       passend_consent_purpose_get_short_label (purpose), party);
      else
        /* TRANSLATORS: an Overzicht item, "Consent ends: Research". */
        description = g_strdup_printf (_("Consent ends: %s"), passend_consent_purpose_get_short_label (purpose));

      collect (collector, PASSEND_DEADLINE_KIND_CONSENT_EXPIRY,
               passend_consent_rules_expiry_due (_passend_column_day (statement, 6), collector->today, horizon),
               horizon, sqlite3_column_int64 (statement, 0), 0, statement, description);
    }

  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

/* Interventions (area "interventions"): a running one whose planned end
 * is near or past, an evaluation that is due, and the OPP an
 * extra-support intervention requires when the student is not at niveau
 * 3–4 already (collect_opps has those). */
static gboolean
collect_interventions (PassendDatabase  *self,
                       Collector        *collector,
                       GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(PassendStatement) opps = NULL;
  int horizon = passend_protocol_get (&collector->protocol, PASSEND_PROTOCOL_WARNING_HORIZON_DAYS);
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT i.student_id, s.roepnaam, s.tussenvoegsel, s.achternaam,"
                                         " i.status, i.planned_end_on, i.evaluation_on, k.name"
                                         " FROM intervention AS i"
                                         " JOIN intervention_kind AS k ON k.id = i.kind_id"
                                         " JOIN student AS s ON s.id = i.student_id AND s.left_on IS NULL"
                                         " WHERE i.status NOT IN ('evaluated', 'ended', 'refused')"
                                         "   AND (i.planned_end_on IS NOT NULL OR i.evaluation_on IS NOT NULL)",
                                         error);
  if (statement == NULL)
    return FALSE;

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      PassendInterventionStatus status = PASSEND_INTERVENTION_PROPOSED;
      gint64 student_id = sqlite3_column_int64 (statement, 0);
      PassendDay end = _passend_column_day (statement, 5);
      const char *name = _passend_column_text (statement, 7);
      g_autofree char *ends = NULL;
      g_autofree char *evaluate = NULL;

      passend_intervention_status_from_code (_passend_column_text (statement, 4), &status);
      if (status == PASSEND_INTERVENTION_RUNNING || status == PASSEND_INTERVENTION_EXTENDED)
        {
          /* TRANSLATORS: an Overzicht item, "RT dyslexie ends". */
          ends = g_strdup_printf (_("%s ends"), name);
          collect (collector, PASSEND_DEADLINE_KIND_INTERVENTION_END, end, horizon, student_id, 0, statement, ends);
        }
      /* TRANSLATORS: an Overzicht item, "Evaluate RT dyslexie". */
      evaluate = g_strdup_printf (_("Evaluate %s"), name);
      collect (collector, PASSEND_DEADLINE_KIND_INTERVENTION_END,
               passend_intervention_rules_evaluation_due (status, _passend_column_day (statement, 6)),
               horizon, student_id, 0, statement, evaluate);
    }
  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  opps = _passend_database_prepare (self,
                                    "SELECT s.id, s.roepnaam, s.tussenvoegsel, s.achternaam,"
                                    " coalesce (st.extra_support_since, min (i.start_on),"
                                    "  date (min (i.created_at), 'unixepoch', 'localtime'))"
                                    " FROM intervention AS i"
                                    " JOIN intervention_kind AS k ON k.id = i.kind_id AND k.support_level = 'extra'"
                                    " JOIN student AS s ON s.id = i.student_id AND s.left_on IS NULL"
                                    " LEFT JOIN support_status AS st ON st.student_id = s.id"
                                    " WHERE i.status IN ('granted', 'running', 'extended')"
                                    "   AND st.opp_established_on IS NULL"
                                    "   AND (st.student_id IS NULL OR (st.case_open = 1 AND st.niveau < 3))"
                                    "   AND s.id NOT IN (SELECT student_id FROM opp_version)"
                                    " GROUP BY s.id",
                                    error);
  if (opps == NULL)
    return FALSE;

  while ((rc = sqlite3_step (opps)) == SQLITE_ROW)
    {
      guint before = collector->deadlines->len;

      collect (collector, PASSEND_DEADLINE_KIND_OPP_ESTABLISH,
               passend_rules_opp_due (_passend_column_day (opps, 4), &collector->protocol),
               horizon, sqlite3_column_int64 (opps, 0), 0, opps, NULL);
      if (collector->deadlines->len > before)
        passend_intervention_rules_mark_opp_required (g_ptr_array_index (collector->deadlines, before));
    }
  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

static GPtrArray *
collect_all (PassendDatabase  *self,
             PassendDay        today,
             gboolean          all,
             GError          **error)
{
  g_autoptr(GPtrArray) deadlines = g_ptr_array_new_with_free_func (g_object_unref);
  Collector collector = { .today = today, .all = all, .deadlines = deadlines };
  gboolean ok;

  if (!passend_database_load_protocol (self, &collector.protocol, error))
    return NULL;

  /* One read transaction, so the sources agree with each other. */
  if (!_passend_database_exec (self, "SAVEPOINT passend_deadlines", error))
    return NULL;

  ok = collect_aanmeldingen (self, &collector, error) &&
       collect_opps (self, &collector, error) &&
       _passend_database_collect_opp_deadlines (self, &collector.protocol, today, all, deadlines, error) &&
       collect_consents (self, &collector, error) &&
       collect_interventions (self, &collector, error) &&
       _passend_database_collect_absence_deadlines (self, &collector.protocol, today, all, deadlines, error) &&
       _passend_database_collect_meeting_deadlines (self, today,
                                                    passend_protocol_get (&collector.protocol,
                                                                          PASSEND_PROTOCOL_WARNING_HORIZON_DAYS),
                                                    all, deadlines, error) &&
       _passend_database_collect_tlv_deadlines (self, today,
                                                passend_protocol_get (&collector.protocol,
                                                                      PASSEND_PROTOCOL_WARNING_HORIZON_DAYS),
                                                all, deadlines, error);

  _passend_database_exec (self, "RELEASE passend_deadlines", NULL);

  if (!ok)
    return NULL;

  return g_steal_pointer (&deadlines);
}

static int
compare_deadlines (gconstpointer a,
                   gconstpointer b)
{
  return passend_deadline_compare (*(PassendDeadline * const *) a, *(PassendDeadline * const *) b);
}

GListModel *
passend_database_list_deadlines (PassendDatabase  *self,
                                 PassendDay        today,
                                 GError          **error)
{
  g_autoptr(GPtrArray) deadlines = NULL;
  GListStore *store;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (today != PASSEND_DAY_NONE, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  deadlines = collect_all (self, today, FALSE, error);
  if (deadlines == NULL)
    return NULL;

  g_ptr_array_sort (deadlines, compare_deadlines);

  store = g_list_store_new (PASSEND_TYPE_DEADLINE);
  g_list_store_splice (store, 0, 0, deadlines->pdata, deadlines->len);
  return G_LIST_MODEL (store);
}

GHashTable *
passend_database_next_deadlines (PassendDatabase  *self,
                                 PassendDay        today,
                                 GError          **error)
{
  g_autoptr(GPtrArray) deadlines = NULL;
  GHashTable *next;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  deadlines = collect_all (self, today, TRUE, error);
  if (deadlines == NULL)
    return NULL;

  next = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  for (guint i = 0; i < deadlines->len; i++)
    {
      PassendDeadline *deadline = g_ptr_array_index (deadlines, i);
      gint64 student_id = passend_deadline_get_student_id (deadline);
      PassendDeadline *earlier;

      if (student_id == 0)
        continue;

      earlier = g_hash_table_lookup (next, &student_id);
      if (earlier != NULL && passend_deadline_get_due (earlier) <= passend_deadline_get_due (deadline))
        continue;

      g_hash_table_insert (next, g_memdup2 (&student_id, sizeof student_id), g_object_ref (deadline));
    }

  /* The caseload reads its "OPP required" flag from the next deadline:
   * pass on the mark of an OPP an intervention requires. */
  for (guint i = 0; i < deadlines->len; i++)
    {
      PassendDeadline *deadline = g_ptr_array_index (deadlines, i);
      gint64 student_id = passend_deadline_get_student_id (deadline);

      if (passend_intervention_rules_is_opp_required (deadline))
        passend_intervention_rules_mark_opp_required (g_hash_table_lookup (next, &student_id));
    }

  return next;
}
