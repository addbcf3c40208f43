/* passend-tlv-checklist-item.c
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

struct _PassendTlvChecklistItem
{
  GObject                    parent_instance;

  gint64                     id;
  gint64                     organisation_id;
  guint                      position;
  char                      *code;
  char                      *label;
  PassendTlvChecklistSource  source;
  gboolean                   required;
  gboolean                   archived;
};


G_DEFINE_FINAL_TYPE (PassendTlvChecklistItem, passend_tlv_checklist_item, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_ORGANISATION_ID,
  PROP_POSITION,
  PROP_CODE,
  PROP_LABEL,
  PROP_SOURCE,
  PROP_REQUIRED,
  PROP_ARCHIVED,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
passend_tlv_checklist_item_finalize (GObject *object)
{
  PassendTlvChecklistItem *self = (PassendTlvChecklistItem *) object;

  g_free (self->code);
  g_free (self->label);

  G_OBJECT_CLASS (passend_tlv_checklist_item_parent_class)->finalize (object);
}

static void
passend_tlv_checklist_item_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  PassendTlvChecklistItem *self = PASSEND_TLV_CHECKLIST_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_ORGANISATION_ID:
      g_value_set_int64 (value, self->organisation_id);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_SOURCE:
      g_value_set_int (value, (int) self->source);
      break;

    case PROP_REQUIRED:
      g_value_set_boolean (value, self->required);
      break;

    case PROP_ARCHIVED:
      g_value_set_boolean (value, self->archived);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_tlv_checklist_item_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  PassendTlvChecklistItem *self = PASSEND_TLV_CHECKLIST_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      passend_tlv_checklist_item_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_ORGANISATION_ID:
      passend_tlv_checklist_item_set_organisation_id (self, g_value_get_int64 (value));
      break;

    case PROP_POSITION:
      passend_tlv_checklist_item_set_position (self, g_value_get_uint (value));
      break;

    case PROP_CODE:
      passend_tlv_checklist_item_set_code (self, g_value_get_string (value));
      break;

    case PROP_LABEL:
      passend_tlv_checklist_item_set_label (self, g_value_get_string (value));
      break;

    case PROP_SOURCE:
      passend_tlv_checklist_item_set_source (self, (PassendTlvChecklistSource) g_value_get_int (value));
      break;

    case PROP_REQUIRED:
      passend_tlv_checklist_item_set_required (self, g_value_get_boolean (value));
      break;

    case PROP_ARCHIVED:
      passend_tlv_checklist_item_set_archived (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_tlv_checklist_item_class_init (PassendTlvChecklistItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = passend_tlv_checklist_item_finalize;
  object_class->get_property = passend_tlv_checklist_item_get_property;
  object_class->set_property = passend_tlv_checklist_item_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_ORGANISATION_ID] =
    g_param_spec_int64 ("organisation-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_SOURCE] =
    g_param_spec_int ("source", NULL, NULL, 0, PASSEND_TLV_SOURCE_SIGNATURES, 0,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_REQUIRED] =
    g_param_spec_boolean ("required", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_ARCHIVED] =
    g_param_spec_boolean ("archived", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_tlv_checklist_item_init (PassendTlvChecklistItem *self)
{
}


gint64
passend_tlv_checklist_item_get_id (PassendTlvChecklistItem *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_CHECKLIST_ITEM (self), 0);

  return self->id;
}

void
passend_tlv_checklist_item_set_id (PassendTlvChecklistItem *self,
                                   gint64                   id)
{
  g_return_if_fail (PASSEND_IS_TLV_CHECKLIST_ITEM (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
passend_tlv_checklist_item_get_organisation_id (PassendTlvChecklistItem *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_CHECKLIST_ITEM (self), 0);

  return self->organisation_id;
}

void
passend_tlv_checklist_item_set_organisation_id (PassendTlvChecklistItem *self,
                                                gint64                   organisation_id)
{
  g_return_if_fail (PASSEND_IS_TLV_CHECKLIST_ITEM (self));

  if (self->organisation_id == organisation_id)
    return;

  self->organisation_id = organisation_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_ID]);
}

guint
passend_tlv_checklist_item_get_position (PassendTlvChecklistItem *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_CHECKLIST_ITEM (self), 0);

  return self->position;
}

void
passend_tlv_checklist_item_set_position (PassendTlvChecklistItem *self,
                                         guint                    position)
{
  g_return_if_fail (PASSEND_IS_TLV_CHECKLIST_ITEM (self));

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
passend_tlv_checklist_item_get_code (PassendTlvChecklistItem *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_CHECKLIST_ITEM (self), NULL);

  return self->code;
}

void
passend_tlv_checklist_item_set_code (PassendTlvChecklistItem *self,
                                     const char              *code)
{
  g_return_if_fail (PASSEND_IS_TLV_CHECKLIST_ITEM (self));

  if (set_string (&self->code, code))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
}

const char *
passend_tlv_checklist_item_get_label (PassendTlvChecklistItem *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_CHECKLIST_ITEM (self), NULL);

  return self->label;
}

void
passend_tlv_checklist_item_set_label (PassendTlvChecklistItem *self,
                                      const char              *label)
{
  g_return_if_fail (PASSEND_IS_TLV_CHECKLIST_ITEM (self));

  if (set_string (&self->label, label))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

PassendTlvChecklistSource
passend_tlv_checklist_item_get_source (PassendTlvChecklistItem *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_CHECKLIST_ITEM (self), (PassendTlvChecklistSource) 0);

  return self->source;
}

void
passend_tlv_checklist_item_set_source (PassendTlvChecklistItem   *self,
                                       PassendTlvChecklistSource  source)
{
  g_return_if_fail (PASSEND_IS_TLV_CHECKLIST_ITEM (self));

  if (self->source == source)
    return;

  self->source = source;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

gboolean
passend_tlv_checklist_item_get_required (PassendTlvChecklistItem *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_CHECKLIST_ITEM (self), FALSE);

  return self->required;
}

void
passend_tlv_checklist_item_set_required (PassendTlvChecklistItem *self,
                                         gboolean                 required)
{
  g_return_if_fail (PASSEND_IS_TLV_CHECKLIST_ITEM (self));

  required = !!required;
  if (self->required == required)
    return;

  self->required = required;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUIRED]);
}

gboolean
passend_tlv_checklist_item_get_archived (PassendTlvChecklistItem *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_CHECKLIST_ITEM (self), FALSE);

  return self->archived;
}

void
passend_tlv_checklist_item_set_archived (PassendTlvChecklistItem *self,
                                         gboolean                 archived)
{
  g_return_if_fail (PASSEND_IS_TLV_CHECKLIST_ITEM (self));

  archived = !!archived;
  if (self->archived == archived)
    return;

  self->archived = archived;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED]);
}

PassendTlvChecklistItem *
passend_tlv_checklist_item_new (const char                *label,
                                PassendTlvChecklistSource  source)
{
  g_return_val_if_fail ((guint) source < PASSEND_TLV_N_SOURCES, NULL);

  return g_object_new (PASSEND_TYPE_TLV_CHECKLIST_ITEM,
                       "label", label,
                       "source", (int) source,
                       "required", TRUE,
                       NULL);
}
