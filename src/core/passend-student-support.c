/* passend-student-support.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-core-private.h"
#include "passend-student-private.h"

/* The support status comes from its own table (support_status) and is
 * only filled for students in the caseload. */

PassendNiveau
passend_student_get_niveau (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), 0);

  return self->niveau;
}

void
passend_student_set_niveau (PassendStudent *self,
                            PassendNiveau   niveau)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));
  g_return_if_fail ((guint) niveau <= PASSEND_NIVEAU_4);

  if (self->niveau == niveau)
    return;

  self->niveau = niveau;

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_NIVEAU]);
}

PassendPhase
passend_student_get_phase (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), 0);

  return self->phase;
}

void
passend_student_set_phase (PassendStudent *self,
                           PassendPhase    phase)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));
  g_return_if_fail ((guint) phase <= PASSEND_PHASE_4_TLV);

  if (self->phase == phase)
    return;

  self->phase = phase;

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_PHASE]);
}

PassendRegie
passend_student_get_regie (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), 0);

  return self->regie;
}

void
passend_student_set_regie (PassendStudent *self,
                           PassendRegie    regie)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));
  g_return_if_fail ((guint) regie <= PASSEND_REGIE_OCO);

  if (self->regie == regie)
    return;

  self->regie = regie;

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_REGIE]);
}

gint64
passend_student_get_regie_person_id (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), 0);

  return self->regie_person_id;
}

void
passend_student_set_regie_person_id (PassendStudent *self,
                                     gint64          person_id)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));

  if (self->regie_person_id == person_id)
    return;

  self->regie_person_id = person_id;

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_REGIE_PERSON_ID]);
}

const char *
passend_student_get_regie_name (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), NULL);

  return _passend_string_or_empty (self->regie_name);
}

void
passend_student_set_regie_name (PassendStudent *self,
                                const char     *regie_name)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));

  if (!_passend_set_string (&self->regie_name, regie_name))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_REGIE_NAME]);
}

gboolean
passend_student_get_case_open (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), FALSE);

  return self->case_open;
}

void
passend_student_set_case_open (PassendStudent *self,
                               gboolean        case_open)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));

  case_open = !!case_open;

  if (self->case_open == case_open)
    return;

  self->case_open = case_open;

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_CASE_OPEN]);
}

/* Closing a case and the OPP day (area "caseload") */

PassendDay
passend_student_get_closed_on (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), PASSEND_DAY_NONE);

  return self->closed_on;
}

void
passend_student_set_closed_on (PassendStudent *self,
                               PassendDay      closed_on)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));

  if (self->closed_on == closed_on)
    return;

  self->closed_on = closed_on;

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_CLOSED_ON]);
}

int
passend_student_get_close_outcome (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), 0);

  return self->close_outcome;
}

void
passend_student_set_close_outcome (PassendStudent *self,
                                   int             close_outcome)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));
  g_return_if_fail (close_outcome >= 0 && close_outcome < PASSEND_N_CLOSE_OUTCOMES);

  if (self->close_outcome == close_outcome)
    return;

  self->close_outcome = close_outcome;

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_CLOSE_OUTCOME]);
}

PassendDay
passend_student_get_opp_established_on (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), PASSEND_DAY_NONE);

  return self->opp_established_on;
}

void
passend_student_set_opp_established_on (PassendStudent *self,
                                        PassendDay      established_on)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));

  if (self->opp_established_on == established_on)
    return;

  self->opp_established_on = established_on;

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_OPP_ESTABLISHED_ON]);
}
