/* test-render-chronology.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>
#include <sys/stat.h>

#include "passend-chronology-export.h"
#include "passend-database.h"

#define STUDENT_NAME "Zoë van den Brœk-Çelik"
#define LVS_NUMBER   "810042"
#define FOOTER       "Vertrouwelijk — bevat persoonsgegevens van een minderjarige leerling"

#define T_PARENTS  "Eerste gesprek met ouders"
#define T_CARE     "Observatie in de klas"
#define T_MEDICAL  "Medische informatie huisarts"
#define T_MELDCODE "Zorgen over de thuissituatie"
#define T_LONG     "Lang verslag van het overleg"
#define T_MARKUP   "Incident <b>& pesten"
#define T_TODAY    "Besluit Flex-ZAT"
#define T_OTHER    "Gesprek van een andere leerling"
#define LONG_END   "EINDE-VAN-HET-VERSLAG"

typedef PopplerDocument TestPdf;
typedef PopplerPage     TestPage;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPdf, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPage, g_object_unref)

typedef struct
{
  char  *dir;
  char  *database_path;
  char  *output;
  gint64 student_id;
} Fixture;

static gint64
at (int year,
    int month,
    int day,
    int hour)
{
  g_autoptr(GDateTime) local = g_date_time_new_local (year, month, day, hour, 0, 0);

  return g_date_time_to_unix (local);
}

static void
add_entry (PassendDatabase        *database,
           gint64                  student_id,
           PassendEntryKind        kind,
           gint64                  occurred_at,
           PassendConfidentiality  level,
           const char             *title,
           const char             *body)
{
  g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();
  g_autoptr(GError) error = NULL;

  passend_timeline_entry_set_student_id (entry, student_id);
  passend_timeline_entry_set_kind (entry, kind);
  passend_timeline_entry_set_occurred_at (entry, occurred_at);
  passend_timeline_entry_set_confidentiality (entry, level);
  passend_timeline_entry_set_author (entry, "Dennis Vermeulen");
  passend_timeline_entry_set_title (entry, title);
  passend_timeline_entry_set_body (entry, body);
  passend_timeline_entry_set_is_fact (entry, TRUE);
  g_assert_true (passend_database_add_entry (database, entry, &error));
  g_assert_no_error (error);
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
make_png_logo (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 120, 60);
  cairo_t *cr = cairo_create (surface);
  GByteArray *png = g_byte_array_new ();

  cairo_set_source_rgb (cr, 0.1, 0.3, 0.7);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_bytes, png), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (png);
}

static gint64
add_student (PassendDatabase *database,
             const char      *lvs,
             const char      *roepnaam,
             const char      *tussenvoegsel,
             const char      *achternaam)
{
  g_autoptr(PassendStudent) student = passend_student_new ();
  g_autoptr(GError) error = NULL;

  passend_student_set_lvs_number (student, lvs);
  passend_student_set_roepnaam (student, roepnaam);
  passend_student_set_tussenvoegsel (student, tussenvoegsel);
  passend_student_set_achternaam (student, achternaam);
  passend_student_set_class_name (student, "3H2");
  passend_student_set_birth_date (student, passend_day_new (2011, 5, 4));
  g_assert_true (passend_database_add_student (database, student, &error));
  g_assert_no_error (error);
  return passend_student_get_id (student);
}

static void
fill_school (Fixture         *fixture,
             PassendDatabase *database)
{
  g_autoptr(PassendSchool) school = passend_school_new ();
  g_autoptr(GBytes) logo = make_png_logo ();
  g_autoptr(GString) long_body = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  gint64 other;

  passend_school_set_name (school, "Het Passend College");
  passend_school_set_brin (school, "99PC");
  passend_school_set_city (school, "Gouda");
  g_assert_true (passend_database_set_school (database, school, &error));
  g_assert_no_error (error);
  g_assert_true (passend_database_set_school_logo (database, logo, &error));
  g_assert_no_error (error);

  fixture->student_id = add_student (database, LVS_NUMBER, "Zoë", "van den", "Brœk-Çelik");
  other = add_student (database, "810043", "Daan", "de", "Vries");

  for (guint i = 0; i < 120; i++)
    g_string_append_printf (long_body, "Zin %u van het verslag: besproken is hoe het gaat in de les en thuis. ", i);
  g_string_append (long_body, LONG_END);

  /* Stored out of order on purpose: the document must sort them. */
  add_entry (database, fixture->student_id, PASSEND_ENTRY_KIND_DECISION, at (2026, 11, 23, 10),
             PASSEND_CONFIDENTIALITY_NORMAL, T_TODAY, "Aangemeld bij het Flex-ZAT.");
  add_entry (database, fixture->student_id, PASSEND_ENTRY_KIND_MEETING, at (2026, 3, 10, 14),
             PASSEND_CONFIDENTIALITY_NORMAL, T_LONG, long_body->str);
  add_entry (database, fixture->student_id, PASSEND_ENTRY_KIND_CONVERSATION_PARENTS, at (2025, 9, 1, 9),
             PASSEND_CONFIDENTIALITY_NORMAL, T_PARENTS, "Kennismaking met <moeder> & vader.");
  add_entry (database, fixture->student_id, PASSEND_ENTRY_KIND_INCIDENT, at (2026, 6, 1, 12),
             PASSEND_CONFIDENTIALITY_NORMAL, T_MARKUP, "Ruzie op het plein </span>.");
  add_entry (database, fixture->student_id, PASSEND_ENTRY_KIND_OBSERVATION, at (2025, 10, 15, 11),
             PASSEND_CONFIDENTIALITY_CARE, T_CARE, "Trekt zich terug.");
  add_entry (database, fixture->student_id, PASSEND_ENTRY_KIND_DOCUMENT, at (2025, 11, 1, 10),
             PASSEND_CONFIDENTIALITY_MEDICAL, T_MEDICAL, "Diagnose volgens de huisarts.");
  add_entry (database, fixture->student_id, PASSEND_ENTRY_KIND_SIGNAL, at (2025, 12, 1, 10),
             PASSEND_CONFIDENTIALITY_MELDCODE, T_MELDCODE, "Afweging meldcode stap 1.");
  add_entry (database, other, PASSEND_ENTRY_KIND_CONVERSATION_STUDENT, at (2026, 1, 5, 10),
             PASSEND_CONFIDENTIALITY_NORMAL, T_OTHER, "Niet van deze leerling.");

  /* One entry of every kind, so each Dutch label gets printed. */
  for (guint kind = PASSEND_ENTRY_KIND_CONVERSATION_STUDENT; kind <= PASSEND_ENTRY_KIND_INCIDENT; kind++)
    {
      g_autofree char *title = g_strdup_printf ("Soort %u", kind);

      add_entry (database, fixture->student_id, kind, at (2026, 1, 10 + kind, 9),
                 PASSEND_CONFIDENTIALITY_NORMAL, title, NULL);
    }
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("passend-chronology-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->database_path = g_build_filename (fixture->dir, "passend.db", NULL);
  fixture->output = g_build_filename (fixture->dir, "Chronologie.pdf", NULL);

  database = passend_database_open (fixture->database_path, &error);
  g_assert_no_error (error);
  fill_school (fixture, database);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->database_path);
  g_free (fixture->output);
}

static TestPdf *
open_pdf (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TestPdf *document = poppler_document_new_from_gfile (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return document;
}

/* The text of every page, and the whole document in reading order. */
static GPtrArray *
read_pages (TestPdf  *document,
            GString  *all)
{
  GPtrArray *pages = g_ptr_array_new_with_free_func (g_free);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(TestPage) page = poppler_document_get_page (document, i);
      char *text = poppler_page_get_text (page);

      g_ptr_array_add (pages, text);
      g_string_append (all, text);
      g_string_append_c (all, '\n');
    }

  return pages;
}

static void
export (Fixture                        *fixture,
        const PassendChronologyOptions *options,
        guint                          *n_entries)
{
  g_autoptr(GError) error = NULL;
  guint n_pages = 0;

  g_assert_true (passend_chronology_export (fixture->database_path, fixture->student_id, options,
                                            fixture->output, n_entries, &n_pages, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, >=, 1);
}

static void
test_default (Fixture       *fixture,
              gconstpointer  data)
{
  PassendChronologyOptions options;
  g_autoptr(TestPdf) document = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(GPtrArray) pages = NULL;
  g_autofree char *title = NULL;
  const char *order[] = { T_PARENTS, T_CARE, "Soort 0", "Soort 14", T_LONG, T_MARKUP, T_TODAY };
  const char *previous = NULL;
  guint n_entries = 0;
  GStatBuf info;

  passend_chronology_options_init (&options);
  export (fixture, &options, &n_entries);

  /* Medical and meldcode out, the other student's entry too. */
  g_assert_cmpuint (n_entries, ==, 5 + 15);

  g_assert_cmpint (g_stat (fixture->output, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);

  document = open_pdf (fixture->output);
  pages = read_pages (document, all);
  g_assert_cmpuint (pages->len, >=, 2);

  for (guint i = 0; i < pages->len; i++)
    {
      g_autofree char *label = g_strdup_printf ("pagina %u van %u", i + 1, pages->len);
      const char *text = g_ptr_array_index (pages, i);

      g_assert_nonnull (strstr (text, label));
      g_assert_nonnull (strstr (text, FOOTER));
    }

  g_assert_nonnull (strstr (g_ptr_array_index (pages, 0), "Chronologisch overzicht"));
  g_assert_nonnull (strstr (g_ptr_array_index (pages, 0), "BRIN 99PC"));
  g_assert_nonnull (strstr (g_ptr_array_index (pages, 0), STUDENT_NAME));
  g_assert_nonnull (strstr (g_ptr_array_index (pages, 0), LVS_NUMBER));
  g_assert_nonnull (strstr (g_ptr_array_index (pages, 0), "wo 4 mei 2011"));

  /* The chronology reads forward. */
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      const char *found = strstr (all->str, order[i]);

      g_assert_nonnull (found);
      if (previous != NULL)
        g_assert_true (found > previous);
      previous = found;
    }

  g_assert_nonnull (strstr (all->str, "ma 23 nov. 2026 — " T_TODAY));
  g_assert_nonnull (strstr (all->str, "ma 1 sep. 2025 — " T_PARENTS));
  g_assert_nonnull (strstr (all->str, "Gesprek met ouders"));
  g_assert_nonnull (strstr (all->str, "Kennismaking met <moeder> & vader."));
  g_assert_nonnull (strstr (all->str, "vertrouwelijk: zorg"));
  g_assert_nonnull (strstr (all->str, LONG_END));
  g_assert_nonnull (strstr (g_ptr_array_index (pages, pages->len - 1), "Einde van het overzicht (20 aantekeningen)."));
  g_assert_null (strstr (all->str, T_MEDICAL));
  g_assert_null (strstr (all->str, T_MELDCODE));
  g_assert_null (strstr (all->str, T_OTHER));

  title = poppler_document_get_title (document);
  g_assert_nonnull (strstr (title, STUDENT_NAME));
  {
    g_autofree char *author = poppler_document_get_author (document);

    g_assert_cmpstr (author, ==, "Het Passend College");
  }

  /* The logo is drawn on the first page only. */
  {
    g_autoptr(TestPage) first = poppler_document_get_page (document, 0);
    g_autoptr(TestPage) second = poppler_document_get_page (document, 1);
    GList *images = poppler_page_get_image_mapping (first);
    GList *none = poppler_page_get_image_mapping (second);

    g_assert_cmpuint (g_list_length (images), ==, 1);
    g_assert_cmpuint (g_list_length (none), ==, 0);
    poppler_page_free_image_mapping (images);
    poppler_page_free_image_mapping (none);
  }
}

static void
test_medical_chosen (Fixture       *fixture,
                     gconstpointer  data)
{
  PassendChronologyOptions options;
  g_autoptr(TestPdf) document = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(GPtrArray) pages = NULL;
  guint n_entries = 0;

  passend_chronology_options_init (&options);
  options.include_medical = TRUE;
  export (fixture, &options, &n_entries);
  g_assert_cmpuint (n_entries, ==, 6 + 15);

  document = open_pdf (fixture->output);
  pages = read_pages (document, all);
  g_assert_nonnull (strstr (all->str, T_MEDICAL));
  g_assert_nonnull (strstr (all->str, "vertrouwelijk: medisch"));
  g_assert_nonnull (strstr (all->str, "normaal, zorg, medisch"));
  g_assert_null (strstr (all->str, T_MELDCODE));
}

static void
test_period_and_kinds (Fixture       *fixture,
                       gconstpointer  data)
{
  PassendChronologyOptions options;
  g_autoptr(TestPdf) document = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(GPtrArray) pages = NULL;
  guint n_entries = 0;

  passend_chronology_options_init (&options);
  options.from = passend_day_new (2025, 10, 1);
  options.to = passend_day_new (2026, 6, 1);
  options.include_care = FALSE;
  options.kinds = PASSEND_CHRONOLOGY_KIND_BIT (PASSEND_ENTRY_KIND_MEETING) |
                  PASSEND_CHRONOLOGY_KIND_BIT (PASSEND_ENTRY_KIND_INCIDENT) |
                  PASSEND_CHRONOLOGY_KIND_BIT (PASSEND_ENTRY_KIND_OBSERVATION);
  export (fixture, &options, &n_entries);

  document = open_pdf (fixture->output);
  pages = read_pages (document, all);
  /* The long report, the incident on the last day, and one of each of the
   * three kinds in January; the care observation is not chosen. */
  g_assert_cmpuint (n_entries, ==, 2 + 3);
  g_assert_nonnull (strstr (all->str, T_LONG));
  g_assert_nonnull (strstr (all->str, T_MARKUP));
  g_assert_null (strstr (all->str, T_PARENTS));
  g_assert_null (strstr (all->str, T_TODAY));
  g_assert_null (strstr (all->str, T_CARE));
  g_assert_nonnull (strstr (all->str, "1 okt. 2025 – 1 jun. 2026"));
  g_assert_nonnull (strstr (all->str, "overleg, incident"));
}

static void
on_progress (double   fraction,
             gpointer user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  *last = fraction;
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_async_and_errors (Fixture       *fixture,
                       gconstpointer  data)
{
  PassendChronologyOptions options;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  double last = 0;
  guint n_entries = 0;

  passend_chronology_options_init (&options);
  passend_chronology_export_async (fixture->database_path, fixture->student_id, &options,
                                   fixture->output, NULL, on_progress, &last, on_exported, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (passend_chronology_export_finish (result, &n_entries, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_entries, ==, 20);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpfloat (last, ==, 1.0);
  g_unlink (fixture->output);

  /* Cancelled: nothing written. */
  g_clear_object (&result);
  g_cancellable_cancel (cancellable);
  passend_chronology_export_async (fixture->database_path, fixture->student_id, &options,
                                   fixture->output, cancellable, NULL, NULL, on_exported, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (passend_chronology_export_finish (result, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (g_file_test (fixture->output, G_FILE_TEST_EXISTS));

  /* An unknown student: an error, and no file. */
  g_assert_false (passend_chronology_export (fixture->database_path, 999999, &options,
                                             fixture->output, NULL, NULL, NULL, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (g_file_test (fixture->output, G_FILE_TEST_EXISTS));

  database = passend_database_open (fixture->database_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (passend_database_find_student_id (database, " " LVS_NUMBER " ", &error), ==,
                   fixture->student_id);
  g_assert_no_error (error);
  g_assert_cmpint (passend_database_find_student_id (database, "000000", &error), ==, 0);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
}

static void
test_labels_and_images (void)
{
  g_autoptr(PassendPdfWriter) writer = passend_pdf_writer_new ("x", "y");
  g_autoptr(GBytes) jpeg = g_bytes_new_static ("\xff\xd8\xff\xe0 not a png", 14);
  g_autoptr(GBytes) broken = g_bytes_new_static ("\x89PNG\r\n\x1a\n broken", 15);
  g_autoptr(GBytes) png = make_png_logo ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  /* Each kind has its own Dutch label, none falls back to the default. */
  for (guint kind = PASSEND_ENTRY_KIND_CONVERSATION_STUDENT; kind <= PASSEND_ENTRY_KIND_INCIDENT; kind++)
    {
      const char *label = passend_chronology_kind_label (kind);

      g_assert_cmpstr (label, !=, "Aantekening");
      g_assert_false (g_hash_table_contains (seen, label));
      g_hash_table_add (seen, (gpointer) label);
    }
  g_assert_cmpstr (passend_chronology_kind_label (PASSEND_ENTRY_KIND_CONVERSATION_PARENTS), ==,
                   "Gesprek met ouders");
  g_assert_cmpstr (passend_chronology_kind_label (99), ==, "Aantekening");

  g_assert_false (passend_pdf_writer_add_image (writer, jpeg, 40, &error));
  g_assert_error (error, PASSEND_PDF_WRITER_ERROR, PASSEND_PDF_WRITER_ERROR_INVALID_IMAGE);
  g_clear_error (&error);
  g_assert_false (passend_pdf_writer_add_image (writer, broken, 40, &error));
  g_assert_error (error, PASSEND_PDF_WRITER_ERROR, PASSEND_PDF_WRITER_ERROR_INVALID_IMAGE);
  g_clear_error (&error);
  g_assert_true (passend_pdf_writer_add_image (writer, png, 40, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/chronology/default", Fixture, NULL, fixture_set_up, test_default, fixture_tear_down);
  g_test_add ("/chronology/medical-chosen", Fixture, NULL, fixture_set_up, test_medical_chosen,
              fixture_tear_down);
  g_test_add ("/chronology/period-and-kinds", Fixture, NULL, fixture_set_up, test_period_and_kinds,
              fixture_tear_down);
  g_test_add ("/chronology/async-and-errors", Fixture, NULL, fixture_set_up, test_async_and_errors,
              fixture_tear_down);
  g_test_add_func ("/chronology/labels-and-images", test_labels_and_images);

  return g_test_run ();
}
