/* passend-minutes-pdf.h
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

/* The verslag of a meeting as a Dutch A4 PDF: per item the minutes, the
 * decisions with their rationale (a decision not to act printed as
 * such) and the actions (wat, wie, wanneer). @item_id 0: every item of
 * @agenda; otherwise that one item, which must be in @agenda (for a
 * partner: an item they attend with consent), else
 * G_IO_ERROR_NOT_FOUND. The internal audience also gets the internal
 * notes; a partner never.
 *
 * Returns: (transfer full): the laid-out document, or NULL with @error */
PassendPdfWriter *passend_minutes_pdf_build        (PassendAgenda        *agenda,
                                                    gint64                item_id,
                                                    GError              **error);

/* Builds and writes to @path atomically with mode 0600. Safe in a worker
 * thread: @agenda is only read. */
gboolean          passend_minutes_pdf_write        (PassendAgenda        *agenda,
                                                    gint64                item_id,
                                                    const char           *path,
                                                    guint                *n_pages,
                                                    GCancellable         *cancellable,
                                                    GError              **error);
void              passend_minutes_pdf_write_async  (PassendAgenda        *agenda,
                                                    gint64                item_id,
                                                    const char           *path,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
gboolean          passend_minutes_pdf_write_finish (GAsyncResult         *result,
                                                    guint                *n_pages,
                                                    GError              **error);

G_END_DECLS
