/* passend-demo-opp.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "passend-database-opp.h"
#include "passend-database-private.h"
#include "passend-demo-opp.h"

/* OPPs for the demo school's students at niveau 3 and 4, one in each
 * state of the lifecycle, written through the store so every guard and
 * hash is the real one. The timelines already tell the story, so these
 * add no entries (the state history is kept). */

typedef enum
{
  SCENE_CONCEPT,              /* barely started, and the term is over */
  SCENE_IN_OVERLEG,
  SCENE_TER_INSTEMMING,       /* one parent has signed */
  SCENE_VASTGESTELD,
  SCENE_IN_UITVOERING,
  SCENE_GEEVALUEERD,
  SCENE_BIJGESTELD,           /* version 1 revised by a vastgesteld version 2 */
  SCENE_BEEINDIGD,
  SCENE_GEEN_OVEREENSTEMMING,
  SCENE_EVALUATION_OVERDUE,   /* in uitvoering for more than a year */
  N_SCENES,
} Scene;

/* Two of each scene at most: enough to show them, and quick. */
#define MAX_OPPS (2 * N_SCENES)

typedef struct
{
  PassendOppDomain   domain;
  const char        *hindering;
  const char        *supporting;
  const char        *need;
  const char        *goal;
  const char        *criterion;
  const char        *support;
  const char        *frequency;
} Theme;

static const Theme themes[] = {
  { PASSEND_OPP_DOMAIN_LEREN,
    "Leest langzaam en maakt veel fouten bij langere teksten (dyslexieverklaring).",
    "Sterk in mondelinge taal; begrijpt de stof als die wordt uitgelegd.",
    "heeft voorleessoftware en 25% extra tijd bij toetsen nodig",
    "Gebruikt de voorleessoftware zelfstandig bij alle toetsen.",
    "Bij de volgende toetsweek zonder hulp van de docent opgestart.",
    "Remedial teaching lezen en begeleiding bij het gebruik van voorleessoftware", "wekelijks 45 minuten" },
  { PASSEND_OPP_DOMAIN_WERKHOUDING,
    "Verliest het overzicht over huiswerk en deadlines; vergeet spullen.",
    "Wil graag en vraagt hulp als iemand het aanbiedt.",
    "heeft een vaste dagstart en een weekplanning met een volwassene nodig",
    "Plant zijn werk voor een week vooruit en houdt zich aan de planning.",
    "Vier weken achter elkaar geen gemiste inleverdata.",
    "Dagstart en weekplanning met de leerlingbegeleider", "dagelijks 10 minuten, vrijdag weekplanning" },
  { PASSEND_OPP_DOMAIN_SOCIAAL_EMOTIONEEL,
    "Raakt snel overprikkeld in drukke lessen en loopt dan weg.",
    "Heeft een goede band met de mentor en een vriend in de klas.",
    "heeft een vaste time-outplek en een vooraf afgesproken signaal nodig",
    "Gebruikt het afgesproken signaal in plaats van weg te lopen.",
    "Hooguit één keer per week een time-out; geen incidenten.",
    "Begeleiding door de ambulant begeleider (BPO) en time-outafspraken", "tweewekelijks een gesprek" },
  { PASSEND_OPP_DOMAIN_SOCIAAL_EMOTIONEEL,
    "Faalangst bij toetsen en presentaties; slaapt slecht voor toetsweken.",
    "Werkt nauwkeurig en is gemotiveerd om het diploma te halen.",
    "heeft voorspelbaarheid en een rustige toetsruimte nodig",
    "Maakt toetsen in de rustige ruimte met minder spanning.",
    "Geeft zijn spanning bij de evaluatie een 5 of lager (nu 8).",
    "Faalangsttraining en toetsen in de stilteruimte", "acht bijeenkomsten, daarna bij elke toetsweek" },
  { PASSEND_OPP_DOMAIN_THUISSITUATIE,
    "Onrustige thuissituatie; ouders gescheiden en weinig overleg.",
    "Oma is betrokken en haalt en brengt.",
    "heeft één vast aanspreekpunt op school nodig die met beide ouders contact houdt",
    "Komt op tijd en volgens rooster naar school.",
    "Verzuim onder de 5% over een periode van acht weken.",
    "Vast contactmoment met de JOS-medewerker en gezinsgesprekken", "wekelijks" },
  { PASSEND_OPP_DOMAIN_LICHAMELIJK_MEDISCH,
    "Snel vermoeid na een langdurige ziekte; kan geen volle dagen aan.",
    "Wil graag weer meedoen met de klas.",
    "heeft een opbouwrooster en rustmomenten op school nodig",
    "Volgt weer het volledige rooster.",
    "Na twaalf weken vijf volle dagen aanwezig.",
    "Opbouwrooster in overleg met de jeugdarts", "evaluatie elke vier weken" },
};

static const char * const levels[] = { "vmbo-basis", "vmbo-kader", "vmbo-gt", "havo", "vwo" };

static const char * const wishes_student[] = {
  "Ik wil mijn diploma halen in mijn eigen klas.",
  "Ik wil minder vaak uit de les gestuurd worden.",
  "Ik wil later iets met techniek doen en daarom gewoon over.",
};

static const char * const wishes_parents[] = {
  "Dat hij op deze school kan blijven en zich weer prettig voelt.",
  "Dat er één vast aanspreekpunt is en dat wij op tijd horen hoe het gaat.",
  "Dat zij haar diploma haalt op het niveau dat bij haar past.",
};

static const char * const views[] = {
  "Ik vind het fijn dat ik weet bij wie ik terecht kan. De extra tijd helpt, maar ik wil niet dat de hele klas het ziet.",
  "De time-outkaart werkt. Ik wil wel dat alle docenten de afspraken kennen.",
  "Ik wil liever geen gesprekken in de pauze. Verder ben ik het eens met het plan.",
};

static const char * const weighings[] = {
  "Haar mening is in het gesprek besproken. De extra tijd wordt discreet geregeld; dit is met haar teruggekoppeld.",
  "Zijn wens om alle docenten te informeren is overgenomen. Met hem besproken wat wel en niet kan.",
  "De gesprekken vinden onder schooltijd plaats, op een vast moment. Uitgelegd waarom de evaluatie met ouders erbij is.",
};

static const char * const conclusions[] = {
  "Doelen grotendeels behaald. Ondersteuning wordt voortgezet; de frequentie gaat omlaag.",
  "Goede vooruitgang op werkhouding; lezen blijft lastig. Plan ongewijzigd voortzetten.",
  "Weinig vooruitgang. Afgesproken om het plan bij te stellen en de ambulant begeleider vaker in te zetten.",
};

static const char * const disagreements[] = {
  "Ouders willen eerst een onderzoek naar de leerproblemen voordat er iets wordt vastgelegd.",
  "Ouders zijn het niet eens met het bijgestelde uitstroomniveau.",
};

/* A signature as a pad gives it: a few strokes of a slanted hand, with
 * the pressure rising and falling along each stroke. */
static GBytes *
demo_strokes (GRand *rand)
{
  g_autoptr(PassendSignature) signature = passend_signature_new (3.0);
  guint32 time_ms = 0;
  double x = 0.08 + g_rand_double_range (rand, 0, 0.05);
  int n_strokes = g_rand_int_range (rand, 2, 4);

  for (int s = 0; s < n_strokes; s++)
    {
      int n_points = g_rand_int_range (rand, 30, 70);
      double width = g_rand_double_range (rand, 0.15, 0.35);
      double loops = g_rand_double_range (rand, 2.0, 5.0);
      double height = g_rand_double_range (rand, 0.18, 0.3);
      double base = 0.6 + g_rand_double_range (rand, -0.05, 0.05);

      passend_signature_begin_stroke (signature);
      for (int i = 0; i < n_points; i++)
        {
          double t = (double) i / (n_points - 1);
          double angle = t * loops * 2 * G_PI;
          double px = x + t * width + 0.02 * cos (angle);
          double py = base - height * (0.5 + 0.5 * sin (angle)) * (1 - 0.4 * t) + 0.1 * (px - x);

          passend_signature_add_point (signature, px, py, 0.35 + 0.4 * sin (G_PI * t), time_ms);
          time_ms += (guint32) g_rand_int_range (rand, 8, 17);
        }
      x += width + g_rand_double_range (rand, 0.02, 0.06);
      time_ms += (guint32) g_rand_int_range (rand, 150, 400);
    }

  /* An underline under the whole name. */
  passend_signature_begin_stroke (signature);
  for (int i = 0; i < 12; i++)
    {
      passend_signature_add_point (signature, 0.06 + i * (x - 0.06) / 11, 0.82 - 0.01 * i, 0.5, time_ms);
      time_ms += 10;
    }

  return passend_signature_to_bytes (signature);
}

typedef struct
{
  DemoBuilder        *b;
  GRand              *rand;
  PassendDay          today;
  PassendStudent     *student;
  gint64              id;
  PassendOppDocument *document;
} DemoOpp;

static PassendDay
days_ago (DemoOpp *o,
          int      days)
{
  PassendDay day = passend_day_add_days (o->today, -days);
  int weekday = passend_day_get_weekday (day);

  /* Meetings happen on school days. */
  return weekday >= 6 ? passend_day_add_days (day, 5 - weekday) : day;
}

static gboolean
reload (DemoOpp  *o,
        GError  **error)
{
  g_clear_pointer (&o->document, passend_opp_document_unref);
  o->document = passend_database_load_opp (o->b->database, o->id, error);
  return o->document != NULL;
}

/* The content of a version: the onderbouwing, two or three themes with
 * their factors, needs, goals and support lines, and the OOGO. */
static gboolean
write_content (DemoOpp     *o,
               PassendDay   heard_on,
               GError     **error)
{
  PassendDatabase *db = o->b->database;
  const char *track = passend_student_get_track (o->student);
  const char *level = track[0] != '\0' ? track : DEMO_PICK (o->rand, levels);
  guint first = (guint) g_rand_int_range (o->rand, 0, G_N_ELEMENTS (themes));
  guint n_themes = (guint) g_rand_int_range (o->rand, 2, 4);
  g_autofree char *weighing = NULL;
  g_autofree char *heard = passend_day_format_dutch (heard_on);
  g_autofree char *onderbouwing = g_strdup_printf ("Met de ondersteuning hieronder is %s haalbaar. De leerling"
                                                   " functioneert cognitief op dit niveau; de belemmeringen liggen"
                                                   " vooral in de werkhouding en het welbevinden.", level);

  if (!passend_database_set_opp_uitstroom (db, o->id, PASSEND_OPP_PROFILE_NONE, level, error) ||
      !passend_database_set_opp_text (db, o->id, PASSEND_OPP_SECTION_UITSTROOM_ONDERBOUWING, onderbouwing, error) ||
      !passend_database_set_opp_text (db, o->id, PASSEND_OPP_SECTION_PO_ADVICE,
                                      g_str_has_prefix (level, "vmbo") ? "Advies basisschool: vmbo-kader/gt."
                                                                       : "Advies basisschool: havo/vwo.", error) ||
      !passend_database_set_opp_text (db, o->id, PASSEND_OPP_SECTION_WISHES_STUDENT,
                                      DEMO_PICK (o->rand, wishes_student), error) ||
      !passend_database_set_opp_text (db, o->id, PASSEND_OPP_SECTION_WISHES_PARENTS,
                                      DEMO_PICK (o->rand, wishes_parents), error))
    return FALSE;

  for (guint i = 0; i < n_themes; i++)
    {
      const Theme *theme = &themes[(first + i) % G_N_ELEMENTS (themes)];
      g_autoptr(PassendOppFactor) hindering = passend_opp_factor_new (theme->domain, PASSEND_OPP_POLARITY_BELEMMEREND,
                                                                      theme->hindering);
      g_autoptr(PassendOppFactor) supporting = passend_opp_factor_new (theme->domain, PASSEND_OPP_POLARITY_BEVORDEREND,
                                                                       theme->supporting);
      g_autoptr(PassendOppNeed) need = passend_opp_need_new (i == 0 ? PASSEND_OPP_NEED_ONDERWIJS
                                                                    : PASSEND_OPP_NEED_ONDERSTEUNING,
                                                             theme->domain, theme->need);
      g_autoptr(PassendOppGoal) goal = passend_opp_goal_new (theme->domain, theme->goal);
      g_autoptr(PassendOppSupport) support = passend_opp_support_new (theme->support);

      g_free (goal->criterion);
      goal->criterion = g_strdup (theme->criterion);
      goal->target_on = passend_day_add_months (heard_on, 6);
      g_free (support->frequency);
      support->frequency = g_strdup (theme->frequency);
      g_free (support->who);
      support->who = g_strdup (theme->domain == PASSEND_OPP_DOMAIN_LEREN ? o->b->rt.name
                               : theme->domain == PASSEND_OPP_DOMAIN_THUISSITUATIE ? o->b->jos.name
                               : theme->domain == PASSEND_OPP_DOMAIN_SOCIAAL_EMOTIONEEL ? o->b->bpo.name
                               : o->b->begeleider.name);
      support->from_on = heard_on;
      support->until_on = passend_day_add_months (heard_on, 10);
      support->evaluation_on = passend_day_add_months (heard_on, 5);

      if (!passend_database_add_opp_factor (db, o->id, hindering, error) ||
          !passend_database_add_opp_factor (db, o->id, supporting, error) ||
          !passend_database_add_opp_need (db, o->id, need, error))
        return FALSE;
      goal->need_id = need->id;
      if (!passend_database_add_opp_goal (db, o->id, goal, error))
        return FALSE;
      support->goal_id = goal->id;
      if (!passend_database_add_opp_support (db, o->id, support, error))
        return FALSE;
    }

  weighing = g_strdup_printf ("Gehoord op %s. %s", heard, DEMO_PICK (o->rand, weighings));
  return (passend_database_set_opp_student_heard_on (db, o->id, heard_on, error) &&
          passend_database_set_opp_text (db, o->id, PASSEND_OPP_SECTION_MENING_LEERLING, DEMO_PICK (o->rand, views),
                                         error) &&
          passend_database_set_opp_text (db, o->id, PASSEND_OPP_SECTION_HOORRECHT_MOTIVERING, weighing, error));
}

static gboolean
consult (DemoOpp     *o,
         PassendDay   held_on,
         const char  *summary,
         GError     **error)
{
  g_autoptr(PassendOppConsultation) consultation = passend_opp_consultation_new (held_on);

  g_free (consultation->participants);
  consultation->participants = g_strdup_printf ("ouders, mentor, %s", o->b->oco.name);
  g_free (consultation->summary);
  consultation->summary = g_strdup (summary);
  return passend_database_add_opp_consultation (o->b->database, o->id, consultation, error);
}

static PassendOppSignature *
new_signature (DemoOpp           *o,
               PassendOppSigner   signer,
               PassendOppOutcome  outcome,
               const char        *name,
               const char        *role,
               PassendDay         day)
{
  PassendOppSignature *signature = passend_opp_signature_new (signer, outcome, name, day);

  g_free (signature->role);
  signature->role = g_strdup (role);
  g_free (signature->place);
  signature->place = g_strdup ("school");
  if (outcome == PASSEND_OPP_OUTCOME_NOT_AGREED)
    {
      g_free (signature->reason);
      signature->reason = g_strdup (DEMO_PICK (o->rand, disagreements));
    }
  signature->method = demo_chance (o->rand, 0.7) ? PASSEND_OPP_METHOD_PAD : PASSEND_OPP_METHOD_NONE;
  if (signature->method == PASSEND_OPP_METHOD_PAD)
    signature->strokes = demo_strokes (o->rand);

  return signature;
}

/* Instemming on @day: every parent with gezag (the first only unless
 * @all), or the adult student; the last of them with @last_outcome. */
static gboolean
sign (DemoOpp            *o,
      PassendDay          day,
      gboolean            all,
      PassendOppOutcome   last_outcome,
      GError            **error)
{
  g_autoptr(GPtrArray) signers = g_ptr_array_new ();
  PassendOppRules rules;
  guint n;

  if (!reload (o, error) || !passend_database_load_opp_rules (o->b->database, &rules, error))
    return FALSE;

  if (passend_opp_student_consents (o->document, &rules, day))
    {
      g_autoptr(PassendOppSignature) signature = new_signature (o, PASSEND_OPP_SIGNER_STUDENT, last_outcome,
                                                                o->document->student_name, "leerling", day);

      return passend_database_add_opp_signature (o->b->database, o->id, signature, NULL, error);
    }

  for (guint i = 0; i < o->document->guardians->len; i++)
    {
      PassendOppGuardian *guardian = g_ptr_array_index (o->document->guardians, i);

      if (guardian->has_gezag)
        g_ptr_array_add (signers, guardian);
    }

  n = all ? signers->len : MIN (signers->len, 1);
  for (guint i = 0; i < n; i++)
    {
      const PassendOppGuardian *guardian = g_ptr_array_index (signers, i);
      g_autoptr(PassendOppSignature) signature = NULL;

      signature = new_signature (o, PASSEND_OPP_SIGNER_GUARDIAN, i + 1 == n ? last_outcome : PASSEND_OPP_OUTCOME_AGREED,
                                 guardian->name, guardian->relation, day);
      signature->guardian_id = guardian->id;
      if (!passend_database_add_opp_signature (o->b->database, o->id, signature, NULL, error))
        return FALSE;
    }

  return TRUE;
}

/* Whether instemming can be asked: a parent with gezag, or an adult. */
static gboolean
can_consent (DemoOpp *o)
{
  PassendOppRules rules;

  passend_opp_rules_init_defaults (&rules);
  if (passend_opp_student_consents (o->document, &rules, o->today))
    return TRUE;

  for (guint i = 0; i < o->document->guardians->len; i++)
    {
      if (((PassendOppGuardian *) g_ptr_array_index (o->document->guardians, i))->has_gezag)
        return TRUE;
    }

  return FALSE;
}

/* Concept → in overleg → ter instemming → vastgesteld on @on. */
static gboolean
establish (DemoOpp     *o,
           PassendDay   on,
           GError     **error)
{
  PassendDatabase *db = o->b->database;

  return (passend_database_set_opp_state (db, o->id, PASSEND_OPP_STATE_IN_OVERLEG, "", error) &&
          consult (o, passend_day_add_days (on, -14), "Plan doorgenomen; ouders herkennen het beeld.", error) &&
          passend_database_set_opp_state (db, o->id, PASSEND_OPP_STATE_TER_INSTEMMING, "", error) &&
          sign (o, passend_day_add_days (on, -3), TRUE, PASSEND_OPP_OUTCOME_AGREED, error) &&
          passend_database_establish_opp (db, o->id, on, o->b->directeur.name, "directeur", "", error));
}

static gboolean
evaluate (DemoOpp     *o,
          PassendDay   held_on,
          GError     **error)
{
  g_autoptr(PassendOppEvaluation) evaluation = passend_opp_evaluation_new (held_on);

  if (!reload (o, error))
    return FALSE;

  g_free (evaluation->participants);
  evaluation->participants = g_strdup_printf ("leerling, ouders, mentor, %s", o->b->oco.name);
  g_free (evaluation->student_view);
  evaluation->student_view = g_strdup ("Het gaat beter; de afspraken helpen, vooral de vaste contactmomenten.");
  g_free (evaluation->conclusions);
  evaluation->conclusions = g_strdup (DEMO_PICK (o->rand, conclusions));
  for (guint i = 0; i < o->document->goals->len; i++)
    {
      const PassendOppGoal *goal = g_ptr_array_index (o->document->goals, i);

      g_ptr_array_add (evaluation->results,
                       passend_opp_goal_result_new (goal->id, g_rand_int_range (o->rand, 0, 3),
                                                    i == 0 ? "Zichtbare vooruitgang volgens mentor en ouders." : ""));
    }

  return passend_database_add_opp_evaluation (o->b->database, o->id, evaluation, error);
}

static gboolean
play (DemoOpp  *o,
      Scene     scene,
      GError  **error)
{
  PassendDatabase *db = o->b->database;
  /* Vastgesteld this long ago, per scene. */
  static const int established_ago[N_SCENES] = { 0, 0, 0, 20, 150, 400, 430, 300, 0, 380 };
  PassendDay on = days_ago (o, established_ago[scene]);
  PassendDay start = passend_day_add_days (on, -g_rand_int_range (o->rand, 28, 40));
  gint64 first_id;

  if (scene <= SCENE_TER_INSTEMMING || scene == SCENE_GEEN_OVEREENSTEMMING)
    start = days_ago (o, scene == SCENE_CONCEPT ? 50 : g_rand_int_range (o->rand, 14, 30));

  if (!passend_database_set_opp_trigger (db, o->id, PASSEND_OPP_TRIGGER_EXTRA_SUPPORT, start, error))
    return FALSE;

  if (scene == SCENE_CONCEPT)
    {
      g_autoptr(PassendOppFactor) factor = passend_opp_factor_new (themes[0].domain, PASSEND_OPP_POLARITY_BELEMMEREND,
                                                                   themes[0].hindering);

      return passend_database_add_opp_factor (db, o->id, factor, error);
    }

  if (!write_content (o, passend_day_add_days (start, 7), error))
    return FALSE;

  switch (scene)
    {
    case SCENE_IN_OVERLEG:
      return (passend_database_set_opp_state (db, o->id, PASSEND_OPP_STATE_IN_OVERLEG, "", error) &&
              consult (o, days_ago (o, 5), "Eerste gesprek; ouders denken na over de afwijkingen.", error));
    case SCENE_TER_INSTEMMING:
      return (passend_database_set_opp_state (db, o->id, PASSEND_OPP_STATE_IN_OVERLEG, "", error) &&
              consult (o, days_ago (o, 8), "Plan besproken; ouders akkoord op hoofdlijnen.", error) &&
              passend_database_set_opp_state (db, o->id, PASSEND_OPP_STATE_TER_INSTEMMING, "", error) &&
              sign (o, days_ago (o, 2), FALSE, PASSEND_OPP_OUTCOME_AGREED, error));
    case SCENE_GEEN_OVEREENSTEMMING:
      return (passend_database_set_opp_state (db, o->id, PASSEND_OPP_STATE_IN_OVERLEG, "", error) &&
              consult (o, days_ago (o, 10), "Ouders willen meer tijd en een second opinion.", error) &&
              passend_database_set_opp_state (db, o->id, PASSEND_OPP_STATE_TER_INSTEMMING, "", error) &&
              sign (o, days_ago (o, 3), TRUE, PASSEND_OPP_OUTCOME_NOT_AGREED, error));
    case SCENE_VASTGESTELD:
      return establish (o, on, error);
    case SCENE_IN_UITVOERING:
    case SCENE_EVALUATION_OVERDUE:
      return (establish (o, on, error) &&
              passend_database_set_opp_state (db, o->id, PASSEND_OPP_STATE_IN_UITVOERING, "", error));
    case SCENE_GEEVALUEERD:
      return (establish (o, on, error) &&
              passend_database_set_opp_state (db, o->id, PASSEND_OPP_STATE_IN_UITVOERING, "", error) &&
              evaluate (o, passend_day_add_months (on, 6), error) &&
              evaluate (o, days_ago (o, 40), error));
    case SCENE_BEEINDIGD:
      return (establish (o, on, error) &&
              passend_database_set_opp_state (db, o->id, PASSEND_OPP_STATE_IN_UITVOERING, "", error) &&
              evaluate (o, days_ago (o, 60), error) &&
              passend_database_end_opp (db, o->id, days_ago (o, 30), PASSEND_OPP_END_SUPPORT_ENDED,
                                        "Doelen behaald; terug naar basisondersteuning.", error));
    case SCENE_BIJGESTELD:
      first_id = o->id;
      if (!establish (o, on, error) ||
          !passend_database_set_opp_state (db, o->id, PASSEND_OPP_STATE_IN_UITVOERING, "", error) ||
          !evaluate (o, days_ago (o, 70), error) ||
          !passend_database_new_opp_version (db, first_id, &o->id, error))
        return FALSE;
      return (passend_database_set_opp_text (db, o->id, PASSEND_OPP_SECTION_AFWIJKINGEN,
                                             "Vrijstelling voor Frans; in die uren extra Nederlands.", error) &&
              establish (o, days_ago (o, 25), error) &&
              passend_database_set_opp_state (db, o->id, PASSEND_OPP_STATE_IN_UITVOERING, "", error));
    case SCENE_CONCEPT:
    case N_SCENES:
    default:
      g_assert_not_reached ();
    }
}

gboolean
demo_add_opps (DemoBuilder  *b,
               GError      **error)
{
  g_autoptr(GListModel) caseload = NULL;
  /* Its own generator: the rest of the school stays as the seed made it. */
  g_autoptr(GRand) rand = g_rand_new_with_seed (b->options.seed ^ 0x0990);
  guint n, made = 0;
  gboolean ok = TRUE;

  caseload = passend_database_list_caseload (b->database, error);
  if (caseload == NULL)
    return FALSE;

  _passend_database_set_opp_recorded (b->database, FALSE);
  n = g_list_model_get_n_items (caseload);
  for (guint i = 0; ok && i < n && made < MAX_OPPS; i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (caseload, i);
      DemoOpp o = { .b = b, .rand = rand, .today = b->options.today, .student = student };

      if (passend_student_get_niveau (student) < PASSEND_NIVEAU_3 || !passend_student_get_case_open (student))
        continue;

      ok = (passend_database_create_opp (b->database, passend_student_get_id (student), &o.id, error) &&
            reload (&o, error));
      /* Instemming needs someone to ask. */
      if (ok && !can_consent (&o))
        ok = passend_database_delete_opp_version (b->database, o.id, error);
      else if (ok)
        ok = play (&o, made++ % N_SCENES, error);
      g_clear_pointer (&o.document, passend_opp_document_unref);
    }
  _passend_database_set_opp_recorded (b->database, TRUE);

  return ok;
}
