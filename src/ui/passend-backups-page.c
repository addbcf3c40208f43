/* passend-backups-page.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-backups-page.h"
#include "passend-database-backup.h"
#include "passend-preferences-window.h"
#include "passend-ui-util.h"

struct _PassendBackupsPage
{
  AdwPreferencesPage   parent_instance;

  /* Template widgets */
  GtkButton           *backup_button;
  GtkProgressBar      *progress_bar;
  GtkListBox          *list_box;
  AdwActionRow        *daily_row;
  AdwActionRow        *weekly_row;
  AdwActionRow        *monthly_row;
  AdwActionRow        *folder_row;

  /* Owned references */
  PassendDatabase     *database;
  GSettings           *settings;
  GCancellable        *cancellable;
  char                *folder;
  guint                n_running;
  gboolean             spins_built;
};

G_DEFINE_FINAL_TYPE (PassendBackupsPage, passend_backups_page, ADW_TYPE_PREFERENCES_PAGE)

static void
toast (PassendBackupsPage *self,
       const char         *what,
       const GError       *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwToast *new_toast;

  if (!ADW_IS_PREFERENCES_WINDOW (root))
    return;

  new_toast = error != NULL ? passend_ui_toast_new_error (what, error) : adw_toast_new (what);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), new_toast);
}

static void
update_busy (PassendBackupsPage *self)
{
  gboolean idle = self->n_running == 0 && self->database != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.back-up", idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.verify", idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.restore", idle);
}

static char *
format_when (GDateTime *created)
{
  /* TRANSLATORS: the date and time of a backup, see g_date_time_format() */
  return g_date_time_format (created, _("%A %-d %B %Y, %H:%M"));
}

static GtkWidget *
make_button (const char *label,
             const char *action,
             const char *path,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", path);
  gtk_widget_set_tooltip_text (button, tooltip);
  return button;
}

static GtkWidget *
make_row (PassendBackupInfo *info)
{
  g_autofree char *when = format_when (info->created);
  g_autofree char *size = g_format_size (info->size);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  /* TRANSLATORS: a backup's size, schema version and state, e.g.
   * "12.3 MB · schema 6 · Checked" */
  subtitle = g_strdup_printf (_("%s · schema %d · %s"), size, info->version,
                              info->verified ? _("Checked") : _("Not checked"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), when);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (row), "backup-path", g_strdup (info->path), g_free);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             make_button (_("_Verify"), "backups.verify", info->path,
                                          _("Check that this backup can be read in full")));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             make_button (_("_Restore…"), "backups.restore", info->path,
                                          _("Put this backup in place of the school’s file")));
  return row;
}

static void
reload (PassendBackupsPage *self)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  if (self->folder == NULL)
    return;

  backups = passend_backup_list (self->folder, &error);
  if (backups == NULL)
    {
      toast (self, _("Could not list the backups"), error);
      return;
    }

  for (guint i = 0; i < backups->len; i++)
    gtk_list_box_append (self->list_box, make_row (g_ptr_array_index (backups, i)));

  if (backups->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No backups yet"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->list_box, row);
    }
}

static void
read_rotation (PassendBackupsPage    *self,
               PassendBackupRotation *rotation)
{
  rotation->daily = g_settings_get_uint (self->settings, "backup-keep-daily");
  rotation->weekly = g_settings_get_uint (self->settings, "backup-keep-weekly");
  rotation->monthly = g_settings_get_uint (self->settings, "backup-keep-monthly");
}

/* Backing up */

static void
backup_progress_cb (double   fraction,
                    gpointer user_data)
{
  PassendBackupsPage *self = PASSEND_BACKUPS_PAGE (user_data);

  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

static void
backup_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PassendBackupsPage) self = PASSEND_BACKUPS_PAGE (user_data);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = passend_backup_create_finish (result, &error);

  self->n_running--;
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  update_busy (self);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  reload (self);
  if (path == NULL)
    toast (self, _("Could not make a backup"), error);
  else
    toast (self, _("Backup made and checked"), NULL);
}

static void
back_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PassendBackupsPage *self = PASSEND_BACKUPS_PAGE (widget);
  PassendBackupRotation rotation;

  if (self->database == NULL || self->n_running > 0)
    return;

  read_rotation (self, &rotation);
  self->n_running++;
  update_busy (self);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_progress_bar_set_text (self->progress_bar, _("Making a backup…"));
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);

  passend_backup_create_async (passend_database_get_path (self->database), &rotation,
                               backup_progress_cb, self, self->cancellable,
                               backup_done_cb, g_object_ref (self));
}

/* Verifying: the full integrity check reads the whole file. */

static void
verify_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;

  if (passend_backup_verify (task_data, NULL, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
verify_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  PassendBackupsPage *self = PASSEND_BACKUPS_PAGE (source);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->n_running--;
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  update_busy (self);

  if (error != NULL)
    toast (self, _("This backup cannot be used"), error);
  else
    toast (self, _("The backup is complete and readable"), NULL);
}

static void
verify_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PassendBackupsPage *self = PASSEND_BACKUPS_PAGE (widget);
  g_autoptr(GTask) task = NULL;

  if (self->n_running > 0)
    return;

  self->n_running++;
  update_busy (self);
  gtk_progress_bar_set_text (self->progress_bar, _("Checking the backup…"));
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  gtk_progress_bar_pulse (self->progress_bar);

  task = g_task_new (self, self->cancellable, verify_done_cb, NULL);
  g_task_set_source_tag (task, verify_action);
  g_task_set_task_data (task, g_variant_dup_string (parameter, NULL), g_free);
  g_task_run_in_thread (task, verify_thread);
}

/* Restoring */

static void
restore_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  g_autoptr(PassendBackupsPage) self = PASSEND_BACKUPS_PAGE (user_data);
  const char *path = g_object_get_data (G_OBJECT (dialog), "backup-path");
  g_autofree char *kept_aside = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root;

  if (!g_str_equal (response, "restore") || self->database == NULL)
    return;

  if (!passend_backup_restore (passend_database_get_path (self->database), path, self->database,
                               &kept_aside, &error))
    {
      toast (self, _("Could not restore the backup"), error);
      return;
    }

  /* The application opens the restored file in every window; this
   * window still shows the file that was replaced, so it goes. */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  gtk_widget_activate_action (GTK_WIDGET (self), "app.reopen-database", "s",
                              kept_aside != NULL ? kept_aside : "");
  if (GTK_IS_WINDOW (root))
    gtk_window_destroy (GTK_WINDOW (root));
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PassendBackupsPage *self = PASSEND_BACKUPS_PAGE (widget);
  const char *path = g_variant_get_string (parameter, NULL);
  g_autoptr(PassendBackupInfo) info = NULL;
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;
  g_autoptr(GPtrArray) backups = passend_backup_list (self->folder, NULL);

  for (guint i = 0; backups != NULL && i < backups->len && when == NULL; i++)
    {
      PassendBackupInfo *listed = g_ptr_array_index (backups, i);

      if (g_str_equal (listed->path, path))
        when = format_when (listed->created);
    }
  if (when == NULL)
    return;

  body = g_strdup_printf (_("The school’s file is replaced by the backup made on %s. Whatever was recorded after "
                            "that is not in it.\n\nThe current file is not deleted: it is kept next to it, "
                            "under a name with today’s date and time. Passend then opens the restored file."),
                          when);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Restore This Backup?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "backup-path", g_strdup (path), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (restore_response_cb), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PassendBackupsPage *self = PASSEND_BACKUPS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->folder == NULL)
    return;

  /* The folder may not exist before the first backup. */
  g_mkdir_with_parents (self->folder, 0700);
  uri = g_filename_to_uri (self->folder, NULL, &error);
  if (uri == NULL)
    {
      toast (self, _("Could not open the folder"), error);
      return;
    }
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

static void
add_spin (PassendBackupsPage *self,
          AdwActionRow       *row,
          const char         *key,
          double              upper)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, upper, 1);

  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (row, spin);
  adw_action_row_set_activatable_widget (row, spin);
  g_settings_bind (self->settings, key, gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (spin)), "value",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
passend_backups_page_map (GtkWidget *widget)
{
  PassendBackupsPage *self = PASSEND_BACKUPS_PAGE (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (passend_backups_page_parent_class)->map (widget);

  /* Built when the page is first shown: the Preferences window opens on
   * another page, whose spin buttons are the only ones there until then. */
  if (!self->spins_built)
    {
      self->spins_built = TRUE;
      add_spin (self, self->daily_row, "backup-keep-daily", 365);
      add_spin (self, self->weekly_row, "backup-keep-weekly", 104);
      add_spin (self, self->monthly_row, "backup-keep-monthly", 120);
    }

  root = gtk_widget_get_root (widget);
  if (self->database == NULL && PASSEND_IS_PREFERENCES_WINDOW (root))
    passend_backups_page_set_database (self, passend_preferences_window_get_database (PASSEND_PREFERENCES_WINDOW (root)));
}

static void
passend_backups_page_dispose (GObject *object)
{
  PassendBackupsPage *self = PASSEND_BACKUPS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->folder, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), PASSEND_TYPE_BACKUPS_PAGE);

  G_OBJECT_CLASS (passend_backups_page_parent_class)->dispose (object);
}

static void
passend_backups_page_class_init (PassendBackupsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_backups_page_dispose;
  widget_class->map = passend_backups_page_map;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-backups-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendBackupsPage, backup_button);
  gtk_widget_class_bind_template_child (widget_class, PassendBackupsPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PassendBackupsPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, PassendBackupsPage, daily_row);
  gtk_widget_class_bind_template_child (widget_class, PassendBackupsPage, weekly_row);
  gtk_widget_class_bind_template_child (widget_class, PassendBackupsPage, monthly_row);
  gtk_widget_class_bind_template_child (widget_class, PassendBackupsPage, folder_row);

  gtk_widget_class_install_action (widget_class, "backups.back-up", NULL, back_up_action);
  gtk_widget_class_install_action (widget_class, "backups.verify", "s", verify_action);
  gtk_widget_class_install_action (widget_class, "backups.restore", "s", restore_action);
  gtk_widget_class_install_action (widget_class, "backups.open-folder", NULL, open_folder_action);
}

static void
passend_backups_page_init (PassendBackupsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APP_ID);
  update_busy (self);
}

GtkWidget *
passend_backups_page_new (void)
{
  return g_object_new (PASSEND_TYPE_BACKUPS_PAGE, NULL);
}

void
passend_backups_page_set_database (PassendBackupsPage *self,
                                   PassendDatabase    *database)
{
  g_return_if_fail (PASSEND_IS_BACKUPS_PAGE (self));
  g_return_if_fail (database == NULL || PASSEND_IS_DATABASE (database));

  if (!g_set_object (&self->database, database))
    return;

  g_clear_pointer (&self->folder, g_free);
  if (database != NULL)
    self->folder = passend_backup_get_folder (passend_database_get_path (database));
  adw_action_row_set_subtitle (self->folder_row, self->folder != NULL ? self->folder : "");
  update_busy (self);
  reload (self);
}

gboolean
passend_backups_page_get_busy (PassendBackupsPage *self)
{
  g_return_val_if_fail (PASSEND_IS_BACKUPS_PAGE (self), FALSE);

  return self->n_running > 0;
}
