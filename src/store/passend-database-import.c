/* passend-database-import.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-private.h"
#include "passend-text.h"

/* The administrative fields of a stored student, as the import compares
 * them. Nothing of the support status is read. */
typedef struct
{
  gint64      id;
  char       *lvs_number;
  char       *roepnaam;
  char       *voorletters;
  char       *tussenvoegsel;
  char       *achternaam;
  PassendDay  birth_date;
  char       *gender;
  char       *class_name;
  int         year;
  char       *track;
  char       *location;
  gint64      mentor_id;
  PassendDay  left_on;
} Stored;

static void
stored_free (Stored *stored)
{
  g_free (stored->lvs_number);
  g_free (stored->roepnaam);
  g_free (stored->voorletters);
  g_free (stored->tussenvoegsel);
  g_free (stored->achternaam);
  g_free (stored->gender);
  g_free (stored->class_name);
  g_free (stored->track);
  g_free (stored->location);
  g_free (stored);
}

/* LVS number → Stored, every student of the school. */
static GHashTable *
load_stored (PassendDatabase  *self,
             GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GHashTable) stored = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT id, lvs_number, roepnaam, voorletters, tussenvoegsel, "
                                         "achternaam, birth_date, gender, class_name, year, track, "
                                         "location, mentor_id, left_on FROM student",
                                         error);
  if (statement == NULL)
    return NULL;

  stored = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) stored_free);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      Stored *s = g_new0 (Stored, 1);

      s->id = sqlite3_column_int64 (statement, 0);
      s->lvs_number = g_strdup (_passend_column_text (statement, 1));
      s->roepnaam = g_strdup (_passend_column_text (statement, 2));
      s->voorletters = g_strdup (_passend_column_text (statement, 3));
      s->tussenvoegsel = g_strdup (_passend_column_text (statement, 4));
      s->achternaam = g_strdup (_passend_column_text (statement, 5));
      s->birth_date = _passend_column_day (statement, 6);
      s->gender = g_strdup (_passend_column_text (statement, 7));
      s->class_name = g_strdup (_passend_column_text (statement, 8));
      s->year = sqlite3_column_int (statement, 9);
      s->track = g_strdup (_passend_column_text (statement, 10));
      s->location = g_strdup (_passend_column_text (statement, 11));
      s->mentor_id = sqlite3_column_int64 (statement, 12);
      s->left_on = _passend_column_day (statement, 13);
      g_hash_table_insert (stored, s->lvs_number, s);
    }

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return g_steal_pointer (&stored);
}

/* Staff by folded code, name ("jan de vries") and sort name ("vries, jan
 * de"); a key two people share maps to -1, so it matches nobody. */
static void
add_staff_key (GHashTable *staff,
               char       *key,
               gint64      id)
{
  gpointer existing;

  if (*key == '\0')
    {
      g_free (key);
      return;
    }

  if (g_hash_table_lookup_extended (staff, key, NULL, &existing))
    {
      if (*(gint64 *) existing != id)
        *(gint64 *) existing = -1;
      g_free (key);
      return;
    }

  g_hash_table_insert (staff, key, g_memdup2 (&id, sizeof id));
}

static GHashTable *
load_staff (PassendDatabase  *self,
            GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GHashTable) staff = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT id, given_name, tussenvoegsel, family_name, code "
                                         "FROM person WHERE internal = 1",
                                         error);
  if (statement == NULL)
    return NULL;

  staff = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (statement, 0);
      const char *given = _passend_column_text (statement, 1);
      const char *tussenvoegsel = _passend_column_text (statement, 2);
      const char *family = _passend_column_text (statement, 3);
      g_autofree char *name = passend_text_join_name (given, tussenvoegsel, family);
      g_autofree char *sort_name = passend_text_sort_name (given, tussenvoegsel, family);

      add_staff_key (staff, passend_text_fold (_passend_column_text (statement, 4)), id);
      add_staff_key (staff, passend_text_fold (name), id);
      add_staff_key (staff, passend_text_fold (sort_name), id);
    }

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return g_steal_pointer (&staff);
}

static void
resolve_mentor (GHashTable     *staff,
                PassendStudent *student)
{
  g_autofree char *key = passend_text_fold (passend_student_get_mentor_name (student));
  gint64 *id = g_hash_table_lookup (staff, key);

  passend_student_set_mentor_id (student, id != NULL && *id > 0 ? *id : 0);
}

static gboolean
text_differs (PassendImportFields  present,
              PassendImportFields  field,
              const char          *stored,
              const char          *incoming)
{
  return (present & field) != 0 && g_strcmp0 (stored, incoming) != 0;
}

static PassendImportFields
compare (const Stored        *s,
         PassendStudent      *in,
         PassendImportFields  present)
{
  PassendImportFields changed = 0;

  if (text_differs (present, PASSEND_IMPORT_FIELD_ROEPNAAM, s->roepnaam, passend_student_get_roepnaam (in)))
    changed |= PASSEND_IMPORT_FIELD_ROEPNAAM;
  if (text_differs (present, PASSEND_IMPORT_FIELD_VOORLETTERS, s->voorletters, passend_student_get_voorletters (in)))
    changed |= PASSEND_IMPORT_FIELD_VOORLETTERS;
  if (text_differs (present, PASSEND_IMPORT_FIELD_TUSSENVOEGSEL, s->tussenvoegsel, passend_student_get_tussenvoegsel (in)))
    changed |= PASSEND_IMPORT_FIELD_TUSSENVOEGSEL;
  if (text_differs (present, PASSEND_IMPORT_FIELD_ACHTERNAAM, s->achternaam, passend_student_get_achternaam (in)))
    changed |= PASSEND_IMPORT_FIELD_ACHTERNAAM;
  if (text_differs (present, PASSEND_IMPORT_FIELD_GENDER, s->gender, passend_student_get_gender (in)))
    changed |= PASSEND_IMPORT_FIELD_GENDER;
  if (text_differs (present, PASSEND_IMPORT_FIELD_CLASS, s->class_name, passend_student_get_class_name (in)))
    changed |= PASSEND_IMPORT_FIELD_CLASS;
  if (text_differs (present, PASSEND_IMPORT_FIELD_TRACK, s->track, passend_student_get_track (in)))
    changed |= PASSEND_IMPORT_FIELD_TRACK;
  if (text_differs (present, PASSEND_IMPORT_FIELD_LOCATION, s->location, passend_student_get_location (in)))
    changed |= PASSEND_IMPORT_FIELD_LOCATION;

  /* An empty cell says "not known", not "none": the stored value stays. */
  if ((present & PASSEND_IMPORT_FIELD_BIRTH_DATE) != 0 &&
      passend_student_get_birth_date (in) != PASSEND_DAY_NONE &&
      passend_student_get_birth_date (in) != s->birth_date)
    changed |= PASSEND_IMPORT_FIELD_BIRTH_DATE;
  if ((present & PASSEND_IMPORT_FIELD_YEAR) != 0 &&
      passend_student_get_year (in) != 0 && passend_student_get_year (in) != s->year)
    changed |= PASSEND_IMPORT_FIELD_YEAR;
  if ((present & PASSEND_IMPORT_FIELD_MENTOR) != 0 &&
      passend_student_get_mentor_id (in) > 0 && passend_student_get_mentor_id (in) != s->mentor_id)
    changed |= PASSEND_IMPORT_FIELD_MENTOR;

  return changed;
}

static PassendImportFields
fields_of_new (PassendStudent      *in,
               PassendImportFields  present)
{
  PassendImportFields fields = present;

  if (passend_student_get_mentor_id (in) <= 0)
    fields &= ~PASSEND_IMPORT_FIELD_MENTOR;
  if (passend_student_get_birth_date (in) == PASSEND_DAY_NONE)
    fields &= ~PASSEND_IMPORT_FIELD_BIRTH_DATE;
  if (passend_student_get_year (in) == 0)
    fields &= ~PASSEND_IMPORT_FIELD_YEAR;

  return fields;
}

static gboolean
check_students (GPtrArray  *students,
                GError    **error)
{
  for (guint i = 0; i < students->len; i++)
    {
      PassendStudent *student = g_ptr_array_index (students, i);

      if (!PASSEND_IS_STUDENT (student))
        return _passend_database_invalid (error, _("The import holds something that is not a student."));
      if (_passend_is_blank (passend_student_get_lvs_number (student)))
        return _passend_database_invalid (error, _("A student needs an LVS number."));
      if (_passend_is_blank (passend_student_get_achternaam (student)))
        return _passend_database_invalid (error, _("A student needs a family name."));
      if (passend_student_get_year (student) < 0 || passend_student_get_year (student) > 7)
        return _passend_database_invalid (error, _("The school year of a student must be at most 7."));
    }

  return TRUE;
}

static PassendStudent *
missing_student (const Stored *s)
{
  PassendStudent *student = passend_student_new ();

  passend_student_set_id (student, s->id);
  passend_student_set_lvs_number (student, s->lvs_number);
  passend_student_set_roepnaam (student, s->roepnaam);
  passend_student_set_tussenvoegsel (student, s->tussenvoegsel);
  passend_student_set_achternaam (student, s->achternaam);
  passend_student_set_class_name (student, s->class_name);
  passend_student_set_year (student, s->year);
  return student;
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b)
{
  return passend_student_compare_by_name (*(PassendStudent * const *) a,
                                          *(PassendStudent * const *) b);
}

/**
 * passend_database_plan_import:
 *
 * Compares an export with the stored students and writes nothing.
 */
gboolean
passend_database_plan_import (PassendDatabase      *self,
                              GPtrArray            *students,
                              PassendImportFields   present,
                              GArray              **changed,
                              GPtrArray           **missing,
                              GError              **error)
{
  g_autoptr(GHashTable) stored = NULL;
  g_autoptr(GHashTable) staff = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GArray) result = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (students != NULL, FALSE);
  g_return_val_if_fail (changed != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_students (students, error))
    return FALSE;

  stored = load_stored (self, error);
  if (stored == NULL)
    return FALSE;
  staff = load_staff (self, error);
  if (staff == NULL)
    return FALSE;

  result = g_array_sized_new (FALSE, TRUE, sizeof (guint), students->len);
  seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < students->len; i++)
    {
      PassendStudent *in = g_ptr_array_index (students, i);
      Stored *s = g_hash_table_lookup (stored, passend_student_get_lvs_number (in));
      guint fields;

      resolve_mentor (staff, in);
      passend_student_set_id (in, s != NULL ? s->id : 0);
      fields = s != NULL ? compare (s, in, present) : fields_of_new (in, present);
      g_array_append_val (result, fields);
      g_hash_table_add (seen, (gpointer) passend_student_get_lvs_number (in));
    }

  if (missing != NULL)
    {
      g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func (g_object_unref);
      GHashTableIter iter;
      Stored *s;

      g_hash_table_iter_init (&iter, stored);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &s))
        {
          if (s->left_on == PASSEND_DAY_NONE && !g_hash_table_contains (seen, s->lvs_number))
            g_ptr_array_add (gone, missing_student (s));
        }

      g_ptr_array_sort (gone, compare_by_name);
      *missing = g_steal_pointer (&gone);
    }

  *changed = g_steal_pointer (&result);
  return TRUE;
}

/* Apply */

static gboolean
insert_imported (PassendDatabase  *self,
                 PassendStudent   *in,
                 GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *duplicate = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO student (lvs_number, roepnaam, voorletters, "
                                         "tussenvoegsel, achternaam, birth_date, gender, class_name, "
                                         "year, track, location, mentor_id) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                                         error);
  if (statement == NULL)
    return FALSE;

  _passend_bind_text (statement, 1, passend_student_get_lvs_number (in));
  _passend_bind_text (statement, 2, passend_student_get_roepnaam (in));
  _passend_bind_text (statement, 3, passend_student_get_voorletters (in));
  _passend_bind_text (statement, 4, passend_student_get_tussenvoegsel (in));
  _passend_bind_text (statement, 5, passend_student_get_achternaam (in));
  _passend_bind_day (statement, 6, passend_student_get_birth_date (in));
  _passend_bind_text (statement, 7, passend_student_get_gender (in));
  _passend_bind_text (statement, 8, passend_student_get_class_name (in));
  sqlite3_bind_int (statement, 9, passend_student_get_year (in));
  _passend_bind_text (statement, 10, passend_student_get_track (in));
  _passend_bind_text (statement, 11, passend_student_get_location (in));
  _passend_bind_id (statement, 12, passend_student_get_mentor_id (in));

  rc = sqlite3_step (statement);
  if (rc == SQLITE_CONSTRAINT_UNIQUE)
    {
      duplicate = g_strdup_printf (_("The export holds LVS number %s twice."),
                                   passend_student_get_lvs_number (in));
      return _passend_database_fail (self, rc, duplicate, error);
    }
  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

#define PICK_TEXT(field, getter, member) \
  ((changed & (field)) != 0 ? getter (in) : s->member)

static gboolean
update_imported (PassendDatabase      *self,
                 const Stored         *s,
                 PassendStudent       *in,
                 PassendImportFields   changed,
                 GError              **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "UPDATE student SET roepnaam = ?2, voorletters = ?3, "
                                         "tussenvoegsel = ?4, achternaam = ?5, birth_date = ?6, "
                                         "gender = ?7, class_name = ?8, year = ?9, track = ?10, "
                                         "location = ?11, mentor_id = ?12 WHERE id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, s->id);
  _passend_bind_text (statement, 2, PICK_TEXT (PASSEND_IMPORT_FIELD_ROEPNAAM, passend_student_get_roepnaam, roepnaam));
  _passend_bind_text (statement, 3, PICK_TEXT (PASSEND_IMPORT_FIELD_VOORLETTERS, passend_student_get_voorletters, voorletters));
  _passend_bind_text (statement, 4, PICK_TEXT (PASSEND_IMPORT_FIELD_TUSSENVOEGSEL, passend_student_get_tussenvoegsel, tussenvoegsel));
  _passend_bind_text (statement, 5, PICK_TEXT (PASSEND_IMPORT_FIELD_ACHTERNAAM, passend_student_get_achternaam, achternaam));
  _passend_bind_day (statement, 6, PICK_TEXT (PASSEND_IMPORT_FIELD_BIRTH_DATE, passend_student_get_birth_date, birth_date));
  _passend_bind_text (statement, 7, PICK_TEXT (PASSEND_IMPORT_FIELD_GENDER, passend_student_get_gender, gender));
  _passend_bind_text (statement, 8, PICK_TEXT (PASSEND_IMPORT_FIELD_CLASS, passend_student_get_class_name, class_name));
  sqlite3_bind_int (statement, 9, PICK_TEXT (PASSEND_IMPORT_FIELD_YEAR, passend_student_get_year, year));
  _passend_bind_text (statement, 10, PICK_TEXT (PASSEND_IMPORT_FIELD_TRACK, passend_student_get_track, track));
  _passend_bind_text (statement, 11, PICK_TEXT (PASSEND_IMPORT_FIELD_LOCATION, passend_student_get_location, location));
  _passend_bind_id (statement, 12, PICK_TEXT (PASSEND_IMPORT_FIELD_MENTOR, passend_student_get_mentor_id, mentor_id));

  rc = sqlite3_step (statement);
  if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
    return _passend_database_fail (self, rc, _("The mentor does not exist."), error);
  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

#undef PICK_TEXT

static gboolean
mark_left (PassendDatabase  *self,
           GArray           *leaving,
           PassendDay        left_on,
           guint            *n_left,
           GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  if (leaving == NULL || leaving->len == 0)
    return TRUE;

  statement = _passend_database_prepare (self,
                                         "UPDATE student SET left_on = ?2 "
                                         "WHERE id = ?1 AND left_on IS NULL",
                                         error);
  if (statement == NULL)
    return FALSE;

  for (guint i = 0; i < leaving->len; i++)
    {
      int rc;

      sqlite3_reset (statement);
      sqlite3_bind_int64 (statement, 1, g_array_index (leaving, gint64, i));
      _passend_bind_day (statement, 2, left_on);

      rc = sqlite3_step (statement);
      if (rc == SQLITE_CONSTRAINT_CHECK)
        return _passend_database_fail (self, rc, _("A student cannot leave before enrolling: check the leaving day."), error);
      if (rc != SQLITE_DONE)
        return _passend_database_fail (self, rc, NULL, error);

      *n_left += sqlite3_changes (self->db);
    }

  return TRUE;
}

/* The counts only: the audit log is no copy of the export. */
static gboolean
audit_import (PassendDatabase  *self,
              guint             n_created,
              guint             n_updated,
              guint             n_left,
              GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *detail = g_strdup_printf ("created=%u updated=%u left=%u",
                                             n_created, n_updated, n_left);

  statement = _passend_database_prepare (self,
                                         "INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                                         "VALUES (?1, ?2, 'import', 'student', NULL, ?3)",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, _passend_database_now ());
  _passend_bind_text (statement, 2, self->actor);
  _passend_bind_text (statement, 3, detail);
  return _passend_database_step_done (self, statement, error);
}

static gboolean
apply_students (PassendDatabase      *self,
                GPtrArray            *students,
                PassendImportFields   present,
                guint                *n_created,
                guint                *n_updated,
                GError              **error)
{
  g_autoptr(GHashTable) stored = load_stored (self, error);
  g_autoptr(GHashTable) staff = NULL;

  if (stored == NULL)
    return FALSE;
  staff = load_staff (self, error);
  if (staff == NULL)
    return FALSE;

  for (guint i = 0; i < students->len; i++)
    {
      PassendStudent *in = g_ptr_array_index (students, i);
      Stored *s = g_hash_table_lookup (stored, passend_student_get_lvs_number (in));
      PassendImportFields changed;

      resolve_mentor (staff, in);
      if (s == NULL)
        {
          if (!insert_imported (self, in, error))
            return FALSE;
          (*n_created)++;
          continue;
        }

      changed = compare (s, in, present);
      if (changed == 0)
        continue;
      if (!update_imported (self, s, in, changed, error))
        return FALSE;
      (*n_updated)++;
    }

  return TRUE;
}

/**
 * passend_database_apply_import:
 *
 * Stores an export in one transaction; see passend-database.h.
 */
gboolean
passend_database_apply_import (PassendDatabase      *self,
                               GPtrArray            *students,
                               PassendImportFields   present,
                               GArray               *leaving,
                               PassendDay            left_on,
                               guint                *n_created,
                               guint                *n_updated,
                               GError              **error)
{
  guint created = 0, updated = 0, left = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (students != NULL, FALSE);
  g_return_val_if_fail (leaving == NULL || g_array_get_element_size (leaving) == sizeof (gint64), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_students (students, error))
    return FALSE;
  if (leaving != NULL && leaving->len > 0 && left_on == PASSEND_DAY_NONE)
    return _passend_database_invalid (error, _("Students who left need a leaving day."));

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  if (!apply_students (self, students, present, &created, &updated, error) ||
      !mark_left (self, leaving, left_on, &left, error) ||
      !audit_import (self, created, updated, left, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  g_debug ("Import stored: %u created, %u updated, %u left", created, updated, left);

  if (created + updated + left > 0)
    _passend_database_changed (self, "student", 0);

  if (n_created != NULL)
    *n_created = created;
  if (n_updated != NULL)
    *n_updated = updated;
  return TRUE;
}
