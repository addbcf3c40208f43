/* test-import-lvs.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "passend-import-plan.h"

typedef struct
{
  char            *dir;
  char            *path;
  PassendDatabase *db;
  gint64           zoe_id;
  gint64           left_id;
  PassendDay       today;
} Fixture;

static gint64
add_staff (PassendDatabase *db,
           const char      *given,
           const char      *family,
           const char      *code)
{
  g_autoptr(PassendPerson) person = passend_person_new ();
  g_autoptr(GError) error = NULL;

  passend_person_set_given_name (person, given);
  passend_person_set_family_name (person, family);
  passend_person_set_code (person, code);
  passend_person_set_role (person, "mentor");
  passend_person_set_internal (person, TRUE);
  passend_database_add_person (db, person, &error);
  g_assert_no_error (error);
  return passend_person_get_id (person);
}

static gint64
add_student (PassendDatabase *db,
             const char      *lvs,
             const char      *roepnaam,
             const char      *tussenvoegsel,
             const char      *achternaam,
             PassendDay       birth_date,
             const char      *class_name,
             const char      *track,
             gint64           mentor_id,
             const char      *location)
{
  g_autoptr(PassendStudent) student = passend_student_new ();
  g_autoptr(GError) error = NULL;

  passend_student_set_lvs_number (student, lvs);
  passend_student_set_roepnaam (student, roepnaam);
  passend_student_set_tussenvoegsel (student, tussenvoegsel);
  passend_student_set_achternaam (student, achternaam);
  passend_student_set_birth_date (student, birth_date);
  passend_student_set_class_name (student, class_name);
  passend_student_set_year (student, class_name[0] - '0');
  passend_student_set_track (student, track);
  passend_student_set_mentor_id (student, mentor_id);
  passend_student_set_location (student, location);
  passend_database_add_student (db, student, &error);
  g_assert_no_error (error);
  return passend_student_get_id (student);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendGuardian) guardian = passend_guardian_new ();
  gint64 brg, pnt;

  fixture->dir = g_dir_make_tmp ("passend-import-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "passend.db", NULL);
  fixture->db = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);
  fixture->today = passend_day_new (2026, 11, 23);

  brg = add_staff (fixture->db, "Anna", "Bergsma", "BRG");
  pnt = add_staff (fixture->db, "Pieter", "Pinto", "PNT");
  (void) brg;

  /* Zoë moves up a year in the export; Anouk is the same in both. */
  fixture->zoe_id = add_student (fixture->db, "100001", "Zoë", "van der", "Berg",
                                 passend_day_new (2011, 3, 14), "1H1", "havo", 0, "Locatie Centrum");
  add_student (fixture->db, "100003", "Anouk", "de", "Vries", passend_day_new (2009, 12, 1),
               "4V1", "vwo", pnt, "Locatie Centrum");
  fixture->left_id = add_student (fixture->db, "999999", "Kees", "", "Weg", PASSEND_DAY_NONE,
                                  "3H1", "havo", 0, "");

  /* Care data the import must never touch. */
  passend_database_set_support_status (fixture->db, fixture->zoe_id, PASSEND_NIVEAU_3,
                                       PASSEND_PHASE_2_CONSULTATIE, PASSEND_REGIE_LECO, 0,
                                       "Zorgen over werkhouding", 0, &error);
  g_assert_no_error (error);
  passend_database_add_support_need (fixture->db, fixture->zoe_id, "dyslexie", &error);
  g_assert_no_error (error);
  passend_guardian_set_student_id (guardian, fixture->zoe_id);
  passend_guardian_set_achternaam (guardian, "Berg");
  passend_database_add_guardian (fixture->db, guardian, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&fixture->db);
  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (fixture->dir, name, NULL);

      g_unlink (file);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static PassendImportPlan *
plan_fixture (Fixture     *fixture,
              const char  *name,
              GError     **error)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "lvs", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return passend_import_plan_new_for_file (file, fixture->db, fixture->today, NULL, error);
}

static PassendImportRow *
row_for (PassendImportPlan *plan,
         const char        *lvs)
{
  GListModel *rows = passend_import_plan_get_rows (plan);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(PassendImportRow) row = g_list_model_get_item (rows, i);

      if (g_str_equal (passend_import_row_get_lvs_number (row), lvs))
        return row;  /* the model keeps it alive */
    }

  return NULL;
}

static PassendStudent *
stored_student (Fixture    *fixture,
                const char *lvs)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *statement = NULL;
  gint64 id = 0;

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  sqlite3_prepare_v2 (db, "SELECT id FROM student WHERE lvs_number = ?1", -1, &statement, NULL);
  sqlite3_bind_text (statement, 1, lvs, -1, SQLITE_STATIC);
  if (sqlite3_step (statement) == SQLITE_ROW)
    id = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  sqlite3_close (db);

  return id != 0 ? passend_database_get_student (fixture->db, id, NULL) : NULL;
}

static gint64
count (Fixture    *fixture,
       const char *entity)
{
  g_autoptr(GError) error = NULL;
  gint64 n = passend_database_count (fixture->db, entity, &error);

  g_assert_no_error (error);
  return n;
}

/* Pure functions */

static void
test_synonyms (void)
{
  static const struct { const char *header; PassendLvsColumn column; } cases[] = {
    { "Stamnr", PASSEND_LVS_COLUMN_ID }, { "STAMNUMMER", PASSEND_LVS_COLUMN_ID },
    { " leerlingnummer ", PASSEND_LVS_COLUMN_ID }, { "Roepnaam", PASSEND_LVS_COLUMN_ROEPNAAM },
    { "FIRSTNAME", PASSEND_LVS_COLUMN_ROEPNAAM }, { "Voornaam", PASSEND_LVS_COLUMN_ROEPNAAM },
    { "INITIALS", PASSEND_LVS_COLUMN_VOORLETTERS }, { "Tussenv.", PASSEND_LVS_COLUMN_TUSSENVOEGSEL },
    { "Voorvoegsel", PASSEND_LVS_COLUMN_TUSSENVOEGSEL }, { "PREFIX", PASSEND_LVS_COLUMN_TUSSENVOEGSEL },
    { "Achternaam", PASSEND_LVS_COLUMN_ACHTERNAAM }, { "LASTNAME", PASSEND_LVS_COLUMN_ACHTERNAAM },
    { "Volledige naam", PASSEND_LVS_COLUMN_FULL_NAME }, { "Naam", PASSEND_LVS_COLUMN_FULL_NAME },
    { "Geb.datum", PASSEND_LVS_COLUMN_BIRTH_DATE }, { "BIRTHDATE", PASSEND_LVS_COLUMN_BIRTH_DATE },
    { "Geboortedatum", PASSEND_LVS_COLUMN_BIRTH_DATE }, { "Jongen/meisje", PASSEND_LVS_COLUMN_GENDER },
    { "GENDER", PASSEND_LVS_COLUMN_GENDER }, { "Stamgroep", PASSEND_LVS_COLUMN_CLASS },
    { "CLASS", PASSEND_LVS_COLUMN_CLASS }, { "Klassen", PASSEND_LVS_COLUMN_CLASS },
    { "Studie", PASSEND_LVS_COLUMN_TRACK }, { "Opleiding", PASSEND_LVS_COLUMN_TRACK },
    { "Leerjaar", PASSEND_LVS_COLUMN_YEAR }, { "Klassenmentor 1", PASSEND_LVS_COLUMN_MENTOR },
    { "CMENTORNAME", PASSEND_LVS_COLUMN_MENTOR }, { "Locatie", PASSEND_LVS_COLUMN_LOCATION },
    { "STUDYPERIOD", PASSEND_LVS_COLUMN_SCHOOL_YEAR }, { "Schooljaar", PASSEND_LVS_COLUMN_SCHOOL_YEAR },
    { "Email", PASSEND_LVS_COLUMN_NONE }, { "", PASSEND_LVS_COLUMN_NONE },
    { "Stamnr2", PASSEND_LVS_COLUMN_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("header “%s”", cases[i].header);
      g_assert_cmpint (passend_lvs_column_for_header (cases[i].header), ==, cases[i].column);
    }
}

static void
test_dates (void)
{
  static const struct { const char *text; int y, m, d; } good[] = {
    { "14-03-2011", 2011, 3, 14 }, { "3-9-2010", 2010, 9, 3 }, { "2009-12-01", 2009, 12, 1 },
    { " 01/02/2011 ", 2011, 2, 1 }, { "14-03-2011 0:00", 2011, 3, 14 }, { "29-02-2012", 2012, 2, 29 },
  };
  static const char * const bad[] = { "31-02-2011", "29-02-2011", "2011-13-01", "14-03-11", "morgen", "1-1" };
  PassendDay day = 1;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (passend_lvs_parse_date (good[i].text, &day, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (day, ==, passend_day_new (good[i].y, good[i].m, good[i].d));
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (passend_lvs_parse_date (bad[i], &day, &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, bad[i]));
    }

  g_assert_true (passend_lvs_parse_date ("  ", &day, NULL));
  g_assert_cmpuint (day, ==, PASSEND_DAY_NONE);
}

static void
test_values (void)
{
  static const struct { const char *text; const char *track; } tracks[] = {
    { "HAVO 2", "havo" }, { "VMBO KB 3", "vmbo-k" }, { "vmbo-bb", "vmbo-b" }, { "Mavo", "vmbo-gt" },
    { "VWO 4 Gymnasium", "vwo" }, { "Atheneum", "vwo" }, { "Praktijkonderwijs", "pro" },
    { "H3", "havo" }, { "3V", "vwo" }, { "Kaderberoepsgerichte leerweg", "vmbo-k" },
    { "havo/vwo", "havo/vwo" }, { " Tweetalig ", "Tweetalig" }, { "vmbo gt", "vmbo-gt" },
  };
  int year = -1;
  char *a = NULL, *b = NULL, *c = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (tracks); i++)
    {
      g_autofree char *track = passend_lvs_normalize_track (tracks[i].text);

      g_test_message ("track “%s”", tracks[i].text);
      g_assert_cmpstr (track, ==, tracks[i].track);
    }

  g_assert_true (passend_lvs_parse_year ("3", &year, NULL));
  g_assert_cmpint (year, ==, 3);
  g_assert_true (passend_lvs_parse_year ("Leerjaar 2", &year, NULL));
  g_assert_cmpint (year, ==, 2);
  g_assert_false (passend_lvs_parse_year ("9", &year, NULL));
  g_assert_false (passend_lvs_parse_year ("brugklas", &year, NULL));
  g_assert_cmpint (passend_lvs_year_from_class ("3H2"), ==, 3);
  g_assert_cmpint (passend_lvs_year_from_class ("B1a"), ==, 0);

  g_assert_true (passend_lvs_parse_school_year ("2025/2026", &year, NULL));
  g_assert_cmpint (year, ==, 2025);
  g_assert_true (passend_lvs_parse_school_year ("2026-2027", &year, NULL));
  g_assert_cmpint (year, ==, 2026);
  g_assert_false (passend_lvs_parse_school_year ("2025/2027", &year, NULL));

  {
    g_autofree char *m = passend_lvs_normalize_gender ("Jongen");
    g_autofree char *v = passend_lvs_normalize_gender (" V ");

    g_assert_cmpstr (m, ==, "m");
    g_assert_cmpstr (v, ==, "v");
  }

  g_assert_true (passend_lvs_split_full_name ("Vries, Jan de", &a, &b, &c));
  g_assert_cmpstr (a, ==, "Jan");
  g_assert_cmpstr (b, ==, "de");
  g_assert_cmpstr (c, ==, "Vries");
  g_free (a), g_free (b), g_free (c);

  g_assert_true (passend_lvs_split_full_name ("Emma van den Broek", &a, &b, &c));
  g_assert_cmpstr (a, ==, "Emma");
  g_assert_cmpstr (b, ==, "van den");
  g_assert_cmpstr (c, ==, "Broek");
  g_free (a), g_free (b), g_free (c);

  g_assert_false (passend_lvs_split_full_name ("Emma", &a, &b, &c));
}

/* Plans against a database */

static void
test_plan_magister (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendImportPlan) plan = plan_fixture (fixture, "magister-1252.csv", &error);
  gint64 audit_before = count (fixture, "audit");
  PassendImportRow *row;

  g_assert_no_error (error);
  g_assert_cmpuint (passend_import_plan_get_n_status (plan, PASSEND_IMPORT_STATUS_NEW), ==, 1);
  g_assert_cmpuint (passend_import_plan_get_n_status (plan, PASSEND_IMPORT_STATUS_UPDATED), ==, 1);
  g_assert_cmpuint (passend_import_plan_get_n_status (plan, PASSEND_IMPORT_STATUS_UNCHANGED), ==, 1);
  g_assert_cmpuint (passend_import_plan_get_n_status (plan, PASSEND_IMPORT_STATUS_ERROR), ==, 0);
  g_assert_cmpuint (passend_import_plan_get_n_status (plan, PASSEND_IMPORT_STATUS_POSSIBLY_LEFT), ==, 1);

  row = row_for (plan, "100001");
  g_assert_cmpint (passend_import_row_get_status (row), ==, PASSEND_IMPORT_STATUS_UPDATED);
  g_assert_cmpstr (passend_import_row_get_detail (row), ==, "Changes: class, year, mentor");
  g_assert_cmpstr (passend_import_row_get_name (row), ==, "Zoë van der Berg");

  row = row_for (plan, "100002");
  g_assert_cmpint (passend_import_row_get_status (row), ==, PASSEND_IMPORT_STATUS_NEW);
  g_assert_cmpstr (passend_import_row_get_name (row), ==, "Hüseyin Çelik");

  g_assert_true (g_strv_contains (passend_import_plan_get_unknown_mentors (plan), "Mevrouw Onbekend"));
  g_assert_true (g_strv_contains (passend_import_plan_get_ignored_columns (plan), "Email"));
  g_assert_cmpstr (passend_import_plan_get_encoding (plan), ==, "Windows-1252");

  /* Planning writes nothing. */
  g_assert_cmpint (count (fixture, "students"), ==, 3);
  g_assert_cmpint (count (fixture, "audit"), ==, audit_before);
}

static void
test_apply_keeps_care_data (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendImportPlan) plan = plan_fixture (fixture, "magister-1252.csv", &error);
  g_autoptr(PassendStudent) zoe = NULL;
  g_autoptr(PassendStudent) huseyin = NULL;
  g_autoptr(PassendStudent) kees = NULL;
  g_auto(GStrv) needs = NULL;
  gint64 timeline = count (fixture, "timeline");
  gint64 history = count (fixture, "status-history");
  gint64 guardians = count (fixture, "guardians");
  gint64 audit = count (fixture, "audit");
  guint created = 0, updated = 0;

  g_assert_no_error (error);
  g_assert_true (passend_import_plan_apply (plan, fixture->db, FALSE, &created, &updated, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (created, ==, 1);
  g_assert_cmpuint (updated, ==, 1);

  zoe = passend_database_get_student (fixture->db, fixture->zoe_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (passend_student_get_class_name (zoe), ==, "2H1");
  g_assert_cmpint (passend_student_get_year (zoe), ==, 2);
  g_assert_cmpstr (passend_student_get_mentor_name (zoe), ==, "Anna Bergsma");
  /* The support status, needs, guardians and timeline stay as they were. */
  g_assert_cmpint (passend_student_get_niveau (zoe), ==, PASSEND_NIVEAU_3);
  g_assert_cmpint (passend_student_get_phase (zoe), ==, PASSEND_PHASE_2_CONSULTATIE);
  g_assert_cmpint (passend_student_get_regie (zoe), ==, PASSEND_REGIE_LECO);
  needs = passend_database_list_support_needs (fixture->db, fixture->zoe_id, &error);
  g_assert_cmpstrv (needs, ((const char * const[]) { "dyslexie", NULL }));
  g_assert_cmpint (count (fixture, "timeline"), ==, timeline);
  g_assert_cmpint (count (fixture, "status-history"), ==, history);
  g_assert_cmpint (count (fixture, "guardians"), ==, guardians);
  /* One audit row for the whole import. */
  g_assert_cmpint (count (fixture, "audit"), ==, audit + 1);

  huseyin = stored_student (fixture, "100002");
  g_assert_nonnull (huseyin);
  g_assert_cmpstr (passend_student_get_achternaam (huseyin), ==, "Çelik");
  g_assert_cmpuint (passend_student_get_birth_date (huseyin), ==, passend_day_new (2010, 9, 3));
  g_assert_cmpstr (passend_student_get_track (huseyin), ==, "vmbo-k");
  g_assert_cmpint (passend_student_get_mentor_id (huseyin), ==, 0);

  /* Without "complete", nobody is marked as having left. */
  kees = passend_database_get_student (fixture->db, fixture->left_id, &error);
  g_assert_cmpuint (passend_student_get_left_on (kees), ==, PASSEND_DAY_NONE);

  /* Importing the same export again changes nothing. */
  g_clear_object (&plan);
  plan = plan_fixture (fixture, "magister-1252.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (passend_import_plan_get_n_status (plan, PASSEND_IMPORT_STATUS_UNCHANGED), ==, 3);
}

static void
test_possibly_left (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendImportPlan) plan = plan_fixture (fixture, "magister-1252.csv", &error);
  g_autoptr(PassendImportRow) row = NULL;
  g_autoptr(PassendStudent) kees = NULL;

  g_assert_no_error (error);
  row = g_list_model_get_item (passend_import_plan_get_possibly_left (plan), 0);
  g_assert_cmpstr (passend_import_row_get_lvs_number (row), ==, "999999");
  g_assert_cmpint (g_list_model_get_n_items (passend_import_plan_get_possibly_left (plan)), ==, 1);

  g_assert_true (passend_import_plan_apply (plan, fixture->db, TRUE, NULL, NULL, &error));
  g_assert_no_error (error);
  kees = passend_database_get_student (fixture->db, fixture->left_id, &error);
  g_assert_cmpuint (passend_student_get_left_on (kees), ==, fixture->today);
}

static void
test_bad_row_writes_nothing (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendImportPlan) plan = plan_fixture (fixture, "bad-date.csv", &error);
  PassendImportRow *row;
  gint64 audit = count (fixture, "audit");

  g_assert_no_error (error);
  g_assert_cmpuint (passend_import_plan_get_n_status (plan, PASSEND_IMPORT_STATUS_NEW), ==, 2);
  g_assert_cmpuint (passend_import_plan_get_n_status (plan, PASSEND_IMPORT_STATUS_ERROR), ==, 1);
  row = row_for (plan, "700002");
  g_assert_cmpint (passend_import_row_get_status (row), ==, PASSEND_IMPORT_STATUS_ERROR);
  g_assert_cmpstr (passend_import_row_get_detail (row), ==,
                   "Row 3, column Geb.datum: “31-02-2011” is not a valid date (write it as dd-mm-jjjj)");

  g_assert_false (passend_import_plan_apply (plan, fixture->db, FALSE, NULL, NULL, &error));
  g_assert_error (error, PASSEND_LVS_IMPORT_ERROR, PASSEND_LVS_IMPORT_ERROR_HAS_ERRORS);
  g_assert_cmpint (count (fixture, "students"), ==, 3);
  g_assert_cmpint (count (fixture, "audit"), ==, audit);
}

static void
test_failure_rolls_back (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendImportPlan) plan = plan_fixture (fixture, "magister-1252.csv", &error);
  g_autoptr(PassendStudent) zoe = NULL;
  sqlite3 *db = NULL;

  g_assert_no_error (error);

  /* The leaving student enrolled after the import's day: marking them as
   * left fails at the very end, after the new and changed students. */
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE student SET enrolled_on = '2027-01-01' WHERE lvs_number = '999999'",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_false (passend_import_plan_apply (plan, fixture->db, TRUE, NULL, NULL, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT);
  g_assert_null (stored_student (fixture, "100002"));
  zoe = passend_database_get_student (fixture->db, fixture->zoe_id, NULL);
  g_assert_cmpstr (passend_student_get_class_name (zoe), ==, "1H1");
}

static void
test_school_years (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendImportPlan) plan = plan_fixture (fixture, "schoolyears.csv", &error);
  g_autoptr(PassendStudent) noah = NULL;
  g_autoptr(PassendStudent) mila = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (passend_import_plan_get_rows (plan)), ==, 3);
  g_assert_cmpuint (passend_import_plan_get_n_skipped (plan), ==, 4);
  /* 2026-11-23 lies in 2026/2027; Mila has only older years: the latest. */
  g_assert_cmpstr (passend_import_row_get_class_name (row_for (plan, "500001")), ==, "2H2");
  g_assert_cmpstr (passend_import_row_get_class_name (row_for (plan, "500002")), ==, "5V1");

  g_assert_true (passend_import_plan_apply (plan, fixture->db, FALSE, NULL, NULL, &error));
  g_assert_no_error (error);
  noah = stored_student (fixture, "500001");
  g_assert_cmpstr (passend_student_get_class_name (noah), ==, "2H2");
  g_assert_cmpint (passend_student_get_year (noah), ==, 2);
  mila = stored_student (fixture, "500002");
  g_assert_cmpint (passend_student_get_year (mila), ==, 5);
}

static void
test_duplicate_conflict (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendImportPlan) plan = plan_fixture (fixture, "duplicate-conflict.csv", &error);
  g_autoptr(PassendImportRow) row = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (passend_import_plan_get_n_status (plan, PASSEND_IMPORT_STATUS_ERROR), ==, 1);
  row = g_list_model_get_item (passend_import_plan_get_rows (plan), 1);
  g_assert_cmpstr (passend_import_row_get_detail (row), ==,
                   "Row 3, column Stamnr: student 800001 is also on row 2, with other data for the same school year");
  g_assert_false (passend_import_plan_apply (plan, fixture->db, FALSE, NULL, NULL, &error));
  g_assert_null (stored_student (fixture, "800001"));
}

static void
test_shapes (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendImportPlan) somtoday = plan_fixture (fixture, "somtoday-bom.csv", &error);
  g_autoptr(PassendImportPlan) tabs = NULL;
  g_autoptr(PassendImportPlan) quoted = NULL;
  g_autoptr(PassendImportPlan) full = NULL;
  g_autoptr(PassendStudent) fleur = NULL;
  g_autoptr(PassendStudent) sem = NULL;
  g_autoptr(PassendStudent) jan = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (passend_import_plan_get_n_status (somtoday, PASSEND_IMPORT_STATUS_NEW), ==, 2);
  g_assert_true (passend_import_plan_apply (somtoday, fixture->db, FALSE, NULL, NULL, &error));
  g_assert_no_error (error);
  fleur = stored_student (fixture, "200002");
  g_assert_cmpstr (passend_student_get_display_name (fleur), ==, "Fleur van Dijk");
  g_assert_cmpuint (passend_student_get_birth_date (fleur), ==, passend_day_new (2010, 11, 2));
  g_assert_cmpstr (passend_student_get_class_name (fleur), ==, "2B");
  g_assert_cmpint (passend_student_get_year (fleur), ==, 2);

  tabs = plan_fixture (fixture, "tabs.csv", &error);
  g_assert_no_error (error);
  g_assert_true (passend_import_plan_apply (tabs, fixture->db, FALSE, NULL, NULL, &error));
  sem = stored_student (fixture, "300001");
  g_assert_cmpstr (passend_student_get_gender (sem), ==, "m");
  g_assert_cmpstr (passend_student_get_mentor_name (sem), ==, "Anna Bergsma");

  quoted = plan_fixture (fixture, "quoted.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (passend_import_row_get_name (row_for (quoted, "400001")), ==, "Jan; Piet Vries");
  g_assert_cmpstr (passend_import_row_get_name (row_for (quoted, "400002")), ==, "Eva de Wit, jr.");
  g_assert_true (g_strv_contains (passend_import_plan_get_ignored_columns (quoted), "Opmerking"));

  full = plan_fixture (fixture, "full-name.csv", &error);
  g_assert_no_error (error);
  g_assert_true (passend_import_plan_apply (full, fixture->db, FALSE, NULL, NULL, &error));
  jan = stored_student (fixture, "600001");
  g_assert_cmpstr (passend_student_get_roepnaam (jan), ==, "Jan");
  g_assert_cmpstr (passend_student_get_tussenvoegsel (jan), ==, "de");
  g_assert_cmpstr (passend_student_get_achternaam (jan), ==, "Vries");
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  static const struct { const char *fixture; GQuark domain; int code; } cases[] = {
    { "no-id-column.csv", 0, PASSEND_LVS_IMPORT_ERROR_NO_ID_COLUMN },
    { "utf16.csv", 1, PASSEND_CSV_ERROR_ENCODING },
    { "unterminated-quote.csv", 1, PASSEND_CSV_ERROR_SYNTAX },
    { "spreadsheet.csv", 1, PASSEND_CSV_ERROR_NOT_CSV },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PassendImportPlan) plan = plan_fixture (fixture, cases[i].fixture, &error);

      g_assert_null (plan);
      g_assert_error (error, (cases[i].domain ? PASSEND_CSV_ERROR : PASSEND_LVS_IMPORT_ERROR), cases[i].code);
    }

  g_assert_cmpint (count (fixture, "students"), ==, 3);
}

static void
insert_byte (GByteArray *array,
             guint       at,
             guint8      byte)
{
  g_byte_array_set_size (array, array->len + 1);
  memmove (array->data + at + 1, array->data + at, array->len - at - 1);
  array->data[at] = byte;
}

/* The header mapping and the plan, fed mutated exports. */
static void
test_fuzz_plan (Fixture       *fixture,
                gconstpointer  data)
{
  static const char * const seeds[] = { "magister-1252.csv", "somtoday-bom.csv", "schoolyears.csv", "quoted.csv" };
  static const char inserts[] = { '"', ';', ',', '\t', '\n', '\0', '\xff' };
  g_autoptr(GRand) rand = g_rand_new_with_seed (4181);
  gint64 deadline = g_get_monotonic_time () + G_USEC_PER_SEC;
  guint n;

  for (n = 0; n < 5000 && g_get_monotonic_time () < deadline; n++)
    {
      g_autofree char *path = g_build_filename (TEST_DATA_DIR, "lvs", seeds[n % G_N_ELEMENTS (seeds)], NULL);
      g_autoptr(GByteArray) input = g_byte_array_new ();
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(PassendCsvTable) table = NULL;
      g_autoptr(PassendImportPlan) plan = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_file_get_contents (path, &contents, &length, NULL);
      g_byte_array_append (input, (guint8 *) contents, length);
      for (guint m = g_rand_int_range (rand, 1, 6); m > 0 && input->len > 0; m--)
        {
          guint at = g_rand_int_range (rand, 0, input->len);

          if (g_rand_boolean (rand))
            input->data[at] ^= 1 << g_rand_int_range (rand, 0, 8);
          else
            insert_byte (input, at, (guint8) inserts[g_rand_int_range (rand, 0, G_N_ELEMENTS (inserts))]);
        }

      bytes = g_bytes_new (input->data, input->len);
      table = passend_csv_table_new_from_bytes (bytes, &error);
      if (table == NULL)
        {
          g_assert_nonnull (error);
          continue;
        }

      plan = passend_import_plan_new_for_table (table, fixture->db, fixture->today, &error);
      g_assert_true ((plan == NULL) != (error == NULL));
    }

  g_assert_cmpuint (n, >=, 100);
  /* Nothing of it was written. */
  g_assert_cmpint (count (fixture, "students"), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/lvs/synonyms", test_synonyms);
  g_test_add_func ("/import/lvs/dates", test_dates);
  g_test_add_func ("/import/lvs/values", test_values);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/import/lvs/plan-magister", test_plan_magister);
  ADD ("/import/lvs/apply-keeps-care-data", test_apply_keeps_care_data);
  ADD ("/import/lvs/possibly-left", test_possibly_left);
  ADD ("/import/lvs/bad-row-writes-nothing", test_bad_row_writes_nothing);
  ADD ("/import/lvs/failure-rolls-back", test_failure_rolls_back);
  ADD ("/import/lvs/school-years", test_school_years);
  ADD ("/import/lvs/duplicate-conflict", test_duplicate_conflict);
  ADD ("/import/lvs/shapes", test_shapes);
  ADD ("/import/lvs/refused", test_refused);
  ADD ("/import/lvs/fuzz-plan", test_fuzz_plan);

#undef ADD

  return g_test_run ();
}
