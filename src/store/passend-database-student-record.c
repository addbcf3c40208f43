/* passend-database-student-record.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-private.h"
#include "passend-text.h"

/* Editing a student's administrative fields, support needs and involved
 * people. Closing and reopening cases lives in passend-database-cases.c,
 * guardians in passend-database-guardians.c. */

static gboolean
student_not_found (GError **error)
{
  g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                       _("The student does not exist."));
  return FALSE;
}

static gboolean
write_student_row (PassendDatabase  *self,
                   PassendStudent   *student,
                   GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "UPDATE student SET lvs_number = ?2, roepnaam = ?3, "
                                         "voorletters = ?4, tussenvoegsel = ?5, achternaam = ?6, "
                                         "birth_date = ?7, gender = ?8, class_name = ?9, year = ?10, "
                                         "track = ?11, location = ?12, mentor_id = ?13, "
                                         "enrolled_on = ?14, left_on = ?15 WHERE id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, passend_student_get_id (student));
  _passend_bind_text (statement, 2, passend_student_get_lvs_number (student));
  _passend_bind_text (statement, 3, passend_student_get_roepnaam (student));
  _passend_bind_text (statement, 4, passend_student_get_voorletters (student));
  _passend_bind_text (statement, 5, passend_student_get_tussenvoegsel (student));
  _passend_bind_text (statement, 6, passend_student_get_achternaam (student));
  _passend_bind_day (statement, 7, passend_student_get_birth_date (student));
  _passend_bind_text (statement, 8, passend_student_get_gender (student));
  _passend_bind_text (statement, 9, passend_student_get_class_name (student));
  sqlite3_bind_int (statement, 10, passend_student_get_year (student));
  _passend_bind_text (statement, 11, passend_student_get_track (student));
  _passend_bind_text (statement, 12, passend_student_get_location (student));
  _passend_bind_id (statement, 13, passend_student_get_mentor_id (student));
  _passend_bind_day (statement, 14, passend_student_get_enrolled_on (student));
  _passend_bind_day (statement, 15, passend_student_get_left_on (student));

  rc = sqlite3_step (statement);
  switch (rc)
    {
    case SQLITE_DONE:
      if (sqlite3_changes (self->db) == 0)
        return student_not_found (error);
      return TRUE;
    default:
      return _passend_database_student_write_failed (self, rc, student, error);
    }
}

/**
 * passend_database_update_student:
 *
 * Stores the administrative fields of @student, which must be stored
 * already. The support status is not touched.
 */
gboolean
passend_database_update_student (PassendDatabase  *self,
                                 PassendStudent   *student,
                                 GError          **error)
{
  PassendDay enrolled;
  PassendDay left;
  gint64 id;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_STUDENT (student), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = passend_student_get_id (student);
  enrolled = passend_student_get_enrolled_on (student);
  left = passend_student_get_left_on (student);

  if (id == 0)
    return _passend_database_invalid (error, _("This student is not stored yet."));
  if (!_passend_database_check_student (student, error))
    return FALSE;
  if (left != PASSEND_DAY_NONE && enrolled != PASSEND_DAY_NONE && left < enrolled)
    return _passend_database_invalid (error, _("The leaving date cannot lie before the enrolment date."));

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  if (!write_student_row (self, student, error) ||
      !_passend_database_audit (self, "update", "student", id, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_database_changed (self, "student", id);
  return TRUE;
}

/* Support needs */

/**
 * passend_database_remove_support_need:
 *
 * Takes @need from the student; the need stays known for others.
 */
gboolean
passend_database_remove_support_need (PassendDatabase  *self,
                                      gint64            student_id,
                                      const char       *need,
                                      GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  gboolean removed;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (need != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  statement = _passend_database_prepare (self,
                                         "DELETE FROM student_support_need WHERE student_id = ?1 "
                                         "AND need_id = (SELECT id FROM support_need WHERE label = trim (?2))",
                                         error);
  if (statement == NULL)
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  sqlite3_bind_int64 (statement, 1, student_id);
  _passend_bind_text (statement, 2, need);

  if (!_passend_database_step_done (self, statement, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  removed = sqlite3_changes (self->db) > 0;
  if (removed && !_passend_database_audit (self, "delete", "support-need", student_id, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  if (removed)
    _passend_database_changed (self, "support-need", student_id);
  return TRUE;
}

GStrv
passend_database_list_all_support_needs (PassendDatabase  *self,
                                         GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self, "SELECT label FROM support_need ORDER BY label", error);
  if (statement == NULL)
    return NULL;

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

/* Involved people */

void
passend_involved_person_free (PassendInvolvedPerson *involved)
{
  if (involved == NULL)
    return;

  g_free (involved->name);
  g_free (involved->role);
  g_free (involved->note);
  g_free (involved);
}

static gboolean
write_involved (PassendDatabase  *self,
                gint64            student_id,
                gint64            person_id,
                const char       *note,
                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO student_person (student_id, person_id, note) "
                                         "VALUES (?1, ?2, ?3) ON CONFLICT (student_id, person_id) "
                                         "DO UPDATE SET note = excluded.note",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, student_id);
  sqlite3_bind_int64 (statement, 2, person_id);
  _passend_bind_text (statement, 3, note);

  rc = sqlite3_step (statement);
  if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
    return _passend_database_fail (self, rc, _("The student or the person does not exist."), error);
  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

gboolean
passend_database_add_involved_person (PassendDatabase  *self,
                                      gint64            student_id,
                                      gint64            person_id,
                                      const char       *note,
                                      GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  if (!write_involved (self, student_id, person_id, note, error) ||
      !_passend_database_audit (self, "create", "student-person", student_id, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_database_changed (self, "person", person_id);
  return TRUE;
}

gboolean
passend_database_remove_involved_person (PassendDatabase  *self,
                                         gint64            student_id,
                                         gint64            person_id,
                                         GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  statement = _passend_database_prepare (self,
                                         "DELETE FROM student_person WHERE student_id = ?1 AND person_id = ?2",
                                         error);
  if (statement != NULL)
    {
      sqlite3_bind_int64 (statement, 1, student_id);
      sqlite3_bind_int64 (statement, 2, person_id);
    }

  if (statement == NULL ||
      !_passend_database_step_done (self, statement, error) ||
      !_passend_database_audit (self, "delete", "student-person", student_id, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_database_changed (self, "person", person_id);
  return TRUE;
}

GPtrArray *
passend_database_list_involved_people (PassendDatabase  *self,
                                       gint64            student_id,
                                       GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GPtrArray) people = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         "SELECT p.id, p.given_name, p.tussenvoegsel, p.family_name, "
                                         "p.role, sp.note FROM student_person AS sp "
                                         "JOIN person AS p ON p.id = sp.person_id "
                                         "WHERE sp.student_id = ?1 ORDER BY p.family_name, p.given_name",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, student_id);

  people = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_involved_person_free);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      PassendInvolvedPerson *involved = g_new0 (PassendInvolvedPerson, 1);

      involved->person_id = sqlite3_column_int64 (statement, 0);
      involved->name = passend_text_join_name (_passend_column_text (statement, 1),
                                               _passend_column_text (statement, 2),
                                               _passend_column_text (statement, 3));
      involved->role = g_strdup (_passend_column_text (statement, 4));
      involved->note = g_strdup (_passend_column_text (statement, 5));
      g_ptr_array_add (people, involved);
    }

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return g_steal_pointer (&people);
}
