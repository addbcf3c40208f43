/* test-ui-import.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "passend-demo-school.h"
#include "passend-import-dialog.h"
#include "passend-test-ui.h"

typedef struct
{
  char                *dir;
  char                *path;
  PassendDatabase     *database;
  PassendDay           today;
  guint                imported[3];
  guint                n_exported;   /* stored students in the export */
  guint                n_moved;      /* of them, in another class */
  gboolean             was_imported;
} Fixture;

static gpointer
child (gpointer    widget,
       const char *name)
{
  return passend_test_ui_child (widget, PASSEND_TYPE_IMPORT_DIALOG, name);
}

static void
save_screenshot (GtkWidget  *window,
                 const char *name)
{
  passend_test_ui_save_screenshot (window, name, 400, TRUE);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PassendDemoOptions options;

  fixture->dir = g_dir_make_tmp ("passend-ui-import-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "school.db", NULL);
  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);
  fixture->today = passend_day_new (2026, 11, 23);

  passend_demo_options_init (&options);
  options.n_students = 60;
  options.n_caseload = 10;
  options.n_entries = 100;
  options.seed = 5;
  options.today = fixture->today;
  passend_demo_school_generate (fixture->database, &options, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

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

/* The demo school as its LVS exports it: the first two students are not
 * in it, every tenth has moved to another class, and five are new. */
static GFile *
write_export (Fixture *fixture)
{
  g_autoptr(GString) csv = g_string_new ("Stamnr;Roepnaam;Tussenv.;Achternaam;Klas;Studie;Klassenmentor 1\n");
  g_autofree char *path = g_build_filename (fixture->dir, "export.csv", NULL);
  g_autoptr(GError) error = NULL;
  gint64 n_students = passend_database_count (fixture->database, "students", &error);
  guint found = 0;

  g_assert_no_error (error);
  for (gint64 id = 1; found < n_students && id < 1000; id++)
    {
      g_autoptr(PassendStudent) student = passend_database_get_student (fixture->database, id, NULL);

      if (student == NULL)
        continue;
      if (found++ < 2)
        continue;
      fixture->n_exported++;
      fixture->n_moved += found % 10 == 0;
      g_string_append_printf (csv, "%s;%s;%s;%s;%s%s;%s;%s\n",
                              passend_student_get_lvs_number (student),
                              passend_student_get_roepnaam (student),
                              passend_student_get_tussenvoegsel (student),
                              passend_student_get_achternaam (student),
                              passend_student_get_class_name (student),
                              found % 10 == 0 ? "b" : "",
                              passend_student_get_track (student),
                              passend_student_get_mentor_name (student));
    }

  g_string_append (csv, "990001;Mees;;Jansen;1H1;havo;\n"
                        "990002;Yara;el;Amrani;1H1;havo;\n"
                        "990003;Ties;van;Leeuwen;1V2;vwo;\n"
                        "990004;Nora;;Kaya;1K1;vmbo-k;Onbekende Mentor\n"
                        "990005;Finn;de;Graaf;1B1;vmbo-b;\n");
  g_file_set_contents (path, csv->str, csv->len, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static gboolean
plan_is_read (gpointer data)
{
  GtkStack *stack = child (data, "stack");

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "loading") != 0;
}

static void
imported_cb (PassendImportDialog *dialog,
             guint                created,
             guint                updated,
             guint                left,
             Fixture             *fixture)
{
  fixture->imported[0] = created;
  fixture->imported[1] = updated;
  fixture->imported[2] = left;
  fixture->was_imported = TRUE;
}

static gint64
count_left (Fixture *fixture)
{
  gint64 n = 0;

  for (gint64 id = 1; id < 1000; id++)
    {
      g_autoptr(PassendStudent) student = passend_database_get_student (fixture->database, id, NULL);

      if (student != NULL && passend_student_get_left_on (student) == fixture->today)
        n++;
    }

  return n;
}

static PassendImportDialog *
open_dialog (Fixture *fixture,
             GFile   *file)
{
  PassendImportDialog *dialog = passend_import_dialog_new (NULL, fixture->database, file, fixture->today);

  g_object_ref_sink (dialog);
  g_signal_connect (dialog, "imported", G_CALLBACK (imported_cb), fixture);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (passend_test_ui_wait_for (plan_is_read, dialog));
  return dialog;
}

static void
test_preview_and_import (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GFile) file = write_export (fixture);
  g_autoptr(PassendImportDialog) dialog = open_dialog (fixture, file);
  g_autoptr(GError) error = NULL;
  g_autofree char *counts = g_strdup_printf ("5 new · %u updated · %u unchanged · 0 with an error",
                                             fixture->n_moved, fixture->n_exported - fixture->n_moved);
  g_autofree char *summary = g_strdup_printf ("%u students in the export", fixture->n_exported + 5);
  PassendImportPlan *plan = passend_import_dialog_get_plan (dialog);
  GtkColumnView *view = child (dialog, "column_view");
  GListModel *model;
  gint64 students_before = passend_database_count (fixture->database, "students", NULL);
  gint64 timeline_before = passend_database_count (fixture->database, "timeline", NULL);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (dialog, "stack")), ==, "preview");
  g_assert_nonnull (plan);
  g_assert_cmpuint (passend_import_plan_get_n_status (plan, PASSEND_IMPORT_STATUS_NEW), ==, 5);
  g_assert_cmpuint (fixture->n_moved, >=, 5);
  g_assert_cmpuint (passend_import_plan_get_n_status (plan, PASSEND_IMPORT_STATUS_UPDATED), ==, fixture->n_moved);
  g_assert_cmpuint (passend_import_plan_get_n_status (plan, PASSEND_IMPORT_STATUS_ERROR), ==, 0);
  g_assert_cmpuint (passend_import_plan_get_n_status (plan, PASSEND_IMPORT_STATUS_POSSIBLY_LEFT), ==, 2);
  g_assert_cmpstr (gtk_label_get_text (child (dialog, "counts_label")), ==, counts);
  g_assert_cmpstr (gtk_label_get_text (child (dialog, "summary_label")), ==, summary);
  g_assert_true (gtk_widget_get_visible (child (dialog, "complete_list")));
  g_assert_true (gtk_widget_get_sensitive (child (dialog, "import_button")));

  /* The possibly-left students join the list only when the export is
   * said to be complete. */
  model = G_LIST_MODEL (gtk_column_view_get_model (view));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, fixture->n_exported + 5);
  gtk_switch_set_active (child (dialog, "complete_switch"), TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, fixture->n_exported + 7);

  gtk_window_set_default_size (GTK_WINDOW (dialog), 900, 620);
  save_screenshot (GTK_WIDGET (dialog), "import.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL));
  g_assert_true (fixture->was_imported);
  g_assert_cmpuint (fixture->imported[0], ==, 5);
  g_assert_cmpuint (fixture->imported[1], ==, fixture->n_moved);
  g_assert_cmpuint (fixture->imported[2], ==, 2);
  g_assert_cmpint (passend_database_count (fixture->database, "students", &error), ==, students_before + 5);
  g_assert_cmpint (passend_database_count (fixture->database, "timeline", &error), ==, timeline_before);
  g_assert_cmpint (count_left (fixture), ==, 2);
}

static void
test_errors_disable_import (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "lvs", "bad-date.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PassendImportDialog) dialog = open_dialog (fixture, file);
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (child (dialog, "column_view")));
  g_autoptr(PassendImportRow) first = g_list_model_get_item (model, 0);
  gint64 students_before = passend_database_count (fixture->database, "students", NULL);

  g_assert_false (gtk_widget_get_sensitive (child (dialog, "import_button")));
  g_assert_true (gtk_widget_get_visible (child (dialog, "problem_label")));
  /* The row to correct is listed first. */
  g_assert_cmpint (passend_import_row_get_status (first), ==, PASSEND_IMPORT_STATUS_ERROR);
  g_assert_cmpuint (passend_import_row_get_line (first), ==, 3);

  save_screenshot (GTK_WIDGET (dialog), "import-errors.png");

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  g_assert_false (fixture->was_imported);
  g_assert_cmpint (passend_database_count (fixture->database, "students", NULL), ==, students_before);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_unreadable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "lvs", "utf16.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PassendImportDialog) dialog = open_dialog (fixture, file);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (dialog, "stack")), ==, "error");
  g_assert_null (passend_import_dialog_get_plan (dialog));
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "import_button")));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/import/preview-and-import", Fixture, NULL,
              fixture_set_up, test_preview_and_import, fixture_tear_down);
  g_test_add ("/ui/import/errors-disable-import", Fixture, NULL,
              fixture_set_up, test_errors_disable_import, fixture_tear_down);
  g_test_add ("/ui/import/unreadable", Fixture, NULL,
              fixture_set_up, test_unreadable, fixture_tear_down);

  return g_test_run ();
}
