/* passend-meeting-item.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-core-private.h"
#include "passend-meeting-item.h"

struct _PassendMeetingItem
{
  GObject parent_instance;

  gint64 id;
  gint64 meeting_id;
  gint64 student_id;
  char *student_name;
  char *student_sort_name;
  char *student_class;
  guint position;
  guint duration_minutes;
  guint slot_offset_minutes;
  char *question;
  char *documents;
  char *internal_note;
  char *minutes;
  char *uid;
};

G_DEFINE_FINAL_TYPE (PassendMeetingItem, passend_meeting_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_MEETING_ID,
  PROP_STUDENT_ID,
  PROP_STUDENT_NAME,
  PROP_STUDENT_SORT_NAME,
  PROP_STUDENT_CLASS,
  PROP_POSITION,
  PROP_DURATION_MINUTES,
  PROP_SLOT_OFFSET_MINUTES,
  PROP_QUESTION,
  PROP_DOCUMENTS,
  PROP_INTERNAL_NOTE,
  PROP_MINUTES,
  PROP_UID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
passend_meeting_item_finalize (GObject *object)
{
  PassendMeetingItem *self = PASSEND_MEETING_ITEM (object);

  g_clear_pointer (&self->student_name, g_free);
  g_clear_pointer (&self->student_sort_name, g_free);
  g_clear_pointer (&self->student_class, g_free);
  g_clear_pointer (&self->question, g_free);
  g_clear_pointer (&self->documents, g_free);
  g_clear_pointer (&self->internal_note, g_free);
  g_clear_pointer (&self->minutes, g_free);
  g_clear_pointer (&self->uid, g_free);

  G_OBJECT_CLASS (passend_meeting_item_parent_class)->finalize (object);
}

static void
passend_meeting_item_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PassendMeetingItem *self = PASSEND_MEETING_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;

    case PROP_STUDENT_ID:
      g_value_set_int64 (value, self->student_id);
      break;

    case PROP_STUDENT_NAME:
      g_value_set_string (value, _passend_string_or_empty (self->student_name));
      break;

    case PROP_STUDENT_SORT_NAME:
      g_value_set_string (value, _passend_string_or_empty (self->student_sort_name));
      break;

    case PROP_STUDENT_CLASS:
      g_value_set_string (value, _passend_string_or_empty (self->student_class));
      break;

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case PROP_DURATION_MINUTES:
      g_value_set_uint (value, self->duration_minutes);
      break;

    case PROP_SLOT_OFFSET_MINUTES:
      g_value_set_uint (value, self->slot_offset_minutes);
      break;

    case PROP_QUESTION:
      g_value_set_string (value, _passend_string_or_empty (self->question));
      break;

    case PROP_DOCUMENTS:
      g_value_set_string (value, _passend_string_or_empty (self->documents));
      break;

    case PROP_INTERNAL_NOTE:
      g_value_set_string (value, _passend_string_or_empty (self->internal_note));
      break;

    case PROP_MINUTES:
      g_value_set_string (value, _passend_string_or_empty (self->minutes));
      break;

    case PROP_UID:
      g_value_set_string (value, _passend_string_or_empty (self->uid));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_meeting_item_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PassendMeetingItem *self = PASSEND_MEETING_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      passend_meeting_item_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_MEETING_ID:
      passend_meeting_item_set_meeting_id (self, g_value_get_int64 (value));
      break;

    case PROP_STUDENT_ID:
      passend_meeting_item_set_student_id (self, g_value_get_int64 (value));
      break;

    case PROP_STUDENT_NAME:
      passend_meeting_item_set_student_name (self, g_value_get_string (value));
      break;

    case PROP_STUDENT_SORT_NAME:
      passend_meeting_item_set_student_sort_name (self, g_value_get_string (value));
      break;

    case PROP_STUDENT_CLASS:
      passend_meeting_item_set_student_class (self, g_value_get_string (value));
      break;

    case PROP_POSITION:
      passend_meeting_item_set_position (self, g_value_get_uint (value));
      break;

    case PROP_DURATION_MINUTES:
      passend_meeting_item_set_duration_minutes (self, g_value_get_uint (value));
      break;

    case PROP_SLOT_OFFSET_MINUTES:
      passend_meeting_item_set_slot_offset_minutes (self, g_value_get_uint (value));
      break;

    case PROP_QUESTION:
      passend_meeting_item_set_question (self, g_value_get_string (value));
      break;

    case PROP_DOCUMENTS:
      passend_meeting_item_set_documents (self, g_value_get_string (value));
      break;

    case PROP_INTERNAL_NOTE:
      passend_meeting_item_set_internal_note (self, g_value_get_string (value));
      break;

    case PROP_MINUTES:
      passend_meeting_item_set_minutes (self, g_value_get_string (value));
      break;

    case PROP_UID:
      passend_meeting_item_set_uid (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_meeting_item_class_init (PassendMeetingItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = passend_meeting_item_finalize;
  object_class->get_property = passend_meeting_item_get_property;
  object_class->set_property = passend_meeting_item_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_MEETING_ID] = g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_STUDENT_ID] = g_param_spec_int64 ("student-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_STUDENT_NAME] = g_param_spec_string ("student-name", NULL, NULL, "", flags);
  properties[PROP_STUDENT_SORT_NAME] = g_param_spec_string ("student-sort-name", NULL, NULL, "", flags);
  properties[PROP_STUDENT_CLASS] = g_param_spec_string ("student-class", NULL, NULL, "", flags);
  properties[PROP_POSITION] = g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_DURATION_MINUTES] = g_param_spec_uint ("duration-minutes", NULL, NULL, 0, 480, 20, flags);
  properties[PROP_SLOT_OFFSET_MINUTES] =
    g_param_spec_uint ("slot-offset-minutes", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_QUESTION] = g_param_spec_string ("question", NULL, NULL, "", flags);
  properties[PROP_DOCUMENTS] = g_param_spec_string ("documents", NULL, NULL, "", flags);
  properties[PROP_INTERNAL_NOTE] = g_param_spec_string ("internal-note", NULL, NULL, "", flags);
  properties[PROP_MINUTES] = g_param_spec_string ("minutes", NULL, NULL, "", flags);
  properties[PROP_UID] = g_param_spec_string ("uid", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_meeting_item_init (PassendMeetingItem *self)
{
  self->duration_minutes = 20;
}

PassendMeetingItem *
passend_meeting_item_new (gint64 meeting_id,
                          gint64 student_id)
{
  return g_object_new (PASSEND_TYPE_MEETING_ITEM,
                       "meeting-id", meeting_id,
                       "student-id", student_id,
                       NULL);
}

gint64
passend_meeting_item_get_id (PassendMeetingItem *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ITEM (self), 0);

  return self->id;
}

void
passend_meeting_item_set_id (PassendMeetingItem *self,
                             gint64              id)
{
  g_return_if_fail (PASSEND_IS_MEETING_ITEM (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
passend_meeting_item_get_meeting_id (PassendMeetingItem *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ITEM (self), 0);

  return self->meeting_id;
}

void
passend_meeting_item_set_meeting_id (PassendMeetingItem *self,
                                     gint64              meeting_id)
{
  g_return_if_fail (PASSEND_IS_MEETING_ITEM (self));

  if (self->meeting_id == meeting_id)
    return;

  self->meeting_id = meeting_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING_ID]);
}

gint64
passend_meeting_item_get_student_id (PassendMeetingItem *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ITEM (self), 0);

  return self->student_id;
}

void
passend_meeting_item_set_student_id (PassendMeetingItem *self,
                                     gint64              student_id)
{
  g_return_if_fail (PASSEND_IS_MEETING_ITEM (self));

  if (self->student_id == student_id)
    return;

  self->student_id = student_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_ID]);
}

const char *
passend_meeting_item_get_student_name (PassendMeetingItem *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ITEM (self), NULL);

  return _passend_string_or_empty (self->student_name);
}

void
passend_meeting_item_set_student_name (PassendMeetingItem *self,
                                       const char *       student_name)
{
  g_return_if_fail (PASSEND_IS_MEETING_ITEM (self));

  if (_passend_set_string (&self->student_name, student_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_NAME]);
}

const char *
passend_meeting_item_get_student_sort_name (PassendMeetingItem *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ITEM (self), NULL);

  return _passend_string_or_empty (self->student_sort_name);
}

void
passend_meeting_item_set_student_sort_name (PassendMeetingItem *self,
                                            const char *       student_sort_name)
{
  g_return_if_fail (PASSEND_IS_MEETING_ITEM (self));

  if (_passend_set_string (&self->student_sort_name, student_sort_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_SORT_NAME]);
}

const char *
passend_meeting_item_get_student_class (PassendMeetingItem *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ITEM (self), NULL);

  return _passend_string_or_empty (self->student_class);
}

void
passend_meeting_item_set_student_class (PassendMeetingItem *self,
                                        const char *       student_class)
{
  g_return_if_fail (PASSEND_IS_MEETING_ITEM (self));

  if (_passend_set_string (&self->student_class, student_class))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_CLASS]);
}

guint
passend_meeting_item_get_position (PassendMeetingItem *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ITEM (self), 0);

  return self->position;
}

void
passend_meeting_item_set_position (PassendMeetingItem *self,
                                   guint               position)
{
  g_return_if_fail (PASSEND_IS_MEETING_ITEM (self));

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

guint
passend_meeting_item_get_duration_minutes (PassendMeetingItem *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ITEM (self), 0);

  return self->duration_minutes;
}

void
passend_meeting_item_set_duration_minutes (PassendMeetingItem *self,
                                           guint               duration_minutes)
{
  g_return_if_fail (PASSEND_IS_MEETING_ITEM (self));

  if (self->duration_minutes == duration_minutes)
    return;

  self->duration_minutes = duration_minutes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION_MINUTES]);
}

guint
passend_meeting_item_get_slot_offset_minutes (PassendMeetingItem *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ITEM (self), 0);

  return self->slot_offset_minutes;
}

void
passend_meeting_item_set_slot_offset_minutes (PassendMeetingItem *self,
                                              guint               slot_offset_minutes)
{
  g_return_if_fail (PASSEND_IS_MEETING_ITEM (self));

  if (self->slot_offset_minutes == slot_offset_minutes)
    return;

  self->slot_offset_minutes = slot_offset_minutes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SLOT_OFFSET_MINUTES]);
}

const char *
passend_meeting_item_get_question (PassendMeetingItem *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ITEM (self), NULL);

  return _passend_string_or_empty (self->question);
}

void
passend_meeting_item_set_question (PassendMeetingItem *self,
                                   const char *       question)
{
  g_return_if_fail (PASSEND_IS_MEETING_ITEM (self));

  if (_passend_set_string (&self->question, question))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUESTION]);
}

const char *
passend_meeting_item_get_documents (PassendMeetingItem *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ITEM (self), NULL);

  return _passend_string_or_empty (self->documents);
}

void
passend_meeting_item_set_documents (PassendMeetingItem *self,
                                    const char *       documents)
{
  g_return_if_fail (PASSEND_IS_MEETING_ITEM (self));

  if (_passend_set_string (&self->documents, documents))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENTS]);
}

const char *
passend_meeting_item_get_internal_note (PassendMeetingItem *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ITEM (self), NULL);

  return _passend_string_or_empty (self->internal_note);
}

void
passend_meeting_item_set_internal_note (PassendMeetingItem *self,
                                        const char *       internal_note)
{
  g_return_if_fail (PASSEND_IS_MEETING_ITEM (self));

  if (_passend_set_string (&self->internal_note, internal_note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERNAL_NOTE]);
}

const char *
passend_meeting_item_get_minutes (PassendMeetingItem *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ITEM (self), NULL);

  return _passend_string_or_empty (self->minutes);
}

void
passend_meeting_item_set_minutes (PassendMeetingItem *self,
                                  const char *       minutes)
{
  g_return_if_fail (PASSEND_IS_MEETING_ITEM (self));

  if (_passend_set_string (&self->minutes, minutes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MINUTES]);
}

const char *
passend_meeting_item_get_uid (PassendMeetingItem *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ITEM (self), NULL);

  return _passend_string_or_empty (self->uid);
}

void
passend_meeting_item_set_uid (PassendMeetingItem *self,
                              const char *       uid)
{
  g_return_if_fail (PASSEND_IS_MEETING_ITEM (self));

  if (_passend_set_string (&self->uid, uid))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UID]);
}
