/* passend-opp-print.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "passend-opp-pdf.h"

G_BEGIN_DECLS

/* Printing an OPP with exactly the pages of its PDF (same breaks, same
 * header and footer), scaled to the printable area of the paper. */

/* A configured operation: pages, job name, A4. Run it yourself (tests use
 * GTK_PRINT_OPERATION_ACTION_EXPORT to a file). NULL with @error set when
 * the document cannot be laid out. */
GtkPrintOperation *passend_opp_print_operation_new (PassendOppDocument         *document,
                                                    GBytes                     *logo,
                                                    const PassendOppPdfOptions *options,
                                                    GError                    **error);

/* Shows the print dialog for @document over @parent and prints it. The
 * result is FALSE without an error when the user cancelled. */
void               passend_opp_print_async         (GtkWindow                  *parent,
                                                    PassendOppDocument         *document,
                                                    GBytes                     *logo,
                                                    const PassendOppPdfOptions *options,
                                                    GCancellable               *cancellable,
                                                    GAsyncReadyCallback         callback,
                                                    gpointer                    user_data);
gboolean           passend_opp_print_finish        (GAsyncResult               *result,
                                                    GError                    **error);

G_END_DECLS
