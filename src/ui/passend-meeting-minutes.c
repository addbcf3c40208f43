/* passend-meeting-minutes.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-meeting-minutes-private.h"
#include "passend-minutes-item.h"
#include "passend-ui-util.h"

G_DEFINE_FINAL_TYPE (PassendMeetingMinutes, passend_meeting_minutes, ADW_TYPE_BIN)

static void reload (PassendMeetingMinutes *self);

static void
add_toast (PassendMeetingMinutes *self,
           AdwToast              *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static gboolean
is_planned (PassendMeetingMinutes *self)
{
  return self->meeting != NULL && passend_meeting_get_state (self->meeting) == PASSEND_MEETING_STATE_PLANNED;
}

static void
update_header (PassendMeetingMinutes *self)
{
  g_autofree char *when = NULL;
  g_autofree char *title = NULL;
  g_autofree char *state = NULL;

  if (self->meeting == NULL)
    return;

  when = passend_unix_format (passend_meeting_get_starts_at (self->meeting));
  /* TRANSLATORS: a meeting's title and when it starts, "Flex-ZAT · Mon 23 Nov 2026 09:00". */
  title = g_strdup_printf (C_("meeting", "%s · %s"), passend_meeting_get_title (self->meeting), when);
  gtk_label_set_text (self->title_label, title);

  switch (passend_meeting_get_state (self->meeting))
    {
    case PASSEND_MEETING_STATE_CLOSED:
      {
        g_autofree char *closed = passend_unix_format (passend_meeting_get_closed_at (self->meeting));

        state = g_strdup_printf (_("Closed on %s. The minutes are on the students’ timelines and can no longer be changed; actions can still be marked done."),
                                 closed);
      }
      break;

    case PASSEND_MEETING_STATE_CANCELLED:
      state = g_strdup (_("This meeting was cancelled: there are no minutes to write."));
      break;

    case PASSEND_MEETING_STATE_PLANNED:
    default:
      state = g_strdup (_("Minutes are saved as you type. Closing the meeting puts them on the students’ timelines."));
      break;
    }
  gtk_label_set_text (self->state_label, state);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "minutes.close-meeting",
                                 is_planned (self) && self->items->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "minutes.export",
                                 self->items->len > 0 &&
                                 passend_meeting_get_state (self->meeting) != PASSEND_MEETING_STATE_CANCELLED);
  gtk_widget_set_visible (GTK_WIDGET (self->close_button), is_planned (self));
}

static void
item_export_cb (PassendMeetingMinutes *self,
                PassendMinutesItem    *item)
{
  _passend_meeting_minutes_export (self, passend_meeting_item_get_id (passend_minutes_item_get_item (item)));
}

/* The state and every item's id, slot and student: what the item widgets
 * show besides their own text. */
static char *
dup_shape (PassendMeeting *meeting,
           GListModel     *items)
{
  GString *shape = g_string_new (NULL);
  guint n_items = g_list_model_get_n_items (items);

  g_string_append_printf (shape, "%d:%" G_GINT64_FORMAT, passend_meeting_get_state (meeting),
                          passend_meeting_get_starts_at (meeting));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PassendMeetingItem) item = g_list_model_get_item (items, i);

      g_string_append_printf (shape, ",%" G_GINT64_FORMAT "@%u+%u", passend_meeting_item_get_id (item),
                              passend_meeting_item_get_slot_offset_minutes (item),
                              passend_meeting_item_get_duration_minutes (item));
    }

  return g_string_free (shape, FALSE);
}

static void
clear_items (PassendMeetingMinutes *self)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      PassendMinutesItem *item = g_ptr_array_index (self->items, i);

      passend_minutes_item_flush (item);
      gtk_box_remove (self->items_box, GTK_WIDGET (item));
    }
  g_ptr_array_set_size (self->items, 0);
}

static void
show_items (PassendMeetingMinutes *self,
            GListModel            *items)
{
  guint n_items = g_list_model_get_n_items (items);

  clear_items (self);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PassendMeetingItem) item = g_list_model_get_item (items, i);
      PassendMinutesItem *widget = passend_minutes_item_new (self->database, item,
                                                             passend_meeting_get_starts_at (self->meeting),
                                                             is_planned (self));

      g_signal_connect_object (widget, "export", G_CALLBACK (item_export_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (self->items_box, GTK_WIDGET (widget));
      g_ptr_array_add (self->items, widget);
    }

  gtk_stack_set_visible_child_name (self->stack, n_items > 0 ? "items" : "empty");
}

static void
show_error (PassendMeetingMinutes *self,
            const GError          *error)
{
  clear_items (self);
  adw_status_page_set_icon_name (self->empty_page, "dialog-error-symbolic");
  adw_status_page_set_title (self->empty_page, _("Cannot Show the Minutes"));
  adw_status_page_set_description (self->empty_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
reload (PassendMeetingMinutes *self)
{
  g_autoptr(PassendMeeting) meeting = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *shape = NULL;

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  if (self->database == NULL)
    return;

  meeting = passend_database_get_meeting (self->database, self->meeting_id, &error);
  if (meeting != NULL)
    items = passend_database_list_meeting_items (self->database, self->meeting_id, &error);
  if (items == NULL)
    {
      g_clear_pointer (&self->shape, g_free);
      show_error (self, error);
      return;
    }

  g_set_object (&self->meeting, meeting);
  shape = dup_shape (meeting, items);
  if (g_strcmp0 (shape, self->shape) != 0)
    {
      show_items (self, items);
      g_free (self->shape);
      self->shape = g_steal_pointer (&shape);
    }
  else if (self->reload_lists)
    {
      for (guint i = 0; i < self->items->len; i++)
        passend_minutes_item_reload_lists (g_ptr_array_index (self->items, i));
    }
  self->reload_lists = FALSE;

  update_header (self);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  PassendMeetingMinutes *self = user_data;

  self->reload_idle = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* Saving the minutes as typed announces a change of this meeting too:
 * reload compares what the items were built from and leaves them (and
 * the text being typed) alone when only text changed. */
static void
database_changed_cb (PassendMeetingMinutes *self,
                     const char            *entity,
                     gint64                 id)
{
  if (g_strcmp0 (entity, "meeting-action") == 0)
    self->reload_lists = TRUE;
  else if (g_strcmp0 (entity, "meeting") != 0 || (id != 0 && id != self->meeting_id))
    return;

  if (self->reload_idle == 0)
    self->reload_idle = g_idle_add (reload_idle_cb, self);
}

/* Closing ------------------------------------------------------------- */

static guint
count_open_actions (PassendMeetingMinutes *self)
{
  guint n_open = 0;

  for (guint i = 0; i < self->items->len; i++)
    {
      PassendMeetingItem *item = passend_minutes_item_get_item (g_ptr_array_index (self->items, i));
      g_autoptr(GListModel) actions = passend_database_list_meeting_actions (self->database,
                                                                            passend_meeting_item_get_id (item),
                                                                            NULL);
      guint n_actions = actions != NULL ? g_list_model_get_n_items (actions) : 0;

      for (guint j = 0; j < n_actions; j++)
        {
          g_autoptr(PassendMeetingAction) action = g_list_model_get_item (actions, j);

          n_open += !passend_meeting_action_is_done (action);
        }
    }

  return n_open;
}

static void
close_response_cb (PassendMeetingMinutes *self,
                   const char            *response)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "close") != 0 || self->database == NULL)
    return;

  passend_meeting_minutes_flush (self);
  if (!passend_database_close_meeting (self->database, self->meeting_id, &error))
    {
      AdwToast *toast = passend_ui_toast_new_error (_("Could not close the meeting"), error);

      adw_toast_set_timeout (toast, 10);
      add_toast (self, toast);
      return;
    }

  reload (self);
  add_toast (self, adw_toast_new (_("Meeting closed")));
}

static void
close_meeting_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  PassendMeetingMinutes *self = PASSEND_MEETING_MINUTES (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  guint n_items = self->items->len;
  guint n_open;
  g_autofree char *entries = NULL;
  g_autofree char *actions = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (!is_planned (self) || n_items == 0)
    return;

  passend_meeting_minutes_flush (self);
  n_open = count_open_actions (self);
  entries = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Closing writes %u timeline entry, with the minutes and decisions of its student, and makes these minutes read-only.",
                                          "Closing writes %u timeline entries, one per student with their minutes and decisions, and makes these minutes read-only.",
                                          n_items),
                             n_items);
  if (n_open > 0)
    actions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u action stays open on the Overview until it is marked done.",
                                            "%u actions stay open on the Overview until they are marked done.",
                                            n_open),
                               n_open);
  else
    actions = g_strdup (_("No actions are open."));
  body = g_strdup_printf ("%s\n\n%s", entries, actions);

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Close Meeting?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "close", _("_Close Meeting"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "close", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  _passend_meeting_minutes_export (PASSEND_MEETING_MINUTES (widget), 0);
}

/* The widget ------------------------------------------------------------ */

static void
passend_meeting_minutes_unmap (GtkWidget *widget)
{
  passend_meeting_minutes_flush (PASSEND_MEETING_MINUTES (widget));

  GTK_WIDGET_CLASS (passend_meeting_minutes_parent_class)->unmap (widget);
}

static void
passend_meeting_minutes_dispose (GObject *object)
{
  PassendMeetingMinutes *self = PASSEND_MEETING_MINUTES (object);

  if (self->items != NULL)
    passend_meeting_minutes_flush (self);
  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->reload_idle, g_source_remove);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_object (&self->database);
  g_clear_object (&self->meeting);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->shape, g_free);

  G_OBJECT_CLASS (passend_meeting_minutes_parent_class)->dispose (object);
}

static void
passend_meeting_minutes_class_init (PassendMeetingMinutesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_meeting_minutes_dispose;
  widget_class->unmap = passend_meeting_minutes_unmap;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-meeting-minutes.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingMinutes, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingMinutes, title_label);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingMinutes, state_label);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingMinutes, export_button);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingMinutes, close_button);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingMinutes, stack);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingMinutes, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingMinutes, items_box);

  gtk_widget_class_install_action (widget_class, "minutes.close-meeting", NULL, close_meeting_action);
  gtk_widget_class_install_action (widget_class, "minutes.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "minutes.close-meeting", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "minutes.close-meeting", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "minutes.export", NULL);
}

static void
passend_meeting_minutes_init (PassendMeetingMinutes *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();
}

PassendMeetingMinutes *
passend_meeting_minutes_new (PassendDatabase *database,
                             gint64           meeting_id)
{
  PassendMeetingMinutes *self;

  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);
  g_return_val_if_fail (meeting_id > 0, NULL);

  self = g_object_new (PASSEND_TYPE_MEETING_MINUTES, NULL);
  self->database = g_object_ref (database);
  self->meeting_id = meeting_id;
  g_signal_connect_object (database, "changed", G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
  reload (self);
  return self;
}

gint64
passend_meeting_minutes_get_meeting_id (PassendMeetingMinutes *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_MINUTES (self), 0);

  return self->meeting_id;
}

void
passend_meeting_minutes_flush (PassendMeetingMinutes *self)
{
  g_return_if_fail (PASSEND_IS_MEETING_MINUTES (self));

  for (guint i = 0; self->items != NULL && i < self->items->len; i++)
    passend_minutes_item_flush (g_ptr_array_index (self->items, i));
}
