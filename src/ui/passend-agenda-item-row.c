/* passend-agenda-item-row.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-agenda-item-row-private.h"
#include "passend-invitee-popover.h"
#include "passend-ui-util.h"
#include "passend-wrap-box.h"

/* Typing is stored after this pause, and at once on Enter or leaving
 * the field. */
#define SAVE_DELAY_MS 700

G_DEFINE_FINAL_TYPE (PassendAgendaItemRow, passend_agenda_item_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  SIGNAL_REMOVE_REQUESTED,
  SIGNAL_DURATION_CHANGED,
  SIGNAL_ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
_passend_agenda_item_row_add_toast (PassendAgendaItemRow *self,
                                    AdwToast             *toast)
{
  g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);
}

static void
update_actions (PassendAgendaItemRow *self)
{
  GtkWidget *list = gtk_widget_get_parent (GTK_WIDGET (self));
  guint position = self->item != NULL ? passend_meeting_item_get_position (self->item) : 0;
  gboolean has_next = FALSE;

  if (GTK_IS_LIST_BOX (list))
    has_next = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self)) + 1) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "item.move-up", self->editable && position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "item.move-down", self->editable && has_next);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "item.remove", self->editable);
}

/* Saving ---------------------------------------------------------- */

static gboolean
save_now (PassendAgendaItemRow *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->item == NULL || !self->editable)
    return TRUE;

  if (g_strcmp0 (passend_meeting_item_get_question (self->item), gtk_editable_get_text (GTK_EDITABLE (self->question_entry))) == 0 &&
      g_strcmp0 (passend_meeting_item_get_documents (self->item), gtk_editable_get_text (GTK_EDITABLE (self->documents_entry))) == 0 &&
      g_strcmp0 (passend_meeting_item_get_internal_note (self->item), gtk_editable_get_text (GTK_EDITABLE (self->internal_entry))) == 0 &&
      passend_meeting_item_get_duration_minutes (self->item) == passend_agenda_item_row_get_duration (self))
    return TRUE;

  passend_meeting_item_set_question (self->item, gtk_editable_get_text (GTK_EDITABLE (self->question_entry)));
  passend_meeting_item_set_documents (self->item, gtk_editable_get_text (GTK_EDITABLE (self->documents_entry)));
  passend_meeting_item_set_internal_note (self->item, gtk_editable_get_text (GTK_EDITABLE (self->internal_entry)));
  passend_meeting_item_set_duration_minutes (self->item, passend_agenda_item_row_get_duration (self));
  if (!passend_database_update_meeting_item (self->database, self->item, &error))
    {
      _passend_agenda_item_row_add_toast (self, passend_ui_toast_new_error (_("Could not save the agenda item"), error));
      return FALSE;
    }

  return TRUE;
}

static void
save_timeout_cb (gpointer data)
{
  PassendAgendaItemRow *self = data;

  self->save_source = 0;
  save_now (self);
}

static void
text_changed_cb (PassendAgendaItemRow *self)
{
  if (self->setting)
    return;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add_once (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
text_activate_cb (PassendAgendaItemRow *self)
{
  save_now (self);
}

static void
text_focus_leave_cb (PassendAgendaItemRow *self)
{
  if (self->save_source != 0)
    save_now (self);
}

static void
duration_changed_cb (PassendAgendaItemRow *self)
{
  if (self->setting)
    return;

  g_signal_emit (self, signals[SIGNAL_DURATION_CHANGED], 0);
  save_now (self);
}

static gboolean
is_being_edited (PassendAgendaItemRow *self,
                 GtkWidget            *entry)
{
  GtkRoot *root = gtk_widget_get_root (entry);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return self->save_source != 0 || (focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry)));
}

static void
set_entry_text (PassendAgendaItemRow *self,
                GtkEntry             *entry,
                const char           *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text) == 0 ||
      is_being_edited (self, GTK_WIDGET (entry)))
    return;

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

/* Invitees -------------------------------------------------------- */

gboolean
passend_agenda_item_row_invite (PassendAgendaItemRow  *self,
                                PassendMeetingInvitee *invitee)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PASSEND_IS_AGENDA_ITEM_ROW (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_MEETING_INVITEE (invitee), FALSE);

  if (passend_database_add_meeting_invitee (self->database, invitee, &error))
    {
      if (self->refusal != NULL && self->refusal[0] != '\0')
        _passend_agenda_item_row_show_refusal (self, NULL, NULL);
      return TRUE;
    }

  if (g_error_matches (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NO_CONSENT))
    {
      _passend_agenda_item_row_show_refusal (self, error->message, invitee);
      return FALSE;
    }

  _passend_agenda_item_row_add_toast (self, passend_ui_toast_new_error (_("Could not invite"), error));
  return FALSE;
}

static void
invitee_chosen_cb (PassendAgendaItemRow  *self,
                   PassendMeetingInvitee *invitee)
{
  passend_agenda_item_row_invite (self, invitee);
}

static void
remove_invitee_clicked_cb (GtkButton            *button,
                           PassendAgendaItemRow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "invitee-id");

  if (!passend_database_remove_meeting_invitee (self->database, id, &error))
    _passend_agenda_item_row_add_toast (self, passend_ui_toast_new_error (_("Could not remove the invitee"), error));
}

static GtkWidget *
make_chip (PassendAgendaItemRow  *self,
           PassendMeetingInvitee *invitee)
{
  GtkWidget *chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");
  const char *name = passend_meeting_invitee_get_display_name (invitee);
  const char *role = passend_meeting_role_get_label (passend_meeting_invitee_get_role (invitee));
  g_autofree char *markup = NULL;
  g_autofree char *tooltip = NULL;
  gint64 id = passend_meeting_invitee_get_id (invitee);

  /* TRANSLATORS: an invitee chip: the name, then the role in grey */
  markup = g_markup_printf_escaped (_("%s <span alpha=\"60%%\">%s</span>"), name, role);
  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_widget_add_css_class (chip, "phase-pill");
  gtk_widget_set_valign (chip, GTK_ALIGN_CENTER);

  if (passend_meeting_invitee_get_is_external (invitee))
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("network-workgroup-symbolic");

      passend_ui_set_cell_tooltip (icon, _("External: needs consent for discussion with external parties"));
      gtk_box_append (GTK_BOX (chip), icon);
    }
  gtk_box_append (GTK_BOX (chip), label);

  /* TRANSLATORS: %s is a name */
  tooltip = g_strdup_printf (_("Remove %s"), name);
  passend_ui_set_cell_tooltip (remove, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_add_css_class (remove, "circular");
  gtk_widget_set_visible (remove, self->editable);
  g_object_set_data_full (G_OBJECT (remove), "invitee-id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_invitee_clicked_cb), self);
  gtk_box_append (GTK_BOX (chip), remove);

  return chip;
}

void
passend_agenda_item_row_set_invitees (PassendAgendaItemRow *self,
                                      GPtrArray            *invitees)
{
  g_return_if_fail (PASSEND_IS_AGENDA_ITEM_ROW (self));

  passend_wrap_box_remove_all (self->invitees_box);
  self->n_invitees = invitees != NULL ? invitees->len : 0;
  for (guint i = 0; i < self->n_invitees; i++)
    passend_wrap_box_append (self->invitees_box, make_chip (self, g_ptr_array_index (invitees, i)));

  if (self->n_invitees == 0)
    {
      GtkWidget *none = gtk_label_new (_("Nobody invited yet"));

      gtk_widget_add_css_class (none, "dim-label");
      passend_wrap_box_append (self->invitees_box, none);
    }
}

guint
passend_agenda_item_row_get_n_invitees (PassendAgendaItemRow *self)
{
  g_return_val_if_fail (PASSEND_IS_AGENDA_ITEM_ROW (self), 0);

  return self->n_invitees;
}

/* Reordering and removing ----------------------------------------- */

static void
move_to (PassendAgendaItemRow *self,
         guint                 position)
{
  g_autoptr(GError) error = NULL;

  save_now (self);
  if (!passend_database_move_meeting_item (self->database, passend_meeting_item_get_id (self->item), position, &error))
    _passend_agenda_item_row_add_toast (self, passend_ui_toast_new_error (_("Could not move the agenda item"), error));
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  PassendAgendaItemRow *self = PASSEND_AGENDA_ITEM_ROW (widget);
  guint position = passend_meeting_item_get_position (self->item);

  if (self->editable && position > 0)
    move_to (self, position - 1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  PassendAgendaItemRow *self = PASSEND_AGENDA_ITEM_ROW (widget);

  if (self->editable)
    move_to (self, passend_meeting_item_get_position (self->item) + 1);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PassendAgendaItemRow *self = PASSEND_AGENDA_ITEM_ROW (widget);

  if (!self->editable)
    return;

  g_clear_handle_id (&self->save_source, g_source_remove);
  g_signal_emit (self, signals[SIGNAL_REMOVE_REQUESTED], 0);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource        *source,
                 double                x,
                 double                y,
                 PassendAgendaItemRow *self)
{
  if (!self->editable || self->item == NULL)
    return NULL;

  return gdk_content_provider_new_typed (G_TYPE_INT64, passend_meeting_item_get_id (self->item));
}

static void
drag_begin_cb (GtkDragSource        *source,
               GdkDrag              *drag,
               PassendAgendaItemRow *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
drop_cb (GtkDropTarget        *target,
         const GValue         *value,
         double                x,
         double                y,
         PassendAgendaItemRow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 dragged = g_value_get_int64 (value);

  if (!self->editable || dragged == passend_meeting_item_get_id (self->item))
    return FALSE;

  if (!passend_database_move_meeting_item (self->database, dragged, passend_meeting_item_get_position (self->item),
                                           &error))
    {
      _passend_agenda_item_row_add_toast (self, passend_ui_toast_new_error (_("Could not move the agenda item"), error));
      return FALSE;
    }

  return TRUE;
}

/* Class ----------------------------------------------------------- */

static void
passend_agenda_item_row_dispose (GObject *object)
{
  PassendAgendaItemRow *self = PASSEND_AGENDA_ITEM_ROW (object);

  if (self->save_source != 0)
    save_now (self);
  g_clear_object (&self->database);
  g_clear_object (&self->item);
  g_clear_object (&self->student);
  g_clear_object (&self->refused);
  g_clear_pointer (&self->problem_messages, g_ptr_array_unref);
  g_clear_pointer (&self->refusal, g_free);

  G_OBJECT_CLASS (passend_agenda_item_row_parent_class)->dispose (object);
}

static void
passend_agenda_item_row_class_init (PassendAgendaItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_agenda_item_row_dispose;

  signals[SIGNAL_REMOVE_REQUESTED] =
    g_signal_new ("remove-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[SIGNAL_DURATION_CHANGED] =
    g_signal_new ("duration-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[SIGNAL_ADD_TOAST] =
    g_signal_new ("add-toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (PASSEND_TYPE_WRAP_BOX);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-agenda-item-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendAgendaItemRow, drag_handle);
  gtk_widget_class_bind_template_child (widget_class, PassendAgendaItemRow, slot_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAgendaItemRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAgendaItemRow, class_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAgendaItemRow, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, PassendAgendaItemRow, problems_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAgendaItemRow, question_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendAgendaItemRow, documents_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendAgendaItemRow, internal_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendAgendaItemRow, invitees_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAgendaItemRow, add_invitee_button);

  gtk_widget_class_install_action (widget_class, "item.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "item.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "item.remove", NULL, remove_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "item.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "item.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "item.remove", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "item.remove", NULL);
}

static void
passend_agenda_item_row_init (PassendAgendaItemRow *self)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);
  GtkEntry *entries[3];

  gtk_widget_init_template (GTK_WIDGET (self));
  self->editable = TRUE;

  entries[0] = self->question_entry;
  entries[1] = self->documents_entry;
  entries[2] = self->internal_entry;
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect_swapped (entries[i], "changed", G_CALLBACK (text_changed_cb), self);
      g_signal_connect_swapped (entries[i], "activate", G_CALLBACK (text_activate_cb), self);
      g_signal_connect_swapped (focus, "leave", G_CALLBACK (text_focus_leave_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (entries[i]), focus);
    }
  g_signal_connect_swapped (self->duration_spin, "value-changed", G_CALLBACK (duration_changed_cb), self);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  gtk_widget_add_controller (self->drag_handle, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  self->popover = passend_invitee_popover_new ();
  g_signal_connect_swapped (self->popover, "invitee-chosen", G_CALLBACK (invitee_chosen_cb), self);
  gtk_menu_button_set_popover (self->add_invitee_button, self->popover);
}

PassendAgendaItemRow *
passend_agenda_item_row_new (PassendDatabase    *database,
                             PassendMeetingItem *item)
{
  PassendAgendaItemRow *self;

  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);
  g_return_val_if_fail (PASSEND_IS_MEETING_ITEM (item), NULL);

  self = g_object_new (PASSEND_TYPE_AGENDA_ITEM_ROW, NULL);
  self->database = g_object_ref (database);
  passend_agenda_item_row_set_item (self, item);

  return self;
}

PassendMeetingItem *
passend_agenda_item_row_get_item (PassendAgendaItemRow *self)
{
  g_return_val_if_fail (PASSEND_IS_AGENDA_ITEM_ROW (self), NULL);

  return self->item;
}

gint64
passend_agenda_item_row_get_item_id (PassendAgendaItemRow *self)
{
  g_return_val_if_fail (PASSEND_IS_AGENDA_ITEM_ROW (self), 0);

  return self->item != NULL ? passend_meeting_item_get_id (self->item) : 0;
}

void
passend_agenda_item_row_set_item (PassendAgendaItemRow *self,
                                  PassendMeetingItem   *item)
{
  g_autofree char *class_text = NULL;
  g_autofree char *student_tooltip = NULL;
  const char *class_name;

  g_return_if_fail (PASSEND_IS_AGENDA_ITEM_ROW (self));
  g_return_if_fail (PASSEND_IS_MEETING_ITEM (item));

  if (self->item != NULL && passend_meeting_item_get_student_id (self->item) != passend_meeting_item_get_student_id (item))
    g_clear_object (&self->student);
  g_set_object (&self->item, item);

  self->setting = TRUE;
  gtk_label_set_text (self->name_label, passend_meeting_item_get_student_name (item));
  class_name = passend_meeting_item_get_student_class (item);
  gtk_label_set_text (self->class_label, class_name != NULL ? class_name : "");
  gtk_widget_set_visible (GTK_WIDGET (self->class_label), class_name != NULL && class_name[0] != '\0');
  set_entry_text (self, self->question_entry, passend_meeting_item_get_question (item));
  set_entry_text (self, self->documents_entry, passend_meeting_item_get_documents (item));
  set_entry_text (self, self->internal_entry, passend_meeting_item_get_internal_note (item));
  if (!gtk_widget_has_focus (GTK_WIDGET (self->duration_spin)) ||
      (guint) gtk_spin_button_get_value_as_int (self->duration_spin) != passend_meeting_item_get_duration_minutes (item))
    gtk_spin_button_set_value (self->duration_spin, passend_meeting_item_get_duration_minutes (item));
  self->setting = FALSE;

  passend_invitee_popover_set_item (PASSEND_INVITEE_POPOVER (self->popover), self->database, item,
                                    _passend_agenda_item_row_ensure_student (self));
  update_actions (self);
}

void
passend_agenda_item_row_set_editable (PassendAgendaItemRow *self,
                                      gboolean              editable)
{
  g_return_if_fail (PASSEND_IS_AGENDA_ITEM_ROW (self));

  self->editable = !!editable;
  gtk_editable_set_editable (GTK_EDITABLE (self->question_entry), editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->documents_entry), editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->internal_entry), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->duration_spin), editable);
  gtk_widget_set_visible (GTK_WIDGET (self->add_invitee_button), editable);
  gtk_widget_set_visible (self->drag_handle, editable);
  update_actions (self);
}

void
passend_agenda_item_row_set_slot (PassendAgendaItemRow *self,
                                  gint64                start,
                                  gint64                end)
{
  g_autoptr(GDateTime) from = g_date_time_new_from_unix_local (start);
  g_autoptr(GDateTime) to = g_date_time_new_from_unix_local (end);
  g_autofree char *from_text = g_date_time_format (from, "%H:%M");
  g_autofree char *to_text = g_date_time_format (to, "%H:%M");
  g_autofree char *text = NULL;

  g_return_if_fail (PASSEND_IS_AGENDA_ITEM_ROW (self));

  /* TRANSLATORS: a time slot, "14:30–15:00" */
  text = g_strdup_printf (_("%s–%s"), from_text, to_text);
  gtk_label_set_text (self->slot_label, text);
  update_actions (self);
}

const char *
passend_agenda_item_row_get_slot_text (PassendAgendaItemRow *self)
{
  g_return_val_if_fail (PASSEND_IS_AGENDA_ITEM_ROW (self), NULL);

  return gtk_label_get_text (self->slot_label);
}

guint
passend_agenda_item_row_get_duration (PassendAgendaItemRow *self)
{
  g_return_val_if_fail (PASSEND_IS_AGENDA_ITEM_ROW (self), 0);

  return (guint) gtk_spin_button_get_value_as_int (self->duration_spin);
}

void
passend_agenda_item_row_set_duration (PassendAgendaItemRow *self,
                                      guint                 minutes)
{
  g_return_if_fail (PASSEND_IS_AGENDA_ITEM_ROW (self));

  gtk_spin_button_set_value (self->duration_spin, minutes);
}

GtkWidget *
passend_agenda_item_row_get_invitee_popover (PassendAgendaItemRow *self)
{
  g_return_val_if_fail (PASSEND_IS_AGENDA_ITEM_ROW (self), NULL);

  return self->popover;
}
