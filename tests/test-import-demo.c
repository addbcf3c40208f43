/* test-import-demo.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "passend-demo-school.h"
#include "passend-database-opp.h"
#include "passend-database-tlv.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("passend-demo-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->dir);
}

static PassendDatabase *
open_database (Fixture    *fixture,
               const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  PassendDatabase *database = passend_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (database);
  return database;
}

static void
small_options (PassendDemoOptions *options,
               guint32             seed)
{
  passend_demo_options_init (options);
  options->n_students = 300;
  options->n_caseload = 40;
  options->n_entries = 0;
  options->seed = seed;
  options->today = passend_day_new (2026, 3, 16);
}

static PassendDatabase *
generate (Fixture                  *fixture,
          const char               *name,
          const PassendDemoOptions *options)
{
  g_autoptr(GError) error = NULL;
  PassendDatabase *database = open_database (fixture, name);

  g_assert_true (passend_demo_school_generate (database, options, NULL, NULL, &error));
  g_assert_no_error (error);
  return database;
}

static gint64
count (PassendDatabase *database,
       const char      *entity)
{
  g_autoptr(GError) error = NULL;
  gint64 n = passend_database_count (database, entity, &error);

  g_assert_no_error (error);
  return n;
}

/* Content digest, through the store API only */

static void
digest_text (GChecksum  *checksum,
             const char *text)
{
  /* Include the terminator so "ab" + "c" differs from "a" + "bc". */
  g_checksum_update (checksum, (const guchar *) (text != NULL ? text : ""), -1);
  g_checksum_update (checksum, (const guchar *) "", 1);
}

static void
digest_int (GChecksum *checksum,
            gint64     value)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, value);

  digest_text (checksum, text);
}

static void
digest_student (GChecksum       *checksum,
                PassendDatabase *database,
                PassendStudent  *student)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) guardians = NULL;
  g_autoptr(GListModel) timeline = NULL;
  g_auto(GStrv) needs = NULL;
  gint64 id = passend_student_get_id (student);

  digest_int (checksum, id);
  digest_text (checksum, passend_student_get_lvs_number (student));
  digest_text (checksum, passend_student_get_roepnaam (student));
  digest_text (checksum, passend_student_get_voorletters (student));
  digest_text (checksum, passend_student_get_tussenvoegsel (student));
  digest_text (checksum, passend_student_get_achternaam (student));
  digest_int (checksum, passend_student_get_birth_date (student));
  digest_text (checksum, passend_student_get_gender (student));
  digest_text (checksum, passend_student_get_class_name (student));
  digest_int (checksum, passend_student_get_year (student));
  digest_text (checksum, passend_student_get_track (student));
  digest_text (checksum, passend_student_get_location (student));
  digest_int (checksum, passend_student_get_mentor_id (student));
  digest_int (checksum, passend_student_get_enrolled_on (student));
  digest_int (checksum, passend_student_get_left_on (student));

  guardians = passend_database_list_guardians (database, id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (guardians); i++)
    {
      g_autoptr(PassendGuardian) g = g_list_model_get_item (guardians, i);

      digest_text (checksum, passend_guardian_get_relation (g));
      digest_text (checksum, passend_guardian_get_voorletters (g));
      digest_text (checksum, passend_guardian_get_tussenvoegsel (g));
      digest_text (checksum, passend_guardian_get_achternaam (g));
      digest_int (checksum, passend_guardian_get_has_authority (g));
      digest_text (checksum, passend_guardian_get_email (g));
      digest_text (checksum, passend_guardian_get_phone (g));
      digest_int (checksum, passend_guardian_get_phone_is_secret (g));
      digest_int (checksum, passend_guardian_get_prefers_email (g));
    }

  needs = passend_database_list_support_needs (database, id, &error);
  g_assert_no_error (error);
  for (guint i = 0; needs != NULL && needs[i] != NULL; i++)
    digest_text (checksum, needs[i]);

  timeline = passend_database_list_timeline (database, id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (timeline); i++)
    {
      g_autoptr(PassendTimelineEntry) e = g_list_model_get_item (timeline, i);
      g_autoptr(GPtrArray) attachments = NULL;

      /* The generated reports too: their bytes, not only their names. */
      attachments = passend_database_list_attachments (database, passend_timeline_entry_get_id (e), &error);
      g_assert_no_error (error);
      for (guint j = 0; j < attachments->len; j++)
        {
          PassendAttachment *attachment = g_ptr_array_index (attachments, j);

          digest_text (checksum, attachment->file_name);
          digest_text (checksum, attachment->sha256);
        }

      digest_int (checksum, passend_timeline_entry_get_kind (e));
      digest_int (checksum, passend_timeline_entry_get_occurred_at (e));
      digest_text (checksum, passend_timeline_entry_get_author (e));
      digest_text (checksum, passend_timeline_entry_get_title (e));
      digest_text (checksum, passend_timeline_entry_get_body (e));
      digest_int (checksum, passend_timeline_entry_get_confidentiality (e));
      digest_int (checksum, passend_timeline_entry_get_is_fact (e));
    }
}

/* Students are found by id: a fresh database numbers them from 1. */
static GPtrArray *
all_students (PassendDatabase *database)
{
  GPtrArray *students = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 n = count (database, "students");

  for (gint64 id = 1; students->len < n && id <= n + 1000; id++)
    {
      g_autoptr(GError) error = NULL;
      PassendStudent *student = passend_database_get_student (database, id, &error);

      if (student == NULL)
        {
          g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
          continue;
        }
      g_ptr_array_add (students, student);
    }
  g_assert_cmpuint (students->len, ==, n);
  return students;
}

static char *
content_digest (PassendDatabase *database)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendSchool) school = passend_database_get_school (database, &error);
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GListModel) caseload = NULL;
  g_autoptr(GPtrArray) students = NULL;

  g_assert_no_error (error);
  digest_text (checksum, passend_school_get_name (school));
  digest_text (checksum, passend_school_get_brin (school));
  digest_text (checksum, passend_school_get_city (school));
  digest_text (checksum, passend_school_get_swv_name (school));
  digest_text (checksum, passend_school_get_coordinator_name (school));

  people = passend_database_list_people (database, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(PassendPerson) p = g_list_model_get_item (people, i);

      digest_int (checksum, passend_person_get_id (p));
      digest_text (checksum, passend_person_get_given_name (p));
      digest_text (checksum, passend_person_get_tussenvoegsel (p));
      digest_text (checksum, passend_person_get_family_name (p));
      digest_text (checksum, passend_person_get_role (p));
      digest_int (checksum, passend_person_get_internal (p));
      digest_text (checksum, passend_person_get_code (p));
      digest_int (checksum, passend_person_get_organisation_id (p));
      digest_text (checksum, passend_person_get_email (p));
      digest_text (checksum, passend_person_get_phone (p));
    }

  caseload = passend_database_list_caseload (database, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (caseload); i++)
    {
      g_autoptr(PassendStudent) s = g_list_model_get_item (caseload, i);

      digest_int (checksum, passend_student_get_id (s));
      digest_int (checksum, passend_student_get_niveau (s));
      digest_int (checksum, passend_student_get_phase (s));
      digest_int (checksum, passend_student_get_regie (s));
      digest_int (checksum, passend_student_get_regie_person_id (s));
    }

  students = all_students (database);
  for (guint i = 0; i < students->len; i++)
    digest_student (checksum, database, g_ptr_array_index (students, i));

  return g_strdup (g_checksum_get_string (checksum));
}

static void
test_deterministic (Fixture       *fixture,
                    gconstpointer  data)
{
  PassendDemoOptions options;
  g_autoptr(PassendDatabase) a = NULL;
  g_autoptr(PassendDatabase) b = NULL;
  g_autoptr(PassendDatabase) c = NULL;
  g_autoptr(PassendDatabase) d = NULL;
  g_autofree char *digest_a = NULL;
  g_autofree char *digest_b = NULL;
  g_autofree char *digest_c = NULL;
  g_autofree char *digest_d = NULL;

  small_options (&options, 7);
  a = generate (fixture, "a.db", &options);
  b = generate (fixture, "b.db", &options);
  options.seed = 8;
  c = generate (fixture, "c.db", &options);
  options.seed = 7;
  options.today = passend_day_new (2026, 3, 17);
  d = generate (fixture, "d.db", &options);

  digest_a = content_digest (a);
  digest_b = content_digest (b);
  digest_c = content_digest (c);
  digest_d = content_digest (d);
  g_assert_cmpstr (digest_a, ==, digest_b);
  g_assert_cmpstr (digest_a, !=, digest_c);
  g_assert_cmpstr (digest_a, !=, digest_d);
}

static void
test_counts (Fixture       *fixture,
             gconstpointer  data)
{
  PassendDemoOptions options;
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(GPtrArray) students = NULL;
  guint longest = 0;

  small_options (&options, 11);
  options.n_students = 250;
  options.n_caseload = 30;
  options.n_entries = 1500;
  options.heavy_student_entries = 400;
  database = generate (fixture, "counts.db", &options);

  g_assert_cmpint (count (database, "students"), ==, 250);
  g_assert_cmpint (count (database, "caseload"), ==, 30);
  g_assert_cmpint (count (database, "timeline"), ==, 1500);
  g_assert_cmpint (count (database, "guardians"), >=, 250);
  g_assert_cmpint (count (database, "guardians"), <=, 500);
  /* A mentor for each of the classes, the support staff and the partners. */
  g_assert_cmpint (count (database, "people"), >=, 250 / 30 + 20);
  /* Reports on every seventh case, at most twelve. */
  g_assert_cmpint (count (database, "attachments"), >=, 1);
  g_assert_cmpint (count (database, "attachments"), <=, 12);

  students = all_students (database);
  for (guint i = 0; i < students->len; i++)
    {
      g_autoptr(GError) error = NULL;
      PassendStudent *student = g_ptr_array_index (students, i);
      g_autoptr(GListModel) timeline = passend_database_list_timeline (database, passend_student_get_id (student), &error);

      g_assert_no_error (error);
      longest = MAX (longest, g_list_model_get_n_items (timeline));
    }
  /* The heavy student; a few of their entries may be meldcode, unlisted. */
  g_assert_cmpuint (longest, >=, 400 - 4);
  g_assert_cmpuint (longest, <=, 400);
}

static gboolean
phase_fits (PassendNiveau niveau,
            PassendPhase  phase)
{
  switch (niveau)
    {
    case PASSEND_NIVEAU_1:
    case PASSEND_NIVEAU_2:
      return phase == PASSEND_PHASE_1_SIGNALEREN || phase == PASSEND_PHASE_2_CONSULTATIE ||
             phase == PASSEND_PHASE_3A_ONDERSTEUNINGSTEAM;
    case PASSEND_NIVEAU_3:
      return phase == PASSEND_PHASE_3A_ONDERSTEUNINGSTEAM || phase == PASSEND_PHASE_3B_FLEX_ZAT;
    case PASSEND_NIVEAU_4:
      return phase == PASSEND_PHASE_3B_FLEX_ZAT || phase == PASSEND_PHASE_4_TLV;
    case PASSEND_NIVEAU_NONE:
    default:
      return FALSE;
    }
}

static gboolean
regie_fits (PassendNiveau niveau,
            PassendRegie  regie)
{
  switch (niveau)
    {
    case PASSEND_NIVEAU_1:
    case PASSEND_NIVEAU_2:
      return regie == PASSEND_REGIE_MENTOR;
    case PASSEND_NIVEAU_3:
      return regie == PASSEND_REGIE_LECO;
    case PASSEND_NIVEAU_4:
      return regie == PASSEND_REGIE_LECO || regie == PASSEND_REGIE_OCO;
    case PASSEND_NIVEAU_NONE:
    default:
      return FALSE;
    }
}

static void
check_entry_moment (GTimeZone  *tz,
                    gint64      occurred_at,
                    PassendDay  today)
{
  g_autoptr(GDateTime) moment = g_date_time_new_from_unix_utc (occurred_at);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (moment, tz);
  int year, month, day;
  PassendDay date;

  g_date_time_get_ymd (local, &year, &month, &day);
  date = passend_day_new (year, month, day);
  g_assert_cmpuint (date, <=, today);
  g_assert_cmpuint (date, >=, today - 730 - 45);
  g_assert_cmpint (g_date_time_get_day_of_week (local), <=, 5);
  g_assert_cmpint (g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local), >=, 8 * 60);
  g_assert_cmpint (g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local), <=, 17 * 60);
}

/* The default demo: the size the coordinator sees first. */
static void
test_caseload_rules (Fixture       *fixture,
                     gconstpointer  data)
{
  PassendDemoOptions options;
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(GListModel) caseload = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Amsterdam");
  g_autoptr(GTimer) timer = g_timer_new ();
  guint per_niveau[5] = { 0 };
  guint with_history = 0;
  guint n;

  passend_demo_options_init (&options);
  options.today = passend_day_new (2026, 3, 16);
  database = generate (fixture, "default.db", &options);
  g_test_message ("Default demo school generated in %.2f s", g_timer_elapsed (timer, NULL));

  g_assert_cmpint (count (database, "students"), ==, 1200);
  g_assert_cmpint (count (database, "caseload"), ==, 150);
  g_assert_cmpint (count (database, "timeline"), ==, 150 * 25);

  caseload = passend_database_list_caseload (database, &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (caseload);
  g_assert_cmpuint (n, ==, 150);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (caseload, i);
      g_autoptr(GListModel) timeline = NULL;
      g_auto(GStrv) needs = NULL;
      PassendNiveau niveau = passend_student_get_niveau (student);
      PassendRegie regie = passend_student_get_regie (student);
      guint n_status_changes = 0;

      g_assert_cmpint (niveau, >=, PASSEND_NIVEAU_1);
      g_assert_cmpint (niveau, <=, PASSEND_NIVEAU_4);
      per_niveau[MIN (niveau, PASSEND_NIVEAU_4)]++;
      g_assert_true (phase_fits (niveau, passend_student_get_phase (student)));
      g_assert_true (regie_fits (niveau, regie));
      g_assert_true (passend_student_get_case_open (student));
      g_assert_cmpint (passend_student_get_regie_person_id (student), >, 0);
      if (regie == PASSEND_REGIE_MENTOR)
        g_assert_cmpint (passend_student_get_regie_person_id (student), ==,
                         passend_student_get_mentor_id (student));

      needs = passend_database_list_support_needs (database, passend_student_get_id (student), &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_strv_length (needs), >=, 1);
      g_assert_cmpuint (g_strv_length (needs), <=, 3);

      timeline = passend_database_list_timeline (database, passend_student_get_id (student), &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (timeline), >=, 5);
      for (guint e = 0; e < g_list_model_get_n_items (timeline); e++)
        {
          g_autoptr(PassendTimelineEntry) entry = g_list_model_get_item (timeline, e);

          check_entry_moment (tz, passend_timeline_entry_get_occurred_at (entry), options.today);
          g_assert_cmpstr (passend_timeline_entry_get_author (entry), !=, "");
          g_assert_cmpstr (passend_timeline_entry_get_title (entry), !=, "");
          g_assert_null (strchr (passend_timeline_entry_get_title (entry), '{'));
          g_assert_null (strchr (passend_timeline_entry_get_body (entry), '{'));
          if (passend_timeline_entry_get_kind (entry) == PASSEND_ENTRY_KIND_STATUS_CHANGE)
            n_status_changes++;
        }
      g_assert_cmpuint (n_status_changes, >=, 1);
      if (n_status_changes >= 2)
        with_history++;
    }

  /* Roughly 30/35/25/10 %, and a history of earlier statuses for many. */
  g_assert_cmpuint (per_niveau[1], >=, 25);
  g_assert_cmpuint (per_niveau[1], <=, 65);
  g_assert_cmpuint (per_niveau[2], >=, 30);
  g_assert_cmpuint (per_niveau[2], <=, 75);
  g_assert_cmpuint (per_niveau[3], >=, 20);
  g_assert_cmpuint (per_niveau[3], <=, 58);
  g_assert_cmpuint (per_niveau[4], >=, 5);
  g_assert_cmpuint (per_niveau[4], <=, 30);
  g_assert_cmpuint (with_history, >=, n / 5);

  /* The TLV requests past their preparation go with the vastgesteld OPP
   * where the student has one (the demo gives those scenes to such
   * students first), the granted one among them. */
  {
    guint with_opp_part = 0, granted_with_opp = 0;

    for (guint i = 0; i < n; i++)
      {
        g_autoptr(PassendStudent) student = g_list_model_get_item (caseload, i);
        gint64 student_id = passend_student_get_id (student);
        g_autoptr(GPtrArray) requests = passend_database_list_tlv_requests (database, student_id, &error);
        g_autoptr(GPtrArray) opps = NULL;
        gboolean established = FALSE;

        g_assert_no_error (error);
        if (requests->len == 0)
          continue;
        opps = passend_database_list_opp_versions (database, student_id, &error);
        g_assert_no_error (error);
        for (guint v = 0; v < opps->len; v++)
          established |= ((PassendOppVersionInfo *) g_ptr_array_index (opps, v))->content_sha256 != NULL;

        for (guint r = 0; r < requests->len; r++)
          {
            PassendTlvRequest *request = g_ptr_array_index (requests, r);
            g_autoptr(GPtrArray) parts = NULL;
            gboolean with_opp = FALSE;

            if (passend_tlv_request_get_state (request) == PASSEND_TLV_STATE_VOORBEREIDING)
              continue;
            parts = passend_database_list_tlv_parts (database, passend_tlv_request_get_id (request), 0, &error);
            g_assert_no_error (error);
            for (guint p = 0; p < parts->len; p++)
              with_opp |= passend_tlv_part_get_kind (g_ptr_array_index (parts, p)) == PASSEND_TLV_PART_OPP_VERSION;
            g_assert_cmpint (with_opp, ==, established);
            with_opp_part += with_opp;
            if (passend_tlv_request_get_state (request) == PASSEND_TLV_STATE_TOEGEKEND)
              granted_with_opp += with_opp;
          }
      }
    g_assert_cmpuint (with_opp_part, >=, 4);
    g_assert_cmpuint (granted_with_opp, ==, 1);
  }

  /* One admitted aanmelding already became a student through the store's
   * admission; it is one of the cases checked above. */
  {
    g_autoptr(GListModel) aanmeldingen = passend_database_list_aanmeldingen (database, &error);
    guint converted = 0;

    g_assert_no_error (error);
    for (guint i = 0; i < g_list_model_get_n_items (aanmeldingen); i++)
      {
        g_autoptr(PassendAanmelding) aanmelding = g_list_model_get_item (aanmeldingen, i);
        gint64 student_id = passend_aanmelding_get_student_id (aanmelding);
        gboolean in_caseload = FALSE;

        if (student_id == 0)
          continue;
        converted++;
        g_assert_true (passend_aanmelding_outcome_is_admission (passend_aanmelding_get_outcome (aanmelding)));
        for (guint c = 0; c < n && !in_caseload; c++)
          {
            g_autoptr(PassendStudent) student = g_list_model_get_item (caseload, c);

            in_caseload = passend_student_get_id (student) == student_id;
          }
        g_assert_true (in_caseload);
      }
    g_assert_cmpuint (converted, ==, 1);
  }
}

static gboolean
track_has_year (const char *track,
                int         year)
{
  int max = g_str_equal (track, "havo") ? 5
          : g_str_equal (track, "vwo") ? 6
          : g_str_equal (track, "pro") ? 5
          : 4;

  g_assert_true (g_str_equal (track, "pro") || g_str_equal (track, "vmbo-b") ||
                 g_str_equal (track, "vmbo-k") || g_str_equal (track, "vmbo-gt") ||
                 g_str_equal (track, "havo") || g_str_equal (track, "vwo"));
  return year >= 1 && year <= max;
}

static void
test_students (Fixture       *fixture,
               gconstpointer  data)
{
  PassendDemoOptions options;
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(GPtrArray) students = NULL;
  g_autoptr(GHashTable) lvs_numbers = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) class_mentors = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) tussenvoegsels = g_hash_table_new (g_str_hash, g_str_equal);
  guint non_ascii = 0;
  guint double_names = 0;
  guint without_authority = 0;
  guint secret_numbers = 0;

  small_options (&options, 3);
  options.n_students = 800;
  database = generate (fixture, "students.db", &options);
  students = all_students (database);

  for (guint i = 0; i < students->len; i++)
    {
      g_autoptr(GError) error = NULL;
      PassendStudent *s = g_ptr_array_index (students, i);
      const char *lvs = passend_student_get_lvs_number (s);
      const char *class_name = passend_student_get_class_name (s);
      int year = passend_student_get_year (s);
      int age = passend_day_age_on (passend_student_get_birth_date (s), options.today);
      g_autofree char *year_prefix = g_strdup_printf ("%d", year);
      g_autoptr(GListModel) guardians = NULL;
      gpointer mentor;

      g_assert_cmpuint (strlen (lvs), ==, 6);
      for (const char *p = lvs; *p != '\0'; p++)
        g_assert_true (g_ascii_isdigit (*p));
      g_assert_false (g_hash_table_contains (lvs_numbers, lvs));
      g_hash_table_add (lvs_numbers, (gpointer) lvs);

      g_assert_true (track_has_year (passend_student_get_track (s), year));
      g_assert_true (g_str_has_prefix (class_name, year_prefix));
      g_assert_cmpstr (passend_student_get_location (s), !=, "");
      g_assert_cmpuint (passend_student_get_enrolled_on (s), <=, options.today);

      /* 12 in the first year, a year older for each year after it, and a
       * year more for those who stayed down. */
      g_assert_cmpint (age - year, >=, 11);
      g_assert_cmpint (age - year, <=, 13);
      g_assert_cmpint (age, >=, 12);
      g_assert_cmpint (age, <=, 19);

      /* One mentor per class. */
      g_assert_cmpint (passend_student_get_mentor_id (s), >, 0);
      if (g_hash_table_lookup_extended (class_mentors, class_name, NULL, &mentor))
        g_assert_cmpint (GPOINTER_TO_INT (mentor), ==, passend_student_get_mentor_id (s));
      else
        g_hash_table_insert (class_mentors, (gpointer) class_name,
                             GINT_TO_POINTER (passend_student_get_mentor_id (s)));

      g_hash_table_add (tussenvoegsels, (gpointer) passend_student_get_tussenvoegsel (s));
      if (!g_str_is_ascii (passend_student_get_roepnaam (s)) ||
          !g_str_is_ascii (passend_student_get_achternaam (s)))
        non_ascii++;
      if (strchr (passend_student_get_achternaam (s), '-') != NULL)
        double_names++;

      guardians = passend_database_list_guardians (database, passend_student_get_id (s), &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (guardians), >=, 1);
      g_assert_cmpuint (g_list_model_get_n_items (guardians), <=, 2);
      for (guint g = 0; g < g_list_model_get_n_items (guardians); g++)
        {
          g_autoptr(PassendGuardian) guardian = g_list_model_get_item (guardians, g);
          const char *relation = passend_guardian_get_relation (guardian);

          g_assert_true (g_str_equal (relation, "moeder") || g_str_equal (relation, "vader") ||
                         g_str_equal (relation, "verzorger") || g_str_equal (relation, "voogd"));
          g_assert_cmpstr (passend_guardian_get_achternaam (guardian), !=, "");
          without_authority += !passend_guardian_get_has_authority (guardian);
          secret_numbers += passend_guardian_get_phone_is_secret (guardian);
        }
    }

  g_assert_true (g_hash_table_contains (tussenvoegsels, "de"));
  g_assert_true (g_hash_table_contains (tussenvoegsels, "van"));
  g_assert_true (g_hash_table_contains (tussenvoegsels, "van der"));
  g_assert_cmpuint (g_hash_table_size (tussenvoegsels), >=, 6);
  g_assert_cmpuint (non_ascii, >=, students->len / 20);
  g_assert_cmpuint (double_names, >=, 2);
  g_assert_cmpuint (without_authority, >=, 1);
  g_assert_cmpuint (secret_numbers, >=, 1);
  g_assert_cmpuint (g_hash_table_size (class_mentors), >=, 800 / 32);
}

static gint64
count_meldcode_rows (Fixture    *fixture,
                     const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *statement = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM timeline_entry WHERE confidentiality = 'meldcode'",
                                       -1, &statement, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  sqlite3_close (db);
  return n;
}

static void
test_meldcode_hidden (Fixture       *fixture,
                      gconstpointer  data)
{
  PassendDemoOptions options;
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(GPtrArray) students = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GListModel) sanity = NULL;
  g_autoptr(GError) error = NULL;
  gint64 listed = 0;
  gint64 meldcode;

  small_options (&options, 5);
  database = generate (fixture, "meldcode.db", &options);

  meldcode = count_meldcode_rows (fixture, "meldcode.db");
  g_assert_cmpint (meldcode, >=, 1);

  students = all_students (database);
  for (guint i = 0; i < students->len; i++)
    {
      PassendStudent *s = g_ptr_array_index (students, i);
      g_autoptr(GListModel) timeline = passend_database_list_timeline (database, passend_student_get_id (s), &error);

      g_assert_no_error (error);
      for (guint e = 0; e < g_list_model_get_n_items (timeline); e++)
        {
          g_autoptr(PassendTimelineEntry) entry = g_list_model_get_item (timeline, e);

          g_assert_cmpint (passend_timeline_entry_get_confidentiality (entry), !=, PASSEND_CONFIDENTIALITY_MELDCODE);
          g_assert_false (g_str_has_prefix (passend_timeline_entry_get_title (entry), "Meldcode"));
          listed++;
        }
    }
  /* Stored, but never listed. */
  g_assert_cmpint (listed + meldcode, ==, count (database, "timeline"));

  found = passend_database_search_entries (database, "Meldcode stap", 100, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 0);
  sanity = passend_database_search_entries (database, "mentor", 100, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sanity), >, 0);
}

static void
test_refuses_non_empty (Fixture       *fixture,
                        gconstpointer  data)
{
  PassendDemoOptions options;
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 people;
  gint64 audit;

  small_options (&options, 9);
  options.n_students = 60;
  options.n_caseload = 6;
  database = generate (fixture, "full.db", &options);
  before = content_digest (database);
  people = count (database, "people");
  audit = count (database, "audit");

  options.seed = 10;
  g_assert_false (passend_demo_school_generate (database, &options, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);

  after = content_digest (database);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (count (database, "people"), ==, people);
  g_assert_cmpint (count (database, "audit"), ==, audit);
  g_assert_cmpint (count (database, "students"), ==, 60);
}

/* A failure half-way (here a trigger that refuses the 200th entry) must
 * leave nothing behind: not the staff, not the students. */
static void
test_failure_leaves_nothing (Fixture       *fixture,
                             gconstpointer  data)
{
  PassendDemoOptions options;
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(PassendSchool) school = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "broken.db", NULL);
  sqlite3 *db = NULL;

  g_clear_object (&database);
  database = open_database (fixture, "broken.db");
  g_clear_object (&database);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TRIGGER test_fail_late BEFORE INSERT ON timeline_entry "
                                 "WHEN (SELECT count(*) FROM timeline_entry) >= 200 "
                                 "BEGIN SELECT RAISE (ABORT, 'injected failure'); END;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  database = open_database (fixture, "broken.db");
  passend_database_set_actor (database, "Tester");
  small_options (&options, 4);
  g_assert_false (passend_demo_school_generate (database, &options, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_cmpint (count (database, "students"), ==, 0);
  g_assert_cmpint (count (database, "people"), ==, 0);
  g_assert_cmpint (count (database, "organisations"), ==, 0);
  g_assert_cmpint (count (database, "guardians"), ==, 0);
  g_assert_cmpint (count (database, "timeline"), ==, 0);
  g_assert_cmpint (count (database, "caseload"), ==, 0);
  school = passend_database_get_school (database, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (passend_school_get_name (school), ==, "");
  /* The generator names the coordinator as the actor while it works. */
  g_assert_cmpstr (passend_database_get_actor (database), ==, "Tester");
}

static void
record_progress (double   fraction,
                 gpointer user_data)
{
  GArray *fractions = user_data;

  g_array_append_val (fractions, fraction);
}

static void
test_progress (Fixture       *fixture,
               gconstpointer  data)
{
  PassendDemoOptions options;
  g_autoptr(PassendDatabase) database = open_database (fixture, "progress.db");
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;

  small_options (&options, 12);
  g_assert_true (passend_demo_school_generate (database, &options, record_progress, fractions, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (fractions->len, >=, 20);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=, g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, 0), >, 0.0);
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);
}

static void
test_invalid_options (Fixture       *fixture,
                      gconstpointer  data)
{
  PassendDemoOptions options;
  g_autoptr(PassendDatabase) database = open_database (fixture, "invalid.db");
  g_autoptr(GError) error = NULL;

  small_options (&options, 1);
  options.n_caseload = options.n_students + 1;
  g_assert_false (passend_demo_school_generate (database, &options, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  small_options (&options, 1);
  options.n_entries = 10;   /* fewer than the statuses of 40 students need */
  g_assert_false (passend_demo_school_generate (database, &options, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  small_options (&options, 1);
  options.n_students = 0;
  g_assert_false (passend_demo_school_generate (database, &options, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);

  g_assert_cmpint (count (database, "people"), ==, 0);
  g_assert_cmpint (count (database, "students"), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/import/demo/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("deterministic", test_deterministic);
  ADD ("counts", test_counts);
  ADD ("caseload-rules", test_caseload_rules);
  ADD ("students", test_students);
  ADD ("meldcode-hidden", test_meldcode_hidden);
  ADD ("refuses-non-empty", test_refuses_non_empty);
  ADD ("failure-leaves-nothing", test_failure_leaves_nothing);
  ADD ("progress", test_progress);
  ADD ("invalid-options", test_invalid_options);

#undef ADD

  return g_test_run ();
}
