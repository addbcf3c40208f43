/* passend-bench.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <unistd.h>

#include "passend-bench-agenda.h"
#include "passend-bench-app.h"
#include "passend-bench-backup.h"
#include "passend-bench-compare.h"
#include "passend-bench-dossier.h"
#include "passend-bench-kills.h"
#include "passend-bench-opp.h"
#include "passend-caseload-filter.h"
#include "passend-database.h"
#include "passend-demo-school.h"
#include "passend-import-plan.h"
#include "passend-pdf-renderer.h"
#include "passend-pdf-writer.h"
#include "passend-text.h"

/* Measures what the coordinator waits for on a large school and prints it
 * as JSON: medians over several runs against the budgets of DESIGN.md's
 * "Scale". It prints counts and timings only, never a name or an entry. */

typedef struct
{
  const char *name;
  double      budget_ms;
  GArray     *samples;   /* double, milliseconds */
  GString    *extra;     /* more JSON members, each starting with ", " */
  GString    *queries;   /* JSON objects, comma separated; NULL when none */
} Measure;

typedef struct
{
  gboolean  quick;
  int       runs;
  char     *database;
  guint32   seed;
} Options;

static const char * const keystrokes[] = { "j", "ja", "jan", "de v", "3h" };
/* Common words, rare ones, one that is in no entry, a prefix (the last
 * word is matched as a prefix, as the search field does while typing) and
 * two words together. */
static const char * const fts_queries[] = {
  "gesprek", "ouders", "mentor", "huiswerk", "verzuim", "dyslexie", "epilepsie",
  "logopedie", "ver", "gesprek mentor",
};

static double
elapsed_ms (gint64 start)
{
  return (double) (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median_of (GArray *samples)
{
  g_autoptr(GArray) sorted = g_array_copy (samples);
  guint n = sorted->len;

  if (n == 0)
    return 0;

  g_array_sort (sorted, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (sorted, double, n / 2);
  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2;
}

static void
min_max_of (GArray *samples,
            double *min,
            double *max)
{
  *min = G_MAXDOUBLE;
  *max = 0;
  for (guint i = 0; i < samples->len; i++)
    {
      *min = MIN (*min, g_array_index (samples, double, i));
      *max = MAX (*max, g_array_index (samples, double, i));
    }
  if (samples->len == 0)
    *min = 0;
}

/* JSON numbers must not follow the locale's decimal comma. */
static void
append_number (GString    *json,
               const char *name,
               double      value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.3f", value);
  g_string_append_printf (json, "\"%s\": %s", name, buffer);
}

static void
append_stats (GString    *json,
              GArray     *samples)
{
  double min, max;

  min_max_of (samples, &min, &max);
  append_number (json, "median_ms", median_of (samples));
  g_string_append (json, ", ");
  append_number (json, "min_ms", min);
  g_string_append (json, ", ");
  append_number (json, "max_ms", max);
  g_string_append_printf (json, ", \"n\": %u", samples->len);
}

static void
measure_init (Measure    *measure,
              const char *name,
              double      budget_ms,
              gboolean    has_queries)
{
  measure->name = name;
  measure->budget_ms = budget_ms;
  measure->samples = g_array_new (FALSE, FALSE, sizeof (double));
  measure->extra = g_string_new (NULL);
  measure->queries = has_queries ? g_string_new (NULL) : NULL;
}

static void
measure_clear (Measure *measure)
{
  g_array_unref (measure->samples);
  g_string_free (measure->extra, TRUE);
  if (measure->queries != NULL)
    g_string_free (measure->queries, TRUE);
}

/* With queries, each query's median has to stay inside the budget: the
 * slowest keystroke is the one the user feels. */
static double
measure_worst_ms (Measure *measure,
                  GArray  *query_medians)
{
  double worst = 0;

  if (query_medians == NULL || query_medians->len == 0)
    return median_of (measure->samples);

  for (guint i = 0; i < query_medians->len; i++)
    worst = MAX (worst, g_array_index (query_medians, double, i));
  return worst;
}

static gboolean
measure_append_json (Measure *measure,
                     GArray  *query_medians,
                     GString *json)
{
  gboolean ok = measure_worst_ms (measure, query_medians) <= measure->budget_ms;

  g_string_append_printf (json, "    \"%s\": { ", measure->name);
  append_stats (json, measure->samples);
  g_string_append (json, ", ");
  append_number (json, "budget_ms", measure->budget_ms);
  g_string_append_printf (json, ", \"ok\": %s%s", ok ? "true" : "false", measure->extra->str);
  if (measure->queries != NULL)
    g_string_append_printf (json, ", \"queries\": [%s]", measure->queries->str);
  g_string_append (json, " }");

  return ok;
}

static void
append_query (Measure    *measure,
              GArray     *query_medians,
              const char *query,
              GArray     *samples,
              guint       n_results)
{
  g_autofree char *escaped = g_strescape (query, NULL);

  if (measure->queries->len > 0)
    g_string_append (measure->queries, ", ");
  g_string_append_printf (measure->queries, "{ \"query\": \"%s\", \"results\": %u, ",
                          escaped, n_results);
  append_stats (measure->queries, samples);
  g_string_append (measure->queries, " }");

  g_array_append_vals (measure->samples, samples->data, samples->len);
  {
    double median = median_of (samples);
    g_array_append_val (query_medians, median);
  }
}

static gboolean
measure_open (Measure     *measure,
              const char  *path,
              int          runs,
              GError     **error)
{
  for (int i = 0; i < runs; i++)
    {
      g_autoptr(PassendDatabase) database = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      database = passend_database_open (path, error);
      ms = elapsed_ms (start);
      if (database == NULL)
        return FALSE;
      g_array_append_val (measure->samples, ms);
    }

  return TRUE;
}

static void
verify_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GError **error = user_data;

  if (passend_database_verify_bulk_finish (PASSEND_DATABASE (source), result, error))
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "ok");
}

/* The background check of the timeline, audit log and attachments that
 * follows every open: how long until damage there would be noticed. */
static gboolean
measure_verify_bulk (Measure          *measure,
                     PassendDatabase  *database,
                     int               runs,
                     GError          **error)
{
  for (int i = 0; i < runs; i++)
    {
      g_autoptr(GError) result = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      passend_database_verify_bulk_async (database, NULL, verify_done_cb, &result);
      while (result == NULL)
        g_main_context_iteration (NULL, TRUE);
      ms = elapsed_ms (start);

      if (!g_error_matches (result, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&result));
          return FALSE;
        }
      g_array_append_val (measure->samples, ms);
    }

  return TRUE;
}

static void
remove_database_files (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

static gboolean
measure_create (Measure     *measure,
                const char  *dir,
                int          runs,
                GError     **error)
{
  for (int i = 0; i < runs; i++)
    {
      g_autofree char *name = g_strdup_printf ("create-%d.db", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      PassendDatabase *database;
      gint64 start = g_get_monotonic_time ();
      double ms;

      database = passend_database_open (path, error);
      ms = elapsed_ms (start);
      if (database == NULL)
        return FALSE;
      g_object_unref (database);
      remove_database_files (path);
      g_array_append_val (measure->samples, ms);
    }

  return TRUE;
}

static GListModel *
measure_caseload (Measure          *measure,
                  PassendDatabase  *database,
                  int               runs,
                  GError          **error)
{
  GListModel *caseload = NULL;

  for (int i = 0; i < runs; i++)
    {
      gint64 start;
      double ms;

      g_clear_object (&caseload);
      start = g_get_monotonic_time ();
      caseload = passend_database_list_caseload (database, error);
      ms = elapsed_ms (start);
      if (caseload == NULL)
        return NULL;
      g_array_append_val (measure->samples, ms);
    }

  g_string_append_printf (measure->extra, ", \"students\": %u", g_list_model_get_n_items (caseload));
  return caseload;
}

/* The Overzicht: every deadline of the school computed from stored days,
 * on the demo school's today (see main ()). */
static gboolean
measure_overview (Measure          *measure,
                  PassendDatabase  *database,
                  int               runs,
                  GError          **error)
{
  guint n_deadlines = 0;

  for (int i = 0; i < runs; i++)
    {
      g_autoptr(GListModel) deadlines = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      deadlines = passend_database_list_deadlines (database, passend_day_new (2026, 3, 16), error);
      ms = elapsed_ms (start);
      if (deadlines == NULL)
        return FALSE;
      n_deadlines = g_list_model_get_n_items (deadlines);
      g_array_append_val (measure->samples, ms);
    }

  g_string_append_printf (measure->extra, ", \"deadlines\": %u", n_deadlines);
  return TRUE;
}

/* What the caseload filter does on every key press: fold the query, then
 * test every loaded student. */
static void
measure_keystrokes (Measure    *measure,
                    GArray     *query_medians,
                    GListModel *caseload,
                    int         runs)
{
  guint n_items = g_list_model_get_n_items (caseload);

  for (guint q = 0; q < G_N_ELEMENTS (keystrokes); q++)
    {
      g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
      guint matches = 0;

      for (int i = 0; i < runs; i++)
        {
          gint64 start = g_get_monotonic_time ();
          g_auto(GStrv) words = passend_text_query_words (keystrokes[q]);
          double ms;

          matches = 0;
          for (guint j = 0; j < n_items; j++)
            {
              g_autoptr(PassendStudent) student = g_list_model_get_item (caseload, j);

              if (passend_student_matches (student, (const char * const *) words))
                matches++;
            }
          ms = elapsed_ms (start);
          g_array_append_val (samples, ms);
        }

      append_query (measure, query_medians, keystrokes[q], samples, matches);
    }
}

/* What the caseload does on every filter change: run the very filter
 * function of the page over every case (open and closed, as loaded), for
 * several combinations of filters. */
static void
apply_combination (PassendCaseloadFilter *filter,
                   PassendCaseloadIndex  *index,
                   guint                  combination)
{
  static const PassendCaseloadFilterKind first_of[] = {
    PASSEND_CASELOAD_FILTER_CLASS, PASSEND_CASELOAD_FILTER_MENTOR, PASSEND_CASELOAD_FILTER_NEED,
  };

  switch (combination)
    {
    case 0:
      _passend_caseload_filter_set_selected (filter, PASSEND_CASELOAD_FILTER_NIVEAU, "3", TRUE);
      _passend_caseload_filter_set_selected (filter, PASSEND_CASELOAD_FILTER_NIVEAU, "4", TRUE);
      break;
    case 1:
    case 2:
    case 3:
      _passend_caseload_filter_set_selected (filter, PASSEND_CASELOAD_FILTER_PHASE, "3b", TRUE);
      for (guint v = 0; v < MIN (2, _passend_caseload_index_get_n_values (index, first_of[combination - 1])); v++)
        _passend_caseload_filter_set_selected (filter, first_of[combination - 1],
                                               _passend_caseload_index_get_value_key (index, first_of[combination - 1], v),
                                               TRUE);
      break;
    case 4:
      _passend_caseload_filter_set_attention (filter, TRUE);
      break;
    case 5:
      _passend_caseload_filter_set_selected (filter, PASSEND_CASELOAD_FILTER_NIVEAU, "2", TRUE);
      _passend_caseload_filter_set_search (filter, "de");
      break;
    default:
      _passend_caseload_filter_set_cases (filter, PASSEND_CASELOAD_CASES_ALL);
      _passend_caseload_filter_set_selected (filter, PASSEND_CASELOAD_FILTER_REGIE,
                                             _passend_caseload_index_get_value_key (index, PASSEND_CASELOAD_FILTER_REGIE, 0),
                                             TRUE);
      break;
    }
}

static gboolean
measure_caseload_filter (Measure          *measure,
                         GArray           *query_medians,
                         PassendDatabase  *database,
                         int               runs,
                         GError          **error)
{
  static const char * const names[] = {
    "level 3 or 4", "phase 3b, class", "phase 3b, mentor", "phase 3b, needs",
    "needs attention", "level 2, search", "all cases, regie",
  };
  g_autoptr(GListModel) cases = NULL;
  g_autoptr(GHashTable) needs = NULL;
  g_autoptr(GHashTable) deadlines = NULL;
  g_autoptr(PassendCaseloadIndex) index = NULL;
  PassendDay today = passend_day_today ();
  PassendProtocol protocol;
  guint n_items;

  cases = passend_database_list_cases (database, TRUE, error);
  if (cases == NULL)
    return FALSE;
  needs = passend_database_list_support_needs_by_student (database, error);
  if (needs == NULL)
    return FALSE;
  deadlines = passend_database_next_deadlines (database, today, error);
  if (deadlines == NULL || !passend_database_load_protocol (database, &protocol, error))
    return FALSE;

  index = _passend_caseload_index_new (cases, needs, deadlines, today,
                                       passend_protocol_get (&protocol, PASSEND_PROTOCOL_WARNING_HORIZON_DAYS));
  n_items = g_list_model_get_n_items (cases);

  for (guint c = 0; c < G_N_ELEMENTS (names); c++)
    {
      g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(PassendCaseloadFilter) filter = _passend_caseload_filter_new ();
      guint matches = 0;

      _passend_caseload_filter_set_index (filter, index);
      apply_combination (filter, index, c);

      for (int i = 0; i < runs; i++)
        {
          gint64 start = g_get_monotonic_time ();
          double ms;

          matches = 0;
          for (guint j = 0; j < n_items; j++)
            {
              g_autoptr(PassendStudent) student = g_list_model_get_item (cases, j);

              if (_passend_caseload_filter_matches (filter, student))
                matches++;
            }
          ms = elapsed_ms (start);
          g_array_append_val (samples, ms);
        }

      append_query (measure, query_medians, names[c], samples, matches);
    }

  g_string_append_printf (measure->extra, ", \"cases\": %u", n_items);
  return TRUE;
}

/* The student with the longest timeline: the demo school has one that is
 * much longer than the rest, and a reused database may have anyone. */
static gint64
find_heavy_student (PassendDatabase  *database,
                    GListModel       *caseload,
                    GError          **error)
{
  gint64 heavy_id = 0;
  guint most = 0;

  for (guint i = 0; i < g_list_model_get_n_items (caseload); i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (caseload, i);
      g_autoptr(GListModel) timeline = NULL;

      timeline = passend_database_list_timeline (database, passend_student_get_id (student), error);
      if (timeline == NULL)
        return -1;
      if (g_list_model_get_n_items (timeline) > most)
        {
          most = g_list_model_get_n_items (timeline);
          heavy_id = passend_student_get_id (student);
        }
    }

  return heavy_id;
}

/* From the bytes of a stored 10-page report to the first page on screen
 * at 100 %: opening the document and rendering page 1. */
static gboolean
measure_pdf_preview (Measure     *measure,
                     const char  *scratch_dir,
                     int          runs,
                     GError     **error)
{
  g_autoptr(PassendPdfWriter) writer = passend_pdf_writer_new ("Verslag onderzoek", "Bench");
  g_autofree char *path = g_build_filename (scratch_dir, "preview.pdf", NULL);
  g_autoptr(GBytes) content = NULL;
  char *data = NULL;
  gsize size = 0;

  for (int page = 0; page < 10; page++)
    {
      if (page > 0)
        passend_pdf_writer_add_page_break (writer);
      passend_pdf_writer_add_heading (writer, 1, "Onderzoek naar lezen en spellen");
      for (int p = 0; p < 8; p++)
        passend_pdf_writer_add_paragraph (writer,
                                          "De leerling leest op AVI-niveau E6 en spelt op niveau "
                                          "C. Bij dictee maakt zij vooral fouten in werkwoorden; "
                                          "met extra tijd en een laptop gaat het beter.");
    }

  if (!passend_pdf_writer_save (writer, path, NULL, error) ||
      !g_file_get_contents (path, &data, &size, error))
    return FALSE;
  g_unlink (path);
  content = g_bytes_new_take (data, size);

  for (int i = 0; i < runs; i++)
    {
      g_autoptr(PassendPdfRenderer) renderer = NULL;
      cairo_surface_t *surface;
      gint64 start = g_get_monotonic_time ();
      double ms;

      renderer = passend_pdf_renderer_new (content, error);
      if (renderer == NULL)
        return FALSE;
      surface = passend_pdf_renderer_render_page (renderer, 0, 1.0, 1, NULL, error);
      ms = elapsed_ms (start);
      if (surface == NULL)
        return FALSE;
      cairo_surface_destroy (surface);
      g_array_append_val (measure->samples, ms);
    }

  g_string_append_printf (measure->extra, ", \"pages\": %u", passend_pdf_writer_get_n_pages (writer));
  return TRUE;
}

static gboolean
measure_timeline (Measure          *measure,
                  PassendDatabase  *database,
                  gint64            student_id,
                  int               runs,
                  GError          **error)
{
  guint n_entries = 0;

  for (int i = 0; i < runs; i++)
    {
      g_autoptr(GListModel) timeline = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      timeline = passend_database_list_timeline (database, student_id, error);
      ms = elapsed_ms (start);
      if (timeline == NULL)
        return FALSE;
      n_entries = g_list_model_get_n_items (timeline);
      g_array_append_val (measure->samples, ms);
    }

  g_string_append_printf (measure->extra, ", \"entries\": %u", n_entries);
  return TRUE;
}

static gboolean
measure_search (Measure          *measure,
                GArray           *query_medians,
                PassendDatabase  *database,
                int               runs,
                GError          **error)
{
  for (guint q = 0; q < G_N_ELEMENTS (fts_queries); q++)
    {
      g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
      guint n_results = 0;

      for (int i = 0; i < runs; i++)
        {
          g_autoptr(GListModel) results = NULL;
          gint64 start = g_get_monotonic_time ();
          double ms;

          results = passend_database_search_entries (database, fts_queries[q], 200, error);
          ms = elapsed_ms (start);
          if (results == NULL)
            return FALSE;
          n_results = g_list_model_get_n_items (results);
          g_array_append_val (samples, ms);
        }

      append_query (measure, query_medians, fts_queries[q], samples, n_results);
    }

  return TRUE;
}

/* Area "timeline": the global search as the Ctrl+K window runs it, with
 * the title and snippet markup of each result. */
static gboolean
measure_search_snippets (Measure          *measure,
                         GArray           *query_medians,
                         PassendDatabase  *database,
                         int               runs,
                         GError          **error)
{
  for (guint q = 0; q < G_N_ELEMENTS (fts_queries); q++)
    {
      g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
      guint n_results = 0;

      for (int i = 0; i < runs; i++)
        {
          g_autoptr(GPtrArray) hits = NULL;
          gint64 start = g_get_monotonic_time ();
          double ms;

          hits = passend_database_search_entry_snippets (database, fts_queries[q], 50, error);
          ms = elapsed_ms (start);
          if (hits == NULL)
            return FALSE;
          n_results = hits->len;
          g_array_append_val (samples, ms);
        }

      append_query (measure, query_medians, fts_queries[q], samples, n_results);
    }

  return TRUE;
}

/* Area "timeline": saving a new entry from the editor, draft removal
 * included. The entries are deleted again, untimed, so a reused
 * database does not grow. */
static gboolean
measure_add_entry (Measure          *measure,
                   PassendDatabase  *database,
                   gint64            student_id,
                   int               runs,
                   GError          **error)
{
  for (int i = 0; i < runs; i++)
    {
      g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();
      g_autoptr(PassendDeletedEntry) deleted = NULL;
      gint64 draft_id = 0;
      gint64 start;
      double ms;

      passend_timeline_entry_set_student_id (entry, student_id);
      passend_timeline_entry_set_kind (entry, PASSEND_ENTRY_KIND_OBSERVATION);
      passend_timeline_entry_set_occurred_at (entry, g_get_real_time () / G_USEC_PER_SEC - 60);
      passend_timeline_entry_set_title (entry, "Observatie in de les");
      passend_timeline_entry_set_body (entry, "Wat zag ik: werkt geconcentreerd, vraagt twee keer om uitleg.");
      if (!passend_database_save_draft (database, entry, &draft_id, error))
        return FALSE;

      start = g_get_monotonic_time ();
      if (!passend_database_save_new_entry (database, entry, draft_id, NULL, 0, error))
        return FALSE;
      ms = elapsed_ms (start);
      g_array_append_val (measure->samples, ms);

      deleted = passend_database_delete_entry (database, passend_timeline_entry_get_id (entry), error);
      if (deleted == NULL)
        return FALSE;
    }

  return TRUE;
}

static void
show_progress (double   fraction,
               gpointer user_data)
{
  int *last = user_data;
  int percent = (int) (fraction * 100);

  if (percent != *last)
    {
      fprintf (stderr, "\rGenerating the school… %3d%%", percent);
      *last = percent;
    }
}

static gint64
file_size (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return 0;
  return (gint64) st.st_size;
}

typedef struct
{
  gboolean reused;
  double   generate_ms;
  gint64   n_students;
  gint64   n_caseload;
  gint64   n_entries;
} Prepared;

/* Fills @path with the demo school, unless it already holds one. */
static gboolean
prepare_database (const char                *path,
                  const PassendDemoOptions  *demo,
                  Prepared                  *prepared,
                  GError                   **error)
{
  g_autoptr(PassendDatabase) database = passend_database_open (path, error);
  gint64 start;

  if (database == NULL)
    return FALSE;

  prepared->n_students = passend_database_count (database, "students", error);
  if (prepared->n_students < 0)
    return FALSE;

  prepared->reused = prepared->n_students > 0;
  if (!prepared->reused)
    {
      int last = -1;
      gboolean interactive = isatty (STDERR_FILENO);

      start = g_get_monotonic_time ();
      if (!passend_demo_school_generate (database, demo,
                                         interactive ? show_progress : NULL, &last, error))
        return FALSE;
      prepared->generate_ms = elapsed_ms (start);
      if (interactive)
        fprintf (stderr, "\n");
    }

  prepared->n_students = passend_database_count (database, "students", error);
  if (prepared->n_students < 0)
    return FALSE;
  prepared->n_caseload = passend_database_count (database, "caseload", error);
  if (prepared->n_caseload < 0)
    return FALSE;
  prepared->n_entries = passend_database_count (database, "timeline", error);
  return prepared->n_entries >= 0;
}

static void
append_header (GString                  *json,
               const Options            *options,
               const PassendDemoOptions *demo,
               const Prepared           *prepared,
               const char               *path)
{
  g_string_append (json, "{\n");
  g_string_append_printf (json, "  \"mode\": \"%s\",\n", options->quick ? "quick" : "full");
  g_string_append_printf (json, "  \"runs\": %d,\n", options->runs);
  g_string_append_printf (json, "  \"budgets_enforced\": %s,\n", options->quick ? "false" : "true");
  if (prepared->reused)
    g_string_append (json, "  \"requested\": null,\n");
  else
    g_string_append_printf (json,
                            "  \"requested\": { \"students\": %u, \"caseload\": %u, "
                            "\"entries\": %u, \"heavy_student_entries\": %u, \"seed\": %u },\n",
                            demo->n_students, demo->n_caseload, demo->n_entries,
                            demo->heavy_student_entries, demo->seed);
  g_string_append_printf (json,
                          "  \"database\": { \"reused\": %s, \"students\": %" G_GINT64_FORMAT
                          ", \"caseload\": %" G_GINT64_FORMAT ", \"entries\": %" G_GINT64_FORMAT
                          ", \"size_bytes\": %" G_GINT64_FORMAT ", ",
                          prepared->reused ? "true" : "false",
                          prepared->n_students, prepared->n_caseload, prepared->n_entries,
                          file_size (path));
  if (prepared->reused)
    g_string_append (json, "\"generate_ms\": null },\n");
  else
    {
      append_number (json, "generate_ms", prepared->generate_ms);
      g_string_append (json, " },\n");
    }
}

/* An LVS export of every student, as Magister writes it; every 50th
 * student has moved to another class, so the import has updates to do. */
static char *
write_lvs_export (PassendDatabase  *database,
                  const char       *dir,
                  guint            *n_rows,
                  GError          **error)
{
  g_autoptr(GString) csv = g_string_new ("Stamnr;Roepnaam;Tussenv.;Achternaam;Geb.datum;Klas;Studie;Leerjaar;Klassenmentor 1;Locatie\r\n");
  g_autofree char *path = g_build_filename (dir, "export.csv", NULL);
  gint64 n_students = passend_database_count (database, "students", error);
  guint found = 0;

  if (n_students < 0)
    return NULL;

  for (gint64 id = 1; found < n_students && id <= 4 * n_students; id++)
    {
      g_autoptr(PassendStudent) student = passend_database_get_student (database, id, NULL);
      g_autofree char *birth = NULL;
      int y = 0, m = 0, d = 0;

      if (student == NULL)
        continue;
      if (passend_student_get_birth_date (student) != PASSEND_DAY_NONE)
        {
          passend_day_get_ymd (passend_student_get_birth_date (student), &y, &m, &d);
          birth = g_strdup_printf ("%02d-%02d-%04d", d, m, y);
        }
      g_string_append_printf (csv, "%s;\"%s\";%s;\"%s\";%s;%s%s;%s;%d;%s;%s\r\n",
                              passend_student_get_lvs_number (student),
                              passend_student_get_roepnaam (student),
                              passend_student_get_tussenvoegsel (student),
                              passend_student_get_achternaam (student),
                              birth != NULL ? birth : "",
                              passend_student_get_class_name (student),
                              found % 50 == 0 ? "x" : "",
                              passend_student_get_track (student),
                              passend_student_get_year (student),
                              passend_student_get_mentor_name (student),
                              passend_student_get_location (student));
      found++;
    }

  if (!g_file_set_contents_full (path, csv->str, csv->len, G_FILE_SET_CONTENTS_NONE, 0600, error))
    return NULL;

  *n_rows = found;
  return g_steal_pointer (&path);
}

/* Reading, planning and storing a whole-school export, in a batch that is
 * rolled back, so every run imports into the same school. */
static gboolean
measure_import (Measure          *measure,
                PassendDatabase  *database,
                const char       *dir,
                int               runs,
                GError          **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  guint n_rows = 0, created = 0, updated = 0;

  path = write_lvs_export (database, dir, &n_rows, error);
  if (path == NULL)
    return FALSE;
  file = g_file_new_for_path (path);

  for (int i = 0; i < runs; i++)
    {
      g_autoptr(PassendImportPlan) plan = NULL;
      gint64 start;
      gboolean stored;
      double ms;

      if (!passend_database_begin_batch (database, error))
        return FALSE;
      start = g_get_monotonic_time ();
      plan = passend_import_plan_new_for_file (file, database, passend_day_new (2026, 3, 16), NULL, error);
      stored = plan != NULL && passend_import_plan_apply (plan, database, FALSE, &created, &updated, error);
      ms = elapsed_ms (start);
      passend_database_rollback_batch (database);
      if (!stored)
        return FALSE;
      g_array_append_val (measure->samples, ms);
    }

  g_unlink (path);
  g_string_append_printf (measure->extra, ", \"rows\": %u, \"updated\": %u", n_rows, updated);
  return TRUE;
}

/* Runs every measurement and appends the "results" member; @all_ok says
 * whether every budget held. FALSE only on an error. */
static gboolean
run_measurements (const Options  *options,
                  const char     *path,
                  const char     *scratch_dir,
                  GString        *json,
                  gboolean       *all_ok,
                  GError        **error)
{
  Measure open_time, verify_time, create_time, caseload_time, keystroke_time, timeline_time, search_time;
  Measure import_time, filter_time, pdf_preview_time;
  Measure add_entry_time, snippets_time;
  Measure agenda_time, agenda_partner_time;
  guint agenda_pages = 0, agenda_partner_items = 0;
  Measure opp_pdf_time;
  guint opp_pages = 0;
  Measure backup_time;
  goffset backup_size = 0;
  Measure dossier_time;
  guint dossier_pages = 0;
  g_autoptr(GArray) qpdf_samples = g_array_new (FALSE, FALSE, sizeof (double));
  PassendBenchApp app;
  PassendBenchTool soffice;
  PassendBenchKills kills;
  g_autoptr(GArray) snippet_medians = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) filter_medians = g_array_new (FALSE, FALSE, sizeof (double));
  Measure overview_time;
  g_autoptr(GArray) keystroke_medians = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) search_medians = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(GListModel) students = NULL;
  gint64 heavy_id;
  gboolean done = FALSE;

  measure_init (&open_time, "open", 150, FALSE);
  /* Not felt by the user, but it bounds how long damage in the bulk
   * tables could go unnoticed after opening. */
  measure_init (&verify_time, "verify_bulk", 2000, FALSE);
  measure_init (&create_time, "create", 150, FALSE);
  measure_init (&caseload_time, "caseload", 50, FALSE);
  measure_init (&overview_time, "overview", 50, FALSE);
  measure_init (&keystroke_time, "keystroke", 8, TRUE);
  measure_init (&filter_time, "caseload-filter", 8, TRUE);
  measure_init (&timeline_time, "timeline", 30, FALSE);
  measure_init (&search_time, "fts", 30, TRUE);
  measure_init (&snippets_time, "fts-snippets", 30, TRUE);
  measure_init (&add_entry_time, "add-entry", 5, FALSE);
  measure_init (&import_time, "import", 1000, FALSE);
  measure_init (&pdf_preview_time, "pdf-preview", 100, FALSE);
  measure_init (&agenda_time, "agenda-pdf", 300, FALSE);
  measure_init (&agenda_partner_time, "agenda-pdf-partner", 300, FALSE);
  measure_init (&opp_pdf_time, "opp-pdf", 150, FALSE);
  measure_init (&backup_time, "backup", 2000, FALSE);
  measure_init (&dossier_time, "tlv-dossier", 1500, FALSE);
  passend_bench_app_init (&app);
  passend_bench_tool_init (&soffice);
  passend_bench_kills_init (&kills);

  if (!measure_open (&open_time, path, options->runs, error) ||
      !measure_create (&create_time, scratch_dir, options->runs, error))
    goto out;

  database = passend_database_open (path, error);
  if (database == NULL)
    goto out;

  if (!measure_verify_bulk (&verify_time, database, options->runs, error))
    goto out;

  students = measure_caseload (&caseload_time, database, options->runs, error);
  if (students == NULL)
    goto out;
  measure_keystrokes (&keystroke_time, keystroke_medians, students, options->runs);
  if (!measure_caseload_filter (&filter_time, filter_medians, database, options->runs, error))
    goto out;
  if (!measure_overview (&overview_time, database, options->runs, error))
    goto out;

  heavy_id = find_heavy_student (database, students, error);
  if (heavy_id < 0 || !measure_timeline (&timeline_time, database, heavy_id, options->runs, error))
    goto out;
  if (!measure_search (&search_time, search_medians, database, options->runs, error))
    goto out;
  if (!measure_search_snippets (&snippets_time, snippet_medians, database, options->runs, error) ||
      !measure_add_entry (&add_entry_time, database, heavy_id, options->runs, error))
    goto out;
  if (!measure_import (&import_time, database, scratch_dir, options->runs, error))
    goto out;
  if (!measure_pdf_preview (&pdf_preview_time, scratch_dir, options->runs, error))
    goto out;
  if (!passend_bench_agenda (database, students, scratch_dir, options->runs, agenda_time.samples,
                             agenda_partner_time.samples, &agenda_pages, &agenda_partner_items, error))
    goto out;
  g_string_append_printf (agenda_time.extra, ", \"items\": 15, \"pages\": %u", agenda_pages);
  g_string_append_printf (agenda_partner_time.extra, ", \"items\": %u", agenda_partner_items);
  if (!passend_bench_opp (scratch_dir, options->runs, opp_pdf_time.samples, &opp_pages, error))
    goto out;
  g_string_append_printf (opp_pdf_time.extra, ", \"pages\": %u", opp_pages);
  if (!passend_bench_backup (path, scratch_dir, options->runs, backup_time.samples, &backup_size, error))
    goto out;
  g_string_append_printf (backup_time.extra, ", \"bytes\": %" G_GOFFSET_FORMAT, backup_size);
  if (!passend_bench_dossier (scratch_dir, options->runs, dossier_time.samples, qpdf_samples,
                              &dossier_pages, error))
    goto out;
  /* qpdf gluing the same reports: a comparison, not a budget. */
  g_string_append_printf (dossier_time.extra, ", \"pages\": %u, ", dossier_pages);
  if (qpdf_samples->len > 0)
    append_number (dossier_time.extra, "qpdf_concat_median_ms", median_of (qpdf_samples));
  else
    g_string_append (dossier_time.extra, "\"qpdf_concat_median_ms\": null");
  if (!passend_bench_app_run (&app, path, scratch_dir, options->runs, error) ||
      !passend_bench_compare_opp (scratch_dir, options->runs, &soffice, error) ||
      !passend_bench_kills_run (&kills, options->quick ? 5 : PASSEND_BENCH_LONG_KILLS, error))
    goto out;

  *all_ok = TRUE;
  g_string_append (json, "  \"results\": {\n");
  *all_ok &= measure_append_json (&open_time, NULL, json);
  g_string_append (json, ",\n");
  *all_ok &= measure_append_json (&verify_time, NULL, json);
  g_string_append (json, ",\n");
  *all_ok &= measure_append_json (&create_time, NULL, json);
  g_string_append (json, ",\n");
  *all_ok &= measure_append_json (&caseload_time, NULL, json);
  g_string_append (json, ",\n");
  *all_ok &= measure_append_json (&overview_time, NULL, json);
  g_string_append (json, ",\n");
  *all_ok &= measure_append_json (&keystroke_time, keystroke_medians, json);
  g_string_append (json, ",\n");
  *all_ok &= measure_append_json (&filter_time, filter_medians, json);
  g_string_append (json, ",\n");
  *all_ok &= measure_append_json (&timeline_time, NULL, json);
  g_string_append (json, ",\n");
  *all_ok &= measure_append_json (&search_time, search_medians, json);
  g_string_append (json, ",\n");
  *all_ok &= measure_append_json (&snippets_time, snippet_medians, json);
  g_string_append (json, ",\n");
  *all_ok &= measure_append_json (&add_entry_time, NULL, json);
  g_string_append (json, ",\n");
  *all_ok &= measure_append_json (&import_time, NULL, json);
  g_string_append (json, ",\n");
  *all_ok &= measure_append_json (&pdf_preview_time, NULL, json);
  g_string_append (json, ",\n");
  *all_ok &= measure_append_json (&agenda_time, NULL, json);
  g_string_append (json, ",\n");
  *all_ok &= measure_append_json (&agenda_partner_time, NULL, json);
  g_string_append (json, ",\n");
  *all_ok &= measure_append_json (&opp_pdf_time, NULL, json);
  g_string_append (json, ",\n");
  *all_ok &= measure_append_json (&backup_time, NULL, json);
  g_string_append (json, ",\n");
  *all_ok &= measure_append_json (&dossier_time, NULL, json);
  g_string_append (json, ",\n");
  *all_ok &= passend_bench_app_append_json (&app, !options->quick, json);
  g_string_append (json, "\n  },\n");
  passend_bench_compare_append_json (json, opp_pdf_time.samples, opp_pages, &soffice,
                                     dossier_time.samples, dossier_pages, qpdf_samples);
  *all_ok &= passend_bench_kills_append_json (&kills, json);
  done = TRUE;

out:
  measure_clear (&open_time);
  measure_clear (&verify_time);
  measure_clear (&create_time);
  measure_clear (&caseload_time);
  measure_clear (&overview_time);
  measure_clear (&keystroke_time);
  measure_clear (&filter_time);
  measure_clear (&timeline_time);
  measure_clear (&search_time);
  measure_clear (&snippets_time);
  measure_clear (&add_entry_time);
  measure_clear (&import_time);
  measure_clear (&pdf_preview_time);
  measure_clear (&agenda_time);
  measure_clear (&agenda_partner_time);
  measure_clear (&opp_pdf_time);
  measure_clear (&backup_time);
  measure_clear (&dossier_time);
  passend_bench_app_clear (&app);
  passend_bench_tool_clear (&soffice);
  passend_bench_kills_clear (&kills);
  return done;
}

static gboolean
parse_options (int       *argc,
               char    ***argv,
               Options   *options,
               GError   **error)
{
  int seed = 1;
  GOptionEntry entries[] = {
    { "quick", 'q', 0, G_OPTION_ARG_NONE, &options->quick,
      "A small school and 3 runs, budgets not enforced", NULL },
    { "runs", 'n', 0, G_OPTION_ARG_INT, &options->runs,
      "Runs per measurement (default 9, quick 3)", "N" },
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &options->database,
      "Use FILE, generating the school into it only when it is empty", "FILE" },
    { "seed", 's', 0, G_OPTION_ARG_INT, &seed, "Seed of the demo school (default 1)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);

  g_option_context_set_summary (context,
                                "Measures Passend on a large school and prints the results as JSON.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, argc, argv, error))
    return FALSE;

  if (options->runs == -1)
    options->runs = options->quick ? 3 : 9;
  if (options->runs < 1 || options->runs > 1000)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "--runs must be between 1 and 1000");
      return FALSE;
    }
  options->seed = (guint32) seed;
  return TRUE;
}

static void
remove_scratch (const char *dir,
                const char *path)
{
  remove_database_files (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  Options options = { FALSE, -1, NULL, 1 };
  PassendDemoOptions demo;
  Prepared prepared = { FALSE, 0, 0, 0, 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) json = g_string_new (NULL);
  g_autofree char *scratch_dir = NULL;
  g_autofree char *scratch_path = NULL;
  const char *path;
  gboolean all_ok = FALSE;
  gboolean measured = FALSE;

  if (!parse_options (&argc, &argv, &options, &error))
    {
      fprintf (stderr, "passend-bench: %s\n", error->message);
      return 2;
    }

  passend_demo_options_init (&demo);
  demo.seed = options.seed;
  demo.today = passend_day_new (2026, 3, 16);
  demo.n_students = options.quick ? 300 : 2500;
  demo.n_caseload = options.quick ? 60 : 600;
  demo.n_entries = options.quick ? 3000 : 250000;
  demo.heavy_student_entries = options.quick ? 300 : 2000;

  /* The scratch folder also holds the fresh databases of "create". */
  scratch_dir = g_dir_make_tmp ("passend-bench-XXXXXX", &error);
  if (scratch_dir == NULL)
    {
      fprintf (stderr, "passend-bench: %s\n", error->message);
      return 2;
    }
  scratch_path = g_build_filename (scratch_dir, "school.db", NULL);
  path = options.database != NULL ? options.database : scratch_path;

  if (prepare_database (path, &demo, &prepared, &error))
    {
      append_header (json, &options, &demo, &prepared, path);
      measured = run_measurements (&options, path, scratch_dir, json, &all_ok, &error);
    }

  remove_scratch (scratch_dir, scratch_path);
  g_free (options.database);

  if (!measured)
    {
      fprintf (stderr, "passend-bench: %s\n", error->message);
      return 2;
    }

  g_string_append_printf (json, "  \"ok\": %s\n}\n", all_ok ? "true" : "false");
  fputs (json->str, stdout);

  return options.quick || all_ok ? 0 : 1;
}
