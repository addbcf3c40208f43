/* passend-chronology-dialog.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-chronology-dialog.h"
#include "passend-chronology-export.h"

enum {
  PERIOD_SCHOOL_YEAR,
  PERIOD_SINCE_ENROLMENT,
  PERIOD_CUSTOM,
};

struct _PassendChronologyDialog
{
  AdwWindow             parent_instance;

  PassendDatabase      *database;
  PassendStudent       *student;
  GPtrArray            *kind_checks;   /* GtkCheckButton, indexed by kind */
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  char                 *output;

  AdwWindowTitle       *window_title;
  GtkButton            *export_button;
  GtkProgressBar       *progress_bar;
  AdwPreferencesPage   *page;
  AdwPreferencesGroup  *kinds_group;
  AdwComboRow          *period_row;
  AdwEntryRow          *from_row;
  AdwEntryRow          *to_row;
  GtkSwitch            *care_switch;
  GtkSwitch            *medical_switch;
  GtkLabel             *medical_warning;
};

G_DEFINE_FINAL_TYPE (PassendChronologyDialog, passend_chronology_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

char *
passend_chronology_dialog_default_name (PassendStudent *student,
                                        PassendDay      today)
{
  g_autofree char *date = passend_day_to_iso (today);
  g_autofree char *name = NULL;

  g_return_val_if_fail (PASSEND_IS_STUDENT (student), NULL);

  /* A name never carries a folder separator into the file name. */
  name = g_strdelimit (g_strdup (passend_student_get_display_name (student)), "/\\", '-');
  /* Not translated: the document it names is Dutch. */
  return g_strdup_printf ("Chronologie %s %s.pdf", name, date);
}

static PassendDay
school_year_start (PassendDay today)
{
  return passend_day_new (passend_day_school_year_of (today), 8, 1);
}

static char *
format_entry_day (PassendDay day)
{
  int y, m, d;

  if (day == PASSEND_DAY_NONE)
    return g_strdup ("");
  passend_day_get_ymd (day, &y, &m, &d);
  return g_strdup_printf ("%02d-%02d-%04d", d, m, y);
}

/* The period chosen; FALSE when a custom date does not parse. */
static gboolean
read_period (PassendChronologyDialog *self,
             PassendDay              *from,
             PassendDay              *to)
{
  PassendDay today = passend_day_today ();

  switch (adw_combo_row_get_selected (self->period_row))
    {
    case PERIOD_SCHOOL_YEAR:
      *from = school_year_start (today);
      *to = today;
      return TRUE;
    case PERIOD_SINCE_ENROLMENT:
      *from = passend_student_get_enrolled_on (self->student);
      *to = today;
      return TRUE;
    case PERIOD_CUSTOM:
    default:
      *from = passend_day_from_dutch (gtk_editable_get_text (GTK_EDITABLE (self->from_row)), NULL);
      *to = passend_day_from_dutch (gtk_editable_get_text (GTK_EDITABLE (self->to_row)), NULL);
      return *from != PASSEND_DAY_NONE && *to != PASSEND_DAY_NONE && *from <= *to;
    }
}

static gboolean
read_options (PassendChronologyDialog  *self,
              PassendChronologyOptions *options)
{
  passend_chronology_options_init (options);
  if (!read_period (self, &options->from, &options->to))
    return FALSE;

  options->kinds = 0;
  for (guint kind = 0; kind < self->kind_checks->len; kind++)
    {
      if (gtk_check_button_get_active (g_ptr_array_index (self->kind_checks, kind)))
        options->kinds |= PASSEND_CHRONOLOGY_KIND_BIT (kind);
    }
  options->include_care = gtk_switch_get_active (self->care_switch);
  options->include_medical = gtk_switch_get_active (self->medical_switch);
  return options->kinds != 0;
}

/* The days a choice stands for, so "this school year" needs no guessing. */
static void
show_period (PassendChronologyDialog *self)
{
  PassendDay from = PASSEND_DAY_NONE;
  PassendDay to = PASSEND_DAY_NONE;
  g_autofree char *subtitle = NULL;

  if (self->student != NULL && read_period (self, &from, &to))
    {
      g_autofree char *from_text = passend_day_format (from);
      g_autofree char *to_text = passend_day_format (to);

      /* TRANSLATORS: a period, e.g. "Fri 1 Aug 2025 – Mon 23 Nov 2026" */
      subtitle = from != PASSEND_DAY_NONE ? g_strdup_printf (_("%s – %s"), from_text, to_text)
                                          : g_strdup_printf (_("From the first entry to %s"), to_text);
    }

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->period_row), subtitle != NULL ? subtitle : "");
}

static void
update_state (PassendChronologyDialog *self)
{
  PassendChronologyOptions options;
  gboolean custom = adw_combo_row_get_selected (self->period_row) == PERIOD_CUSTOM;
  gboolean running = self->cancellable != NULL;

  show_period (self);
  gtk_widget_set_visible (GTK_WIDGET (self->from_row), custom);
  gtk_widget_set_visible (GTK_WIDGET (self->to_row), custom);
  gtk_widget_set_visible (GTK_WIDGET (self->medical_warning), gtk_switch_get_active (self->medical_switch));
  gtk_widget_set_sensitive (GTK_WIDGET (self->page), !running);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chronology.export",
                                 !running && read_options (self, &options));
}

static void
period_changed_cb (PassendChronologyDialog *self)
{
  update_state (self);
}

static void
medical_changed_cb (PassendChronologyDialog *self)
{
  update_state (self);
}

static void
dates_changed_cb (PassendChronologyDialog *self)
{
  PassendDay from = PASSEND_DAY_NONE;
  PassendDay to = PASSEND_DAY_NONE;
  gboolean valid = read_period (self, &from, &to);
  const char *from_text = gtk_editable_get_text (GTK_EDITABLE (self->from_row));
  const char *to_text = gtk_editable_get_text (GTK_EDITABLE (self->to_row));

  if (from == PASSEND_DAY_NONE && from_text[0] != '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self->from_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->from_row), "error");

  if ((to == PASSEND_DAY_NONE && to_text[0] != '\0') || (!valid && from != PASSEND_DAY_NONE && to != PASSEND_DAY_NONE))
    gtk_widget_add_css_class (GTK_WIDGET (self->to_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->to_row), "error");

  update_state (self);
}

static void
cancel_clicked_cb (PassendChronologyDialog *self)
{
  /* While writing, Cancel stops the export; the dialog closes when the
   * worker has cleaned up. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_progress (double   fraction,
             gpointer user_data)
{
  PassendChronologyDialog *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

static void
toast_open_cb (AdwToast   *toast,
               const char *uri)
{
  GtkApplication *application = GTK_APPLICATION (g_application_get_default ());
  GtkWindow *window = application != NULL ? gtk_application_get_active_window (application) : NULL;

  gtk_show_uri (window, uri, GDK_CURRENT_TIME);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PassendChronologyDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_path_get_basename (self->output);
  AdwToast *toast = NULL;
  guint n_entries = 0;

  g_clear_object (&self->cancellable);

  if (passend_chronology_export_finish (result, &n_entries, NULL, &error))
    {
      g_autoptr(GFile) file = g_file_new_for_path (self->output);

      toast = adw_toast_new_format (g_dngettext (GETTEXT_PACKAGE,
                                                 "Chronology with %u entry exported",
                                                 "Chronology with %u entries exported",
                                                 n_entries),
                                    n_entries);
      adw_toast_set_button_label (toast, _("_Open"));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (toast_open_cb),
                             g_file_get_uri (file), (GClosureNotify) g_free, G_CONNECT_DEFAULT);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* TRANSLATORS: a file name and why it could not be written */
      toast = adw_toast_new_format (_("Could not export “%s”: %s"), basename, error->message);
      adw_toast_set_timeout (toast, 0);
    }

  if (toast != NULL)
    g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
start_export (PassendChronologyDialog *self)
{
  PassendChronologyOptions options;

  if (!read_options (self, &options))
    return;

  self->cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  update_state (self);

  passend_chronology_export_async (passend_database_get_path (self->database),
                                   passend_student_get_id (self->student), &options, self->output,
                                   self->cancellable, on_progress, self,
                                   export_done_cb, g_object_ref (self));
}

static void
chooser_response_cb (PassendChronologyDialog *self,
                     int                      response,
                     GtkFileChooserNative    *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL || g_file_peek_path (file) == NULL)
    return;

  g_free (self->output);
  self->output = g_file_get_path (file);
  start_export (self);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PassendChronologyDialog *self = PASSEND_CHRONOLOGY_DIALOG (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->chooser != NULL || self->cancellable != NULL)
    return;

  name = passend_chronology_dialog_default_name (self->student, passend_day_today ());
  self->chooser = gtk_file_chooser_native_new (_("Export Chronology"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
add_kind_rows (PassendChronologyDialog *self)
{
  for (guint kind = PASSEND_ENTRY_KIND_CONVERSATION_STUDENT; kind <= PASSEND_ENTRY_KIND_INCIDENT; kind++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(passend_entry_kind_get_label (kind)));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->kinds_group, row);
      g_ptr_array_add (self->kind_checks, check);
    }
}

static void
passend_chronology_dialog_dispose (GObject *object)
{
  PassendChronologyDialog *self = PASSEND_CHRONOLOGY_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->database);
  g_clear_object (&self->student);

  gtk_widget_dispose_template (GTK_WIDGET (self), PASSEND_TYPE_CHRONOLOGY_DIALOG);

  G_OBJECT_CLASS (passend_chronology_dialog_parent_class)->dispose (object);
}

static void
passend_chronology_dialog_finalize (GObject *object)
{
  PassendChronologyDialog *self = PASSEND_CHRONOLOGY_DIALOG (object);

  g_ptr_array_unref (self->kind_checks);
  g_free (self->output);

  G_OBJECT_CLASS (passend_chronology_dialog_parent_class)->finalize (object);
}

static void
passend_chronology_dialog_class_init (PassendChronologyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_chronology_dialog_dispose;
  object_class->finalize = passend_chronology_dialog_finalize;

  signals[SIGNAL_ADD_TOAST] =
    g_signal_new ("add-toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-chronology-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendChronologyDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PassendChronologyDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, PassendChronologyDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PassendChronologyDialog, page);
  gtk_widget_class_bind_template_child (widget_class, PassendChronologyDialog, kinds_group);
  gtk_widget_class_bind_template_child (widget_class, PassendChronologyDialog, period_row);
  gtk_widget_class_bind_template_child (widget_class, PassendChronologyDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, PassendChronologyDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, PassendChronologyDialog, care_switch);
  gtk_widget_class_bind_template_child (widget_class, PassendChronologyDialog, medical_switch);
  gtk_widget_class_bind_template_child (widget_class, PassendChronologyDialog, medical_warning);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, period_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, dates_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, medical_changed_cb);

  gtk_widget_class_install_action (widget_class, "chronology.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
passend_chronology_dialog_init (PassendChronologyDialog *self)
{
  self->kind_checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  add_kind_rows (self);
}

PassendChronologyDialog *
passend_chronology_dialog_new (GtkWindow       *parent,
                               PassendDatabase *database,
                               PassendStudent  *student)
{
  PassendChronologyDialog *self;
  PassendDay today = passend_day_today ();
  g_autofree char *from = format_entry_day (school_year_start (today));
  g_autofree char *to = format_entry_day (today);

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);
  g_return_val_if_fail (PASSEND_IS_STUDENT (student), NULL);

  self = g_object_new (PASSEND_TYPE_CHRONOLOGY_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->student = g_object_ref (student);
  adw_window_title_set_subtitle (self->window_title, passend_student_get_display_name (student));

  /* Custom dates start from this school year, ready to adjust. */
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), from);
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), to);
  update_state (self);
  return self;
}
