/* passend-tlv-part.c
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

struct _PassendTlvPart
{
  GObject             parent_instance;

  gint64              id;
  gint64              request_id;
  gint64              checklist_item_id;
  guint               position;
  PassendTlvPartKind  kind;
  gint64              target_id;
  char               *title;
  PassendDay          day;
  char               *sha256;
  char               *file_name;
  char               *media_type;
  char               *text;
  gboolean            established;
};


G_DEFINE_FINAL_TYPE (PassendTlvPart, passend_tlv_part, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_REQUEST_ID,
  PROP_CHECKLIST_ITEM_ID,
  PROP_POSITION,
  PROP_KIND,
  PROP_TARGET_ID,
  PROP_TITLE,
  PROP_DAY,
  PROP_SHA256,
  PROP_FILE_NAME,
  PROP_MEDIA_TYPE,
  PROP_TEXT,
  PROP_ESTABLISHED,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
passend_tlv_part_finalize (GObject *object)
{
  PassendTlvPart *self = (PassendTlvPart *) object;

  g_free (self->title);
  g_free (self->sha256);
  g_free (self->file_name);
  g_free (self->media_type);
  g_free (self->text);

  G_OBJECT_CLASS (passend_tlv_part_parent_class)->finalize (object);
}

static void
passend_tlv_part_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PassendTlvPart *self = PASSEND_TLV_PART (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_REQUEST_ID:
      g_value_set_int64 (value, self->request_id);
      break;

    case PROP_CHECKLIST_ITEM_ID:
      g_value_set_int64 (value, self->checklist_item_id);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case PROP_KIND:
      g_value_set_int (value, (int) self->kind);
      break;

    case PROP_TARGET_ID:
      g_value_set_int64 (value, self->target_id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DAY:
      g_value_set_uint (value, self->day);
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

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_ESTABLISHED:
      g_value_set_boolean (value, self->established);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_tlv_part_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PassendTlvPart *self = PASSEND_TLV_PART (object);

  switch (prop_id)
    {
    case PROP_ID:
      passend_tlv_part_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_REQUEST_ID:
      passend_tlv_part_set_request_id (self, g_value_get_int64 (value));
      break;

    case PROP_CHECKLIST_ITEM_ID:
      passend_tlv_part_set_checklist_item_id (self, g_value_get_int64 (value));
      break;

    case PROP_POSITION:
      passend_tlv_part_set_position (self, g_value_get_uint (value));
      break;

    case PROP_TITLE:
      passend_tlv_part_set_title (self, g_value_get_string (value));
      break;

    case PROP_DAY:
      passend_tlv_part_set_day (self, g_value_get_uint (value));
      break;

    case PROP_SHA256:
      passend_tlv_part_set_sha256 (self, g_value_get_string (value));
      break;

    case PROP_FILE_NAME:
      passend_tlv_part_set_file_name (self, g_value_get_string (value));
      break;

    case PROP_MEDIA_TYPE:
      passend_tlv_part_set_media_type (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      passend_tlv_part_set_text (self, g_value_get_string (value));
      break;

    case PROP_ESTABLISHED:
      passend_tlv_part_set_established (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_tlv_part_class_init (PassendTlvPartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = passend_tlv_part_finalize;
  object_class->get_property = passend_tlv_part_get_property;
  object_class->set_property = passend_tlv_part_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_REQUEST_ID] =
    g_param_spec_int64 ("request-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_CHECKLIST_ITEM_ID] =
    g_param_spec_int64 ("checklist-item-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, 0, PASSEND_TLV_PART_FILE, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_TARGET_ID] =
    g_param_spec_int64 ("target-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_DAY] =
    g_param_spec_uint ("day", NULL, NULL, 0, G_MAXUINT32, PASSEND_DAY_NONE,
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

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_ESTABLISHED] =
    g_param_spec_boolean ("established", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_tlv_part_init (PassendTlvPart *self)
{
}


gint64
passend_tlv_part_get_id (PassendTlvPart *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_PART (self), 0);

  return self->id;
}

void
passend_tlv_part_set_id (PassendTlvPart *self,
                         gint64          id)
{
  g_return_if_fail (PASSEND_IS_TLV_PART (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
passend_tlv_part_get_request_id (PassendTlvPart *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_PART (self), 0);

  return self->request_id;
}

void
passend_tlv_part_set_request_id (PassendTlvPart *self,
                                 gint64          request_id)
{
  g_return_if_fail (PASSEND_IS_TLV_PART (self));

  if (self->request_id == request_id)
    return;

  self->request_id = request_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUEST_ID]);
}

gint64
passend_tlv_part_get_checklist_item_id (PassendTlvPart *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_PART (self), 0);

  return self->checklist_item_id;
}

void
passend_tlv_part_set_checklist_item_id (PassendTlvPart *self,
                                        gint64          checklist_item_id)
{
  g_return_if_fail (PASSEND_IS_TLV_PART (self));

  if (self->checklist_item_id == checklist_item_id)
    return;

  self->checklist_item_id = checklist_item_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKLIST_ITEM_ID]);
}

guint
passend_tlv_part_get_position (PassendTlvPart *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_PART (self), 0);

  return self->position;
}

void
passend_tlv_part_set_position (PassendTlvPart *self,
                               guint           position)
{
  g_return_if_fail (PASSEND_IS_TLV_PART (self));

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

PassendTlvPartKind
passend_tlv_part_get_kind (PassendTlvPart *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_PART (self), (PassendTlvPartKind) 0);

  return self->kind;
}

gint64
passend_tlv_part_get_target_id (PassendTlvPart *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_PART (self), 0);

  return self->target_id;
}

const char *
passend_tlv_part_get_title (PassendTlvPart *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_PART (self), NULL);

  return self->title;
}

void
passend_tlv_part_set_title (PassendTlvPart *self,
                            const char     *title)
{
  g_return_if_fail (PASSEND_IS_TLV_PART (self));

  if (set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

PassendDay
passend_tlv_part_get_day (PassendTlvPart *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_PART (self), PASSEND_DAY_NONE);

  return self->day;
}

void
passend_tlv_part_set_day (PassendTlvPart *self,
                          PassendDay      day)
{
  g_return_if_fail (PASSEND_IS_TLV_PART (self));

  if (self->day == day)
    return;

  self->day = day;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
}

const char *
passend_tlv_part_get_sha256 (PassendTlvPart *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_PART (self), NULL);

  return self->sha256;
}

void
passend_tlv_part_set_sha256 (PassendTlvPart *self,
                             const char     *sha256)
{
  g_return_if_fail (PASSEND_IS_TLV_PART (self));

  if (set_string (&self->sha256, sha256))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHA256]);
}

const char *
passend_tlv_part_get_file_name (PassendTlvPart *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_PART (self), NULL);

  return self->file_name;
}

void
passend_tlv_part_set_file_name (PassendTlvPart *self,
                                const char     *file_name)
{
  g_return_if_fail (PASSEND_IS_TLV_PART (self));

  if (set_string (&self->file_name, file_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE_NAME]);
}

const char *
passend_tlv_part_get_media_type (PassendTlvPart *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_PART (self), NULL);

  return self->media_type;
}

void
passend_tlv_part_set_media_type (PassendTlvPart *self,
                                 const char     *media_type)
{
  g_return_if_fail (PASSEND_IS_TLV_PART (self));

  if (set_string (&self->media_type, media_type))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEDIA_TYPE]);
}

const char *
passend_tlv_part_get_text (PassendTlvPart *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_PART (self), NULL);

  return self->text;
}

void
passend_tlv_part_set_text (PassendTlvPart *self,
                           const char     *text)
{
  g_return_if_fail (PASSEND_IS_TLV_PART (self));

  if (set_string (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

gboolean
passend_tlv_part_get_established (PassendTlvPart *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_PART (self), FALSE);

  return self->established;
}

void
passend_tlv_part_set_established (PassendTlvPart *self,
                                  gboolean        established)
{
  g_return_if_fail (PASSEND_IS_TLV_PART (self));

  established = !!established;
  if (self->established == established)
    return;

  self->established = established;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ESTABLISHED]);
}

PassendTlvPart *
passend_tlv_part_new (PassendTlvPartKind kind,
                      gint64             target_id)
{
  PassendTlvPart *self;

  g_return_val_if_fail ((guint) kind < PASSEND_TLV_N_PART_KINDS, NULL);

  self = g_object_new (PASSEND_TYPE_TLV_PART, NULL);
  self->kind = kind;
  self->target_id = target_id;
  return self;
}

void
passend_tlv_part_set_target (PassendTlvPart     *self,
                             PassendTlvPartKind  kind,
                             gint64              target_id)
{
  g_return_if_fail (PASSEND_IS_TLV_PART (self));
  g_return_if_fail ((guint) kind < PASSEND_TLV_N_PART_KINDS);

  g_object_freeze_notify (G_OBJECT (self));
  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
    }
  if (self->target_id != target_id)
    {
      self->target_id = target_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_ID]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

char *
passend_tlv_text_sha256 (const char *title,
                         const char *body)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  if (title != NULL)
    {
      g_checksum_update (checksum, (const guchar *) title, -1);
      g_checksum_update (checksum, (const guchar *) "\n\n", 2);
    }
  if (body != NULL)
    g_checksum_update (checksum, (const guchar *) body, -1);

  return g_strdup (g_checksum_get_string (checksum));
}
