/* passend-pdf-writer.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PASSEND_PDF_WRITER_ERROR (passend_pdf_writer_error_quark ())

typedef enum
{
  PASSEND_PDF_WRITER_ERROR_INVALID_MARKUP, /* a paragraph's Pango markup does not parse */
  PASSEND_PDF_WRITER_ERROR_FAILED,         /* cairo could not write the document */
  PASSEND_PDF_WRITER_ERROR_INVALID_IMAGE,  /* an image is not a PNG cairo can read */
} PassendPdfWriterError;

/* A4 in PostScript points, and the page margins. */
#define PASSEND_PDF_PAGE_WIDTH  595.28
#define PASSEND_PDF_PAGE_HEIGHT 841.89
#define PASSEND_PDF_MARGIN      56.0

#define PASSEND_TYPE_PDF_WRITER (passend_pdf_writer_get_type ())

G_DECLARE_FINAL_TYPE (PassendPdfWriter, passend_pdf_writer, PASSEND, PDF_WRITER, GObject)

/* A flowing A4 document: add blocks in reading order, then save. Every page
 * gets a header (@author, e.g. the school, left; @title right) and a footer
 * ("pagina X van Y" and the optional footer text). Printed documents are
 * Dutch whatever the UI language, so the writer's own words are Dutch.
 *
 * Text is sanitised: invalid UTF-8 is repaired, control characters are
 * dropped (tabs become spaces) and words longer than a line are broken, so
 * nothing runs off the page.
 *
 * One thread at a time: do not add blocks while a save is running. */

GQuark            passend_pdf_writer_error_quark       (void);

PassendPdfWriter *passend_pdf_writer_new               (const char        *title,
                                                        const char        *author);

const char       *passend_pdf_writer_get_title         (PassendPdfWriter  *self);
void              passend_pdf_writer_set_title         (PassendPdfWriter  *self,
                                                        const char        *title);
const char       *passend_pdf_writer_get_author        (PassendPdfWriter  *self);
void              passend_pdf_writer_set_author        (PassendPdfWriter  *self,
                                                        const char        *author);
const char       *passend_pdf_writer_get_subject       (PassendPdfWriter  *self);
void              passend_pdf_writer_set_subject       (PassendPdfWriter  *self,
                                                        const char        *subject);
/* Printed on every page beside the page number, e.g. a confidentiality
 * line or the hash of a signed document; at most two lines. */
const char       *passend_pdf_writer_get_footer_text   (PassendPdfWriter  *self);
void              passend_pdf_writer_set_footer_text   (PassendPdfWriter  *self,
                                                        const char        *footer_text);
/* The creation date in the metadata; NULL (the default) means the moment
 * of saving. A fixed date makes the same content give the same bytes, as
 * the demo school and reproducible documents need. */
void              passend_pdf_writer_set_creation_date (PassendPdfWriter  *self,
                                                        GDateTime         *creation_date);

/* @level 1 or 2; headings also become the PDF outline (bookmarks). */
void              passend_pdf_writer_add_heading       (PassendPdfWriter  *self,
                                                        int                level,
                                                        const char        *text);
/* Plain text; newlines break lines within the paragraph. */
void              passend_pdf_writer_add_paragraph     (PassendPdfWriter  *self,
                                                        const char        *text);
/* Pango markup (<b>, <i>, <span>…); refused with
 * PASSEND_PDF_WRITER_ERROR_INVALID_MARKUP when it does not parse. Escape
 * any text you put in it with g_markup_escape_text(). */
gboolean          passend_pdf_writer_add_markup        (PassendPdfWriter  *self,
                                                        const char        *markup,
                                                        GError           **error);
/* Labels and their values in two aligned columns ("Naam", "Klas", …).
 * A NULL value prints as a dash. */
void              passend_pdf_writer_add_key_values    (PassendPdfWriter  *self,
                                                        const char * const *keys,
                                                        const char * const *values,
                                                        gsize              n_pairs);
/* Vertical space in points; dropped at the top of a page. */
void              passend_pdf_writer_add_space         (PassendPdfWriter  *self,
                                                        double             points);
/* A PNG image (a school logo) at the left margin, @height points high
 * with its aspect ratio kept and never wider than the text; moved whole
 * to the next page when it does not fit. Refused with
 * PASSEND_PDF_WRITER_ERROR_INVALID_IMAGE when the bytes are not a PNG. */
gboolean          passend_pdf_writer_add_image         (PassendPdfWriter  *self,
                                                        GBytes            *png,
                                                        double             height,
                                                        GError           **error);
/* Starts a new page, unless the current one is still empty. */
void              passend_pdf_writer_add_page_break    (PassendPdfWriter  *self);

/* Writes the document to @path atomically: a private temporary file (mode
 * 0600) in the same folder, renamed over @path once complete. On failure
 * nothing is left behind and @path is untouched. */
gboolean          passend_pdf_writer_save              (PassendPdfWriter  *self,
                                                        const char        *path,
                                                        GCancellable      *cancellable,
                                                        GError           **error);
/* The same in a worker thread. */
void              passend_pdf_writer_save_async        (PassendPdfWriter    *self,
                                                        const char          *path,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
gboolean          passend_pdf_writer_save_finish       (PassendPdfWriter  *self,
                                                        GAsyncResult      *result,
                                                        GError           **error);
/* The number of pages of the last successful save; 0 before. */
guint             passend_pdf_writer_get_n_pages       (PassendPdfWriter  *self);

G_END_DECLS
