/* passend-person.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-core-private.h"
#include "passend-person.h"
#include "passend-text.h"

struct _PassendPerson
{
  GObject parent_instance;

  gint64 id;
  char *given_name;
  char *tussenvoegsel;
  char *family_name;
  char *role;
  gboolean internal;
  char *code;
  gint64 organisation_id;
  char *email;
  char *phone;
};

G_DEFINE_FINAL_TYPE (PassendPerson, passend_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_GIVEN_NAME,
  PROP_TUSSENVOEGSEL,
  PROP_FAMILY_NAME,
  PROP_ROLE,
  PROP_INTERNAL,
  PROP_CODE,
  PROP_ORGANISATION_ID,
  PROP_EMAIL,
  PROP_PHONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
passend_person_finalize (GObject *object)
{
  PassendPerson *self = PASSEND_PERSON (object);

  g_clear_pointer (&self->given_name, g_free);
  g_clear_pointer (&self->tussenvoegsel, g_free);
  g_clear_pointer (&self->family_name, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->phone, g_free);

  G_OBJECT_CLASS (passend_person_parent_class)->finalize (object);
}

static void
passend_person_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PassendPerson *self = PASSEND_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, passend_person_get_id (self));
      break;

    case PROP_GIVEN_NAME:
      g_value_set_string (value, passend_person_get_given_name (self));
      break;

    case PROP_TUSSENVOEGSEL:
      g_value_set_string (value, passend_person_get_tussenvoegsel (self));
      break;

    case PROP_FAMILY_NAME:
      g_value_set_string (value, passend_person_get_family_name (self));
      break;

    case PROP_ROLE:
      g_value_set_string (value, passend_person_get_role (self));
      break;

    case PROP_INTERNAL:
      g_value_set_boolean (value, passend_person_get_internal (self));
      break;

    case PROP_CODE:
      g_value_set_string (value, passend_person_get_code (self));
      break;

    case PROP_ORGANISATION_ID:
      g_value_set_int64 (value, passend_person_get_organisation_id (self));
      break;

    case PROP_EMAIL:
      g_value_set_string (value, passend_person_get_email (self));
      break;

    case PROP_PHONE:
      g_value_set_string (value, passend_person_get_phone (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_person_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PassendPerson *self = PASSEND_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      passend_person_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_GIVEN_NAME:
      passend_person_set_given_name (self, g_value_get_string (value));
      break;

    case PROP_TUSSENVOEGSEL:
      passend_person_set_tussenvoegsel (self, g_value_get_string (value));
      break;

    case PROP_FAMILY_NAME:
      passend_person_set_family_name (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      passend_person_set_role (self, g_value_get_string (value));
      break;

    case PROP_INTERNAL:
      passend_person_set_internal (self, g_value_get_boolean (value));
      break;

    case PROP_CODE:
      passend_person_set_code (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_ID:
      passend_person_set_organisation_id (self, g_value_get_int64 (value));
      break;

    case PROP_EMAIL:
      passend_person_set_email (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      passend_person_set_phone (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_person_class_init (PassendPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = passend_person_finalize;
  object_class->get_property = passend_person_get_property;
  object_class->set_property = passend_person_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_GIVEN_NAME] =
    g_param_spec_string ("given-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_TUSSENVOEGSEL] =
    g_param_spec_string ("tussenvoegsel", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_FAMILY_NAME] =
    g_param_spec_string ("family-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_INTERNAL] =
    g_param_spec_boolean ("internal", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_ORGANISATION_ID] =
    g_param_spec_int64 ("organisation-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_person_init (PassendPerson *self)
{
  self->internal = TRUE;
}

PassendPerson *
passend_person_new (void)
{
  return g_object_new (PASSEND_TYPE_PERSON, NULL);
}

gint64
passend_person_get_id (PassendPerson *self)
{
  g_return_val_if_fail (PASSEND_IS_PERSON (self), 0);

  return self->id;
}

void
passend_person_set_id (PassendPerson *self,
                       gint64         id)
{
  g_return_if_fail (PASSEND_IS_PERSON (self));

  if (self->id == id)
    return;

  self->id = id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
passend_person_get_given_name (PassendPerson *self)
{
  g_return_val_if_fail (PASSEND_IS_PERSON (self), NULL);

  return _passend_string_or_empty (self->given_name);
}

void
passend_person_set_given_name (PassendPerson *self,
                               const char    *given_name)
{
  g_return_if_fail (PASSEND_IS_PERSON (self));

  if (!_passend_set_string (&self->given_name, given_name))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GIVEN_NAME]);
}

const char *
passend_person_get_tussenvoegsel (PassendPerson *self)
{
  g_return_val_if_fail (PASSEND_IS_PERSON (self), NULL);

  return _passend_string_or_empty (self->tussenvoegsel);
}

void
passend_person_set_tussenvoegsel (PassendPerson *self,
                                  const char    *tussenvoegsel)
{
  g_return_if_fail (PASSEND_IS_PERSON (self));

  if (!_passend_set_string (&self->tussenvoegsel, tussenvoegsel))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TUSSENVOEGSEL]);
}

const char *
passend_person_get_family_name (PassendPerson *self)
{
  g_return_val_if_fail (PASSEND_IS_PERSON (self), NULL);

  return _passend_string_or_empty (self->family_name);
}

void
passend_person_set_family_name (PassendPerson *self,
                                const char    *family_name)
{
  g_return_if_fail (PASSEND_IS_PERSON (self));

  if (!_passend_set_string (&self->family_name, family_name))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY_NAME]);
}

const char *
passend_person_get_role (PassendPerson *self)
{
  g_return_val_if_fail (PASSEND_IS_PERSON (self), NULL);

  return _passend_string_or_empty (self->role);
}

void
passend_person_set_role (PassendPerson *self,
                         const char    *role)
{
  g_return_if_fail (PASSEND_IS_PERSON (self));

  if (!_passend_set_string (&self->role, role))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

gboolean
passend_person_get_internal (PassendPerson *self)
{
  g_return_val_if_fail (PASSEND_IS_PERSON (self), FALSE);

  return self->internal;
}

void
passend_person_set_internal (PassendPerson *self,
                             gboolean       internal)
{
  g_return_if_fail (PASSEND_IS_PERSON (self));

  internal = !!internal;

  if (self->internal == internal)
    return;

  self->internal = internal;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERNAL]);
}

const char *
passend_person_get_code (PassendPerson *self)
{
  g_return_val_if_fail (PASSEND_IS_PERSON (self), NULL);

  return _passend_string_or_empty (self->code);
}

void
passend_person_set_code (PassendPerson *self,
                         const char    *code)
{
  g_return_if_fail (PASSEND_IS_PERSON (self));

  if (!_passend_set_string (&self->code, code))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
}

gint64
passend_person_get_organisation_id (PassendPerson *self)
{
  g_return_val_if_fail (PASSEND_IS_PERSON (self), 0);

  return self->organisation_id;
}

void
passend_person_set_organisation_id (PassendPerson *self,
                                    gint64         organisation_id)
{
  g_return_if_fail (PASSEND_IS_PERSON (self));

  if (self->organisation_id == organisation_id)
    return;

  self->organisation_id = organisation_id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_ID]);
}

const char *
passend_person_get_email (PassendPerson *self)
{
  g_return_val_if_fail (PASSEND_IS_PERSON (self), NULL);

  return _passend_string_or_empty (self->email);
}

void
passend_person_set_email (PassendPerson *self,
                          const char    *email)
{
  g_return_if_fail (PASSEND_IS_PERSON (self));

  if (!_passend_set_string (&self->email, email))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
passend_person_get_phone (PassendPerson *self)
{
  g_return_val_if_fail (PASSEND_IS_PERSON (self), NULL);

  return _passend_string_or_empty (self->phone);
}

void
passend_person_set_phone (PassendPerson *self,
                          const char    *phone)
{
  g_return_if_fail (PASSEND_IS_PERSON (self));

  if (!_passend_set_string (&self->phone, phone))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

char *
passend_person_dup_display_name (PassendPerson *self)
{
  g_return_val_if_fail (PASSEND_IS_PERSON (self), NULL);

  return passend_text_join_name (self->given_name, self->tussenvoegsel, self->family_name);
}
