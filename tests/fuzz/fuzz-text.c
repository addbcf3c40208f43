/* fuzz-text.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The small parsers of text a user types or a file holds: dates, partner
 * references, the LVS value parsers, the TLV dossier manifest and the
 * text folding behind search. Each either accepts with a sane value or
 * refuses with an error. */

#include "config.h"

#include "passend-agenda.h"
#include "passend-date.h"
#include "passend-fuzz.h"
#include "passend-lvs-import.h"
#include "passend-partner.h"
#include "passend-text.h"
#include "passend-tlv-dossier.h"

static void
check_day (PassendDay  day,
           GError     *error)
{
  int year, month, mday;

  if (day == PASSEND_DAY_NONE)
    {
      g_assert (error != NULL);
      return;
    }

  g_assert (error == NULL);
  passend_day_get_ymd (day, &year, &month, &mday);
  g_assert (year >= 1900 && year <= 2200);
  g_assert (month >= 1 && month <= 12 && mday >= 1 && mday <= 31);
}

static void
fuzz_dates (const char *text)
{
  g_autoptr(GError) iso_error = NULL;
  g_autoptr(GError) dutch_error = NULL;
  g_autoptr(GError) lvs_error = NULL;
  PassendDay day;

  day = passend_day_from_iso (text, &iso_error);
  check_day (day, iso_error);
  if (day != PASSEND_DAY_NONE)
    {
      g_autofree char *iso = passend_day_to_iso (day);
      g_autofree char *dutch = passend_day_format_dutch (day);

      g_assert (passend_day_from_iso (iso, NULL) == day);
      g_assert (g_utf8_validate (dutch, -1, NULL));
    }

  day = passend_day_from_dutch (text, &dutch_error);
  check_day (day, dutch_error);

  day = PASSEND_DAY_NONE;
  if (!passend_lvs_parse_date (text, &day, &lvs_error))
    g_assert (lvs_error != NULL);
}

static void
fuzz_lvs_values (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *track = NULL;
  g_autofree char *gender = NULL;
  g_autofree char *roepnaam = NULL;
  g_autofree char *tussenvoegsel = NULL;
  g_autofree char *achternaam = NULL;
  int year = 0;

  if (!passend_lvs_parse_year (text, &year, &error))
    g_assert (error != NULL);
  g_clear_error (&error);
  if (!passend_lvs_parse_school_year (text, &year, &error))
    g_assert (error != NULL);
  g_clear_error (&error);

  year = passend_lvs_year_from_class (text);
  g_assert (year >= 0 && year <= 9);
  (void) passend_lvs_column_for_header (text);

  track = passend_lvs_normalize_track (text);
  gender = passend_lvs_normalize_gender (text);
  g_assert (track != NULL && gender != NULL);

  if (passend_lvs_split_full_name (text, &roepnaam, &tussenvoegsel, &achternaam))
    g_assert (achternaam != NULL && *achternaam != '\0');
}

static void
fuzz_references (const char *text)
{
  g_autoptr(GError) error = NULL;
  PassendPartnerKind kind;
  PassendAgendaAudience audience;
  gint64 id = 0;

  if (passend_partner_reference_parse (text, &kind, &id))
    {
      g_autofree char *again = passend_partner_reference_format (kind, id);

      g_assert (id > 0);
      g_assert (g_str_equal (again, text));
    }

  id = 0;
  if (passend_agenda_parse_partner (text, &audience, &id, &error))
    g_assert (id > 0);
  else
    g_assert (error != NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *raw = passend_fuzz_strndup (data, size);
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(PassendTlvDossierData) dossier = NULL;
  g_autoptr(GError) error = NULL;

  /* Every caller hands these parsers valid UTF-8 (GTK, the CSV reader, the
   * store); the manifest reader checks for itself. */
  dossier = passend_tlv_manifest_parse (raw, &error);
  g_assert ((dossier != NULL) != (error != NULL));

  text = g_utf8_make_valid (raw, -1);
  fuzz_dates (text);
  fuzz_lvs_values (text);
  fuzz_references (text);

  folded = passend_text_fold (text);
  g_assert (folded != NULL && g_utf8_validate (folded, -1, NULL));
  words = passend_text_query_words (text);
  g_assert (passend_text_matches (folded, (const char * const *) words));

  return 0;
}
