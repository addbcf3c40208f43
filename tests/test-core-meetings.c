/* test-core-meetings.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "passend-meeting-rules.h"

static void
test_slots (void)
{
  const guint durations[] = { 30, 15, 20, 1 };
  guint offsets[G_N_ELEMENTS (durations)] = { 99, 99, 99, 99 };
  guint in_place[] = { 10, 10, 45 };

  passend_meeting_slots (durations, G_N_ELEMENTS (durations), offsets);
  g_assert_cmpuint (offsets[0], ==, 0);
  g_assert_cmpuint (offsets[1], ==, 30);
  g_assert_cmpuint (offsets[2], ==, 45);
  g_assert_cmpuint (offsets[3], ==, 65);

  /* The agenda-documents code passes one array for both. */
  passend_meeting_slots (in_place, G_N_ELEMENTS (in_place), in_place);
  g_assert_cmpuint (in_place[0], ==, 0);
  g_assert_cmpuint (in_place[1], ==, 10);
  g_assert_cmpuint (in_place[2], ==, 20);

  passend_meeting_slots (NULL, 0, NULL);
}

static void
test_roles (void)
{
  static const char * const schema_roles[] = {
    "mentor", "coordinator", "leco", "verzuimcoordinator", "leerlingbegeleider", "afdelingsleider",
    "guardians", "student", "sociaal-team", "samenwerkingsverband", "leerplicht", "ggd", "jos", "ggz",
    "bpo", "veilig-thuis", "other",
  };
  guint n_external = 0;
  PassendMeetingRole role = PASSEND_MEETING_ROLE_OTHER;
  PassendOrganisationKind kind;

  g_assert_cmpuint (G_N_ELEMENTS (schema_roles), ==, PASSEND_MEETING_N_ROLES);
  for (guint i = 0; i < G_N_ELEMENTS (schema_roles); i++)
    {
      PassendMeetingRole parsed;

      g_assert_true (passend_meeting_role_from_code (schema_roles[i], &parsed));
      g_assert_cmpstr (passend_meeting_role_to_code (parsed), ==, schema_roles[i]);
      g_assert_cmpstr (passend_meeting_role_get_label (parsed), !=, "");
      g_assert_cmpstr (passend_meeting_role_get_dutch (parsed), !=, "");
      if (passend_meeting_role_is_external (parsed))
        {
          /* Every organisation role names an organisation kind of the same code. */
          n_external++;
          g_assert_true (passend_meeting_role_get_organisation_kind (parsed, &kind));
          g_assert_cmpstr (passend_organisation_kind_to_code (kind), ==, schema_roles[i]);
        }
      else
        {
          g_assert_false (passend_meeting_role_get_organisation_kind (parsed, &kind));
        }
    }
  g_assert_cmpuint (n_external, ==, 8);

  g_assert_false (passend_meeting_role_from_code ("ouders", &role));
  g_assert_false (passend_meeting_role_from_code (NULL, &role));
  g_assert_cmpint (role, ==, PASSEND_MEETING_ROLE_OTHER);

  g_assert_true (passend_meeting_role_is_family (PASSEND_MEETING_ROLE_GUARDIANS));
  g_assert_true (passend_meeting_role_is_family (PASSEND_MEETING_ROLE_STUDENT));
  g_assert_false (passend_meeting_role_is_family (PASSEND_MEETING_ROLE_MENTOR));
  g_assert_cmpint (passend_meeting_role_get_group (PASSEND_MEETING_ROLE_LECO), ==, PASSEND_MEETING_ROLE_GROUP_INTERNAL);
  g_assert_cmpint (passend_meeting_role_get_group (PASSEND_MEETING_ROLE_OTHER), ==, PASSEND_MEETING_ROLE_GROUP_INTERNAL);
  g_assert_true (passend_meeting_role_is_external (PASSEND_MEETING_ROLE_VEILIG_THUIS));
  g_assert_false (passend_meeting_role_is_external (PASSEND_MEETING_ROLE_GUARDIANS));

  for (guint s = PASSEND_MEETING_STATE_PLANNED; s <= PASSEND_MEETING_STATE_CANCELLED; s++)
    {
      PassendMeetingState state;

      g_assert_true (passend_meeting_state_from_code (passend_meeting_state_to_code (s), &state));
      g_assert_cmpint (state, ==, s);
    }
}

static void
test_seed_kinds (void)
{
  g_autoptr(PassendMeetingKind) flex = passend_meeting_kind_new_seed ("flex-zat");
  g_autoptr(PassendMeetingKind) own = passend_meeting_kind_new ();
  g_autofree char *summary = NULL;
  PassendMeetingRole roles[PASSEND_MEETING_N_ROLES];

  g_assert_nonnull (flex);
  g_assert_cmpstr (passend_meeting_kind_get_name (flex), ==, "Flex-ZAT");
  g_assert_cmpuint (passend_meeting_kind_get_default_item_minutes (flex), ==, 30);
  /* Always: mentor, sociaal team, SWV, parents and the student (DOMAIN.md §0). */
  g_assert_cmpuint (passend_meeting_kind_get_roles (flex, TRUE, roles), ==, 5);
  g_assert_cmpint (roles[0], ==, PASSEND_MEETING_ROLE_MENTOR);
  g_assert_cmpint (passend_meeting_kind_get_invitation (flex, PASSEND_MEETING_ROLE_STUDENT), ==,
                   PASSEND_MEETING_INVITATION_REQUIRED);
  g_assert_cmpint (passend_meeting_kind_get_invitation (flex, PASSEND_MEETING_ROLE_GGZ), ==,
                   PASSEND_MEETING_INVITATION_OPTIONAL);
  g_assert_cmpint (passend_meeting_kind_get_invitation (flex, PASSEND_MEETING_ROLE_BPO), ==,
                   PASSEND_MEETING_INVITATION_NONE);
  g_assert_cmpuint (passend_meeting_kind_get_roles (flex, FALSE, roles), ==, 10);

  /* Edited, then restored: the seed's values come back, the id stays. */
  passend_meeting_kind_set_id (flex, 7);
  passend_meeting_kind_set_name (flex, "Zorgoverleg");
  passend_meeting_kind_set_default_item_minutes (flex, 45);
  passend_meeting_kind_set_invitation (flex, PASSEND_MEETING_ROLE_MENTOR, PASSEND_MEETING_INVITATION_NONE);
  passend_meeting_kind_set_invitation (flex, PASSEND_MEETING_ROLE_BPO, PASSEND_MEETING_INVITATION_REQUIRED);
  g_assert_true (passend_meeting_kind_restore_seed (flex));
  g_assert_cmpint (passend_meeting_kind_get_id (flex), ==, 7);
  g_assert_cmpstr (passend_meeting_kind_get_name (flex), ==, "Flex-ZAT");
  g_assert_cmpuint (passend_meeting_kind_get_default_item_minutes (flex), ==, 30);
  g_assert_cmpint (passend_meeting_kind_get_invitation (flex, PASSEND_MEETING_ROLE_MENTOR), ==,
                   PASSEND_MEETING_INVITATION_REQUIRED);
  g_assert_cmpint (passend_meeting_kind_get_invitation (flex, PASSEND_MEETING_ROLE_BPO), ==,
                   PASSEND_MEETING_INVITATION_NONE);

  for (const char * const *code = (const char * const[]) { "ot", "izo", "leerlingbespreking", "verzuimoverleg",
                                                           "oudergesprek", NULL };
       *code != NULL; code++)
    g_assert_true (passend_meeting_kind_is_seed_code (*code));
  g_assert_null (passend_meeting_kind_new_seed ("rapportvergadering"));
  passend_meeting_kind_set_code (own, "eigen-overleg");
  g_assert_false (passend_meeting_kind_restore_seed (own));
  g_assert_cmpuint (passend_meeting_kind_get_default_item_minutes (own), ==, 20);

  summary = passend_meeting_kind_dup_roles_summary (flex);
  g_assert_nonnull (strstr (summary, "Mentor"));
  g_assert_nonnull (strstr (summary, "optional"));
}

static PassendMeetingItem *
make_item (gint64      id,
           gint64      student_id,
           const char *name)
{
  PassendMeetingItem *item = passend_meeting_item_new (1, student_id);

  passend_meeting_item_set_id (item, id);
  passend_meeting_item_set_student_name (item, name);
  return item;
}

static PassendMeetingInvitee *
make_invitee (gint64              id,
              gint64              item_id,
              PassendMeetingRole  role,
              gboolean            external)
{
  PassendMeetingInvitee *invitee = passend_meeting_invitee_new (item_id, role);

  passend_meeting_invitee_set_id (invitee, id);
  passend_meeting_invitee_set_organisation_id (invitee, 100 + id);
  passend_meeting_invitee_set_is_external (invitee, external);
  passend_meeting_invitee_set_display_name (invitee, "Sociaal team Noord");
  return invitee;
}

static void
test_missing_roles (void)
{
  g_autoptr(PassendMeetingKind) kind = passend_meeting_kind_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) invitees = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_meeting_problem_free);
  PassendMeetingProblem *problem;

  passend_meeting_kind_set_invitation (kind, PASSEND_MEETING_ROLE_MENTOR, PASSEND_MEETING_INVITATION_REQUIRED);
  passend_meeting_kind_set_invitation (kind, PASSEND_MEETING_ROLE_GUARDIANS, PASSEND_MEETING_INVITATION_REQUIRED);
  passend_meeting_kind_set_invitation (kind, PASSEND_MEETING_ROLE_JOS, PASSEND_MEETING_INVITATION_OPTIONAL);

  g_ptr_array_add (items, make_item (1, 11, "Anna Bakker"));
  g_ptr_array_add (items, make_item (2, 12, "Jan de Vries"));
  g_ptr_array_add (invitees, make_invitee (1, 1, PASSEND_MEETING_ROLE_MENTOR, FALSE));
  g_ptr_array_add (invitees, make_invitee (2, 1, PASSEND_MEETING_ROLE_GUARDIANS, FALSE));
  /* An optional role present or not is never a problem. */
  g_ptr_array_add (invitees, make_invitee (3, 2, PASSEND_MEETING_ROLE_JOS, TRUE));
  /* A guardian on item 1 does not count for item 2. */

  passend_meeting_find_missing_roles (kind, items, invitees, problems);
  g_assert_cmpuint (problems->len, ==, 2);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpint (problem->kind, ==, PASSEND_MEETING_PROBLEM_MISSING_ROLE);
  g_assert_cmpint (problem->item_id, ==, 2);
  g_assert_cmpint (problem->role, ==, PASSEND_MEETING_ROLE_MENTOR);
  g_assert_nonnull (strstr (problem->message, "Jan de Vries"));
  g_assert_nonnull (strstr (problem->message, "Mentor"));
  problem = g_ptr_array_index (problems, 1);
  g_assert_cmpint (problem->role, ==, PASSEND_MEETING_ROLE_GUARDIANS);

  /* The boxed copy is deep. */
  {
    g_autoptr(PassendMeetingProblem) copy = passend_meeting_problem_copy (problem);

    g_assert_true (copy->message != problem->message);
    g_assert_cmpstr (copy->message, ==, problem->message);
    g_assert_cmpint (copy->item_id, ==, 2);
  }
}

static void
test_consent_problems (void)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) invitees = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_meeting_problem_free);
  const gint64 consenting[] = { 11 };
  PassendMeetingProblem *problem;

  g_ptr_array_add (items, make_item (1, 11, "Anna Bakker"));
  g_ptr_array_add (items, make_item (2, 12, "Jan de Vries"));
  g_ptr_array_add (invitees, make_invitee (1, 1, PASSEND_MEETING_ROLE_SOCIAAL_TEAM, TRUE));
  g_ptr_array_add (invitees, make_invitee (2, 2, PASSEND_MEETING_ROLE_SOCIAAL_TEAM, TRUE));
  g_ptr_array_add (invitees, make_invitee (3, 2, PASSEND_MEETING_ROLE_MENTOR, FALSE));

  passend_meeting_find_consent_problems (items, invitees, consenting, G_N_ELEMENTS (consenting), problems);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpint (problem->kind, ==, PASSEND_MEETING_PROBLEM_NO_CONSENT);
  g_assert_cmpint (problem->invitee_id, ==, 2);
  g_assert_cmpint (problem->item_id, ==, 2);
  g_assert_nonnull (strstr (problem->message, "Jan de Vries"));

  /* Nobody consents: both external invitees, never the mentor. */
  g_ptr_array_set_size (problems, 0);
  passend_meeting_find_consent_problems (items, invitees, NULL, 0, problems);
  g_assert_cmpuint (problems->len, ==, 2);
}

#define HOUR 3600
#define MINUTE 60

static void
test_double_bookings (void)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_meeting_problem_free);
  const gint64 t = 1795417200; /* some morning */
  PassendMeetingBooking bookings[] = {
    /* meeting 1: person 5 from t to t+30 min (item 10), chair 6 for the whole hour */
    { 1, 10, 100, 5, t, t + 30 * MINUTE, "Mentor Vos", "Flex-ZAT" },
    { 1, 0, 0, 6, t, t + HOUR, "Coördinator Smit", "Flex-ZAT" },
    /* meeting 1 again: the same person on a later item clashes with nothing in meeting 1 */
    { 1, 11, 101, 5, t + 30 * MINUTE, t + HOUR, "Mentor Vos", "Flex-ZAT" },
    /* meeting 2: person 5 starts exactly when the first slot ends, then again on a clashing slot */
    { 2, 20, 200, 5, t + 30 * MINUTE, t + 45 * MINUTE, "Mentor Vos", "IZO" },
    { 2, 21, 201, 5, t + 50 * MINUTE, t + 70 * MINUTE, "Mentor Vos", "IZO" },
    /* meeting 3: person 6 (our chair) in the last minute of our hour */
    { 3, 30, 300, 6, t + 59 * MINUTE, t + 90 * MINUTE, "Coördinator Smit", "OT" },
    /* meeting 4: person 7 at the same time, but not in meeting 1 */
    { 4, 40, 400, 7, t, t + HOUR, "Leerplicht", "Verzuim" },
    /* meeting 5: an empty slot never clashes */
    { 5, 50, 500, 6, t + 10 * MINUTE, t + 10 * MINUTE, "Coördinator Smit", "Leeg" },
    /* meetings 6 and 7: person 8 back to back, one ending as the other starts */
    { 6, 60, 600, 8, t, t + 30 * MINUTE, "Afdelingsleider", "Leerlingbespreking" },
    { 7, 70, 700, 8, t + 30 * MINUTE, t + HOUR, "Afdelingsleider", "Verzuimoverleg" },
  };
  PassendMeetingProblem *problem;

  passend_meeting_find_double_bookings (1, bookings, G_N_ELEMENTS (bookings), problems);
  /* Person 5: item 10 only touches meeting 2's first slot, but item 11
   * overlaps both of meeting 2's slots: reported once. Person 6: meeting 3. */
  g_assert_cmpuint (problems->len, ==, 2);

  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpint (problem->kind, ==, PASSEND_MEETING_PROBLEM_DOUBLE_BOOKED);
  g_assert_cmpint (problem->person_id, ==, 6);
  g_assert_cmpint (problem->other_meeting_id, ==, 3);
  g_assert_cmpint (problem->item_id, ==, 0);
  g_assert_nonnull (strstr (problem->message, "OT"));

  problem = g_ptr_array_index (problems, 1);
  g_assert_cmpint (problem->person_id, ==, 5);
  g_assert_cmpint (problem->other_meeting_id, ==, 2);
  g_assert_cmpint (problem->item_id, ==, 11);
  g_assert_cmpint (problem->invitee_id, ==, 101);
  g_assert_nonnull (strstr (problem->message, "Mentor Vos"));

  /* Seen from meeting 2, the clash is with meeting 1, once. */
  g_ptr_array_set_size (problems, 0);
  passend_meeting_find_double_bookings (2, bookings, G_N_ELEMENTS (bookings), problems);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpint (problem->other_meeting_id, ==, 1);
  g_assert_cmpint (problem->item_id, ==, 20);

  /* Meeting 4's person is booked nowhere else; meeting 5's empty slot never clashes. */
  g_ptr_array_set_size (problems, 0);
  passend_meeting_find_double_bookings (4, bookings, G_N_ELEMENTS (bookings), problems);
  passend_meeting_find_double_bookings (5, bookings, G_N_ELEMENTS (bookings), problems);
  passend_meeting_find_double_bookings (6, bookings, G_N_ELEMENTS (bookings), problems);
  passend_meeting_find_double_bookings (7, bookings, G_N_ELEMENTS (bookings), problems);
  g_assert_cmpuint (problems->len, ==, 0);

  /* One minute more and they clash. */
  bookings[G_N_ELEMENTS (bookings) - 2].end += MINUTE;
  passend_meeting_find_double_bookings (7, bookings, G_N_ELEMENTS (bookings), problems);
  g_assert_cmpuint (problems->len, ==, 1);
}

static void
test_minutes_rules (void)
{
  g_autoptr(PassendMeetingDecision) decision = passend_meeting_decision_new (1, "  ");
  g_autoptr(PassendMeetingAction) early = passend_meeting_action_new (1, "Bel ouders");
  g_autoptr(PassendMeetingAction) late = passend_meeting_action_new (1, "Plan evaluatie");
  g_autoptr(PassendMeetingAction) open_ended = passend_meeting_action_new (1, "Volg verzuim");
  g_autoptr(PassendMeetingAction) blank = passend_meeting_action_new (1, "\t");
  PassendDay today = passend_day_new (2026, 11, 23);

  g_assert_nonnull (passend_meeting_decision_check (decision));
  passend_meeting_decision_set_body (decision, "Geen verwijzing naar GGZ");
  g_assert_null (passend_meeting_decision_check (decision));
  /* Not referring must say why. */
  passend_meeting_decision_set_no_action (decision, TRUE);
  g_assert_nonnull (passend_meeting_decision_check (decision));
  passend_meeting_decision_set_rationale (decision, " ");
  g_assert_nonnull (passend_meeting_decision_check (decision));
  passend_meeting_decision_set_rationale (decision, "Hulp via JOS loopt en werkt.");
  g_assert_null (passend_meeting_decision_check (decision));

  g_assert_nonnull (passend_meeting_action_check (blank));
  g_assert_null (passend_meeting_action_check (early));

  passend_meeting_action_set_due_on (early, passend_day_new (2026, 11, 20));
  passend_meeting_action_set_due_on (late, passend_day_new (2026, 12, 1));
  g_assert_true (passend_meeting_action_is_overdue (early, today));
  g_assert_false (passend_meeting_action_is_overdue (late, today));
  g_assert_false (passend_meeting_action_is_overdue (open_ended, today));
  g_assert_cmpint (passend_meeting_action_compare (early, late), <, 0);
  g_assert_cmpint (passend_meeting_action_compare (late, open_ended), <, 0);

  /* Done: no longer overdue, and after every open one. */
  passend_meeting_action_set_done_on (early, today);
  g_assert_true (passend_meeting_action_is_done (early));
  g_assert_false (passend_meeting_action_is_overdue (early, today));
  g_assert_cmpint (passend_meeting_action_compare (early, open_ended), >, 0);
}

static void
test_record (void)
{
  g_autoptr(PassendMeetingItem) item = make_item (1, 11, "Anna Bakker");
  g_autoptr(PassendMeetingItem) empty = make_item (2, 12, "Jan de Vries");
  g_autoptr(PassendMeeting) meeting = NULL;
  g_autoptr(PassendMeetingDecision) referral = passend_meeting_decision_new (1, "Aanmelden bij JOS");
  g_autoptr(PassendMeetingDecision) none = passend_meeting_decision_new (1, "Geen melding bij Veilig Thuis");
  g_autoptr(PassendMeetingAction) action = passend_meeting_action_new (1, "Aanmeldformulier JOS invullen");
  g_autoptr(GPtrArray) decisions = g_ptr_array_new ();
  g_autoptr(GPtrArray) actions = g_ptr_array_new ();
  g_autoptr(GDateTime) start = g_date_time_new_local (2026, 11, 23, 14, 30, 0);
  g_autofree char *body = NULL;
  g_autofree char *title = NULL;
  g_autofree char *nothing = NULL;

  passend_meeting_item_set_question (item, "Hoe krijgt Anna weer grip op haar aanwezigheid?");
  passend_meeting_item_set_minutes (item, "Anna vertelt over de thuissituatie.\n");
  passend_meeting_item_set_internal_note (item, "ALLEEN-INTERN");
  passend_meeting_decision_set_rationale (referral, "Ouders staan ervoor open.");
  passend_meeting_decision_set_no_action (none, TRUE);
  passend_meeting_decision_set_rationale (none, "Geen signalen van onveiligheid.");
  passend_meeting_action_set_owner_display_name (action, "M. Vos");
  passend_meeting_action_set_due_on (action, passend_day_new (2026, 12, 4));
  g_ptr_array_add (decisions, referral);
  g_ptr_array_add (decisions, none);
  g_ptr_array_add (actions, action);

  body = passend_meeting_format_item_record (item, decisions, actions);
  g_assert_nonnull (strstr (body, "Hulpvraag\nHoe krijgt Anna"));
  g_assert_nonnull (strstr (body, "Verslag\nAnna vertelt over de thuissituatie."));
  g_assert_nonnull (strstr (body, "1. Aanmelden bij JOS\n   Onderbouwing: Ouders staan ervoor open."));
  g_assert_nonnull (strstr (body, "2. Besloten niet te verwijzen of op te schalen: Geen melding bij Veilig Thuis"));
  g_assert_nonnull (strstr (body, "Onderbouwing: Geen signalen van onveiligheid."));
  g_assert_nonnull (strstr (body, "- Aanmeldformulier JOS invullen — M. Vos, uiterlijk vr 4 dec. 2026"));
  /* The internal note never reaches the record. */
  g_assert_null (strstr (body, "ALLEEN-INTERN"));

  nothing = passend_meeting_format_item_record (empty, NULL, NULL);
  g_assert_cmpstr (nothing, !=, "");

  meeting = passend_meeting_new (1, g_date_time_to_unix (start));
  passend_meeting_set_kind_name (meeting, "Flex-ZAT");
  title = passend_meeting_dup_record_title (meeting);
  g_assert_cmpstr (title, ==, "Flex-ZAT 23-11-2026");
  g_assert_cmpuint (passend_meeting_get_day (meeting), ==, passend_day_new (2026, 11, 23));
  passend_meeting_set_total_minutes (meeting, 90);
  g_assert_cmpint (passend_meeting_get_ends_at (meeting) - passend_meeting_get_starts_at (meeting), ==, 90 * 60);
}

static void
test_visible_change (void)
{
  g_autoptr(PassendMeeting) before = passend_meeting_new (1, 1000);
  g_autoptr(PassendMeeting) after = passend_meeting_new (1, 1000);

  passend_meeting_set_place (before, "Lokaal 12");
  passend_meeting_set_place (after, "Lokaal 12");
  /* Internal notes and the minute-taker are nothing an invitee sees. */
  passend_meeting_set_internal_note (after, "Let op: vader komt later");
  passend_meeting_set_minute_taker_id (after, 4);
  g_assert_false (passend_meeting_change_is_visible (before, after));

  passend_meeting_set_online_link (after, "https://meet.example/abc");
  g_assert_true (passend_meeting_change_is_visible (before, after));
  passend_meeting_set_online_link (after, NULL);
  passend_meeting_set_starts_at (after, 1000 + 900);
  g_assert_true (passend_meeting_change_is_visible (before, after));
}

static void
test_invitee_attendee (void)
{
  g_autoptr(PassendMeetingInvitee) a = passend_meeting_invitee_new (1, PASSEND_MEETING_ROLE_GUARDIANS);
  g_autoptr(PassendMeetingInvitee) b = passend_meeting_invitee_new (1, PASSEND_MEETING_ROLE_OTHER);

  passend_meeting_invitee_set_person_id (a, 3);
  passend_meeting_invitee_set_guardian_id (a, 9);
  /* Exactly one of the four, as the schema requires. */
  g_assert_cmpint (passend_meeting_invitee_get_person_id (a), ==, 0);
  g_assert_cmpint (passend_meeting_invitee_get_guardian_id (a), ==, 9);
  passend_meeting_invitee_set_is_student (a, TRUE);
  g_assert_cmpint (passend_meeting_invitee_get_guardian_id (a), ==, 0);
  g_assert_true (passend_meeting_invitee_get_is_student (a));

  passend_meeting_invitee_set_is_student (b, TRUE);
  g_assert_true (passend_meeting_invitee_same_attendee (a, b));
  passend_meeting_invitee_set_person_id (b, 3);
  g_assert_false (passend_meeting_invitee_same_attendee (a, b));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/meetings/slots", test_slots);
  g_test_add_func ("/meetings/roles", test_roles);
  g_test_add_func ("/meetings/seed-kinds", test_seed_kinds);
  g_test_add_func ("/meetings/missing-roles", test_missing_roles);
  g_test_add_func ("/meetings/consent-problems", test_consent_problems);
  g_test_add_func ("/meetings/double-bookings", test_double_bookings);
  g_test_add_func ("/meetings/minutes-rules", test_minutes_rules);
  g_test_add_func ("/meetings/record", test_record);
  g_test_add_func ("/meetings/visible-change", test_visible_change);
  g_test_add_func ("/meetings/invitee-attendee", test_invitee_attendee);

  return g_test_run ();
}
