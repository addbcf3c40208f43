/* passend-organisation.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-core-private.h"
#include "passend-enums.h"
#include "passend-organisation.h"

struct _PassendOrganisation
{
  GObject parent_instance;

  gint64 id;
  char *name;
  PassendOrganisationKind kind;
  char *email;
  char *phone;
  char *address;
};

G_DEFINE_FINAL_TYPE (PassendOrganisation, passend_organisation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_ADDRESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
passend_organisation_finalize (GObject *object)
{
  PassendOrganisation *self = PASSEND_ORGANISATION (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->address, g_free);

  G_OBJECT_CLASS (passend_organisation_parent_class)->finalize (object);
}

static void
passend_organisation_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PassendOrganisation *self = PASSEND_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, passend_organisation_get_id (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, passend_organisation_get_name (self));
      break;

    case PROP_KIND:
      g_value_set_enum (value, passend_organisation_get_kind (self));
      break;

    case PROP_EMAIL:
      g_value_set_string (value, passend_organisation_get_email (self));
      break;

    case PROP_PHONE:
      g_value_set_string (value, passend_organisation_get_phone (self));
      break;

    case PROP_ADDRESS:
      g_value_set_string (value, passend_organisation_get_address (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_organisation_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PassendOrganisation *self = PASSEND_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      passend_organisation_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      passend_organisation_set_name (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      passend_organisation_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_EMAIL:
      passend_organisation_set_email (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      passend_organisation_set_phone (self, g_value_get_string (value));
      break;

    case PROP_ADDRESS:
      passend_organisation_set_address (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_organisation_class_init (PassendOrganisationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = passend_organisation_finalize;
  object_class->get_property = passend_organisation_get_property;
  object_class->set_property = passend_organisation_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       PASSEND_TYPE_ORGANISATION_KIND,
                       PASSEND_ORGANISATION_KIND_OTHER,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_organisation_init (PassendOrganisation *self)
{
  self->kind = PASSEND_ORGANISATION_KIND_OTHER;
}

PassendOrganisation *
passend_organisation_new (void)
{
  return g_object_new (PASSEND_TYPE_ORGANISATION, NULL);
}

gint64
passend_organisation_get_id (PassendOrganisation *self)
{
  g_return_val_if_fail (PASSEND_IS_ORGANISATION (self), 0);

  return self->id;
}

void
passend_organisation_set_id (PassendOrganisation *self,
                             gint64               id)
{
  g_return_if_fail (PASSEND_IS_ORGANISATION (self));

  if (self->id == id)
    return;

  self->id = id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
passend_organisation_get_name (PassendOrganisation *self)
{
  g_return_val_if_fail (PASSEND_IS_ORGANISATION (self), NULL);

  return _passend_string_or_empty (self->name);
}

void
passend_organisation_set_name (PassendOrganisation *self,
                               const char          *name)
{
  g_return_if_fail (PASSEND_IS_ORGANISATION (self));

  if (!_passend_set_string (&self->name, name))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

PassendOrganisationKind
passend_organisation_get_kind (PassendOrganisation *self)
{
  g_return_val_if_fail (PASSEND_IS_ORGANISATION (self), 0);

  return self->kind;
}

void
passend_organisation_set_kind (PassendOrganisation     *self,
                               PassendOrganisationKind  kind)
{
  g_return_if_fail (PASSEND_IS_ORGANISATION (self));
  g_return_if_fail ((guint) kind <= PASSEND_ORGANISATION_KIND_OTHER);

  if (self->kind == kind)
    return;

  self->kind = kind;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
passend_organisation_get_email (PassendOrganisation *self)
{
  g_return_val_if_fail (PASSEND_IS_ORGANISATION (self), NULL);

  return _passend_string_or_empty (self->email);
}

void
passend_organisation_set_email (PassendOrganisation *self,
                                const char          *email)
{
  g_return_if_fail (PASSEND_IS_ORGANISATION (self));

  if (!_passend_set_string (&self->email, email))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
passend_organisation_get_phone (PassendOrganisation *self)
{
  g_return_val_if_fail (PASSEND_IS_ORGANISATION (self), NULL);

  return _passend_string_or_empty (self->phone);
}

void
passend_organisation_set_phone (PassendOrganisation *self,
                                const char          *phone)
{
  g_return_if_fail (PASSEND_IS_ORGANISATION (self));

  if (!_passend_set_string (&self->phone, phone))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char *
passend_organisation_get_address (PassendOrganisation *self)
{
  g_return_val_if_fail (PASSEND_IS_ORGANISATION (self), NULL);

  return _passend_string_or_empty (self->address);
}

void
passend_organisation_set_address (PassendOrganisation *self,
                                  const char          *address)
{
  g_return_if_fail (PASSEND_IS_ORGANISATION (self));

  if (!_passend_set_string (&self->address, address))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}
