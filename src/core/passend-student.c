/* passend-student.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-core-private.h"
#include "passend-enums.h"
#include "passend-student-private.h"

G_DEFINE_FINAL_TYPE (PassendStudent, passend_student, G_TYPE_OBJECT)

GParamSpec *_passend_student_properties[N_PROPS];

static void
passend_student_finalize (GObject *object)
{
  PassendStudent *self = PASSEND_STUDENT (object);

  g_clear_pointer (&self->lvs_number, g_free);
  g_clear_pointer (&self->roepnaam, g_free);
  g_clear_pointer (&self->voorletters, g_free);
  g_clear_pointer (&self->tussenvoegsel, g_free);
  g_clear_pointer (&self->achternaam, g_free);
  g_clear_pointer (&self->gender, g_free);
  g_clear_pointer (&self->class_name, g_free);
  g_clear_pointer (&self->track, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->mentor_name, g_free);
  g_clear_pointer (&self->regie_name, g_free);
  _passend_student_drop_name_cache (self);

  G_OBJECT_CLASS (passend_student_parent_class)->finalize (object);
}

static void
passend_student_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PassendStudent *self = PASSEND_STUDENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, passend_student_get_id (self));
      break;

    case PROP_LVS_NUMBER:
      g_value_set_string (value, passend_student_get_lvs_number (self));
      break;

    case PROP_ROEPNAAM:
      g_value_set_string (value, passend_student_get_roepnaam (self));
      break;

    case PROP_VOORLETTERS:
      g_value_set_string (value, passend_student_get_voorletters (self));
      break;

    case PROP_TUSSENVOEGSEL:
      g_value_set_string (value, passend_student_get_tussenvoegsel (self));
      break;

    case PROP_ACHTERNAAM:
      g_value_set_string (value, passend_student_get_achternaam (self));
      break;

    case PROP_BIRTH_DATE:
      g_value_set_uint (value, passend_student_get_birth_date (self));
      break;

    case PROP_GENDER:
      g_value_set_string (value, passend_student_get_gender (self));
      break;

    case PROP_CLASS_NAME:
      g_value_set_string (value, passend_student_get_class_name (self));
      break;

    case PROP_YEAR:
      g_value_set_int (value, passend_student_get_year (self));
      break;

    case PROP_TRACK:
      g_value_set_string (value, passend_student_get_track (self));
      break;

    case PROP_LOCATION:
      g_value_set_string (value, passend_student_get_location (self));
      break;

    case PROP_MENTOR_ID:
      g_value_set_int64 (value, passend_student_get_mentor_id (self));
      break;

    case PROP_MENTOR_NAME:
      g_value_set_string (value, passend_student_get_mentor_name (self));
      break;

    case PROP_ENROLLED_ON:
      g_value_set_uint (value, passend_student_get_enrolled_on (self));
      break;

    case PROP_LEFT_ON:
      g_value_set_uint (value, passend_student_get_left_on (self));
      break;

    case PROP_NIVEAU:
      g_value_set_enum (value, passend_student_get_niveau (self));
      break;

    case PROP_PHASE:
      g_value_set_enum (value, passend_student_get_phase (self));
      break;

    case PROP_REGIE:
      g_value_set_enum (value, passend_student_get_regie (self));
      break;

    case PROP_REGIE_PERSON_ID:
      g_value_set_int64 (value, passend_student_get_regie_person_id (self));
      break;

    case PROP_REGIE_NAME:
      g_value_set_string (value, passend_student_get_regie_name (self));
      break;

    case PROP_CASE_OPEN:
      g_value_set_boolean (value, passend_student_get_case_open (self));
      break;

    case PROP_CLOSED_ON:
      g_value_set_uint (value, passend_student_get_closed_on (self));
      break;

    case PROP_CLOSE_OUTCOME:
      g_value_set_int (value, passend_student_get_close_outcome (self));
      break;

    case PROP_OPP_ESTABLISHED_ON:
      g_value_set_uint (value, passend_student_get_opp_established_on (self));
      break;

    case PROP_DISPLAY_NAME:
      g_value_set_string (value, passend_student_get_display_name (self));
      break;

    case PROP_SORT_NAME:
      g_value_set_string (value, passend_student_get_sort_name (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_student_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PassendStudent *self = PASSEND_STUDENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      passend_student_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_LVS_NUMBER:
      passend_student_set_lvs_number (self, g_value_get_string (value));
      break;

    case PROP_ROEPNAAM:
      passend_student_set_roepnaam (self, g_value_get_string (value));
      break;

    case PROP_VOORLETTERS:
      passend_student_set_voorletters (self, g_value_get_string (value));
      break;

    case PROP_TUSSENVOEGSEL:
      passend_student_set_tussenvoegsel (self, g_value_get_string (value));
      break;

    case PROP_ACHTERNAAM:
      passend_student_set_achternaam (self, g_value_get_string (value));
      break;

    case PROP_BIRTH_DATE:
      passend_student_set_birth_date (self, g_value_get_uint (value));
      break;

    case PROP_GENDER:
      passend_student_set_gender (self, g_value_get_string (value));
      break;

    case PROP_CLASS_NAME:
      passend_student_set_class_name (self, g_value_get_string (value));
      break;

    case PROP_YEAR:
      passend_student_set_year (self, g_value_get_int (value));
      break;

    case PROP_TRACK:
      passend_student_set_track (self, g_value_get_string (value));
      break;

    case PROP_LOCATION:
      passend_student_set_location (self, g_value_get_string (value));
      break;

    case PROP_MENTOR_ID:
      passend_student_set_mentor_id (self, g_value_get_int64 (value));
      break;

    case PROP_MENTOR_NAME:
      passend_student_set_mentor_name (self, g_value_get_string (value));
      break;

    case PROP_ENROLLED_ON:
      passend_student_set_enrolled_on (self, g_value_get_uint (value));
      break;

    case PROP_LEFT_ON:
      passend_student_set_left_on (self, g_value_get_uint (value));
      break;

    case PROP_NIVEAU:
      passend_student_set_niveau (self, g_value_get_enum (value));
      break;

    case PROP_PHASE:
      passend_student_set_phase (self, g_value_get_enum (value));
      break;

    case PROP_REGIE:
      passend_student_set_regie (self, g_value_get_enum (value));
      break;

    case PROP_REGIE_PERSON_ID:
      passend_student_set_regie_person_id (self, g_value_get_int64 (value));
      break;

    case PROP_REGIE_NAME:
      passend_student_set_regie_name (self, g_value_get_string (value));
      break;

    case PROP_CASE_OPEN:
      passend_student_set_case_open (self, g_value_get_boolean (value));
      break;

    case PROP_CLOSED_ON:
      passend_student_set_closed_on (self, g_value_get_uint (value));
      break;

    case PROP_CLOSE_OUTCOME:
      passend_student_set_close_outcome (self, g_value_get_int (value));
      break;

    case PROP_OPP_ESTABLISHED_ON:
      passend_student_set_opp_established_on (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_student_class_init (PassendStudentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = passend_student_finalize;
  object_class->get_property = passend_student_get_property;
  object_class->set_property = passend_student_set_property;

  _passend_student_properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_LVS_NUMBER] =
    g_param_spec_string ("lvs-number", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_ROEPNAAM] =
    g_param_spec_string ("roepnaam", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_VOORLETTERS] =
    g_param_spec_string ("voorletters", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_TUSSENVOEGSEL] =
    g_param_spec_string ("tussenvoegsel", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_ACHTERNAAM] =
    g_param_spec_string ("achternaam", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_BIRTH_DATE] =
    g_param_spec_uint ("birth-date", NULL, NULL,
                       0, G_MAXUINT32, PASSEND_DAY_NONE,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_GENDER] =
    g_param_spec_string ("gender", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_CLASS_NAME] =
    g_param_spec_string ("class-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, 7, 0,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_TRACK] =
    g_param_spec_string ("track", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_MENTOR_ID] =
    g_param_spec_int64 ("mentor-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_MENTOR_NAME] =
    g_param_spec_string ("mentor-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_ENROLLED_ON] =
    g_param_spec_uint ("enrolled-on", NULL, NULL,
                       0, G_MAXUINT32, PASSEND_DAY_NONE,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_LEFT_ON] =
    g_param_spec_uint ("left-on", NULL, NULL,
                       0, G_MAXUINT32, PASSEND_DAY_NONE,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_NIVEAU] =
    g_param_spec_enum ("niveau", NULL, NULL,
                       PASSEND_TYPE_NIVEAU,
                       PASSEND_NIVEAU_NONE,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_PHASE] =
    g_param_spec_enum ("phase", NULL, NULL,
                       PASSEND_TYPE_PHASE,
                       PASSEND_PHASE_0_OVERDRACHT,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_REGIE] =
    g_param_spec_enum ("regie", NULL, NULL,
                       PASSEND_TYPE_REGIE,
                       PASSEND_REGIE_MENTOR,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_REGIE_PERSON_ID] =
    g_param_spec_int64 ("regie-person-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_REGIE_NAME] =
    g_param_spec_string ("regie-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_CASE_OPEN] =
    g_param_spec_boolean ("case-open", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /* Read-only and derived, so rows that show a name update when a name
   * part is corrected. */
  _passend_student_properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_SORT_NAME] =
    g_param_spec_string ("sort-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_CLOSED_ON] =
    g_param_spec_uint ("closed-on", NULL, NULL,
                       0, G_MAXUINT32, PASSEND_DAY_NONE,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_CLOSE_OUTCOME] =
    g_param_spec_int ("close-outcome", NULL, NULL,
                      0, PASSEND_N_CLOSE_OUTCOMES - 1, PASSEND_CLOSE_OUTCOME_SUPPORT_ENDED,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  _passend_student_properties[PROP_OPP_ESTABLISHED_ON] =
    g_param_spec_uint ("opp-established-on", NULL, NULL,
                       0, G_MAXUINT32, PASSEND_DAY_NONE,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, _passend_student_properties);
}

static void
passend_student_init (PassendStudent *self)
{
  self->niveau = PASSEND_NIVEAU_NONE;
  self->phase = PASSEND_PHASE_0_OVERDRACHT;
  self->regie = PASSEND_REGIE_MENTOR;
}

PassendStudent *
passend_student_new (void)
{
  return g_object_new (PASSEND_TYPE_STUDENT, NULL);
}

gint64
passend_student_get_id (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), 0);

  return self->id;
}

void
passend_student_set_id (PassendStudent *self,
                        gint64          id)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));

  if (self->id == id)
    return;

  self->id = id;

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_ID]);
}

const char *
passend_student_get_lvs_number (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), NULL);

  return _passend_string_or_empty (self->lvs_number);
}

void
passend_student_set_lvs_number (PassendStudent *self,
                                const char     *lvs_number)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));

  if (!_passend_set_string (&self->lvs_number, lvs_number))
    return;

  _passend_student_drop_search_cache (self);

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_LVS_NUMBER]);
}

const char *
passend_student_get_roepnaam (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), NULL);

  return _passend_string_or_empty (self->roepnaam);
}

void
passend_student_set_roepnaam (PassendStudent *self,
                              const char     *roepnaam)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));

  if (!_passend_set_string (&self->roepnaam, roepnaam))
    return;

  _passend_student_drop_name_cache (self);

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_ROEPNAAM]);
  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_DISPLAY_NAME]);
  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_SORT_NAME]);
}

const char *
passend_student_get_voorletters (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), NULL);

  return _passend_string_or_empty (self->voorletters);
}

void
passend_student_set_voorletters (PassendStudent *self,
                                 const char     *voorletters)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));

  if (!_passend_set_string (&self->voorletters, voorletters))
    return;

  _passend_student_drop_name_cache (self);

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_VOORLETTERS]);
  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_DISPLAY_NAME]);
  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_SORT_NAME]);
}

const char *
passend_student_get_tussenvoegsel (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), NULL);

  return _passend_string_or_empty (self->tussenvoegsel);
}

void
passend_student_set_tussenvoegsel (PassendStudent *self,
                                   const char     *tussenvoegsel)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));

  if (!_passend_set_string (&self->tussenvoegsel, tussenvoegsel))
    return;

  _passend_student_drop_name_cache (self);

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_TUSSENVOEGSEL]);
  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_DISPLAY_NAME]);
  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_SORT_NAME]);
}

const char *
passend_student_get_achternaam (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), NULL);

  return _passend_string_or_empty (self->achternaam);
}

void
passend_student_set_achternaam (PassendStudent *self,
                                const char     *achternaam)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));

  if (!_passend_set_string (&self->achternaam, achternaam))
    return;

  _passend_student_drop_name_cache (self);

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_ACHTERNAAM]);
  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_DISPLAY_NAME]);
  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_SORT_NAME]);
}

PassendDay
passend_student_get_birth_date (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), 0);

  return self->birth_date;
}

void
passend_student_set_birth_date (PassendStudent *self,
                                PassendDay      birth_date)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));

  if (self->birth_date == birth_date)
    return;

  self->birth_date = birth_date;

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_BIRTH_DATE]);
}

const char *
passend_student_get_gender (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), NULL);

  return _passend_string_or_empty (self->gender);
}

void
passend_student_set_gender (PassendStudent *self,
                            const char     *gender)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));

  if (!_passend_set_string (&self->gender, gender))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_GENDER]);
}

const char *
passend_student_get_class_name (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), NULL);

  return _passend_string_or_empty (self->class_name);
}

void
passend_student_set_class_name (PassendStudent *self,
                                const char     *class_name)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));

  if (!_passend_set_string (&self->class_name, class_name))
    return;

  _passend_student_drop_search_cache (self);

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_CLASS_NAME]);
}

int
passend_student_get_year (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), 0);

  return self->year;
}

void
passend_student_set_year (PassendStudent *self,
                          int             year)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));
  g_return_if_fail (year >= 0 && year <= 7);

  if (self->year == year)
    return;

  self->year = year;

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_YEAR]);
}

const char *
passend_student_get_track (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), NULL);

  return _passend_string_or_empty (self->track);
}

void
passend_student_set_track (PassendStudent *self,
                           const char     *track)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));

  if (!_passend_set_string (&self->track, track))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_TRACK]);
}

const char *
passend_student_get_location (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), NULL);

  return _passend_string_or_empty (self->location);
}

void
passend_student_set_location (PassendStudent *self,
                              const char     *location)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));

  if (!_passend_set_string (&self->location, location))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_LOCATION]);
}

gint64
passend_student_get_mentor_id (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), 0);

  return self->mentor_id;
}

void
passend_student_set_mentor_id (PassendStudent *self,
                               gint64          mentor_id)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));

  if (self->mentor_id == mentor_id)
    return;

  self->mentor_id = mentor_id;

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_MENTOR_ID]);
}

const char *
passend_student_get_mentor_name (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), NULL);

  return _passend_string_or_empty (self->mentor_name);
}

void
passend_student_set_mentor_name (PassendStudent *self,
                                 const char     *mentor_name)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));

  if (!_passend_set_string (&self->mentor_name, mentor_name))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_MENTOR_NAME]);
}

PassendDay
passend_student_get_enrolled_on (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), 0);

  return self->enrolled_on;
}

void
passend_student_set_enrolled_on (PassendStudent *self,
                                 PassendDay      enrolled_on)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));

  if (self->enrolled_on == enrolled_on)
    return;

  self->enrolled_on = enrolled_on;

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_ENROLLED_ON]);
}

PassendDay
passend_student_get_left_on (PassendStudent *self)
{
  g_return_val_if_fail (PASSEND_IS_STUDENT (self), 0);

  return self->left_on;
}

void
passend_student_set_left_on (PassendStudent *self,
                             PassendDay      left_on)
{
  g_return_if_fail (PASSEND_IS_STUDENT (self));

  if (self->left_on == left_on)
    return;

  self->left_on = left_on;

  g_object_notify_by_pspec (G_OBJECT (self), _passend_student_properties[PROP_LEFT_ON]);
}
