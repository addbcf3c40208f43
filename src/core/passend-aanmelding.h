/* passend-aanmelding.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "passend-date.h"

G_BEGIN_DECLS

/* The decision on an aanmelding (DOMAIN.md §3, §10.7). NONE: not decided
 * yet. Stored as the codes of the CHECK in the aanmelding table. */
typedef enum
{
  PASSEND_AANMELDING_OUTCOME_NONE,
  PASSEND_AANMELDING_OUTCOME_ADMITTED,
  PASSEND_AANMELDING_OUTCOME_ADMITTED_WITH_ARRANGEMENT,
  PASSEND_AANMELDING_OUTCOME_PLACED_ELSEWHERE,
  PASSEND_AANMELDING_OUTCOME_NOT_ADMITTED,
} PassendAanmeldingOutcome;

#define PASSEND_TYPE_AANMELDING_OUTCOME (passend_aanmelding_outcome_get_type ())
GType       passend_aanmelding_outcome_get_type  (void) G_GNUC_CONST;

/* NULL for NONE; FALSE (and *out untouched) for a code that is not known. */
const char *passend_aanmelding_outcome_to_code   (PassendAanmeldingOutcome  outcome);
gboolean    passend_aanmelding_outcome_from_code (const char               *code,
                                                  PassendAanmeldingOutcome *out);
/* Translated: "Admitted", "Not admitted" …; "" for NONE. */
const char *passend_aanmelding_outcome_get_label (PassendAanmeldingOutcome  outcome);
/* Admitted (with or without arrangement): may become a student. */
gboolean    passend_aanmelding_outcome_is_admission (PassendAanmeldingOutcome outcome);

#define PASSEND_TYPE_AANMELDING (passend_aanmelding_get_type ())

G_DECLARE_FINAL_TYPE (PassendAanmelding, passend_aanmelding, PASSEND, AANMELDING, GObject)

/* A written aanmelding of a pupil with a signalled support need: the
 * zorgplicht starts on the day it was received. Text getters return ""
 * for an unset field, never NULL. */
PassendAanmelding *passend_aanmelding_new                     (void);

gint64      passend_aanmelding_get_id                  (PassendAanmelding *self);
void        passend_aanmelding_set_id                  (PassendAanmelding *self,
                                                        gint64             id);
const char *passend_aanmelding_get_roepnaam            (PassendAanmelding *self);
void        passend_aanmelding_set_roepnaam            (PassendAanmelding *self,
                                                        const char        *roepnaam);
const char *passend_aanmelding_get_tussenvoegsel       (PassendAanmelding *self);
void        passend_aanmelding_set_tussenvoegsel       (PassendAanmelding *self,
                                                        const char        *tussenvoegsel);
const char *passend_aanmelding_get_achternaam          (PassendAanmelding *self);
void        passend_aanmelding_set_achternaam          (PassendAanmelding *self,
                                                        const char        *achternaam);
PassendDay  passend_aanmelding_get_birth_date          (PassendAanmelding *self);
void        passend_aanmelding_set_birth_date          (PassendAanmelding *self,
                                                        PassendDay         birth_date);
const char *passend_aanmelding_get_previous_school     (PassendAanmelding *self);
void        passend_aanmelding_set_previous_school     (PassendAanmelding *self,
                                                        const char        *previous_school);
const char *passend_aanmelding_get_requested_track     (PassendAanmelding *self);
void        passend_aanmelding_set_requested_track     (PassendAanmelding *self,
                                                        const char        *requested_track);
int         passend_aanmelding_get_requested_year      (PassendAanmelding *self);
void        passend_aanmelding_set_requested_year      (PassendAanmelding *self,
                                                        int                requested_year);
const char *passend_aanmelding_get_guardian_name       (PassendAanmelding *self);
void        passend_aanmelding_set_guardian_name       (PassendAanmelding *self,
                                                        const char        *guardian_name);
const char *passend_aanmelding_get_guardian_email      (PassendAanmelding *self);
void        passend_aanmelding_set_guardian_email      (PassendAanmelding *self,
                                                        const char        *guardian_email);
const char *passend_aanmelding_get_guardian_phone      (PassendAanmelding *self);
void        passend_aanmelding_set_guardian_phone      (PassendAanmelding *self,
                                                        const char        *guardian_phone);
/* The day the written aanmelding arrived: the zorgplicht starts here. */
PassendDay  passend_aanmelding_get_received_on         (PassendAanmelding *self);
void        passend_aanmelding_set_received_on         (PassendAanmelding *self,
                                                        PassendDay         received_on);
/* Whether this school is the parents' first preference (only that school
 * has the zorgplicht). */
gboolean    passend_aanmelding_get_first_preference    (PassendAanmelding *self);
void        passend_aanmelding_set_first_preference    (PassendAanmelding *self,
                                                        gboolean           first_preference);
const char *passend_aanmelding_get_support_need        (PassendAanmelding *self);
void        passend_aanmelding_set_support_need        (PassendAanmelding *self,
                                                        const char        *support_need);
/* The one extension: the letter to the parents, why, and the new date. */
PassendDay  passend_aanmelding_get_extension_letter_on (PassendAanmelding *self);
void        passend_aanmelding_set_extension_letter_on (PassendAanmelding *self,
                                                        PassendDay         extension_letter_on);
const char *passend_aanmelding_get_extension_reason    (PassendAanmelding *self);
void        passend_aanmelding_set_extension_reason    (PassendAanmelding *self,
                                                        const char        *extension_reason);
PassendDay  passend_aanmelding_get_extended_until      (PassendAanmelding *self);
void        passend_aanmelding_set_extended_until      (PassendAanmelding *self,
                                                        PassendDay         extended_until);
const char *passend_aanmelding_get_screening_notes     (PassendAanmelding *self);
void        passend_aanmelding_set_screening_notes     (PassendAanmelding *self,
                                                        const char        *screening_notes);
/* The advice to the toelatingscommissie. */
const char *passend_aanmelding_get_advice              (PassendAanmelding *self);
void        passend_aanmelding_set_advice              (PassendAanmelding *self,
                                                        const char        *advice);
PassendAanmeldingOutcome
            passend_aanmelding_get_outcome             (PassendAanmelding *self);
void        passend_aanmelding_set_outcome             (PassendAanmelding *self,
                                                        PassendAanmeldingOutcome outcome);
const char *passend_aanmelding_get_outcome_reason      (PassendAanmelding *self);
void        passend_aanmelding_set_outcome_reason      (PassendAanmelding *self,
                                                        const char        *outcome_reason);
/* The school that offered a place, for placed-elsewhere. */
const char *passend_aanmelding_get_outcome_school      (PassendAanmelding *self);
void        passend_aanmelding_set_outcome_school      (PassendAanmelding *self,
                                                        const char        *outcome_school);
PassendDay  passend_aanmelding_get_decided_on          (PassendAanmelding *self);
void        passend_aanmelding_set_decided_on          (PassendAanmelding *self,
                                                        PassendDay         decided_on);
/* The student an admitted aanmelding became; 0: none yet. */
gint64      passend_aanmelding_get_student_id          (PassendAanmelding *self);
void        passend_aanmelding_set_student_id          (PassendAanmelding *self,
                                                        gint64             student_id);
gint64      passend_aanmelding_get_created_at          (PassendAanmelding *self);
void        passend_aanmelding_set_created_at          (PassendAanmelding *self,
                                                        gint64             created_at);
gint64      passend_aanmelding_get_updated_at          (PassendAanmelding *self);
void        passend_aanmelding_set_updated_at          (PassendAanmelding *self,
                                                        gint64             updated_at);

/* Derived. "Jan de Vries" */
const char *passend_aanmelding_get_display_name        (PassendAanmelding *self);
/* "Vries, Jan de" */
const char *passend_aanmelding_get_sort_name           (PassendAanmelding *self);
gboolean    passend_aanmelding_is_decided              (PassendAanmelding *self);
gboolean    passend_aanmelding_has_extension           (PassendAanmelding *self);

G_END_DECLS
