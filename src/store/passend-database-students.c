/* passend-database-students.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-private.h"
#include "passend-text.h"

#define STUDENT_COLUMNS \
  "s.id, s.lvs_number, s.roepnaam, s.voorletters, s.tussenvoegsel, s.achternaam, " \
  "s.birth_date, s.gender, s.class_name, s.year, s.track, s.location, s.mentor_id, " \
  "s.enrolled_on, s.left_on, " \
  "m.given_name, m.tussenvoegsel, m.family_name, " \
  "st.niveau, st.phase, st.regie, st.regie_person_id, st.case_open, " \
  "r.given_name, r.tussenvoegsel, r.family_name"

#define PEOPLE_JOINS \
  " LEFT JOIN person AS m ON m.id = s.mentor_id" \
  " LEFT JOIN person AS r ON r.id = st.regie_person_id"

static char *
person_name_from_row (PassendStatement *statement,
                      int               first_column)
{
  if (sqlite3_column_type (statement, first_column + 2) == SQLITE_NULL)
    return NULL;

  return passend_text_join_name (_passend_column_text (statement, first_column),
                                 _passend_column_text (statement, first_column + 1),
                                 _passend_column_text (statement, first_column + 2));
}

static PassendStudent *
student_from_row (PassendStatement *statement)
{
  PassendStudent *student = passend_student_new ();
  g_autofree char *mentor_name = person_name_from_row (statement, 15);
  g_autofree char *regie_name = person_name_from_row (statement, 23);

  passend_student_set_id (student, sqlite3_column_int64 (statement, 0));
  passend_student_set_lvs_number (student, _passend_column_text (statement, 1));
  passend_student_set_roepnaam (student, _passend_column_text (statement, 2));
  passend_student_set_voorletters (student, _passend_column_text (statement, 3));
  passend_student_set_tussenvoegsel (student, _passend_column_text (statement, 4));
  passend_student_set_achternaam (student, _passend_column_text (statement, 5));
  passend_student_set_birth_date (student, _passend_column_day (statement, 6));
  passend_student_set_gender (student, _passend_column_text (statement, 7));
  passend_student_set_class_name (student, _passend_column_text (statement, 8));
  passend_student_set_year (student, sqlite3_column_int (statement, 9));
  passend_student_set_track (student, _passend_column_text (statement, 10));
  passend_student_set_location (student, _passend_column_text (statement, 11));
  passend_student_set_mentor_id (student, sqlite3_column_int64 (statement, 12));
  passend_student_set_enrolled_on (student, _passend_column_day (statement, 13));
  passend_student_set_left_on (student, _passend_column_day (statement, 14));
  passend_student_set_mentor_name (student, mentor_name);

  if (sqlite3_column_type (statement, 18) != SQLITE_NULL)
    {
      PassendPhase phase = PASSEND_PHASE_0_OVERDRACHT;
      PassendRegie regie = PASSEND_REGIE_MENTOR;

      passend_phase_from_code (_passend_column_text (statement, 19), &phase);
      passend_regie_from_code (_passend_column_text (statement, 20), &regie);

      passend_student_set_niveau (student, (PassendNiveau) sqlite3_column_int (statement, 18));
      passend_student_set_phase (student, phase);
      passend_student_set_regie (student, regie);
      passend_student_set_regie_person_id (student, sqlite3_column_int64 (statement, 21));
      passend_student_set_case_open (student, sqlite3_column_int (statement, 22) != 0);
      passend_student_set_regie_name (student, regie_name);
    }

  return student;
}

static gboolean
student_not_found (GError **error)
{
  g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                       _("The student does not exist."));
  return FALSE;
}

/* What every stored student needs, checked before a write so the
 * coordinator reads which field is missing rather than a constraint. */
gboolean
_passend_database_check_student (PassendStudent  *student,
                                 GError         **error)
{
  if (_passend_is_blank (passend_student_get_lvs_number (student)))
    return _passend_database_invalid (error, _("A student needs an LVS number."));
  if (_passend_is_blank (passend_student_get_achternaam (student)))
    return _passend_database_invalid (error, _("A student needs a family name."));
  if (passend_student_get_year (student) < 0 || passend_student_get_year (student) > 7)
    return _passend_database_invalid (error, _("The school year of a student must be at most 7."));
  return TRUE;
}

/* Turns a failed insert or update of a student row into a message that
 * names the problem. */
gboolean
_passend_database_student_write_failed (PassendDatabase  *self,
                                        int               rc,
                                        PassendStudent   *student,
                                        GError          **error)
{
  g_autofree char *duplicate = NULL;

  switch (rc)
    {
    case SQLITE_CONSTRAINT_UNIQUE:
      duplicate = g_strdup_printf (_("A student with LVS number %s already exists."),
                                   passend_student_get_lvs_number (student));
      return _passend_database_fail (self, rc, duplicate, error);
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      return _passend_database_fail (self, rc, _("The mentor does not exist."), error);
    case SQLITE_CONSTRAINT_CHECK:
      return _passend_database_fail (self, rc, _("A date of the student is not valid: a student cannot leave before enrolling."), error);
    default:
      return _passend_database_fail (self, rc, NULL, error);
    }
}

static gboolean
insert_student (PassendDatabase  *self,
                PassendStudent   *student,
                gint64           *id,
                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO student (lvs_number, roepnaam, voorletters, "
                                         "tussenvoegsel, achternaam, birth_date, gender, class_name, "
                                         "year, track, location, mentor_id, enrolled_on, left_on) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                                         error);
  if (statement == NULL)
    return FALSE;

  _passend_bind_text (statement, 1, passend_student_get_lvs_number (student));
  _passend_bind_text (statement, 2, passend_student_get_roepnaam (student));
  _passend_bind_text (statement, 3, passend_student_get_voorletters (student));
  _passend_bind_text (statement, 4, passend_student_get_tussenvoegsel (student));
  _passend_bind_text (statement, 5, passend_student_get_achternaam (student));
  _passend_bind_day (statement, 6, passend_student_get_birth_date (student));
  _passend_bind_text (statement, 7, passend_student_get_gender (student));
  _passend_bind_text (statement, 8, passend_student_get_class_name (student));
  sqlite3_bind_int (statement, 9, passend_student_get_year (student));
  _passend_bind_text (statement, 10, passend_student_get_track (student));
  _passend_bind_text (statement, 11, passend_student_get_location (student));
  _passend_bind_id (statement, 12, passend_student_get_mentor_id (student));
  _passend_bind_day (statement, 13, passend_student_get_enrolled_on (student));
  _passend_bind_day (statement, 14, passend_student_get_left_on (student));

  rc = sqlite3_step (statement);
  switch (rc)
    {
    case SQLITE_DONE:
      *id = sqlite3_last_insert_rowid (self->db);
      return TRUE;
    default:
      return _passend_database_student_write_failed (self, rc, student, error);
    }
}

/**
 * passend_database_add_student:
 *
 * Stores a new student and sets its id. An LVS number that is already
 * stored is refused with %PASSEND_DATABASE_ERROR_CONSTRAINT.
 */
gboolean
passend_database_add_student (PassendDatabase  *self,
                              PassendStudent   *student,
                              GError          **error)
{
  gint64 id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_STUDENT (student), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (passend_student_get_id (student) != 0)
    return _passend_database_invalid (error, _("This student is already stored."));
  if (!_passend_database_check_student (student, error))
    return FALSE;

  if (!_passend_database_create (self, "student", (PassendInsertFunc) insert_student, student, &id, error))
    return FALSE;

  passend_student_set_id (student, id);
  return TRUE;
}

PassendStudent *
passend_database_get_student (PassendDatabase  *self,
                              gint64            student_id,
                              GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         "SELECT " STUDENT_COLUMNS
                                         " FROM student AS s"
                                         " LEFT JOIN support_status AS st ON st.student_id = s.id"
                                         PEOPLE_JOINS
                                         " WHERE s.id = ?1",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, student_id);

  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    return student_from_row (statement);

  if (rc == SQLITE_DONE)
    student_not_found (error);
  else
    _passend_database_fail (self, rc, NULL, error);

  return NULL;
}

static int
compare_students (gconstpointer a,
                  gconstpointer b)
{
  return passend_student_compare_by_name (*(PassendStudent * const *) a,
                                          *(PassendStudent * const *) b);
}

GListModel *
passend_database_list_caseload (PassendDatabase  *self,
                                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GPtrArray) students = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *store;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         "SELECT " STUDENT_COLUMNS
                                         " FROM support_status AS st"
                                         " JOIN student AS s ON s.id = st.student_id"
                                         PEOPLE_JOINS
                                         " WHERE st.case_open = 1",
                                         error);
  if (statement == NULL)
    return NULL;

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    g_ptr_array_add (students, student_from_row (statement));

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  /* Sorted here: the Dutch name order ("Vries, Jan de") is not SQL's. One
   * splice emits one items-changed for the whole list. */
  g_ptr_array_sort (students, compare_students);

  store = g_list_store_new (PASSEND_TYPE_STUDENT);
  g_list_store_splice (store, 0, 0, students->pdata, students->len);
  return G_LIST_MODEL (store);
}

/* Support status */

static const char *
regie_dutch (const char *code)
{
  if (g_strcmp0 (code, "leco") == 0)
    return "LeCo";
  if (g_strcmp0 (code, "oco") == 0)
    return "OCo";
  return "mentor";
}

/* The title of the timeline entry a status change leaves. It is record
 * text, so Dutch whatever the language of the interface. */
static char *
status_change_title (gboolean    had_status,
                     int         old_niveau,
                     const char *old_phase,
                     const char *old_regie,
                     int         niveau,
                     const char *phase,
                     const char *regie)
{
  g_autoptr(GString) title = g_string_new (NULL);

  if (!had_status)
    {
      g_string_printf (title, "In ondersteuning: niveau %d, fase %s, regie %s",
                       niveau, phase, regie_dutch (regie));
      return g_string_free (g_steal_pointer (&title), FALSE);
    }

  if (old_niveau != niveau)
    g_string_append_printf (title, "niveau %d → %d", old_niveau, niveau);
  if (g_strcmp0 (old_phase, phase) != 0)
    g_string_append_printf (title, "%sfase %s → %s", title->len > 0 ? ", " : "", old_phase, phase);
  if (g_strcmp0 (old_regie, regie) != 0)
    g_string_append_printf (title, "%sregie %s → %s", title->len > 0 ? ", " : "",
                            regie_dutch (old_regie), regie_dutch (regie));

  if (title->len == 0)
    g_string_printf (title, "ondersteuning bijgewerkt: niveau %d, fase %s, regie %s",
                     niveau, phase, regie_dutch (regie));

  /* Every part starts with an ASCII letter. */
  title->str[0] = g_ascii_toupper (title->str[0]);
  return g_string_free (g_steal_pointer (&title), FALSE);
}

static PassendTimelineEntry *
status_change_entry (PassendDatabase  *self,
                     gint64            student_id,
                     int               niveau,
                     const char       *phase_code,
                     const char       *regie_code,
                     const char       *reason,
                     gint64            changed_at,
                     GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *title = NULL;
  PassendTimelineEntry *entry;
  gboolean had_status;
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT st.case_open, st.niveau, st.phase, st.regie"
                                         " FROM student AS s"
                                         " LEFT JOIN support_status AS st ON st.student_id = s.id"
                                         " WHERE s.id = ?1",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, student_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    {
      student_not_found (error);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  had_status = sqlite3_column_int (statement, 0) == 1;
  title = status_change_title (had_status,
                               sqlite3_column_int (statement, 1),
                               _passend_column_text (statement, 2),
                               _passend_column_text (statement, 3),
                               niveau, phase_code, regie_code);

  entry = passend_timeline_entry_new ();
  passend_timeline_entry_set_student_id (entry, student_id);
  passend_timeline_entry_set_kind (entry, PASSEND_ENTRY_KIND_STATUS_CHANGE);
  passend_timeline_entry_set_occurred_at (entry, changed_at);
  passend_timeline_entry_set_author (entry, self->actor);
  passend_timeline_entry_set_title (entry, title);
  passend_timeline_entry_set_body (entry, reason != NULL ? reason : "");
  passend_timeline_entry_set_confidentiality (entry, PASSEND_CONFIDENTIALITY_NORMAL);
  passend_timeline_entry_set_is_fact (entry, TRUE);
  return entry;
}

static gboolean
store_status (PassendDatabase  *self,
              gint64            student_id,
              int               niveau,
              const char       *phase_code,
              const char       *regie_code,
              gint64            regie_person_id,
              const char       *reason,
              gint64            changed_at,
              GError          **error)
{
  g_autoptr(PassendStatement) upsert = NULL;
  g_autoptr(PassendStatement) history = NULL;
  int rc;

  upsert = _passend_database_prepare (self,
                                      "INSERT INTO support_status (student_id, niveau, phase, regie, "
                                      "regie_person_id, case_open, opened_at, updated_at, extra_support_since) "
                                      "VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?6, CASE WHEN ?2 >= 3 THEN ?7 END) "
                                      "ON CONFLICT (student_id) DO UPDATE SET "
                                      "niveau = excluded.niveau, phase = excluded.phase, "
                                      "regie = excluded.regie, regie_person_id = excluded.regie_person_id, "
                                      "opened_at = CASE WHEN case_open = 1 THEN opened_at ELSE excluded.opened_at END, "
                                      /* The first day of extra support stays while the case
                                       * is open, through ups and downs; a reopened case
                                       * starts afresh. */
                                      "extra_support_since = CASE WHEN case_open = 1 "
                                      "THEN coalesce (extra_support_since, excluded.extra_support_since) "
                                      "ELSE excluded.extra_support_since END, "
                                      "closed_on = CASE WHEN case_open = 1 THEN closed_on END, "
                                      "close_outcome = CASE WHEN case_open = 1 THEN close_outcome END, "
                                      "close_note = CASE WHEN case_open = 1 THEN close_note ELSE '' END, "
                                      "case_open = 1, updated_at = excluded.updated_at",
                                      error);
  if (upsert == NULL)
    return FALSE;

  sqlite3_bind_int64 (upsert, 1, student_id);
  sqlite3_bind_int (upsert, 2, niveau);
  sqlite3_bind_text (upsert, 3, phase_code, -1, SQLITE_STATIC);
  sqlite3_bind_text (upsert, 4, regie_code, -1, SQLITE_STATIC);
  _passend_bind_id (upsert, 5, regie_person_id);
  sqlite3_bind_int64 (upsert, 6, changed_at);
  _passend_bind_day (upsert, 7, passend_day_from_unix (changed_at));

  rc = sqlite3_step (upsert);
  if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
    return _passend_database_fail (self, rc, _("The person given regie does not exist."), error);
  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  history = _passend_database_prepare (self,
                                       "INSERT INTO support_status_history (student_id, changed_at, "
                                       "niveau, phase, regie, regie_person_id, reason, actor) "
                                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                       error);
  if (history == NULL)
    return FALSE;

  sqlite3_bind_int64 (history, 1, student_id);
  sqlite3_bind_int64 (history, 2, changed_at);
  sqlite3_bind_int (history, 3, niveau);
  sqlite3_bind_text (history, 4, phase_code, -1, SQLITE_STATIC);
  sqlite3_bind_text (history, 5, regie_code, -1, SQLITE_STATIC);
  _passend_bind_id (history, 6, regie_person_id);
  _passend_bind_text (history, 7, reason);
  _passend_bind_text (history, 8, self->actor);

  return _passend_database_step_done (self, history, error);
}

/**
 * passend_database_set_support_status:
 *
 * Puts a student in support or changes the status: the status itself, a
 * row of its history and a "status-change" timeline entry commit together
 * or not at all. @changed_at 0 means now.
 */
gboolean
passend_database_set_support_status (PassendDatabase  *self,
                                     gint64            student_id,
                                     PassendNiveau     niveau,
                                     PassendPhase      phase,
                                     PassendRegie      regie,
                                     gint64            regie_person_id,
                                     const char       *reason,
                                     gint64            changed_at,
                                     GError          **error)
{
  g_autoptr(PassendTimelineEntry) entry = NULL;
  const char *phase_code;
  const char *regie_code;
  gint64 entry_id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  phase_code = passend_phase_to_code (phase);
  regie_code = passend_regie_to_code (regie);

  if (niveau < PASSEND_NIVEAU_1 || niveau > PASSEND_NIVEAU_4)
    return _passend_database_invalid (error, _("The support level must be between 1 and 4."));
  if (phase_code == NULL || regie_code == NULL)
    return _passend_database_invalid (error, _("The phase or regie of the support is not known."));

  if (changed_at == 0)
    changed_at = _passend_database_now ();

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  entry = status_change_entry (self, student_id, niveau, phase_code, regie_code,
                               reason, changed_at, error);
  if (entry == NULL ||
      !store_status (self, student_id, niveau, phase_code, regie_code, regie_person_id,
                     reason, changed_at, error) ||
      !_passend_database_insert_entry (self, entry, &entry_id, error) ||
      !_passend_database_audit (self, "update", "support-status", student_id, error) ||
      !_passend_database_audit (self, "create", "timeline-entry", entry_id, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_database_changed (self, "support-status", student_id);
  _passend_database_changed (self, "timeline-entry", entry_id);
  return TRUE;
}

/* Guardians */

static PassendGuardian *
guardian_from_row (PassendStatement *statement)
{
  PassendGuardian *guardian = passend_guardian_new ();

  passend_guardian_set_id (guardian, sqlite3_column_int64 (statement, 0));
  passend_guardian_set_student_id (guardian, sqlite3_column_int64 (statement, 1));
  passend_guardian_set_relation (guardian, _passend_column_text (statement, 2));
  passend_guardian_set_voorletters (guardian, _passend_column_text (statement, 3));
  passend_guardian_set_tussenvoegsel (guardian, _passend_column_text (statement, 4));
  passend_guardian_set_achternaam (guardian, _passend_column_text (statement, 5));
  passend_guardian_set_has_authority (guardian, sqlite3_column_int (statement, 6) != 0);
  passend_guardian_set_email (guardian, _passend_column_text (statement, 7));
  passend_guardian_set_phone (guardian, _passend_column_text (statement, 8));
  passend_guardian_set_phone_is_secret (guardian, sqlite3_column_int (statement, 9) != 0);
  passend_guardian_set_prefers_email (guardian, sqlite3_column_int (statement, 10) != 0);
  return guardian;
}

static gboolean
insert_guardian (PassendDatabase  *self,
                 PassendGuardian  *guardian,
                 gint64           *id,
                 GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO guardian (student_id, relation, voorletters, "
                                         "tussenvoegsel, achternaam, has_authority, email, phone, "
                                         "phone_is_secret, prefers_email) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, passend_guardian_get_student_id (guardian));
  _passend_bind_text (statement, 2, passend_guardian_get_relation (guardian));
  _passend_bind_text (statement, 3, passend_guardian_get_voorletters (guardian));
  _passend_bind_text (statement, 4, passend_guardian_get_tussenvoegsel (guardian));
  _passend_bind_text (statement, 5, passend_guardian_get_achternaam (guardian));
  sqlite3_bind_int (statement, 6, passend_guardian_get_has_authority (guardian) ? 1 : 0);
  _passend_bind_text (statement, 7, passend_guardian_get_email (guardian));
  _passend_bind_text (statement, 8, passend_guardian_get_phone (guardian));
  sqlite3_bind_int (statement, 9, passend_guardian_get_phone_is_secret (guardian) ? 1 : 0);
  sqlite3_bind_int (statement, 10, passend_guardian_get_prefers_email (guardian) ? 1 : 0);

  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    {
      *id = sqlite3_last_insert_rowid (self->db);
      return TRUE;
    }
  if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
    return student_not_found (error);

  return _passend_database_fail (self, rc, NULL, error);
}

gboolean
passend_database_add_guardian (PassendDatabase  *self,
                               PassendGuardian  *guardian,
                               GError          **error)
{
  gint64 id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_GUARDIAN (guardian), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (passend_guardian_get_id (guardian) != 0)
    return _passend_database_invalid (error, _("This guardian is already stored."));
  if (_passend_is_blank (passend_guardian_get_achternaam (guardian)))
    return _passend_database_invalid (error, _("A guardian needs a family name."));

  if (!_passend_database_create (self, "guardian", (PassendInsertFunc) insert_guardian, guardian, &id, error))
    return FALSE;

  passend_guardian_set_id (guardian, id);
  return TRUE;
}

GListModel *
passend_database_list_guardians (PassendDatabase  *self,
                                 gint64            student_id,
                                 GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GListStore) store = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         "SELECT id, student_id, relation, voorletters, tussenvoegsel, "
                                         "achternaam, has_authority, email, phone, phone_is_secret, "
                                         "prefers_email FROM guardian WHERE student_id = ?1 "
                                         "ORDER BY has_authority DESC, id",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, student_id);

  store = g_list_store_new (PASSEND_TYPE_GUARDIAN);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      g_autoptr(PassendGuardian) guardian = guardian_from_row (statement);

      g_list_store_append (store, guardian);
    }

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/* Support needs: tags such as "dyslexie", created on first use and the
 * same whatever the case they are typed in. */

static gboolean
need_id_for_label (PassendDatabase  *self,
                   const char       *label,
                   gint64           *need_id,
                   GError          **error)
{
  g_autoptr(PassendStatement) insert = NULL;
  g_autoptr(PassendStatement) select = NULL;
  int rc;

  insert = _passend_database_prepare (self,
                                      "INSERT INTO support_need (label) VALUES (?1) "
                                      "ON CONFLICT (label) DO NOTHING",
                                      error);
  if (insert == NULL)
    return FALSE;

  _passend_bind_text (insert, 1, label);
  if (!_passend_database_step_done (self, insert, error))
    return FALSE;

  select = _passend_database_prepare (self, "SELECT id FROM support_need WHERE label = ?1", error);
  if (select == NULL)
    return FALSE;

  _passend_bind_text (select, 1, label);
  rc = sqlite3_step (select);
  if (rc != SQLITE_ROW)
    return _passend_database_fail (self, rc, NULL, error);

  *need_id = sqlite3_column_int64 (select, 0);
  return TRUE;
}

static gboolean
link_need (PassendDatabase  *self,
           gint64            student_id,
           gint64            need_id,
           gboolean         *added,
           GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO student_support_need (student_id, need_id) "
                                         "VALUES (?1, ?2) ON CONFLICT DO NOTHING",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, student_id);
  sqlite3_bind_int64 (statement, 2, need_id);

  rc = sqlite3_step (statement);
  if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
    return student_not_found (error);
  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  *added = sqlite3_changes (self->db) > 0;
  return TRUE;
}

/**
 * passend_database_add_support_need:
 *
 * Gives a student a support need, creating the need on first use. Adding
 * a need the student already has changes nothing and succeeds.
 */
gboolean
passend_database_add_support_need (PassendDatabase  *self,
                                   gint64            student_id,
                                   const char       *need,
                                   GError          **error)
{
  g_autofree char *label = NULL;
  gint64 need_id = 0;
  gboolean added = FALSE;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (need != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  label = g_strstrip (g_strdup (need));
  if (_passend_is_blank (label))
    return _passend_database_invalid (error, _("A support need needs a name."));

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  if (!need_id_for_label (self, label, &need_id, error) ||
      !link_need (self, student_id, need_id, &added, error) ||
      (added && !_passend_database_audit (self, "create", "support-need", student_id, error)))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  if (added)
    _passend_database_changed (self, "support-need", student_id);
  return TRUE;
}

GStrv
passend_database_list_support_needs (PassendDatabase  *self,
                                     gint64            student_id,
                                     GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         "SELECT n.label FROM student_support_need AS sn "
                                         "JOIN support_need AS n ON n.id = sn.need_id "
                                         "WHERE sn.student_id = ?1 ORDER BY n.label",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, student_id);

  builder = g_strv_builder_new ();
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    g_strv_builder_add (builder, _passend_column_text (statement, 0));

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return g_strv_builder_end (builder);
}
