/* passend-intervention.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-core-private.h"
#include "passend-intervention.h"

struct _PassendIntervention
{
  GObject parent_instance;

  gint64 id;
  gint64 student_id;
  gint64 kind_id;
  gint64 provider_person_id;
  gint64 provider_organisation_id;
  PassendDay start_on;
  PassendDay planned_end_on;
  PassendDay evaluation_on;
  int status;
  int support_level;
  int planned_sessions;
  int sessions_held;
  char *kind_name;
  char *provider_name;
  char *goal;
  char *evaluation_outcome;
};

G_DEFINE_FINAL_TYPE (PassendIntervention, passend_intervention, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_STUDENT_ID,
  PROP_KIND_ID,
  PROP_PROVIDER_PERSON_ID,
  PROP_PROVIDER_ORGANISATION_ID,
  PROP_START_ON,
  PROP_PLANNED_END_ON,
  PROP_EVALUATION_ON,
  PROP_STATUS,
  PROP_SUPPORT_LEVEL,
  PROP_PLANNED_SESSIONS,
  PROP_SESSIONS_HELD,
  PROP_KIND_NAME,
  PROP_PROVIDER_NAME,
  PROP_GOAL,
  PROP_EVALUATION_OUTCOME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Every field is one of four shapes; one table says where each lives, so
 * the property code and the accessors share one setter per shape. */
typedef enum { FIELD_ID, FIELD_DAY, FIELD_INT, FIELD_TEXT } FieldShape;

static const struct
{
  gsize      offset;
  FieldShape shape;
} fields[N_PROPS] = {
  [PROP_ID] = { G_STRUCT_OFFSET (PassendIntervention, id), FIELD_ID },
  [PROP_STUDENT_ID] = { G_STRUCT_OFFSET (PassendIntervention, student_id), FIELD_ID },
  [PROP_KIND_ID] = { G_STRUCT_OFFSET (PassendIntervention, kind_id), FIELD_ID },
  [PROP_PROVIDER_PERSON_ID] = { G_STRUCT_OFFSET (PassendIntervention, provider_person_id), FIELD_ID },
  [PROP_PROVIDER_ORGANISATION_ID] = { G_STRUCT_OFFSET (PassendIntervention, provider_organisation_id), FIELD_ID },
  [PROP_START_ON] = { G_STRUCT_OFFSET (PassendIntervention, start_on), FIELD_DAY },
  [PROP_PLANNED_END_ON] = { G_STRUCT_OFFSET (PassendIntervention, planned_end_on), FIELD_DAY },
  [PROP_EVALUATION_ON] = { G_STRUCT_OFFSET (PassendIntervention, evaluation_on), FIELD_DAY },
  [PROP_STATUS] = { G_STRUCT_OFFSET (PassendIntervention, status), FIELD_INT },
  [PROP_SUPPORT_LEVEL] = { G_STRUCT_OFFSET (PassendIntervention, support_level), FIELD_INT },
  [PROP_PLANNED_SESSIONS] = { G_STRUCT_OFFSET (PassendIntervention, planned_sessions), FIELD_INT },
  [PROP_SESSIONS_HELD] = { G_STRUCT_OFFSET (PassendIntervention, sessions_held), FIELD_INT },
  [PROP_KIND_NAME] = { G_STRUCT_OFFSET (PassendIntervention, kind_name), FIELD_TEXT },
  [PROP_PROVIDER_NAME] = { G_STRUCT_OFFSET (PassendIntervention, provider_name), FIELD_TEXT },
  [PROP_GOAL] = { G_STRUCT_OFFSET (PassendIntervention, goal), FIELD_TEXT },
  [PROP_EVALUATION_OUTCOME] = { G_STRUCT_OFFSET (PassendIntervention, evaluation_outcome), FIELD_TEXT },
};

static const struct
{
  const char *code;
  const char *label;
  const char *dutch;
} statuses[] = {
  { "proposed", NC_("intervention status", "Proposed"), "voorgesteld" },
  { "requested", NC_("intervention status", "Requested"), "aangevraagd" },
  { "granted", NC_("intervention status", "Granted"), "toegekend" },
  { "running", NC_("intervention status", "Running"), "gestart" },
  { "extended", NC_("intervention status", "Extended"), "verlengd" },
  { "evaluated", NC_("intervention status", "Evaluated"), "geëvalueerd" },
  { "ended", NC_("intervention status", "Ended"), "afgesloten" },
  { "refused", NC_("intervention status", "Refused"), "afgewezen" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (statuses) == PASSEND_INTERVENTION_N_STATUSES);

const char *
passend_intervention_status_to_code (PassendInterventionStatus status)
{
  g_return_val_if_fail (status < PASSEND_INTERVENTION_N_STATUSES, NULL);

  return statuses[status].code;
}

gboolean
passend_intervention_status_from_code (const char                *code,
                                       PassendInterventionStatus *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      if (g_strcmp0 (code, statuses[i].code) == 0)
        {
          *out = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
passend_intervention_status_get_label (PassendInterventionStatus status)
{
  g_return_val_if_fail (status < PASSEND_INTERVENTION_N_STATUSES, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "intervention status", statuses[status].label);
}

const char *
passend_intervention_status_get_dutch (PassendInterventionStatus status)
{
  g_return_val_if_fail (status < PASSEND_INTERVENTION_N_STATUSES, NULL);

  return statuses[status].dutch;
}

static void
set_field (PassendIntervention *self,
           guint                prop_id,
           const GValue        *value)
{
  gpointer field = G_STRUCT_MEMBER_P (self, fields[prop_id].offset);

  switch (fields[prop_id].shape)
    {
    case FIELD_ID:
      if (*(gint64 *) field == g_value_get_int64 (value))
        return;
      *(gint64 *) field = g_value_get_int64 (value);
      break;

    case FIELD_DAY:
      if (*(PassendDay *) field == g_value_get_uint (value))
        return;
      *(PassendDay *) field = g_value_get_uint (value);
      break;

    case FIELD_INT:
      if (*(int *) field == g_value_get_int (value))
        return;
      *(int *) field = g_value_get_int (value);
      break;

    case FIELD_TEXT:
      if (!_passend_set_string (field, g_value_get_string (value)))
        return;
      break;

    default:
      g_assert_not_reached ();
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
get_field (PassendIntervention *self,
           guint                prop_id,
           GValue              *value)
{
  gpointer field = G_STRUCT_MEMBER_P (self, fields[prop_id].offset);

  switch (fields[prop_id].shape)
    {
    case FIELD_ID:
      g_value_set_int64 (value, *(gint64 *) field);
      break;

    case FIELD_DAY:
      g_value_set_uint (value, *(PassendDay *) field);
      break;

    case FIELD_INT:
      g_value_set_int (value, *(int *) field);
      break;

    case FIELD_TEXT:
      g_value_set_string (value, _passend_string_or_empty (*(char **) field));
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
passend_intervention_finalize (GObject *object)
{
  PassendIntervention *self = PASSEND_INTERVENTION (object);

  g_clear_pointer (&self->kind_name, g_free);
  g_clear_pointer (&self->provider_name, g_free);
  g_clear_pointer (&self->goal, g_free);
  g_clear_pointer (&self->evaluation_outcome, g_free);

  G_OBJECT_CLASS (passend_intervention_parent_class)->finalize (object);
}

static void
passend_intervention_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  if (prop_id > PROP_0 && prop_id < N_PROPS)
    get_field (PASSEND_INTERVENTION (object), prop_id, value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
passend_intervention_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  if (prop_id > PROP_0 && prop_id < N_PROPS)
    set_field (PASSEND_INTERVENTION (object), prop_id, value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
passend_intervention_class_init (PassendInterventionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = passend_intervention_finalize;
  object_class->get_property = passend_intervention_get_property;
  object_class->set_property = passend_intervention_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_STUDENT_ID] = g_param_spec_int64 ("student-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_KIND_ID] = g_param_spec_int64 ("kind-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PROVIDER_PERSON_ID] = g_param_spec_int64 ("provider-person-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PROVIDER_ORGANISATION_ID] = g_param_spec_int64 ("provider-organisation-id", NULL, NULL,
                                                                  0, G_MAXINT64, 0, flags);
  properties[PROP_START_ON] = g_param_spec_uint ("start-on", NULL, NULL, 0, G_MAXUINT32, 0, flags);
  properties[PROP_PLANNED_END_ON] = g_param_spec_uint ("planned-end-on", NULL, NULL, 0, G_MAXUINT32, 0, flags);
  properties[PROP_EVALUATION_ON] = g_param_spec_uint ("evaluation-on", NULL, NULL, 0, G_MAXUINT32, 0, flags);
  properties[PROP_STATUS] = g_param_spec_int ("status", NULL, NULL, 0, PASSEND_INTERVENTION_N_STATUSES - 1, 0, flags);
  properties[PROP_SUPPORT_LEVEL] = g_param_spec_int ("support-level", NULL, NULL, 0, PASSEND_SUPPORT_LEVEL_EXTRA, 0, flags);
  properties[PROP_PLANNED_SESSIONS] = g_param_spec_int ("planned-sessions", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_SESSIONS_HELD] = g_param_spec_int ("sessions-held", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_KIND_NAME] = g_param_spec_string ("kind-name", NULL, NULL, "", flags);
  properties[PROP_PROVIDER_NAME] = g_param_spec_string ("provider-name", NULL, NULL, "", flags);
  properties[PROP_GOAL] = g_param_spec_string ("goal", NULL, NULL, "", flags);
  properties[PROP_EVALUATION_OUTCOME] = g_param_spec_string ("evaluation-outcome", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_intervention_init (PassendIntervention *self)
{
}

PassendIntervention *
passend_intervention_new (gint64 student_id,
                          gint64 kind_id)
{
  return g_object_new (PASSEND_TYPE_INTERVENTION,
                       "student-id", student_id,
                       "kind-id", kind_id,
                       NULL);
}

#define ACCESSORS(field, PROP, type, gtype_set)                                 \
  type                                                                          \
  passend_intervention_get_##field (PassendIntervention *self)                  \
  {                                                                             \
    g_return_val_if_fail (PASSEND_IS_INTERVENTION (self), 0);                   \
    return (type) self->field;                                                  \
  }                                                                             \
  void                                                                          \
  passend_intervention_set_##field (PassendIntervention *self,                  \
                                    type                 value)                 \
  {                                                                             \
    g_auto(GValue) v = G_VALUE_INIT;                                            \
    g_return_if_fail (PASSEND_IS_INTERVENTION (self));                          \
    gtype_set;                                                                  \
    set_field (self, PROP, &v);                                                 \
  }

#define ID_ACCESSORS(field, PROP) \
  ACCESSORS (field, PROP, gint64, (g_value_init (&v, G_TYPE_INT64), g_value_set_int64 (&v, value)))
#define DAY_ACCESSORS(field, PROP) \
  ACCESSORS (field, PROP, PassendDay, (g_value_init (&v, G_TYPE_UINT), g_value_set_uint (&v, value)))
#define INT_ACCESSORS(field, PROP, type) \
  ACCESSORS (field, PROP, type, (g_value_init (&v, G_TYPE_INT), g_value_set_int (&v, (int) value)))

ID_ACCESSORS (id, PROP_ID)
ID_ACCESSORS (student_id, PROP_STUDENT_ID)
ID_ACCESSORS (kind_id, PROP_KIND_ID)
ID_ACCESSORS (provider_person_id, PROP_PROVIDER_PERSON_ID)
ID_ACCESSORS (provider_organisation_id, PROP_PROVIDER_ORGANISATION_ID)
DAY_ACCESSORS (start_on, PROP_START_ON)
DAY_ACCESSORS (planned_end_on, PROP_PLANNED_END_ON)
DAY_ACCESSORS (evaluation_on, PROP_EVALUATION_ON)
INT_ACCESSORS (status, PROP_STATUS, PassendInterventionStatus)
INT_ACCESSORS (support_level, PROP_SUPPORT_LEVEL, PassendSupportLevel)
INT_ACCESSORS (planned_sessions, PROP_PLANNED_SESSIONS, int)
INT_ACCESSORS (sessions_held, PROP_SESSIONS_HELD, int)

#define TEXT_ACCESSORS(field, PROP)                                             \
  const char *                                                                  \
  passend_intervention_get_##field (PassendIntervention *self)                  \
  {                                                                             \
    g_return_val_if_fail (PASSEND_IS_INTERVENTION (self), NULL);                \
    return _passend_string_or_empty (self->field);                              \
  }                                                                             \
  void                                                                          \
  passend_intervention_set_##field (PassendIntervention *self,                  \
                                    const char          *value)                 \
  {                                                                             \
    g_return_if_fail (PASSEND_IS_INTERVENTION (self));                          \
    if (_passend_set_string (&self->field, value))                              \
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);             \
  }

TEXT_ACCESSORS (kind_name, PROP_KIND_NAME)
TEXT_ACCESSORS (provider_name, PROP_PROVIDER_NAME)
TEXT_ACCESSORS (goal, PROP_GOAL)
TEXT_ACCESSORS (evaluation_outcome, PROP_EVALUATION_OUTCOME)
