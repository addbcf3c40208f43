/* passend-database-opp-versions.c
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

/* Making versions: the first one, prefilled from the record; a new one
 * (bijstellen), its content copied; and deleting one never set. */

typedef struct
{
  PassendOppTrigger  trigger;
  PassendDay         trigger_on;
  GString           *people;
  GString           *earlier;
  GString           *schoolloopbaan;
  GPtrArray         *supports;   /* PassendOppSupport */
} Prefill;

static void
prefill_clear (Prefill *prefill)
{
  g_string_free (prefill->people, TRUE);
  g_string_free (prefill->earlier, TRUE);
  g_string_free (prefill->schoolloopbaan, TRUE);
  g_ptr_array_unref (prefill->supports);
}

static void
add_person (GString    *people,
            const char *name,
            const char *what)
{
  g_autofree char *line = NULL;

  if (name == NULL || name[0] == '\0')
    return;

  line = what != NULL && what[0] != '\0' ? g_strdup_printf ("%s (%s)", name, what) : g_strdup (name);
  /* One line per person, even when they have several parts. */
  if (strstr (people->str, name) != NULL)
    return;
  if (people->len > 0)
    g_string_append_c (people, '\n');
  g_string_append (people, line);
}

/* The student's own data: enrolment, class and the people around them. */
static gboolean
prefill_student (PassendDatabase  *self,
                 gint64            student_id,
                 Prefill          *prefill,
                 GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  PassendDay enrolled, extra_since;
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT s.enrolled_on, s.year, s.track, s.class_name,"
                                         " m.given_name, m.tussenvoegsel, m.family_name,"
                                         " st.extra_support_since, r.given_name, r.tussenvoegsel, r.family_name, r.role"
                                         " FROM student AS s"
                                         " LEFT JOIN person AS m ON m.id = s.mentor_id"
                                         " LEFT JOIN support_status AS st ON st.student_id = s.id"
                                         " LEFT JOIN person AS r ON r.id = st.regie_person_id"
                                         " WHERE s.id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, student_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("This student does not exist."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return _passend_database_fail (self, rc, NULL, error);

  enrolled = _passend_column_day (statement, 0);
  extra_since = _passend_column_day (statement, 7);
  if (extra_since != PASSEND_DAY_NONE)
    {
      /* Extra support from the first day: the term runs from enrolment. */
      gboolean at_enrolment = enrolled != PASSEND_DAY_NONE && extra_since <= enrolled;

      prefill->trigger = at_enrolment ? PASSEND_OPP_TRIGGER_ENROLMENT : PASSEND_OPP_TRIGGER_EXTRA_SUPPORT;
      prefill->trigger_on = at_enrolment ? enrolled : extra_since;
    }

  if (enrolled != PASSEND_DAY_NONE)
    {
      g_autofree char *day = passend_day_format_dutch (enrolled);

      g_string_append_printf (prefill->schoolloopbaan, "Ingeschreven op %s.", day);
    }
  if (sqlite3_column_int (statement, 1) > 0)
    g_string_append_printf (prefill->schoolloopbaan, "%sNu in leerjaar %d%s%s%s%s.",
                            prefill->schoolloopbaan->len > 0 ? " " : "",
                            sqlite3_column_int (statement, 1),
                            _passend_column_text (statement, 2)[0] != '\0' ? ", " : "",
                            _passend_column_text (statement, 2),
                            _passend_column_text (statement, 3)[0] != '\0' ? ", klas " : "",
                            _passend_column_text (statement, 3));

  if (sqlite3_column_type (statement, 6) != SQLITE_NULL)
    {
      g_autofree char *mentor = passend_text_join_name (_passend_column_text (statement, 4),
                                                        _passend_column_text (statement, 5),
                                                        _passend_column_text (statement, 6));

      add_person (prefill->people, mentor, "mentor");
    }
  if (sqlite3_column_type (statement, 10) != SQLITE_NULL)
    {
      g_autofree char *regie = passend_text_join_name (_passend_column_text (statement, 8),
                                                       _passend_column_text (statement, 9),
                                                       _passend_column_text (statement, 10));
      g_autofree char *what = g_strdup_printf ("regie%s%s", _passend_column_text (statement, 11)[0] != '\0' ? ", " : "",
                                               _passend_column_text (statement, 11));

      add_person (prefill->people, regie, what);
    }

  return TRUE;
}

static gboolean
prefill_people (PassendDatabase  *self,
                gint64            student_id,
                Prefill          *prefill,
                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT p.given_name, p.tussenvoegsel, p.family_name, p.role, o.name"
                                         " FROM student_person AS sp"
                                         " JOIN person AS p ON p.id = sp.person_id"
                                         " LEFT JOIN organisation AS o ON o.id = p.organisation_id"
                                         " WHERE sp.student_id = ?1 ORDER BY p.family_name, p.id",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, student_id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      g_autofree char *name = passend_text_join_name (_passend_column_text (statement, 0),
                                                      _passend_column_text (statement, 1),
                                                      _passend_column_text (statement, 2));
      g_autofree char *what = NULL;

      if (_passend_column_text (statement, 3)[0] != '\0' && _passend_column_text (statement, 4)[0] != '\0')
        what = g_strdup_printf ("%s, %s", _passend_column_text (statement, 3), _passend_column_text (statement, 4));
      else
        what = g_strconcat (_passend_column_text (statement, 3), _passend_column_text (statement, 4), NULL);
      add_person (prefill->people, name, what);
    }

  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

/* Earlier support from the interventions; the running extra ones become
 * support lines of the handelingsdeel, linked. */
static gboolean
prefill_interventions (PassendDatabase  *self,
                       gint64            student_id,
                       Prefill          *prefill,
                       GError          **error)
{
  g_autoptr(GListModel) interventions = passend_database_list_interventions (self, student_id, error);
  guint n;

  if (interventions == NULL)
    return FALSE;

  n = g_list_model_get_n_items (interventions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PassendIntervention) intervention = g_list_model_get_item (interventions, i);
      PassendInterventionStatus status = passend_intervention_get_status (intervention);
      PassendDay start = passend_intervention_get_start_on (intervention);
      gboolean running = (status == PASSEND_INTERVENTION_GRANTED || status == PASSEND_INTERVENTION_RUNNING ||
                          status == PASSEND_INTERVENTION_EXTENDED);
      g_autofree char *from = passend_day_format_dutch (start);

      if (status == PASSEND_INTERVENTION_REFUSED || status == PASSEND_INTERVENTION_PROPOSED)
        continue;

      add_person (prefill->people, passend_intervention_get_provider_name (intervention),
                  passend_intervention_get_kind_name (intervention));

      if (prefill->earlier->len > 0)
        g_string_append_c (prefill->earlier, '\n');
      g_string_append_printf (prefill->earlier, "%s%s%s (%s)", passend_intervention_get_kind_name (intervention),
                              start != PASSEND_DAY_NONE ? " vanaf " : "", from,
                              passend_intervention_status_get_dutch (status));
      if (passend_intervention_get_evaluation_outcome (intervention)[0] != '\0')
        g_string_append_printf (prefill->earlier, ": %s", passend_intervention_get_evaluation_outcome (intervention));

      if (running && passend_intervention_get_support_level (intervention) == PASSEND_SUPPORT_LEVEL_EXTRA)
        {
          PassendOppSupport *support = passend_opp_support_new (passend_intervention_get_kind_name (intervention));

          g_free (support->who);
          support->who = g_strdup (passend_intervention_get_provider_name (intervention));
          support->intervention_id = passend_intervention_get_id (intervention);
          support->from_on = start;
          support->until_on = passend_intervention_get_planned_end_on (intervention);
          if (support->until_on != PASSEND_DAY_NONE && support->from_on != PASSEND_DAY_NONE &&
              support->until_on < support->from_on)
            support->until_on = PASSEND_DAY_NONE;
          support->evaluation_on = passend_intervention_get_evaluation_on (intervention);
          support->is_extra = TRUE;
          g_ptr_array_add (prefill->supports, support);

          /* No recorded start of extra support: the arrangement is it. */
          if (prefill->trigger == PASSEND_OPP_TRIGGER_NONE && start != PASSEND_DAY_NONE &&
              (prefill->trigger_on == PASSEND_DAY_NONE || start < prefill->trigger_on))
            prefill->trigger_on = start;
        }
    }

  if (prefill->trigger == PASSEND_OPP_TRIGGER_NONE && prefill->trigger_on != PASSEND_DAY_NONE)
    prefill->trigger = PASSEND_OPP_TRIGGER_ARRANGEMENT;

  return TRUE;
}

static gboolean
insert_version (PassendDatabase  *self,
                gint64            student_id,
                const Prefill    *prefill,
                gint64           *version_id,
                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  gint64 now = _passend_database_now ();

  statement = _passend_database_prepare (self,
                                         "INSERT INTO opp_version (student_id, number, state, trigger_kind, trigger_on,"
                                         " created_at, updated_at) VALUES (?1, 1, 'concept', ?2, ?3, ?4, ?4)",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, student_id);
  if (prefill->trigger != PASSEND_OPP_TRIGGER_NONE)
    sqlite3_bind_text (statement, 2, passend_opp_trigger_to_string (prefill->trigger), -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (statement, 2);
  _passend_bind_day (statement, 3, prefill->trigger_on);
  sqlite3_bind_int64 (statement, 4, now);
  if (!_passend_opp_step_done (self, statement, error))
    return FALSE;

  *version_id = sqlite3_last_insert_rowid (_passend_database_get_handle (self));
  return TRUE;
}

static gboolean
insert_text (PassendDatabase    *self,
             gint64              version_id,
             PassendOppSection   section,
             const char         *body,
             GError            **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  if (body == NULL || body[0] == '\0')
    return TRUE;

  statement = _passend_database_prepare (self, "INSERT INTO opp_text (version_id, section, body) VALUES (?1, ?2, ?3)",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, version_id);
  sqlite3_bind_text (statement, 2, passend_opp_section_to_string (section), -1, SQLITE_STATIC);
  _passend_bind_text (statement, 3, body);
  return _passend_opp_step_done (self, statement, error);
}

static gboolean
insert_prefilled_supports (PassendDatabase  *self,
                           gint64            version_id,
                           GPtrArray        *supports,
                           GError          **error)
{
  for (guint i = 0; i < supports->len; i++)
    {
      g_autoptr(PassendStatement) statement = NULL;
      const PassendOppSupport *support = g_ptr_array_index (supports, i);

      statement = _passend_database_prepare (self,
                                             "INSERT INTO opp_support (version_id, intervention_id, position, what,"
                                             " who, from_on, until_on, evaluation_on, is_extra)"
                                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1)",
                                             error);
      if (statement == NULL)
        return FALSE;

      sqlite3_bind_int64 (statement, 1, version_id);
      _passend_bind_id (statement, 2, support->intervention_id);
      sqlite3_bind_int (statement, 3, (int) i);
      _passend_bind_text (statement, 4, support->what);
      _passend_bind_text (statement, 5, support->who);
      _passend_bind_day (statement, 6, support->from_on);
      _passend_bind_day (statement, 7, support->until_on);
      _passend_bind_day (statement, 8, support->evaluation_on);
      if (!_passend_opp_step_done (self, statement, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
student_has_versions (PassendDatabase  *self,
                      gint64            student_id,
                      int              *max_number,
                      GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self, "SELECT coalesce (max (number), 0) FROM opp_version WHERE student_id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, student_id);
  rc = sqlite3_step (statement);
  if (rc != SQLITE_ROW)
    return _passend_database_fail (self, rc, NULL, error);

  *max_number = sqlite3_column_int (statement, 0);
  return TRUE;
}

gboolean
passend_database_create_opp (PassendDatabase  *self,
                             gint64            student_id,
                             gint64           *version_id,
                             GError          **error)
{
  Prefill prefill = { 0, };
  OppVersionHead head = { 0, };
  gint64 id = 0;
  int max_number = 0;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!student_has_versions (self, student_id, &max_number, error))
    return FALSE;
  if (max_number > 0)
    return _passend_database_invalid (error, _("This student already has an OPP: make a new version of it instead."));

  prefill.people = g_string_new (NULL);
  prefill.earlier = g_string_new (NULL);
  prefill.schoolloopbaan = g_string_new (NULL);
  prefill.supports = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_opp_support_free);

  ok = (prefill_student (self, student_id, &prefill, error) &&
        prefill_people (self, student_id, &prefill, error) &&
        prefill_interventions (self, student_id, &prefill, error));
  if (!ok || !_passend_database_write_begin (self, error))
    {
      prefill_clear (&prefill);
      return FALSE;
    }

  head.student_id = student_id;
  head.number = 1;
  ok = (insert_version (self, student_id, &prefill, &id, error) &&
        insert_text (self, id, PASSEND_OPP_SECTION_SCHOOLLOOPBAAN, prefill.schoolloopbaan->str, error) &&
        insert_text (self, id, PASSEND_OPP_SECTION_EARLIER_SUPPORT, prefill.earlier->str, error) &&
        insert_text (self, id, PASSEND_OPP_SECTION_PEOPLE_INVOLVED, prefill.people->str, error) &&
        insert_prefilled_supports (self, id, prefill.supports, error) &&
        _passend_database_audit (self, "create", "opp", id, error));
  head.id = id;
  ok = ok && _passend_opp_record_state (self, &head, PASSEND_OPP_STATE_CONCEPT, "", PASSEND_DAY_NONE, error);
  prefill_clear (&prefill);

  if (!ok)
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }
  if (!_passend_database_write_commit (self, error))
    return FALSE;

  if (version_id != NULL)
    *version_id = id;
  _passend_opp_announce (self, id, student_id, TRUE, TRUE);
  g_debug ("OPP version %" G_GINT64_FORMAT " created for student %" G_GINT64_FORMAT, id, student_id);
  return TRUE;
}

/* Copying */

static gboolean
copy_by_sql (PassendDatabase  *self,
             const char       *sql,
             gint64            from,
             gint64            to,
             GError          **error)
{
  g_autoptr(PassendStatement) statement = _passend_database_prepare (self, sql, error);

  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, from);
  sqlite3_bind_int64 (statement, 2, to);
  return _passend_opp_step_done (self, statement, error);
}

/* Copies the rows of one table one by one, recording old id → new id in
 * @map_out and translating the link column through @map_in. The SELECT
 * gives the id first and the link second, then the other columns in the
 * INSERT's order after version_id and the link. */
static gboolean
copy_linked (PassendDatabase  *self,
             const char       *select_sql,
             const char       *insert_sql,
             int               n_columns,
             gint64            from,
             gint64            to,
             GHashTable       *map_in,
             GHashTable       *map_out,
             GError          **error)
{
  g_autoptr(PassendStatement) select = _passend_database_prepare (self, select_sql, error);
  int rc;

  if (select == NULL)
    return FALSE;

  sqlite3_bind_int64 (select, 1, from);
  while ((rc = sqlite3_step (select)) == SQLITE_ROW)
    {
      g_autoptr(PassendStatement) insert = _passend_database_prepare (self, insert_sql, error);
      gint64 old_id = sqlite3_column_int64 (select, 0);
      gint64 link = sqlite3_column_int64 (select, 1);
      gint64 *new_link = link != 0 && map_in != NULL ? g_hash_table_lookup (map_in, &link) : NULL;

      if (insert == NULL)
        return FALSE;

      sqlite3_bind_int64 (insert, 1, to);
      _passend_bind_id (insert, 2, new_link != NULL ? *new_link : (map_in == NULL ? link : 0));
      for (int column = 2; column < n_columns; column++)
        sqlite3_bind_value (insert, column + 1, sqlite3_column_value (select, column));
      if (!_passend_opp_step_done (self, insert, error))
        return FALSE;

      if (map_out != NULL)
        {
          gint64 *key = g_new (gint64, 1);
          gint64 *value = g_new (gint64, 1);

          *key = old_id;
          *value = sqlite3_last_insert_rowid (_passend_database_get_handle (self));
          g_hash_table_insert (map_out, key, value);
        }
    }

  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

gboolean
_passend_opp_copy_content (PassendDatabase  *self,
                           gint64            from,
                           gint64            to,
                           GError          **error)
{
  g_autoptr(GHashTable) needs = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GHashTable) goals = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  return (copy_by_sql (self,
                       "INSERT INTO opp_text (version_id, section, body)"
                       " SELECT ?2, section, body FROM opp_text WHERE version_id = ?1",
                       from, to, error) &&
          copy_by_sql (self,
                       "INSERT INTO opp_factor (version_id, domain, polarity, position, body)"
                       " SELECT ?2, domain, polarity, position, body FROM opp_factor WHERE version_id = ?1"
                       " ORDER BY id",
                       from, to, error) &&
          copy_by_sql (self,
                       "INSERT INTO opp_consultation (version_id, position, held_on, participants, summary)"
                       " SELECT ?2, position, held_on, participants, summary FROM opp_consultation"
                       " WHERE version_id = ?1 ORDER BY id",
                       from, to, error) &&
          /* Needs have no link: the "link" column is a constant 0. */
          copy_linked (self,
                       "SELECT id, 0, kind, domain, position, body FROM opp_need WHERE version_id = ?1 ORDER BY id",
                       "INSERT INTO opp_need (version_id, kind, domain, position, body)"
                       " VALUES (?1, ?3, ?4, ?5, ?6)",
                       6, from, to, NULL, needs, error) &&
          copy_linked (self,
                       "SELECT id, need_id, domain, position, body, criterion, target_on FROM opp_goal"
                       " WHERE version_id = ?1 ORDER BY id",
                       "INSERT INTO opp_goal (version_id, need_id, domain, position, body, criterion, target_on)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                       7, from, to, needs, goals, error) &&
          copy_linked (self,
                       "SELECT id, goal_id, intervention_id, position, what, who, frequency, from_on, until_on,"
                       " evaluation_on, is_extra FROM opp_support WHERE version_id = ?1 ORDER BY id",
                       "INSERT INTO opp_support (version_id, goal_id, intervention_id, position, what, who,"
                       " frequency, from_on, until_on, evaluation_on, is_extra)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                       11, from, to, goals, NULL, error));
}

gboolean
passend_database_new_opp_version (PassendDatabase  *self,
                                  gint64            version_id,
                                  gint64           *new_version_id,
                                  GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  OppVersionHead head, new_head;
  g_autofree char *note = NULL;
  int max_number = 0;
  gint64 id;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_passend_opp_get_head (self, version_id, &head, error) ||
      !student_has_versions (self, head.student_id, &max_number, error))
    return FALSE;
  if (head.number != max_number)
    return _passend_database_invalid (error, _("Only the newest OPP version can be revised."));
  if (!(head.established && head.state != PASSEND_OPP_STATE_BEEINDIGD && head.state != PASSEND_OPP_STATE_BIJGESTELD) &&
      head.state != PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING)
    return _passend_database_invalid (error, _("Only an OPP that was set or has no agreement can be revised."));

  statement = _passend_database_prepare (self,
                                         "INSERT INTO opp_version (student_id, number, state, trigger_kind, trigger_on,"
                                         " based_on_id, uitstroom_profile, uitstroom_level, student_heard_on, maatwerk,"
                                         " isd_requested_on, isd_decided_on, created_at, updated_at)"
                                         " SELECT student_id, number + 1, 'concept', trigger_kind, trigger_on, id,"
                                         " uitstroom_profile, uitstroom_level, student_heard_on, maatwerk,"
                                         " isd_requested_on, isd_decided_on, ?2, ?2 FROM opp_version WHERE id = ?1",
                                         error);
  if (statement == NULL || !_passend_database_write_begin (self, error))
    return FALSE;

  sqlite3_bind_int64 (statement, 1, version_id);
  sqlite3_bind_int64 (statement, 2, _passend_database_now ());
  if (!_passend_opp_step_done (self, statement, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  id = sqlite3_last_insert_rowid (_passend_database_get_handle (self));
  new_head = head;
  new_head.id = id;
  new_head.number = head.number + 1;
  new_head.state = PASSEND_OPP_STATE_CONCEPT;
  new_head.established = FALSE;
  note = g_strdup_printf ("Bijstelling van versie %d. Het handelingsdeel vraagt opnieuw om instemming.", head.number);

  if (!_passend_opp_copy_content (self, version_id, id, error) ||
      !_passend_database_audit (self, "create", "opp", id, error) ||
      !_passend_opp_record_state (self, &new_head, PASSEND_OPP_STATE_CONCEPT, note, PASSEND_DAY_NONE, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }
  if (!_passend_database_write_commit (self, error))
    return FALSE;

  if (new_version_id != NULL)
    *new_version_id = id;
  _passend_opp_announce (self, id, head.student_id, TRUE, TRUE);
  return TRUE;
}

gboolean
passend_database_delete_opp_version (PassendDatabase  *self,
                                     gint64            version_id,
                                     GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *title = NULL;
  OppVersionHead head;
  int max_number = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_passend_opp_get_head (self, version_id, &head, error) ||
      !student_has_versions (self, head.student_id, &max_number, error))
    return FALSE;
  if (head.established)
    return _passend_database_invalid (error, _("An OPP version that was set is kept: it cannot be deleted."));
  if (head.number != max_number)
    return _passend_database_invalid (error, _("Only the newest OPP version can be deleted."));

  statement = _passend_database_prepare (self, "DELETE FROM opp_version WHERE id = ?1", error);
  if (statement == NULL || !_passend_database_write_begin (self, error))
    return FALSE;

  sqlite3_bind_int64 (statement, 1, version_id);
  title = g_strdup_printf ("OPP versie %d (%s) verwijderd", head.number, passend_opp_state_get_dutch (head.state));
  if (!_passend_opp_step_done (self, statement, error) ||
      !_passend_database_audit (self, "delete", "opp", version_id, error) ||
      !_passend_opp_record_entry (self, head.student_id, PASSEND_ENTRY_KIND_DOCUMENT, PASSEND_DAY_NONE, title, "",
                                  error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }
  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_opp_announce (self, version_id, head.student_id, TRUE, TRUE);
  return TRUE;
}
