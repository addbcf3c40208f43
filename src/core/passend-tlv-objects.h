/* passend-tlv-objects.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "passend-tlv-types.h"

G_BEGIN_DECLS

/* The rows around a TLV request. Ids are 0 until stored; every field has
 * a property of the same name (with '-'), for list views. */

/* A deskundigenadvies (tlv_advice). The written advice is a file kept
 * content-addressed in attachment_blob: sha256 NULL when none is
 * attached yet. */
#define PASSEND_TYPE_TLV_ADVICE (passend_tlv_advice_get_type ())

G_DECLARE_FINAL_TYPE (PassendTlvAdvice, passend_tlv_advice, PASSEND, TLV_ADVICE, GObject)

PassendTlvAdvice     *passend_tlv_advice_new               (const char           *name,
                                                            PassendTlvDiscipline  discipline);
gint64                passend_tlv_advice_get_id            (PassendTlvAdvice     *self);
void                  passend_tlv_advice_set_id            (PassendTlvAdvice     *self,
                                                            gint64                id);
gint64                passend_tlv_advice_get_request_id    (PassendTlvAdvice     *self);
void                  passend_tlv_advice_set_request_id    (PassendTlvAdvice     *self,
                                                            gint64                request_id);
/* Order within the request: 0 is "the first deskundige". */
guint                 passend_tlv_advice_get_position      (PassendTlvAdvice     *self);
void                  passend_tlv_advice_set_position      (PassendTlvAdvice     *self,
                                                            guint                 position);
const char           *passend_tlv_advice_get_name          (PassendTlvAdvice     *self);
void                  passend_tlv_advice_set_name          (PassendTlvAdvice     *self,
                                                            const char           *name);
PassendTlvDiscipline  passend_tlv_advice_get_discipline    (PassendTlvAdvice     *self);
void                  passend_tlv_advice_set_discipline    (PassendTlvAdvice     *self,
                                                            PassendTlvDiscipline  discipline);
PassendDay            passend_tlv_advice_get_advised_on    (PassendTlvAdvice     *self);
void                  passend_tlv_advice_set_advised_on    (PassendTlvAdvice     *self,
                                                            PassendDay            day);
/* The deskundige confirmed being independent (not involved, not
 * attached to the sending or receiving school). */
gboolean              passend_tlv_advice_get_independent   (PassendTlvAdvice     *self);
void                  passend_tlv_advice_set_independent   (PassendTlvAdvice     *self,
                                                            gboolean              independent);
/* NULL without a file. Set by the store. */
const char           *passend_tlv_advice_get_sha256        (PassendTlvAdvice     *self);
void                  passend_tlv_advice_set_sha256        (PassendTlvAdvice     *self,
                                                            const char           *sha256);
const char           *passend_tlv_advice_get_file_name     (PassendTlvAdvice     *self);
void                  passend_tlv_advice_set_file_name     (PassendTlvAdvice     *self,
                                                            const char           *file_name);
const char           *passend_tlv_advice_get_media_type    (PassendTlvAdvice     *self);
void                  passend_tlv_advice_set_media_type    (PassendTlvAdvice     *self,
                                                            const char           *media_type);
gboolean              passend_tlv_advice_has_file          (PassendTlvAdvice     *self);

/* One item of an SWV's dossier checklist (tlv_checklist_item).
 * organisation_id 0: the default list. The label is Dutch: it is printed
 * on the dossier's cover sheet. */
#define PASSEND_TYPE_TLV_CHECKLIST_ITEM (passend_tlv_checklist_item_get_type ())

G_DECLARE_FINAL_TYPE (PassendTlvChecklistItem, passend_tlv_checklist_item, PASSEND, TLV_CHECKLIST_ITEM, GObject)

PassendTlvChecklistItem  *passend_tlv_checklist_item_new                 (const char                *label,
                                                                          PassendTlvChecklistSource  source);
gint64                    passend_tlv_checklist_item_get_id              (PassendTlvChecklistItem   *self);
void                      passend_tlv_checklist_item_set_id              (PassendTlvChecklistItem   *self,
                                                                          gint64                     id);
gint64                    passend_tlv_checklist_item_get_organisation_id (PassendTlvChecklistItem   *self);
void                      passend_tlv_checklist_item_set_organisation_id (PassendTlvChecklistItem   *self,
                                                                          gint64                     organisation_id);
guint                     passend_tlv_checklist_item_get_position        (PassendTlvChecklistItem   *self);
void                      passend_tlv_checklist_item_set_position        (PassendTlvChecklistItem   *self,
                                                                          guint                      position);
/* A short key ("opp", "vpi"); "" for items the coordinator added. */
const char               *passend_tlv_checklist_item_get_code            (PassendTlvChecklistItem   *self);
void                      passend_tlv_checklist_item_set_code            (PassendTlvChecklistItem   *self,
                                                                          const char                *code);
const char               *passend_tlv_checklist_item_get_label           (PassendTlvChecklistItem   *self);
void                      passend_tlv_checklist_item_set_label           (PassendTlvChecklistItem   *self,
                                                                          const char                *label);
PassendTlvChecklistSource passend_tlv_checklist_item_get_source          (PassendTlvChecklistItem   *self);
void                      passend_tlv_checklist_item_set_source          (PassendTlvChecklistItem   *self,
                                                                          PassendTlvChecklistSource  source);
gboolean                  passend_tlv_checklist_item_get_required        (PassendTlvChecklistItem   *self);
void                      passend_tlv_checklist_item_set_required        (PassendTlvChecklistItem   *self,
                                                                          gboolean                   required);
gboolean                  passend_tlv_checklist_item_get_archived        (PassendTlvChecklistItem   *self);
void                      passend_tlv_checklist_item_set_archived        (PassendTlvChecklistItem   *self,
                                                                          gboolean                   archived);

/* One part of the dossier (tlv_part): what satisfies a checklist item.
 * target_id is the OPP version, entry, meeting item or attachment id (0
 * for a FILE). The store fills title, day and sha256 (the SHA-256 of what
 * the dossier will contain: the blob for an attachment or file, the OPP
 * version's content hash, the hash of an entry's or minutes' text, see
 * passend_tlv_text_sha256()); text holds an entry's or minutes' text
 * only when loaded for the dossier. */
#define PASSEND_TYPE_TLV_PART (passend_tlv_part_get_type ())

G_DECLARE_FINAL_TYPE (PassendTlvPart, passend_tlv_part, PASSEND, TLV_PART, GObject)

PassendTlvPart     *passend_tlv_part_new                   (PassendTlvPartKind  kind,
                                                            gint64              target_id);
gint64              passend_tlv_part_get_id                (PassendTlvPart     *self);
void                passend_tlv_part_set_id                (PassendTlvPart     *self,
                                                            gint64              id);
gint64              passend_tlv_part_get_request_id        (PassendTlvPart     *self);
void                passend_tlv_part_set_request_id        (PassendTlvPart     *self,
                                                            gint64              request_id);
gint64              passend_tlv_part_get_checklist_item_id (PassendTlvPart     *self);
void                passend_tlv_part_set_checklist_item_id (PassendTlvPart     *self,
                                                            gint64              item_id);
guint               passend_tlv_part_get_position          (PassendTlvPart     *self);
void                passend_tlv_part_set_position          (PassendTlvPart     *self,
                                                            guint               position);
PassendTlvPartKind  passend_tlv_part_get_kind              (PassendTlvPart     *self);
gint64              passend_tlv_part_get_target_id         (PassendTlvPart     *self);
void                passend_tlv_part_set_target          (PassendTlvPart     *self,
                                                            PassendTlvPartKind  kind,
                                                            gint64              target_id);
/* "OPP versie 2 (vastgesteld 12-10-2026)", the entry's title, "Flex-ZAT
 * 23-11-2026 — verslag", the file name. */
const char         *passend_tlv_part_get_title             (PassendTlvPart     *self);
void                passend_tlv_part_set_title             (PassendTlvPart     *self,
                                                            const char         *title);
/* The day of what it points to (vastgesteld, occurred, met, added). */
PassendDay          passend_tlv_part_get_day               (PassendTlvPart     *self);
void                passend_tlv_part_set_day               (PassendTlvPart     *self,
                                                            PassendDay          day);
const char         *passend_tlv_part_get_sha256            (PassendTlvPart     *self);
void                passend_tlv_part_set_sha256            (PassendTlvPart     *self,
                                                            const char         *sha256);
/* ATTACHMENT and FILE: the file's name and media type. */
const char         *passend_tlv_part_get_file_name         (PassendTlvPart     *self);
void                passend_tlv_part_set_file_name         (PassendTlvPart     *self,
                                                            const char         *file_name);
const char         *passend_tlv_part_get_media_type        (PassendTlvPart     *self);
void                passend_tlv_part_set_media_type        (PassendTlvPart     *self,
                                                            const char         *media_type);
/* ENTRY and MINUTES, in dossier data only: the text printed. */
const char         *passend_tlv_part_get_text              (PassendTlvPart     *self);
void                passend_tlv_part_set_text              (PassendTlvPart     *self,
                                                            const char         *text);
/* OPP_VERSION: TRUE when the version is vastgesteld (has a content hash);
 * set by the store. */
gboolean            passend_tlv_part_get_established       (PassendTlvPart     *self);
void                passend_tlv_part_set_established       (PassendTlvPart     *self,
                                                            gboolean            established);

/* The SHA-256 (hex) of a text part as the manifest records it: of
 * "@title\n\n@body" in UTF-8 (title may be NULL: then of @body alone). */
char               *passend_tlv_text_sha256                (const char         *title,
                                                            const char         *body);

/* What a completeness check can find. */
typedef enum
{
  /* A required checklist item has no part. */
  PASSEND_TLV_PROBLEM_ITEM_MISSING,
  /* The OPP item has no vastgesteld version. */
  PASSEND_TLV_PROBLEM_OPP_NOT_ESTABLISHED,
  /* The signatures item has no file and the OPP's recorded signatures
   * do not cover the required guardians, the student or the school. */
  PASSEND_TLV_PROBLEM_SIGNATURES_MISSING,
  /* Strict mode: fewer than two deskundigenadviezen. */
  PASSEND_TLV_PROBLEM_ADVICE_COUNT,
  /* Strict mode: the first (second) deskundige has a discipline that
   * cannot be first (second). */
  PASSEND_TLV_PROBLEM_ADVICE_FIRST_DISCIPLINE,
  PASSEND_TLV_PROBLEM_ADVICE_SECOND_DISCIPLINE,
  /* Strict mode: an advice lacks its date, independence or written
   * advice. */
  PASSEND_TLV_PROBLEM_ADVICE_INCOMPLETE,
  /* Warning: the requested period is shorter than one school year. */
  PASSEND_TLV_PROBLEM_SHORT_PERIOD,
  /* Warning: no preceding Flex-ZAT or MDO is recorded. */
  PASSEND_TLV_PROBLEM_NO_MEETING,
  /* A sent dossier reloaded: a part's content is gone or no longer has
   * the hash the manifest recorded. */
  PASSEND_TLV_PROBLEM_PART_CHANGED,
} PassendTlvProblemKind;

#define PASSEND_TYPE_TLV_PROBLEM (passend_tlv_problem_get_type ())

G_DECLARE_FINAL_TYPE (PassendTlvProblem, passend_tlv_problem, PASSEND, TLV_PROBLEM, GObject)

/* One unmet requirement. @message is translated and says what is
 * missing ("Add a Deskundigheidsverklaring VSO."); it may hold a
 * deskundige's name, so never log it. A warning does not block sending
 * the dossier. Properties "kind", "message", "is-warning",
 * "checklist-item-id", "advice-id". */
PassendTlvProblem     *passend_tlv_problem_new                   (PassendTlvProblemKind  kind,
                                                                  const char            *message);
PassendTlvProblemKind  passend_tlv_problem_get_kind              (PassendTlvProblem     *self);
const char            *passend_tlv_problem_get_message           (PassendTlvProblem     *self);
/* SHORT_PERIOD and NO_MEETING. */
gboolean               passend_tlv_problem_is_warning            (PassendTlvProblem     *self);
/* The item or advice it is about (0: none). */
gint64                 passend_tlv_problem_get_checklist_item_id (PassendTlvProblem     *self);
void                   passend_tlv_problem_set_checklist_item_id (PassendTlvProblem     *self,
                                                                  gint64                 item_id);
gint64                 passend_tlv_problem_get_advice_id         (PassendTlvProblem     *self);
void                   passend_tlv_problem_set_advice_id         (PassendTlvProblem     *self,
                                                                  gint64                 advice_id);

G_END_DECLS
