/* test-render-pdf.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>
#include <sys/stat.h>

#include "passend-pdf-writer.h"

#define N_REGELS 400
#define TITLE    "Ontwikkelingsperspectiefplan"
#define AUTHOR   "Het Passend College"
#define FOOTER   "Vertrouwelijk: bevat bijzondere persoonsgegevens van een minderjarige."

/* poppler-glib 22.12 declares no autoptr cleanups; local names keep these
 * from clashing with a newer poppler that does. */
typedef PopplerDocument  TestPdf;
typedef PopplerPage      TestPage;
typedef PopplerIndexIter TestIndexIter;
typedef PopplerDest      TestDest;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPdf, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPage, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestIndexIter, poppler_index_iter_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestDest, poppler_dest_free)

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

  fixture->dir = g_dir_make_tmp ("passend-pdf-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "document.pdf", NULL);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* The names in @dir, sorted and joined with spaces. */
static char *
list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static PopplerDocument *
open_pdf (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PopplerDocument *document;

  document = poppler_document_new_from_gfile (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static char *
page_text (PopplerDocument *document,
           int              index)
{
  g_autoptr(TestPage) page = poppler_document_get_page (document, index);

  g_assert_nonnull (page);
  return poppler_page_get_text (page);
}

static char *
dutch_paragraph (guint n)
{
  return g_strdup_printf ("alinea %u: De coördinator bespreekt met de ouders en de mentor hoe het "
                          "gaat. Tijdens de ëerste" /* not a word, only a diacritic */ " weken "
                          "blijkt dat de leerling meer structuur nodig heeft bij het plannen "
                          "van huiswerk en toetsen. We spreken af dat de mentor wekelijks een "
                          "kort gesprek voert, dat de leerling een rustige werkplek krijgt en "
                          "dat de ouders thuis het weekrooster met hun kind doornemen. Na zes "
                          "weken evalueren we de afspraken in het zorgoverleg met de "
                          "ondersteuningscoördinator.", n);
}

static PassendPdfWriter *
create_long_document (void)
{
  const char *keys[] = { "Naam", "Klas", "Geboortedatum", "Mentor", "Zorgcoördinator" };
  const char *values[] = { "Ëlif de Vries-Jansen", "3H2", "12 maart 2011", NULL, "M. van den Berg" };
  PassendPdfWriter *writer = passend_pdf_writer_new (TITLE, AUTHOR);
  g_autoptr(GString) regels = g_string_new (NULL);

  passend_pdf_writer_set_subject (writer, "OPP");
  passend_pdf_writer_set_footer_text (writer, FOOTER);

  passend_pdf_writer_add_heading (writer, 1, "Gegevens van de leerling");
  passend_pdf_writer_add_key_values (writer, keys, values, G_N_ELEMENTS (keys));
  passend_pdf_writer_add_heading (writer, 1, "Onderwijsbehoeften");
  passend_pdf_writer_add_heading (writer, 2, "Aanleiding");
  for (guint i = 1; i <= 8; i++)
    {
      g_autofree char *text = dutch_paragraph (i);
      passend_pdf_writer_add_paragraph (writer, text);
    }

  passend_pdf_writer_add_heading (writer, 2, "Regels");
  for (guint i = 1; i <= N_REGELS; i++)
    g_string_append_printf (regels, "%sregel %u", i > 1 ? "\n" : "", i);
  passend_pdf_writer_add_paragraph (writer, regels->str);

  passend_pdf_writer_add_space (writer, 24);
  passend_pdf_writer_add_heading (writer, 1, "Afspraken");
  passend_pdf_writer_add_paragraph (writer, "Slotalinea.");

  return writer;
}

/* The numbers of every "regel N" in @text, in order. */
static GArray *
find_regels (const char *text)
{
  g_autoptr(GRegex) regex = g_regex_new ("\\bregel (\\d+)\\b", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GArray *numbers = g_array_new (FALSE, FALSE, sizeof (guint));

  g_regex_match (regex, text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *digits = g_match_info_fetch (match, 1);
      guint number = (guint) g_ascii_strtoull (digits, NULL, 10);

      g_array_append_val (numbers, number);
      g_match_info_next (match, NULL);
    }

  return numbers;
}

static void
test_long_document (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PassendPdfWriter) writer = create_long_document ();
  g_autoptr(TestPdf) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(GArray) regels = NULL;
  const char *in_order[] = { "Gegevens van de leerling", "Ëlif de Vries-Jansen",
                             "Onderwijsbehoeften", "Aanleiding", "alinea 1:", "alinea 8:",
                             "Regels", "regel 1\n", "regel 400", "Afspraken", "Slotalinea." };
  const char *cursor;
  guint pages_with_regels = 0;
  int n_pages;

  g_assert_cmpuint (passend_pdf_writer_get_n_pages (writer), ==, 0);
  g_assert_true (passend_pdf_writer_save (writer, fixture->path, NULL, &error));
  g_assert_no_error (error);

  document = open_pdf (fixture->path);
  n_pages = poppler_document_get_n_pages (document);
  g_assert_cmpint (n_pages, >=, 3);
  g_assert_cmpint (n_pages, ==, (int) passend_pdf_writer_get_n_pages (writer));

  for (int i = 0; i < n_pages; i++)
    {
      g_autofree char *text = page_text (document, i);
      g_autofree char *label = g_strdup_printf ("pagina %d van %d", i + 1, n_pages);
      g_autoptr(GArray) on_page = find_regels (text);

      g_assert_nonnull (strstr (text, label));
      g_assert_nonnull (strstr (text, AUTHOR));
      g_assert_nonnull (strstr (text, TITLE));
      g_assert_nonnull (strstr (text, FOOTER));
      if (on_page->len > 0)
        pages_with_regels++;
      g_string_append (all, text);
      g_string_append_c (all, '\n');
    }

  /* The numbered lines cross several page breaks; each must be there
   * exactly once, in order. */
  g_assert_cmpuint (pages_with_regels, >=, 3);
  regels = find_regels (all->str);
  g_assert_cmpuint (regels->len, ==, N_REGELS);
  for (guint i = 0; i < regels->len; i++)
    g_assert_cmpuint (g_array_index (regels, guint, i), ==, i + 1);

  cursor = all->str;
  for (guint i = 0; i < G_N_ELEMENTS (in_order); i++)
    {
      const char *found = strstr (cursor, in_order[i]);

      if (found == NULL)
        g_error ("“%s” missing or out of order", in_order[i]);
      cursor = found + strlen (in_order[i]);
    }

  g_assert_nonnull (strstr (all->str, "coördinator"));
  g_assert_nonnull (strstr (all->str, "Zorgcoördinator"));
  /* A missing value prints as a dash. */
  g_assert_nonnull (strstr (all->str, "—"));
}

static void
test_page_size_and_fonts (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(PassendPdfWriter) writer = create_long_document ();
  g_autoptr(TestPdf) document = NULL;
  g_autoptr(GError) error = NULL;
  guint n_attributes = 0;
  gboolean has_body_size = FALSE;

  g_assert_true (passend_pdf_writer_save (writer, fixture->path, NULL, &error));
  g_assert_no_error (error);
  document = open_pdf (fixture->path);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(TestPage) page = poppler_document_get_page (document, i);
      GList *attributes = poppler_page_get_text_attributes (page);
      double width, height;

      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, 595.28, 0.01);
      g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);

      /* At PangoCairo's default 96 dpi "10" would come out as 13.3 pt. */
      for (GList *l = attributes; l != NULL; l = l->next)
        {
          PopplerTextAttributes *attr = l->data;

          n_attributes++;
          g_assert_cmpfloat (attr->font_size, <=, 16.05);
          if (G_APPROX_VALUE (attr->font_size, 10.0, 0.05))
            has_body_size = TRUE;
        }
      poppler_page_free_text_attributes (attributes);
    }

  g_assert_cmpuint (n_attributes, >, 0);
  g_assert_true (has_body_size);
}

static void
test_metadata_and_outline (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(PassendPdfWriter) writer = create_long_document ();
  g_autoptr(TestPdf) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TestIndexIter) iter = NULL;
  g_autoptr(GString) outline = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *creator = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  int last_page_of_outline = 0;

  g_assert_true (passend_pdf_writer_save (writer, fixture->path, NULL, &error));
  g_assert_no_error (error);
  document = open_pdf (fixture->path);

  title = poppler_document_get_title (document);
  author = poppler_document_get_author (document);
  subject = poppler_document_get_subject (document);
  creator = poppler_document_get_creator (document);
  g_assert_cmpstr (title, ==, TITLE);
  g_assert_cmpstr (author, ==, AUTHOR);
  g_assert_cmpstr (subject, ==, "OPP");
  g_assert_cmpstr (creator, ==, "Passend " PACKAGE_VERSION);
  g_assert_cmpint (ABS (poppler_document_get_creation_date (document) - now), <, 120);

  /* Level 1 headings at the top of the outline, level 2 below them. */
  iter = poppler_index_iter_new (document);
  g_assert_nonnull (iter);
  do
    {
      g_autoptr(TestIndexIter) child = poppler_index_iter_get_child (iter);
      PopplerAction *action = poppler_index_iter_get_action (iter);

      g_assert_cmpint (action->type, ==, POPPLER_ACTION_GOTO_DEST);
      g_string_append (outline, action->goto_dest.title);
      if (g_str_equal (action->goto_dest.title, "Afspraken"))
        {
          PopplerDest *dest = action->goto_dest.dest;
          g_autoptr(TestDest) named = NULL;

          if (dest->type == POPPLER_DEST_NAMED)
            dest = named = poppler_document_find_dest (document, dest->named_dest);
          last_page_of_outline = dest->page_num;
        }
      poppler_action_free (action);

      if (child != NULL)
        {
          g_string_append (outline, " [");
          do
            {
              PopplerAction *child_action = poppler_index_iter_get_action (child);

              g_string_append_printf (outline, "%s;", child_action->goto_dest.title);
              poppler_action_free (child_action);
            }
          while (poppler_index_iter_next (child));
          g_string_append (outline, "]");
        }
      g_string_append (outline, "|");
    }
  while (poppler_index_iter_next (iter));

  g_assert_cmpstr (outline->str, ==,
                   "Gegevens van de leerling|Onderwijsbehoeften [Aanleiding;Regels;]|Afspraken|");
  /* The last heading links to the page it is printed on. */
  {
    g_autofree char *text = page_text (document, last_page_of_outline - 1);
    g_assert_nonnull (strstr (text, "Slotalinea."));
  }
}

static void
test_file_is_private_and_atomic (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(PassendPdfWriter) writer = create_long_document ();
  g_autoptr(PassendPdfWriter) short_writer = passend_pdf_writer_new ("Kort", AUTHOR);
  g_autoptr(TestPdf) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  GStatBuf st;

  /* An existing, world-readable file is replaced by a private one. */
  g_assert_true (g_file_set_contents (fixture->path, "oud", -1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (fixture->path, 0644), ==, 0);

  g_assert_true (passend_pdf_writer_save (writer, fixture->path, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  names = list_dir (fixture->dir);
  g_assert_cmpstr (names, ==, "document.pdf");

  passend_pdf_writer_add_paragraph (short_writer, "Eén alinea.");
  g_assert_true (passend_pdf_writer_save (short_writer, fixture->path, NULL, &error));
  g_assert_no_error (error);
  document = open_pdf (fixture->path);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  g_assert_cmpuint (passend_pdf_writer_get_n_pages (short_writer), ==, 1);
  g_clear_pointer (&names, g_free);
  names = list_dir (fixture->dir);
  g_assert_cmpstr (names, ==, "document.pdf");
}

static void
test_failed_save (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(PassendPdfWriter) writer = create_long_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *missing_dir = g_build_filename (fixture->dir, "bestaat-niet", NULL);
  g_autofree char *missing = g_build_filename (missing_dir, "verslag.pdf", NULL);
  g_autofree char *folder = g_build_filename (fixture->dir, "map", NULL);
  g_autofree char *names = NULL;

  g_assert_false (passend_pdf_writer_save (writer, missing, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, "verslag.pdf"));
  g_assert_false (g_file_test (missing_dir, G_FILE_TEST_EXISTS));
  names = list_dir (fixture->dir);
  g_assert_cmpstr (names, ==, "");
  g_assert_cmpuint (passend_pdf_writer_get_n_pages (writer), ==, 0);
  g_clear_error (&error);

  /* The rename fails after the whole document was written: the temporary
   * file must still go. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (passend_pdf_writer_save (writer, folder, NULL, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_FILE_ERROR);
  g_assert_nonnull (strstr (error->message, "map"));
  g_clear_pointer (&names, g_free);
  names = list_dir (fixture->dir);
  g_assert_cmpstr (names, ==, "map");
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
}

static void
test_cancelled_save (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PassendPdfWriter) writer = create_long_document ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (passend_pdf_writer_save (writer, fixture->path, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  names = list_dir (fixture->dir);
  g_assert_cmpstr (names, ==, "");
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} SaveResult;

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SaveResult *save = user_data;

  save->ok = passend_pdf_writer_save_finish (PASSEND_PDF_WRITER (object), result, &save->error);
  save->done = TRUE;
}

static void
test_save_async (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(PassendPdfWriter) writer = create_long_document ();
  g_autoptr(TestPdf) document = NULL;
  SaveResult save = { FALSE, FALSE, NULL };

  passend_pdf_writer_save_async (writer, fixture->path, NULL, save_done_cb, &save);
  while (!save.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (save.error);
  g_assert_true (save.ok);

  document = open_pdf (fixture->path);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==,
                   (int) passend_pdf_writer_get_n_pages (writer));
}

static void
check_inside_page (PopplerPage *page,
                   double       margin)
{
  PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  double width, height;

  poppler_page_get_size (page, &width, &height);
  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
  g_assert_cmpuint (n_rects, >, 0);

  for (guint i = 0; i < n_rects; i++)
    {
      g_assert_cmpfloat (rects[i].x1, >=, margin);
      g_assert_cmpfloat (rects[i].x2, <=, width - margin);
      g_assert_cmpfloat (rects[i].y1, >=, 0);
      g_assert_cmpfloat (rects[i].y2, <=, height);
    }
  g_free (rects);
}

static void
test_hostile_text (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PassendPdfWriter) writer = NULL;
  g_autoptr(TestPdf) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) word = g_string_new (NULL);
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(GString) squeezed = g_string_new (NULL);
  g_autofree char *long_title = NULL;
  g_autofree char *long_footer = NULL;
  const char *arabic = "تتحدث المنسقة مع الوالدين والمرشد حول تقدم الطالب في المدرسة. ";
  const char *keys[] = { "Opmerking" };
  const char *values[1];
  gboolean has_arabic = FALSE;
  guint n_words = 0;
  int n_pages;

  for (guint i = 0; i < 500; i++)
    g_string_append (word, "abcdefghij");
  g_assert_cmpuint (word->len, ==, 5000);
  long_title = g_strnfill (300, 'T');
  long_footer = g_strnfill (3000, 'z');

  writer = passend_pdf_writer_new (long_title, "School\nmet\tregels");
  passend_pdf_writer_set_footer_text (writer, long_footer);
  passend_pdf_writer_add_heading (writer, 1, word->str);
  passend_pdf_writer_add_paragraph (writer, word->str);
  for (guint i = 0; i < 20; i++)
    passend_pdf_writer_add_paragraph (writer, arabic);
  passend_pdf_writer_add_paragraph (writer, "Emoji 👩‍🏫📚✅ en Bel\aletje\x01 met\ttab\r\nnieuwe regel <b>geen markup</b> & zo");
  values[0] = word->str;
  passend_pdf_writer_add_key_values (writer, keys, values, 1);
  g_assert_true (passend_pdf_writer_add_markup (writer, "<b>vet</b> &amp; <i>schuin</i>", &error));
  g_assert_no_error (error);

  g_assert_true (passend_pdf_writer_save (writer, fixture->path, NULL, &error));
  g_assert_no_error (error);

  document = open_pdf (fixture->path);
  n_pages = poppler_document_get_n_pages (document);
  g_assert_cmpint (n_pages, ==, (int) passend_pdf_writer_get_n_pages (writer));

  for (int i = 0; i < n_pages; i++)
    {
      g_autoptr(TestPage) page = poppler_document_get_page (document, i);
      g_autofree char *text = poppler_page_get_text (page);
      g_autofree char *label = g_strdup_printf ("pagina%dvan%d", i + 1, n_pages);
      g_autoptr(GString) page_squeezed = g_string_new (NULL);

      /* Text may start a few points inside the margin (italic overhang),
       * never outside it. */
      check_inside_page (page, PASSEND_PDF_MARGIN - 3);
      g_string_append (all, text);

      /* Without the header and footer, the body reads on across pages.
       * An ellipsized header or footer still carries its whole text, so
       * they are made of letters the body does not use. */
      for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0xFB50 && c <= 0xFEFF))
            has_arabic = TRUE;
          if (!g_unichar_isspace (c) && c != 'T' && c != 'z' && c != 0x2026)
            g_string_append_unichar (page_squeezed, c);
        }
      g_string_replace (page_squeezed, "Schoolmetregels", "", 0);
      g_string_replace (page_squeezed, label, "", 0);
      g_string_append (squeezed, page_squeezed->str);
    }

  /* The long word is broken across lines and pages, but not a letter is
   * lost: it is there whole in the heading, the paragraph and the value. */
  g_assert_true (has_arabic);
  for (const char *p = squeezed->str; (p = strstr (p, word->str)) != NULL; p += word->len)
    n_words++;
  g_assert_cmpuint (n_words, ==, 3);
  g_assert_nonnull (strstr (all->str, "Belletje met tab"));
  g_assert_nonnull (strstr (all->str, "<b>geen markup</b> & zo"));
  g_assert_nonnull (strstr (all->str, "vet & schuin"));
  g_assert_nonnull (strstr (all->str, "School met regels"));
  g_assert_null (strstr (all->str, "\a"));
}

static void
test_invalid_markup (void)
{
  g_autoptr(PassendPdfWriter) writer = passend_pdf_writer_new (TITLE, AUTHOR);
  g_autoptr(GError) error = NULL;

  g_assert_false (passend_pdf_writer_add_markup (writer, "<b>niet gesloten", &error));
  g_assert_error (error, PASSEND_PDF_WRITER_ERROR, PASSEND_PDF_WRITER_ERROR_INVALID_MARKUP);
}

static void
test_empty_document (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PassendPdfWriter) writer = passend_pdf_writer_new (TITLE, AUTHOR);
  g_autoptr(TestPdf) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  /* A page break on an empty page does not make a blank page. */
  passend_pdf_writer_add_page_break (writer);
  g_assert_true (passend_pdf_writer_save (writer, fixture->path, NULL, &error));
  g_assert_no_error (error);
  document = open_pdf (fixture->path);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  text = page_text (document, 0);
  g_assert_nonnull (strstr (text, "pagina 1 van 1"));
}

static void
test_page_break (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(PassendPdfWriter) writer = passend_pdf_writer_new (TITLE, AUTHOR);
  g_autoptr(TestPdf) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  passend_pdf_writer_add_paragraph (writer, "Voor de pagina-einde.");
  passend_pdf_writer_add_page_break (writer);
  passend_pdf_writer_add_page_break (writer);
  passend_pdf_writer_add_paragraph (writer, "Na de pagina-einde.");
  g_assert_true (passend_pdf_writer_save (writer, fixture->path, NULL, &error));
  g_assert_no_error (error);

  document = open_pdf (fixture->path);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 2);
  first = page_text (document, 0);
  second = page_text (document, 1);
  g_assert_nonnull (strstr (first, "Voor de pagina-einde."));
  g_assert_null (strstr (first, "Na de pagina-einde."));
  g_assert_nonnull (strstr (second, "Na de pagina-einde."));
}

static GBytes *
save_fixed (const char *path,
            GDateTime  *created)
{
  g_autoptr(PassendPdfWriter) writer = passend_pdf_writer_new (TITLE, AUTHOR);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  passend_pdf_writer_set_creation_date (writer, created);
  passend_pdf_writer_add_heading (writer, 1, "Observatieverslag");
  passend_pdf_writer_add_paragraph (writer, "Dezelfde inhoud op een vaste datum geeft dezelfde bytes.");
  g_assert_true (passend_pdf_writer_save (writer, path, NULL, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

static void
test_fixed_creation_date (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GDateTime) created = g_date_time_new_local (2026, 3, 16, 9, 30, 0);
  g_autoptr(GDateTime) other = g_date_time_new_local (2026, 3, 17, 9, 30, 0);
  g_autoptr(GBytes) first = save_fixed (fixture->path, created);
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GBytes) third = NULL;
  g_autoptr(TestPdf) document = NULL;
  g_autoptr(GDateTime) read_back = NULL;

  g_usleep (1100 * 1000);
  second = save_fixed (fixture->path, created);
  g_assert_true (g_bytes_equal (first, second));

  document = open_pdf (fixture->path);
  read_back = poppler_document_get_creation_date_time (document);
  g_assert_nonnull (read_back);
  g_assert_cmpint (g_date_time_compare (read_back, created), ==, 0);

  third = save_fixed (fixture->path, other);
  g_assert_false (g_bytes_equal (first, third));
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_properties_notify_once (void)
{
  g_autoptr(PassendPdfWriter) writer = passend_pdf_writer_new (TITLE, AUTHOR);
  guint count = 0;

  g_signal_connect (writer, "notify::footer-text", G_CALLBACK (count_notify_cb), &count);
  passend_pdf_writer_set_footer_text (writer, FOOTER);
  passend_pdf_writer_set_footer_text (writer, FOOTER);
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpstr (passend_pdf_writer_get_footer_text (writer), ==, FOOTER);
  passend_pdf_writer_set_footer_text (writer, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpstr (passend_pdf_writer_get_title (writer), ==, TITLE);
  g_assert_cmpstr (passend_pdf_writer_get_author (writer), ==, AUTHOR);
}

static void
test_qpdf_check (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(PassendPdfWriter) writer = create_long_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *qpdf = g_find_program_in_path ("qpdf");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  if (qpdf == NULL)
    {
      g_test_skip ("qpdf is not installed");
      return;
    }

  g_assert_true (passend_pdf_writer_save (writer, fixture->path, NULL, &error));
  g_assert_no_error (error);

  {
    const char *argv[] = { qpdf, "--check", fixture->path, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &out, &err, &status, &error));
    g_assert_no_error (error);
  }

  if (!g_spawn_check_wait_status (status, &error))
    g_test_message ("qpdf: %s%s", out, err);
  g_assert_no_error (error);
  g_assert_null (strstr (out, "WARNING"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/render/pdf/long-document", test_long_document);
  ADD ("/render/pdf/page-size-and-fonts", test_page_size_and_fonts);
  ADD ("/render/pdf/metadata-and-outline", test_metadata_and_outline);
  ADD ("/render/pdf/private-and-atomic", test_file_is_private_and_atomic);
  ADD ("/render/pdf/failed-save", test_failed_save);
  ADD ("/render/pdf/cancelled-save", test_cancelled_save);
  ADD ("/render/pdf/save-async", test_save_async);
  ADD ("/render/pdf/hostile-text", test_hostile_text);
  ADD ("/render/pdf/empty-document", test_empty_document);
  ADD ("/render/pdf/page-break", test_page_break);
  ADD ("/render/pdf/fixed-creation-date", test_fixed_creation_date);
  ADD ("/render/pdf/qpdf-check", test_qpdf_check);
  g_test_add_func ("/render/pdf/invalid-markup", test_invalid_markup);
  g_test_add_func ("/render/pdf/properties-notify-once", test_properties_notify_once);

#undef ADD

  return g_test_run ();
}
