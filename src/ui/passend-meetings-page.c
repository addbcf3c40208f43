/* passend-meetings-page.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-database-meetings.h"
#include "passend-meeting-dialog.h"
#include "passend-meetings-page.h"
#include "passend-ui-util.h"

#define RELOAD_DELAY_MS 100

struct _PassendMeetingsPage
{
  AdwBin              parent_instance;

  /* Template widgets */
  AdwLeaflet         *leaflet;
  AdwWindowTitle     *list_title;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  GtkStack           *meeting_stack;
  PassendMeetingView *meeting_view;

  /* Owned references */
  PassendDatabase    *database;
  GListStore         *meetings;
  GtkSingleSelection *selection;

  guint               n_upcoming;
  guint               reload_source;
  guint               folded : 1;
  guint               reloading : 1;
};

G_DEFINE_FINAL_TYPE (PassendMeetingsPage, passend_meetings_page, ADW_TYPE_BIN)

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

static void
add_toast (PassendMeetingsPage *self,
           AdwToast            *toast)
{
  g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);
}

/* Rows: a section heading on the first upcoming and the first past
 * meeting, then the day and time, the title, and the kind with the
 * number of students. */

static GtkWidget *
add_label (GtkWidget  *box,
           const char *first_class,
           const char *second_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (first_class != NULL)
    gtk_widget_add_css_class (label, first_class);
  if (second_class != NULL)
    gtk_widget_add_css_class (label, second_class);
  gtk_box_append (GTK_BOX (box), label);

  return label;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              PassendMeetingsPage      *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *section;
  GtkWidget *when;
  GtkWidget *state;

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  section = add_label (box, "caption-heading", "dim-label");
  gtk_widget_set_margin_bottom (section, 4);
  gtk_box_append (GTK_BOX (box), top);
  when = add_label (top, "numeric", NULL);
  gtk_widget_set_hexpand (when, TRUE);
  state = add_label (top, "caption", NULL);
  g_object_set_data (G_OBJECT (box), "section", section);
  g_object_set_data (G_OBJECT (box), "when", when);
  g_object_set_data (G_OBJECT (box), "state", state);
  g_object_set_data (G_OBJECT (box), "title", add_label (box, "heading", NULL));
  g_object_set_data (G_OBJECT (box), "detail", add_label (box, "caption", "dim-label"));
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             PassendMeetingsPage      *self)
{
  PassendMeeting *meeting = gtk_list_item_get_item (item);
  GObject *box = G_OBJECT (gtk_list_item_get_child (item));
  GtkWidget *section = g_object_get_data (box, "section");
  GtkWidget *state_label = g_object_get_data (box, "state");
  guint position = gtk_list_item_get_position (item);
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (passend_meeting_get_starts_at (meeting));
  g_autofree char *day = passend_day_format (passend_meeting_get_day (meeting));
  g_autofree char *time = g_date_time_format (local, "%H:%M");
  g_autofree char *when = NULL;
  g_autofree char *detail = NULL;
  PassendMeetingState state = passend_meeting_get_state (meeting);
  guint n_items = passend_meeting_get_n_items (meeting);

  gtk_widget_set_visible (section, position == 0 || position == self->n_upcoming);
  gtk_label_set_text (GTK_LABEL (section), position < self->n_upcoming ? _("Upcoming") : _("Past"));

  /* TRANSLATORS: a meeting's day and start time, "Mon 30 Nov 2026, 14:00" */
  when = g_strdup_printf (_("%s, %s"), day, time);
  gtk_label_set_text (g_object_get_data (box, "when"), when);
  gtk_label_set_text (g_object_get_data (box, "title"), passend_meeting_get_title (meeting));

  /* The title is the kind's name unless the user gave another. */
  if (g_strcmp0 (passend_meeting_get_title (meeting), passend_meeting_get_kind_name (meeting)) == 0)
    detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u student", "%u students", n_items), n_items);
  else
    /* TRANSLATORS: a meeting's kind and how many students are on it, "Flex-ZAT · 3 students" */
    detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u student", "%s · %u students", n_items),
                              passend_meeting_get_kind_name (meeting), n_items);
  gtk_label_set_text (g_object_get_data (box, "detail"), detail);

  /* Planned is the normal state and needs no word; one that has passed
   * still waits for its minutes. */
  gtk_widget_remove_css_class (state_label, "warning");
  gtk_widget_remove_css_class (state_label, "dim-label");
  if (state == PASSEND_MEETING_STATE_PLANNED && passend_meeting_get_starts_at (meeting) < g_get_real_time () / G_USEC_PER_SEC)
    {
      gtk_label_set_text (GTK_LABEL (state_label), _("Minutes due"));
      gtk_widget_add_css_class (state_label, "warning");
    }
  else if (state != PASSEND_MEETING_STATE_PLANNED)
    {
      gtk_label_set_text (GTK_LABEL (state_label), passend_meeting_state_get_label (state));
      gtk_widget_add_css_class (state_label, "dim-label");
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (state_label), "");
    }
}

static guint
find_position (PassendMeetingsPage *self,
               gint64               id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->meetings));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PassendMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (self->meetings), i);

      if (passend_meeting_get_id (meeting) == id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
update_titles (PassendMeetingsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->meetings));
  g_autofree char *subtitle = NULL;

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u upcoming", "%u upcoming", self->n_upcoming),
                              self->n_upcoming);
  adw_window_title_set_subtitle (self->list_title, n > 0 ? subtitle : "");
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
}

static void
append_all (GPtrArray  *items,
            GListModel *model)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
}

static void
reload (PassendMeetingsPage *self)
{
  g_autoptr(GListModel) upcoming = NULL;
  g_autoptr(GListModel) past = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 selected_id = passend_meeting_view_get_meeting_id (self->meeting_view);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  guint position;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->database == NULL)
    return;

  upcoming = passend_database_list_upcoming_meetings (self->database, now, &error);
  if (upcoming == NULL || (past = passend_database_list_past_meetings (self->database, now, &error)) == NULL)
    {
      add_toast (self, passend_ui_toast_new_error (_("Could not load the meetings"), error));
      return;
    }

  append_all (items, upcoming);
  self->n_upcoming = items->len;
  append_all (items, past);

  self->reloading = TRUE;
  g_list_store_splice (self->meetings, 0, g_list_model_get_n_items (G_LIST_MODEL (self->meetings)),
                       items->pdata, items->len);
  position = find_position (self, selected_id);
  gtk_single_selection_set_selected (self->selection, position);
  self->reloading = FALSE;

  if (position == GTK_INVALID_LIST_POSITION)
    {
      passend_meeting_view_set_meeting (self->meeting_view, 0);
      gtk_stack_set_visible_child_name (self->meeting_stack, "none");
    }
  update_titles (self);
}

static void
reload_timeout_cb (gpointer data)
{
  PassendMeetingsPage *self = data;

  self->reload_source = 0;
  reload (self);
}

static void
database_changed_cb (PassendMeetingsPage *self,
                     const char          *entity,
                     gint64               id)
{
  if (self->reload_source == 0)
    self->reload_source = g_timeout_add_once (RELOAD_DELAY_MS, reload_timeout_cb, self);
}

static void
selection_changed_cb (PassendMeetingsPage *self)
{
  PassendMeeting *selected = gtk_single_selection_get_selected_item (self->selection);

  if (self->reloading)
    return;

  passend_meeting_view_set_meeting (self->meeting_view, selected != NULL ? passend_meeting_get_id (selected) : 0);
  gtk_stack_set_visible_child_name (self->meeting_stack, selected != NULL ? "meeting" : "none");
}

static void
list_activate_cb (PassendMeetingsPage *self,
                  guint                position)
{
  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_set_visible_child_name (self->leaflet, "meeting");
  passend_meeting_view_focus_agenda (self->meeting_view);
}

static void
view_add_toast_cb (PassendMeetingsPage *self,
                   AdwToast            *toast)
{
  add_toast (self, toast);
}

static void
meeting_created_cb (PassendMeetingsPage *self,
                    gint64               meeting_id)
{
  reload (self);
  passend_meetings_page_show_meeting (self, meeting_id);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  PassendMeetingsPage *self = PASSEND_MEETINGS_PAGE (widget);
  PassendMeetingDialog *dialog;

  if (self->database == NULL)
    return;

  dialog = passend_meeting_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->database, NULL);
  g_signal_connect_object (dialog, "meeting-saved", G_CALLBACK (meeting_created_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  passend_meetings_page_focus_list (PASSEND_MEETINGS_PAGE (widget));
}

static void
passend_meetings_page_dispose (GObject *object)
{
  PassendMeetingsPage *self = PASSEND_MEETINGS_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->database != NULL)
    g_signal_handlers_disconnect_by_data (self->database, self);
  g_clear_object (&self->database);
  g_clear_object (&self->selection);
  g_clear_object (&self->meetings);

  G_OBJECT_CLASS (passend_meetings_page_parent_class)->dispose (object);
}

static void
passend_meetings_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PassendMeetingsPage *self = PASSEND_MEETINGS_PAGE (object);

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
passend_meetings_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PassendMeetingsPage *self = PASSEND_MEETINGS_PAGE (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      passend_meetings_page_set_folded (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_meetings_page_class_init (PassendMeetingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_meetings_page_dispose;
  object_class->get_property = passend_meetings_page_get_property;
  object_class->set_property = passend_meetings_page_set_property;

  /* Whether the window's sidebar is folded away: then the list shows a
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

  g_type_ensure (PASSEND_TYPE_MEETING_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-meetings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingsPage, list_title);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingsPage, meeting_stack);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingsPage, meeting_view);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_add_toast_cb);

  gtk_widget_class_install_action (widget_class, "meetings.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "meetings.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "meetings.new", NULL);
}

static void
passend_meetings_page_init (PassendMeetingsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->meetings = g_list_store_new (PASSEND_TYPE_MEETING);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->meetings)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  update_titles (self);
}

GtkWidget *
passend_meetings_page_new (void)
{
  return g_object_new (PASSEND_TYPE_MEETINGS_PAGE, NULL);
}

void
passend_meetings_page_set_database (PassendMeetingsPage *self,
                                    PassendDatabase     *database)
{
  g_return_if_fail (PASSEND_IS_MEETINGS_PAGE (self));
  g_return_if_fail (database == NULL || PASSEND_IS_DATABASE (database));

  if (self->database == database)
    return;

  if (self->database != NULL)
    g_signal_handlers_disconnect_by_data (self->database, self);
  passend_meeting_view_set_database (self->meeting_view, database);
  g_set_object (&self->database, database);

  /* The list shows names of chairs and kinds and counts of students. */
  if (database != NULL)
    {
      g_signal_connect_swapped (database, "changed::meeting", G_CALLBACK (database_changed_cb), self);
      g_signal_connect_swapped (database, "changed::meeting-kind", G_CALLBACK (database_changed_cb), self);
      g_signal_connect_swapped (database, "changed::person", G_CALLBACK (database_changed_cb), self);
    }
  reload (self);
}

gboolean
passend_meetings_page_get_folded (PassendMeetingsPage *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETINGS_PAGE (self), FALSE);

  return self->folded;
}

void
passend_meetings_page_set_folded (PassendMeetingsPage *self,
                                  gboolean             folded)
{
  g_return_if_fail (PASSEND_IS_MEETINGS_PAGE (self));

  folded = !!folded;
  if (self->folded == folded)
    return;

  self->folded = folded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

void
passend_meetings_page_show_meeting (PassendMeetingsPage *self,
                                    gint64               meeting_id)
{
  guint position;

  g_return_if_fail (PASSEND_IS_MEETINGS_PAGE (self));

  if (self->reload_source != 0 || find_position (self, meeting_id) == GTK_INVALID_LIST_POSITION)
    reload (self);

  position = find_position (self, meeting_id);
  if (position == GTK_INVALID_LIST_POSITION)
    return;

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  adw_leaflet_set_visible_child_name (self->leaflet, "meeting");
  passend_meeting_view_show_page (self->meeting_view, "agenda");
  passend_meeting_view_focus_agenda (self->meeting_view);
}

void
passend_meetings_page_focus_list (PassendMeetingsPage *self)
{
  g_return_if_fail (PASSEND_IS_MEETINGS_PAGE (self));

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

PassendMeetingView *
passend_meetings_page_get_view (PassendMeetingsPage *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETINGS_PAGE (self), NULL);

  return self->meeting_view;
}

guint
passend_meetings_page_get_n_meetings (PassendMeetingsPage *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETINGS_PAGE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->meetings));
}
