/* passend-aanmelding.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-aanmelding.h"
#include "passend-core-private.h"
#include "passend-text.h"

struct _PassendAanmelding
{
  GObject                   parent_instance;

  gint64                    id;
  char                     *roepnaam;
  char                     *tussenvoegsel;
  char                     *achternaam;
  char                     *previous_school;
  char                     *requested_track;
  char                     *guardian_name;
  char                     *guardian_email;
  char                     *guardian_phone;
  char                     *support_need;
  char                     *extension_reason;
  char                     *screening_notes;
  char                     *advice;
  char                     *outcome_reason;
  char                     *outcome_school;
  PassendDay                birth_date;
  PassendDay                received_on;
  PassendDay                extension_letter_on;
  PassendDay                extended_until;
  PassendDay                decided_on;
  int                       requested_year;
  gboolean                  first_preference;
  PassendAanmeldingOutcome  outcome;
  gint64                    student_id;
  gint64                    created_at;
  gint64                    updated_at;

  /* Caches of the derived names, dropped when a name part changes. */
  char                     *display_name;
  char                     *sort_name;
};

G_DEFINE_FINAL_TYPE (PassendAanmelding, passend_aanmelding, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (PassendAanmeldingOutcome, passend_aanmelding_outcome,
  G_DEFINE_ENUM_VALUE (PASSEND_AANMELDING_OUTCOME_NONE, "none"),
  G_DEFINE_ENUM_VALUE (PASSEND_AANMELDING_OUTCOME_ADMITTED, "admitted"),
  G_DEFINE_ENUM_VALUE (PASSEND_AANMELDING_OUTCOME_ADMITTED_WITH_ARRANGEMENT, "admitted-with-arrangement"),
  G_DEFINE_ENUM_VALUE (PASSEND_AANMELDING_OUTCOME_PLACED_ELSEWHERE, "placed-elsewhere"),
  G_DEFINE_ENUM_VALUE (PASSEND_AANMELDING_OUTCOME_NOT_ADMITTED, "not-admitted"))

enum {
  PROP_0,
  PROP_ID,
  PROP_ROEPNAAM,
  PROP_TUSSENVOEGSEL,
  PROP_ACHTERNAAM,
  PROP_BIRTH_DATE,
  PROP_PREVIOUS_SCHOOL,
  PROP_REQUESTED_TRACK,
  PROP_REQUESTED_YEAR,
  PROP_GUARDIAN_NAME,
  PROP_GUARDIAN_EMAIL,
  PROP_GUARDIAN_PHONE,
  PROP_RECEIVED_ON,
  PROP_FIRST_PREFERENCE,
  PROP_SUPPORT_NEED,
  PROP_EXTENSION_LETTER_ON,
  PROP_EXTENSION_REASON,
  PROP_EXTENDED_UNTIL,
  PROP_SCREENING_NOTES,
  PROP_ADVICE,
  PROP_OUTCOME,
  PROP_OUTCOME_REASON,
  PROP_OUTCOME_SCHOOL,
  PROP_DECIDED_ON,
  PROP_STUDENT_ID,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_DISPLAY_NAME,
  PROP_IS_DECIDED,
  PROP_HAS_EXTENSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char *code;
  const char *label;
} outcomes[] = {
  [PASSEND_AANMELDING_OUTCOME_NONE] = { NULL, "" },
  [PASSEND_AANMELDING_OUTCOME_ADMITTED] = { "admitted", N_("Admitted") },
  [PASSEND_AANMELDING_OUTCOME_ADMITTED_WITH_ARRANGEMENT] = { "admitted-with-arrangement", N_("Admitted with arrangement") },
  [PASSEND_AANMELDING_OUTCOME_PLACED_ELSEWHERE] = { "placed-elsewhere", N_("Place offered elsewhere") },
  [PASSEND_AANMELDING_OUTCOME_NOT_ADMITTED] = { "not-admitted", N_("Not admitted") },
};

const char *
passend_aanmelding_outcome_to_code (PassendAanmeldingOutcome outcome)
{
  if ((guint) outcome >= G_N_ELEMENTS (outcomes))
    return NULL;

  return outcomes[outcome].code;
}

gboolean
passend_aanmelding_outcome_from_code (const char               *code,
                                      PassendAanmeldingOutcome *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    {
      if (outcomes[i].code != NULL && g_strcmp0 (code, outcomes[i].code) == 0)
        {
          *out = (PassendAanmeldingOutcome) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
passend_aanmelding_outcome_get_label (PassendAanmeldingOutcome outcome)
{
  if ((guint) outcome >= G_N_ELEMENTS (outcomes) || outcome == PASSEND_AANMELDING_OUTCOME_NONE)
    return "";

  return g_dgettext (GETTEXT_PACKAGE, outcomes[outcome].label);
}

gboolean
passend_aanmelding_outcome_is_admission (PassendAanmeldingOutcome outcome)
{
  return outcome == PASSEND_AANMELDING_OUTCOME_ADMITTED ||
         outcome == PASSEND_AANMELDING_OUTCOME_ADMITTED_WITH_ARRANGEMENT;
}

static void
drop_name_cache (PassendAanmelding *self)
{
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->sort_name, g_free);
}

static void
passend_aanmelding_finalize (GObject *object)
{
  PassendAanmelding *self = PASSEND_AANMELDING (object);

  g_clear_pointer (&self->roepnaam, g_free);
  g_clear_pointer (&self->tussenvoegsel, g_free);
  g_clear_pointer (&self->achternaam, g_free);
  g_clear_pointer (&self->previous_school, g_free);
  g_clear_pointer (&self->requested_track, g_free);
  g_clear_pointer (&self->guardian_name, g_free);
  g_clear_pointer (&self->guardian_email, g_free);
  g_clear_pointer (&self->guardian_phone, g_free);
  g_clear_pointer (&self->support_need, g_free);
  g_clear_pointer (&self->extension_reason, g_free);
  g_clear_pointer (&self->screening_notes, g_free);
  g_clear_pointer (&self->advice, g_free);
  g_clear_pointer (&self->outcome_reason, g_free);
  g_clear_pointer (&self->outcome_school, g_free);
  drop_name_cache (self);

  G_OBJECT_CLASS (passend_aanmelding_parent_class)->finalize (object);
}

static void
passend_aanmelding_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PassendAanmelding *self = PASSEND_AANMELDING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_ROEPNAAM:
      g_value_set_string (value, passend_aanmelding_get_roepnaam (self));
      break;

    case PROP_TUSSENVOEGSEL:
      g_value_set_string (value, passend_aanmelding_get_tussenvoegsel (self));
      break;

    case PROP_ACHTERNAAM:
      g_value_set_string (value, passend_aanmelding_get_achternaam (self));
      break;

    case PROP_BIRTH_DATE:
      g_value_set_uint (value, self->birth_date);
      break;

    case PROP_PREVIOUS_SCHOOL:
      g_value_set_string (value, passend_aanmelding_get_previous_school (self));
      break;

    case PROP_REQUESTED_TRACK:
      g_value_set_string (value, passend_aanmelding_get_requested_track (self));
      break;

    case PROP_REQUESTED_YEAR:
      g_value_set_int (value, self->requested_year);
      break;

    case PROP_GUARDIAN_NAME:
      g_value_set_string (value, passend_aanmelding_get_guardian_name (self));
      break;

    case PROP_GUARDIAN_EMAIL:
      g_value_set_string (value, passend_aanmelding_get_guardian_email (self));
      break;

    case PROP_GUARDIAN_PHONE:
      g_value_set_string (value, passend_aanmelding_get_guardian_phone (self));
      break;

    case PROP_RECEIVED_ON:
      g_value_set_uint (value, self->received_on);
      break;

    case PROP_FIRST_PREFERENCE:
      g_value_set_boolean (value, self->first_preference);
      break;

    case PROP_SUPPORT_NEED:
      g_value_set_string (value, passend_aanmelding_get_support_need (self));
      break;

    case PROP_EXTENSION_LETTER_ON:
      g_value_set_uint (value, self->extension_letter_on);
      break;

    case PROP_EXTENSION_REASON:
      g_value_set_string (value, passend_aanmelding_get_extension_reason (self));
      break;

    case PROP_EXTENDED_UNTIL:
      g_value_set_uint (value, self->extended_until);
      break;

    case PROP_SCREENING_NOTES:
      g_value_set_string (value, passend_aanmelding_get_screening_notes (self));
      break;

    case PROP_ADVICE:
      g_value_set_string (value, passend_aanmelding_get_advice (self));
      break;

    case PROP_OUTCOME:
      g_value_set_enum (value, self->outcome);
      break;

    case PROP_OUTCOME_REASON:
      g_value_set_string (value, passend_aanmelding_get_outcome_reason (self));
      break;

    case PROP_OUTCOME_SCHOOL:
      g_value_set_string (value, passend_aanmelding_get_outcome_school (self));
      break;

    case PROP_DECIDED_ON:
      g_value_set_uint (value, self->decided_on);
      break;

    case PROP_STUDENT_ID:
      g_value_set_int64 (value, self->student_id);
      break;

    case PROP_CREATED_AT:
      g_value_set_int64 (value, self->created_at);
      break;

    case PROP_UPDATED_AT:
      g_value_set_int64 (value, self->updated_at);
      break;

    case PROP_DISPLAY_NAME:
      g_value_set_string (value, passend_aanmelding_get_display_name (self));
      break;

    case PROP_IS_DECIDED:
      g_value_set_boolean (value, passend_aanmelding_is_decided (self));
      break;

    case PROP_HAS_EXTENSION:
      g_value_set_boolean (value, passend_aanmelding_has_extension (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_aanmelding_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PassendAanmelding *self = PASSEND_AANMELDING (object);

  switch (prop_id)
    {
    case PROP_ID:
      passend_aanmelding_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_ROEPNAAM:
      passend_aanmelding_set_roepnaam (self, g_value_get_string (value));
      break;

    case PROP_TUSSENVOEGSEL:
      passend_aanmelding_set_tussenvoegsel (self, g_value_get_string (value));
      break;

    case PROP_ACHTERNAAM:
      passend_aanmelding_set_achternaam (self, g_value_get_string (value));
      break;

    case PROP_BIRTH_DATE:
      passend_aanmelding_set_birth_date (self, g_value_get_uint (value));
      break;

    case PROP_PREVIOUS_SCHOOL:
      passend_aanmelding_set_previous_school (self, g_value_get_string (value));
      break;

    case PROP_REQUESTED_TRACK:
      passend_aanmelding_set_requested_track (self, g_value_get_string (value));
      break;

    case PROP_REQUESTED_YEAR:
      passend_aanmelding_set_requested_year (self, g_value_get_int (value));
      break;

    case PROP_GUARDIAN_NAME:
      passend_aanmelding_set_guardian_name (self, g_value_get_string (value));
      break;

    case PROP_GUARDIAN_EMAIL:
      passend_aanmelding_set_guardian_email (self, g_value_get_string (value));
      break;

    case PROP_GUARDIAN_PHONE:
      passend_aanmelding_set_guardian_phone (self, g_value_get_string (value));
      break;

    case PROP_RECEIVED_ON:
      passend_aanmelding_set_received_on (self, g_value_get_uint (value));
      break;

    case PROP_FIRST_PREFERENCE:
      passend_aanmelding_set_first_preference (self, g_value_get_boolean (value));
      break;

    case PROP_SUPPORT_NEED:
      passend_aanmelding_set_support_need (self, g_value_get_string (value));
      break;

    case PROP_EXTENSION_LETTER_ON:
      passend_aanmelding_set_extension_letter_on (self, g_value_get_uint (value));
      break;

    case PROP_EXTENSION_REASON:
      passend_aanmelding_set_extension_reason (self, g_value_get_string (value));
      break;

    case PROP_EXTENDED_UNTIL:
      passend_aanmelding_set_extended_until (self, g_value_get_uint (value));
      break;

    case PROP_SCREENING_NOTES:
      passend_aanmelding_set_screening_notes (self, g_value_get_string (value));
      break;

    case PROP_ADVICE:
      passend_aanmelding_set_advice (self, g_value_get_string (value));
      break;

    case PROP_OUTCOME:
      passend_aanmelding_set_outcome (self, g_value_get_enum (value));
      break;

    case PROP_OUTCOME_REASON:
      passend_aanmelding_set_outcome_reason (self, g_value_get_string (value));
      break;

    case PROP_OUTCOME_SCHOOL:
      passend_aanmelding_set_outcome_school (self, g_value_get_string (value));
      break;

    case PROP_DECIDED_ON:
      passend_aanmelding_set_decided_on (self, g_value_get_uint (value));
      break;

    case PROP_STUDENT_ID:
      passend_aanmelding_set_student_id (self, g_value_get_int64 (value));
      break;

    case PROP_CREATED_AT:
      passend_aanmelding_set_created_at (self, g_value_get_int64 (value));
      break;

    case PROP_UPDATED_AT:
      passend_aanmelding_set_updated_at (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_aanmelding_class_init (PassendAanmeldingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = passend_aanmelding_finalize;
  object_class->get_property = passend_aanmelding_get_property;
  object_class->set_property = passend_aanmelding_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ROEPNAAM] =
    g_param_spec_string ("roepnaam", NULL, NULL, NULL, flags);
  properties[PROP_TUSSENVOEGSEL] =
    g_param_spec_string ("tussenvoegsel", NULL, NULL, NULL, flags);
  properties[PROP_ACHTERNAAM] =
    g_param_spec_string ("achternaam", NULL, NULL, NULL, flags);
  properties[PROP_BIRTH_DATE] =
    g_param_spec_uint ("birth-date", NULL, NULL, 0, G_MAXUINT32, PASSEND_DAY_NONE, flags);
  properties[PROP_PREVIOUS_SCHOOL] =
    g_param_spec_string ("previous-school", NULL, NULL, NULL, flags);
  properties[PROP_REQUESTED_TRACK] =
    g_param_spec_string ("requested-track", NULL, NULL, NULL, flags);
  properties[PROP_REQUESTED_YEAR] =
    g_param_spec_int ("requested-year", NULL, NULL, 1, 6, 1, flags);
  properties[PROP_GUARDIAN_NAME] =
    g_param_spec_string ("guardian-name", NULL, NULL, NULL, flags);
  properties[PROP_GUARDIAN_EMAIL] =
    g_param_spec_string ("guardian-email", NULL, NULL, NULL, flags);
  properties[PROP_GUARDIAN_PHONE] =
    g_param_spec_string ("guardian-phone", NULL, NULL, NULL, flags);
  properties[PROP_RECEIVED_ON] =
    g_param_spec_uint ("received-on", NULL, NULL, 0, G_MAXUINT32, PASSEND_DAY_NONE, flags);
  properties[PROP_FIRST_PREFERENCE] =
    g_param_spec_boolean ("first-preference", NULL, NULL, TRUE, flags);
  properties[PROP_SUPPORT_NEED] =
    g_param_spec_string ("support-need", NULL, NULL, NULL, flags);
  properties[PROP_EXTENSION_LETTER_ON] =
    g_param_spec_uint ("extension-letter-on", NULL, NULL, 0, G_MAXUINT32, PASSEND_DAY_NONE, flags);
  properties[PROP_EXTENSION_REASON] =
    g_param_spec_string ("extension-reason", NULL, NULL, NULL, flags);
  properties[PROP_EXTENDED_UNTIL] =
    g_param_spec_uint ("extended-until", NULL, NULL, 0, G_MAXUINT32, PASSEND_DAY_NONE, flags);
  properties[PROP_SCREENING_NOTES] =
    g_param_spec_string ("screening-notes", NULL, NULL, NULL, flags);
  properties[PROP_ADVICE] =
    g_param_spec_string ("advice", NULL, NULL, NULL, flags);
  properties[PROP_OUTCOME] =
    g_param_spec_enum ("outcome", NULL, NULL, PASSEND_TYPE_AANMELDING_OUTCOME,
                       PASSEND_AANMELDING_OUTCOME_NONE, flags);
  properties[PROP_OUTCOME_REASON] =
    g_param_spec_string ("outcome-reason", NULL, NULL, NULL, flags);
  properties[PROP_OUTCOME_SCHOOL] =
    g_param_spec_string ("outcome-school", NULL, NULL, NULL, flags);
  properties[PROP_DECIDED_ON] =
    g_param_spec_uint ("decided-on", NULL, NULL, 0, G_MAXUINT32, PASSEND_DAY_NONE, flags);
  properties[PROP_STUDENT_ID] =
    g_param_spec_int64 ("student-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UPDATED_AT] =
    g_param_spec_int64 ("updated-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_IS_DECIDED] =
    g_param_spec_boolean ("is-decided", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_HAS_EXTENSION] =
    g_param_spec_boolean ("has-extension", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_aanmelding_init (PassendAanmelding *self)
{
  self->requested_year = 1;
  self->first_preference = TRUE;
}

PassendAanmelding *
passend_aanmelding_new (void)
{
  return g_object_new (PASSEND_TYPE_AANMELDING, NULL);
}

static void
notify (PassendAanmelding *self,
        guint              prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* The accessors are all alike: a getter, and a setter that returns early
 * when nothing changes and notifies once. */
#define DEFINE_TEXT_ACCESSORS(field, prop, extra)                        \
  const char *                                                           \
  passend_aanmelding_get_##field (PassendAanmelding *self)               \
  {                                                                      \
    g_return_val_if_fail (PASSEND_IS_AANMELDING (self), NULL);           \
    return _passend_string_or_empty (self->field);                       \
  }                                                                      \
  void                                                                   \
  passend_aanmelding_set_##field (PassendAanmelding *self,               \
                                  const char        *value)              \
  {                                                                      \
    g_return_if_fail (PASSEND_IS_AANMELDING (self));                     \
    if (!_passend_set_string (&self->field, value))                      \
      return;                                                            \
    extra;                                                               \
    notify (self, prop);                                                 \
  }

#define DEFINE_VALUE_ACCESSORS(type, field, prop, extra)                 \
  type                                                                   \
  passend_aanmelding_get_##field (PassendAanmelding *self)               \
  {                                                                      \
    g_return_val_if_fail (PASSEND_IS_AANMELDING (self), 0);              \
    return self->field;                                                  \
  }                                                                      \
  void                                                                   \
  passend_aanmelding_set_##field (PassendAanmelding *self,               \
                                  type               value)              \
  {                                                                      \
    g_return_if_fail (PASSEND_IS_AANMELDING (self));                     \
    if (self->field == value)                                            \
      return;                                                            \
    self->field = value;                                                 \
    notify (self, prop);                                                 \
    extra;                                                               \
  }

static void
name_changed (PassendAanmelding *self)
{
  drop_name_cache (self);
  notify (self, PROP_DISPLAY_NAME);
}

DEFINE_TEXT_ACCESSORS (roepnaam, PROP_ROEPNAAM, name_changed (self))
DEFINE_TEXT_ACCESSORS (tussenvoegsel, PROP_TUSSENVOEGSEL, name_changed (self))
DEFINE_TEXT_ACCESSORS (achternaam, PROP_ACHTERNAAM, name_changed (self))
DEFINE_TEXT_ACCESSORS (previous_school, PROP_PREVIOUS_SCHOOL, (void) 0)
DEFINE_TEXT_ACCESSORS (requested_track, PROP_REQUESTED_TRACK, (void) 0)
DEFINE_TEXT_ACCESSORS (guardian_name, PROP_GUARDIAN_NAME, (void) 0)
DEFINE_TEXT_ACCESSORS (guardian_email, PROP_GUARDIAN_EMAIL, (void) 0)
DEFINE_TEXT_ACCESSORS (guardian_phone, PROP_GUARDIAN_PHONE, (void) 0)
DEFINE_TEXT_ACCESSORS (support_need, PROP_SUPPORT_NEED, (void) 0)
DEFINE_TEXT_ACCESSORS (extension_reason, PROP_EXTENSION_REASON, (void) 0)
DEFINE_TEXT_ACCESSORS (screening_notes, PROP_SCREENING_NOTES, (void) 0)
DEFINE_TEXT_ACCESSORS (advice, PROP_ADVICE, (void) 0)
DEFINE_TEXT_ACCESSORS (outcome_reason, PROP_OUTCOME_REASON, (void) 0)
DEFINE_TEXT_ACCESSORS (outcome_school, PROP_OUTCOME_SCHOOL, (void) 0)

DEFINE_VALUE_ACCESSORS (PassendDay, birth_date, PROP_BIRTH_DATE, (void) 0)
DEFINE_VALUE_ACCESSORS (PassendDay, received_on, PROP_RECEIVED_ON, (void) 0)
DEFINE_VALUE_ACCESSORS (PassendDay, extension_letter_on, PROP_EXTENSION_LETTER_ON, (void) 0)
DEFINE_VALUE_ACCESSORS (PassendDay, extended_until, PROP_EXTENDED_UNTIL, notify (self, PROP_HAS_EXTENSION))
DEFINE_VALUE_ACCESSORS (PassendDay, decided_on, PROP_DECIDED_ON, notify (self, PROP_IS_DECIDED))
DEFINE_VALUE_ACCESSORS (gint64, id, PROP_ID, (void) 0)
DEFINE_VALUE_ACCESSORS (gint64, student_id, PROP_STUDENT_ID, (void) 0)
DEFINE_VALUE_ACCESSORS (gint64, created_at, PROP_CREATED_AT, (void) 0)
DEFINE_VALUE_ACCESSORS (gint64, updated_at, PROP_UPDATED_AT, (void) 0)
DEFINE_VALUE_ACCESSORS (PassendAanmeldingOutcome, outcome, PROP_OUTCOME, notify (self, PROP_IS_DECIDED))

int
passend_aanmelding_get_requested_year (PassendAanmelding *self)
{
  g_return_val_if_fail (PASSEND_IS_AANMELDING (self), 1);

  return self->requested_year;
}

void
passend_aanmelding_set_requested_year (PassendAanmelding *self,
                                       int                requested_year)
{
  g_return_if_fail (PASSEND_IS_AANMELDING (self));
  g_return_if_fail (requested_year >= 1 && requested_year <= 6);

  if (self->requested_year == requested_year)
    return;

  self->requested_year = requested_year;
  notify (self, PROP_REQUESTED_YEAR);
}

gboolean
passend_aanmelding_get_first_preference (PassendAanmelding *self)
{
  g_return_val_if_fail (PASSEND_IS_AANMELDING (self), FALSE);

  return self->first_preference;
}

void
passend_aanmelding_set_first_preference (PassendAanmelding *self,
                                         gboolean           first_preference)
{
  g_return_if_fail (PASSEND_IS_AANMELDING (self));

  first_preference = !!first_preference;
  if (self->first_preference == first_preference)
    return;

  self->first_preference = first_preference;
  notify (self, PROP_FIRST_PREFERENCE);
}

const char *
passend_aanmelding_get_display_name (PassendAanmelding *self)
{
  g_return_val_if_fail (PASSEND_IS_AANMELDING (self), NULL);

  if (self->display_name == NULL)
    self->display_name = passend_text_join_name (self->roepnaam, self->tussenvoegsel,
                                                 self->achternaam);

  return self->display_name;
}

const char *
passend_aanmelding_get_sort_name (PassendAanmelding *self)
{
  g_return_val_if_fail (PASSEND_IS_AANMELDING (self), NULL);

  if (self->sort_name == NULL)
    self->sort_name = passend_text_sort_name (self->roepnaam, self->tussenvoegsel,
                                              self->achternaam);

  return self->sort_name;
}

/* A decision needs both an outcome and its day (the schema's CHECK). */
gboolean
passend_aanmelding_is_decided (PassendAanmelding *self)
{
  g_return_val_if_fail (PASSEND_IS_AANMELDING (self), FALSE);

  return self->outcome != PASSEND_AANMELDING_OUTCOME_NONE &&
         self->decided_on != PASSEND_DAY_NONE;
}

gboolean
passend_aanmelding_has_extension (PassendAanmelding *self)
{
  g_return_val_if_fail (PASSEND_IS_AANMELDING (self), FALSE);

  return self->extended_until != PASSEND_DAY_NONE;
}
