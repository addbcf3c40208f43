/* passend-timeline-entry.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-core-private.h"
#include "passend-enums.h"
#include "passend-timeline-entry.h"

struct _PassendTimelineEntry
{
  GObject parent_instance;

  gint64 id;
  gint64 student_id;
  PassendEntryKind kind;
  gint64 occurred_at;
  char *author;
  char *title;
  char *body;
  PassendConfidentiality confidentiality;
  gboolean is_fact;
  char *student_name;
  gint64 intervention_id;
  char *intervention_name;
};

G_DEFINE_FINAL_TYPE (PassendTimelineEntry, passend_timeline_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_STUDENT_ID,
  PROP_KIND,
  PROP_OCCURRED_AT,
  PROP_AUTHOR,
  PROP_TITLE,
  PROP_BODY,
  PROP_CONFIDENTIALITY,
  PROP_IS_FACT,
  PROP_STUDENT_NAME,
  PROP_INTERVENTION_ID,
  PROP_INTERVENTION_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
passend_timeline_entry_finalize (GObject *object)
{
  PassendTimelineEntry *self = PASSEND_TIMELINE_ENTRY (object);

  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->student_name, g_free);
  g_clear_pointer (&self->intervention_name, g_free);

  G_OBJECT_CLASS (passend_timeline_entry_parent_class)->finalize (object);
}

static void
passend_timeline_entry_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PassendTimelineEntry *self = PASSEND_TIMELINE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, passend_timeline_entry_get_id (self));
      break;

    case PROP_STUDENT_ID:
      g_value_set_int64 (value, passend_timeline_entry_get_student_id (self));
      break;

    case PROP_KIND:
      g_value_set_enum (value, passend_timeline_entry_get_kind (self));
      break;

    case PROP_OCCURRED_AT:
      g_value_set_int64 (value, passend_timeline_entry_get_occurred_at (self));
      break;

    case PROP_AUTHOR:
      g_value_set_string (value, passend_timeline_entry_get_author (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, passend_timeline_entry_get_title (self));
      break;

    case PROP_BODY:
      g_value_set_string (value, passend_timeline_entry_get_body (self));
      break;

    case PROP_CONFIDENTIALITY:
      g_value_set_enum (value, passend_timeline_entry_get_confidentiality (self));
      break;

    case PROP_IS_FACT:
      g_value_set_boolean (value, passend_timeline_entry_get_is_fact (self));
      break;

    case PROP_STUDENT_NAME:
      g_value_set_string (value, passend_timeline_entry_get_student_name (self));
      break;

    case PROP_INTERVENTION_ID:
      g_value_set_int64 (value, passend_timeline_entry_get_intervention_id (self));
      break;

    case PROP_INTERVENTION_NAME:
      g_value_set_string (value, passend_timeline_entry_get_intervention_name (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_timeline_entry_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PassendTimelineEntry *self = PASSEND_TIMELINE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      passend_timeline_entry_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_STUDENT_ID:
      passend_timeline_entry_set_student_id (self, g_value_get_int64 (value));
      break;

    case PROP_KIND:
      passend_timeline_entry_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_OCCURRED_AT:
      passend_timeline_entry_set_occurred_at (self, g_value_get_int64 (value));
      break;

    case PROP_AUTHOR:
      passend_timeline_entry_set_author (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      passend_timeline_entry_set_title (self, g_value_get_string (value));
      break;

    case PROP_BODY:
      passend_timeline_entry_set_body (self, g_value_get_string (value));
      break;

    case PROP_CONFIDENTIALITY:
      passend_timeline_entry_set_confidentiality (self, g_value_get_enum (value));
      break;

    case PROP_IS_FACT:
      passend_timeline_entry_set_is_fact (self, g_value_get_boolean (value));
      break;

    case PROP_STUDENT_NAME:
      passend_timeline_entry_set_student_name (self, g_value_get_string (value));
      break;

    case PROP_INTERVENTION_ID:
      passend_timeline_entry_set_intervention_id (self, g_value_get_int64 (value));
      break;

    case PROP_INTERVENTION_NAME:
      passend_timeline_entry_set_intervention_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_timeline_entry_class_init (PassendTimelineEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = passend_timeline_entry_finalize;
  object_class->get_property = passend_timeline_entry_get_property;
  object_class->set_property = passend_timeline_entry_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_STUDENT_ID] =
    g_param_spec_int64 ("student-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       PASSEND_TYPE_ENTRY_KIND,
                       PASSEND_ENTRY_KIND_OBSERVATION,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_OCCURRED_AT] =
    g_param_spec_int64 ("occurred-at", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_CONFIDENTIALITY] =
    g_param_spec_enum ("confidentiality", NULL, NULL,
                       PASSEND_TYPE_CONFIDENTIALITY,
                       PASSEND_CONFIDENTIALITY_NORMAL,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_IS_FACT] =
    g_param_spec_boolean ("is-fact", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_STUDENT_NAME] =
    g_param_spec_string ("student-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_INTERVENTION_ID] =
    g_param_spec_int64 ("intervention-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_INTERVENTION_NAME] =
    g_param_spec_string ("intervention-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_timeline_entry_init (PassendTimelineEntry *self)
{
  self->kind = PASSEND_ENTRY_KIND_OBSERVATION;
  self->confidentiality = PASSEND_CONFIDENTIALITY_NORMAL;
  self->is_fact = TRUE;
}

PassendTimelineEntry *
passend_timeline_entry_new (void)
{
  return g_object_new (PASSEND_TYPE_TIMELINE_ENTRY, NULL);
}

gint64
passend_timeline_entry_get_id (PassendTimelineEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_TIMELINE_ENTRY (self), 0);

  return self->id;
}

void
passend_timeline_entry_set_id (PassendTimelineEntry *self,
                               gint64                id)
{
  g_return_if_fail (PASSEND_IS_TIMELINE_ENTRY (self));

  if (self->id == id)
    return;

  self->id = id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
passend_timeline_entry_get_student_id (PassendTimelineEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_TIMELINE_ENTRY (self), 0);

  return self->student_id;
}

void
passend_timeline_entry_set_student_id (PassendTimelineEntry *self,
                                       gint64                student_id)
{
  g_return_if_fail (PASSEND_IS_TIMELINE_ENTRY (self));

  if (self->student_id == student_id)
    return;

  self->student_id = student_id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_ID]);
}

PassendEntryKind
passend_timeline_entry_get_kind (PassendTimelineEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_TIMELINE_ENTRY (self), 0);

  return self->kind;
}

void
passend_timeline_entry_set_kind (PassendTimelineEntry *self,
                                 PassendEntryKind      kind)
{
  g_return_if_fail (PASSEND_IS_TIMELINE_ENTRY (self));
  g_return_if_fail ((guint) kind <= PASSEND_ENTRY_KIND_INCIDENT);

  if (self->kind == kind)
    return;

  self->kind = kind;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

gint64
passend_timeline_entry_get_occurred_at (PassendTimelineEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_TIMELINE_ENTRY (self), 0);

  return self->occurred_at;
}

void
passend_timeline_entry_set_occurred_at (PassendTimelineEntry *self,
                                        gint64                occurred_at)
{
  g_return_if_fail (PASSEND_IS_TIMELINE_ENTRY (self));

  if (self->occurred_at == occurred_at)
    return;

  self->occurred_at = occurred_at;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OCCURRED_AT]);
}

const char *
passend_timeline_entry_get_author (PassendTimelineEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_TIMELINE_ENTRY (self), NULL);

  return _passend_string_or_empty (self->author);
}

void
passend_timeline_entry_set_author (PassendTimelineEntry *self,
                                   const char           *author)
{
  g_return_if_fail (PASSEND_IS_TIMELINE_ENTRY (self));

  if (!_passend_set_string (&self->author, author))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}

const char *
passend_timeline_entry_get_title (PassendTimelineEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_TIMELINE_ENTRY (self), NULL);

  return _passend_string_or_empty (self->title);
}

void
passend_timeline_entry_set_title (PassendTimelineEntry *self,
                                  const char           *title)
{
  g_return_if_fail (PASSEND_IS_TIMELINE_ENTRY (self));

  if (!_passend_set_string (&self->title, title))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
passend_timeline_entry_get_body (PassendTimelineEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_TIMELINE_ENTRY (self), NULL);

  return _passend_string_or_empty (self->body);
}

void
passend_timeline_entry_set_body (PassendTimelineEntry *self,
                                 const char           *body)
{
  g_return_if_fail (PASSEND_IS_TIMELINE_ENTRY (self));

  if (!_passend_set_string (&self->body, body))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}

PassendConfidentiality
passend_timeline_entry_get_confidentiality (PassendTimelineEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_TIMELINE_ENTRY (self), 0);

  return self->confidentiality;
}

void
passend_timeline_entry_set_confidentiality (PassendTimelineEntry   *self,
                                            PassendConfidentiality  level)
{
  g_return_if_fail (PASSEND_IS_TIMELINE_ENTRY (self));
  g_return_if_fail ((guint) level <= PASSEND_CONFIDENTIALITY_MELDCODE);

  if (self->confidentiality == level)
    return;

  self->confidentiality = level;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFIDENTIALITY]);
}

gboolean
passend_timeline_entry_get_is_fact (PassendTimelineEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_TIMELINE_ENTRY (self), FALSE);

  return self->is_fact;
}

void
passend_timeline_entry_set_is_fact (PassendTimelineEntry *self,
                                    gboolean              is_fact)
{
  g_return_if_fail (PASSEND_IS_TIMELINE_ENTRY (self));

  is_fact = !!is_fact;

  if (self->is_fact == is_fact)
    return;

  self->is_fact = is_fact;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_FACT]);
}

const char *
passend_timeline_entry_get_student_name (PassendTimelineEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_TIMELINE_ENTRY (self), NULL);

  return self->student_name;
}

void
passend_timeline_entry_set_student_name (PassendTimelineEntry *self,
                                         const char           *student_name)
{
  g_return_if_fail (PASSEND_IS_TIMELINE_ENTRY (self));

  if (g_strcmp0 (self->student_name, student_name) == 0)
    return;

  g_free (self->student_name);
  self->student_name = g_strdup (student_name);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_NAME]);
}

/* 0 when the entry belongs to no intervention. */
gint64
passend_timeline_entry_get_intervention_id (PassendTimelineEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_TIMELINE_ENTRY (self), 0);

  return self->intervention_id;
}

void
passend_timeline_entry_set_intervention_id (PassendTimelineEntry *self,
                                            gint64                intervention_id)
{
  g_return_if_fail (PASSEND_IS_TIMELINE_ENTRY (self));
  g_return_if_fail (intervention_id >= 0);

  if (self->intervention_id == intervention_id)
    return;

  self->intervention_id = intervention_id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVENTION_ID]);
}

const char *
passend_timeline_entry_get_intervention_name (PassendTimelineEntry *self)
{
  g_return_val_if_fail (PASSEND_IS_TIMELINE_ENTRY (self), NULL);

  return self->intervention_name;
}

void
passend_timeline_entry_set_intervention_name (PassendTimelineEntry *self,
                                              const char           *intervention_name)
{
  g_return_if_fail (PASSEND_IS_TIMELINE_ENTRY (self));

  if (g_strcmp0 (self->intervention_name, intervention_name) == 0)
    return;

  g_free (self->intervention_name);
  self->intervention_name = g_strdup (intervention_name);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVENTION_NAME]);
}
