/* test-render-dossier.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>
#include <sys/stat.h>

#include "passend-demo-reports.h"
#include "passend-dossier.h"
#include "passend-opp-content.h"

#define SCHOOL  "Het Voorbeeld College"
#define STUDENT "Jan de Vries"
#define SWV     "SWV Midden-Holland"

typedef PopplerDocument  TestPdf;
typedef PopplerPage      TestPage;
typedef PopplerIndexIter TestIndexIter;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPdf, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPage, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestIndexIter, poppler_index_iter_free)

typedef struct
{
  char *dir;
  char *path;
} Fixture;

/* What the standard dossier holds, to check against. */
typedef struct
{
  GBytes *reports[3];
  guint   report_pages[3];
} Reports;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("passend-dossier-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "dossier.pdf", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *keep = g_getenv ("PASSEND_SCREENSHOT_DIR");
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  /* To look at what a test made. */
  if (keep != NULL && g_file_test (fixture->path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *copy = g_build_filename (keep, "dossier.pdf", NULL);
      g_autofree char *contents = NULL;
      gsize size;

      if (g_file_get_contents (fixture->path, &contents, &size, NULL))
        g_file_set_contents (copy, contents, size, NULL);
    }

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static GBytes *
make_report (PassendDemoReportKind kind,
             guint                 n_pages)
{
  PassendDemoReportOptions options;
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  passend_demo_report_options_init (&options);
  options.student_name = STUDENT;
  options.birth_date = passend_day_new (2012, 5, 14);
  options.school_name = SCHOOL;
  options.day = passend_day_new (2026, 10, 2);
  options.seed = 7;
  options.n_pages = n_pages;
  bytes = passend_demo_report_render (kind, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
make_png_image (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 120, 80);
  cairo_t *cr = cairo_create (surface);
  GByteArray *bytes = g_byte_array_new ();

  cairo_set_source_rgb (cr, 0.2, 0.4, 0.8);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (surface, append_bytes, bytes);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (bytes);
}

/* A one-page PDF of @width × @height points with @text on it. */
static GBytes *
make_sized_pdf (double      width,
                double      height,
                const char *text)
{
  GByteArray *bytes = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 14);
  cairo_move_to (cr, 72, 120);
  cairo_show_text (cr, text);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (bytes);
}

static PassendOppDocument *
make_opp (void)
{
  PassendOppDocument *doc = passend_opp_document_new ();

  doc->id = 7;
  doc->number = 2;
  g_free (doc->student_name);
  doc->student_name = g_strdup (STUDENT);
  doc->student_birth_date = passend_day_new (2012, 5, 14);
  g_free (doc->school_name);
  doc->school_name = g_strdup (SCHOOL);
  passend_opp_document_set_text (doc, PASSEND_OPP_SECTION_SCHOOLLOOPBAAN,
                                 "Basisschool De Regenboog, advies vmbo-kader.");
  passend_opp_document_set_text (doc, PASSEND_OPP_SECTION_MENING_LEERLING,
                                 "Ik wil graag in een kleine klas leren.");
  doc->state = PASSEND_OPP_STATE_VASTGESTELD;
  doc->established_on = passend_day_new (2026, 10, 20);
  doc->content_sha256 = passend_opp_document_compute_hash (doc);
  return doc;
}

static void
init_cover (PassendDossierCover *cover)
{
  passend_dossier_cover_init (cover);
  cover->student_name = STUDENT;
  cover->student_number = "123456";
  cover->student_birth_date = passend_day_new (2012, 5, 14);
  cover->student_group = "2B";
  cover->school_name = SCHOOL;
  cover->school_city = "Gouda";
  cover->coordinator_name = "Mirjam Bakker";
  cover->swv_name = SWV;
  cover->kind = "vso cluster 4";
  cover->category = "laag";
  cover->requested_start = passend_day_new (2027, 8, 1);
  cover->requested_end = passend_day_new (2029, 7, 31);
  cover->target_school = "De Ombudsman VSO";
  cover->registered_at_target = TRUE;
  cover->preceding_meeting = "Flex-ZAT";
  cover->preceding_meeting_on = passend_day_new (2026, 10, 12);
  cover->day = passend_day_new (2026, 11, 23);
}

/* The standard dossier: an OPP, two reports, entries and minutes, an
 * image, an empty checklist item, the deskundigheidsverklaring and the
 * signature page. */
static PassendDossier *
make_dossier (Reports *reports)
{
  PassendDossierCover cover;
  PassendDossier *dossier;
  g_autoptr(PassendOppDocument) opp = make_opp ();
  g_autoptr(GBytes) png = make_png_image ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) created = g_date_time_new_utc (2026, 11, 23, 9, 30, 0);
  PassendOppPdfOptions options;
  const PassendDossierSigner signers[] = {
    { "Ouder/verzorger (met gezag)", "Anna de Vries" },
    { "Leerling", STUDENT },
    { "Directeur", "" },
  };

  reports->report_pages[0] = 3;
  reports->report_pages[1] = 2;
  reports->report_pages[2] = 2;
  reports->reports[0] = make_report (PASSEND_DEMO_REPORT_PSYCHOLOGIST, 3);
  reports->reports[1] = make_report (PASSEND_DEMO_REPORT_OBSERVATION, 2);
  reports->reports[2] = make_report (PASSEND_DEMO_REPORT_VSO_EXPERTISE, 2);

  init_cover (&cover);
  dossier = passend_dossier_new (&cover);
  passend_dossier_set_creation_date (dossier, created);

  passend_opp_pdf_options_init (&options);
  options.today = passend_day_new (2026, 11, 23);
  passend_dossier_add_section (dossier, "OPP");
  g_assert_true (passend_dossier_add_opp (dossier, "OPP versie 2 (vastgesteld 20-10-2026)", opp,
                                          NULL, &options, &error));
  g_assert_no_error (error);

  passend_dossier_add_section (dossier, "VPI (Vraagprofiel Instrument)");

  passend_dossier_add_section (dossier, "Onderzoeksverslagen");
  passend_dossier_add_pdf (dossier, "Onderzoeksverslag psycholoog", "Onderzoeksverslag psycholoog.pdf",
                           reports->reports[0]);
  passend_dossier_add_pdf (dossier, "Observatieverslag", "Observatieverslag.pdf", reports->reports[1]);

  passend_dossier_add_section (dossier, "Gespreksverslagen");
  passend_dossier_add_entry (dossier, passend_day_new (2026, 9, 30), "Gesprek met ouders",
                             "Gesprek over de overstap", "Ouders steunen de aanvraag voor het vso.");
  passend_dossier_add_entry (dossier, passend_day_new (2026, 10, 5), "Gesprek met leerling",
                             "Gesprek met Jan", "Jan vertelt dat hij de drukte in de klas moeilijk vindt.");
  passend_dossier_add_text (dossier, "Flex-ZAT 12-10-2026 — verslag", passend_day_new (2026, 10, 12),
                            "Besproken: de aanvraag van een TLV. Besluit: aanvraag voorbereiden.");

  passend_dossier_add_section (dossier, "Foto werkplek");
  passend_dossier_add_image (dossier, "Werkplek in de klas", "werkplek.png", png);

  passend_dossier_add_section (dossier, "Deskundigheidsverklaring VSO");
  passend_dossier_add_pdf (dossier, "Deskundigheidsverklaring VSO", "Deskundigheidsverklaring VSO.pdf",
                           reports->reports[2]);

  passend_dossier_add_section (dossier, "Handtekeningen ouders en leerling (en directeur)");
  passend_dossier_add_signatures (dossier, "Ondertekening", NULL, signers, G_N_ELEMENTS (signers));

  return dossier;
}

static void
reports_clear (Reports *reports)
{
  for (guint i = 0; i < G_N_ELEMENTS (reports->reports); i++)
    g_clear_pointer (&reports->reports[i], g_bytes_unref);
}

static TestPdf *
open_pdf (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TestPdf *pdf = poppler_document_new_from_gfile (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pdf);
  return pdf;
}

static char *
page_text (TestPdf *pdf,
           int      index)
{
  g_autoptr(TestPage) page = poppler_document_get_page (pdf, index);

  return poppler_page_get_text (page);
}

static char *
all_text (TestPdf *pdf)
{
  GString *out = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autofree char *text = page_text (pdf, i);

      g_string_append (out, text);
      g_string_append_c (out, '\f');
    }
  return g_string_free (out, FALSE);
}

/* The first page (from 0) whose text holds @needle, or -1. */
static int
find_page (TestPdf    *pdf,
           const char *needle)
{
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autofree char *text = page_text (pdf, i);

      if (strstr (text, needle) != NULL)
        return i;
    }
  return -1;
}

/* poppler may break a line anywhere: compare without white space. Its
 * printing render turns the "fi" of a ligature glyph into U+FB01, so
 * compare compatibility forms too. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);

  for (const char *p = normal; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* Every line of every page of @report is on the matching page of the
 * dossier, from @first on. */
static void
assert_report_embedded (TestPdf *dossier,
                        GBytes  *report,
                        int      first)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TestPdf) original = poppler_document_new_from_bytes (report, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (first, >=, 0);
  for (int i = 0; i < poppler_document_get_n_pages (original); i++)
    {
      g_autofree char *expected = page_text (original, i);
      g_autofree char *text = page_text (dossier, first + i);
      g_autofree char *actual = squeeze (text);
      g_auto(GStrv) lines = g_strsplit (expected, "\n", -1);

      for (guint l = 0; lines[l] != NULL; l++)
        {
          g_autofree char *line = squeeze (lines[l]);

          if (strstr (actual, line) == NULL)
            {
              g_test_message ("line “%s” of report page %d is not on dossier page %d",
                              lines[l], i + 1, first + i + 1);
              g_test_fail ();
            }
        }
    }
}

static void
write_dossier (PassendDossier *dossier,
               const char     *path,
               guint          *n_pages)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (passend_dossier_write (dossier, path, NULL, NULL, n_pages, NULL, &error));
  g_assert_no_error (error);
}

static void
collect_outline (PopplerIndexIter *iter,
                 GString          *out,
                 int               depth)
{
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);
      PopplerIndexIter *child;

      g_string_append_printf (out, "%*s%s\n", depth * 2, "", action->any.title);
      poppler_action_free (action);
      child = poppler_index_iter_get_child (iter);
      if (child != NULL)
        {
          collect_outline (child, out, depth + 1);
          poppler_index_iter_free (child);
        }
    }
  while (poppler_index_iter_next (iter));
}

/* The page (from 0) a link or outline action leads to, or -1. */
static int
action_page (TestPdf       *pdf,
             PopplerAction *action)
{
  PopplerDest *dest;
  int page;

  if (action->type != POPPLER_ACTION_GOTO_DEST)
    return -1;

  dest = action->goto_dest.dest;
  if (dest->type == POPPLER_DEST_NAMED)
    {
      PopplerDest *named = poppler_document_find_dest (pdf, dest->named_dest);

      if (named == NULL)
        return -1;
      page = named->page_num - 1;
      poppler_dest_free (named);
      return page;
    }

  return dest->page_num - 1;
}

static void
test_assemble (Fixture       *fixture,
               gconstpointer  data)
{
  Reports reports = { 0, };
  g_autoptr(PassendDossier) dossier = make_dossier (&reports);
  g_autoptr(TestPdf) pdf = NULL;
  g_autoptr(GString) outline = g_string_new (NULL);
  g_autoptr(TestIndexIter) iter = NULL;
  g_autofree char *text = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *sha256 = NULL;
  g_autoptr(GDateTime) created = NULL;
  GStatBuf st;
  gsize size;
  guint n_pages = 0;
  int n, psych, observation, expertise, toc;
  guint n_links = 0;

  write_dossier (dossier, fixture->path, &n_pages);
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (count_files (fixture->dir), ==, 1);

  pdf = open_pdf (fixture->path);
  n = poppler_document_get_n_pages (pdf);
  g_assert_cmpint (n, ==, (int) n_pages);
  g_assert_cmpuint (passend_dossier_get_n_pages (dossier), ==, n_pages);

  /* The hash the store records is the file's. */
  g_assert_true (g_file_get_contents (fixture->path, &contents, &size, NULL));
  sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, size);
  g_assert_cmpstr (passend_dossier_get_sha256 (dossier), ==, sha256);

  /* Cover: student, school, SWV, the request, the checklist. */
  text = page_text (pdf, 0);
  g_assert_nonnull (strstr (text, "Aanvraag toelaatbaarheidsverklaring"));
  g_assert_nonnull (strstr (text, STUDENT));
  g_assert_nonnull (strstr (text, SCHOOL));
  g_assert_nonnull (strstr (text, SWV));
  g_assert_nonnull (strstr (text, "vso cluster 4"));
  g_assert_nonnull (strstr (text, "1-8-2027 t/m 31-7-2029"));
  g_assert_nonnull (strstr (text, "De Ombudsman VSO (leerling aangemeld)"));
  g_assert_nonnull (strstr (text, "Flex-ZAT op ma 12 okt. 2026"));
  g_assert_nonnull (strstr (text, "ontbreekt"));
  g_clear_pointer (&text, g_free);

  /* Every page says where it is in the whole, embedded pages too. */
  for (int i = 0; i < n; i++)
    {
      g_autofree char *page = page_text (pdf, i);
      g_autofree char *label = g_strdup_printf ("pagina %d van %d", i + 1, n);

      if (strstr (page, label) == NULL)
        g_error ("page %d lacks “%s”", i + 1, label);
      g_assert_nonnull (strstr (page, "Vertrouwelijk"));
    }

  /* The reports are there as text, page for page, each with its label. */
  psych = find_page (pdf, "Aanleiding en vraagstelling");
  observation = find_page (pdf, "Observatie les Nederlands");
  expertise = find_page (pdf, "Gegevens van de deskundige");
  assert_report_embedded (pdf, reports.reports[0], psych);
  assert_report_embedded (pdf, reports.reports[1], observation - 1);
  assert_report_embedded (pdf, reports.reports[2], expertise);
  text = page_text (pdf, psych);
  g_assert_nonnull (strstr (text, "3. Onderzoeksverslagen · Onderzoeksverslag psycholoog"));
  g_clear_pointer (&text, g_free);

  /* Entries, minutes, the signature page. */
  text = all_text (pdf);
  g_assert_nonnull (strstr (text, "Ouders steunen de aanvraag voor het vso."));
  g_assert_nonnull (strstr (text, "Besluit: aanvraag voorbereiden."));
  g_assert_nonnull (strstr (text, "Anna de Vries"));
  g_assert_nonnull (strstr (text, "Handtekening"));
  g_assert_nonnull (strstr (text, "Ik wil graag in een kleine klas leren."));
  /* The table of contents leaves out what is missing. */
  toc = find_page (pdf, "Inhoudsopgave");
  g_assert_cmpint (toc, >, 0);

  /* Outline: a bookmark per section and per part. */
  iter = poppler_index_iter_new (pdf);
  g_assert_nonnull (iter);
  collect_outline (iter, outline, 0);
  g_assert_nonnull (strstr (outline->str, "Voorblad\nInhoudsopgave\n1. OPP\n  OPP versie 2"));
  g_assert_nonnull (strstr (outline->str, "3. Onderzoeksverslagen\n  Onderzoeksverslag psycholoog\n"
                                          "  Observatieverslag\n"));
  g_assert_nonnull (strstr (outline->str, "  Gesprek met Jan\n"));
  g_assert_null (strstr (outline->str, "VPI"));

  /* The table of contents links resolve to the named destinations,
   * and the report's row leads to the report's first page. */
  for (int i = toc; i < psych; i++)
    {
      g_autoptr(TestPage) page = poppler_document_get_page (pdf, i);
      GList *links = poppler_page_get_link_mapping (page);

      for (GList *l = links; l != NULL; l = l->next)
        {
          PopplerLinkMapping *mapping = l->data;
          int target = action_page (pdf, mapping->action);

          g_assert_cmpint (target, >, toc);
          g_assert_cmpint (target, <, n);
          n_links++;
        }
      poppler_page_free_link_mapping (links);
    }
  /* 7 sections with parts, 9 parts. */
  g_assert_cmpuint (n_links, ==, 6 + 9);
  {
    PopplerDest *dest = poppler_document_find_dest (pdf, "doel-4");

    /* Targets: 1 OPP, 2 its part, 3 Onderzoeksverslagen, 4 psycholoog … */
    g_assert_nonnull (dest);
    g_assert_cmpint (dest->page_num - 1, ==, psych);
    poppler_dest_free (dest);
  }

  /* Metadata, with the fixed creation date. */
  g_clear_pointer (&text, g_free);
  text = poppler_document_get_title (pdf);
  g_assert_cmpstr (text, ==, "TLV-dossier " STUDENT);
  g_clear_pointer (&text, g_free);
  text = poppler_document_get_author (pdf);
  g_assert_cmpstr (text, ==, SCHOOL);
  g_clear_pointer (&text, g_free);
  text = poppler_document_get_subject (pdf);
  g_assert_cmpstr (text, ==, "Aanvraag toelaatbaarheidsverklaring vso cluster 4 bij " SWV);
  created = poppler_document_get_creation_date_time (pdf);
  g_assert_nonnull (created);
  g_assert_cmpint (g_date_time_to_unix (created), ==, 1795426200);

  reports_clear (&reports);
}

static void
test_qpdf_check (Fixture       *fixture,
                 gconstpointer  data)
{
  Reports reports = { 0, };
  g_autoptr(PassendDossier) dossier = make_dossier (&reports);
  g_autofree char *qpdf = g_find_program_in_path ("qpdf");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { qpdf, "--check", fixture->path, NULL };
  int status = -1;

  if (qpdf == NULL)
    {
      reports_clear (&reports);
      g_test_skip ("qpdf is not installed");
      return;
    }

  write_dossier (dossier, fixture->path, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("qpdf --check: %s%s", out, err);
  g_assert_null (strstr (out, "WARNING"));
  reports_clear (&reports);
}

static void
cancel_at_half (double   fraction,
                gpointer user_data)
{
  if (fraction >= 0.5)
    g_cancellable_cancel (user_data);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  Reports reports = { 0, };
  g_autoptr(PassendDossier) dossier = make_dossier (&reports);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (passend_dossier_write (dossier, fixture->path, cancel_at_half, cancellable,
                                         NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (fixture->dir), ==, 0);
  g_assert_null (passend_dossier_get_sha256 (dossier));
  reports_clear (&reports);
}

/* @content as "Onderzoeksverslag psycholoog.pdf" in an otherwise good
 * dossier: refused with the name, and nothing written. */
static void
assert_refused (Fixture *fixture,
                GBytes  *content)
{
  Reports reports = { 0, };
  g_autoptr(PassendDossier) dossier = make_dossier (&reports);
  g_autoptr(GError) error = NULL;

  passend_dossier_add_section (dossier, "Onderzoek");
  passend_dossier_add_pdf (dossier, "Onderzoeksverslag", "Onderzoeksverslag psycholoog.pdf", content);
  g_assert_false (passend_dossier_write (dossier, fixture->path, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, PASSEND_DOSSIER_ERROR, PASSEND_DOSSIER_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "Onderzoeksverslag psycholoog.pdf"));
  g_assert_cmpuint (count_files (fixture->dir), ==, 0);
  reports_clear (&reports);
}

static void
test_damaged (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GBytes) report = make_report (PASSEND_DEMO_REPORT_PSYCHOLOGIST, 2);
  g_autoptr(GBytes) not_pdf = g_bytes_new_static ("Dit is geen PDF maar platte tekst.\n", 35);
  g_autoptr(GBytes) truncated = g_bytes_new_from_bytes (report, 0, g_bytes_get_size (report) * 2 / 3);
  g_autoptr(GBytes) png = make_png_image ();

  assert_refused (fixture, not_pdf);
  assert_refused (fixture, truncated);
  /* An image where a PDF was promised. */
  assert_refused (fixture, png);
}

static void
test_encrypted (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GBytes) report = make_report (PASSEND_DEMO_REPORT_OBSERVATION, 1);
  g_autofree char *qpdf = g_find_program_in_path ("qpdf");
  g_autofree char *plain = g_build_filename (fixture->dir, "plain.pdf", NULL);
  g_autofree char *locked = g_build_filename (fixture->dir, "locked.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) encrypted = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { qpdf, "--encrypt", "geheim", "eigenaar", "256", "--", plain, locked, NULL };
  gsize size;
  int status = -1;

  if (qpdf == NULL)
    {
      g_test_skip ("qpdf is not installed");
      return;
    }

  g_assert_true (g_file_set_contents (plain, g_bytes_get_data (report, NULL), g_bytes_get_size (report), NULL));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_file_get_contents (locked, &contents, &size, NULL));
  encrypted = g_bytes_new_take (g_steal_pointer (&contents), size);
  g_unlink (plain);
  g_unlink (locked);

  assert_refused (fixture, encrypted);
}

static void
test_reassemble (Fixture       *fixture,
                 gconstpointer  data)
{
  Reports first_reports = { 0, }, second_reports = { 0, };
  g_autoptr(PassendDossier) first = make_dossier (&first_reports);
  g_autoptr(PassendDossier) second = make_dossier (&second_reports);
  g_autofree char *other = g_build_filename (fixture->dir, "again.pdf", NULL);
  g_autoptr(TestPdf) a = NULL;
  g_autoptr(TestPdf) b = NULL;
  g_autofree char *text_a = NULL;
  g_autofree char *text_b = NULL;
  guint n_a = 0, n_b = 0;

  write_dossier (first, fixture->path, &n_a);
  write_dossier (second, other, &n_b);
  g_assert_cmpuint (n_a, ==, n_b);

  a = open_pdf (fixture->path);
  b = open_pdf (other);
  text_a = all_text (a);
  text_b = all_text (b);
  g_assert_cmpstr (text_a, ==, text_b);
  /* Even the bytes: the hash of a sent dossier can be checked again. */
  g_assert_cmpstr (passend_dossier_get_sha256 (first), ==, passend_dossier_get_sha256 (second));

  g_unlink (other);
  reports_clear (&first_reports);
  reports_clear (&second_reports);
}

static void
test_page_sizes (Fixture       *fixture,
                 gconstpointer  data)
{
  PassendDossierCover cover;
  g_autoptr(PassendDossier) dossier = NULL;
  g_autoptr(GBytes) letter = make_sized_pdf (612, 792, "Brief in Letter-formaat");
  g_autoptr(GBytes) a3 = make_sized_pdf (841.89, 1190.55, "Schema op A3");
  g_autoptr(GBytes) landscape = make_sized_pdf (841.89, 595.28, "Rooster liggend");
  g_autoptr(TestPdf) pdf = NULL;
  struct { const char *text; double width, height; } expected[] = {
    { "Brief in Letter-formaat", 612, 792 },
    { "Schema op A3", 595.28, 841.89 },
    { "Rooster liggend", 841.89, 595.28 },
  };

  init_cover (&cover);
  dossier = passend_dossier_new (&cover);
  passend_dossier_add_section (dossier, "Bijlagen");
  passend_dossier_add_pdf (dossier, "Brief", "brief.pdf", letter);
  passend_dossier_add_pdf (dossier, "Schema", "schema.pdf", a3);
  passend_dossier_add_pdf (dossier, "Rooster", "rooster.pdf", landscape);
  write_dossier (dossier, fixture->path, NULL);

  pdf = open_pdf (fixture->path);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      int index = find_page (pdf, expected[i].text);
      g_autoptr(TestPage) page = NULL;
      double w, h;

      g_assert_cmpint (index, >, 0);
      page = poppler_document_get_page (pdf, index);
      poppler_page_get_size (page, &w, &h);
      g_assert_cmpfloat_with_epsilon (w, expected[i].width, 0.5);
      g_assert_cmpfloat_with_epsilon (h, expected[i].height, 0.5);
    }
}

typedef struct
{
  GMainLoop *loop;
  GThread   *thread;
  guint      n_notifies;
  double     last;
  guint      n_pages;
  GError    *error;
} AsyncState;

static void
progress_notified (GObject    *object,
                   GParamSpec *pspec,
                   gpointer    user_data)
{
  AsyncState *state = user_data;
  double progress = passend_dossier_get_progress (PASSEND_DOSSIER (object));

  /* On the main thread, never going back. */
  g_assert_true (g_thread_self () == state->thread);
  g_assert_cmpfloat (progress, >=, state->last);
  state->last = progress;
  state->n_notifies++;
}

static void
written (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  AsyncState *state = user_data;

  passend_dossier_write_finish (PASSEND_DOSSIER (object), result, &state->n_pages, &state->error);
  g_main_loop_quit (state->loop);
}

static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  Reports reports = { 0, };
  g_autoptr(PassendDossier) dossier = make_dossier (&reports);
  AsyncState state = { g_main_loop_new (NULL, FALSE), g_thread_self (), 0, 0, 0, NULL };

  g_signal_connect (dossier, "notify::progress", G_CALLBACK (progress_notified), &state);
  passend_dossier_write_async (dossier, fixture->path, NULL, written, &state);
  g_main_loop_run (state.loop);

  g_assert_no_error (state.error);
  g_assert_cmpuint (state.n_pages, >, 10);
  g_assert_cmpuint (state.n_notifies, >=, 2);
  g_assert_cmpfloat (state.last, ==, 1.0);
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  g_main_loop_unref (state.loop);
  reports_clear (&reports);
}

static void
test_async_cancel (Fixture       *fixture,
                   gconstpointer  data)
{
  Reports reports = { 0, };
  g_autoptr(PassendDossier) dossier = make_dossier (&reports);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncState state = { g_main_loop_new (NULL, FALSE), g_thread_self (), 0, 0, 0, NULL };

  g_cancellable_cancel (cancellable);
  passend_dossier_write_async (dossier, fixture->path, cancellable, written, &state);
  g_main_loop_run (state.loop);

  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&state.error);
  g_assert_cmpuint (count_files (fixture->dir), ==, 0);
  g_main_loop_unref (state.loop);
  reports_clear (&reports);
}

static void
test_demo_reports (void)
{
  for (guint kind = 0; kind < PASSEND_DEMO_N_REPORTS; kind++)
    {
      g_autoptr(GBytes) a = make_report (kind, 4);
      g_autoptr(GBytes) b = make_report (kind, 4);
      g_autoptr(GError) error = NULL;
      g_autoptr(TestPdf) pdf = poppler_document_new_from_bytes (a, NULL, &error);
      g_autofree char *first = NULL;

      g_assert_no_error (error);
      g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 4);
      first = page_text (pdf, 0);
      g_assert_nonnull (strstr (first, passend_demo_report_get_title (kind)));
      g_assert_nonnull (strstr (first, STUDENT));
      g_assert_null (strstr (first, "{naam}"));
      g_assert_true (g_bytes_equal (a, b));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/render/dossier/assemble", test_assemble);
  ADD ("/render/dossier/qpdf-check", test_qpdf_check);
  ADD ("/render/dossier/cancel", test_cancel);
  ADD ("/render/dossier/damaged", test_damaged);
  ADD ("/render/dossier/encrypted", test_encrypted);
  ADD ("/render/dossier/reassemble", test_reassemble);
  ADD ("/render/dossier/page-sizes", test_page_sizes);
  ADD ("/render/dossier/async", test_async);
  ADD ("/render/dossier/async-cancel", test_async_cancel);
#undef ADD
  g_test_add_func ("/render/dossier/demo-reports", test_demo_reports);

  return g_test_run ();
}
