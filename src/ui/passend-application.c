/* passend-application.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "passend-application.h"
#include "passend-database-backup.h"
#include "passend-demo-school.h"
#include "passend-preferences-window.h"
#include "passend-ui-util.h"
#include "passend-window.h"

struct _PassendApplication
{
  AdwApplication   parent_instance;

  char            *database_path;
  PassendDatabase *database;
  GTask           *demo_task;
  guint            progress_source;
  GCancellable    *verify_cancellable;
  guint            backup_source;
};

/* The daily backup waits this long after the check of the file, so the
 * window's first loads have the disk to themselves. */
#define DAILY_BACKUP_DELAY_S 10

static gboolean open_database (PassendApplication *self);

G_DEFINE_FINAL_TYPE (PassendApplication, passend_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_DATABASE_PATH,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Shared between the demo worker and the main thread, which polls the
 * progress rather than being sent thousands of updates. */
typedef struct
{
  char *path;
  int   permille;
} DemoJob;

static void
demo_job_free (gpointer data)
{
  DemoJob *job = data;

  g_free (job->path);
  g_free (job);
}

static PassendWindow *
get_window (PassendApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (PASSEND_IS_WINDOW (window))
    return PASSEND_WINDOW (window);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      if (PASSEND_IS_WINDOW (l->data))
        return PASSEND_WINDOW (l->data);
    }

  return NULL;
}

static void
update_actions (PassendApplication *self)
{
  gboolean choosing = self->database == NULL && self->demo_task == NULL &&
                      !g_file_test (self->database_path, G_FILE_TEST_EXISTS);
  GAction *action;

  action = g_action_map_lookup_action (G_ACTION_MAP (self), "preferences");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), self->database != NULL);
  action = g_action_map_lookup_action (G_ACTION_MAP (self), "start-empty");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), choosing);
  action = g_action_map_lookup_action (G_ACTION_MAP (self), "start-demo");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), choosing);
}

static void
ensure_parent_directory (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  /* Only the folder of the default location is ours to create; opening
   * reports a missing folder of a path given on the command line. */
  g_mkdir_with_parents (dir, 0700);
}

static void
daily_backup_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = passend_backup_create_finish (result, &error);
  PassendWindow *window;

  if (path != NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_debug ("The daily backup failed: %s", error->message);
  window = get_window (PASSEND_APPLICATION (user_data));
  if (window != NULL)
    passend_window_add_toast (window, passend_ui_toast_new_error (_("The daily backup failed"), error));
}

/* At most once a day, in a thread with its own connection. */
static gboolean
daily_backup_timeout_cb (gpointer user_data)
{
  PassendApplication *self = PASSEND_APPLICATION (user_data);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *folder = NULL;
  PassendBackupRotation rotation;

  self->backup_source = 0;
  if (self->database == NULL || passend_database_is_damaged (self->database))
    return G_SOURCE_REMOVE;

  folder = passend_backup_get_folder (passend_database_get_path (self->database));
  if (passend_backup_exists_for_day (folder, now))
    return G_SOURCE_REMOVE;

  rotation.daily = g_settings_get_uint (settings, "backup-keep-daily");
  rotation.weekly = g_settings_get_uint (settings, "backup-keep-weekly");
  rotation.monthly = g_settings_get_uint (settings, "backup-keep-monthly");
  passend_backup_create_async (passend_database_get_path (self->database), &rotation, NULL, NULL,
                               self->verify_cancellable, daily_backup_cb, self);
  return G_SOURCE_REMOVE;
}

static void
restore_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  PassendApplication *self = PASSEND_APPLICATION (user_data);
  const char *backup = g_object_get_data (G_OBJECT (dialog), "backup-path");
  g_autofree char *kept_aside = NULL;
  g_autoptr(GError) error = NULL;
  PassendWindow *window = get_window (self);

  if (!g_str_equal (response, "restore"))
    return;

  if (!passend_backup_restore (self->database_path, backup, self->database, &kept_aside, &error))
    {
      if (window != NULL)
        passend_window_show_error (window, _("Could Not Restore the Backup"), error->message);
      return;
    }

  g_action_group_activate_action (G_ACTION_GROUP (self), "reopen-database",
                                  g_variant_new_string (kept_aside != NULL ? kept_aside : ""));
}

/* A damaged file is never written to; the newest backup that passes a
 * full check is offered in its place, and only put there when asked. */
static void
offer_restore (PassendApplication *self,
               const char         *problem)
{
  g_autofree char *folder = passend_backup_get_folder (self->database_path);
  g_autoptr(PassendBackupInfo) backup = passend_backup_find_newest_good (folder);
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;
  PassendWindow *window = get_window (self);
  AdwMessageDialog *dialog;

  if (backup == NULL || window == NULL)
    return;

  /* TRANSLATORS: the date and time of a backup, see g_date_time_format() */
  when = g_date_time_format (backup->created, _("%A %-d %B %Y, %H:%M"));
  body = g_strdup_printf (_("%s\n\nThe newest good backup was made on %s. Passend can put it in place of the "
                            "damaged file; whatever was recorded after that is not in it. The damaged file "
                            "is kept next to it, unchanged."),
                          problem, when);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window), _("Restore the Newest Backup?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Not Now"),
                                    "restore", _("_Restore Backup"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restore");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "backup-path", g_strdup (backup->path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (restore_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  PassendApplication *self;
  char               *problem;
} RestoreOffer;

static void
restore_offer_free (gpointer data)
{
  RestoreOffer *offer = data;

  g_object_unref (offer->self);
  g_free (offer->problem);
  g_free (offer);
}

static gboolean
offer_restore_idle_cb (gpointer data)
{
  RestoreOffer *offer = data;

  offer_restore (offer->self, offer->problem);
  return G_SOURCE_REMOVE;
}

static void
verify_bulk_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  PassendApplication *self;
  PassendWindow *window;

  if (passend_database_verify_bulk_finish (PASSEND_DATABASE (source), result, &error))
    {
      self = PASSEND_APPLICATION (user_data);
      g_clear_handle_id (&self->backup_source, g_source_remove);
      self->backup_source = g_timeout_add_seconds (DAILY_BACKUP_DELAY_S, daily_backup_timeout_cb, self);
      return;
    }

  /* The application may be gone: look at nothing of it when cancelled. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = PASSEND_APPLICATION (user_data);
  g_debug ("Checking the timeline and attachments failed: %s", error->message);

  /* The store already refuses every write; the coordinator must know why
   * and what to do, before typing anything that could not be saved. */
  window = get_window (self);
  if (window != NULL)
    passend_window_show_error (window, _("The School’s File Is Damaged"), error->message);
  offer_restore (self, error->message);
}

/* Opening is fast (the tables the window needs are checked, and maybe a
 * migration runs), so it happens on the main thread; a failure leaves the
 * file as it was. The timeline, audit log and attachments, which grow
 * large, are checked right after in the background. */
static gboolean
open_database (PassendApplication *self)
{
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  PassendWindow *window = get_window (self);

  database = passend_database_open (self->database_path, &error);
  if (database == NULL)
    {
      g_debug ("Opening the database failed: %s", error->message);
      if (window != NULL)
        passend_window_show_error (window, _("Could Not Open the School"), error->message);
      update_actions (self);
      if (g_error_matches (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CORRUPT) ||
          g_error_matches (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_PASSEND))
        {
          RestoreOffer *offer = g_new0 (RestoreOffer, 1);

          /* Once the window with the error is on screen, above it. */
          offer->self = g_object_ref (self);
          offer->problem = g_strdup (error->message);
          g_idle_add_full (G_PRIORITY_LOW, offer_restore_idle_cb, offer, restore_offer_free);
        }
      return FALSE;
    }

  passend_database_set_actor (database, g_get_real_name ());
  g_set_object (&self->database, database);

  g_cancellable_cancel (self->verify_cancellable);
  g_clear_object (&self->verify_cancellable);
  self->verify_cancellable = g_cancellable_new ();
  passend_database_verify_bulk_async (database, self->verify_cancellable, verify_bulk_cb, self);

  if (window != NULL)
    passend_window_set_database (window, database);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);

  return TRUE;
}

static void
start_empty_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  PassendApplication *self = PASSEND_APPLICATION (user_data);
  g_autofree char *default_path = passend_database_get_default_path ();

  if (g_strcmp0 (default_path, self->database_path) == 0)
    ensure_parent_directory (self->database_path);
  open_database (self);
}

static void
demo_progress_cb (double   fraction,
                  gpointer user_data)
{
  DemoJob *job = user_data;

  g_atomic_int_set (&job->permille, (int) (CLAMP (fraction, 0.0, 1.0) * 1000));
}

static void
demo_worker (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  DemoJob *job = task_data;
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  PassendDemoOptions options;

  /* A connection belongs to the thread that opened it. */
  database = passend_database_open (job->path, &error);
  if (database == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  passend_demo_options_init (&options);
  if (!passend_demo_school_generate (database, &options, demo_progress_cb, job, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static gboolean
demo_progress_timeout_cb (gpointer user_data)
{
  PassendApplication *self = PASSEND_APPLICATION (user_data);
  DemoJob *job = self->demo_task ? g_task_get_task_data (self->demo_task) : NULL;
  PassendWindow *window = get_window (self);

  if (job != NULL && window != NULL)
    passend_window_show_progress (window, g_atomic_int_get (&job->permille) / 1000.0);

  return G_SOURCE_CONTINUE;
}

static void
remove_demo_files (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static void
demo_done_cb (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(PassendApplication) self = PASSEND_APPLICATION (user_data);
  DemoJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  PassendWindow *window = get_window (self);

  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_cancellable_cancel (self->verify_cancellable);
  g_clear_object (&self->verify_cancellable);
  g_clear_object (&self->demo_task);
  g_application_release (G_APPLICATION (self));

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* The file did not exist before and the generator writes in one
       * transaction: what is left is an empty school nobody chose. */
      remove_demo_files (job->path);
      if (window != NULL)
        passend_window_show_error (window, _("Could Not Create the Demo School"), error->message);
      update_actions (self);
      return;
    }

  if (open_database (self) && window != NULL)
    {
      AdwToast *toast = adw_toast_new (_("Every student in the demo school is made up"));

      passend_window_add_toast (window, toast);
    }
}

static void
start_demo_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  PassendApplication *self = PASSEND_APPLICATION (user_data);
  g_autofree char *default_path = passend_database_get_default_path ();
  g_autoptr(GTask) task = NULL;
  DemoJob *job;
  PassendWindow *window = get_window (self);

  if (g_strcmp0 (default_path, self->database_path) == 0)
    ensure_parent_directory (self->database_path);

  job = g_new0 (DemoJob, 1);
  job->path = g_strdup (self->database_path);


  /* Held until the school is complete, so closing the window does not
   * cut the generator off halfway. */
  g_application_hold (G_APPLICATION (self));

  task = g_task_new (NULL, NULL, demo_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, start_demo_action);
  g_task_set_task_data (task, job, demo_job_free);
  self->demo_task = g_object_ref (task);
  update_actions (self);
  if (window != NULL)
    passend_window_show_progress (window, 0.0);
  self->progress_source = g_timeout_add (100, demo_progress_timeout_cb, self);
  g_task_run_in_thread (task, demo_worker);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  PassendApplication *self = PASSEND_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *preferences;

  if (self->database == NULL)
    return;

  preferences = passend_preferences_window_new (self->database);
  gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_set_application (GTK_WINDOW (preferences), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (preferences));
}

/* After a restore: the file at the database's path is another one now. */
static void
reopen_database_action (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       user_data)
{
  PassendApplication *self = PASSEND_APPLICATION (user_data);
  const char *kept_aside = g_variant_get_string (param, NULL);
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;
  PassendWindow *window = get_window (self);

  g_clear_handle_id (&self->backup_source, g_source_remove);
  g_clear_object (&self->database);
  if (!open_database (self) || window == NULL)
    return;

  if (*kept_aside != '\0')
    {
      g_autofree char *base = g_path_get_basename (kept_aside);

      name = g_filename_display_name (base);
      message = g_strdup_printf (_("Backup restored. The replaced file is kept as “%s”."), name);
    }
  passend_window_add_toast (window, adw_toast_new (message != NULL ? message : _("Backup restored")));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  PassendApplication *self = PASSEND_APPLICATION (user_data);
  static const char *developers[] = { "The Passend authors", NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Passend"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Passend authors"),
                         "developers", developers,
                         "copyright", "© 2026 The Passend authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "comments", _("The workbench of the zorgcoördinator: the caseload of students in support, "
                                       "each student’s record, the meetings where they are discussed, "
                                       "and the OPP and TLV documents."),
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  PassendApplication *self = PASSEND_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Closing lets each window save its size; the application quits when
   * the last one is gone (or the demo generator has finished). */
  for (GList *l = windows; l != NULL; )
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
}

static const GActionEntry app_actions[] = {
  { .name = "start-empty", .activate = start_empty_action },
  { .name = "start-demo", .activate = start_demo_action },
  { .name = "preferences", .activate = preferences_action },
  { .name = "reopen-database", .activate = reopen_database_action, .parameter_type = "s" },
  { .name = "about", .activate = about_action },
  { .name = "quit", .activate = quit_action },
};

static void
passend_application_startup (GApplication *application)
{
  PassendApplication *self = PASSEND_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  /* Set here rather than bound in the window's class, so that the
   * shortcuts window finds it for its own row. */
  static const char *shortcuts_accels[] = { "<Control>question", NULL };

  G_APPLICATION_CLASS (passend_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay", shortcuts_accels);
  update_actions (self);
}

static void
passend_application_activate (GApplication *application)
{
  PassendApplication *self = PASSEND_APPLICATION (application);
  PassendWindow *window = get_window (self);

  if (window == NULL)
    {
      window = passend_window_new (GTK_APPLICATION (self));

      if (self->database != NULL)
        passend_window_set_database (window, self->database);
      else if (!g_file_test (self->database_path, G_FILE_TEST_EXISTS))
        passend_window_show_welcome (window, self->database_path);
      else
        open_database (self);
    }

  update_actions (self);
  gtk_window_present (GTK_WINDOW (window));
}

static void
passend_application_dispose (GObject *object)
{
  PassendApplication *self = PASSEND_APPLICATION (object);

  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_handle_id (&self->backup_source, g_source_remove);
  g_cancellable_cancel (self->verify_cancellable);
  g_clear_object (&self->verify_cancellable);
  g_clear_object (&self->demo_task);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (passend_application_parent_class)->dispose (object);
}

static void
passend_application_finalize (GObject *object)
{
  PassendApplication *self = PASSEND_APPLICATION (object);

  g_free (self->database_path);

  G_OBJECT_CLASS (passend_application_parent_class)->finalize (object);
}

static void
passend_application_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PassendApplication *self = PASSEND_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      g_value_set_string (value, self->database_path);
      break;

    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_application_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PassendApplication *self = PASSEND_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      g_free (self->database_path);
      self->database_path = g_value_dup_string (value);
      if (self->database_path == NULL)
        self->database_path = passend_database_get_default_path ();
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_application_class_init (PassendApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = passend_application_dispose;
  object_class->finalize = passend_application_finalize;
  object_class->get_property = passend_application_get_property;
  object_class->set_property = passend_application_set_property;

  application_class->startup = passend_application_startup;
  application_class->activate = passend_application_activate;

  properties[PROP_DATABASE_PATH] =
    g_param_spec_string ("database-path", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         PASSEND_TYPE_DATABASE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_application_init (PassendApplication *self)
{
}

/**
 * passend_application_new:
 * @database_path: (nullable): the database to open, or %NULL for
 *   passend_database_get_default_path()
 *
 * Every invocation is its own instance, so two windows can show two
 * databases.
 *
 * Returns: (transfer full): a new application
 */
PassendApplication *
passend_application_new (const char *database_path)
{
  return g_object_new (PASSEND_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", RESOURCE_PREFIX,
                       "database-path", database_path,
                       NULL);
}

const char *
passend_application_get_database_path (PassendApplication *self)
{
  g_return_val_if_fail (PASSEND_IS_APPLICATION (self), NULL);

  return self->database_path;
}

PassendDatabase *
passend_application_get_database (PassendApplication *self)
{
  g_return_val_if_fail (PASSEND_IS_APPLICATION (self), NULL);

  return self->database;
}
