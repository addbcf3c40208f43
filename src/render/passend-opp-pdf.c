/* passend-opp-pdf.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "passend-opp-content.h"
#include "passend-opp-pdf-private.h"

/* Everything this file prints is Dutch and deliberately not translated:
 * the OPP goes to Dutch parents, the student, the SWV and the inspectie
 * whatever language the coordinator's desktop speaks. */

#define LOGO_HEIGHT 46.0
#define TITLE       "Ontwikkelingsperspectiefplan"

static const char * const month_names[] = {
  "januari", "februari", "maart", "april", "mei", "juni",
  "juli", "augustus", "september", "oktober", "november", "december",
};

char *
_passend_opp_pdf_day_long (PassendDay day)
{
  int y, m, d;

  if (day == PASSEND_DAY_NONE)
    return g_strdup ("");

  passend_day_get_ymd (day, &y, &m, &d);
  return g_strdup_printf ("%d %s %d", d, month_names[CLAMP (m, 1, 12) - 1], y);
}

char *
_passend_opp_pdf_day_short (PassendDay day)
{
  int y, m, d;

  if (day == PASSEND_DAY_NONE)
    return g_strdup ("—");

  passend_day_get_ymd (day, &y, &m, &d);
  return g_strdup_printf ("%02d-%02d-%04d", d, m, y);
}

void
passend_opp_pdf_options_init (PassendOppPdfOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->include_medical = FALSE;
  options->for_signing = FALSE;
  options->student_signs = TRUE;
  options->today = PASSEND_DAY_NONE;
}

static const char *
or_dash (const char *text)
{
  return text != NULL && text[0] != '\0' ? text : "—";
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* Numbered chapters, each a level-1 outline entry. */
typedef struct
{
  PassendPdfWriter   *writer;
  PassendOppDocument *document;
  int                 chapter;
} Builder;

static void
chapter (Builder    *b,
         const char *title)
{
  g_autofree char *text = g_strdup_printf ("%d. %s", ++b->chapter, title);

  passend_pdf_writer_add_heading (b->writer, 1, text);
}

static void
note (Builder    *b,
      const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *markup = g_strdup_printf ("<span foreground=\"#5e5c64\"><i>%s</i></span>", escaped);

  passend_pdf_writer_add_markup (b->writer, markup, NULL);
}

/* A text section under its Dutch heading; an empty one says so when it
 * is one the plan needs, and is left out otherwise. */
static void
text_section (Builder           *b,
              PassendOppSection  section,
              gboolean           required)
{
  const char *text = passend_opp_document_get_text (b->document, section);

  if (is_blank (text) && !required)
    return;

  passend_pdf_writer_add_heading (b->writer, 2, passend_opp_section_get_dutch (section));
  if (is_blank (text))
    note (b, "Niet ingevuld.");
  else
    passend_pdf_writer_add_paragraph (b->writer, text);
}

static void
add_title (Builder                    *b,
           GBytes                     *logo,
           gboolean                    established,
           PassendDay                  today)
{
  PassendOppDocument *doc = b->document;
  g_autofree char *name = g_markup_escape_text (doc->student_name, -1);
  g_autofree char *title = NULL;

  if (logo != NULL && !passend_pdf_writer_add_image (b->writer, logo, LOGO_HEIGHT, NULL))
    g_debug ("school logo left out: not a PNG");

  title = g_strdup_printf ("<span size=\"22528\" weight=\"bold\" foreground=\"#1c3d5a\">%s</span>\n"
                           "<span size=\"14336\">%s</span>",
                           TITLE, name);
  passend_pdf_writer_add_markup (b->writer, title, NULL);

  if (!established)
    {
      g_autofree char *day = _passend_opp_pdf_day_long (today);
      g_autofree char *banner = NULL;

      banner = g_strdup_printf ("<span foreground=\"#a51d2d\"><b>CONCEPT</b> — deze versie is nog niet "
                                "vastgesteld en kan nog veranderen. Afgedrukt op %s.</span>", day);
      passend_pdf_writer_add_markup (b->writer, banner, NULL);
    }
  passend_pdf_writer_add_space (b->writer, 6);
}

static void
add_particulars (Builder    *b,
                 const char *hash)
{
  PassendOppDocument *doc = b->document;
  g_autofree char *birth = _passend_opp_pdf_day_long (doc->student_birth_date);
  g_autofree char *version = NULL;
  g_autofree char *state = NULL;
  g_autofree char *trigger = NULL;
  const char *keys[] = {
    "Leerling", "Geboortedatum", "Klas", "Leerlingnummer", "School",
    "Versie", "Status", "Aanleiding", "Kenmerk (SHA-256)",
  };
  const char *values[G_N_ELEMENTS (keys)];

  if (doc->based_on_number > 0)
    version = g_strdup_printf ("%d (bijstelling van versie %d)", doc->number, doc->based_on_number);
  else
    version = g_strdup_printf ("%d", doc->number);

  if (passend_opp_document_is_established (doc))
    {
      g_autofree char *on = _passend_opp_pdf_day_long (doc->established_on);

      if (doc->state == PASSEND_OPP_STATE_VASTGESTELD)
        state = g_strdup_printf ("vastgesteld op %s", on);
      else
        state = g_strdup_printf ("%s (vastgesteld op %s)", passend_opp_state_get_dutch (doc->state), on);
    }
  else if (doc->state == PASSEND_OPP_STATE_CONCEPT)
    state = g_strdup ("concept, nog niet vastgesteld");
  else
    state = g_strdup_printf ("%s, nog niet vastgesteld", passend_opp_state_get_dutch (doc->state));

  if (doc->trigger_kind != PASSEND_OPP_TRIGGER_NONE)
    {
      g_autofree char *on = _passend_opp_pdf_day_long (doc->trigger_on);

      trigger = doc->trigger_on != PASSEND_DAY_NONE
                ? g_strdup_printf ("%s op %s", passend_opp_trigger_get_dutch (doc->trigger_kind), on)
                : g_strdup (passend_opp_trigger_get_dutch (doc->trigger_kind));
    }

  values[0] = or_dash (doc->student_name);
  values[1] = or_dash (birth);
  values[2] = or_dash (doc->student_class);
  values[3] = or_dash (doc->student_lvs_number);
  values[4] = or_dash (doc->school_name);
  values[5] = version;
  values[6] = state;
  values[7] = or_dash (trigger);
  values[8] = hash;
  passend_pdf_writer_add_key_values (b->writer, keys, values, G_N_ELEMENTS (keys));
}

static void
add_gegevens (Builder *b)
{
  static const PassendOppSection sections[] = {
    PASSEND_OPP_SECTION_SCHOOLLOOPBAAN,
    PASSEND_OPP_SECTION_EARLIER_SUPPORT,
    PASSEND_OPP_SECTION_PO_ADVICE,
    PASSEND_OPP_SECTION_INSTROOM,
    PASSEND_OPP_SECTION_WISHES_STUDENT,
    PASSEND_OPP_SECTION_WISHES_PARENTS,
    PASSEND_OPP_SECTION_PEOPLE_INVOLVED,
  };

  chapter (b, "Gegevens en schoolloopbaan");
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    text_section (b, sections[i], sections[i] == PASSEND_OPP_SECTION_SCHOOLLOOPBAAN);
}

static void
add_uitstroom (Builder *b)
{
  PassendOppDocument *doc = b->document;
  const char *keys[2];
  const char *values[2];
  gsize n = 0;

  chapter (b, "Uitstroomperspectief");

  if (doc->uitstroom_profile != PASSEND_OPP_PROFILE_NONE)
    {
      keys[n] = "Uitstroomprofiel";
      values[n++] = passend_opp_profile_get_dutch (doc->uitstroom_profile);
    }
  keys[n] = "Onderwijssoort en niveau";
  values[n++] = or_dash (doc->uitstroom_level);
  passend_pdf_writer_add_key_values (b->writer, keys, values, n);

  text_section (b, PASSEND_OPP_SECTION_UITSTROOM_ONDERBOUWING, TRUE);
}

static char *
join_factors (PassendOppDocument *doc,
              PassendOppDomain    domain,
              PassendOppPolarity  polarity)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < doc->factors->len; i++)
    {
      const PassendOppFactor *factor = g_ptr_array_index (doc->factors, i);

      if (factor->domain != domain || factor->polarity != polarity)
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, "• %s", factor->body);
    }

  return g_string_free (out, FALSE);
}

static int
index_of (GPtrArray *rows,
          gconstpointer row)
{
  guint index;

  return g_ptr_array_find (rows, row, &index) ? (int) index : -1;
}

static void
add_onderbouwing (Builder *b)
{
  PassendOppDocument *doc = b->document;
  static const double factor_widths[] = { 1.3, 2.5, 2.5 };
  static const double need_widths[] = { 0.5, 4.0, 1.6, 1.6 };
  const char *factor_header[] = { "Domein", "Bevorderende factoren", "Belemmerende factoren" };
  const char *need_header[] = { "Nr.", "Behoefte", "Soort", "Domein" };

  chapter (b, "Onderbouwing");

  passend_pdf_writer_add_heading (b->writer, 2, "Bevorderende en belemmerende factoren");
  if (doc->factors->len == 0)
    note (b, "Geen factoren vastgelegd.");
  else
    {
      passend_pdf_writer_begin_table (b->writer, 3, factor_widths);
      passend_pdf_writer_add_table_header (b->writer, factor_header);
      for (int d = 0; d < PASSEND_OPP_N_DOMAINS; d++)
        {
          g_autofree char *plus = join_factors (doc, d, PASSEND_OPP_POLARITY_BEVORDEREND);
          g_autofree char *minus = join_factors (doc, d, PASSEND_OPP_POLARITY_BELEMMEREND);
          const char *row[] = { passend_opp_domain_get_dutch (d), plus, minus };

          if (plus[0] != '\0' || minus[0] != '\0')
            passend_pdf_writer_add_table_row (b->writer, row);
        }
      passend_pdf_writer_end_table (b->writer);
    }

  passend_pdf_writer_add_heading (b->writer, 2, "Onderwijs- en ondersteuningsbehoeften");
  if (doc->needs->len == 0)
    note (b, "Geen behoeften vastgelegd.");
  else
    {
      passend_pdf_writer_begin_table (b->writer, 4, need_widths);
      passend_pdf_writer_add_table_header (b->writer, need_header);
      for (guint i = 0; i < doc->needs->len; i++)
        {
          const PassendOppNeed *need = g_ptr_array_index (doc->needs, i);
          g_autofree char *number = g_strdup_printf ("B%u", i + 1);
          const char *row[] = { number, need->body, passend_opp_need_kind_to_string (need->kind),
                                passend_opp_domain_get_dutch (need->domain) };

          passend_pdf_writer_add_table_row (b->writer, row);
        }
      passend_pdf_writer_end_table (b->writer);
    }
}

static void
add_goals (Builder *b)
{
  PassendOppDocument *doc = b->document;
  static const double widths[] = { 0.55, 3.6, 1.5, 2.6, 1.15 };
  const char *header[] = { "Nr.", "Doel", "Domein", "Criterium", "Streefdatum" };

  passend_pdf_writer_add_heading (b->writer, 2, "Doelen");
  if (doc->goals->len == 0)
    {
      note (b, "Nog geen doelen vastgelegd.");
      return;
    }

  passend_pdf_writer_begin_table (b->writer, 5, widths);
  passend_pdf_writer_add_table_header (b->writer, header);
  for (guint i = 0; i < doc->goals->len; i++)
    {
      const PassendOppGoal *goal = g_ptr_array_index (doc->goals, i);
      PassendOppNeed *need = goal->need_id != 0 ? passend_opp_document_find_need (doc, goal->need_id) : NULL;
      g_autofree char *number = g_strdup_printf ("D%u", i + 1);
      g_autofree char *body = NULL;
      g_autofree char *target = _passend_opp_pdf_day_short (goal->target_on);
      const char *row[5];

      if (need != NULL)
        body = g_strdup_printf ("%s\n(behoefte B%d)", goal->body, index_of (doc->needs, need) + 1);
      else
        body = g_strdup (goal->body);

      row[0] = number;
      row[1] = body;
      row[2] = passend_opp_domain_get_dutch (goal->domain);
      row[3] = or_dash (goal->criterion);
      row[4] = target;
      passend_pdf_writer_add_table_row (b->writer, row);
    }
  passend_pdf_writer_end_table (b->writer);
}

static void
add_support (Builder *b)
{
  PassendOppDocument *doc = b->document;
  static const double widths[] = { 3.0, 1.7, 1.3, 1.9, 1.15 };
  const char *header[] = { "Wat", "Wie", "Hoe vaak", "Van–tot", "Evaluatie" };
  gboolean any_extra = FALSE;

  passend_pdf_writer_add_heading (b->writer, 2, "Te bieden ondersteuning en begeleiding");
  if (doc->supports->len == 0)
    {
      note (b, "Nog geen ondersteuning vastgelegd.");
      return;
    }

  passend_pdf_writer_begin_table (b->writer, 5, widths);
  passend_pdf_writer_add_table_header (b->writer, header);
  for (guint i = 0; i < doc->supports->len; i++)
    {
      const PassendOppSupport *support = g_ptr_array_index (doc->supports, i);
      PassendOppGoal *goal = support->goal_id != 0 ? passend_opp_document_find_goal (doc, support->goal_id) : NULL;
      g_autofree char *what = NULL;
      g_autofree char *from = _passend_opp_pdf_day_short (support->from_on);
      g_autofree char *until = _passend_opp_pdf_day_short (support->until_on);
      g_autofree char *period = NULL;
      g_autofree char *evaluation = _passend_opp_pdf_day_short (support->evaluation_on);
      const char *row[5];

      if (support->from_on == PASSEND_DAY_NONE && support->until_on == PASSEND_DAY_NONE)
        period = g_strdup ("—");
      else
        period = g_strdup_printf ("%s –\n%s", from, until);

      what = g_strdup_printf ("%s%s", support->what, support->is_extra ? " *" : "");
      if (goal != NULL)
        {
          char *with_goal = g_strdup_printf ("%s\n(doel D%d)", what, index_of (doc->goals, goal) + 1);

          g_free (what);
          what = with_goal;
        }
      any_extra |= support->is_extra;

      row[0] = what;
      row[1] = or_dash (support->who);
      row[2] = or_dash (support->frequency);
      row[3] = period;
      row[4] = evaluation;
      passend_pdf_writer_add_table_row (b->writer, row);
    }
  passend_pdf_writer_end_table (b->writer);

  if (any_extra)
    note (b, "* Extra ondersteuning: voor dit deel is instemming van de ouders met gezag "
             "(of de meerderjarige leerling) nodig.");
}

static void
add_handelingsdeel (Builder *b)
{
  PassendOppDocument *doc = b->document;

  chapter (b, "Handelingsdeel");
  add_goals (b);
  add_support (b);
  text_section (b, PASSEND_OPP_SECTION_AFWIJKINGEN, FALSE);

  if (doc->maatwerk)
    {
      g_autofree char *requested = _passend_opp_pdf_day_long (doc->isd_requested_on);
      g_autofree char *decided = _passend_opp_pdf_day_long (doc->isd_decided_on);
      const char *keys[] = { "Maatwerk onderwijstijd", "Instemming inspectie aangevraagd",
                             "Besluit inspectie" };
      const char *values[] = { "ja; instemming van de inspectie via ISD vereist",
                               or_dash (requested), or_dash (decided) };

      passend_pdf_writer_add_heading (b->writer, 2, "Maatwerk onderwijstijd");
      passend_pdf_writer_add_key_values (b->writer, keys, values, G_N_ELEMENTS (keys));
      text_section (b, PASSEND_OPP_SECTION_TOEGROEIPLAN, TRUE);
    }
  else
    text_section (b, PASSEND_OPP_SECTION_TOEGROEIPLAN, FALSE);
}

static void
add_views (Builder *b)
{
  PassendOppDocument *doc = b->document;

  chapter (b, "Mening van de leerling (hoorrecht)");
  if (doc->student_heard_on != PASSEND_DAY_NONE)
    {
      g_autofree char *heard = _passend_opp_pdf_day_long (doc->student_heard_on);
      const char *keys[] = { "Leerling gehoord op" };
      const char *values[] = { heard };

      passend_pdf_writer_add_key_values (b->writer, keys, values, 1);
    }
  /* The chapter's title already names the section. */
  if (is_blank (passend_opp_document_get_text (doc, PASSEND_OPP_SECTION_MENING_LEERLING)))
    note (b, "Niet ingevuld.");
  else
    passend_pdf_writer_add_paragraph (b->writer,
                                      passend_opp_document_get_text (doc, PASSEND_OPP_SECTION_MENING_LEERLING));
  text_section (b, PASSEND_OPP_SECTION_HOORRECHT_MOTIVERING, FALSE);

  chapter (b, "Zienswijze van de ouders");
  if (is_blank (passend_opp_document_get_text (doc, PASSEND_OPP_SECTION_ZIENSWIJZE_OUDERS)))
    note (b, "Niet ingevuld.");
  else
    passend_pdf_writer_add_paragraph (b->writer,
                                      passend_opp_document_get_text (doc, PASSEND_OPP_SECTION_ZIENSWIJZE_OUDERS));
}

static void
add_consultations (Builder *b)
{
  PassendOppDocument *doc = b->document;
  static const double widths[] = { 1.1, 2.2, 4.5 };
  const char *header[] = { "Datum", "Deelnemers", "Samenvatting" };

  chapter (b, "Op overeenstemming gericht overleg (OOGO)");
  if (doc->consultations->len == 0)
    {
      note (b, "Nog geen overleg met de ouders vastgelegd.");
      return;
    }

  passend_pdf_writer_begin_table (b->writer, 3, widths);
  passend_pdf_writer_add_table_header (b->writer, header);
  for (guint i = 0; i < doc->consultations->len; i++)
    {
      const PassendOppConsultation *c = g_ptr_array_index (doc->consultations, i);
      g_autofree char *day = _passend_opp_pdf_day_short (c->held_on);
      const char *row[] = { day, or_dash (c->participants), or_dash (c->summary) };

      passend_pdf_writer_add_table_row (b->writer, row);
    }
  passend_pdf_writer_end_table (b->writer);
}

static void
add_evaluation (Builder                    *b,
                const PassendOppEvaluation *evaluation)
{
  PassendOppDocument *doc = b->document;
  static const double widths[] = { 3.8, 1.3, 3.0 };
  const char *header[] = { "Doel", "Resultaat", "Toelichting" };
  g_autofree char *day = _passend_opp_pdf_day_long (evaluation->held_on);
  g_autofree char *title = g_strdup_printf ("Evaluatie van %s", day);
  const char *keys[] = { "Deelnemers", "Mening van de leerling", "Conclusies" };
  const char *values[] = { or_dash (evaluation->participants), or_dash (evaluation->student_view),
                           or_dash (evaluation->conclusions) };

  passend_pdf_writer_add_heading (b->writer, 2, title);
  passend_pdf_writer_add_key_values (b->writer, keys, values, G_N_ELEMENTS (keys));

  if (evaluation->results == NULL || evaluation->results->len == 0)
    return;

  passend_pdf_writer_begin_table (b->writer, 3, widths);
  passend_pdf_writer_add_table_header (b->writer, header);
  for (guint i = 0; i < evaluation->results->len; i++)
    {
      const PassendOppGoalResult *result = g_ptr_array_index (evaluation->results, i);
      PassendOppGoal *goal = passend_opp_document_find_goal (doc, result->goal_id);
      g_autofree char *goal_text = goal != NULL
                                   ? g_strdup_printf ("D%d  %s", index_of (doc->goals, goal) + 1, goal->body)
                                   : g_strdup ("—");
      const char *row[] = { goal_text, passend_opp_result_get_dutch (result->result), or_dash (result->note) };

      passend_pdf_writer_add_table_row (b->writer, row);
    }
  passend_pdf_writer_end_table (b->writer);
}

static void
add_evaluations (Builder *b)
{
  PassendOppDocument *doc = b->document;

  if (doc->evaluations->len == 0 && !passend_opp_document_is_established (doc))
    return;

  chapter (b, "Evaluaties");
  if (doc->evaluations->len == 0)
    note (b, "Nog niet geëvalueerd.");
  for (guint i = 0; i < doc->evaluations->len; i++)
    add_evaluation (b, g_ptr_array_index (doc->evaluations, i));

  if (doc->ended_on != PASSEND_DAY_NONE && doc->has_end_reason)
    {
      g_autofree char *ended = _passend_opp_pdf_day_long (doc->ended_on);
      const char *keys[] = { "Beëindigd op", "Reden", "Toelichting" };
      const char *values[] = { ended, passend_opp_end_reason_get_dutch (doc->end_reason),
                               or_dash (doc->end_note) };

      passend_pdf_writer_add_heading (b->writer, 2, "Einde van het OPP");
      passend_pdf_writer_add_key_values (b->writer, keys, values, G_N_ELEMENTS (keys));
    }
}

static void
add_medical (Builder                    *b,
             const PassendOppPdfOptions *options)
{
  const char *text = passend_opp_document_get_text (b->document, PASSEND_OPP_SECTION_MEDISCH);

  if (!options->include_medical || is_blank (text))
    return;

  chapter (b, passend_opp_section_get_dutch (PASSEND_OPP_SECTION_MEDISCH));
  note (b, "Vertrouwelijk (medisch): alleen opgenomen op uitdrukkelijk verzoek.");
  passend_pdf_writer_add_paragraph (b->writer, text);
}

static void
set_decoration (PassendPdfWriter   *writer,
                PassendOppDocument *doc,
                const char         *hash,
                PassendDay          today)
{
  g_autofree char *short_hash = passend_opp_short_hash (hash);
  g_autofree char *title = g_strdup_printf ("%s — %s (versie %d)", TITLE, doc->student_name, doc->number);
  g_autofree char *header = g_strdup_printf ("OPP %s · versie %d", doc->student_name, doc->number);
  g_autofree char *footer = NULL;
  g_autofree char *subject = NULL;

  if (passend_opp_document_is_established (doc))
    {
      g_autofree char *on = _passend_opp_pdf_day_long (doc->established_on);
      g_autoptr(GDateTime) created = NULL;
      int y, m, d;

      footer = g_strdup_printf ("Versie %d · vastgesteld op %s · kenmerk %s · vertrouwelijk",
                                doc->number, on, short_hash);
      subject = g_strdup_printf ("OPP versie %d, vastgesteld op %s", doc->number, on);

      /* A frozen version prints the same bytes every time it is exported. */
      passend_day_get_ymd (doc->established_on, &y, &m, &d);
      created = g_date_time_new_utc (y, m, d, 12, 0, 0);
      passend_pdf_writer_set_creation_date (writer, created);
    }
  else
    {
      g_autofree char *on = _passend_opp_pdf_day_long (today);

      g_autofree char *state = doc->state == PASSEND_OPP_STATE_CONCEPT
                               ? g_strdup ("")
                               : g_strdup_printf (" (%s)", passend_opp_state_get_dutch (doc->state));

      footer = g_strdup_printf ("Versie %d · CONCEPT%s, afgedrukt op %s · kenmerk %s · vertrouwelijk",
                                doc->number, state, on, short_hash);
      subject = g_strdup_printf ("OPP versie %d, concept", doc->number);
      passend_pdf_writer_set_watermark (writer, "CONCEPT");
    }

  passend_pdf_writer_set_title (writer, title);
  passend_pdf_writer_set_header_text (writer, header);
  passend_pdf_writer_set_subject (writer, subject);
  passend_pdf_writer_set_footer_text (writer, footer);
}

PassendPdfWriter *
passend_opp_pdf_build (PassendOppDocument         *document,
                       GBytes                     *logo,
                       const PassendOppPdfOptions *options,
                       GError                    **error)
{
  g_autoptr(PassendPdfWriter) writer = NULL;
  g_autofree char *hash = NULL;
  PassendOppPdfOptions defaults;
  PassendOppRules default_rules;
  const PassendOppRules *rules;
  PassendDay today;
  Builder b;

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    {
      passend_opp_pdf_options_init (&defaults);
      options = &defaults;
    }
  rules = options->rules;
  if (rules == NULL)
    {
      passend_opp_rules_init_defaults (&default_rules);
      rules = &default_rules;
    }
  today = options->today != PASSEND_DAY_NONE ? options->today : passend_day_today ();
  hash = passend_opp_document_get_hash (document);

  writer = passend_pdf_writer_new (TITLE, document->school_name);
  set_decoration (writer, document, hash, today);

  b.writer = writer;
  b.document = document;
  b.chapter = 0;

  add_title (&b, logo, passend_opp_document_is_established (document), today);
  add_particulars (&b, hash);
  add_gegevens (&b);
  add_uitstroom (&b);
  add_onderbouwing (&b);
  add_handelingsdeel (&b);
  add_views (&b);
  add_consultations (&b);
  add_evaluations (&b);
  add_medical (&b, options);
  _passend_opp_pdf_add_signatures (writer, document, options, rules, today, hash, ++b.chapter);

  return g_steal_pointer (&writer);
}

gboolean
passend_opp_pdf_save (PassendOppDocument         *document,
                      GBytes                     *logo,
                      const PassendOppPdfOptions *options,
                      const char                 *path,
                      guint                      *n_pages,
                      GCancellable               *cancellable,
                      GError                    **error)
{
  g_autoptr(PassendPdfWriter) writer = NULL;

  g_return_val_if_fail (document != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  writer = passend_opp_pdf_build (document, logo, options, error);
  if (writer == NULL || !passend_pdf_writer_save (writer, path, cancellable, error))
    return FALSE;

  if (n_pages != NULL)
    *n_pages = passend_pdf_writer_get_n_pages (writer);
  return TRUE;
}

GBytes *
passend_opp_pdf_render (PassendOppDocument         *document,
                        GBytes                     *logo,
                        const PassendOppPdfOptions *options,
                        GCancellable               *cancellable,
                        GError                    **error)
{
  g_autoptr(PassendPdfWriter) writer = NULL;

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  writer = passend_opp_pdf_build (document, logo, options, error);
  if (writer == NULL)
    return NULL;

  return passend_pdf_writer_save_to_bytes (writer, cancellable, error);
}

char *
passend_opp_pdf_suggest_file_name (PassendOppDocument *document)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (document != NULL, NULL);

  name = g_strdup_printf ("OPP %s versie %d.pdf", document->student_name, document->number);
  /* Names are people's names, but a slash or a colon in one must not
   * become a folder or trouble a USB stick's file system. */
  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return g_steal_pointer (&name);
}
