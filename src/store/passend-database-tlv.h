/* passend-database-tlv.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-database.h"
#include "passend-tlv.h"

G_BEGIN_DECLS

/* The TLV request (area "tlv"; data/sql/006-tlv-and-absence.sql, core
 * passend-tlv*.h).
 *
 * Every write is one transaction with its audit row (never content) and
 * emits "changed" with entity "tlv" and the request id after the commit
 * (0 for checklist and SWV rule changes, which concern every request). A
 * write that lands on the timeline also emits "timeline-entry" with the
 * student id; one that changes the caseload's TLV flag or a deadline
 * (create, delete, transitions) also emits "support-status" with the
 * student id. Files (written advices, added parts) are kept
 * content-addressed in attachment_blob, like attachments, and read back
 * with passend_database_load_attachment(). Rule refusals are
 * PASSEND_DATABASE_ERROR_INVALID with a message from passend-tlv-rules.h. */

/* Requests */

/* PassendTlvRequest of @student_id, newest first, with the names filled. */
GPtrArray          *passend_database_list_tlv_requests     (PassendDatabase     *self,
                                                            gint64               student_id,
                                                            GError             **error);
/* Every open request (passend_tlv_state_is_open()) of the school, by
 * student name, for an overview. */
GPtrArray          *passend_database_list_open_tlv_requests (PassendDatabase    *self,
                                                             GError            **error);
/* NOT_FOUND when there is none. */
PassendTlvRequest  *passend_database_get_tlv_request       (PassendDatabase     *self,
                                                            gint64               request_id,
                                                            GError             **error);
/* Stores @request (its student, kind and fields; state voorbereiding),
 * sets its id, created_at and updated_at; a state change row and a
 * timeline entry "TLV-aanvraag in voorbereiding" (kind status change,
 * confidentiality care). A request without an SWV gets the SWV of the
 * school when there is exactly one organisation of that kind. */
gboolean            passend_database_create_tlv_request    (PassendDatabase     *self,
                                                            PassendTlvRequest   *request,
                                                            GError             **error);
/* Writes the fields of @request (kind, category, requested period,
 * extension, SWV, target school, registration, preceding meeting, the
 * views), not its state or the days of its state. INVALID unless the
 * stored request is in voorbereiding or aanvulling gevraagd. */
gboolean            passend_database_update_tlv_request    (PassendDatabase     *self,
                                                            PassendTlvRequest   *request,
                                                            GError             **error);
/* A request in voorbereiding that was never sent; INVALID otherwise. */
gboolean            passend_database_delete_tlv_request    (PassendDatabase     *self,
                                                            gint64               request_id,
                                                            GError             **error);

/* Transitions. Each is guarded by passend_tlv_check_transition() and
 * writes a tlv_state_change row (@day, @note, the actor) and a timeline
 * entry on @day ("TLV-aanvraag ingediend", kind status change — a
 * decision: kind decision —, confidentiality care, @note as its body).
 * @day also becomes submitted_on (ingediend, the first time), decided_on
 * (toegekend, afgewezen) or objection_on (bezwaar). */
gboolean            passend_database_set_tlv_state         (PassendDatabase     *self,
                                                            gint64               request_id,
                                                            PassendTlvState      state,
                                                            PassendDay           day,
                                                            const char          *note,
                                                            GError             **error);
/* Toegekend on @day with the granted category (NONE for pro) and
 * period, in one transaction. */
gboolean            passend_database_grant_tlv             (PassendDatabase     *self,
                                                            gint64               request_id,
                                                            PassendDay           day,
                                                            PassendTlvCategory   category,
                                                            PassendDay           start,
                                                            PassendDay           end,
                                                            const char          *note,
                                                            GError             **error);
/* PassendTlvStateChange, oldest first. */
GPtrArray          *passend_database_list_tlv_state_changes (PassendDatabase    *self,
                                                             gint64              request_id,
                                                             GError            **error);

/* Deskundigenadviezen */

/* PassendTlvAdvice of @request_id, by position. */
GPtrArray          *passend_database_list_tlv_advices      (PassendDatabase     *self,
                                                            gint64               request_id,
                                                            GError             **error);
/* Appends @advice to its request (request_id set on it), sets its id,
 * position and, with @file, its sha256 (file_name and media_type are
 * taken from @advice). */
gboolean            passend_database_add_tlv_advice        (PassendDatabase     *self,
                                                            PassendTlvAdvice    *advice,
                                                            GBytes              *file,
                                                            GError             **error);
/* Writes name, discipline, day and independence; with @file, replaces
 * the written advice (file_name, media_type from @advice). */
gboolean            passend_database_update_tlv_advice     (PassendDatabase     *self,
                                                            PassendTlvAdvice    *advice,
                                                            GBytes              *file,
                                                            GError             **error);
gboolean            passend_database_remove_tlv_advice     (PassendDatabase     *self,
                                                            gint64               advice_id,
                                                            GError             **error);

/* Checklists per SWV (@swv_id 0: the default list) */

/* PassendTlvChecklistItem of @swv_id's own list, or the default list when
 * it has none (see the items' organisation_id), by position; archived
 * items only with @include_archived. */
GPtrArray          *passend_database_list_tlv_checklist    (PassendDatabase     *self,
                                                            gint64               swv_id,
                                                            gboolean             include_archived,
                                                            GError             **error);
/* The list that applies to @request_id (that of its SWV). */
GPtrArray          *passend_database_list_tlv_checklist_for_request (PassendDatabase *self,
                                                                     gint64           request_id,
                                                                     GError         **error);
/* Appends @item to @swv_id's list and sets its id and position. An SWV
 * without its own list first gets a copy of the default list; the parts
 * of its requests move to the copied items. */
gboolean            passend_database_add_tlv_checklist_item (PassendDatabase         *self,
                                                             gint64                   swv_id,
                                                             PassendTlvChecklistItem *item,
                                                             GError                 **error);
/* Writes code, label, source and required of the item with that id. */
gboolean            passend_database_update_tlv_checklist_item (PassendDatabase         *self,
                                                                PassendTlvChecklistItem *item,
                                                                GError                 **error);
/* Moves the item to @position in its list (clamped), shifting others. */
gboolean            passend_database_move_tlv_checklist_item (PassendDatabase  *self,
                                                              gint64            item_id,
                                                              guint             position,
                                                              GError          **error);
/* Archived items leave the checklist but keep their parts. */
gboolean            passend_database_archive_tlv_checklist_item (PassendDatabase  *self,
                                                                 gint64            item_id,
                                                                 gboolean          archived,
                                                                 GError          **error);
/* Makes @swv_id's list (the default list for 0) the seed list again:
 * seed items come back by code in seed order with their seed label,
 * source and required; other items are archived. Parts are kept. */
gboolean            passend_database_reset_tlv_checklist   (PassendDatabase     *self,
                                                            gint64               swv_id,
                                                            GError             **error);
/* The SWV's rule (tlv_swv_rule); the defaults (passend_tlv_swv_rule_init())
 * for an SWV without one or @swv_id 0. */
gboolean            passend_database_load_tlv_swv_rule     (PassendDatabase     *self,
                                                            gint64               swv_id,
                                                            PassendTlvSwvRule   *rule,
                                                            GError             **error);
gboolean            passend_database_set_tlv_swv_rule      (PassendDatabase     *self,
                                                            gint64               swv_id,
                                                            const PassendTlvSwvRule *rule,
                                                            GError             **error);

/* Parts */

/* PassendTlvPart of @request_id (of @checklist_item_id only, unless 0),
 * by item position then part position, with title, day and sha256. */
GPtrArray          *passend_database_list_tlv_parts        (PassendDatabase     *self,
                                                            gint64               request_id,
                                                            gint64               checklist_item_id,
                                                            GError             **error);
/* Adds @part (request_id, checklist_item_id, kind and target set on it;
 * for a FILE also file_name and media_type, with @file its content) at
 * the end of its item; sets id, position, title, day and sha256. INVALID
 * when the item's source does not accept the kind
 * (passend_tlv_checklist_source_accepts()), the OPP version is not
 * vastgesteld, or what it points to belongs to another student, is a
 * meldcode or medical entry, or is already a part of that item. */
gboolean            passend_database_add_tlv_part          (PassendDatabase     *self,
                                                            PassendTlvPart      *part,
                                                            GBytes              *file,
                                                            GError             **error);
gboolean            passend_database_remove_tlv_part       (PassendDatabase     *self,
                                                            gint64               part_id,
                                                            GError             **error);
/* Within its item (clamped). */
gboolean            passend_database_move_tlv_part         (PassendDatabase     *self,
                                                            gint64               part_id,
                                                            guint                position,
                                                            GError             **error);

/* Completeness and the dossier */

/* PassendTlvProblem of @request_id now: passend_tlv_find_problems() with
 * its checklist, parts, advices, SWV rule and the signatures recorded on
 * the vastgesteld OPP version among its parts. */
GPtrArray          *passend_database_check_tlv_request     (PassendDatabase     *self,
                                                            gint64               request_id,
                                                            GError             **error);
/* "Dossier samenstellen": the request, school, rule, checklist, parts
 * (with the text of entries and minutes), advices, problems and the
 * manifest of exactly this, in one read transaction. */
PassendTlvDossierData *passend_database_load_tlv_dossier_data (PassendDatabase  *self,
                                                               gint64            request_id,
                                                               GError          **error);
/* "Verzenden": stores a tlv_dossier row (sent on @sent_on, @manifest with
 * its hash, the PDF's @pdf_sha256 and @page_count), a timeline entry
 * "TLV-dossier verzonden" (kind document, with the PDF's hash and page
 * count) and, from voorbereiding or aanvulling gevraagd, the step to
 * ingediend — in one transaction. @manifest is the one of the dossier
 * data the PDF was assembled from: INVALID when the request no longer
 * gives that manifest (it changed meanwhile) or has problems that block. */
gboolean            passend_database_send_tlv_dossier      (PassendDatabase     *self,
                                                            gint64               request_id,
                                                            const char          *manifest,
                                                            PassendDay           sent_on,
                                                            const char          *pdf_sha256,
                                                            guint                page_count,
                                                            gint64              *dossier_id,
                                                            GError             **error);
/* PassendTlvSentDossier of @request_id, oldest first. */
GPtrArray          *passend_database_list_tlv_dossiers     (PassendDatabase     *self,
                                                            gint64               request_id,
                                                            GError             **error);
/* The manifest of a sent dossier, as stored. */
char               *passend_database_load_tlv_manifest     (PassendDatabase     *self,
                                                            gint64               dossier_id,
                                                            GError             **error);
/* A sent dossier's data rebuilt from its manifest, to assemble the same
 * PDF again: items, parts and advices as listed, with the current text
 * of entries and minutes; a PART_CHANGED problem for each part whose
 * content is gone or no longer has the recorded hash. CORRUPT when the
 * stored manifest does not match its hash. */
PassendTlvDossierData *passend_database_load_sent_tlv_dossier (PassendDatabase  *self,
                                                               gint64            dossier_id,
                                                               GError          **error);

G_END_DECLS
