/* passend-opp-content.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-opp.h"

G_BEGIN_DECLS

/* The canonical content of a version and its SHA-256: the fingerprint
 * stored at vaststelling, named by every signature and printed (short)
 * on every page of the PDF.
 *
 * The canonical form is UTF-8 text, one field per line, "key=value\n",
 * values with "\\" → "\\\\" and newline → "\\n" escaped (CR dropped), in
 * this fixed order:
 *   "passend-opp-content 1"
 *   trigger-kind, trigger-on,
 *   uitstroom-profile, uitstroom-level, student-heard-on, maatwerk (0/1),
 *   isd-requested-on, isd-decided-on            (days ISO, "" when none)
 *   text.<section key> for all 14 sections in PassendOppSection order
 *   factor.<i>: domain, polarity, body           (domain, polarity, position order)
 *   need.<i>: kind, domain, body                 (position order)
 *   goal.<i>: need (index of the need, -1: none), domain, body, criterion, target-on
 *   support.<i>: goal (index, -1), what, who, frequency, from-on,
 *                until-on, evaluation-on, extra (0/1)
 *   consultation.<i>: held-on, participants, summary
 * Ids never appear: links are positions, so a copied version with the
 * same content hashes the same. The intervention link of a support line
 * is left out (it is a link into the record, which may be deleted), as
 * are the version number, based-on, evaluations, signatures, state and
 * the end. Text is taken as
 * stored: no trimming or normalisation, so any change shows. */
char       *passend_opp_document_canonical     (const PassendOppDocument *self);
/* 64 lowercase hex digits of the SHA-256 of the canonical form. */
char       *passend_opp_document_compute_hash  (const PassendOppDocument *self);
/* The stored hash when vastgesteld, otherwise computed now. */
char       *passend_opp_document_get_hash      (const PassendOppDocument *self);
/* FALSE when the version is vastgesteld and its content no longer gives
 * the stored hash (a damaged or tampered file); TRUE otherwise. */
gboolean    passend_opp_document_hash_matches  (const PassendOppDocument *self);
/* The first 12 hex digits, printed on every page; NULL for NULL. */
char       *passend_opp_short_hash             (const char               *sha256);

/* "What changed since the last vastgesteld version", for a side-by-side
 * view. Rows are matched by content (a longest common subsequence of the
 * rows' canonical text), so unchanged rows pair up even when new rows
 * were inserted; unmatched rows within one gap pair up in order as
 * CHANGED, the rest are ADDED or REMOVED. */
typedef enum
{
  PASSEND_OPP_PART_FIELDS,         /* the short fields */
  PASSEND_OPP_PART_TEXT,
  PASSEND_OPP_PART_FACTOR,
  PASSEND_OPP_PART_NEED,
  PASSEND_OPP_PART_GOAL,
  PASSEND_OPP_PART_SUPPORT,
  PASSEND_OPP_PART_CONSULTATION,
} PassendOppPart;

typedef enum
{
  PASSEND_OPP_CHANGE_ADDED,
  PASSEND_OPP_CHANGE_REMOVED,
  PASSEND_OPP_CHANGE_CHANGED,
} PassendOppChangeKind;

/* section: the PassendOppSection for PART_TEXT, otherwise -1.
 * before_index/after_index: the row's index in the old/new document's
 * array (-1 for ADDED/REMOVED's missing side; for PART_FIELDS and
 * PART_TEXT -1). label: translated, what changed ("Uitstroom Level",
 * "School History", "Goal 2"). before/after: plain text of the value or
 * row, "" for the missing side. */
typedef struct
{
  PassendOppPart        part;
  PassendOppChangeKind  kind;
  int                   section;
  int                   before_index;
  int                   after_index;
  char                 *label;
  char                 *before;
  char                 *after;
} PassendOppChange;

void        passend_opp_change_free            (PassendOppChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendOppChange, passend_opp_change_free)

/* PassendOppChange, in document order (fields, texts in section order,
 * factors, needs, goals, supports, consultations). Empty when the content
 * is the same. */
GPtrArray  *passend_opp_diff                   (const PassendOppDocument *before,
                                                const PassendOppDocument *after);

G_END_DECLS
