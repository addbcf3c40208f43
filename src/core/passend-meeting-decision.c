/* passend-meeting-decision.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-core-private.h"
#include "passend-meeting-record.h"

struct _PassendMeetingDecision
{
  GObject parent_instance;

  gint64 id;
  gint64 item_id;
  guint position;
  char *body;
  char *rationale;
  gboolean no_action;
};

G_DEFINE_FINAL_TYPE (PassendMeetingDecision, passend_meeting_decision, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ITEM_ID,
  PROP_POSITION,
  PROP_BODY,
  PROP_RATIONALE,
  PROP_NO_ACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
passend_meeting_decision_finalize (GObject *object)
{
  PassendMeetingDecision *self = PASSEND_MEETING_DECISION (object);

  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->rationale, g_free);

  G_OBJECT_CLASS (passend_meeting_decision_parent_class)->finalize (object);
}

static void
passend_meeting_decision_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  PassendMeetingDecision *self = PASSEND_MEETING_DECISION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_ITEM_ID:
      g_value_set_int64 (value, self->item_id);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case PROP_BODY:
      g_value_set_string (value, _passend_string_or_empty (self->body));
      break;

    case PROP_RATIONALE:
      g_value_set_string (value, _passend_string_or_empty (self->rationale));
      break;

    case PROP_NO_ACTION:
      g_value_set_boolean (value, self->no_action);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_meeting_decision_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  PassendMeetingDecision *self = PASSEND_MEETING_DECISION (object);

  switch (prop_id)
    {
    case PROP_ID:
      passend_meeting_decision_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_ITEM_ID:
      passend_meeting_decision_set_item_id (self, g_value_get_int64 (value));
      break;

    case PROP_POSITION:
      passend_meeting_decision_set_position (self, g_value_get_uint (value));
      break;

    case PROP_BODY:
      passend_meeting_decision_set_body (self, g_value_get_string (value));
      break;

    case PROP_RATIONALE:
      passend_meeting_decision_set_rationale (self, g_value_get_string (value));
      break;

    case PROP_NO_ACTION:
      passend_meeting_decision_set_no_action (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_meeting_decision_class_init (PassendMeetingDecisionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = passend_meeting_decision_finalize;
  object_class->get_property = passend_meeting_decision_get_property;
  object_class->set_property = passend_meeting_decision_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ITEM_ID] = g_param_spec_int64 ("item-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_POSITION] = g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_BODY] = g_param_spec_string ("body", NULL, NULL, "", flags);
  properties[PROP_RATIONALE] = g_param_spec_string ("rationale", NULL, NULL, "", flags);
  properties[PROP_NO_ACTION] = g_param_spec_boolean ("no-action", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_meeting_decision_init (PassendMeetingDecision *self)
{
}

PassendMeetingDecision *
passend_meeting_decision_new (gint64       item_id,
                              const char *body)
{
  return g_object_new (PASSEND_TYPE_MEETING_DECISION,
                       "item-id", item_id,
                       "body", body,
                       NULL);
}

gint64
passend_meeting_decision_get_id (PassendMeetingDecision *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_DECISION (self), 0);

  return self->id;
}

void
passend_meeting_decision_set_id (PassendMeetingDecision *self,
                                 gint64                  id)
{
  g_return_if_fail (PASSEND_IS_MEETING_DECISION (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
passend_meeting_decision_get_item_id (PassendMeetingDecision *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_DECISION (self), 0);

  return self->item_id;
}

void
passend_meeting_decision_set_item_id (PassendMeetingDecision *self,
                                      gint64                  item_id)
{
  g_return_if_fail (PASSEND_IS_MEETING_DECISION (self));

  if (self->item_id == item_id)
    return;

  self->item_id = item_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM_ID]);
}

guint
passend_meeting_decision_get_position (PassendMeetingDecision *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_DECISION (self), 0);

  return self->position;
}

void
passend_meeting_decision_set_position (PassendMeetingDecision *self,
                                       guint                   position)
{
  g_return_if_fail (PASSEND_IS_MEETING_DECISION (self));

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
passend_meeting_decision_get_body (PassendMeetingDecision *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_DECISION (self), NULL);

  return _passend_string_or_empty (self->body);
}

void
passend_meeting_decision_set_body (PassendMeetingDecision *self,
                                   const char *           body)
{
  g_return_if_fail (PASSEND_IS_MEETING_DECISION (self));

  if (_passend_set_string (&self->body, body))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}

const char *
passend_meeting_decision_get_rationale (PassendMeetingDecision *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_DECISION (self), NULL);

  return _passend_string_or_empty (self->rationale);
}

void
passend_meeting_decision_set_rationale (PassendMeetingDecision *self,
                                        const char *           rationale)
{
  g_return_if_fail (PASSEND_IS_MEETING_DECISION (self));

  if (_passend_set_string (&self->rationale, rationale))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATIONALE]);
}

gboolean
passend_meeting_decision_get_no_action (PassendMeetingDecision *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_DECISION (self), FALSE);

  return self->no_action;
}

void
passend_meeting_decision_set_no_action (PassendMeetingDecision *self,
                                        gboolean                no_action)
{
  g_return_if_fail (PASSEND_IS_MEETING_DECISION (self));

  no_action = no_action != FALSE;
  if (self->no_action == no_action)
    return;

  self->no_action = no_action;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NO_ACTION]);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

const char *
passend_meeting_decision_check (PassendMeetingDecision *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_DECISION (self), NULL);

  if (is_blank (self->body))
    return _("A decision needs a text.");
  if (self->no_action && is_blank (self->rationale))
    return _("A decision not to refer or escalate needs its reasons, so the record shows it was weighed.");

  return NULL;
}
