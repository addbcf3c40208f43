/* test-ui-backups.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <adwaita.h>

#include "passend-application.h"
#include "passend-backups-page.h"
#include "passend-database-backup.h"
#include "passend-preferences-window.h"
#include "passend-test-ui.h"

typedef struct
{
  char            *dir;
  char            *path;
  char            *folder;
  PassendDatabase *database;
  GtkWidget       *preferences;
  PassendBackupsPage *page;
} Fixture;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static gpointer
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      gpointer found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type))
        return c;
      found = find_descendant (c, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The rows of the backups list: those that carry a backup's path. */
static guint
count_backup_rows (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      if (ADW_IS_ACTION_ROW (c) && g_object_get_data (G_OBJECT (c), "backup-path") != NULL)
        n++;
      else
        n += count_backup_rows (c);
    }
  return n;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(PassendStudent) student = passend_student_new ();
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("passend-ui-backups-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "school.db", NULL);
  fixture->folder = passend_backup_get_folder (fixture->path);
  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);

  passend_student_set_lvs_number (student, "700001");
  passend_student_set_roepnaam (student, "Sanne");
  passend_student_set_achternaam (student, "Jansen");
  g_assert_true (passend_database_add_student (fixture->database, student, &error));
  g_assert_no_error (error);

  for (int day = 20; day <= 21; day++)
    {
      g_autoptr(GDateTime) when = g_date_time_new_local (2026, 11, day, 8, 30, 0);
      g_autofree char *backup = passend_backup_create (fixture->path, NULL, when, NULL, NULL, NULL, NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (backup);
    }

  fixture->preferences = passend_preferences_window_new (fixture->database);
  gtk_window_set_default_size (GTK_WINDOW (fixture->preferences), 640, 768);
  gtk_window_present (GTK_WINDOW (fixture->preferences));
  passend_test_ui_settle (100);
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (fixture->preferences), "backups");
  passend_test_ui_settle (100);
  fixture->page = find_descendant (fixture->preferences, PASSEND_TYPE_BACKUPS_PAGE);
  g_assert_nonnull (fixture->page);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  if (fixture->preferences != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->preferences));
  passend_test_ui_settle (50);
  g_clear_object (&fixture->database);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->folder);
}

static void
test_lists_backups (Fixture       *fixture,
                    gconstpointer  user_data)
{
  GtkWidget *row;

  g_assert_cmpuint (count_backup_rows (GTK_WIDGET (fixture->page)), ==, 2);

  /* Newest first, with its date and that it was checked. */
  row = find_descendant (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW);
  while (row != NULL && g_object_get_data (G_OBJECT (row), "backup-path") == NULL)
    row = gtk_widget_get_next_sibling (row);
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "21 November 2026"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Checked"));

  /* The rotation numbers are the settings the app rotates with. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    GtkSpinButton *daily = find_descendant (GTK_WIDGET (fixture->page), GTK_TYPE_SPIN_BUTTON);

    g_assert_nonnull (daily);
    g_assert_cmpint (gtk_spin_button_get_value_as_int (daily), ==, PASSEND_BACKUP_KEEP_DAILY);
    gtk_spin_button_set_value (daily, 10);
    g_assert_cmpuint (g_settings_get_uint (settings, "backup-keep-daily"), ==, 10);
    g_settings_reset (settings, "backup-keep-daily");
  }

  passend_test_ui_save_screenshot (fixture->preferences, "backups.png", 300, TRUE);
}

static gboolean
page_is_idle (gpointer data)
{
  Fixture *fixture = data;

  return !passend_backups_page_get_busy (fixture->page);
}

static void
test_back_up_now (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "backups.back-up", NULL));
  g_assert_true (passend_backups_page_get_busy (fixture->page));
  g_assert_true (passend_test_ui_wait_for (page_is_idle, fixture));
  passend_test_ui_settle (50);

  g_assert_cmpuint (count_backup_rows (GTK_WIDGET (fixture->page)), ==, 3);
  backups = passend_backup_list (fixture->folder, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 3);
  g_assert_true (passend_backup_verify (((PassendBackupInfo *) g_ptr_array_index (backups, 0))->path,
                                        NULL, &error));
  g_assert_no_error (error);
}

static GtkWidget *
find_message_dialog (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkWidget *found = NULL;

  for (GList *l = toplevels; l != NULL && found == NULL; l = l->next)
    {
      if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_mapped (l->data))
        found = l->data;
    }
  g_list_free (toplevels);
  return found;
}

static gboolean
dialog_is_shown (gpointer data)
{
  return find_message_dialog () != NULL;
}

static gboolean
database_is_open (gpointer data)
{
  return passend_application_get_database (data) != NULL;
}

/* A damaged file at start: the app says so and offers the newest good
 * backup; restoring keeps the damaged file aside and opens the backup. */
static void
test_damaged_offer (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(PassendApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  GtkWidget *dialog;
  PassendDatabase *database;
  gboolean kept_aside = FALSE;
  const char *name;

  gtk_window_destroy (GTK_WINDOW (fixture->preferences));
  fixture->preferences = NULL;
  passend_test_ui_settle (50);
  g_assert_finalize_object (g_steal_pointer (&fixture->database));
  /* Pages 2 and 3 hold the first tables' b-trees: the check at opening
   * reads them. */
  {
    g_autofree char *contents = NULL;
    gsize length = 0;

    g_assert_true (g_file_get_contents (fixture->path, &contents, &length, &error));
    g_assert_cmpuint (length, >, 3 * 4096);
    memset (contents + 4096, 0x5a, 2 * 4096);
    g_assert_true (g_file_set_contents_full (fixture->path, contents, (gssize) length,
                                             G_FILE_SET_CONTENTS_NONE, 0600, &error));
  }

  app = passend_application_new (fixture->path);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  g_assert_null (passend_application_get_database (app));

  g_assert_true (passend_test_ui_wait_for (dialog_is_shown, NULL));
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Restore the Newest Backup?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "21 November 2026"));
  passend_test_ui_save_screenshot (dialog, "backups-damaged-offer.png", 300, TRUE);

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  g_assert_true (passend_test_ui_wait_for (database_is_open, app));
  database = passend_application_get_database (app);
  g_assert_cmpint (passend_database_find_student_id (database, "700001", &error), !=, 0);
  g_assert_no_error (error);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    kept_aside |= g_str_has_prefix (name, "school.db.replaced-");
  g_assert_true (kept_aside);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; )
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_destroy (window);
    }
  passend_test_ui_settle (50);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/backups/list", Fixture, NULL, fixture_set_up, test_lists_backups, fixture_tear_down);
  g_test_add ("/ui/backups/back-up-now", Fixture, NULL, fixture_set_up, test_back_up_now, fixture_tear_down);
  g_test_add ("/ui/backups/damaged-offer", Fixture, NULL, fixture_set_up, test_damaged_offer, fixture_tear_down);

  return g_test_run ();
}
