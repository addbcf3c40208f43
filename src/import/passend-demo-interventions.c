/* passend-demo-interventions.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-database-private.h"
#include "passend-demo-interventions.h"

static const char * const goals[] = {
  "Leert een planning maken en zich eraan houden.",
  "Kan spanning voor toetsen herkennen en hanteren.",
  "Leest vlotter en met meer begrip; gebruikt voorleessoftware zelfstandig.",
  "Durft in de klas hulp te vragen en voelt zich veiliger in de groep.",
  "Komt weer volledig naar school volgens het opbouwschema.",
  "Past rekenstrategieën toe bij verhaalsommen.",
  "Maakt afspraken over huiswerk thuis en op school en komt ze na.",
};

static const char * const outcomes[] = {
  "Doelen bereikt; afgesproken om de begeleiding af te bouwen.",
  "Doelen deels bereikt. Leerling ervaart minder spanning; mentor houdt de vinger aan de pols.",
  "Weinig vooruitgang; in het OT besproken welke vervolgstap past.",
  "Goede ontwikkeling volgens leerling, ouders en mentor; traject afgesloten.",
};

/* The person who gives an intervention of @code at the demo school. */
static gint64
provider_for (DemoBuilder *b,
              const char  *code)
{
  if (g_str_has_prefix (code, "rt-") || g_str_equal (code, "steunlessen"))
    return b->rt.id;
  if (g_str_equal (code, "jos"))
    return b->jos.id;
  if (g_str_has_prefix (code, "bpo-"))
    return b->bpo.id;
  if (g_str_has_prefix (code, "oov-") || g_str_equal (code, "gastleerling"))
    return b->vso.id;
  if (g_str_equal (code, "pmt"))
    return b->ggz.id;
  return b->begeleider.id;
}

/* Interventions start, end and are evaluated on school days: a day in a
 * weekend moves back to the Friday. */
static PassendDay
weekday (PassendDay day)
{
  int weekday = passend_day_get_weekday (day);

  return weekday >= 6 ? passend_day_add_days (day, 5 - weekday) : day;
}

/* Days for an intervention of @status around @today; @k spreads them. */
static void
place (PassendIntervention       *intervention,
       PassendInterventionKind   *kind,
       PassendInterventionStatus  status,
       PassendDay                 today,
       GRand                     *rand,
       guint                      k)
{
  PassendDay start = PASSEND_DAY_NONE;
  int sessions = passend_intervention_kind_get_default_sessions (kind);

  switch (status)
    {
    case PASSEND_INTERVENTION_PROPOSED:
    case PASSEND_INTERVENTION_REQUESTED:
    case PASSEND_INTERVENTION_REFUSED:
      break;
    case PASSEND_INTERVENTION_GRANTED:
      start = passend_day_add_days (today, g_rand_int_range (rand, 3, 21));
      break;
    case PASSEND_INTERVENTION_RUNNING:
      start = passend_day_add_days (today, -g_rand_int_range (rand, 14, 40));
      /* Every other running one ends this week. */
      if (k % 2 == 0)
        passend_intervention_set_planned_end_on (intervention, passend_day_add_days (today, g_rand_int_range (rand, 0, 6)));
      /* Every third has its evaluation overdue. */
      if (k % 3 == 0)
        passend_intervention_set_evaluation_on (intervention, passend_day_add_days (today, -g_rand_int_range (rand, 1, 20)));
      else
        passend_intervention_set_evaluation_on (intervention, passend_day_add_days (today, g_rand_int_range (rand, 7, 60)));
      if (sessions > 0)
        passend_intervention_set_sessions_held (intervention, g_rand_int_range (rand, 1, sessions));
      break;
    case PASSEND_INTERVENTION_EXTENDED:
      start = passend_day_add_days (today, -g_rand_int_range (rand, 60, 90));
      passend_intervention_set_planned_end_on (intervention, passend_day_add_days (today, g_rand_int_range (rand, 10, 40)));
      passend_intervention_set_evaluation_on (intervention, passend_day_add_days (today, g_rand_int_range (rand, 10, 40)));
      break;
    case PASSEND_INTERVENTION_EVALUATED:
    case PASSEND_INTERVENTION_ENDED:
    default:
      start = passend_day_add_days (today, -g_rand_int_range (rand, 120, 200));
      passend_intervention_set_evaluation_on (intervention, passend_day_add_days (today, -g_rand_int_range (rand, 5, 60)));
      passend_intervention_set_evaluation_outcome (intervention, DEMO_PICK (rand, outcomes));
      if (sessions > 0)
        passend_intervention_set_sessions_held (intervention, sessions);
      break;
    }

  passend_intervention_set_start_on (intervention, start != PASSEND_DAY_NONE ? weekday (start) : start);
  if (passend_intervention_get_planned_end_on (intervention) != PASSEND_DAY_NONE)
    passend_intervention_set_planned_end_on (intervention, weekday (passend_intervention_get_planned_end_on (intervention)));
  if (passend_intervention_get_evaluation_on (intervention) != PASSEND_DAY_NONE)
    passend_intervention_set_evaluation_on (intervention, weekday (passend_intervention_get_evaluation_on (intervention)));
}

gboolean
demo_add_interventions (DemoBuilder  *b,
                        GError      **error)
{
  g_autoptr(GListModel) kinds = NULL;
  g_autoptr(GListModel) caseload = NULL;
  /* Its own generator: the interventions come after everything else and
   * leave the rest of the school as the seed made it. */
  g_autoptr(GRand) rand = g_rand_new_with_seed (b->options.seed ^ 0x1a7e);
  PassendDay today = b->options.today;
  guint n_kinds, n_students, k = 0;

  kinds = passend_database_list_intervention_kinds (b->database, FALSE, error);
  if (kinds == NULL)
    return FALSE;
  caseload = passend_database_list_caseload (b->database, error);
  if (caseload == NULL)
    return FALSE;

  n_kinds = g_list_model_get_n_items (kinds);
  n_students = g_list_model_get_n_items (caseload);
  for (guint i = 0; i < n_students && n_kinds > 0; i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (caseload, i);
      guint n = (guint) g_rand_int_range (rand, 1, 3);

      for (guint j = 0; j < n; j++, k++)
        {
          g_autoptr(PassendInterventionKind) kind = g_list_model_get_item (kinds, g_rand_int_range (rand, 0, n_kinds));
          g_autoptr(PassendIntervention) intervention = NULL;
          PassendInterventionStatus status = k % PASSEND_INTERVENTION_N_STATUSES;

          intervention = passend_intervention_new (passend_student_get_id (student), passend_intervention_kind_get_id (kind));
          passend_intervention_set_status (intervention, status);
          passend_intervention_set_provider_person_id (intervention,
                                                       provider_for (b, passend_intervention_kind_get_code (kind)));
          passend_intervention_set_goal (intervention, DEMO_PICK (rand, goals));
          place (intervention, kind, status, today, rand, k / PASSEND_INTERVENTION_N_STATUSES);

          if (!_passend_database_add_intervention_unrecorded (b->database, intervention, error))
            return FALSE;
        }
    }

  return TRUE;
}
