/* passend-minutes-item.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-minutes-item-private.h"
#include "passend-ui-util.h"
#include "passend-window.h"

/* Long enough to finish a word, short enough that a crash loses little. */
#define SAVE_DELAY_MS 400

G_DEFINE_FINAL_TYPE (PassendMinutesItem, passend_minutes_item, ADW_TYPE_BIN)

enum {
  EXPORT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What a removal needs to be undone: a copy of the removed row and where
 * it stood. */
typedef struct
{
  PassendMinutesItem *self;
  GObject            *copy;
  guint               position;
} Undo;

static void
undo_free (gpointer  data,
           GClosure *closure)
{
  Undo *undo = data;

  g_clear_object (&undo->self);
  g_clear_object (&undo->copy);
  g_free (undo);
}

void
passend_minutes_add_toast (GtkWidget *widget,
                           AdwToast  *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  GtkRoot *root;

  if (overlay != NULL)
    {
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
      return;
    }

  root = gtk_widget_get_root (widget);
  if (PASSEND_IS_WINDOW (root))
    passend_window_add_toast (PASSEND_WINDOW (root), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
toast_error (PassendMinutesItem *self,
             const char         *what,
             const GError       *error)
{
  passend_minutes_add_toast (GTK_WIDGET (self), passend_ui_toast_new_error (what, error));
}

/* Rows only: the placeholder stays. */
static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static char *
format_clock (gint64 unix_seconds)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (unix_seconds);

  return g_date_time_format (time, "%H:%M");
}

/* Minutes ------------------------------------------------------------ */

static void
save_minutes (PassendMinutesItem *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_clear_handle_id (&self->save_timeout, g_source_remove);
  if (!self->dirty || self->database == NULL || self->item == NULL)
    return;

  buffer = gtk_text_view_get_buffer (self->minutes_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  if (!passend_database_set_meeting_item_minutes (self->database, passend_meeting_item_get_id (self->item), text,
                                                  &error))
    {
      /* Stay dirty: the next pause or focus change tries again. */
      toast_error (self, _("Minutes not saved"), error);
      return;
    }

  self->dirty = FALSE;
  passend_meeting_item_set_minutes (self->item, text);
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  PassendMinutesItem *self = user_data;

  self->save_timeout = 0;
  save_minutes (self);
  return G_SOURCE_REMOVE;
}

static void
minutes_changed_cb (PassendMinutesItem *self)
{
  if (self->filling)
    return;

  self->dirty = TRUE;
  g_clear_handle_id (&self->save_timeout, g_source_remove);
  self->save_timeout = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
minutes_focus_leave_cb (PassendMinutesItem *self)
{
  save_minutes (self);
}

/* Decisions ---------------------------------------------------------- */

static void
undo_decision_cb (AdwToast *toast,
                  Undo     *undo)
{
  PassendMinutesItem *self = undo->self;
  PassendMeetingDecision *old = PASSEND_MEETING_DECISION (undo->copy);
  g_autoptr(PassendMeetingDecision) decision = NULL;
  g_autoptr(GError) error = NULL;

  if (self->database == NULL)
    return;

  decision = passend_meeting_decision_new (passend_meeting_decision_get_item_id (old),
                                           passend_meeting_decision_get_body (old));
  passend_meeting_decision_set_rationale (decision, passend_meeting_decision_get_rationale (old));
  passend_meeting_decision_set_no_action (decision, passend_meeting_decision_get_no_action (old));
  if (!passend_database_add_meeting_decision (self->database, decision, &error) ||
      !passend_database_move_meeting_decision (self->database, passend_meeting_decision_get_id (decision),
                                               undo->position, &error))
    toast_error (self, _("Could not restore the decision"), error);

  passend_minutes_item_reload_lists (self);
}

static void
remove_decision_cb (GtkButton          *button,
                    PassendMinutesItem *self)
{
  PassendMeetingDecision *decision = g_object_get_data (G_OBJECT (button), "decision");
  g_autoptr(GError) error = NULL;
  AdwToast *toast;
  Undo *undo;

  if (!passend_database_remove_meeting_decision (self->database, passend_meeting_decision_get_id (decision), &error))
    {
      toast_error (self, _("Could not remove the decision"), error);
      return;
    }

  undo = g_new0 (Undo, 1);
  undo->self = g_object_ref (self);
  undo->copy = g_object_ref (G_OBJECT (decision));
  undo->position = passend_meeting_decision_get_position (decision);

  toast = adw_toast_new (_("Decision removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_decision_cb), undo, undo_free, 0);
  passend_minutes_item_reload_lists (self);
  passend_minutes_add_toast (GTK_WIDGET (self), toast);
}

static GtkWidget *
remove_button_new (const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static GtkWidget *
create_decision_row (PassendMinutesItem     *self,
                     PassendMeetingDecision *decision)
{
  GtkWidget *row = adw_action_row_new ();
  const char *rationale = passend_meeting_decision_get_rationale (decision);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), passend_meeting_decision_get_body (decision));
  if (rationale[0] != '\0')
    {
      /* TRANSLATORS: the rationale under a decision. */
      g_autofree char *subtitle = g_strdup_printf (_("Because: %s"), rationale);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  if (passend_meeting_decision_get_no_action (decision))
    {
      GtkWidget *tag = gtk_label_new (_("No referral or escalation"));

      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (tag, "caption");
      gtk_widget_add_css_class (tag, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
    }

  if (self->editable)
    {
      GtkWidget *button = remove_button_new (_("Remove Decision"));

      g_object_set_data_full (G_OBJECT (button), "decision", g_object_ref (decision), g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (remove_decision_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  return row;
}

static void
add_decision_cb (PassendMinutesItem *self)
{
  g_autoptr(PassendMeetingDecision) decision = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->decision_body_row))));
  g_autofree char *rationale =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->decision_rationale_row))));
  const char *problem;

  if (!self->editable || self->database == NULL)
    return;

  decision = passend_meeting_decision_new (passend_meeting_item_get_id (self->item), body);
  passend_meeting_decision_set_rationale (decision, rationale);
  passend_meeting_decision_set_no_action (decision, gtk_switch_get_active (self->no_action_switch));

  gtk_widget_remove_css_class (GTK_WIDGET (self->decision_body_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->decision_rationale_row), "error");
  if ((problem = passend_meeting_decision_check (decision)) != NULL)
    {
      gtk_label_set_text (self->decision_error_label, problem);
      gtk_widget_add_css_class (GTK_WIDGET (body[0] == '\0' ? self->decision_body_row : self->decision_rationale_row),
                                "error");
      gtk_widget_grab_focus (GTK_WIDGET (body[0] == '\0' ? self->decision_body_row : self->decision_rationale_row));
      return;
    }

  if (!passend_database_add_meeting_decision (self->database, decision, &error))
    {
      gtk_label_set_text (self->decision_error_label, error->message);
      return;
    }

  gtk_label_set_text (self->decision_error_label, "");
  gtk_editable_set_text (GTK_EDITABLE (self->decision_body_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->decision_rationale_row), "");
  gtk_switch_set_active (self->no_action_switch, FALSE);
  passend_minutes_item_reload_lists (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->decision_body_row));
}

/* Actions ------------------------------------------------------------ */

static void
undo_action_cb (AdwToast *toast,
                Undo     *undo)
{
  PassendMinutesItem *self = undo->self;
  PassendMeetingAction *old = PASSEND_MEETING_ACTION (undo->copy);
  g_autoptr(PassendMeetingAction) action = NULL;
  g_autoptr(GError) error = NULL;

  if (self->database == NULL)
    return;

  /* Added again at the end: actions have no order anyone relies on. */
  action = passend_meeting_action_new (passend_meeting_action_get_item_id (old),
                                       passend_meeting_action_get_what (old));
  passend_meeting_action_set_owner_person_id (action, passend_meeting_action_get_owner_person_id (old));
  passend_meeting_action_set_owner_name (action, passend_meeting_action_get_owner_name (old));
  passend_meeting_action_set_due_on (action, passend_meeting_action_get_due_on (old));
  passend_meeting_action_set_done_on (action, passend_meeting_action_get_done_on (old));
  if (!passend_database_add_meeting_action (self->database, action, &error))
    toast_error (self, _("Could not restore the action"), error);

  passend_minutes_item_reload_lists (self);
}

static void
remove_action_cb (GtkButton          *button,
                  PassendMinutesItem *self)
{
  PassendMeetingAction *action = g_object_get_data (G_OBJECT (button), "action");
  g_autoptr(GError) error = NULL;
  AdwToast *toast;
  Undo *undo;

  if (!passend_database_remove_meeting_action (self->database, passend_meeting_action_get_id (action), &error))
    {
      toast_error (self, _("Could not remove the action"), error);
      return;
    }

  undo = g_new0 (Undo, 1);
  undo->self = g_object_ref (self);
  undo->copy = g_object_ref (G_OBJECT (action));
  undo->position = passend_meeting_action_get_position (action);

  toast = adw_toast_new (_("Action removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_action_cb), undo, undo_free, 0);
  passend_minutes_item_reload_lists (self);
  passend_minutes_add_toast (GTK_WIDGET (self), toast);
}

static void
action_done_toggled_cb (GtkCheckButton     *check,
                        PassendMinutesItem *self)
{
  PassendMeetingAction *action = g_object_get_data (G_OBJECT (check), "action");
  gboolean done = gtk_check_button_get_active (check);
  g_autoptr(GError) error = NULL;

  if (!passend_database_set_meeting_action_done (self->database, passend_meeting_action_get_id (action),
                                                 done ? passend_day_today () : PASSEND_DAY_NONE, &error))
    toast_error (self, _("Could not change the action"), error);

  passend_minutes_item_reload_lists (self);
}

/* "ouders · due Fri 4 Dec 2026" */
static char *
dup_action_subtitle (PassendMeetingAction *action)
{
  const char *owner = passend_meeting_action_get_owner_display_name (action);
  PassendDay due = passend_meeting_action_get_due_on (action);
  g_autofree char *due_text = passend_day_format (due);
  g_autoptr(GString) subtitle = g_string_new (owner[0] != '\0' ? owner : _("Nobody named"));

  /* TRANSLATORS: an action's due day, after its owner. */
  if (due != PASSEND_DAY_NONE)
    g_string_append_printf (subtitle, _(" · due %s"), due_text);
  else
    g_string_append (subtitle, _(" · no due date"));

  if (passend_meeting_action_is_done (action))
    {
      g_autofree char *done_text = passend_day_format (passend_meeting_action_get_done_on (action));

      /* TRANSLATORS: when an action was done. */
      g_string_append_printf (subtitle, _(" · done %s"), done_text);
    }

  return g_string_free (g_steal_pointer (&subtitle), FALSE);
}

static GtkWidget *
create_action_row (PassendMinutesItem   *self,
                   PassendMeetingAction *action)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *subtitle = dup_action_subtitle (action);
  PassendDay today = passend_day_today ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), passend_meeting_action_get_what (action));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), passend_meeting_action_is_done (action));
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  passend_ui_set_cell_tooltip (check, _("Done"));
  g_object_set_data_full (G_OBJECT (check), "action", g_object_ref (action), g_object_unref);
  g_signal_connect_object (check, "toggled", G_CALLBACK (action_done_toggled_cb), self, 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  if (passend_meeting_action_is_overdue (action, today))
    {
      g_autofree char *relative = passend_day_format_relative (passend_meeting_action_get_due_on (action), today);
      GtkWidget *label = gtk_label_new (relative);

      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "error");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  if (self->editable)
    {
      GtkWidget *button = remove_button_new (_("Remove Action"));

      g_object_set_data_full (G_OBJECT (button), "action", g_object_ref (action), g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (remove_action_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  return row;
}

static void
add_action_cb (PassendMinutesItem *self)
{
  g_autoptr(PassendMeetingAction) action = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *what = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->action_what_row))));
  g_autofree char *owner = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->action_owner_row))));
  g_autofree char *due_text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->action_due_row))));
  PassendDay due = PASSEND_DAY_NONE;
  const char *problem;

  if (!self->editable || self->database == NULL)
    return;

  gtk_widget_remove_css_class (GTK_WIDGET (self->action_what_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->action_due_row), "error");

  action = passend_meeting_action_new (passend_meeting_item_get_id (self->item), what);
  if ((problem = passend_meeting_action_check (action)) != NULL)
    {
      gtk_label_set_text (self->action_error_label, problem);
      gtk_widget_add_css_class (GTK_WIDGET (self->action_what_row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->action_what_row));
      return;
    }

  if (due_text[0] != '\0')
    {
      due = passend_day_from_dutch (due_text, &error);
      if (due == PASSEND_DAY_NONE)
        {
          gtk_label_set_text (self->action_error_label, error->message);
          gtk_widget_add_css_class (GTK_WIDGET (self->action_due_row), "error");
          gtk_widget_grab_focus (GTK_WIDGET (self->action_due_row));
          return;
        }
    }

  if (self->owner_person_id != 0)
    passend_meeting_action_set_owner_person_id (action, self->owner_person_id);
  else
    passend_meeting_action_set_owner_name (action, owner);
  passend_meeting_action_set_due_on (action, due);

  if (!passend_database_add_meeting_action (self->database, action, &error))
    {
      gtk_label_set_text (self->action_error_label, error->message);
      return;
    }

  gtk_label_set_text (self->action_error_label, "");
  gtk_editable_set_text (GTK_EDITABLE (self->action_what_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->action_owner_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->action_due_row), "");
  self->owner_person_id = 0;
  passend_minutes_item_reload_lists (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->action_what_row));
}

/* The item ------------------------------------------------------------ */

static void
export_clicked_cb (PassendMinutesItem *self)
{
  save_minutes (self);
  g_signal_emit (self, signals[EXPORT], 0);
}

static void
fill (PassendMinutesItem *self)
{
  PassendMeetingItem *item = self->item;
  gint64 slot = self->starts_at + 60 * (gint64) passend_meeting_item_get_slot_offset_minutes (item);
  g_autofree char *from = format_clock (slot);
  g_autofree char *to = format_clock (slot + 60 * (gint64) passend_meeting_item_get_duration_minutes (item));
  /* TRANSLATORS: an agenda item's slot, "09:00–09:20". */
  g_autofree char *time = g_strdup_printf (C_("slot", "%s–%s"), from, to);
  const char *question = passend_meeting_item_get_question (item);

  gtk_label_set_text (self->time_label, time);
  gtk_label_set_text (self->student_label, passend_meeting_item_get_student_name (item));
  gtk_label_set_text (self->class_label, passend_meeting_item_get_student_class (item));
  gtk_label_set_text (self->question_label, question);
  gtk_widget_set_visible (GTK_WIDGET (self->question_label), question[0] != '\0');

  self->filling = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->minutes_view), passend_meeting_item_get_minutes (item), -1);
  self->filling = FALSE;

  gtk_text_view_set_editable (self->minutes_view, self->editable);
  gtk_text_view_set_cursor_visible (self->minutes_view, self->editable);
  gtk_widget_set_visible (GTK_WIDGET (self->decision_form), self->editable);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->add_decision_button)), self->editable);
  gtk_widget_set_visible (GTK_WIDGET (self->action_form), self->editable);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->add_action_button)), self->editable);
}

/* Read-only minutes say "none" rather than show an empty heading. */
static GtkWidget *
placeholder_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static void
passend_minutes_item_unmap (GtkWidget *widget)
{
  passend_minutes_item_flush (PASSEND_MINUTES_ITEM (widget));

  GTK_WIDGET_CLASS (passend_minutes_item_parent_class)->unmap (widget);
}

static void
passend_minutes_item_dispose (GObject *object)
{
  PassendMinutesItem *self = PASSEND_MINUTES_ITEM (object);

  /* Typing then closing the window within the pause still stores it. */
  save_minutes (self);
  g_clear_handle_id (&self->save_timeout, g_source_remove);
  g_clear_object (&self->database);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (passend_minutes_item_parent_class)->dispose (object);
}

static void
passend_minutes_item_class_init (PassendMinutesItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_minutes_item_dispose;
  widget_class->unmap = passend_minutes_item_unmap;

  signals[EXPORT] =
    g_signal_new ("export",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-minutes-item.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendMinutesItem, time_label);
  gtk_widget_class_bind_template_child (widget_class, PassendMinutesItem, student_label);
  gtk_widget_class_bind_template_child (widget_class, PassendMinutesItem, class_label);
  gtk_widget_class_bind_template_child (widget_class, PassendMinutesItem, export_button);
  gtk_widget_class_bind_template_child (widget_class, PassendMinutesItem, question_label);
  gtk_widget_class_bind_template_child (widget_class, PassendMinutesItem, minutes_view);
  gtk_widget_class_bind_template_child (widget_class, PassendMinutesItem, decisions_list);
  gtk_widget_class_bind_template_child (widget_class, PassendMinutesItem, decision_form);
  gtk_widget_class_bind_template_child (widget_class, PassendMinutesItem, decision_body_row);
  gtk_widget_class_bind_template_child (widget_class, PassendMinutesItem, decision_rationale_row);
  gtk_widget_class_bind_template_child (widget_class, PassendMinutesItem, no_action_switch);
  gtk_widget_class_bind_template_child (widget_class, PassendMinutesItem, decision_error_label);
  gtk_widget_class_bind_template_child (widget_class, PassendMinutesItem, add_decision_button);
  gtk_widget_class_bind_template_child (widget_class, PassendMinutesItem, actions_list);
  gtk_widget_class_bind_template_child (widget_class, PassendMinutesItem, action_form);
  gtk_widget_class_bind_template_child (widget_class, PassendMinutesItem, action_what_row);
  gtk_widget_class_bind_template_child (widget_class, PassendMinutesItem, action_owner_row);
  gtk_widget_class_bind_template_child (widget_class, PassendMinutesItem, owner_button);
  gtk_widget_class_bind_template_child (widget_class, PassendMinutesItem, action_due_row);
  gtk_widget_class_bind_template_child (widget_class, PassendMinutesItem, action_error_label);
  gtk_widget_class_bind_template_child (widget_class, PassendMinutesItem, add_action_button);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_decision_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_action_cb);
  gtk_widget_class_bind_template_callback (widget_class, _passend_minutes_item_owner_changed);
}

static void
passend_minutes_item_init (PassendMinutesItem *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->minutes_view), "changed",
                           G_CALLBACK (minutes_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (minutes_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->minutes_view), focus);
  _passend_minutes_item_build_people_popover (self);
  gtk_list_box_set_placeholder (self->decisions_list, placeholder_new (_("No decisions")));
  gtk_list_box_set_placeholder (self->actions_list, placeholder_new (_("No actions")));
}

PassendMinutesItem *
passend_minutes_item_new (PassendDatabase    *database,
                          PassendMeetingItem *item,
                          gint64              meeting_starts_at,
                          gboolean            editable)
{
  PassendMinutesItem *self;

  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);
  g_return_val_if_fail (PASSEND_IS_MEETING_ITEM (item), NULL);

  self = g_object_new (PASSEND_TYPE_MINUTES_ITEM, NULL);
  self->database = g_object_ref (database);
  self->item = g_object_ref (item);
  self->starts_at = meeting_starts_at;
  self->editable = editable;
  fill (self);
  passend_minutes_item_reload_lists (self);
  return self;
}

PassendMeetingItem *
passend_minutes_item_get_item (PassendMinutesItem *self)
{
  g_return_val_if_fail (PASSEND_IS_MINUTES_ITEM (self), NULL);

  return self->item;
}

void
passend_minutes_item_flush (PassendMinutesItem *self)
{
  g_return_if_fail (PASSEND_IS_MINUTES_ITEM (self));

  save_minutes (self);
}

void
passend_minutes_item_reload_lists (PassendMinutesItem *self)
{
  g_autoptr(GListModel) decisions = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GError) error = NULL;
  gint64 item_id;
  guint n;

  g_return_if_fail (PASSEND_IS_MINUTES_ITEM (self));

  clear_list (self->decisions_list);
  clear_list (self->actions_list);
  if (self->database == NULL)
    return;

  item_id = passend_meeting_item_get_id (self->item);
  decisions = passend_database_list_meeting_decisions (self->database, item_id, &error);
  if (decisions == NULL)
    {
      toast_error (self, _("Could not load the decisions"), error);
      return;
    }
  actions = passend_database_list_meeting_actions (self->database, item_id, &error);
  if (actions == NULL)
    {
      toast_error (self, _("Could not load the actions"), error);
      return;
    }

  n = g_list_model_get_n_items (decisions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PassendMeetingDecision) decision = g_list_model_get_item (decisions, i);

      gtk_list_box_append (self->decisions_list, create_decision_row (self, decision));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->decisions_list), n > 0 || !self->editable);

  n = g_list_model_get_n_items (actions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PassendMeetingAction) action = g_list_model_get_item (actions, i);

      gtk_list_box_append (self->actions_list, create_action_row (self, action));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->actions_list), n > 0 || !self->editable);
}
