/* passend-database-partners.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "passend-database-partners-private.h"
#include "passend-text.h"

/* The partner directory: one list of people and organisations, each row
 * read into a PassendPartner with everything the lists and the detail
 * pane show, so a page never asks twice. */

#define PERSON_COLUMNS \
  "p.id, p.given_name, p.tussenvoegsel, p.family_name, p.role, p.internal, p.code, " \
  "p.organisation_id, o.name, o.kind, p.email, p.phone, p.note, p.archived " \
  "FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id "

#define ORGANISATION_COLUMNS \
  "id, name, kind, email, phone, note, archived FROM organisation "

static PassendPartner *
partner_from_person_row (PassendStatement *statement)
{
  PassendPartner *partner = passend_partner_new (PASSEND_PARTNER_KIND_PERSON, sqlite3_column_int64 (statement, 0));
  const char *given = _passend_column_text (statement, 1);
  const char *tussenvoegsel = _passend_column_text (statement, 2);
  const char *family = _passend_column_text (statement, 3);
  const char *role = _passend_column_text (statement, 4);
  gboolean internal = sqlite3_column_int (statement, 5) != 0;
  const char *organisation = _passend_column_text (statement, 8);
  const char *role_label = role[0] != '\0' ? passend_partner_role_get_label (role) : "";
  PassendOrganisationKind kind;
  g_autofree char *name = passend_text_join_name (given, tussenvoegsel, family);
  g_autofree char *sort_name = passend_text_sort_name (given, tussenvoegsel, family);
  g_autofree char *detail = NULL;

  if (role_label[0] != '\0' && organisation[0] != '\0')
    detail = g_strdup_printf (C_("role and organisation", "%s · %s"), role_label, organisation);
  else if (role_label[0] != '\0' || organisation[0] != '\0')
    detail = g_strdup (role_label[0] != '\0' ? role_label : organisation);
  else
    detail = g_strdup (internal ? _("School staff") : _("External"));

  passend_partner_set_name (partner, name);
  passend_partner_set_sort_name (partner, sort_name);
  passend_partner_set_detail (partner, detail);
  passend_partner_set_role (partner, role);
  passend_partner_set_internal (partner, internal);
  passend_partner_set_code (partner, _passend_column_text (statement, 6));
  passend_partner_set_organisation_id (partner, sqlite3_column_int64 (statement, 7));
  passend_partner_set_organisation_name (partner, organisation);
  if (passend_organisation_kind_from_code (_passend_column_text (statement, 9), &kind))
    passend_partner_set_organisation_kind (partner, kind);
  passend_partner_set_email (partner, _passend_column_text (statement, 10));
  passend_partner_set_phone (partner, _passend_column_text (statement, 11));
  passend_partner_set_note (partner, _passend_column_text (statement, 12));
  passend_partner_set_archived (partner, sqlite3_column_int (statement, 13) != 0);
  return partner;
}

static PassendPartner *
partner_from_organisation_row (PassendStatement *statement)
{
  gint64 id = sqlite3_column_int64 (statement, 0);
  PassendPartner *partner = passend_partner_new (PASSEND_PARTNER_KIND_ORGANISATION, id);
  const char *name = _passend_column_text (statement, 1);
  PassendOrganisationKind kind = PASSEND_ORGANISATION_KIND_OTHER;

  passend_organisation_kind_from_code (_passend_column_text (statement, 2), &kind);
  passend_partner_set_name (partner, name);
  passend_partner_set_sort_name (partner, name);
  passend_partner_set_detail (partner, passend_organisation_kind_get_label (kind));
  passend_partner_set_organisation_id (partner, id);
  passend_partner_set_organisation_name (partner, name);
  passend_partner_set_organisation_kind (partner, kind);
  passend_partner_set_email (partner, _passend_column_text (statement, 3));
  passend_partner_set_phone (partner, _passend_column_text (statement, 4));
  passend_partner_set_note (partner, _passend_column_text (statement, 5));
  passend_partner_set_archived (partner, sqlite3_column_int (statement, 6) != 0);
  return partner;
}

/* Everything a search may match, folded once per row. */
static char *
partner_haystack (PassendPartner *partner)
{
  PassendOrganisationKind kind;
  const char *role = passend_partner_get_role (partner);
  g_autofree char *text = NULL;

  text = g_strjoin (" ",
                    passend_partner_get_name (partner),
                    role,
                    role[0] != '\0' ? passend_partner_role_get_label (role) : "",
                    passend_partner_get_code (partner),
                    passend_partner_get_organisation_name (partner),
                    passend_partner_get_organisation_kind (partner, &kind)
                      ? passend_organisation_kind_get_label (kind) : "",
                    NULL);
  return passend_text_fold (text);
}

typedef struct
{
  char           *key;
  PassendPartner *partner;
} SortablePartner;

static void
sortable_partner_clear (gpointer data)
{
  SortablePartner *item = data;

  g_free (item->key);
  g_object_unref (item->partner);
}

static int
sortable_partner_compare (gconstpointer a,
                          gconstpointer b)
{
  const SortablePartner *pa = a;
  const SortablePartner *pb = b;
  int cmp = strcmp (pa->key, pb->key);

  if (cmp != 0)
    return cmp;
  /* Stable for equal names: people before organisations, then by id. */
  if (passend_partner_get_kind (pa->partner) != passend_partner_get_kind (pb->partner))
    return passend_partner_get_kind (pa->partner) < passend_partner_get_kind (pb->partner) ? -1 : 1;
  return passend_partner_get_id (pa->partner) < passend_partner_get_id (pb->partner) ? -1 : 1;
}

static gboolean
collect_partners (PassendDatabase     *self,
                  PassendStatement    *statement,
                  gboolean             people,
                  const char * const  *words,
                  GArray              *items,
                  GError             **error)
{
  int rc;

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      g_autoptr(PassendPartner) partner = NULL;
      g_autofree char *folded = NULL;
      SortablePartner item;

      partner = people ? partner_from_person_row (statement) : partner_from_organisation_row (statement);
      if (words != NULL)
        {
          g_autofree char *haystack = partner_haystack (partner);

          if (!passend_text_matches (haystack, words))
            continue;
        }

      /* Folded first, so "Çelik" sorts among the C's in any locale. */
      folded = passend_text_fold (passend_partner_get_sort_name (partner));
      item.key = g_utf8_collate_key (folded, -1);
      item.partner = g_steal_pointer (&partner);
      g_array_append_val (items, item);
    }

  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);
  return TRUE;
}

GListModel *
passend_database_list_partners (PassendDatabase          *self,
                                PassendPartnerListFlags   flags,
                                const char               *search,
                                GError                  **error)
{
  gboolean people = (flags & PASSEND_PARTNER_LIST_PEOPLE) != 0;
  gboolean organisations = (flags & PASSEND_PARTNER_LIST_ORGANISATIONS) != 0;
  gboolean internal = (flags & PASSEND_PARTNER_LIST_INTERNAL) != 0;
  gboolean external = (flags & PASSEND_PARTNER_LIST_EXTERNAL) != 0;
  gboolean archived = (flags & PASSEND_PARTNER_LIST_ARCHIVED) != 0;
  g_auto(GStrv) words = NULL;
  g_autoptr(GArray) items = NULL;
  GListStore *store;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!people && !organisations)
    people = organisations = TRUE;
  if (internal && external)
    internal = external = FALSE;
  /* Organisations are never the school's own staff. */
  if (internal)
    organisations = FALSE;

  if (search != NULL && search[0] != '\0')
    {
      words = passend_text_query_words (search);
      if (words != NULL && words[0] == NULL)
        g_clear_pointer (&words, g_strfreev);
    }

  items = g_array_new (FALSE, FALSE, sizeof (SortablePartner));
  g_array_set_clear_func (items, sortable_partner_clear);

  if (people)
    {
      g_autoptr(PassendStatement) statement = NULL;

      statement = _passend_database_prepare (self,
                                             "SELECT " PERSON_COLUMNS
                                             "WHERE (?1 OR p.archived = 0) AND (?2 = -1 OR p.internal = ?2)",
                                             error);
      if (statement == NULL)
        return NULL;

      sqlite3_bind_int (statement, 1, archived ? 1 : 0);
      sqlite3_bind_int (statement, 2, internal ? 1 : external ? 0 : -1);
      if (!collect_partners (self, statement, TRUE, (const char * const *) words, items, error))
        return NULL;
    }

  if (organisations)
    {
      g_autoptr(PassendStatement) statement = NULL;

      statement = _passend_database_prepare (self,
                                             "SELECT " ORGANISATION_COLUMNS "WHERE (?1 OR archived = 0)",
                                             error);
      if (statement == NULL)
        return NULL;

      sqlite3_bind_int (statement, 1, archived ? 1 : 0);
      if (!collect_partners (self, statement, FALSE, (const char * const *) words, items, error))
        return NULL;
    }

  g_array_sort (items, sortable_partner_compare);

  store = g_list_store_new (PASSEND_TYPE_PARTNER);
  for (guint i = 0; i < items->len; i++)
    g_list_store_append (store, g_array_index (items, SortablePartner, i).partner);

  return G_LIST_MODEL (store);
}

static gboolean
not_found (PassendPartnerKind   kind,
           GError             **error)
{
  g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                       kind == PASSEND_PARTNER_KIND_PERSON
                       ? _("This person is no longer in the database.")
                       : _("This organisation is no longer in the database."));
  return FALSE;
}

PassendPartner *
passend_database_get_partner (PassendDatabase     *self,
                              PassendPartnerKind   kind,
                              gint64               id,
                              GError             **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  gboolean person = kind == PASSEND_PARTNER_KIND_PERSON;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (kind <= PASSEND_PARTNER_KIND_ORGANISATION, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         person
                                         ? "SELECT " PERSON_COLUMNS "WHERE p.id = ?1"
                                         : "SELECT " ORGANISATION_COLUMNS "WHERE id = ?1",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    return person ? partner_from_person_row (statement) : partner_from_organisation_row (statement);

  if (rc == SQLITE_DONE)
    not_found (kind, error);
  else
    _passend_database_fail (self, rc, NULL, error);
  return NULL;
}

PassendPartner *
passend_database_get_partner_by_reference (PassendDatabase  *self,
                                           const char       *reference,
                                           GError          **error)
{
  PassendPartnerKind kind;
  gint64 id;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!passend_partner_reference_parse (reference, &kind, &id))
    {
      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID,
                   _("“%s” is not a partner: use person:ID or organisation:ID."),
                   reference != NULL ? reference : "");
      return NULL;
    }

  return passend_database_get_partner (self, kind, id, error);
}

PassendPerson *
passend_database_get_person (PassendDatabase  *self,
                             gint64            person_id,
                             char            **note,
                             GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  PassendPerson *person;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         "SELECT given_name, tussenvoegsel, family_name, role, internal, code, "
                                         "organisation_id, email, phone, note FROM person WHERE id = ?1",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, person_id);
  rc = sqlite3_step (statement);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        not_found (PASSEND_PARTNER_KIND_PERSON, error);
      else
        _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  person = passend_person_new ();
  passend_person_set_id (person, person_id);
  passend_person_set_given_name (person, _passend_column_text (statement, 0));
  passend_person_set_tussenvoegsel (person, _passend_column_text (statement, 1));
  passend_person_set_family_name (person, _passend_column_text (statement, 2));
  passend_person_set_role (person, _passend_column_text (statement, 3));
  passend_person_set_internal (person, sqlite3_column_int (statement, 4) != 0);
  passend_person_set_code (person, _passend_column_text (statement, 5));
  passend_person_set_organisation_id (person, sqlite3_column_int64 (statement, 6));
  passend_person_set_email (person, _passend_column_text (statement, 7));
  passend_person_set_phone (person, _passend_column_text (statement, 8));
  if (note != NULL)
    *note = g_strdup (_passend_column_text (statement, 9));
  return person;
}

PassendOrganisation *
passend_database_get_organisation (PassendDatabase  *self,
                                   gint64            organisation_id,
                                   char            **note,
                                   GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  PassendOrganisation *organisation;
  PassendOrganisationKind kind = PASSEND_ORGANISATION_KIND_OTHER;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         "SELECT name, kind, email, phone, address, note "
                                         "FROM organisation WHERE id = ?1",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, organisation_id);
  rc = sqlite3_step (statement);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        not_found (PASSEND_PARTNER_KIND_ORGANISATION, error);
      else
        _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  passend_organisation_kind_from_code (_passend_column_text (statement, 1), &kind);
  organisation = passend_organisation_new ();
  passend_organisation_set_id (organisation, organisation_id);
  passend_organisation_set_name (organisation, _passend_column_text (statement, 0));
  passend_organisation_set_kind (organisation, kind);
  passend_organisation_set_email (organisation, _passend_column_text (statement, 2));
  passend_organisation_set_phone (organisation, _passend_column_text (statement, 3));
  passend_organisation_set_address (organisation, _passend_column_text (statement, 4));
  if (note != NULL)
    *note = g_strdup (_passend_column_text (statement, 5));
  return organisation;
}

static gboolean
check_person (PassendPerson  *person,
              GError        **error)
{
  if (_passend_is_blank (passend_person_get_family_name (person)))
    return _passend_database_invalid (error, _("A person needs a family name."));
  if (!passend_partner_email_is_plausible (passend_person_get_email (person)))
    return _passend_database_invalid (error, _("The e-mail address does not look right: it needs the form name@example.nl."));
  return TRUE;
}

static gboolean
check_organisation (PassendOrganisation  *organisation,
                    GError              **error)
{
  if (_passend_is_blank (passend_organisation_get_name (organisation)))
    return _passend_database_invalid (error, _("An organisation needs a name."));
  if (passend_organisation_kind_to_code (passend_organisation_get_kind (organisation)) == NULL)
    return _passend_database_invalid (error, _("The kind of organisation is not known."));
  if (!passend_partner_email_is_plausible (passend_organisation_get_email (organisation)))
    return _passend_database_invalid (error, _("The e-mail address does not look right: it needs the form name@example.nl."));
  return TRUE;
}

/* The person's columns, bound as ?1…?10 for INSERT and UPDATE alike. */
static void
bind_person (PassendStatement *statement,
             PassendPerson    *person,
             const char       *note)
{
  _passend_bind_text (statement, 1, passend_person_get_given_name (person));
  _passend_bind_text (statement, 2, passend_person_get_tussenvoegsel (person));
  _passend_bind_text (statement, 3, passend_person_get_family_name (person));
  _passend_bind_text (statement, 4, passend_person_get_role (person));
  sqlite3_bind_int (statement, 5, passend_person_get_internal (person) ? 1 : 0);
  _passend_bind_text (statement, 6, passend_person_get_code (person));
  _passend_bind_id (statement, 7, passend_person_get_organisation_id (person));
  _passend_bind_text (statement, 8, passend_person_get_email (person));
  _passend_bind_text (statement, 9, passend_person_get_phone (person));
  _passend_bind_text (statement, 10, note);
}

static void
bind_organisation (PassendStatement    *statement,
                   PassendOrganisation *organisation,
                   const char          *note)
{
  const char *kind_code = passend_organisation_kind_to_code (passend_organisation_get_kind (organisation));

  _passend_bind_text (statement, 1, passend_organisation_get_name (organisation));
  sqlite3_bind_text (statement, 2, kind_code, -1, SQLITE_STATIC);
  _passend_bind_text (statement, 3, passend_organisation_get_email (organisation));
  _passend_bind_text (statement, 4, passend_organisation_get_phone (organisation));
  _passend_bind_text (statement, 5, passend_organisation_get_address (organisation));
  _passend_bind_text (statement, 6, note);
}

static gboolean
person_write_failed (PassendDatabase  *self,
                     int               rc,
                     GError          **error)
{
  if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
    return _passend_database_invalid (error, _("The organisation of this person does not exist."));
  return _passend_database_fail (self, rc, NULL, error);
}

typedef struct
{
  gpointer    object;
  const char *note;
} NewPartner;

static gboolean
insert_person (PassendDatabase  *self,
               gpointer          data,
               gint64           *id,
               GError          **error)
{
  NewPartner *new_partner = data;
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO person (given_name, tussenvoegsel, family_name, role, "
                                         "internal, code, organisation_id, email, phone, note) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                                         error);
  if (statement == NULL)
    return FALSE;

  bind_person (statement, new_partner->object, new_partner->note);
  rc = sqlite3_step (statement);
  if (rc != SQLITE_DONE)
    return person_write_failed (self, rc, error);

  *id = sqlite3_last_insert_rowid (_passend_database_get_handle (self));
  return TRUE;
}

static gboolean
insert_organisation (PassendDatabase  *self,
                     gpointer          data,
                     gint64           *id,
                     GError          **error)
{
  NewPartner *new_partner = data;
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO organisation (name, kind, email, phone, address, note) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                         error);
  if (statement == NULL)
    return FALSE;

  bind_organisation (statement, new_partner->object, new_partner->note);
  if (!_passend_database_step_done (self, statement, error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (_passend_database_get_handle (self));
  return TRUE;
}

gboolean
passend_database_create_person (PassendDatabase  *self,
                                PassendPerson    *person,
                                const char       *note,
                                GError          **error)
{
  NewPartner new_partner = { person, note };
  gint64 id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_PERSON (person), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (passend_person_get_id (person) != 0)
    return _passend_database_invalid (error, _("This person is already stored."));
  if (!check_person (person, error))
    return FALSE;

  if (!_passend_database_create (self, "person", insert_person, &new_partner, &id, error))
    return FALSE;

  passend_person_set_id (person, id);
  return TRUE;
}

gboolean
passend_database_create_organisation (PassendDatabase      *self,
                                      PassendOrganisation  *organisation,
                                      const char           *note,
                                      GError              **error)
{
  NewPartner new_partner = { organisation, note };
  gint64 id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_ORGANISATION (organisation), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (passend_organisation_get_id (organisation) != 0)
    return _passend_database_invalid (error, _("This organisation is already stored."));
  if (!check_organisation (organisation, error))
    return FALSE;

  if (!_passend_database_create (self, "organisation", insert_organisation, &new_partner, &id, error))
    return FALSE;

  passend_organisation_set_id (organisation, id);
  return TRUE;
}

/* Steps an UPDATE of one partner row inside its own write with an audit
 * row; no row changed means the partner is gone. */
gboolean
_passend_database_write_partner (PassendDatabase     *self,
                                 PassendStatement    *statement,
                                 PassendPartnerKind   kind,
                                 gint64               id,
                                 GError             **error)
{
  const char *entity = passend_partner_kind_to_code (kind);
  int rc;

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  rc = sqlite3_step (statement);
  if (rc != SQLITE_DONE)
    {
      if (kind == PASSEND_PARTNER_KIND_PERSON)
        person_write_failed (self, rc, error);
      else
        _passend_database_fail (self, rc, NULL, error);
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (sqlite3_changes (_passend_database_get_handle (self)) == 0)
    {
      not_found (kind, error);
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_audit (self, "update", entity, id, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_database_changed (self, entity, id);
  return TRUE;
}

gboolean
passend_database_update_person (PassendDatabase  *self,
                                PassendPerson    *person,
                                const char       *note,
                                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_PERSON (person), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_person (person, error))
    return FALSE;

  statement = _passend_database_prepare (self,
                                         "UPDATE person SET given_name = ?1, tussenvoegsel = ?2, "
                                         "family_name = ?3, role = ?4, internal = ?5, code = ?6, "
                                         "organisation_id = ?7, email = ?8, phone = ?9, note = ?10 "
                                         "WHERE id = ?11",
                                         error);
  if (statement == NULL)
    return FALSE;

  bind_person (statement, person, note);
  sqlite3_bind_int64 (statement, 11, passend_person_get_id (person));
  return _passend_database_write_partner (self, statement, PASSEND_PARTNER_KIND_PERSON,
                                          passend_person_get_id (person), error);
}

gboolean
passend_database_update_organisation (PassendDatabase      *self,
                                      PassendOrganisation  *organisation,
                                      const char           *note,
                                      GError              **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_ORGANISATION (organisation), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_organisation (organisation, error))
    return FALSE;

  statement = _passend_database_prepare (self,
                                         "UPDATE organisation SET name = ?1, kind = ?2, email = ?3, "
                                         "phone = ?4, address = ?5, note = ?6 WHERE id = ?7",
                                         error);
  if (statement == NULL)
    return FALSE;

  bind_organisation (statement, organisation, note);
  sqlite3_bind_int64 (statement, 7, passend_organisation_get_id (organisation));
  return _passend_database_write_partner (self, statement, PASSEND_PARTNER_KIND_ORGANISATION,
                                          passend_organisation_get_id (organisation), error);
}

gboolean
passend_database_set_partner_archived (PassendDatabase     *self,
                                       PassendPartnerKind   kind,
                                       gint64               id,
                                       gboolean             archived,
                                       GError             **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (kind <= PASSEND_PARTNER_KIND_ORGANISATION, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  statement = _passend_database_prepare (self,
                                         kind == PASSEND_PARTNER_KIND_PERSON
                                         ? "UPDATE person SET archived = ?1 WHERE id = ?2"
                                         : "UPDATE organisation SET archived = ?1 WHERE id = ?2",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int (statement, 1, archived ? 1 : 0);
  sqlite3_bind_int64 (statement, 2, id);
  return _passend_database_write_partner (self, statement, kind, id, error);
}
