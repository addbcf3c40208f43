/* passend-demo-aanmeldingen.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-demo-aanmeldingen.h"

/* One aanmelding of the demo, its days counted from today. The text is
 * record text, so Dutch. */
typedef struct
{
  int                       received;        /* days before today */
  int                       year;            /* requested leerjaar */
  const char               *track;
  const char               *support_need;
  const char               *screening;
  const char               *advice;
  int                       letter;          /* days before today; 0: not extended */
  int                       extended_until;  /* days after receipt */
  const char               *extension_reason;
  PassendAanmeldingOutcome  outcome;
  int                       decided;         /* days before today */
  const char               *outcome_reason;
  const char               *outcome_school;
  gboolean                  first_preference;
} DemoAanmelding;

static const DemoAanmelding aanmeldingen[] = {
  /* Just received. */
  { 1, 1, "vmbo-gt", "Dyslexie; gebruikt voorleessoftware en krijgt extra tijd bij toetsen.",
    NULL, NULL, 0, 0, NULL, PASSEND_AANMELDING_OUTCOME_NONE, 0, NULL, NULL, TRUE },
  { 4, 1, "havo", "ADHD; heeft baat bij structuur, een vaste plek in de klas en korte instructies.",
    "Onderwijskundig rapport opgevraagd bij de basisschool (toestemming ouders aanwezig).",
    NULL, 0, 0, NULL, PASSEND_AANMELDING_OUTCOME_NONE, 0, NULL, NULL, TRUE },
  /* Decision due this week. */
  { 40, 1, "vmbo-k", "Autisme (ASS); prikkelarme werkplek en een voorspelbaar rooster nodig.",
    "Gesprek met ouders en intern begeleider gevoerd. Op de basisschool werkte een time-outplek goed.",
    "Toelaten met arrangement: vaste coach, time-outplek en een rustige start in een kleine klas.",
    0, 0, NULL, PASSEND_AANMELDING_OUTCOME_NONE, 0, NULL, NULL, TRUE },
  { 38, 1, "vwo", "Hoogbegaafd met faalangst; onderpresteert op de basisschool.",
    "Observatie op de basisschool gepland; ouders geven aan dat de faalangst thuis groot is.",
    NULL, 0, 0, NULL, PASSEND_AANMELDING_OUTCOME_NONE, 0, NULL, NULL, TRUE },
  /* Overdue, not extended. */
  { 46, 1, "vmbo-b", "Taalontwikkelingsstoornis (TOS); ondersteuning bij begrijpend lezen.",
    "Verslag van de logopedist ontvangen; wachten op het advies van Kentalis.",
    NULL, 0, 0, NULL, PASSEND_AANMELDING_OUTCOME_NONE, 0, NULL, NULL, TRUE },
  /* Extended, still in time. */
  { 45, 2, "vmbo-gt", "Sociaal-emotionele problematiek na een pestverleden; zij-instroom in leerjaar 2.",
    "Dossier van de vorige school is onvolledig; aanvullend psychologisch onderzoek loopt.",
    NULL, 5, 70, "Het aanvullende psychologisch onderzoek is nog niet afgerond.",
    PASSEND_AANMELDING_OUTCOME_NONE, 0, NULL, NULL, TRUE },
  /* Extended, and past the extended date and the 10 weeks. */
  { 73, 1, "pro", "Licht verstandelijke beperking; praktijkgerichte leerweg gevraagd.",
    "Intelligentieonderzoek ontvangen; overleg met het samenwerkingsverband over de toelaatbaarheid.",
    NULL, 33, 70, "Overleg met het samenwerkingsverband over een toelaatbaarheidsverklaring pro.",
    PASSEND_AANMELDING_OUTCOME_NONE, 0, NULL, NULL, TRUE },
  /* Past the 10 weeks without a decision or extension. */
  { 75, 1, "vmbo-k", "Slechthorend; ringleiding en een vaste plaats vooraan in de klas.",
    "Ambulant begeleider van Auris gesproken; advies over de ringleiding volgt.",
    NULL, 0, 0, NULL, PASSEND_AANMELDING_OUTCOME_NONE, 0, NULL, NULL, TRUE },
  /* Decided. */
  { 60, 1, "havo", "Diabetes type 1; medische handelingen onder schooltijd.",
    "Afspraken over medicatie en noodprotocol besproken met ouders en diabetesverpleegkundige.",
    "Toelaten; medisch handelingsprotocol vastleggen voor de start.",
    0, 0, NULL, PASSEND_AANMELDING_OUTCOME_ADMITTED, 20, NULL, NULL, TRUE },
  { 55, 1, "vmbo-gt", "Dyscalculie en faalangst; ondersteuning bij rekenen nodig.",
    "Handelingsplan van de basisschool ontvangen; RT rekenen werkte goed.",
    "Toelaten met arrangement: RT rekenen en faalangstreductietraining in het eerste jaar.",
    0, 0, NULL, PASSEND_AANMELDING_OUTCOME_ADMITTED_WITH_ARRANGEMENT, 14, NULL, NULL, TRUE },
  { 50, 1, "vmbo-b", "Ernstige gedragsproblematiek; meerdere schorsingen op de basisschool.",
    "Gesprek met ouders, basisschool en het samenwerkingsverband gevoerd.",
    "Onze school kan de benodigde begeleiding niet bieden; plaatsing op een school met kleinere groepen adviseren.",
    0, 0, NULL, PASSEND_AANMELDING_OUTCOME_PLACED_ELSEWHERE, 10,
    "De benodigde intensieve begeleiding in kleine groepen kan hier niet worden geboden.",
    "Het Praktijkcollege (Rebound)", TRUE },
  { 65, 1, "havo", "Lichte leesproblemen; geen dyslexieverklaring.",
    NULL, NULL, 0, 0, NULL, PASSEND_AANMELDING_OUTCOME_NOT_ADMITTED, 25,
    "School vol: geen plaats meer in havo 1 (capaciteit bereikt); ouders doorverwezen naar hun tweede keuze.",
    NULL, FALSE },
};

static const char * const previous_schools[] = {
  "OBS De Regenboog", "CBS De Wegwijzer", "Montessorischool Oost", "RK Basisschool Sint Jozef",
  "Daltonschool De Klimop", "IKC Het Palet", "SBO De Horizon", "Jenaplanschool De Boomgaard",
};

static char *
guardian_name (GRand          *rand,
               const DemoName *pupil)
{
  static const char initials[] = "ABCDEHJKLMNPRSTW";
  char initial = initials[g_rand_int_range (rand, 0, sizeof initials - 1)];

  if (pupil->tussenvoegsel != NULL && pupil->tussenvoegsel[0] != '\0')
    return g_strdup_printf ("%c. %s %s", initial, pupil->tussenvoegsel, pupil->family);
  return g_strdup_printf ("%c. %s", initial, pupil->family);
}

static PassendAanmelding *
new_aanmelding (DemoBuilder          *b,
                const DemoAanmelding *d,
                PassendDay            received)
{
  g_auto(DemoName) name = { 0 };
  PassendAanmelding *a = passend_aanmelding_new ();
  g_autofree char *guardian = NULL;
  g_autofree char *email = NULL;
  g_autofree char *phone = NULL;
  int y, m, day;

  demo_name_student (b->rand, &name);
  guardian = guardian_name (b->rand, &name);
  email = g_strdup_printf ("ouders.%s@example.nl", name.family);
  for (char *c = email; *c != '\0'; c++)
    *c = *c == ' ' ? '.' : g_ascii_tolower (*c);
  phone = g_strdup_printf ("06-%08d", g_rand_int_range (b->rand, 10000000, 99999999));

  passend_day_get_ymd (received, &y, &m, &day);
  passend_aanmelding_set_roepnaam (a, name.given);
  passend_aanmelding_set_tussenvoegsel (a, name.tussenvoegsel);
  passend_aanmelding_set_achternaam (a, name.family);
  passend_aanmelding_set_birth_date (a, passend_day_new (y - 11 - d->year, g_rand_int_range (b->rand, 1, 13),
                                                         g_rand_int_range (b->rand, 1, 29)));
  passend_aanmelding_set_previous_school (a, DEMO_PICK (b->rand, previous_schools));
  passend_aanmelding_set_requested_track (a, d->track);
  passend_aanmelding_set_requested_year (a, d->year);
  passend_aanmelding_set_guardian_name (a, guardian);
  passend_aanmelding_set_guardian_email (a, email);
  passend_aanmelding_set_guardian_phone (a, phone);
  passend_aanmelding_set_received_on (a, received);
  passend_aanmelding_set_first_preference (a, d->first_preference);
  passend_aanmelding_set_support_need (a, d->support_need);
  passend_aanmelding_set_screening_notes (a, d->screening);
  passend_aanmelding_set_advice (a, d->advice);
  return a;
}

static gboolean
add_one (DemoBuilder          *b,
         const DemoAanmelding *d,
         gint64               *added_id,
         GError              **error)
{
  PassendDay today = b->options.today;
  PassendDay received = passend_day_add_days (today, -d->received);
  g_autoptr(PassendAanmelding) a = new_aanmelding (b, d, received);
  gint64 id;

  if (!passend_database_add_aanmelding (b->database, a, error))
    return FALSE;
  id = passend_aanmelding_get_id (a);
  *added_id = id;

  if (d->letter > 0 &&
      !passend_database_extend_aanmelding (b->database, id, passend_day_add_days (today, -d->letter),
                                           d->extension_reason,
                                           passend_day_add_days (received, d->extended_until), error))
    return FALSE;

  if (d->outcome != PASSEND_AANMELDING_OUTCOME_NONE &&
      !passend_database_decide_aanmelding (b->database, id, d->outcome, d->outcome_reason,
                                           d->outcome_school, passend_day_add_days (today, -d->decided),
                                           error))
    return FALSE;

  return TRUE;
}

/* A first-year class of the aanmelding's track, so the new student gets
 * its mentor and LeCo; NULL when the school has none. */
static const DemoClass *
find_class (DemoBuilder *b,
            const char  *track,
            int          year)
{
  for (guint i = 0; i < b->classes->len; i++)
    {
      const DemoClass *klass = &g_array_index (b->classes, DemoClass, i);

      if (klass->year == year && g_str_equal (klass->track->track, track))
        return klass;
    }

  return NULL;
}

/* The school day @n weekdays after @day. */
static PassendDay
weekdays_after (PassendDay day,
                int        n)
{
  while (n > 0)
    {
      day++;
      if (passend_day_get_weekday (day) <= 5)
        n--;
    }

  return day;
}

static gboolean
add_entry (DemoBuilder       *b,
           gint64             student_id,
           PassendEntryKind   kind,
           const char        *author,
           PassendDay         day,
           int                minutes,
           const char        *title,
           const char        *body,
           GError           **error)
{
  g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();

  passend_timeline_entry_set_student_id (entry, student_id);
  passend_timeline_entry_set_kind (entry, kind);
  passend_timeline_entry_set_occurred_at (entry, demo_builder_moment (b, day, minutes));
  passend_timeline_entry_set_author (entry, author);
  passend_timeline_entry_set_title (entry, title);
  passend_timeline_entry_set_body (entry, body);
  passend_timeline_entry_set_confidentiality (entry, PASSEND_CONFIDENTIALITY_CARE);
  return passend_database_add_entry (b->database, entry, error);
}

/* Completes what the LVS and the coordinator add once an admitted pupil
 * is enrolled: a class with its mentor, a location, the guardian as a
 * mother, needs, the start of the route and two early entries. */
static gboolean
complete_student (DemoBuilder     *b,
                  const DemoClass *klass,
                  gint64           student_id,
                  PassendDay       decided,
                  GError         **error)
{
  const DemoStaff *mentor = &g_array_index (b->teachers, DemoStaff, klass->mentor);
  const DemoStaff *leco = &g_array_index (b->lecos, DemoStaff, klass->leco);
  g_autoptr(PassendStudent) student = passend_database_get_student (b->database, student_id, error);
  g_autoptr(GListModel) guardians = NULL;
  PassendDay intake = weekdays_after (decided, 2);
  PassendDay overdracht = weekdays_after (decided, 5);

  if (student == NULL)
    return FALSE;

  passend_student_set_class_name (student, klass->name);
  passend_student_set_location (student, klass->track->location);
  passend_student_set_mentor_id (student, mentor->id);
  passend_student_set_enrolled_on (student, decided);
  /* A first-year pupil is 12 or 13; the aanmelding only knew the year. */
  passend_student_set_birth_date (student, passend_day_add_months (b->options.today, -(12 * 12 + 7)));
  if (!passend_database_update_student (b->database, student, error))
    return FALSE;

  guardians = passend_database_list_guardians (b->database, student_id, error);
  if (guardians == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (guardians); i++)
    {
      g_autoptr(PassendGuardian) guardian = g_list_model_get_item (guardians, i);

      passend_guardian_set_relation (guardian, "moeder");
      if (!passend_database_update_guardian (b->database, guardian, error))
        return FALSE;
    }

  return passend_database_add_support_need (b->database, student_id, "dyscalculie", error) &&
         passend_database_add_support_need (b->database, student_id, "faalangst", error) &&
         add_entry (b, student_id, PASSEND_ENTRY_KIND_CONVERSATION_PARENTS, leco->name, intake, 15 * 60,
                    "Intakegesprek met ouders",
                    "Kennismaking met moeder en leerling. Afspraken over RT rekenen en de "
                    "faalangstreductietraining; ouders willen graag maandelijks contact.", error) &&
         add_entry (b, student_id, PASSEND_ENTRY_KIND_CONVERSATION_EXTERNAL, leco->name, overdracht, 10 * 60,
                    "Warme overdracht basisschool",
                    "Overdracht met de intern begeleider van de basisschool: het handelingsplan rekenen "
                    "werkte goed, toetsen in een aparte ruimte gaven rust.", error) &&
         passend_database_set_support_status (b->database, student_id, PASSEND_NIVEAU_3,
                                              PASSEND_PHASE_3A_ONDERSTEUNINGSTEAM, PASSEND_REGIE_LECO, leco->id,
                                              "Arrangement gestart: RT rekenen en faalangstreductietraining",
                                              demo_builder_moment (b, overdracht, 11 * 60), error);
}

/* The aanmelding admitted with an arrangement becomes a student through
 * the same call the aanmelding editor makes. */
static gboolean
admit_one (DemoBuilder  *b,
           gint64        aanmelding_id,
           GError      **error)
{
  g_autoptr(PassendAanmelding) aanmelding = passend_database_get_aanmelding (b->database, aanmelding_id, error);
  g_autofree char *lvs = NULL;
  const DemoClass *klass;
  gint64 student_id = 0;

  if (aanmelding == NULL)
    return FALSE;

  klass = find_class (b, passend_aanmelding_get_requested_track (aanmelding),
                      passend_aanmelding_get_requested_year (aanmelding));
  if (klass == NULL)
    return TRUE;

  /* Numbers from 9000 on are never handed out to the generated intake. */
  lvs = g_strdup_printf ("%02d9%03d", b->school_year % 100, g_rand_int_range (b->rand, 0, 1000));
  return passend_database_admit_aanmelding (b->database, aanmelding_id, lvs, &student_id, error) &&
         complete_student (b, klass, student_id, passend_aanmelding_get_decided_on (aanmelding), error);
}

gboolean
demo_aanmeldingen_reserve (DemoBuilder *b)
{
  /* Room for one student, one case and its entries in what was asked. */
  return b->options.n_students >= 2 && b->options.n_caseload >= 2 &&
         b->options.n_entries >= (guint64) b->options.n_caseload * DEMO_ENTRIES_PER_STUDENT;
}

gboolean
demo_add_aanmeldingen (DemoBuilder  *b,
                       gboolean      admit,
                       GError      **error)
{
  gint64 admitted = 0;

  for (guint i = 0; i < G_N_ELEMENTS (aanmeldingen); i++)
    {
      gint64 id = 0;

      if (!add_one (b, &aanmeldingen[i], &id, error))
        return FALSE;
      if (aanmeldingen[i].outcome == PASSEND_AANMELDING_OUTCOME_ADMITTED_WITH_ARRANGEMENT && admitted == 0)
        admitted = id;
    }

  if (admit && admitted > 0)
    return admit_one (b, admitted, error);

  return TRUE;
}
