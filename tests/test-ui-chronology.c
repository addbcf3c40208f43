/* test-ui-chronology.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "passend-chronology-dialog.h"
#include "passend-demo-school.h"
#include "passend-student-page.h"
#include "passend-test-ui.h"

typedef struct
{
  char            *dir;
  char            *path;
  PassendDatabase *database;
  PassendStudent  *student;
} Fixture;

static gpointer
child (gpointer    widget,
       const char *name)
{
  return passend_test_ui_child (widget, PASSEND_TYPE_CHRONOLOGY_DIALOG, name);
}

static void
save_screenshot (GtkWidget  *window,
                 const char *name)
{
  passend_test_ui_save_screenshot (window, name, 400, FALSE);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) caseload = NULL;
  PassendDemoOptions options;

  fixture->dir = g_dir_make_tmp ("passend-ui-chronology-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "school.db", NULL);
  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);

  passend_demo_options_init (&options);
  options.n_students = 60;
  options.n_caseload = 8;
  options.seed = 5;
  passend_demo_school_generate (fixture->database, &options, NULL, NULL, &error);
  g_assert_no_error (error);

  caseload = passend_database_list_caseload (fixture->database, &error);
  g_assert_no_error (error);
  fixture->student = g_list_model_get_item (caseload, 0);
  g_assert_nonnull (fixture->student);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  g_clear_object (&fixture->student);
  g_clear_object (&fixture->database);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (fixture->path, suffixes[i], NULL);

      g_unlink (file);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static gboolean
can_export (PassendChronologyDialog *dialog)
{
  passend_test_ui_settle (50);
  return gtk_widget_is_sensitive (child (dialog, "export_button"));
}

static void
test_dialog (Fixture       *fixture,
             gconstpointer  data)
{
  PassendChronologyDialog *dialog;
  g_autofree char *name = NULL;
  g_autofree char *expected = NULL;
  GtkWidget *kinds_group;
  GtkWidget *first_check = NULL;

  dialog = passend_chronology_dialog_new (NULL, fixture->database, fixture->student);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  passend_test_ui_settle (300);

  /* By default every kind, care entries, no medical ones. */
  g_assert_true (can_export (dialog));
  g_assert_true (gtk_switch_get_active (child (dialog, "care_switch")));
  g_assert_false (gtk_switch_get_active (child (dialog, "medical_switch")));
  g_assert_false (gtk_widget_get_visible (child (dialog, "medical_warning")));
  g_assert_false (gtk_widget_get_visible (child (dialog, "from_row")));
  save_screenshot (GTK_WIDGET (dialog), "chronology-dialog.png");

  /* Choosing medical entries shows why to think twice. */
  gtk_switch_set_active (child (dialog, "medical_switch"), TRUE);
  g_assert_true (gtk_widget_get_visible (child (dialog, "medical_warning")));

  /* Custom dates: an impossible date or an end before the start cannot
   * be exported. */
  adw_combo_row_set_selected (child (dialog, "period_row"), 2);
  g_assert_true (gtk_widget_get_visible (child (dialog, "from_row")));
  gtk_editable_set_text (child (dialog, "from_row"), "31-02-2026");
  g_assert_false (can_export (dialog));
  g_assert_true (gtk_widget_has_css_class (child (dialog, "from_row"), "error"));
  gtk_editable_set_text (child (dialog, "from_row"), "01-09-2025");
  gtk_editable_set_text (child (dialog, "to_row"), "01-08-2025");
  g_assert_false (can_export (dialog));
  gtk_editable_set_text (child (dialog, "to_row"), "01-08-2026");
  g_assert_true (can_export (dialog));
  save_screenshot (GTK_WIDGET (dialog), "chronology-dialog-custom.png");

  /* Without any kind there is nothing to export. */
  kinds_group = child (dialog, "kinds_group");
  for (GtkWidget *w = gtk_widget_get_first_child (kinds_group); w != NULL; )
    {
      if (GTK_IS_CHECK_BUTTON (w))
        {
          if (first_check == NULL)
            first_check = w;
          gtk_check_button_set_active (GTK_CHECK_BUTTON (w), FALSE);
        }
      /* Depth first through the group's rows. */
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != kinds_group && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = w == kinds_group ? NULL : gtk_widget_get_next_sibling (w);
        }
    }
  g_assert_nonnull (first_check);
  g_assert_false (can_export (dialog));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (first_check), TRUE);
  g_assert_true (can_export (dialog));

  name = passend_chronology_dialog_default_name (fixture->student, passend_day_new (2026, 11, 23));
  expected = g_strdup_printf ("Chronologie %s 2026-11-23.pdf", passend_student_get_display_name (fixture->student));
  g_assert_cmpstr (name, ==, expected);

  /* Escape closes it. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  passend_test_ui_settle (100);
  g_assert_null (dialog);
}

static PassendChronologyDialog *
find_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      if (PASSEND_IS_CHRONOLOGY_DIALOG (l->data))
        return l->data;
    }
  return NULL;
}

static gboolean
has_shortcut (GtkWidget       *widget,
              guint            keyval,
              GdkModifierType  modifiers,
              const char      *action_name)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers &&
              GTK_IS_NAMED_ACTION (action) &&
              g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), action_name) == 0)
            return TRUE;
        }
    }

  return FALSE;
}

/* Ctrl+P on the student page opens the export for that student. */
static void
test_student_page_shortcut (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = passend_student_page_new ();
  PassendChronologyDialog *dialog;

  gtk_window_set_child (GTK_WINDOW (window), page);
  passend_student_page_set_database (PASSEND_STUDENT_PAGE (page), fixture->database);
  passend_student_page_set_student (PASSEND_STUDENT_PAGE (page), fixture->student);
  gtk_window_present (GTK_WINDOW (window));
  passend_test_ui_settle (200);
  g_assert_null (find_dialog ());

  g_assert_true (has_shortcut (page, GDK_KEY_p, GDK_CONTROL_MASK, "student.export-chronology"));
  g_assert_true (gtk_widget_activate_action (page, "student.export-chronology", NULL));
  passend_test_ui_settle (200);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  passend_test_ui_settle (100);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/chronology/dialog", Fixture, NULL, fixture_set_up, test_dialog, fixture_tear_down);
  g_test_add ("/ui/chronology/student-page-shortcut", Fixture, NULL, fixture_set_up,
              test_student_page_shortcut, fixture_tear_down);

  return g_test_run ();
}
