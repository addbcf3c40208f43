/* passend-guardian.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-core-private.h"
#include "passend-guardian.h"
#include "passend-text.h"

struct _PassendGuardian
{
  GObject parent_instance;

  gint64 id;
  gint64 student_id;
  char *relation;
  char *voorletters;
  char *tussenvoegsel;
  char *achternaam;
  gboolean has_authority;
  char *email;
  char *phone;
  gboolean phone_is_secret;
  gboolean prefers_email;
};

G_DEFINE_FINAL_TYPE (PassendGuardian, passend_guardian, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_STUDENT_ID,
  PROP_RELATION,
  PROP_VOORLETTERS,
  PROP_TUSSENVOEGSEL,
  PROP_ACHTERNAAM,
  PROP_HAS_AUTHORITY,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_PHONE_IS_SECRET,
  PROP_PREFERS_EMAIL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
passend_guardian_finalize (GObject *object)
{
  PassendGuardian *self = PASSEND_GUARDIAN (object);

  g_clear_pointer (&self->relation, g_free);
  g_clear_pointer (&self->voorletters, g_free);
  g_clear_pointer (&self->tussenvoegsel, g_free);
  g_clear_pointer (&self->achternaam, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->phone, g_free);

  G_OBJECT_CLASS (passend_guardian_parent_class)->finalize (object);
}

static void
passend_guardian_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PassendGuardian *self = PASSEND_GUARDIAN (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, passend_guardian_get_id (self));
      break;

    case PROP_STUDENT_ID:
      g_value_set_int64 (value, passend_guardian_get_student_id (self));
      break;

    case PROP_RELATION:
      g_value_set_string (value, passend_guardian_get_relation (self));
      break;

    case PROP_VOORLETTERS:
      g_value_set_string (value, passend_guardian_get_voorletters (self));
      break;

    case PROP_TUSSENVOEGSEL:
      g_value_set_string (value, passend_guardian_get_tussenvoegsel (self));
      break;

    case PROP_ACHTERNAAM:
      g_value_set_string (value, passend_guardian_get_achternaam (self));
      break;

    case PROP_HAS_AUTHORITY:
      g_value_set_boolean (value, passend_guardian_get_has_authority (self));
      break;

    case PROP_EMAIL:
      g_value_set_string (value, passend_guardian_get_email (self));
      break;

    case PROP_PHONE:
      g_value_set_string (value, passend_guardian_get_phone (self));
      break;

    case PROP_PHONE_IS_SECRET:
      g_value_set_boolean (value, passend_guardian_get_phone_is_secret (self));
      break;

    case PROP_PREFERS_EMAIL:
      g_value_set_boolean (value, passend_guardian_get_prefers_email (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_guardian_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PassendGuardian *self = PASSEND_GUARDIAN (object);

  switch (prop_id)
    {
    case PROP_ID:
      passend_guardian_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_STUDENT_ID:
      passend_guardian_set_student_id (self, g_value_get_int64 (value));
      break;

    case PROP_RELATION:
      passend_guardian_set_relation (self, g_value_get_string (value));
      break;

    case PROP_VOORLETTERS:
      passend_guardian_set_voorletters (self, g_value_get_string (value));
      break;

    case PROP_TUSSENVOEGSEL:
      passend_guardian_set_tussenvoegsel (self, g_value_get_string (value));
      break;

    case PROP_ACHTERNAAM:
      passend_guardian_set_achternaam (self, g_value_get_string (value));
      break;

    case PROP_HAS_AUTHORITY:
      passend_guardian_set_has_authority (self, g_value_get_boolean (value));
      break;

    case PROP_EMAIL:
      passend_guardian_set_email (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      passend_guardian_set_phone (self, g_value_get_string (value));
      break;

    case PROP_PHONE_IS_SECRET:
      passend_guardian_set_phone_is_secret (self, g_value_get_boolean (value));
      break;

    case PROP_PREFERS_EMAIL:
      passend_guardian_set_prefers_email (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_guardian_class_init (PassendGuardianClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = passend_guardian_finalize;
  object_class->get_property = passend_guardian_get_property;
  object_class->set_property = passend_guardian_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_STUDENT_ID] =
    g_param_spec_int64 ("student-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_RELATION] =
    g_param_spec_string ("relation", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_VOORLETTERS] =
    g_param_spec_string ("voorletters", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_TUSSENVOEGSEL] =
    g_param_spec_string ("tussenvoegsel", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_ACHTERNAAM] =
    g_param_spec_string ("achternaam", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_HAS_AUTHORITY] =
    g_param_spec_boolean ("has-authority", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_PHONE_IS_SECRET] =
    g_param_spec_boolean ("phone-is-secret", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_PREFERS_EMAIL] =
    g_param_spec_boolean ("prefers-email", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_guardian_init (PassendGuardian *self)
{
  self->has_authority = TRUE;
  self->prefers_email = TRUE;
}

PassendGuardian *
passend_guardian_new (void)
{
  return g_object_new (PASSEND_TYPE_GUARDIAN, NULL);
}

gint64
passend_guardian_get_id (PassendGuardian *self)
{
  g_return_val_if_fail (PASSEND_IS_GUARDIAN (self), 0);

  return self->id;
}

void
passend_guardian_set_id (PassendGuardian *self,
                         gint64           id)
{
  g_return_if_fail (PASSEND_IS_GUARDIAN (self));

  if (self->id == id)
    return;

  self->id = id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
passend_guardian_get_student_id (PassendGuardian *self)
{
  g_return_val_if_fail (PASSEND_IS_GUARDIAN (self), 0);

  return self->student_id;
}

void
passend_guardian_set_student_id (PassendGuardian *self,
                                 gint64           student_id)
{
  g_return_if_fail (PASSEND_IS_GUARDIAN (self));

  if (self->student_id == student_id)
    return;

  self->student_id = student_id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT_ID]);
}

const char *
passend_guardian_get_relation (PassendGuardian *self)
{
  g_return_val_if_fail (PASSEND_IS_GUARDIAN (self), NULL);

  return _passend_string_or_empty (self->relation);
}

void
passend_guardian_set_relation (PassendGuardian *self,
                               const char      *relation)
{
  g_return_if_fail (PASSEND_IS_GUARDIAN (self));

  if (!_passend_set_string (&self->relation, relation))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RELATION]);
}

const char *
passend_guardian_get_voorletters (PassendGuardian *self)
{
  g_return_val_if_fail (PASSEND_IS_GUARDIAN (self), NULL);

  return _passend_string_or_empty (self->voorletters);
}

void
passend_guardian_set_voorletters (PassendGuardian *self,
                                  const char      *voorletters)
{
  g_return_if_fail (PASSEND_IS_GUARDIAN (self));

  if (!_passend_set_string (&self->voorletters, voorletters))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOORLETTERS]);
}

const char *
passend_guardian_get_tussenvoegsel (PassendGuardian *self)
{
  g_return_val_if_fail (PASSEND_IS_GUARDIAN (self), NULL);

  return _passend_string_or_empty (self->tussenvoegsel);
}

void
passend_guardian_set_tussenvoegsel (PassendGuardian *self,
                                    const char      *tussenvoegsel)
{
  g_return_if_fail (PASSEND_IS_GUARDIAN (self));

  if (!_passend_set_string (&self->tussenvoegsel, tussenvoegsel))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TUSSENVOEGSEL]);
}

const char *
passend_guardian_get_achternaam (PassendGuardian *self)
{
  g_return_val_if_fail (PASSEND_IS_GUARDIAN (self), NULL);

  return _passend_string_or_empty (self->achternaam);
}

void
passend_guardian_set_achternaam (PassendGuardian *self,
                                 const char      *achternaam)
{
  g_return_if_fail (PASSEND_IS_GUARDIAN (self));

  if (!_passend_set_string (&self->achternaam, achternaam))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACHTERNAAM]);
}

gboolean
passend_guardian_get_has_authority (PassendGuardian *self)
{
  g_return_val_if_fail (PASSEND_IS_GUARDIAN (self), FALSE);

  return self->has_authority;
}

void
passend_guardian_set_has_authority (PassendGuardian *self,
                                    gboolean         has_authority)
{
  g_return_if_fail (PASSEND_IS_GUARDIAN (self));

  has_authority = !!has_authority;

  if (self->has_authority == has_authority)
    return;

  self->has_authority = has_authority;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_AUTHORITY]);
}

const char *
passend_guardian_get_email (PassendGuardian *self)
{
  g_return_val_if_fail (PASSEND_IS_GUARDIAN (self), NULL);

  return _passend_string_or_empty (self->email);
}

void
passend_guardian_set_email (PassendGuardian *self,
                            const char      *email)
{
  g_return_if_fail (PASSEND_IS_GUARDIAN (self));

  if (!_passend_set_string (&self->email, email))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
passend_guardian_get_phone (PassendGuardian *self)
{
  g_return_val_if_fail (PASSEND_IS_GUARDIAN (self), NULL);

  return _passend_string_or_empty (self->phone);
}

void
passend_guardian_set_phone (PassendGuardian *self,
                            const char      *phone)
{
  g_return_if_fail (PASSEND_IS_GUARDIAN (self));

  if (!_passend_set_string (&self->phone, phone))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

gboolean
passend_guardian_get_phone_is_secret (PassendGuardian *self)
{
  g_return_val_if_fail (PASSEND_IS_GUARDIAN (self), FALSE);

  return self->phone_is_secret;
}

void
passend_guardian_set_phone_is_secret (PassendGuardian *self,
                                      gboolean         secret)
{
  g_return_if_fail (PASSEND_IS_GUARDIAN (self));

  secret = !!secret;

  if (self->phone_is_secret == secret)
    return;

  self->phone_is_secret = secret;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE_IS_SECRET]);
}

gboolean
passend_guardian_get_prefers_email (PassendGuardian *self)
{
  g_return_val_if_fail (PASSEND_IS_GUARDIAN (self), FALSE);

  return self->prefers_email;
}

void
passend_guardian_set_prefers_email (PassendGuardian *self,
                                    gboolean         prefers_email)
{
  g_return_if_fail (PASSEND_IS_GUARDIAN (self));

  prefers_email = !!prefers_email;

  if (self->prefers_email == prefers_email)
    return;

  self->prefers_email = prefers_email;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREFERS_EMAIL]);
}

/* The school rarely records a guardian's gender, so "mevr."/"dhr." cannot
 * be chosen reliably; initials with the full family name are always
 * correct: "A. de Vries". */
char *
passend_guardian_dup_display_name (PassendGuardian *self)
{
  g_return_val_if_fail (PASSEND_IS_GUARDIAN (self), NULL);

  return passend_text_join_name (self->voorletters, self->tussenvoegsel, self->achternaam);
}
