/* passend-tlv-enums.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-tlv.h"

/* Each enum of the TLV request has a stored code (the schema's CHECK
 * lists), a translated label and the Dutch of the printed dossier. The
 * codes are in the database and in sent manifests: never rename one. */
typedef struct
{
  const char *code;
  const char *context;
  const char *label;
  const char *dutch;
} EnumInfo;

static const char *
info_label (const EnumInfo *info)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, info->context, info->label);
}

static gboolean
info_from_code (const EnumInfo *infos,
                guint           n_infos,
                const char     *text,
                int            *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  for (guint i = 0; i < n_infos; i++)
    {
      if (g_strcmp0 (infos[i].code, text) == 0)
        {
          *out = (int) i;
          return TRUE;
        }
    }

  return FALSE;
}

/* The four functions of one enum, over its table. */
#define DEFINE_ENUM_FUNCS(Type, prefix, infos)                                  \
  const char *                                                                  \
  prefix##_to_string (Type value)                                               \
  {                                                                             \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (infos), NULL);          \
    return infos[value].code;                                                   \
  }                                                                             \
                                                                                \
  gboolean                                                                      \
  prefix##_from_string (const char *text,                                       \
                        Type       *out)                                        \
  {                                                                             \
    int value;                                                                  \
                                                                                \
    if (!info_from_code (infos, G_N_ELEMENTS (infos), text, &value))            \
      return FALSE;                                                             \
    *out = (Type) value;                                                        \
    return TRUE;                                                                \
  }                                                                             \
                                                                                \
  const char *                                                                  \
  prefix##_get_label (Type value)                                               \
  {                                                                             \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (infos), NULL);          \
    return info_label (&infos[value]);                                          \
  }

static const EnumInfo kind_infos[] = {
  { "vso-cluster-3", "TLV kind", NC_("TLV kind", "VSO Cluster 3"), "vso cluster 3" },
  { "vso-cluster-4", "TLV kind", NC_("TLV kind", "VSO Cluster 4"), "vso cluster 4" },
  { "pro", "TLV kind", NC_("TLV kind", "Practical Education"), "praktijkonderwijs" },
};

DEFINE_ENUM_FUNCS (PassendTlvKind, passend_tlv_kind, kind_infos)

const char *
passend_tlv_kind_get_dutch (PassendTlvKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_infos), NULL);

  return kind_infos[kind].dutch;
}

static const EnumInfo category_infos[] = {
  { NULL, "TLV category", NC_("TLV category", "Not Set"), "" },
  { "laag", "TLV category", NC_("TLV category", "Low"), "laag" },
  { "midden", "TLV category", NC_("TLV category", "Medium"), "midden" },
  { "hoog", "TLV category", NC_("TLV category", "High"), "hoog" },
};

const char *
passend_tlv_category_to_string (PassendTlvCategory category)
{
  g_return_val_if_fail ((guint) category < G_N_ELEMENTS (category_infos), NULL);

  return category_infos[category].code;
}

gboolean
passend_tlv_category_from_string (const char         *text,
                                  PassendTlvCategory *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (text == NULL || *text == '\0')
    {
      *out = PASSEND_TLV_CATEGORY_NONE;
      return TRUE;
    }
  if (!info_from_code (category_infos, G_N_ELEMENTS (category_infos), text, &value))
    return FALSE;

  *out = (PassendTlvCategory) value;
  return TRUE;
}

const char *
passend_tlv_category_get_label (PassendTlvCategory category)
{
  g_return_val_if_fail ((guint) category < G_N_ELEMENTS (category_infos), NULL);

  return info_label (&category_infos[category]);
}

const char *
passend_tlv_category_get_dutch (PassendTlvCategory category)
{
  g_return_val_if_fail ((guint) category < G_N_ELEMENTS (category_infos), NULL);

  return category_infos[category].dutch;
}

static const EnumInfo state_infos[] = {
  { "voorbereiding", "TLV state", NC_("TLV state", "In Preparation"), "in voorbereiding" },
  { "ingediend", "TLV state", NC_("TLV state", "Submitted"), "ingediend" },
  { "in-behandeling", "TLV state", NC_("TLV state", "Under Review"), "in behandeling" },
  { "aanvulling-gevraagd", "TLV state", NC_("TLV state", "Supplement Requested"), "aanvulling gevraagd" },
  { "toegekend", "TLV state", NC_("TLV state", "Granted"), "toegekend" },
  { "afgewezen", "TLV state", NC_("TLV state", "Refused"), "afgewezen" },
  { "bezwaar", "TLV state", NC_("TLV state", "Objection"), "in bezwaar" },
};

DEFINE_ENUM_FUNCS (PassendTlvState, passend_tlv_state, state_infos)

const char *
passend_tlv_state_get_dutch (PassendTlvState state)
{
  g_return_val_if_fail ((guint) state < G_N_ELEMENTS (state_infos), NULL);

  return state_infos[state].dutch;
}

const char *
passend_tlv_state_get_record_title (PassendTlvState state)
{
  static const char * const titles[] = {
    "TLV-aanvraag in voorbereiding",
    "TLV-aanvraag ingediend",
    "TLV-aanvraag in behandeling",
    "Aanvulling TLV-aanvraag gevraagd",
    "TLV toegekend",
    "TLV afgewezen",
    "Bezwaar tegen TLV-besluit",
  };

  g_return_val_if_fail ((guint) state < G_N_ELEMENTS (titles), NULL);

  return titles[state];
}

gboolean
passend_tlv_state_is_open (PassendTlvState state)
{
  return state != PASSEND_TLV_STATE_TOEGEKEND && state != PASSEND_TLV_STATE_AFGEWEZEN;
}

gboolean
passend_tlv_state_is_editable (PassendTlvState state)
{
  return state == PASSEND_TLV_STATE_VOORBEREIDING || state == PASSEND_TLV_STATE_AANVULLING_GEVRAAGD;
}

static const EnumInfo discipline_infos[] = {
  { "orthopedagoog", "TLV discipline", NC_("TLV discipline", "Orthopedagogue"), "orthopedagoog" },
  { "psycholoog", "TLV discipline", NC_("TLV discipline", "Psychologist"), "psycholoog" },
  { "kinder-jeugdpsycholoog", "TLV discipline", NC_("TLV discipline", "Child and Youth Psychologist"),
    "kinder- en jeugdpsycholoog" },
  { "pedagoog", "TLV discipline", NC_("TLV discipline", "Educationalist"), "pedagoog" },
  { "kinderpsychiater", "TLV discipline", NC_("TLV discipline", "Child Psychiatrist"), "kinderpsychiater" },
  { "maatschappelijk-werker", "TLV discipline", NC_("TLV discipline", "Social Worker"), "maatschappelijk werker" },
  { "arts", "TLV discipline", NC_("TLV discipline", "Physician"), "arts" },
  { "other", "TLV discipline", NC_("TLV discipline", "Other"), "andere deskundige" },
};

DEFINE_ENUM_FUNCS (PassendTlvDiscipline, passend_tlv_discipline, discipline_infos)

const char *
passend_tlv_discipline_get_dutch (PassendTlvDiscipline discipline)
{
  g_return_val_if_fail ((guint) discipline < G_N_ELEMENTS (discipline_infos), NULL);

  return discipline_infos[discipline].dutch;
}

gboolean
passend_tlv_discipline_can_be_first (PassendTlvDiscipline discipline)
{
  return discipline == PASSEND_TLV_DISCIPLINE_ORTHOPEDAGOOG || discipline == PASSEND_TLV_DISCIPLINE_PSYCHOLOOG;
}

gboolean
passend_tlv_discipline_can_be_second (PassendTlvDiscipline discipline)
{
  switch (discipline)
    {
    case PASSEND_TLV_DISCIPLINE_KINDER_JEUGDPSYCHOLOOG:
    case PASSEND_TLV_DISCIPLINE_PEDAGOOG:
    case PASSEND_TLV_DISCIPLINE_KINDERPSYCHIATER:
    case PASSEND_TLV_DISCIPLINE_MAATSCHAPPELIJK_WERKER:
    case PASSEND_TLV_DISCIPLINE_ARTS:
      return TRUE;

    case PASSEND_TLV_DISCIPLINE_ORTHOPEDAGOOG:
    case PASSEND_TLV_DISCIPLINE_PSYCHOLOOG:
    case PASSEND_TLV_DISCIPLINE_OTHER:
    default:
      return FALSE;
    }
}

static const EnumInfo source_infos[] = {
  { "opp", "TLV checklist source", NC_("TLV checklist source", "OPP"), "OPP" },
  { "entries", "TLV checklist source", NC_("TLV checklist source", "Timeline Entries"), "verslagen" },
  { "minutes", "TLV checklist source", NC_("TLV checklist source", "Meeting Minutes"), "notulen" },
  { "attachments", "TLV checklist source", NC_("TLV checklist source", "Documents"), "documenten" },
  { "signatures", "TLV checklist source", NC_("TLV checklist source", "Signatures"), "handtekeningen" },
};

DEFINE_ENUM_FUNCS (PassendTlvChecklistSource, passend_tlv_checklist_source, source_infos)

static const EnumInfo part_kind_infos[] = {
  { "opp-version", "TLV part", NC_("TLV part", "OPP Version"), "OPP" },
  { "entry", "TLV part", NC_("TLV part", "Timeline Entry"), "verslag" },
  { "minutes", "TLV part", NC_("TLV part", "Meeting Minutes"), "notulen" },
  { "attachment", "TLV part", NC_("TLV part", "Attachment"), "bijlage" },
  { "file", "TLV part", NC_("TLV part", "File"), "bestand" },
};

DEFINE_ENUM_FUNCS (PassendTlvPartKind, passend_tlv_part_kind, part_kind_infos)

gboolean
passend_tlv_checklist_source_accepts (PassendTlvChecklistSource source,
                                      PassendTlvPartKind        kind)
{
  /* The OPP item is about the vastgesteld plan itself: a file of some
   * OPP could be anything, so only a frozen version counts. */
  if (source == PASSEND_TLV_SOURCE_OPP)
    return kind == PASSEND_TLV_PART_OPP_VERSION;

  return kind != PASSEND_TLV_PART_OPP_VERSION && (guint) kind < PASSEND_TLV_N_PART_KINDS;
}

/* As in data/sql/006-tlv-and-absence.sql: keep them the same. */
static const PassendTlvChecklistSeed checklist_seed[] = {
  { "opp", "OPP", PASSEND_TLV_SOURCE_OPP, TRUE },
  { "vpi", "VPI (Vraagprofiel Instrument)", PASSEND_TLV_SOURCE_ATTACHMENTS, TRUE },
  { "onderbouwing", "Onderbouwing aanvraag TLV", PASSEND_TLV_SOURCE_ATTACHMENTS, TRUE },
  { "deskundigheid-vso", "Deskundigheidsverklaring VSO", PASSEND_TLV_SOURCE_ATTACHMENTS, TRUE },
  { "observaties", "Observatieverslagen", PASSEND_TLV_SOURCE_ENTRIES, TRUE },
  { "gesprekken", "Gespreksverslagen", PASSEND_TLV_SOURCE_ENTRIES, TRUE },
  { "onderzoek", "Onderzoeksverslagen", PASSEND_TLV_SOURCE_ATTACHMENTS, TRUE },
  { "handtekeningen", "Handtekeningen ouders en leerling (en directeur)", PASSEND_TLV_SOURCE_SIGNATURES, TRUE },
};

const PassendTlvChecklistSeed *
passend_tlv_checklist_seed (guint *n_items)
{
  g_return_val_if_fail (n_items != NULL, NULL);

  *n_items = G_N_ELEMENTS (checklist_seed);
  return checklist_seed;
}

void
passend_tlv_swv_rule_init (PassendTlvSwvRule *rule)
{
  g_return_if_fail (rule != NULL);

  rule->strict_advice = FALSE;
  rule->all_guardians_sign = FALSE;
  rule->student_signs_from = 12;
}
