/* passend-database-caseload.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-consent-rules.h"
#include "passend-database-private.h"
#include "passend-text.h"

/* What the caseload shows: every case with its status, the names of the
 * mentor and the regie holder, how a closed case ended and whether the
 * OPP has been set, in one query. An open TLV request puts the student
 * on the TLV route (phase 4), whatever phase was last set by hand. */
#define CASE_QUERY \
  "SELECT s.id, s.lvs_number, s.roepnaam, s.voorletters, s.tussenvoegsel, s.achternaam," \
  " s.class_name, s.year, s.track, s.location, s.mentor_id, s.enrolled_on, s.left_on," \
  " m.given_name, m.tussenvoegsel, m.family_name," \
  " st.niveau," \
  " CASE WHEN EXISTS (SELECT 1 FROM tlv_request AS t WHERE t.student_id = s.id" \
  "                   AND t.state NOT IN ('toegekend', 'afgewezen')) THEN '4' ELSE st.phase END," \
  " st.regie, st.regie_person_id, st.case_open," \
  " r.given_name, r.tussenvoegsel, r.family_name," \
  " st.closed_on, st.close_outcome, st.opp_established_on," \
  " s.birth_date, s.gender" \
  " FROM support_status AS st" \
  " JOIN student AS s ON s.id = st.student_id" \
  " LEFT JOIN person AS m ON m.id = s.mentor_id" \
  " LEFT JOIN person AS r ON r.id = st.regie_person_id"

enum
{
  COL_ID, COL_LVS, COL_ROEPNAAM, COL_VOORLETTERS, COL_TUSSENVOEGSEL, COL_ACHTERNAAM,
  COL_CLASS, COL_YEAR, COL_TRACK, COL_LOCATION, COL_MENTOR_ID, COL_ENROLLED, COL_LEFT,
  COL_MENTOR_NAME,
  COL_NIVEAU = COL_MENTOR_NAME + 3, COL_PHASE, COL_REGIE, COL_REGIE_PERSON, COL_OPEN,
  COL_REGIE_NAME,
  COL_CLOSED_ON = COL_REGIE_NAME + 3, COL_OUTCOME, COL_OPP_ESTABLISHED,
  COL_BIRTH_DATE, COL_GENDER,
};

static char *
person_name_at (PassendStatement *statement,
                int               first_column)
{
  if (sqlite3_column_type (statement, first_column + 2) == SQLITE_NULL)
    return NULL;

  return passend_text_join_name (_passend_column_text (statement, first_column),
                                 _passend_column_text (statement, first_column + 1),
                                 _passend_column_text (statement, first_column + 2));
}

static PassendStudent *
case_from_row (PassendStatement *statement)
{
  PassendStudent *student = passend_student_new ();
  g_autofree char *mentor_name = person_name_at (statement, COL_MENTOR_NAME);
  g_autofree char *regie_name = person_name_at (statement, COL_REGIE_NAME);
  PassendPhase phase = PASSEND_PHASE_0_OVERDRACHT;
  PassendRegie regie = PASSEND_REGIE_MENTOR;
  PassendCloseOutcome outcome = PASSEND_CLOSE_OUTCOME_SUPPORT_ENDED;

  passend_student_set_id (student, sqlite3_column_int64 (statement, COL_ID));
  passend_student_set_lvs_number (student, _passend_column_text (statement, COL_LVS));
  passend_student_set_roepnaam (student, _passend_column_text (statement, COL_ROEPNAAM));
  passend_student_set_voorletters (student, _passend_column_text (statement, COL_VOORLETTERS));
  passend_student_set_tussenvoegsel (student, _passend_column_text (statement, COL_TUSSENVOEGSEL));
  passend_student_set_achternaam (student, _passend_column_text (statement, COL_ACHTERNAAM));
  passend_student_set_birth_date (student, _passend_column_day (statement, COL_BIRTH_DATE));
  passend_student_set_gender (student, _passend_column_text (statement, COL_GENDER));
  passend_student_set_class_name (student, _passend_column_text (statement, COL_CLASS));
  passend_student_set_year (student, sqlite3_column_int (statement, COL_YEAR));
  passend_student_set_track (student, _passend_column_text (statement, COL_TRACK));
  passend_student_set_location (student, _passend_column_text (statement, COL_LOCATION));
  passend_student_set_mentor_id (student, sqlite3_column_int64 (statement, COL_MENTOR_ID));
  passend_student_set_enrolled_on (student, _passend_column_day (statement, COL_ENROLLED));
  passend_student_set_left_on (student, _passend_column_day (statement, COL_LEFT));
  passend_student_set_mentor_name (student, mentor_name);

  passend_phase_from_code (_passend_column_text (statement, COL_PHASE), &phase);
  passend_regie_from_code (_passend_column_text (statement, COL_REGIE), &regie);
  passend_close_outcome_from_code (_passend_column_text (statement, COL_OUTCOME), &outcome);

  passend_student_set_niveau (student, (PassendNiveau) CLAMP (sqlite3_column_int (statement, COL_NIVEAU), 1, 4));
  passend_student_set_phase (student, phase);
  passend_student_set_regie (student, regie);
  passend_student_set_regie_person_id (student, sqlite3_column_int64 (statement, COL_REGIE_PERSON));
  passend_student_set_regie_name (student, regie_name);
  passend_student_set_case_open (student, sqlite3_column_int (statement, COL_OPEN) != 0);
  passend_student_set_closed_on (student, _passend_column_day (statement, COL_CLOSED_ON));
  passend_student_set_close_outcome (student, outcome);
  passend_student_set_opp_established_on (student, _passend_column_day (statement, COL_OPP_ESTABLISHED));

  return student;
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b)
{
  return passend_student_compare_by_name (*(PassendStudent * const *) a,
                                          *(PassendStudent * const *) b);
}

/* The "consent missing" flag's fact (area "consent"): whether each
 * student's discussion consent holds today, from one query for all. */
static gboolean
attach_consent_coverage (PassendDatabase  *self,
                         GPtrArray        *students,
                         GError          **error)
{
  g_autoptr(GHashTable) covered = _passend_database_discussion_covered (self, passend_day_today (), error);

  if (covered == NULL)
    return FALSE;

  for (guint i = 0; i < students->len; i++)
    {
      PassendStudent *student = g_ptr_array_index (students, i);
      gint64 id = passend_student_get_id (student);

      passend_consent_rules_attach_discussion (student, g_hash_table_contains (covered, &id));
    }

  return TRUE;
}

/**
 * passend_database_list_cases:
 * @include_closed: also the cases that were closed
 *
 * Returns: (transfer full): a #GListModel of #PassendStudent in name
 *   order, each with its support status, mentor and regie names, the
 *   closing day and outcome of a closed case and the OPP day
 */
GListModel *
passend_database_list_cases (PassendDatabase  *self,
                             gboolean          include_closed,
                             GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GPtrArray) students = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *store;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         include_closed ? CASE_QUERY
                                                        : CASE_QUERY " WHERE st.case_open = 1",
                                         error);
  if (statement == NULL)
    return NULL;

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    g_ptr_array_add (students, case_from_row (statement));

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }
  g_clear_pointer (&statement, passend_statement_reset);

  if (!attach_consent_coverage (self, students, error))
    return NULL;
  if (!_passend_database_attach_absence_signals (self, students, passend_day_today (), error))
    return NULL;

  /* The Dutch name order ("Vries, Jan de") is not SQL's; one splice
   * emits one items-changed. */
  g_ptr_array_sort (students, compare_by_name);
  store = g_list_store_new (PASSEND_TYPE_STUDENT);
  g_list_store_splice (store, 0, 0, students->pdata, students->len);
  return G_LIST_MODEL (store);
}

/**
 * passend_database_list_support_needs_by_student:
 *
 * Every student's support needs in one query.
 *
 * Returns: (transfer full): student id (gint64 *) → a %NULL-terminated
 *   array of need labels in alphabetical order; students without needs
 *   are not in it
 */
GHashTable *
passend_database_list_support_needs_by_student (PassendDatabase  *self,
                                                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GHashTable) builders = NULL;
  g_autoptr(GHashTable) needs = NULL;
  GHashTableIter iter;
  gpointer key;
  gpointer value;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         "SELECT sn.student_id, n.label FROM student_support_need AS sn"
                                         " JOIN support_need AS n ON n.id = sn.need_id"
                                         " ORDER BY sn.student_id, n.label",
                                         error);
  if (statement == NULL)
    return NULL;

  builders = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                    (GDestroyNotify) g_strv_builder_unref);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (statement, 0);
      GStrvBuilder *builder = g_hash_table_lookup (builders, &id);

      if (builder == NULL)
        {
          builder = g_strv_builder_new ();
          g_hash_table_insert (builders, g_memdup2 (&id, sizeof id), builder);
        }
      g_strv_builder_add (builder, _passend_column_text (statement, 1));
    }

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  needs = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_strfreev);
  g_hash_table_iter_init (&iter, builders);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (needs, g_memdup2 (key, sizeof (gint64)), g_strv_builder_end (value));

  return g_steal_pointer (&needs);
}

/* The status a regie change keeps: niveau and phase of an open case. */
static gboolean
read_open_status (PassendDatabase  *self,
                  gint64            student_id,
                  PassendNiveau    *niveau,
                  PassendPhase     *phase,
                  gint64           *mentor_id,
                  GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT st.niveau, st.phase, st.case_open, s.mentor_id"
                                         " FROM student AS s"
                                         " LEFT JOIN support_status AS st ON st.student_id = s.id"
                                         " WHERE s.id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, student_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("The student does not exist."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return _passend_database_fail (self, rc, NULL, error);

  if (sqlite3_column_int (statement, 2) != 1)
    return _passend_database_invalid (error, _("Regie can only change in an open case; reopen the case first."));

  *niveau = (PassendNiveau) sqlite3_column_int (statement, 0);
  *phase = PASSEND_PHASE_0_OVERDRACHT;
  passend_phase_from_code (_passend_column_text (statement, 1), phase);
  *mentor_id = sqlite3_column_int64 (statement, 3);
  return TRUE;
}

/**
 * passend_database_set_regie_for_students:
 * @ids: (array length=n_ids): the students
 * @person_id: who holds regie; 0 with %PASSEND_REGIE_MENTOR means each
 *   student's own mentor
 * @reason: why, required; it goes into every history row and timeline
 *   entry
 *
 * Gives several students a new regie holder at once, keeping each one's
 * niveau and phase. Every student gets a status history row and a
 * timeline entry; all of them are stored or none.
 */
gboolean
passend_database_set_regie_for_students (PassendDatabase  *self,
                                         const gint64     *ids,
                                         guint             n_ids,
                                         PassendRegie      regie,
                                         gint64            person_id,
                                         const char       *reason,
                                         GError          **error)
{
  gint64 now;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_ids == 0)
    return _passend_database_invalid (error, _("Choose the students whose regie changes."));
  if (passend_regie_to_code (regie) == NULL)
    return _passend_database_invalid (error, _("The phase or regie of the support is not known."));
  if (reason == NULL || _passend_is_blank (reason))
    return _passend_database_invalid (error, _("Give a reason for the change of regie."));

  /* A batch makes the whole selection one transaction, and announces the
   * change once, after the commit. */
  if (!passend_database_begin_batch (self, error))
    return FALSE;

  now = _passend_database_now ();
  for (guint i = 0; i < n_ids; i++)
    {
      PassendNiveau niveau = PASSEND_NIVEAU_NONE;
      PassendPhase phase = PASSEND_PHASE_0_OVERDRACHT;
      gint64 mentor_id = 0;
      gint64 holder;

      if (!read_open_status (self, ids[i], &niveau, &phase, &mentor_id, error))
        {
          passend_database_rollback_batch (self);
          return FALSE;
        }

      holder = person_id;
      if (holder == 0 && regie == PASSEND_REGIE_MENTOR)
        holder = mentor_id;

      if (!passend_database_set_support_status (self, ids[i], niveau, phase, regie, holder,
                                                reason, now, error))
        {
          passend_database_rollback_batch (self);
          return FALSE;
        }
    }

  return passend_database_commit_batch (self, error);
}

/**
 * passend_database_log_export:
 * @what: what was exported, an entity name such as "caseload"
 * @n_records: how many records the file holds
 *
 * Records in the audit log that data left Passend as a file: who, when,
 * what and how many, never the content or the file name.
 */
gboolean
passend_database_log_export (PassendDatabase  *self,
                             const char       *what,
                             guint             n_records,
                             GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *detail = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (what != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                                         "VALUES (?1, ?2, 'export', ?3, NULL, ?4)",
                                         error);
  detail = g_strdup_printf ("%u", n_records);
  if (statement != NULL)
    {
      sqlite3_bind_int64 (statement, 1, _passend_database_now ());
      _passend_bind_text (statement, 2, self->actor);
      _passend_bind_text (statement, 3, what);
      _passend_bind_text (statement, 4, detail);
    }

  if (statement == NULL || !_passend_database_step_done (self, statement, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  return _passend_database_write_commit (self, error);
}
