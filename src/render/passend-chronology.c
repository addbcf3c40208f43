/* passend-chronology.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-chronology.h"

/* Everything this file prints is Dutch and deliberately not translated:
 * the chronologisch overzicht goes to Dutch parents, the SWV and a TLV
 * committee, whatever language the coordinator's desktop speaks. */

#define LOGO_HEIGHT 42.0
#define CANCEL_EVERY 64

static const char * const kind_labels[] = {
  [PASSEND_ENTRY_KIND_CONVERSATION_STUDENT] = "Gesprek met leerling",
  [PASSEND_ENTRY_KIND_CONVERSATION_PARENTS] = "Gesprek met ouders",
  [PASSEND_ENTRY_KIND_CONVERSATION_MENTOR] = "Gesprek met mentor",
  [PASSEND_ENTRY_KIND_CONVERSATION_EXTERNAL] = "Gesprek met externe professional",
  [PASSEND_ENTRY_KIND_OBSERVATION] = "Observatie",
  [PASSEND_ENTRY_KIND_SIGNAL] = "Signaal",
  [PASSEND_ENTRY_KIND_INTERVENTION_START] = "Start interventie",
  [PASSEND_ENTRY_KIND_INTERVENTION_END] = "Einde interventie",
  [PASSEND_ENTRY_KIND_DECISION] = "Besluit",
  [PASSEND_ENTRY_KIND_MEETING] = "Overleg",
  [PASSEND_ENTRY_KIND_ABSENCE] = "Verzuim",
  [PASSEND_ENTRY_KIND_DOCUMENT] = "Document",
  [PASSEND_ENTRY_KIND_CONSENT] = "Toestemming",
  [PASSEND_ENTRY_KIND_STATUS_CHANGE] = "Statuswijziging",
  [PASSEND_ENTRY_KIND_INCIDENT] = "Incident",
};

static const char * const niveau_labels[] = {
  [PASSEND_NIVEAU_NONE] = "geen ondersteuningsniveau",
  [PASSEND_NIVEAU_1] = "niveau 1 — basisondersteuning",
  [PASSEND_NIVEAU_2] = "niveau 2 — basisondersteuning",
  [PASSEND_NIVEAU_3] = "niveau 3 — extra ondersteuning",
  [PASSEND_NIVEAU_4] = "niveau 4 — extra ondersteuning",
};

static const char * const phase_labels[] = {
  [PASSEND_PHASE_0_OVERDRACHT] = "fase 0 — warme overdracht",
  [PASSEND_PHASE_1_SIGNALEREN] = "fase 1 — signaleren",
  [PASSEND_PHASE_2_CONSULTATIE] = "fase 2 — collegiale consultatie",
  [PASSEND_PHASE_3A_ONDERSTEUNINGSTEAM] = "fase 3a — OT en basisondersteuning",
  [PASSEND_PHASE_3B_FLEX_ZAT] = "fase 3b — Flex-ZAT en extra ondersteuning",
  [PASSEND_PHASE_4_TLV] = "fase 4 — TLV-aanvraag",
};

static const char * const month_names[] = {
  "jan.", "feb.", "mrt.", "apr.", "mei", "jun.",
  "jul.", "aug.", "sep.", "okt.", "nov.", "dec.",
};

void
passend_chronology_options_init (PassendChronologyOptions *options)
{
  g_return_if_fail (options != NULL);

  options->from = PASSEND_DAY_NONE;
  options->to = PASSEND_DAY_NONE;
  options->kinds = PASSEND_CHRONOLOGY_ALL_KINDS;
  options->include_care = TRUE;
  options->include_medical = FALSE;
}

const char *
passend_chronology_kind_label (PassendEntryKind kind)
{
  /* A kind added after this table still prints as something sensible. */
  if ((guint) kind >= G_N_ELEMENTS (kind_labels) || kind_labels[kind] == NULL)
    return "Aantekening";

  return kind_labels[kind];
}

static PassendDay
entry_day (PassendTimelineEntry *entry)
{
  g_autoptr(GDateTime) local = NULL;

  local = g_date_time_new_from_unix_local (passend_timeline_entry_get_occurred_at (entry));
  if (local == NULL)
    return PASSEND_DAY_NONE;

  return passend_day_new (g_date_time_get_year (local),
                          g_date_time_get_month (local),
                          g_date_time_get_day_of_month (local));
}

gboolean
passend_chronology_includes (const PassendChronologyOptions *options,
                             PassendTimelineEntry           *entry)
{
  PassendEntryKind kind;
  PassendDay day;

  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (PASSEND_IS_TIMELINE_ENTRY (entry), FALSE);

  switch (passend_timeline_entry_get_confidentiality (entry))
    {
    case PASSEND_CONFIDENTIALITY_NORMAL:
      break;
    case PASSEND_CONFIDENTIALITY_CARE:
      if (!options->include_care)
        return FALSE;
      break;
    case PASSEND_CONFIDENTIALITY_MEDICAL:
      if (!options->include_medical)
        return FALSE;
      break;
    case PASSEND_CONFIDENTIALITY_MELDCODE:
    default:
      /* The store never lists them; if one slips through, it still never
       * leaves Passend from here. */
      return FALSE;
    }

  kind = passend_timeline_entry_get_kind (entry);
  if ((guint) kind < 32 && (options->kinds & PASSEND_CHRONOLOGY_KIND_BIT (kind)) == 0)
    return FALSE;

  day = entry_day (entry);
  if (options->from != PASSEND_DAY_NONE && day < options->from)
    return FALSE;
  if (options->to != PASSEND_DAY_NONE && day > options->to)
    return FALSE;

  return TRUE;
}

/* "1 aug. 2025": the period line, where a weekday would only be noise. */
static char *
format_day_short (PassendDay day)
{
  int y, m, d;

  passend_day_get_ymd (day, &y, &m, &d);
  return g_strdup_printf ("%d %s %d", d, month_names[m - 1], y);
}

static int
compare_oldest_first (gconstpointer a,
                      gconstpointer b)
{
  PassendTimelineEntry *x = *(PassendTimelineEntry * const *) a;
  PassendTimelineEntry *y = *(PassendTimelineEntry * const *) b;
  gint64 tx = passend_timeline_entry_get_occurred_at (x);
  gint64 ty = passend_timeline_entry_get_occurred_at (y);
  gint64 ix = passend_timeline_entry_get_id (x);
  gint64 iy = passend_timeline_entry_get_id (y);

  if (tx != ty)
    return tx < ty ? -1 : 1;
  return ix < iy ? -1 : (ix > iy ? 1 : 0);
}

static const char *
or_dash (const char *text)
{
  return text != NULL && text[0] != '\0' ? text : NULL;
}

static void
add_school_header (PassendPdfWriter *writer,
                   PassendSchool    *school,
                   GBytes           *logo)
{
  g_autoptr(GString) details = g_string_new (NULL);
  g_autofree char *markup = NULL;
  const char *name = or_dash (passend_school_get_name (school));
  const char *brin = or_dash (passend_school_get_brin (school));
  const char *city = or_dash (passend_school_get_city (school));

  if (logo != NULL)
    {
      g_autoptr(GError) error = NULL;

      /* A JPEG or SVG logo cannot be drawn by cairo alone; the document
       * is complete without it. */
      if (!passend_pdf_writer_add_image (writer, logo, LOGO_HEIGHT, &error))
        g_debug ("School logo left out of the chronology: %s", error->message);
    }

  if (brin != NULL)
    g_string_append_printf (details, "BRIN %s", brin);
  if (city != NULL)
    g_string_append_printf (details, "%s%s", details->len > 0 ? " · " : "", city);

  markup = g_markup_printf_escaped ("<span size=\"large\" weight=\"bold\">%s</span>\n"
                                    "<span foreground=\"#555555\">%s</span>",
                                    name != NULL ? name : "School", details->str);
  /* Everything in it is escaped, so it always parses. */
  passend_pdf_writer_add_markup (writer, markup, NULL);
}

static char *
niveau_and_phase (PassendStudent *student)
{
  PassendNiveau niveau = passend_student_get_niveau (student);
  PassendPhase phase = passend_student_get_phase (student);

  if ((guint) niveau >= G_N_ELEMENTS (niveau_labels))
    niveau = PASSEND_NIVEAU_NONE;
  if (niveau == PASSEND_NIVEAU_NONE || (guint) phase >= G_N_ELEMENTS (phase_labels))
    return g_strdup (niveau_labels[niveau]);

  return g_strdup_printf ("%s, %s", niveau_labels[niveau], phase_labels[phase]);
}

static void
add_student_block (PassendPdfWriter *writer,
                   PassendStudent   *student)
{
  g_autofree char *birth = passend_day_format_dutch (passend_student_get_birth_date (student));
  g_autofree char *support = niveau_and_phase (student);
  const char *keys[] = {
    "Naam", "Geboortedatum", "LVS-nummer", "Klas", "Mentor", "Niveau en fase",
  };
  const char *values[] = {
    passend_student_get_display_name (student),
    or_dash (birth),
    or_dash (passend_student_get_lvs_number (student)),
    or_dash (passend_student_get_class_name (student)),
    or_dash (passend_student_get_mentor_name (student)),
    support,
  };

  passend_pdf_writer_add_heading (writer, 2, "Leerling");
  passend_pdf_writer_add_key_values (writer, keys, values, G_N_ELEMENTS (keys));
}

static char *
describe_kinds (guint32 kinds)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean all = TRUE;

  for (guint k = 0; k < G_N_ELEMENTS (kind_labels); k++)
    {
      g_autofree char *lower = NULL;

      if ((kinds & PASSEND_CHRONOLOGY_KIND_BIT (k)) == 0)
        {
          all = FALSE;
          continue;
        }

      lower = g_utf8_strdown (kind_labels[k], -1);
      g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", lower);
    }

  if (all)
    return g_strdup ("alle");
  if (text->len == 0)
    return g_strdup ("geen");
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_selection_block (PassendPdfWriter               *writer,
                     PassendSchool                  *school,
                     const PassendChronologyOptions *options,
                     PassendDay                      today)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *period = NULL;
  g_autofree char *kinds = describe_kinds (options->kinds);
  g_autofree char *made = NULL;
  g_autofree char *today_text = passend_day_format_dutch (today);
  g_autoptr(GString) levels = g_string_new ("normaal");
  const char *coordinator = or_dash (passend_school_get_coordinator_name (school));
  const char *keys[] = { "Periode", "Soorten", "Vertrouwelijkheid", "Opgesteld" };
  const char *values[4];

  from = options->from != PASSEND_DAY_NONE ? format_day_short (options->from)
                                            : g_strdup ("begin van het dossier");
  to = format_day_short (options->to != PASSEND_DAY_NONE ? options->to : today);
  period = g_strdup_printf ("%s – %s", from, to);

  if (options->include_care)
    g_string_append (levels, ", zorg");
  if (options->include_medical)
    g_string_append (levels, ", medisch");
  g_string_append (levels, " (meldcode-aantekeningen worden nooit opgenomen)");

  made = coordinator != NULL ? g_strdup_printf ("%s door %s", today_text, coordinator)
                             : g_strdup (today_text);

  values[0] = period;
  values[1] = kinds;
  values[2] = levels->str;
  values[3] = made;
  passend_pdf_writer_add_heading (writer, 2, "Selectie");
  passend_pdf_writer_add_key_values (writer, keys, values, G_N_ELEMENTS (keys));
}

static void
add_entry (PassendPdfWriter     *writer,
           PassendTimelineEntry *entry)
{
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *markup = NULL;
  g_autoptr(GString) meta = g_string_new (NULL);
  const char *title = or_dash (passend_timeline_entry_get_title (entry));
  const char *author = or_dash (passend_timeline_entry_get_author (entry));
  const char *body = or_dash (passend_timeline_entry_get_body (entry));
  const char *kind = passend_chronology_kind_label (passend_timeline_entry_get_kind (entry));

  local = g_date_time_new_from_unix_local (passend_timeline_entry_get_occurred_at (entry));
  date = passend_day_format_dutch (entry_day (entry));
  time = local != NULL ? g_date_time_format (local, "%H:%M") : g_strdup ("");

  heading = g_strdup_printf ("%s — %s", date, title != NULL ? title : kind);
  passend_pdf_writer_add_heading (writer, 2, heading);

  g_string_append_printf (meta, "%s · %s", time, kind);
  if (author != NULL)
    g_string_append_printf (meta, " · %s", author);
  g_string_append (meta, passend_timeline_entry_get_is_fact (entry) ? " · feit" : " · mening");

  switch (passend_timeline_entry_get_confidentiality (entry))
    {
    case PASSEND_CONFIDENTIALITY_CARE:
      g_string_append (meta, " · vertrouwelijk: zorg");
      break;
    case PASSEND_CONFIDENTIALITY_MEDICAL:
      g_string_append (meta, " · vertrouwelijk: medisch");
      break;
    case PASSEND_CONFIDENTIALITY_NORMAL:
    case PASSEND_CONFIDENTIALITY_MELDCODE:
    default:
      break;
    }

  markup = g_markup_printf_escaped ("<span foreground=\"#555555\">%s</span>", meta->str);
  passend_pdf_writer_add_markup (writer, markup, NULL);

  if (body != NULL)
    passend_pdf_writer_add_paragraph (writer, body);
}

static gboolean
is_adult_on (PassendStudent *student,
             PassendDay      today)
{
  PassendDay birth = passend_student_get_birth_date (student);

  return birth != PASSEND_DAY_NONE && passend_day_age_on (birth, today) >= 18;
}

PassendPdfWriter *
passend_chronology_build (PassendSchool                  *school,
                          GBytes                         *logo,
                          PassendStudent                 *student,
                          GListModel                     *entries,
                          const PassendChronologyOptions *options,
                          PassendDay                      today,
                          guint                          *n_entries,
                          GCancellable                   *cancellable,
                          GError                        **error)
{
  g_autoptr(PassendPdfWriter) writer = NULL;
  g_autoptr(GPtrArray) included = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *title = NULL;
  g_autofree char *subject = NULL;
  const char *name;
  const char *school_name;
  guint n_items;

  g_return_val_if_fail (PASSEND_IS_SCHOOL (school), NULL);
  g_return_val_if_fail (PASSEND_IS_STUDENT (student), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (entries), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (today != PASSEND_DAY_NONE, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  n_items = g_list_model_get_n_items (entries);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PassendTimelineEntry) entry = g_list_model_get_item (entries, i);

      if (i % CANCEL_EVERY == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      if (passend_timeline_entry_get_student_id (entry) != passend_student_get_id (student))
        continue;
      if (passend_chronology_includes (options, entry))
        g_ptr_array_add (included, g_steal_pointer (&entry));
    }
  /* The chronology reads forward, unlike the timeline on screen. */
  g_ptr_array_sort (included, compare_oldest_first);

  name = passend_student_get_display_name (student);
  school_name = or_dash (passend_school_get_name (school));
  title = g_strdup_printf ("Chronologisch overzicht — %s", name);
  subject = g_strdup_printf ("Chronologisch overzicht van de leerlingbegeleiding van %s", name);

  writer = passend_pdf_writer_new (title, school_name);
  passend_pdf_writer_set_subject (writer, subject);
  passend_pdf_writer_set_footer_text (writer, is_adult_on (student, today)
                                      ? "Vertrouwelijk — bevat persoonsgegevens van een leerling"
                                      : "Vertrouwelijk — bevat persoonsgegevens van een minderjarige leerling");

  add_school_header (writer, school, logo);
  passend_pdf_writer_add_space (writer, 6);
  passend_pdf_writer_add_heading (writer, 1, "Chronologisch overzicht");
  add_student_block (writer, student);
  add_selection_block (writer, school, options, today);

  passend_pdf_writer_add_heading (writer, 1, "Aantekeningen");
  if (included->len == 0)
    passend_pdf_writer_add_paragraph (writer, "In deze periode zijn er geen aantekeningen die bij de selectie horen.");

  for (guint i = 0; i < included->len; i++)
    {
      if (i % CANCEL_EVERY == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      add_entry (writer, g_ptr_array_index (included, i));
    }

  /* A reader holding loose pages can tell the document is complete. */
  if (included->len > 0)
    {
      g_autofree char *end = g_strdup_printf (included->len == 1
                                              ? "Einde van het overzicht (%u aantekening)."
                                              : "Einde van het overzicht (%u aantekeningen).",
                                              included->len);

      passend_pdf_writer_add_space (writer, 12);
      passend_pdf_writer_add_paragraph (writer, end);
    }

  if (n_entries != NULL)
    *n_entries = included->len;

  return g_steal_pointer (&writer);
}
