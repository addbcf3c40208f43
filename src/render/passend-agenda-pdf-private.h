/* passend-agenda-pdf-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-agenda-pdf.h"

G_BEGIN_DECLS

/* Shared by the agenda and the verslag: they print the same header. */

typedef PassendPdfWriter *(*PassendAgendaBuildFunc) (PassendAgenda  *agenda,
                                                     gint64          item_id,
                                                     GError        **error);

/* "maandag 7 december 2026" */
char             *_passend_agenda_format_long_date  (gint64            unix_seconds);
/* "13:00 – 13:30" */
char             *_passend_agenda_format_slot       (gint64            starts_at,
                                                     gint64            ends_at);
/* "7 dec. 2026" */
char             *_passend_agenda_format_day        (PassendDay        day);

/* A writer with the title, author (the school), subject and the
 * confidentiality footer set; @document is "Agenda" or "Verslag". */
PassendPdfWriter *_passend_agenda_pdf_new_writer    (PassendAgenda    *agenda,
                                                     const char       *document);
/* The school, the document's heading and the meeting's details. */
void              _passend_agenda_pdf_add_header    (PassendPdfWriter *writer,
                                                     PassendAgenda    *agenda,
                                                     const char       *document);
/* "Sanne de Vries (2B)" */
char             *_passend_agenda_item_student      (PassendAgendaItem *item);
/* Bold label, then the text as a paragraph; nothing when @text is empty. */
void              _passend_agenda_pdf_add_labelled  (PassendPdfWriter *writer,
                                                     const char       *label,
                                                     const char       *text);

gboolean          _passend_agenda_pdf_write         (PassendAgendaBuildFunc  build,
                                                     PassendAgenda          *agenda,
                                                     gint64                  item_id,
                                                     const char             *path,
                                                     guint                  *n_pages,
                                                     GCancellable           *cancellable,
                                                     GError                **error);
void              _passend_agenda_pdf_write_async   (PassendAgendaBuildFunc  build,
                                                     gpointer                source_tag,
                                                     PassendAgenda          *agenda,
                                                     gint64                  item_id,
                                                     const char             *path,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
gboolean          _passend_agenda_pdf_write_finish  (GAsyncResult           *result,
                                                     gpointer                source_tag,
                                                     guint                  *n_pages,
                                                     GError                **error);

G_END_DECLS
