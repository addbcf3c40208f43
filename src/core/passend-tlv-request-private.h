/* passend-tlv-request-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-tlv.h"

G_BEGIN_DECLS

/* Shared by passend-tlv-request.c (the class) and
 * passend-tlv-request-fields.c (the accessors). */
struct _PassendTlvRequest
{
  GObject             parent_instance;

  gint64              id;
  gint64              student_id;
  char               *student_name;
  PassendDay          student_birth_date;
  gint64              swv_id;
  char               *swv_name;
  PassendTlvKind      kind;
  PassendTlvCategory  category;
  PassendDay          requested_start;
  PassendDay          requested_end;
  gboolean            is_extension;
  gint64              target_school_id;
  char               *target_school_name;
  gboolean            registered_at_target;
  gint64              preceding_meeting_id;
  PassendDay          preceding_meeting_on;
  char               *parents_view;
  char               *student_view;
  PassendTlvState     state;
  PassendDay          submitted_on;
  PassendDay          decided_on;
  PassendTlvCategory  granted_category;
  PassendDay          granted_start;
  PassendDay          granted_end;
  PassendDay          objection_on;
  gint64              created_at;
  gint64              updated_at;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_STUDENT_ID,
  PROP_STUDENT_NAME,
  PROP_STUDENT_BIRTH_DATE,
  PROP_SWV_ID,
  PROP_SWV_NAME,
  PROP_KIND,
  PROP_CATEGORY,
  PROP_REQUESTED_START,
  PROP_REQUESTED_END,
  PROP_IS_EXTENSION,
  PROP_TARGET_SCHOOL_ID,
  PROP_TARGET_SCHOOL_NAME,
  PROP_REGISTERED_AT_TARGET,
  PROP_PRECEDING_MEETING_ID,
  PROP_PRECEDING_MEETING_ON,
  PROP_PARENTS_VIEW,
  PROP_STUDENT_VIEW,
  PROP_STATE,
  PROP_SUBMITTED_ON,
  PROP_DECIDED_ON,
  PROP_GRANTED_CATEGORY,
  PROP_GRANTED_START,
  PROP_GRANTED_END,
  PROP_OBJECTION_ON,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_STATE_LABEL,
  PROP_KIND_LABEL,
  PROP_TITLE,
  N_PROPS
};

void _passend_tlv_request_notify (PassendTlvRequest *self,
                                  guint              prop_id);

G_END_DECLS
