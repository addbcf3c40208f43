/* passend-partners-page-actions.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-partner-editor.h"
#include "passend-partner-merge-dialog.h"
#include "passend-partners-page-private.h"
#include "passend-ui-util.h"

/* What the coordinator does to the partner shown: new, edit, archive
 * (with undo), merge a duplicate into it, delete one used nowhere. */


static void
editor_saved_cb (PassendPartnersPage *self,
                 PassendPartnerKind   kind,
                 gint64               id)
{
  passend_partners_page_show_partner (self, kind, id);
}

static void
open_editor (PassendPartnersPage *self,
             PassendPartnerKind   kind,
             gint64               id)
{
  PassendPartnerEditor *editor;

  if (self->database == NULL)
    return;

  editor = passend_partner_editor_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                       self->database, kind, id);
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  open_editor (PASSEND_PARTNERS_PAGE (widget), PASSEND_PARTNER_KIND_PERSON, 0);
}

static void
new_organisation_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  open_editor (PASSEND_PARTNERS_PAGE (widget), PASSEND_PARTNER_KIND_ORGANISATION, 0);
}

static void
new_menu_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  PassendPartnersPage *self = PASSEND_PARTNERS_PAGE (widget);

  gtk_menu_button_popup (self->new_button);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PassendPartnersPage *self = PASSEND_PARTNERS_PAGE (widget);

  if (self->shown != NULL)
    open_editor (self, passend_partner_get_kind (self->shown), passend_partner_get_id (self->shown));
}

typedef struct
{
  PassendDatabase    *database;
  PassendPartnerKind  kind;
  gint64              id;
  gboolean            archived;
} ArchiveUndo;

static void
archive_undo_free (gpointer data,
                   GClosure *closure)
{
  ArchiveUndo *undo = data;

  g_object_unref (undo->database);
  g_free (undo);
}

static void
undo_archive_cb (AdwToast    *toast,
                 ArchiveUndo *undo)
{
  g_autoptr(GError) error = NULL;

  /* The page follows through the database's "changed". */
  if (!passend_database_set_partner_archived (undo->database, undo->kind, undo->id, !undo->archived, &error))
    g_warning ("Could not undo archiving partner %" G_GINT64_FORMAT ": %s", undo->id, error->message);
}

static void
toggle_archived_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  PassendPartnersPage *self = PASSEND_PARTNERS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  ArchiveUndo *undo;
  AdwToast *toast;
  gboolean archived;

  if (self->shown == NULL)
    return;

  archived = !passend_partner_get_archived (self->shown);
  if (!passend_database_set_partner_archived (self->database, passend_partner_get_kind (self->shown),
                                              passend_partner_get_id (self->shown), archived, &error))
    {
      _passend_partners_page_emit_toast (self, passend_ui_toast_new_error (_("Could not archive the partner"), error));
      return;
    }

  /* Archived partners leave the list unless archived ones are shown. */
  escaped = g_markup_escape_text (passend_partner_get_name (self->shown), -1);
  /* TRANSLATORS: %s is a person's or organisation's name */
  title = g_strdup_printf (archived ? _("“%s” archived") : _("“%s” unarchived"), escaped);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  undo = g_new0 (ArchiveUndo, 1);
  undo->database = g_object_ref (self->database);
  undo->kind = passend_partner_get_kind (self->shown);
  undo->id = passend_partner_get_id (self->shown);
  undo->archived = archived;
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_archive_cb), undo, archive_undo_free, 0);
  _passend_partners_page_emit_toast (self, toast);

  _passend_partners_page_reload (self);
}

static void
merged_cb (PassendPartnersPage *self,
           gint64               duplicate_id)
{
  g_autofree char *escaped = NULL;
  g_autofree char *title = NULL;

  if (self->shown == NULL)
    return;

  escaped = g_markup_escape_text (passend_partner_get_name (self->shown), -1);
  /* TRANSLATORS: %s is the name of the partner that was kept */
  title = g_strdup_printf (_("Duplicate merged into “%s”"), escaped);
  _passend_partners_page_emit_toast (self, adw_toast_new (title));
  _passend_partners_page_reload (self);
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  PassendPartnersPage *self = PASSEND_PARTNERS_PAGE (widget);
  PassendPartnerMergeDialog *dialog;

  if (self->shown == NULL)
    return;

  dialog = passend_partner_merge_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->database, self->shown);
  g_signal_connect_object (dialog, "merged", G_CALLBACK (merged_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_response_cb (AdwMessageDialog    *dialog,
                    const char          *response,
                    PassendPartnersPage *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0 || self->shown == NULL)
    return;

  if (!passend_database_delete_partner (self->database, passend_partner_get_kind (self->shown),
                                        passend_partner_get_id (self->shown), &error))
    {
      _passend_partners_page_emit_toast (self, passend_ui_toast_new_error (_("Could not delete the partner"), error));
      return;
    }

  g_clear_object (&self->shown);
  _passend_partners_page_reload (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/* Deleting is for a partner entered by mistake and used nowhere; it
 * cannot be undone, so it asks first. */
static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PassendPartnersPage *self = PASSEND_PARTNERS_PAGE (widget);
  GtkWidget *dialog;

  if (self->shown == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), NULL, NULL);
  /* TRANSLATORS: %s is a person's or organisation's name */
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Delete “%s”?"),
                                     passend_partner_get_name (self->shown));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("No student record or meeting names this partner. Deleting cannot be undone."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_passend_partners_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "partners.new", NULL, new_menu_action);
  gtk_widget_class_install_action (widget_class, "partners.new-person", NULL, new_person_action);
  gtk_widget_class_install_action (widget_class, "partners.new-organisation", NULL, new_organisation_action);
  gtk_widget_class_install_action (widget_class, "partners.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "partners.toggle-archived", NULL, toggle_archived_action);
  gtk_widget_class_install_action (widget_class, "partners.merge", NULL, merge_action);
  gtk_widget_class_install_action (widget_class, "partners.delete", NULL, delete_action);
}
