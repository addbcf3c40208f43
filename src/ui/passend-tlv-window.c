/* passend-tlv-window.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-tlv-window-private.h"
#include "passend-ui-util.h"

G_DEFINE_FINAL_TYPE (PassendTlvWindow, passend_tlv_window, ADW_TYPE_WINDOW)

static const char window_css[] =
  ".tlv-state-pill { padding: 3px 10px; border-radius: 999px; font-weight: bold;"
  "  background-color: alpha(@accent_bg_color, 0.15); color: @accent_color; }\n"
  ".tlv-state-pill.granted { background-color: alpha(@success_bg_color, 0.15); color: @success_color; }\n"
  ".tlv-state-pill.refused { background-color: alpha(@error_bg_color, 0.15); color: @error_color; }\n";

static void
install_css (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_data (provider, window_css, -1);
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_once_init_leave (&once, 1);
    }
}

void
_passend_tlv_window_toast (PassendTlvWindow *self,
                           const char       *title)
{
  /* Toast titles are markup in libadwaita 1.2. */
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

void
_passend_tlv_window_error (PassendTlvWindow *self,
                           const char       *what,
                           const GError     *error)
{
  adw_toast_overlay_add_toast (self->toast_overlay, passend_ui_toast_new_error (what, error));
}

void
_passend_tlv_clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

gboolean
_passend_tlv_window_is_editable (PassendTlvWindow *self)
{
  return self->request != NULL && passend_tlv_state_is_editable (passend_tlv_request_get_state (self->request));
}

static void
update_title (PassendTlvWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *window_title = NULL;

  title = passend_tlv_request_dup_title (self->request);
  /* TRANSLATORS: the TLV window's title: "TLV Request — Jan de Vries". */
  window_title = g_strdup_printf (_("TLV Request — %s"), passend_tlv_request_get_student_name (self->request));
  gtk_window_set_title (GTK_WINDOW (self), window_title);
  adw_view_switcher_title_set_title (self->view_title, window_title);
  adw_view_switcher_title_set_subtitle (self->view_title, title);
  gtk_label_set_text (self->student_label, passend_tlv_request_get_student_name (self->request));
}

static void
update_actions (PassendTlvWindow *self)
{
  g_autoptr(GPtrArray) dossiers = NULL;
  gboolean busy = self->cancellable != NULL;
  gboolean deletable = FALSE;

  if (self->request != NULL && passend_tlv_request_get_state (self->request) == PASSEND_TLV_STATE_VOORBEREIDING)
    {
      dossiers = passend_database_list_tlv_dossiers (self->database, passend_tlv_request_get_id (self->request), NULL);
      deletable = dossiers != NULL && dossiers->len == 0;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tlv.assemble", self->request != NULL && !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tlv.cancel-assembly", busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tlv.send", self->ready_manifest != NULL && !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tlv.add-advice", self->request != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tlv.delete", deletable && !busy);
}

void
_passend_tlv_window_reload (PassendTlvWindow *self)
{
  g_autoptr(PassendTlvRequest) request = NULL;
  g_autoptr(GError) error = NULL;

  if (self->request == NULL)
    return;

  request = passend_database_get_tlv_request (self->database, passend_tlv_request_get_id (self->request), &error);
  if (request == NULL)
    {
      g_debug ("TLV request %" G_GINT64_FORMAT " not reloaded: %s",
               passend_tlv_request_get_id (self->request), error->message);
      if (g_error_matches (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND))
        gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  g_set_object (&self->request, request);
  update_title (self);
  _passend_tlv_window_form_load (self);
  _passend_tlv_window_state_load (self);
  _passend_tlv_window_advices_load (self);
  _passend_tlv_window_checklist_load (self);
  _passend_tlv_window_history_load (self);
  update_actions (self);
}

static void
database_changed_cb (PassendTlvWindow *self,
                     const char       *entity,
                     gint64            id,
                     PassendDatabase  *database)
{
  if (self->request == NULL || g_strcmp0 (entity, "tlv") != 0)
    return;
  /* 0: a checklist or rule changed, which concerns every request. Our
   * own typing is stored without reloading the form under the cursor. */
  if (id != 0 && id != passend_tlv_request_get_id (self->request))
    return;
  if (self->save_source != 0)
    return;

  _passend_tlv_window_reload (self);
}

static void
assemble_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  _passend_tlv_window_assemble (PASSEND_TLV_WINDOW (widget));
}

static void
cancel_assembly_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  _passend_tlv_window_cancel_assembly (PASSEND_TLV_WINDOW (widget));
}

static void
send_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  _passend_tlv_window_send (PASSEND_TLV_WINDOW (widget));
}

static void
add_advice_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _passend_tlv_window_add_advice (PASSEND_TLV_WINDOW (widget));
}

static void
export_sent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _passend_tlv_window_export_sent (PASSEND_TLV_WINDOW (widget), g_variant_get_int64 (parameter), NULL);
}

static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

static void
delete_response_cb (PassendTlvWindow *self,
                    const char       *response,
                    AdwMessageDialog *dialog)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;

  if (!passend_database_delete_tlv_request (self->database, passend_tlv_request_get_id (self->request), &error))
    {
      _passend_tlv_window_error (self, _("Could not delete the request"), error);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PassendTlvWindow *self = PASSEND_TLV_WINDOW (widget);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Delete This Request?"),
                                   _("The request was never sent. Its advice, checklist parts and history are deleted with it."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PassendTlvWindow *self = PASSEND_TLV_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, g_variant_get_string (parameter, NULL));
}

static gboolean
passend_tlv_window_close_request (GtkWindow *window)
{
  PassendTlvWindow *self = PASSEND_TLV_WINDOW (window);

  passend_tlv_window_flush (self);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (passend_tlv_window_parent_class)->close_request (window);
}

static void
passend_tlv_window_dispose (GObject *object)
{
  PassendTlvWindow *self = PASSEND_TLV_WINDOW (object);

  g_clear_handle_id (&self->save_source, g_source_remove);
  _passend_tlv_window_assemble_dispose (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PASSEND_TYPE_TLV_WINDOW);

  g_clear_object (&self->request);
  g_clear_object (&self->database);
  g_clear_pointer (&self->school_ids, g_array_unref);
  g_clear_pointer (&self->meeting_ids, g_array_unref);
  g_clear_pointer (&self->ready_manifest, g_free);
  g_clear_pointer (&self->ready_sha256, g_free);

  G_OBJECT_CLASS (passend_tlv_window_parent_class)->dispose (object);
}

static void
passend_tlv_window_class_init (PassendTlvWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  static const char * const pages[] = { "request", "advices", "checklist", "history" };

  object_class->dispose = passend_tlv_window_dispose;
  window_class->close_request = passend_tlv_window_close_request;

  g_type_ensure (PASSEND_TYPE_WRAP_BOX);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-tlv-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, view_title);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, assemble_button);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, student_label);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, state_label);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, state_detail_label);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, state_actions_box);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, request_group);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, category_row);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, start_row);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, end_row);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, extension_switch);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, period_warning);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, target_row);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, target_name_row);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, registered_switch);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, meeting_row);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, meeting_day_row);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, parents_view);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, student_view);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, advice_problems_group);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, advice_problems_box);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, advice_list);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, checklist_group);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, checklist_list);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, sent_list);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvWindow, history_list);

  gtk_widget_class_install_action (widget_class, "tlv.assemble", NULL, assemble_action);
  gtk_widget_class_install_action (widget_class, "tlv.cancel-assembly", NULL, cancel_assembly_action);
  gtk_widget_class_install_action (widget_class, "tlv.send", NULL, send_action);
  gtk_widget_class_install_action (widget_class, "tlv.add-advice", NULL, add_advice_action);
  gtk_widget_class_install_action (widget_class, "tlv.export-sent", "x", export_sent_action);
  gtk_widget_class_install_action (widget_class, "tlv.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "tlv.open-file", "s", open_file_action);
  gtk_widget_class_install_action (widget_class, "tlv.show-page", "s", show_page_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "tlv.assemble", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "tlv.cancel-assembly", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK, "tlv.show-page", "s", pages[i]);
}

static void
passend_tlv_window_init (PassendTlvWindow *self)
{
  install_css ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->school_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->meeting_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  _passend_tlv_window_form_init (self);
}

PassendTlvWindow *
passend_tlv_window_new (GtkWindow       *parent,
                        PassendDatabase *database,
                        gint64           request_id)
{
  g_autoptr(GError) error = NULL;
  PassendTlvWindow *self;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);
  g_return_val_if_fail (request_id > 0, NULL);

  self = g_object_new (PASSEND_TYPE_TLV_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->database = g_object_ref (database);
  self->request = passend_database_get_tlv_request (database, request_id, &error);
  if (self->request == NULL)
    {
      g_debug ("TLV request %" G_GINT64_FORMAT " not loaded: %s", request_id, error->message);
      _passend_tlv_window_error (self, _("Could not open the request"), error);
      update_actions (self);
      return self;
    }

  g_signal_connect_object (database, "changed", G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
  _passend_tlv_window_reload (self);
  return self;
}

gint64
passend_tlv_window_get_request_id (PassendTlvWindow *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_WINDOW (self), 0);

  return self->request != NULL ? passend_tlv_request_get_id (self->request) : 0;
}

gboolean
passend_tlv_window_flush (PassendTlvWindow *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_WINDOW (self), FALSE);

  if (self->save_source == 0)
    return TRUE;

  g_clear_handle_id (&self->save_source, g_source_remove);
  return _passend_tlv_window_form_save (self);
}

gboolean
passend_tlv_window_get_busy (PassendTlvWindow *self)
{
  g_return_val_if_fail (PASSEND_IS_TLV_WINDOW (self), FALSE);

  return self->cancellable != NULL;
}

void
_passend_tlv_window_update_actions (PassendTlvWindow *self)
{
  update_actions (self);
}
