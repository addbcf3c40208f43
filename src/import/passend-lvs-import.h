/* passend-lvs-import.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "passend-csv-reader.h"
#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_LVS_IMPORT_ERROR (passend_lvs_import_error_quark ())

typedef enum
{
  PASSEND_LVS_IMPORT_ERROR_NO_ID_COLUMN,    /* no student number column */
  PASSEND_LVS_IMPORT_ERROR_NO_NAME_COLUMN,  /* no family name, nor a full name */
  PASSEND_LVS_IMPORT_ERROR_HAS_ERRORS,      /* a row has an error: nothing is stored */
  PASSEND_LVS_IMPORT_ERROR_NO_STUDENTS,     /* "complete", but the export has nobody */
} PassendLvsImportError;

/* What a column of an export holds, by its header (DOMAIN.md §8). */
typedef enum
{
  PASSEND_LVS_COLUMN_NONE,
  PASSEND_LVS_COLUMN_ID,
  PASSEND_LVS_COLUMN_ROEPNAAM,
  PASSEND_LVS_COLUMN_VOORLETTERS,
  PASSEND_LVS_COLUMN_TUSSENVOEGSEL,
  PASSEND_LVS_COLUMN_ACHTERNAAM,
  PASSEND_LVS_COLUMN_FULL_NAME,
  PASSEND_LVS_COLUMN_BIRTH_DATE,
  PASSEND_LVS_COLUMN_GENDER,
  PASSEND_LVS_COLUMN_CLASS,
  PASSEND_LVS_COLUMN_TRACK,
  PASSEND_LVS_COLUMN_YEAR,
  PASSEND_LVS_COLUMN_MENTOR,
  PASSEND_LVS_COLUMN_LOCATION,
  PASSEND_LVS_COLUMN_SCHOOL_YEAR,
  PASSEND_LVS_N_COLUMNS
} PassendLvsColumn;

GQuark            passend_lvs_import_error_quark   (void);

/* Header synonyms, case, accents, spaces and punctuation ignored:
 * "Stamnr", "Leerlingnummer" and "STAMNUMMER" are all the student id;
 * NONE for a column the import does not use. */
PassendLvsColumn  passend_lvs_column_for_header    (const char   *header);

/* Values as Passend stores them. Each returns FALSE and a reason for the
 * coordinator in @error when the text cannot be a valid value; empty
 * text is valid and gives "nothing" (PASSEND_DAY_NONE, 0). */
gboolean          passend_lvs_parse_date           (const char   *text,
                                                    PassendDay   *day,
                                                    GError      **error);
gboolean          passend_lvs_parse_year           (const char   *text,
                                                    int          *year,
                                                    GError      **error);
/* "2025/2026", "2025-2026" or "2025" → 2025. */
gboolean          passend_lvs_parse_school_year    (const char   *text,
                                                    int          *start_year,
                                                    GError      **error);
/* The leading digit of a class name ("3H2" → 3), else 0. */
int               passend_lvs_year_from_class      (const char   *class_name);
/* "VMBO KB", "Havo 3", "Kaderberoepsgerichte leerweg" → "vmbo-k" …;
 * text that names no single track comes back as it was, trimmed. */
char             *passend_lvs_normalize_track      (const char   *text);
/* "M", "Man", "Jongen" → "m"; "V", "Vrouw", "Meisje", "F" → "v". */
char             *passend_lvs_normalize_gender     (const char   *text);
/* "Vries, Jan de" or "Jan de Vries" → roepnaam, tussenvoegsel and
 * achternaam; FALSE when no family name can be found. */
gboolean          passend_lvs_split_full_name      (const char   *text,
                                                    char        **roepnaam,
                                                    char        **tussenvoegsel,
                                                    char        **achternaam);

G_END_DECLS
