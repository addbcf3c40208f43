/* test-render-opp.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "passend-database-opp.h"
#include "passend-database-private.h"
#include "passend-opp-content.h"
#include "passend-opp-pdf.h"
#include "passend-signature.h"

#define SCHOOL   "Het Voorbeeld College"
#define STUDENT  "Jan de Vries"
#define GUARDIAN "Anna de Vries"
#define FATHER   "Peter de Vries"

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

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("passend-opp-pdf-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "opp.pdf", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *keep = g_getenv ("PASSEND_SCREENSHOT_DIR");
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  /* To look at what a test made: the last PDF of each test case. */
  if (keep != NULL && g_file_test (fixture->path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *base = g_path_get_basename (g_test_get_path ());
      g_autofree char *file = g_strdup_printf ("opp-%s.pdf", base);
      g_autofree char *target = g_build_filename (keep, file, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_mkdir_with_parents (keep, 0700);
      if (g_file_get_contents (fixture->path, &contents, &length, NULL))
        g_file_set_contents_full (target, contents, length, G_FILE_SET_CONTENTS_NONE, 0600, NULL);
    }

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (fixture->dir, name, NULL);
      g_unlink (child);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* A signature with two strokes, as a pad would store it. */
static GBytes *
make_strokes (void)
{
  g_autoptr(PassendSignature) signature = passend_signature_new (3.0);

  passend_signature_begin_stroke (signature);
  for (int i = 0; i <= 20; i++)
    passend_signature_add_point (signature, 0.1 + i * 0.03, 0.5 + 0.2 * (i % 4 == 0 ? -1 : 1) * (i % 2),
                                 0.3 + 0.03 * i, (guint32) i * 10);
  passend_signature_begin_stroke (signature);
  passend_signature_add_point (signature, 0.2, 0.8, -1, 400);
  passend_signature_add_point (signature, 0.8, 0.75, -1, 450);
  return passend_signature_to_bytes (signature);
}

/* A full OPP of @n_goals goals; with @established vastgesteld and
 * signed: the mother by pad, the father not agreed, the school. */
static PassendOppDocument *
make_document (guint    n_goals,
               gboolean established)
{
  PassendOppDocument *doc = passend_opp_document_new ();
  g_autofree char *hash = NULL;

  doc->id = 7;
  doc->student_id = 3;
  doc->number = 2;
  doc->based_on_number = 1;
  g_free (doc->student_name);
  doc->student_name = g_strdup (STUDENT);
  doc->student_birth_date = passend_day_new (2012, 5, 14);
  g_free (doc->student_class);
  doc->student_class = g_strdup ("2B");
  g_free (doc->student_lvs_number);
  doc->student_lvs_number = g_strdup ("123456");
  g_free (doc->school_name);
  doc->school_name = g_strdup (SCHOOL);
  g_ptr_array_add (doc->guardians, passend_opp_guardian_new (11, GUARDIAN, TRUE));
  g_ptr_array_add (doc->guardians, passend_opp_guardian_new (12, FATHER, TRUE));
  g_ptr_array_add (doc->guardians, passend_opp_guardian_new (13, "Karin Stief", FALSE));

  doc->trigger_kind = PASSEND_OPP_TRIGGER_EXTRA_SUPPORT;
  doc->trigger_on = passend_day_new (2026, 9, 14);
  g_free (doc->uitstroom_level);
  doc->uitstroom_level = g_strdup ("vmbo-kader");
  doc->student_heard_on = passend_day_new (2026, 10, 1);
  passend_opp_document_set_text (doc, PASSEND_OPP_SECTION_SCHOOLLOOPBAAN,
                                 "Basisschool De Regenboog, advies vmbo-kader. Doublure in groep 5.");
  passend_opp_document_set_text (doc, PASSEND_OPP_SECTION_UITSTROOM_ONDERBOUWING,
                                 "Jan werkt op kaderniveau als hij structuur krijgt.");
  passend_opp_document_set_text (doc, PASSEND_OPP_SECTION_MENING_LEERLING,
                                 "Ik wil graag minder huiswerk in de les plannen.");
  passend_opp_document_set_text (doc, PASSEND_OPP_SECTION_ZIENSWIJZE_OUDERS,
                                 "Wij zien dat Jan thuis veel spanning ervaart.");
  passend_opp_document_set_text (doc, PASSEND_OPP_SECTION_MEDISCH, "Epilepsie: medicatie om 12 uur.");

  g_ptr_array_add (doc->factors, passend_opp_factor_new (PASSEND_OPP_DOMAIN_LEREN, PASSEND_OPP_POLARITY_BEVORDEREND,
                                                         "Sterk in rekenen"));
  g_ptr_array_add (doc->factors, passend_opp_factor_new (PASSEND_OPP_DOMAIN_WERKHOUDING,
                                                         PASSEND_OPP_POLARITY_BELEMMEREND, "Snel afgeleid"));
  g_ptr_array_add (doc->needs, passend_opp_need_new (PASSEND_OPP_NEED_ONDERSTEUNING, PASSEND_OPP_DOMAIN_WERKHOUDING,
                                                     "heeft een vaste plek in de klas nodig"));
  ((PassendOppNeed *) doc->needs->pdata[0])->id = 31;

  for (guint i = 0; i < n_goals; i++)
    {
      PassendOppGoal *goal = passend_opp_goal_new (PASSEND_OPP_DOMAIN_WERKHOUDING, NULL);

      goal->id = 100 + i;
      goal->need_id = i == 0 ? 31 : 0;
      g_free (goal->body);
      goal->body = g_strdup_printf ("Doeltekst nummer %03u: Jan plant zijn huiswerk zelfstandig", i + 1);
      g_free (goal->criterion);
      goal->criterion = g_strdup ("In vier van de vijf weken volgens planning");
      goal->target_on = passend_day_new (2027, 1, 15);
      g_ptr_array_add (doc->goals, goal);
    }

  {
    PassendOppSupport *support = passend_opp_support_new ("Begeleiding door de mentor");

    g_free (support->who);
    support->who = g_strdup ("mentor");
    g_free (support->frequency);
    support->frequency = g_strdup ("wekelijks");
    support->from_on = passend_day_new (2026, 10, 1);
    support->until_on = passend_day_new (2027, 7, 1);
    support->goal_id = 100;
    g_ptr_array_add (doc->supports, support);
  }
  {
    PassendOppConsultation *c = passend_opp_consultation_new (passend_day_new (2026, 10, 8));

    g_free (c->participants);
    c->participants = g_strdup ("ouders, mentor, zorgcoördinator");
    g_free (c->summary);
    c->summary = g_strdup ("Plan besproken; ouders vinden de doelen haalbaar.");
    g_ptr_array_add (doc->consultations, c);
  }

  hash = passend_opp_document_compute_hash (doc);

  if (established)
    {
      PassendOppSignature *s;

      doc->state = PASSEND_OPP_STATE_VASTGESTELD;
      doc->content_sha256 = g_strdup (hash);
      doc->established_on = passend_day_new (2026, 10, 20);

      s = passend_opp_signature_new (PASSEND_OPP_SIGNER_GUARDIAN, PASSEND_OPP_OUTCOME_AGREED, GUARDIAN,
                                     passend_day_new (2026, 10, 15));
      s->guardian_id = 11;
      s->method = PASSEND_OPP_METHOD_PAD;
      s->strokes = make_strokes ();
      g_free (s->place);
      s->place = g_strdup ("Gouda");
      g_free (s->role);
      s->role = g_strdup ("moeder");
      s->version_sha256 = g_strdup (hash);
      g_ptr_array_add (doc->signatures, s);

      s = passend_opp_signature_new (PASSEND_OPP_SIGNER_GUARDIAN, PASSEND_OPP_OUTCOME_NOT_AGREED, FATHER,
                                     passend_day_new (2026, 10, 16));
      s->guardian_id = 12;
      s->method = PASSEND_OPP_METHOD_NONE;
      g_free (s->reason);
      s->reason = g_strdup ("Wil eerst een second opinion");
      s->version_sha256 = g_strdup (hash);
      g_ptr_array_add (doc->signatures, s);

      s = passend_opp_signature_new (PASSEND_OPP_SIGNER_SCHOOL, PASSEND_OPP_OUTCOME_ESTABLISHED, "M. Bakker",
                                     passend_day_new (2026, 10, 20));
      g_free (s->role);
      s->role = g_strdup ("directeur");
      s->method = PASSEND_OPP_METHOD_NONE;
      s->version_sha256 = g_strdup (hash);
      g_ptr_array_add (doc->signatures, s);
    }
  else
    doc->state = PASSEND_OPP_STATE_IN_OVERLEG;

  return doc;
}

static void
init_options (PassendOppPdfOptions *options)
{
  passend_opp_pdf_options_init (options);
  options->today = passend_day_new (2026, 11, 23);
  options->school_city = "Gouda";
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
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* poppler may break a line anywhere: compare without white space. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static void
render (Fixture            *fixture,
        PassendOppDocument *doc,
        PassendOppPdfOptions *options,
        guint              *n_pages)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (passend_opp_pdf_save (doc, NULL, options, fixture->path, n_pages, NULL, &error));
  g_assert_no_error (error);
}

static void
collect_outline (PopplerIndexIter *iter,
                 GString          *out)
{
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);
      g_autoptr(TestIndexIter) child = NULL;

      if (action->type == POPPLER_ACTION_GOTO_DEST)
        g_string_append_printf (out, "%s|", action->goto_dest.title);
      poppler_action_free (action);

      child = poppler_index_iter_get_child (iter);
      if (child != NULL)
        collect_outline (child, out);
    }
  while (poppler_index_iter_next (iter));
}

static void
test_headings_and_outline (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(PassendOppDocument) doc = make_document (3, TRUE);
  g_autoptr(TestPdf) pdf = NULL;
  g_autoptr(TestIndexIter) iter = NULL;
  g_autoptr(GString) outline = g_string_new (NULL);
  g_autofree char *text = NULL;
  PassendOppPdfOptions options;
  static const char * const chapters[] = {
    "1. Gegevens en schoolloopbaan", "2. Uitstroomperspectief", "3. Onderbouwing", "4. Handelingsdeel",
    "5. Mening van de leerling (hoorrecht)", "6. Zienswijze van de ouders",
    "7. Op overeenstemming gericht overleg (OOGO)", "8. Evaluaties", "9. Instemming en vaststelling",
  };
  const char *last = NULL;

  init_options (&options);
  render (fixture, doc, &options, NULL);
  pdf = open_pdf (fixture->path);
  text = all_text (pdf);

  iter = poppler_index_iter_new (pdf);
  g_assert_nonnull (iter);
  collect_outline (iter, outline);

  for (guint i = 0; i < G_N_ELEMENTS (chapters); i++)
    {
      const char *at = strstr (text, chapters[i]);

      g_assert_nonnull (strstr (outline->str, chapters[i]));
      /* In reading order: every chapter after the one before. */
      g_assert_nonnull (at);
      g_assert_true (last == NULL || at > last);
      last = at;
    }
  g_assert_nonnull (strstr (outline->str, "Doelen|"));
  g_assert_nonnull (strstr (text, "Ontwikkelingsperspectiefplan"));
  g_assert_nonnull (strstr (text, STUDENT));
  /* Medical details only when asked for. */
  g_assert_null (strstr (text, "Epilepsie"));
}

static void
test_signatures (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(PassendOppDocument) doc = make_document (3, TRUE);
  g_autoptr(TestPdf) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  PassendOppPdfOptions options;

  init_options (&options);
  render (fixture, doc, &options, NULL);
  pdf = open_pdf (fixture->path);
  text = all_text (pdf);
  flat = squeeze (text);

  g_assert_nonnull (strstr (text, GUARDIAN));
  g_assert_nonnull (strstr (text, FATHER));
  g_assert_nonnull (strstr (text, "M. Bakker"));
  g_assert_nonnull (strstr (flat, "nietakkoord"));
  g_assert_nonnull (strstr (flat, "Wileersteensecondopinion"));
  g_assert_nonnull (strstr (flat, "digitaalgetekend"));
  /* A guardian without gezag gives no instemming. */
  g_assert_null (strstr (text, "Karin Stief"));
}

static void
test_for_signing (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(PassendOppDocument) doc = make_document (3, FALSE);
  g_autoptr(TestPdf) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  PassendOppPdfOptions options;

  init_options (&options);
  options.for_signing = TRUE;
  options.school_signer_name = "M. Bakker";
  options.school_signer_role = "directeur";
  render (fixture, doc, &options, NULL);
  pdf = open_pdf (fixture->path);
  text = all_text (pdf);
  flat = squeeze (text);

  /* Every block has its name, and a box to decide in. */
  g_assert_nonnull (strstr (text, GUARDIAN));
  g_assert_nonnull (strstr (text, FATHER));
  g_assert_nonnull (strstr (text, "M. Bakker"));
  g_assert_nonnull (strstr (flat, "☐akkoord"));
  g_assert_nonnull (strstr (text, "CONCEPT"));
}

static void
test_metadata_and_reproducible (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(PassendOppDocument) doc = make_document (3, TRUE);
  g_autoptr(TestPdf) pdf = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GDateTime) created = NULL;
  gsize first_len, second_len;
  PassendOppPdfOptions options;
  GStatBuf st;

  init_options (&options);
  render (fixture, doc, &options, NULL);
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  pdf = open_pdf (fixture->path);
  title = poppler_document_get_title (pdf);
  author = poppler_document_get_author (pdf);
  subject = poppler_document_get_subject (pdf);
  g_assert_nonnull (strstr (title, "Ontwikkelingsperspectiefplan"));
  g_assert_nonnull (strstr (title, STUDENT));
  g_assert_cmpstr (author, ==, SCHOOL);
  g_assert_nonnull (strstr (subject, "vastgesteld"));
  created = g_date_time_new_utc (2026, 10, 20, 12, 0, 0);
  g_assert_cmpint (poppler_document_get_creation_date (pdf), ==, g_date_time_to_unix (created));

  g_assert_true (g_file_get_contents (fixture->path, &first, &first_len, NULL));
  options.today = passend_day_new (2027, 3, 1);
  render (fixture, doc, &options, NULL);
  g_assert_true (g_file_get_contents (fixture->path, &second, &second_len, NULL));
  g_assert_cmpmem (first, first_len, second, second_len);
}

static void
test_hash_on_every_page (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(PassendOppDocument) doc = make_document (60, TRUE);
  g_autoptr(TestPdf) pdf = NULL;
  g_autofree char *short_hash = passend_opp_short_hash (doc->content_sha256);
  PassendOppPdfOptions options;
  guint n_pages = 0;
  int n;

  init_options (&options);
  render (fixture, doc, &options, &n_pages);
  pdf = open_pdf (fixture->path);
  n = poppler_document_get_n_pages (pdf);
  g_assert_cmpint (n, ==, (int) n_pages);
  g_assert_cmpint (n, >=, 4);

  for (int i = 0; i < n; i++)
    {
      g_autofree char *text = page_text (pdf, i);
      g_autofree char *label = g_strdup_printf ("pagina %d van %d", i + 1, n);

      g_assert_nonnull (strstr (text, short_hash));
      g_assert_nonnull (strstr (text, label));
      g_assert_nonnull (strstr (text, "OPP " STUDENT " · versie 2"));
    }
}

/* A goals table over several pages: every page it continues on starts
 * with its header row again, and no goal is lost or repeated. */
static void
test_table_header_repeats (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(PassendOppDocument) doc = make_document (60, FALSE);
  g_autoptr(TestPdf) pdf = NULL;
  g_autofree char *text = NULL;
  PassendOppPdfOptions options;
  int pages_with_goals = 0;

  init_options (&options);
  render (fixture, doc, &options, NULL);
  pdf = open_pdf (fixture->path);

  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autofree char *page = page_text (pdf, i);

      if (strstr (page, "Doeltekst nummer") == NULL)
        continue;
      pages_with_goals++;
      g_assert_nonnull (strstr (page, "Streefdatum"));
      g_assert_nonnull (strstr (page, "Criterium"));
      g_assert_true (strstr (page, "Criterium") < strstr (page, "Doeltekst nummer"));
    }
  g_assert_cmpint (pages_with_goals, >=, 2);

  text = all_text (pdf);
  for (guint i = 1; i <= 60; i++)
    {
      g_autofree char *needle = g_strdup_printf ("nummer %03u:", i);
      const char *at = strstr (text, needle);

      g_assert_nonnull (at);
      g_assert_null (strstr (at + 1, needle));
    }
}

/* A very long student's view flows over pages without losing a word,
 * in order. */
static void
test_long_section (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PassendOppDocument) doc = make_document (2, FALSE);
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(TestPdf) pdf = NULL;
  g_autofree char *text = NULL;
  PassendOppPdfOptions options;
  const char *at;
  int first_page = -1, last_page = -1;

  for (int i = 1; i <= 2500; i++)
    g_string_append_printf (long_text, "w%04d%s", i, i % 150 == 0 ? "\n\n" : " ");
  passend_opp_document_set_text (doc, PASSEND_OPP_SECTION_MENING_LEERLING, long_text->str);

  init_options (&options);
  render (fixture, doc, &options, NULL);
  pdf = open_pdf (fixture->path);
  text = all_text (pdf);

  at = text;
  for (int i = 1; i <= 2500; i++)
    {
      g_autofree char *word = g_strdup_printf ("w%04d", i);

      at = strstr (at, word);
      g_assert_nonnull (at);
    }

  for (int p = 0; p < poppler_document_get_n_pages (pdf); p++)
    {
      g_autofree char *page = page_text (pdf, p);

      if (strstr (page, "w0001") != NULL)
        first_page = p;
      if (strstr (page, "w2500") != NULL)
        last_page = p;
    }
  g_assert_cmpint (first_page, >=, 0);
  g_assert_cmpint (last_page, >, first_page + 1);
}

static void
test_concept_and_medical (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(PassendOppDocument) concept = make_document (2, FALSE);
  g_autoptr(PassendOppDocument) established = make_document (2, TRUE);
  PassendOppPdfOptions options;

  init_options (&options);
  options.include_medical = TRUE;
  render (fixture, concept, &options, NULL);
  {
    g_autoptr(TestPdf) pdf = open_pdf (fixture->path);
    g_autofree char *text = all_text (pdf);
    g_autofree char *first = page_text (pdf, 0);

    g_assert_nonnull (strstr (first, "CONCEPT"));
    g_assert_nonnull (strstr (text, "Epilepsie"));
    g_assert_nonnull (strstr (text, "Medische bijzonderheden"));
  }

  options.include_medical = FALSE;
  render (fixture, established, &options, NULL);
  {
    g_autoptr(TestPdf) pdf = open_pdf (fixture->path);
    g_autofree char *text = all_text (pdf);

    g_assert_null (strstr (text, "CONCEPT"));
    g_assert_null (strstr (text, "Epilepsie"));
    g_assert_nonnull (strstr (text, "vastgesteld op 20 oktober 2026"));
  }
}

static void
test_qpdf_check (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(PassendOppDocument) doc = make_document (40, TRUE);
  g_autofree char *qpdf = g_find_program_in_path ("qpdf");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { NULL, "--check", NULL, NULL };
  PassendOppPdfOptions options;
  int status = -1;

  if (qpdf == NULL)
    {
      g_test_skip ("qpdf is not installed");
      return;
    }

  init_options (&options);
  render (fixture, doc, &options, NULL);
  argv[0] = qpdf;
  argv[2] = fixture->path;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("qpdf --check failed:\n%s%s", out, err);
  g_assert_null (strstr (out, "WARNING"));
}

static void
got_result_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* The preview in memory, made in a worker on a copy of the document:
 * changing the caller's document meanwhile changes nothing. */
static void
test_render_bytes_async (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(PassendOppDocument) doc = make_document (5, FALSE);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TestPdf) pdf = NULL;
  g_autofree char *text = NULL;
  PassendOppPdfOptions options;

  init_options (&options);
  passend_opp_pdf_render_async (doc, NULL, &options, NULL, got_result_cb, &result);
  passend_opp_document_set_text (doc, PASSEND_OPP_SECTION_ZIENSWIJZE_OUDERS, "Later veranderd.");
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  bytes = passend_opp_pdf_render_finish (result, &error);
  g_assert_no_error (error);
  pdf = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), >=, 2);
  text = all_text (pdf);
  g_assert_nonnull (strstr (text, "spanning ervaart"));
  g_assert_null (strstr (text, "Later veranderd"));
}

/* From the store: a version created from a student's record, loaded in
 * one call and printed with the guardians the store knows. */
static void
test_from_store (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db_path = g_build_filename (fixture->dir, "passend.db", NULL);
  g_autoptr(PassendDatabase) database = passend_database_open (db_path, &error);
  g_autoptr(PassendOppDocument) doc = NULL;
  g_autoptr(PassendOppGoal) goal = passend_opp_goal_new (PASSEND_OPP_DOMAIN_LEREN, "Leest elke dag twintig minuten");
  g_autoptr(PassendOppSupport) support = passend_opp_support_new ("Leesbegeleiding");
  g_autoptr(TestPdf) pdf = NULL;
  g_autofree char *text = NULL;
  PassendOppPdfOptions options;
  gint64 version_id = 0;
  char *message = NULL;

  g_assert_no_error (error);
  sqlite3_exec (_passend_database_get_handle (database),
                "INSERT INTO student (id, lvs_number, roepnaam, tussenvoegsel, achternaam, birth_date,"
                " class_name, year, track) VALUES (1, '1001', 'Noor', 'van', 'Dijk', '2012-03-04', '2H1', 2, 'havo');"
                "INSERT INTO support_status (student_id, niveau, phase, regie, case_open, opened_at, updated_at)"
                " VALUES (1, 3, '3b', 'leco', 1, 0, 0);"
                "INSERT INTO guardian (id, student_id, relation, voorletters, tussenvoegsel, achternaam, has_authority)"
                " VALUES (11, 1, 'moeder', 'M.', 'van', 'Dijk', 1), (12, 1, 'vader', 'P.', '', 'Bos', 0);",
                NULL, NULL, &message);
  g_assert_null (message);

  g_assert_true (passend_database_create_opp (database, 1, &version_id, &error));
  g_assert_no_error (error);
  passend_database_add_opp_goal (database, version_id, goal, &error);
  g_assert_no_error (error);
  passend_database_add_opp_support (database, version_id, support, &error);
  g_assert_no_error (error);
  doc = passend_database_load_opp (database, version_id, &error);
  g_assert_no_error (error);

  init_options (&options);
  options.student_signs = FALSE;
  render (fixture, doc, &options, NULL);
  pdf = open_pdf (fixture->path);
  text = all_text (pdf);

  g_assert_nonnull (strstr (text, "Noor van Dijk"));
  g_assert_nonnull (strstr (text, "Leest elke dag twintig minuten"));
  g_assert_nonnull (strstr (text, "Leesbegeleiding"));
  /* Extra support needs instemming: a block for the mother with gezag,
   * none for the father without, none for the student here. */
  g_assert_nonnull (strstr (text, "ouder/verzorger met gezag"));
  g_assert_null (strstr (text, "Bos"));
  g_assert_null (strstr (text, "Handtekening leerling"));
  g_assert_nonnull (strstr (text, "CONCEPT"));
}

/* The writer underneath: a keep-together group that does not fit moves
 * to the next page whole; a table row is never split. */
static void
test_writer_keep_together (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(PassendPdfWriter) writer = passend_pdf_writer_new ("Proef", SCHOOL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TestPdf) pdf = NULL;
  static const double widths[] = { 1, 3 };
  const char *header[] = { "Kolom A", "Kolom B" };
  int group_page = -1;

  for (int i = 0; i < 30; i++)
    {
      g_autofree char *line = g_strdup_printf ("Vulregel %02d die de pagina bijna vol maakt.", i);

      passend_pdf_writer_add_paragraph (writer, line);
    }
  passend_pdf_writer_begin_keep_together (writer);
  passend_pdf_writer_add_paragraph (writer, "GROEP-BEGIN");
  for (int i = 0; i < 8; i++)
    passend_pdf_writer_add_paragraph (writer, "Een regel van het blok dat bij elkaar blijft.");
  passend_pdf_writer_add_paragraph (writer, "GROEP-EINDE");
  passend_pdf_writer_end_keep_together (writer);

  passend_pdf_writer_begin_table (writer, 2, widths);
  passend_pdf_writer_add_table_header (writer, header);
  for (int i = 0; i < 30; i++)
    {
      g_autofree char *a = g_strdup_printf ("RIJ%02d-BOVEN", i);
      g_autofree char *b = g_strdup_printf ("regel een\nregel twee\nregel drie\nRIJ%02d-ONDER", i);
      const char *row[] = { a, b };

      passend_pdf_writer_add_table_row (writer, row);
    }
  passend_pdf_writer_end_table (writer);

  g_assert_true (passend_pdf_writer_save (writer, fixture->path, NULL, &error));
  g_assert_no_error (error);
  pdf = open_pdf (fixture->path);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), >=, 3);

  for (int p = 0; p < poppler_document_get_n_pages (pdf); p++)
    {
      g_autofree char *text = page_text (pdf, p);

      if (strstr (text, "GROEP-BEGIN") != NULL)
        {
          group_page = p;
          g_assert_nonnull (strstr (text, "GROEP-EINDE"));
          /* It did not fit below the 30 lines, so it starts a page. */
          g_assert_cmpint (p, >, 0);
          g_assert_null (strstr (text, "Vulregel"));
        }
      for (int r = 0; r < 30; r++)
        {
          g_autofree char *top = g_strdup_printf ("RIJ%02d-BOVEN", r);
          g_autofree char *bottom = g_strdup_printf ("RIJ%02d-ONDER", r);

          g_assert_true ((strstr (text, top) == NULL) == (strstr (text, bottom) == NULL));
        }
    }
  g_assert_cmpint (group_page, >, 0);
}

/* Drawing a page into any cairo context (print, preview) draws the same
 * pages the PDF has. */
static void
test_writer_draw_page (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(PassendOppDocument) doc = make_document (30, TRUE);
  g_autoptr(PassendPdfWriter) writer = passend_opp_pdf_build (doc, NULL, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_pages;
  guint inked = 0;

  g_assert_nonnull (writer);
  n_pages = passend_pdf_writer_paginate (writer, NULL, &error);
  g_assert_no_error (error);
  bytes = passend_pdf_writer_save_to_bytes (writer, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, passend_pdf_writer_get_n_pages (writer));

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 298, 421);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, 0.5, 0.5);
  passend_pdf_writer_draw_page (writer, cr, n_pages - 1);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  for (int y = 0; y < 421; y++)
    {
      const guint32 *row = (const guint32 *) (cairo_image_surface_get_data (surface)
                                              + y * cairo_image_surface_get_stride (surface));

      for (int x = 0; x < 298; x++)
        inked += (row[x] & 0xffffff) != 0xffffff;
    }
  cairo_surface_destroy (surface);
  g_assert_cmpuint (inked, >, 500);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/render/opp/headings-and-outline", test_headings_and_outline);
  ADD ("/render/opp/signatures", test_signatures);
  ADD ("/render/opp/for-signing", test_for_signing);
  ADD ("/render/opp/metadata-and-reproducible", test_metadata_and_reproducible);
  ADD ("/render/opp/hash-on-every-page", test_hash_on_every_page);
  ADD ("/render/opp/table-header-repeats", test_table_header_repeats);
  ADD ("/render/opp/long-section", test_long_section);
  ADD ("/render/opp/concept-and-medical", test_concept_and_medical);
  ADD ("/render/opp/qpdf-check", test_qpdf_check);
  ADD ("/render/opp/render-bytes-async", test_render_bytes_async);
  ADD ("/render/opp/from-store", test_from_store);
  ADD ("/render/pdf-writer/keep-together-and-rows", test_writer_keep_together);
  ADD ("/render/pdf-writer/draw-page", test_writer_draw_page);
#undef ADD

  return g_test_run ();
}
