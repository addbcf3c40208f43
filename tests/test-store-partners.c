/* test-store-partners.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "passend-database-partners.h"
#include "passend-database-private.h"

typedef struct
{
  char            *dir;
  char            *path;
  PassendDatabase *database;
  GPtrArray       *changes;
} Fixture;

/* Person 2 ("J. de Vries") is a duplicate of person 1 and organisation 2
 * of organisation 1; between them they are referred to from every column
 * that points at person or organisation, some rows clashing with the
 * one kept (the same student, the same agenda item). */
static const char school_sql[] =
  "INSERT INTO organisation (id, name, kind, email, phone, address) VALUES"
  " (1, 'GGD Hollands Midden', 'ggd', '', '', 'Thorbeckestraat 4'),"
  " (2, 'GGD Hollands-Midden JGZ', 'ggd', 'jgz@ggd.example', '0182 123456', ''),"
  " (3, 'Kwadraad', 'jos', '', '', ''),"
  " (4, 'Oud sociaal team', 'sociaal-team', '', '', '');"
  "UPDATE organisation SET archived = 1 WHERE id = 4;"
  "INSERT INTO person (id, given_name, tussenvoegsel, family_name, role, internal, code, organisation_id, email, phone, note) VALUES"
  " (1, 'Jan', 'de', 'Vries', 'jeugdarts', 0, '', NULL, '', '06 1111', ''),"
  " (2, 'J.', 'de', 'Vries', 'jeugdarts', 0, '', 2, 'j.devries@ggd.example', '06 2222', 'alleen di/do'),"
  " (3, 'Zoë', '', 'Çelik', 'leerplichtambtenaar', 0, '', 2, '', '', ''),"
  " (4, 'Anna', '', 'Bakker', 'mentor', 1, 'BAK', NULL, 'a.bakker@school.example', '', ''),"
  " (5, 'Piet', '', 'Oud', 'docent', 1, 'OUD', NULL, '', '', '');"
  "UPDATE person SET archived = 1 WHERE id = 5;"
  "INSERT INTO student (id, lvs_number, roepnaam, tussenvoegsel, achternaam, class_name, mentor_id) VALUES"
  " (1, '1001', 'Dilan', '', 'Yıldız', '2B', 2),"
  " (2, '1002', 'Sem', 'van', 'Dijk', '3A', 4),"
  " (3, '1003', 'Noor', '', 'Amrani', '1C', 4);"
  "INSERT INTO support_status (student_id, niveau, phase, regie, regie_person_id, case_open, opened_at, updated_at) VALUES"
  " (1, 2, '3a', 'leco', 2, 1, 0, 0);"
  "INSERT INTO support_status_history (student_id, changed_at, niveau, phase, regie, regie_person_id) VALUES"
  " (1, 0, 2, '3a', 'leco', 2);"
  "INSERT INTO student_person (student_id, person_id, note) VALUES"
  " (1, 2, 'volgt de verzuimmelding'),"
  " (2, 2, 'van de dubbele'),"
  " (2, 1, 'bestaand'),"
  " (3, 1, ''),"
  " (3, 2, 'alleen bij de dubbele');"
  "INSERT INTO intervention (student_id, kind_id, provider_person_id, provider_organisation_id, created_at, updated_at)"
  " SELECT 1, id, 2, NULL, 0, 0 FROM intervention_kind WHERE code = 'jos'"
  " UNION ALL SELECT 2, id, NULL, 2, 0, 0 FROM intervention_kind WHERE code = 'jos';"
  "INSERT INTO consent (student_id, purpose, party, organisation_id, form, given_on, created_at, updated_at) VALUES"
  " (3, 'discussion-external', 'GGD', 2, 'verbal', '2026-01-05', 0, 0);"
  "INSERT INTO meeting (id, kind_id, starts_at, chair_person_id, minute_taker_person_id, uid, created_at, updated_at)"
  " SELECT 1, id, 4102444800, 2, 2, 'meeting-1', 0, 0 FROM meeting_kind WHERE code = 'ot';"
  "INSERT INTO meeting (id, kind_id, title, starts_at, state, closed_at, uid, created_at, updated_at)"
  " SELECT 2, id, 'Verzuim oktober', 1760000000, 'closed', 1760003600, 'meeting-2', 0, 0"
  " FROM meeting_kind WHERE code = 'verzuimoverleg';"
  "INSERT INTO meeting_item (id, meeting_id, student_id, position, duration_minutes, uid) VALUES"
  " (1, 1, 1, 0, 15, 'item-1'), (2, 1, 2, 1, 15, 'item-2'), (3, 2, 3, 0, 15, 'item-3');"
  "INSERT INTO meeting_invitee (item_id, role, person_id, organisation_id) VALUES"
  " (1, 'ggd', 2, NULL), (1, 'ggd', 1, NULL), (2, 'ggd', 2, NULL), (3, 'leerplicht', 3, NULL),"
  " (1, 'ggd', NULL, 2), (2, 'ggd', NULL, 2), (2, 'ggd', NULL, 1);"
  "INSERT INTO meeting_action (item_id, position, what, owner_person_id, created_at, updated_at) VALUES"
  " (1, 0, 'Huisbezoek plannen', 2, 0, 0);"
  "INSERT INTO tlv_checklist_item (organisation_id, position, label, source) VALUES"
  " (1, 0, 'OPP', 'opp'), (1, 1, 'VPI', 'attachments'), (2, 0, 'Eigen checklist', 'entries');"
  "INSERT INTO tlv_swv_rule (organisation_id, strict_advice) VALUES (1, 0), (2, 1);"
  "INSERT INTO tlv_request (student_id, swv_id, kind, target_school_id, created_at, updated_at) VALUES"
  " (1, 2, 'vso-cluster-4', 2, 0, 0);";

static void
changed_cb (PassendDatabase *database,
            const char      *entity,
            gint64           id,
            GPtrArray       *changes)
{
  g_ptr_array_add (changes, g_strdup_printf ("%s:%" G_GINT64_FORMAT, entity, id));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  char *message = NULL;

  fixture->dir = g_dir_make_tmp ("passend-partners-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "passend.db", NULL);
  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);
  passend_database_set_actor (fixture->database, "M. de Coördinator");

  sqlite3_exec (_passend_database_get_handle (fixture->database), school_sql, NULL, NULL, &message);
  g_assert_cmpstr (message, ==, NULL);

  fixture->changes = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (fixture->database, "changed", G_CALLBACK (changed_cb), fixture->changes);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);

  g_clear_object (&fixture->database);
  g_ptr_array_unref (fixture->changes);
  g_remove (wal);
  g_remove (shm);
  g_remove (fixture->path);
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static gint64
query_int (Fixture    *fixture,
           const char *sql)
{
  sqlite3_stmt *statement = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (_passend_database_get_handle (fixture->database), sql, -1, &statement, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  return value;
}

static char *
query_text (Fixture    *fixture,
            const char *sql)
{
  sqlite3_stmt *statement = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (_passend_database_get_handle (fixture->database), sql, -1, &statement, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  sqlite3_finalize (statement);
  return value;
}

static gboolean
has_change (Fixture    *fixture,
            const char *change)
{
  for (guint i = 0; i < fixture->changes->len; i++)
    if (g_str_equal (g_ptr_array_index (fixture->changes, i), change))
      return TRUE;
  return FALSE;
}

/* Every (table, column) the schema declares as pointing at @table. */
static GPtrArray *
referencing_columns (Fixture    *fixture,
                     const char *table)
{
  GPtrArray *columns = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *statement = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_passend_database_get_handle (fixture->database),
                                       "SELECT m.name, f.\"from\" FROM sqlite_master m, "
                                       "pragma_foreign_key_list (m.name) f "
                                       "WHERE m.type = 'table' AND f.\"table\" = ?1 ORDER BY 1, 2",
                                       -1, &statement, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (statement, 1, table, -1, SQLITE_STATIC);
  while (sqlite3_step (statement) == SQLITE_ROW)
    g_ptr_array_add (columns, g_strdup_printf ("%s.%s", sqlite3_column_text (statement, 0),
                                               sqlite3_column_text (statement, 1)));
  sqlite3_finalize (statement);
  return columns;
}

static gint64
count_references (Fixture    *fixture,
                  const char *column,
                  gint64      id)
{
  g_auto(GStrv) parts = g_strsplit (column, ".", 2);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\" WHERE \"%s\" = %" G_GINT64_FORMAT,
                                          parts[0], parts[1], id);

  return query_int (fixture, sql);
}

static void
test_reference_parse (void)
{
  PassendPartnerKind kind = PASSEND_PARTNER_KIND_ORGANISATION;
  gint64 id = 0;
  g_autofree char *formatted = passend_partner_reference_format (PASSEND_PARTNER_KIND_ORGANISATION, 3);
  const char * const bad[] = {
    "person:0", "person:", "person", "org:1", "person:12x", "person: 12", "person:012",
    "Person:1", "person:-1", ":1", "", "person:99999999999999999999",
  };

  g_assert_cmpstr (formatted, ==, "organisation:3");
  g_assert_true (passend_partner_reference_parse ("person:12", &kind, &id));
  g_assert_cmpint (kind, ==, PASSEND_PARTNER_KIND_PERSON);
  g_assert_cmpint (id, ==, 12);
  g_assert_true (passend_partner_reference_parse (formatted, &kind, &id));
  g_assert_cmpint (kind, ==, PASSEND_PARTNER_KIND_ORGANISATION);
  g_assert_cmpint (id, ==, 3);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      kind = PASSEND_PARTNER_KIND_ORGANISATION;
      id = 7;
      g_assert_false (passend_partner_reference_parse (bad[i], &kind, &id));
      g_assert_cmpint (id, ==, 7);
    }
  g_assert_false (passend_partner_reference_parse (NULL, &kind, &id));

  g_assert_true (passend_partner_email_is_plausible (""));
  g_assert_true (passend_partner_email_is_plausible ("j.devries@ggd.example"));
  g_assert_false (passend_partner_email_is_plausible ("j.devries"));
  g_assert_false (passend_partner_email_is_plausible ("j devries@ggd.nl"));
  g_assert_false (passend_partner_email_is_plausible ("a@b@c.nl"));
  g_assert_false (passend_partner_email_is_plausible ("a@nl"));
}

static GPtrArray *
list_names (Fixture                 *fixture,
            PassendPartnerListFlags  flags,
            const char              *search)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) partners = passend_database_list_partners (fixture->database, flags, search, &error);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(PassendPartner) partner = g_list_model_get_item (partners, i);

      g_ptr_array_add (names, g_strdup (passend_partner_get_name (partner)));
    }
  g_ptr_array_add (names, NULL);
  return names;
}

static void
assert_names (GPtrArray          *names,
              const char * const *expected)
{
  g_autofree char *got = g_strjoinv ("|", (char **) names->pdata);
  g_autofree char *want = g_strjoinv ("|", (char **) expected);

  g_assert_cmpstr (got, ==, want);
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) partners = NULL;
  g_autoptr(PassendPartner) first = NULL;
  g_autoptr(PassendPartner) zoe = NULL;
  PassendOrganisationKind kind;

  /* Dutch order: by family name, organisations among them by name. */
  {
    g_autoptr(GPtrArray) names = list_names (fixture, 0, NULL);
    const char * const expected[] = { "Anna Bakker", "Zoë Çelik", "GGD Hollands Midden", "GGD Hollands-Midden JGZ",
                                      "Kwadraad", "J. de Vries", "Jan de Vries", NULL };
    assert_names (names, expected);
  }
  {
    g_autoptr(GPtrArray) names = list_names (fixture, PASSEND_PARTNER_LIST_PEOPLE | PASSEND_PARTNER_LIST_ARCHIVED, NULL);
    const char * const expected[] = { "Anna Bakker", "Zoë Çelik", "Piet Oud", "J. de Vries", "Jan de Vries", NULL };
    assert_names (names, expected);
  }
  {
    g_autoptr(GPtrArray) names = list_names (fixture, PASSEND_PARTNER_LIST_ORGANISATIONS | PASSEND_PARTNER_LIST_ARCHIVED, NULL);
    const char * const expected[] = { "GGD Hollands Midden", "GGD Hollands-Midden JGZ", "Kwadraad", "Oud sociaal team", NULL };
    assert_names (names, expected);
  }
  {
    g_autoptr(GPtrArray) names = list_names (fixture, PASSEND_PARTNER_LIST_INTERNAL, NULL);
    const char * const expected[] = { "Anna Bakker", NULL };
    assert_names (names, expected);
  }
  {
    g_autoptr(GPtrArray) names = list_names (fixture, PASSEND_PARTNER_LIST_EXTERNAL | PASSEND_PARTNER_LIST_PEOPLE, NULL);
    const char * const expected[] = { "Zoë Çelik", "J. de Vries", "Jan de Vries", NULL };
    assert_names (names, expected);
  }

  /* Search folds case and accents and matches every word anywhere:
   * the name, the role's label, the organisation, its kind. */
  {
    g_autoptr(GPtrArray) names = list_names (fixture, 0, "ZOE celik");
    const char * const expected[] = { "Zoë Çelik", NULL };
    assert_names (names, expected);
  }
  {
    g_autoptr(GPtrArray) names = list_names (fixture, PASSEND_PARTNER_LIST_PEOPLE, "vries jgz");
    const char * const expected[] = { "J. de Vries", NULL };
    assert_names (names, expected);
  }
  {
    g_autoptr(GPtrArray) names = list_names (fixture, 0, "attendance officer");
    const char * const expected[] = { "Zoë Çelik", NULL };
    assert_names (names, expected);
  }
  {
    g_autoptr(GPtrArray) names = list_names (fixture, 0, "bak");
    const char * const expected[] = { "Anna Bakker", NULL };
    assert_names (names, expected);
  }
  {
    g_autoptr(GPtrArray) names = list_names (fixture, 0, "nobody here");
    const char * const expected[] = { NULL };
    assert_names (names, expected);
  }

  partners = passend_database_list_partners (fixture->database, PASSEND_PARTNER_LIST_ALL, "", &error);
  g_assert_no_error (error);
  first = g_list_model_get_item (partners, 0);
  g_assert_cmpint (passend_partner_get_kind (first), ==, PASSEND_PARTNER_KIND_PERSON);
  g_assert_true (passend_partner_get_internal (first));
  g_assert_cmpstr (passend_partner_get_code (first), ==, "BAK");
  g_assert_false (passend_partner_get_organisation_kind (first, NULL));

  zoe = passend_database_get_partner (fixture->database, PASSEND_PARTNER_KIND_PERSON, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (passend_partner_get_sort_name (zoe), ==, "Çelik, Zoë");
  g_assert_cmpstr (passend_partner_get_detail (zoe), ==, "Attendance officer · GGD Hollands-Midden JGZ");
  g_assert_true (passend_partner_get_organisation_kind (zoe, &kind));
  g_assert_cmpint (kind, ==, PASSEND_ORGANISATION_KIND_GGD);
  g_assert_cmpint (passend_partner_get_organisation_id (zoe), ==, 2);
}

static void
test_get_by_reference (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendPartner) organisation = NULL;
  g_autoptr(PassendPartner) missing = NULL;
  g_autofree char *reference = NULL;

  organisation = passend_database_get_partner_by_reference (fixture->database, "organisation:2", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (passend_partner_get_name (organisation), ==, "GGD Hollands-Midden JGZ");
  g_assert_cmpstr (passend_partner_get_email (organisation), ==, "jgz@ggd.example");
  g_assert_false (passend_partner_get_internal (organisation));
  reference = passend_partner_dup_reference (organisation);
  g_assert_cmpstr (reference, ==, "organisation:2");

  missing = passend_database_get_partner_by_reference (fixture->database, "person:99", &error);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
  g_assert_null (missing);
  g_clear_error (&error);

  missing = passend_database_get_partner_by_reference (fixture->database, "persoon:1", &error);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_assert_null (missing);
}

static void
test_update (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendPerson) person = NULL;
  g_autoptr(PassendOrganisation) organisation = NULL;
  g_autoptr(PassendPartner) partner = NULL;
  g_autoptr(PassendPerson) fresh = NULL;
  g_autoptr(PassendOrganisation) fresh_organisation = NULL;
  g_autofree char *note = NULL;
  g_autofree char *stored = NULL;
  gint64 audits = query_int (fixture, "SELECT count(*) FROM audit_log");

  person = passend_database_get_person (fixture->database, 3, &note, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (note, ==, "");
  g_assert_cmpstr (passend_person_get_given_name (person), ==, "Zoë");
  g_assert_cmpint (passend_person_get_organisation_id (person), ==, 2);

  passend_person_set_phone (person, "0182 999 999");
  passend_person_set_organisation_id (person, 1);
  g_assert_true (passend_database_update_person (fixture->database, person, "Bereikbaar ma–wo", &error));
  g_assert_no_error (error);
  g_assert_true (has_change (fixture, "person:3"));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log"), ==, audits + 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE action = 'update' "
                                       "AND entity = 'person' AND entity_id = 3"), ==, 1);

  partner = passend_database_get_partner (fixture->database, PASSEND_PARTNER_KIND_PERSON, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (passend_partner_get_phone (partner), ==, "0182 999 999");
  g_assert_cmpstr (passend_partner_get_note (partner), ==, "Bereikbaar ma–wo");
  g_assert_cmpstr (passend_partner_get_organisation_name (partner), ==, "GGD Hollands Midden");

  /* Refused changes leave the row as it was. */
  passend_person_set_email (person, "zoe.celik");
  g_assert_false (passend_database_update_person (fixture->database, person, "", &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  passend_person_set_email (person, "");
  passend_person_set_organisation_id (person, 77);
  g_assert_false (passend_database_update_person (fixture->database, person, "", &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  passend_person_set_organisation_id (person, 0);
  passend_person_set_family_name (person, "  ");
  g_assert_false (passend_database_update_person (fixture->database, person, "", &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  stored = query_text (fixture, "SELECT family_name || '/' || organisation_id || '/' || note FROM person WHERE id = 3");
  g_assert_cmpstr (stored, ==, "Çelik/1/Bereikbaar ma–wo");

  fresh = passend_person_new ();
  passend_person_set_id (fresh, 99);
  passend_person_set_family_name (fresh, "Niemand");
  g_assert_false (passend_database_update_person (fixture->database, fresh, "", &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  organisation = passend_database_get_organisation (fixture->database, 1, NULL, &error);
  g_assert_no_error (error);
  passend_organisation_set_kind (organisation, PASSEND_ORGANISATION_KIND_GGZ);
  passend_organisation_set_email (organisation, "info@ggd.example");
  g_assert_true (passend_database_update_organisation (fixture->database, organisation, "Centraal nummer", &error));
  g_assert_no_error (error);
  g_clear_pointer (&stored, g_free);
  stored = query_text (fixture, "SELECT kind || '/' || email || '/' || address || '/' || note FROM organisation WHERE id = 1");
  g_assert_cmpstr (stored, ==, "ggz/info@ggd.example/Thorbeckestraat 4/Centraal nummer");

  /* New ones keep their note. */
  fresh_organisation = passend_organisation_new ();
  passend_organisation_set_name (fresh_organisation, "Veilig Thuis Hollands Midden");
  passend_organisation_set_kind (fresh_organisation, PASSEND_ORGANISATION_KIND_VEILIG_THUIS);
  g_assert_true (passend_database_create_organisation (fixture->database, fresh_organisation, "Advieslijn", &error));
  g_assert_no_error (error);
  g_assert_cmpint (passend_organisation_get_id (fresh_organisation), >, 4);
  g_clear_object (&partner);
  partner = passend_database_get_partner (fixture->database, PASSEND_PARTNER_KIND_ORGANISATION,
                                          passend_organisation_get_id (fresh_organisation), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (passend_partner_get_note (partner), ==, "Advieslijn");
  g_assert_cmpstr (passend_partner_get_detail (partner), ==, "Veilig Thuis");
}

static void
test_archive (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (passend_database_set_partner_archived (fixture->database, PASSEND_PARTNER_KIND_PERSON, 4, TRUE, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) names = list_names (fixture, PASSEND_PARTNER_LIST_INTERNAL, NULL);
    const char * const expected[] = { NULL };
    assert_names (names, expected);
  }
  /* An archived mentor stays the mentor. */
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM student WHERE mentor_id = 4"), ==, 2);
  g_assert_true (has_change (fixture, "person:4"));

  g_assert_true (passend_database_set_partner_archived (fixture->database, PASSEND_PARTNER_KIND_PERSON, 4, FALSE, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) names = list_names (fixture, PASSEND_PARTNER_LIST_INTERNAL, NULL);
    const char * const expected[] = { "Anna Bakker", NULL };
    assert_names (names, expected);
  }

  g_assert_true (passend_database_set_partner_archived (fixture->database, PASSEND_PARTNER_KIND_ORGANISATION, 3, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture, "SELECT archived FROM organisation WHERE id = 3"), ==, 1);

  g_assert_false (passend_database_set_partner_archived (fixture->database, PASSEND_PARTNER_KIND_ORGANISATION, 42, TRUE, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
}

static void
test_delete (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 audits = query_int (fixture, "SELECT count(*) FROM audit_log");

  /* Referred to from a student, a meeting, a person: refused, and the
   * cascades that a plain DELETE would run never happen. */
  g_assert_false (passend_database_delete_partner (fixture->database, PASSEND_PARTNER_KIND_PERSON, 2, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (passend_database_delete_partner (fixture->database, PASSEND_PARTNER_KIND_PERSON, 1, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (passend_database_delete_partner (fixture->database, PASSEND_PARTNER_KIND_ORGANISATION, 2, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM meeting_invitee"), ==, 7);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM student_person"), ==, 5);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log"), ==, audits);

  /* Nothing points at person 5 or organisation 4. */
  g_assert_true (passend_database_delete_partner (fixture->database, PASSEND_PARTNER_KIND_PERSON, 5, &error));
  g_assert_no_error (error);
  g_assert_true (passend_database_delete_partner (fixture->database, PASSEND_PARTNER_KIND_ORGANISATION, 4, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM person WHERE id = 5"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM organisation WHERE id = 4"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE action = 'delete'"), ==, 2);
  g_assert_true (has_change (fixture, "organisation:4"));

  g_assert_false (passend_database_delete_partner (fixture->database, PASSEND_PARTNER_KIND_PERSON, 5, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
}

static void
test_usage_and_involvement (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) students = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  PassendPartnerUsage usage;
  PassendPartnerStudent *student;
  PassendPartnerMeeting *meeting;

  g_assert_true (passend_database_get_partner_usage (fixture->database, PASSEND_PARTNER_KIND_PERSON, 2, &usage, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (usage.mentor_of, ==, 1);
  g_assert_cmpuint (usage.regie, ==, 1);
  g_assert_cmpuint (usage.regie_history, ==, 1);
  g_assert_cmpuint (usage.involved, ==, 3);
  g_assert_cmpuint (usage.interventions, ==, 1);
  g_assert_cmpuint (usage.meetings_chaired, ==, 1);
  g_assert_cmpuint (usage.meetings_minuted, ==, 1);
  g_assert_cmpuint (usage.invitations, ==, 2);
  g_assert_cmpuint (usage.actions, ==, 1);
  g_assert_cmpuint (usage.consents + usage.members, ==, 0);
  g_assert_cmpuint (passend_partner_usage_total (&usage), ==, 12);

  g_assert_true (passend_database_get_partner_usage (fixture->database, PASSEND_PARTNER_KIND_ORGANISATION, 2, &usage, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (usage.members, ==, 2);
  g_assert_cmpuint (usage.interventions, ==, 1);
  g_assert_cmpuint (usage.consents, ==, 1);
  g_assert_cmpuint (usage.invitations, ==, 2);
  g_assert_cmpuint (usage.tlv_requests, ==, 1);
  g_assert_cmpuint (usage.tlv_settings, ==, 2);
  g_assert_cmpuint (passend_partner_usage_total (&usage), ==, 9);

  /* Each student once, with every way the partner is involved. */
  students = passend_database_list_partner_students (fixture->database, PASSEND_PARTNER_KIND_PERSON, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (students->len, ==, 3);
  student = g_ptr_array_index (students, 0);
  g_assert_cmpstr (student->name, ==, "Noor Amrani");
  g_assert_cmpint (student->roles, ==, PASSEND_PARTNER_STUDENT_INVOLVED);
  student = g_ptr_array_index (students, 1);
  g_assert_cmpstr (student->name, ==, "Sem van Dijk");
  g_assert_cmpint (student->roles, ==, PASSEND_PARTNER_STUDENT_INVOLVED | PASSEND_PARTNER_STUDENT_INVITEE);
  student = g_ptr_array_index (students, 2);
  g_assert_cmpstr (student->name, ==, "Dilan Yıldız");
  g_assert_cmpstr (student->class_name, ==, "2B");
  g_assert_cmpint (student->roles, ==, PASSEND_PARTNER_STUDENT_MENTOR | PASSEND_PARTNER_STUDENT_REGIE |
                                       PASSEND_PARTNER_STUDENT_INVOLVED | PASSEND_PARTNER_STUDENT_PROVIDER |
                                       PASSEND_PARTNER_STUDENT_INVITEE);
  g_clear_pointer (&students, g_ptr_array_unref);

  students = passend_database_list_partner_students (fixture->database, PASSEND_PARTNER_KIND_ORGANISATION, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (students->len, ==, 3);
  student = g_ptr_array_index (students, 0);
  g_assert_cmpint (student->roles, ==, PASSEND_PARTNER_STUDENT_CONSENT);

  meetings = passend_database_list_partner_meetings (fixture->database, PASSEND_PARTNER_KIND_PERSON, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, 1);
  meeting = g_ptr_array_index (meetings, 0);
  g_assert_cmpint (meeting->meeting_id, ==, 1);
  g_assert_cmpstr (meeting->title, ==, "OT / schoolzorgteam");
  g_assert_true (meeting->upcoming);
  g_assert_cmpuint (meeting->n_items, ==, 2);
  g_assert_cmpint (meeting->roles, ==, PASSEND_PARTNER_MEETING_CHAIR | PASSEND_PARTNER_MEETING_MINUTE_TAKER |
                                       PASSEND_PARTNER_MEETING_INVITEE);
  g_clear_pointer (&meetings, g_ptr_array_unref);

  meetings = passend_database_list_partner_meetings (fixture->database, PASSEND_PARTNER_KIND_PERSON, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, 1);
  meeting = g_ptr_array_index (meetings, 0);
  g_assert_cmpstr (meeting->title, ==, "Verzuim oktober");
  g_assert_cmpstr (meeting->state, ==, "closed");
  g_assert_false (meeting->upcoming);
  g_assert_cmpint (meeting->roles, ==, PASSEND_PARTNER_MEETING_INVITEE);
}

/* Sums every reference to @id of @table, column by column, asserting
 * that the fixture refers to it from each one when @expect_all. */
static gint64
total_references (Fixture    *fixture,
                  const char *table,
                  gint64      id,
                  gboolean    expect_all)
{
  g_autoptr(GPtrArray) columns = referencing_columns (fixture, table);
  gint64 total = 0;

  g_assert_cmpuint (columns->len, >, 0);
  for (guint i = 0; i < columns->len; i++)
    {
      gint64 n = count_references (fixture, g_ptr_array_index (columns, i), id);

      if (expect_all && n == 0)
        g_error ("The fixture does not refer to %s %" G_GINT64_FORMAT " from %s: add a row",
                 table, id, (const char *) g_ptr_array_index (columns, i));
      total += n;
    }
  return total;
}

static void
test_merge_people (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) columns = referencing_columns (fixture, "person");
  g_autofree char *notes = NULL;
  g_autofree char *kept = NULL;
  gint64 before = total_references (fixture, "person", 2, TRUE) + total_references (fixture, "person", 1, FALSE);

  g_assert_true (passend_database_merge_partners (fixture->database,
                                                  PASSEND_PARTNER_KIND_PERSON, 1,
                                                  PASSEND_PARTNER_KIND_PERSON, 2, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < columns->len; i++)
    g_assert_cmpint (count_references (fixture, g_ptr_array_index (columns, i), 2), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM person WHERE id = 2"), ==, 0);

  /* Two rows folded into one where both were there: student 2 and 3 in
   * student_person, agenda item 1. */
  g_assert_cmpint (total_references (fixture, "person", 1, FALSE), ==, before - 3);
  g_assert_cmpint (query_int (fixture, "SELECT mentor_id FROM student WHERE id = 1"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT regie_person_id FROM support_status WHERE student_id = 1"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT chair_person_id FROM meeting WHERE id = 1"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM meeting_invitee WHERE item_id = 1 AND person_id = 1"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM meeting_invitee WHERE item_id = 2 AND person_id = 1"), ==, 1);
  notes = query_text (fixture, "SELECT group_concat (student_id || '=' || note, ';') FROM "
                               "(SELECT * FROM student_person WHERE person_id = 1 ORDER BY student_id)");
  g_assert_cmpstr (notes, ==, "1=volgt de verzuimmelding;2=bestaand;3=alleen bij de dubbele");

  /* The one kept keeps its own fields and fills its empty ones. */
  kept = query_text (fixture, "SELECT given_name || '/' || email || '/' || phone || '/' || organisation_id || '/' || note "
                              "FROM person WHERE id = 1");
  g_assert_cmpstr (kept, ==, "Jan/j.devries@ggd.example/06 1111/2/alleen di/do");

  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE action = 'delete' "
                                       "AND entity = 'person' AND entity_id = 2"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log WHERE action = 'update' "
                                       "AND entity = 'person' AND entity_id = 1"), ==, 1);
  g_assert_true (has_change (fixture, "person:1"));
  g_assert_true (has_change (fixture, "person:2"));
  g_assert_true (has_change (fixture, "student:0"));
  g_assert_true (has_change (fixture, "meeting:0"));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
}

static void
test_merge_organisations (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) columns = referencing_columns (fixture, "organisation");
  g_autofree char *kept = NULL;
  gint64 before = total_references (fixture, "organisation", 2, TRUE) + total_references (fixture, "organisation", 1, FALSE);

  g_assert_true (passend_database_merge_partners (fixture->database,
                                                  PASSEND_PARTNER_KIND_ORGANISATION, 1,
                                                  PASSEND_PARTNER_KIND_ORGANISATION, 2, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < columns->len; i++)
    g_assert_cmpint (count_references (fixture, g_ptr_array_index (columns, i), 2), ==, 0);
  /* Item 2 had both as invitee, and both had a TLV rule: one row left
   * of each, the rule of the one kept. */
  g_assert_cmpint (total_references (fixture, "organisation", 1, FALSE), ==, before - 2);
  g_assert_cmpint (query_int (fixture, "SELECT strict_advice FROM tlv_swv_rule WHERE organisation_id = 1"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM tlv_swv_rule"), ==, 1);
  /* The duplicate's checklist follows the one kept's. */
  g_assert_cmpint (query_int (fixture, "SELECT position FROM tlv_checklist_item WHERE label = 'Eigen checklist'"), ==, 2);
  g_assert_cmpint (query_int (fixture, "SELECT swv_id * 10 + target_school_id FROM tlv_request"), ==, 11);
  g_assert_cmpint (query_int (fixture, "SELECT organisation_id FROM consent"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM person WHERE organisation_id = 1"), ==, 2);
  kept = query_text (fixture, "SELECT name || '/' || email || '/' || phone || '/' || address FROM organisation WHERE id = 1");
  g_assert_cmpstr (kept, ==, "GGD Hollands Midden/jgz@ggd.example/0182 123456/Thorbeckestraat 4");
  g_assert_true (has_change (fixture, "consent:0"));
}

static char *
snapshot (Fixture *fixture)
{
  /* Everything a merge touches, as text. */
  return query_text (fixture,
                     "SELECT (SELECT group_concat (id || ':' || coalesce (organisation_id, '-') || email || note, ',') FROM person)"
                     " || '|' || (SELECT group_concat (id || email, ',') FROM organisation)"
                     " || '|' || (SELECT group_concat (id || ':' || coalesce (mentor_id, '-'), ',') FROM student)"
                     " || '|' || (SELECT group_concat (student_id || ':' || person_id || note, ',') FROM student_person)"
                     " || '|' || (SELECT group_concat (regie_person_id) FROM support_status)"
                     " || '|' || (SELECT group_concat (regie_person_id) FROM support_status_history)"
                     " || '|' || (SELECT group_concat (coalesce (provider_person_id, '-') || coalesce (provider_organisation_id, '-')) FROM intervention)"
                     " || '|' || (SELECT group_concat (organisation_id) FROM consent)"
                     " || '|' || (SELECT group_concat (coalesce (chair_person_id, '-') || coalesce (minute_taker_person_id, '-')) FROM meeting)"
                     " || '|' || (SELECT group_concat (item_id || coalesce (person_id, '-') || coalesce (organisation_id, '-')) FROM meeting_invitee)"
                     " || '|' || (SELECT group_concat (owner_person_id) FROM meeting_action)"
                     " || '|' || (SELECT group_concat (coalesce (organisation_id, '-') || ':' || position) FROM tlv_checklist_item)"
                     " || '|' || (SELECT group_concat (organisation_id || ':' || strict_advice) FROM tlv_swv_rule)"
                     " || '|' || (SELECT group_concat (swv_id || ':' || target_school_id) FROM tlv_request)"
                     " || '|' || (SELECT count(*) FROM audit_log)");
}

static void
test_merge_refused (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (fixture);
  g_autofree char *after = NULL;
  char *message = NULL;
  sqlite3 *db = _passend_database_get_handle (fixture->database);

  g_assert_false (passend_database_merge_partners (fixture->database,
                                                   PASSEND_PARTNER_KIND_ORGANISATION, 2,
                                                   PASSEND_PARTNER_KIND_PERSON, 2, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (passend_database_merge_partners (fixture->database,
                                                   PASSEND_PARTNER_KIND_PERSON, 2,
                                                   PASSEND_PARTNER_KIND_PERSON, 2, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (passend_database_merge_partners (fixture->database,
                                                   PASSEND_PARTNER_KIND_PERSON, 1,
                                                   PASSEND_PARTNER_KIND_PERSON, 42, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A failure at the very end (the delete) undoes every move before it. */
  sqlite3_exec (db, "CREATE TRIGGER refuse_delete BEFORE DELETE ON person BEGIN "
                    "SELECT RAISE (ABORT, 'refused'); END", NULL, NULL, &message);
  g_assert_cmpstr (message, ==, NULL);
  g_ptr_array_set_size (fixture->changes, 0);
  g_assert_false (passend_database_merge_partners (fixture->database,
                                                   PASSEND_PARTNER_KIND_PERSON, 1,
                                                   PASSEND_PARTNER_KIND_PERSON, 2, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  after = snapshot (fixture);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (fixture->changes->len, ==, 0);
  sqlite3_exec (db, "DROP TRIGGER refuse_delete", NULL, NULL, &message);
  g_assert_cmpstr (message, ==, NULL);

  /* The same for organisations, whose merge moves TLV settings too. */
  sqlite3_exec (db, "CREATE TRIGGER refuse_delete BEFORE DELETE ON organisation BEGIN "
                    "SELECT RAISE (ABORT, 'refused'); END", NULL, NULL, &message);
  g_assert_cmpstr (message, ==, NULL);
  g_assert_false (passend_database_merge_partners (fixture->database,
                                                   PASSEND_PARTNER_KIND_ORGANISATION, 1,
                                                   PASSEND_PARTNER_KIND_ORGANISATION, 2, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_clear_pointer (&after, g_free);
  after = snapshot (fixture);
  g_assert_cmpstr (after, ==, before);
  sqlite3_exec (db, "DROP TRIGGER refuse_delete", NULL, NULL, &message);
  g_assert_cmpstr (message, ==, NULL);

  /* A column the merge does not know about: refused whole, nothing lost. */
  sqlite3_exec (db, "CREATE TABLE later_column (id INTEGER PRIMARY KEY, "
                    "person_id INTEGER REFERENCES person (id) ON DELETE CASCADE);"
                    "INSERT INTO later_column (person_id) VALUES (2);", NULL, NULL, &message);
  g_assert_cmpstr (message, ==, NULL);
  g_test_expect_message ("passend-store", G_LOG_LEVEL_WARNING, "*not moved*");
  g_assert_false (passend_database_merge_partners (fixture->database,
                                                   PASSEND_PARTNER_KIND_PERSON, 1,
                                                   PASSEND_PARTNER_KIND_PERSON, 2, &error));
  g_test_assert_expected_messages ();
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_FAILED);
  g_clear_pointer (&after, g_free);
  after = snapshot (fixture);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM later_column WHERE person_id = 2"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  g_test_add_func ("/store/partners/reference", test_reference_parse);
  ADD ("/store/partners/list", test_list);
  ADD ("/store/partners/get-by-reference", test_get_by_reference);
  ADD ("/store/partners/update", test_update);
  ADD ("/store/partners/archive", test_archive);
  ADD ("/store/partners/delete", test_delete);
  ADD ("/store/partners/usage-and-involvement", test_usage_and_involvement);
  ADD ("/store/partners/merge-people", test_merge_people);
  ADD ("/store/partners/merge-organisations", test_merge_organisations);
  ADD ("/store/partners/merge-refused", test_merge_refused);
#undef ADD

  return g_test_run ();
}
