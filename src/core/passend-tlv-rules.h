/* passend-tlv-rules.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "passend-tlv-types.h"
#include "passend-tlv-request.h"
#include "passend-tlv-objects.h"

G_BEGIN_DECLS

/* The rules of a TLV request (DOMAIN.md §2, §10.6, §11.5): pure
 * functions of the values passed in, so the store and the tests share
 * them. Problems are appended as PassendTlvProblem to a GPtrArray that
 * owns them (g_object_unref). */

/* Transitions */

/* Whether the lifecycle has the step @from → @to:
 *   voorbereiding → ingediend;
 *   ingediend → in behandeling | aanvulling gevraagd | toegekend | afgewezen;
 *   in behandeling → aanvulling gevraagd | toegekend | afgewezen;
 *   aanvulling gevraagd → in behandeling | ingediend (supplemented);
 *   toegekend | afgewezen → bezwaar;
 *   bezwaar → toegekend | afgewezen (the decision on the objection). */
gboolean   passend_tlv_state_can_change     (PassendTlvState    from,
                                             PassendTlvState    to);
/* The step of @request to @to on @day, or a translated G_IO_ERROR_INVALID_ARGUMENT
 * naming what is wrong: the lifecycle lacks it; @day is not set, lies in
 * the future of @today, or before the submission; toegekend needs the
 * granted category (not for pro), start and end (end after start) on
 * @request; bezwaar needs a decision day. */
gboolean   passend_tlv_check_transition     (PassendTlvRequest *request,
                                             PassendTlvState    to,
                                             PassendDay         day,
                                             PassendDay         today,
                                             GError           **error);

/* Days */

/* The requested (or granted) period is shorter than one school year:
 * @end is before @start plus twelve months less a day. FALSE when either
 * is not set. */
gboolean   passend_tlv_period_is_short      (PassendDay         start,
                                             PassendDay         end);
/* The last day to object: @decided_on + 6 weeks (Awb); NONE without. */
PassendDay passend_tlv_objection_due        (PassendDay         decided_on);
/* The verlenging reminder: @granted_end − @reminder_weeks weeks; NONE
 * without an end. */
PassendDay passend_tlv_reminder_due         (PassendDay         granted_end,
                                             int                reminder_weeks);

/* Deskundigenadviezen: @advices (PassendTlvAdvice, by position). In
 * default mode (@rule->strict_advice FALSE) nothing is required: the
 * SWV obtains them, the school records them when received. In strict
 * mode: at least two; the first an orthopedagoog or psycholoog, the
 * second one of kinder-/jeugdpsycholoog, pedagoog, kinderpsychiater,
 * maatschappelijk werker, arts; each with a date, independence confirmed
 * and the written advice attached. */
void       passend_tlv_check_advices        (GPtrArray               *advices,
                                             const PassendTlvSwvRule *rule,
                                             GPtrArray               *problems);

/* What the OPP's recorded signatures show (filled by the store from the
 * vastgesteld version among the parts of the OPP item). */
typedef struct
{
  /* A vastgesteld OPP version is a part of the dossier. */
  gboolean has_opp;
  /* The school's vaststelling is recorded on it. */
  gboolean school_signed;
  /* Guardians of the student with gezag, and how many of them signed
   * "agreed" on that version. */
  guint    n_guardians;
  guint    n_guardians_signed;
  /* The student's age on the day of the check (-1: birth date unknown),
   * and whether the student signed "agreed". */
  int      student_age;
  gboolean student_signed;
} PassendTlvSignatureFacts;

/* Whether the signatures of @facts satisfy @rule: the school's
 * vaststelling; one guardian with gezag (all of them with
 * all_guardians_sign); the student from student_signs_from (an unknown
 * age counts as old enough). On FALSE, *@missing (if not NULL) gets a
 * translated sentence naming who is missing. */
gboolean   passend_tlv_signatures_satisfied (const PassendTlvSignatureFacts *facts,
                                             const PassendTlvSwvRule        *rule,
                                             char                          **missing);

/* Completeness of the checklist: each required, not archived item of
 * @items (PassendTlvChecklistItem) needs at least one part in @parts
 * (PassendTlvPart, any items); the OPP item a vastgesteld version; the
 * signatures item a part (a scanned form) or else @signatures satisfying
 * @rule. */
void       passend_tlv_check_checklist      (GPtrArray                      *items,
                                             GPtrArray                      *parts,
                                             const PassendTlvSwvRule        *rule,
                                             const PassendTlvSignatureFacts *signatures,
                                             GPtrArray                      *problems);

/* Warnings about @request itself: a requested period shorter than a
 * school year; no preceding Flex-ZAT or MDO recorded. */
void       passend_tlv_check_request        (PassendTlvRequest              *request,
                                             GPtrArray                      *problems);

/* All of the above, in the order a coordinator works through them:
 * request warnings, checklist, advices. */
GPtrArray *passend_tlv_find_problems        (PassendTlvRequest              *request,
                                             GPtrArray                      *items,
                                             GPtrArray                      *parts,
                                             GPtrArray                      *advices,
                                             const PassendTlvSwvRule        *rule,
                                             const PassendTlvSignatureFacts *signatures);

G_END_DECLS
