/* passend-demo-names.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "passend-demo-private.h"

/* The names of a school in a Dutch town today: mostly Dutch, with
 * tussenvoegsels and the diacritics that trip up software (Zoë, Yıldız,
 * Wiśniewska), and the Moroccan, Turkish, Surinamese and Polish families
 * every such school has. Only common first and family names. */

typedef struct
{
  const char *tussenvoegsel;
  const char *family;
} FamilyName;

static const char * const dutch_girls[] = {
  "Emma", "Julia", "Sophie", "Tess", "Zoë", "Sanne", "Lotte", "Fenna",
  "Eva", "Saar", "Noor", "Isa", "Lieke", "Femke", "Anouk", "Chloë",
  "Daniëlle", "Noëlle", "Joëlle", "Loïs", "Anaïs", "Renée", "Maud",
  "Floor", "Roos", "Sara", "Lisa", "Iris", "Esmee", "Jasmijn", "Lynn",
  "Nina", "Mila", "Yara", "Britt", "Demi", "Kim", "Merel", "Ilse",
  "Romy", "Elin", "Linde", "Puck", "Vera", "Fleur", "Amber", "Nikki",
  "Hanna", "Lena", "Evi", "Marit", "Sterre", "Nova", "Liv", "Quinty",
};

static const char * const dutch_boys[] = {
  "Daan", "Sem", "Lucas", "Levi", "Finn", "Milan", "Jesse", "Thijs",
  "Bram", "Lars", "Ruben", "Tim", "Stijn", "Luuk", "Sven", "Niels",
  "Jayden", "Julian", "Thomas", "Max", "Sam", "Gijs", "Teun", "Koen",
  "Joris", "Mees", "Siem", "Jens", "Tygo", "Wouter", "Rafaël", "Michaël",
  "Noah", "Jurre", "Tobias", "Bas", "Pim", "Olivier", "Floris", "Jelle",
  "Rick", "Dylan", "Ties", "Hugo", "Kai", "Stan", "Timo", "Owen",
  "Cas", "Dex", "Job", "Mick", "Quinten", "Wessel", "Sjoerd", "Hidde",
};

static const char * const moroccan_girls[] = {
  "Nour", "Imane", "Salma", "Yasmina", "Aya", "Hiba", "Khadija", "Ikram",
  "Soumaya", "Malak", "Sara", "Rania", "Chaima", "Meryem", "Dounia",
};

static const char * const moroccan_boys[] = {
  "Mohamed", "Yassine", "Ilias", "Ayoub", "Bilal", "Hamza", "Soufiane",
  "Anas", "Adam", "Zakaria", "Othman", "Rayan", "Younes", "Nabil", "Idris",
};

static const char * const turkish_girls[] = {
  "Elif", "Ayşe", "Zeynep", "Eylül", "Çağla", "Büşra", "Melike", "Esra",
  "Defne", "Irmak", "Selin", "Hüma", "Nisa", "Gül", "Derya",
};

static const char * const turkish_boys[] = {
  "Emre", "Yusuf", "Mehmet", "Burak", "Kerem", "Ömer", "Mert", "Efe",
  "Arda", "Barış", "Çınar", "Onur", "Enes", "Doğukan", "Furkan",
};

static const char * const surinamese_girls[] = {
  "Shanice", "Priya", "Anjali", "Kimberley", "Sharona", "Naomi", "Rowena",
  "Shivani", "Anisha", "Maureen", "Chantal", "Sarita",
};

static const char * const surinamese_boys[] = {
  "Rishi", "Vishal", "Kevin", "Jairo", "Rajesh", "Quincy", "Romano",
  "Sunil", "Dwayne", "Giovanni", "Ashwin", "Reggie",
};

static const char * const polish_girls[] = {
  "Zuzanna", "Julia", "Wiktoria", "Łucja", "Maja", "Oliwia", "Hanna",
  "Agnieszka", "Natalia", "Zofia",
};

static const char * const polish_boys[] = {
  "Jakub", "Kacper", "Michał", "Szymon", "Filip", "Bartosz", "Mateusz",
  "Wojciech", "Piotr", "Antoni",
};

static const char * const other_girls[] = {
  "Lucía", "Inés", "Amira", "Lina", "Hevin", "Mariam", "Thi Lan", "Ana",
  "Sofía", "Selam", "Layla", "Aleksandra",
};

static const char * const other_boys[] = {
  "Mateo", "José", "Omar", "Karim", "Ahmad", "Minh", "Diego", "Tesfay",
  "Dawit", "Luca", "Andrei", "Nikolai",
};

static const FamilyName dutch_families[] = {
  { "de", "Vries" }, { "van", "Dijk" }, { "van der", "Berg" }, { "van den", "Broek" },
  { "'t", "Hart" }, { "ter", "Horst" }, { "de", "Jong" }, { "van", "Leeuwen" },
  { "van der", "Meer" }, { "van den", "Heuvel" }, { "in 't", "Veld" }, { "van 't", "Hof" },
  { "ten", "Brink" }, { "de", "Graaf" }, { "van", "Vliet" }, { "de", "Boer" },
  { "van der", "Linden" }, { "de", "Wit" }, { "van", "Beek" }, { "de", "Groot" },
  { "van der", "Heijden" }, { "van den", "Bosch" }, { "de", "Haan" }, { "van", "Wijk" },
  { "ter", "Beek" }, { "van", "Rijn" }, { "de", "Ruiter" }, { "van der", "Wal" },
  { "", "Jansen" }, { "", "Bakker" }, { "", "Visser" }, { "", "Smit" },
  { "", "Meijer" }, { "", "Mulder" }, { "", "Bos" }, { "", "Vos" },
  { "", "Peters" }, { "", "Hendriks" }, { "", "Dekker" }, { "", "Brouwer" },
  { "", "Dijkstra" }, { "", "Smits" }, { "", "Kok" }, { "", "Verhoeven" },
  { "", "Kuijpers" }, { "", "Willems" }, { "", "Hoekstra" }, { "", "Koster" },
  { "", "Prins" }, { "", "Huisman" }, { "", "Kramer" }, { "", "Schouten" },
  { "", "Hoogendoorn" }, { "", "Verbeek" }, { "", "Post" }, { "", "Kuiper" },
  { "", "Vermeulen" }, { "", "Blom" }, { "", "Timmermans" }, { "", "Groen" },
  { "", "Gerritsen" }, { "", "Lambregts" }, { "", "Boersma" }, { "", "Molenaar" },
  { "", "Veenstra" }, { "", "Sanders" }, { "", "Kroon" }, { "", "Zwart" },
  { "", "Hermans" }, { "", "Verschoor" }, { "", "Stam" }, { "", "Boogaard" },
  { "", "Wouters" }, { "", "Spruijt" }, { "", "Koopman" }, { "", "Oosterhout" },
  { "", "Rietveld" }, { "", "Verweij" }, { "", "Nijland" }, { "", "Goossens" },
};

/* Surnames that make sensible halves of a double name. */
static const char * const dutch_double_halves[] = {
  "Kuijpers", "Verhoeven", "Jansen", "Bakker", "Smit", "Mulder", "Brouwer",
  "Hendriks", "Dekker", "Willems", "Prins", "Timmermans", "Kramer", "Koster",
};

static const char * const moroccan_families[] = {
  "El Amrani", "Bouzid", "El Idrissi", "Benali", "Ait Said", "Ouali", "Azzouz",
  "El Khatib", "Boukhari", "Chaouch", "Haddouchi", "Ziani", "Mansouri",
  "Belhaj", "Tahiri", "Amrani", "Essafi", "El Hamdaoui",
};

static const char * const turkish_families[] = {
  "Çelik", "Öztürk", "Yıldız", "Şahin", "Aydın", "Kılıç", "Doğan", "Yılmaz",
  "Kaya", "Demir", "Arslan", "Koç", "Güler", "Aksoy", "Polat", "Erdoğan",
  "Özdemir", "Kurt",
};

static const char * const surinamese_families[] = {
  "Ramdin", "Mahabier", "Ramsaran", "Jagesar", "Soekhlal", "Pinas",
  "Doelwijt", "Kartodikromo", "Sitaram", "Ramautar", "Brunings", "Sabajo",
  "Wijngaarde", "Mangroe", "Biharie", "Karsowidjojo",
};

/* Polish family names agree with gender: the male form, then the female. */
static const char * const polish_families[][2] = {
  { "Kowalski", "Kowalska" }, { "Nowak", "Nowak" }, { "Wiśniewski", "Wiśniewska" },
  { "Lewandowski", "Lewandowska" }, { "Wójcik", "Wójcik" }, { "Kamiński", "Kamińska" },
  { "Zieliński", "Zielińska" }, { "Dąbrowski", "Dąbrowska" }, { "Szymański", "Szymańska" },
  { "Woźniak", "Woźniak" }, { "Mazur", "Mazur" }, { "Krawczyk", "Krawczyk" },
};

static const char * const other_families[] = {
  "Ruiz-López", "García", "Fernández", "Muñoz", "Nguyen", "Tran", "Haddad",
  "Al-Hassan", "Khalil", "Tesfamariam", "Gebremedhin", "Rossi", "Popescu",
  "Ivanova", "Mohammadi", "Rahimi",
};

static const char * const initials = "AACEEFGHHJJJKLMMMNPRSTW";

static const char * const subjects[] = {
  "Nederlands", "Engels", "wiskunde", "biologie", "geschiedenis",
  "aardrijkskunde", "economie", "natuurkunde", "scheikunde", "Frans",
  "Duits", "LO", "beeldende vorming", "maatschappijleer", "informatica",
};

void
demo_name_clear (DemoName *name)
{
  g_clear_pointer (&name->given, g_free);
  g_clear_pointer (&name->tussenvoegsel, g_free);
  g_clear_pointer (&name->family, g_free);
}

static DemoOrigin
pick_origin (GRand *rand)
{
  double r = g_rand_double (rand);

  if (r < 0.68)
    return DEMO_ORIGIN_DUTCH;
  if (r < 0.76)
    return DEMO_ORIGIN_MOROCCAN;
  if (r < 0.84)
    return DEMO_ORIGIN_TURKISH;
  if (r < 0.90)
    return DEMO_ORIGIN_SURINAMESE;
  if (r < 0.95)
    return DEMO_ORIGIN_POLISH;
  return DEMO_ORIGIN_OTHER;
}

static const char *
pick_given (GRand      *rand,
            DemoOrigin  origin,
            gboolean    female)
{
  switch (origin)
    {
    case DEMO_ORIGIN_MOROCCAN:
      return female ? DEMO_PICK (rand, moroccan_girls) : DEMO_PICK (rand, moroccan_boys);
    case DEMO_ORIGIN_TURKISH:
      return female ? DEMO_PICK (rand, turkish_girls) : DEMO_PICK (rand, turkish_boys);
    case DEMO_ORIGIN_SURINAMESE:
      return female ? DEMO_PICK (rand, surinamese_girls) : DEMO_PICK (rand, surinamese_boys);
    case DEMO_ORIGIN_POLISH:
      return female ? DEMO_PICK (rand, polish_girls) : DEMO_PICK (rand, polish_boys);
    case DEMO_ORIGIN_OTHER:
      return female ? DEMO_PICK (rand, other_girls) : DEMO_PICK (rand, other_boys);
    case DEMO_ORIGIN_DUTCH:
    case DEMO_N_ORIGINS:
    default:
      return female ? DEMO_PICK (rand, dutch_girls) : DEMO_PICK (rand, dutch_boys);
    }
}

static void
pick_family (GRand      *rand,
             DemoOrigin  origin,
             gboolean    female,
             DemoName   *name)
{
  const char *family = NULL;
  const char *tussenvoegsel = "";

  switch (origin)
    {
    case DEMO_ORIGIN_MOROCCAN:
      family = DEMO_PICK (rand, moroccan_families);
      break;
    case DEMO_ORIGIN_TURKISH:
      family = DEMO_PICK (rand, turkish_families);
      break;
    case DEMO_ORIGIN_SURINAMESE:
      family = DEMO_PICK (rand, surinamese_families);
      break;
    case DEMO_ORIGIN_POLISH:
      family = polish_families[g_rand_int_range (rand, 0, G_N_ELEMENTS (polish_families))][female ? 1 : 0];
      break;
    case DEMO_ORIGIN_OTHER:
      family = DEMO_PICK (rand, other_families);
      break;
    case DEMO_ORIGIN_DUTCH:
    case DEMO_N_ORIGINS:
    default:
      if (demo_chance (rand, 0.04))
        {
          const char *first = DEMO_PICK (rand, dutch_double_halves);
          const char *second = DEMO_PICK (rand, dutch_double_halves);

          if (g_strcmp0 (first, second) != 0)
            {
              name->tussenvoegsel = g_strdup ("");
              name->family = g_strconcat (first, "-", second, NULL);
              return;
            }
        }
      {
        const FamilyName *f = &dutch_families[g_rand_int_range (rand, 0, G_N_ELEMENTS (dutch_families))];

        family = f->family;
        tussenvoegsel = f->tussenvoegsel;
      }
      break;
    }

  name->tussenvoegsel = g_strdup (tussenvoegsel);
  name->family = g_strdup (family);
}

void
demo_name_student (GRand    *rand,
                   DemoName *name)
{
  name->origin = pick_origin (rand);
  name->female = g_rand_boolean (rand);
  /* A few children of mixed families carry a Dutch first name. */
  if (name->origin != DEMO_ORIGIN_DUTCH && demo_chance (rand, 0.12))
    name->given = g_strdup (pick_given (rand, DEMO_ORIGIN_DUTCH, name->female));
  else
    name->given = g_strdup (pick_given (rand, name->origin, name->female));
  pick_family (rand, name->origin, name->female, name);
}

static const char * const staff_women[] = {
  "Marieke", "Anne", "Petra", "Ingrid", "Saskia", "Miriam", "Ellen", "Karin",
  "Judith", "Annemiek", "Linda", "Esther", "Wendy", "Nathalie", "Monique",
  "Hatice", "Fatima", "Sandra", "Yvonne", "Carola", "Hanneke", "Janneke",
};

static const char * const staff_men[] = {
  "Mark", "Erik", "Jeroen", "Peter", "Martijn", "Bart", "Hans", "Rob",
  "Arjen", "Dennis", "Ronald", "Marco", "Frank", "Wim", "Youssef", "Patrick",
  "Ruud", "Gert-Jan", "Joost", "Maarten",
};

void
demo_name_staff (GRand    *rand,
                 DemoName *name)
{
  name->female = demo_chance (rand, 0.6);
  name->origin = demo_chance (rand, 0.85) ? DEMO_ORIGIN_DUTCH : pick_origin (rand);
  name->given = g_strdup (name->female ? DEMO_PICK (rand, staff_women)
                                       : DEMO_PICK (rand, staff_men));
  pick_family (rand, name->origin, name->female, name);
}

void
demo_name_guardian (GRand             *rand,
                    const DemoStudent *student,
                    gboolean           mother,
                    DemoName          *name)
{
  name->female = mother;
  name->origin = student->origin;
  name->given = NULL;

  /* Fathers usually share the child's name; mothers often kept their own,
   * and Moroccan mothers nearly always do. */
  if (!mother ||
      (student->origin != DEMO_ORIGIN_MOROCCAN && demo_chance (rand, 0.45)))
    {
      name->tussenvoegsel = g_strdup (student->tussenvoegsel);
      if (student->origin == DEMO_ORIGIN_POLISH)
        {
          for (guint i = 0; i < G_N_ELEMENTS (polish_families); i++)
            {
              if (g_str_equal (student->family, polish_families[i][0]) ||
                  g_str_equal (student->family, polish_families[i][1]))
                {
                  name->family = g_strdup (polish_families[i][mother ? 1 : 0]);
                  return;
                }
            }
        }
      name->family = g_strdup (student->family);
      return;
    }

  pick_family (rand, student->origin, TRUE, name);
}

char *
demo_voorletters (GRand      *rand,
                  const char *given,
                  guint       max_extra)
{
  GString *out = g_string_new (NULL);
  guint n_extra = max_extra > 0 ? g_rand_int_range (rand, 0, max_extra + 1) : 0;

  if (given != NULL && *given != '\0')
    {
      gunichar first = g_unichar_toupper (g_utf8_get_char (given));

      g_string_append_unichar (out, first);
    }
  else
    {
      g_string_append_c (out, initials[g_rand_int_range (rand, 0, strlen (initials))]);
    }
  g_string_append_c (out, '.');

  for (guint i = 0; i < n_extra; i++)
    {
      g_string_append_c (out, initials[g_rand_int_range (rand, 0, strlen (initials))]);
      g_string_append_c (out, '.');
    }

  return g_string_free (out, FALSE);
}

static gboolean
is_consonant (char c)
{
  return g_ascii_isalpha (c) && strchr ("AEIOUY", g_ascii_toupper (c)) == NULL;
}

/* The three-letter staff code a Dutch school's timetable uses: the family
 * name's first letter and next consonants ("Vries" → VRS), falling back to
 * other letters of the name until the code is unique. */
char *
demo_staff_code (GHashTable     *codes,
                 const DemoName *name)
{
  g_autofree char *family = g_str_to_ascii (name->family, "C");
  g_autofree char *given = g_str_to_ascii (name->given, "C");
  g_autofree char *letters = NULL;
  GString *pool = g_string_new (NULL);
  char code[4] = { 0 };
  gsize n;

  for (const char *p = family; *p != '\0'; p++)
    if (g_ascii_isalpha (*p))
      g_string_append_c (pool, g_ascii_toupper (*p));
  for (const char *p = given; *p != '\0'; p++)
    if (g_ascii_isalpha (*p))
      g_string_append_c (pool, g_ascii_toupper (*p));
  while (pool->len < 3)
    g_string_append_c (pool, 'X');
  letters = g_string_free (pool, FALSE);
  n = strlen (letters);

  /* First choice: first letter plus the next two consonants. */
  code[0] = letters[0];
  {
    guint filled = 1;

    for (gsize i = 1; i < n && filled < 3; i++)
      if (is_consonant (letters[i]))
        code[filled++] = letters[i];
    if (filled == 3 && !g_hash_table_contains (codes, code))
      {
        g_hash_table_add (codes, g_strdup (code));
        return g_strdup (code);
      }
  }

  /* Then any two later letters, in order. */
  for (gsize i = 1; i < n; i++)
    for (gsize j = i + 1; j < n; j++)
      {
        code[1] = letters[i];
        code[2] = letters[j];
        if (!g_hash_table_contains (codes, code))
          {
            g_hash_table_add (codes, g_strdup (code));
            return g_strdup (code);
          }
      }

  /* A large school can run out: the first letter and any two letters. */
  for (char c1 = 'A'; c1 <= 'Z'; c1++)
    for (char c2 = 'A'; c2 <= 'Z'; c2++)
      {
        code[1] = c1;
        code[2] = c2;
        if (!g_hash_table_contains (codes, code))
          {
            g_hash_table_add (codes, g_strdup (code));
            return g_strdup (code);
          }
      }

  return g_strdup ("");
}

const char *
demo_pick_subject (GRand *rand)
{
  return DEMO_PICK (rand, subjects);
}
