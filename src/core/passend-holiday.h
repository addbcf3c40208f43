/* passend-holiday.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "passend-date.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_HOLIDAY (passend_holiday_get_type ())

G_DECLARE_FINAL_TYPE (PassendHoliday, passend_holiday, PASSEND, HOLIDAY, GObject)

/* A school holiday, first and last day included ("Kerstvakantie",
 * 19 December – 3 January). */
PassendHoliday *passend_holiday_new           (const char     *name,
                                               PassendDay      first_day,
                                               PassendDay      last_day);

gint64          passend_holiday_get_id        (PassendHoliday *self);
void            passend_holiday_set_id        (PassendHoliday *self,
                                               gint64          id);
const char     *passend_holiday_get_name      (PassendHoliday *self);
void            passend_holiday_set_name      (PassendHoliday *self,
                                               const char     *name);
PassendDay      passend_holiday_get_first_day (PassendHoliday *self);
void            passend_holiday_set_first_day (PassendHoliday *self,
                                               PassendDay      first_day);
PassendDay      passend_holiday_get_last_day  (PassendHoliday *self);
void            passend_holiday_set_last_day  (PassendHoliday *self,
                                               PassendDay      last_day);
gboolean        passend_holiday_contains      (PassendHoliday *self,
                                               PassendDay      day);

G_END_DECLS
