/* passend-deadline.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "passend-date.h"

G_BEGIN_DECLS

/* What a deadline is about. Later kinds come from later features. */
typedef enum
{
  PASSEND_DEADLINE_KIND_ZORGPLICHT_DECISION,
  PASSEND_DEADLINE_KIND_ZORGPLICHT_PLACEMENT,
  PASSEND_DEADLINE_KIND_OPP_ESTABLISH,
  PASSEND_DEADLINE_KIND_OPP_EVALUATION,
  PASSEND_DEADLINE_KIND_INTERVENTION_END,
  PASSEND_DEADLINE_KIND_ACTION,
  PASSEND_DEADLINE_KIND_CONSENT_EXPIRY,
  PASSEND_DEADLINE_KIND_MEETING,
  PASSEND_DEADLINE_KIND_ABSENCE_REPORT,
  PASSEND_DEADLINE_KIND_SICKNESS_SIGNAL,
  PASSEND_DEADLINE_KIND_TLV_OBJECTION,
  PASSEND_DEADLINE_KIND_TLV_END,
} PassendDeadlineKind;

#define PASSEND_TYPE_DEADLINE_KIND (passend_deadline_kind_get_type ())
GType passend_deadline_kind_get_type (void) G_GNUC_CONST;

#define PASSEND_TYPE_DEADLINE (passend_deadline_get_type ())

G_DECLARE_FINAL_TYPE (PassendDeadline, passend_deadline, PASSEND, DEADLINE, GObject)

/* A deadline computed by the rules from stored days: a due day, what is
 * due, and whom it concerns (a student, or an aanmelding that is not a
 * student yet). */
PassendDeadline     *passend_deadline_new              (PassendDeadlineKind  kind,
                                                        PassendDay           due);

PassendDay           passend_deadline_get_due          (PassendDeadline     *self);
void                 passend_deadline_set_due          (PassendDeadline     *self,
                                                        PassendDay           due);
PassendDeadlineKind  passend_deadline_get_kind         (PassendDeadline     *self);
void                 passend_deadline_set_kind         (PassendDeadline     *self,
                                                        PassendDeadlineKind  kind);
gint64               passend_deadline_get_student_id   (PassendDeadline     *self);
void                 passend_deadline_set_student_id   (PassendDeadline     *self,
                                                        gint64               student_id);
gint64               passend_deadline_get_aanmelding_id (PassendDeadline    *self);
void                 passend_deadline_set_aanmelding_id (PassendDeadline    *self,
                                                         gint64              aanmelding_id);
/* The student or aanmelding as a reader names it: "Jan de Vries". */
const char          *passend_deadline_get_subject      (PassendDeadline     *self);
void                 passend_deadline_set_subject      (PassendDeadline     *self,
                                                        const char          *subject);
/* The Dutch sort form ("Vries, Jan de"), used to order deadlines of one
 * day; falls back to the subject. */
const char          *passend_deadline_get_sort_name    (PassendDeadline     *self);
void                 passend_deadline_set_sort_name    (PassendDeadline     *self,
                                                        const char          *sort_name);
/* Translated: "OPP must be set". Defaults to the kind's description. */
const char          *passend_deadline_get_description  (PassendDeadline     *self);
void                 passend_deadline_set_description  (PassendDeadline     *self,
                                                        const char          *description);
/* A symbolic icon name for the kind. */
const char          *passend_deadline_get_icon_name    (PassendDeadline     *self);

gboolean             passend_deadline_is_overdue       (PassendDeadline     *self,
                                                        PassendDay           today);
/* By due day, then by sort name: the order of the Overzicht. */
int                  passend_deadline_compare          (PassendDeadline     *a,
                                                        PassendDeadline     *b);

const char          *passend_deadline_kind_get_description (PassendDeadlineKind kind);

G_END_DECLS
