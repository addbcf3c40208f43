/* passend-intervention.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "passend-date.h"
#include "passend-intervention-kind.h"

G_BEGIN_DECLS

/* The life of an intervention (DOMAIN.md §10.4). Stored as the codes
 * "proposed" … "refused". */
typedef enum
{
  PASSEND_INTERVENTION_PROPOSED,
  PASSEND_INTERVENTION_REQUESTED,
  PASSEND_INTERVENTION_GRANTED,
  PASSEND_INTERVENTION_RUNNING,
  PASSEND_INTERVENTION_EXTENDED,
  PASSEND_INTERVENTION_EVALUATED,
  PASSEND_INTERVENTION_ENDED,
  PASSEND_INTERVENTION_REFUSED,
} PassendInterventionStatus;

#define PASSEND_INTERVENTION_N_STATUSES (PASSEND_INTERVENTION_REFUSED + 1)

const char *passend_intervention_status_to_code   (PassendInterventionStatus  status);
gboolean    passend_intervention_status_from_code (const char                *code,
                                                   PassendInterventionStatus *out);
/* Translated: "Granted". */
const char *passend_intervention_status_get_label (PassendInterventionStatus  status);
/* For the record, which is Dutch whatever the UI language: "toegekend". */
const char *passend_intervention_status_get_dutch (PassendInterventionStatus  status);

#define PASSEND_TYPE_INTERVENTION (passend_intervention_get_type ())

G_DECLARE_FINAL_TYPE (PassendIntervention, passend_intervention, PASSEND, INTERVENTION, GObject)

/* One student's intervention or arrangement: its kind from the catalogue,
 * who provides it (a person or an organisation), when it runs or how
 * many sessions it has, its goal, status and evaluation. Days are
 * PASSEND_DAY_NONE when not set. */
PassendIntervention *passend_intervention_new                        (gint64               student_id,
                                                                      gint64               kind_id);

gint64               passend_intervention_get_id                     (PassendIntervention *self);
void                 passend_intervention_set_id                     (PassendIntervention *self,
                                                                      gint64               id);
gint64               passend_intervention_get_student_id             (PassendIntervention *self);
void                 passend_intervention_set_student_id             (PassendIntervention *self,
                                                                      gint64               student_id);
gint64               passend_intervention_get_kind_id                (PassendIntervention *self);
void                 passend_intervention_set_kind_id                (PassendIntervention *self,
                                                                      gint64               kind_id);
/* Filled by the store from the catalogue. */
const char          *passend_intervention_get_kind_name              (PassendIntervention *self);
void                 passend_intervention_set_kind_name              (PassendIntervention *self,
                                                                      const char          *name);
PassendSupportLevel  passend_intervention_get_support_level          (PassendIntervention *self);
void                 passend_intervention_set_support_level          (PassendIntervention *self,
                                                                      PassendSupportLevel  level);
gint64               passend_intervention_get_provider_person_id     (PassendIntervention *self);
void                 passend_intervention_set_provider_person_id     (PassendIntervention *self,
                                                                      gint64               person_id);
gint64               passend_intervention_get_provider_organisation_id (PassendIntervention *self);
void                 passend_intervention_set_provider_organisation_id (PassendIntervention *self,
                                                                        gint64               organisation_id);
/* Filled by the store: the person's or organisation's name. */
const char          *passend_intervention_get_provider_name          (PassendIntervention *self);
void                 passend_intervention_set_provider_name          (PassendIntervention *self,
                                                                      const char          *name);
PassendInterventionStatus passend_intervention_get_status            (PassendIntervention *self);
void                 passend_intervention_set_status                 (PassendIntervention *self,
                                                                      PassendInterventionStatus status);
PassendDay           passend_intervention_get_start_on               (PassendIntervention *self);
void                 passend_intervention_set_start_on               (PassendIntervention *self,
                                                                      PassendDay           day);
PassendDay           passend_intervention_get_planned_end_on         (PassendIntervention *self);
void                 passend_intervention_set_planned_end_on         (PassendIntervention *self,
                                                                      PassendDay           day);
/* 0: not counted in sessions. */
int                  passend_intervention_get_planned_sessions       (PassendIntervention *self);
void                 passend_intervention_set_planned_sessions       (PassendIntervention *self,
                                                                      int                  sessions);
int                  passend_intervention_get_sessions_held          (PassendIntervention *self);
void                 passend_intervention_set_sessions_held          (PassendIntervention *self,
                                                                      int                  sessions);
const char          *passend_intervention_get_goal                   (PassendIntervention *self);
void                 passend_intervention_set_goal                   (PassendIntervention *self,
                                                                      const char          *goal);
PassendDay           passend_intervention_get_evaluation_on          (PassendIntervention *self);
void                 passend_intervention_set_evaluation_on          (PassendIntervention *self,
                                                                      PassendDay           day);
const char          *passend_intervention_get_evaluation_outcome     (PassendIntervention *self);
void                 passend_intervention_set_evaluation_outcome     (PassendIntervention *self,
                                                                      const char          *outcome);

G_END_DECLS
