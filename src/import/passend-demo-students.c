/* passend-demo-students.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "passend-demo-private.h"

#define CLASS_SIZE 28

/* A comprehensive school (scholengemeenschap) from praktijkonderwijs to
 * vwo; vmbo and pro students more often need support. */
static const DemoTrack tracks[] = {
  { "pro",     "P",  5, 0.03, 1.4, "Locatie Noord" },
  { "vmbo-b",  "B",  4, 0.10, 1.6, "Locatie Noord" },
  { "vmbo-k",  "K",  4, 0.12, 1.4, "Locatie Noord" },
  { "vmbo-gt", "GT", 4, 0.22, 1.1, "Locatie Noord" },
  { "havo",    "H",  5, 0.30, 0.9, "Locatie Centrum" },
  { "vwo",     "V",  6, 0.23, 0.8, "Locatie Centrum" },
};

typedef struct
{
  const DemoTrack *track;
  int              year;
  double           exact;
  guint            count;
} Cell;

static int
compare_remainders (gconstpointer a,
                    gconstpointer b)
{
  const Cell *ca = *(const Cell * const *) a;
  const Cell *cb = *(const Cell * const *) b;
  double ra = ca->exact - floor (ca->exact);
  double rb = cb->exact - floor (cb->exact);

  if (ra != rb)
    return ra > rb ? -1 : 1;
  /* Equal remainders: keep the table order so the result is stable. */
  return ca < cb ? -1 : (ca > cb ? 1 : 0);
}

/* Divides the students over track × year exactly (largest remainder), then
 * each cell into classes of about CLASS_SIZE. */
static void
plan_classes (DemoBuilder *b)
{
  g_autoptr(GArray) cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  double total_weight = 0;
  guint assigned = 0;

  for (guint t = 0; t < G_N_ELEMENTS (tracks); t++)
    for (int y = 1; y <= tracks[t].n_years; y++)
      {
        Cell cell = { &tracks[t], y, 0, 0 };

        /* Upper years are a little smaller: some students left or moved down. */
        cell.exact = tracks[t].share / tracks[t].n_years * (1.0 - 0.04 * (y - 1));
        total_weight += cell.exact;
        g_array_append_val (cells, cell);
      }

  for (guint i = 0; i < cells->len; i++)
    {
      Cell *cell = &g_array_index (cells, Cell, i);

      cell->exact = cell->exact / total_weight * b->options.n_students;
      cell->count = (guint) floor (cell->exact);
      assigned += cell->count;
      g_ptr_array_add (order, cell);
    }
  g_ptr_array_sort (order, compare_remainders);
  for (guint i = 0; assigned < b->options.n_students; i = (i + 1) % order->len)
    {
      ((Cell *) order->pdata[i])->count++;
      assigned++;
    }

  for (guint i = 0; i < cells->len; i++)
    {
      const Cell *cell = &g_array_index (cells, Cell, i);
      guint n_classes;

      if (cell->count == 0)
        continue;
      n_classes = MAX (1, (cell->count + CLASS_SIZE / 2) / CLASS_SIZE);
      for (guint c = 0; c < n_classes; c++)
        {
          DemoClass klass = { 0 };
          guint size = cell->count / n_classes + (c < cell->count % n_classes ? 1 : 0);
          /* Departments: onderbouw and bovenbouw of vmbo/pro and of havo/vwo. */
          guint department = (g_str_equal (cell->track->location, "Locatie Noord") ? 0 : 2) +
                             (cell->year >= 3 ? 1 : 0);

          klass.name = g_strdup_printf ("%d%s%u", cell->year, cell->track->letters, c + 1);
          klass.track = cell->track;
          klass.year = cell->year;
          klass.leco = department;
          klass.teamleider = department;
          klass.size = size;
          g_array_append_val (b->classes, klass);
        }
    }
}

static char *
ascii_handle (const char *tussenvoegsel,
              const char *family)
{
  g_autofree char *joined = g_strconcat (tussenvoegsel, family, NULL);
  g_autofree char *ascii = g_str_to_ascii (joined, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));
  return g_string_free (out, FALSE);
}

static char *
random_phone (GRand      *rand,
              const char *prefix)
{
  return g_strdup_printf ("%s%06u", prefix, (guint) g_rand_int_range (rand, 100000, 999999));
}

typedef struct
{
  const char *role;
  gboolean    internal;
  gint64      organisation_id;
  const char *domain;
  const char *subject;
  gboolean    with_code;
} PersonSpec;

static gboolean
add_person (DemoBuilder       *b,
            const PersonSpec  *spec,
            DemoStaff         *out,
            GError           **error)
{
  g_autoptr(PassendPerson) person = passend_person_new ();
  g_auto(DemoName) name = { 0 };
  g_autofree char *handle = NULL;
  g_autofree char *email = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *code = NULL;
  gunichar initial;

  demo_name_staff (b->rand, &name);
  handle = ascii_handle (name.tussenvoegsel, name.family);
  initial = g_unichar_tolower (g_utf8_get_char (name.given));
  email = g_strdup_printf ("%c.%s@%s", (char) initial, handle, spec->domain);
  phone = spec->internal ? random_phone (b->rand, "0182-")
                         : g_strdup_printf ("06-%08u", (guint) g_rand_int_range (b->rand, 10000000, 99999999));

  passend_person_set_given_name (person, name.given);
  passend_person_set_tussenvoegsel (person, name.tussenvoegsel);
  passend_person_set_family_name (person, name.family);
  passend_person_set_role (person, spec->role);
  passend_person_set_internal (person, spec->internal);
  passend_person_set_organisation_id (person, spec->organisation_id);
  passend_person_set_email (person, email);
  passend_person_set_phone (person, phone);
  if (spec->with_code)
    {
      code = demo_staff_code (b->staff_codes, &name);
      passend_person_set_code (person, code);
    }

  if (!passend_database_add_person (b->database, person, error))
    return FALSE;

  out->id = passend_person_get_id (person);
  out->name = passend_person_dup_display_name (person);
  out->role = spec->role;
  out->subject = spec->subject;
  return TRUE;
}

static gboolean
add_staff (DemoBuilder  *b,
           const char   *role,
           const char   *subject,
           DemoStaff    *out,
           GError      **error)
{
  PersonSpec spec = { role, TRUE, 0, "passendcollege.example", subject, TRUE };

  return add_person (b, &spec, out, error);
}

static gint64
add_organisation (DemoBuilder              *b,
                  const char               *name,
                  PassendOrganisationKind   kind,
                  const char               *address,
                  GError                  **error)
{
  g_autoptr(PassendOrganisation) organisation = passend_organisation_new ();
  g_autofree char *phone = random_phone (b->rand, "0182-");

  passend_organisation_set_name (organisation, name);
  passend_organisation_set_kind (organisation, kind);
  passend_organisation_set_address (organisation, address);
  passend_organisation_set_phone (organisation, phone);
  if (!passend_database_add_organisation (b->database, organisation, error))
    return 0;
  return passend_organisation_get_id (organisation);
}

typedef struct
{
  const char              *name;
  PassendOrganisationKind  kind;
  const char              *address;
  const char              *domain;
  const char              *role;
  gsize                    staff_offset;
} Partner;

/* The partners around the seed school's Flex-ZAT and verzuimoverleg. */
static const Partner partners[] = {
  { "Leerplicht Midden-Holland", PASSEND_ORGANISATION_KIND_LEERPLICHT,
    "Burgemeester Jamessingel 1, Gouda", "leerplicht.example", "leerplichtambtenaar",
    G_STRUCT_OFFSET (DemoBuilder, leerplicht) },
  { "GGD Hollands Midden, jeugdgezondheidszorg", PASSEND_ORGANISATION_KIND_GGD,
    "Thorbeckestraat 4, Gouda", "ggd.example", "jeugdarts",
    G_STRUCT_OFFSET (DemoBuilder, jeugdarts) },
  { "Sociaal Team Gouda-Oost", PASSEND_ORGANISATION_KIND_SOCIAAL_TEAM,
    "Van Bergen IJzendoornpark 2, Gouda", "sociaalteam.example", "jeugdconsulent",
    G_STRUCT_OFFSET (DemoBuilder, sociaal_team) },
  { "Samenwerkingsverband VO Midden-Holland en Rijnstreek", PASSEND_ORGANISATION_KIND_SAMENWERKINGSVERBAND,
    "Fluwelensingel 10, Gouda", "swv.example", "onderwijsconsulent",
    G_STRUCT_OFFSET (DemoBuilder, consulent) },
  { "JOS, jeugdondersteuning op school", PASSEND_ORGANISATION_KIND_JOS,
    "Kleiweg 8, Gouda", "jos.example", "jos-begeleider",
    G_STRUCT_OFFSET (DemoBuilder, jos) },
  { "BPO-team passend onderwijs", PASSEND_ORGANISATION_KIND_BPO,
    "Fluwelensingel 10, Gouda", "bpo.example", "bpo",
    G_STRUCT_OFFSET (DemoBuilder, bpo) },
  { "GGZ Jeugd Midden-Holland", PASSEND_ORGANISATION_KIND_GGZ,
    "Bleulandweg 12, Gouda", "ggz.example", "gz-psycholoog",
    G_STRUCT_OFFSET (DemoBuilder, ggz) },
  { "VSO De Steiger", PASSEND_ORGANISATION_KIND_VSO_SCHOOL,
    "Steijnkade 3, Waddinxveen", "desteiger.example", "intern-begeleider",
    G_STRUCT_OFFSET (DemoBuilder, vso) },
};

static gboolean
add_partners (DemoBuilder  *b,
              GError      **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (partners); i++)
    {
      const Partner *p = &partners[i];
      gint64 organisation_id = add_organisation (b, p->name, p->kind, p->address, error);
      PersonSpec spec = { p->role, FALSE, organisation_id, p->domain, NULL, FALSE };

      if (organisation_id == 0)
        return FALSE;
      if (!add_person (b, &spec, G_STRUCT_MEMBER_P (b, p->staff_offset), error))
        return FALSE;

      /* The GGD sends a jeugdverpleegkundige to the verzuimoverleg too. */
      if (p->kind == PASSEND_ORGANISATION_KIND_GGD)
        {
          PersonSpec nurse = { "jeugdverpleegkundige", FALSE, organisation_id, p->domain, NULL, FALSE };

          if (!add_person (b, &nurse, &b->jeugdverpleegkundige, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
add_school (DemoBuilder  *b,
            GError      **error)
{
  g_autoptr(PassendSchool) school = passend_school_new ();

  passend_school_set_name (school, "Het Passend College");
  passend_school_set_brin (school, "99PC");
  passend_school_set_city (school, "Gouda");
  passend_school_set_swv_name (school, "Samenwerkingsverband VO Midden-Holland en Rijnstreek");
  passend_school_set_coordinator_name (school, b->oco.name);
  return passend_database_set_school (b->database, school, error);
}

gboolean
demo_add_school_and_staff (DemoBuilder  *b,
                           GError      **error)
{
  guint n_teachers;
  guint n_lecos;
  guint n_teamleiders;

  plan_classes (b);

  /* The coordinator first: the school record names them. */
  if (!add_staff (b, "oco", NULL, &b->oco, error) ||
      !add_school (b, error) ||
      !add_staff (b, "directeur", NULL, &b->directeur, error) ||
      !add_staff (b, "verzuimcoordinator", NULL, &b->verzuim, error) ||
      !add_staff (b, "aandachtsfunctionaris", NULL, &b->aandacht, error) ||
      !add_staff (b, "rt", NULL, &b->rt, error) ||
      !add_staff (b, "orthopedagoog", NULL, &b->ortho, error) ||
      !add_staff (b, "decaan", NULL, &b->decaan, error) ||
      !add_staff (b, "leerlingbegeleider", NULL, &b->begeleider, error))
    return FALSE;

  n_lecos = CLAMP (b->options.n_students / 500 + 1, 1, 4);
  for (guint i = 0; i < n_lecos; i++)
    {
      DemoStaff staff = { 0 };

      if (!add_staff (b, "leco", NULL, &staff, error))
        return FALSE;
      g_array_append_val (b->lecos, staff);
    }

  n_teamleiders = CLAMP (b->classes->len / 6 + 1, 1, 4);
  for (guint i = 0; i < n_teamleiders; i++)
    {
      DemoStaff staff = { 0 };

      if (!add_staff (b, "teamleider", NULL, &staff, error))
        return FALSE;
      g_array_append_val (b->teamleiders, staff);
    }

  /* Every class has a mentor; a third more teach without a mentor class. */
  n_teachers = b->classes->len + MAX (4, b->classes->len / 3);
  for (guint i = 0; i < n_teachers; i++)
    {
      DemoStaff staff = { 0 };
      gboolean mentor = i < b->classes->len;

      if (!add_staff (b, mentor ? "mentor" : "docent", demo_pick_subject (b->rand), &staff, error))
        return FALSE;
      g_array_append_val (b->teachers, staff);
      if (mentor)
        {
          DemoClass *klass = &g_array_index (b->classes, DemoClass, i);

          klass->mentor = i;
          klass->leco %= n_lecos;
          klass->teamleider %= n_teamleiders;
        }
    }

  return add_partners (b, error);
}

static PassendDay
random_day_between (GRand      *rand,
                    PassendDay  first,
                    PassendDay  last)
{
  if (last <= first)
    return first;
  return first + (PassendDay) g_rand_int_range (rand, 0, (gint32) (last - first + 1));
}

static char *
next_lvs_number (DemoBuilder *b,
                 GHashTable  *counters,
                 int          entry_year)
{
  gpointer key = GINT_TO_POINTER (entry_year);
  guint counter = GPOINTER_TO_UINT (g_hash_table_lookup (counters, key));

  /* Numbers run on per intake year, as an LVS hands them out: 240153,
   * 240154, … with the odd gap where someone never started. */
  if (counter == 0)
    counter = 100 + g_rand_int_range (b->rand, 0, 400);
  else
    counter += demo_chance (b->rand, 0.1) ? 2 : 1;
  g_hash_table_insert (counters, key, GUINT_TO_POINTER (counter));
  g_assert (counter < 10000);

  return g_strdup_printf ("%02d%04u", entry_year % 100, counter);
}

typedef struct
{
  const char *relation;
  gboolean    mother;
  gboolean    has_authority;
} GuardianRole;

static guint
pick_guardian_roles (GRand        *rand,
                     GuardianRole  roles[2])
{
  double r = g_rand_double (rand);

  if (demo_chance (rand, 0.78))
    {
      roles[0] = (GuardianRole) { "moeder", TRUE, TRUE };
      if (r < 0.90)
        roles[1] = (GuardianRole) { "vader", FALSE, TRUE };
      else if (r < 0.95)
        roles[1] = (GuardianRole) { "verzorger", FALSE, FALSE };
      else if (r < 0.975)
        roles[1] = (GuardianRole) { "moeder", TRUE, TRUE };
      else
        roles[0] = roles[1] = (GuardianRole) { "vader", FALSE, TRUE };
      /* After a divorce one parent sometimes lost gezag. */
      if (roles[1].has_authority && demo_chance (rand, 0.04))
        roles[1].has_authority = FALSE;
      return 2;
    }

  if (r < 0.68)
    roles[0] = (GuardianRole) { "moeder", TRUE, TRUE };
  else if (r < 0.90)
    roles[0] = (GuardianRole) { "vader", FALSE, TRUE };
  else if (r < 0.96)
    roles[0] = (GuardianRole) { "verzorger", TRUE, demo_chance (rand, 0.5) };
  else
    roles[0] = (GuardianRole) { "voogd", demo_chance (rand, 0.5), TRUE };
  return 1;
}

static const char * const mail_providers[] = {
  "mail.example", "thuis.example", "post.example", "webmail.example",
};

static gboolean
add_guardians (DemoBuilder        *b,
               const DemoStudent  *student,
               GError            **error)
{
  GuardianRole roles[2];
  guint n = pick_guardian_roles (b->rand, roles);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PassendGuardian) guardian = passend_guardian_new ();
      g_auto(DemoName) name = { 0 };
      g_autofree char *voorletters = NULL;
      g_autofree char *handle = NULL;
      g_autofree char *email = NULL;
      g_autofree char *phone = NULL;

      demo_name_guardian (b->rand, student, roles[i].mother, &name);
      voorletters = demo_voorletters (b->rand, NULL, 2);
      handle = ascii_handle (name.tussenvoegsel, name.family);
      email = g_strdup_printf ("%c.%s@%s", g_ascii_tolower (voorletters[0]), handle,
                               DEMO_PICK (b->rand, mail_providers));
      phone = g_strdup_printf ("06-%08u", (guint) g_rand_int_range (b->rand, 10000000, 99999999));

      passend_guardian_set_student_id (guardian, student->id);
      passend_guardian_set_relation (guardian, roles[i].relation);
      passend_guardian_set_voorletters (guardian, voorletters);
      passend_guardian_set_tussenvoegsel (guardian, name.tussenvoegsel);
      passend_guardian_set_achternaam (guardian, name.family);
      passend_guardian_set_has_authority (guardian, roles[i].has_authority);
      passend_guardian_set_email (guardian, email);
      passend_guardian_set_phone (guardian, phone);
      passend_guardian_set_phone_is_secret (guardian, demo_chance (b->rand, 0.04));
      passend_guardian_set_prefers_email (guardian, demo_chance (b->rand, 0.8));
      if (!passend_database_add_guardian (b->database, guardian, error))
        return FALSE;
    }
  return TRUE;
}

static PassendDay
day_new (int year,
         int month,
         int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

/* Born so that the student is 12 in the first year, a year older when
 * they repeated a year in the lower years. */
static PassendDay
pick_birth_date (DemoBuilder *b,
                 int          year)
{
  int born = b->school_year - 12 - year;

  if (year >= 2 && year <= 4 && demo_chance (b->rand, 0.08))
    born--;
  return random_day_between (b->rand, day_new (born, 10, 1), day_new (born + 1, 9, 30));
}

static PassendDay
pick_enrolment (DemoBuilder *b,
                int          year,
                int         *entry_year)
{
  PassendDay start;
  PassendDay latest = b->options.today - 10;

  *entry_year = b->school_year - (year - 1);
  start = day_new (*entry_year, 8, 1);

  /* Zij-instromers arrive during a school year from another school. */
  if (demo_chance (b->rand, year == 1 ? 0.03 : 0.06) && latest > start + 30)
    {
      PassendDay day = random_day_between (b->rand, start + 30, latest);
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, day);
      *entry_year = g_date_get_month (&date) >= 8 ? g_date_get_year (&date) : g_date_get_year (&date) - 1;
      return day;
    }
  return start;
}

static gboolean
add_student (DemoBuilder      *b,
             guint             class_index,
             GHashTable       *lvs_counters,
             GError          **error)
{
  const DemoClass *klass = &g_array_index (b->classes, DemoClass, class_index);
  const DemoStaff *mentor = &g_array_index (b->teachers, DemoStaff, klass->mentor);
  g_autoptr(PassendStudent) object = passend_student_new ();
  g_auto(DemoName) name = { 0 };
  g_autofree char *voorletters = NULL;
  g_autofree char *lvs = NULL;
  DemoStudent student = { 0 };
  int entry_year;

  demo_name_student (b->rand, &name);
  voorletters = demo_voorletters (b->rand, name.given, 2);
  student.enrolled_on = pick_enrolment (b, klass->year, &entry_year);
  lvs = next_lvs_number (b, lvs_counters, entry_year);

  passend_student_set_lvs_number (object, lvs);
  passend_student_set_roepnaam (object, name.given);
  passend_student_set_voorletters (object, voorletters);
  passend_student_set_tussenvoegsel (object, name.tussenvoegsel);
  passend_student_set_achternaam (object, name.family);
  passend_student_set_birth_date (object, pick_birth_date (b, klass->year));
  passend_student_set_gender (object, name.female ? "v" : "m");
  passend_student_set_class_name (object, klass->name);
  passend_student_set_year (object, klass->year);
  passend_student_set_track (object, klass->track->track);
  passend_student_set_location (object, klass->track->location);
  passend_student_set_mentor_id (object, mentor->id);
  passend_student_set_enrolled_on (object, student.enrolled_on);
  if (!passend_database_add_student (b->database, object, error))
    return FALSE;

  student.id = passend_student_get_id (object);
  student.class_index = class_index;
  student.origin = name.origin;
  student.female = name.female;
  student.roepnaam = g_steal_pointer (&name.given);
  student.family = g_steal_pointer (&name.family);
  student.tussenvoegsel = g_steal_pointer (&name.tussenvoegsel);
  g_array_append_val (b->students, student);

  return add_guardians (b, &g_array_index (b->students, DemoStudent, b->students->len - 1), error);
}

gboolean
demo_add_students (DemoBuilder  *b,
                   GError      **error)
{
  g_autoptr(GHashTable) lvs_counters = g_hash_table_new (NULL, NULL);

  for (guint c = 0; c < b->classes->len; c++)
    {
      guint size = g_array_index (b->classes, DemoClass, c).size;

      for (guint i = 0; i < size; i++)
        {
          if (!add_student (b, c, lvs_counters, error))
            return FALSE;
          demo_builder_advance (b, 1);
        }
    }
  return TRUE;
}
