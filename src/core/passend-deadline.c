/* passend-deadline.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-core-private.h"
#include "passend-deadline.h"

struct _PassendDeadline
{
  GObject parent_instance;

  PassendDay due;
  PassendDeadlineKind kind;
  gint64 student_id;
  gint64 aanmelding_id;
  char *subject;
  char *sort_name;
  char *description;
};

G_DEFINE_ENUM_TYPE (PassendDeadlineKind, passend_deadline_kind,
  G_DEFINE_ENUM_VALUE (PASSEND_DEADLINE_KIND_ZORGPLICHT_DECISION, "zorgplicht-decision"),
  G_DEFINE_ENUM_VALUE (PASSEND_DEADLINE_KIND_ZORGPLICHT_PLACEMENT, "zorgplicht-placement"),
  G_DEFINE_ENUM_VALUE (PASSEND_DEADLINE_KIND_OPP_ESTABLISH, "opp-establish"),
  G_DEFINE_ENUM_VALUE (PASSEND_DEADLINE_KIND_OPP_EVALUATION, "opp-evaluation"),
  G_DEFINE_ENUM_VALUE (PASSEND_DEADLINE_KIND_INTERVENTION_END, "intervention-end"),
  G_DEFINE_ENUM_VALUE (PASSEND_DEADLINE_KIND_ACTION, "action"),
  G_DEFINE_ENUM_VALUE (PASSEND_DEADLINE_KIND_CONSENT_EXPIRY, "consent-expiry"),
  G_DEFINE_ENUM_VALUE (PASSEND_DEADLINE_KIND_MEETING, "meeting"),
  G_DEFINE_ENUM_VALUE (PASSEND_DEADLINE_KIND_ABSENCE_REPORT, "absence-report"),
  G_DEFINE_ENUM_VALUE (PASSEND_DEADLINE_KIND_SICKNESS_SIGNAL, "sickness-signal"),
  G_DEFINE_ENUM_VALUE (PASSEND_DEADLINE_KIND_TLV_OBJECTION, "tlv-objection"),
  G_DEFINE_ENUM_VALUE (PASSEND_DEADLINE_KIND_TLV_END, "tlv-end"))

G_DEFINE_FINAL_TYPE (PassendDeadline, passend_deadline, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DUE,
  PROP_KIND,
  PROP_STUDENT_ID,
  PROP_AANMELDING_ID,
  PROP_SUBJECT,
  PROP_SORT_NAME,
  PROP_DESCRIPTION,
  PROP_ICON_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
passend_deadline_finalize (GObject *object)
{
  PassendDeadline *self = PASSEND_DEADLINE (object);

  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->sort_name, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (passend_deadline_parent_class)->finalize (object);
}

static void
passend_deadline_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PassendDeadline *self = PASSEND_DEADLINE (object);

  switch (prop_id)
    {
    case PROP_DUE:
      g_value_set_uint (value, self->due);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_STUDENT_ID:
      g_value_set_int64 (value, self->student_id);
      break;

    case PROP_AANMELDING_ID:
      g_value_set_int64 (value, self->aanmelding_id);
      break;

    case PROP_SUBJECT:
      g_value_set_string (value, passend_deadline_get_subject (self));
      break;

    case PROP_SORT_NAME:
      g_value_set_string (value, passend_deadline_get_sort_name (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, passend_deadline_get_description (self));
      break;

    case PROP_ICON_NAME:
      g_value_set_string (value, passend_deadline_get_icon_name (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_deadline_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PassendDeadline *self = PASSEND_DEADLINE (object);

  switch (prop_id)
    {
    case PROP_DUE:
      passend_deadline_set_due (self, g_value_get_uint (value));
      break;

    case PROP_KIND:
      passend_deadline_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_STUDENT_ID:
      passend_deadline_set_student_id (self, g_value_get_int64 (value));
      break;

    case PROP_AANMELDING_ID:
      passend_deadline_set_aanmelding_id (self, g_value_get_int64 (value));
      break;

    case PROP_SUBJECT:
      passend_deadline_set_subject (self, g_value_get_string (value));
      break;

    case PROP_SORT_NAME:
      passend_deadline_set_sort_name (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      passend_deadline_set_description (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_deadline_class_init (PassendDeadlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = passend_deadline_finalize;
  object_class->get_property = passend_deadline_get_property;
  object_class->set_property = passend_deadline_set_property;

  properties[PROP_DUE] =
    g_param_spec_uint ("due", NULL, NULL,
                       0, G_MAXUINT32, PASSEND_DAY_NONE,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       PASSEND_TYPE_DEADLINE_KIND,
                       PASSEND_DEADLINE_KIND_ZORGPLICHT_DECISION,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_STUDENT_ID] =
    g_param_spec_int64 ("student-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_AANMELDING_ID] =
    g_param_spec_int64 ("aanmelding-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_SORT_NAME] =
    g_param_spec_string ("sort-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_deadline_init (PassendDeadline *self)
{
}

PassendDeadline *
passend_deadline_new (PassendDeadlineKind kind,
                      PassendDay          due)
{
  return g_object_new (PASSEND_TYPE_DEADLINE,
                       "kind", kind,
                       "due", due,
                       NULL);
}

PassendDay
passend_deadline_get_due (PassendDeadline *self)
{
  g_return_val_if_fail (PASSEND_IS_DEADLINE (self), PASSEND_DAY_NONE);

  return self->due;
}

void
passend_deadline_set_due (PassendDeadline *self,
                          PassendDay       due)
{
  g_return_if_fail (PASSEND_IS_DEADLINE (self));

  if (self->due == due)
    return;

  self->due = due;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE]);
}

PassendDeadlineKind
passend_deadline_get_kind (PassendDeadline *self)
{
  g_return_val_if_fail (PASSEND_IS_DEADLINE (self), 0);

  return self->kind;
}

void
passend_deadline_set_kind (PassendDeadline     *self,
                           PassendDeadlineKind  kind)
{
  g_return_if_fail (PASSEND_IS_DEADLINE (self));
  g_return_if_fail ((guint) kind <= PASSEND_DEADLINE_KIND_TLV_END);

  if (self->kind == kind)
    return;

  self->kind = kind;

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ICON_NAME]);
  if (self->description == NULL)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
  g_object_thaw_notify (G_OBJECT (self));
}

gint64
passend_deadline_get_student_id (PassendDeadline *self)
{
  g_return_val_if_fail (PASSEND_IS_DEADLINE (self), 0);

  return self->student_id;
}

void
passend_deadline_set_student_id (PassendDeadline *self,
                                 gint64           student_id)
{
  g_return_if_fail (PASSEND_IS_DEADLINE (self));

  if (self->student_id == student_id)
    return;

  self->student_id = student_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_ID]);
}

gint64
passend_deadline_get_aanmelding_id (PassendDeadline *self)
{
  g_return_val_if_fail (PASSEND_IS_DEADLINE (self), 0);

  return self->aanmelding_id;
}

void
passend_deadline_set_aanmelding_id (PassendDeadline *self,
                                    gint64           aanmelding_id)
{
  g_return_if_fail (PASSEND_IS_DEADLINE (self));

  if (self->aanmelding_id == aanmelding_id)
    return;

  self->aanmelding_id = aanmelding_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AANMELDING_ID]);
}

const char *
passend_deadline_get_subject (PassendDeadline *self)
{
  g_return_val_if_fail (PASSEND_IS_DEADLINE (self), NULL);

  return _passend_string_or_empty (self->subject);
}

void
passend_deadline_set_subject (PassendDeadline *self,
                              const char      *subject)
{
  g_return_if_fail (PASSEND_IS_DEADLINE (self));

  if (!_passend_set_string (&self->subject, subject))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBJECT]);
}

const char *
passend_deadline_get_sort_name (PassendDeadline *self)
{
  g_return_val_if_fail (PASSEND_IS_DEADLINE (self), NULL);

  return self->sort_name != NULL ? self->sort_name : passend_deadline_get_subject (self);
}

void
passend_deadline_set_sort_name (PassendDeadline *self,
                                const char      *sort_name)
{
  g_return_if_fail (PASSEND_IS_DEADLINE (self));

  if (!_passend_set_string (&self->sort_name, sort_name))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_NAME]);
}

const char *
passend_deadline_kind_get_description (PassendDeadlineKind kind)
{
  switch (kind)
    {
    case PASSEND_DEADLINE_KIND_ZORGPLICHT_DECISION:
      return _("Decision on the aanmelding due");
    case PASSEND_DEADLINE_KIND_ZORGPLICHT_PLACEMENT:
      return _("Right to temporary placement");
    case PASSEND_DEADLINE_KIND_OPP_ESTABLISH:
      return _("OPP must be set");
    case PASSEND_DEADLINE_KIND_OPP_EVALUATION:
      return _("OPP evaluation due");
    case PASSEND_DEADLINE_KIND_INTERVENTION_END:
      return _("Intervention ends");
    case PASSEND_DEADLINE_KIND_ACTION:
      return _("Action due");
    case PASSEND_DEADLINE_KIND_CONSENT_EXPIRY:
      return _("Consent expires");
    case PASSEND_DEADLINE_KIND_MEETING:
      return _("Meeting");
    case PASSEND_DEADLINE_KIND_ABSENCE_REPORT:
      return _("Report absence to DUO");
    case PASSEND_DEADLINE_KIND_SICKNESS_SIGNAL:
      return _("Sickness absence: M@ZL");
    case PASSEND_DEADLINE_KIND_TLV_OBJECTION:
      return _("Objection term for the TLV decision ends");
    case PASSEND_DEADLINE_KIND_TLV_END:
      return _("TLV ends: renewal needed");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
passend_deadline_get_description (PassendDeadline *self)
{
  g_return_val_if_fail (PASSEND_IS_DEADLINE (self), NULL);

  if (self->description != NULL)
    return self->description;

  return passend_deadline_kind_get_description (self->kind);
}

void
passend_deadline_set_description (PassendDeadline *self,
                                  const char      *description)
{
  g_return_if_fail (PASSEND_IS_DEADLINE (self));

  if (!_passend_set_string (&self->description, description))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

const char *
passend_deadline_get_icon_name (PassendDeadline *self)
{
  g_return_val_if_fail (PASSEND_IS_DEADLINE (self), NULL);

  switch (self->kind)
    {
    case PASSEND_DEADLINE_KIND_ZORGPLICHT_DECISION:
      return "mail-unread-symbolic";
    case PASSEND_DEADLINE_KIND_ZORGPLICHT_PLACEMENT:
      return "dialog-warning-symbolic";
    case PASSEND_DEADLINE_KIND_OPP_ESTABLISH:
      return "document-new-symbolic";
    case PASSEND_DEADLINE_KIND_OPP_EVALUATION:
      return "document-edit-symbolic";
    case PASSEND_DEADLINE_KIND_INTERVENTION_END:
      return "media-playback-stop-symbolic";
    case PASSEND_DEADLINE_KIND_ACTION:
      return "object-select-symbolic";
    case PASSEND_DEADLINE_KIND_CONSENT_EXPIRY:
      return "changes-prevent-symbolic";
    case PASSEND_DEADLINE_KIND_MEETING:
      return "x-office-calendar-symbolic";
    case PASSEND_DEADLINE_KIND_ABSENCE_REPORT:
      return "appointment-missed-symbolic";
    case PASSEND_DEADLINE_KIND_SICKNESS_SIGNAL:
      return "face-sick-symbolic";
    case PASSEND_DEADLINE_KIND_TLV_OBJECTION:
      return "dialog-warning-symbolic";
    case PASSEND_DEADLINE_KIND_TLV_END:
      return "appointment-soon-symbolic";
    default:
      g_return_val_if_reached ("");
    }
}

gboolean
passend_deadline_is_overdue (PassendDeadline *self,
                             PassendDay       today)
{
  g_return_val_if_fail (PASSEND_IS_DEADLINE (self), FALSE);

  return self->due != PASSEND_DAY_NONE && self->due < today;
}

int
passend_deadline_compare (PassendDeadline *a,
                          PassendDeadline *b)
{
  int result;

  g_return_val_if_fail (PASSEND_IS_DEADLINE (a), 0);
  g_return_val_if_fail (PASSEND_IS_DEADLINE (b), 0);

  if (a->due != b->due)
    return a->due < b->due ? -1 : 1;

  result = g_utf8_collate (passend_deadline_get_sort_name (a), passend_deadline_get_sort_name (b));
  if (result != 0)
    return result;

  return (int) a->kind - (int) b->kind;
}
