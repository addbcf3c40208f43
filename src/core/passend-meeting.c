/* passend-meeting.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-core-private.h"
#include "passend-meeting.h"

struct _PassendMeeting
{
  GObject parent_instance;

  gint64 id;
  gint64 kind_id;
  char *kind_name;
  char *kind_code;
  char *title;
  gint64 starts_at;
  char *place;
  char *online_link;
  gint64 chair_id;
  char *chair_name;
  gint64 minute_taker_id;
  char *minute_taker_name;
  PassendMeetingState state;
  char *uid;
  guint sequence;
  char *internal_note;
  guint n_items;
  guint total_minutes;
  gint64 closed_at;
};

G_DEFINE_FINAL_TYPE (PassendMeeting, passend_meeting, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND_ID,
  PROP_KIND_NAME,
  PROP_KIND_CODE,
  PROP_TITLE,
  PROP_STARTS_AT,
  PROP_PLACE,
  PROP_ONLINE_LINK,
  PROP_CHAIR_ID,
  PROP_CHAIR_NAME,
  PROP_MINUTE_TAKER_ID,
  PROP_MINUTE_TAKER_NAME,
  PROP_STATE,
  PROP_UID,
  PROP_SEQUENCE,
  PROP_INTERNAL_NOTE,
  PROP_N_ITEMS,
  PROP_TOTAL_MINUTES,
  PROP_CLOSED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
passend_meeting_finalize (GObject *object)
{
  PassendMeeting *self = PASSEND_MEETING (object);

  g_clear_pointer (&self->kind_name, g_free);
  g_clear_pointer (&self->kind_code, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->place, g_free);
  g_clear_pointer (&self->online_link, g_free);
  g_clear_pointer (&self->chair_name, g_free);
  g_clear_pointer (&self->minute_taker_name, g_free);
  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->internal_note, g_free);

  G_OBJECT_CLASS (passend_meeting_parent_class)->finalize (object);
}

static void
passend_meeting_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PassendMeeting *self = PASSEND_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_KIND_ID:
      g_value_set_int64 (value, self->kind_id);
      break;

    case PROP_KIND_NAME:
      g_value_set_string (value, _passend_string_or_empty (self->kind_name));
      break;

    case PROP_KIND_CODE:
      g_value_set_string (value, _passend_string_or_empty (self->kind_code));
      break;

    case PROP_TITLE:
      g_value_set_string (value, _passend_string_or_empty (self->title));
      break;

    case PROP_STARTS_AT:
      g_value_set_int64 (value, self->starts_at);
      break;

    case PROP_PLACE:
      g_value_set_string (value, _passend_string_or_empty (self->place));
      break;

    case PROP_ONLINE_LINK:
      g_value_set_string (value, _passend_string_or_empty (self->online_link));
      break;

    case PROP_CHAIR_ID:
      g_value_set_int64 (value, self->chair_id);
      break;

    case PROP_CHAIR_NAME:
      g_value_set_string (value, _passend_string_or_empty (self->chair_name));
      break;

    case PROP_MINUTE_TAKER_ID:
      g_value_set_int64 (value, self->minute_taker_id);
      break;

    case PROP_MINUTE_TAKER_NAME:
      g_value_set_string (value, _passend_string_or_empty (self->minute_taker_name));
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_UID:
      g_value_set_string (value, _passend_string_or_empty (self->uid));
      break;

    case PROP_SEQUENCE:
      g_value_set_uint (value, self->sequence);
      break;

    case PROP_INTERNAL_NOTE:
      g_value_set_string (value, _passend_string_or_empty (self->internal_note));
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_items);
      break;

    case PROP_TOTAL_MINUTES:
      g_value_set_uint (value, self->total_minutes);
      break;

    case PROP_CLOSED_AT:
      g_value_set_int64 (value, self->closed_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_meeting_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PassendMeeting *self = PASSEND_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      passend_meeting_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_KIND_ID:
      passend_meeting_set_kind_id (self, g_value_get_int64 (value));
      break;

    case PROP_KIND_NAME:
      passend_meeting_set_kind_name (self, g_value_get_string (value));
      break;

    case PROP_KIND_CODE:
      passend_meeting_set_kind_code (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      passend_meeting_set_title (self, g_value_get_string (value));
      break;

    case PROP_STARTS_AT:
      passend_meeting_set_starts_at (self, g_value_get_int64 (value));
      break;

    case PROP_PLACE:
      passend_meeting_set_place (self, g_value_get_string (value));
      break;

    case PROP_ONLINE_LINK:
      passend_meeting_set_online_link (self, g_value_get_string (value));
      break;

    case PROP_CHAIR_ID:
      passend_meeting_set_chair_id (self, g_value_get_int64 (value));
      break;

    case PROP_CHAIR_NAME:
      passend_meeting_set_chair_name (self, g_value_get_string (value));
      break;

    case PROP_MINUTE_TAKER_ID:
      passend_meeting_set_minute_taker_id (self, g_value_get_int64 (value));
      break;

    case PROP_MINUTE_TAKER_NAME:
      passend_meeting_set_minute_taker_name (self, g_value_get_string (value));
      break;

    case PROP_STATE:
      passend_meeting_set_state (self, g_value_get_enum (value));
      break;

    case PROP_UID:
      passend_meeting_set_uid (self, g_value_get_string (value));
      break;

    case PROP_SEQUENCE:
      passend_meeting_set_sequence (self, g_value_get_uint (value));
      break;

    case PROP_INTERNAL_NOTE:
      passend_meeting_set_internal_note (self, g_value_get_string (value));
      break;

    case PROP_N_ITEMS:
      passend_meeting_set_n_items (self, g_value_get_uint (value));
      break;

    case PROP_TOTAL_MINUTES:
      passend_meeting_set_total_minutes (self, g_value_get_uint (value));
      break;

    case PROP_CLOSED_AT:
      passend_meeting_set_closed_at (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_meeting_class_init (PassendMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = passend_meeting_finalize;
  object_class->get_property = passend_meeting_get_property;
  object_class->set_property = passend_meeting_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_KIND_ID] = g_param_spec_int64 ("kind-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_KIND_NAME] = g_param_spec_string ("kind-name", NULL, NULL, "", flags);
  properties[PROP_KIND_CODE] = g_param_spec_string ("kind-code", NULL, NULL, "", flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_STARTS_AT] = g_param_spec_int64 ("starts-at", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_PLACE] = g_param_spec_string ("place", NULL, NULL, "", flags);
  properties[PROP_ONLINE_LINK] = g_param_spec_string ("online-link", NULL, NULL, "", flags);
  properties[PROP_CHAIR_ID] = g_param_spec_int64 ("chair-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CHAIR_NAME] = g_param_spec_string ("chair-name", NULL, NULL, "", flags);
  properties[PROP_MINUTE_TAKER_ID] =
    g_param_spec_int64 ("minute-taker-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_MINUTE_TAKER_NAME] = g_param_spec_string ("minute-taker-name", NULL, NULL, "", flags);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, PASSEND_TYPE_MEETING_STATE, PASSEND_MEETING_STATE_PLANNED, flags);
  properties[PROP_UID] = g_param_spec_string ("uid", NULL, NULL, "", flags);
  properties[PROP_SEQUENCE] = g_param_spec_uint ("sequence", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_INTERNAL_NOTE] = g_param_spec_string ("internal-note", NULL, NULL, "", flags);
  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_TOTAL_MINUTES] = g_param_spec_uint ("total-minutes", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_CLOSED_AT] = g_param_spec_int64 ("closed-at", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_meeting_init (PassendMeeting *self)
{
  self->state = PASSEND_MEETING_STATE_PLANNED;
}

PassendMeeting *
passend_meeting_new (gint64 kind_id,
                     gint64 starts_at)
{
  return g_object_new (PASSEND_TYPE_MEETING,
                       "kind-id", kind_id,
                       "starts-at", starts_at,
                       NULL);
}

gint64
passend_meeting_get_id (PassendMeeting *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING (self), 0);

  return self->id;
}

void
passend_meeting_set_id (PassendMeeting *self,
                        gint64          id)
{
  g_return_if_fail (PASSEND_IS_MEETING (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
passend_meeting_get_kind_id (PassendMeeting *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING (self), 0);

  return self->kind_id;
}

void
passend_meeting_set_kind_id (PassendMeeting *self,
                             gint64          kind_id)
{
  g_return_if_fail (PASSEND_IS_MEETING (self));

  if (self->kind_id == kind_id)
    return;

  self->kind_id = kind_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND_ID]);
}

const char *
passend_meeting_get_kind_name (PassendMeeting *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING (self), NULL);

  return _passend_string_or_empty (self->kind_name);
}

void
passend_meeting_set_kind_name (PassendMeeting *self,
                               const char *   kind_name)
{
  g_return_if_fail (PASSEND_IS_MEETING (self));

  if (_passend_set_string (&self->kind_name, kind_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND_NAME]);
}

const char *
passend_meeting_get_kind_code (PassendMeeting *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING (self), NULL);

  return _passend_string_or_empty (self->kind_code);
}

void
passend_meeting_set_kind_code (PassendMeeting *self,
                               const char *   kind_code)
{
  g_return_if_fail (PASSEND_IS_MEETING (self));

  if (_passend_set_string (&self->kind_code, kind_code))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND_CODE]);
}

const char *
passend_meeting_get_title (PassendMeeting *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING (self), NULL);

  return _passend_string_or_empty (self->title);
}

void
passend_meeting_set_title (PassendMeeting *self,
                           const char *   title)
{
  g_return_if_fail (PASSEND_IS_MEETING (self));

  if (_passend_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

gint64
passend_meeting_get_starts_at (PassendMeeting *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING (self), 0);

  return self->starts_at;
}

void
passend_meeting_set_starts_at (PassendMeeting *self,
                               gint64          starts_at)
{
  g_return_if_fail (PASSEND_IS_MEETING (self));

  if (self->starts_at == starts_at)
    return;

  self->starts_at = starts_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTS_AT]);
}

const char *
passend_meeting_get_place (PassendMeeting *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING (self), NULL);

  return _passend_string_or_empty (self->place);
}

void
passend_meeting_set_place (PassendMeeting *self,
                           const char *   place)
{
  g_return_if_fail (PASSEND_IS_MEETING (self));

  if (_passend_set_string (&self->place, place))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE]);
}

const char *
passend_meeting_get_online_link (PassendMeeting *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING (self), NULL);

  return _passend_string_or_empty (self->online_link);
}

void
passend_meeting_set_online_link (PassendMeeting *self,
                                 const char *   online_link)
{
  g_return_if_fail (PASSEND_IS_MEETING (self));

  if (_passend_set_string (&self->online_link, online_link))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLINE_LINK]);
}

gint64
passend_meeting_get_chair_id (PassendMeeting *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING (self), 0);

  return self->chair_id;
}

void
passend_meeting_set_chair_id (PassendMeeting *self,
                              gint64          chair_id)
{
  g_return_if_fail (PASSEND_IS_MEETING (self));

  if (self->chair_id == chair_id)
    return;

  self->chair_id = chair_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHAIR_ID]);
}

const char *
passend_meeting_get_chair_name (PassendMeeting *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING (self), NULL);

  return _passend_string_or_empty (self->chair_name);
}

void
passend_meeting_set_chair_name (PassendMeeting *self,
                                const char *   chair_name)
{
  g_return_if_fail (PASSEND_IS_MEETING (self));

  if (_passend_set_string (&self->chair_name, chair_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHAIR_NAME]);
}

gint64
passend_meeting_get_minute_taker_id (PassendMeeting *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING (self), 0);

  return self->minute_taker_id;
}

void
passend_meeting_set_minute_taker_id (PassendMeeting *self,
                                     gint64          minute_taker_id)
{
  g_return_if_fail (PASSEND_IS_MEETING (self));

  if (self->minute_taker_id == minute_taker_id)
    return;

  self->minute_taker_id = minute_taker_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MINUTE_TAKER_ID]);
}

const char *
passend_meeting_get_minute_taker_name (PassendMeeting *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING (self), NULL);

  return _passend_string_or_empty (self->minute_taker_name);
}

void
passend_meeting_set_minute_taker_name (PassendMeeting *self,
                                       const char *   minute_taker_name)
{
  g_return_if_fail (PASSEND_IS_MEETING (self));

  if (_passend_set_string (&self->minute_taker_name, minute_taker_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MINUTE_TAKER_NAME]);
}

PassendMeetingState
passend_meeting_get_state (PassendMeeting *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING (self), PASSEND_MEETING_STATE_PLANNED);

  return self->state;
}

void
passend_meeting_set_state (PassendMeeting     *self,
                           PassendMeetingState state)
{
  g_return_if_fail (PASSEND_IS_MEETING (self));

  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

const char *
passend_meeting_get_uid (PassendMeeting *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING (self), NULL);

  return _passend_string_or_empty (self->uid);
}

void
passend_meeting_set_uid (PassendMeeting *self,
                         const char *   uid)
{
  g_return_if_fail (PASSEND_IS_MEETING (self));

  if (_passend_set_string (&self->uid, uid))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UID]);
}

guint
passend_meeting_get_sequence (PassendMeeting *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING (self), 0);

  return self->sequence;
}

void
passend_meeting_set_sequence (PassendMeeting *self,
                              guint           sequence)
{
  g_return_if_fail (PASSEND_IS_MEETING (self));

  if (self->sequence == sequence)
    return;

  self->sequence = sequence;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEQUENCE]);
}

const char *
passend_meeting_get_internal_note (PassendMeeting *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING (self), NULL);

  return _passend_string_or_empty (self->internal_note);
}

void
passend_meeting_set_internal_note (PassendMeeting *self,
                                   const char *   internal_note)
{
  g_return_if_fail (PASSEND_IS_MEETING (self));

  if (_passend_set_string (&self->internal_note, internal_note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERNAL_NOTE]);
}

guint
passend_meeting_get_n_items (PassendMeeting *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING (self), 0);

  return self->n_items;
}

void
passend_meeting_set_n_items (PassendMeeting *self,
                             guint           n_items)
{
  g_return_if_fail (PASSEND_IS_MEETING (self));

  if (self->n_items == n_items)
    return;

  self->n_items = n_items;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

guint
passend_meeting_get_total_minutes (PassendMeeting *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING (self), 0);

  return self->total_minutes;
}

void
passend_meeting_set_total_minutes (PassendMeeting *self,
                                   guint           total_minutes)
{
  g_return_if_fail (PASSEND_IS_MEETING (self));

  if (self->total_minutes == total_minutes)
    return;

  self->total_minutes = total_minutes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL_MINUTES]);
}

gint64
passend_meeting_get_closed_at (PassendMeeting *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING (self), 0);

  return self->closed_at;
}

void
passend_meeting_set_closed_at (PassendMeeting *self,
                               gint64          closed_at)
{
  g_return_if_fail (PASSEND_IS_MEETING (self));

  if (self->closed_at == closed_at)
    return;

  self->closed_at = closed_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOSED_AT]);
}

PassendDay
passend_meeting_get_day (PassendMeeting *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING (self), PASSEND_DAY_NONE);

  return passend_day_from_unix (self->starts_at);
}

gint64
passend_meeting_get_ends_at (PassendMeeting *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING (self), 0);

  return self->starts_at + (gint64) self->total_minutes * 60;
}

char *
passend_meeting_dup_record_title (PassendMeeting *self)
{
  int year, month, day;

  g_return_val_if_fail (PASSEND_IS_MEETING (self), NULL);

  passend_day_get_ymd (passend_meeting_get_day (self), &year, &month, &day);
  /* The record is Dutch, and so is its date. */
  return g_strdup_printf ("%s %02d-%02d-%04d",
                          self->kind_name != NULL ? self->kind_name : self->title != NULL ? self->title : "",
                          day, month, year);
}
