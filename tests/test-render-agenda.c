/* test-render-agenda.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include "passend-agenda-pdf.h"
#include "passend-database-agenda.h"
#include "passend-minutes-pdf.h"

/* Four students on one Flex-ZAT on Monday 7 December 2026, 13:00:
 * Anna (consent), Bram (no consent), Chris (consent withdrawn before the
 * meeting), Dina (consent, but only the GGD attends her item). The
 * sociaal team (organisation 1) attends Anna and Bram, its worker Petra
 * (person 2) also Chris directly. Markers in capitals must never leak. */
static const char fixture_sql[] =
  "UPDATE school SET name = 'Het Testcollege';"
  "INSERT INTO organisation (id, name, kind) VALUES"
  " (1, 'Sociaal Team Oost', 'sociaal-team'), (2, 'GGD Regio', 'ggd'), (3, 'Leerplicht Stad', 'leerplicht');"
  "INSERT INTO person (id, given_name, tussenvoegsel, family_name, internal, organisation_id, email) VALUES"
  " (1, 'Mark', '', 'Mentor', 1, NULL, ''),"
  " (2, 'Petra', '', 'Partner', 0, 1, 'petra@example.org'),"
  " (3, 'Carla', '', 'Voorzitter', 1, NULL, 'carla@example.org');"
  "INSERT INTO student (id, lvs_number, roepnaam, tussenvoegsel, achternaam, class_name) VALUES"
  " (1, '1001', 'Anna', '', 'Alfa', '2B'), (2, '1002', 'Bram', 'de', 'Beta', '3A'),"
  " (3, '1003', 'Chris', '', 'Gamma', '1C'), (4, '1004', 'Dina', 'van der', 'Delta', '4D');"
  "INSERT INTO consent (student_id, purpose, form, given_on, valid_until, withdrawn_on, created_at, updated_at) VALUES"
  " (1, 'discussion-external', 'signed-document', '2026-09-01', NULL, NULL, 0, 0),"
  " (3, 'discussion-external', 'signed-document', '2026-09-01', NULL, '2026-11-01', 0, 0),"
  " (4, 'discussion-external', 'verbal', '2026-09-01', '2027-07-31', NULL, 0, 0),"
  " (2, 'share-data', 'verbal', '2026-09-01', NULL, NULL, 0, 0);"
  "INSERT INTO meeting (id, kind_id, title, starts_at, place, online_link, chair_person_id,"
  "  minute_taker_person_id, uid, sequence, internal_note, created_at, updated_at)"
  " SELECT 1, id, 'Flex-ZAT', ?STARTS?, 'Lokaal 1.12', 'https://meet.example.org/flex', 3, 1,"
  "  'meeting-1@passend', 2, 'GEHEIMNOTITIE-OVERLEG', 0, 0 FROM meeting_kind WHERE code = 'flex-zat';"
  "INSERT INTO meeting_item (id, meeting_id, student_id, position, duration_minutes, question, documents,"
  "  internal_note, minutes, uid) VALUES"
  " (1, 1, 1, 0, 30, 'Hulpvraag over schoolverzuim ANNA', 'Verzuimoverzicht', 'INTERN-ANNA',"
  "  'VERSLAG-ANNA besproken', 'item-1@passend'),"
  " (2, 1, 2, 1, 20, 'Hulpvraag BRAM', '', 'INTERN-BRAM', 'VERSLAG-BRAM', 'item-2@passend'),"
  " (3, 1, 3, 2, 15, 'Hulpvraag CHRIS', '', '', 'VERSLAG-CHRIS', 'item-3@passend'),"
  " (4, 1, 4, 3, 15, 'Hulpvraag DINA', '', '', 'VERSLAG-DINA', 'item-4@passend');"
  "INSERT INTO meeting_invitee (item_id, role, person_id, organisation_id, guardian_id, is_student) VALUES"
  " (1, 'sociaal-team', NULL, 1, NULL, 0), (1, 'mentor', 1, NULL, NULL, 0), (1, 'student', NULL, NULL, NULL, 1),"
  " (2, 'sociaal-team', NULL, 1, NULL, 0), (2, 'leerplicht', NULL, 3, NULL, 0),"
  " (3, 'sociaal-team', 2, NULL, NULL, 0), (4, 'ggd', NULL, 2, NULL, 0);"
  "INSERT INTO meeting_decision (item_id, position, body, rationale, no_action) VALUES"
  " (1, 0, 'Aanmelden bij JOS', 'RATIONALE-JOS', 0),"
  " (1, 1, 'Geen melding bij Veilig Thuis', 'Geen signalen', 1),"
  " (2, 0, 'BESLUIT-BRAM', '', 0);"
  "INSERT INTO meeting_action (item_id, position, what, owner_person_id, owner_name, due_on, created_at, updated_at) VALUES"
  " (1, 0, 'Gesprek met ouders plannen', 1, '', '2026-12-14', 0, 0),"
  " (2, 0, 'ACTIE-BRAM', NULL, 'Moeder', NULL, 0, 0);"
  "INSERT INTO timeline_entry (student_id, kind, occurred_at, title, body, confidentiality, created_at, updated_at)"
  " VALUES (1, 'signal', 0, 'MELDCODE-TITEL', 'MELDCODE-TEKST', 'meldcode', 0, 0),"
  "        (1, 'observation', 0, 'MEDISCH-TITEL', 'MEDISCH-TEKST', 'medical', 0, 0);";

typedef PopplerDocument TestPdf;
typedef PopplerPage     TestPage;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPdf, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPage, g_object_unref)

typedef struct
{
  char            *dir;
  char            *path;
  PassendDatabase *database;
} Fixture;

static gint64
meeting_start (void)
{
  g_autoptr(GDateTime) local = g_date_time_new_local (2026, 12, 7, 13, 0, 0);

  return g_date_time_to_unix (local);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *starts = g_strdup_printf ("%" G_GINT64_FORMAT, meeting_start ());
  g_auto(GStrv) parts = g_strsplit (fixture_sql, "?STARTS?", -1);
  g_autofree char *sql = g_strjoinv (starts, parts);
  sqlite3 *db = NULL;
  char *message = NULL;

  fixture->dir = g_dir_make_tmp ("passend-agenda-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "school.passend", NULL);
  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("fixture: %s", message);
  sqlite3_close (db);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&fixture->database);
  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (fixture->dir, name, NULL);

      g_unlink (file);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* All the text of the PDF at @path, and its page count. */
static char *
pdf_text (const char *path,
          int        *n_pages,
          TestPdf   **document_out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  g_autoptr(TestPdf) document = poppler_document_new_from_file (uri, NULL, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  *n_pages = poppler_document_get_n_pages (document);
  for (int i = 0; i < *n_pages; i++)
    {
      g_autoptr(TestPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_string_append_c (text, '\n');
    }
  if (document_out != NULL)
    *document_out = g_steal_pointer (&document);
  return g_string_free (text, FALSE);
}

static void
assert_private_file (const char *path)
{
  GStatBuf info;

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
}

static void
assert_absent (const char *text,
               const char *marker)
{
  if (strstr (text, marker) != NULL)
    g_error ("“%s” must not be in the document", marker);
}

static void
assert_present (const char *text,
                const char *marker)
{
  if (strstr (text, marker) == NULL)
    g_error ("“%s” is missing from the document", marker);
}

static void
test_internal_agenda (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendAgenda) agenda = NULL;
  g_autoptr(TestPdf) document = NULL;
  g_autofree char *output = g_build_filename (fixture->dir, "agenda.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *subject = NULL;
  guint n_pages = 0;
  int n_read = 0;

  agenda = passend_database_load_agenda (fixture->database, 1, PASSEND_AGENDA_AUDIENCE_INTERNAL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (agenda->items->len, ==, 4);
  g_assert_cmpuint (agenda->sequence, ==, 2);
  g_assert_cmpint (agenda->ends_at - agenda->starts_at, ==, 80 * 60);

  g_assert_true (passend_agenda_pdf_write (agenda, output, &n_pages, NULL, &error));
  g_assert_no_error (error);
  assert_private_file (output);

  text = pdf_text (output, &n_read, &document);
  g_assert_cmpint (n_read, ==, (int) n_pages);
  g_assert_cmpint (n_read, >=, 1);
  assert_present (text, "Het Testcollege");
  assert_present (text, "Agenda Flex-ZAT");
  assert_present (text, "maandag 7 december 2026");
  assert_present (text, "Anna Alfa (2B)");
  assert_present (text, "Bram de Beta (3A)");
  assert_present (text, "Chris Gamma");
  assert_present (text, "Dina van der Delta");
  assert_present (text, "13:00 – 13:30");
  assert_present (text, "14:05 – 14:20");
  assert_present (text, "Hulpvraag over schoolverzuim ANNA");
  assert_present (text, "Verzuimoverzicht");
  assert_present (text, "Sociaal Team Oost");
  assert_present (text, "INTERN-ANNA");
  assert_present (text, "GEHEIMNOTITIE-OVERLEG");
  assert_present (text, "Vertrouwelijk");
  assert_present (text, "pagina 1 van");
  /* The documents never read the timeline. */
  assert_absent (text, "MELDCODE");
  assert_absent (text, "MEDISCH");

  title = poppler_document_get_title (document);
  author = poppler_document_get_author (document);
  subject = poppler_document_get_subject (document);
  g_assert_true (g_str_has_prefix (title, "Agenda Flex-ZAT"));
  g_assert_cmpstr (author, ==, "Het Testcollege");
  g_assert_cmpstr (subject, ==, "Agenda van Flex-ZAT op maandag 7 december 2026");
}

static void
test_partner_agenda (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendAgenda) agenda = NULL;
  g_autoptr(TestPdf) document = NULL;
  g_autofree char *output = g_build_filename (fixture->dir, "agenda-petra.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  int n_pages = 0;

  /* Petra attends Anna and Bram through her organisation and Chris
   * directly; only Anna has consent on the day. */
  agenda = passend_database_load_agenda (fixture->database, 1, PASSEND_AGENDA_AUDIENCE_PERSON, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (agenda->items->len, ==, 1);
  g_assert_cmpstr (agenda->internal_note, ==, "");
  g_assert_cmpstr (((PassendAgendaItem *) agenda->items->pdata[0])->internal_note, ==, "");
  g_assert_cmpstr (agenda->partner_name, ==, "Petra Partner (Sociaal Team Oost)");

  g_assert_true (passend_agenda_pdf_write (agenda, output, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_private_file (output);

  text = pdf_text (output, &n_pages, &document);
  g_assert_cmpint (n_pages, ==, 1);
  assert_present (text, "Agenda voor Petra Partner (Sociaal Team Oost)");
  assert_present (text, "Anna Alfa");
  assert_present (text, "13:00 – 13:30");
  assert_present (text, "Hulpvraag over schoolverzuim ANNA");
  assert_absent (text, "Bram");
  assert_absent (text, "Chris");
  assert_absent (text, "Dina");
  assert_absent (text, "BRAM");
  assert_absent (text, "INTERN-");
  assert_absent (text, "GEHEIMNOTITIE");
  assert_absent (text, "MELDCODE");
  assert_absent (text, "MEDISCH");
  assert_present (text, "Vertrouwelijk");

  title = poppler_document_get_title (document);
  g_assert_true (g_str_has_prefix (title, "Agenda voor Petra Partner"));

  /* Dina's slot still starts after the items the GGD does not see. */
  g_clear_pointer (&agenda, passend_agenda_unref);
  agenda = passend_database_load_agenda (fixture->database, 1, PASSEND_AGENDA_AUDIENCE_ORGANISATION, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (agenda->items->len, ==, 1);
  g_assert_cmpstr (((PassendAgendaItem *) agenda->items->pdata[0])->student_name, ==, "Dina van der Delta");
  g_assert_cmpint (((PassendAgendaItem *) agenda->items->pdata[0])->starts_at, ==, meeting_start () + 65 * 60);
}

static void
test_partner_errors (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PassendAgenda *agenda;

  agenda = passend_database_load_agenda (fixture->database, 99, PASSEND_AGENDA_AUDIENCE_INTERNAL, 0, &error);
  g_assert_null (agenda);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  agenda = passend_database_load_agenda (fixture->database, 1, PASSEND_AGENDA_AUDIENCE_PERSON, 99, &error);
  g_assert_null (agenda);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The chair is on no item. */
  agenda = passend_database_load_agenda (fixture->database, 1, PASSEND_AGENDA_AUDIENCE_PERSON, 3, &error);
  g_assert_null (agenda);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Leerplicht attends only Bram, who has no consent. */
  agenda = passend_database_load_agenda (fixture->database, 1, PASSEND_AGENDA_AUDIENCE_ORGANISATION, 3, &error);
  g_assert_null (agenda);
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NO_CONSENT);
}

static void
test_list_partners (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) partners = NULL;
  g_autoptr(GString) seen = g_string_new (NULL);

  partners = passend_database_list_agenda_partners (fixture->database, 1, &error);
  g_assert_no_error (error);
  /* The mentor is staff and gets the internal agenda. */
  for (guint i = 0; i < partners->len; i++)
    {
      PassendAgendaPartner *partner = g_ptr_array_index (partners, i);

      g_string_append_printf (seen, "%s:%u/%u;", partner->name, partner->n_items, partner->n_without_consent);
    }
  g_assert_cmpstr (seen->str, ==,
                   "GGD Regio:1/0;Leerplicht Stad:0/1;Petra Partner (Sociaal Team Oost):1/2;"
                   "Sociaal Team Oost:1/1;");
}

static void
test_minutes (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendAgenda) internal = NULL;
  g_autoptr(PassendAgenda) partner = NULL;
  g_autoptr(TestPdf) document = NULL;
  g_autofree char *output = g_build_filename (fixture->dir, "verslag.pdf", NULL);
  g_autofree char *partner_output = g_build_filename (fixture->dir, "verslag-petra.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *partner_text = NULL;
  g_autofree char *title = NULL;
  int n_pages = 0;

  internal = passend_database_load_agenda (fixture->database, 1, PASSEND_AGENDA_AUDIENCE_INTERNAL, 0, &error);
  g_assert_no_error (error);
  g_assert_true (passend_minutes_pdf_write (internal, 0, output, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_private_file (output);
  text = pdf_text (output, &n_pages, &document);
  assert_present (text, "Verslag Flex-ZAT");
  assert_present (text, "VERSLAG-ANNA");
  assert_present (text, "VERSLAG-BRAM");
  assert_present (text, "Aanmelden bij JOS");
  assert_present (text, "RATIONALE-JOS");
  assert_present (text, "Besloten geen actie te ondernemen: Geen melding bij Veilig Thuis");
  assert_present (text, "Gesprek met ouders plannen");
  assert_present (text, "Mark Mentor");
  assert_present (text, "14 dec. 2026");
  assert_present (text, "INTERN-ANNA");
  assert_absent (text, "MELDCODE");
  title = poppler_document_get_title (document);
  g_assert_true (g_str_has_prefix (title, "Verslag Flex-ZAT"));

  partner = passend_database_load_agenda (fixture->database, 1, PASSEND_AGENDA_AUDIENCE_PERSON, 2, &error);
  g_assert_no_error (error);
  g_assert_true (passend_minutes_pdf_write (partner, 0, partner_output, NULL, NULL, &error));
  g_assert_no_error (error);
  partner_text = pdf_text (partner_output, &n_pages, NULL);
  assert_present (partner_text, "Verslag voor Petra Partner");
  assert_present (partner_text, "VERSLAG-ANNA");
  assert_present (partner_text, "RATIONALE-JOS");
  assert_absent (partner_text, "BRAM");
  assert_absent (partner_text, "Bram");
  assert_absent (partner_text, "CHRIS");
  assert_absent (partner_text, "INTERN-");
  assert_absent (partner_text, "GEHEIMNOTITIE");
  assert_absent (partner_text, "MELDCODE");

  /* One item: Bram's alone internally; never for Petra. */
  g_free (text);
  g_assert_true (passend_minutes_pdf_write (internal, 2, output, NULL, NULL, &error));
  g_assert_no_error (error);
  text = pdf_text (output, &n_pages, NULL);
  assert_present (text, "VERSLAG-BRAM");
  assert_present (text, "ACTIE-BRAM");
  assert_present (text, "Moeder");
  assert_absent (text, "VERSLAG-ANNA");

  g_assert_false (passend_minutes_pdf_write (partner, 2, partner_output, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  guint     n_pages;
  GError   *error;
} AsyncResult;

static void
write_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  AsyncResult *out = user_data;

  out->ok = passend_agenda_pdf_write_finish (result, &out->n_pages, &out->error);
  out->done = TRUE;
}

static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *output = g_build_filename (fixture->dir, "async.pdf", NULL);
  AsyncResult result = { 0, };
  PassendAgenda *agenda;

  agenda = passend_database_load_agenda (fixture->database, 1, PASSEND_AGENDA_AUDIENCE_INTERNAL, 0, &error);
  g_assert_no_error (error);
  passend_agenda_pdf_write_async (agenda, output, NULL, write_done, &result);
  /* The task holds its own reference. */
  passend_agenda_unref (agenda);
  while (!result.done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_no_error (result.error);
  g_assert_true (result.ok);
  g_assert_cmpuint (result.n_pages, >=, 1);
  assert_private_file (output);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/render/agenda/internal", test_internal_agenda);
  ADD ("/render/agenda/partner", test_partner_agenda);
  ADD ("/render/agenda/partner-errors", test_partner_errors);
  ADD ("/render/agenda/list-partners", test_list_partners);
  ADD ("/render/agenda/minutes", test_minutes);
  ADD ("/render/agenda/async", test_async);
#undef ADD

  return g_test_run ();
}
