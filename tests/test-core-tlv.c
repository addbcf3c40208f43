/* test-core-tlv.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "passend-tlv.h"

#define DAY(y, m, d) passend_day_new ((y), (m), (d))

static gboolean
has_problem (GPtrArray             *problems,
             PassendTlvProblemKind  kind)
{
  for (guint i = 0; i < problems->len; i++)
    if (passend_tlv_problem_get_kind (g_ptr_array_index (problems, i)) == kind)
      return TRUE;

  return FALSE;
}

static GPtrArray *
new_problems (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

static void
test_codes (void)
{
  PassendTlvState state;
  PassendTlvCategory category;
  PassendTlvDiscipline discipline;

  for (int i = 0; i < PASSEND_TLV_N_STATES; i++)
    {
      g_assert_true (passend_tlv_state_from_string (passend_tlv_state_to_string (i), &state));
      g_assert_cmpint (state, ==, i);
      g_assert_nonnull (passend_tlv_state_get_label (i));
      g_assert_true (g_str_has_prefix (passend_tlv_state_get_record_title (i), "TLV") ||
                     g_str_has_prefix (passend_tlv_state_get_record_title (i), "Aanvulling") ||
                     g_str_has_prefix (passend_tlv_state_get_record_title (i), "Bezwaar"));
    }
  g_assert_cmpstr (passend_tlv_state_to_string (PASSEND_TLV_STATE_AANVULLING_GEVRAAGD), ==, "aanvulling-gevraagd");
  g_assert_false (passend_tlv_state_from_string ("beroep", &state));

  g_assert_true (passend_tlv_category_from_string (NULL, &category));
  g_assert_cmpint (category, ==, PASSEND_TLV_CATEGORY_NONE);
  g_assert_null (passend_tlv_category_to_string (PASSEND_TLV_CATEGORY_NONE));
  g_assert_true (passend_tlv_category_from_string ("midden", &category));
  g_assert_cmpint (category, ==, PASSEND_TLV_CATEGORY_MIDDEN);

  g_assert_true (passend_tlv_discipline_from_string ("maatschappelijk-werker", &discipline));
  g_assert_cmpint (discipline, ==, PASSEND_TLV_DISCIPLINE_MAATSCHAPPELIJK_WERKER);
  g_assert_cmpstr (passend_tlv_discipline_get_dutch (discipline), ==, "maatschappelijk werker");
}

static void
test_transitions (void)
{
  g_autoptr(PassendTlvRequest) request = passend_tlv_request_new (1, PASSEND_TLV_KIND_VSO_CLUSTER_4);
  g_autoptr(GError) error = NULL;
  PassendDay today = DAY (2027, 3, 1);

  /* The lifecycle, both ways where it has both. */
  g_assert_true (passend_tlv_state_can_change (PASSEND_TLV_STATE_VOORBEREIDING, PASSEND_TLV_STATE_INGEDIEND));
  g_assert_false (passend_tlv_state_can_change (PASSEND_TLV_STATE_VOORBEREIDING, PASSEND_TLV_STATE_TOEGEKEND));
  g_assert_true (passend_tlv_state_can_change (PASSEND_TLV_STATE_IN_BEHANDELING,
                                               PASSEND_TLV_STATE_AANVULLING_GEVRAAGD));
  g_assert_true (passend_tlv_state_can_change (PASSEND_TLV_STATE_AANVULLING_GEVRAAGD,
                                               PASSEND_TLV_STATE_IN_BEHANDELING));
  g_assert_true (passend_tlv_state_can_change (PASSEND_TLV_STATE_AFGEWEZEN, PASSEND_TLV_STATE_BEZWAAR));
  g_assert_true (passend_tlv_state_can_change (PASSEND_TLV_STATE_BEZWAAR, PASSEND_TLV_STATE_TOEGEKEND));
  g_assert_false (passend_tlv_state_can_change (PASSEND_TLV_STATE_TOEGEKEND, PASSEND_TLV_STATE_VOORBEREIDING));
  g_assert_false (passend_tlv_state_can_change (PASSEND_TLV_STATE_AFGEWEZEN, PASSEND_TLV_STATE_IN_BEHANDELING));

  g_assert_false (passend_tlv_check_transition (request, PASSEND_TLV_STATE_AFGEWEZEN, today, today, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  /* A day is needed, and not one in the future. */
  g_assert_false (passend_tlv_check_transition (request, PASSEND_TLV_STATE_INGEDIEND, PASSEND_DAY_NONE, today,
                                                &error));
  g_clear_error (&error);
  g_assert_false (passend_tlv_check_transition (request, PASSEND_TLV_STATE_INGEDIEND, DAY (2027, 3, 2), today,
                                                &error));
  g_clear_error (&error);
  g_assert_true (passend_tlv_check_transition (request, PASSEND_TLV_STATE_INGEDIEND, DAY (2027, 2, 1), today,
                                               &error));
  g_assert_no_error (error);

  passend_tlv_request_set_state (request, PASSEND_TLV_STATE_IN_BEHANDELING);
  passend_tlv_request_set_submitted_on (request, DAY (2027, 2, 1));
  g_assert_false (passend_tlv_check_transition (request, PASSEND_TLV_STATE_AANVULLING_GEVRAAGD, DAY (2027, 1, 20),
                                                today, &error));
  g_clear_error (&error);

  /* Toegekend needs the category and the period the SWV granted. */
  g_assert_false (passend_tlv_check_transition (request, PASSEND_TLV_STATE_TOEGEKEND, today, today, &error));
  g_clear_error (&error);
  passend_tlv_request_set_granted_category (request, PASSEND_TLV_CATEGORY_LAAG);
  passend_tlv_request_set_granted_start (request, DAY (2027, 8, 1));
  passend_tlv_request_set_granted_end (request, DAY (2027, 7, 31));
  g_assert_false (passend_tlv_check_transition (request, PASSEND_TLV_STATE_TOEGEKEND, today, today, &error));
  g_clear_error (&error);
  passend_tlv_request_set_granted_end (request, DAY (2029, 7, 31));
  g_assert_true (passend_tlv_check_transition (request, PASSEND_TLV_STATE_TOEGEKEND, today, today, &error));
  g_assert_no_error (error);

  /* Pro has no category. */
  passend_tlv_request_set_kind (request, PASSEND_TLV_KIND_PRO);
  passend_tlv_request_set_granted_category (request, PASSEND_TLV_CATEGORY_NONE);
  g_assert_true (passend_tlv_check_transition (request, PASSEND_TLV_STATE_TOEGEKEND, today, today, &error));

  /* Bezwaar follows a decision. */
  passend_tlv_request_set_state (request, PASSEND_TLV_STATE_AFGEWEZEN);
  g_assert_false (passend_tlv_check_transition (request, PASSEND_TLV_STATE_BEZWAAR, today, today, &error));
  g_clear_error (&error);
  passend_tlv_request_set_decided_on (request, DAY (2027, 2, 20));
  g_assert_true (passend_tlv_check_transition (request, PASSEND_TLV_STATE_BEZWAAR, today, today, &error));
  g_assert_no_error (error);
}

static void
test_days (void)
{
  /* One full school year is not short; a day less is. */
  g_assert_false (passend_tlv_period_is_short (DAY (2027, 8, 1), DAY (2028, 7, 31)));
  g_assert_true (passend_tlv_period_is_short (DAY (2027, 8, 1), DAY (2028, 7, 30)));
  g_assert_true (passend_tlv_period_is_short (DAY (2027, 2, 1), DAY (2027, 7, 31)));
  g_assert_false (passend_tlv_period_is_short (DAY (2027, 2, 1), PASSEND_DAY_NONE));

  /* Awb: six weeks after the decision. */
  g_assert_cmpuint (passend_tlv_objection_due (DAY (2027, 3, 10)), ==, DAY (2027, 4, 21));
  g_assert_cmpuint (passend_tlv_objection_due (PASSEND_DAY_NONE), ==, PASSEND_DAY_NONE);

  g_assert_cmpuint (passend_tlv_reminder_due (DAY (2028, 7, 31), PASSEND_TLV_DEFAULT_REMINDER_WEEKS), ==,
                    DAY (2028, 5, 8));
  g_assert_cmpuint (passend_tlv_reminder_due (DAY (2028, 7, 31), 4), ==, DAY (2028, 7, 3));
}

static PassendTlvAdvice *
advice (gint64               id,
        PassendTlvDiscipline discipline,
        gboolean             complete)
{
  PassendTlvAdvice *self = passend_tlv_advice_new ("R. Jansen", discipline);

  passend_tlv_advice_set_id (self, id);
  if (complete)
    {
      passend_tlv_advice_set_advised_on (self, DAY (2027, 1, 10));
      passend_tlv_advice_set_independent (self, TRUE);
      passend_tlv_advice_set_sha256 (self, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    }
  return self;
}

static void
test_advices (void)
{
  g_autoptr(GPtrArray) advices = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) problems = new_problems ();
  PassendTlvSwvRule rule;

  passend_tlv_swv_rule_init (&rule);
  g_assert_false (rule.strict_advice);

  /* Default mode: the SWV obtains them; nothing is missing. */
  passend_tlv_check_advices (advices, &rule, problems);
  g_assert_cmpuint (problems->len, ==, 0);

  rule.strict_advice = TRUE;
  passend_tlv_check_advices (advices, &rule, problems);
  g_assert_true (has_problem (problems, PASSEND_TLV_PROBLEM_ADVICE_COUNT));
  g_ptr_array_set_size (problems, 0);

  /* The order matters: a pedagoog cannot be first. */
  g_ptr_array_add (advices, advice (1, PASSEND_TLV_DISCIPLINE_PEDAGOOG, TRUE));
  g_ptr_array_add (advices, advice (2, PASSEND_TLV_DISCIPLINE_ORTHOPEDAGOOG, TRUE));
  passend_tlv_check_advices (advices, &rule, problems);
  g_assert_true (has_problem (problems, PASSEND_TLV_PROBLEM_ADVICE_FIRST_DISCIPLINE));
  g_assert_true (has_problem (problems, PASSEND_TLV_PROBLEM_ADVICE_SECOND_DISCIPLINE));
  g_assert_false (has_problem (problems, PASSEND_TLV_PROBLEM_ADVICE_COUNT));
  g_assert_cmpint (passend_tlv_problem_get_advice_id (g_ptr_array_index (problems, 0)), ==, 1);
  g_ptr_array_set_size (problems, 0);

  /* Psycholoog then kinderpsychiater, but the second has no file yet. */
  g_ptr_array_set_size (advices, 0);
  g_ptr_array_add (advices, advice (3, PASSEND_TLV_DISCIPLINE_PSYCHOLOOG, TRUE));
  g_ptr_array_add (advices, advice (4, PASSEND_TLV_DISCIPLINE_KINDERPSYCHIATER, FALSE));
  passend_tlv_check_advices (advices, &rule, problems);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_true (has_problem (problems, PASSEND_TLV_PROBLEM_ADVICE_INCOMPLETE));
  g_assert_cmpint (passend_tlv_problem_get_advice_id (g_ptr_array_index (problems, 0)), ==, 4);
  g_assert_false (passend_tlv_problem_is_warning (g_ptr_array_index (problems, 0)));
  g_ptr_array_set_size (problems, 0);

  passend_tlv_advice_set_advised_on (g_ptr_array_index (advices, 1), DAY (2027, 1, 12));
  passend_tlv_advice_set_independent (g_ptr_array_index (advices, 1), TRUE);
  passend_tlv_advice_set_sha256 (g_ptr_array_index (advices, 1),
                                 "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210");
  passend_tlv_check_advices (advices, &rule, problems);
  g_assert_cmpuint (problems->len, ==, 0);

  /* The same incomplete advices block nothing in default mode. */
  rule.strict_advice = FALSE;
  passend_tlv_advice_set_independent (g_ptr_array_index (advices, 1), FALSE);
  passend_tlv_check_advices (advices, &rule, problems);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_signatures (void)
{
  PassendTlvSignatureFacts facts = { TRUE, TRUE, 2, 1, 13, TRUE };
  PassendTlvSwvRule rule;
  g_autofree char *missing = NULL;

  passend_tlv_swv_rule_init (&rule);
  g_assert_true (passend_tlv_signatures_satisfied (&facts, &rule, NULL));

  /* All with gezag: one of two is not enough. */
  rule.all_guardians_sign = TRUE;
  g_assert_false (passend_tlv_signatures_satisfied (&facts, &rule, &missing));
  g_assert_nonnull (missing);
  g_clear_pointer (&missing, g_free);
  facts.n_guardians_signed = 2;
  g_assert_true (passend_tlv_signatures_satisfied (&facts, &rule, NULL));

  /* The student signs from the SWV's age. */
  facts.student_signed = FALSE;
  g_assert_false (passend_tlv_signatures_satisfied (&facts, &rule, NULL));
  rule.student_signs_from = 14;
  g_assert_true (passend_tlv_signatures_satisfied (&facts, &rule, NULL));
  facts.student_age = -1;
  g_assert_false (passend_tlv_signatures_satisfied (&facts, &rule, NULL));
  facts.student_age = 13;

  /* The school's vaststelling is needed too. */
  facts.school_signed = FALSE;
  g_assert_false (passend_tlv_signatures_satisfied (&facts, &rule, NULL));
  facts.school_signed = TRUE;
  facts.has_opp = FALSE;
  g_assert_false (passend_tlv_signatures_satisfied (&facts, &rule, NULL));
}

static PassendTlvChecklistItem *
item (gint64                     id,
      PassendTlvChecklistSource  source)
{
  PassendTlvChecklistItem *self = passend_tlv_checklist_item_new ("Observatieverslagen", source);

  passend_tlv_checklist_item_set_id (self, id);
  return self;
}

static PassendTlvPart *
part (gint64             item_id,
      PassendTlvPartKind kind,
      gboolean           established)
{
  PassendTlvPart *self = passend_tlv_part_new (kind, 7);

  passend_tlv_part_set_checklist_item_id (self, item_id);
  passend_tlv_part_set_established (self, established);
  return self;
}

static void
test_checklist (void)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) problems = new_problems ();
  PassendTlvSignatureFacts facts = { FALSE, FALSE, 1, 0, 14, FALSE };
  PassendTlvChecklistItem *optional;
  PassendTlvSwvRule rule;

  passend_tlv_swv_rule_init (&rule);
  g_ptr_array_add (items, item (1, PASSEND_TLV_SOURCE_OPP));
  g_ptr_array_add (items, item (2, PASSEND_TLV_SOURCE_ENTRIES));
  g_ptr_array_add (items, item (3, PASSEND_TLV_SOURCE_SIGNATURES));
  optional = item (4, PASSEND_TLV_SOURCE_ATTACHMENTS);
  passend_tlv_checklist_item_set_required (optional, FALSE);
  g_ptr_array_add (items, optional);

  passend_tlv_check_checklist (items, parts, &rule, &facts, problems);
  g_assert_cmpuint (problems->len, ==, 3);
  g_assert_true (has_problem (problems, PASSEND_TLV_PROBLEM_OPP_NOT_ESTABLISHED));
  g_assert_true (has_problem (problems, PASSEND_TLV_PROBLEM_ITEM_MISSING));
  g_assert_true (has_problem (problems, PASSEND_TLV_PROBLEM_SIGNATURES_MISSING));
  g_assert_cmpint (passend_tlv_problem_get_checklist_item_id (g_ptr_array_index (problems, 1)), ==, 2);
  g_ptr_array_set_size (problems, 0);

  /* An OPP version that was not vastgesteld does not count. */
  g_ptr_array_add (parts, part (1, PASSEND_TLV_PART_OPP_VERSION, FALSE));
  g_ptr_array_add (parts, part (2, PASSEND_TLV_PART_ENTRY, FALSE));
  passend_tlv_check_checklist (items, parts, &rule, &facts, problems);
  g_assert_true (has_problem (problems, PASSEND_TLV_PROBLEM_OPP_NOT_ESTABLISHED));
  g_assert_false (has_problem (problems, PASSEND_TLV_PROBLEM_ITEM_MISSING));
  g_ptr_array_set_size (problems, 0);

  /* With a vastgesteld OPP its recorded signatures can satisfy the
   * signatures item. */
  passend_tlv_part_set_established (g_ptr_array_index (parts, 0), TRUE);
  facts = (PassendTlvSignatureFacts) { TRUE, TRUE, 1, 1, 14, TRUE };
  passend_tlv_check_checklist (items, parts, &rule, &facts, problems);
  g_assert_cmpuint (problems->len, ==, 0);

  /* Without them, a scanned form does. */
  facts.student_signed = FALSE;
  passend_tlv_check_checklist (items, parts, &rule, &facts, problems);
  g_assert_true (has_problem (problems, PASSEND_TLV_PROBLEM_SIGNATURES_MISSING));
  g_ptr_array_set_size (problems, 0);
  g_ptr_array_add (parts, part (3, PASSEND_TLV_PART_FILE, FALSE));
  passend_tlv_check_checklist (items, parts, &rule, &facts, problems);
  g_assert_cmpuint (problems->len, ==, 0);

  /* An archived item asks for nothing. */
  g_ptr_array_set_size (parts, 0);
  for (guint i = 0; i < items->len; i++)
    passend_tlv_checklist_item_set_archived (g_ptr_array_index (items, i), TRUE);
  passend_tlv_check_checklist (items, parts, &rule, &facts, problems);
  g_assert_cmpuint (problems->len, ==, 0);

  g_assert_true (passend_tlv_checklist_source_accepts (PASSEND_TLV_SOURCE_OPP, PASSEND_TLV_PART_OPP_VERSION));
  g_assert_false (passend_tlv_checklist_source_accepts (PASSEND_TLV_SOURCE_OPP, PASSEND_TLV_PART_FILE));
  g_assert_false (passend_tlv_checklist_source_accepts (PASSEND_TLV_SOURCE_ENTRIES, PASSEND_TLV_PART_OPP_VERSION));
  g_assert_true (passend_tlv_checklist_source_accepts (PASSEND_TLV_SOURCE_ENTRIES, PASSEND_TLV_PART_MINUTES));
}

static void
test_request_warnings (void)
{
  g_autoptr(PassendTlvRequest) request = passend_tlv_request_new (1, PASSEND_TLV_KIND_VSO_CLUSTER_3);
  g_autoptr(GPtrArray) problems = new_problems ();

  passend_tlv_request_set_requested_start (request, DAY (2027, 2, 1));
  passend_tlv_request_set_requested_end (request, DAY (2027, 7, 31));
  passend_tlv_check_request (request, problems);
  g_assert_true (has_problem (problems, PASSEND_TLV_PROBLEM_SHORT_PERIOD));
  g_assert_true (has_problem (problems, PASSEND_TLV_PROBLEM_NO_MEETING));
  for (guint i = 0; i < problems->len; i++)
    g_assert_true (passend_tlv_problem_is_warning (g_ptr_array_index (problems, i)));
  g_ptr_array_set_size (problems, 0);

  passend_tlv_request_set_requested_end (request, DAY (2029, 7, 31));
  passend_tlv_request_set_preceding_meeting_on (request, DAY (2027, 1, 14));
  passend_tlv_check_request (request, problems);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_manifest (void)
{
  g_autoptr(PassendTlvDossierData) data = passend_tlv_dossier_data_new ();
  g_autoptr(PassendTlvDossierData) parsed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *manifest = NULL;
  g_autofree char *again = NULL;
  g_autofree char *sha = NULL;
  PassendTlvPart *text_part;

  data->request = passend_tlv_request_new (5, PASSEND_TLV_KIND_VSO_CLUSTER_4);
  passend_tlv_request_set_id (data->request, 9);
  passend_tlv_request_set_is_extension (data->request, TRUE);
  g_ptr_array_add (data->items, item (2, PASSEND_TLV_SOURCE_ENTRIES));
  text_part = part (2, PASSEND_TLV_PART_ENTRY, FALSE);
  sha = passend_tlv_text_sha256 ("Observatie\tklas", "Zit stil.\nWerkt door.");
  passend_tlv_part_set_sha256 (text_part, sha);
  passend_tlv_part_set_title (text_part, "Observatie\tklas");
  g_ptr_array_add (data->parts, text_part);
  g_ptr_array_add (data->advices, advice (3, PASSEND_TLV_DISCIPLINE_ARTS, TRUE));

  manifest = passend_tlv_manifest_build (data);
  g_assert_true (g_str_has_prefix (manifest, "passend-tlv-manifest 1\n"));
  /* A tab in a title is escaped: every line keeps its fields. */
  g_assert_nonnull (strstr (manifest, "Observatie\\tklas"));
  g_assert_nonnull (strstr (manifest, sha));

  parsed = passend_tlv_manifest_parse (manifest, &error);
  g_assert_no_error (error);
  g_assert_cmpint (passend_tlv_request_get_id (parsed->request), ==, 9);
  g_assert_true (passend_tlv_request_get_is_extension (parsed->request));
  g_assert_cmpuint (parsed->parts->len, ==, 1);
  g_assert_cmpstr (passend_tlv_part_get_title (g_ptr_array_index (parsed->parts, 0)), ==, "Observatie\tklas");
  g_assert_cmpuint (parsed->advices->len, ==, 1);
  g_assert_cmpuint (passend_tlv_advice_get_advised_on (g_ptr_array_index (parsed->advices, 0)), ==,
                    DAY (2027, 1, 10));

  /* Canonical: what was parsed builds the same text again. */
  again = passend_tlv_manifest_build (parsed);
  g_assert_cmpstr (again, ==, manifest);

  g_assert_null (passend_tlv_manifest_parse ("passend-tlv-manifest 2\n", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/tlv/codes", test_codes);
  g_test_add_func ("/core/tlv/transitions", test_transitions);
  g_test_add_func ("/core/tlv/days", test_days);
  g_test_add_func ("/core/tlv/advices", test_advices);
  g_test_add_func ("/core/tlv/signatures", test_signatures);
  g_test_add_func ("/core/tlv/checklist", test_checklist);
  g_test_add_func ("/core/tlv/request-warnings", test_request_warnings);
  g_test_add_func ("/core/tlv/manifest", test_manifest);

  return g_test_run ();
}
