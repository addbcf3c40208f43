/* passend-meeting-minutes-export.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-database-agenda.h"
#include "passend-meeting-minutes-private.h"
#include "passend-minutes-item.h"
#include "passend-minutes-pdf.h"
#include "passend-ui-util.h"

/* What the coordinator chose: the whole meeting or one item, for the
 * school or for one partner. */
typedef struct
{
  PassendMeetingMinutes *self;
  GPtrArray             *partners;     /* PassendAgendaPartner */
  AdwComboRow           *items_row;
  AdwComboRow           *audience_row;
  GtkFileChooserNative  *chooser;
  gint64                 item_id;
  PassendAgendaAudience  audience;
  gint64                 partner_id;
  char                  *path;
} Export;

static void
export_free (Export *export)
{
  g_clear_object (&export->self);
  g_clear_pointer (&export->partners, g_ptr_array_unref);
  g_clear_object (&export->chooser);
  g_free (export->path);
  g_free (export);
}

static void
show_failure (PassendMeetingMinutes *self,
              const GError          *error)
{
  AdwToast *toast = passend_ui_toast_new_error (_("Could not export the minutes"), error);


  /* Long enough to read the reason. */
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Export *export = user_data;
  PassendMeetingMinutes *self = export->self;
  g_autoptr(GError) error = NULL;
  guint n_pages = 0;

  if (!passend_minutes_pdf_write_finish (result, &n_pages, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_failure (self, error);
    }
  else
    {
      g_autofree char *title = NULL;

      g_debug ("Exported the minutes of meeting %" G_GINT64_FORMAT " (%u pages)", self->meeting_id, n_pages);
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Minutes exported: %u page", "Minutes exported: %u pages",
                                            n_pages),
                               n_pages);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
    }

  export_free (export);
}

/* The agenda is a few small queries on this thread's connection; the
 * layout and the writing, which take the time, run in a worker. */
static void
write_export (Export *export)
{
  PassendMeetingMinutes *self = export->self;
  g_autoptr(PassendAgenda) agenda = NULL;
  g_autoptr(GError) error = NULL;

  agenda = passend_database_load_agenda (self->database, self->meeting_id, export->audience, export->partner_id,
                                         &error);
  if (agenda == NULL)
    {
      show_failure (self, error);
      export_free (export);
      return;
    }

  if (export->item_id != 0 && passend_agenda_find_item (agenda, export->item_id) == NULL)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("That partner does not attend this student’s item, or the student has not consented to discussing it with them"));
      show_failure (self, error);
      export_free (export);
      return;
    }

  passend_minutes_pdf_write_async (agenda, export->item_id, export->path, self->cancellable, written_cb, export);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     Export          *export)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file == NULL || g_file_peek_path (file) == NULL || export->self->database == NULL)
    {

      export_free (export);
      return;
    }

  export->path = g_file_get_path (file);
  write_export (export);
}

static void
choose_file (Export *export)
{
  PassendMeetingMinutes *self = export->self;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *record = passend_meeting_dup_record_title (self->meeting);
  /* Printed documents are Dutch, and so is their file name. */
  g_autofree char *name = g_strdup_printf ("Verslag %s.pdf", record);

  export->chooser = gtk_file_chooser_native_new (_("Export Minutes"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (export->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (export->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (export->chooser), name);
  g_signal_connect (export->chooser, "response", G_CALLBACK (chooser_response_cb), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (export->chooser));
}

static void
options_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     Export           *export)
{
  PassendMeetingMinutes *self = export->self;
  guint item = adw_combo_row_get_selected (export->items_row);
  guint audience = adw_combo_row_get_selected (export->audience_row);

  if (g_strcmp0 (response, "export") != 0 || self->database == NULL)
    {
      export_free (export);
      return;
    }

  export->item_id = 0;
  if (item > 0 && item <= self->items->len)
    export->item_id = passend_meeting_item_get_id (passend_minutes_item_get_item (g_ptr_array_index (self->items,
                                                                                                     item - 1)));
  export->audience = PASSEND_AGENDA_AUDIENCE_INTERNAL;
  export->partner_id = 0;
  if (audience > 0 && audience <= export->partners->len)
    {
      PassendAgendaPartner *partner = g_ptr_array_index (export->partners, audience - 1);

      export->audience = partner->audience;
      export->partner_id = partner->id;
    }

  choose_file (export);
}

static AdwComboRow *
combo_row_new (const char    *title,
               GtkStringList *model)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  return row;
}

void
_passend_meeting_minutes_export_to_path (PassendMeetingMinutes *self,
                                         gint64                 item_id,
                                         PassendAgendaAudience  audience,
                                         gint64                 partner_id,
                                         const char            *path)
{
  Export *export;

  g_return_if_fail (PASSEND_IS_MEETING_MINUTES (self));
  g_return_if_fail (path != NULL);

  if (self->database == NULL)
    return;

  passend_meeting_minutes_flush (self);
  export = g_new0 (Export, 1);
  export->self = g_object_ref (self);
  export->item_id = item_id;
  export->audience = audience;
  export->partner_id = partner_id;
  export->path = g_strdup (path);
  write_export (export);
}

void
_passend_meeting_minutes_export (PassendMeetingMinutes *self,
                                 gint64                 item_id)
{
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) audiences = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *list;
  GtkWidget *dialog;
  Export *export;
  guint selected = 0;

  if (self->database == NULL || self->meeting == NULL || self->items->len == 0)
    return;

  passend_meeting_minutes_flush (self);

  export = g_new0 (Export, 1);
  export->self = g_object_ref (self);
  export->partners = passend_database_list_agenda_partners (self->database, self->meeting_id, &error);
  if (export->partners == NULL)
    {
      show_failure (self, error);
      export_free (export);
      return;
    }

  gtk_string_list_append (items, _("Every Student"));
  for (guint i = 0; i < self->items->len; i++)
    {
      PassendMeetingItem *item = passend_minutes_item_get_item (g_ptr_array_index (self->items, i));

      gtk_string_list_append (items, passend_meeting_item_get_student_name (item));
      if (passend_meeting_item_get_id (item) == item_id)
        selected = i + 1;
    }

  gtk_string_list_append (audiences, _("The School (Complete, With Internal Notes)"));
  for (guint i = 0; i < export->partners->len; i++)
    {
      PassendAgendaPartner *partner = g_ptr_array_index (export->partners, i);

      gtk_string_list_append (audiences, partner->name);
    }

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  export->items_row = combo_row_new (_("Students"), items);
  adw_combo_row_set_selected (export->items_row, selected);
  export->audience_row = combo_row_new (_("For"), audiences);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (export->audience_row),
                               _("A partner gets only the students they attend and who consented"));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (export->items_row));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (export->audience_row));

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Export Minutes"),
                                   _("The minutes as a PDF document, in Dutch."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "export", _("_Export…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (options_response_cb), export);
  gtk_window_present (GTK_WINDOW (dialog));
}
