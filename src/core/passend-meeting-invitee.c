/* passend-meeting-invitee.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-core-private.h"
#include "passend-meeting-item.h"

struct _PassendMeetingInvitee
{
  GObject parent_instance;

  gint64 id;
  gint64 item_id;
  PassendMeetingRole role;
  gint64 person_id;
  gint64 organisation_id;
  gint64 guardian_id;
  gboolean is_student;
  char *display_name;
  char *organisation_name;
  char *email;
  gboolean is_external;
};

G_DEFINE_FINAL_TYPE (PassendMeetingInvitee, passend_meeting_invitee, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ITEM_ID,
  PROP_ROLE,
  PROP_PERSON_ID,
  PROP_ORGANISATION_ID,
  PROP_GUARDIAN_ID,
  PROP_IS_STUDENT,
  PROP_DISPLAY_NAME,
  PROP_ORGANISATION_NAME,
  PROP_EMAIL,
  PROP_IS_EXTERNAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
passend_meeting_invitee_finalize (GObject *object)
{
  PassendMeetingInvitee *self = PASSEND_MEETING_INVITEE (object);

  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->organisation_name, g_free);
  g_clear_pointer (&self->email, g_free);

  G_OBJECT_CLASS (passend_meeting_invitee_parent_class)->finalize (object);
}

static void
passend_meeting_invitee_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  PassendMeetingInvitee *self = PASSEND_MEETING_INVITEE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_ITEM_ID:
      g_value_set_int64 (value, self->item_id);
      break;

    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;

    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;

    case PROP_ORGANISATION_ID:
      g_value_set_int64 (value, self->organisation_id);
      break;

    case PROP_GUARDIAN_ID:
      g_value_set_int64 (value, self->guardian_id);
      break;

    case PROP_IS_STUDENT:
      g_value_set_boolean (value, self->is_student);
      break;

    case PROP_DISPLAY_NAME:
      g_value_set_string (value, _passend_string_or_empty (self->display_name));
      break;

    case PROP_ORGANISATION_NAME:
      g_value_set_string (value, _passend_string_or_empty (self->organisation_name));
      break;

    case PROP_EMAIL:
      g_value_set_string (value, _passend_string_or_empty (self->email));
      break;

    case PROP_IS_EXTERNAL:
      g_value_set_boolean (value, self->is_external);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_meeting_invitee_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  PassendMeetingInvitee *self = PASSEND_MEETING_INVITEE (object);

  switch (prop_id)
    {
    case PROP_ID:
      passend_meeting_invitee_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_ITEM_ID:
      passend_meeting_invitee_set_item_id (self, g_value_get_int64 (value));
      break;

    case PROP_ROLE:
      passend_meeting_invitee_set_role (self, g_value_get_enum (value));
      break;

    case PROP_PERSON_ID:
      passend_meeting_invitee_set_person_id (self, g_value_get_int64 (value));
      break;

    case PROP_ORGANISATION_ID:
      passend_meeting_invitee_set_organisation_id (self, g_value_get_int64 (value));
      break;

    case PROP_GUARDIAN_ID:
      passend_meeting_invitee_set_guardian_id (self, g_value_get_int64 (value));
      break;

    case PROP_IS_STUDENT:
      passend_meeting_invitee_set_is_student (self, g_value_get_boolean (value));
      break;

    case PROP_DISPLAY_NAME:
      passend_meeting_invitee_set_display_name (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_NAME:
      passend_meeting_invitee_set_organisation_name (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      passend_meeting_invitee_set_email (self, g_value_get_string (value));
      break;

    case PROP_IS_EXTERNAL:
      passend_meeting_invitee_set_is_external (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_meeting_invitee_class_init (PassendMeetingInviteeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = passend_meeting_invitee_finalize;
  object_class->get_property = passend_meeting_invitee_get_property;
  object_class->set_property = passend_meeting_invitee_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ITEM_ID] = g_param_spec_int64 ("item-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL, PASSEND_TYPE_MEETING_ROLE, PASSEND_MEETING_ROLE_MENTOR, flags);
  properties[PROP_PERSON_ID] = g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ORGANISATION_ID] =
    g_param_spec_int64 ("organisation-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_GUARDIAN_ID] = g_param_spec_int64 ("guardian-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_IS_STUDENT] = g_param_spec_boolean ("is-student", NULL, NULL, FALSE, flags);
  properties[PROP_DISPLAY_NAME] = g_param_spec_string ("display-name", NULL, NULL, "", flags);
  properties[PROP_ORGANISATION_NAME] = g_param_spec_string ("organisation-name", NULL, NULL, "", flags);
  properties[PROP_EMAIL] = g_param_spec_string ("email", NULL, NULL, "", flags);
  properties[PROP_IS_EXTERNAL] = g_param_spec_boolean ("is-external", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_meeting_invitee_init (PassendMeetingInvitee *self)
{
  self->role = PASSEND_MEETING_ROLE_MENTOR;
}

PassendMeetingInvitee *
passend_meeting_invitee_new (gint64             item_id,
                             PassendMeetingRole role)
{
  return g_object_new (PASSEND_TYPE_MEETING_INVITEE,
                       "item-id", item_id,
                       "role", role,
                       NULL);
}

gint64
passend_meeting_invitee_get_id (PassendMeetingInvitee *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_INVITEE (self), 0);

  return self->id;
}

void
passend_meeting_invitee_set_id (PassendMeetingInvitee *self,
                                gint64                 id)
{
  g_return_if_fail (PASSEND_IS_MEETING_INVITEE (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
passend_meeting_invitee_get_item_id (PassendMeetingInvitee *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_INVITEE (self), 0);

  return self->item_id;
}

void
passend_meeting_invitee_set_item_id (PassendMeetingInvitee *self,
                                     gint64                 item_id)
{
  g_return_if_fail (PASSEND_IS_MEETING_INVITEE (self));

  if (self->item_id == item_id)
    return;

  self->item_id = item_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM_ID]);
}

PassendMeetingRole
passend_meeting_invitee_get_role (PassendMeetingInvitee *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_INVITEE (self), PASSEND_MEETING_ROLE_MENTOR);

  return self->role;
}

void
passend_meeting_invitee_set_role (PassendMeetingInvitee *self,
                                  PassendMeetingRole     role)
{
  g_return_if_fail (PASSEND_IS_MEETING_INVITEE (self));

  if (self->role == role)
    return;

  self->role = role;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

gint64
passend_meeting_invitee_get_person_id (PassendMeetingInvitee *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_INVITEE (self), 0);

  return self->person_id;
}

gint64
passend_meeting_invitee_get_organisation_id (PassendMeetingInvitee *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_INVITEE (self), 0);

  return self->organisation_id;
}

gint64
passend_meeting_invitee_get_guardian_id (PassendMeetingInvitee *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_INVITEE (self), 0);

  return self->guardian_id;
}

gboolean
passend_meeting_invitee_get_is_student (PassendMeetingInvitee *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_INVITEE (self), FALSE);

  return self->is_student;
}

const char *
passend_meeting_invitee_get_display_name (PassendMeetingInvitee *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_INVITEE (self), NULL);

  return _passend_string_or_empty (self->display_name);
}

void
passend_meeting_invitee_set_display_name (PassendMeetingInvitee *self,
                                          const char *          display_name)
{
  g_return_if_fail (PASSEND_IS_MEETING_INVITEE (self));

  if (_passend_set_string (&self->display_name, display_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_NAME]);
}

const char *
passend_meeting_invitee_get_organisation_name (PassendMeetingInvitee *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_INVITEE (self), NULL);

  return _passend_string_or_empty (self->organisation_name);
}

void
passend_meeting_invitee_set_organisation_name (PassendMeetingInvitee *self,
                                               const char *          organisation_name)
{
  g_return_if_fail (PASSEND_IS_MEETING_INVITEE (self));

  if (_passend_set_string (&self->organisation_name, organisation_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_NAME]);
}

const char *
passend_meeting_invitee_get_email (PassendMeetingInvitee *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_INVITEE (self), NULL);

  return _passend_string_or_empty (self->email);
}

void
passend_meeting_invitee_set_email (PassendMeetingInvitee *self,
                                   const char *          email)
{
  g_return_if_fail (PASSEND_IS_MEETING_INVITEE (self));

  if (_passend_set_string (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

gboolean
passend_meeting_invitee_get_is_external (PassendMeetingInvitee *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_INVITEE (self), FALSE);

  return self->is_external;
}

void
passend_meeting_invitee_set_is_external (PassendMeetingInvitee *self,
                                         gboolean               is_external)
{
  g_return_if_fail (PASSEND_IS_MEETING_INVITEE (self));

  is_external = is_external != FALSE;
  if (self->is_external == is_external)
    return;

  self->is_external = is_external;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_EXTERNAL]);
}

/* Exactly one of person, organisation, guardian and student, as the
 * schema's CHECK demands: setting one clears the others. */
static void
set_attendee (PassendMeetingInvitee *self,
              gint64                 person_id,
              gint64                 organisation_id,
              gint64                 guardian_id,
              gboolean               is_student)
{
  g_object_freeze_notify (G_OBJECT (self));

  if (self->person_id != person_id)
    {
      self->person_id = person_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
    }
  if (self->organisation_id != organisation_id)
    {
      self->organisation_id = organisation_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_ID]);
    }
  if (self->guardian_id != guardian_id)
    {
      self->guardian_id = guardian_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GUARDIAN_ID]);
    }
  if (self->is_student != is_student)
    {
      self->is_student = is_student;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_STUDENT]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

void
passend_meeting_invitee_set_person_id (PassendMeetingInvitee *self,
                                       gint64                 person_id)
{
  g_return_if_fail (PASSEND_IS_MEETING_INVITEE (self));

  if (person_id != 0)
    set_attendee (self, person_id, 0, 0, FALSE);
  else
    set_attendee (self, 0, self->organisation_id, self->guardian_id, self->is_student);
}

void
passend_meeting_invitee_set_organisation_id (PassendMeetingInvitee *self,
                                             gint64                 organisation_id)
{
  g_return_if_fail (PASSEND_IS_MEETING_INVITEE (self));

  if (organisation_id != 0)
    set_attendee (self, 0, organisation_id, 0, FALSE);
  else
    set_attendee (self, self->person_id, 0, self->guardian_id, self->is_student);
}

void
passend_meeting_invitee_set_guardian_id (PassendMeetingInvitee *self,
                                         gint64                 guardian_id)
{
  g_return_if_fail (PASSEND_IS_MEETING_INVITEE (self));

  if (guardian_id != 0)
    set_attendee (self, 0, 0, guardian_id, FALSE);
  else
    set_attendee (self, self->person_id, self->organisation_id, 0, self->is_student);
}

void
passend_meeting_invitee_set_is_student (PassendMeetingInvitee *self,
                                        gboolean               is_student)
{
  g_return_if_fail (PASSEND_IS_MEETING_INVITEE (self));

  if (is_student)
    set_attendee (self, 0, 0, 0, TRUE);
  else
    set_attendee (self, self->person_id, self->organisation_id, self->guardian_id, FALSE);
}

gboolean
passend_meeting_invitee_same_attendee (PassendMeetingInvitee *a,
                                       PassendMeetingInvitee *b)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_INVITEE (a), FALSE);
  g_return_val_if_fail (PASSEND_IS_MEETING_INVITEE (b), FALSE);

  if (a->person_id != 0)
    return a->person_id == b->person_id;
  if (a->organisation_id != 0)
    return a->organisation_id == b->organisation_id;
  if (a->guardian_id != 0)
    return a->guardian_id == b->guardian_id;
  return a->is_student && b->is_student && a->item_id == b->item_id;
}
