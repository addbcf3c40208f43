/* passend-meeting-view-export.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-agenda-pdf.h"
#include "passend-database-agenda.h"
#include "passend-ics.h"
#include "passend-meeting-view-private.h"
#include "passend-ui-util.h"

/* The meeting menu: the agenda as a PDF and the invitations as an
 * iCalendar file, each for the school or for one partner, and
 * cancelling the meeting. Documents are loaded for their audience by the
 * store (a partner's never holds an internal note or a student without
 * consent) and written in a worker thread. */

typedef enum
{
  EXPORT_AGENDA,
  EXPORT_INVITATIONS,
} ExportKind;

typedef struct
{
  PassendMeetingView    *view;   /* weak */
  ExportKind             kind;
  PassendAgendaAudience  audience;
  gint64                 partner_id;
  PassendAgenda         *agenda;
  char                  *path;
} Export;

static void
export_free (Export *export)
{
  g_clear_weak_pointer (&export->view);
  g_clear_pointer (&export->agenda, passend_agenda_unref);
  g_free (export->path);
  g_free (export);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Export, export_free)

static void
export_done (Export       *export,
             const GError *error)
{
  PassendMeetingView *view = export->view;
  g_autoptr(GError) log_error = NULL;
  const char *what = export->kind == EXPORT_AGENDA ? "agenda" : "invitations";

  if (view == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      (error == NULL && export->agenda == NULL))
    return;

  if (error != NULL)
    {
      _passend_meeting_view_add_toast (view, passend_ui_toast_new_error (export->kind == EXPORT_AGENDA
                                                                         ? _("Could not export the agenda")
                                                                         : _("Could not export the invitations"),
                                                                         error));
      return;
    }

  /* Data about minors left Passend as a file: the audit log says so
   * (how many items, never who). */
  if (!passend_database_log_export (_passend_meeting_view_get_database (view), what,
                                    export->agenda->items->len, &log_error))
    g_debug ("Could not log the export: %s", log_error->message);

  _passend_meeting_view_add_toast (view, adw_toast_new (export->kind == EXPORT_AGENDA
                                                        ? _("Agenda exported")
                                                        : _("Invitations exported")));
}

static void
pdf_written_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  g_autoptr(Export) export = data;
  g_autoptr(GError) error = NULL;

  passend_agenda_pdf_write_finish (result, NULL, &error);
  export_done (export, error);
}

static void
write_ics_thread (GTask        *task,
                  gpointer      source,
                  gpointer      data,
                  GCancellable *cancellable)
{
  Export *export = data;
  GError *error = NULL;

  if (passend_ics_write (export->agenda, PASSEND_ICS_METHOD_REQUEST, export->path, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
ics_written_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  Export *export = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  export_done (export, error);
}

static void
start_export (Export *export)
{
  PassendMeetingView *view = export->view;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;

  export->agenda = passend_database_load_agenda (_passend_meeting_view_get_database (view),
                                                 passend_meeting_get_id (_passend_meeting_view_get_meeting (view)),
                                                 export->audience, export->partner_id, &error);
  if (export->agenda == NULL)
    {
      export_done (export, error);
      export_free (export);
      return;
    }

  if (export->kind == EXPORT_AGENDA)
    {
      passend_agenda_pdf_write_async (export->agenda, export->path, NULL, pdf_written_cb, export);
      return;
    }

  task = g_task_new (NULL, NULL, ics_written_cb, NULL);
  g_task_set_source_tag (task, start_export);
  g_task_set_task_data (task, export, (GDestroyNotify) export_free);
  g_task_run_in_thread (task, write_ics_thread);
}

static void
file_chosen_cb (GtkFileChooserNative *chooser,
                int                   response,
                Export               *export)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    export->path = g_file_get_path (file);
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);

  if (export->path == NULL || export->view == NULL)
    {
      export_free (export);
      return;
    }

  start_export (export);
}

static void
choose_file (Export *export)
{
  PassendMeeting *meeting = _passend_meeting_view_get_meeting (export->view);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *day = passend_day_to_iso (passend_meeting_get_day (meeting));
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  gboolean agenda = export->kind == EXPORT_AGENDA;

  chooser = gtk_file_chooser_native_new (agenda ? _("Export Agenda") : _("Export Invitations"),
                                         GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (export->view))),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, agenda ? _("PDF documents") : _("Calendar files"));
  gtk_file_filter_add_mime_type (filter, agenda ? "application/pdf" : "text/calendar");
  gtk_file_filter_add_pattern (filter, agenda ? "*.pdf" : "*.ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  /* The file name holds no student and no partner: it is seen in mail
   * attachments and folders by more people than the document is for. */
  name = g_strdup_printf ("%s-%s-%s.%s", agenda ? C_("file name", "agenda") : C_("file name", "invitation"),
                          passend_meeting_get_kind_code (meeting), day, agenda ? "pdf" : "ics");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (file_chosen_cb), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Who it is for ---------------------------------------------------- */

static void
audience_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      Export           *export)
{
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (dialog), "dropdown");
  GPtrArray *partners = g_object_get_data (G_OBJECT (dialog), "partners");
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (g_strcmp0 (response, "export") != 0 || export->view == NULL)
    {
      export_free (export);
      return;
    }

  if (selected > 0 && selected <= partners->len)
    {
      PassendAgendaPartner *partner = g_ptr_array_index (partners, selected - 1);

      export->audience = partner->audience;
      export->partner_id = partner->id;
    }

  choose_file (export);
}

static void
ask_audience (PassendMeetingView *self,
              ExportKind          kind)
{
  g_autoptr(GPtrArray) partners = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  PassendMeeting *meeting = _passend_meeting_view_get_meeting (self);
  Export *export;
  GtkWidget *dialog;
  GtkWidget *dropdown;

  if (meeting == NULL)
    return;

  partners = passend_database_list_agenda_partners (_passend_meeting_view_get_database (self),
                                                    passend_meeting_get_id (meeting), &error);
  if (partners == NULL)
    {
      _passend_meeting_view_add_toast (self, passend_ui_toast_new_error (kind == EXPORT_AGENDA
                                                                         ? _("Could not export the agenda")
                                                                         : _("Could not export the invitations"),
                                                                         error));
      return;
    }

  gtk_string_list_append (names, kind == EXPORT_AGENDA ? _("The school: the internal agenda")
                                                       : _("The school: the whole meeting"));
  for (guint i = 0; i < partners->len; i++)
    {
      PassendAgendaPartner *partner = g_ptr_array_index (partners, i);
      g_autofree char *label = NULL;

      if (partner->n_without_consent > 0)
        /* TRANSLATORS: a partner, then how many of their students are left out */
        label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%u student left out: no consent)",
                                              "%s (%u students left out: no consent)", partner->n_without_consent),
                                 partner->name, partner->n_without_consent);
      else
        label = g_strdup (partner->name);
      gtk_string_list_append (names, label);
    }

  export = g_new0 (Export, 1);
  export->kind = kind;
  export->audience = PASSEND_AGENDA_AUDIENCE_INTERNAL;
  g_set_weak_pointer (&export->view, self);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   kind == EXPORT_AGENDA ? _("Export Agenda") : _("Export Invitations"),
                                   kind == EXPORT_AGENDA
                                   ? _("A partner’s agenda holds only the students they are invited for who have consented, and never an internal note.")
                                   : _("A partner’s invitation holds one appointment per student they are invited for, named by initials only."));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("For"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), dropdown);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "export", _("_Export…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "dropdown", dropdown);
  g_object_set_data_full (G_OBJECT (dialog), "partners", g_steal_pointer (&partners),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (audience_response_cb), export);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
passend_meeting_view_export (PassendMeetingView *self,
                             gboolean            invitations,
                             const char         *partner,
                             const char         *path)
{
  g_autoptr(GError) error = NULL;
  Export *export;

  g_return_if_fail (PASSEND_IS_MEETING_VIEW (self));
  g_return_if_fail (path != NULL);

  export = g_new0 (Export, 1);
  export->kind = invitations ? EXPORT_INVITATIONS : EXPORT_AGENDA;
  export->audience = PASSEND_AGENDA_AUDIENCE_INTERNAL;
  export->path = g_strdup (path);
  g_set_weak_pointer (&export->view, self);

  if (_passend_meeting_view_get_meeting (self) == NULL ||
      (partner != NULL && !passend_agenda_parse_partner (partner, &export->audience, &export->partner_id, &error)))
    {
      export_done (export, error);
      export_free (export);
      return;
    }

  start_export (export);
}

static void
export_agenda_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  ask_audience (PASSEND_MEETING_VIEW (widget), EXPORT_AGENDA);
}

static void
export_invitations_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  ask_audience (PASSEND_MEETING_VIEW (widget), EXPORT_INVITATIONS);
}

/* Cancelling ------------------------------------------------------- */

static void
cancel_response_cb (AdwMessageDialog   *dialog,
                    const char         *response,
                    PassendMeetingView *self)
{
  g_autoptr(GError) error = NULL;
  PassendMeeting *meeting = _passend_meeting_view_get_meeting (self);

  if (g_strcmp0 (response, "cancel-meeting") != 0 || meeting == NULL)
    return;

  if (!passend_database_cancel_meeting (_passend_meeting_view_get_database (self), passend_meeting_get_id (meeting),
                                        &error))
    _passend_meeting_view_add_toast (self, passend_ui_toast_new_error (_("Could not cancel the meeting"), error));
  else
    _passend_meeting_view_add_toast (self, adw_toast_new (_("Meeting cancelled")));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PassendMeetingView *self = PASSEND_MEETING_VIEW (widget);
  GtkWidget *dialog;

  if (_passend_meeting_view_get_meeting (self) == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Cancel Meeting?"),
                                   _("The agenda is kept. Export the invitations again to take the meeting out of the invitees’ calendars."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Meeting"),
                                    "cancel-meeting", _("_Cancel Meeting"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "cancel-meeting",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (cancel_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_passend_meeting_view_install_export_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "meeting.export-agenda", NULL, export_agenda_action);
  gtk_widget_class_install_action (widget_class, "meeting.export-invitations", NULL, export_invitations_action);
  gtk_widget_class_install_action (widget_class, "meeting.cancel", NULL, cancel_action);
}
