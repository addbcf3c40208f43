/* passend-csv-writer.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Builds a CSV file the way Dutch Excel opens it without an import
 * dialog: UTF-8 with a byte order mark, ';' between fields, CRLF between
 * rows, and fields quoted as RFC 4180 says. A field that a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or CR) is
 * written with a leading apostrophe, so exported data never executes. */
typedef struct _PassendCsvWriter PassendCsvWriter;

PassendCsvWriter *passend_csv_writer_new          (void);
void              passend_csv_writer_free         (PassendCsvWriter   *self);

/* Appends one row; NULL fields are written empty. */
void              passend_csv_writer_add_row      (PassendCsvWriter   *self,
                                                   const char * const *fields,
                                                   guint               n_fields);
guint             passend_csv_writer_get_n_rows   (PassendCsvWriter   *self);
/* The whole file as it will be written, BOM included. */
GBytes           *passend_csv_writer_get_bytes    (PassendCsvWriter   *self);

/* Writes the file atomically (a temporary file beside @path, then a
 * rename) with mode 0600: a failing write leaves no file behind and an
 * existing file untouched. */
gboolean          passend_csv_writer_save         (PassendCsvWriter   *self,
                                                   const char         *path,
                                                   GError            **error);

/* One field as it appears in the file, quoted when needed. */
char             *passend_csv_quote_field         (const char         *field);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendCsvWriter, passend_csv_writer_free)

G_END_DECLS
