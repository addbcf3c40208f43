/* passend-tlv-request.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "passend-tlv-types.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_TLV_REQUEST (passend_tlv_request_get_type ())

G_DECLARE_FINAL_TYPE (PassendTlvRequest, passend_tlv_request, PASSEND, TLV_REQUEST, GObject)

/* One TLV request (tlv_request): every column, plus the names the store
 * fills in (student, SWV). The state and its days (submitted_on,
 * decided_on, granted_*, objection_on) change only through the store's
 * transitions. Properties of the same names (with '-') exist for every
 * field, for expressions in list views; "state-label", "kind-label" and
 * "title" are read-only. */
PassendTlvRequest  *passend_tlv_request_new                  (gint64               student_id,
                                                              PassendTlvKind       kind);

gint64              passend_tlv_request_get_id               (PassendTlvRequest   *self);
void                passend_tlv_request_set_id               (PassendTlvRequest   *self,
                                                              gint64               id);
gint64              passend_tlv_request_get_student_id       (PassendTlvRequest   *self);
void                passend_tlv_request_set_student_id       (PassendTlvRequest   *self,
                                                              gint64               student_id);
/* Filled by the store: "Jan de Vries". */
const char         *passend_tlv_request_get_student_name     (PassendTlvRequest   *self);
void                passend_tlv_request_set_student_name     (PassendTlvRequest   *self,
                                                              const char          *name);
/* Filled by the store: the student's birth date, for the signature age. */
PassendDay          passend_tlv_request_get_student_birth_date (PassendTlvRequest *self);
void                passend_tlv_request_set_student_birth_date (PassendTlvRequest *self,
                                                                PassendDay         birth_date);
/* The samenwerkingsverband (an organisation of kind
 * samenwerkingsverband); 0 when not chosen. */
gint64              passend_tlv_request_get_swv_id           (PassendTlvRequest   *self);
void                passend_tlv_request_set_swv_id           (PassendTlvRequest   *self,
                                                              gint64               swv_id);
/* Filled by the store. */
const char         *passend_tlv_request_get_swv_name         (PassendTlvRequest   *self);
void                passend_tlv_request_set_swv_name         (PassendTlvRequest   *self,
                                                              const char          *name);
PassendTlvKind      passend_tlv_request_get_kind             (PassendTlvRequest   *self);
void                passend_tlv_request_set_kind             (PassendTlvRequest   *self,
                                                              PassendTlvKind       kind);
/* The requested category (NONE for pro or when not known yet). */
PassendTlvCategory  passend_tlv_request_get_category         (PassendTlvRequest   *self);
void                passend_tlv_request_set_category         (PassendTlvRequest   *self,
                                                              PassendTlvCategory   category);
PassendDay          passend_tlv_request_get_requested_start  (PassendTlvRequest   *self);
void                passend_tlv_request_set_requested_start  (PassendTlvRequest   *self,
                                                              PassendDay           day);
PassendDay          passend_tlv_request_get_requested_end    (PassendTlvRequest   *self);
void                passend_tlv_request_set_requested_end    (PassendTlvRequest   *self,
                                                              PassendDay           day);
/* A verlenging (applied for by the VSO school) rather than a first TLV. */
gboolean            passend_tlv_request_get_is_extension     (PassendTlvRequest   *self);
void                passend_tlv_request_set_is_extension     (PassendTlvRequest   *self,
                                                              gboolean             is_extension);
/* The VSO or pro school: an organisation (0 if none) and/or a name. */
gint64              passend_tlv_request_get_target_school_id (PassendTlvRequest   *self);
void                passend_tlv_request_set_target_school_id (PassendTlvRequest   *self,
                                                              gint64               organisation_id);
/* The name typed, or (filled by the store) the organisation's name when
 * none was typed. */
const char         *passend_tlv_request_get_target_school_name (PassendTlvRequest *self);
void                passend_tlv_request_set_target_school_name (PassendTlvRequest *self,
                                                                const char        *name);
/* The parents registered the student with the target school. */
gboolean            passend_tlv_request_get_registered_at_target (PassendTlvRequest *self);
void                passend_tlv_request_set_registered_at_target (PassendTlvRequest *self,
                                                                  gboolean           registered);
/* The Flex-ZAT or MDO that preceded the request: a meeting (0 if not
 * recorded in Passend) and/or its day. */
gint64              passend_tlv_request_get_preceding_meeting_id (PassendTlvRequest *self);
void                passend_tlv_request_set_preceding_meeting_id (PassendTlvRequest *self,
                                                                  gint64             meeting_id);
PassendDay          passend_tlv_request_get_preceding_meeting_on (PassendTlvRequest *self);
void                passend_tlv_request_set_preceding_meeting_on (PassendTlvRequest *self,
                                                                  PassendDay         day);
/* The parents' and the student's view (zienswijze), printed in the
 * dossier. */
const char         *passend_tlv_request_get_parents_view     (PassendTlvRequest   *self);
void                passend_tlv_request_set_parents_view     (PassendTlvRequest   *self,
                                                              const char          *text);
const char         *passend_tlv_request_get_student_view     (PassendTlvRequest   *self);
void                passend_tlv_request_set_student_view     (PassendTlvRequest   *self,
                                                              const char          *text);
PassendTlvState     passend_tlv_request_get_state            (PassendTlvRequest   *self);
void                passend_tlv_request_set_state            (PassendTlvRequest   *self,
                                                              PassendTlvState      state);
PassendDay          passend_tlv_request_get_submitted_on     (PassendTlvRequest   *self);
void                passend_tlv_request_set_submitted_on     (PassendTlvRequest   *self,
                                                              PassendDay           day);
PassendDay          passend_tlv_request_get_decided_on       (PassendTlvRequest   *self);
void                passend_tlv_request_set_decided_on       (PassendTlvRequest   *self,
                                                              PassendDay           day);
PassendTlvCategory  passend_tlv_request_get_granted_category (PassendTlvRequest   *self);
void                passend_tlv_request_set_granted_category (PassendTlvRequest   *self,
                                                              PassendTlvCategory   category);
PassendDay          passend_tlv_request_get_granted_start    (PassendTlvRequest   *self);
void                passend_tlv_request_set_granted_start    (PassendTlvRequest   *self,
                                                              PassendDay           day);
PassendDay          passend_tlv_request_get_granted_end      (PassendTlvRequest   *self);
void                passend_tlv_request_set_granted_end      (PassendTlvRequest   *self,
                                                              PassendDay           day);
/* The day the parents objected (bezwaar). */
PassendDay          passend_tlv_request_get_objection_on     (PassendTlvRequest   *self);
void                passend_tlv_request_set_objection_on     (PassendTlvRequest   *self,
                                                              PassendDay           day);
/* Unix seconds. */
gint64              passend_tlv_request_get_created_at       (PassendTlvRequest   *self);
void                passend_tlv_request_set_created_at       (PassendTlvRequest   *self,
                                                              gint64               created_at);
gint64              passend_tlv_request_get_updated_at       (PassendTlvRequest   *self);
void                passend_tlv_request_set_updated_at       (PassendTlvRequest   *self,
                                                              gint64               updated_at);

/* Translated, for lists: "VSO cluster 4 (extension)". */
char               *passend_tlv_request_dup_title            (PassendTlvRequest   *self);
/* A copy of every field (for editing without touching a shown object). */
PassendTlvRequest  *passend_tlv_request_copy                 (PassendTlvRequest   *self);

/* One row of tlv_state_change: the history of a request, oldest first. */
typedef struct
{
  gint64           id;
  PassendTlvState  state;
  PassendDay       changed_on;
  gint64           changed_at;  /* Unix seconds */
  char            *note;
  char            *actor;
} PassendTlvStateChange;

void passend_tlv_state_change_free (PassendTlvStateChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendTlvStateChange, passend_tlv_state_change_free)

G_END_DECLS
