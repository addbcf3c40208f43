/* passend-demo-reports.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "passend-demo-reports.h"
#include "passend-pdf-writer.h"

/* Made-up reports that read like the real thing: a psychologist's
 * research report with test scores, an observation report of lessons and
 * a deskundigheidsverklaring for a VSO TLV. One chapter per page (each
 * ends with a page break), so a report has exactly the pages asked for.
 * The phrases are fixed, the choice among them follows the seed. "{naam}"
 * becomes the student's first name. Dutch throughout: these are printed
 * documents. */

typedef struct
{
  const char *title;
  const char *author_role;
  const char *chapters[8];   /* headings of the chapters, in order */
  const char *phrases[10];   /* paragraphs to draw from */
} ReportKind;

static const ReportKind kinds[PASSEND_DEMO_N_REPORTS] = {
  [PASSEND_DEMO_REPORT_PSYCHOLOGIST] = {
    "Onderzoeksverslag psycholoog", "GZ-psycholoog",
    { "Aanleiding en vraagstelling", "Voorgeschiedenis", "Onderzoeksmiddelen",
      "Resultaten intelligentieonderzoek", "Sociaal-emotioneel functioneren",
      "Conclusie", "Advies", NULL },
    { "De school heeft om dit onderzoek gevraagd omdat {naam} ondanks de extra ondersteuning "
      "in het ondersteuningsteam steeds minder tot leren komt en vaker de les verlaat. De vraag "
      "is wat {naam} nodig heeft om tot ontwikkeling te komen en welke onderwijsplek daarbij past.",
      "Uit het gesprek met ouders komt naar voren dat {naam} zich thuis veel zorgen maakt over "
      "school. Het inslapen kost tijd en op maandagochtend heeft {naam} regelmatig buikpijn. "
      "Ouders ervaren de samenwerking met de mentor als prettig.",
      "Afgenomen zijn de WISC-V, de CBCL (ouders), de TRF (mentor) en de YSR. Daarnaast zijn "
      "gesprekken gevoerd met {naam}, met ouders, met de mentor en met de ondersteuningscoördinator.",
      "Het totale IQ ligt in het gemiddelde gebied, met een significant verschil tussen het "
      "verbaal begrip en de verwerkingssnelheid. Onder tijdsdruk loopt de prestatie sterk terug.",
      "Op de vragenlijsten scoren zowel ouders als mentor in het klinische gebied op de schalen "
      "angst en teruggetrokken gedrag. {naam} beschrijft zichzelf als iemand die snel overprikkeld raakt.",
      "{naam} heeft behoefte aan een kleine, voorspelbare leeromgeving met weinig wisselingen van "
      "lokaal en docent, en aan een volwassene die dagelijks kort afstemt wat er gaat gebeuren.",
      "De ondersteuningsbehoeften overstijgen wat binnen de extra ondersteuning van de school "
      "geboden kan worden, ook na aanpassing van het rooster en inzet van een coach.",
      "Geadviseerd wordt een plaatsing in het voortgezet speciaal onderwijs, cluster 4, met een "
      "onderwijsaanbod op het niveau van vmbo-kader en aandacht voor spanningsregulatie.",
      "Het verdient aanbeveling de overstap zorgvuldig voor te bereiden met een warme overdracht "
      "en een kennismaking van {naam} met de nieuwe mentor vóór de eerste schooldag.",
      NULL } },
  [PASSEND_DEMO_REPORT_OBSERVATION] = {
    "Observatieverslag", "orthopedagoog",
    { "Aanleiding", "Observatie les Nederlands", "Observatie les wiskunde",
      "Observatie pauze en wisselmomenten", "Samenvatting", "Aanbevelingen", NULL },
    { "Op verzoek van de ondersteuningscoördinator is {naam} in drie situaties geobserveerd. "
      "Doel was zicht te krijgen op wat {naam} helpt om tot werken te komen.",
      "Bij binnenkomst zoekt {naam} direct de vaste plek bij het raam. Tijdens de klassikale "
      "instructie volgt {naam} de docent, maar bij de zelfstandige verwerking komt {naam} niet op gang.",
      "Na een korte persoonlijke instructie van de docent start {naam} alsnog. Na ongeveer tien "
      "minuten neemt de concentratie af en raakt {naam} afgeleid door geluiden op de gang.",
      "In de pauze zoekt {naam} geen contact met klasgenoten en blijft in de buurt van de "
      "conciërge. Bij het wisselen van lokaal komt {naam} als laatste aan en oogt gespannen.",
      "In een rustige, gestructureerde situatie met duidelijke verwachtingen laat {naam} zien "
      "dat het werk begrepen wordt. Wisselingen en onvoorspelbaarheid kosten veel energie.",
      "Aanbevolen wordt een vaste werkplek, instructie in kleine stappen en een vooraf "
      "besproken plan voor momenten waarop het te veel wordt.",
      "De observaties bevestigen het beeld uit de gesprekken met mentor en ouders.",
      NULL } },
  [PASSEND_DEMO_REPORT_VSO_EXPERTISE] = {
    "Deskundigheidsverklaring VSO", "orthopedagoog",
    { "Gegevens van de deskundige", "Onderwijsbehoeften", "Geboden ondersteuning",
      "Waarom het reguliere voortgezet onderwijs niet passend is", "Advies",
      "Verklaring van onafhankelijkheid", NULL },
    { "Ondergetekende is als orthopedagoog-generalist (NVO) niet eerder bij de begeleiding van "
      "{naam} betrokken geweest en is niet verbonden aan de verwijzende of de ontvangende school.",
      "{naam} heeft onderwijs nodig in een kleine groep met een vaste mentor, een voorspelbaar "
      "dagritme en direct beschikbare begeleiding bij spanning.",
      "De school heeft gedurende twee schooljaren extra ondersteuning geboden: een coach, een "
      "aangepast rooster, een time-outplek en wekelijks overleg met ouders.",
      "Ondanks deze inzet zijn de doelen uit het ontwikkelingsperspectiefplan niet behaald en is "
      "het verzuim toegenomen. Het reguliere voortgezet onderwijs kan de benodigde intensiteit niet bieden.",
      "Geadviseerd wordt {naam} toelaatbaar te verklaren tot het voortgezet speciaal onderwijs "
      "cluster 4, bekostigingscategorie laag, voor de duur van twee schooljaren.",
      "Deze verklaring is zelfstandig en schriftelijk opgesteld, op basis van dossieronderzoek en "
      "een gesprek met {naam} en ouders.",
      NULL } },
};

static const char * const made_up_authors[] = {
  "drs. M. (Marieke) Jansen", "dr. P. (Pieter) van Dam", "drs. S. (Samira) El Idrissi",
  "drs. L. (Lotte) de Boer",
};

void
passend_demo_report_options_init (PassendDemoReportOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (PassendDemoReportOptions) { 0, };
}

const char *
passend_demo_report_get_title (PassendDemoReportKind kind)
{
  g_return_val_if_fail (kind < PASSEND_DEMO_N_REPORTS, NULL);
  return kinds[kind].title;
}

const char *
passend_demo_report_get_file_name (PassendDemoReportKind kind)
{
  static const char * const names[PASSEND_DEMO_N_REPORTS] = {
    "Onderzoeksverslag psycholoog.pdf",
    "Observatieverslag.pdf",
    "Deskundigheidsverklaring VSO.pdf",
  };

  g_return_val_if_fail (kind < PASSEND_DEMO_N_REPORTS, NULL);
  return names[kind];
}

static char *
fill_in (const char *phrase,
         const char *first_name)
{
  g_auto(GStrv) pieces = g_strsplit (phrase, "{naam}", -1);

  return g_strjoinv (first_name, pieces);
}

static guint
count (const char * const *list,
       guint               max)
{
  guint n = 0;

  while (n < max && list[n] != NULL)
    n++;
  return n;
}

static void
add_scores (PassendPdfWriter *writer,
            GRand            *rand)
{
  static const char * const indices[] = {
    "Verbaal begrip", "Visueel-ruimtelijk", "Fluïde redeneren", "Werkgeheugen", "Verwerkingssnelheid",
  };
  static const double widths[] = { 3, 1, 2 };
  const char *header[] = { "Index", "Score", "Classificatie" };

  passend_pdf_writer_begin_table (writer, 3, widths);
  passend_pdf_writer_add_table_header (writer, header);
  for (guint i = 0; i < G_N_ELEMENTS (indices); i++)
    {
      int score = g_rand_int_range (rand, i == 4 ? 72 : 90, i == 4 ? 86 : 112);
      g_autofree char *text = g_strdup_printf ("%d", score);
      const char *row[] = { indices[i], text, score < 80 ? "laag" : score < 90 ? "beneden gemiddeld" : "gemiddeld" };

      passend_pdf_writer_add_table_row (writer, row);
    }
  passend_pdf_writer_end_table (writer);
}

static void
add_header (PassendPdfWriter               *writer,
            const ReportKind               *kind,
            const PassendDemoReportOptions *options,
            const char                     *author)
{
  g_autofree char *birth = passend_day_format_dutch (options->birth_date);
  g_autofree char *day = passend_day_format_dutch (options->day);
  g_autofree char *by = g_strdup_printf ("%s, %s", author, kind->author_role);
  const char *keys[] = { "Leerling", "Geboortedatum", "School", "Opgesteld door", "Datum" };
  const char *values[] = { options->student_name, birth[0] != '\0' ? birth : NULL,
                           options->school_name != NULL ? options->school_name : "Het Passend College",
                           by, day };

  passend_pdf_writer_add_heading (writer, 1, kind->title);
  passend_pdf_writer_add_key_values (writer, keys, values, G_N_ELEMENTS (keys));
  passend_pdf_writer_add_space (writer, 10);
}

GBytes *
passend_demo_report_render (PassendDemoReportKind           kind,
                            const PassendDemoReportOptions *options,
                            GError                        **error)
{
  const ReportKind *report;
  g_autoptr(PassendPdfWriter) writer = NULL;
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GDateTime) created = NULL;
  g_auto(GStrv) names = NULL;
  const char *author;
  guint n_chapters, n_phrases, n_pages;
  int y, m, d;

  g_return_val_if_fail (kind < PASSEND_DEMO_N_REPORTS, NULL);
  g_return_val_if_fail (options != NULL && options->student_name != NULL, NULL);
  g_return_val_if_fail (options->day != PASSEND_DAY_NONE, NULL);

  report = &kinds[kind];
  rand = g_rand_new_with_seed (options->seed * 31u + kind);
  names = g_strsplit (options->student_name, " ", 2);
  author = options->author_name != NULL
           ? options->author_name
           : made_up_authors[g_rand_int_range (rand, 0, G_N_ELEMENTS (made_up_authors))];
  n_chapters = count (report->chapters, G_N_ELEMENTS (report->chapters));
  n_phrases = count (report->phrases, G_N_ELEMENTS (report->phrases));
  n_pages = options->n_pages > 0 ? options->n_pages : 2 + g_rand_int_range (rand, 0, 3);

  writer = passend_pdf_writer_new (report->title, author);
  passend_pdf_writer_set_header_text (writer, options->student_name);
  passend_pdf_writer_set_footer_text (writer, "Vertrouwelijk — alleen voor ouders, school en samenwerkingsverband");
  passend_day_get_ymd (options->day, &y, &m, &d);
  created = g_date_time_new_utc (y, m, d, 10, 0, 0);
  passend_pdf_writer_set_creation_date (writer, created);

  add_header (writer, report, options, author);

  for (guint page = 0; page < n_pages; page++)
    {
      guint chapter = page % n_chapters;
      g_autofree char *heading = page < n_chapters
                                 ? g_strdup (report->chapters[chapter])
                                 : g_strdup_printf ("%s (vervolg)", report->chapters[chapter]);
      /* The first page also holds the header block: fewer paragraphs. */
      guint n_paragraphs = page == 0 ? 2 : 4;
      int skip;

      if (page > 0)
        passend_pdf_writer_add_page_break (writer);
      passend_pdf_writer_add_heading (writer, 2, heading);

      if (kind == PASSEND_DEMO_REPORT_PSYCHOLOGIST && chapter == 3)
        {
          add_scores (writer, rand);
          n_paragraphs = 2;
        }

      /* The chapter's own phrase first, then others, none twice. */
      skip = g_rand_int_range (rand, 0, MAX (1, (int) n_phrases - 4));
      for (guint i = 0; i < n_paragraphs; i++)
        {
          const char *phrase = report->phrases[(chapter + (i > 0 ? skip + i : 0)) % n_phrases];
          g_autofree char *text = fill_in (phrase, names[0]);

          passend_pdf_writer_add_paragraph (writer, text);
        }
    }

  passend_pdf_writer_add_space (writer, 24);
  passend_pdf_writer_add_paragraph (writer, author);

  return passend_pdf_writer_save_to_bytes (writer, NULL, error);
}
