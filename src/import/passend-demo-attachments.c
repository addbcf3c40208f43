/* passend-demo-attachments.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "passend-demo-private.h"
#include "passend-pdf-writer.h"

/* Reports of the kind a coordinator receives, attached to entries of some
 * caseload students so that the preview has something real to show.
 * Drawn from no random source: which students get which report follows
 * the caseload order only, so the rest of the school stays the same. */

#define EVERY_NTH_CASE 7
#define MAX_REPORTS    12

typedef struct
{
  const char *file_name;
  const char *title;
  const char *chapters[3];
} DemoReport;

static const DemoReport reports[] = {
  { "Verslag onderzoek dyslexie.pdf", "Verslag onderzoek dyslexie",
    { "Aanleiding. De mentor en de docent Nederlands zagen dat lezen en spellen "
      "achterblijven bij de andere vakken. Op verzoek van ouders en school is een "
      "dyslexieonderzoek gedaan.",
      "Bevindingen. Het technisch lezen ligt op AVI-niveau E6, het spellen op "
      "niveau C. De fouten zijn vooral werkwoordsvormen en klankzuivere woorden "
      "onder tijdsdruk. De leesvaardigheid bij begrijpend lezen is gemiddeld.",
      "Advies. Er is sprake van dyslexie. Geadviseerd wordt een dyslexiepas met "
      "extra tijd (25 %), vergroot lettertype en het gebruik van voorleessoftware "
      "bij toetsen. Evalueren na het eerste rapport." } },
  { "Observatieverslag.pdf", "Observatieverslag",
    { "Observatie in de les. De leerling is drie lessen geobserveerd (wiskunde, "
      "Engels, lichamelijke opvoeding). De start van de les verloopt onrustig; na "
      "een duidelijke instructie komt de leerling goed op gang.",
      NULL, NULL } },
  { "Verslag handelingsgericht onderzoek.pdf", "Verslag handelingsgericht onderzoek",
    { "Vraagstelling. Wat heeft de leerling nodig om de lessen te kunnen volgen en "
      "met plezier naar school te gaan?",
      "Wat werkt. Vaste plek in de klas, korte opdrachten met een checklist en een "
      "wekelijks gesprek met de mentor. Thuis helpt een vaste huiswerktijd.",
      NULL } },
};

static GBytes *
write_report (const DemoReport  *report,
              const char        *student_name,
              const char        *class_name,
              const char        *author,
              GDateTime         *created,
              const char        *dir,
              GError           **error)
{
  g_autoptr(PassendPdfWriter) writer = passend_pdf_writer_new (report->title, author);
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  const char *keys[] = { "Leerling", "Klas", "Opgesteld door" };
  const char *values[] = { student_name, class_name, author };
  char *data = NULL;
  gsize size = 0;

  /* The demo's own "today", so the same seed gives the same bytes. */
  passend_pdf_writer_set_creation_date (writer, created);
  passend_pdf_writer_set_footer_text (writer, "Vertrouwelijk: alleen voor het leerlingdossier");
  passend_pdf_writer_add_heading (writer, 1, report->title);
  passend_pdf_writer_add_key_values (writer, keys, values, G_N_ELEMENTS (keys));
  for (guint i = 0; i < G_N_ELEMENTS (report->chapters) && report->chapters[i] != NULL; i++)
    {
      if (i > 0)
        passend_pdf_writer_add_page_break (writer);
      passend_pdf_writer_add_paragraph (writer, report->chapters[i]);
    }

  if (!passend_pdf_writer_save (writer, path, NULL, error) ||
      !g_file_get_contents (path, &data, &size, error))
    return NULL;

  g_unlink (path);
  return g_bytes_new_take (data, size);
}

/* The newest entry a report would belong to. */
static gint64
pick_entry (PassendDatabase  *database,
            gint64            student_id,
            GError          **error)
{
  g_autoptr(GListModel) timeline = passend_database_list_timeline (database, student_id, error);

  if (timeline == NULL)
    return -1;

  for (guint i = 0; i < g_list_model_get_n_items (timeline); i++)
    {
      g_autoptr(PassendTimelineEntry) entry = g_list_model_get_item (timeline, i);
      PassendEntryKind kind = passend_timeline_entry_get_kind (entry);

      if (kind == PASSEND_ENTRY_KIND_OBSERVATION || kind == PASSEND_ENTRY_KIND_MEETING ||
          kind == PASSEND_ENTRY_KIND_SIGNAL || kind == PASSEND_ENTRY_KIND_DOCUMENT)
        return passend_timeline_entry_get_id (entry);
    }

  return 0;
}

gboolean
demo_add_attachments (DemoBuilder  *b,
                      GError      **error)
{
  g_autoptr(GListModel) cases = NULL;
  g_autoptr(GDateTime) created = NULL;
  g_autofree char *dir = NULL;
  guint n_reports = 0;
  gboolean ok = TRUE;
  int year, month, day;

  passend_day_get_ymd (b->options.today, &year, &month, &day);
  created = g_date_time_new (b->tz, year, month, day, 9, 0, 0);

  cases = passend_database_list_cases (b->database, FALSE, error);
  if (cases == NULL)
    return FALSE;

  dir = g_dir_make_tmp ("passend-demo-XXXXXX", error);
  if (dir == NULL)
    return FALSE;

  for (guint i = 0; ok && i < g_list_model_get_n_items (cases) && n_reports < MAX_REPORTS; i += EVERY_NTH_CASE)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (cases, i);
      const DemoReport *report = &reports[n_reports % G_N_ELEMENTS (reports)];
      g_autoptr(GBytes) content = NULL;
      g_autofree char *sha256 = NULL;
      gint64 entry_id;

      entry_id = pick_entry (b->database, passend_student_get_id (student), error);
      if (entry_id < 0)
        ok = FALSE;
      if (entry_id <= 0)
        continue;

      content = write_report (report, passend_student_get_display_name (student),
                              passend_student_get_class_name (student), b->ortho.name, created, dir, error);
      sha256 = content != NULL
               ? passend_database_add_attachment (b->database, entry_id, report->file_name,
                                                  "application/pdf", content, error)
               : NULL;
      ok = sha256 != NULL;
      n_reports++;
    }

  g_rmdir (dir);
  return ok;
}
