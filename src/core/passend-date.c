/* passend-date.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "passend-date.h"

/* Dates outside this range are typing errors in a school context, and
 * refusing them keeps "0025" or "20266" out of the database. */
#define YEAR_MIN 1900
#define YEAR_MAX 2200

static const char *
month_name (int month)
{
  switch (month)
    {
    case 1: return C_("month name", "January");
    case 2: return C_("month name", "February");
    case 3: return C_("month name", "March");
    case 4: return C_("month name", "April");
    case 5: return C_("month name", "May");
    case 6: return C_("month name", "June");
    case 7: return C_("month name", "July");
    case 8: return C_("month name", "August");
    case 9: return C_("month name", "September");
    case 10: return C_("month name", "October");
    case 11: return C_("month name", "November");
    case 12: return C_("month name", "December");
    default: g_return_val_if_reached ("");
    }
}

static const char *
month_abbreviation (int month)
{
  switch (month)
    {
    case 1: return C_("month", "Jan");
    case 2: return C_("month", "Feb");
    case 3: return C_("month", "Mar");
    case 4: return C_("month", "Apr");
    case 5: return C_("month", "May");
    case 6: return C_("month", "Jun");
    case 7: return C_("month", "Jul");
    case 8: return C_("month", "Aug");
    case 9: return C_("month", "Sep");
    case 10: return C_("month", "Oct");
    case 11: return C_("month", "Nov");
    case 12: return C_("month", "Dec");
    default: g_return_val_if_reached ("");
    }
}

/* @weekday: 1 = Monday … 7 = Sunday, as GDateWeekday. */
static const char *
weekday_abbreviation (int weekday)
{
  switch (weekday)
    {
    case 1: return C_("weekday", "Mon");
    case 2: return C_("weekday", "Tue");
    case 3: return C_("weekday", "Wed");
    case 4: return C_("weekday", "Thu");
    case 5: return C_("weekday", "Fri");
    case 6: return C_("weekday", "Sat");
    case 7: return C_("weekday", "Sun");
    default: g_return_val_if_reached ("");
    }
}

static gboolean
day_is_valid (PassendDay day)
{
  return day != PASSEND_DAY_NONE && g_date_valid_julian (day);
}

static void
day_to_gdate (PassendDay  day,
              GDate      *date)
{
  g_date_clear (date, 1);
  g_date_set_julian (date, day);
}

PassendDay
passend_day_new (int year,
                 int month,
                 int day)
{
  GDate date;

  if (year < 1 || year > G_MAXUINT16 || month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return PASSEND_DAY_NONE;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);

  return g_date_get_julian (&date);
}

PassendDay
passend_day_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year, month, day;

  g_date_time_get_ymd (now, &year, &month, &day);

  return passend_day_new (year, month, day);
}

/* Checks the numbers one by one so the message says what is wrong, not
 * just that something is. */
static PassendDay
day_from_parts (const char  *text,
                int          year,
                int          month,
                int          day,
                GError     **error)
{
  PassendDay result;

  if (year < YEAR_MIN || year > YEAR_MAX)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not a valid date: the year must lie between %d and %d"),
                   text, YEAR_MIN, YEAR_MAX);
      return PASSEND_DAY_NONE;
    }

  if (month < 1 || month > 12)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not a valid date: there is no month %d"),
                   text, month);
      return PASSEND_DAY_NONE;
    }

  if (day < 1)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not a valid date: there is no day %d"),
                   text, day);
      return PASSEND_DAY_NONE;
    }

  if (day > g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: the second %s is a month name, e.g. “February 2026 has 28 days” */
                   _("“%s” is not a valid date: %s %d has %d days"),
                   text, month_name (month), year,
                   (int) g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year));
      return PASSEND_DAY_NONE;
    }

  result = passend_day_new (year, month, day);
  g_assert (result != PASSEND_DAY_NONE);

  return result;
}

/* Reads 1 to @max_digits ASCII digits; FALSE when there are none or too
 * many, so "2026-011-05" is refused rather than misread. */
static gboolean
read_number (const char **p,
             guint        min_digits,
             guint        max_digits,
             int         *value)
{
  guint n = 0;

  *value = 0;

  while (g_ascii_isdigit (**p))
    {
      if (++n > max_digits)
        return FALSE;

      *value = *value * 10 + (**p - '0');
      (*p)++;
    }

  return n >= min_digits;
}

PassendDay
passend_day_from_iso (const char  *text,
                      GError     **error)
{
  const char *p = text;
  int year, month, day;

  g_return_val_if_fail (text != NULL, PASSEND_DAY_NONE);
  g_return_val_if_fail (error == NULL || *error == NULL, PASSEND_DAY_NONE);

  if (!read_number (&p, 4, 4, &year) || *p++ != '-' ||
      !read_number (&p, 2, 2, &month) || *p++ != '-' ||
      !read_number (&p, 2, 2, &day) || *p != '\0')
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not a date in the form YYYY-MM-DD"), text);
      return PASSEND_DAY_NONE;
    }

  return day_from_parts (text, year, month, day, error);
}

PassendDay
passend_day_from_dutch (const char  *text,
                        GError     **error)
{
  g_autofree char *stripped = NULL;
  const char *p;
  char separator;
  int year, month, day;

  g_return_val_if_fail (text != NULL, PASSEND_DAY_NONE);
  g_return_val_if_fail (error == NULL || *error == NULL, PASSEND_DAY_NONE);

  stripped = g_strstrip (g_strdup (text));
  p = stripped;

  /* dd-mm-jjjj, d-m-jjjj, dd/mm/jjjj or dd.mm.jjjj, with one separator
   * used twice; a two-digit year is refused because it is ambiguous for
   * birth dates. */
  if (!read_number (&p, 1, 2, &day))
    goto malformed;

  separator = *p++;
  if (separator != '-' && separator != '/' && separator != '.')
    goto malformed;

  if (!read_number (&p, 1, 2, &month) || *p++ != separator ||
      !read_number (&p, 4, 4, &year) || *p != '\0')
    goto malformed;

  return day_from_parts (text, year, month, day, error);

malformed:
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("“%s” is not a date; write it as day-month-year, for example 23-11-2026"),
               text);
  return PASSEND_DAY_NONE;
}

char *
passend_day_to_iso (PassendDay day)
{
  int y, m, d;

  if (day == PASSEND_DAY_NONE)
    return NULL;

  g_return_val_if_fail (day_is_valid (day), NULL);

  passend_day_get_ymd (day, &y, &m, &d);

  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

void
passend_day_get_ymd (PassendDay  day,
                     int        *year,
                     int        *month,
                     int        *day_of_month)
{
  GDate date;
  int y = 0, m = 0, d = 0;

  if (day_is_valid (day))
    {
      day_to_gdate (day, &date);
      y = g_date_get_year (&date);
      m = g_date_get_month (&date);
      d = g_date_get_day (&date);
    }
  else
    {
      g_return_if_fail (day == PASSEND_DAY_NONE);
    }

  if (year != NULL)
    *year = y;
  if (month != NULL)
    *month = m;
  if (day_of_month != NULL)
    *day_of_month = d;
}

int
passend_day_get_weekday (PassendDay day)
{
  GDate date;

  g_return_val_if_fail (day_is_valid (day), 0);

  day_to_gdate (day, &date);

  return g_date_get_weekday (&date);
}

PassendDay
passend_day_add_days (PassendDay day,
                      int        n_days)
{
  gint64 result;

  g_return_val_if_fail (day_is_valid (day), PASSEND_DAY_NONE);

  result = (gint64) day + n_days;
  g_return_val_if_fail (result >= 1 && result <= G_MAXUINT32, PASSEND_DAY_NONE);

  return (PassendDay) result;
}

PassendDay
passend_day_add_months (PassendDay day,
                        int        n_months)
{
  GDate date;

  g_return_val_if_fail (day_is_valid (day), PASSEND_DAY_NONE);

  /* GDate moves to the last day of a shorter month: 31 January plus one
   * month is 28 or 29 February, never 3 March. */
  day_to_gdate (day, &date);

  if (n_months >= 0)
    g_date_add_months (&date, (guint) n_months);
  else
    g_date_subtract_months (&date, (guint) -(gint64) n_months);

  return g_date_get_julian (&date);
}

/* A 29 February child turns a year older on 1 March in common years: the
 * birthday has not been reached while (month, day) < (2, 29). */
int
passend_day_age_on (PassendDay birth,
                    PassendDay on)
{
  int by, bm, bd, oy, om, od;
  int age;

  g_return_val_if_fail (day_is_valid (birth), -1);
  g_return_val_if_fail (day_is_valid (on), -1);

  if (on < birth)
    return -1;

  passend_day_get_ymd (birth, &by, &bm, &bd);
  passend_day_get_ymd (on, &oy, &om, &od);

  age = oy - by;
  if (om < bm || (om == bm && od < bd))
    age--;

  return age;
}

int
passend_day_school_year_of (PassendDay day)
{
  int year, month;

  g_return_val_if_fail (day_is_valid (day), 0);

  passend_day_get_ymd (day, &year, &month, NULL);

  return month >= 8 ? year : year - 1;
}

PassendDay
passend_day_from_unix (gint64 unix_seconds)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (unix_seconds);
  int y, m, d;

  g_return_val_if_fail (dt != NULL, PASSEND_DAY_NONE);

  g_date_time_get_ymd (dt, &y, &m, &d);

  return passend_day_new (y, m, d);
}

char *
passend_day_format (PassendDay day)
{
  int y, m, d;

  if (day == PASSEND_DAY_NONE)
    return g_strdup ("");

  g_return_val_if_fail (day_is_valid (day), g_strdup (""));

  passend_day_get_ymd (day, &y, &m, &d);

  /* Translators: weekday, day of the month, month and year, as in
   * “Mon 23 Nov 2026”; reorder with %1$s … %4$d if needed. */
  return g_strdup_printf (_("%1$s %2$d %3$s %4$d"),
                          weekday_abbreviation (passend_day_get_weekday (day)),
                          d, month_abbreviation (m), y);
}

char *
passend_day_format_relative (PassendDay day,
                             PassendDay today)
{
  gint64 diff;
  gulong n;

  if (day == PASSEND_DAY_NONE)
    return g_strdup ("");

  g_return_val_if_fail (day_is_valid (day), g_strdup (""));
  g_return_val_if_fail (day_is_valid (today), g_strdup (""));

  diff = (gint64) day - (gint64) today;
  n = (gulong) ABS (diff);

  if (diff == 0)
    return g_strdup (_("today"));
  if (diff == 1)
    return g_strdup (_("tomorrow"));
  if (diff == -1)
    return g_strdup (_("yesterday"));

  /* Days stay exact for two weeks: a deadline in 10 days is not "in 1 week". */
  if (n < 14)
    {
      if (diff > 0)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %lu day", "in %lu days", n), n);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lu day overdue", "%lu days overdue", n), n);
    }

  n /= 7;

  if (diff > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %lu week", "in %lu weeks", n), n);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lu week overdue", "%lu weeks overdue", n), n);
}

char *
passend_unix_format (gint64 unix_seconds)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (unix_seconds);
  g_autofree char *date = NULL;

  g_return_val_if_fail (dt != NULL, g_strdup (""));

  date = passend_day_format (passend_day_from_unix (unix_seconds));

  /* Translators: a date as “Mon 23 Nov 2026”, then hours and minutes. */
  return g_strdup_printf (_("%s %02d:%02d"), date,
                          g_date_time_get_hour (dt), g_date_time_get_minute (dt));
}

char *
passend_school_year_label (int start_year)
{
  return g_strdup_printf ("%d–%d", start_year, start_year + 1);
}

char *
passend_day_format_dutch (PassendDay day)
{
  static const char * const weekdays[] = { "ma", "di", "wo", "do", "vr", "za", "zo" };
  static const char * const months[] = {
    "jan.", "feb.", "mrt.", "apr.", "mei", "jun.",
    "jul.", "aug.", "sep.", "okt.", "nov.", "dec.",
  };
  int y, m, d;

  if (day == PASSEND_DAY_NONE)
    return g_strdup ("");

  g_return_val_if_fail (day_is_valid (day), g_strdup (""));

  passend_day_get_ymd (day, &y, &m, &d);

  return g_strdup_printf ("%s %d %s %d",
                          weekdays[passend_day_get_weekday (day) - 1], d, months[m - 1], y);
}
