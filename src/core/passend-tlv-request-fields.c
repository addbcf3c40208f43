/* passend-tlv-request-fields.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-tlv-request-private.h"

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

gint64
passend_tlv_request_get_id (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), 0);

  return self->id;
}

void
passend_tlv_request_set_id (PassendTlvRequest *self,
                            gint64             id)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (self->id == id)
    return;

  self->id = id;
  _passend_tlv_request_notify (self, PROP_ID);
}

gint64
passend_tlv_request_get_student_id (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), 0);

  return self->student_id;
}

void
passend_tlv_request_set_student_id (PassendTlvRequest *self,
                                    gint64             student_id)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (self->student_id == student_id)
    return;

  self->student_id = student_id;
  _passend_tlv_request_notify (self, PROP_STUDENT_ID);
}

const char *
passend_tlv_request_get_student_name (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), NULL);

  return self->student_name;
}

void
passend_tlv_request_set_student_name (PassendTlvRequest *self,
                                      const char        *student_name)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (set_string (&self->student_name, student_name))
    _passend_tlv_request_notify (self, PROP_STUDENT_NAME);
}

PassendDay
passend_tlv_request_get_student_birth_date (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), PASSEND_DAY_NONE);

  return self->student_birth_date;
}

void
passend_tlv_request_set_student_birth_date (PassendTlvRequest *self,
                                            PassendDay         student_birth_date)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (self->student_birth_date == student_birth_date)
    return;

  self->student_birth_date = student_birth_date;
  _passend_tlv_request_notify (self, PROP_STUDENT_BIRTH_DATE);
}

gint64
passend_tlv_request_get_swv_id (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), 0);

  return self->swv_id;
}

void
passend_tlv_request_set_swv_id (PassendTlvRequest *self,
                                gint64             swv_id)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (self->swv_id == swv_id)
    return;

  self->swv_id = swv_id;
  _passend_tlv_request_notify (self, PROP_SWV_ID);
}

const char *
passend_tlv_request_get_swv_name (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), NULL);

  return self->swv_name;
}

void
passend_tlv_request_set_swv_name (PassendTlvRequest *self,
                                  const char        *swv_name)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (set_string (&self->swv_name, swv_name))
    _passend_tlv_request_notify (self, PROP_SWV_NAME);
}

PassendTlvKind
passend_tlv_request_get_kind (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), (PassendTlvKind) 0);

  return self->kind;
}

void
passend_tlv_request_set_kind (PassendTlvRequest *self,
                              PassendTlvKind     kind)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  _passend_tlv_request_notify (self, PROP_KIND);
}

PassendTlvCategory
passend_tlv_request_get_category (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), (PassendTlvCategory) 0);

  return self->category;
}

void
passend_tlv_request_set_category (PassendTlvRequest  *self,
                                  PassendTlvCategory  category)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (self->category == category)
    return;

  self->category = category;
  _passend_tlv_request_notify (self, PROP_CATEGORY);
}

PassendDay
passend_tlv_request_get_requested_start (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), PASSEND_DAY_NONE);

  return self->requested_start;
}

void
passend_tlv_request_set_requested_start (PassendTlvRequest *self,
                                         PassendDay         requested_start)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (self->requested_start == requested_start)
    return;

  self->requested_start = requested_start;
  _passend_tlv_request_notify (self, PROP_REQUESTED_START);
}

PassendDay
passend_tlv_request_get_requested_end (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), PASSEND_DAY_NONE);

  return self->requested_end;
}

void
passend_tlv_request_set_requested_end (PassendTlvRequest *self,
                                       PassendDay         requested_end)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (self->requested_end == requested_end)
    return;

  self->requested_end = requested_end;
  _passend_tlv_request_notify (self, PROP_REQUESTED_END);
}

gboolean
passend_tlv_request_get_is_extension (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), FALSE);

  return self->is_extension;
}

void
passend_tlv_request_set_is_extension (PassendTlvRequest *self,
                                      gboolean           is_extension)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  is_extension = !!is_extension;
  if (self->is_extension == is_extension)
    return;

  self->is_extension = is_extension;
  _passend_tlv_request_notify (self, PROP_IS_EXTENSION);
}

gint64
passend_tlv_request_get_target_school_id (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), 0);

  return self->target_school_id;
}

void
passend_tlv_request_set_target_school_id (PassendTlvRequest *self,
                                          gint64             target_school_id)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (self->target_school_id == target_school_id)
    return;

  self->target_school_id = target_school_id;
  _passend_tlv_request_notify (self, PROP_TARGET_SCHOOL_ID);
}

const char *
passend_tlv_request_get_target_school_name (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), NULL);

  return self->target_school_name;
}

void
passend_tlv_request_set_target_school_name (PassendTlvRequest *self,
                                            const char        *target_school_name)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (set_string (&self->target_school_name, target_school_name))
    _passend_tlv_request_notify (self, PROP_TARGET_SCHOOL_NAME);
}

gboolean
passend_tlv_request_get_registered_at_target (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), FALSE);

  return self->registered_at_target;
}

void
passend_tlv_request_set_registered_at_target (PassendTlvRequest *self,
                                              gboolean           registered_at_target)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  registered_at_target = !!registered_at_target;
  if (self->registered_at_target == registered_at_target)
    return;

  self->registered_at_target = registered_at_target;
  _passend_tlv_request_notify (self, PROP_REGISTERED_AT_TARGET);
}

gint64
passend_tlv_request_get_preceding_meeting_id (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), 0);

  return self->preceding_meeting_id;
}

void
passend_tlv_request_set_preceding_meeting_id (PassendTlvRequest *self,
                                              gint64             preceding_meeting_id)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (self->preceding_meeting_id == preceding_meeting_id)
    return;

  self->preceding_meeting_id = preceding_meeting_id;
  _passend_tlv_request_notify (self, PROP_PRECEDING_MEETING_ID);
}

PassendDay
passend_tlv_request_get_preceding_meeting_on (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), PASSEND_DAY_NONE);

  return self->preceding_meeting_on;
}

void
passend_tlv_request_set_preceding_meeting_on (PassendTlvRequest *self,
                                              PassendDay         preceding_meeting_on)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (self->preceding_meeting_on == preceding_meeting_on)
    return;

  self->preceding_meeting_on = preceding_meeting_on;
  _passend_tlv_request_notify (self, PROP_PRECEDING_MEETING_ON);
}

const char *
passend_tlv_request_get_parents_view (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), NULL);

  return self->parents_view;
}

void
passend_tlv_request_set_parents_view (PassendTlvRequest *self,
                                      const char        *parents_view)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (set_string (&self->parents_view, parents_view))
    _passend_tlv_request_notify (self, PROP_PARENTS_VIEW);
}

const char *
passend_tlv_request_get_student_view (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), NULL);

  return self->student_view;
}

void
passend_tlv_request_set_student_view (PassendTlvRequest *self,
                                      const char        *student_view)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (set_string (&self->student_view, student_view))
    _passend_tlv_request_notify (self, PROP_STUDENT_VIEW);
}

PassendTlvState
passend_tlv_request_get_state (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), (PassendTlvState) 0);

  return self->state;
}

void
passend_tlv_request_set_state (PassendTlvRequest *self,
                               PassendTlvState    state)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (self->state == state)
    return;

  self->state = state;
  _passend_tlv_request_notify (self, PROP_STATE);
}

PassendDay
passend_tlv_request_get_submitted_on (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), PASSEND_DAY_NONE);

  return self->submitted_on;
}

void
passend_tlv_request_set_submitted_on (PassendTlvRequest *self,
                                      PassendDay         submitted_on)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (self->submitted_on == submitted_on)
    return;

  self->submitted_on = submitted_on;
  _passend_tlv_request_notify (self, PROP_SUBMITTED_ON);
}

PassendDay
passend_tlv_request_get_decided_on (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), PASSEND_DAY_NONE);

  return self->decided_on;
}

void
passend_tlv_request_set_decided_on (PassendTlvRequest *self,
                                    PassendDay         decided_on)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (self->decided_on == decided_on)
    return;

  self->decided_on = decided_on;
  _passend_tlv_request_notify (self, PROP_DECIDED_ON);
}

PassendTlvCategory
passend_tlv_request_get_granted_category (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), (PassendTlvCategory) 0);

  return self->granted_category;
}

void
passend_tlv_request_set_granted_category (PassendTlvRequest  *self,
                                          PassendTlvCategory  granted_category)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (self->granted_category == granted_category)
    return;

  self->granted_category = granted_category;
  _passend_tlv_request_notify (self, PROP_GRANTED_CATEGORY);
}

PassendDay
passend_tlv_request_get_granted_start (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), PASSEND_DAY_NONE);

  return self->granted_start;
}

void
passend_tlv_request_set_granted_start (PassendTlvRequest *self,
                                       PassendDay         granted_start)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (self->granted_start == granted_start)
    return;

  self->granted_start = granted_start;
  _passend_tlv_request_notify (self, PROP_GRANTED_START);
}

PassendDay
passend_tlv_request_get_granted_end (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), PASSEND_DAY_NONE);

  return self->granted_end;
}

void
passend_tlv_request_set_granted_end (PassendTlvRequest *self,
                                     PassendDay         granted_end)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (self->granted_end == granted_end)
    return;

  self->granted_end = granted_end;
  _passend_tlv_request_notify (self, PROP_GRANTED_END);
}

PassendDay
passend_tlv_request_get_objection_on (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), PASSEND_DAY_NONE);

  return self->objection_on;
}

void
passend_tlv_request_set_objection_on (PassendTlvRequest *self,
                                      PassendDay         objection_on)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (self->objection_on == objection_on)
    return;

  self->objection_on = objection_on;
  _passend_tlv_request_notify (self, PROP_OBJECTION_ON);
}

gint64
passend_tlv_request_get_created_at (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), 0);

  return self->created_at;
}

void
passend_tlv_request_set_created_at (PassendTlvRequest *self,
                                    gint64             created_at)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (self->created_at == created_at)
    return;

  self->created_at = created_at;
  _passend_tlv_request_notify (self, PROP_CREATED_AT);
}

gint64
passend_tlv_request_get_updated_at (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), 0);

  return self->updated_at;
}

void
passend_tlv_request_set_updated_at (PassendTlvRequest *self,
                                    gint64             updated_at)
{
  g_return_if_fail (PASSEND_IS_TLV_REQUEST (self));

  if (self->updated_at == updated_at)
    return;

  self->updated_at = updated_at;
  _passend_tlv_request_notify (self, PROP_UPDATED_AT);
}

