/* passend-preferences-window.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-preferences-window.h"
#include "passend-ui-util.h"

struct _PassendPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwEntryRow          *name_row;
  AdwEntryRow          *brin_row;
  AdwEntryRow          *city_row;
  AdwEntryRow          *swv_row;
  AdwEntryRow          *coordinator_row;
  AdwActionRow         *path_row;
  AdwActionRow         *version_row;
  AdwActionRow         *integrity_row;
  GtkSpinner           *integrity_spinner;
  GtkButton            *integrity_button;

  /* Owned references */
  PassendDatabase      *database;
  GCancellable         *cancellable;
};

G_DEFINE_FINAL_TYPE (PassendPreferencesWindow, passend_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static const char *
get_row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
load_school (PassendPreferencesWindow *self)
{
  g_autoptr(PassendSchool) school = NULL;
  g_autoptr(GError) error = NULL;

  school = passend_database_get_school (self->database, &error);
  if (school == NULL)
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        passend_ui_toast_new_error (_("Could not load the school"), error));
      return;
    }

  set_row_text (self->name_row, passend_school_get_name (school));
  set_row_text (self->brin_row, passend_school_get_brin (school));
  set_row_text (self->city_row, passend_school_get_city (school));
  set_row_text (self->swv_row, passend_school_get_swv_name (school));
  set_row_text (self->coordinator_row, passend_school_get_coordinator_name (school));
}

static void
load_database_info (PassendPreferencesWindow *self)
{
  g_autofree char *version = NULL;

  adw_action_row_set_subtitle (self->path_row, passend_database_get_path (self->database));
  version = g_strdup_printf ("%d", passend_database_get_version (self->database));
  adw_action_row_set_subtitle (self->version_row, version);
}

/* Every row applies the whole school: the store keeps it as one record,
 * and the other rows show what is stored. */
static void
apply_cb (PassendPreferencesWindow *self,
          AdwEntryRow              *row)
{
  g_autoptr(PassendSchool) school = passend_school_new ();
  g_autoptr(GError) error = NULL;

  passend_school_set_name (school, get_row_text (self->name_row));
  passend_school_set_brin (school, get_row_text (self->brin_row));
  passend_school_set_city (school, get_row_text (self->city_row));
  passend_school_set_swv_name (school, get_row_text (self->swv_row));
  passend_school_set_coordinator_name (school, get_row_text (self->coordinator_row));

  if (!passend_database_set_school (self->database, school, &error))
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        passend_ui_toast_new_error (_("Could not store the school"), error));
      return;
    }

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                    adw_toast_new (_("School details stored")));
}

/* A check reads the whole file, so it runs on a worker thread with its
 * own connection (connections belong to one thread). */
static void
check_integrity_worker (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(PassendDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;

  database = passend_database_open (path, &error);
  if (database == NULL ||
      !passend_database_check_integrity (database, &report, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&report), g_free);
}

static void
check_integrity_done_cb (GObject      *source_object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  PassendPreferencesWindow *self;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;

  report = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = PASSEND_PREFERENCES_WINDOW (user_data);
  gtk_spinner_stop (self->integrity_spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->integrity_spinner), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->integrity_button), TRUE);

  if (report == NULL)
    {
      adw_action_row_set_subtitle (self->integrity_row, error->message);
      return;
    }

  if (g_strcmp0 (report, "ok") == 0)
    adw_action_row_set_subtitle (self->integrity_row, _("No problems found"));
  else
    adw_action_row_set_subtitle (self->integrity_row, report);
}

static void
check_integrity_cb (PassendPreferencesWindow *self,
                    GtkButton                *button)
{
  g_autoptr(GTask) task = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->integrity_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->integrity_spinner), TRUE);
  gtk_spinner_start (self->integrity_spinner);
  adw_action_row_set_subtitle (self->integrity_row, _("Checking…"));

  /* The callback gets a borrowed window: dispose cancels the task and the
   * callback checks for that before it touches the window. */
  task = g_task_new (NULL, self->cancellable, check_integrity_done_cb, self);
  g_task_set_source_tag (task, check_integrity_cb);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_set_task_data (task, g_strdup (passend_database_get_path (self->database)), g_free);
  g_task_run_in_thread (task, check_integrity_worker);
}

static void
passend_preferences_window_constructed (GObject *object)
{
  PassendPreferencesWindow *self = PASSEND_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (passend_preferences_window_parent_class)->constructed (object);

  g_return_if_fail (PASSEND_IS_DATABASE (self->database));

  load_school (self);
  load_database_info (self);
}

static void
passend_preferences_window_dispose (GObject *object)
{
  PassendPreferencesWindow *self = PASSEND_PREFERENCES_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (passend_preferences_window_parent_class)->dispose (object);
}

static void
passend_preferences_window_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  PassendPreferencesWindow *self = PASSEND_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_preferences_window_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  PassendPreferencesWindow *self = PASSEND_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_preferences_window_class_init (PassendPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = passend_preferences_window_constructed;
  object_class->dispose = passend_preferences_window_dispose;
  object_class->get_property = passend_preferences_window_get_property;
  object_class->set_property = passend_preferences_window_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         PASSEND_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, PassendPreferencesWindow, brin_row);
  gtk_widget_class_bind_template_child (widget_class, PassendPreferencesWindow, city_row);
  gtk_widget_class_bind_template_child (widget_class, PassendPreferencesWindow, swv_row);
  gtk_widget_class_bind_template_child (widget_class, PassendPreferencesWindow, coordinator_row);
  gtk_widget_class_bind_template_child (widget_class, PassendPreferencesWindow, path_row);
  gtk_widget_class_bind_template_child (widget_class, PassendPreferencesWindow, version_row);
  gtk_widget_class_bind_template_child (widget_class, PassendPreferencesWindow, integrity_row);
  gtk_widget_class_bind_template_child (widget_class, PassendPreferencesWindow, integrity_spinner);
  gtk_widget_class_bind_template_child (widget_class, PassendPreferencesWindow, integrity_button);
  gtk_widget_class_bind_template_callback (widget_class, apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, check_integrity_cb);
}

static void
passend_preferences_window_init (PassendPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
}

GtkWidget *
passend_preferences_window_new (PassendDatabase *database)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);

  return g_object_new (PASSEND_TYPE_PREFERENCES_WINDOW,
                       "database", database,
                       NULL);
}

PassendDatabase *
passend_preferences_window_get_database (PassendPreferencesWindow *self)
{
  g_return_val_if_fail (PASSEND_IS_PREFERENCES_WINDOW (self), NULL);

  return self->database;
}
