/* passend-holiday.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-core-private.h"
#include "passend-holiday.h"

struct _PassendHoliday
{
  GObject parent_instance;

  gint64 id;
  char *name;
  PassendDay first_day;
  PassendDay last_day;
};

G_DEFINE_FINAL_TYPE (PassendHoliday, passend_holiday, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_FIRST_DAY,
  PROP_LAST_DAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
passend_holiday_finalize (GObject *object)
{
  PassendHoliday *self = PASSEND_HOLIDAY (object);

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (passend_holiday_parent_class)->finalize (object);
}

static void
passend_holiday_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PassendHoliday *self = PASSEND_HOLIDAY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, passend_holiday_get_name (self));
      break;

    case PROP_FIRST_DAY:
      g_value_set_uint (value, self->first_day);
      break;

    case PROP_LAST_DAY:
      g_value_set_uint (value, self->last_day);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_holiday_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PassendHoliday *self = PASSEND_HOLIDAY (object);

  switch (prop_id)
    {
    case PROP_ID:
      passend_holiday_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      passend_holiday_set_name (self, g_value_get_string (value));
      break;

    case PROP_FIRST_DAY:
      passend_holiday_set_first_day (self, g_value_get_uint (value));
      break;

    case PROP_LAST_DAY:
      passend_holiday_set_last_day (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_holiday_class_init (PassendHolidayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = passend_holiday_finalize;
  object_class->get_property = passend_holiday_get_property;
  object_class->set_property = passend_holiday_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_FIRST_DAY] =
    g_param_spec_uint ("first-day", NULL, NULL,
                       0, G_MAXUINT32, PASSEND_DAY_NONE,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_LAST_DAY] =
    g_param_spec_uint ("last-day", NULL, NULL,
                       0, G_MAXUINT32, PASSEND_DAY_NONE,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_holiday_init (PassendHoliday *self)
{
}

PassendHoliday *
passend_holiday_new (const char *name,
                     PassendDay  first_day,
                     PassendDay  last_day)
{
  return g_object_new (PASSEND_TYPE_HOLIDAY,
                       "name", name,
                       "first-day", first_day,
                       "last-day", last_day,
                       NULL);
}

gint64
passend_holiday_get_id (PassendHoliday *self)
{
  g_return_val_if_fail (PASSEND_IS_HOLIDAY (self), 0);

  return self->id;
}

void
passend_holiday_set_id (PassendHoliday *self,
                        gint64          id)
{
  g_return_if_fail (PASSEND_IS_HOLIDAY (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
passend_holiday_get_name (PassendHoliday *self)
{
  g_return_val_if_fail (PASSEND_IS_HOLIDAY (self), NULL);

  return _passend_string_or_empty (self->name);
}

void
passend_holiday_set_name (PassendHoliday *self,
                          const char     *name)
{
  g_return_if_fail (PASSEND_IS_HOLIDAY (self));

  if (!_passend_set_string (&self->name, name))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

PassendDay
passend_holiday_get_first_day (PassendHoliday *self)
{
  g_return_val_if_fail (PASSEND_IS_HOLIDAY (self), PASSEND_DAY_NONE);

  return self->first_day;
}

void
passend_holiday_set_first_day (PassendHoliday *self,
                               PassendDay      first_day)
{
  g_return_if_fail (PASSEND_IS_HOLIDAY (self));

  if (self->first_day == first_day)
    return;

  self->first_day = first_day;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_DAY]);
}

PassendDay
passend_holiday_get_last_day (PassendHoliday *self)
{
  g_return_val_if_fail (PASSEND_IS_HOLIDAY (self), PASSEND_DAY_NONE);

  return self->last_day;
}

void
passend_holiday_set_last_day (PassendHoliday *self,
                              PassendDay      last_day)
{
  g_return_if_fail (PASSEND_IS_HOLIDAY (self));

  if (self->last_day == last_day)
    return;

  self->last_day = last_day;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_DAY]);
}

gboolean
passend_holiday_contains (PassendHoliday *self,
                          PassendDay      day)
{
  g_return_val_if_fail (PASSEND_IS_HOLIDAY (self), FALSE);

  return day != PASSEND_DAY_NONE && day >= self->first_day && day <= self->last_day;
}
