/* passend-demo-entries.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-demo-private.h"

/* The everyday entries of a student's record: conversations, observations,
 * signals, absence, meetings and decisions. Each is composed from a few
 * template parts, most of them tied to the student's support needs, so
 * that two entries rarely read the same. */

typedef struct
{
  const char         *need;
  const char * const *student;    /* what a conversation with the student is about */
  const char * const *parents;    /* what parents bring up */
  const char * const *observed;   /* what a teacher sees in class */
} NeedPhrases;

#define LIST(...) ((const char * const[]) { __VA_ARGS__, NULL })

static const NeedPhrases need_phrases[] = {
  { "dyslexie",
    LIST ("Besproken hoe het gaat met de dyslexiefaciliteiten: {n} gebruikt de voorleessoftware nog weinig.",
          "{n} vindt het vervelend om bij toetsen in een aparte ruimte te zitten.",
          "De extra tijd bij {vak} helpt, zegt {n}, maar het lezen van lange teksten blijft zwaar."),
    LIST ("{Ouder} vraagt of {n} bij {vak} de toetsen in vergrote letter kan krijgen.",
          "{Ouder} laat weten dat de dyslexieverklaring is verlengd.",
          "Thuis oefent {n} met de leesapp; {ouder} ziet vooruitgang."),
    LIST ("{n} had bij de leestoets van {vak} twintig minuten extra nodig en maakte de toets niet af.",
          "Bij het voorlezen in de klas slaat {n} regels over en raakt de draad kwijt.") },
  { "dyscalculie",
    LIST ("{n} loopt vast bij de rekentoets; de rekenkaart helpt wel.",
          "Samen gekeken naar de fouten in de laatste toets {vak}: vooral breuken en procenten.",
          "{n} wil graag een rekenmachine mogen gebruiken bij economie."),
    LIST ("{Ouder} herkent dat rekenen thuis ook veel strijd geeft.",
          "{Ouder} vraagt naar de mogelijkheden voor een dyscalculieonderzoek."),
    LIST ("Bij een opdracht met tabellen en percentages bij {vak} liep {n} vast en gaf het op.",
          "Bij het omrekenen van eenheden heeft {n} steeds hulp nodig van een buurman.") },
  { "faalangst",
    LIST ("{n} vertelt dat {hij} bij toetsen dichtklapt, vooral bij {vak}.",
          "{n} slaapt slecht voor een toetsweek en heeft dan buikpijn.",
          "{n} durft in de les geen vragen te stellen uit angst om fouten te maken."),
    LIST ("{Ouder} ziet dat {n} thuis urenlang leert maar op school toch onvoldoendes haalt.",
          "{Ouder} maakt zich zorgen over de spanning rond de toetsweek."),
    LIST ("{n} leverde de toets {vak} na tien minuten blanco in.",
          "~{n} lijkt erg gespannen bij mondelinge beurten en kijkt dan naar de grond.") },
  { "concentratie",
    LIST ("Het lukt {n} slecht om in de klas aan het werk te blijven; {hij} zit inmiddels vooraan.",
          "{n} vergeet regelmatig {zijn} boeken en huiswerk; samen een weekplanning gemaakt.",
          "{n} vertelt dat {hij} 's avonds lang gamet en 's ochtends moe is."),
    LIST ("{Ouder} herkent dat {n} thuis moeilijk tot huiswerk komt.",
          "{Ouder} vraagt of {n} in de les een koptelefoon mag gebruiken."),
    LIST ("In een les van 50 minuten begon {n} pas na een kwartier aan de opdracht.",
          "{n} is tijdens {vak} zes keer van {zijn} plek geweest.",
          "~{n} lijkt snel afgeleid door klasgenoten achter {hem}.") },
  { "sociaal-emotioneel",
    LIST ("{n} geeft aan zich in de klas buitengesloten te voelen door een groepje.",
          "{n} vertelt dat {hij} in de pauzes vaak alleen is.",
          "Het gaat beter met {n}: {hij} heeft aansluiting gevonden bij twee klasgenoten."),
    LIST ("{Ouder} vertelt dat {n} thuis veel huilt en niet naar school wil.",
          "{Ouder} maakt zich zorgen over berichten in de klassenapp."),
    LIST ("Bij groepswerk bij {vak} werd {n} door de groep genegeerd.",
          "~{n} maakt een teruggetrokken indruk en zegt weinig in de les.") },
  { "thuissituatie",
    LIST ("{n} vertelt dat het thuis onrustig is sinds de scheiding van de ouders.",
          "{n} zorgt 's middags vaak voor een jonger broertje en komt niet aan huiswerk toe.",
          "{n} woont sinds kort afwisselend bij vader en moeder; de spullen liggen vaak in het andere huis."),
    LIST ("{Ouder} vertelt dat de ouders gaan scheiden en vraagt school alert te zijn.",
          "{Ouder} geeft aan dat er thuis financiële zorgen zijn en dat een laptop er niet in zit."),
    LIST ("{n} kwam deze week twee keer zonder ontbijt en zonder spullen naar school.",
          "~{n} oogt de laatste tijd moe en afwezig.") },
  { "verzuim",
    LIST ("Besproken waarom {n} de laatste weken vaak het eerste uur mist.",
          "{n} geeft aan dat {hij} {vak} ontloopt omdat {hij} de stof niet meer kan volgen.",
          "{n} vertelt 's ochtends moeilijk op gang te komen en vaak buikpijn te hebben."),
    LIST ("{Ouder} wist niet dat {n} lessen had gemist en schrok van het overzicht.",
          "{Ouder} meldt {n} vaak ziek en vraagt wat school kan doen."),
    LIST ("{n} kwam het {uur} uur binnen zonder briefje van de conciërge.",
          "{n} was na de pauze niet meer in de les bij {vak}.") },
  { "ASS",
    LIST ("Veranderingen in het rooster geven {n} veel onrust; afgesproken dat wijzigingen vooraf worden gemeld.",
          "{n} vindt de drukte in de aula moeilijk en eet liever in het stiltelokaal.",
          "Besproken hoe {n} de time-outkaart kan inzetten als het te veel wordt."),
    LIST ("{Ouder} vertelt dat {n} thuis ontploft na een drukke schooldag.",
          "{Ouder} vraagt om een vaste plek in de klas en een vast aanspreekpunt."),
    LIST ("Bij een invaller bij {vak} raakte {n} van slag en verliet het lokaal.",
          "{n} zat met capuchon op en reageerde niet op de opdracht.") },
  { "ADHD",
    LIST ("{n} vertelt dat de medicatie sinds kort is aangepast en dat {hij} 's middags minder geconcentreerd is.",
          "{n} wil afspraken over bewegingsmomenten in de les.",
          "Besproken hoe {n} het planbord in Magister bijhoudt."),
    LIST ("{Ouder} geeft aan dat de medicatie is gewijzigd en vraagt docenten op te letten.",
          "{Ouder} vraagt om een huiswerkoverzicht per week."),
    LIST ("{n} riep tijdens de uitleg bij {vak} vier keer door de klas.",
          "~{n} lijkt de instructie te missen en vraagt daarna steeds wat de bedoeling is.") },
  { "hoogbegaafdheid",
    LIST ("{n} verveelt zich bij {vak} en wil graag verrijkingsstof.",
          "{n} haalt hoge cijfers maar leert niet; {hij} heeft nooit hoeven plannen."),
    LIST ("{Ouder} vraagt of compacten en verrijken mogelijk is bij meerdere vakken.",
          "{Ouder} ziet dat {n} thuis ongemotiveerd raakt."),
    LIST ("{n} had de opdracht bij {vak} in tien minuten af en ging daarna storen.",
          "~{n} lijkt niet uitgedaagd en haakt af bij herhaling.") },
  { "NT2",
    LIST ("De vaktaal bij {vak} blijft lastig voor {n}; {hij} gebruikt de woordenlijst nog niet.",
          "{n} is sinds anderhalf jaar in Nederland en gaat snel vooruit in spreekvaardigheid."),
    LIST ("Gesprek met {ouder} met hulp van een tolk via de telefoon.",
          "{Ouder} vraagt hoe {zijn} kind thuis met Nederlands kan oefenen."),
    LIST ("{n} begreep de opdracht bij {vak} pas na uitleg met plaatjes.",
          "Bij begrijpend lezen scoort {n} ruim onder het klassengemiddelde.") },
  { "medisch",
    LIST ("{n} heeft door een behandeling in het ziekenhuis lessen gemist en wil een inhaalplanning.",
          "{n} vertelt dat {hij} sneller moe is en soms een rustmoment nodig heeft."),
    LIST ("{Ouder} laat weten dat {n} een nieuwe behandeling start en soms lessen mist.",
          "{Ouder} vraagt om afspraken bij gym en excursies."),
    LIST ("{n} ging bij {vak} na het derde uur naar de EHBO-ruimte om te rusten.",
          "{n} deed bij {vak} niet mee met het practicum en zat aan de kant.") },
};

static const char * const generic_student[] = {
  "Cijfers besproken: {vak} staat op een {laag}.",
  "De planning voor de toetsweek samen doorgenomen.",
  "Huiswerk blijft regelmatig liggen; samen een weekplanning gemaakt.",
  "{n} vertelt dat het de laatste weken beter gaat in de klas.",
  "Besproken wat {n} nodig heeft om {vak} weer op te halen.",
  "Het profielkeuzeformulier samen doorgenomen; {n} twijfelt nog.",
  NULL,
};

static const char * const generic_parents[] = {
  "{Ouder} wil graag vaker op de hoogte gehouden worden.",
  "{Ouder} vraagt hoe het met de cijfers staat.",
  "{Ouder} herkent het beeld dat school schetst.",
  "Het verloop van de afgelopen periode besproken.",
  NULL,
};

static const char * const generic_observed[] = {
  "{n} had het huiswerk voor {vak} voor de derde keer niet gemaakt.",
  "{n} werkte de hele les geconcentreerd en hielp een klasgenoot.",
  "{n} kwam zonder boeken en laptop naar de les {vak}.",
  "~{n} maakt een vermoeide indruk.",
  "~{n} lijkt beter in {zijn} vel te zitten dan vorige periode.",
  NULL,
};

/* A title and the opening sentence that goes with it. */
static const char * const student_openings[][2] = {
  { "Mentorgesprek", "Gesprek op verzoek van de mentor." },
  { "Mentorgesprek", "Gesprek na signalen van vakdocenten." },
  { "Coachgesprek", "Geplande check-in (tweewekelijks)." },
  { "Kort gesprek na de les", "{n} bleef na de les {vak} even hangen." },
  { "Gesprek met {n}", "{n} kwam zelf na het {uur} uur langs." },
  { "Voortgangsgesprek", "Gesprek naar aanleiding van de cijferlijst." },
  { "Gesprek over de planning", "De toetsweek komt eraan; samen vooruitgekeken." },
};

static const char * const impressions[] = {
  "~{n} maakte een open indruk.",
  "~{n} leek wat gesloten en gaf korte antwoorden.",
  "~Ik heb de indruk dat {n} meer zelfvertrouwen krijgt.",
  "~{Hij} oogde moe.",
  "~{n} leek opgelucht dat er naar {hem} geluisterd werd.",
  NULL,
};

static const char * const agreements[] = {
  "Afspraak: over twee weken opnieuw evalueren.",
  "Afgesproken dat {n} het planbord in Magister bijhoudt.",
  "De mentor informeert de vakdocenten via het leerlingdossier.",
  "{n} meldt zich bij problemen zelf bij de mentor.",
  "Ouders worden door de mentor op de hoogte gebracht.",
  "Afgesproken dat {n} {vak} inhaalt op het inhaalmoment.",
  NULL,
};

static const NeedPhrases *
phrases_for (DemoCase *c)
{
  const char *need;

  if (c->n_needs == 0)
    return NULL;
  need = c->needs[g_rand_int_range (c->b->rand, 0, c->n_needs)];
  for (guint i = 0; i < G_N_ELEMENTS (need_phrases); i++)
    if (g_str_equal (need_phrases[i].need, need))
      return &need_phrases[i];
  return NULL;
}

static gboolean
sensitive (DemoCase *c)
{
  for (guint i = 0; i < c->n_needs; i++)
    if (g_str_equal (c->needs[i], "thuissituatie") ||
        g_str_equal (c->needs[i], "sociaal-emotioneel"))
      return TRUE;
  return FALSE;
}

static const DemoStaff *
pick_teacher (DemoCase *c,
              DemoText *t)
{
  GArray *teachers = c->b->teachers;
  const DemoStaff *teacher = &g_array_index (teachers, DemoStaff,
                                             g_rand_int_range (c->b->rand, 0, teachers->len));

  t->subject = teacher->subject;
  return teacher;
}

static void
write_student_conversation (DemoCase *c,
                            DemoText *t)
{
  const NeedPhrases *p = phrases_for (c);
  GRand *rand = c->b->rand;

  t->kind = PASSEND_ENTRY_KIND_CONVERSATION_STUDENT;
  t->author = c->niveau >= PASSEND_NIVEAU_3 && demo_chance (rand, 0.4) ? c->leco->name : c->mentor->name;
  t->confidentiality = sensitive (c) ? PASSEND_CONFIDENTIALITY_CARE : PASSEND_CONFIDENTIALITY_NORMAL;
  {
    guint i = g_rand_int_range (rand, 0, G_N_ELEMENTS (student_openings));

    demo_text_append (c, t, t->title, student_openings[i][0]);
    demo_text_append (c, t, t->body, student_openings[i][1]);
  }
  demo_text_append_one (c, t, t->body, p != NULL && demo_chance (rand, 0.75) ? p->student : generic_student);
  if (demo_chance (rand, 0.5))
    demo_text_append_one (c, t, t->body, impressions);
  demo_text_append_one (c, t, t->body, agreements);
}

static void
write_parent_conversation (DemoCase *c,
                           DemoText *t)
{
  static const char * const openings[][2] = {
    { "Gesprek met {ouder}", "{Ouder} was op school op verzoek van de mentor." },
    { "Telefonisch contact met {ouder}", "{Ouder} belde naar aanleiding van het rapport." },
    { "Telefonisch contact met {ouder}", "Teruggebeld na een bericht van {ouder}." },
    { "Oudergesprek (RTO)", "Rapportgesprek met {ouder} en {n}." },
    { "Driehoeksgesprek met {n} en {ouder}", "Op school gesproken met {n} en {ouder} samen." },
    { "Mail van {ouder} beantwoord", "{Ouder} mailde met vragen over de afgelopen periode." },
  };
  static const char * const views[] = {
    "~{Ouder} leek opgelucht dat school het oppakt.",
    "~De sfeer in het gesprek was constructief.",
    "~{Ouder} was kritisch over de communicatie van school.",
    NULL,
  };
  static const char * const closings[] = {
    "Afgesproken: over zes weken evaluatie met ouders.",
    "{Ouder} geeft toestemming om {n} in te brengen in het OT.",
    "De mentor mailt de gemaakte afspraken na.",
    "Volgend contact na de toetsweek.",
    NULL,
  };
  const NeedPhrases *p = phrases_for (c);
  GRand *rand = c->b->rand;

  t->kind = PASSEND_ENTRY_KIND_CONVERSATION_PARENTS;
  t->author = c->niveau >= PASSEND_NIVEAU_3 ? c->regie->name : c->mentor->name;
  t->confidentiality = demo_chance (rand, 0.6) ? PASSEND_CONFIDENTIALITY_CARE : PASSEND_CONFIDENTIALITY_NORMAL;
  {
    guint i = g_rand_int_range (rand, 0, G_N_ELEMENTS (openings));

    demo_text_append (c, t, t->title, openings[i][0]);
    demo_text_append (c, t, t->body, openings[i][1]);
  }
  demo_text_append_one (c, t, t->body, p != NULL && demo_chance (rand, 0.8) ? p->parents : generic_parents);
  if (demo_chance (rand, 0.4))
    demo_text_append_one (c, t, t->body, views);
  demo_text_append_one (c, t, t->body, closings);
}

static void
write_mentor_consultation (DemoCase *c,
                           DemoText *t)
{
  static const char * const titles[] = {
    "Consultatie mentor", "Afstemming met de mentor", "Overleg met mentor en teamleider", NULL,
  };
  static const char * const bodies[] = {
    "De mentor ({mentor}) brengt {n} in na signalen van meerdere docenten.",
    "Besproken welke aanpassingen in de klas haalbaar zijn voor {n}.",
    "Met {mentor} en {tl} de voortgang van {n} doorgenomen.",
    NULL,
  };
  static const char * const advice[] = {
    "Advies aan de mentor: wekelijks een kort gesprek met {n} inplannen.",
    "Advies: de docenten vragen één aanpassing tegelijk te proberen en te noteren wat werkt.",
    "Advies: inbrengen in de leerlingbespreking van {klas}.",
    "Advies: handelingsplan opstellen en evalueren over zes weken.",
    NULL,
  };

  t->kind = PASSEND_ENTRY_KIND_CONVERSATION_MENTOR;
  t->author = c->niveau >= PASSEND_NIVEAU_4 ? c->regie->name : c->leco->name;
  t->confidentiality = demo_chance (c->b->rand, 0.5) ? PASSEND_CONFIDENTIALITY_CARE : PASSEND_CONFIDENTIALITY_NORMAL;
  demo_text_append_one (c, t, t->title, titles);
  demo_text_append_one (c, t, t->body, bodies);
  demo_text_append_one (c, t, t->body, advice);
}

static void
write_observation (DemoCase *c,
                   DemoText *t)
{
  static const char * const titles[] = {
    "Observatie tijdens {vak}", "Lesobservatie {vak} ({klas})", "Waarneming {vak}", NULL,
  };
  const NeedPhrases *p = phrases_for (c);

  t->kind = PASSEND_ENTRY_KIND_OBSERVATION;
  t->author = pick_teacher (c, t)->name;
  demo_text_append_one (c, t, t->title, titles);
  demo_text_append_one (c, t, t->body, p != NULL && demo_chance (c->b->rand, 0.7) ? p->observed : generic_observed);
  demo_text_append_one (c, t, t->body, generic_observed);
}

static void
write_signal (DemoCase *c,
              DemoText *t)
{
  static const char * const titles[] = {
    "Signaal van de docent {vak}", "Zorgsignaal", "Signaal: cijfers dalen", "Signaal uit de klas", NULL,
  };
  static const char * const bodies[] = {
    "{vak}: drie onvoldoendes op rij, gemiddeld een {laag}.",
    "{n} huilde na de les en wilde niet zeggen waarom.",
    "Klasgenoten melden dat {n} online wordt uitgescholden.",
    "{n} heeft de afgelopen weken bij {vak} geen huiswerk ingeleverd.",
    "~{n} is de laatste tijd prikkelbaar en snel boos.",
    "~{n} lijkt niet lekker in {zijn} vel te zitten.",
    NULL,
  };

  t->kind = PASSEND_ENTRY_KIND_SIGNAL;
  t->author = pick_teacher (c, t)->name;
  t->confidentiality = demo_chance (c->b->rand, 0.4) ? PASSEND_CONFIDENTIALITY_CARE : PASSEND_CONFIDENTIALITY_NORMAL;
  demo_text_append_one (c, t, t->title, titles);
  demo_text_append_one (c, t, t->body, bodies);
  demo_text_append (c, t, t->body, "Gemeld bij de mentor.");
}

static void
write_absence (DemoCase *c,
               DemoText *t)
{
  DemoBuilder *b = c->b;
  double r = g_rand_double (b->rand);

  t->kind = PASSEND_ENTRY_KIND_ABSENCE;
  t->author = b->verzuim.name;
  if (r < 0.35)
    {
      demo_text_append (c, t, t->title, "{uren} lesuren ongeoorloofd afwezig in {weken} weken");
      demo_text_append (c, t, t->body, "Volgens de absentieregistratie vooral het eerste uur op {dag}. {n} en {ouder} zijn gebeld; de mentor is op de hoogte.");
    }
  else if (r < 0.45)
    {
      t->hours = g_rand_int_range (b->rand, 16, 24);
      demo_text_append (c, t, t->title, "{uren} lesuren ongeoorloofd afwezig in 4 weken: melding DUO");
      demo_text_append (c, t, t->body, "De grens van 16 lesuren in 4 schoolweken is overschreden. Melding gedaan bij het verzuimloket van DUO; leerplichtambtenaar {lpa} is geïnformeerd.");
    }
  else if (r < 0.65)
    {
      t->confidentiality = PASSEND_CONFIDENTIALITY_CARE;
      g_string_append (t->title, "4e ziekmelding binnen 12 weken — M@ZL");
      demo_text_append (c, t, t->body, "Ziekgemeld door {ouder} ({klacht}). Volgens M@ZL contact opgenomen met {ouder}; gesprek met {n} en {ouder} gepland. Bij aanhoudend verzuim volgt aanmelding bij de jeugdarts.");
    }
  else if (r < 0.8)
    {
      t->count = g_rand_int_range (b->rand, 6, 13);
      demo_text_append (c, t, t->title, "{aantal} keer te laat deze periode");
      demo_text_append (c, t, t->body, "{n} kwam {aantal} keer te laat, meestal het eerste uur. Volgens afspraak melden om 8.00 uur bij de conciërge; bij de volgende keer volgt een gesprek met {tl}.");
    }
  else if (r < 0.92)
    {
      g_string_append (t->title, "Afwezig zonder bericht");
      demo_text_append (c, t, t->body, "{n} was {dag} vanaf het {uur} uur afwezig zonder bericht. {Ouder} wist hiervan niet; afgesproken dat school voortaan direct belt.");
    }
  else
    {
      t->hours = g_rand_int_range (b->rand, 10, 16);
      g_string_append (t->title, "Aangemeld voor het preventief spreekuur leerplicht");
      demo_text_append (c, t, t->body, "Vanwege oplopend ongeoorloofd verzuim ({uren} lesuren) aangemeld voor het preventief spreekuur van {lpa}.");
    }
}

static void
write_meeting (DemoCase *c,
               DemoText *t)
{
  static const char * const conclusions[] = {
    "Conclusie: de aanpak werkt gedeeltelijk en wordt voortgezet.",
    "Conclusie: meer zicht nodig op de thuissituatie; {ouder} wordt uitgenodigd.",
    "Conclusie: inzet van een interventie in de basisondersteuning.",
    "~Het beeld is zorgelijker dan bij de vorige bespreking.",
    NULL,
  };
  GRand *rand = c->b->rand;
  double r = g_rand_double (rand);

  t->kind = PASSEND_ENTRY_KIND_MEETING;
  t->author = c->regie->name;
  t->confidentiality = PASSEND_CONFIDENTIALITY_CARE;
  if (c->phase >= PASSEND_PHASE_3B_FLEX_ZAT && r < 0.35)
    {
      g_string_append (t->title, "Flex-ZAT");
      demo_text_append (c, t, t->body, "Aanwezig: {ouder}, {n}, mentor {mentor}, {st} (sociaal team), {consulent} (SWV)");
      if (demo_chance (rand, 0.5))
        demo_text_append (c, t, t->body, "en {jos} (JOS)");
      demo_text_append (c, t, t->body, ". Voorzitter: {oco}. Onderwijsbehoeften en de ondersteuning tot nu toe besproken.");
      g_string_replace (t->body, " .", ".", 0);
      if (c->phase == PASSEND_PHASE_4_TLV)
        demo_text_append (c, t, t->body, "Afgesproken dat de school een TLV voor het VSO aanvraagt; {vso} van VSO De Steiger sluit aan bij het volgende overleg.");
      else
        demo_text_append (c, t, t->body, "Afgesproken: OPP opstellen binnen zes weken; arrangement via {consulent}.");
    }
  else if (c->phase >= PASSEND_PHASE_3A_ONDERSTEUNINGSTEAM && r < 0.65)
    {
      g_string_append (t->title, "Besproken in het OT");
      demo_text_append (c, t, t->body, "Aanwezig: {leco} (voorzitter), {oco}, {rt}, {jos} (JOS) en {bpo} (BPO).");
      demo_text_append_one (c, t, t->body, conclusions);
      demo_text_append (c, t, t->body, "Actie: de mentor informeert ouders binnen een week.");
    }
  else if (r < 0.8)
    {
      demo_text_append (c, t, t->title, "Leerlingbespreking {klas}");
      demo_text_append (c, t, t->body, "{n} ingebracht door de mentor. Docenten herkennen het beeld.");
      demo_text_append_one (c, t, t->body, agreements);
    }
  else if (r < 0.9)
    {
      g_string_append (t->title, "Verzuimoverleg");
      demo_text_append (c, t, t->body, "Besproken met {verzuim}, {tl}, {jvk} (GGD) en {lpa} (leerplicht). Afgesproken dat de jeugdverpleegkundige contact opneemt met {ouder}.");
    }
  else
    {
      g_string_append (t->title, "IZO (intern zorgoverleg)");
      demo_text_append (c, t, t->body, "Met {leco}, {begeleider} en {ortho} de ondersteuning van {n} afgestemd.");
      demo_text_append_one (c, t, t->body, conclusions);
    }
}

static void
write_decision (DemoCase *c,
                DemoText *t)
{
  static const char * const basic[] = {
    "Besluit: extra tijd bij toetsen (20 minuten)",
    "Besluit: toetsen in een aparte ruimte",
    "Besluit: tijdelijk aangepast rooster",
    "Besluit: time-outkaart voor {n}",
    "Besluit: aanmelden bij het OT",
    "Besluit: vaste plek vooraan in de klas",
    "Besluit: vrijstelling Frans tot het einde van het schooljaar",
    NULL,
  };

  t->kind = PASSEND_ENTRY_KIND_DECISION;
  t->author = demo_chance (c->b->rand, 0.2) ? c->teamleider->name : c->regie->name;
  if (c->phase == PASSEND_PHASE_4_TLV && demo_chance (c->b->rand, 0.4))
    g_string_append (t->title, "Besluit directie: TLV VSO aanvragen");
  else if (c->phase >= PASSEND_PHASE_3B_FLEX_ZAT && demo_chance (c->b->rand, 0.4))
    g_string_append (t->title, "Besluit Flex-ZAT: OPP opstellen en arrangement aanvragen");
  else
    demo_text_append_one (c, t, t->title, basic);
  demo_text_append (c, t, t->body, "Afgestemd met {ouder} en {n}; vastgelegd in het handelingsplan. Evaluatie over {weken} weken.");
}

static void
write_consent (DemoCase *c,
               DemoText *t)
{
  static const char * const titles[] = {
    "Toestemming ouders: aanmelding JOS",
    "Toestemming ouders: informatie delen met de jeugdarts",
    "Toestemming ouders: bespreking in het Flex-ZAT met externe partners",
    "Toestemming ouders: informatie opvragen bij de basisschool",
    "Toestemming ouders: onderzoek door de orthopedagoog",
    NULL,
  };

  t->kind = PASSEND_ENTRY_KIND_CONSENT;
  t->author = c->b->oco.name;
  demo_text_append_one (c, t, t->title, titles);
  demo_text_append (c, t, t->body, "Formulier getekend door {ouder} (met gezag). Geldig tot het einde van het schooljaar.");
}

static void
write_document (DemoCase *c,
                DemoText *t)
{
  double r = g_rand_double (c->b->rand);

  t->kind = PASSEND_ENTRY_KIND_DOCUMENT;
  t->author = c->b->oco.name;
  if (c->phase == PASSEND_PHASE_4_TLV && r < 0.4)
    {
      g_string_append (t->title, "TLV-dossier: deskundigheidsverklaring VSO ontvangen");
      demo_text_append (c, t, t->body, "Verklaring van {vso} (VSO De Steiger) toegevoegd aan het TLV-dossier. Nog nodig: handtekeningen van ouders en {n}.");
    }
  else if (c->phase >= PASSEND_PHASE_3B_FLEX_ZAT && r < 0.5)
    {
      g_string_append (t->title, "OPP-concept gedeeld met ouders");
      demo_text_append (c, t, t->body, "Concept-OPP per mail aan {ouder} gestuurd; bespreking van het handelingsdeel gepland.");
    }
  else if (c->niveau >= PASSEND_NIVEAU_3 && r < 0.7)
    {
      t->confidentiality = PASSEND_CONFIDENTIALITY_CARE;
      g_string_append (t->title, "Verslag orthopedagoog ontvangen");
      demo_text_append (c, t, t->body, "Verslag van het onderzoek door {ortho} toegevoegd. De conclusies zijn met {ouder} besproken.");
    }
  else
    {
      g_string_append (t->title, "Handelingsplan bijgewerkt");
      demo_text_append (c, t, t->body, "Beginsituatie, doelen en evaluatiedatum vastgelegd in het LVS.");
    }
}

static void
write_incident (DemoCase *c,
                DemoText *t)
{
  static const char * const incidents[][2] = {
    { "Verwijderd uit de les {vak}",
      "{n} is na herhaaldelijk storen uit de les gestuurd en heeft zich gemeld bij {tl}. {n} heeft excuses aangeboden aan de docent." },
    { "Conflict in de pauze",
      "Duwincident in de aula met een klasgenoot. Beide leerlingen gehoord door {tl}; ouders ingelicht." },
    { "Pestmelding",
      "{n} meldt dat {hij} in de klassenapp wordt uitgescholden. Screenshots ontvangen; de anti-pestcoördinator is ingeschakeld." },
    { "Time-outkaart gebruikt",
      "{n} gebruikte de time-outkaart bij {vak} en zat een kwartier in het stiltelokaal. Daarna rustig teruggekeerd in de les." },
    { "Telefoon ingenomen",
      "Telefoon van {n} ingenomen na herhaald gebruik in de les {vak}; aan het eind van de dag opgehaald." },
  };
  guint i = g_rand_int_range (c->b->rand, 0, G_N_ELEMENTS (incidents));

  t->kind = PASSEND_ENTRY_KIND_INCIDENT;
  t->author = pick_teacher (c, t)->name;
  if (i == 2)
    t->confidentiality = PASSEND_CONFIDENTIALITY_CARE;
  demo_text_append (c, t, t->title, incidents[i][0]);
  demo_text_append (c, t, t->body, incidents[i][1]);
}

static void
write_external (DemoCase *c,
                DemoText *t)
{
  static const char * const talks[][2] = {
    { "Overleg met de leerplichtambtenaar",
      "Met {lpa} het verzuim van {n} besproken. Afgesproken: een gesprek op school met {n} en {ouder}." },
    { "Overleg met het sociaal team",
      "{st} van het sociaal team is betrokken bij het gezin. Afgestemd wie het contact met {ouder} houdt." },
    { "Terugkoppeling JOS",
      "{jos} meldt dat {n} de afspraken goed nakomt. De begeleiding loopt nog enkele weken door." },
    { "Overleg met de onderwijsconsulent van het SWV",
      "Met {consulent} de mogelijkheden voor een arrangement besproken." },
    { "Terugkoppeling BPO",
      "{bpo} heeft {n} twee keer in de les geobserveerd; advies: vaste structuur aan het begin van de les." },
  };
  guint i = g_rand_int_range (c->b->rand, 0, G_N_ELEMENTS (talks));

  t->kind = PASSEND_ENTRY_KIND_CONVERSATION_EXTERNAL;
  t->author = c->regie->name;
  t->confidentiality = PASSEND_CONFIDENTIALITY_CARE;
  demo_text_append (c, t, t->title, talks[i][0]);
  demo_text_append (c, t, t->body, talks[i][1]);
}

static void
write_medical (DemoCase *c,
               DemoText *t)
{
  double r = g_rand_double (c->b->rand);

  t->confidentiality = PASSEND_CONFIDENTIALITY_MEDICAL;
  t->author = c->b->oco.name;
  if (r < 0.4)
    {
      t->kind = PASSEND_ENTRY_KIND_CONVERSATION_EXTERNAL;
      g_string_append (t->title, "Terugkoppeling jeugdarts (M@ZL)");
      demo_text_append (c, t, t->body, "Jeugdarts {jeugdarts} heeft {n} gezien. Met toestemming van {ouder} gedeeld: er is een medische verklaring voor het verzuim; advies is een opbouwschema van vier weken.");
    }
  else if (r < 0.8)
    {
      t->kind = PASSEND_ENTRY_KIND_CONVERSATION_PARENTS;
      g_string_append (t->title, "Medische informatie van ouders");
      demo_text_append (c, t, t->body, "{Ouder} meldt dat {n} behandeld wordt voor {kwaal}. Afgesproken: bij klachten mag {n} naar de EHBO-ruimte en belt school {ouder}.");
    }
  else
    {
      t->kind = PASSEND_ENTRY_KIND_ABSENCE;
      g_string_append (t->title, "Ziekenhuisopname");
      demo_text_append (c, t, t->body, "{n} is {aantal} dagen opgenomen geweest. Inhaalplanning volgt na terugkomst, in overleg met de mentor.");
    }
}

typedef void (*Writer) (DemoCase *c,
                        DemoText *t);

static gboolean
has_need (DemoCase   *c,
          const char *need)
{
  for (guint i = 0; i < c->n_needs; i++)
    if (g_str_equal (c->needs[i], need))
      return TRUE;
  return FALSE;
}

void
demo_write_entry (DemoCase *c,
                  DemoText *t)
{
  gboolean extra = c->niveau >= PASSEND_NIVEAU_3;
  const struct
  {
    Writer writer;
    guint  weight;
  } writers[] = {
    { write_student_conversation, 16 },
    { write_parent_conversation, 10 },
    { write_mentor_consultation, extra ? 6 : 4 },
    { write_external, extra ? 6 : 2 },
    { write_observation, 14 },
    { write_signal, 9 },
    { write_absence, has_need (c, "verzuim") ? 18 : 4 },
    { write_meeting, extra ? 9 : 4 },
    { write_decision, extra ? 6 : 4 },
    { write_consent, 2 },
    { write_document, extra ? 5 : 2 },
    { write_incident, has_need (c, "ADHD") || has_need (c, "ASS") ? 7 : 3 },
    { write_medical, has_need (c, "medisch") ? 8 : 1 },
  };
  guint total = 0;
  guint r;

  for (guint i = 0; i < G_N_ELEMENTS (writers); i++)
    total += writers[i].weight;
  r = g_rand_int_range (c->b->rand, 0, total);
  for (guint i = 0; i < G_N_ELEMENTS (writers); i++)
    {
      if (r < writers[i].weight)
        {
          writers[i].writer (c, t);
          return;
        }
      r -= writers[i].weight;
    }
}
