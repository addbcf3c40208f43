/* passend-tlv-advice.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-tlv.h"

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

struct _PassendTlvAdvice
{
  GObject               parent_instance;

  gint64                id;
  gint64                request_id;
  guint                 position;
  char                 *name;
  PassendTlvDiscipline  discipline;
  PassendDay            advised_on;
  gboolean              independent;
  char                 *sha256;
  char                 *file_name;
  char                 *media_type;
};


G_DEFINE_FINAL_TYPE (PassendTlvAdvice, passend_tlv_advice, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_REQUEST_ID,
  PROP_POSITION,
  PROP_NAME,
  PROP_DISCIPLINE,
  PROP_ADVISED_ON,
  PROP_INDEPENDENT,
  PROP_SHA256,
  PROP_FILE_NAME,
  PROP_MEDIA_TYPE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
passend_tlv_advice_finalize (GObject *object)
{
  PassendTlvAdvice *self = (PassendTlvAdvice *) object;

  g_free (self->name);
  g_free (self->sha256);
  g_free (self->file_name);
  g_free (self->media_type);

  G_OBJECT_CLASS (passend_tlv_advice_parent_class)->finalize (object);
}

static void
passend_tlv_advice_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PassendTlvAdvice *self = PASSEND_TLV_ADVICE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_REQUEST_ID:
      g_value_set_int64 (value, self->request_id);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_DISCIPLINE:
      g_value_set_int (value, (int) self->discipline);
      break;

    case PROP_ADVISED_ON:
      g_value_set_uint (value, self->advised_on);
      break;

    case PROP_INDEPENDENT:
      g_value_set_boolean (value, self->independent);
      break;

    case PROP_SHA256:
      g_value_set_string (value, self->sha256);
      break;

    case PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;

    case PROP_MEDIA_TYPE:
      g_value_set_string (value, self->media_type);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_tlv_advice_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PassendTlvAdvice *self = PASSEND_TLV_ADVICE (object);

  switch (prop_id)
    {
    case PROP_ID:
      passend_tlv_advice_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_REQUEST_ID:
      passend_tlv_advice_set_request_id (self, g_value_get_int64 (value));
      break;

    case PROP_POSITION:
      passend_tlv_advice_set_position (self, g_value_get_uint (value));
      break;

    case PROP_NAME:
      passend_tlv_advice_set_name (self, g_value_get_string (value));
      break;

    case PROP_DISCIPLINE:
      passend_tlv_advice_set_discipline (self, (PassendTlvDiscipline) g_value_get_int (value));
      break;

    case PROP_ADVISED_ON:
      passend_tlv_advice_set_advised_on (self, g_value_get_uint (value));
      break;

    case PROP_INDEPENDENT:
      passend_tlv_advice_set_independent (self, g_value_get_boolean (value));
      break;

    case PROP_SHA256:
      passend_tlv_advice_set_sha256 (self, g_value_get_string (value));
      break;

    case PROP_FILE_NAME:
      passend_tlv_advice_set_file_name (self, g_value_get_string (value));
      break;

    case PROP_MEDIA_TYPE:
      passend_tlv_advice_set_media_type (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_tlv_advice_class_init (PassendTlvAdviceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = passend_tlv_advice_finalize;
  object_class->get_property = passend_tlv_advice_get_property;
  object_class->set_property = passend_tlv_advice_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_REQUEST_ID] =
    g_param_spec_int64 ("request-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_DISCIPLINE] =
    g_param_spec_int ("discipline", NULL, NULL, 0, PASSEND_TLV_DISCIPLINE_OTHER, 0,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_ADVISED_ON] =
    g_param_spec_uint ("advised-on", NULL, NULL, 0, G_MAXUINT32, PASSEND_DAY_NONE,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_INDEPENDENT] =
    g_param_spec_boolean ("independent", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_SHA256] =
    g_param_spec_string ("sha256", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_MEDIA_TYPE] =
    g_param_spec_string ("media-type", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_tlv_advice_init (PassendTlvAdvice *self)
{
}


gint64
passend_tlv_advice_get_id (PassendTlvAdvice *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_ADVICE (self), 0);

  return self->id;
}

void
passend_tlv_advice_set_id (PassendTlvAdvice *self,
                           gint64            id)
{
  g_return_if_fail (PASSEND_IS_TLV_ADVICE (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
passend_tlv_advice_get_request_id (PassendTlvAdvice *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_ADVICE (self), 0);

  return self->request_id;
}

void
passend_tlv_advice_set_request_id (PassendTlvAdvice *self,
                                   gint64            request_id)
{
  g_return_if_fail (PASSEND_IS_TLV_ADVICE (self));

  if (self->request_id == request_id)
    return;

  self->request_id = request_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUEST_ID]);
}

guint
passend_tlv_advice_get_position (PassendTlvAdvice *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_ADVICE (self), 0);

  return self->position;
}

void
passend_tlv_advice_set_position (PassendTlvAdvice *self,
                                 guint             position)
{
  g_return_if_fail (PASSEND_IS_TLV_ADVICE (self));

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
passend_tlv_advice_get_name (PassendTlvAdvice *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_ADVICE (self), NULL);

  return self->name;
}

void
passend_tlv_advice_set_name (PassendTlvAdvice *self,
                             const char       *name)
{
  g_return_if_fail (PASSEND_IS_TLV_ADVICE (self));

  if (set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

PassendTlvDiscipline
passend_tlv_advice_get_discipline (PassendTlvAdvice *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_ADVICE (self), (PassendTlvDiscipline) 0);

  return self->discipline;
}

void
passend_tlv_advice_set_discipline (PassendTlvAdvice     *self,
                                   PassendTlvDiscipline  discipline)
{
  g_return_if_fail (PASSEND_IS_TLV_ADVICE (self));

  if (self->discipline == discipline)
    return;

  self->discipline = discipline;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISCIPLINE]);
}

PassendDay
passend_tlv_advice_get_advised_on (PassendTlvAdvice *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_ADVICE (self), PASSEND_DAY_NONE);

  return self->advised_on;
}

void
passend_tlv_advice_set_advised_on (PassendTlvAdvice *self,
                                   PassendDay        advised_on)
{
  g_return_if_fail (PASSEND_IS_TLV_ADVICE (self));

  if (self->advised_on == advised_on)
    return;

  self->advised_on = advised_on;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADVISED_ON]);
}

gboolean
passend_tlv_advice_get_independent (PassendTlvAdvice *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_ADVICE (self), FALSE);

  return self->independent;
}

void
passend_tlv_advice_set_independent (PassendTlvAdvice *self,
                                    gboolean          independent)
{
  g_return_if_fail (PASSEND_IS_TLV_ADVICE (self));

  independent = !!independent;
  if (self->independent == independent)
    return;

  self->independent = independent;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDEPENDENT]);
}

const char *
passend_tlv_advice_get_sha256 (PassendTlvAdvice *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_ADVICE (self), NULL);

  return self->sha256;
}

void
passend_tlv_advice_set_sha256 (PassendTlvAdvice *self,
                               const char       *sha256)
{
  g_return_if_fail (PASSEND_IS_TLV_ADVICE (self));

  if (set_string (&self->sha256, sha256))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHA256]);
}

const char *
passend_tlv_advice_get_file_name (PassendTlvAdvice *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_ADVICE (self), NULL);

  return self->file_name;
}

void
passend_tlv_advice_set_file_name (PassendTlvAdvice *self,
                                  const char       *file_name)
{
  g_return_if_fail (PASSEND_IS_TLV_ADVICE (self));

  if (set_string (&self->file_name, file_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE_NAME]);
}

const char *
passend_tlv_advice_get_media_type (PassendTlvAdvice *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_ADVICE (self), NULL);

  return self->media_type;
}

void
passend_tlv_advice_set_media_type (PassendTlvAdvice *self,
                                   const char       *media_type)
{
  g_return_if_fail (PASSEND_IS_TLV_ADVICE (self));

  if (set_string (&self->media_type, media_type))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEDIA_TYPE]);
}

PassendTlvAdvice *
passend_tlv_advice_new (const char           *name,
                        PassendTlvDiscipline  discipline)
{
  g_return_val_if_fail ((guint) discipline < PASSEND_TLV_N_DISCIPLINES, NULL);

  return g_object_new (PASSEND_TYPE_TLV_ADVICE,
                       "name", name,
                       "discipline", (int) discipline,
                       NULL);
}

gboolean
passend_tlv_advice_has_file (PassendTlvAdvice *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_ADVICE (self), FALSE);

  return self->sha256 != NULL && *self->sha256 != '\0';
}
