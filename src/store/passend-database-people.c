/* passend-database-people.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "passend-database-private.h"
#include "passend-text.h"

/* School: one row, id 1, made by the first migration. */

PassendSchool *
passend_database_get_school (PassendDatabase  *self,
                             GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  PassendSchool *school;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         "SELECT name, brin, city, swv_name, coordinator_name "
                                         "FROM school WHERE id = 1",
                                         error);
  if (statement == NULL)
    return NULL;

  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("The database has no school."));
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  school = passend_school_new ();
  passend_school_set_name (school, _passend_column_text (statement, 0));
  passend_school_set_brin (school, _passend_column_text (statement, 1));
  passend_school_set_city (school, _passend_column_text (statement, 2));
  passend_school_set_swv_name (school, _passend_column_text (statement, 3));
  passend_school_set_coordinator_name (school, _passend_column_text (statement, 4));
  return school;
}

static gboolean
update_school (PassendDatabase  *self,
               PassendSchool    *school,
               GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO school (id, name, brin, city, swv_name, coordinator_name) "
                                         "VALUES (1, ?1, ?2, ?3, ?4, ?5) "
                                         "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                                         "brin = excluded.brin, city = excluded.city, "
                                         "swv_name = excluded.swv_name, "
                                         "coordinator_name = excluded.coordinator_name",
                                         error);
  if (statement == NULL)
    return FALSE;

  _passend_bind_text (statement, 1, passend_school_get_name (school));
  _passend_bind_text (statement, 2, passend_school_get_brin (school));
  _passend_bind_text (statement, 3, passend_school_get_city (school));
  _passend_bind_text (statement, 4, passend_school_get_swv_name (school));
  _passend_bind_text (statement, 5, passend_school_get_coordinator_name (school));

  return _passend_database_step_done (self, statement, error);
}

gboolean
passend_database_set_school (PassendDatabase  *self,
                             PassendSchool    *school,
                             GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_SCHOOL (school), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  if (!update_school (self, school, error) ||
      !_passend_database_audit (self, "update", "school", 1, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_database_changed (self, "school", 1);
  return TRUE;
}

/* Organisations */

static gboolean
insert_organisation (PassendDatabase      *self,
                     PassendOrganisation  *organisation,
                     gint64               *id,
                     GError              **error)
{
  const char *kind_code = passend_organisation_kind_to_code (passend_organisation_get_kind (organisation));
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO organisation (name, kind, email, phone, address) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5)",
                                         error);
  if (statement == NULL)
    return FALSE;

  _passend_bind_text (statement, 1, passend_organisation_get_name (organisation));
  sqlite3_bind_text (statement, 2, kind_code, -1, SQLITE_STATIC);
  _passend_bind_text (statement, 3, passend_organisation_get_email (organisation));
  _passend_bind_text (statement, 4, passend_organisation_get_phone (organisation));
  _passend_bind_text (statement, 5, passend_organisation_get_address (organisation));

  if (!_passend_database_step_done (self, statement, error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

gboolean
passend_database_add_organisation (PassendDatabase      *self,
                                   PassendOrganisation  *organisation,
                                   GError              **error)
{
  const char *kind_code;
  gint64 id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_ORGANISATION (organisation), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  kind_code = passend_organisation_kind_to_code (passend_organisation_get_kind (organisation));

  if (passend_organisation_get_id (organisation) != 0)
    return _passend_database_invalid (error, _("This organisation is already stored."));
  if (_passend_is_blank (passend_organisation_get_name (organisation)))
    return _passend_database_invalid (error, _("An organisation needs a name."));
  if (kind_code == NULL)
    return _passend_database_invalid (error, _("The kind of organisation is not known."));

  if (!_passend_database_create (self, "organisation", (PassendInsertFunc) insert_organisation, organisation, &id, error))
    return FALSE;

  passend_organisation_set_id (organisation, id);
  return TRUE;
}

/* People */

static gboolean
insert_person (PassendDatabase  *self,
               PassendPerson    *person,
               gint64           *id,
               GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO person (given_name, tussenvoegsel, family_name, "
                                         "role, internal, code, organisation_id, email, phone) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                                         error);
  if (statement == NULL)
    return FALSE;

  _passend_bind_text (statement, 1, passend_person_get_given_name (person));
  _passend_bind_text (statement, 2, passend_person_get_tussenvoegsel (person));
  _passend_bind_text (statement, 3, passend_person_get_family_name (person));
  _passend_bind_text (statement, 4, passend_person_get_role (person));
  sqlite3_bind_int (statement, 5, passend_person_get_internal (person) ? 1 : 0);
  _passend_bind_text (statement, 6, passend_person_get_code (person));
  _passend_bind_id (statement, 7, passend_person_get_organisation_id (person));
  _passend_bind_text (statement, 8, passend_person_get_email (person));
  _passend_bind_text (statement, 9, passend_person_get_phone (person));

  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    {
      *id = sqlite3_last_insert_rowid (self->db);
      return TRUE;
    }

  if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("The organisation of this person does not exist."));
      return FALSE;
    }

  return _passend_database_fail (self, rc, NULL, error);
}

gboolean
passend_database_add_person (PassendDatabase  *self,
                             PassendPerson    *person,
                             GError          **error)
{
  gint64 id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_PERSON (person), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (passend_person_get_id (person) != 0)
    return _passend_database_invalid (error, _("This person is already stored."));
  if (_passend_is_blank (passend_person_get_family_name (person)))
    return _passend_database_invalid (error, _("A person needs a family name."));

  if (!_passend_database_create (self, "person", (PassendInsertFunc) insert_person, person, &id, error))
    return FALSE;

  passend_person_set_id (person, id);
  return TRUE;
}

static PassendPerson *
person_from_row (PassendStatement *statement)
{
  PassendPerson *person = passend_person_new ();

  passend_person_set_id (person, sqlite3_column_int64 (statement, 0));
  passend_person_set_given_name (person, _passend_column_text (statement, 1));
  passend_person_set_tussenvoegsel (person, _passend_column_text (statement, 2));
  passend_person_set_family_name (person, _passend_column_text (statement, 3));
  passend_person_set_role (person, _passend_column_text (statement, 4));
  passend_person_set_internal (person, sqlite3_column_int (statement, 5) != 0);
  passend_person_set_code (person, _passend_column_text (statement, 6));
  passend_person_set_organisation_id (person, sqlite3_column_int64 (statement, 7));
  passend_person_set_email (person, _passend_column_text (statement, 8));
  passend_person_set_phone (person, _passend_column_text (statement, 9));
  return person;
}

typedef struct
{
  char          *key;
  PassendPerson *person;
} SortablePerson;

static void
sortable_person_clear (gpointer data)
{
  SortablePerson *item = data;

  g_free (item->key);
  g_object_unref (item->person);
}

static int
sortable_person_compare (gconstpointer a,
                         gconstpointer b)
{
  return strcmp (((const SortablePerson *) a)->key, ((const SortablePerson *) b)->key);
}

/**
 * passend_database_list_people:
 *
 * Returns: (transfer full): a #GListModel of #PassendPerson in the Dutch
 *   name order, by family name ("Vries, Jan de")
 */
GListModel *
passend_database_list_people (PassendDatabase  *self,
                              GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GArray) items = NULL;
  GListStore *store;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         "SELECT id, given_name, tussenvoegsel, family_name, role, "
                                         "internal, code, organisation_id, email, phone FROM person",
                                         error);
  if (statement == NULL)
    return NULL;

  items = g_array_new (FALSE, FALSE, sizeof (SortablePerson));
  g_array_set_clear_func (items, sortable_person_clear);

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      SortablePerson item;
      g_autofree char *sort_name = NULL;

      item.person = person_from_row (statement);
      sort_name = passend_text_sort_name (passend_person_get_given_name (item.person),
                                          passend_person_get_tussenvoegsel (item.person),
                                          passend_person_get_family_name (item.person));
      item.key = g_utf8_collate_key (sort_name, -1);
      g_array_append_val (items, item);
    }

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  g_array_sort (items, sortable_person_compare);

  store = g_list_store_new (PASSEND_TYPE_PERSON);
  for (guint i = 0; i < items->len; i++)
    g_list_store_append (store, g_array_index (items, SortablePerson, i).person);

  return G_LIST_MODEL (store);
}
