/* test-ui-caseload.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>
#include <string.h>

#include "passend-caseload-page.h"
#include "passend-caseload-regie-dialog.h"
#include "passend-demo-school.h"
#include "passend-text.h"
#include "passend-test-ui.h"

#define N_STUDENTS 300
#define N_CASELOAD 60

typedef struct
{
  char            *dir;
  char            *path;
  PassendDatabase *database;
  GtkWindow       *window;
  PassendCaseloadPage *page;
  /* What the data says, computed without the widgets */
  GListModel      *cases;      /* all cases, closed ones too */
  GHashTable      *needs;
  GHashTable      *deadlines;
  PassendDay       today;
  int              horizon;
} Fixture;

/* Runs the main loop until @condition holds, for at most ten seconds. */
static GListModel *
rows (Fixture *fixture)
{
  GtkColumnView *view = passend_test_ui_child (fixture->page, PASSEND_TYPE_CASELOAD_PAGE, "column_view");

  return G_LIST_MODEL (gtk_column_view_get_model (view));
}

typedef struct
{
  Fixture *fixture;
  guint    expected;
} RowCount;

static gboolean
row_count_is (gpointer data)
{
  RowCount *count = data;

  return g_list_model_get_n_items (rows (count->fixture)) == count->expected;
}

static void
save_screenshot (Fixture    *fixture,
                 const char *name)
{
  passend_test_ui_save_screenshot (GTK_WIDGET (fixture->window), name, 400, TRUE);
}

static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

static void
load_truth (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  PassendProtocol protocol;

  g_clear_object (&fixture->cases);
  g_clear_pointer (&fixture->needs, g_hash_table_unref);
  g_clear_pointer (&fixture->deadlines, g_hash_table_unref);

  fixture->today = passend_day_today ();
  fixture->cases = passend_database_list_cases (fixture->database, TRUE, &error);
  g_assert_no_error (error);
  fixture->needs = passend_database_list_support_needs_by_student (fixture->database, &error);
  g_assert_no_error (error);
  fixture->deadlines = passend_database_next_deadlines (fixture->database, fixture->today, &error);
  g_assert_no_error (error);
  passend_database_load_protocol (fixture->database, &protocol, &error);
  g_assert_no_error (error);
  fixture->horizon = passend_protocol_get (&protocol, PASSEND_PROTOCOL_WARNING_HORIZON_DAYS);
}

/* The page holds its first rows only until the window has painted its
 * first frame (passend-caseload-page.c), then all of them. */
static gboolean
all_rows_shown (gpointer data)
{
  Fixture *fixture = data;
  GtkMultiSelection *selection = GTK_MULTI_SELECTION (rows (fixture));
  GListModel *slice = gtk_multi_selection_get_model (selection);

  return gtk_slice_list_model_get_size (GTK_SLICE_LIST_MODEL (slice)) == G_MAXUINT;
}

static void
open_page_sized (Fixture *fixture,
                 int      width,
                 int      height)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, width, height);
  fixture->page = PASSEND_CASELOAD_PAGE (passend_caseload_page_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  passend_caseload_page_set_database (fixture->page, fixture->database);
  gtk_window_present (fixture->window);
  g_assert_true (passend_test_ui_wait_for (all_rows_shown, fixture));
  passend_test_ui_settle (100);
}

static void
open_page (Fixture *fixture)
{
  /* The typical school laptop. */
  open_page_sized (fixture, 1366, 768);
}

static void
close_page (Fixture *fixture)
{
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  fixture->window = NULL;
  fixture->page = NULL;
  passend_test_ui_settle (20);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  PassendDemoOptions options;

  reset_settings ();
  fixture->dir = g_dir_make_tmp ("passend-caseload-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "school.db", NULL);
  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);

  passend_demo_options_init (&options);
  options.n_students = N_STUDENTS;
  options.n_caseload = N_CASELOAD;
  options.seed = 11;
  passend_demo_school_generate (fixture->database, &options, NULL, NULL, &error);
  g_assert_no_error (error);

  load_truth (fixture);
  open_page (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  close_page (fixture);
  g_clear_object (&fixture->cases);
  g_clear_pointer (&fixture->needs, g_hash_table_unref);
  g_clear_pointer (&fixture->deadlines, g_hash_table_unref);
  g_clear_object (&fixture->database);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (fixture->dir, name, NULL);

      g_unlink (file);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* Helpers */

static void
set_filter (Fixture    *fixture,
            const char *kind,
            const char *value,
            gboolean    selected)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "caseload.set-filter",
                                             "(ssb)", kind, value, selected));
}

typedef struct
{
  const char *kind;
  const char *values[3];
} Choice;

static char *
value_of (Fixture        *fixture,
          PassendStudent *student,
          const char     *kind)
{
  if (g_str_equal (kind, "niveau"))
    return g_strdup_printf ("%d", passend_student_get_niveau (student));
  if (g_str_equal (kind, "phase"))
    return g_strdup (passend_phase_to_code (passend_student_get_phase (student)));
  if (g_str_equal (kind, "year"))
    return g_strdup_printf ("%d", passend_student_get_year (student));
  if (g_str_equal (kind, "track"))
    return g_strdup (passend_student_get_track (student));
  if (g_str_equal (kind, "class"))
    return g_strdup (passend_student_get_class_name (student));
  if (g_str_equal (kind, "mentor"))
    return g_strdup_printf ("%" G_GINT64_FORMAT, passend_student_get_mentor_id (student));
  if (g_str_equal (kind, "regie"))
    return g_strdup_printf ("%s:%" G_GINT64_FORMAT,
                            passend_regie_to_code (passend_student_get_regie (student)),
                            passend_student_get_regie_person_id (student));
  g_assert_not_reached ();
}

static gboolean
has_value (Fixture        *fixture,
           PassendStudent *student,
           const char     *kind,
           const char     *value)
{
  if (g_str_equal (kind, "need"))
    {
      gint64 id = passend_student_get_id (student);
      const char * const *labels = g_hash_table_lookup (fixture->needs, &id);

      return labels != NULL && g_strv_contains (labels, value);
    }
  else
    {
      g_autofree char *own = value_of (fixture, student, kind);

      return g_str_equal (own, value);
    }
}

static gboolean
needs_attention (Fixture        *fixture,
                 PassendStudent *student)
{
  gint64 id = passend_student_get_id (student);
  PassendDeadline *deadline = g_hash_table_lookup (fixture->deadlines, &id);

  return deadline != NULL &&
         passend_deadline_get_due (deadline) <= passend_day_add_days (fixture->today, fixture->horizon);
}

/* Open cases that have one of the values of every choice (and need
 * attention when asked): what the data says the list must show. */
static gboolean
expected_match (Fixture        *fixture,
                PassendStudent *student,
                const Choice   *choices,
                guint           n_choices,
                gboolean        attention)
{
  if (!passend_student_get_case_open (student))
    return FALSE;
  if (attention && !needs_attention (fixture, student))
    return FALSE;

  for (guint c = 0; c < n_choices; c++)
    {
      gboolean any = FALSE;

      for (guint v = 0; v < G_N_ELEMENTS (choices[c].values) && choices[c].values[v]; v++)
        any |= has_value (fixture, student, choices[c].kind, choices[c].values[v]);
      if (!any)
        return FALSE;
    }

  return TRUE;
}

/* The list shows exactly the expected students, no more, no fewer. */
static guint
assert_shows (Fixture      *fixture,
              const Choice *choices,
              guint         n_choices,
              gboolean      attention)
{
  GListModel *model = rows (fixture);
  guint n_expected = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      PassendStudent *student = g_list_model_get_item (model, i);

      g_assert_true (expected_match (fixture, student, choices, n_choices, attention));
      g_object_unref (student);
    }

  for (guint i = 0; i < g_list_model_get_n_items (fixture->cases); i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (fixture->cases, i);

      if (expected_match (fixture, student, choices, n_choices, attention))
        n_expected++;
    }

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_expected);
  return n_expected;
}

static guint
n_open (Fixture *fixture)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (fixture->cases); i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (fixture->cases, i);

      n += passend_student_get_case_open (student);
    }

  return n;
}

/* A value of @kind two different open students have, so a second value
 * can widen the list. */
static void
pick_values (Fixture    *fixture,
             const char *kind,
             char      **first,
             char      **second)
{
  *first = *second = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (fixture->cases) && *second == NULL; i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (fixture->cases, i);
      g_autofree char *value = NULL;

      if (!passend_student_get_case_open (student))
        continue;

      if (g_str_equal (kind, "need"))
        {
          gint64 id = passend_student_get_id (student);
          const char * const *labels = g_hash_table_lookup (fixture->needs, &id);

          if (labels == NULL || labels[0] == NULL)
            continue;
          value = g_strdup (labels[0]);
        }
      else
        {
          value = value_of (fixture, student, kind);
        }

      if (*first == NULL)
        *first = g_steal_pointer (&value);
      else if (!g_str_equal (*first, value))
        *second = g_steal_pointer (&value);
    }

  g_assert_nonnull (*first);
  g_assert_nonnull (*second);
}

/* Tests */

static void
test_each_kind (Fixture       *fixture,
                gconstpointer  user_data)
{
  static const char * const kinds[] = {
    "niveau", "phase", "year", "track", "class", "mentor", "regie", "need",
  };
  guint total = n_open (fixture);

  g_assert_cmpuint (g_list_model_get_n_items (rows (fixture)), ==, total);
  g_assert_cmpint (total, ==, passend_database_count (fixture->database, "caseload", NULL));
  g_assert_cmpuint (total, >=, N_CASELOAD);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *first = NULL;
      g_autofree char *second = NULL;
      Choice one = { kinds[k], { NULL } };
      Choice two = { kinds[k], { NULL } };
      guint n_one, n_two;

      pick_values (fixture, kinds[k], &first, &second);
      one.values[0] = two.values[0] = first;
      two.values[1] = second;

      set_filter (fixture, kinds[k], first, TRUE);
      n_one = assert_shows (fixture, &one, 1, FALSE);
      g_assert_cmpuint (n_one, >, 0);
      g_assert_cmpuint (n_one, <, total);

      /* A second value of the same kind widens the list. */
      set_filter (fixture, kinds[k], second, TRUE);
      n_two = assert_shows (fixture, &two, 1, FALSE);
      g_assert_cmpuint (n_two, >, n_one);

      set_filter (fixture, kinds[k], second, FALSE);
      g_assert_cmpuint (assert_shows (fixture, &one, 1, FALSE), ==, n_one);
      set_filter (fixture, kinds[k], first, FALSE);
      g_assert_cmpuint (g_list_model_get_n_items (rows (fixture)), ==, total);
    }
}

static void
test_combined_and_clear (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GVariant) state = NULL;
  GtkLabel *count_label = passend_test_ui_child (fixture->page, PASSEND_TYPE_CASELOAD_PAGE, "filter_count_label");
  Choice choices[2] = { { "niveau", { "3", "4", NULL } }, { "phase", { "3b", "4", "3a" } } };
  guint n_levels, n_both, n_attention;

  set_filter (fixture, "niveau", "3", TRUE);
  set_filter (fixture, "niveau", "4", TRUE);
  n_levels = assert_shows (fixture, choices, 1, FALSE);

  /* Kinds narrow each other. */
  set_filter (fixture, "phase", "3b", TRUE);
  set_filter (fixture, "phase", "4", TRUE);
  set_filter (fixture, "phase", "3a", TRUE);
  n_both = assert_shows (fixture, choices, 2, FALSE);
  g_assert_cmpuint (n_both, <=, n_levels);
  g_assert_cmpstr (gtk_label_get_text (count_label), ==, "2");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "caseload.set-attention", "b", TRUE));
  n_attention = assert_shows (fixture, choices, 2, TRUE);
  g_assert_cmpuint (n_attention, <=, n_both);
  g_assert_cmpstr (gtk_label_get_text (count_label), ==, "3");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (count_label)));

  save_screenshot (fixture, "caseload-filters.png");

  /* Attention alone: overdue or due within the warning horizon. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "caseload.clear-filters", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (rows (fixture)), ==, n_open (fixture));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (count_label)));
  state = g_settings_get_value (settings, "caseload-filters");
  g_assert_cmpuint (g_variant_n_children (state), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "caseload.set-attention", "b", TRUE));
  g_assert_cmpuint (assert_shows (fixture, NULL, 0, TRUE), >, 0);
}

static void
test_closed_cases (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  guint total = n_open (fixture);
  RowCount count = { fixture, 0 };
  gint64 closed[2];
  GListModel *model;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (fixture->cases, i * 7);

      closed[i] = passend_student_get_id (student);
      passend_database_close_case (fixture->database, closed[i], PASSEND_CLOSE_OUTCOME_SUPPORT_ENDED,
                                   "Doelen bereikt", PASSEND_DAY_NONE, PASSEND_DAY_NONE, &error);
      g_assert_no_error (error);
    }

  /* The page follows the database by itself. */
  count.expected = total - 2;
  g_assert_true (passend_test_ui_wait_for (row_count_is, &count));

  /* A change of regie that includes a closed case changes nothing at all. */
  {
    g_autoptr(PassendStudent) open_student = g_list_model_get_item (rows (fixture), 0);
    g_autoptr(PassendStudent) reread = NULL;
    gint64 mixed[2] = { passend_student_get_id (open_student), closed[1] };
    gint64 history = passend_database_count (fixture->database, "status-history", NULL);

    g_assert_true (passend_student_get_case_open (open_student));
    g_assert_false (passend_database_set_regie_for_students (fixture->database, mixed, 2,
                                                             PASSEND_REGIE_OCO, 0, "Test", &error));
    g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (passend_database_count (fixture->database, "status-history", NULL), ==, history);
    reread = passend_database_get_student (fixture->database, mixed[0], &error);
    g_assert_no_error (error);
    g_assert_cmpint (passend_student_get_regie (reread), ==, passend_student_get_regie (open_student));
    g_assert_cmpint (passend_student_get_regie_person_id (reread), ==,
                     passend_student_get_regie_person_id (open_student));

    /* And the reason is required. */
    g_assert_false (passend_database_set_regie_for_students (fixture->database, mixed, 1,
                                                             PASSEND_REGIE_OCO, 0, "  ", &error));
    g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
    g_clear_error (&error);
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "caseload.set-cases", "s", "closed"));
  model = rows (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (model, i);

      g_assert_false (passend_student_get_case_open (student));
      g_assert_true (passend_student_get_id (student) == closed[0] ||
                     passend_student_get_id (student) == closed[1]);
      g_assert_cmpuint (passend_student_get_closed_on (student), ==, passend_day_today ());
    }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "caseload.set-cases", "s", "all"));
  g_assert_cmpuint (g_list_model_get_n_items (rows (fixture)), ==, total);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "caseload.set-cases", "s", "active"));
  g_assert_cmpuint (g_list_model_get_n_items (rows (fixture)), ==, total - 2);
}

static void
test_state_restored (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  Choice choice = { "class", { NULL } };
  GtkToggleButton *filter_button;
  GtkEditable *search;
  guint n_shown;

  pick_values (fixture, "class", &first, &second);
  choice.values[0] = first;
  choice.values[1] = second;
  set_filter (fixture, "class", first, TRUE);
  set_filter (fixture, "class", second, TRUE);
  n_shown = assert_shows (fixture, &choice, 1, FALSE);

  close_page (fixture);
  open_page (fixture);

  /* A new page (the next start) shows the same list and the filter row. */
  g_assert_cmpuint (assert_shows (fixture, &choice, 1, FALSE), ==, n_shown);
  filter_button = passend_test_ui_child (fixture->page, PASSEND_TYPE_CASELOAD_PAGE, "filter_button");
  g_assert_true (gtk_toggle_button_get_active (filter_button));

  /* The search survives as well, and combines with the filters. */
  search = passend_test_ui_child (fixture->page, PASSEND_TYPE_CASELOAD_PAGE, "search_entry");
  gtk_editable_set_text (search, "zzzz-niemand");
  passend_test_ui_settle (400);
  g_assert_cmpuint (g_list_model_get_n_items (rows (fixture)), ==, 0);
  close_page (fixture);
  open_page (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (rows (fixture)), ==, 0);
  g_assert_true (gtk_widget_is_visible (passend_test_ui_child (fixture->page, PASSEND_TYPE_CASELOAD_PAGE, "empty_clear_button")));
}

static PassendCaseloadRegieDialog *
find_regie_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (PASSEND_IS_CASELOAD_REGIE_DIALOG (window))
        return PASSEND_CASELOAD_REGIE_DIALOG (window);
    }

  return NULL;
}

static gint64
find_person (Fixture    *fixture,
             const char *role)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) people = passend_database_list_people (fixture->database, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(PassendPerson) person = g_list_model_get_item (people, i);

      if (g_str_equal (passend_person_get_role (person), role))
        return passend_person_get_id (person);
    }

  g_assert_not_reached ();
}

static gboolean
has_reason_entry (Fixture    *fixture,
                  gint64      student_id,
                  const char *reason)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) timeline = passend_database_list_timeline (fixture->database, student_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (timeline); i++)
    {
      g_autoptr(PassendTimelineEntry) entry = g_list_model_get_item (timeline, i);

      if (passend_timeline_entry_get_kind (entry) == PASSEND_ENTRY_KIND_STATUS_CHANGE &&
          g_str_equal (passend_timeline_entry_get_body (entry), reason))
        return TRUE;
    }

  return FALSE;
}

/* The page reloads when idle after the change: then the selected rows
 * are the reloaded students, with the new regie. */
static gboolean
reloaded_with_selection (gpointer data)
{
  Fixture *fixture = data;
  GtkSelectionModel *model = GTK_SELECTION_MODEL (rows (fixture));
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (model);
  GtkBitsetIter iter;
  guint position;

  if (gtk_bitset_get_size (selected) != 3)
    return FALSE;

  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position);
       ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (G_LIST_MODEL (model), position);

      if (passend_student_get_regie (student) != PASSEND_REGIE_LECO)
        return FALSE;
    }

  return TRUE;
}

static void
test_change_regie (Fixture       *fixture,
                   gconstpointer  user_data)
{
  static const char reason[] = "Overdracht aan de nieuwe leerlingcoördinator";
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) chosen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GListModel) after = NULL;
  GtkSelectionModel *model = GTK_SELECTION_MODEL (rows (fixture));
  PassendCaseloadRegieDialog *dialog;
  gint64 leco = find_person (fixture, "leco");
  gint64 ids[3];
  gint64 history_before;
  GtkRevealer *action_revealer = passend_test_ui_child (fixture->page, PASSEND_TYPE_CASELOAD_PAGE, "action_revealer");

  /* Shift- and Ctrl-click come down to these. */
  gtk_selection_model_select_item (model, 1, TRUE);
  gtk_selection_model_select_item (model, 4, FALSE);
  gtk_selection_model_select_item (model, 9, FALSE);
  g_assert_true (gtk_revealer_get_reveal_child (action_revealer));
  for (guint i = 0, j = 0; i < 10; i++)
    {
      if (gtk_selection_model_is_selected (model, i))
        {
          g_autoptr(PassendStudent) student = g_list_model_get_item (G_LIST_MODEL (model), i);

          ids[j] = passend_student_get_id (student);
          g_hash_table_add (chosen, &ids[j++]);
        }
    }
  g_assert_cmpuint (g_hash_table_size (chosen), ==, 3);
  save_screenshot (fixture, "caseload-selection.png");

  history_before = passend_database_count (fixture->database, "status-history", &error);
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "caseload.change-regie", NULL));
  dialog = find_regie_dialog ();
  g_assert_nonnull (dialog);
  passend_caseload_regie_dialog_set_regie (dialog, PASSEND_REGIE_LECO);
  g_assert_true (passend_caseload_regie_dialog_set_person_id (dialog, leco));
  passend_caseload_regie_dialog_set_reason (dialog, reason);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "change");

  /* Exactly the selected students changed, each with history and timeline. */
  g_assert_cmpint (passend_database_count (fixture->database, "status-history", &error), ==,
                   history_before + 3);
  after = passend_database_list_cases (fixture->database, TRUE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (after); i++)
    {
      g_autoptr(PassendStudent) now = g_list_model_get_item (after, i);
      g_autoptr(PassendStudent) before = g_list_model_get_item (fixture->cases, i);
      gint64 id = passend_student_get_id (now);

      g_assert_cmpint (id, ==, passend_student_get_id (before));
      g_assert_cmpint (passend_student_get_niveau (now), ==, passend_student_get_niveau (before));
      g_assert_cmpint (passend_student_get_phase (now), ==, passend_student_get_phase (before));
      if (g_hash_table_contains (chosen, &id))
        {
          g_assert_cmpint (passend_student_get_regie (now), ==, PASSEND_REGIE_LECO);
          g_assert_cmpint (passend_student_get_regie_person_id (now), ==, leco);
          g_assert_true (has_reason_entry (fixture, id, reason));
        }
      else
        {
          g_assert_cmpint (passend_student_get_regie (now), ==, passend_student_get_regie (before));
          g_assert_cmpint (passend_student_get_regie_person_id (now), ==,
                           passend_student_get_regie_person_id (before));
        }
    }

  /* The selection survives the reload the change caused. */
  g_assert_true (passend_test_ui_wait_for (reloaded_with_selection, fixture));

  /* Back to the mentor without naming one: each student's own mentor. */
  g_assert_true (passend_database_set_regie_for_students (fixture->database, ids, 3, PASSEND_REGIE_MENTOR,
                                                          0, "Terug naar de mentor", &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(PassendStudent) student = passend_database_get_student (fixture->database, ids[i], &error);

      g_assert_no_error (error);
      g_assert_cmpint (passend_student_get_regie (student), ==, PASSEND_REGIE_MENTOR);
      g_assert_cmpint (passend_student_get_mentor_id (student), !=, 0);
      g_assert_cmpint (passend_student_get_regie_person_id (student), ==, passend_student_get_mentor_id (student));
    }
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = G_TYPE_CHECK_INSTANCE_TYPE (c, type) ? c : find_descendant (c, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The chips themselves: open the class chip, tick its first class. */
static void
test_filter_chip (Fixture       *fixture,
                  gconstpointer  user_data)
{
  GtkWidget *bar = passend_test_ui_child (fixture->page, PASSEND_TYPE_CASELOAD_PAGE, "filter_bar");
  GtkWidget *chip = find_descendant (bar, GTK_TYPE_MENU_BUTTON);
  GtkPopover *popover;
  GtkCheckButton *check;
  GListModel *model;
  const char *class_name;
  guint n_rows;

  /* Level, phase, year, track, then class. */
  g_assert_nonnull (chip);
  for (guint i = 0; i < 4; i++)
    chip = gtk_widget_get_next_sibling (chip);
  g_assert_true (GTK_IS_MENU_BUTTON (chip));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "caseload.show-filters", NULL));
  gtk_menu_button_popup (GTK_MENU_BUTTON (chip));
  passend_test_ui_settle (100);
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (chip));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  check = GTK_CHECK_BUTTON (find_descendant (GTK_WIDGET (popover), GTK_TYPE_CHECK_BUTTON));
  g_assert_nonnull (check);
  class_name = gtk_check_button_get_label (check);
  g_assert_false (gtk_check_button_get_active (check));

  gtk_check_button_set_active (check, TRUE);
  model = rows (fixture);
  n_rows = g_list_model_get_n_items (model);
  g_assert_cmpuint (n_rows, >, 0);
  g_assert_cmpuint (n_rows, <, n_open (fixture));
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (model, i);

      /* The first class may be the empty one of a newly admitted pupil. */
      g_assert_cmpstr (passend_student_get_class_name (student), ==,
                       g_str_equal (class_name, "No class") ? "" : class_name);
    }
  save_screenshot (fixture, "caseload-filter-popover.png");

  gtk_check_button_set_active (check, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_open (fixture));
  gtk_popover_popdown (popover);
}

static void
test_folds_narrow (Fixture       *fixture,
                   gconstpointer  user_data)
{
  int minimum = 0;

  /* With filters shown and a selection, a folded page still fits a
   * phone-sized window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "caseload.set-attention", "b", TRUE));
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (rows (fixture)), 0, TRUE);
  passend_caseload_page_set_folded (fixture->page, TRUE);
  passend_test_ui_settle (50);
  gtk_widget_measure (GTK_WIDGET (fixture->page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_test_message ("Folded caseload needs %d pixels", minimum);
  g_assert_cmpint (minimum, <=, 400);

  /* As the window shows it on a phone-sized screen. */
  close_page (fixture);
  open_page_sized (fixture, 400, 700);
  passend_caseload_page_set_folded (fixture->page, TRUE);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (rows (fixture)), 0, TRUE);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 400);
  save_screenshot (fixture, "caseload-narrow.png");
}

static void
test_export (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "export.csv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GListModel *model;
  GStatBuf st;
  gint64 audit;
  guint n_rows;

  set_filter (fixture, "niveau", "3", TRUE);
  model = rows (fixture);
  n_rows = g_list_model_get_n_items (model);
  g_assert_cmpuint (n_rows, >, 1);

  /* Nothing selected: the whole filtered list, in the order shown. */
  audit = passend_database_count (fixture->database, "audit", &error);
  g_assert_true (passend_caseload_page_export (fixture->page, path, &error));
  g_assert_no_error (error);
  /* The export is in the audit log. */
  g_assert_cmpint (passend_database_count (fixture->database, "audit", &error), ==, audit + 1);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF" "Name;Class;Mentor;Level;Phase;Regie;Needs;Next Deadline;Flags\r\n"));
  lines = g_strsplit (contents, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, n_rows + 2);  /* header, rows, "" */
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (model, i);
      g_autofree char *start = g_strdup_printf ("%s;%s;", passend_student_get_display_name (student),
                                                passend_student_get_class_name (student));

      g_assert_true (g_str_has_prefix (lines[i + 1], start));
      g_assert_true (strstr (lines[i + 1], ";3;") != NULL);
    }

  /* With a selection: just those. */
  g_clear_pointer (&contents, g_free);
  g_clear_pointer (&lines, g_strfreev);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (model), 0, TRUE);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (model), 1, FALSE);
  g_assert_true (passend_caseload_page_export (fixture->page, path, &error));
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* The application loads its style sheet; the page alone needs it for
   * the screenshots to look like the application. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  g_test_add ("/ui/caseload/each-kind", Fixture, NULL, fixture_set_up, test_each_kind, fixture_tear_down);
  g_test_add ("/ui/caseload/combined-and-clear", Fixture, NULL,
              fixture_set_up, test_combined_and_clear, fixture_tear_down);
  g_test_add ("/ui/caseload/closed-cases", Fixture, NULL, fixture_set_up, test_closed_cases, fixture_tear_down);
  g_test_add ("/ui/caseload/state-restored", Fixture, NULL,
              fixture_set_up, test_state_restored, fixture_tear_down);
  g_test_add ("/ui/caseload/change-regie", Fixture, NULL, fixture_set_up, test_change_regie, fixture_tear_down);
  g_test_add ("/ui/caseload/filter-chip", Fixture, NULL,
              fixture_set_up, test_filter_chip, fixture_tear_down);
  g_test_add ("/ui/caseload/folds-narrow", Fixture, NULL,
              fixture_set_up, test_folds_narrow, fixture_tear_down);
  g_test_add ("/ui/caseload/export", Fixture, NULL, fixture_set_up, test_export, fixture_tear_down);

  return g_test_run ();
}
