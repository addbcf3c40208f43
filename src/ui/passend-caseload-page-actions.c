/* passend-caseload-page-actions.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-caseload-page-private.h"
#include "passend-caseload-regie-dialog.h"
#include "passend-csv-writer.h"
#include "passend-meeting-chooser.h"

/* The page's actions: filters, the selection, changing regie and the
 * CSV export. */

static void
show_filters_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PassendCaseloadPage *self = PASSEND_CASELOAD_PAGE (widget);
  gboolean shown = !gtk_toggle_button_get_active (self->filter_button);

  gtk_toggle_button_set_active (self->filter_button, shown);
  if (shown)
    gtk_widget_child_focus (GTK_WIDGET (self->filter_bar), GTK_DIR_TAB_FORWARD);
  else
    passend_caseload_page_focus_list (self);
}

static void
set_filter_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  PassendCaseloadPage *self = PASSEND_CASELOAD_PAGE (widget);
  const char *kind_key;
  const char *value;
  gboolean selected;

  g_variant_get (param, "(&s&sb)", &kind_key, &value, &selected);
  for (guint kind = 0; kind < PASSEND_CASELOAD_N_FILTER_KINDS; kind++)
    {
      PassendCaseloadChange change;

      if (g_strcmp0 (kind_key, _passend_caseload_filter_kind_to_key (kind)) != 0)
        continue;
      change = _passend_caseload_filter_set_selected (self->filter_state, kind, value, selected);
      _passend_caseload_page_filter_changed (self, change);
    }
}

static void
set_attention_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  PassendCaseloadPage *self = PASSEND_CASELOAD_PAGE (widget);
  gboolean attention = g_variant_get_boolean (param);

  _passend_caseload_page_filter_changed (self, _passend_caseload_filter_set_attention (self->filter_state,
                                                                                       attention));
}

static void
set_cases_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  static const char * const cases[] = { "active", "closed", "all" };
  PassendCaseloadPage *self = PASSEND_CASELOAD_PAGE (widget);
  const char *name = g_variant_get_string (param, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      if (g_strcmp0 (name, cases[i]) == 0)
        _passend_caseload_page_filter_changed (self, _passend_caseload_filter_set_cases (self->filter_state, i));
    }
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  PassendCaseloadPage *self = PASSEND_CASELOAD_PAGE (widget);

  _passend_caseload_page_filter_changed (self, _passend_caseload_filter_clear (self->filter_state));
}

static void
select_none_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  PassendCaseloadPage *self = PASSEND_CASELOAD_PAGE (widget);

  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
}

static void
regie_response_cb (PassendCaseloadPage        *self,
                   const char                 *response,
                   PassendCaseloadRegieDialog *dialog)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "change") != 0 || self->database == NULL)
    return;

  ids = _passend_caseload_page_dup_selected_ids (self);
  if (!passend_database_set_regie_for_students (self->database,
                                                (const gint64 *) (gpointer) ids->data, ids->len,
                                                passend_caseload_regie_dialog_get_regie (dialog),
                                                passend_caseload_regie_dialog_get_person_id (dialog),
                                                passend_caseload_regie_dialog_get_reason (dialog),
                                                &error))
    {
      _passend_caseload_page_emit_error_toast (self, _("Could not change the regie"), error);
      return;
    }

  message = g_strdup_printf (ngettext ("Regie changed for %u student",
                                       "Regie changed for %u students", ids->len),
                             ids->len);
  _passend_caseload_page_emit_toast (self, adw_toast_new (message));
}

static void
change_regie_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PassendCaseloadPage *self = PASSEND_CASELOAD_PAGE (widget);
  g_autoptr(GError) error = NULL;
  PassendCaseloadRegieDialog *dialog;
  guint n_selected = _passend_caseload_page_count_selected (self);

  if (self->database == NULL || n_selected == 0)
    return;

  dialog = passend_caseload_regie_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                              self->database, n_selected, &error);
  if (dialog == NULL)
    {
      _passend_caseload_page_emit_error_toast (self, _("Could not change the regie"), error);
      return;
    }

  g_signal_connect_object (dialog, "response", G_CALLBACK (regie_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
students_added_cb (PassendCaseloadPage *self,
                   gint64               meeting_id,
                   guint                n_added)
{
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (n_added == 0)
    message = g_strdup (_("The students were already on the agenda"));
  else
    message = g_strdup_printf (ngettext ("%u student added to the agenda",
                                         "%u students added to the agenda", n_added),
                               n_added);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Show"));
  adw_toast_set_action_name (toast, "win.show-meeting");
  adw_toast_set_action_target_value (toast, g_variant_new_int64 (meeting_id));
  _passend_caseload_page_emit_toast (self, toast);
}

static void
chooser_add_toast_cb (PassendCaseloadPage *self,
                      AdwToast            *toast)
{
  _passend_caseload_page_emit_toast (self, toast);
}

static void
add_to_meeting_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  PassendCaseloadPage *self = PASSEND_CASELOAD_PAGE (widget);
  g_autoptr(GArray) ids = NULL;
  PassendMeetingChooser *chooser;

  if (self->database == NULL || _passend_caseload_page_count_selected (self) == 0)
    return;

  ids = _passend_caseload_page_dup_selected_ids (self);
  chooser = passend_meeting_chooser_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->database,
                                         (const gint64 *) (gpointer) ids->data, ids->len);
  g_signal_connect_object (chooser, "students-added", G_CALLBACK (students_added_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (chooser, "add-toast", G_CALLBACK (chooser_add_toast_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (chooser));
}

static void
export_response_cb (PassendCaseloadPage  *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file ? g_file_get_path (file) : NULL;
    }

  g_clear_object (&self->export_chooser);
  if (path == NULL)
    return;

  if (!passend_caseload_page_export (self, path, &error))
    _passend_caseload_page_emit_error_toast (self, _("Could not export the list"), error);
  else
    _passend_caseload_page_emit_toast (self, adw_toast_new (_("List exported")));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PassendCaseloadPage *self = PASSEND_CASELOAD_PAGE (widget);
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autofree char *today = passend_day_to_iso (passend_day_today ());
  g_autofree char *name = NULL;

  if (self->export_chooser != NULL)
    return;

  self->export_chooser = gtk_file_chooser_native_new (_passend_caseload_page_count_selected (self) > 0
                                                      ? _("Export Selected Students")
                                                      : _("Export List"),
                                                      GTK_WINDOW (gtk_widget_get_root (widget)),
                                                      GTK_FILE_CHOOSER_ACTION_SAVE,
                                                      _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->export_chooser), csv);
  /* TRANSLATORS: the file name an export suggests, without extension;
   * the date follows it. */
  name = g_strdup_printf ("%s-%s.csv", C_("file name", "caseload"), today);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->export_chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->export_chooser), TRUE);
  g_signal_connect_object (self->export_chooser, "response", G_CALLBACK (export_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->export_chooser));
}

void
_passend_caseload_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "caseload.show-filters", NULL, show_filters_action);
  gtk_widget_class_install_action (widget_class, "caseload.set-filter", "(ssb)", set_filter_action);
  gtk_widget_class_install_action (widget_class, "caseload.set-attention", "b", set_attention_action);
  gtk_widget_class_install_action (widget_class, "caseload.set-cases", "s", set_cases_action);
  gtk_widget_class_install_action (widget_class, "caseload.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "caseload.select-none", NULL, select_none_action);
  gtk_widget_class_install_action (widget_class, "caseload.change-regie", NULL, change_regie_action);
  gtk_widget_class_install_action (widget_class, "caseload.add-to-meeting", NULL, add_to_meeting_action);
  gtk_widget_class_install_action (widget_class, "caseload.export", NULL, export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "caseload.show-filters", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "caseload.show-filters", NULL);
  /* Only while something is selected: the action is disabled otherwise,
   * and Escape goes on to whoever wants it next. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "caseload.select-none", NULL);
}

/**
 * passend_caseload_page_export:
 * @path: the file to write
 *
 * Writes the selected students, or all students the list shows when none
 * is selected, as CSV in the order shown: the list's columns only, never
 * timeline or meldcode content.
 */
gboolean
passend_caseload_page_export (PassendCaseloadPage  *self,
                              const char           *path,
                              GError              **error)
{
  g_autoptr(PassendCsvWriter) writer = passend_csv_writer_new ();
  g_autoptr(GtkBitset) selected = NULL;
  GListModel *model;
  const char *fields[PASSEND_CASELOAD_N_COLUMNS];
  guint n_items;
  guint n_rows;

  g_return_val_if_fail (PASSEND_IS_CASELOAD_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint c = 0; c < PASSEND_CASELOAD_N_COLUMNS; c++)
    fields[c] = _passend_caseload_column_get_title (c);
  passend_csv_writer_add_row (writer, fields, PASSEND_CASELOAD_N_COLUMNS);

  model = G_LIST_MODEL (self->selection);
  n_items = g_list_model_get_n_items (model);
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PassendStudent) student = NULL;
      char *texts[PASSEND_CASELOAD_N_COLUMNS];

      if (!gtk_bitset_is_empty (selected) && !gtk_bitset_contains (selected, i))
        continue;

      student = g_list_model_get_item (model, i);
      for (guint c = 0; c < PASSEND_CASELOAD_N_COLUMNS; c++)
        texts[c] = _passend_caseload_column_dup_text (c, student);
      passend_csv_writer_add_row (writer, (const char * const *) texts, PASSEND_CASELOAD_N_COLUMNS);
      for (guint c = 0; c < PASSEND_CASELOAD_N_COLUMNS; c++)
        g_free (texts[c]);
    }

  n_rows = passend_csv_writer_get_n_rows (writer) - 1;
  g_debug ("Exporting %u caseload rows", n_rows);
  if (!passend_csv_writer_save (writer, path, error))
    return FALSE;

  /* Special data about minors left the application: the audit log says
   * so (how many, never who). */
  return self->database == NULL || passend_database_log_export (self->database, "caseload", n_rows, error);
}
