/* passend-pdf-viewer.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PASSEND_TYPE_PDF_VIEWER (passend_pdf_viewer_get_type ())

G_DECLARE_FINAL_TYPE (PassendPdfViewer, passend_pdf_viewer, PASSEND, PDF_VIEWER, AdwWindow)

/* A window that shows an attachment: a PDF with page thumbnails, zoom and
 * page navigation, every page rendered off the main thread; an image as a
 * single page. It can hand the file to the system viewer (a private copy
 * that is removed when Passend quits) or save a copy.
 *
 * Returns: (transfer none): the window, owned by GTK until it is closed;
 * NULL with @error set when @content cannot be shown. */
PassendPdfViewer *passend_pdf_viewer_new              (GtkWindow        *parent,
                                                       const char       *file_name,
                                                       const char       *media_type,
                                                       GBytes           *content,
                                                       GError          **error);
guint             passend_pdf_viewer_get_n_pages      (PassendPdfViewer *self);
/* 0-based. */
guint             passend_pdf_viewer_get_page         (PassendPdfViewer *self);
void              passend_pdf_viewer_set_page         (PassendPdfViewer *self,
                                                       guint             page);
/* The page whose image is on screen, or -1 while it is being rendered;
 * notifies "rendered-page". */
int               passend_pdf_viewer_get_rendered_page (PassendPdfViewer *self);
/* Pixels per point; 0 means fit to width. */
double            passend_pdf_viewer_get_zoom         (PassendPdfViewer *self);

/* Removes the private copies "Open in Viewer" made; Passend does this
 * when it quits. */
void              passend_pdf_viewer_remove_temporary_files (void);

G_END_DECLS
