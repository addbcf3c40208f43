/* passend-guardian.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "passend-types.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_GUARDIAN (passend_guardian_get_type ())

G_DECLARE_FINAL_TYPE (PassendGuardian, passend_guardian, PASSEND, GUARDIAN, GObject)

PassendGuardian *passend_guardian_new                   (void);

gint64           passend_guardian_get_id                (PassendGuardian *self);
void             passend_guardian_set_id                (PassendGuardian *self,
                                                         gint64           id);
gint64           passend_guardian_get_student_id        (PassendGuardian *self);
void             passend_guardian_set_student_id        (PassendGuardian *self,
                                                         gint64           student_id);
/* "moeder", "vader", "verzorger", "voogd", … as the school records it. */
const char      *passend_guardian_get_relation          (PassendGuardian *self);
void             passend_guardian_set_relation          (PassendGuardian *self,
                                                         const char      *relation);
const char      *passend_guardian_get_voorletters       (PassendGuardian *self);
void             passend_guardian_set_voorletters       (PassendGuardian *self,
                                                         const char      *voorletters);
const char      *passend_guardian_get_tussenvoegsel     (PassendGuardian *self);
void             passend_guardian_set_tussenvoegsel     (PassendGuardian *self,
                                                         const char      *tussenvoegsel);
const char      *passend_guardian_get_achternaam        (PassendGuardian *self);
void             passend_guardian_set_achternaam        (PassendGuardian *self,
                                                         const char      *achternaam);
/* Ouderlijk gezag: consent and signatures come from guardians with it. */
gboolean         passend_guardian_get_has_authority     (PassendGuardian *self);
void             passend_guardian_set_has_authority     (PassendGuardian *self,
                                                         gboolean         has_authority);
const char      *passend_guardian_get_email             (PassendGuardian *self);
void             passend_guardian_set_email             (PassendGuardian *self,
                                                         const char      *email);
const char      *passend_guardian_get_phone             (PassendGuardian *self);
void             passend_guardian_set_phone             (PassendGuardian *self,
                                                         const char      *phone);
gboolean         passend_guardian_get_phone_is_secret   (PassendGuardian *self);
void             passend_guardian_set_phone_is_secret   (PassendGuardian *self,
                                                         gboolean         secret);
gboolean         passend_guardian_get_prefers_email     (PassendGuardian *self);
void             passend_guardian_set_prefers_email     (PassendGuardian *self,
                                                         gboolean         prefers_email);
/* "mevr. A. de Vries" style, for letters and lists. */
char            *passend_guardian_dup_display_name      (PassendGuardian *self);

G_END_DECLS
