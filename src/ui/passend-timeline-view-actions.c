/* passend-timeline-view-actions.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-entry-editor.h"
#include "passend-entry-versions.h"
#include "passend-timeline-view-private.h"

/* The timeline's actions: new entry, edit, delete with undo, earlier
 * versions. */

void
_passend_timeline_view_update_actions (PassendTimelineView *self)
{
  gboolean ready = self->database != NULL && self->student != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.new-entry", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.edit-entry", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.delete-entry", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.show-versions", ready);
}

static void
entry_saved_cb (PassendTimelineView  *self,
                PassendTimelineEntry *entry)
{
  passend_timeline_view_reload (self);
  passend_timeline_view_select_entry (self, passend_timeline_entry_get_id (entry));
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
editor_destroyed_cb (PassendTimelineView *self)
{
  if (self->database != NULL && self->student != NULL)
    _passend_timeline_view_update_draft_banner (self);
}

static void
open_editor (PassendTimelineView  *self,
             PassendTimelineEntry *entry)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  PassendEntryEditor *editor;

  editor = passend_entry_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                     self->database, self->student, entry);
  g_signal_connect_object (editor, "saved", G_CALLBACK (entry_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "destroy", G_CALLBACK (editor_destroyed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

void
passend_timeline_view_new_entry (PassendTimelineView *self)
{
  g_return_if_fail (PASSEND_IS_TIMELINE_VIEW (self));

  if (self->database == NULL || self->student == NULL)
    return;

  open_editor (self, NULL);
}

static void
new_entry_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  passend_timeline_view_new_entry (PASSEND_TIMELINE_VIEW (widget));
}

static void
edit_entry_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  PassendTimelineView *self = PASSEND_TIMELINE_VIEW (widget);
  g_autoptr(PassendTimelineEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  entry = passend_database_get_entry (self->database, g_variant_get_int64 (param), &error);
  if (entry == NULL)
    {
      _passend_timeline_view_error_toast (self, _("Could not open the entry"), error);
      return;
    }

  open_editor (self, entry);
}

static void
undo_delete_cb (PassendTimelineView *self,
                AdwToast            *toast)
{
  PassendDeletedEntry *deleted = g_object_get_data (G_OBJECT (toast), "deleted");
  g_autoptr(GError) error = NULL;

  if (deleted == NULL || self->database == NULL)
    return;

  if (!passend_database_restore_entry (self->database, deleted, &error))
    {
      _passend_timeline_view_error_toast (self, _("Could not restore the entry"), error);
      return;
    }

  passend_timeline_view_reload (self);
  passend_timeline_view_select_entry (self, passend_deleted_entry_get_id (deleted));
  /* Restored once: a second Undo would find the id taken. */
  g_object_set_data (G_OBJECT (toast), "deleted", NULL);
}

static void
delete_entry (PassendTimelineView *self,
              gint64               entry_id)
{
  g_autoptr(PassendDeletedEntry) deleted = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  deleted = passend_database_delete_entry (self->database, entry_id, &error);
  if (deleted == NULL)
    {
      _passend_timeline_view_error_toast (self, _("Could not delete the entry"), error);
      return;
    }

  passend_timeline_view_reload (self);

  toast = adw_toast_new (_("Entry deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "deleted", g_steal_pointer (&deleted),
                          (GDestroyNotify) passend_deleted_entry_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_cb), self, G_CONNECT_SWAPPED);
  _passend_timeline_view_add_toast (self, toast);
}

static void
delete_entry_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  delete_entry (PASSEND_TIMELINE_VIEW (widget), g_variant_get_int64 (param));
}

static gboolean
delete_selected_cb (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  PassendTimelineView *self = PASSEND_TIMELINE_VIEW (widget);
  PassendTimelineEntry *entry = gtk_single_selection_get_selected_item (self->selection);

  if (entry == NULL || self->database == NULL)
    return FALSE;

  delete_entry (self, passend_timeline_entry_get_id (entry));
  return TRUE;
}

static void
show_versions_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  PassendTimelineView *self = PASSEND_TIMELINE_VIEW (widget);
  g_autoptr(PassendTimelineEntry) entry = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  entry = passend_database_get_entry (self->database, g_variant_get_int64 (param), &error);
  if (entry != NULL)
    versions = passend_database_list_entry_versions (self->database, g_variant_get_int64 (param), &error);
  if (versions == NULL)
    {
      _passend_timeline_view_error_toast (self, _("Could not load the earlier versions"), error);
      return;
    }

  gtk_window_present (passend_entry_versions_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                         entry, versions));
}

void
_passend_timeline_view_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "timeline.new-entry", NULL, new_entry_action);
  gtk_widget_class_install_action (widget_class, "timeline.edit-entry", "x", edit_entry_action);
  gtk_widget_class_install_action (widget_class, "timeline.delete-entry", "x", delete_entry_action);
  gtk_widget_class_install_action (widget_class, "timeline.show-versions", "x", show_versions_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "timeline.new-entry", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Delete, 0, delete_selected_cb, NULL);
}

