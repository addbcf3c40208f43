/* passend-demo-deadlines.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-demo-deadlines.h"

/* The Saturday before ISO week @week of @year: holidays in the
 * Netherlands run from a Saturday to the Sunday nine (or more) days on. */
static PassendDay
saturday_before_week (int year,
                      int week)
{
  PassendDay january_4 = passend_day_new (year, 1, 4);
  PassendDay monday = passend_day_add_days (january_4, 1 - passend_day_get_weekday (january_4));

  return passend_day_add_days (monday, 7 * (week - 1) - 2);
}

/* Region midden's holidays follow the national pattern: autumn in week
 * 43, spring in week 8, May around Koningsdag (week 17) and six summer
 * weeks from week 29. Christmas is the two weeks holding 25 December and
 * 1 January. Close enough to the real schedule for a demo. */
static gboolean
add_holidays (DemoBuilder  *b,
              GError      **error)
{
  int year = b->school_year;
  PassendDay christmas = passend_day_new (year, 12, 25);
  PassendDay christmas_start = passend_day_add_days (christmas, -((passend_day_get_weekday (christmas) + 1) % 7));
  const struct
  {
    const char *name;
    PassendDay  first;
    int         n_days;
  } holidays[] = {
    { "Herfstvakantie", saturday_before_week (year, 43), 9 },
    { "Kerstvakantie", christmas_start, 16 },
    { "Voorjaarsvakantie", saturday_before_week (year + 1, 8), 9 },
    { "Meivakantie", saturday_before_week (year + 1, 17), 9 },
    { "Zomervakantie", saturday_before_week (year + 1, 29), 44 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (holidays); i++)
    {
      g_autoptr(PassendHoliday) holiday = NULL;

      holiday = passend_holiday_new (holidays[i].name, holidays[i].first,
                                     passend_day_add_days (holidays[i].first, holidays[i].n_days - 1));
      if (!passend_database_add_holiday (b->database, holiday, error))
        return FALSE;
    }

  return TRUE;
}

typedef enum
{
  STORY_OPP_OVERDUE,
  STORY_OPP_COMING,
  STORY_EVALUATION_OVERDUE,
  STORY_EVALUATION_THIS_WEEK,
  STORY_IN_ORDER,
  STORY_EVALUATED_IN_ORDER,
} Story;

static Story
pick_story (GRand *rand)
{
  double p = g_rand_double (rand);

  if (p < 0.08)
    return STORY_OPP_OVERDUE;
  if (p < 0.16)
    return STORY_OPP_COMING;
  if (p < 0.24)
    return STORY_EVALUATION_OVERDUE;
  if (p < 0.30)
    return STORY_EVALUATION_THIS_WEEK;
  if (p < 0.70)
    return STORY_IN_ORDER;
  return STORY_EVALUATED_IN_ORDER;
}

static gboolean
add_opp_days (DemoBuilder     *b,
              PassendStudent  *student,
              GError         **error)
{
  PassendDay today = b->options.today;
  PassendDay since = PASSEND_DAY_NONE;
  PassendDay established = PASSEND_DAY_NONE;
  PassendDay evaluated = PASSEND_DAY_NONE;
  PassendDay a_year_ago = passend_day_add_months (today, -12);

  /* The OPP term is 6 weeks (42 days): these land on either side of it. */
  switch (pick_story (b->rand))
    {
    case STORY_OPP_OVERDUE:
      since = passend_day_add_days (today, -g_rand_int_range (b->rand, 45, 80));
      break;
    case STORY_OPP_COMING:
      since = passend_day_add_days (today, -g_rand_int_range (b->rand, 30, 42));
      break;
    case STORY_EVALUATION_OVERDUE:
      established = passend_day_add_days (a_year_ago, -g_rand_int_range (b->rand, 3, 60));
      break;
    case STORY_EVALUATION_THIS_WEEK:
      established = passend_day_add_days (a_year_ago, g_rand_int_range (b->rand, 0, 7));
      break;
    case STORY_IN_ORDER:
      established = passend_day_add_days (today, -g_rand_int_range (b->rand, 30, 300));
      break;
    case STORY_EVALUATED_IN_ORDER:
      established = passend_day_add_days (a_year_ago, -g_rand_int_range (b->rand, 30, 400));
      evaluated = passend_day_add_days (today, -g_rand_int_range (b->rand, 10, 250));
      break;
    default:
      g_assert_not_reached ();
    }

  if (established != PASSEND_DAY_NONE)
    since = passend_day_add_days (established, -g_rand_int_range (b->rand, 14, 42));

  /* A demo dated ahead of the real today keeps its statuses' own days. */
  if (since > passend_day_today () || established > passend_day_today () ||
      evaluated > passend_day_today ())
    return TRUE;

  return passend_database_set_opp_days (b->database, passend_student_get_id (student),
                                        since, established, evaluated, error);
}

gboolean
demo_add_deadlines (DemoBuilder  *b,
                    GError      **error)
{
  g_autoptr(GListModel) caseload = NULL;

  if (!add_holidays (b, error))
    return FALSE;

  caseload = passend_database_list_caseload (b->database, error);
  if (caseload == NULL)
    return FALSE;

  /* In name order, so a seed and a day always give the same days. */
  for (guint i = 0; i < g_list_model_get_n_items (caseload); i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (caseload, i);

      if (passend_student_get_niveau (student) < PASSEND_NIVEAU_3)
        continue;
      if (!add_opp_days (b, student, error))
        return FALSE;
    }

  return TRUE;
}
