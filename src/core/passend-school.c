/* passend-school.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-core-private.h"
#include "passend-school.h"

struct _PassendSchool
{
  GObject parent_instance;

  char *name;
  char *brin;
  char *city;
  char *swv_name;
  char *coordinator_name;
};

G_DEFINE_FINAL_TYPE (PassendSchool, passend_school, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_BRIN,
  PROP_CITY,
  PROP_SWV_NAME,
  PROP_COORDINATOR_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
passend_school_finalize (GObject *object)
{
  PassendSchool *self = PASSEND_SCHOOL (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->brin, g_free);
  g_clear_pointer (&self->city, g_free);
  g_clear_pointer (&self->swv_name, g_free);
  g_clear_pointer (&self->coordinator_name, g_free);

  G_OBJECT_CLASS (passend_school_parent_class)->finalize (object);
}

static void
passend_school_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PassendSchool *self = PASSEND_SCHOOL (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, passend_school_get_name (self));
      break;

    case PROP_BRIN:
      g_value_set_string (value, passend_school_get_brin (self));
      break;

    case PROP_CITY:
      g_value_set_string (value, passend_school_get_city (self));
      break;

    case PROP_SWV_NAME:
      g_value_set_string (value, passend_school_get_swv_name (self));
      break;

    case PROP_COORDINATOR_NAME:
      g_value_set_string (value, passend_school_get_coordinator_name (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_school_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PassendSchool *self = PASSEND_SCHOOL (object);

  switch (prop_id)
    {
    case PROP_NAME:
      passend_school_set_name (self, g_value_get_string (value));
      break;

    case PROP_BRIN:
      passend_school_set_brin (self, g_value_get_string (value));
      break;

    case PROP_CITY:
      passend_school_set_city (self, g_value_get_string (value));
      break;

    case PROP_SWV_NAME:
      passend_school_set_swv_name (self, g_value_get_string (value));
      break;

    case PROP_COORDINATOR_NAME:
      passend_school_set_coordinator_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_school_class_init (PassendSchoolClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = passend_school_finalize;
  object_class->get_property = passend_school_get_property;
  object_class->set_property = passend_school_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_BRIN] =
    g_param_spec_string ("brin", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_CITY] =
    g_param_spec_string ("city", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_SWV_NAME] =
    g_param_spec_string ("swv-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_COORDINATOR_NAME] =
    g_param_spec_string ("coordinator-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_school_init (PassendSchool *self)
{
}

PassendSchool *
passend_school_new (void)
{
  return g_object_new (PASSEND_TYPE_SCHOOL, NULL);
}

const char *
passend_school_get_name (PassendSchool *self)
{
  g_return_val_if_fail (PASSEND_IS_SCHOOL (self), NULL);

  return _passend_string_or_empty (self->name);
}

void
passend_school_set_name (PassendSchool *self,
                         const char    *name)
{
  g_return_if_fail (PASSEND_IS_SCHOOL (self));

  if (!_passend_set_string (&self->name, name))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
passend_school_get_brin (PassendSchool *self)
{
  g_return_val_if_fail (PASSEND_IS_SCHOOL (self), NULL);

  return _passend_string_or_empty (self->brin);
}

void
passend_school_set_brin (PassendSchool *self,
                         const char    *brin)
{
  g_return_if_fail (PASSEND_IS_SCHOOL (self));

  if (!_passend_set_string (&self->brin, brin))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BRIN]);
}

const char *
passend_school_get_city (PassendSchool *self)
{
  g_return_val_if_fail (PASSEND_IS_SCHOOL (self), NULL);

  return _passend_string_or_empty (self->city);
}

void
passend_school_set_city (PassendSchool *self,
                         const char    *city)
{
  g_return_if_fail (PASSEND_IS_SCHOOL (self));

  if (!_passend_set_string (&self->city, city))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CITY]);
}

const char *
passend_school_get_swv_name (PassendSchool *self)
{
  g_return_val_if_fail (PASSEND_IS_SCHOOL (self), NULL);

  return _passend_string_or_empty (self->swv_name);
}

void
passend_school_set_swv_name (PassendSchool *self,
                             const char    *swv_name)
{
  g_return_if_fail (PASSEND_IS_SCHOOL (self));

  if (!_passend_set_string (&self->swv_name, swv_name))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SWV_NAME]);
}

const char *
passend_school_get_coordinator_name (PassendSchool *self)
{
  g_return_val_if_fail (PASSEND_IS_SCHOOL (self), NULL);

  return _passend_string_or_empty (self->coordinator_name);
}

void
passend_school_set_coordinator_name (PassendSchool *self,
                                     const char    *coordinator_name)
{
  g_return_if_fail (PASSEND_IS_SCHOOL (self));

  if (!_passend_set_string (&self->coordinator_name, coordinator_name))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COORDINATOR_NAME]);
}
