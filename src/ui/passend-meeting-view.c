/* passend-meeting-view.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-meeting-dialog.h"
#include "passend-meeting-minutes.h"
#include "passend-meeting-view-private.h"
#include "passend-ui-util.h"

#define RELOAD_DELAY_MS 100


G_DEFINE_FINAL_TYPE (PassendMeetingView, passend_meeting_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_FOLDED,
  N_PROPS
};

enum {
  SIGNAL_ADD_TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
_passend_meeting_view_add_toast (PassendMeetingView *self,
                                 AdwToast           *toast)
{
  g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);
}

PassendDatabase *
_passend_meeting_view_get_database (PassendMeetingView *self)
{
  return self->database;
}

PassendMeeting *
_passend_meeting_view_get_meeting (PassendMeetingView *self)
{
  return self->meeting;
}

static gboolean
is_planned (PassendMeetingView *self)
{
  return self->meeting != NULL && passend_meeting_get_state (self->meeting) == PASSEND_MEETING_STATE_PLANNED;
}

static void
row_duration_changed_cb (PassendMeetingView *self)
{
  _passend_meeting_view_update_slots (self);
}

static void
row_add_toast_cb (PassendMeetingView *self,
                  AdwToast           *toast)
{
  _passend_meeting_view_add_toast (self, toast);
}

/* Loading --------------------------------------------------------- */

static void
update_header (PassendMeetingView *self)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (passend_meeting_get_starts_at (self->meeting));
  g_autofree char *day = passend_day_format (passend_meeting_get_day (self->meeting));
  g_autofree char *time = g_date_time_format (local, "%H:%M");
  g_autofree char *when = NULL;
  g_autoptr(GString) details = g_string_new (NULL);
  const char *place = passend_meeting_get_place (self->meeting);
  const char *link = passend_meeting_get_online_link (self->meeting);
  const char *chair = passend_meeting_get_chair_name (self->meeting);
  const char *minutes = passend_meeting_get_minute_taker_name (self->meeting);
  PassendMeetingState state = passend_meeting_get_state (self->meeting);

  /* The title is the kind's name unless the user gave another. */
  if (g_strcmp0 (passend_meeting_get_title (self->meeting), passend_meeting_get_kind_name (self->meeting)) == 0)
    /* TRANSLATORS: a meeting's day and start time, "Mon 30 Nov 2026, 14:00" */
    when = g_strdup_printf (_("%s, %s"), day, time);
  else
    /* TRANSLATORS: "Flex-ZAT · Mon 30 Nov 2026, 14:00" */
    when = g_strdup_printf (_("%s · %s, %s"), passend_meeting_get_kind_name (self->meeting), day, time);
  gtk_label_set_text (self->title_label, passend_meeting_get_title (self->meeting));
  gtk_label_set_text (self->when_label, when);

  if (place != NULL && place[0] != '\0')
    g_string_append (details, place);
  if (link != NULL && link[0] != '\0')
    g_string_append_printf (details, "%s%s", details->len > 0 ? " · " : "", link);
  if (chair != NULL && chair[0] != '\0')
    {
      /* TRANSLATORS: %s is the name of who chairs the meeting */
      g_autofree char *text = g_strdup_printf (_("Chair: %s"), chair);

      g_string_append_printf (details, "%s%s", details->len > 0 ? "\n" : "", text);
    }
  if (minutes != NULL && minutes[0] != '\0')
    {
      /* TRANSLATORS: %s is the name of who takes the minutes */
      g_autofree char *text = g_strdup_printf (_("Minutes: %s"), minutes);

      g_string_append_printf (details, "%s%s", details->len > 0 ? (chair != NULL && chair[0] != '\0' ? " · " : "\n") : "",
                              text);
    }
  gtk_label_set_text (self->details_label, details->str);
  gtk_widget_set_visible (GTK_WIDGET (self->details_label), details->len > 0);

  gtk_widget_set_visible (GTK_WIDGET (self->state_label), state != PASSEND_MEETING_STATE_PLANNED);
  if (state == PASSEND_MEETING_STATE_CANCELLED)
    gtk_label_set_text (self->state_label, _("This meeting was cancelled. Its agenda is kept for the record."));
  else if (state == PASSEND_MEETING_STATE_CLOSED)
    gtk_label_set_text (self->state_label, _("This meeting is closed: its minutes are on the students’ timelines."));

  gtk_widget_set_visible (GTK_WIDGET (self->add_student_button), state == PASSEND_MEETING_STATE_PLANNED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.edit", state == PASSEND_MEETING_STATE_PLANNED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.add-student", state == PASSEND_MEETING_STATE_PLANNED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.cancel", state == PASSEND_MEETING_STATE_PLANNED);
}

static void
set_meeting_problems (PassendMeetingView *self,
                      GPtrArray          *problems)
{
  passend_ui_remove_children (GTK_WIDGET (self->meeting_problems_box));

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      PassendMeetingProblem *problem = g_ptr_array_index (problems, i);
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      GtkWidget *label = gtk_label_new (problem->message);

      if (problem->item_id != 0)
        continue;
      gtk_widget_add_css_class (icon, "warning");
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (line), icon);
      gtk_box_append (GTK_BOX (line), label);
      gtk_box_append (self->meeting_problems_box, line);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->meeting_problems_box),
                          gtk_widget_get_first_child (GTK_WIDGET (self->meeting_problems_box)) != NULL);
}

/* Groups @objects (invitees or problems) by their item id. */
static GHashTable *
group_by_item (GPtrArray *objects,
               gint64   (*get_item_id) (gpointer object))
{
  GHashTable *groups = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                              (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; objects != NULL && i < objects->len; i++)
    {
      gpointer object = g_ptr_array_index (objects, i);
      gint64 item_id = get_item_id (object);
      GPtrArray *group = g_hash_table_lookup (groups, &item_id);

      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (groups, g_memdup2 (&item_id, sizeof item_id), group);
        }
      g_ptr_array_add (group, object);
    }

  return groups;
}

static gint64
invitee_item_id (gpointer object)
{
  return passend_meeting_invitee_get_item_id (object);
}

static gint64
problem_item_id (gpointer object)
{
  return ((PassendMeetingProblem *) object)->item_id;
}

static void
sync_rows (PassendMeetingView *self,
           GListModel         *items)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gboolean planned = is_planned (self);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_remove_all (self->student_ids);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PassendMeetingItem) item = g_list_model_get_item (items, i);
      gint64 item_id = passend_meeting_item_get_id (item);
      gint64 student_id = passend_meeting_item_get_student_id (item);
      PassendAgendaItemRow *row = g_hash_table_lookup (self->rows, &item_id);

      if (row == NULL)
        {
          row = passend_agenda_item_row_new (self->database, item);
          g_signal_connect_object (row, "remove-requested", G_CALLBACK (_passend_meeting_view_row_remove_requested_cb), self,
                                   G_CONNECT_SWAPPED);
          g_signal_connect_object (row, "duration-changed", G_CALLBACK (row_duration_changed_cb), self,
                                   G_CONNECT_SWAPPED);
          g_signal_connect_object (row, "add-toast", G_CALLBACK (row_add_toast_cb), self, G_CONNECT_SWAPPED);
          g_hash_table_insert (self->rows, g_memdup2 (&item_id, sizeof item_id), row);
          gtk_list_box_append (self->agenda_list, GTK_WIDGET (row));
        }
      else
        {
          passend_agenda_item_row_set_item (row, item);
        }
      passend_agenda_item_row_set_editable (row, planned);
      gtk_widget_set_visible (GTK_WIDGET (row), item_id != self->removing_id);
      g_hash_table_add (seen, g_memdup2 (&item_id, sizeof item_id));
      g_hash_table_add (self->student_ids, g_memdup2 (&student_id, sizeof student_id));
    }

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (g_hash_table_contains (seen, key))
        continue;
      gtk_list_box_remove (self->agenda_list, value);
      g_hash_table_iter_remove (&iter);
    }

  gtk_list_box_invalidate_sort (self->agenda_list);
}

void
_passend_meeting_view_reload (PassendMeetingView *self)
{
  g_autoptr(PassendMeeting) meeting = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GListModel) attendees = NULL;
  g_autoptr(GPtrArray) invitees = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GHashTable) invitees_by_item = NULL;
  g_autoptr(GHashTable) problems_by_item = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->database == NULL || self->meeting_id == 0)
    return;

  meeting = passend_database_get_meeting (self->database, self->meeting_id, &error);
  if (meeting == NULL)
    {
      /* Removed meanwhile: the page shows another one or none. */
      g_debug ("Meeting %" G_GINT64_FORMAT " is gone: %s", self->meeting_id, error->message);
      return;
    }
  g_set_object (&self->meeting, meeting);
  update_header (self);

  items = passend_database_list_meeting_items (self->database, self->meeting_id, &error);
  if (items == NULL ||
      (attendees = passend_database_list_meeting_attendees (self->database, self->meeting_id, &error)) == NULL)
    {
      _passend_meeting_view_add_toast (self, passend_ui_toast_new_error (_("Could not load the agenda"), error));
      return;
    }
  sync_rows (self, items);

  for (guint i = 0; i < g_list_model_get_n_items (attendees); i++)
    g_ptr_array_add (invitees, g_list_model_get_item (attendees, i));
  invitees_by_item = group_by_item (invitees, invitee_item_id);

  /* Only a planned meeting is still being composed. */
  if (is_planned (self))
    {
      problems = passend_database_check_meeting (self->database, self->meeting_id, &error);
      if (problems == NULL)
        {
          g_debug ("Could not check meeting %" G_GINT64_FORMAT ": %s", self->meeting_id, error->message);
          g_clear_error (&error);
        }
    }
  problems_by_item = group_by_item (problems, problem_item_id);
  set_meeting_problems (self, problems);

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      passend_agenda_item_row_set_invitees (value, g_hash_table_lookup (invitees_by_item, key));
      passend_agenda_item_row_set_problems (value, g_hash_table_lookup (problems_by_item, key));
    }

  _passend_meeting_view_update_slots (self);
  passend_student_picker_set_excluded (PASSEND_STUDENT_PICKER (self->picker), self->student_ids);

  if (self->focus_item_id != 0)
    {
      GtkWidget *row = g_hash_table_lookup (self->rows, &self->focus_item_id);

      self->focus_item_id = 0;
      if (row != NULL)
        gtk_widget_grab_focus (row);
    }
}

static void
reload_timeout_cb (gpointer data)
{
  PassendMeetingView *self = data;

  self->reload_source = 0;
  _passend_meeting_view_reload (self);
}

static void
database_changed_cb (PassendMeetingView *self,
                     const char         *entity,
                     gint64              id)
{
  /* A burst of writes (a row storing its fields, an invitee added) is
   * one reload; a timeout rather than an idle, which animations starve. */
  if (self->meeting_id != 0 && self->reload_source == 0)
    self->reload_source = g_timeout_add_once (RELOAD_DELAY_MS, reload_timeout_cb, self);
}

/* Adding students ------------------------------------------------- */

static void
student_chosen_cb (PassendMeetingView *self,
                   gint64              student_id)
{
  g_autoptr(GError) error = NULL;
  gint64 item_id = 0;

  if (!passend_database_add_meeting_items (self->database, self->meeting_id, &student_id, 1, &item_id, &error))
    {
      _passend_meeting_view_add_toast (self, passend_ui_toast_new_error (_("Could not add the student"), error));
      return;
    }

  self->focus_item_id = item_id;
  _passend_meeting_view_reload (self);
}

static void
add_student_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  PassendMeetingView *self = PASSEND_MEETING_VIEW (widget);

  if (is_planned (self))
    {
      adw_view_stack_set_visible_child_name (self->view_stack, "agenda");
      gtk_menu_button_popup (self->add_student_button);
    }
}

/* Editing --------------------------------------------------------- */

static void
meeting_saved_cb (PassendMeetingView *self)
{
  _passend_meeting_view_reload (self);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PassendMeetingView *self = PASSEND_MEETING_VIEW (widget);
  PassendMeetingDialog *dialog;

  if (!is_planned (self))
    return;

  dialog = passend_meeting_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->database, self->meeting);
  g_signal_connect_object (dialog, "meeting-saved", G_CALLBACK (meeting_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Class ----------------------------------------------------------- */

static void
passend_meeting_view_dispose (GObject *object)
{
  PassendMeetingView *self = PASSEND_MEETING_VIEW (object);

  /* A removal still waiting for its undo is what the user asked for. */
  _passend_meeting_view_finish_removal (self);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->database != NULL)
    g_signal_handlers_disconnect_by_data (self->database, self);
  g_clear_object (&self->database);
  g_clear_object (&self->meeting);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->student_ids, g_hash_table_unref);

  G_OBJECT_CLASS (passend_meeting_view_parent_class)->dispose (object);
}

static void
passend_meeting_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PassendMeetingView *self = PASSEND_MEETING_VIEW (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_meeting_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PassendMeetingView *self = PASSEND_MEETING_VIEW (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      passend_meeting_view_set_folded (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_meeting_view_class_init (PassendMeetingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_meeting_view_dispose;
  object_class->get_property = passend_meeting_view_get_property;
  object_class->set_property = passend_meeting_view_set_property;

  /* Whether the meetings list is folded away: then the header shows a
   * back button to it. */
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_ADD_TOAST] =
    g_signal_new ("add-toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-meeting-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingView, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingView, edit_button);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingView, title_label);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingView, when_label);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingView, details_label);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingView, state_label);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingView, meeting_problems_box);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingView, add_student_button);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingView, agenda_list);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingView, end_label);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingView, minutes_bin);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingView, agenda_scroller);

  gtk_widget_class_install_action (widget_class, "meeting.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "meeting.add-student", NULL, add_student_action);
  _passend_meeting_view_install_export_actions (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "meeting.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "meeting.add-student", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_A, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "meeting.add-student", NULL);
}

static void
passend_meeting_view_init (PassendMeetingView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->student_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gtk_list_box_set_sort_func (self->agenda_list, _passend_meeting_view_sort_rows, NULL, NULL);

  self->picker = passend_student_picker_new ();
  g_signal_connect_object (self->picker, "student-chosen", G_CALLBACK (student_chosen_cb), self, G_CONNECT_SWAPPED);
  gtk_menu_button_set_popover (self->add_student_button, self->picker);
}

GtkWidget *
passend_meeting_view_new (void)
{
  return g_object_new (PASSEND_TYPE_MEETING_VIEW, NULL);
}

void
passend_meeting_view_set_database (PassendMeetingView *self,
                                   PassendDatabase    *database)
{
  g_return_if_fail (PASSEND_IS_MEETING_VIEW (self));
  g_return_if_fail (database == NULL || PASSEND_IS_DATABASE (database));

  if (self->database == database)
    return;

  _passend_meeting_view_finish_removal (self);
  if (self->database != NULL)
    g_signal_handlers_disconnect_by_data (self->database, self);
  g_set_object (&self->database, database);
  passend_student_picker_set_database (PASSEND_STUDENT_PICKER (self->picker), database);
  if (database != NULL)
    g_signal_connect_swapped (database, "changed", G_CALLBACK (database_changed_cb), self);

  passend_meeting_view_set_meeting (self, 0);
}

void
passend_meeting_view_set_meeting (PassendMeetingView *self,
                                  gint64              meeting_id)
{
  GtkListBoxRow *row;

  g_return_if_fail (PASSEND_IS_MEETING_VIEW (self));

  if (self->meeting_id == meeting_id)
    {
      _passend_meeting_view_reload (self);
      return;
    }

  _passend_meeting_view_finish_removal (self);
  self->meeting_id = meeting_id;
  g_clear_object (&self->meeting);
  g_hash_table_remove_all (self->rows);
  while ((row = gtk_list_box_get_row_at_index (self->agenda_list, 0)) != NULL)
    gtk_list_box_remove (self->agenda_list, GTK_WIDGET (row));
  adw_bin_set_child (self->minutes_bin, NULL);

  if (meeting_id == 0 || self->database == NULL)
    return;

  adw_bin_set_child (self->minutes_bin, GTK_WIDGET (passend_meeting_minutes_new (self->database, meeting_id)));
  _passend_meeting_view_reload (self);
}

gint64
passend_meeting_view_get_meeting_id (PassendMeetingView *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_VIEW (self), 0);

  return self->meeting_id;
}

gboolean
passend_meeting_view_get_folded (PassendMeetingView *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_VIEW (self), FALSE);

  return self->folded;
}

void
passend_meeting_view_set_folded (PassendMeetingView *self,
                                 gboolean            folded)
{
  g_return_if_fail (PASSEND_IS_MEETING_VIEW (self));

  folded = !!folded;
  if (self->folded == folded)
    return;

  self->folded = folded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

void
passend_meeting_view_show_page (PassendMeetingView *self,
                                const char         *name)
{
  g_return_if_fail (PASSEND_IS_MEETING_VIEW (self));

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

void
passend_meeting_view_focus_agenda (PassendMeetingView *self)
{
  GtkListBoxRow *first;

  g_return_if_fail (PASSEND_IS_MEETING_VIEW (self));

  adw_view_stack_set_visible_child_name (self->view_stack, "agenda");
  first = gtk_list_box_get_row_at_index (self->agenda_list, 0);
  if (first != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (first));
  else if (gtk_widget_get_visible (GTK_WIDGET (self->add_student_button)))
    gtk_widget_grab_focus (GTK_WIDGET (self->add_student_button));
}

void
passend_meeting_view_flush (PassendMeetingView *self)
{
  g_return_if_fail (PASSEND_IS_MEETING_VIEW (self));

  if (self->reload_source != 0)
    _passend_meeting_view_reload (self);
}

guint
passend_meeting_view_get_n_rows (PassendMeetingView *self)
{
  GtkListBoxRow *row;
  guint n = 0;

  g_return_val_if_fail (PASSEND_IS_MEETING_VIEW (self), 0);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->agenda_list, i)) != NULL; i++)
    {
      if (gtk_widget_get_visible (GTK_WIDGET (row)))
        n++;
    }

  return n;
}

PassendAgendaItemRow *
passend_meeting_view_get_row (PassendMeetingView *self,
                              guint               index)
{
  GtkListBoxRow *row;
  guint n = 0;

  g_return_val_if_fail (PASSEND_IS_MEETING_VIEW (self), NULL);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->agenda_list, i)) != NULL; i++)
    {
      if (!gtk_widget_get_visible (GTK_WIDGET (row)))
        continue;
      if (n++ == index)
        return PASSEND_AGENDA_ITEM_ROW (row);
    }

  return NULL;
}

PassendStudentPicker *
passend_meeting_view_get_student_picker (PassendMeetingView *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_VIEW (self), NULL);

  return PASSEND_STUDENT_PICKER (self->picker);
}

const char *
passend_meeting_view_get_summary (PassendMeetingView *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_VIEW (self), NULL);

  return gtk_label_get_text (self->end_label);
}
