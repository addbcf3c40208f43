/* passend-agenda-pdf.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "passend-agenda.h"
#include "passend-pdf-writer.h"

G_BEGIN_DECLS

/* The agenda of a meeting as a Dutch A4 PDF: the school header, the
 * meeting, then per item its slot, the student, the hulpvraag, the
 * invitees and the documents to prepare; for the internal audience also
 * the internal notes. A partner's agenda ("Agenda voor …") holds only what
 * the store loaded for that partner. Every page says "Vertrouwelijk".
 *
 * Returns: (transfer full): the laid-out document; save it with
 *   passend_pdf_writer_save() */
PassendPdfWriter *passend_agenda_pdf_build        (PassendAgenda        *agenda,
                                                   GError              **error);

/* Builds and writes to @path atomically with mode 0600; *@n_pages (may be
 * NULL) receives the page count. On failure @path is untouched. Safe in
 * a worker thread: @agenda is only read. */
gboolean          passend_agenda_pdf_write        (PassendAgenda        *agenda,
                                                   const char           *path,
                                                   guint                *n_pages,
                                                   GCancellable         *cancellable,
                                                   GError              **error);
/* The same in a worker thread; holds a reference on @agenda meanwhile. */
void              passend_agenda_pdf_write_async  (PassendAgenda        *agenda,
                                                   const char           *path,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
gboolean          passend_agenda_pdf_write_finish (GAsyncResult         *result,
                                                   guint                *n_pages,
                                                   GError              **error);

G_END_DECLS
