/* test-render-hostile.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Text a coordinator pastes from anywhere — very long, emoji, right to
 * left, stacked combining marks, control characters, a byte order mark —
 * must not break the printed documents: the chronology, the OPP and the
 * agenda are rendered from a demo school with such text in names, entries,
 * OPP sections and agenda items, and read back with poppler. */

#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>

#include "passend-agenda-pdf.h"
#include "passend-chronology.h"
#include "passend-database-agenda.h"
#include "passend-database-opp.h"
#include "passend-database-private.h"
#include "passend-demo-school.h"
#include "passend-opp-pdf.h"
#include "passend-text.h"

typedef PopplerDocument TestPdf;
typedef PopplerPage TestPage;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPdf, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPage, g_object_unref)

/* Every hostile text starts and ends with a plain word the test looks
 * for in the extracted text. */
static const char * const hostile_names[] = {
  "Anouk\xe2\x80\xae" "kuonA",                         /* U+202E right-to-left override */
  "\xef\xbb\xbf" "Zo\xc3\xab\xe2\x80\x8b",            /* BOM, ë, zero-width space */
  "Z\xcc\xb4\xcc\xa1\xcc\x9b\xcc\x97" "a\xcc\xb8\xcc\x81\xcc\x81\xcc\x81l\xcc\xb7go",  /* stacked marks */
  "\xd9\x85\xd8\xb1\xd9\x8a\xd9\x85 \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d",  /* Arabic, Hebrew */
  "Mila \xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7\xe2\x80\x8d\xf0\x9f\x91\xa6 \xf0\x9f\x8f\xb3\xef\xb8\x8f\xe2\x80\x8d\xf0\x9f\x8c\x88",
  "Tab\there\x01\x02\x1b[31m\x7f",
};

static char *
hostile_text (const char *marker,
              gsize       long_word)
{
  GString *text = g_string_new (marker);

  g_string_append (text, " Begin \xef\xbb\xbf\xe2\x80\xae gesprek \xe2\x80\xac met moeder\n");
  for (guint c = 1; c < 0x20; c++)
    {
      g_string_append_c (text, (char) c);
      g_string_append (text, "x");
    }
  g_string_append (text, "\n\xd8\xa7\xd9\x84\xd8\xb7\xd8\xa7\xd9\x84\xd8\xa8 \xd7\xaa\xd7\x9c\xd7\x9e\xd7\x99\xd7\x93 "
                         "\xf0\x9f\x98\x80\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd \xe2\x9d\xa4\xef\xb8\x8f "
                         "e\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\n");
  /* One word longer than any line, then a long paragraph. */
  for (gsize i = 0; i < long_word; i++)
    g_string_append_c (text, "abcdefghij"[i % 10]);
  g_string_append_c (text, '\n');
  for (guint i = 0; i < 400; i++)
    g_string_append (text, "Lange tekst met \xf0\x9f\x99\x82 en \xd7\xa2\xd7\x91\xd7\xa8\xd7\x99\xd7\xaa. ");
  g_string_append (text, "\nEinde ");
  g_string_append (text, marker);

  return g_string_free (text, FALSE);
}

typedef struct
{
  char            *dir;
  PassendDatabase *database;
} Fixture;

static void
exec_text (sqlite3    *db,
           const char *sql,
           const char *text)
{
  sqlite3_stmt *statement = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (statement, 1, text, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_DONE);
  sqlite3_finalize (statement);
}

static gint64
query_id (sqlite3    *db,
          const char *sql)
{
  sqlite3_stmt *statement = NULL;
  gint64 id = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL), ==, SQLITE_OK);
  if (sqlite3_step (statement) == SQLITE_ROW)
    id = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  return id;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *entry_text = hostile_text ("ENTRYMARK", 3000);
  g_autofree char *opp_text = hostile_text ("OPPMARK", 1500);
  g_autofree char *item_text = hostile_text ("ITEMMARK", 800);
  PassendDemoOptions options;
  sqlite3 *db;

  fixture->dir = g_dir_make_tmp ("passend-hostile-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "passend.db", NULL);
  fixture->database = passend_database_open (path, &error);
  g_assert_no_error (error);

  passend_demo_options_init (&options);
  options.n_students = 60;
  options.n_caseload = 20;
  options.seed = 11;
  options.today = passend_day_new (2026, 3, 2);
  g_assert_true (passend_demo_school_generate (fixture->database, &options, NULL, NULL, &error));
  g_assert_no_error (error);

  db = _passend_database_get_handle (fixture->database);
  for (guint i = 0; i < G_N_ELEMENTS (hostile_names); i++)
    {
      g_autofree char *sql = g_strdup_printf ("UPDATE student SET roepnaam = ?1 WHERE id %% %u = %u",
                                              (guint) G_N_ELEMENTS (hostile_names), i);
      g_autofree char *family = g_strconcat ("NAMEMARK ", hostile_names[i], NULL);

      exec_text (db, sql, hostile_names[i]);
      g_free (sql);
      sql = g_strdup_printf ("UPDATE student SET achternaam = ?1 WHERE id %% %u = %u",
                             (guint) G_N_ELEMENTS (hostile_names), i);
      exec_text (db, sql, family);
    }
  exec_text (db, "UPDATE timeline_entry SET title = substr (?1, 1, 300), body = ?1", entry_text);
  /* A vastgesteld version never changes (triggers refuse it): concepts only. */
  exec_text (db, "UPDATE opp_text SET body = ?1 WHERE version_id IN"
                 " (SELECT id FROM opp_version WHERE state = 'concept')", opp_text);
  exec_text (db, "UPDATE opp_goal SET body = substr (?1, 1, 2000), criterion = substr (?1, 1, 500)"
                 " WHERE version_id IN (SELECT id FROM opp_version WHERE state = 'concept')", opp_text);
  exec_text (db, "UPDATE meeting SET title = substr (?1, 1, 200), place = substr (?1, 1, 100)", item_text);
  exec_text (db, "UPDATE meeting_item SET question = ?1, documents = substr (?1, 1, 300), internal_note = ?1",
             item_text);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_finalize_object (fixture->database);
  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (fixture->dir, name, NULL);

      g_remove (child);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

/* With PASSEND_SCREENSHOT_DIR set, the PDFs are kept there to look at. */
static void
keep_copy (const char *path)
{
  const char *dir = g_getenv ("PASSEND_SCREENSHOT_DIR");
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strconcat ("hostile-", base, NULL);
  g_autofree char *target = NULL;
  g_autoptr(GFile) source = g_file_new_for_path (path);
  g_autoptr(GFile) destination = NULL;
  g_autoptr(GError) error = NULL;

  if (dir == NULL)
    return;
  target = g_build_filename (dir, name, NULL);
  destination = g_file_new_for_path (target);
  g_file_copy (source, destination, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

/* Opens the PDF with poppler, checks the page count is sane, and returns
 * all its text, which must be valid UTF-8. */
static char *
read_back (const char *path,
           int         max_pages)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TestPdf) pdf = NULL;
  GString *text = g_string_new (NULL);
  int n_pages;

  pdf = poppler_document_new_from_gfile (file, NULL, NULL, &error);
  g_assert_no_error (error);
  keep_copy (path);
  n_pages = poppler_document_get_n_pages (pdf);
  g_test_message ("%s: %d pages", path, n_pages);
  g_assert_cmpint (n_pages, >=, 1);
  g_assert_cmpint (n_pages, <=, max_pages);

  for (int i = 0; i < n_pages; i++)
    {
      g_autoptr(TestPage) page = poppler_document_get_page (pdf, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_assert_nonnull (page_text);
      g_assert_true (g_utf8_validate (page_text, -1, NULL));
      g_string_append (text, page_text);
    }

  return g_string_free (text, FALSE);
}

static void
assert_contains (const char *text,
                 const char *marker)
{
  if (strstr (text, marker) == NULL)
    g_error ("“%s” is not in the extracted text", marker);
}

static void
test_chronology (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendSchool) school = NULL;
  g_autoptr(PassendStudent) student = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(PassendPdfWriter) writer = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "chronologie.pdf", NULL);
  g_autofree char *text = NULL;
  PassendChronologyOptions options;
  sqlite3 *db = _passend_database_get_handle (fixture->database);
  gint64 student_id = query_id (db, "SELECT student_id FROM timeline_entry WHERE confidentiality = 'normal'"
                                    " GROUP BY student_id ORDER BY count(*) DESC LIMIT 1");
  guint n_entries = 0;

  g_assert_cmpint (student_id, >, 0);
  school = passend_database_get_school (fixture->database, &error);
  g_assert_no_error (error);
  student = passend_database_get_student (fixture->database, student_id, &error);
  g_assert_no_error (error);
  entries = passend_database_list_timeline (fixture->database, student_id, &error);
  g_assert_no_error (error);

  passend_chronology_options_init (&options);
  options.include_care = TRUE;
  writer = passend_chronology_build (school, NULL, student, entries, &options, passend_day_new (2026, 3, 2),
                                     &n_entries, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_entries, >, 0);
  g_assert_true (passend_pdf_writer_save (writer, path, NULL, &error));
  g_assert_no_error (error);

  /* About two pages of text an entry. */
  text = read_back (path, 10 + 4 * (int) n_entries);
  assert_contains (text, "ENTRYMARK");
  assert_contains (text, "Einde");
  assert_contains (text, "NAMEMARK");
}

static void
test_opp (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendOppDocument) document = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "opp.pdf", NULL);
  g_autofree char *text = NULL;
  PassendOppPdfOptions options;
  sqlite3 *db = _passend_database_get_handle (fixture->database);
  gint64 version_id = query_id (db, "SELECT version_id FROM opp_text JOIN opp_version v ON v.id = version_id"
                                          " WHERE v.state = 'concept'"
                                          " GROUP BY version_id ORDER BY count(*) DESC LIMIT 1");
  guint n_pages = 0;

  if (version_id == 0)
    {
      g_test_skip ("The demo school has no OPP");
      return;
    }

  document = passend_database_load_opp (fixture->database, version_id, &error);
  g_assert_no_error (error);
  passend_opp_pdf_options_init (&options);
  g_assert_true (passend_opp_pdf_save (document, NULL, &options, path, &n_pages, NULL, &error));
  g_assert_no_error (error);

  text = read_back (path, 120);
  g_assert_cmpint ((int) n_pages, >=, 1);
  assert_contains (text, "OPPMARK");
  assert_contains (text, "NAMEMARK");
}

static void
test_agenda (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendAgenda) agenda = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "agenda.pdf", NULL);
  g_autofree char *text = NULL;
  sqlite3 *db = _passend_database_get_handle (fixture->database);
  gint64 meeting_id = query_id (db, "SELECT meeting_id FROM meeting_item GROUP BY meeting_id ORDER BY count(*) DESC LIMIT 1");
  guint n_pages = 0;

  if (meeting_id == 0)
    {
      g_test_skip ("The demo school has no meeting with items");
      return;
    }

  agenda = passend_database_load_agenda (fixture->database, meeting_id, PASSEND_AGENDA_AUDIENCE_INTERNAL, 0, &error);
  g_assert_no_error (error);
  g_assert_true (passend_agenda_pdf_write (agenda, path, &n_pages, NULL, &error));
  g_assert_no_error (error);

  text = read_back (path, 20 + 6 * (int) agenda->items->len);
  assert_contains (text, "ITEMMARK");
}

/* A direction override in one part of a name ends with that part: it is
 * isolated, so the family name after it reads as typed. */
static void
test_name_override_isolated (void)
{
  g_autofree char *joined = passend_text_join_name (hostile_names[0], "van", "Dijk");
  g_autofree char *sorted = passend_text_sort_name (hostile_names[0], "van", "Dijk");
  g_autofree char *plain = passend_text_join_name ("Anouk", "van", "Dijk");

  g_assert_cmpstr (joined, ==, "\xe2\x81\xa8" "Anouk\xe2\x80\xae" "kuonA\xe2\x81\xa9 van Dijk");
  g_assert_cmpstr (sorted, ==, "Dijk, \xe2\x81\xa8" "Anouk\xe2\x80\xae" "kuonA\xe2\x81\xa9 van");
  g_assert_cmpstr (plain, ==, "Anouk van Dijk");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/hostile/name-override-isolated", test_name_override_isolated);
  g_test_add ("/render/hostile/chronology", Fixture, NULL, fixture_set_up, test_chronology, fixture_tear_down);
  g_test_add ("/render/hostile/opp", Fixture, NULL, fixture_set_up, test_opp, fixture_tear_down);
  g_test_add ("/render/hostile/agenda", Fixture, NULL, fixture_set_up, test_agenda, fixture_tear_down);

  return g_test_run ();
}
