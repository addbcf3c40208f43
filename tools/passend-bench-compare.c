/* passend-bench-compare.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <poppler.h>
#include <stdio.h>

#include "passend-bench-compare.h"
#include "passend-bench-opp.h"
#include "passend-opp-content.h"

/* What a school does today without Passend: the OPP typed in a word
 * processor template and exported to PDF, the TLV dossier glued from
 * PDFs with a command-line tool. The same content, timed the same way,
 * printed as ratios next to Passend's own times. */

#define MAX_SOFFICE_RUNS 5

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

double
passend_bench_median (GArray *samples)
{
  g_autoptr(GArray) sorted = NULL;
  guint n = samples->len;

  if (n == 0)
    return 0;

  sorted = g_array_copy (samples);
  g_array_sort (sorted, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (sorted, double, n / 2);
  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2;
}

/* JSON numbers must not follow the locale's decimal comma. */
void
passend_bench_append_number (GString    *json,
                             const char *name,
                             double      value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.3f", value);
  g_string_append_printf (json, "\"%s\": %s", name, buffer);
}

void
passend_bench_append_stats (GString    *json,
                            GArray     *samples,
                            const char *unit)
{
  g_autofree char *median = g_strconcat ("median_", unit, NULL);
  g_autofree char *min_name = g_strconcat ("min_", unit, NULL);
  g_autofree char *max_name = g_strconcat ("max_", unit, NULL);
  double min = samples->len > 0 ? G_MAXDOUBLE : 0;
  double max = 0;

  for (guint i = 0; i < samples->len; i++)
    {
      min = MIN (min, g_array_index (samples, double, i));
      max = MAX (max, g_array_index (samples, double, i));
    }

  passend_bench_append_number (json, median, passend_bench_median (samples));
  g_string_append (json, ", ");
  passend_bench_append_number (json, min_name, min);
  g_string_append (json, ", ");
  passend_bench_append_number (json, max_name, max);
  g_string_append_printf (json, ", \"n\": %u", samples->len);
}

void
passend_bench_tool_init (PassendBenchTool *tool)
{
  tool->skipped = NULL;
  tool->samples = g_array_new (FALSE, FALSE, sizeof (double));
  tool->cold_ms = 0;
  tool->n_pages = 0;
}

void
passend_bench_tool_clear (PassendBenchTool *tool)
{
  g_clear_pointer (&tool->skipped, g_free);
  g_clear_pointer (&tool->samples, g_array_unref);
}

/* The flat OpenDocument text: the styles a school template would have
 * (A4, headings, a bordered table cell, header and footer with the page
 * number), then the body. */
static const char fodt_head[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"\n"
  " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"\n"
  " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"\n"
  " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"\n"
  " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"\n"
  " office:version=\"1.3\" office:mimetype=\"application/vnd.oasis.opendocument.text\">\n"
  "<office:font-face-decls>\n"
  " <style:font-face style:name=\"DejaVu Sans\" svg:font-family=\"'DejaVu Sans'\""
  " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"/>\n"
  "</office:font-face-decls>\n"
  "<office:styles>\n"
  " <style:style style:name=\"Standard\" style:family=\"paragraph\">\n"
  "  <style:paragraph-properties fo:margin-bottom=\"0.15cm\"/>\n"
  "  <style:text-properties style:font-name=\"DejaVu Sans\" fo:font-size=\"10pt\" fo:language=\"nl\" fo:country=\"NL\"/>\n"
  " </style:style>\n"
  " <style:style style:name=\"Title\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">\n"
  "  <style:text-properties fo:font-size=\"18pt\" fo:font-weight=\"bold\"/>\n"
  " </style:style>\n"
  " <style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\" style:family=\"paragraph\""
  " style:parent-style-name=\"Standard\" style:default-outline-level=\"1\">\n"
  "  <style:paragraph-properties fo:margin-top=\"0.5cm\" fo:keep-with-next=\"always\"/>\n"
  "  <style:text-properties fo:font-size=\"14pt\" fo:font-weight=\"bold\"/>\n"
  " </style:style>\n"
  " <style:style style:name=\"Heading_20_2\" style:display-name=\"Heading 2\" style:family=\"paragraph\""
  " style:parent-style-name=\"Standard\" style:default-outline-level=\"2\">\n"
  "  <style:paragraph-properties fo:margin-top=\"0.3cm\" fo:keep-with-next=\"always\"/>\n"
  "  <style:text-properties fo:font-size=\"11.5pt\" fo:font-weight=\"bold\"/>\n"
  " </style:style>\n"
  " <style:style style:name=\"Note\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">\n"
  "  <style:text-properties fo:font-style=\"italic\" fo:font-size=\"9pt\"/>\n"
  " </style:style>\n"
  " <style:style style:name=\"Small\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">\n"
  "  <style:text-properties fo:font-size=\"8pt\"/>\n"
  " </style:style>\n"
  "</office:styles>\n"
  "<office:automatic-styles>\n"
  " <style:page-layout style:name=\"A4\">\n"
  "  <style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\""
  " fo:margin-top=\"1.5cm\" fo:margin-bottom=\"1.5cm\" fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"/>\n"
  " </style:page-layout>\n"
  " <style:style style:name=\"Grid\" style:family=\"table\">\n"
  "  <style:table-properties style:width=\"17cm\" table:align=\"left\"/>\n"
  " </style:style>\n"
  " <style:style style:name=\"Cell\" style:family=\"table-cell\">\n"
  "  <style:table-cell-properties fo:border=\"0.5pt solid #9a9996\" fo:padding=\"0.1cm\"/>\n"
  " </style:style>\n"
  " <style:style style:name=\"HeadCell\" style:family=\"table-cell\">\n"
  "  <style:table-cell-properties fo:border=\"0.5pt solid #9a9996\" fo:padding=\"0.1cm\" fo:background-color=\"#deddda\"/>\n"
  " </style:style>\n"
  "</office:automatic-styles>\n";

typedef struct
{
  GString *xml;
  guint    n_tables;
} Fodt;

static void
fodt_text (Fodt       *f,
           const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (lines[i], -1);

      if (i > 0)
        g_string_append (f->xml, "<text:line-break/>");
      g_string_append (f->xml, escaped);
    }
}

static void
fodt_paragraph (Fodt       *f,
                const char *style,
                const char *text)
{
  g_auto(GStrv) paragraphs = g_strsplit (text != NULL ? text : "", "\n\n", -1);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      if (*g_strstrip (paragraphs[i]) == '\0')
        continue;
      g_string_append_printf (f->xml, "<text:p text:style-name=\"%s\">", style);
      fodt_text (f, paragraphs[i]);
      g_string_append (f->xml, "</text:p>\n");
    }
}

static void
fodt_heading (Fodt       *f,
              int         level,
              const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append_printf (f->xml, "<text:h text:style-name=\"Heading_20_%d\" text:outline-level=\"%d\">%s</text:h>\n",
                          level, level, escaped);
}

static void
fodt_begin_table (Fodt        *f,
                  const char **header,
                  guint        n_columns)
{
  g_string_append_printf (f->xml, "<table:table table:name=\"Tabel%u\" table:style-name=\"Grid\">\n"
                          "<table:table-column table:number-columns-repeated=\"%u\"/>\n",
                          ++f->n_tables, n_columns);
  if (header == NULL)
    return;

  g_string_append (f->xml, "<table:table-header-rows><table:table-row>");
  for (guint i = 0; i < n_columns; i++)
    {
      g_string_append (f->xml, "<table:table-cell table:style-name=\"HeadCell\" office:value-type=\"string\">"
                               "<text:p text:style-name=\"Small\">");
      fodt_text (f, header[i]);
      g_string_append (f->xml, "</text:p></table:table-cell>");
    }
  g_string_append (f->xml, "</table:table-row></table:table-header-rows>\n");
}

static void
fodt_row (Fodt               *f,
          const char * const *cells,
          guint               n_columns)
{
  g_string_append (f->xml, "<table:table-row>");
  for (guint i = 0; i < n_columns; i++)
    {
      g_string_append (f->xml, "<table:table-cell table:style-name=\"Cell\" office:value-type=\"string\">"
                               "<text:p text:style-name=\"Standard\">");
      fodt_text (f, cells[i] != NULL && cells[i][0] != '\0' ? cells[i] : "—");
      g_string_append (f->xml, "</text:p></table:table-cell>");
    }
  g_string_append (f->xml, "</table:table-row>\n");
}

static void
fodt_end_table (Fodt *f)
{
  g_string_append (f->xml, "</table:table>\n");
}

static void
fodt_key_values (Fodt               *f,
                 const char * const *keys,
                 const char * const *values,
                 guint               n)
{
  fodt_begin_table (f, NULL, 2);
  for (guint i = 0; i < n; i++)
    {
      const char *row[] = { keys[i], values[i] };

      fodt_row (f, row, 2);
    }
  fodt_end_table (f);
}

static void
fodt_section (Fodt                     *f,
              const PassendOppDocument *doc,
              PassendOppSection         section)
{
  const char *text = passend_opp_document_get_text (doc, section);

  fodt_heading (f, 2, passend_opp_section_get_dutch (section));
  fodt_paragraph (f, text[0] != '\0' ? "Standard" : "Note", text[0] != '\0' ? text : "Niet ingevuld.");
}

static void
fodt_analysis (Fodt                     *f,
               const PassendOppDocument *doc)
{
  const char *factor_header[] = { "Domein", "Bevorderende factoren", "Belemmerende factoren" };
  const char *need_header[] = { "Nr.", "Behoefte", "Soort", "Domein" };

  fodt_heading (f, 1, "Onderbouwing");
  fodt_heading (f, 2, "Bevorderende en belemmerende factoren");
  fodt_begin_table (f, factor_header, 3);
  for (int d = 0; d < PASSEND_OPP_N_DOMAINS; d++)
    {
      g_autoptr(GString) plus = g_string_new (NULL);
      g_autoptr(GString) minus = g_string_new (NULL);
      const char *row[3];

      for (guint i = 0; i < doc->factors->len; i++)
        {
          const PassendOppFactor *factor = g_ptr_array_index (doc->factors, i);
          GString *out = factor->polarity == PASSEND_OPP_POLARITY_BEVORDEREND ? plus : minus;

          if (factor->domain != (PassendOppDomain) d)
            continue;
          g_string_append_printf (out, "%s• %s", out->len > 0 ? "\n" : "", factor->body);
        }
      row[0] = passend_opp_domain_get_dutch (d);
      row[1] = plus->str;
      row[2] = minus->str;
      fodt_row (f, row, 3);
    }
  fodt_end_table (f);

  fodt_heading (f, 2, "Onderwijs- en ondersteuningsbehoeften");
  fodt_begin_table (f, need_header, 4);
  for (guint i = 0; i < doc->needs->len; i++)
    {
      const PassendOppNeed *need = g_ptr_array_index (doc->needs, i);
      g_autofree char *number = g_strdup_printf ("B%u", i + 1);
      const char *row[] = { number, need->body, passend_opp_need_kind_get_dutch (need->kind),
                            passend_opp_domain_get_dutch (need->domain) };

      fodt_row (f, row, 4);
    }
  fodt_end_table (f);
}

static void
fodt_plan (Fodt                     *f,
           const PassendOppDocument *doc)
{
  const char *goal_header[] = { "Nr.", "Doel", "Domein", "Criterium", "Streefdatum" };
  const char *support_header[] = { "Wat", "Wie", "Hoe vaak", "Van–tot", "Evaluatie" };

  fodt_heading (f, 1, "Handelingsdeel");
  fodt_heading (f, 2, "Doelen");
  fodt_begin_table (f, goal_header, 5);
  for (guint i = 0; i < doc->goals->len; i++)
    {
      const PassendOppGoal *goal = g_ptr_array_index (doc->goals, i);
      g_autofree char *number = g_strdup_printf ("D%u", i + 1);
      g_autofree char *target = passend_day_format_dutch (goal->target_on);
      const char *row[] = { number, goal->body, passend_opp_domain_get_dutch (goal->domain),
                            goal->criterion, target };

      fodt_row (f, row, 5);
    }
  fodt_end_table (f);

  fodt_heading (f, 2, "Te bieden ondersteuning en begeleiding");
  fodt_begin_table (f, support_header, 5);
  for (guint i = 0; i < doc->supports->len; i++)
    {
      const PassendOppSupport *support = g_ptr_array_index (doc->supports, i);
      g_autofree char *from = passend_day_format_dutch (support->from_on);
      g_autofree char *until = passend_day_format_dutch (support->until_on);
      g_autofree char *period = g_strdup_printf ("%s –\n%s", from, until);
      g_autofree char *evaluation = passend_day_format_dutch (support->evaluation_on);
      g_autofree char *what = g_strdup_printf ("%s%s", support->what, support->is_extra ? " *" : "");
      const char *row[] = { what, support->who, support->frequency, period, evaluation };

      fodt_row (f, row, 5);
    }
  fodt_end_table (f);
  fodt_paragraph (f, "Note", "* Extra ondersteuning: voor dit deel is instemming van de ouders met gezag "
                             "(of de meerderjarige leerling) nodig.");
  fodt_section (f, doc, PASSEND_OPP_SECTION_AFWIJKINGEN);
  fodt_section (f, doc, PASSEND_OPP_SECTION_TOEGROEIPLAN);
}

static void
fodt_follow_up (Fodt                     *f,
                const PassendOppDocument *doc)
{
  const char *consultation_header[] = { "Datum", "Deelnemers", "Samenvatting" };
  const char *result_header[] = { "Doel", "Resultaat", "Toelichting" };

  fodt_heading (f, 1, "Mening van de leerling (hoorrecht)");
  fodt_section (f, doc, PASSEND_OPP_SECTION_MENING_LEERLING);
  fodt_section (f, doc, PASSEND_OPP_SECTION_HOORRECHT_MOTIVERING);
  fodt_heading (f, 1, "Zienswijze van de ouders");
  fodt_section (f, doc, PASSEND_OPP_SECTION_ZIENSWIJZE_OUDERS);

  fodt_heading (f, 1, "Op overeenstemming gericht overleg (OOGO)");
  fodt_begin_table (f, consultation_header, 3);
  for (guint i = 0; i < doc->consultations->len; i++)
    {
      const PassendOppConsultation *c = g_ptr_array_index (doc->consultations, i);
      g_autofree char *day = passend_day_format_dutch (c->held_on);
      const char *row[] = { day, c->participants, c->summary };

      fodt_row (f, row, 3);
    }
  fodt_end_table (f);

  fodt_heading (f, 1, "Evaluaties");
  for (guint e = 0; e < doc->evaluations->len; e++)
    {
      const PassendOppEvaluation *evaluation = g_ptr_array_index (doc->evaluations, e);
      g_autofree char *day = passend_day_format_dutch (evaluation->held_on);
      g_autofree char *title = g_strdup_printf ("Evaluatie van %s", day);

      fodt_heading (f, 2, title);
      fodt_begin_table (f, result_header, 3);
      for (guint i = 0; i < evaluation->results->len; i++)
        {
          const PassendOppGoalResult *result = g_ptr_array_index (evaluation->results, i);
          const PassendOppGoal *goal = passend_opp_document_find_goal (doc, result->goal_id);
          const char *row[] = { goal != NULL ? goal->body : "—", passend_opp_result_get_dutch (result->result),
                                result->note };

          fodt_row (f, row, 3);
        }
      fodt_end_table (f);
    }
}

/* The signature blocks as a template has them: who, what and when, with
 * room to sign. Passend draws the pad strokes there; a word processor
 * would need them pasted in as images, which this comparison leaves out
 * in the word processor's favour. */
static void
fodt_signatures (Fodt                     *f,
                 const PassendOppDocument *doc)
{
  fodt_heading (f, 1, "Ondertekening");
  for (guint i = 0; i < doc->signatures->len; i++)
    {
      const PassendOppSignature *s = g_ptr_array_index (doc->signatures, i);
      g_autofree char *day = passend_day_format_dutch (s->signed_on);
      const char *keys[] = { "Naam", "Rol", "Besluit", "Datum", "Handtekening" };
      const char *values[] = { s->name, passend_opp_signer_get_dutch (s->signer),
                               passend_opp_outcome_get_dutch (s->outcome), day,
                               passend_opp_method_get_dutch (s->method) };

      fodt_key_values (f, keys, values, G_N_ELEMENTS (keys));
      g_string_append (f->xml, "<text:p text:style-name=\"Standard\"/>\n");
    }
}

static char *
write_fodt (const PassendOppDocument *doc)
{
  g_autofree char *hash = passend_opp_document_get_hash (doc);
  g_autofree char *short_hash = passend_opp_short_hash (hash);
  g_autofree char *birth = passend_day_format_dutch (doc->student_birth_date);
  g_autofree char *established = passend_day_format_dutch (doc->established_on);
  g_autofree char *version = g_strdup_printf ("%d", doc->number);
  g_autofree char *header = g_strdup_printf ("OPP %s · versie %d", doc->student_name, doc->number);
  g_autofree char *footer = g_strdup_printf ("Versie %d · vastgesteld op %s · kenmerk %s · vertrouwelijk · pagina ",
                                             doc->number, established, short_hash);
  const char *keys[] = { "Leerling", "Geboortedatum", "School", "Versie", "Status", "Kenmerk (SHA-256)" };
  const char *values[] = { doc->student_name, birth, doc->school_name, version,
                           passend_opp_state_get_dutch (doc->state), hash };
  static const PassendOppSection gegevens[] = {
    PASSEND_OPP_SECTION_SCHOOLLOOPBAAN, PASSEND_OPP_SECTION_EARLIER_SUPPORT, PASSEND_OPP_SECTION_PO_ADVICE,
    PASSEND_OPP_SECTION_INSTROOM, PASSEND_OPP_SECTION_WISHES_STUDENT, PASSEND_OPP_SECTION_WISHES_PARENTS,
    PASSEND_OPP_SECTION_PEOPLE_INVOLVED,
  };
  Fodt f = { g_string_new (fodt_head), 0 };

  g_string_append (f.xml, "<office:master-styles>\n"
                          " <style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\">\n"
                          "  <style:header><text:p text:style-name=\"Small\">");
  fodt_text (&f, header);
  g_string_append (f.xml, "</text:p></style:header>\n  <style:footer><text:p text:style-name=\"Small\">");
  fodt_text (&f, footer);
  g_string_append (f.xml, "<text:page-number text:select-page=\"current\"/></text:p></style:footer>\n"
                          " </style:master-page>\n"
                          "</office:master-styles>\n"
                          "<office:body><office:text>\n");

  fodt_paragraph (&f, "Title", "Ontwikkelingsperspectiefplan");
  fodt_key_values (&f, keys, values, G_N_ELEMENTS (keys));
  fodt_heading (&f, 1, "Gegevens en schoolloopbaan");
  for (guint i = 0; i < G_N_ELEMENTS (gegevens); i++)
    fodt_section (&f, doc, gegevens[i]);
  fodt_heading (&f, 1, "Uitstroomperspectief");
  {
    const char *k[] = { "Onderwijssoort en niveau" };
    const char *v[] = { doc->uitstroom_level };

    fodt_key_values (&f, k, v, 1);
  }
  fodt_section (&f, doc, PASSEND_OPP_SECTION_UITSTROOM_ONDERBOUWING);
  fodt_analysis (&f, doc);
  fodt_plan (&f, doc);
  fodt_follow_up (&f, doc);
  fodt_signatures (&f, doc);

  g_string_append (f.xml, "</office:text></office:body>\n</office:document>\n");
  return g_string_free (f.xml, FALSE);
}

static guint
count_pages (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  PopplerDocument *document = uri != NULL ? poppler_document_new_from_file (uri, NULL, NULL) : NULL;
  guint n_pages = 0;

  if (document != NULL)
    {
      n_pages = (guint) poppler_document_get_n_pages (document);
      g_object_unref (document);
    }
  return n_pages;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* One conversion; the output of soffice is kept for the error. */
static gboolean
convert_once (const char * const  *argv,
              const char          *pdf,
              double              *ms,
              GError             **error)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  gint64 start;
  int status = 0;

  g_unlink (pdf);
  start = g_get_monotonic_time ();
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, error))
    return FALSE;
  *ms = (double) (g_get_monotonic_time () - start) / 1000.0;

  if (!g_spawn_check_wait_status (status, error))
    return FALSE;
  if (!g_file_test (pdf, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "no PDF written (%s)", g_strstrip (err));
      return FALSE;
    }
  return TRUE;
}

gboolean
passend_bench_compare_opp (const char        *scratch_dir,
                           int                runs,
                           PassendBenchTool  *soffice,
                           GError           **error)
{
  g_autofree char *program = g_find_program_in_path ("soffice");
  g_autofree char *dir = g_build_filename (scratch_dir, "soffice", NULL);
  g_autofree char *fodt_path = g_build_filename (dir, "opp.fodt", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "opp.pdf", NULL);
  g_autofree char *profile = g_build_filename (dir, "profile", NULL);
  g_autofree char *profile_uri = g_filename_to_uri (profile, NULL, NULL);
  g_autofree char *profile_arg = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);
  g_autoptr(PassendOppDocument) doc = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *fodt = NULL;
  const char *argv[] = { program, profile_arg, "--headless", "--norestore", "--convert-to", "pdf",
                         "--outdir", dir, fodt_path, NULL };
  gboolean ok = FALSE;
  double ms;

  if (program == NULL)
    {
      soffice->skipped = g_strdup ("soffice is not installed (apt-get install libreoffice-writer-nogui)");
      return TRUE;
    }

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "Could not create %s", dir);
      return FALSE;
    }

  doc = passend_bench_opp_make_document ();
  fodt = write_fodt (doc);
  if (!g_file_set_contents_full (fodt_path, fodt, -1, G_FILE_SET_CONTENTS_NONE, 0600, error))
    {
      remove_tree (dir);
      return FALSE;
    }

  /* The first run creates the profile and reads LibreOffice from disk:
   * what a coordinator waits for after starting the laptop. */
  if (!convert_once (argv, pdf_path, &soffice->cold_ms, &local_error))
    goto out;
  soffice->n_pages = count_pages (pdf_path);

  for (int i = 0; i < MIN (runs, MAX_SOFFICE_RUNS); i++)
    {
      if (!convert_once (argv, pdf_path, &ms, &local_error))
        goto out;
      g_array_append_val (soffice->samples, ms);
    }
  ok = TRUE;

out:
  if (!ok)
    {
      soffice->skipped = g_strdup_printf ("soffice failed: %s", local_error->message);
      g_array_set_size (soffice->samples, 0);
    }
  remove_tree (dir);
  return TRUE;
}

static void
append_comparison (GString                *json,
                   const char             *name,
                   const char             *tool_name,
                   GArray                 *passend_samples,
                   guint                   passend_pages,
                   const PassendBenchTool *tool)
{
  double passend = passend_bench_median (passend_samples);

  g_string_append_printf (json, "    \"%s\": { ", name);
  if (tool->skipped != NULL)
    {
      g_autofree char *escaped = g_strescape (tool->skipped, NULL);

      g_string_append_printf (json, "\"skipped\": \"%s\" }", escaped);
      fprintf (stderr, "passend-bench: %s comparison skipped: %s\n", tool_name, tool->skipped);
      return;
    }

  passend_bench_append_number (json, "passend_median_ms", passend);
  g_string_append_printf (json, ", \"passend_pages\": %u, ", passend_pages);
  g_string_append_printf (json, "\"tool\": \"%s\", ", tool_name);
  passend_bench_append_number (json, "tool_median_ms", passend_bench_median (tool->samples));
  g_string_append (json, ", ");
  if (tool->cold_ms > 0)
    passend_bench_append_number (json, "tool_cold_ms", tool->cold_ms);
  else
    g_string_append (json, "\"tool_cold_ms\": null");
  g_string_append_printf (json, ", \"tool_n\": %u, ", tool->samples->len);
  if (tool->n_pages > 0)
    g_string_append_printf (json, "\"tool_pages\": %u, ", tool->n_pages);
  /* How many times longer the other way takes. */
  passend_bench_append_number (json, "ratio", passend > 0 ? passend_bench_median (tool->samples) / passend : 0);
  g_string_append (json, " }");
}

void
passend_bench_compare_append_json (GString                *json,
                                   GArray                 *opp_samples,
                                   guint                   opp_pages,
                                   const PassendBenchTool *soffice,
                                   GArray                 *dossier_samples,
                                   guint                   dossier_pages,
                                   GArray                 *qpdf_samples)
{
  PassendBenchTool qpdf = { NULL, qpdf_samples, 0, 0 };

  if (qpdf_samples->len == 0)
    qpdf.skipped = (char *) "qpdf is not installed (apt-get install qpdf)";

  g_string_append (json, "  \"comparisons\": {\n");
  append_comparison (json, "opp-pdf-vs-libreoffice", "soffice --convert-to pdf",
                     opp_samples, opp_pages, soffice);
  g_string_append (json, ",\n");
  /* qpdf only concatenates the reports; Passend also draws the cover,
   * contents, entries and signature page and stamps every page. */
  append_comparison (json, "tlv-dossier-vs-qpdf", "qpdf --empty --pages",
                     dossier_samples, dossier_pages, &qpdf);
  g_string_append (json, "\n  },\n");
}
