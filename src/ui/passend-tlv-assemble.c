/* passend-tlv-assemble.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-dossier-command.h"
#include "passend-tlv-window-private.h"

/* "Dossier samenstellen": the parts are read from the store here, on the
 * main thread that owns the connection; the PDF is written off it by the
 * dossier assembler, with progress and Cancel. "Send…" then freezes
 * exactly what was assembled. */

typedef struct
{
  PassendTlvWindow      *self;
  PassendTlvDossierData *data;
  PassendDossier        *dossier;
  char                  *path;     /* NULL: ask for one */
  gboolean               sendable; /* complete, and not a re-export */
} Assembly;

static void
assembly_free (Assembly *assembly)
{
  g_clear_object (&assembly->self);
  g_clear_pointer (&assembly->data, passend_tlv_dossier_data_free);
  g_clear_object (&assembly->dossier);
  g_free (assembly->path);
  g_free (assembly);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Assembly, assembly_free)

/* The same dossier the command line assembles. */
static PassendDossier *
build_dossier (PassendTlvWindow      *self,
               PassendTlvDossierData *data,
               GError               **error)
{
  return passend_dossier_command_build (self->database, data, error);
}

/* Writing ------------------------------------------------------------ */

static void
update_running (PassendTlvWindow *self,
                gboolean          running)
{
  /* Hidden outright as well: a revealer still closing would leave a
   * dead Cancel button in view. */
  gtk_widget_set_visible (GTK_WIDGET (self->progress_revealer), running);
  gtk_revealer_set_reveal_child (self->progress_revealer, running);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  _passend_tlv_window_update_actions (self);
  if (running)
    gtk_widget_grab_focus (GTK_WIDGET (self->cancel_button));
}

static void
progress_cb (PassendTlvWindow *self,
             GParamSpec       *pspec,
             PassendDossier   *dossier)
{
  gtk_progress_bar_set_fraction (self->progress_bar, passend_dossier_get_progress (dossier));
}

static void
show_damaged (PassendTlvWindow *self,
              const GError     *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The Dossier Was Not Assembled"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_widget_set_name (dialog, "tlv-damaged-dialog");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
write_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(Assembly) assembly = user_data;
  PassendTlvWindow *self = assembly->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *title = NULL;
  guint n_pages = 0;
  AdwToast *toast;

  g_clear_object (&self->cancellable);
  g_clear_object (&self->dossier);

  if (!passend_dossier_write_finish (PASSEND_DOSSIER (object), result, &n_pages, &error))
    {
      update_running (self, FALSE);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _passend_tlv_window_toast (self, _("Assembly cancelled"));
      else if (g_error_matches (error, PASSEND_DOSSIER_ERROR, PASSEND_DOSSIER_ERROR_DAMAGED))
        show_damaged (self, error);
      else
        _passend_tlv_window_error (self, _("Could not assemble the dossier"), error);
      return;
    }

  if (assembly->sendable)
    {
      g_free (self->ready_manifest);
      g_free (self->ready_sha256);
      self->ready_manifest = g_strdup (assembly->data->manifest);
      self->ready_sha256 = g_strdup (passend_dossier_get_sha256 (assembly->dossier));
      self->ready_n_pages = n_pages;
    }
  update_running (self, FALSE);
  g_debug ("TLV dossier of request %" G_GINT64_FORMAT " assembled: %u pages",
           passend_tlv_request_get_id (assembly->data->request), n_pages);

  file = g_file_new_for_path (assembly->path);
  uri = g_file_get_uri (file);
  /* TRANSLATORS: a toast after assembling: "Dossier assembled: 42 pages". */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Dossier assembled: %u page", "Dossier assembled: %u pages",
                                        n_pages), n_pages);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "tlv.open-file");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
start_write (Assembly *assembly)
{
  PassendTlvWindow *self = assembly->self;

  g_return_if_fail (self->cancellable == NULL);

  self->cancellable = g_cancellable_new ();
  g_set_object (&self->dossier, assembly->dossier);
  g_signal_connect_object (assembly->dossier, "notify::progress", G_CALLBACK (progress_cb), self, G_CONNECT_SWAPPED);
  update_running (self, TRUE);
  passend_dossier_write_async (assembly->dossier, assembly->path, self->cancellable, write_done_cb, assembly);
}

static void
save_response_cb (GtkNativeDialog *native,
                  int              response,
                  gpointer         user_data)
{
  g_autoptr(Assembly) assembly = user_data;

  if (response == GTK_RESPONSE_ACCEPT && assembly->self->cancellable == NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      assembly->path = g_file_get_path (file);
      if (assembly->path != NULL)
        start_write (g_steal_pointer (&assembly));
    }

  g_object_unref (native);
}

static void
choose_output (Assembly *assembly)
{
  g_autofree char *name = passend_dossier_suggest_file_name (assembly->dossier);
  GtkFileChooserNative *native;

  if (assembly->path != NULL)
    {
      start_write (assembly);
      return;
    }

  native = gtk_file_chooser_native_new (_("Save Dossier"), GTK_WINDOW (assembly->self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_signal_connect (native, "response", G_CALLBACK (save_response_cb), assembly);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
missing_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  Assembly *assembly = user_data;

  if (g_strcmp0 (response, "concept") == 0)
    choose_output (assembly);
  else
    assembly_free (assembly);
}

/* Names everything still missing first; the user may go on with a
 * concept, which cannot be sent. */
static void
ask_about_missing (Assembly  *assembly,
                   GPtrArray *blocking)
{
  g_autoptr(GString) body = g_string_new (_("Still missing from the dossier:"));
  GtkWidget *dialog;

  g_string_append_c (body, '\n');
  for (guint i = 0; i < blocking->len; i++)
    g_string_append_printf (body, "\n• %s", passend_tlv_problem_get_message (g_ptr_array_index (blocking, i)));

  dialog = adw_message_dialog_new (GTK_WINDOW (assembly->self), _("The Dossier Is Not Complete"), body->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "concept", _("Assemble as _Concept"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_widget_set_name (dialog, "tlv-missing-dialog");
  g_signal_connect (dialog, "response", G_CALLBACK (missing_response_cb), assembly);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
assemble (PassendTlvWindow *self,
          const char       *path,
          gboolean          concept_ok)
{
  g_autoptr(Assembly) assembly = NULL;
  g_autoptr(GPtrArray) blocking = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  if (self->request == NULL || self->cancellable != NULL)
    return;
  passend_tlv_window_flush (self);

  assembly = g_new0 (Assembly, 1);
  assembly->self = g_object_ref (self);
  assembly->path = g_strdup (path);
  assembly->data = passend_database_load_tlv_dossier_data (self->database, passend_tlv_request_get_id (self->request),
                                                           &error);
  if (assembly->data == NULL)
    {
      _passend_tlv_window_error (self, _("Could not read the dossier"), error);
      return;
    }

  assembly->dossier = build_dossier (self, assembly->data, &error);
  if (assembly->dossier == NULL)
    {
      _passend_tlv_window_error (self, _("Could not read the dossier"), error);
      return;
    }

  for (guint i = 0; i < assembly->data->problems->len; i++)
    if (!passend_tlv_problem_is_warning (g_ptr_array_index (assembly->data->problems, i)))
      g_ptr_array_add (blocking, g_ptr_array_index (assembly->data->problems, i));
  assembly->sendable = blocking->len == 0;

  if (blocking->len > 0 && !concept_ok)
    ask_about_missing (g_steal_pointer (&assembly), blocking);
  else
    choose_output (g_steal_pointer (&assembly));
}

void
_passend_tlv_window_assemble (PassendTlvWindow *self)
{
  assemble (self, NULL, FALSE);
}

void
passend_tlv_window_assemble_to_path (PassendTlvWindow *self,
                                     const char       *path,
                                     gboolean          concept_ok)
{
  g_return_if_fail (PASSEND_IS_TLV_WINDOW (self));
  g_return_if_fail (path != NULL);

  assemble (self, path, concept_ok);
}

void
_passend_tlv_window_cancel_assembly (PassendTlvWindow *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

void
_passend_tlv_window_assemble_dispose (PassendTlvWindow *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->dossier);
}

/* A sent dossier, assembled again from its manifest with its own date. */
void
_passend_tlv_window_export_sent (PassendTlvWindow *self,
                                 gint64            dossier_id,
                                 const char       *path)
{
  g_autoptr(Assembly) assembly = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) created = NULL;
  int y, m, d;

  if (self->cancellable != NULL)
    return;

  assembly = g_new0 (Assembly, 1);
  assembly->self = g_object_ref (self);
  assembly->path = g_strdup (path);
  assembly->data = passend_database_load_sent_tlv_dossier (self->database, dossier_id, &error);
  if (assembly->data == NULL)
    {
      _passend_tlv_window_error (self, _("Could not read the sent dossier"), error);
      return;
    }
  if (assembly->data->problems->len > 0)
    {
      /* What was sent is no longer all there: say so rather than
       * produce a different dossier under the same name. */
      _passend_tlv_window_toast (self, passend_tlv_problem_get_message (g_ptr_array_index (assembly->data->problems, 0)));
      return;
    }

  assembly->dossier = build_dossier (self, assembly->data, &error);
  if (assembly->dossier == NULL)
    {
      _passend_tlv_window_error (self, _("Could not read the sent dossier"), error);
      return;
    }
  passend_day_get_ymd (assembly->data->day, &y, &m, &d);
  created = g_date_time_new_utc (y, m, d, 12, 0, 0);
  passend_dossier_set_creation_date (assembly->dossier, created);
  choose_output (g_steal_pointer (&assembly));
}

/* Sending ------------------------------------------------------------ */

static void
send_response_cb (PassendTlvWindow *self,
                  const char       *response,
                  AdwMessageDialog *dialog)
{
  g_autoptr(GError) error = NULL;
  gint64 dossier_id = 0;

  if (g_strcmp0 (response, "send") != 0 || self->ready_manifest == NULL)
    return;

  if (!passend_database_send_tlv_dossier (self->database, passend_tlv_request_get_id (self->request),
                                          self->ready_manifest, passend_day_today (), self->ready_sha256,
                                          self->ready_n_pages, &dossier_id, &error))
    {
      _passend_tlv_window_error (self, _("Could not mark the dossier as sent"), error);
      return;
    }

  g_clear_pointer (&self->ready_manifest, g_free);
  g_clear_pointer (&self->ready_sha256, g_free);
  _passend_tlv_window_reload (self);
  _passend_tlv_window_toast (self, _("Dossier marked as sent"));
}

void
_passend_tlv_window_send (PassendTlvWindow *self)
{
  GtkWidget *dialog;
  const char *swv;

  if (self->ready_manifest == NULL)
    return;

  swv = passend_tlv_request_get_swv_name (self->request);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Mark the Dossier as Sent?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("The dossier just assembled is recorded as sent to %s today. It is kept as it is now and can be exported again identically; the request moves to Submitted."),
                                  swv != NULL && swv[0] != '\0' ? swv : _("the samenwerkingsverband"));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "send", _("_Mark as Sent"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "send", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_widget_set_name (dialog, "tlv-send-dialog");
  g_signal_connect_object (dialog, "response", G_CALLBACK (send_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}
