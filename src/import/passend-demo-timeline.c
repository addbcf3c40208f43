/* passend-demo-timeline.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "passend-demo-private.h"

/* The caseload: who is in support, at which niveau and phase, how they got
 * there (the status history), and the record of the last two school years.
 * Niveau, phase and regie follow the seed school's route: niveau 1–2 with
 * the mentor in phase 1, 2 or 3a; niveau 3 with the LeCo in 3a or 3b;
 * niveau 4 with the LeCo or OCo in 3b or 4. */

#define MAX_STEPS 3

typedef struct
{
  PassendNiveau niveau;
  PassendPhase  phase;
  PassendRegie  regie;
  PassendDay    day;
} Step;

typedef struct
{
  guint       student;          /* index into DemoBuilder.students */
  double      key;              /* for the weighted draw */
  Step        steps[MAX_STEPS]; /* oldest first; the last is the current status */
  guint       n_steps;
  const char *needs[3];
  guint       n_needs;
  guint       n_entries;        /* everything on the timeline, status changes included */
  guint       n_status_entries; /* what the store journalled for the steps */
  gboolean    meldcode;
  PassendDay  first_day;
} Plan;

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  const Plan *pa = a;
  const Plan *pb = b;

  if (pa->key != pb->key)
    return pa->key > pb->key ? -1 : 1;
  return pa->student < pb->student ? -1 : (pa->student > pb->student ? 1 : 0);
}

/* A weighted sample without replacement (Efraimidis–Spirakis): each
 * student gets u^(1/w) and the largest keys win, so vmbo students are
 * more often in the caseload, as they are in reality. */
static GArray *
draw_caseload (DemoBuilder *b)
{
  g_autoptr(GArray) all = g_array_sized_new (FALSE, TRUE, sizeof (Plan), b->students->len);

  for (guint i = 0; i < b->students->len; i++)
    {
      const DemoStudent *student = &g_array_index (b->students, DemoStudent, i);
      const DemoClass *klass = &g_array_index (b->classes, DemoClass, student->class_index);
      Plan plan = { 0 };
      double u = g_rand_double_range (b->rand, 1e-12, 1.0);

      plan.student = i;
      plan.key = pow (u, 1.0 / klass->track->case_weight);
      g_array_append_val (all, plan);
    }
  g_array_sort (all, compare_keys);
  g_array_set_size (all, b->options.n_caseload);
  return g_steal_pointer (&all);
}

static gboolean
is_school_day (PassendDay day)
{
  GDate date;
  int month;
  int dom;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  if (g_date_get_weekday (&date) >= G_DATE_SATURDAY)
    return FALSE;
  month = g_date_get_month (&date);
  dom = g_date_get_day (&date);
  /* Zomer-, kerst- en meivakantie, roughly as region midden has them. */
  if ((month == 7 && dom >= 15) || month == 8)
    return FALSE;
  if ((month == 12 && dom >= 23) || (month == 1 && dom <= 5))
    return FALSE;
  if ((month == 4 && dom >= 27) || (month == 5 && dom <= 5))
    return FALSE;
  return TRUE;
}

static PassendDay
pick_school_day (GRand      *rand,
                 PassendDay  first,
                 PassendDay  last)
{
  PassendDay day = first;

  if (last <= first)
    return first;
  for (guint tries = 0; tries < 30; tries++)
    {
      day = first + g_rand_int_range (rand, 0, (gint32) (last - first + 1));
      if (is_school_day (day))
        return day;
    }
  /* A window that falls in a holiday: a weekday will do. */
  for (PassendDay d = day; d <= last; d++)
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, d);
      if (g_date_get_weekday (&date) < G_DATE_SATURDAY)
        return d;
    }
  return day;
}

static int
pick_minutes (GRand *rand)
{
  /* Between 8.15 and 16.45, on the five minutes. */
  return 8 * 60 + 15 + 5 * g_rand_int_range (rand, 0, 103);
}

static PassendRegie
regie_for (GRand         *rand,
           PassendNiveau  niveau,
           PassendPhase   phase)
{
  switch (niveau)
    {
    case PASSEND_NIVEAU_3:
      return PASSEND_REGIE_LECO;
    case PASSEND_NIVEAU_4:
      if (phase == PASSEND_PHASE_4_TLV)
        return demo_chance (rand, 0.7) ? PASSEND_REGIE_OCO : PASSEND_REGIE_LECO;
      return demo_chance (rand, 0.6) ? PASSEND_REGIE_LECO : PASSEND_REGIE_OCO;
    case PASSEND_NIVEAU_NONE:
    case PASSEND_NIVEAU_1:
    case PASSEND_NIVEAU_2:
    default:
      return PASSEND_REGIE_MENTOR;
    }
}

static void
push_step (GRand         *rand,
           Plan          *plan,
           PassendNiveau  niveau,
           PassendPhase   phase)
{
  Step *step = &plan->steps[plan->n_steps++];

  step->niveau = niveau;
  step->phase = phase;
  step->regie = regie_for (rand, niveau, phase);
}

/* The current status, and sometimes the one or two before it, each of
 * them a valid status for its niveau. */
static void
plan_route (GRand    *rand,
            Plan     *plan,
            gboolean  heavy)
{
  double r = g_rand_double (rand);
  double p = g_rand_double (rand);
  PassendNiveau niveau;
  PassendPhase phase;

  if (heavy || r >= 0.90)
    niveau = PASSEND_NIVEAU_4;
  else if (r < 0.30)
    niveau = PASSEND_NIVEAU_1;
  else if (r < 0.65)
    niveau = PASSEND_NIVEAU_2;
  else
    niveau = PASSEND_NIVEAU_3;

  plan->n_steps = 0;
  switch (niveau)
    {
    case PASSEND_NIVEAU_1:
      phase = p < 0.7 ? PASSEND_PHASE_1_SIGNALEREN : PASSEND_PHASE_2_CONSULTATIE;
      if (phase == PASSEND_PHASE_2_CONSULTATIE && demo_chance (rand, 0.5))
        push_step (rand, plan, PASSEND_NIVEAU_1, PASSEND_PHASE_1_SIGNALEREN);
      break;
    case PASSEND_NIVEAU_2:
      phase = p < 0.15 ? PASSEND_PHASE_1_SIGNALEREN
            : p < 0.60 ? PASSEND_PHASE_2_CONSULTATIE
            : PASSEND_PHASE_3A_ONDERSTEUNINGSTEAM;
      if (demo_chance (rand, 0.5))
        push_step (rand, plan, PASSEND_NIVEAU_1, PASSEND_PHASE_1_SIGNALEREN);
      break;
    case PASSEND_NIVEAU_3:
      phase = p < 0.6 ? PASSEND_PHASE_3A_ONDERSTEUNINGSTEAM : PASSEND_PHASE_3B_FLEX_ZAT;
      if (demo_chance (rand, 0.3))
        push_step (rand, plan, PASSEND_NIVEAU_2, PASSEND_PHASE_2_CONSULTATIE);
      if (phase == PASSEND_PHASE_3B_FLEX_ZAT && demo_chance (rand, 0.7))
        push_step (rand, plan, PASSEND_NIVEAU_3, PASSEND_PHASE_3A_ONDERSTEUNINGSTEAM);
      break;
    case PASSEND_NIVEAU_4:
    case PASSEND_NIVEAU_NONE:
    default:
      niveau = PASSEND_NIVEAU_4;
      phase = heavy || p < 0.45 ? PASSEND_PHASE_4_TLV : PASSEND_PHASE_3B_FLEX_ZAT;
      if (demo_chance (rand, heavy ? 1.0 : 0.5))
        push_step (rand, plan, PASSEND_NIVEAU_3, PASSEND_PHASE_3B_FLEX_ZAT);
      if (phase == PASSEND_PHASE_4_TLV && demo_chance (rand, heavy ? 1.0 : 0.6))
        push_step (rand, plan, PASSEND_NIVEAU_4, PASSEND_PHASE_3B_FLEX_ZAT);
      break;
    }
  push_step (rand, plan, niveau, phase);
}

static void
plan_needs (GRand *rand,
            Plan  *plan)
{
  PassendNiveau niveau = plan->steps[plan->n_steps - 1].niveau;
  guint wanted = niveau <= PASSEND_NIVEAU_1 ? g_rand_int_range (rand, 1, 3)
                                            : g_rand_int_range (rand, 2, 4);

  plan->n_needs = 0;
  for (guint tries = 0; plan->n_needs < wanted && tries < 20; tries++)
    {
      const char *need = demo_pick_need (rand);
      gboolean seen = FALSE;

      for (guint i = 0; i < plan->n_needs; i++)
        seen |= g_str_equal (plan->needs[i], need);
      if (!seen)
        plan->needs[plan->n_needs++] = need;
    }
}

static void
plan_dates (DemoBuilder *b,
            Plan        *plan)
{
  const DemoStudent *student = &g_array_index (b->students, DemoStudent, plan->student);
  PassendDay today = b->options.today;
  PassendDay first = MAX (today - 730, student->enrolled_on - 40);
  PassendDay latest;

  if (first + 30 > today)
    first = today - 30;
  plan->first_day = first;
  latest = today - 7;

  /* The case opens in the first quarter of the window; later steps
   * follow at least a week apart. */
  plan->steps[0].day = pick_school_day (b->rand, first, first + (latest - first) / 4);
  for (guint i = 1; i < plan->n_steps; i++)
    {
      PassendDay previous = plan->steps[i - 1].day;
      PassendDay from = previous + 7;
      PassendDay to = previous + MAX (14, (latest - previous) * 2 / 3);

      plan->steps[i].day = pick_school_day (b->rand, from, MIN (to, MAX (from, latest)));
      if (plan->steps[i].day <= previous)
        plan->steps[i].day = previous + 1;
    }
}

static gint64
regie_person (DemoBuilder     *b,
              const DemoClass *klass,
              PassendRegie     regie)
{
  switch (regie)
    {
    case PASSEND_REGIE_LECO:
      return g_array_index (b->lecos, DemoStaff, klass->leco).id;
    case PASSEND_REGIE_OCO:
      return b->oco.id;
    case PASSEND_REGIE_MENTOR:
    default:
      return g_array_index (b->teachers, DemoStaff, klass->mentor).id;
    }
}

static gboolean
store_statuses (DemoBuilder  *b,
                Plan         *plan,
                GError      **error)
{
  const DemoStudent *student = &g_array_index (b->students, DemoStudent, plan->student);
  const DemoClass *klass = &g_array_index (b->classes, DemoClass, student->class_index);
  gint64 before;
  gint64 after;

  before = passend_database_count (b->database, "timeline", error);
  if (before < 0)
    return FALSE;

  for (guint i = 0; i < plan->n_steps; i++)
    {
      const Step *step = &plan->steps[i];
      const char *reason = demo_status_reason (b->rand, step->niveau, step->phase, i == 0);

      if (!passend_database_set_support_status (b->database, student->id,
                                                step->niveau, step->phase, step->regie,
                                                regie_person (b, klass, step->regie),
                                                reason,
                                                demo_builder_moment (b, step->day, pick_minutes (b->rand)),
                                                error))
        return FALSE;
    }
  for (guint i = 0; i < plan->n_needs; i++)
    if (!passend_database_add_support_need (b->database, student->id, plan->needs[i], error))
      return FALSE;

  after = passend_database_count (b->database, "timeline", error);
  if (after < 0)
    return FALSE;
  plan->n_status_entries = (guint) (after - before);
  return TRUE;
}

/* Splits the entries over the caseload: the heavy student gets their
 * number, the others a share that grows with the niveau, each at least
 * DEMO_MIN_ENTRIES_PER_STUDENT, and the total is exact. */
static void
allocate_entries (DemoBuilder *b,
                  GArray      *plans)
{
  static const double niveau_weight[] = { 1.0, 0.6, 0.9, 1.3, 1.7 };
  g_autofree double *exact = g_new0 (double, plans->len);
  guint heavy = b->options.heavy_student_entries;
  guint first = heavy > 0 ? 1 : 0;
  guint n_rest = plans->len - first;
  guint64 rest;
  guint64 assigned = 0;
  double total_weight = 0;

  if (heavy > 0)
    g_array_index (plans, Plan, 0).n_entries = heavy;
  if (n_rest == 0)
    return;

  rest = b->options.n_entries - heavy - (guint64) DEMO_MIN_ENTRIES_PER_STUDENT * n_rest;
  for (guint i = first; i < plans->len; i++)
    {
      Plan *plan = &g_array_index (plans, Plan, i);
      PassendNiveau niveau = plan->steps[plan->n_steps - 1].niveau;

      exact[i] = niveau_weight[niveau] * g_rand_double_range (b->rand, 0.7, 1.3);
      total_weight += exact[i];
    }
  for (guint i = first; i < plans->len; i++)
    {
      Plan *plan = &g_array_index (plans, Plan, i);
      guint share;

      exact[i] = exact[i] / total_weight * rest;
      share = (guint) floor (exact[i]);
      plan->n_entries = DEMO_MIN_ENTRIES_PER_STUDENT + share;
      assigned += share;
    }
  /* What floor() left over goes round the caseload, one each. */
  for (guint i = first; assigned < rest; i = (i + 1 < plans->len) ? i + 1 : first)
    {
      g_array_index (plans, Plan, i).n_entries++;
      assigned++;
    }
}

static gboolean
write_entry (DemoBuilder  *b,
             const Plan   *plan,
             DemoText     *t,
             PassendDay    day,
             GError      **error)
{
  const DemoStudent *student = &g_array_index (b->students, DemoStudent, plan->student);
  g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();

  passend_timeline_entry_set_student_id (entry, student->id);
  passend_timeline_entry_set_kind (entry, t->kind);
  passend_timeline_entry_set_occurred_at (entry, demo_builder_moment (b, day, pick_minutes (b->rand)));
  passend_timeline_entry_set_author (entry, t->author);
  passend_timeline_entry_set_title (entry, t->title->str);
  passend_timeline_entry_set_body (entry, t->body->str);
  passend_timeline_entry_set_confidentiality (entry, t->confidentiality);
  passend_timeline_entry_set_is_fact (entry, t->is_fact);
  if (!passend_database_add_entry (b->database, entry, error))
    return FALSE;

  demo_builder_advance (b, 1);
  return TRUE;
}

static void
init_case (DemoBuilder *b,
           const Plan  *plan,
           DemoCase    *c)
{
  const Step *current = &plan->steps[plan->n_steps - 1];

  c->b = b;
  c->student = &g_array_index (b->students, DemoStudent, plan->student);
  c->klass = &g_array_index (b->classes, DemoClass, c->student->class_index);
  c->mentor = &g_array_index (b->teachers, DemoStaff, c->klass->mentor);
  c->leco = &g_array_index (b->lecos, DemoStaff, c->klass->leco);
  c->teamleider = &g_array_index (b->teamleiders, DemoStaff, c->klass->teamleider);
  c->niveau = current->niveau;
  c->phase = current->phase;
  switch (current->regie)
    {
    case PASSEND_REGIE_LECO:
      c->regie = c->leco;
      break;
    case PASSEND_REGIE_OCO:
      c->regie = &b->oco;
      break;
    case PASSEND_REGIE_MENTOR:
    default:
      c->regie = c->mentor;
      break;
    }
  c->n_needs = plan->n_needs;
  for (guint i = 0; i < plan->n_needs; i++)
    c->needs[i] = plan->needs[i];
}

/* The same training twice is rare; a long record repeats some anyway. */
static const DemoIntervention *
pick_fresh_intervention (DemoCase  *c,
                         GPtrArray *used)
{
  const DemoIntervention *intervention = NULL;

  for (guint tries = 0; tries < 4; tries++)
    {
      intervention = demo_pick_intervention (c);
      if (!g_ptr_array_find (used, intervention, NULL))
        break;
    }
  g_ptr_array_add (used, (gpointer) intervention);
  return intervention;
}

static gboolean
write_story (DemoBuilder  *b,
             const Plan   *plan,
             DemoText     *t,
             GError      **error)
{
  DemoCase c = { 0 };
  PassendDay first = plan->first_day;
  PassendDay last = b->options.today;
  guint remaining = plan->n_entries > plan->n_status_entries
                  ? plan->n_entries - plan->n_status_entries : 0;
  guint n_interventions;
  g_autoptr(GPtrArray) used = g_ptr_array_new ();

  init_case (b, plan, &c);

  /* The meldcode steps follow each other within a few weeks. */
  if (plan->meldcode && remaining >= 3)
    {
      guint n_steps = MIN (4, remaining - 1);
      PassendDay day = pick_school_day (b->rand, first, last > first + 30 ? last - 30 : last);

      for (guint step = 0; step < n_steps; step++)
        {
          demo_text_reset (t);
          demo_write_meldcode (&c, step, t);
          if (!write_entry (b, plan, t, day, error))
            return FALSE;
          day = pick_school_day (b->rand, MIN (day + 1, last), MIN (day + 10, last));
        }
      remaining -= n_steps;
    }

  n_interventions = remaining >= 3 ? MAX (1, remaining / 10) : 0;
  for (guint i = 0; i < n_interventions && remaining > 0; i++)
    {
      const DemoIntervention *intervention = pick_fresh_intervention (&c, used);
      PassendDay span = intervention->weeks * 7;
      PassendDay latest_start = last > first + span ? last - span : first;
      PassendDay start = pick_school_day (b->rand, first,
                                          demo_chance (b->rand, 0.75) ? latest_start : last);
      PassendDay end = start + span;

      demo_text_reset (t);
      demo_write_intervention (&c, intervention, TRUE, t);
      if (!write_entry (b, plan, t, start, error))
        return FALSE;
      remaining--;

      /* One that is still running has no end yet. */
      if (end <= last && remaining > 0)
        {
          while (!is_school_day (end) && end < last)
            end++;
          demo_text_reset (t);
          demo_write_intervention (&c, intervention, FALSE, t);
          if (!write_entry (b, plan, t, end, error))
            return FALSE;
          remaining--;
        }
    }

  while (remaining > 0)
    {
      demo_text_reset (t);
      demo_write_entry (&c, t);
      if (!write_entry (b, plan, t, pick_school_day (b->rand, first, last), error))
        return FALSE;
      remaining--;
    }
  return TRUE;
}

/* A few cases carry meldcode records, mostly where the home situation is
 * a concern; there is always at least one, so that tests can prove the
 * record stays hidden. */
static void
choose_meldcode_cases (GArray *plans)
{
  guint wanted = plans->len > 0 ? MAX (1, plans->len / 40) : 0;
  guint chosen = 0;

  for (guint pass = 0; pass < 2 && chosen < wanted; pass++)
    for (guint i = 0; i < plans->len && chosen < wanted; i++)
      {
        Plan *plan = &g_array_index (plans, Plan, i);
        gboolean home = FALSE;

        if (plan->meldcode || plan->n_entries < plan->n_status_entries + 3)
          continue;
        for (guint n = 0; n < plan->n_needs; n++)
          home |= g_str_equal (plan->needs[n], "thuissituatie");
        if (home || pass == 1)
          {
            plan->meldcode = TRUE;
            chosen++;
          }
      }
}

gboolean
demo_add_caseload (DemoBuilder  *b,
                   GError      **error)
{
  g_autoptr(GArray) plans = NULL;
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(GString) body = g_string_new (NULL);
  DemoText text = { 0 };

  if (b->options.n_caseload == 0)
    return TRUE;

  plans = draw_caseload (b);
  for (guint i = 0; i < plans->len; i++)
    {
      Plan *plan = &g_array_index (plans, Plan, i);

      plan_route (b->rand, plan, i == 0 && b->options.heavy_student_entries > 0);
      plan_needs (b->rand, plan);
      plan_dates (b, plan);
      if (!store_statuses (b, plan, error))
        return FALSE;
    }

  allocate_entries (b, plans);
  choose_meldcode_cases (plans);

  text.title = title;
  text.body = body;
  for (guint i = 0; i < plans->len; i++)
    {
      Plan *plan = &g_array_index (plans, Plan, i);

      demo_builder_advance (b, plan->n_status_entries);
      if (!write_story (b, plan, &text, error))
        return FALSE;
    }
  return TRUE;
}
