/* passend-types.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "passend-types.h"

/* Codes are what the database stores: they never change and are never
 * translated. Labels are English source strings for the UI. Each table is
 * indexed by the enum value, so the order must follow passend-types.h. */
typedef struct
{
  const char *code;
  const char *label;
  /* The short label for phases, the icon name for entry kinds. */
  const char *detail;
} CodeLabel;

static const CodeLabel phases[] = {
  [PASSEND_PHASE_0_OVERDRACHT] =
    { "0", N_("0 — Warm handover"), N_("0 Handover") },
  [PASSEND_PHASE_1_SIGNALEREN] =
    { "1", N_("1 — Observing and signalling"), N_("1 Signalling") },
  [PASSEND_PHASE_2_CONSULTATIE] =
    { "2", N_("2 — Collegial consultation"), N_("2 Consultation") },
  [PASSEND_PHASE_3A_ONDERSTEUNINGSTEAM] =
    { "3a", N_("3a — OT and basic support"), N_("3a OT") },
  [PASSEND_PHASE_3B_FLEX_ZAT] =
    { "3b", N_("3b — Flex-ZAT and extra support"), N_("3b Flex-ZAT") },
  [PASSEND_PHASE_4_TLV] =
    { "4", N_("4 — TLV application"), N_("4 TLV") },
};

static const char * const niveau_labels[] = {
  [PASSEND_NIVEAU_NONE] = N_("No support level"),
  [PASSEND_NIVEAU_1] = N_("Level 1 — basic support"),
  [PASSEND_NIVEAU_2] = N_("Level 2 — basic support"),
  [PASSEND_NIVEAU_3] = N_("Level 3 — extra support"),
  [PASSEND_NIVEAU_4] = N_("Level 4 — extra support"),
};

static const CodeLabel regies[] = {
  [PASSEND_REGIE_MENTOR] = { "mentor", N_("Mentor or coach"), NULL },
  [PASSEND_REGIE_LECO] = { "leco", N_("LeCo"), NULL },
  [PASSEND_REGIE_OCO] = { "oco", N_("OCo"), NULL },
};

/* One distinct symbolic icon per kind, all in adwaita-icon-theme 43, so
 * the timeline can be scanned by shape before it is read. */
static const CodeLabel entry_kinds[] = {
  [PASSEND_ENTRY_KIND_CONVERSATION_STUDENT] =
    { "conversation-student", N_("Conversation with student"), "avatar-default-symbolic" },
  [PASSEND_ENTRY_KIND_CONVERSATION_PARENTS] =
    { "conversation-parents", N_("Conversation with parents"), "system-users-symbolic" },
  [PASSEND_ENTRY_KIND_CONVERSATION_MENTOR] =
    { "conversation-mentor", N_("Conversation with mentor"), "chat-message-new-symbolic" },
  [PASSEND_ENTRY_KIND_CONVERSATION_EXTERNAL] =
    { "conversation-external", N_("Conversation with external professional"), "call-start-symbolic" },
  [PASSEND_ENTRY_KIND_OBSERVATION] =
    { "observation", N_("Observation"), "view-reveal-symbolic" },
  [PASSEND_ENTRY_KIND_SIGNAL] =
    { "signal", N_("Signal"), "emblem-important-symbolic" },
  [PASSEND_ENTRY_KIND_INTERVENTION_START] =
    { "intervention-start", N_("Intervention started"), "media-playback-start-symbolic" },
  [PASSEND_ENTRY_KIND_INTERVENTION_END] =
    { "intervention-end", N_("Intervention ended"), "media-playback-stop-symbolic" },
  [PASSEND_ENTRY_KIND_DECISION] =
    { "decision", N_("Decision"), "emblem-default-symbolic" },
  [PASSEND_ENTRY_KIND_MEETING] =
    { "meeting", N_("Meeting"), "x-office-calendar-symbolic" },
  [PASSEND_ENTRY_KIND_ABSENCE] =
    { "absence", N_("Absence"), "appointment-missed-symbolic" },
  [PASSEND_ENTRY_KIND_DOCUMENT] =
    { "document", N_("Document"), "x-office-document-symbolic" },
  [PASSEND_ENTRY_KIND_CONSENT] =
    { "consent", N_("Consent"), "document-edit-symbolic" },
  [PASSEND_ENTRY_KIND_STATUS_CHANGE] =
    { "status-change", N_("Status change"), "emblem-synchronizing-symbolic" },
  [PASSEND_ENTRY_KIND_INCIDENT] =
    { "incident", N_("Incident"), "dialog-warning-symbolic" },
};

static const CodeLabel confidentialities[] = {
  [PASSEND_CONFIDENTIALITY_NORMAL] = { "normal", N_("Normal"), NULL },
  [PASSEND_CONFIDENTIALITY_CARE] = { "care", N_("Care team only"), NULL },
  [PASSEND_CONFIDENTIALITY_MEDICAL] = { "medical", N_("Medical"), NULL },
  [PASSEND_CONFIDENTIALITY_MELDCODE] = { "meldcode", N_("Meldcode"), NULL },
};

/* Codes match the CHECK constraint of organisation.kind in 001-initial.sql. */
static const CodeLabel organisation_kinds[] = {
  [PASSEND_ORGANISATION_KIND_SCHOOL] = { "school", N_("School"), NULL },
  [PASSEND_ORGANISATION_KIND_SAMENWERKINGSVERBAND] =
    { "samenwerkingsverband", N_("Samenwerkingsverband"), NULL },
  [PASSEND_ORGANISATION_KIND_SOCIAAL_TEAM] = { "sociaal-team", N_("Sociaal team"), NULL },
  [PASSEND_ORGANISATION_KIND_LEERPLICHT] = { "leerplicht", N_("Leerplicht"), NULL },
  [PASSEND_ORGANISATION_KIND_GGD] = { "ggd", N_("GGD"), NULL },
  [PASSEND_ORGANISATION_KIND_JOS] = { "jos", N_("JOS"), NULL },
  [PASSEND_ORGANISATION_KIND_GGZ] = { "ggz", N_("GGZ"), NULL },
  [PASSEND_ORGANISATION_KIND_VEILIG_THUIS] = { "veilig-thuis", N_("Veilig Thuis"), NULL },
  [PASSEND_ORGANISATION_KIND_BPO] = { "bpo", N_("BPO"), NULL },
  [PASSEND_ORGANISATION_KIND_VSO_SCHOOL] = { "vso-school", N_("VSO school"), NULL },
  [PASSEND_ORGANISATION_KIND_OTHER] = { "other", N_("Other"), NULL },
};

static gboolean
find_code (const CodeLabel *table,
           guint            n_entries,
           const char      *code,
           guint           *index)
{
  if (code == NULL)
    return FALSE;

  for (guint i = 0; i < n_entries; i++)
    {
      if (strcmp (table[i].code, code) == 0)
        {
          *index = i;
          return TRUE;
        }
    }

  return FALSE;
}

#define VALID(table, value) ((guint) (value) < G_N_ELEMENTS (table))

const char *
passend_phase_to_code (PassendPhase phase)
{
  g_return_val_if_fail (VALID (phases, phase), NULL);

  return phases[phase].code;
}

gboolean
passend_phase_from_code (const char   *code,
                         PassendPhase *out)
{
  guint index;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!find_code (phases, G_N_ELEMENTS (phases), code, &index))
    return FALSE;

  *out = (PassendPhase) index;
  return TRUE;
}

const char *
passend_phase_get_label (PassendPhase phase)
{
  g_return_val_if_fail (VALID (phases, phase), NULL);

  return _(phases[phase].label);
}

const char *
passend_phase_get_short_label (PassendPhase phase)
{
  g_return_val_if_fail (VALID (phases, phase), NULL);

  return _(phases[phase].detail);
}

const char *
passend_niveau_get_label (PassendNiveau niveau)
{
  g_return_val_if_fail (VALID (niveau_labels, niveau), NULL);

  return _(niveau_labels[niveau]);
}

const char *
passend_regie_to_code (PassendRegie regie)
{
  g_return_val_if_fail (VALID (regies, regie), NULL);

  return regies[regie].code;
}

gboolean
passend_regie_from_code (const char   *code,
                         PassendRegie *out)
{
  guint index;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!find_code (regies, G_N_ELEMENTS (regies), code, &index))
    return FALSE;

  *out = (PassendRegie) index;
  return TRUE;
}

const char *
passend_regie_get_label (PassendRegie regie)
{
  g_return_val_if_fail (VALID (regies, regie), NULL);

  return _(regies[regie].label);
}

const char *
passend_entry_kind_to_code (PassendEntryKind kind)
{
  g_return_val_if_fail (VALID (entry_kinds, kind), NULL);

  return entry_kinds[kind].code;
}

gboolean
passend_entry_kind_from_code (const char       *code,
                              PassendEntryKind *out)
{
  guint index;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!find_code (entry_kinds, G_N_ELEMENTS (entry_kinds), code, &index))
    return FALSE;

  *out = (PassendEntryKind) index;
  return TRUE;
}

const char *
passend_entry_kind_get_label (PassendEntryKind kind)
{
  g_return_val_if_fail (VALID (entry_kinds, kind), NULL);

  return _(entry_kinds[kind].label);
}

const char *
passend_entry_kind_get_icon_name (PassendEntryKind kind)
{
  g_return_val_if_fail (VALID (entry_kinds, kind), NULL);

  return entry_kinds[kind].detail;
}

const char *
passend_confidentiality_to_code (PassendConfidentiality level)
{
  g_return_val_if_fail (VALID (confidentialities, level), NULL);

  return confidentialities[level].code;
}

gboolean
passend_confidentiality_from_code (const char             *code,
                                   PassendConfidentiality *out)
{
  guint index;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!find_code (confidentialities, G_N_ELEMENTS (confidentialities), code, &index))
    return FALSE;

  *out = (PassendConfidentiality) index;
  return TRUE;
}

const char *
passend_confidentiality_get_label (PassendConfidentiality level)
{
  g_return_val_if_fail (VALID (confidentialities, level), NULL);

  return _(confidentialities[level].label);
}

const char *
passend_organisation_kind_to_code (PassendOrganisationKind kind)
{
  g_return_val_if_fail (VALID (organisation_kinds, kind), NULL);

  return organisation_kinds[kind].code;
}

gboolean
passend_organisation_kind_from_code (const char              *code,
                                     PassendOrganisationKind *out)
{
  guint index;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!find_code (organisation_kinds, G_N_ELEMENTS (organisation_kinds), code, &index))
    return FALSE;

  *out = (PassendOrganisationKind) index;
  return TRUE;
}

const char *
passend_organisation_kind_get_label (PassendOrganisationKind kind)
{
  g_return_val_if_fail (VALID (organisation_kinds, kind), NULL);

  return _(organisation_kinds[kind].label);
}
