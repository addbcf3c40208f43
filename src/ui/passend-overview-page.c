/* passend-overview-page.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-database-meetings.h"
#include "passend-overview-page.h"
#include "passend-ui-util.h"
#include "passend-window.h"

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
  AdwPreferencesGroup  *meetings_group;
  GtkListBox           *meetings_list;
  AdwPreferencesGroup  *actions_group;
  GtkListBox           *actions_list;

  /* Owned references */
  PassendDatabase      *database;
  GListStore           *groups[N_GROUPS];
  GListStore           *meetings;
  GListStore           *actions;

  PassendDay            today;
  /* The day the shown list was computed for. */
  PassendDay            shown_day;
  guint                 reload_idle;
  guint                 midnight_timeout;
  /* Changed while hidden: reload when shown. */
  gboolean              stale;
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

gboolean
passend_overview_page_shows_as_deadline (PassendDeadline *deadline,
                                         PassendDay       today)
{
  PassendDay monday, due;

  g_return_val_if_fail (PASSEND_IS_DEADLINE (deadline), FALSE);

  switch (passend_deadline_get_kind (deadline))
    {
    case PASSEND_DEADLINE_KIND_ACTION:
      return FALSE;

    case PASSEND_DEADLINE_KIND_MEETING:
      /* A meeting of an earlier week still waiting to be closed stays a
       * deadline, and so does one after this week. */
      monday = passend_day_add_days (today, 1 - passend_day_get_weekday (today));
      due = passend_deadline_get_due (deadline);
      return due < monday || due > passend_day_add_days (monday, 6);

    case PASSEND_DEADLINE_KIND_ZORGPLICHT_DECISION:
    case PASSEND_DEADLINE_KIND_ZORGPLICHT_PLACEMENT:
    case PASSEND_DEADLINE_KIND_OPP_ESTABLISH:
    case PASSEND_DEADLINE_KIND_OPP_EVALUATION:
    case PASSEND_DEADLINE_KIND_INTERVENTION_END:
    case PASSEND_DEADLINE_KIND_CONSENT_EXPIRY:
    case PASSEND_DEADLINE_KIND_ABSENCE_REPORT:
    case PASSEND_DEADLINE_KIND_SICKNESS_SIGNAL:
    case PASSEND_DEADLINE_KIND_TLV_OBJECTION:
    case PASSEND_DEADLINE_KIND_TLV_END:
    default:
      return TRUE;
    }
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

static guint
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

      if (passend_overview_page_shows_as_deadline (deadline, today))
        g_ptr_array_add (split[group_of (deadline, today)], deadline);
      else
        g_object_unref (deadline);
    }

  /* One splice per group: the list box rebuilds its rows once. */
  n_items = 0;
  for (guint g = 0; g < N_GROUPS; g++)
    {
      n_items += split[g]->len;
      g_list_store_splice (self->groups[g], 0, g_list_model_get_n_items (G_LIST_MODEL (self->groups[g])),
                           split[g]->pdata, split[g]->len);
      gtk_widget_set_visible (GTK_WIDGET (groups[g]), split[g]->len > 0);
      g_ptr_array_unref (split[g]);
    }

  return n_items;
}

static void
add_toast (PassendOverviewPage *self,
           AdwToast            *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else if (PASSEND_IS_WINDOW (root))
    passend_window_add_toast (PASSEND_WINDOW (root), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
undo_done_cb (AdwToast            *toast,
              PassendOverviewPage *self)
{
  gint64 action_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "action-id"));
  g_autoptr(GError) error = NULL;

  if (self->database != NULL &&
      !passend_database_set_meeting_action_done (self->database, action_id, PASSEND_DAY_NONE, &error))
    add_toast (self, passend_ui_toast_new_error (_("Could not undo"), error));
}

static void
action_done_toggled_cb (GtkCheckButton      *check,
                        PassendOverviewPage *self)
{
  PassendMeetingAction *action = g_object_get_data (G_OBJECT (check), "action");
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (!gtk_check_button_get_active (check) || self->database == NULL)
    return;

  /* Done today, as the coordinator hears of it, whatever day is shown. */
  if (!passend_database_set_meeting_action_done (self->database, passend_meeting_action_get_id (action),
                                                 passend_day_today (), &error))
    {
      gtk_check_button_set_active (check, FALSE);
      add_toast (self, passend_ui_toast_new_error (_("Could not mark the action done"), error));
      return;
    }

  toast = adw_toast_new (_("Action done"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data (G_OBJECT (toast), "action-id", GSIZE_TO_POINTER ((gsize) passend_meeting_action_get_id (action)));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_done_cb), self, 0);
  add_toast (self, toast);
}

static GtkWidget *
date_box_new (const char *date,
              const char *detail,
              const char *detail_class)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *date_label = gtk_label_new (date);
  GtkWidget *detail_label = gtk_label_new (detail);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (date_label), 1.0);
  gtk_label_set_xalign (GTK_LABEL (detail_label), 1.0);
  gtk_widget_add_css_class (date_label, "numeric");
  gtk_widget_add_css_class (detail_label, "caption");
  gtk_widget_add_css_class (detail_label, detail_class);
  gtk_box_append (GTK_BOX (box), date_label);
  gtk_box_append (GTK_BOX (box), detail_label);
  return box;
}

static GtkWidget *
create_action_row (gpointer item,
                   gpointer user_data)
{
  PassendOverviewPage *self = user_data;
  PassendMeetingAction *action = item;
  PassendDay due = passend_meeting_action_get_due_on (action);
  const char *owner = passend_meeting_action_get_owner_display_name (action);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *subtitle = NULL;

  /* TRANSLATORS: an open action's student and who does it, "Sem Jansen · ouders". */
  subtitle = g_strdup_printf (C_("action", "%s · %s"), passend_meeting_action_get_student_name (action),
                              owner[0] != '\0' ? owner : _("nobody named"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), passend_meeting_action_get_what (action));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  passend_ui_set_cell_tooltip (check, _("Mark Done"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Mark done"), -1);
  g_object_set_data_full (G_OBJECT (check), "action", g_object_ref (action), g_object_unref);
  g_signal_connect_object (check, "toggled", G_CALLBACK (action_done_toggled_cb), self, 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);

  if (due != PASSEND_DAY_NONE)
    {
      g_autofree char *date = passend_day_format (due);
      g_autofree char *relative = passend_day_format_relative (due, self->shown_day);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 date_box_new (date, relative,
                                               passend_meeting_action_is_overdue (action, self->shown_day) ?
                                               "error" : "dim-label"));
    }
  else
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), date_box_new ("", _("No due date"), "dim-label"));
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  g_object_set_data_full (G_OBJECT (row), "action", g_object_ref (action), g_object_unref);
  return row;
}

static GtkWidget *
create_meeting_row (gpointer item,
                    gpointer user_data)
{
  PassendMeeting *meeting = item;
  guint n_items = passend_meeting_get_n_items (meeting);
  g_autofree char *date = passend_day_format (passend_meeting_get_day (meeting));
  g_autoptr(GDateTime) starts = g_date_time_new_from_unix_local (passend_meeting_get_starts_at (meeting));
  g_autoptr(GDateTime) ends = g_date_time_new_from_unix_local (passend_meeting_get_ends_at (meeting));
  g_autofree char *from = g_date_time_format (starts, "%H:%M");
  g_autofree char *to = g_date_time_format (ends, "%H:%M");
  g_autofree char *slot = NULL;
  g_autofree char *students = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  gboolean closed = passend_meeting_get_state (meeting) == PASSEND_MEETING_STATE_CLOSED;

  /* TRANSLATORS: when a meeting runs, "09:00–10:30". */
  slot = g_strdup_printf (C_("slot", "%s–%s"), from, to);
  students = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u student", "%u students", n_items), n_items);
  if (g_strcmp0 (passend_meeting_get_title (meeting), passend_meeting_get_kind_name (meeting)) != 0)
    /* TRANSLATORS: a meeting's kind and its number of students, "Flex-ZAT · 3 students". */
    subtitle = g_strdup_printf (C_("meeting", "%s · %s"), passend_meeting_get_kind_name (meeting), students);
  else
    subtitle = g_strdup (students);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), passend_meeting_get_title (meeting));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("x-office-calendar-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             date_box_new (date, closed ? passend_meeting_state_get_label (PASSEND_MEETING_STATE_CLOSED) : slot,
                                           "dim-label"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  g_object_set_data (G_OBJECT (row), "meeting-id", GSIZE_TO_POINTER ((gsize) passend_meeting_get_id (meeting)));
  return row;
}

static guint
splice_all (GListStore *store,
            GListModel *model)
{
  guint n_items = model != NULL ? g_list_model_get_n_items (model) : 0;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), items->pdata, items->len);
  return n_items;
}

/* The actions and meetings are a part of the Overzicht: when they cannot
 * be loaded their group says so, and the deadlines still show. */
static guint
show_meetings_and_actions (PassendOverviewPage *self,
                           PassendDay           today,
                           int                  horizon)
{
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GError) meetings_error = NULL;
  g_autoptr(GError) actions_error = NULL;
  guint n_meetings, n_actions;

  meetings = passend_database_list_meetings_of_week (self->database, today, &meetings_error);
  actions = passend_database_list_open_meeting_actions (self->database, passend_day_add_days (today, horizon),
                                                        &actions_error);

  n_meetings = splice_all (self->meetings, meetings);
  adw_preferences_group_set_description (self->meetings_group, meetings_error != NULL ? meetings_error->message : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->meetings_group), n_meetings > 0 || meetings_error != NULL);

  n_actions = splice_all (self->actions, actions);
  adw_preferences_group_set_description (self->actions_group,
                                         actions_error != NULL ? actions_error->message :
                                         _("Agreed in meetings: overdue, due soon or without a due date"));
  gtk_widget_set_visible (GTK_WIDGET (self->actions_group), n_actions > 0 || actions_error != NULL);

  return n_meetings + n_actions + (meetings_error != NULL) + (actions_error != NULL);
}

static void
show_empty (PassendOverviewPage *self,
            int                  horizon)
{
  g_autofree char *description = NULL;

  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "No deadline or action is overdue or due in the next %d day, and there is no meeting this week.",
                                              "No deadline or action is overdue or due in the next %d days, and there is no meeting this week.",
                                              horizon),
                                 horizon);
  adw_status_page_set_title (self->empty_page, _("Nothing Needs You"));
  adw_status_page_set_icon_name (self->empty_page, "emblem-ok-symbolic");
  adw_status_page_set_description (self->empty_page, description);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
show_meeting (PassendOverviewPage *self,
              gint64               meeting_id)
{
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "win.show-meeting", "x", meeting_id))
    g_debug ("No window action shows meeting %" G_GINT64_FORMAT, meeting_id);
}

static void
meeting_row_activated_cb (PassendOverviewPage *self,
                          GtkListBoxRow       *row)
{
  show_meeting (self, (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "meeting-id")));
}

/* An action opens its meeting, where it was agreed and can be changed;
 * without a meeting view, its student. */
static void
action_row_activated_cb (PassendOverviewPage *self,
                         GtkListBoxRow       *row)
{
  PassendMeetingAction *action = g_object_get_data (G_OBJECT (row), "action");
  g_autoptr(PassendStudent) student = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PASSEND_IS_MEETING_ACTION (action));

  if (gtk_widget_activate_action (GTK_WIDGET (self), "win.show-meeting", "x",
                                  passend_meeting_action_get_meeting_id (action)))
    return;

  student = passend_database_get_student (self->database, passend_meeting_action_get_student_id (action), &error);
  if (student == NULL)
    {
      add_toast (self, passend_ui_toast_new_error (_("Could not open the student"), error));
      return;
    }
  g_signal_emit (self, signals[STUDENT_ACTIVATED], 0, student);
}

static void
show_error (PassendOverviewPage *self,
            const GError        *error)
{
  for (guint g = 0; g < N_GROUPS; g++)
    g_list_store_remove_all (self->groups[g]);
  g_list_store_remove_all (self->meetings);
  g_list_store_remove_all (self->actions);

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

  /* A hidden Overzicht is brought up to date when it is shown: building
   * hundreds of rows nobody sees slows the start and every change. */
  if (self->database != NULL && !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;

  if (self->database == NULL)
    {
      for (guint g = 0; g < N_GROUPS; g++)
        g_list_store_remove_all (self->groups[g]);
      g_list_store_remove_all (self->meetings);
      g_list_store_remove_all (self->actions);
      return;
    }

  deadlines = passend_database_list_deadlines (self->database, today, &error);
  if (deadlines == NULL)
    {
      show_error (self, error);
    }
  else
    {
      PassendProtocol protocol;
      int horizon;
      guint n_shown;

      passend_protocol_init_defaults (&protocol);
      passend_database_load_protocol (self->database, &protocol, NULL);
      horizon = passend_protocol_get (&protocol, PASSEND_PROTOCOL_WARNING_HORIZON_DAYS);

      n_shown = show_deadlines (self, deadlines, today);
      n_shown += show_meetings_and_actions (self, today, horizon);
      if (n_shown > 0)
        gtk_stack_set_visible_child_name (self->stack, "list");
      else
        show_empty (self, horizon);
    }

  schedule_midnight (self);
}

static void
passend_overview_page_map (GtkWidget *widget)
{
  PassendOverviewPage *self = PASSEND_OVERVIEW_PAGE (widget);

  GTK_WIDGET_CLASS (passend_overview_page_parent_class)->map (widget);

  if (self->stale)
    reload (self);
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
  g_clear_object (&self->meetings);
  g_clear_object (&self->actions);

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
  widget_class->map = passend_overview_page_map;

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
  gtk_widget_class_bind_template_child (widget_class, PassendOverviewPage, meetings_group);
  gtk_widget_class_bind_template_child (widget_class, PassendOverviewPage, meetings_list);
  gtk_widget_class_bind_template_child (widget_class, PassendOverviewPage, actions_group);
  gtk_widget_class_bind_template_child (widget_class, PassendOverviewPage, actions_list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, meeting_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, action_row_activated_cb);
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

  self->meetings = g_list_store_new (PASSEND_TYPE_MEETING);
  gtk_list_box_bind_model (self->meetings_list, G_LIST_MODEL (self->meetings), create_meeting_row, self, NULL);
  self->actions = g_list_store_new (PASSEND_TYPE_MEETING_ACTION);
  gtk_list_box_bind_model (self->actions_list, G_LIST_MODEL (self->actions), create_action_row, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->meetings_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->actions_group), FALSE);

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
