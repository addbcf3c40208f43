/* passend-demo-school.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-demo-aanmeldingen.h"
#include "passend-demo-absence.h"
#include "passend-demo-consent.h"
#include "passend-demo-deadlines.h"
#include "passend-demo-interventions.h"
#include "passend-demo-meetings.h"
#include "passend-demo-opp.h"
#include "passend-demo-tlv.h"
#include "passend-demo-partners.h"
#include "passend-demo-private.h"

#define DEFAULT_STUDENTS 1200
#define DEFAULT_CASELOAD 150
#define DEFAULT_SEED     2026

void
passend_demo_options_init (PassendDemoOptions *options)
{
  g_return_if_fail (options != NULL);

  options->n_students = DEFAULT_STUDENTS;
  options->n_caseload = DEFAULT_CASELOAD;
  options->n_entries = 0;
  options->heavy_student_entries = 0;
  options->seed = DEFAULT_SEED;
  options->today = PASSEND_DAY_NONE;
}

static int
day_year (PassendDay day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_date_get_year (&date);
}

static gboolean
resolve_options (const PassendDemoOptions  *in,
                 PassendDemoOptions        *out,
                 GError                   **error)
{
  guint heavy = in->heavy_student_entries;
  guint64 needed;

  *out = *in;
  if (out->today == PASSEND_DAY_NONE)
    out->today = passend_day_today ();

  if (in->n_students == 0 || in->n_students > DEMO_MAX_STUDENTS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("A demo school has between 1 and %u students, not %u"),
                   DEMO_MAX_STUDENTS, in->n_students);
      return FALSE;
    }
  if (in->n_caseload > in->n_students)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The caseload (%u) cannot be larger than the school (%u students)"),
                   in->n_caseload, in->n_students);
      return FALSE;
    }
  if (!g_date_valid_julian (out->today) || day_year (out->today) < 2000 || day_year (out->today) > 2200)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The demo school’s “today” must be a valid date after 2000"));
      return FALSE;
    }
  if (heavy > 0 && (in->n_caseload == 0 || heavy < DEMO_MIN_ENTRIES_PER_STUDENT))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("A student with many entries needs a caseload and at least %u entries"),
                   DEMO_MIN_ENTRIES_PER_STUDENT);
      return FALSE;
    }

  if (out->n_entries == 0 && in->n_caseload > 0)
    out->n_entries = heavy + DEMO_ENTRIES_PER_STUDENT * (in->n_caseload - (heavy > 0 ? 1 : 0));

  if (out->n_entries > 0 && in->n_caseload == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Timeline entries need students in the caseload"));
      return FALSE;
    }
  needed = (guint64) heavy +
           (guint64) DEMO_MIN_ENTRIES_PER_STUDENT * (in->n_caseload - (heavy > 0 ? 1 : 0));
  if (out->n_entries < needed || out->n_entries > DEMO_MAX_ENTRIES)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("A caseload of %u needs between %u and %u timeline entries, not %u"),
                   in->n_caseload, (guint) MIN (needed, G_MAXUINT), DEMO_MAX_ENTRIES, out->n_entries);
      return FALSE;
    }
  return TRUE;
}

void
demo_staff_clear (DemoStaff *staff)
{
  g_clear_pointer (&staff->name, g_free);
}

static void
demo_student_clear (DemoStudent *student)
{
  g_clear_pointer (&student->roepnaam, g_free);
  g_clear_pointer (&student->family, g_free);
  g_clear_pointer (&student->tussenvoegsel, g_free);
}

static void
demo_class_clear (DemoClass *klass)
{
  g_clear_pointer (&klass->name, g_free);
}

static void
demo_builder_init (DemoBuilder               *b,
                   PassendDatabase           *database,
                   const PassendDemoOptions  *options,
                   PassendProgressFunc        progress,
                   gpointer                   user_data)
{
  GDate date;

  b->database = database;
  b->options = *options;
  b->rand = g_rand_new_with_seed (options->seed);
  /* The school's clock: entries happen in school hours in the Netherlands
   * whatever the machine's zone, so the same seed gives the same moments. */
  b->tz = g_time_zone_new_identifier ("Europe/Amsterdam");
  if (b->tz == NULL)
    b->tz = g_time_zone_new_utc ();

  g_date_clear (&date, 1);
  g_date_set_julian (&date, options->today);
  b->school_year = g_date_get_month (&date) >= 8 ? g_date_get_year (&date)
                                                 : g_date_get_year (&date) - 1;

  b->progress = progress;
  b->progress_data = user_data;
  b->work_total = (guint64) options->n_students + options->n_entries;

  b->staff_codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  b->teachers = g_array_new (FALSE, TRUE, sizeof (DemoStaff));
  b->lecos = g_array_new (FALSE, TRUE, sizeof (DemoStaff));
  b->teamleiders = g_array_new (FALSE, TRUE, sizeof (DemoStaff));
  b->classes = g_array_new (FALSE, TRUE, sizeof (DemoClass));
  b->students = g_array_sized_new (FALSE, TRUE, sizeof (DemoStudent), options->n_students);
  g_array_set_clear_func (b->teachers, (GDestroyNotify) demo_staff_clear);
  g_array_set_clear_func (b->lecos, (GDestroyNotify) demo_staff_clear);
  g_array_set_clear_func (b->teamleiders, (GDestroyNotify) demo_staff_clear);
  g_array_set_clear_func (b->classes, (GDestroyNotify) demo_class_clear);
  g_array_set_clear_func (b->students, (GDestroyNotify) demo_student_clear);
}

static void
demo_builder_clear (DemoBuilder *b)
{
  DemoStaff *singles[] = {
    &b->oco, &b->verzuim, &b->aandacht, &b->rt, &b->ortho, &b->decaan,
    &b->directeur, &b->begeleider, &b->leerplicht, &b->jeugdarts,
    &b->jeugdverpleegkundige, &b->sociaal_team, &b->consulent, &b->jos,
    &b->bpo, &b->ggz, &b->vso,
  };

  for (guint i = 0; i < G_N_ELEMENTS (singles); i++)
    demo_staff_clear (singles[i]);
  g_clear_pointer (&b->rand, g_rand_free);
  g_clear_pointer (&b->tz, g_time_zone_unref);
  g_clear_pointer (&b->staff_codes, g_hash_table_unref);
  g_clear_pointer (&b->teachers, g_array_unref);
  g_clear_pointer (&b->lecos, g_array_unref);
  g_clear_pointer (&b->teamleiders, g_array_unref);
  g_clear_pointer (&b->classes, g_array_unref);
  g_clear_pointer (&b->students, g_array_unref);
}

void
demo_builder_advance (DemoBuilder *b,
                      guint64      units)
{
  b->work_done += units;
  /* Every half per cent is often enough for a progress bar and cheap
   * enough for a quarter of a million entries. */
  if (b->progress != NULL && b->work_done >= b->next_report && b->work_total > 0)
    {
      b->next_report = b->work_done + MAX (1, b->work_total / 200);
      b->progress (MIN (1.0, (double) b->work_done / b->work_total), b->progress_data);
    }
}

gint64
demo_builder_moment (DemoBuilder *b,
                     PassendDay   day,
                     int          minutes)
{
  g_autoptr(GDateTime) moment = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  moment = g_date_time_new (b->tz, g_date_get_year (&date), g_date_get_month (&date),
                            g_date_get_day (&date), minutes / 60, minutes % 60, 0);
  return moment != NULL ? g_date_time_to_unix (moment) : 0;
}

static gboolean
check_empty (PassendDatabase  *database,
             GError          **error)
{
  gint64 n_students = passend_database_count (database, "students", error);

  if (n_students < 0)
    return FALSE;
  if (n_students > 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The database already has %lld student; a demo school can only be created in an empty database",
                                "The database already has %lld students; a demo school can only be created in an empty database",
                                (gulong) n_students),
                   (long long) n_students);
      return FALSE;
    }
  return TRUE;
}

static gboolean
build (DemoBuilder  *b,
       GError      **error)
{
  guint meeting_records = demo_meetings_reserve (b);
  gboolean admit = demo_aanmeldingen_reserve (b);
  gboolean ok;

  /* The aanmelding that becomes a student takes one place in the school
   * (its classes are sized here), one case and its entries. */
  if (admit)
    b->options.n_students--;
  if (!demo_add_school_and_staff (b, error))
    return FALSE;
  /* Status changes and their history name the coordinator. */
  passend_database_set_actor (b->database, b->oco.name);
  /* Closed meetings leave entries too: the caseload makes room for them,
   * so the school has the number of entries asked for. */
  b->options.n_entries -= meeting_records;
  if (admit)
    {
      b->options.n_caseload--;
      b->options.n_entries -= DEMO_ADMITTED_ENTRIES;
    }
  ok = demo_add_students (b, error) && demo_add_caseload (b, error);
  b->options.n_entries += meeting_records;
  if (admit)
    {
      b->options.n_students++;
      b->options.n_caseload++;
      b->options.n_entries += DEMO_ADMITTED_ENTRIES;
    }
  return ok && demo_add_deadlines (b, error) && demo_add_absence (b, error) &&
         demo_add_aanmeldingen (b, admit, error) && demo_add_consents (b, error) && demo_add_interventions (b, error) &&
         demo_add_attachments (b, error) && demo_add_partners (b, error) &&
         demo_add_meetings (b, meeting_records, error) && demo_add_opps (b, error) &&
         demo_add_tlv_requests (b, error);
}

/**
 * passend_demo_school_generate:
 * @database: an open database without students
 * @options: what to generate; see passend_demo_options_init()
 * @progress: (nullable): called now and then with the fraction done
 * @user_data: for @progress
 * @error: return location for an error
 *
 * Fills @database with a realistic Dutch secondary school in one batch:
 * either all of it is stored or, on any error, nothing. The same seed and
 * the same day give the same school.
 *
 * Returns: %TRUE on success
 */
gboolean
passend_demo_school_generate (PassendDatabase           *database,
                              const PassendDemoOptions  *options,
                              PassendProgressFunc        progress,
                              gpointer                   user_data,
                              GError                   **error)
{
  PassendDemoOptions resolved;
  DemoBuilder b = { 0 };
  g_autofree char *previous_actor = NULL;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!resolve_options (options, &resolved, error) ||
      !check_empty (database, error))
    return FALSE;

  previous_actor = g_strdup (passend_database_get_actor (database));
  if (!passend_database_begin_batch (database, error))
    return FALSE;

  demo_builder_init (&b, database, &resolved, progress, user_data);
  ok = build (&b, error);
  if (ok)
    ok = passend_database_commit_batch (database, error);
  if (!ok)
    passend_database_rollback_batch (database);
  passend_database_set_actor (database, previous_actor);

  g_debug ("Demo school %s: %u students, %u in the caseload, %" G_GUINT64_FORMAT " work units",
           ok ? "created" : "rolled back", resolved.n_students, resolved.n_caseload, b.work_done);
  demo_builder_clear (&b);

  if (ok && progress != NULL)
    progress (1.0, user_data);
  return ok;
}
