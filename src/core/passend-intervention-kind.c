/* passend-intervention-kind.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-core-private.h"
#include "passend-intervention-kind.h"

struct _PassendInterventionKind
{
  GObject parent_instance;

  gint64 id;
  char *code;
  char *name;
  PassendSupportLevel support_level;
  int default_weeks;
  int default_months;
  int default_sessions;
  int max_months;
  gboolean consent_required;
  gboolean archived;
};

G_DEFINE_FINAL_TYPE (PassendInterventionKind, passend_intervention_kind, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_NAME,
  PROP_SUPPORT_LEVEL,
  PROP_DEFAULT_WEEKS,
  PROP_DEFAULT_MONTHS,
  PROP_DEFAULT_SESSIONS,
  PROP_MAX_MONTHS,
  PROP_CONSENT_REQUIRED,
  PROP_ARCHIVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The integer fields share one setter, found by property. */
static const gsize int_offsets[N_PROPS] = {
  [PROP_SUPPORT_LEVEL] = G_STRUCT_OFFSET (PassendInterventionKind, support_level),
  [PROP_DEFAULT_WEEKS] = G_STRUCT_OFFSET (PassendInterventionKind, default_weeks),
  [PROP_DEFAULT_MONTHS] = G_STRUCT_OFFSET (PassendInterventionKind, default_months),
  [PROP_DEFAULT_SESSIONS] = G_STRUCT_OFFSET (PassendInterventionKind, default_sessions),
  [PROP_MAX_MONTHS] = G_STRUCT_OFFSET (PassendInterventionKind, max_months),
  [PROP_CONSENT_REQUIRED] = G_STRUCT_OFFSET (PassendInterventionKind, consent_required),
  [PROP_ARCHIVED] = G_STRUCT_OFFSET (PassendInterventionKind, archived),
};

static const char * const level_codes[] = { "basis", "extra" };

const char *
passend_support_level_to_code (PassendSupportLevel level)
{
  g_return_val_if_fail (level <= PASSEND_SUPPORT_LEVEL_EXTRA, NULL);

  return level_codes[level];
}

gboolean
passend_support_level_from_code (const char          *code,
                                 PassendSupportLevel *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (level_codes); i++)
    {
      if (g_strcmp0 (code, level_codes[i]) == 0)
        {
          *out = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
passend_support_level_get_label (PassendSupportLevel level)
{
  switch (level)
    {
    case PASSEND_SUPPORT_LEVEL_BASIS:
      return _("Basic support");
    case PASSEND_SUPPORT_LEVEL_EXTRA:
      return _("Extra support");
    default:
      g_return_val_if_reached ("");
    }
}

static int *
int_field (PassendInterventionKind *self,
           guint                    prop_id)
{
  return G_STRUCT_MEMBER_P (self, int_offsets[prop_id]);
}

static void
set_int (PassendInterventionKind *self,
         guint                    prop_id,
         int                      value)
{
  int *field = int_field (self, prop_id);

  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
passend_intervention_kind_finalize (GObject *object)
{
  PassendInterventionKind *self = PASSEND_INTERVENTION_KIND (object);

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (passend_intervention_kind_parent_class)->finalize (object);
}

static void
passend_intervention_kind_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  PassendInterventionKind *self = PASSEND_INTERVENTION_KIND (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_CODE:
      g_value_set_string (value, passend_intervention_kind_get_code (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, passend_intervention_kind_get_name (self));
      break;

    case PROP_CONSENT_REQUIRED:
    case PROP_ARCHIVED:
      g_value_set_boolean (value, *int_field (self, prop_id));
      break;

    case PROP_SUPPORT_LEVEL:
    case PROP_DEFAULT_WEEKS:
    case PROP_DEFAULT_MONTHS:
    case PROP_DEFAULT_SESSIONS:
    case PROP_MAX_MONTHS:
      g_value_set_int (value, *int_field (self, prop_id));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_intervention_kind_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  PassendInterventionKind *self = PASSEND_INTERVENTION_KIND (object);

  switch (prop_id)
    {
    case PROP_ID:
      passend_intervention_kind_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_CODE:
      passend_intervention_kind_set_code (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      passend_intervention_kind_set_name (self, g_value_get_string (value));
      break;

    case PROP_CONSENT_REQUIRED:
    case PROP_ARCHIVED:
      set_int (self, prop_id, g_value_get_boolean (value) ? TRUE : FALSE);
      break;

    case PROP_SUPPORT_LEVEL:
    case PROP_DEFAULT_WEEKS:
    case PROP_DEFAULT_MONTHS:
    case PROP_DEFAULT_SESSIONS:
    case PROP_MAX_MONTHS:
      set_int (self, prop_id, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
int_param (const char *name,
           int         maximum)
{
  return g_param_spec_int (name, NULL, NULL, 0, maximum, 0,
                           G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
}

static void
passend_intervention_kind_class_init (PassendInterventionKindClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = passend_intervention_kind_finalize;
  object_class->get_property = passend_intervention_kind_get_property;
  object_class->set_property = passend_intervention_kind_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, "", flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_SUPPORT_LEVEL] = int_param ("support-level", PASSEND_SUPPORT_LEVEL_EXTRA);
  properties[PROP_DEFAULT_WEEKS] = int_param ("default-weeks", 520);
  properties[PROP_DEFAULT_MONTHS] = int_param ("default-months", 120);
  properties[PROP_DEFAULT_SESSIONS] = int_param ("default-sessions", 1000);
  properties[PROP_MAX_MONTHS] = int_param ("max-months", 120);
  properties[PROP_CONSENT_REQUIRED] = g_param_spec_boolean ("consent-required", NULL, NULL, FALSE, flags);
  properties[PROP_ARCHIVED] = g_param_spec_boolean ("archived", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_intervention_kind_init (PassendInterventionKind *self)
{
}

PassendInterventionKind *
passend_intervention_kind_new (const char          *name,
                               PassendSupportLevel  level)
{
  return g_object_new (PASSEND_TYPE_INTERVENTION_KIND,
                       "name", name,
                       "support-level", (int) level,
                       NULL);
}

gint64
passend_intervention_kind_get_id (PassendInterventionKind *self)
{
  g_return_val_if_fail (PASSEND_IS_INTERVENTION_KIND (self), 0);

  return self->id;
}

void
passend_intervention_kind_set_id (PassendInterventionKind *self,
                                  gint64                   id)
{
  g_return_if_fail (PASSEND_IS_INTERVENTION_KIND (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
passend_intervention_kind_get_code (PassendInterventionKind *self)
{
  g_return_val_if_fail (PASSEND_IS_INTERVENTION_KIND (self), NULL);

  return _passend_string_or_empty (self->code);
}

void
passend_intervention_kind_set_code (PassendInterventionKind *self,
                                    const char              *code)
{
  g_return_if_fail (PASSEND_IS_INTERVENTION_KIND (self));

  if (_passend_set_string (&self->code, code))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
}

const char *
passend_intervention_kind_get_name (PassendInterventionKind *self)
{
  g_return_val_if_fail (PASSEND_IS_INTERVENTION_KIND (self), NULL);

  return _passend_string_or_empty (self->name);
}

void
passend_intervention_kind_set_name (PassendInterventionKind *self,
                                    const char              *name)
{
  g_return_if_fail (PASSEND_IS_INTERVENTION_KIND (self));

  if (_passend_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

#define INT_ACCESSORS(field, FIELD, type)                                       \
  type                                                                          \
  passend_intervention_kind_get_##field (PassendInterventionKind *self)         \
  {                                                                             \
    g_return_val_if_fail (PASSEND_IS_INTERVENTION_KIND (self), 0);              \
    return (type) self->field;                                                  \
  }                                                                             \
  void                                                                          \
  passend_intervention_kind_set_##field (PassendInterventionKind *self,         \
                                         type                     value)        \
  {                                                                             \
    g_return_if_fail (PASSEND_IS_INTERVENTION_KIND (self));                     \
    set_int (self, PROP_##FIELD, (int) value);                                  \
  }

INT_ACCESSORS (support_level, SUPPORT_LEVEL, PassendSupportLevel)
INT_ACCESSORS (default_weeks, DEFAULT_WEEKS, int)
INT_ACCESSORS (default_months, DEFAULT_MONTHS, int)
INT_ACCESSORS (default_sessions, DEFAULT_SESSIONS, int)
INT_ACCESSORS (max_months, MAX_MONTHS, int)

gboolean
passend_intervention_kind_get_consent_required (PassendInterventionKind *self)
{
  g_return_val_if_fail (PASSEND_IS_INTERVENTION_KIND (self), FALSE);

  return self->consent_required;
}

void
passend_intervention_kind_set_consent_required (PassendInterventionKind *self,
                                                gboolean                 required)
{
  g_return_if_fail (PASSEND_IS_INTERVENTION_KIND (self));

  set_int (self, PROP_CONSENT_REQUIRED, required ? TRUE : FALSE);
}

gboolean
passend_intervention_kind_get_archived (PassendInterventionKind *self)
{
  g_return_val_if_fail (PASSEND_IS_INTERVENTION_KIND (self), FALSE);

  return self->archived;
}

void
passend_intervention_kind_set_archived (PassendInterventionKind *self,
                                        gboolean                 archived)
{
  g_return_if_fail (PASSEND_IS_INTERVENTION_KIND (self));

  set_int (self, PROP_ARCHIVED, archived ? TRUE : FALSE);
}

char *
passend_intervention_kind_dup_length_text (PassendInterventionKind *self)
{
  g_autofree char *length = NULL;

  g_return_val_if_fail (PASSEND_IS_INTERVENTION_KIND (self), NULL);

  if (self->default_sessions > 0)
    length = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d session", "%d sessions", self->default_sessions),
                              self->default_sessions);
  else if (self->default_months > 0)
    length = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d month", "%d months", self->default_months),
                              self->default_months);
  else if (self->default_weeks > 0)
    length = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d week", "%d weeks", self->default_weeks),
                              self->default_weeks);

  if (self->max_months > 0)
    {
      g_autofree char *maximum = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "at most %d month",
                                                               "at most %d months", self->max_months),
                                                  self->max_months);

      if (length == NULL)
        return g_steal_pointer (&maximum);
      /* TRANSLATORS: a default length and the maximum, "5 months, at most 5 months". */
      return g_strdup_printf (C_("intervention length", "%s, %s"), length, maximum);
    }

  return length != NULL ? g_steal_pointer (&length) : g_strdup ("");
}
