/* passend-overview-page.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-overview-page.h"

typedef enum
{
  GROUP_OVERDUE,
  GROUP_TODAY,
  GROUP_WEEK,
  GROUP_LATER,
  N_GROUPS
} Group;

struct _PassendOverviewPage
{
  AdwBin                parent_instance;

  /* Template widgets */
  GtkStack             *stack;
  AdwStatusPage        *empty_page;
  AdwPreferencesGroup  *overdue_group;
  AdwPreferencesGroup  *today_group;
  AdwPreferencesGroup  *week_group;
  AdwPreferencesGroup  *later_group;
  GtkListBox           *overdue_list;
  GtkListBox           *today_list;
  GtkListBox           *week_list;
  GtkListBox           *later_list;

  /* Owned references */
  PassendDatabase      *database;
  GListStore           *groups[N_GROUPS];

  PassendDay            today;
  /* The day the shown list was computed for. */
  PassendDay            shown_day;
  guint                 reload_idle;
  guint                 midnight_timeout;
};

G_DEFINE_FINAL_TYPE (PassendOverviewPage, passend_overview_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_TODAY,
  N_PROPS
};

enum {
  STUDENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void reload (PassendOverviewPage *self);

static PassendDay
effective_today (PassendOverviewPage *self)
{
  return self->today != PASSEND_DAY_NONE ? self->today : passend_day_today ();
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  PassendOverviewPage *self = user_data;
  PassendDeadline *deadline = item;
  PassendDay due = passend_deadline_get_due (deadline);
  g_autofree char *date = passend_day_format (due);
  g_autofree char *relative = passend_day_format_relative (due, self->shown_day);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (passend_deadline_get_icon_name (deadline));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *date_label = gtk_label_new (date);
  GtkWidget *relative_label = gtk_label_new (relative);

  /* Names are text, never markup ("Ali & Co" must show as typed). */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), passend_deadline_get_subject (deadline));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), passend_deadline_get_description (deadline));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (date_label), 1.0);
  gtk_label_set_xalign (GTK_LABEL (relative_label), 1.0);
  gtk_widget_add_css_class (date_label, "numeric");
  gtk_widget_add_css_class (relative_label, "caption");
  /* Red means overdue, and only that. */
  gtk_widget_add_css_class (relative_label,
                            passend_deadline_is_overdue (deadline, self->shown_day) ? "error" : "dim-label");
  gtk_box_append (GTK_BOX (box), date_label);
  gtk_box_append (GTK_BOX (box), relative_label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  g_object_set_data_full (G_OBJECT (row), "deadline", g_object_ref (deadline), g_object_unref);
  return row;
}

static Group
group_of (PassendDeadline *deadline,
          PassendDay       today)
{
  PassendDay due = passend_deadline_get_due (deadline);
  /* The week runs to Sunday, as a diary shows it. */
  PassendDay sunday = passend_day_add_days (today, 7 - passend_day_get_weekday (today));

  if (due < today)
    return GROUP_OVERDUE;
  if (due == today)
    return GROUP_TODAY;
  if (due <= sunday)
    return GROUP_WEEK;
  return GROUP_LATER;
}

static void
show_deadlines (PassendOverviewPage *self,
                GListModel          *deadlines,
                PassendDay           today)
{
  AdwPreferencesGroup *groups[N_GROUPS] = {
    self->overdue_group, self->today_group, self->week_group, self->later_group,
  };
  GPtrArray *split[N_GROUPS];
  guint n_items = g_list_model_get_n_items (deadlines);

  self->shown_day = today;

  for (guint g = 0; g < N_GROUPS; g++)
    split[g] = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_items; i++)
    {
      PassendDeadline *deadline = g_list_model_get_item (deadlines, i);

      g_ptr_array_add (split[group_of (deadline, today)], deadline);
    }

  /* One splice per group: the list box rebuilds its rows once. */
  for (guint g = 0; g < N_GROUPS; g++)
    {
      g_list_store_splice (self->groups[g], 0, g_list_model_get_n_items (G_LIST_MODEL (self->groups[g])),
                           split[g]->pdata, split[g]->len);
      gtk_widget_set_visible (GTK_WIDGET (groups[g]), split[g]->len > 0);
      g_ptr_array_unref (split[g]);
    }

  if (n_items == 0)
    {
      PassendProtocol protocol;
      g_autofree char *description = NULL;
      int horizon;

      passend_protocol_init_defaults (&protocol);
      passend_database_load_protocol (self->database, &protocol, NULL);
      horizon = passend_protocol_get (&protocol, PASSEND_PROTOCOL_WARNING_HORIZON_DAYS);
      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "No deadline is overdue or due in the next %d day.",
                                                  "No deadline is overdue or due in the next %d days.",
                                                  horizon),
                                     horizon);
      adw_status_page_set_title (self->empty_page, _("Nothing Needs You"));
      adw_status_page_set_icon_name (self->empty_page, "emblem-ok-symbolic");
      adw_status_page_set_description (self->empty_page, description);
    }

  gtk_stack_set_visible_child_name (self->stack, n_items > 0 ? "list" : "empty");
}

static void
show_error (PassendOverviewPage *self,
            const GError        *error)
{
  for (guint g = 0; g < N_GROUPS; g++)
    g_list_store_remove_all (self->groups[g]);

  adw_status_page_set_title (self->empty_page, _("Cannot Show the Deadlines"));
  adw_status_page_set_icon_name (self->empty_page, "dialog-error-symbolic");
  adw_status_page_set_description (self->empty_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static gboolean
midnight_cb (gpointer user_data)
{
  PassendOverviewPage *self = user_data;

  self->midnight_timeout = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* "Today" and "overdue" move at midnight even when nothing is written. */
static void
schedule_midnight (PassendOverviewPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) midnight = NULL;
  GTimeSpan until;

  g_clear_handle_id (&self->midnight_timeout, g_source_remove);
  if (self->today != PASSEND_DAY_NONE || self->database == NULL)
    return;

  start = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                 g_date_time_get_day_of_month (now), 0, 0, 0);
  midnight = g_date_time_add_days (start, 1);
  until = g_date_time_difference (midnight, now);
  self->midnight_timeout = g_timeout_add_seconds ((guint) (until / G_USEC_PER_SEC) + 1, midnight_cb, self);
}

static void
reload (PassendOverviewPage *self)
{
  g_autoptr(GListModel) deadlines = NULL;
  g_autoptr(GError) error = NULL;
  PassendDay today = effective_today (self);

  g_clear_handle_id (&self->reload_idle, g_source_remove);

  if (self->database == NULL)
    {
      for (guint g = 0; g < N_GROUPS; g++)
        g_list_store_remove_all (self->groups[g]);
      return;
    }

  deadlines = passend_database_list_deadlines (self->database, today, &error);
  if (deadlines == NULL)
    show_error (self, error);
  else
    show_deadlines (self, deadlines, today);

  schedule_midnight (self);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  PassendOverviewPage *self = user_data;

  self->reload_idle = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* A batch announces several kinds of change at once: reload once. */
static void
database_changed_cb (PassendOverviewPage *self,
                     const char          *entity,
                     gint64               id)
{
  if (self->reload_idle == 0)
    self->reload_idle = g_idle_add (reload_idle_cb, self);
}

static void
row_activated_cb (PassendOverviewPage *self,
                  GtkListBoxRow       *row)
{
  PassendDeadline *deadline = g_object_get_data (G_OBJECT (row), "deadline");
  gint64 student_id;

  g_return_if_fail (PASSEND_IS_DEADLINE (deadline));

  student_id = passend_deadline_get_student_id (deadline);
  if (student_id != 0)
    {
      g_autoptr(PassendStudent) student = NULL;
      g_autoptr(GError) error = NULL;

      student = passend_database_get_student (self->database, student_id, &error);
      if (student == NULL)
        {
          show_error (self, error);
          return;
        }
      g_signal_emit (self, signals[STUDENT_ACTIVATED], 0, student);
    }
  else if (passend_deadline_get_aanmelding_id (deadline) != 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-aanmelding", "x",
                                  passend_deadline_get_aanmelding_id (deadline));
    }
}

static void
passend_overview_page_dispose (GObject *object)
{
  PassendOverviewPage *self = PASSEND_OVERVIEW_PAGE (object);

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  g_clear_handle_id (&self->midnight_timeout, g_source_remove);
  g_clear_object (&self->database);
  for (guint g = 0; g < N_GROUPS; g++)
    g_clear_object (&self->groups[g]);

  G_OBJECT_CLASS (passend_overview_page_parent_class)->dispose (object);
}

static void
passend_overview_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PassendOverviewPage *self = PASSEND_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_TODAY:
      g_value_set_uint (value, self->today);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_overview_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PassendOverviewPage *self = PASSEND_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      passend_overview_page_set_database (self, g_value_get_object (value));
      break;

    case PROP_TODAY:
      passend_overview_page_set_today (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_overview_page_class_init (PassendOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_overview_page_dispose;
  object_class->get_property = passend_overview_page_get_property;
  object_class->set_property = passend_overview_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         PASSEND_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_TODAY] =
    g_param_spec_uint ("today", NULL, NULL,
                       0, G_MAXUINT32, PASSEND_DAY_NONE,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[STUDENT_ACTIVATED] =
    g_signal_new ("student-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PASSEND_TYPE_STUDENT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendOverviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PassendOverviewPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PassendOverviewPage, overdue_group);
  gtk_widget_class_bind_template_child (widget_class, PassendOverviewPage, today_group);
  gtk_widget_class_bind_template_child (widget_class, PassendOverviewPage, week_group);
  gtk_widget_class_bind_template_child (widget_class, PassendOverviewPage, later_group);
  gtk_widget_class_bind_template_child (widget_class, PassendOverviewPage, overdue_list);
  gtk_widget_class_bind_template_child (widget_class, PassendOverviewPage, today_list);
  gtk_widget_class_bind_template_child (widget_class, PassendOverviewPage, week_list);
  gtk_widget_class_bind_template_child (widget_class, PassendOverviewPage, later_list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
passend_overview_page_init (PassendOverviewPage *self)
{
  GtkListBox *lists[N_GROUPS];

  gtk_widget_init_template (GTK_WIDGET (self));

  lists[GROUP_OVERDUE] = self->overdue_list;
  lists[GROUP_TODAY] = self->today_list;
  lists[GROUP_WEEK] = self->week_list;
  lists[GROUP_LATER] = self->later_list;

  for (guint g = 0; g < N_GROUPS; g++)
    {
      self->groups[g] = g_list_store_new (PASSEND_TYPE_DEADLINE);
      gtk_list_box_bind_model (lists[g], G_LIST_MODEL (self->groups[g]), create_row, self, NULL);
    }

  gtk_stack_set_visible_child_name (self->stack, "empty");
}

GtkWidget *
passend_overview_page_new (void)
{
  return g_object_new (PASSEND_TYPE_OVERVIEW_PAGE, NULL);
}

PassendDatabase *
passend_overview_page_get_database (PassendOverviewPage *self)
{
  g_return_val_if_fail (PASSEND_IS_OVERVIEW_PAGE (self), NULL);

  return self->database;
}

void
passend_overview_page_set_database (PassendOverviewPage *self,
                                    PassendDatabase     *database)
{
  g_return_if_fail (PASSEND_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (database == NULL || PASSEND_IS_DATABASE (database));

  if (self->database == database)
    return;

  if (self->database != NULL)
    g_signal_handlers_disconnect_by_data (self->database, self);
  g_set_object (&self->database, database);
  if (database != NULL)
    g_signal_connect_object (database, "changed", G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

PassendDay
passend_overview_page_get_today (PassendOverviewPage *self)
{
  g_return_val_if_fail (PASSEND_IS_OVERVIEW_PAGE (self), PASSEND_DAY_NONE);

  return self->today;
}

void
passend_overview_page_set_today (PassendOverviewPage *self,
                                 PassendDay           today)
{
  g_return_if_fail (PASSEND_IS_OVERVIEW_PAGE (self));

  if (self->today == today)
    return;

  self->today = today;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}
