/* passend-meeting-action.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-core-private.h"
#include "passend-meeting-record.h"

struct _PassendMeetingAction
{
  GObject parent_instance;

  gint64 id;
  gint64 item_id;
  gint64 meeting_id;
  char *meeting_title;
  char *meeting_kind_name;
  gint64 meeting_starts_at;
  gint64 student_id;
  char *student_name;
  char *student_sort_name;
  guint position;
  char *what;
  gint64 owner_person_id;
  char *owner_name;
  char *owner_display_name;
  PassendDay due_on;
  PassendDay done_on;
};

G_DEFINE_FINAL_TYPE (PassendMeetingAction, passend_meeting_action, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ITEM_ID,
  PROP_MEETING_ID,
  PROP_MEETING_TITLE,
  PROP_MEETING_KIND_NAME,
  PROP_MEETING_STARTS_AT,
  PROP_STUDENT_ID,
  PROP_STUDENT_NAME,
  PROP_STUDENT_SORT_NAME,
  PROP_POSITION,
  PROP_WHAT,
  PROP_OWNER_PERSON_ID,
  PROP_OWNER_NAME,
  PROP_OWNER_DISPLAY_NAME,
  PROP_DUE_ON,
  PROP_DONE_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
passend_meeting_action_finalize (GObject *object)
{
  PassendMeetingAction *self = PASSEND_MEETING_ACTION (object);

  g_clear_pointer (&self->meeting_title, g_free);
  g_clear_pointer (&self->meeting_kind_name, g_free);
  g_clear_pointer (&self->student_name, g_free);
  g_clear_pointer (&self->student_sort_name, g_free);
  g_clear_pointer (&self->what, g_free);
  g_clear_pointer (&self->owner_name, g_free);
  g_clear_pointer (&self->owner_display_name, g_free);

  G_OBJECT_CLASS (passend_meeting_action_parent_class)->finalize (object);
}

static void
passend_meeting_action_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PassendMeetingAction *self = PASSEND_MEETING_ACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_ITEM_ID:
      g_value_set_int64 (value, self->item_id);
      break;

    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;

    case PROP_MEETING_TITLE:
      g_value_set_string (value, _passend_string_or_empty (self->meeting_title));
      break;

    case PROP_MEETING_KIND_NAME:
      g_value_set_string (value, _passend_string_or_empty (self->meeting_kind_name));
      break;

    case PROP_MEETING_STARTS_AT:
      g_value_set_int64 (value, self->meeting_starts_at);
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

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case PROP_WHAT:
      g_value_set_string (value, _passend_string_or_empty (self->what));
      break;

    case PROP_OWNER_PERSON_ID:
      g_value_set_int64 (value, self->owner_person_id);
      break;

    case PROP_OWNER_NAME:
      g_value_set_string (value, _passend_string_or_empty (self->owner_name));
      break;

    case PROP_OWNER_DISPLAY_NAME:
      g_value_set_string (value, _passend_string_or_empty (self->owner_display_name));
      break;

    case PROP_DUE_ON:
      g_value_set_uint (value, self->due_on);
      break;

    case PROP_DONE_ON:
      g_value_set_uint (value, self->done_on);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_meeting_action_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PassendMeetingAction *self = PASSEND_MEETING_ACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      passend_meeting_action_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_ITEM_ID:
      passend_meeting_action_set_item_id (self, g_value_get_int64 (value));
      break;

    case PROP_MEETING_ID:
      passend_meeting_action_set_meeting_id (self, g_value_get_int64 (value));
      break;

    case PROP_MEETING_TITLE:
      passend_meeting_action_set_meeting_title (self, g_value_get_string (value));
      break;

    case PROP_MEETING_KIND_NAME:
      passend_meeting_action_set_meeting_kind_name (self, g_value_get_string (value));
      break;

    case PROP_MEETING_STARTS_AT:
      passend_meeting_action_set_meeting_starts_at (self, g_value_get_int64 (value));
      break;

    case PROP_STUDENT_ID:
      passend_meeting_action_set_student_id (self, g_value_get_int64 (value));
      break;

    case PROP_STUDENT_NAME:
      passend_meeting_action_set_student_name (self, g_value_get_string (value));
      break;

    case PROP_STUDENT_SORT_NAME:
      passend_meeting_action_set_student_sort_name (self, g_value_get_string (value));
      break;

    case PROP_POSITION:
      passend_meeting_action_set_position (self, g_value_get_uint (value));
      break;

    case PROP_WHAT:
      passend_meeting_action_set_what (self, g_value_get_string (value));
      break;

    case PROP_OWNER_PERSON_ID:
      passend_meeting_action_set_owner_person_id (self, g_value_get_int64 (value));
      break;

    case PROP_OWNER_NAME:
      passend_meeting_action_set_owner_name (self, g_value_get_string (value));
      break;

    case PROP_OWNER_DISPLAY_NAME:
      passend_meeting_action_set_owner_display_name (self, g_value_get_string (value));
      break;

    case PROP_DUE_ON:
      passend_meeting_action_set_due_on (self, g_value_get_uint (value));
      break;

    case PROP_DONE_ON:
      passend_meeting_action_set_done_on (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_meeting_action_class_init (PassendMeetingActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = passend_meeting_action_finalize;
  object_class->get_property = passend_meeting_action_get_property;
  object_class->set_property = passend_meeting_action_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ITEM_ID] = g_param_spec_int64 ("item-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_MEETING_ID] = g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_MEETING_TITLE] = g_param_spec_string ("meeting-title", NULL, NULL, "", flags);
  properties[PROP_MEETING_KIND_NAME] = g_param_spec_string ("meeting-kind-name", NULL, NULL, "", flags);
  properties[PROP_MEETING_STARTS_AT] =
    g_param_spec_int64 ("meeting-starts-at", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_STUDENT_ID] = g_param_spec_int64 ("student-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_STUDENT_NAME] = g_param_spec_string ("student-name", NULL, NULL, "", flags);
  properties[PROP_STUDENT_SORT_NAME] = g_param_spec_string ("student-sort-name", NULL, NULL, "", flags);
  properties[PROP_POSITION] = g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_WHAT] = g_param_spec_string ("what", NULL, NULL, "", flags);
  properties[PROP_OWNER_PERSON_ID] =
    g_param_spec_int64 ("owner-person-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_OWNER_NAME] = g_param_spec_string ("owner-name", NULL, NULL, "", flags);
  properties[PROP_OWNER_DISPLAY_NAME] = g_param_spec_string ("owner-display-name", NULL, NULL, "", flags);
  properties[PROP_DUE_ON] = g_param_spec_uint ("due-on", NULL, NULL, 0, G_MAXUINT32, 0, flags);
  properties[PROP_DONE_ON] = g_param_spec_uint ("done-on", NULL, NULL, 0, G_MAXUINT32, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_meeting_action_init (PassendMeetingAction *self)
{
}

PassendMeetingAction *
passend_meeting_action_new (gint64       item_id,
                            const char *what)
{
  return g_object_new (PASSEND_TYPE_MEETING_ACTION,
                       "item-id", item_id,
                       "what", what,
                       NULL);
}

gint64
passend_meeting_action_get_id (PassendMeetingAction *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ACTION (self), 0);

  return self->id;
}

void
passend_meeting_action_set_id (PassendMeetingAction *self,
                               gint64                id)
{
  g_return_if_fail (PASSEND_IS_MEETING_ACTION (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
passend_meeting_action_get_item_id (PassendMeetingAction *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ACTION (self), 0);

  return self->item_id;
}

void
passend_meeting_action_set_item_id (PassendMeetingAction *self,
                                    gint64                item_id)
{
  g_return_if_fail (PASSEND_IS_MEETING_ACTION (self));

  if (self->item_id == item_id)
    return;

  self->item_id = item_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM_ID]);
}

gint64
passend_meeting_action_get_meeting_id (PassendMeetingAction *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ACTION (self), 0);

  return self->meeting_id;
}

void
passend_meeting_action_set_meeting_id (PassendMeetingAction *self,
                                       gint64                meeting_id)
{
  g_return_if_fail (PASSEND_IS_MEETING_ACTION (self));

  if (self->meeting_id == meeting_id)
    return;

  self->meeting_id = meeting_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING_ID]);
}

const char *
passend_meeting_action_get_meeting_title (PassendMeetingAction *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ACTION (self), NULL);

  return _passend_string_or_empty (self->meeting_title);
}

void
passend_meeting_action_set_meeting_title (PassendMeetingAction *self,
                                          const char *         meeting_title)
{
  g_return_if_fail (PASSEND_IS_MEETING_ACTION (self));

  if (_passend_set_string (&self->meeting_title, meeting_title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING_TITLE]);
}

const char *
passend_meeting_action_get_meeting_kind_name (PassendMeetingAction *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ACTION (self), NULL);

  return _passend_string_or_empty (self->meeting_kind_name);
}

void
passend_meeting_action_set_meeting_kind_name (PassendMeetingAction *self,
                                              const char *         meeting_kind_name)
{
  g_return_if_fail (PASSEND_IS_MEETING_ACTION (self));

  if (_passend_set_string (&self->meeting_kind_name, meeting_kind_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING_KIND_NAME]);
}

gint64
passend_meeting_action_get_meeting_starts_at (PassendMeetingAction *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ACTION (self), 0);

  return self->meeting_starts_at;
}

void
passend_meeting_action_set_meeting_starts_at (PassendMeetingAction *self,
                                              gint64                meeting_starts_at)
{
  g_return_if_fail (PASSEND_IS_MEETING_ACTION (self));

  if (self->meeting_starts_at == meeting_starts_at)
    return;

  self->meeting_starts_at = meeting_starts_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING_STARTS_AT]);
}

gint64
passend_meeting_action_get_student_id (PassendMeetingAction *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ACTION (self), 0);

  return self->student_id;
}

void
passend_meeting_action_set_student_id (PassendMeetingAction *self,
                                       gint64                student_id)
{
  g_return_if_fail (PASSEND_IS_MEETING_ACTION (self));

  if (self->student_id == student_id)
    return;

  self->student_id = student_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_ID]);
}

const char *
passend_meeting_action_get_student_name (PassendMeetingAction *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ACTION (self), NULL);

  return _passend_string_or_empty (self->student_name);
}

void
passend_meeting_action_set_student_name (PassendMeetingAction *self,
                                         const char *         student_name)
{
  g_return_if_fail (PASSEND_IS_MEETING_ACTION (self));

  if (_passend_set_string (&self->student_name, student_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_NAME]);
}

const char *
passend_meeting_action_get_student_sort_name (PassendMeetingAction *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ACTION (self), NULL);

  return _passend_string_or_empty (self->student_sort_name);
}

void
passend_meeting_action_set_student_sort_name (PassendMeetingAction *self,
                                              const char *         student_sort_name)
{
  g_return_if_fail (PASSEND_IS_MEETING_ACTION (self));

  if (_passend_set_string (&self->student_sort_name, student_sort_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_SORT_NAME]);
}

guint
passend_meeting_action_get_position (PassendMeetingAction *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ACTION (self), 0);

  return self->position;
}

void
passend_meeting_action_set_position (PassendMeetingAction *self,
                                     guint                 position)
{
  g_return_if_fail (PASSEND_IS_MEETING_ACTION (self));

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
passend_meeting_action_get_what (PassendMeetingAction *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ACTION (self), NULL);

  return _passend_string_or_empty (self->what);
}

void
passend_meeting_action_set_what (PassendMeetingAction *self,
                                 const char *         what)
{
  g_return_if_fail (PASSEND_IS_MEETING_ACTION (self));

  if (_passend_set_string (&self->what, what))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHAT]);
}

gint64
passend_meeting_action_get_owner_person_id (PassendMeetingAction *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ACTION (self), 0);

  return self->owner_person_id;
}

void
passend_meeting_action_set_owner_person_id (PassendMeetingAction *self,
                                            gint64                owner_person_id)
{
  g_return_if_fail (PASSEND_IS_MEETING_ACTION (self));

  if (self->owner_person_id == owner_person_id)
    return;

  self->owner_person_id = owner_person_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_PERSON_ID]);
}

const char *
passend_meeting_action_get_owner_name (PassendMeetingAction *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ACTION (self), NULL);

  return _passend_string_or_empty (self->owner_name);
}

void
passend_meeting_action_set_owner_name (PassendMeetingAction *self,
                                       const char *         owner_name)
{
  g_return_if_fail (PASSEND_IS_MEETING_ACTION (self));

  if (_passend_set_string (&self->owner_name, owner_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_NAME]);
}

const char *
passend_meeting_action_get_owner_display_name (PassendMeetingAction *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ACTION (self), NULL);

  return _passend_string_or_empty (self->owner_display_name);
}

void
passend_meeting_action_set_owner_display_name (PassendMeetingAction *self,
                                               const char *         owner_display_name)
{
  g_return_if_fail (PASSEND_IS_MEETING_ACTION (self));

  if (_passend_set_string (&self->owner_display_name, owner_display_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_DISPLAY_NAME]);
}

PassendDay
passend_meeting_action_get_due_on (PassendMeetingAction *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ACTION (self), PASSEND_DAY_NONE);

  return self->due_on;
}

void
passend_meeting_action_set_due_on (PassendMeetingAction *self,
                                   PassendDay            due_on)
{
  g_return_if_fail (PASSEND_IS_MEETING_ACTION (self));

  if (self->due_on == due_on)
    return;

  self->due_on = due_on;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_ON]);
}

PassendDay
passend_meeting_action_get_done_on (PassendMeetingAction *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ACTION (self), PASSEND_DAY_NONE);

  return self->done_on;
}

void
passend_meeting_action_set_done_on (PassendMeetingAction *self,
                                    PassendDay            done_on)
{
  g_return_if_fail (PASSEND_IS_MEETING_ACTION (self));

  if (self->done_on == done_on)
    return;

  self->done_on = done_on;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE_ON]);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

gboolean
passend_meeting_action_is_done (PassendMeetingAction *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ACTION (self), FALSE);

  return self->done_on != PASSEND_DAY_NONE;
}

gboolean
passend_meeting_action_is_overdue (PassendMeetingAction *self,
                                   PassendDay            today)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ACTION (self), FALSE);

  return self->done_on == PASSEND_DAY_NONE && self->due_on != PASSEND_DAY_NONE && self->due_on < today;
}

const char *
passend_meeting_action_check (PassendMeetingAction *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_ACTION (self), NULL);

  if (is_blank (self->what))
    return _("Say what is to be done.");

  return NULL;
}

int
passend_meeting_action_compare (PassendMeetingAction *a,
                                PassendMeetingAction *b)
{
  gboolean a_done, b_done;
  int by_name;

  g_return_val_if_fail (PASSEND_IS_MEETING_ACTION (a), 0);
  g_return_val_if_fail (PASSEND_IS_MEETING_ACTION (b), 0);

  a_done = a->done_on != PASSEND_DAY_NONE;
  b_done = b->done_on != PASSEND_DAY_NONE;
  if (a_done != b_done)
    return a_done ? 1 : -1;

  /* No due day sorts after every due day. */
  if (a->due_on != b->due_on)
    {
      if (a->due_on == PASSEND_DAY_NONE)
        return 1;
      if (b->due_on == PASSEND_DAY_NONE)
        return -1;
      return a->due_on < b->due_on ? -1 : 1;
    }

  by_name = g_utf8_collate (_passend_string_or_empty (a->student_sort_name),
                            _passend_string_or_empty (b->student_sort_name));
  if (by_name != 0)
    return by_name;
  if (a->meeting_starts_at != b->meeting_starts_at)
    return a->meeting_starts_at < b->meeting_starts_at ? -1 : 1;

  return (a->position > b->position) - (a->position < b->position);
}
