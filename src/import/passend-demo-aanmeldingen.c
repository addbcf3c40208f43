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
         GError              **error)
{
  PassendDay today = b->options.today;
  PassendDay received = passend_day_add_days (today, -d->received);
  g_autoptr(PassendAanmelding) a = new_aanmelding (b, d, received);
  gint64 id;

  if (!passend_database_add_aanmelding (b->database, a, error))
    return FALSE;
  id = passend_aanmelding_get_id (a);

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

gboolean
demo_add_aanmeldingen (DemoBuilder  *b,
                       GError      **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (aanmeldingen); i++)
    {
      if (!add_one (b, &aanmeldingen[i], error))
        return FALSE;
    }

  return TRUE;
}
