/* passend-preferences-window.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-backups-page.h"
#include "passend-intervention-kinds-page.h"
#include "passend-meeting-kinds-page.h"
#include "passend-preferences-window.h"
#include "passend-tlv-checklist-page.h"
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
  AdwPreferencesGroup  *locations_group;
  AdwEntryRow          *location_entry;
  AdwActionRow         *logo_row;
  GtkPicture           *logo_picture;
  GtkWidget            *logo_remove_button;
  AdwPreferencesGroup  *holidays_group;
  AdwEntryRow          *holiday_name_row;
  AdwEntryRow          *holiday_first_row;
  AdwEntryRow          *holiday_last_row;
  AdwPreferencesGroup  *protocol_group;

  /* Owned references */
  PassendDatabase      *database;
  GCancellable         *cancellable;
  GtkFileChooserNative *logo_chooser;
  /* Rows made from the database, removed before each reload. */
  GPtrArray            *location_rows;
  GPtrArray            *holiday_rows;
  GtkSpinButton        *protocol_spins[PASSEND_PROTOCOL_N_VALUES];
  GtkWidget            *protocol_resets[PASSEND_PROTOCOL_N_VALUES];
  /* Set while the spin buttons are filled in, so that is not a change. */
  gboolean              loading_protocol;
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

static void
show_error_toast (PassendPreferencesWindow *self,
                  const char               *what,
                  const GError             *error)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                    passend_ui_toast_new_error (what, error));
}

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static GtkWidget *
new_remove_button (const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

/* Locations */

static void load_locations (PassendPreferencesWindow *self);

static void
remove_location_cb (GtkButton                *button,
                    PassendPreferencesWindow *self)
{
  const char *name = g_object_get_data (G_OBJECT (button), "location");
  g_autoptr(GError) error = NULL;

  if (!passend_database_remove_location (self->database, name, &error))
    show_error_toast (self, _("Could not remove the location"), error);
  load_locations (self);
}

static void
load_locations (PassendPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) locations = NULL;

  clear_rows (self->locations_group, self->location_rows);

  locations = passend_database_list_locations (self->database, &error);
  if (locations == NULL)
    {
      show_error_toast (self, _("Could not load the locations"), error);
      return;
    }

  for (guint i = 0; locations[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = new_remove_button (_("Remove Location"));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), locations[i]);
      g_object_set_data_full (G_OBJECT (button), "location", g_strdup (locations[i]), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (remove_location_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (self->locations_group, row);
      g_ptr_array_add (self->location_rows, row);
    }

  /* The entry for a new location stays below the list. */
  {
    g_autoptr(GtkWidget) entry = g_object_ref (GTK_WIDGET (self->location_entry));
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
    gboolean had_focus = focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry));

    adw_preferences_group_remove (self->locations_group, entry);
    adw_preferences_group_add (self->locations_group, entry);
    if (had_focus)
      gtk_widget_grab_focus (entry);
  }
}

static void
add_location_cb (PassendPreferencesWindow *self,
                 AdwEntryRow              *row)
{
  g_autoptr(GError) error = NULL;

  if (!passend_database_add_location (self->database, gtk_editable_get_text (GTK_EDITABLE (row)), &error))
    {
      show_error_toast (self, _("Could not add the location"), error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (row), "");
  load_locations (self);
}

/* Logo */

static void
load_logo (PassendPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) logo = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *media_type = NULL;

  logo = passend_database_get_school_logo (self->database, &media_type, &error);
  if (logo == NULL && error != NULL)
    show_error_toast (self, _("Could not load the logo"), error);

  gtk_widget_set_visible (self->logo_remove_button, logo != NULL);
  if (logo == NULL)
    {
      gtk_picture_set_paintable (self->logo_picture, NULL);
      adw_action_row_set_subtitle (self->logo_row, _("No logo"));
      return;
    }

  /* A logo GTK cannot draw (an SVG without its loader) is still stored
   * and printed: only the preview is missing. */
  texture = gdk_texture_new_from_bytes (logo, NULL);
  gtk_picture_set_paintable (self->logo_picture, GDK_PAINTABLE (texture));
  adw_action_row_set_subtitle (self->logo_row, media_type);
}

static void
logo_chosen_cb (PassendPreferencesWindow *self,
                int                       response,
                GtkFileChooserNative     *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) logo = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->logo_chooser);
  if (file == NULL)
    return;

  logo = g_file_load_bytes (file, NULL, NULL, &error);
  if (logo == NULL || !passend_database_set_school_logo (self->database, logo, &error))
    {
      show_error_toast (self, _("Could not use the logo"), error);
      return;
    }

  load_logo (self);
}

static void
choose_logo_cb (PassendPreferencesWindow *self,
                GtkButton                *button)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_mime_type (filter, "image/svg+xml");

  g_clear_object (&self->logo_chooser);
  self->logo_chooser = gtk_file_chooser_native_new (_("Choose a Logo"), GTK_WINDOW (self),
                                                    GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->logo_chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->logo_chooser), filter);
  g_signal_connect_swapped (self->logo_chooser, "response", G_CALLBACK (logo_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->logo_chooser));
}

static void
remove_logo_cb (PassendPreferencesWindow *self,
                GtkButton                *button)
{
  g_autoptr(GError) error = NULL;

  if (!passend_database_set_school_logo (self->database, NULL, &error))
    show_error_toast (self, _("Could not remove the logo"), error);
  load_logo (self);
}

/* Holidays */

static void load_holidays (PassendPreferencesWindow *self);

static void
remove_holiday_cb (GtkButton                *button,
                   PassendPreferencesWindow *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "holiday-id");
  g_autoptr(GError) error = NULL;

  if (!passend_database_remove_holiday (self->database, id, &error))
    show_error_toast (self, _("Could not remove the holiday"), error);
  load_holidays (self);
}

static void
load_holidays (PassendPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) holidays = NULL;

  clear_rows (self->holidays_group, self->holiday_rows);

  holidays = passend_database_list_holidays (self->database, &error);
  if (holidays == NULL)
    {
      show_error_toast (self, _("Could not load the holidays"), error);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (holidays); i++)
    {
      g_autoptr(PassendHoliday) holiday = g_list_model_get_item (holidays, i);
      g_autofree char *first = passend_day_format (passend_holiday_get_first_day (holiday));
      g_autofree char *last = passend_day_format (passend_holiday_get_last_day (holiday));
      /* TRANSLATORS: the first and the last day of a holiday. */
      g_autofree char *span = g_strdup_printf (_("%s – %s"), first, last);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = new_remove_button (_("Remove Holiday"));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), passend_holiday_get_name (holiday));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), span);
      g_object_set_data_full (G_OBJECT (button), "holiday-id",
                              g_memdup2 (&(gint64) { passend_holiday_get_id (holiday) }, sizeof (gint64)),
                              g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (remove_holiday_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (self->holidays_group, row);
      g_ptr_array_add (self->holiday_rows, row);
    }

  if (g_list_model_get_n_items (holidays) == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No holidays yet: every week is a school week"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (self->holidays_group, row);
      g_ptr_array_add (self->holiday_rows, row);
    }
}

/* Dutch first (what a coordinator types), ISO as well. */
static PassendDay
parse_day (AdwEntryRow  *row,
           GError      **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  PassendDay day = passend_day_from_iso (text, NULL);

  return day != PASSEND_DAY_NONE ? day : passend_day_from_dutch (text, error);
}

static void
add_holiday_cb (PassendPreferencesWindow *self)
{
  g_autoptr(PassendHoliday) holiday = NULL;
  g_autoptr(GError) error = NULL;
  PassendDay first;
  PassendDay last = PASSEND_DAY_NONE;

  first = parse_day (self->holiday_first_row, &error);
  if (first != PASSEND_DAY_NONE)
    last = parse_day (self->holiday_last_row, &error);
  if (error != NULL)
    {
      show_error_toast (self, _("Could not add the holiday"), error);
      return;
    }

  holiday = passend_holiday_new (gtk_editable_get_text (GTK_EDITABLE (self->holiday_name_row)), first, last);
  if (!passend_database_add_holiday (self->database, holiday, &error))
    {
      show_error_toast (self, _("Could not add the holiday"), error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->holiday_name_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->holiday_first_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->holiday_last_row), "");
  load_holidays (self);
}

/* Protocol */

static void
load_protocol (PassendPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  PassendProtocol protocol;

  if (!passend_database_load_protocol (self->database, &protocol, &error))
    show_error_toast (self, _("Could not load the protocol values"), error);

  self->loading_protocol = TRUE;
  for (int i = 0; i < PASSEND_PROTOCOL_N_VALUES; i++)
    {
      int number = passend_protocol_get (&protocol, i);

      gtk_spin_button_set_value (self->protocol_spins[i], number);
      gtk_widget_set_visible (self->protocol_resets[i], number != passend_protocol_get_default (i));
    }
  self->loading_protocol = FALSE;
}

static void
protocol_value_changed_cb (GtkSpinButton            *spin,
                           PassendPreferencesWindow *self)
{
  PassendProtocolValue value = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (spin), "protocol-value"));
  g_autoptr(GError) error = NULL;

  if (self->loading_protocol)
    return;

  if (!passend_database_set_protocol_value (self->database, value,
                                            gtk_spin_button_get_value_as_int (spin), &error))
    show_error_toast (self, _("Could not store the value"), error);
  load_protocol (self);
}

static void
protocol_reset_cb (GtkButton                *button,
                   PassendPreferencesWindow *self)
{
  PassendProtocolValue value = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "protocol-value"));
  g_autoptr(GError) error = NULL;

  if (!passend_database_reset_protocol_value (self->database, value, &error))
    show_error_toast (self, _("Could not reset the value"), error);
  load_protocol (self);
}

static void
build_protocol_rows (PassendPreferencesWindow *self)
{
  for (int i = 0; i < PASSEND_PROTOCOL_N_VALUES; i++)
    {
      g_autofree char *tooltip = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spin;
      GtkWidget *reset;
      int minimum, maximum;

      passend_protocol_get_range (i, &minimum, &maximum);
      spin = gtk_spin_button_new_with_range (minimum, maximum, 1);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      passend_protocol_get_title (i), -1);
      g_object_set_data (G_OBJECT (spin), "protocol-value", GINT_TO_POINTER (i));
      g_signal_connect (spin, "value-changed", G_CALLBACK (protocol_value_changed_cb), self);

      /* TRANSLATORS: %d is the default value of a protocol setting. */
      tooltip = g_strdup_printf (_("Reset to the Default (%d)"), passend_protocol_get_default (i));
      reset = gtk_button_new_from_icon_name ("edit-undo-symbolic");
      gtk_widget_set_tooltip_text (reset, tooltip);
      gtk_widget_set_valign (reset, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (reset, "flat");
      g_object_set_data (G_OBJECT (reset), "protocol-value", GINT_TO_POINTER (i));
      g_signal_connect (reset, "clicked", G_CALLBACK (protocol_reset_cb), self);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), passend_protocol_get_title (i));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), passend_protocol_get_description (i));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), reset);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      adw_preferences_group_add (self->protocol_group, row);

      self->protocol_spins[i] = GTK_SPIN_BUTTON (spin);
      self->protocol_resets[i] = reset;
    }
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
  load_locations (self);
  load_logo (self);
  load_holidays (self);
  build_protocol_rows (self);
  load_protocol (self);
}

static void
passend_preferences_window_dispose (GObject *object)
{
  PassendPreferencesWindow *self = PASSEND_PREFERENCES_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->logo_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->logo_chooser));
  g_clear_object (&self->logo_chooser);
  g_clear_object (&self->database);
  g_clear_pointer (&self->location_rows, g_ptr_array_unref);
  g_clear_pointer (&self->holiday_rows, g_ptr_array_unref);

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

  g_type_ensure (PASSEND_TYPE_INTERVENTION_KINDS_PAGE);
  g_type_ensure (PASSEND_TYPE_MEETING_KINDS_PAGE);
  g_type_ensure (PASSEND_TYPE_TLV_CHECKLIST_PAGE);
  g_type_ensure (PASSEND_TYPE_BACKUPS_PAGE);
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
  gtk_widget_class_bind_template_child (widget_class, PassendPreferencesWindow, locations_group);
  gtk_widget_class_bind_template_child (widget_class, PassendPreferencesWindow, location_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendPreferencesWindow, logo_row);
  gtk_widget_class_bind_template_child (widget_class, PassendPreferencesWindow, logo_picture);
  gtk_widget_class_bind_template_child (widget_class, PassendPreferencesWindow, logo_remove_button);
  gtk_widget_class_bind_template_child (widget_class, PassendPreferencesWindow, holidays_group);
  gtk_widget_class_bind_template_child (widget_class, PassendPreferencesWindow, holiday_name_row);
  gtk_widget_class_bind_template_child (widget_class, PassendPreferencesWindow, holiday_first_row);
  gtk_widget_class_bind_template_child (widget_class, PassendPreferencesWindow, holiday_last_row);
  gtk_widget_class_bind_template_child (widget_class, PassendPreferencesWindow, protocol_group);
  gtk_widget_class_bind_template_callback (widget_class, apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, check_integrity_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_location_cb);
  gtk_widget_class_bind_template_callback (widget_class, choose_logo_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_logo_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_holiday_cb);
}

static void
passend_preferences_window_init (PassendPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->location_rows = g_ptr_array_new ();
  self->holiday_rows = g_ptr_array_new ();
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
