/* passend-tlv-request.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-tlv-request-private.h"

static GParamSpec *properties [N_PROPS];

static void
get_state_label (PassendTlvRequest *self,
                 GValue            *value)
{
  g_value_set_string (value, passend_tlv_state_get_label (self->state));
}

static void
get_kind_label (PassendTlvRequest *self,
                GValue            *value)
{
  g_value_set_string (value, passend_tlv_kind_get_label (self->kind));
}

static void
get_title (PassendTlvRequest *self,
           GValue            *value)
{
  g_value_take_string (value, passend_tlv_request_dup_title (self));
}

void
_passend_tlv_request_notify (PassendTlvRequest *self,
                             guint              prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);

  /* The derived properties follow the fields they show. */
  if (prop_id == PROP_STATE)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE_LABEL]);
  if (prop_id == PROP_KIND)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND_LABEL]);
  if (prop_id == PROP_KIND || prop_id == PROP_IS_EXTENSION)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

G_DEFINE_FINAL_TYPE (PassendTlvRequest, passend_tlv_request, G_TYPE_OBJECT)


static void
passend_tlv_request_finalize (GObject *object)
{
  PassendTlvRequest *self = (PassendTlvRequest *) object;

  g_free (self->student_name);
  g_free (self->swv_name);
  g_free (self->target_school_name);
  g_free (self->parents_view);
  g_free (self->student_view);

  G_OBJECT_CLASS (passend_tlv_request_parent_class)->finalize (object);
}

static void
passend_tlv_request_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PassendTlvRequest *self = PASSEND_TLV_REQUEST (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_STUDENT_ID:
      g_value_set_int64 (value, self->student_id);
      break;

    case PROP_STUDENT_NAME:
      g_value_set_string (value, self->student_name);
      break;

    case PROP_STUDENT_BIRTH_DATE:
      g_value_set_uint (value, self->student_birth_date);
      break;

    case PROP_SWV_ID:
      g_value_set_int64 (value, self->swv_id);
      break;

    case PROP_SWV_NAME:
      g_value_set_string (value, self->swv_name);
      break;

    case PROP_KIND:
      g_value_set_int (value, (int) self->kind);
      break;

    case PROP_CATEGORY:
      g_value_set_int (value, (int) self->category);
      break;

    case PROP_REQUESTED_START:
      g_value_set_uint (value, self->requested_start);
      break;

    case PROP_REQUESTED_END:
      g_value_set_uint (value, self->requested_end);
      break;

    case PROP_IS_EXTENSION:
      g_value_set_boolean (value, self->is_extension);
      break;

    case PROP_TARGET_SCHOOL_ID:
      g_value_set_int64 (value, self->target_school_id);
      break;

    case PROP_TARGET_SCHOOL_NAME:
      g_value_set_string (value, self->target_school_name);
      break;

    case PROP_REGISTERED_AT_TARGET:
      g_value_set_boolean (value, self->registered_at_target);
      break;

    case PROP_PRECEDING_MEETING_ID:
      g_value_set_int64 (value, self->preceding_meeting_id);
      break;

    case PROP_PRECEDING_MEETING_ON:
      g_value_set_uint (value, self->preceding_meeting_on);
      break;

    case PROP_PARENTS_VIEW:
      g_value_set_string (value, self->parents_view);
      break;

    case PROP_STUDENT_VIEW:
      g_value_set_string (value, self->student_view);
      break;

    case PROP_STATE:
      g_value_set_int (value, (int) self->state);
      break;

    case PROP_SUBMITTED_ON:
      g_value_set_uint (value, self->submitted_on);
      break;

    case PROP_DECIDED_ON:
      g_value_set_uint (value, self->decided_on);
      break;

    case PROP_GRANTED_CATEGORY:
      g_value_set_int (value, (int) self->granted_category);
      break;

    case PROP_GRANTED_START:
      g_value_set_uint (value, self->granted_start);
      break;

    case PROP_GRANTED_END:
      g_value_set_uint (value, self->granted_end);
      break;

    case PROP_OBJECTION_ON:
      g_value_set_uint (value, self->objection_on);
      break;

    case PROP_CREATED_AT:
      g_value_set_int64 (value, self->created_at);
      break;

    case PROP_UPDATED_AT:
      g_value_set_int64 (value, self->updated_at);
      break;

    case PROP_STATE_LABEL:
      get_state_label (self, value);
      break;

    case PROP_KIND_LABEL:
      get_kind_label (self, value);
      break;

    case PROP_TITLE:
      get_title (self, value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_tlv_request_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PassendTlvRequest *self = PASSEND_TLV_REQUEST (object);

  switch (prop_id)
    {
    case PROP_ID:
      passend_tlv_request_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_STUDENT_ID:
      passend_tlv_request_set_student_id (self, g_value_get_int64 (value));
      break;

    case PROP_STUDENT_NAME:
      passend_tlv_request_set_student_name (self, g_value_get_string (value));
      break;

    case PROP_STUDENT_BIRTH_DATE:
      passend_tlv_request_set_student_birth_date (self, g_value_get_uint (value));
      break;

    case PROP_SWV_ID:
      passend_tlv_request_set_swv_id (self, g_value_get_int64 (value));
      break;

    case PROP_SWV_NAME:
      passend_tlv_request_set_swv_name (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      passend_tlv_request_set_kind (self, (PassendTlvKind) g_value_get_int (value));
      break;

    case PROP_CATEGORY:
      passend_tlv_request_set_category (self, (PassendTlvCategory) g_value_get_int (value));
      break;

    case PROP_REQUESTED_START:
      passend_tlv_request_set_requested_start (self, g_value_get_uint (value));
      break;

    case PROP_REQUESTED_END:
      passend_tlv_request_set_requested_end (self, g_value_get_uint (value));
      break;

    case PROP_IS_EXTENSION:
      passend_tlv_request_set_is_extension (self, g_value_get_boolean (value));
      break;

    case PROP_TARGET_SCHOOL_ID:
      passend_tlv_request_set_target_school_id (self, g_value_get_int64 (value));
      break;

    case PROP_TARGET_SCHOOL_NAME:
      passend_tlv_request_set_target_school_name (self, g_value_get_string (value));
      break;

    case PROP_REGISTERED_AT_TARGET:
      passend_tlv_request_set_registered_at_target (self, g_value_get_boolean (value));
      break;

    case PROP_PRECEDING_MEETING_ID:
      passend_tlv_request_set_preceding_meeting_id (self, g_value_get_int64 (value));
      break;

    case PROP_PRECEDING_MEETING_ON:
      passend_tlv_request_set_preceding_meeting_on (self, g_value_get_uint (value));
      break;

    case PROP_PARENTS_VIEW:
      passend_tlv_request_set_parents_view (self, g_value_get_string (value));
      break;

    case PROP_STUDENT_VIEW:
      passend_tlv_request_set_student_view (self, g_value_get_string (value));
      break;

    case PROP_STATE:
      passend_tlv_request_set_state (self, (PassendTlvState) g_value_get_int (value));
      break;

    case PROP_SUBMITTED_ON:
      passend_tlv_request_set_submitted_on (self, g_value_get_uint (value));
      break;

    case PROP_DECIDED_ON:
      passend_tlv_request_set_decided_on (self, g_value_get_uint (value));
      break;

    case PROP_GRANTED_CATEGORY:
      passend_tlv_request_set_granted_category (self, (PassendTlvCategory) g_value_get_int (value));
      break;

    case PROP_GRANTED_START:
      passend_tlv_request_set_granted_start (self, g_value_get_uint (value));
      break;

    case PROP_GRANTED_END:
      passend_tlv_request_set_granted_end (self, g_value_get_uint (value));
      break;

    case PROP_OBJECTION_ON:
      passend_tlv_request_set_objection_on (self, g_value_get_uint (value));
      break;

    case PROP_CREATED_AT:
      passend_tlv_request_set_created_at (self, g_value_get_int64 (value));
      break;

    case PROP_UPDATED_AT:
      passend_tlv_request_set_updated_at (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_tlv_request_class_init (PassendTlvRequestClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = passend_tlv_request_finalize;
  object_class->get_property = passend_tlv_request_get_property;
  object_class->set_property = passend_tlv_request_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_STUDENT_ID] =
    g_param_spec_int64 ("student-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_STUDENT_NAME] =
    g_param_spec_string ("student-name", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_STUDENT_BIRTH_DATE] =
    g_param_spec_uint ("student-birth-date", NULL, NULL, 0, G_MAXUINT32, PASSEND_DAY_NONE,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_SWV_ID] =
    g_param_spec_int64 ("swv-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_SWV_NAME] =
    g_param_spec_string ("swv-name", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, 0, PASSEND_TLV_KIND_PRO, 0,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_CATEGORY] =
    g_param_spec_int ("category", NULL, NULL, 0, PASSEND_TLV_CATEGORY_HOOG, 0,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_REQUESTED_START] =
    g_param_spec_uint ("requested-start", NULL, NULL, 0, G_MAXUINT32, PASSEND_DAY_NONE,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_REQUESTED_END] =
    g_param_spec_uint ("requested-end", NULL, NULL, 0, G_MAXUINT32, PASSEND_DAY_NONE,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_IS_EXTENSION] =
    g_param_spec_boolean ("is-extension", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_TARGET_SCHOOL_ID] =
    g_param_spec_int64 ("target-school-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_TARGET_SCHOOL_NAME] =
    g_param_spec_string ("target-school-name", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_REGISTERED_AT_TARGET] =
    g_param_spec_boolean ("registered-at-target", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_PRECEDING_MEETING_ID] =
    g_param_spec_int64 ("preceding-meeting-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_PRECEDING_MEETING_ON] =
    g_param_spec_uint ("preceding-meeting-on", NULL, NULL, 0, G_MAXUINT32, PASSEND_DAY_NONE,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_PARENTS_VIEW] =
    g_param_spec_string ("parents-view", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_STUDENT_VIEW] =
    g_param_spec_string ("student-view", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL, 0, PASSEND_TLV_STATE_BEZWAAR, 0,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_SUBMITTED_ON] =
    g_param_spec_uint ("submitted-on", NULL, NULL, 0, G_MAXUINT32, PASSEND_DAY_NONE,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_DECIDED_ON] =
    g_param_spec_uint ("decided-on", NULL, NULL, 0, G_MAXUINT32, PASSEND_DAY_NONE,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_GRANTED_CATEGORY] =
    g_param_spec_int ("granted-category", NULL, NULL, 0, PASSEND_TLV_CATEGORY_HOOG, 0,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_GRANTED_START] =
    g_param_spec_uint ("granted-start", NULL, NULL, 0, G_MAXUINT32, PASSEND_DAY_NONE,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_GRANTED_END] =
    g_param_spec_uint ("granted-end", NULL, NULL, 0, G_MAXUINT32, PASSEND_DAY_NONE,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_OBJECTION_ON] =
    g_param_spec_uint ("objection-on", NULL, NULL, 0, G_MAXUINT32, PASSEND_DAY_NONE,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_UPDATED_AT] =
    g_param_spec_int64 ("updated-at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_STATE_LABEL] =
    g_param_spec_string ("state-label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_KIND_LABEL] =
    g_param_spec_string ("kind-label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_tlv_request_init (PassendTlvRequest *self)
{
}


PassendTlvRequest *
passend_tlv_request_new (gint64         student_id,
                         PassendTlvKind kind)
{
  g_return_val_if_fail ((guint) kind < PASSEND_TLV_N_KINDS, NULL);

  return g_object_new (PASSEND_TYPE_TLV_REQUEST,
                       "student-id", student_id,
                       "kind", (int) kind,
                       NULL);
}

char *
passend_tlv_request_dup_title (PassendTlvRequest *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), NULL);

  if (self->is_extension)
    /* Translators: a TLV request for a longer stay: "VSO Cluster 4 (Extension)" */
    return g_strdup_printf (_("%s (Extension)"), passend_tlv_kind_get_label (self->kind));

  return g_strdup (passend_tlv_kind_get_label (self->kind));
}

PassendTlvRequest *
passend_tlv_request_copy (PassendTlvRequest *self)
{
  PassendTlvRequest *copy;

  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (self), NULL);

  copy = g_object_new (PASSEND_TYPE_TLV_REQUEST, NULL);
  copy->id = self->id;
  copy->student_id = self->student_id;
  copy->student_name = g_strdup (self->student_name);
  copy->student_birth_date = self->student_birth_date;
  copy->swv_id = self->swv_id;
  copy->swv_name = g_strdup (self->swv_name);
  copy->kind = self->kind;
  copy->category = self->category;
  copy->requested_start = self->requested_start;
  copy->requested_end = self->requested_end;
  copy->is_extension = self->is_extension;
  copy->target_school_id = self->target_school_id;
  copy->target_school_name = g_strdup (self->target_school_name);
  copy->registered_at_target = self->registered_at_target;
  copy->preceding_meeting_id = self->preceding_meeting_id;
  copy->preceding_meeting_on = self->preceding_meeting_on;
  copy->parents_view = g_strdup (self->parents_view);
  copy->student_view = g_strdup (self->student_view);
  copy->state = self->state;
  copy->submitted_on = self->submitted_on;
  copy->decided_on = self->decided_on;
  copy->granted_category = self->granted_category;
  copy->granted_start = self->granted_start;
  copy->granted_end = self->granted_end;
  copy->objection_on = self->objection_on;
  copy->created_at = self->created_at;
  copy->updated_at = self->updated_at;

  return copy;
}

void
passend_tlv_state_change_free (PassendTlvStateChange *change)
{
  if (change == NULL)
    return;

  g_free (change->note);
  g_free (change->actor);
  g_free (change);
}
