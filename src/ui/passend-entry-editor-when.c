/* passend-entry-editor-when.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "passend-date.h"
#include "passend-entry-editor.h"

/* When an entry happened, as typed in the entry editor: Dutch dates,
 * the words a coordinator uses for the last few days, and a time. */

static gboolean
parse_day (const char  *text,
           PassendDay  *day,
           GError     **error)
{
  PassendDay today = passend_day_today ();
  g_autofree char *folded = g_utf8_strdown (text, -1);
  int d, m;
  char end;

  g_strstrip (folded);
  if (folded[0] == '\0' || g_str_equal (folded, "vandaag") || g_str_equal (folded, C_("date", "today")))
    *day = today;
  else if (g_str_equal (folded, "gisteren") || g_str_equal (folded, C_("date", "yesterday")))
    *day = passend_day_add_days (today, -1);
  else if (g_str_equal (folded, "eergisteren"))
    *day = passend_day_add_days (today, -2);
  else if (sscanf (folded, "%d-%d%c", &d, &m, &end) == 2 ||
           sscanf (folded, "%d/%d%c", &d, &m, &end) == 2)
    {
      int year;

      passend_day_get_ymd (today, &year, NULL, NULL);
      *day = passend_day_new (year, m, d);
      /* "3-12" in November means last December, not next. */
      if (*day != PASSEND_DAY_NONE && *day > today)
        *day = passend_day_new (year - 1, m, d);
      if (*day == PASSEND_DAY_NONE)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("“%s” is not a date."), text);
          return FALSE;
        }
    }
  else
    {
      *day = passend_day_from_dutch (folded, error);
      if (*day == PASSEND_DAY_NONE)
        return FALSE;
    }

  return TRUE;
}

static gboolean
parse_time (const char  *text,
            int          default_time,
            int         *seconds,
            GError     **error)
{
  int hours, minutes;
  char end;

  if (text == NULL || text[0] == '\0')
    {
      *seconds = default_time;
      return TRUE;
    }

  if ((sscanf (text, "%d:%d%c", &hours, &minutes, &end) != 2 &&
       sscanf (text, "%d.%d%c", &hours, &minutes, &end) != 2) ||
      hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not a time of day."), text);
      return FALSE;
    }

  *seconds = hours * 3600 + minutes * 60;
  return TRUE;
}

gboolean
passend_entry_editor_parse_when (const char  *date_text,
                                 const char  *time_text,
                                 int          default_time,
                                 gint64      *unix_seconds,
                                 GError     **error)
{
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  PassendDay day = PASSEND_DAY_NONE;
  int seconds = 0;
  int year, month, day_of_month;

  g_return_val_if_fail (date_text != NULL, FALSE);
  g_return_val_if_fail (unix_seconds != NULL, FALSE);

  if (!parse_day (date_text, &day, error) ||
      !parse_time (time_text, default_time, &seconds, error))
    return FALSE;

  if (day > passend_day_today ())
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("An entry cannot be dated after today."));
      return FALSE;
    }

  passend_day_get_ymd (day, &year, &month, &day_of_month);
  when = g_date_time_new_local (year, month, day_of_month, seconds / 3600, (seconds / 60) % 60, 0);
  *unix_seconds = g_date_time_to_unix (when);

  /* Today, later than now: the time was typed wrong, the day was not. */
  if (*unix_seconds > g_date_time_to_unix (now) + 60)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("That time has not come yet today."));
      return FALSE;
    }

  return TRUE;
}

