/* passend-csv-reader.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PASSEND_CSV_ERROR (passend_csv_error_quark ())

typedef enum
{
  PASSEND_CSV_ERROR_EMPTY,     /* no header line */
  PASSEND_CSV_ERROR_ENCODING,  /* neither UTF-8 nor Windows-1252 (UTF-16, binary) */
  PASSEND_CSV_ERROR_NOT_CSV,   /* a spreadsheet, or no separator in the header */
  PASSEND_CSV_ERROR_SYNTAX,    /* a quoted field that is never closed */
  PASSEND_CSV_ERROR_TOO_LARGE,
} PassendCsvError;

/* A CSV file read whole: the header is row 0. Rows are numbered the way a
 * spreadsheet shows them, blank lines included, so an error message can
 * say "row 14" and the coordinator finds it in Excel. */
typedef struct _PassendCsvTable PassendCsvTable;

GQuark           passend_csv_error_quark            (void);

/* Detects the encoding (UTF-8 with or without a BOM, otherwise
 * Windows-1252) and the separator (';', ',' or tab, by the header line,
 * or an Excel "sep=" line), and reads RFC 4180 records: quoted fields
 * may hold separators, line breaks and doubled quotes; CRLF and LF both
 * end a record; blank lines are skipped. */
PassendCsvTable *passend_csv_table_new_from_bytes   (GBytes           *bytes,
                                                     GError          **error);
PassendCsvTable *passend_csv_table_new_from_file    (GFile            *file,
                                                     GCancellable     *cancellable,
                                                     GError          **error);
void             passend_csv_table_free             (PassendCsvTable  *table);

/* Rows that hold data, the header included. */
guint            passend_csv_table_get_n_rows       (PassendCsvTable  *table);
guint            passend_csv_table_get_n_fields     (PassendCsvTable  *table,
                                                     guint             row);
/* "" for a field past the end of a short row. */
const char      *passend_csv_table_get_field        (PassendCsvTable  *table,
                                                     guint             row,
                                                     guint             field);
/* The number a spreadsheet gives the row (the header is 1). */
guint            passend_csv_table_get_line_number  (PassendCsvTable  *table,
                                                     guint             row);
char             passend_csv_table_get_separator    (PassendCsvTable  *table);
/* "UTF-8" or "Windows-1252". */
const char      *passend_csv_table_get_encoding     (PassendCsvTable  *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendCsvTable, passend_csv_table_free)

G_END_DECLS
