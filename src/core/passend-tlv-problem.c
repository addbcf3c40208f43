/* passend-tlv-problem.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-tlv.h"

struct _PassendTlvProblem
{
  GObject                parent_instance;

  PassendTlvProblemKind  kind;
  char                  *message;
  gint64                 checklist_item_id;
  gint64                 advice_id;
};


G_DEFINE_FINAL_TYPE (PassendTlvProblem, passend_tlv_problem, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_KIND,
  PROP_MESSAGE,
  PROP_CHECKLIST_ITEM_ID,
  PROP_ADVICE_ID,
  PROP_IS_WARNING,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
passend_tlv_problem_finalize (GObject *object)
{
  PassendTlvProblem *self = (PassendTlvProblem *) object;

  g_free (self->message);

  G_OBJECT_CLASS (passend_tlv_problem_parent_class)->finalize (object);
}

static void
passend_tlv_problem_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PassendTlvProblem *self = PASSEND_TLV_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, (int) self->kind);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    case PROP_CHECKLIST_ITEM_ID:
      g_value_set_int64 (value, self->checklist_item_id);
      break;

    case PROP_ADVICE_ID:
      g_value_set_int64 (value, self->advice_id);
      break;

    case PROP_IS_WARNING:
      g_value_set_boolean (value, passend_tlv_problem_is_warning (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_tlv_problem_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PassendTlvProblem *self = PASSEND_TLV_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_CHECKLIST_ITEM_ID:
      passend_tlv_problem_set_checklist_item_id (self, g_value_get_int64 (value));
      break;

    case PROP_ADVICE_ID:
      passend_tlv_problem_set_advice_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_tlv_problem_class_init (PassendTlvProblemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = passend_tlv_problem_finalize;
  object_class->get_property = passend_tlv_problem_get_property;
  object_class->set_property = passend_tlv_problem_set_property;

  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, 0, PASSEND_TLV_PROBLEM_PART_CHANGED, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_CHECKLIST_ITEM_ID] =
    g_param_spec_int64 ("checklist-item-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_ADVICE_ID] =
    g_param_spec_int64 ("advice-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_IS_WARNING] =
    g_param_spec_boolean ("is-warning", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_tlv_problem_init (PassendTlvProblem *self)
{
}


PassendTlvProblemKind
passend_tlv_problem_get_kind (PassendTlvProblem *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_PROBLEM (self), (PassendTlvProblemKind) 0);

  return self->kind;
}

const char *
passend_tlv_problem_get_message (PassendTlvProblem *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_PROBLEM (self), NULL);

  return self->message;
}

gint64
passend_tlv_problem_get_checklist_item_id (PassendTlvProblem *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_PROBLEM (self), 0);

  return self->checklist_item_id;
}

void
passend_tlv_problem_set_checklist_item_id (PassendTlvProblem *self,
                                           gint64             checklist_item_id)
{
  g_return_if_fail (PASSEND_IS_TLV_PROBLEM (self));

  if (self->checklist_item_id == checklist_item_id)
    return;

  self->checklist_item_id = checklist_item_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKLIST_ITEM_ID]);
}

gint64
passend_tlv_problem_get_advice_id (PassendTlvProblem *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_PROBLEM (self), 0);

  return self->advice_id;
}

void
passend_tlv_problem_set_advice_id (PassendTlvProblem *self,
                                   gint64             advice_id)
{
  g_return_if_fail (PASSEND_IS_TLV_PROBLEM (self));

  if (self->advice_id == advice_id)
    return;

  self->advice_id = advice_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADVICE_ID]);
}

PassendTlvProblem *
passend_tlv_problem_new (PassendTlvProblemKind  kind,
                         const char            *message)
{
  PassendTlvProblem *self;

  g_return_val_if_fail (message != NULL, NULL);

  self = g_object_new (PASSEND_TYPE_TLV_PROBLEM, NULL);
  self->kind = kind;
  self->message = g_strdup (message);
  return self;
}

gboolean
passend_tlv_problem_is_warning (PassendTlvProblem *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_PROBLEM (self), FALSE);

  return self->kind == PASSEND_TLV_PROBLEM_SHORT_PERIOD || self->kind == PASSEND_TLV_PROBLEM_NO_MEETING;
}
