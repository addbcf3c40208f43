/* passend-student-record.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "passend-student.h"

/* Younger than 10 or older than 25 on the day of enrolment is almost
 * certainly a typing error in one of the two dates. */
#define MIN_AGE_AT_ENROLMENT 10
#define MAX_AGE_AT_ENROLMENT 25

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    {
      if (!g_unichar_isspace (g_utf8_get_char (text)))
        return FALSE;
    }

  return TRUE;
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, message);
  return FALSE;
}

/**
 * passend_student_validate:
 *
 * Checks what a coordinator can get wrong when typing a student in.
 *
 * Returns: %TRUE when @self may be stored
 */
gboolean
passend_student_validate (PassendStudent  *self,
                          GError         **error)
{
  PassendDay birth;
  PassendDay enrolled;
  PassendDay left;
  int year;

  g_return_val_if_fail (PASSEND_IS_STUDENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (is_blank (passend_student_get_lvs_number (self)))
    return invalid (error, _("The LVS number is required."));
  if (is_blank (passend_student_get_achternaam (self)))
    return invalid (error, _("The family name is required."));

  year = passend_student_get_year (self);
  if (year < 0 || year > 7)
    return invalid (error, _("The school year must be between 1 and 7."));

  birth = passend_student_get_birth_date (self);
  enrolled = passend_student_get_enrolled_on (self);
  left = passend_student_get_left_on (self);

  if (birth != PASSEND_DAY_NONE && enrolled != PASSEND_DAY_NONE)
    {
      int age = passend_day_age_on (birth, enrolled);

      if (age < MIN_AGE_AT_ENROLMENT || age > MAX_AGE_AT_ENROLMENT)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("With this birth date the student would be %d on the enrolment date; check both dates."),
                       age);
          return FALSE;
        }
    }

  if (left != PASSEND_DAY_NONE && enrolled != PASSEND_DAY_NONE && left < enrolled)
    return invalid (error, _("The leaving date cannot lie before the enrolment date."));

  return TRUE;
}

static const struct
{
  const char *code;
  const char *label;
  const char *dutch;
} close_outcomes[PASSEND_N_CLOSE_OUTCOMES] = {
  [PASSEND_CLOSE_OUTCOME_SUPPORT_ENDED] = { "support-ended", N_("Support ended"), "ondersteuning beëindigd" },
  [PASSEND_CLOSE_OUTCOME_LEFT_SCHOOL] = { "left-school", N_("Left school"), "van school vertrokken" },
  [PASSEND_CLOSE_OUTCOME_REFERRED_VSO] = { "referred-vso", N_("Referred to VSO"), "verwezen naar het vso" },
  [PASSEND_CLOSE_OUTCOME_REFERRED_PRO] = { "referred-pro", N_("Referred to praktijkonderwijs"), "verwezen naar het praktijkonderwijs" },
  [PASSEND_CLOSE_OUTCOME_REFERRED_OTHER] = { "referred-other", N_("Referred elsewhere"), "elders geplaatst" },
  [PASSEND_CLOSE_OUTCOME_OTHER] = { "other", N_("Other"), "andere reden" },
};

const char *
passend_close_outcome_to_code (PassendCloseOutcome outcome)
{
  g_return_val_if_fail ((guint) outcome < PASSEND_N_CLOSE_OUTCOMES, NULL);

  return close_outcomes[outcome].code;
}

gboolean
passend_close_outcome_from_code (const char          *code,
                                 PassendCloseOutcome *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  for (guint i = 0; i < PASSEND_N_CLOSE_OUTCOMES; i++)
    {
      if (g_strcmp0 (code, close_outcomes[i].code) == 0)
        {
          *out = (PassendCloseOutcome) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
passend_close_outcome_get_label (PassendCloseOutcome outcome)
{
  g_return_val_if_fail ((guint) outcome < PASSEND_N_CLOSE_OUTCOMES, NULL);

  return g_dgettext (GETTEXT_PACKAGE, close_outcomes[outcome].label);
}

const char *
passend_close_outcome_get_dutch (PassendCloseOutcome outcome)
{
  g_return_val_if_fail ((guint) outcome < PASSEND_N_CLOSE_OUTCOMES, NULL);

  return close_outcomes[outcome].dutch;
}
