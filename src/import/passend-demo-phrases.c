/* passend-demo-phrases.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "passend-demo-private.h"

/* The record is Dutch, so the demo's record text is Dutch. Templates name
 * their variable parts in braces ({n} is the student's roepnaam, {hij} the
 * pronoun, {vak} a subject …); a leading '~' marks a sentence that is an
 * opinion or impression rather than a fact, and makes the entry an opinion
 * (the meldcode asks to keep the two apart). */

static const char * const weekdays[] = {
  "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
};

static const char * const complaints[] = {
  "hoofdpijn", "buikpijn", "griep", "vermoeidheid", "migraine", "keelontsteking",
};

static const char * const ailments[] = {
  "migraine", "astma", "diabetes type 1", "epilepsie", "een chronische darmziekte",
};

void
demo_text_reset (DemoText *t)
{
  GString *title = t->title;
  GString *body = t->body;

  memset (t, 0, sizeof *t);
  t->title = title;
  t->body = body;
  g_string_truncate (t->title, 0);
  g_string_truncate (t->body, 0);
  t->is_fact = TRUE;
  t->confidentiality = PASSEND_CONFIDENTIALITY_NORMAL;
}

static const char *
staff_name (const DemoStaff *staff)
{
  return staff->name != NULL ? staff->name : "";
}

static void
append_grade (GRand   *rand,
              GString *out,
              int      low,
              int      high)
{
  int tenths = g_rand_int_range (rand, low, high + 1);

  g_string_append_printf (out, "%d,%d", tenths / 10, tenths % 10);
}

static void
append_value (DemoCase   *c,
              DemoText   *t,
              GString    *out,
              const char *key,
              gsize       len)
{
  DemoBuilder *b = c->b;
  gboolean female = c->student->female;
  char name[16];

  if (len >= sizeof name)
    len = sizeof name - 1;
  memcpy (name, key, len);
  name[len] = '\0';

  if (g_str_equal (name, "n"))
    g_string_append (out, c->student->roepnaam);
  else if (g_str_equal (name, "hij"))
    g_string_append (out, female ? "zij" : "hij");
  else if (g_str_equal (name, "Hij"))
    g_string_append (out, female ? "Zij" : "Hij");
  else if (g_str_equal (name, "zijn"))
    g_string_append (out, female ? "haar" : "zijn");
  else if (g_str_equal (name, "Zijn"))
    g_string_append (out, female ? "Haar" : "Zijn");
  else if (g_str_equal (name, "hem"))
    g_string_append (out, female ? "haar" : "hem");
  else if (g_str_equal (name, "vak"))
    {
      if (t->subject == NULL)
        t->subject = demo_pick_subject (b->rand);
      g_string_append (out, t->subject);
    }
  else if (g_str_equal (name, "ouder") || g_str_equal (name, "Ouder"))
    {
      if (t->parent == NULL)
        t->parent = demo_chance (b->rand, 0.62) ? "moeder" : "vader";
      g_string_append_unichar (out, name[0] == 'O' ? g_ascii_toupper (t->parent[0]) : t->parent[0]);
      g_string_append (out, t->parent + 1);
    }
  else if (g_str_equal (name, "uren"))
    {
      if (t->hours == 0)
        t->hours = g_rand_int_range (b->rand, 5, 16);
      g_string_append_printf (out, "%d", t->hours);
    }
  else if (g_str_equal (name, "weken"))
    {
      if (t->weeks == 0)
        t->weeks = g_rand_int_range (b->rand, 2, 5);
      g_string_append_printf (out, "%d", t->weeks);
    }
  else if (g_str_equal (name, "aantal"))
    {
      if (t->count == 0)
        t->count = g_rand_int_range (b->rand, 2, 6);
      g_string_append_printf (out, "%d", t->count);
    }
  else if (g_str_equal (name, "laag"))
    append_grade (b->rand, out, 28, 54);
  else if (g_str_equal (name, "hoog"))
    append_grade (b->rand, out, 58, 78);
  else if (g_str_equal (name, "dag"))
    g_string_append (out, DEMO_PICK (b->rand, weekdays));
  else if (g_str_equal (name, "uur"))
    g_string_append_printf (out, "%de", g_rand_int_range (b->rand, 1, 8));
  else if (g_str_equal (name, "klacht"))
    g_string_append (out, DEMO_PICK (b->rand, complaints));
  else if (g_str_equal (name, "kwaal"))
    g_string_append (out, DEMO_PICK (b->rand, ailments));
  else if (g_str_equal (name, "klas"))
    g_string_append (out, c->klass->name);
  else if (g_str_equal (name, "interv"))
    g_string_append (out, t->intervention != NULL ? t->intervention->name : "begeleiding");
  else if (g_str_equal (name, "sessies"))
    g_string_append_printf (out, "%d", t->intervention != NULL ? t->intervention->sessions : 6);
  else if (g_str_equal (name, "mentor"))
    g_string_append (out, staff_name (c->mentor));
  else if (g_str_equal (name, "leco"))
    g_string_append (out, staff_name (c->leco));
  else if (g_str_equal (name, "tl"))
    g_string_append (out, staff_name (c->teamleider));
  else if (g_str_equal (name, "oco"))
    g_string_append (out, staff_name (&b->oco));
  else if (g_str_equal (name, "rt"))
    g_string_append (out, staff_name (&b->rt));
  else if (g_str_equal (name, "ortho"))
    g_string_append (out, staff_name (&b->ortho));
  else if (g_str_equal (name, "decaan"))
    g_string_append (out, staff_name (&b->decaan));
  else if (g_str_equal (name, "verzuim"))
    g_string_append (out, staff_name (&b->verzuim));
  else if (g_str_equal (name, "aandacht"))
    g_string_append (out, staff_name (&b->aandacht));
  else if (g_str_equal (name, "begeleider"))
    g_string_append (out, staff_name (&b->begeleider));
  else if (g_str_equal (name, "lpa"))
    g_string_append (out, staff_name (&b->leerplicht));
  else if (g_str_equal (name, "jeugdarts"))
    g_string_append (out, staff_name (&b->jeugdarts));
  else if (g_str_equal (name, "jvk"))
    g_string_append (out, staff_name (&b->jeugdverpleegkundige));
  else if (g_str_equal (name, "st"))
    g_string_append (out, staff_name (&b->sociaal_team));
  else if (g_str_equal (name, "consulent"))
    g_string_append (out, staff_name (&b->consulent));
  else if (g_str_equal (name, "jos"))
    g_string_append (out, staff_name (&b->jos));
  else if (g_str_equal (name, "bpo"))
    g_string_append (out, staff_name (&b->bpo));
  else if (g_str_equal (name, "ggz"))
    g_string_append (out, staff_name (&b->ggz));
  else if (g_str_equal (name, "vso"))
    g_string_append (out, staff_name (&b->vso));
  else
    g_critical ("Demo template names an unknown part “%s”", name);
}

void
demo_text_append (DemoCase   *c,
                  DemoText   *t,
                  GString    *out,
                  const char *tmpl)
{
  const char *p = tmpl;

  if (*p == '~')
    {
      t->is_fact = FALSE;
      p++;
    }
  /* Sentences in a body are separated by one space. */
  if (out->len > 0 && out == t->body)
    g_string_append_c (out, ' ');

  while (*p != '\0')
    {
      const char *open = strchr (p, '{');
      const char *close;

      if (open == NULL)
        {
          g_string_append (out, p);
          break;
        }
      g_string_append_len (out, p, open - p);
      close = strchr (open, '}');
      if (close == NULL)
        {
          g_string_append (out, open);
          break;
        }
      append_value (c, t, out, open + 1, close - open - 1);
      p = close + 1;
    }
}

void
demo_text_append_one (DemoCase           *c,
                      DemoText           *t,
                      GString            *out,
                      const char * const *templates)
{
  guint n = 0;

  while (templates[n] != NULL)
    n++;
  g_return_if_fail (n > 0);
  demo_text_append (c, t, out, templates[g_rand_int_range (c->b->rand, 0, n)]);
}

void
demo_text_append_some (DemoCase           *c,
                       DemoText           *t,
                       GString            *out,
                       const char * const *templates,
                       guint               n_wanted)
{
  guint order[64];
  guint n = 0;

  while (templates[n] != NULL && n < G_N_ELEMENTS (order))
    {
      order[n] = n;
      n++;
    }
  /* A partial shuffle: distinct sentences, in a random order. */
  for (guint i = 0; i < n_wanted && i < n; i++)
    {
      guint j = g_rand_int_range (c->b->rand, i, n);
      guint swap = order[i];

      order[i] = order[j];
      order[j] = swap;
      demo_text_append (c, t, out, templates[order[i]]);
    }
}

/* Support needs, weighted by how often a coordinator meets them. */
static const struct
{
  const char *need;
  guint       weight;
} needs[] = {
  { "dyslexie", 18 }, { "dyscalculie", 6 }, { "faalangst", 12 },
  { "concentratie", 12 }, { "sociaal-emotioneel", 14 }, { "thuissituatie", 10 },
  { "verzuim", 10 }, { "ASS", 7 }, { "ADHD", 8 }, { "hoogbegaafdheid", 3 },
  { "NT2", 5 }, { "medisch", 5 },
};

const char *
demo_pick_need (GRand *rand)
{
  guint total = 0;
  guint r;

  for (guint i = 0; i < G_N_ELEMENTS (needs); i++)
    total += needs[i].weight;
  r = g_rand_int_range (rand, 0, total);
  for (guint i = 0; i < G_N_ELEMENTS (needs); i++)
    {
      if (r < needs[i].weight)
        return needs[i].need;
      r -= needs[i].weight;
    }
  return needs[0].need;
}

static const char * const reason_first_1[] = {
  "Signalen van mentor en vakdocenten over werkhouding en resultaten; de mentor houdt zicht op welbevinden.",
  "Na de rapportvergadering: zorgen over de cijfers bij meerdere vakken.",
  "Signalen uit de absentieregistratie; de mentor volgt het verzuim.",
  "Overdracht van de basisschool: aandachtspunten meegenomen in het mentoraat.",
  NULL,
};

static const char * const reason_2[] = {
  "Besproken in de leerlingbespreking; ondersteuning na consultatie van de LeCo.",
  "Onvoldoende effect van de aanpak in de klas; consultatie LeCo.",
  "Ouders en mentor zien de zorgen toenemen; collegiale consultatie gestart.",
  NULL,
};

static const char * const reason_3a[] = {
  "Aangemeld bij het OT: de basisondersteuning in de klas is onvoldoende effectief.",
  "OT-bespreking aangevraagd door de mentor, met toestemming van ouders.",
  "Na consultatie: inzet van interventies binnen de basisondersteuning via het OT.",
  NULL,
};

static const char * const reason_3b[] = {
  "Flex-ZAT: extra ondersteuning nodig, een OPP wordt opgesteld.",
  "Arrangement extra ondersteuning aangevraagd bij het samenwerkingsverband.",
  "Onvoldoende ontwikkeling ondanks de interventies; doorgezet naar het Flex-ZAT.",
  NULL,
};

static const char * const reason_4[] = {
  "Flex-ZAT: de school kan niet voldoen aan de onderwijsbehoeften; TLV-aanvraag VSO wordt voorbereid.",
  "Directie heeft ingestemd met het aanvragen van een TLV; dossier wordt samengesteld.",
  "OPP geëvalueerd: doelen niet haalbaar in het regulier onderwijs; route naar het VSO gestart.",
  NULL,
};

static const char *
pick_listed (GRand              *rand,
             const char * const *list)
{
  guint n = 0;

  while (list[n] != NULL)
    n++;
  return list[g_rand_int_range (rand, 0, n)];
}

const char *
demo_status_reason (GRand         *rand,
                    PassendNiveau  niveau,
                    PassendPhase   phase,
                    gboolean       first)
{
  switch (phase)
    {
    case PASSEND_PHASE_0_OVERDRACHT:
    case PASSEND_PHASE_1_SIGNALEREN:
      return pick_listed (rand, reason_first_1);
    case PASSEND_PHASE_2_CONSULTATIE:
      return pick_listed (rand, first ? reason_first_1 : reason_2);
    case PASSEND_PHASE_3A_ONDERSTEUNINGSTEAM:
      return pick_listed (rand, reason_3a);
    case PASSEND_PHASE_3B_FLEX_ZAT:
      if (niveau == PASSEND_NIVEAU_4 && !first)
        return "Extra ondersteuning uitgebreid; de regie ligt bij de coördinator.";
      return pick_listed (rand, reason_3b);
    case PASSEND_PHASE_4_TLV:
      return pick_listed (rand, reason_4);
    default:
      return pick_listed (rand, reason_2);
    }
}

/* Interventions of the seed school's basis- and extra ondersteuning, with
 * the durations its protocol names (JOS at most 5 months, PMT 9 sessions,
 * steunlessen 6 weeks). */
static const DemoIntervention interventions[] = {
  { "RT dyslexie", "dyslexie", 10, 10, "wekelijks 30 minuten bij de RT'er",
    "leesstrategieën en het gebruik van voorleessoftware" },
  { "RT dyscalculie", "dyscalculie", 10, 10, "wekelijks 30 minuten bij de RT'er",
    "automatiseren van breuken, procenten en verhoudingen" },
  { "faalangstreductietraining", "faalangst", 8, 8, "in een groep van zes leerlingen",
    "ontspanning en helpende gedachten bij toetsen" },
  { "examenvreestraining", "faalangst", 5, 5, "vijf bijeenkomsten voor de examenperiode",
    "omgaan met spanning rond het centraal examen" },
  { "SoVa-training", "sociaal-emotioneel", 8, 8, "wekelijks in een groep van acht",
    "opkomen voor jezelf en contact maken met klasgenoten" },
  { "STUVA", "concentratie", 6, 6, "wekelijks in het 8e uur",
    "plannen, de agenda bijhouden en leren leren" },
  { "huiswerkbegeleiding", "ADHD", 8, 16, "twee middagen per week in het open leercentrum",
    "huiswerk op school afmaken en overzicht houden" },
  { "steunlessen wiskunde", NULL, 6, 6, "een uur per week, zes weken",
    "de achterstand bij wiskunde inhalen" },
  { "steunlessen Engels", NULL, 6, 6, "een uur per week, zes weken",
    "woordenschat en grammatica bijwerken" },
  { "JOS-begeleiding", "thuissituatie", 20, 16, "wekelijks een gesprek met de JOS-medewerker (maximaal 5 maanden)",
    "grip op de thuissituatie en een stabiele schoolgang" },
  { "PMT (9 sessies)", "ASS", 9, 9, "psychomotorische therapie, wekelijks",
    "spanning in het lijf herkennen en reguleren" },
  { "PMT (9 sessies)", "sociaal-emotioneel", 9, 9, "psychomotorische therapie, wekelijks",
    "weerbaarheid en zelfvertrouwen" },
  { "begeleiding door de BPO'er", "ASS", 16, 16, "wekelijks een begeleidingsgesprek",
    "voorspelbaarheid in de schooldag en omgaan met veranderingen" },
  { "plusprogramma", "hoogbegaafdheid", 12, 12, "een uur per week met verrijkingsopdrachten",
    "uitdaging en leren doorzetten als iets moeilijk wordt" },
  { "NT2-ondersteuning", "NT2", 12, 24, "twee uur per week taalondersteuning",
    "vaktaal en begrijpend lezen" },
  { "opbouwschema na ziekte", "medisch", 6, 6, "rooster in zes weken opbouwen naar volledig",
    "weer volledig de lessen volgen" },
  { "opbouwschema na ziekte", "verzuim", 6, 6, "rooster in zes weken opbouwen naar volledig",
    "weer volledig de lessen volgen" },
};

const DemoIntervention *
demo_pick_intervention (DemoCase *c)
{
  GRand *rand = c->b->rand;

  /* Usually what answers one of the student's needs. */
  if (c->n_needs > 0 && demo_chance (rand, 0.8))
    {
      const char *need = c->needs[g_rand_int_range (rand, 0, c->n_needs)];
      const DemoIntervention *matches[G_N_ELEMENTS (interventions)];
      guint n = 0;

      /* Examenvreestraining is for the examenklas only. */
      gboolean exam_year = c->klass->year == c->klass->track->n_years;

      for (guint i = 0; i < G_N_ELEMENTS (interventions); i++)
        if (g_strcmp0 (interventions[i].need, need) == 0 &&
            (exam_year || !g_str_has_prefix (interventions[i].name, "examen")))
          matches[n++] = &interventions[i];
      if (n > 0)
        return matches[g_rand_int_range (rand, 0, n)];
    }

  {
    const DemoIntervention *generic[G_N_ELEMENTS (interventions)];
    guint n = 0;

    for (guint i = 0; i < G_N_ELEMENTS (interventions); i++)
      if (interventions[i].need == NULL || g_str_equal (interventions[i].need, "concentratie"))
        generic[n++] = &interventions[i];
    return generic[g_rand_int_range (rand, 0, n)];
  }
}

static const char * const start_agreements[] = {
  "De mentor informeert de vakdocenten.",
  "Evaluatie met {n} en {ouder} na de laatste bijeenkomst.",
  "Vastgelegd in het handelingsplan in het LVS.",
  "{n} is zelf gemotiveerd om mee te doen.",
  "~{n} leek er wat tegenop te zien, maar wil het proberen.",
  NULL,
};

static const char * const end_results[] = {
  "{n} was bij alle bijeenkomsten aanwezig.",
  "{n} heeft twee bijeenkomsten gemist wegens ziekte.",
  "Het gemiddelde voor {vak} steeg van een {laag} naar een {hoog}.",
  "~{n} geeft zelf aan er veel aan te hebben gehad.",
  "~Docenten merken dat {n} rustiger aan het werk gaat.",
  "~Het effect is beperkt; {n} past de geleerde strategieën nog weinig toe.",
  "~{Hij} lijkt meer zelfvertrouwen te hebben in de les.",
  NULL,
};

static const char * const end_followups[] = {
  "Geen vervolg nodig; de mentor blijft het volgen.",
  "Vervolg: terugvalmoment over zes weken met de mentor.",
  "Vervolg: bespreken in het OT of een vervolgtraject nodig is.",
  "Afgesproken om de aanpak in de klas voort te zetten.",
  "Ouders zijn telefonisch op de hoogte gebracht van de evaluatie.",
  NULL,
};

void
demo_write_intervention (DemoCase               *c,
                         const DemoIntervention *intervention,
                         gboolean                start,
                         DemoText               *t)
{
  DemoBuilder *b = c->b;

  t->intervention = intervention;
  t->kind = start ? PASSEND_ENTRY_KIND_INTERVENTION_START : PASSEND_ENTRY_KIND_INTERVENTION_END;
  t->confidentiality = demo_chance (b->rand, 0.3) ? PASSEND_CONFIDENTIALITY_CARE
                                                  : PASSEND_CONFIDENTIALITY_NORMAL;
  if (g_str_has_prefix (intervention->name, "RT "))
    t->author = b->rt.name;
  else if (g_str_has_prefix (intervention->name, "steunlessen") ||
           g_str_has_prefix (intervention->name, "NT2"))
    t->author = c->mentor->name;
  else if (intervention->weeks > 8 || g_str_has_prefix (intervention->name, "opbouw"))
    t->author = c->regie->name;
  else
    t->author = b->begeleider.name;

  if (start)
    {
      g_string_append_printf (t->title, "Start %s", intervention->name);
      demo_text_append (c, t, t->body, "{n} start met {interv}: {sessies} bijeenkomsten,");
      g_string_append_printf (t->body, " %s. Doel: %s.", intervention->frequency, intervention->goal);
      demo_text_append_one (c, t, t->body, start_agreements);
    }
  else
    {
      g_string_append_printf (t->title, "%c%s afgerond",
                              g_ascii_toupper (intervention->name[0]), intervention->name + 1);
      demo_text_append_some (c, t, t->body, end_results, 2);
      demo_text_append_one (c, t, t->body, end_followups);
    }
}

/* The five steps of the meldcode, kept apart from the rest of the record.
 * Written by the aandachtsfunctionaris, factual wherever possible. */
void
demo_write_meldcode (DemoCase *c,
                     guint     step,
                     DemoText *t)
{
  static const char * const signals[] = {
    "Feiten: {n} vertelde de mentor op {dag} dat het thuis 's avonds vaak uit de hand loopt en dat {hij} niet naar huis wil. De mentor heeft de woorden van {n} letterlijk genoteerd en direct gemeld.",
    "Feiten: {n} had op {dag} een blauwe plek op de bovenarm en gaf twee verschillende verklaringen. Gemeld door de docent LO. Kindcheck gedaan: er zijn geen jongere kinderen in het gezin bekend.",
    "Feiten: {n} is de laatste weken meerdere keren zonder eten en in dezelfde kleding op school gekomen en zegt dat er thuis niemand is. Signalen van twee docenten gebundeld.",
    NULL,
  };
  static const char * const consults[] = {
    "Casus anoniem voorgelegd aan Veilig Thuis. Advies: een gesprek met {ouder} voeren en de signalen blijven vastleggen.",
    "Collegiale consultatie met {oco}. Besloten eerst het gesprek met {n} en ouders te voeren; anoniem advies Veilig Thuis ingewonnen.",
    NULL,
  };
  static const char * const talks[] = {
    "Gesprek met {ouder} over de zorgen van school. {Ouder} erkent dat het thuis zwaar is sinds het verlies van werk.",
    "Gesprek met {n} en {ouder}. {Ouder} ontkent de signalen maar staat open voor contact met het sociaal team.",
    NULL,
  };
  static const char * const decisions[] = {
    "Afwegingsvragen 1 tot en met 5 doorlopen. Besluit: hulp organiseren via het sociaal team, casemanager {st}; termijn acht weken, daarna opnieuw wegen.",
    "Afwegingsvragen doorlopen: er is sprake van structurele onveiligheid. Besluit: melding bij Veilig Thuis gedaan; ouders vooraf geïnformeerd.",
    NULL,
  };

  t->confidentiality = PASSEND_CONFIDENTIALITY_MELDCODE;
  t->author = c->b->aandacht.name;
  switch (step)
    {
    case 0:
      t->kind = PASSEND_ENTRY_KIND_SIGNAL;
      g_string_append (t->title, "Meldcode stap 1: signalen in kaart gebracht");
      demo_text_append_one (c, t, t->body, signals);
      break;
    case 1:
      t->kind = PASSEND_ENTRY_KIND_CONVERSATION_EXTERNAL;
      g_string_append (t->title, "Meldcode stap 2: consultatie en advies Veilig Thuis");
      demo_text_append_one (c, t, t->body, consults);
      break;
    case 2:
      t->kind = PASSEND_ENTRY_KIND_CONVERSATION_PARENTS;
      g_string_append (t->title, "Meldcode stap 3: gesprek met ouders");
      demo_text_append_one (c, t, t->body, talks);
      demo_text_append (c, t, t->body, "~{Ouder} leek geschrokken en reageerde emotioneel.");
      break;
    default:
      t->kind = PASSEND_ENTRY_KIND_DECISION;
      g_string_append (t->title, "Meldcode stap 4 en 5: afweging en besluit");
      demo_text_append_one (c, t, t->body, decisions);
      break;
    }
}
