/* passend-types.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _PassendGuardian      PassendGuardian;
typedef struct _PassendOrganisation  PassendOrganisation;
typedef struct _PassendPerson        PassendPerson;
typedef struct _PassendSchool        PassendSchool;
typedef struct _PassendStudent       PassendStudent;
typedef struct _PassendTimelineEntry PassendTimelineEntry;

/* Support level of the seed school's route (seeds/003): 1–2 are
 * basisondersteuning, 3–4 extra ondersteuning. NONE: not in support. */
typedef enum
{
  PASSEND_NIVEAU_NONE = 0,
  PASSEND_NIVEAU_1    = 1,
  PASSEND_NIVEAU_2    = 2,
  PASSEND_NIVEAU_3    = 3,
  PASSEND_NIVEAU_4    = 4,
} PassendNiveau;

/* Phase of the ondersteuningsroute (seeds/002 §6). Stored as the text
 * codes "0", "1", "2", "3a", "3b", "4". */
typedef enum
{
  PASSEND_PHASE_0_OVERDRACHT,
  PASSEND_PHASE_1_SIGNALEREN,
  PASSEND_PHASE_2_CONSULTATIE,
  PASSEND_PHASE_3A_ONDERSTEUNINGSTEAM,
  PASSEND_PHASE_3B_FLEX_ZAT,
  PASSEND_PHASE_4_TLV,
} PassendPhase;

/* Who holds regie over a student's support: the coach or mentor at
 * niveau 1–2, the leerlingcoördinator (LeCo) at 3, LeCo or the
 * ondersteuningscoördinator (OCo) at 4. */
typedef enum
{
  PASSEND_REGIE_MENTOR,
  PASSEND_REGIE_LECO,
  PASSEND_REGIE_OCO,
} PassendRegie;

typedef enum
{
  PASSEND_ENTRY_KIND_CONVERSATION_STUDENT,
  PASSEND_ENTRY_KIND_CONVERSATION_PARENTS,
  PASSEND_ENTRY_KIND_CONVERSATION_MENTOR,
  PASSEND_ENTRY_KIND_CONVERSATION_EXTERNAL,
  PASSEND_ENTRY_KIND_OBSERVATION,
  PASSEND_ENTRY_KIND_SIGNAL,
  PASSEND_ENTRY_KIND_INTERVENTION_START,
  PASSEND_ENTRY_KIND_INTERVENTION_END,
  PASSEND_ENTRY_KIND_DECISION,
  PASSEND_ENTRY_KIND_MEETING,
  PASSEND_ENTRY_KIND_ABSENCE,
  PASSEND_ENTRY_KIND_DOCUMENT,
  PASSEND_ENTRY_KIND_CONSENT,
  PASSEND_ENTRY_KIND_STATUS_CHANGE,
  PASSEND_ENTRY_KIND_INCIDENT,
} PassendEntryKind;

/* Meldcode and medical entries are visible to named roles only and never
 * appear in agendas, exports or parent copies. */
typedef enum
{
  PASSEND_CONFIDENTIALITY_NORMAL,
  PASSEND_CONFIDENTIALITY_CARE,
  PASSEND_CONFIDENTIALITY_MEDICAL,
  PASSEND_CONFIDENTIALITY_MELDCODE,
} PassendConfidentiality;

typedef enum
{
  PASSEND_ORGANISATION_KIND_SCHOOL,
  PASSEND_ORGANISATION_KIND_SAMENWERKINGSVERBAND,
  PASSEND_ORGANISATION_KIND_SOCIAAL_TEAM,
  PASSEND_ORGANISATION_KIND_LEERPLICHT,
  PASSEND_ORGANISATION_KIND_GGD,
  PASSEND_ORGANISATION_KIND_JOS,
  PASSEND_ORGANISATION_KIND_GGZ,
  PASSEND_ORGANISATION_KIND_VEILIG_THUIS,
  PASSEND_ORGANISATION_KIND_BPO,
  PASSEND_ORGANISATION_KIND_VSO_SCHOOL,
  PASSEND_ORGANISATION_KIND_OTHER,
} PassendOrganisationKind;

/* Stable text codes (as stored) and translated labels for the UI. A code
 * that is not known returns FALSE and leaves *out untouched. */
const char *passend_phase_to_code            (PassendPhase             phase);
gboolean    passend_phase_from_code          (const char              *code,
                                              PassendPhase            *out);
const char *passend_phase_get_label          (PassendPhase             phase);
const char *passend_phase_get_short_label    (PassendPhase             phase);

const char *passend_niveau_get_label         (PassendNiveau            niveau);

const char *passend_regie_to_code            (PassendRegie             regie);
gboolean    passend_regie_from_code          (const char              *code,
                                              PassendRegie            *out);
const char *passend_regie_get_label          (PassendRegie             regie);

const char *passend_entry_kind_to_code       (PassendEntryKind         kind);
gboolean    passend_entry_kind_from_code     (const char              *code,
                                              PassendEntryKind        *out);
const char *passend_entry_kind_get_label     (PassendEntryKind         kind);
const char *passend_entry_kind_get_icon_name (PassendEntryKind         kind);

const char *passend_confidentiality_to_code   (PassendConfidentiality  level);
gboolean    passend_confidentiality_from_code (const char             *code,
                                               PassendConfidentiality *out);
const char *passend_confidentiality_get_label (PassendConfidentiality  level);

const char *passend_organisation_kind_to_code   (PassendOrganisationKind  kind);
gboolean    passend_organisation_kind_from_code (const char              *code,
                                                 PassendOrganisationKind *out);
const char *passend_organisation_kind_get_label (PassendOrganisationKind  kind);

G_END_DECLS
