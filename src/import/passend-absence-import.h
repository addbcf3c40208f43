/* passend-absence-import.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-csv-reader.h"
#include "passend-database-absence.h"

G_BEGIN_DECLS

/* Reads an LVS absence export (Magister, Somtoday and the like): one row
 * per student, day and reason with the number of lessons, or one row per
 * lesson (no count column), which are added up. Columns are found by
 * their Dutch names: leerlingnummer, datum, lesuren/aantal,
 * reden/registratie. The first problem is a G_IO_ERROR_INVALID_DATA that
 * names the row and column, and nothing is returned.
 *
 * Returns: (transfer full): #PassendAbsence objects for the store, marked
 *   as imported */
GPtrArray *passend_absence_import_read (PassendCsvTable  *table,
                                        PassendDatabase  *database,
                                        GError          **error);

G_END_DECLS
