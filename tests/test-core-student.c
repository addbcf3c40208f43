/* test-core-student.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "passend-enums.h"
#include "passend-guardian.h"
#include "passend-organisation.h"
#include "passend-person.h"
#include "passend-student.h"
#include "passend-text.h"
#include "passend-timeline-entry.h"

static PassendStudent *
make_student (const char *roepnaam,
              const char *tussenvoegsel,
              const char *achternaam,
              const char *lvs_number)
{
  return g_object_new (PASSEND_TYPE_STUDENT,
                       "roepnaam", roepnaam,
                       "tussenvoegsel", tussenvoegsel,
                       "achternaam", achternaam,
                       "lvs-number", lvs_number,
                       NULL);
}

static void
test_fold (void)
{
  struct {
    const char *text;
    const char *folded;
  } cases[] = {
    { "Çelik", "celik" },
    { "Yıldız", "yildiz" },
    { "Zoë", "zoe" },
    { "Ruiz-López", "ruiz-lopez" },
    { "'t Hart", "'t hart" },
    { "’t Hart", "'t hart" },
    { "İpek Öztürk", "ipek ozturk" },
    { "Søren Łukasz", "soren lukasz" },
    { "Straße", "strasse" },
    { "Nguyễn", "nguyen" },
    { "  Jan \t de\n  VRIES  ", "jan de vries" },
    /* No transliteration: kept, lower case, so it still matches itself. */
    { "Ђорђе", "ђорђе" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = passend_text_fold (cases[i].text);

      g_assert_cmpstr (folded, ==, cases[i].folded);
    }
}

static void
test_join_name (void)
{
  struct {
    const char *given, *tussenvoegsel, *family;
    const char *joined, *sorted;
  } cases[] = {
    { "Jan", "de", "Vries", "Jan de Vries", "Vries, Jan de" },
    { "Anouk", "'t", "Hart", "Anouk 't Hart", "Hart, Anouk 't" },
    { "Jan", "", "Bakker", "Jan Bakker", "Bakker, Jan" },
    { "Jan", NULL, "Bakker", "Jan Bakker", "Bakker, Jan" },
    { " Bram ", "  van  den ", "Berg  ", "Bram van den Berg", "Berg, Bram van den" },
    { NULL, NULL, "Vries", "Vries", "Vries" },
    { "", "de", "Vries", "de Vries", "Vries, de" },
    { "Jan", "", "", "Jan", "Jan" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *joined = passend_text_join_name (cases[i].given,
                                                        cases[i].tussenvoegsel,
                                                        cases[i].family);
      g_autofree char *sorted = passend_text_sort_name (cases[i].given,
                                                        cases[i].tussenvoegsel,
                                                        cases[i].family);

      g_assert_cmpstr (joined, ==, cases[i].joined);
      g_assert_cmpstr (sorted, ==, cases[i].sorted);
    }
}

static void
test_query (void)
{
  g_auto(GStrv) words = passend_text_query_words ("  Dilan\tYILDIZ  ");
  g_auto(GStrv) none = passend_text_query_words ("   ");
  g_autofree char *haystack = passend_text_fold ("Dilan Yıldız 204531 3B");

  g_assert_cmpuint (g_strv_length (words), ==, 2);
  g_assert_cmpstr (words[0], ==, "dilan");
  g_assert_cmpstr (words[1], ==, "yildiz");
  g_assert_cmpuint (g_strv_length (none), ==, 0);

  g_assert_true (passend_text_matches (haystack, (const char * const *) words));
  g_assert_true (passend_text_matches (haystack, (const char * const *) none));
  g_assert_true (passend_text_matches (haystack, NULL));

  {
    g_auto(GStrv) partial = passend_text_query_words ("yil 2045");
    g_auto(GStrv) missing = passend_text_query_words ("dilan bakker");

    g_assert_true (passend_text_matches (haystack, (const char * const *) partial));
    g_assert_false (passend_text_matches (haystack, (const char * const *) missing));
  }
}

static void
test_display_name (void)
{
  g_autoptr(PassendStudent) jan = make_student ("Jan", "de", "Vries", "1001");
  g_autoptr(PassendStudent) emre = make_student ("Emre", NULL, "Çelik", "1002");
  g_autoptr(PassendStudent) initials = make_student (NULL, "van", "Dijk", "1003");

  g_assert_cmpstr (passend_student_get_display_name (jan), ==, "Jan de Vries");
  g_assert_cmpstr (passend_student_get_sort_name (jan), ==, "Vries, Jan de");
  g_assert_cmpstr (passend_student_get_display_name (emre), ==, "Emre Çelik");
  g_assert_cmpstr (passend_student_get_sort_name (emre), ==, "Çelik, Emre");

  /* Without a roepnaam the initials stand in. */
  passend_student_set_voorletters (initials, "P.J.");
  g_assert_cmpstr (passend_student_get_display_name (initials), ==, "P.J. van Dijk");
  g_assert_cmpstr (passend_student_get_sort_name (initials), ==, "Dijk, P.J. van");

  /* An unset text field reads as "", never NULL. */
  g_assert_cmpstr (passend_student_get_class_name (jan), ==, "");
}

static const struct {
  const char *roepnaam, *tussenvoegsel, *achternaam, *lvs_number;
} sorted_names[] = {
  { "Jan", NULL, "Bakker", "1" },
  { "Anna", NULL, "Berg", "2" },
  { "Anna", "van den", "Berg", "3" },
  { "Bram", "van den", "Berg", "4" },
  { "Eva", NULL, "Bergen", "5" },
  { "Emre", NULL, "Çelik", "6" },
  { "Lotte", NULL, "Claes", "7" },
  { "Pim", "van", "dijk", "8" },
  { "Anouk", "'t", "Hart", "9" },
  { "Ömer", NULL, "Öztürk", "10" },
  { "Sara", NULL, "Ruiz-López", "11" },
  { "Jan", "de", "Vries", "999" },
  { "Jan", "de", "Vries", "1000" },
  { "Zoë", NULL, "Vries", "12" },
  { "Mees", NULL, "Vries-Jansen", "13" },
  { "Dilan", NULL, "Yıldız", "14" },
};

static int
compare_students (gconstpointer a,
                  gconstpointer b)
{
  return passend_student_compare_by_name (*(PassendStudent **) a, *(PassendStudent **) b);
}

static void
check_sorted (GPtrArray *students)
{
  g_ptr_array_sort (students, compare_students);

  for (guint i = 0; i < students->len; i++)
    {
      PassendStudent *student = g_ptr_array_index (students, i);

      g_assert_cmpstr (passend_student_get_lvs_number (student), ==, sorted_names[i].lvs_number);
      g_assert_cmpstr (passend_student_get_achternaam (student), ==, sorted_names[i].achternaam);
    }
}

static void
test_sort_order (void)
{
  g_autoptr(GPtrArray) students = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = G_N_ELEMENTS (sorted_names);

  /* Reversed first, so an unstable or missing sort cannot pass by luck. */
  for (guint i = n; i > 0; i--)
    g_ptr_array_add (students, make_student (sorted_names[i - 1].roepnaam,
                                             sorted_names[i - 1].tussenvoegsel,
                                             sorted_names[i - 1].achternaam,
                                             sorted_names[i - 1].lvs_number));
  check_sorted (students);

  for (guint round = 0; round < 20; round++)
    {
      for (guint i = n - 1; i > 0; i--)
        {
          guint j = g_test_rand_int_range (0, i + 1);
          gpointer tmp = students->pdata[i];

          students->pdata[i] = students->pdata[j];
          students->pdata[j] = tmp;
        }
      check_sorted (students);
    }

  /* strcmp on the keys gives the same order as the comparison. */
  for (guint i = 0; i + 1 < n; i++)
    g_assert_cmpint (strcmp (passend_student_get_sort_key (students->pdata[i]),
                             passend_student_get_sort_key (students->pdata[i + 1])), <, 0);
}

static void
test_matches (void)
{
  g_autoptr(PassendStudent) student = make_student ("Dilan", NULL, "Yıldız", "204531");
  struct {
    const char *query;
    gboolean matches;
  } cases[] = {
    { "yildiz", TRUE },
    { "DILAN yıl", TRUE },
    { "Yıldız", TRUE },
    { "204531", TRUE },
    { "2045", TRUE },
    { "3b", TRUE },
    { "3B dilan", TRUE },
    { "", TRUE },
    { "dilan 4a", FALSE },
    { "bakker", FALSE },
    { "204532", FALSE },
  };

  passend_student_set_class_name (student, "3B");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GStrv) words = passend_text_query_words (cases[i].query);

      g_assert_cmpint (passend_student_matches (student, (const char * const *) words),
                       ==, cases[i].matches);
    }
}

static gboolean
student_matches_query (PassendStudent *student,
                       const char     *query)
{
  g_auto(GStrv) words = passend_text_query_words (query);

  return passend_student_matches (student, (const char * const *) words);
}

static void
test_cache_invalidation (void)
{
  g_autoptr(PassendStudent) a = make_student ("Jan", "de", "Vries", "1001");
  g_autoptr(PassendStudent) b = make_student ("Eva", NULL, "Smit", "1002");
  g_autofree char *old_key = NULL;

  /* Fill every cache first. */
  g_assert_cmpstr (passend_student_get_display_name (a), ==, "Jan de Vries");
  g_assert_cmpstr (passend_student_get_sort_name (a), ==, "Vries, Jan de");
  old_key = g_strdup (passend_student_get_sort_key (a));
  g_assert_true (student_matches_query (a, "vries"));
  g_assert_cmpint (passend_student_compare_by_name (a, b), >, 0);

  /* A marriage-name correction: every derived string follows. */
  passend_student_set_achternaam (a, "Bakker");
  passend_student_set_tussenvoegsel (a, NULL);
  g_assert_cmpstr (passend_student_get_display_name (a), ==, "Jan Bakker");
  g_assert_cmpstr (passend_student_get_sort_name (a), ==, "Bakker, Jan");
  g_assert_cmpstr (passend_student_get_sort_key (a), !=, old_key);
  g_assert_false (student_matches_query (a, "vries"));
  g_assert_true (student_matches_query (a, "bakker"));
  g_assert_cmpint (passend_student_compare_by_name (a, b), <, 0);

  passend_student_set_roepnaam (a, "Joost");
  g_assert_cmpstr (passend_student_get_display_name (a), ==, "Joost Bakker");
  g_assert_true (student_matches_query (a, "joost"));

  /* The LVS number and class feed search too. */
  g_assert_false (student_matches_query (a, "4havo"));
  passend_student_set_class_name (a, "4HAVO2");
  g_assert_true (student_matches_query (a, "4havo"));
  passend_student_set_lvs_number (a, "777001");
  g_assert_true (student_matches_query (a, "777001"));
  g_assert_false (student_matches_query (a, "1001"));
}

typedef struct
{
  guint roepnaam;
  guint display_name;
  guint niveau;
  guint lvs_number;
} NotifyCounts;

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  NotifyCounts *counts = user_data;

  if (g_str_equal (pspec->name, "roepnaam"))
    counts->roepnaam++;
  else if (g_str_equal (pspec->name, "display-name"))
    counts->display_name++;
  else if (g_str_equal (pspec->name, "niveau"))
    counts->niveau++;
  else if (g_str_equal (pspec->name, "lvs-number"))
    counts->lvs_number++;
}

static void
test_notify (void)
{
  g_autoptr(PassendStudent) student = passend_student_new ();
  NotifyCounts counts = { 0 };
  PassendNiveau niveau;

  g_signal_connect (student, "notify", G_CALLBACK (count_notify), &counts);

  passend_student_set_roepnaam (student, "Jan");
  g_assert_cmpuint (counts.roepnaam, ==, 1);
  g_assert_cmpuint (counts.display_name, ==, 1);

  /* The same value again is not a change. */
  passend_student_set_roepnaam (student, "Jan");
  g_object_set (student, "roepnaam", "Jan", NULL);
  g_assert_cmpuint (counts.roepnaam, ==, 1);
  g_assert_cmpuint (counts.display_name, ==, 1);

  g_object_set (student, "roepnaam", "Joost", NULL);
  g_assert_cmpuint (counts.roepnaam, ==, 2);
  g_assert_cmpuint (counts.display_name, ==, 2);

  /* An empty text and an unset one are the same. */
  passend_student_set_tussenvoegsel (student, NULL);
  passend_student_set_tussenvoegsel (student, "");
  g_assert_cmpuint (counts.display_name, ==, 2);

  passend_student_set_lvs_number (student, "123");
  g_assert_cmpuint (counts.lvs_number, ==, 1);
  g_assert_cmpuint (counts.display_name, ==, 2);

  passend_student_set_niveau (student, PASSEND_NIVEAU_3);
  passend_student_set_niveau (student, PASSEND_NIVEAU_3);
  g_assert_cmpuint (counts.niveau, ==, 1);

  /* The property carries the enum type, so views can bind it. */
  g_assert_true (G_PARAM_SPEC_VALUE_TYPE (g_object_class_find_property (G_OBJECT_GET_CLASS (student),
                                                                        "niveau")) == PASSEND_TYPE_NIVEAU);
  g_object_get (student, "niveau", &niveau, NULL);
  g_assert_cmpint (niveau, ==, PASSEND_NIVEAU_3);

  g_signal_handlers_disconnect_by_data (student, &counts);
  g_assert_finalize_object (g_steal_pointer (&student));
}

/* The caseload filters on every keystroke: 600 students must take well
 * under a millisecond once their search text is cached. */
static void
test_match_speed (void)
{
  g_autoptr(GPtrArray) students = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) words = passend_text_query_words ("de vr");
  const guint n_passes = 200;
  guint n_matches = 0;
  gint64 start, elapsed;

  for (guint i = 0; i < 600; i++)
    {
      g_autofree char *lvs = g_strdup_printf ("%u", 200000 + i);
      g_autofree char *family = g_strdup_printf ("Vries%u", i);

      g_ptr_array_add (students, make_student ("Jan", i % 2 ? "de" : NULL, family, lvs));
    }

  for (guint i = 0; i < students->len; i++)
    passend_student_matches (students->pdata[i], (const char * const *) words);

  start = g_get_monotonic_time ();
  for (guint pass = 0; pass < n_passes; pass++)
    {
      n_matches = 0;
      for (guint i = 0; i < students->len; i++)
        n_matches += passend_student_matches (students->pdata[i], (const char * const *) words);
    }
  elapsed = g_get_monotonic_time () - start;

  g_assert_cmpuint (n_matches, ==, 300);
  g_test_message ("%.1f µs per pass over 600 students", (double) elapsed / n_passes);
  g_assert_cmpint (elapsed / n_passes, <, 1000);
}

static void
test_types (void)
{
  const char *organisation_codes[] = {
    "school", "samenwerkingsverband", "sociaal-team", "leerplicht", "ggd", "jos",
    "ggz", "veilig-thuis", "bpo", "vso-school", "other",
  };
  const char *phase_codes[] = { "0", "1", "2", "3a", "3b", "4" };
  g_autoptr(GHashTable) icons = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GEnumClass) kinds = g_type_class_ref (PASSEND_TYPE_ENTRY_KIND);
  PassendPhase phase = PASSEND_PHASE_4_TLV;
  PassendEntryKind kind;

  for (guint i = 0; i < G_N_ELEMENTS (organisation_codes); i++)
    {
      PassendOrganisationKind org_kind;

      g_assert_cmpstr (passend_organisation_kind_to_code (i), ==, organisation_codes[i]);
      g_assert_true (passend_organisation_kind_from_code (organisation_codes[i], &org_kind));
      g_assert_cmpint (org_kind, ==, i);
      g_assert_nonnull (passend_organisation_kind_get_label (i));
    }

  for (guint i = 0; i < G_N_ELEMENTS (phase_codes); i++)
    {
      g_assert_cmpstr (passend_phase_to_code (i), ==, phase_codes[i]);
      g_assert_true (passend_phase_from_code (phase_codes[i], &phase));
      g_assert_cmpint (phase, ==, i);
    }
  g_assert_cmpstr (passend_phase_get_short_label (PASSEND_PHASE_3B_FLEX_ZAT), ==, "3b Flex-ZAT");

  /* An unknown code leaves the output alone. */
  phase = PASSEND_PHASE_2_CONSULTATIE;
  g_assert_false (passend_phase_from_code ("3c", &phase));
  g_assert_false (passend_phase_from_code (NULL, &phase));
  g_assert_cmpint (phase, ==, PASSEND_PHASE_2_CONSULTATIE);

  /* Every entry kind round-trips and has its own icon. */
  for (guint i = 0; i < kinds->n_values; i++)
    {
      const char *code = passend_entry_kind_to_code (i);
      const char *icon = passend_entry_kind_get_icon_name (i);

      g_assert_true (passend_entry_kind_from_code (code, &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_true (g_str_has_suffix (icon, "-symbolic"));
      g_assert_true (g_hash_table_add (icons, (gpointer) icon));
    }
  g_assert_cmpuint (kinds->n_values, ==, 15);

  g_assert_cmpstr (passend_regie_to_code (PASSEND_REGIE_LECO), ==, "leco");
  g_assert_cmpstr (passend_confidentiality_to_code (PASSEND_CONFIDENTIALITY_MELDCODE), ==, "meldcode");
}

static void
test_people (void)
{
  g_autoptr(PassendGuardian) guardian = passend_guardian_new ();
  g_autoptr(PassendPerson) person = passend_person_new ();
  g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();
  g_autofree char *guardian_name = NULL;
  g_autofree char *person_name = NULL;
  PassendConfidentiality level;

  g_object_set (guardian,
                "voorletters", "A.",
                "tussenvoegsel", "de",
                "achternaam", "Vries",
                NULL);
  guardian_name = passend_guardian_dup_display_name (guardian);
  g_assert_cmpstr (guardian_name, ==, "A. de Vries");
  /* The database default: a guardian has ouderlijk gezag unless told otherwise. */
  g_assert_true (passend_guardian_get_has_authority (guardian));

  passend_person_set_given_name (person, "Fatima");
  passend_person_set_family_name (person, "El Amrani");
  person_name = passend_person_dup_display_name (person);
  g_assert_cmpstr (person_name, ==, "Fatima El Amrani");

  g_assert_null (passend_timeline_entry_get_student_name (entry));
  g_object_set (entry, "confidentiality", PASSEND_CONFIDENTIALITY_MEDICAL, NULL);
  g_object_get (entry, "confidentiality", &level, NULL);
  g_assert_cmpint (level, ==, PASSEND_CONFIDENTIALITY_MEDICAL);
  g_assert_true (G_PARAM_SPEC_VALUE_TYPE (g_object_class_find_property (G_OBJECT_GET_CLASS (entry),
                                                                        "kind")) == PASSEND_TYPE_ENTRY_KIND);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/text/fold", test_fold);
  g_test_add_func ("/core/text/join-name", test_join_name);
  g_test_add_func ("/core/text/query", test_query);
  g_test_add_func ("/core/student/display-name", test_display_name);
  g_test_add_func ("/core/student/sort-order", test_sort_order);
  g_test_add_func ("/core/student/matches", test_matches);
  g_test_add_func ("/core/student/cache-invalidation", test_cache_invalidation);
  g_test_add_func ("/core/student/notify", test_notify);
  g_test_add_func ("/core/student/match-speed", test_match_speed);
  g_test_add_func ("/core/types/codes", test_types);
  g_test_add_func ("/core/types/people", test_people);

  return g_test_run ();
}
