/* passend-absence.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-absence.h"

struct _PassendAbsence
{
  GObject parent_instance;

  gint64 id;
  gint64 student_id;
  PassendDay day;
  int lesson_hours;
  PassendAbsenceReason reason;
  char *note;
  gboolean imported;
};

G_DEFINE_FINAL_TYPE (PassendAbsence, passend_absence, G_TYPE_OBJECT)

static const struct
{
  const char *code;
  const char *label;
} reasons[PASSEND_ABSENCE_N_REASONS] = {
  { "ongeoorloofd",      N_("Unauthorised") },
  { "te-laat",           N_("Late") },
  { "ziek",              N_("Sick") },
  { "verlof",            N_("Leave") },
  { "geoorloofd-overig", N_("Authorised, Other") },
};

const char *
passend_absence_reason_to_code (PassendAbsenceReason reason)
{
  g_return_val_if_fail ((guint) reason < PASSEND_ABSENCE_N_REASONS, NULL);

  return reasons[reason].code;
}

gboolean
passend_absence_reason_from_code (const char           *code,
                                  PassendAbsenceReason *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  for (guint i = 0; code != NULL && i < PASSEND_ABSENCE_N_REASONS; i++)
    {
      if (g_str_equal (code, reasons[i].code))
        {
          *out = (PassendAbsenceReason) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
passend_absence_reason_get_label (PassendAbsenceReason reason)
{
  g_return_val_if_fail ((guint) reason < PASSEND_ABSENCE_N_REASONS, NULL);

  return _(reasons[reason].label);
}

static void
passend_absence_finalize (GObject *object)
{
  PassendAbsence *self = PASSEND_ABSENCE (object);

  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (passend_absence_parent_class)->finalize (object);
}

static void
passend_absence_class_init (PassendAbsenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = passend_absence_finalize;
}

static void
passend_absence_init (PassendAbsence *self)
{
  self->lesson_hours = 1;
  self->note = g_strdup ("");
}

PassendAbsence *
passend_absence_new (PassendDay           day,
                     int                  lesson_hours,
                     PassendAbsenceReason reason)
{
  PassendAbsence *self = g_object_new (PASSEND_TYPE_ABSENCE, NULL);

  self->day = day;
  self->lesson_hours = lesson_hours;
  self->reason = reason;

  return self;
}

gint64
passend_absence_get_id (PassendAbsence *self)
{
  g_return_val_if_fail (PASSEND_IS_ABSENCE (self), 0);
  return self->id;
}

void
passend_absence_set_id (PassendAbsence *self,
                        gint64          id)
{
  g_return_if_fail (PASSEND_IS_ABSENCE (self));
  self->id = id;
}

gint64
passend_absence_get_student_id (PassendAbsence *self)
{
  g_return_val_if_fail (PASSEND_IS_ABSENCE (self), 0);
  return self->student_id;
}

void
passend_absence_set_student_id (PassendAbsence *self,
                                gint64          student_id)
{
  g_return_if_fail (PASSEND_IS_ABSENCE (self));
  self->student_id = student_id;
}

PassendDay
passend_absence_get_day (PassendAbsence *self)
{
  g_return_val_if_fail (PASSEND_IS_ABSENCE (self), PASSEND_DAY_NONE);
  return self->day;
}

void
passend_absence_set_day (PassendAbsence *self,
                         PassendDay      day)
{
  g_return_if_fail (PASSEND_IS_ABSENCE (self));
  self->day = day;
}

int
passend_absence_get_lesson_hours (PassendAbsence *self)
{
  g_return_val_if_fail (PASSEND_IS_ABSENCE (self), 0);
  return self->lesson_hours;
}

void
passend_absence_set_lesson_hours (PassendAbsence *self,
                                  int             lesson_hours)
{
  g_return_if_fail (PASSEND_IS_ABSENCE (self));
  self->lesson_hours = lesson_hours;
}

PassendAbsenceReason
passend_absence_get_reason (PassendAbsence *self)
{
  g_return_val_if_fail (PASSEND_IS_ABSENCE (self), PASSEND_ABSENCE_UNAUTHORISED);
  return self->reason;
}

void
passend_absence_set_reason (PassendAbsence       *self,
                            PassendAbsenceReason  reason)
{
  g_return_if_fail (PASSEND_IS_ABSENCE (self));
  g_return_if_fail ((guint) reason < PASSEND_ABSENCE_N_REASONS);
  self->reason = reason;
}

const char *
passend_absence_get_note (PassendAbsence *self)
{
  g_return_val_if_fail (PASSEND_IS_ABSENCE (self), NULL);
  return self->note;
}

void
passend_absence_set_note (PassendAbsence *self,
                          const char     *note)
{
  g_return_if_fail (PASSEND_IS_ABSENCE (self));
  g_free (self->note);
  self->note = g_strdup (note != NULL ? note : "");
}

gboolean
passend_absence_get_imported (PassendAbsence *self)
{
  g_return_val_if_fail (PASSEND_IS_ABSENCE (self), FALSE);
  return self->imported;
}

void
passend_absence_set_imported (PassendAbsence *self,
                              gboolean        imported)
{
  g_return_if_fail (PASSEND_IS_ABSENCE (self));
  self->imported = !!imported;
}
