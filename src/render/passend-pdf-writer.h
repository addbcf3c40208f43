/* passend-pdf-writer.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
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

/* Tables, keep-together groups, drawings and drawing into any cairo_t.
 * Added for the OPP; everything above keeps working as it did. */

/* A vector drawing of @width × @height points, with (0, 0) its top left
 * corner; @draw may be called more than once (a save, a preview, a
 * print) and from the thread that saves, so it must only read @user_data. */
typedef void (*PassendPdfDrawFunc) (cairo_t  *cr,
                                    double    width,
                                    double    height,
                                    gpointer  user_data);

/* Starts a table of @n_columns (1–12) columns; @widths are relative
 * (e.g. { 3, 2, 1 }), NULL for equal columns. Rows follow with
 * passend_pdf_writer_add_table_header() and _add_table_row(); the table
 * ends with passend_pdf_writer_end_table(). Cells wrap inside their
 * column; a row is never split over two pages unless it is taller than a
 * page; the header row is repeated on every page the table continues on. */
void              passend_pdf_writer_begin_table       (PassendPdfWriter   *self,
                                                        guint               n_columns,
                                                        const double       *widths);
/* The header row: bold on a tinted background. At most one, before the
 * first row. */
void              passend_pdf_writer_add_table_header  (PassendPdfWriter   *self,
                                                        const char * const *cells);
/* @cells holds n_columns plain texts (NULL prints as empty); newlines
 * break lines inside a cell. */
void              passend_pdf_writer_add_table_row     (PassendPdfWriter   *self,
                                                        const char * const *cells);
void              passend_pdf_writer_end_table         (PassendPdfWriter   *self);

/* Everything added between these two stays on one page: when the group
 * does not fit on the rest of the current page it starts on a new one
 * (a group taller than a page still flows). Groups do not nest. */
void              passend_pdf_writer_begin_keep_together (PassendPdfWriter *self);
void              passend_pdf_writer_end_keep_together (PassendPdfWriter   *self);

/* A drawing at the left margin (plus @indent points), never split over
 * two pages. @destroy frees @user_data with the writer. */
void              passend_pdf_writer_add_drawing       (PassendPdfWriter   *self,
                                                        double              indent,
                                                        double              width,
                                                        double              height,
                                                        PassendPdfDrawFunc  draw,
                                                        gpointer            user_data,
                                                        GDestroyNotify      destroy);

/* The same drawing at the right margin, beside the next block (a
 * paragraph or key-values, which then wraps in the room left of it); the
 * flow continues below whichever of the two ends lower. At most half the
 * text width. */
void              passend_pdf_writer_add_drawing_beside (PassendPdfWriter *self,
                                                        double              width,
                                                        double              height,
                                                        PassendPdfDrawFunc  draw,
                                                        gpointer            user_data,
                                                        GDestroyNotify      destroy);

/* The width of the label column of key-value blocks added from now on,
 * so several blocks line up; 0 (the default): as wide as each block's
 * widest label. */
void              passend_pdf_writer_set_key_width     (PassendPdfWriter   *self,
                                                        double              points);

/* The right half of the running header line on every page; NULL (the
 * default) prints the title there. */
const char       *passend_pdf_writer_get_header_text   (PassendPdfWriter   *self);
void              passend_pdf_writer_set_header_text   (PassendPdfWriter   *self,
                                                        const char         *header_text);
/* A large pale word across every page ("CONCEPT"), drawn as outlines so
 * it does not mix into the extracted text; NULL for none. */
const char       *passend_pdf_writer_get_watermark     (PassendPdfWriter   *self);
void              passend_pdf_writer_set_watermark     (PassendPdfWriter   *self,
                                                        const char         *watermark);

/* The whole PDF in memory, e.g. for a live preview. */
GBytes           *passend_pdf_writer_save_to_bytes     (PassendPdfWriter   *self,
                                                        GCancellable       *cancellable,
                                                        GError            **error);

/* Lays the document out for drawing page by page into other cairo
 * contexts (printing, a preview) and returns the number of pages, 0 with
 * @error set on failure. Adding blocks afterwards needs a new call. */
guint             passend_pdf_writer_paginate          (PassendPdfWriter   *self,
                                                        GCancellable       *cancellable,
                                                        GError            **error);
/* Draws page @index (0-based) of the last passend_pdf_writer_paginate()
 * onto @cr in points, (0, 0) the page's top left corner, with its header,
 * footer and watermark; the caller scales @cr and paints the paper. */
void              passend_pdf_writer_draw_page         (PassendPdfWriter   *self,
                                                        cairo_t            *cr,
                                                        guint               index);

G_END_DECLS
