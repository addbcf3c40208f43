/* test-store-tlv.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "passend-database-private.h"
#include "passend-database-tlv.h"
#include "passend-demo-school.h"

#define DAY(y, m, d) passend_day_new ((y), (m), (d))
#define OPP_HASH "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
/* Asserts a call succeeds, showing its error when it does not. */
#define CHECK(call) \
  G_STMT_START { gboolean ok_ = (call); g_assert_no_error (error); g_assert_true (ok_); } G_STMT_END
#define PDF_HASH "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"

typedef struct
{
  char            *dir;
  char            *path;
  PassendDatabase *database;
  guint            n_tlv_changes;
} Fixture;

/* Anna (1, born 2013) has two parents with gezag, an observation (101),
 * a meldcode entry (102) and an attachment (201), an item on a Flex-ZAT
 * (401), a vastgesteld OPP version 1 (501, signed by the school, her
 * mother and herself) and a concept version 2 (502). Jan (2) has an
 * entry of his own (103). One SWV (5) and one VSO school (6). */
static const char school_sql[] =
  "INSERT INTO organisation (id, name, kind) VALUES (5, 'SWV Midden-Holland', 'samenwerkingsverband'),"
  " (6, 'De Ruimte (vso)', 'vso-school');"
  "INSERT INTO student (id, lvs_number, roepnaam, tussenvoegsel, achternaam, birth_date, class_name, year,"
  " track, enrolled_on) VALUES"
  " (1, '1001', 'Anna', '', 'Bakker', '2013-04-02', '2B', 2, 'vmbo-kader', '2025-08-25'),"
  " (2, '1002', 'Jan', 'de', 'Vries', '2012-01-15', '3A', 3, 'havo', '2024-08-26');"
  "INSERT INTO support_status (student_id, niveau, phase, regie, case_open, opened_at, updated_at) VALUES"
  " (1, 4, '3b', 'leco', 1, 0, 0), (2, 2, '2', 'mentor', 1, 0, 0);"
  "INSERT INTO guardian (id, student_id, relation, voorletters, achternaam, has_authority) VALUES"
  " (11, 1, 'moeder', 'M.', 'Bakker', 1), (12, 1, 'vader', 'P.', 'Bakker', 1);"
  "INSERT INTO timeline_entry (id, student_id, kind, occurred_at, title, body, confidentiality, created_at,"
  " updated_at) VALUES"
  " (101, 1, 'observation', 1790000000, 'Observatie in de klas', 'Werkt tien minuten zelfstandig.', 'care', 0, 0),"
  " (102, 1, 'signal', 1790000000, 'Zorgsignaal', 'Vertrouwelijk.', 'meldcode', 0, 0),"
  " (103, 2, 'observation', 1790000000, 'Observatie', 'Jan.', 'care', 0, 0);"
  "INSERT INTO attachment_blob (sha256, size, content) VALUES"
  " ('cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc', 3, x'255044');"
  "INSERT INTO attachment (id, entry_id, sha256, file_name, media_type, added_at) VALUES"
  " (201, 101, 'cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc', 'vpi.pdf',"
  "  'application/pdf', 1790000000);"
  "INSERT INTO meeting (id, kind_id, title, starts_at, uid, created_at, updated_at) VALUES"
  " (301, (SELECT id FROM meeting_kind WHERE code = 'flex-zat'), '', 1790000000, 'm301@passend', 0, 0);"
  "INSERT INTO meeting_item (id, meeting_id, student_id, position, duration_minutes, minutes, uid) VALUES"
  " (401, 301, 1, 0, 30, 'Besloten: TLV cluster 4 aanvragen.', 'i401@passend');"
  "INSERT INTO opp_version (id, student_id, number, state, content_sha256, established_on, created_at, updated_at)"
  " VALUES (501, 1, 1, 'vastgesteld', '" OPP_HASH "', '2026-10-01', 0, 0),"
  "        (502, 1, 2, 'concept', NULL, NULL, 0, 0);"
  "INSERT INTO opp_signature (version_id, signer, guardian_id, name, outcome, signed_on, method, version_sha256,"
  " created_at) VALUES"
  " (501, 'school', NULL, 'J. Smit', 'established', '2026-10-01', 'none', '" OPP_HASH "', 0),"
  " (501, 'guardian', 11, 'M. Bakker', 'agreed', '2026-09-28', 'none', '" OPP_HASH "', 0),"
  " (501, 'student', NULL, 'Anna Bakker', 'agreed', '2026-09-28', 'none', '" OPP_HASH "', 0);";

static void
changed_cb (PassendDatabase *database,
            const char      *entity,
            gint64           id,
            Fixture         *fixture)
{
  if (g_str_equal (entity, "tlv"))
    fixture->n_tlv_changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  char *message = NULL;

  fixture->dir = g_dir_make_tmp ("passend-tlv-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "passend.db", NULL);
  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);
  passend_database_set_actor (fixture->database, "M. de Coördinator");
  g_signal_connect (fixture->database, "changed", G_CALLBACK (changed_cb), fixture);

  sqlite3_exec (_passend_database_get_handle (fixture->database), school_sql, NULL, NULL, &message);
  if (message != NULL)
    g_test_message ("%s", message);
  g_assert_null (message);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);

  g_clear_object (&fixture->database);
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

static int
exec_raw (Fixture    *fixture,
          const char *sql)
{
  char *message = NULL;
  int rc = sqlite3_exec (_passend_database_get_handle (fixture->database), sql, NULL, NULL, &message);

  if (message != NULL)
    g_test_message ("%s: %s", sql, message);
  sqlite3_free (message);
  return rc & 0xff;
}

static gint64
create_request (Fixture *fixture)
{
  g_autoptr(PassendTlvRequest) request = passend_tlv_request_new (1, PASSEND_TLV_KIND_VSO_CLUSTER_4);
  g_autoptr(GError) error = NULL;

  passend_tlv_request_set_category (request, PASSEND_TLV_CATEGORY_LAAG);
  passend_tlv_request_set_requested_start (request, DAY (2027, 8, 1));
  passend_tlv_request_set_requested_end (request, DAY (2029, 7, 31));
  passend_tlv_request_set_target_school_id (request, 6);
  passend_tlv_request_set_preceding_meeting_id (request, 301);
  passend_tlv_request_set_parents_view (request, "Wij steunen de aanvraag.");
  g_assert_true (passend_database_create_tlv_request (fixture->database, request, &error));
  g_assert_no_error (error);
  g_assert_cmpint (passend_tlv_request_get_id (request), >, 0);

  return passend_tlv_request_get_id (request);
}

/* The default checklist's item with @code. */
static gint64
item_id (Fixture    *fixture,
         const char *code)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM tlv_checklist_item WHERE organisation_id IS NULL"
                                          " AND code = '%s'", code);

  return query_int (fixture, sql);
}

static gboolean
add_part (Fixture            *fixture,
          gint64              request_id,
          const char         *code,
          PassendTlvPartKind  kind,
          gint64              target,
          GError            **error)
{
  g_autoptr(PassendTlvPart) part = passend_tlv_part_new (kind, target);
  g_autoptr(GBytes) file = NULL;

  passend_tlv_part_set_request_id (part, request_id);
  passend_tlv_part_set_checklist_item_id (part, item_id (fixture, code));
  if (kind == PASSEND_TLV_PART_FILE)
    {
      g_autofree char *text = g_strdup_printf ("%%PDF-1.4 %s", code);

      file = g_bytes_new (text, strlen (text));
      passend_tlv_part_set_file_name (part, "verslag.pdf");
      passend_tlv_part_set_media_type (part, "application/pdf");
    }

  return passend_database_add_tlv_part (fixture->database, part, file, error);
}

static gboolean
has_problem (GPtrArray             *problems,
             PassendTlvProblemKind  kind)
{
  for (guint i = 0; i < problems->len; i++)
    if (passend_tlv_problem_get_kind (g_ptr_array_index (problems, i)) == kind)
      return TRUE;

  return FALSE;
}

static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(PassendTlvRequest) request = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GListModel) cases = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = create_request (fixture);
  g_assert_cmpuint (fixture->n_tlv_changes, ==, 1);

  request = passend_database_get_tlv_request (fixture->database, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (passend_tlv_request_get_state (request), ==, PASSEND_TLV_STATE_VOORBEREIDING);
  g_assert_cmpstr (passend_tlv_request_get_student_name (request), ==, "Anna Bakker");
  /* The only SWV was taken; the school's name comes from the address book. */
  g_assert_cmpint (passend_tlv_request_get_swv_id (request), ==, 5);
  g_assert_cmpstr (passend_tlv_request_get_swv_name (request), ==, "SWV Midden-Holland");
  g_assert_cmpstr (passend_tlv_request_get_target_school_name (request), ==, "De Ruimte (vso)");
  g_assert_cmpint (passend_tlv_request_get_category (request), ==, PASSEND_TLV_CATEGORY_LAAG);
  g_assert_cmpuint (passend_tlv_request_get_requested_end (request), ==, DAY (2029, 7, 31));

  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM tlv_state_change"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM timeline_entry WHERE student_id = 1"
                                       " AND title = 'TLV-aanvraag in voorbereiding' AND kind = 'status-change'"),
                   ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM audit_log WHERE entity = 'tlv'"), ==, 1);

  requests = passend_database_list_tlv_requests (fixture->database, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (requests->len, ==, 1);

  /* The caseload puts Anna on the TLV route. */
  cases = passend_database_list_cases (fixture->database, FALSE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (cases, i);

      g_assert_cmpint (passend_student_get_phase (student) == PASSEND_PHASE_4_TLV, ==,
                       passend_student_get_id (student) == 1);
    }

  /* A period that ends before it starts is refused and leaves nothing. */
  passend_tlv_request_set_requested_end (request, DAY (2027, 7, 1));
  g_assert_false (passend_database_update_tlv_request (fixture->database, request, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  passend_tlv_request_set_requested_end (request, DAY (2028, 7, 31));
  passend_tlv_request_set_is_extension (request, TRUE);
  g_assert_true (passend_database_update_tlv_request (fixture->database, request, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture, "SELECT is_extension FROM tlv_request"), ==, 1);

  /* Deleting a request in preparation takes its own files along. */
  CHECK (add_part (fixture, id, "onderzoek", PASSEND_TLV_PART_FILE, 0, &error));
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM attachment_blob"), ==, 2);
  CHECK (passend_database_delete_tlv_request (fixture->database, id, &error));
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM tlv_request"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM attachment_blob"), ==, 1);
}

static void
test_advice_file (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(PassendTlvAdvice) advice = passend_tlv_advice_new ("drs. P. Mulder", PASSEND_TLV_DISCIPLINE_PSYCHOLOOG);
  g_autoptr(PassendTlvAdvice) second = passend_tlv_advice_new ("E. Kok", PASSEND_TLV_DISCIPLINE_ARTS);
  g_autoptr(GBytes) file = g_bytes_new_static ("%PDF-1.4 advies", 15);
  g_autofree char *sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, file);
  g_autoptr(GPtrArray) advices = NULL;
  g_autoptr(GBytes) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 request_id = create_request (fixture);

  passend_tlv_advice_set_request_id (advice, request_id);
  passend_tlv_advice_set_advised_on (advice, DAY (2026, 11, 2));
  passend_tlv_advice_set_independent (advice, TRUE);
  passend_tlv_advice_set_file_name (advice, "advies-mulder.pdf");
  passend_tlv_advice_set_media_type (advice, "application/pdf");
  g_assert_true (passend_database_add_tlv_advice (fixture->database, advice, file, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (passend_tlv_advice_get_sha256 (advice), ==, sha256);
  passend_tlv_advice_set_request_id (second, request_id);
  g_assert_true (passend_database_add_tlv_advice (fixture->database, second, NULL, &error));
  g_assert_cmpuint (passend_tlv_advice_get_position (second), ==, 1);

  loaded = passend_database_load_attachment (fixture->database, sha256, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (loaded, file));

  /* Editing without a new file keeps the written advice. */
  passend_tlv_advice_set_name (advice, "drs. P. Mulder-de Wit");
  g_assert_true (passend_database_update_tlv_advice (fixture->database, advice, NULL, &error));
  g_assert_no_error (error);
  advices = passend_database_list_tlv_advices (fixture->database, request_id, &error);
  g_assert_cmpuint (advices->len, ==, 2);
  g_assert_cmpstr (passend_tlv_advice_get_name (g_ptr_array_index (advices, 0)), ==, "drs. P. Mulder-de Wit");
  g_assert_cmpstr (passend_tlv_advice_get_sha256 (g_ptr_array_index (advices, 0)), ==, sha256);
  g_assert_cmpstr (passend_tlv_advice_get_file_name (g_ptr_array_index (advices, 0)), ==, "advies-mulder.pdf");

  /* A nameless advice is refused. */
  passend_tlv_advice_set_name (second, " ");
  g_assert_false (passend_database_update_tlv_advice (fixture->database, second, NULL, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  /* The file goes with its last use; the others close the gap. */
  g_assert_true (passend_database_remove_tlv_advice (fixture->database, passend_tlv_advice_get_id (advice), &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM attachment_blob WHERE sha256 IN"
                                       " (SELECT blob_sha256 FROM tlv_advice)"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM attachment_blob"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT position FROM tlv_advice"), ==, 0);
}

static void
test_parts (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GError) error = NULL;
  gint64 request_id = create_request (fixture);
  gint64 before;

  g_assert_true (add_part (fixture, request_id, "opp", PASSEND_TLV_PART_OPP_VERSION, 501, &error));
  g_assert_no_error (error);
  g_assert_true (add_part (fixture, request_id, "observaties", PASSEND_TLV_PART_ENTRY, 101, &error));
  g_assert_true (add_part (fixture, request_id, "gesprekken", PASSEND_TLV_PART_MINUTES, 401, &error));
  g_assert_true (add_part (fixture, request_id, "vpi", PASSEND_TLV_PART_ATTACHMENT, 201, &error));
  g_assert_true (add_part (fixture, request_id, "onderzoek", PASSEND_TLV_PART_FILE, 0, &error));
  g_assert_no_error (error);

  before = query_int (fixture, "SELECT count (*) FROM tlv_part");
  /* What may not be part of it is refused, and leaves nothing. */
  g_assert_false (add_part (fixture, request_id, "opp", PASSEND_TLV_PART_OPP_VERSION, 502, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (add_part (fixture, request_id, "observaties", PASSEND_TLV_PART_ENTRY, 102, &error));
  g_clear_error (&error);
  g_assert_false (add_part (fixture, request_id, "observaties", PASSEND_TLV_PART_ENTRY, 103, &error));
  g_clear_error (&error);
  g_assert_false (add_part (fixture, request_id, "observaties", PASSEND_TLV_PART_ENTRY, 101, &error));
  g_clear_error (&error);
  g_assert_false (add_part (fixture, request_id, "observaties", PASSEND_TLV_PART_OPP_VERSION, 501, &error));
  g_clear_error (&error);
  g_assert_false (add_part (fixture, request_id, "opp", PASSEND_TLV_PART_FILE, 0, &error));
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM tlv_part"), ==, before);

  parts = passend_database_list_tlv_parts (fixture->database, request_id, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parts->len, ==, 5);
  /* In checklist order, each with a title and the hash of its content. */
  g_assert_cmpstr (passend_tlv_part_get_title (g_ptr_array_index (parts, 0)), ==,
                   "OPP versie 1 (vastgesteld 01-10-2026)");
  g_assert_cmpstr (passend_tlv_part_get_sha256 (g_ptr_array_index (parts, 0)), ==, OPP_HASH);
  g_assert_true (passend_tlv_part_get_established (g_ptr_array_index (parts, 0)));
  g_assert_cmpstr (passend_tlv_part_get_title (g_ptr_array_index (parts, 1)), ==, "vpi.pdf");
  g_assert_cmpint (passend_tlv_part_get_kind (g_ptr_array_index (parts, 2)), ==, PASSEND_TLV_PART_ENTRY);
  g_assert_cmpstr (passend_tlv_part_get_title (g_ptr_array_index (parts, 2)), ==, "Observatie in de klas");
  g_assert_true (g_str_has_prefix (passend_tlv_part_get_title (g_ptr_array_index (parts, 3)), "Flex-ZAT "));
  g_assert_cmpstr (passend_tlv_part_get_title (g_ptr_array_index (parts, 4)), ==, "verslag.pdf");
  for (guint i = 0; i < parts->len; i++)
    g_assert_cmpuint (strlen (passend_tlv_part_get_sha256 (g_ptr_array_index (parts, i))), ==, 64);

  /* Removing a file part takes its content along. */
  g_assert_true (passend_database_remove_tlv_part (fixture->database,
                                                   passend_tlv_part_get_id (g_ptr_array_index (parts, 4)), &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM attachment_blob"), ==, 1);
}

static void
complete_dossier (Fixture *fixture,
                  gint64   request_id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (add_part (fixture, request_id, "opp", PASSEND_TLV_PART_OPP_VERSION, 501, &error));
  g_assert_true (add_part (fixture, request_id, "vpi", PASSEND_TLV_PART_ATTACHMENT, 201, &error));
  g_assert_true (add_part (fixture, request_id, "onderbouwing", PASSEND_TLV_PART_FILE, 0, &error));
  g_assert_true (add_part (fixture, request_id, "deskundigheid-vso", PASSEND_TLV_PART_FILE, 0, &error));
  g_assert_true (add_part (fixture, request_id, "observaties", PASSEND_TLV_PART_ENTRY, 101, &error));
  g_assert_true (add_part (fixture, request_id, "gesprekken", PASSEND_TLV_PART_MINUTES, 401, &error));
  g_assert_true (add_part (fixture, request_id, "onderzoek", PASSEND_TLV_PART_FILE, 0, &error));
  g_assert_no_error (error);
}

static void
test_completeness (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gint64 request_id = create_request (fixture);
  PassendTlvSwvRule rule;

  problems = passend_database_check_tlv_request (fixture->database, request_id, &error);
  g_assert_no_error (error);
  /* Seven items to fill, and the signatures without a vastgesteld OPP. */
  g_assert_cmpuint (problems->len, ==, 8);
  g_assert_true (has_problem (problems, PASSEND_TLV_PROBLEM_OPP_NOT_ESTABLISHED));
  g_assert_true (has_problem (problems, PASSEND_TLV_PROBLEM_SIGNATURES_MISSING));
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* The OPP's recorded signatures (school, one parent, Anna) suffice. */
  complete_dossier (fixture, request_id);
  problems = passend_database_check_tlv_request (fixture->database, request_id, &error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* An SWV that wants every parent with gezag, and both advices. */
  passend_tlv_swv_rule_init (&rule);
  rule.all_guardians_sign = TRUE;
  rule.strict_advice = TRUE;
  g_assert_true (passend_database_set_tlv_swv_rule (fixture->database, 5, &rule, &error));
  g_assert_no_error (error);
  problems = passend_database_check_tlv_request (fixture->database, request_id, &error);
  g_assert_true (has_problem (problems, PASSEND_TLV_PROBLEM_SIGNATURES_MISSING));
  g_assert_true (has_problem (problems, PASSEND_TLV_PROBLEM_ADVICE_COUNT));
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* A signed form settles the signatures. */
  g_assert_true (add_part (fixture, request_id, "handtekeningen", PASSEND_TLV_PART_FILE, 0, &error));
  problems = passend_database_check_tlv_request (fixture->database, request_id, &error);
  g_assert_false (has_problem (problems, PASSEND_TLV_PROBLEM_SIGNATURES_MISSING));
  g_assert_true (has_problem (problems, PASSEND_TLV_PROBLEM_ADVICE_COUNT));
}

static void
test_states_on_timeline (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(PassendTlvRequest) request = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 request_id = create_request (fixture);
  PassendDay today = passend_day_today ();
  PassendDay earlier = passend_day_add_days (today, -20);

  CHECK (passend_database_set_tlv_state (fixture->database, request_id, PASSEND_TLV_STATE_INGEDIEND, earlier, "",
                                         &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM timeline_entry WHERE title = 'TLV-aanvraag ingediend'"),
                   ==, 1);

  /* A step the lifecycle lacks is refused and leaves nothing. */
  g_assert_false (passend_database_set_tlv_state (fixture->database, request_id, PASSEND_TLV_STATE_BEZWAAR, today,
                                                  "", &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (passend_database_set_tlv_state (fixture->database, request_id, PASSEND_TLV_STATE_TOEGEKEND, today,
                                                  "", &error));
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM tlv_state_change"), ==, 2);

  g_assert_true (passend_database_set_tlv_state (fixture->database, request_id,
                                                 PASSEND_TLV_STATE_AANVULLING_GEVRAAGD,
                                                 passend_day_add_days (today, -10),
                                                 "Recent onderzoeksverslag ontbreekt.", &error));
  g_assert_true (passend_database_set_tlv_state (fixture->database, request_id, PASSEND_TLV_STATE_IN_BEHANDELING,
                                                 passend_day_add_days (today, -5), "", &error));
  g_assert_false (passend_database_grant_tlv (fixture->database, request_id, today, PASSEND_TLV_CATEGORY_NONE,
                                              DAY (2027, 8, 1), DAY (2029, 7, 31), "", &error));
  g_clear_error (&error);
  g_assert_true (passend_database_grant_tlv (fixture->database, request_id, today, PASSEND_TLV_CATEGORY_LAAG,
                                             DAY (2027, 8, 1), DAY (2029, 7, 31), "", &error));
  g_assert_no_error (error);

  request = passend_database_get_tlv_request (fixture->database, request_id, &error);
  g_assert_cmpint (passend_tlv_request_get_state (request), ==, PASSEND_TLV_STATE_TOEGEKEND);
  g_assert_cmpuint (passend_tlv_request_get_submitted_on (request), ==, earlier);
  g_assert_cmpuint (passend_tlv_request_get_decided_on (request), ==, today);
  g_assert_cmpuint (passend_tlv_request_get_granted_end (request), ==, DAY (2029, 7, 31));
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM timeline_entry WHERE title = 'TLV toegekend'"
                                       " AND kind = 'decision' AND body LIKE '%categorie laag%'"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM timeline_entry WHERE title LIKE '%TLV%'"), ==, 5);

  /* Fields no longer change once submitted. */
  passend_tlv_request_set_parents_view (request, "Anders.");
  g_assert_false (passend_database_update_tlv_request (fixture->database, request, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  changes = passend_database_list_tlv_state_changes (fixture->database, request_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 5);
  g_assert_cmpint (((PassendTlvStateChange *) g_ptr_array_index (changes, 2))->state, ==,
                   PASSEND_TLV_STATE_AANVULLING_GEVRAAGD);
  g_assert_cmpstr (((PassendTlvStateChange *) g_ptr_array_index (changes, 2))->actor, ==, "M. de Coördinator");
}

static void
test_send (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(PassendTlvDossierData) dossier = NULL;
  g_autoptr(PassendTlvDossierData) sent = NULL;
  g_autoptr(PassendTlvDossierData) changed = NULL;
  g_autoptr(PassendTlvRequest) request = NULL;
  g_autoptr(GPtrArray) dossiers = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *manifest = NULL;
  g_autofree char *stale = NULL;
  gint64 request_id = create_request (fixture);
  gint64 dossier_id = 0;

  complete_dossier (fixture, request_id);
  g_assert_true (add_part (fixture, request_id, "opp", PASSEND_TLV_PART_FILE, 0, &error) == FALSE);
  g_clear_error (&error);

  dossier = passend_database_load_tlv_dossier_data (fixture->database, request_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dossier->items->len, ==, 8);
  g_assert_cmpuint (dossier->parts->len, ==, 7);
  g_assert_true (passend_tlv_dossier_data_is_complete (dossier));
  g_assert_cmpstr (passend_tlv_part_get_text (g_ptr_array_index (dossier->parts, 4)), ==,
                   "Werkt tien minuten zelfstandig.");

  /* A change after assembling makes the manifest stale: refused. */
  stale = g_strdup (dossier->manifest);
  g_assert_true (add_part (fixture, request_id, "handtekeningen", PASSEND_TLV_PART_FILE, 0, &error));
  g_assert_false (passend_database_send_tlv_dossier (fixture->database, request_id, stale, passend_day_today (),
                                                     PDF_HASH, 12, NULL, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM tlv_dossier"), ==, 0);

  g_clear_pointer (&dossier, passend_tlv_dossier_data_free);
  dossier = passend_database_load_tlv_dossier_data (fixture->database, request_id, &error);
  CHECK (passend_database_send_tlv_dossier (fixture->database, request_id, dossier->manifest, passend_day_today (),
                                            PDF_HASH, 12, &dossier_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dossier_id, >, 0);

  /* One transaction: the row, the evidence on the timeline, ingediend. */
  request = passend_database_get_tlv_request (fixture->database, request_id, &error);
  g_assert_cmpint (passend_tlv_request_get_state (request), ==, PASSEND_TLV_STATE_INGEDIEND);
  g_assert_cmpuint (passend_tlv_request_get_submitted_on (request), ==, passend_day_today ());
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM timeline_entry WHERE title = 'TLV-dossier verzonden'"
                                       " AND kind = 'document' AND body LIKE '%" PDF_HASH "%'"), ==, 1);

  /* A sent dossier never changes, and neither do its parts' files. */
  g_assert_cmpint (exec_raw (fixture, "UPDATE tlv_dossier SET page_count = 13"), ==, SQLITE_CONSTRAINT);
  g_assert_false (passend_database_send_tlv_dossier (fixture->database, request_id, dossier->manifest,
                                                     passend_day_today (), PDF_HASH, 12, NULL, &error));
  g_clear_error (&error);

  dossiers = passend_database_list_tlv_dossiers (fixture->database, request_id, &error);
  g_assert_cmpuint (dossiers->len, ==, 1);
  g_assert_cmpstr (((PassendTlvSentDossier *) g_ptr_array_index (dossiers, 0))->pdf_sha256, ==, PDF_HASH);

  manifest = passend_database_load_tlv_manifest (fixture->database, dossier_id, &error);
  g_assert_cmpstr (manifest, ==, dossier->manifest);

  /* Loaded again: the same parts, in order, nothing changed. */
  sent = passend_database_load_sent_tlv_dossier (fixture->database, dossier_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sent->parts->len, ==, dossier->parts->len);
  g_assert_cmpuint (sent->problems->len, ==, 0);
  g_assert_cmpstr (passend_tlv_part_get_text (g_ptr_array_index (sent->parts, 4)), ==,
                   "Werkt tien minuten zelfstandig.");
  g_assert_cmpuint (sent->day, ==, passend_day_today ());
  for (guint i = 0; i < sent->parts->len; i++)
    g_assert_cmpstr (passend_tlv_part_get_sha256 (g_ptr_array_index (sent->parts, i)), ==,
                     passend_tlv_part_get_sha256 (g_ptr_array_index (dossier->parts, i)));

  /* An entry edited since is reported, not silently reprinted. */
  g_assert_cmpint (exec_raw (fixture, "UPDATE timeline_entry SET body = 'Anders.' WHERE id = 101"), ==, SQLITE_OK);
  changed = passend_database_load_sent_tlv_dossier (fixture->database, dossier_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changed->problems->len, ==, 1);
  g_assert_cmpint (passend_tlv_problem_get_kind (g_ptr_array_index (changed->problems, 0)), ==,
                   PASSEND_TLV_PROBLEM_PART_CHANGED);

  /* A tampered manifest is noticed. */
  g_assert_cmpint (exec_raw (fixture, "DROP TRIGGER tlv_dossier_frozen"), ==, SQLITE_OK);
  g_assert_cmpint (exec_raw (fixture, "UPDATE tlv_dossier SET manifest = manifest || 'x'"), ==, SQLITE_OK);
  g_assert_null (passend_database_load_sent_tlv_dossier (fixture->database, dossier_id, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CORRUPT);
}

static void
test_checklist (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PassendTlvChecklistItem) item = passend_tlv_checklist_item_new ("IQ-test (niet ouder dan 2 jaar)",
                                                                             PASSEND_TLV_SOURCE_ATTACHMENTS);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GError) error = NULL;
  gint64 request_id = create_request (fixture);

  g_assert_true (add_part (fixture, request_id, "observaties", PASSEND_TLV_PART_ENTRY, 101, &error));

  /* The SWV's first own item copies the default list; the request's
   * part follows to the copy. */
  g_assert_true (passend_database_add_tlv_checklist_item (fixture->database, 5, item, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (passend_tlv_checklist_item_get_position (item), ==, 8);
  items = passend_database_list_tlv_checklist_for_request (fixture->database, request_id, &error);
  g_assert_cmpuint (items->len, ==, 9);
  g_assert_cmpint (passend_tlv_checklist_item_get_organisation_id (g_ptr_array_index (items, 0)), ==, 5);
  parts = passend_database_list_tlv_parts (fixture->database, request_id,
                                           passend_tlv_checklist_item_get_id (g_ptr_array_index (items, 4)), &error);
  g_assert_cmpuint (parts->len, ==, 1);
  g_clear_pointer (&items, g_ptr_array_unref);

  /* The default list is untouched. */
  items = passend_database_list_tlv_checklist (fixture->database, 0, FALSE, &error);
  g_assert_cmpuint (items->len, ==, 8);
  g_clear_pointer (&items, g_ptr_array_unref);

  /* Move the new item first, archive it, reset. */
  CHECK (passend_database_move_tlv_checklist_item (fixture->database, passend_tlv_checklist_item_get_id (item), 0,
                                                   &error));
  items = passend_database_list_tlv_checklist (fixture->database, 5, FALSE, &error);
  g_assert_cmpint (passend_tlv_checklist_item_get_id (g_ptr_array_index (items, 0)), ==,
                   passend_tlv_checklist_item_get_id (item));
  g_clear_pointer (&items, g_ptr_array_unref);

  g_assert_true (passend_database_reset_tlv_checklist (fixture->database, 5, &error));
  g_assert_no_error (error);
  items = passend_database_list_tlv_checklist (fixture->database, 5, FALSE, &error);
  g_assert_cmpuint (items->len, ==, 8);
  g_assert_cmpstr (passend_tlv_checklist_item_get_code (g_ptr_array_index (items, 0)), ==, "opp");
  g_clear_pointer (&items, g_ptr_array_unref);
  items = passend_database_list_tlv_checklist (fixture->database, 5, TRUE, &error);
  g_assert_cmpuint (items->len, ==, 9);
  g_assert_true (passend_tlv_checklist_item_get_archived (g_ptr_array_index (items, 8)));

  /* The part survived the reset. */
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM tlv_part"), ==, 1);
}

static guint
count_deadlines (Fixture             *fixture,
                 PassendDeadlineKind  kind,
                 PassendDay          *due)
{
  g_autoptr(GListModel) deadlines = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  deadlines = passend_database_list_deadlines (fixture->database, passend_day_today (), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(PassendDeadline) deadline = g_list_model_get_item (deadlines, i);

      if (passend_deadline_get_kind (deadline) != kind)
        continue;
      g_assert_cmpint (passend_deadline_get_student_id (deadline), ==, 1);
      g_assert_cmpstr (passend_deadline_get_subject (deadline), ==, "Anna Bakker");
      *due = passend_deadline_get_due (deadline);
      n++;
    }

  return n;
}

static void
test_deadlines (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 refused = create_request (fixture);
  gint64 granted = create_request (fixture);
  PassendDay today = passend_day_today ();
  PassendDay due = PASSEND_DAY_NONE;

  /* Refused 36 days ago: the objection term ends in 6 days. */
  CHECK (passend_database_set_tlv_state (fixture->database, refused, PASSEND_TLV_STATE_INGEDIEND,
                                         passend_day_add_days (today, -60), "", &error));
  CHECK (passend_database_set_tlv_state (fixture->database, refused, PASSEND_TLV_STATE_AFGEWEZEN,
                                         passend_day_add_days (today, -36), "", &error));
  g_assert_cmpuint (count_deadlines (fixture, PASSEND_DEADLINE_KIND_TLV_OBJECTION, &due), ==, 1);
  g_assert_cmpuint (due, ==, passend_day_add_days (today, 6));

  /* Once the parents object, the term is no longer a deadline. */
  CHECK (passend_database_set_tlv_state (fixture->database, refused, PASSEND_TLV_STATE_BEZWAAR,
                                         passend_day_add_days (today, -2), "", &error));
  g_assert_cmpuint (count_deadlines (fixture, PASSEND_DEADLINE_KIND_TLV_OBJECTION, &due), ==, 0);

  /* A TLV ending in 13 weeks is not yet shown; in 11 weeks it is. */
  CHECK (passend_database_set_tlv_state (fixture->database, granted, PASSEND_TLV_STATE_INGEDIEND,
                                         passend_day_add_days (today, -300), "", &error));
  CHECK (passend_database_grant_tlv (fixture->database, granted, passend_day_add_days (today, -280),
                                     PASSEND_TLV_CATEGORY_MIDDEN, passend_day_add_days (today, -270),
                                     passend_day_add_days (today, 91), "", &error));
  g_assert_cmpuint (count_deadlines (fixture, PASSEND_DEADLINE_KIND_TLV_END, &due), ==, 0);
  g_assert_cmpint (exec_raw (fixture, "UPDATE tlv_request SET granted_end = date (granted_end, '-14 days')"
                                      " WHERE state = 'toegekend'"), ==, SQLITE_OK);
  g_assert_cmpuint (count_deadlines (fixture, PASSEND_DEADLINE_KIND_TLV_END, &due), ==, 1);
  g_assert_cmpuint (due, ==, passend_day_add_days (today, 77));

  /* The protocol value moves the reminder. */
  g_assert_cmpint (exec_raw (fixture, "INSERT INTO protocol_value (key, value) VALUES ('tlv-reminder-weeks', 8)"),
                   ==, SQLITE_OK);
  g_assert_cmpuint (count_deadlines (fixture, PASSEND_DEADLINE_KIND_TLV_END, &due), ==, 0);
}

/* The demo school has a request in every stage, each with parts and
 * readable reports, and the deadlines they set. */
static void
test_demo (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(PassendDatabase) demo = NULL;
  g_autoptr(GListModel) deadlines = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "demo.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  PassendDemoOptions options;
  guint seen_states = 0, n_kinds = 0;
  sqlite3 *db;
  sqlite3_stmt *statement = NULL;

  passend_demo_options_init (&options);
  options.n_students = 400;
  options.n_caseload = 80;
  options.seed = 7;
  demo = passend_database_open (path, &error);
  g_assert_no_error (error);
  CHECK (passend_demo_school_generate (demo, &options, NULL, NULL, &error));

  db = _passend_database_get_handle (demo);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT id, state FROM tlv_request", -1, &statement, NULL), ==, SQLITE_OK);
  while (sqlite3_step (statement) == SQLITE_ROW)
    {
      g_autoptr(PassendTlvDossierData) dossier = NULL;
      PassendTlvState state;

      g_assert_true (passend_tlv_state_from_string ((const char *) sqlite3_column_text (statement, 1), &state));
      seen_states |= 1u << state;
      dossier = passend_database_load_tlv_dossier_data (demo, sqlite3_column_int64 (statement, 0), &error);
      g_assert_no_error (error);
      g_assert_cmpuint (dossier->parts->len, >=, 1);
      g_assert_cmpuint (dossier->advices->len, >=, 1);
      /* Every file attached is a PDF a reader can open. */
      for (guint i = 0; i < dossier->parts->len; i++)
        {
          PassendTlvPart *part = g_ptr_array_index (dossier->parts, i);
          g_autoptr(GBytes) content = NULL;

          if (passend_tlv_part_get_kind (part) != PASSEND_TLV_PART_FILE)
            continue;
          content = passend_database_load_attachment (demo, passend_tlv_part_get_sha256 (part), &error);
          g_assert_no_error (error);
          g_assert_true (g_str_has_prefix (g_bytes_get_data (content, NULL), "%PDF-"));
        }
    }
  sqlite3_finalize (statement);

  g_assert_true (seen_states & (1u << PASSEND_TLV_STATE_VOORBEREIDING));
  g_assert_true (seen_states & (1u << PASSEND_TLV_STATE_INGEDIEND));
  g_assert_true (seen_states & (1u << PASSEND_TLV_STATE_AANVULLING_GEVRAAGD));
  g_assert_true (seen_states & (1u << PASSEND_TLV_STATE_TOEGEKEND));
  g_assert_true (seen_states & (1u << PASSEND_TLV_STATE_AFGEWEZEN));
  g_assert_true (seen_states & (1u << PASSEND_TLV_STATE_BEZWAAR));

  /* The granted TLV ends soon and the refusal's term runs. */
  deadlines = passend_database_list_deadlines (demo, passend_day_today (), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(PassendDeadline) deadline = g_list_model_get_item (deadlines, i);

      if (passend_deadline_get_kind (deadline) == PASSEND_DEADLINE_KIND_TLV_OBJECTION ||
          passend_deadline_get_kind (deadline) == PASSEND_DEADLINE_KIND_TLV_END)
        n_kinds++;
    }
  g_assert_cmpuint (n_kinds, ==, 2);

  g_clear_object (&demo);
  g_remove (wal);
  g_remove (shm);
  g_remove (path);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

  ADD ("/store/tlv/create", test_create);
  ADD ("/store/tlv/advice-file", test_advice_file);
  ADD ("/store/tlv/parts", test_parts);
  ADD ("/store/tlv/completeness", test_completeness);
  ADD ("/store/tlv/states-on-timeline", test_states_on_timeline);
  ADD ("/store/tlv/send", test_send);
  ADD ("/store/tlv/checklist", test_checklist);
  ADD ("/store/tlv/deadlines", test_deadlines);
  ADD ("/store/tlv/demo", test_demo);

#undef ADD

  return g_test_run ();
}
