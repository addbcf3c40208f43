/* passend-tlv-types.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "passend-date.h"

G_BEGIN_DECLS

/* The TLV request (toelaatbaarheidsverklaring, DOMAIN.md §2, §10.6,
 * §11.5). Each enum below is stored as the text code of the schema
 * (data/sql/006-tlv-and-absence.sql); _to_string gives that code,
 * _from_string parses it, _get_label a translated name for the UI and
 * _get_dutch the Dutch of printed documents (the dossier), whatever the
 * UI language. Days are PassendDay (PASSEND_DAY_NONE when not set), ids
 * gint64 (0 when none). Include passend-tlv.h, which brings these with
 * the objects (passend-tlv-request.h, passend-tlv-objects.h), the
 * dossier and its manifest (passend-tlv-dossier.h) and the rules
 * (passend-tlv-rules.h). */

typedef enum
{
  PASSEND_TLV_KIND_VSO_CLUSTER_3,
  PASSEND_TLV_KIND_VSO_CLUSTER_4,
  PASSEND_TLV_KIND_PRO,
} PassendTlvKind;

#define PASSEND_TLV_N_KINDS (PASSEND_TLV_KIND_PRO + 1)

/* "vso-cluster-3", "vso-cluster-4", "pro"; labels "VSO Cluster 3", "VSO
 * Cluster 4", "Practical Education"; Dutch "vso cluster 3", "vso cluster
 * 4", "praktijkonderwijs". */
const char *passend_tlv_kind_to_string   (PassendTlvKind  kind);
gboolean    passend_tlv_kind_from_string (const char     *text,
                                          PassendTlvKind *out);
const char *passend_tlv_kind_get_label   (PassendTlvKind  kind);
const char *passend_tlv_kind_get_dutch   (PassendTlvKind  kind);

/* The bekostigingscategorie. NONE is stored as NULL. */
typedef enum
{
  PASSEND_TLV_CATEGORY_NONE,
  PASSEND_TLV_CATEGORY_LAAG,
  PASSEND_TLV_CATEGORY_MIDDEN,
  PASSEND_TLV_CATEGORY_HOOG,
} PassendTlvCategory;

#define PASSEND_TLV_N_CATEGORIES (PASSEND_TLV_CATEGORY_HOOG + 1)

/* NULL, "laag", "midden", "hoog"; labels "Not Set", "Low", "Medium",
 * "High"; Dutch "", "laag", "midden", "hoog". from_string maps NULL and
 * "" to NONE. */
const char *passend_tlv_category_to_string   (PassendTlvCategory  category);
gboolean    passend_tlv_category_from_string (const char         *text,
                                              PassendTlvCategory *out);
const char *passend_tlv_category_get_label   (PassendTlvCategory  category);
const char *passend_tlv_category_get_dutch   (PassendTlvCategory  category);

/* voorbereiding → ingediend → in behandeling ⇄ aanvulling gevraagd →
 * toegekend | afgewezen → bezwaar → toegekend | afgewezen. The allowed
 * steps are passend_tlv_state_can_change(). */
typedef enum
{
  PASSEND_TLV_STATE_VOORBEREIDING,
  PASSEND_TLV_STATE_INGEDIEND,
  PASSEND_TLV_STATE_IN_BEHANDELING,
  PASSEND_TLV_STATE_AANVULLING_GEVRAAGD,
  PASSEND_TLV_STATE_TOEGEKEND,
  PASSEND_TLV_STATE_AFGEWEZEN,
  PASSEND_TLV_STATE_BEZWAAR,
} PassendTlvState;

#define PASSEND_TLV_N_STATES (PASSEND_TLV_STATE_BEZWAAR + 1)

/* "voorbereiding", "ingediend", "in-behandeling", "aanvulling-gevraagd",
 * "toegekend", "afgewezen", "bezwaar"; labels "In Preparation",
 * "Submitted", "Under Review", "Supplement Requested", "Granted",
 * "Refused", "Objection"; Dutch "in voorbereiding", "ingediend", "in
 * behandeling", "aanvulling gevraagd", "toegekend", "afgewezen", "in
 * bezwaar". */
const char *passend_tlv_state_to_string   (PassendTlvState  state);
gboolean    passend_tlv_state_from_string (const char      *text,
                                           PassendTlvState *out);
const char *passend_tlv_state_get_label   (PassendTlvState  state);
const char *passend_tlv_state_get_dutch   (PassendTlvState  state);
/* The timeline title of reaching @state: "TLV-aanvraag ingediend",
 * "TLV toegekend", "Bezwaar tegen TLV-besluit" … (Dutch, a record). */
const char *passend_tlv_state_get_record_title (PassendTlvState state);
/* Not yet decided: voorbereiding up to aanvulling gevraagd, and bezwaar.
 * An open request puts the student on the TLV route (caseload flag). */
gboolean    passend_tlv_state_is_open     (PassendTlvState  state);
/* Whether the request's fields (not its state) may still change:
 * voorbereiding and aanvulling gevraagd. */
gboolean    passend_tlv_state_is_editable (PassendTlvState  state);

/* The discipline of a deskundige (tlv_advice.discipline). */
typedef enum
{
  PASSEND_TLV_DISCIPLINE_ORTHOPEDAGOOG,
  PASSEND_TLV_DISCIPLINE_PSYCHOLOOG,
  PASSEND_TLV_DISCIPLINE_KINDER_JEUGDPSYCHOLOOG,
  PASSEND_TLV_DISCIPLINE_PEDAGOOG,
  PASSEND_TLV_DISCIPLINE_KINDERPSYCHIATER,
  PASSEND_TLV_DISCIPLINE_MAATSCHAPPELIJK_WERKER,
  PASSEND_TLV_DISCIPLINE_ARTS,
  PASSEND_TLV_DISCIPLINE_OTHER,
} PassendTlvDiscipline;

#define PASSEND_TLV_N_DISCIPLINES (PASSEND_TLV_DISCIPLINE_OTHER + 1)

/* "orthopedagoog", "psycholoog", "kinder-jeugdpsycholoog", "pedagoog",
 * "kinderpsychiater", "maatschappelijk-werker", "arts", "other"; labels
 * "Orthopedagogue", "Psychologist", "Child and Youth Psychologist",
 * "Educationalist", "Child Psychiatrist", "Social Worker", "Physician",
 * "Other"; Dutch "orthopedagoog", "psycholoog", "kinder- en
 * jeugdpsycholoog", "pedagoog", "kinderpsychiater", "maatschappelijk
 * werker", "arts", "andere deskundige". */
const char *passend_tlv_discipline_to_string   (PassendTlvDiscipline  discipline);
gboolean    passend_tlv_discipline_from_string (const char           *text,
                                                PassendTlvDiscipline *out);
const char *passend_tlv_discipline_get_label   (PassendTlvDiscipline  discipline);
const char *passend_tlv_discipline_get_dutch   (PassendTlvDiscipline  discipline);
/* The strict rule (§2): the first deskundige is an orthopedagoog or
 * psycholoog; the second one of kinder-/jeugdpsycholoog, pedagoog,
 * kinderpsychiater, maatschappelijk werker, arts. */
gboolean    passend_tlv_discipline_can_be_first  (PassendTlvDiscipline discipline);
gboolean    passend_tlv_discipline_can_be_second (PassendTlvDiscipline discipline);

/* What may satisfy a checklist item (tlv_checklist_item.source). */
typedef enum
{
  PASSEND_TLV_SOURCE_OPP,
  PASSEND_TLV_SOURCE_ENTRIES,
  PASSEND_TLV_SOURCE_MINUTES,
  PASSEND_TLV_SOURCE_ATTACHMENTS,
  PASSEND_TLV_SOURCE_SIGNATURES,
} PassendTlvChecklistSource;

#define PASSEND_TLV_N_SOURCES (PASSEND_TLV_SOURCE_SIGNATURES + 1)

/* "opp", "entries", "minutes", "attachments", "signatures"; labels "OPP",
 * "Timeline Entries", "Meeting Minutes", "Documents", "Signatures". */
const char *passend_tlv_checklist_source_to_string   (PassendTlvChecklistSource  source);
gboolean    passend_tlv_checklist_source_from_string (const char                *text,
                                                      PassendTlvChecklistSource *out);
const char *passend_tlv_checklist_source_get_label   (PassendTlvChecklistSource  source);

/* What one part (tlv_part) points to: exactly one of these. */
typedef enum
{
  PASSEND_TLV_PART_OPP_VERSION, /* a vastgesteld OPP version */
  PASSEND_TLV_PART_ENTRY,       /* a timeline entry (not meldcode or medical) */
  PASSEND_TLV_PART_MINUTES,     /* a meeting item's minutes */
  PASSEND_TLV_PART_ATTACHMENT,  /* an attachment already in the record */
  PASSEND_TLV_PART_FILE,        /* a file added to the request */
} PassendTlvPartKind;

#define PASSEND_TLV_N_PART_KINDS (PASSEND_TLV_PART_FILE + 1)

/* "opp-version", "entry", "minutes", "attachment", "file" (the manifest's
 * words); labels "OPP Version", "Timeline Entry", "Meeting Minutes",
 * "Attachment", "File". */
const char *passend_tlv_part_kind_to_string   (PassendTlvPartKind  kind);
gboolean    passend_tlv_part_kind_from_string (const char         *text,
                                               PassendTlvPartKind *out);
const char *passend_tlv_part_kind_get_label   (PassendTlvPartKind  kind);
/* Which kinds of part an item of @source takes: OPP items only a
 * vastgesteld version; every other source an entry, minutes, an
 * attachment or a file. */
gboolean    passend_tlv_checklist_source_accepts (PassendTlvChecklistSource source,
                                                  PassendTlvPartKind        kind);

/* One seed checklist item (the default list of data/sql/006, used to
 * reset a list). */
typedef struct
{
  const char                *code;
  const char                *label;  /* Dutch: printed in the dossier */
  PassendTlvChecklistSource  source;
  gboolean                   required;
} PassendTlvChecklistSeed;

/* The seed list, in order; sets *@n_items. */
const PassendTlvChecklistSeed *passend_tlv_checklist_seed (guint *n_items);

/* Per samenwerkingsverband (tlv_swv_rule); the defaults hold for an SWV
 * without a row and for a request without an SWV. */
typedef struct
{
  /* TRUE: the school supplies the two deskundigenadviezen and the rules
   * of §2 block the dossier. FALSE (default, §11.5): the SWV obtains
   * them; they are recorded when received, never required. */
  gboolean strict_advice;
  /* TRUE: every guardian with gezag signs; FALSE (default): one. */
  gboolean all_guardians_sign;
  /* The student signs from this age (default 12). */
  int      student_signs_from;
} PassendTlvSwvRule;

void passend_tlv_swv_rule_init (PassendTlvSwvRule *rule);

/* Awb bezwaar term: 6 weeks after the decision. */
#define PASSEND_TLV_OBJECTION_WEEKS 6
/* The verlenging reminder before the granted end date, unless the
 * protocol value "tlv-reminder-weeks" says otherwise. */
#define PASSEND_TLV_DEFAULT_REMINDER_WEEKS 12
#define PASSEND_TLV_REMINDER_WEEKS_KEY "tlv-reminder-weeks"

G_END_DECLS
