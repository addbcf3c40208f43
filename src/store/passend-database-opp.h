/* passend-database-opp.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-database.h"
#include "passend-opp.h"
#include "passend-opp-content.h"
#include "passend-opp-rules.h"
#include "passend-signature.h"

G_BEGIN_DECLS

/* The OPP (area "opp"; data/sql/005-opp.sql, core passend-opp*.h).
 *
 * Every write is one transaction with its audit row (never content) and
 * emits "changed" with entity "opp" and the version id after the commit
 * (a write that lands on the timeline also emits "timeline-entry" with
 * the student id; one that changes what the Overzicht shows also emits
 * "support-status" with the student id).
 *
 * Content (texts, short fields, factors, needs, goals, support lines,
 * consultations) changes only while the version is concept or in overleg:
 * otherwise PASSEND_DATABASE_ERROR_INVALID, and FROZEN when the database's
 * freeze trigger refuses (a vastgesteld version). Rule refusals (a
 * transition the lifecycle lacks, vaststellen without what it needs) are
 * INVALID with a message from passend-opp-rules.h. The rules' local values
 * come from the protocol table (passend_opp_rules_init_from_protocol()). */

/* Versions */

/* PassendOppVersionInfo of @student_id, newest number first. */
GPtrArray          *passend_database_list_opp_versions  (PassendDatabase     *self,
                                                         gint64               student_id,
                                                         GError             **error);
/* The whole version with its surroundings (student, school, guardians,
 * evaluations, signatures, history), in a few queries. NOT_FOUND when
 * there is no such version. */
PassendOppDocument *passend_database_load_opp           (PassendDatabase     *self,
                                                         gint64               version_id,
                                                         GError             **error);
/* The student's highest-numbered version; NULL without an error when the
 * student has none. */
PassendOppDocument *passend_database_load_current_opp   (PassendDatabase     *self,
                                                         gint64               student_id,
                                                         GError             **error);
/* The newest version before @version_id's number that was vastgesteld
 * (content_sha256 set), to compare with (passend_opp_diff()); NULL
 * without an error when there is none. */
PassendOppDocument *passend_database_load_previous_established_opp (PassendDatabase *self,
                                                                    gint64           version_id,
                                                                    GError         **error);

/* Version 1 for a student who has none (INVALID when one exists), in
 * concept, prefilled from the record: the trigger (extra-support from
 * support_status.extra_support_since, enrolment when the student enrolled
 * within the term), the people involved (regie, mentor, providers of
 * interventions), the earlier support (the student's interventions) and
 * support lines from running extra-level interventions (linked). Writes
 * a timeline entry "OPP versie 1 aangemaakt". */
gboolean            passend_database_create_opp         (PassendDatabase     *self,
                                                         gint64               student_id,
                                                         gint64              *version_id,
                                                         GError             **error);
/* Bijstellen: a new concept version (number + 1, based_on @version_id),
 * its content copied row by row with the links (goal → need, support →
 * goal) remapped; evaluations, signatures and history are not copied.
 * INVALID unless @version_id is the newest version and vastgesteld (or
 * later, not ended) or in geen overeenstemming. */
gboolean            passend_database_new_opp_version    (PassendDatabase     *self,
                                                         gint64               version_id,
                                                         gint64              *new_version_id,
                                                         GError             **error);
/* Deletes a version that was never vastgesteld (a concept abandoned);
 * INVALID for one that was. */
gboolean            passend_database_delete_opp_version (PassendDatabase     *self,
                                                         gint64               version_id,
                                                         GError             **error);

/* Content setters, cheap enough to call while typing: one UPDATE of one
 * row and an audit row, no timeline entry. */

gboolean            passend_database_set_opp_text       (PassendDatabase     *self,
                                                         gint64               version_id,
                                                         PassendOppSection    section,
                                                         const char          *text,
                                                         GError             **error);
gboolean            passend_database_set_opp_trigger    (PassendDatabase     *self,
                                                         gint64               version_id,
                                                         PassendOppTrigger    trigger,
                                                         PassendDay           trigger_on,
                                                         GError             **error);
gboolean            passend_database_set_opp_uitstroom  (PassendDatabase     *self,
                                                         gint64               version_id,
                                                         PassendOppProfile    profile,
                                                         const char          *level,
                                                         GError             **error);
gboolean            passend_database_set_opp_student_heard_on (PassendDatabase *self,
                                                               gint64           version_id,
                                                               PassendDay       heard_on,
                                                               GError         **error);
/* Maatwerk onderwijstijd: ISD days only make sense with @maatwerk. */
gboolean            passend_database_set_opp_maatwerk   (PassendDatabase     *self,
                                                         gint64               version_id,
                                                         gboolean             maatwerk,
                                                         PassendDay           isd_requested_on,
                                                         PassendDay           isd_decided_on,
                                                         GError             **error);
/* Not content (a reminder for the administration): allowed in any state. */
gboolean            passend_database_set_opp_bron_reported_on (PassendDatabase *self,
                                                               gint64           version_id,
                                                               PassendDay       reported_on,
                                                               GError         **error);

/* Rows. add_* appends the row at the end of its group, sets its id and
 * position and ignores the ones passed in; update_* writes every field of
 * the row with that id except its position; links (need_id, goal_id)
 * must name a row of the same version. */

typedef enum
{
  PASSEND_OPP_ROW_FACTOR,
  PASSEND_OPP_ROW_NEED,
  PASSEND_OPP_ROW_GOAL,
  PASSEND_OPP_ROW_SUPPORT,
  PASSEND_OPP_ROW_CONSULTATION,
} PassendOppRowKind;

gboolean            passend_database_add_opp_factor       (PassendDatabase        *self,
                                                           gint64                  version_id,
                                                           PassendOppFactor       *factor,
                                                           GError                **error);
gboolean            passend_database_update_opp_factor    (PassendDatabase        *self,
                                                           const PassendOppFactor *factor,
                                                           GError                **error);
gboolean            passend_database_add_opp_need         (PassendDatabase        *self,
                                                           gint64                  version_id,
                                                           PassendOppNeed         *need,
                                                           GError                **error);
gboolean            passend_database_update_opp_need      (PassendDatabase        *self,
                                                           const PassendOppNeed   *need,
                                                           GError                **error);
gboolean            passend_database_add_opp_goal         (PassendDatabase        *self,
                                                           gint64                  version_id,
                                                           PassendOppGoal         *goal,
                                                           GError                **error);
gboolean            passend_database_update_opp_goal      (PassendDatabase        *self,
                                                           const PassendOppGoal   *goal,
                                                           GError                **error);
gboolean            passend_database_add_opp_support      (PassendDatabase        *self,
                                                           gint64                  version_id,
                                                           PassendOppSupport      *support,
                                                           GError                **error);
gboolean            passend_database_update_opp_support   (PassendDatabase        *self,
                                                           const PassendOppSupport *support,
                                                           GError                **error);
gboolean            passend_database_add_opp_consultation (PassendDatabase        *self,
                                                           gint64                  version_id,
                                                           PassendOppConsultation *consultation,
                                                           GError                **error);
gboolean            passend_database_update_opp_consultation (PassendDatabase     *self,
                                                              const PassendOppConsultation *consultation,
                                                              GError             **error);
/* Removes the row and closes the gap in its group's positions. Removing
 * a need unlinks its goals; a goal, its support lines. */
gboolean            passend_database_remove_opp_row       (PassendDatabase        *self,
                                                           PassendOppRowKind       kind,
                                                           gint64                  row_id,
                                                           GError                **error);
/* Moves the row to @position within its group (clamped), shifting the
 * others. */
gboolean            passend_database_move_opp_row         (PassendDatabase        *self,
                                                           PassendOppRowKind       kind,
                                                           gint64                  row_id,
                                                           int                     position,
                                                           GError                **error);

/* Transitions. Each writes an opp_state_change row (with @note and the
 * actor) and a timeline entry on the student ("OPP versie 2 in overleg",
 * kind status change, confidentiality care). */

/* To in-overleg, ter-instemming, in-uitvoering, geevalueerd or
 * geen-overeenstemming, guarded by passend_opp_check_transition(). For
 * vastgesteld use passend_database_establish_opp(); for beeindigd,
 * passend_database_end_opp(). */
gboolean            passend_database_set_opp_state      (PassendDatabase     *self,
                                                         gint64               version_id,
                                                         PassendOppState      state,
                                                         const char          *note,
                                                         GError             **error);
/* Vaststellen on @on by the school, in one transaction: the guards
 * (passend_opp_check_establish(); in geen overeenstemming without
 * instemming), content_sha256 and established_on, the school's signature
 * (@school_name, @school_role, outcome established, method none), the
 * state, the history and the timeline ("OPP versie 2 vastgesteld"); the
 * student's earlier versions that were in force become bijgesteld.
 * support_status.opp_established_on follows (evaluations likewise set
 * opp_evaluated_on), so the caseload and the student record agree. */
gboolean            passend_database_establish_opp      (PassendDatabase     *self,
                                                         gint64               version_id,
                                                         PassendDay           on,
                                                         const char          *school_name,
                                                         const char          *school_role,
                                                         const char          *place,
                                                         GError             **error);
/* To beeindigd on @on for @reason, from vastgesteld, in uitvoering,
 * geëvalueerd or geen overeenstemming. */
gboolean            passend_database_end_opp            (PassendDatabase     *self,
                                                         gint64               version_id,
                                                         PassendDay           on,
                                                         PassendOppEndReason  reason,
                                                         const char          *note,
                                                         GError             **error);

/* Evaluations (after vaststelling; not content). add sets evaluation->id,
 * stores its goal results (goals of the same version) and moves a
 * vastgesteld or in-uitvoering version to geevalueerd; update replaces
 * the fields and results. */
gboolean            passend_database_add_opp_evaluation    (PassendDatabase      *self,
                                                            gint64                version_id,
                                                            PassendOppEvaluation *evaluation,
                                                            GError              **error);
gboolean            passend_database_update_opp_evaluation (PassendDatabase      *self,
                                                            const PassendOppEvaluation *evaluation,
                                                            GError              **error);
gboolean            passend_database_remove_opp_evaluation (PassendDatabase      *self,
                                                            gint64                evaluation_id,
                                                            GError              **error);

/* Signatures of guardians and the student (the school's comes with
 * passend_database_establish_opp()). The store sets signature->id,
 * version_sha256 (the version's current content hash) and created_at.
 * method PAD needs signature->strokes (checked with
 * passend_signature_new_from_bytes()); PAPER needs @scan, stored
 * content-addressed in attachment_blob like attachments, and sets
 * scan_sha256; NOT_AGREED needs a reason. A guardian signature names a
 * guardian of the student. Allowed in ter instemming and geen
 * overeenstemming, and after vaststelling (the student's or a late
 * signature), not in concept or in overleg. A NOT_AGREED recorded in ter
 * instemming moves the version to geen-overeenstemming in the same
 * transaction (with the reason as the note). */
gboolean            passend_database_add_opp_signature  (PassendDatabase     *self,
                                                         gint64               version_id,
                                                         PassendOppSignature *signature,
                                                         GBytes              *scan,
                                                         GError             **error);
/* A signature recorded by mistake, before vaststelling only. */
gboolean            passend_database_remove_opp_signature (PassendDatabase   *self,
                                                           gint64             signature_id,
                                                           GError           **error);
/* The paper scan of a signature; NOT_FOUND without one. */
GBytes             *passend_database_load_opp_scan      (PassendDatabase     *self,
                                                         gint64               signature_id,
                                                         GError             **error);

/* The rules with the protocol's values. */
gboolean            passend_database_load_opp_rules     (PassendDatabase     *self,
                                                         PassendOppRules     *rules,
                                                         GError             **error);

G_END_DECLS
