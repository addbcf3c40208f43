/* passend-timeline-view.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-date.h"
#include "passend-timeline-row.h"
#include "passend-timeline-view-private.h"
#include "passend-ui-util.h"


G_DEFINE_FINAL_TYPE (PassendTimelineView, passend_timeline_view, ADW_TYPE_BIN)

enum {
  SIGNAL_ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The kinds in the filter menu, as the editor offers them. */
static const PassendEntryKind filter_kinds[] = {
  PASSEND_ENTRY_KIND_CONVERSATION_STUDENT,
  PASSEND_ENTRY_KIND_CONVERSATION_PARENTS,
  PASSEND_ENTRY_KIND_CONVERSATION_MENTOR,
  PASSEND_ENTRY_KIND_CONVERSATION_EXTERNAL,
  PASSEND_ENTRY_KIND_OBSERVATION,
  PASSEND_ENTRY_KIND_SIGNAL,
  PASSEND_ENTRY_KIND_INCIDENT,
  PASSEND_ENTRY_KIND_ABSENCE,
  PASSEND_ENTRY_KIND_MEETING,
  PASSEND_ENTRY_KIND_DECISION,
  PASSEND_ENTRY_KIND_DOCUMENT,
  PASSEND_ENTRY_KIND_INTERVENTION_START,
  PASSEND_ENTRY_KIND_INTERVENTION_END,
  PASSEND_ENTRY_KIND_CONSENT,
  PASSEND_ENTRY_KIND_STATUS_CHANGE,
};

void
_passend_timeline_view_error_toast (PassendTimelineView *self,
                                    const char          *what,
                                    const GError        *error)
{
  g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, passend_ui_toast_new_error (what, error));
}

void
_passend_timeline_view_add_toast (PassendTimelineView *self,
                                  AdwToast            *toast)
{
  g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);
}

/* Filtering */

static void
period_bounds (PassendTimelineView *self,
               PassendDay          *first,
               PassendDay          *last)
{
  int year = passend_day_school_year_of (passend_day_today ());

  *first = PASSEND_DAY_NONE;
  *last = PASSEND_DAY_NONE;

  switch (self->period)
    {
    case PASSEND_TIMELINE_PERIOD_THIS_SCHOOL_YEAR:
      *first = passend_day_new (year, 8, 1);
      break;

    case PASSEND_TIMELINE_PERIOD_LAST_SCHOOL_YEAR:
      *first = passend_day_new (year - 1, 8, 1);
      *last = passend_day_new (year, 7, 31);
      break;

    case PASSEND_TIMELINE_PERIOD_CUSTOM:
      *first = self->from;
      *last = self->to;
      break;

    case PASSEND_TIMELINE_PERIOD_ALL:
    default:
      break;
    }
}

static gboolean
entry_passes (PassendTimelineView  *self,
              PassendTimelineEntry *entry,
              PassendDay            first,
              PassendDay            last)
{
  PassendDay day = passend_day_from_unix (passend_timeline_entry_get_occurred_at (entry));

  if (self->kinds != 0 && (self->kinds & (1u << passend_timeline_entry_get_kind (entry))) == 0)
    return FALSE;

  if (self->level >= 0 && (int) passend_timeline_entry_get_confidentiality (entry) != self->level)
    return FALSE;

  if (first != PASSEND_DAY_NONE && day < first)
    return FALSE;

  return last == PASSEND_DAY_NONE || day <= last;
}

static void
apply_filters (PassendTimelineView *self)
{
  g_autoptr(GListModel) searched = NULL;
  g_autoptr(GPtrArray) matches = g_ptr_array_new ();
  g_autofree char *count = NULL;
  GListModel *source = self->all;
  PassendDay first, last;
  guint n_all;
  guint n_items;

  if (self->all == NULL)
    return;

  if (self->search_text != NULL && self->search_text[0] != '\0')
    {
      g_autoptr(GError) error = NULL;

      searched = passend_database_search_student_entries (self->database,
                                                          passend_student_get_id (self->student),
                                                          self->search_text, &error);
      if (searched == NULL)
        _passend_timeline_view_error_toast (self, _("Could not search the timeline"), error);
      else
        source = searched;
    }

  period_bounds (self, &first, &last);
  n_items = g_list_model_get_n_items (source);
  for (guint i = 0; i < n_items; i++)
    {
      PassendTimelineEntry *entry = g_list_model_get_item (source, i);

      if (entry_passes (self, entry, first, last))
        g_ptr_array_add (matches, entry);
      else
        g_object_unref (entry);
    }

  g_list_store_splice (self->shown, 0, g_list_model_get_n_items (G_LIST_MODEL (self->shown)),
                       matches->pdata, matches->len);
  g_ptr_array_foreach (matches, (GFunc) g_object_unref, NULL);

  n_all = g_list_model_get_n_items (self->all);
  if (matches->len == n_all)
    count = g_strdup_printf (ngettext ("%u entry", "%u entries", n_all), n_all);
  else
    /* TRANSLATORS: entries shown after filtering, of all the student's. */
    count = g_strdup_printf (ngettext ("%u of %u entry", "%u of %u entries", n_all), matches->len, n_all);
  gtk_label_set_text (self->count_label, count);

  gtk_stack_set_visible_child_name (self->stack,
                                    matches->len > 0 ? "list" : n_all > 0 ? "no-results" : "empty");
}

/* A new entry left unsaved (the window closed, the app quit) is offered
 * again when its student is shown. */
void
_passend_timeline_view_update_draft_banner (PassendTimelineView *self)
{
  g_autoptr(PassendTimelineEntry) draft = NULL;
  gint64 draft_id = 0;

  draft = passend_database_get_draft (self->database, passend_student_get_id (self->student), 0, &draft_id, NULL);
  gtk_revealer_set_reveal_child (self->draft_revealer, draft != NULL);
}

void
passend_timeline_view_reload (PassendTimelineView *self)
{
  g_autoptr(GError) error = NULL;
  gint64 student_id;

  g_return_if_fail (PASSEND_IS_TIMELINE_VIEW (self));

  if (self->database == NULL || self->student == NULL)
    {
      g_list_store_remove_all (self->shown);
      g_clear_object (&self->all);
      gtk_revealer_set_reveal_child (self->draft_revealer, FALSE);
      return;
    }

  student_id = passend_student_get_id (self->student);
  g_clear_object (&self->all);
  self->all = passend_database_list_timeline (self->database, student_id, &error);
  if (self->all == NULL)
    {
      _passend_timeline_view_error_toast (self, _("Could not load the timeline"), error);
      self->all = G_LIST_MODEL (g_list_store_new (PASSEND_TYPE_TIMELINE_ENTRY));
      g_clear_error (&error);
    }

  g_clear_pointer (&self->edited, g_hash_table_unref);
  self->edited = passend_database_list_edited_entries (self->database, student_id, &error);
  if (self->edited == NULL)
    {
      _passend_timeline_view_error_toast (self, _("Could not load the timeline"), error);
      g_clear_error (&error);
    }

  _passend_timeline_view_update_draft_banner (self);

  apply_filters (self);
}

/* Rows */

static char *
dup_month (gint64 occurred_at)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (occurred_at);
  g_autoptr(GDateTime) local = g_date_time_to_local (utc);

  /* TRANSLATORS: a month heading in the timeline, strftime format:
   * "November 2026". */
  return g_date_time_format (local, C_("timeline month", "%B %Y"));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             PassendTimelineView      *self)
{
  PassendTimelineRow *row = PASSEND_TIMELINE_ROW (gtk_list_item_get_child (item));
  PassendTimelineEntry *entry = gtk_list_item_get_item (item);
  guint position = gtk_list_item_get_position (item);
  gint64 id = passend_timeline_entry_get_id (entry);
  PassendDay day = passend_day_from_unix (passend_timeline_entry_get_occurred_at (entry));
  g_autofree char *month = dup_month (passend_timeline_entry_get_occurred_at (entry));
  g_autofree char *year = NULL;
  gboolean new_month = TRUE;
  gboolean new_year = TRUE;

  if (position > 0)
    {
      g_autoptr(PassendTimelineEntry) previous = g_list_model_get_item (G_LIST_MODEL (self->shown), position - 1);
      g_autofree char *previous_month = dup_month (passend_timeline_entry_get_occurred_at (previous));
      PassendDay previous_day = passend_day_from_unix (passend_timeline_entry_get_occurred_at (previous));

      new_month = g_strcmp0 (month, previous_month) != 0;
      new_year = passend_day_school_year_of (day) != passend_day_school_year_of (previous_day);
    }

  if (new_year)
    year = passend_school_year_label (passend_day_school_year_of (day));

  passend_timeline_row_set_entry (row, entry);
  passend_timeline_row_set_headers (row, year, new_month ? month : NULL);
  passend_timeline_row_set_edited (row, self->edited != NULL && g_hash_table_contains (self->edited, &id));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (item, passend_timeline_row_new ());
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  passend_timeline_row_set_entry (PASSEND_TIMELINE_ROW (gtk_list_item_get_child (item)), NULL);
}

static PassendTimelineEntry *
find_entry (PassendTimelineView *self,
            gint64               entry_id,
            guint               *position)
{
  GListModel *model = G_LIST_MODEL (self->shown);
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PassendTimelineEntry) entry = g_list_model_get_item (model, i);

      if (passend_timeline_entry_get_id (entry) == entry_id)
        {
          if (position != NULL)
            *position = i;
          return g_steal_pointer (&entry);
        }
    }

  return NULL;
}

static void
list_activated_cb (PassendTimelineView *self,
                   guint                position)
{
  g_autoptr(PassendTimelineEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->shown), position);

  if (entry != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "timeline.edit-entry", "x",
                                passend_timeline_entry_get_id (entry));
}

/* Filter widgets */

/* GtkSearchEntry already waits for a pause in the typing. */
static void
search_changed_cb (PassendTimelineView *self)
{
  if (self->syncing)
    return;

  passend_timeline_view_set_search_text (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
kind_toggled_cb (GtkCheckButton      *button,
                 PassendTimelineView *self)
{
  PassendEntryKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kind"));
  guint kinds = self->kinds;

  if (self->syncing)
    return;

  if (gtk_check_button_get_active (button))
    kinds |= 1u << kind;
  else
    kinds &= ~(1u << kind);

  passend_timeline_view_set_kind_filter (self, kinds);
}

static gboolean
read_custom_day (GtkEntry   *entry,
                 PassendDay *day)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  *day = PASSEND_DAY_NONE;
  if (text[0] == '\0')
    {
      gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
      return TRUE;
    }

  *day = passend_day_from_dutch (text, NULL);
  if (*day == PASSEND_DAY_NONE)
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");

  return *day != PASSEND_DAY_NONE;
}

static void
period_changed_cb (PassendTimelineView *self)
{
  PassendTimelinePeriod period = gtk_drop_down_get_selected (self->period_dropdown);
  PassendDay from = PASSEND_DAY_NONE;
  PassendDay to = PASSEND_DAY_NONE;

  gtk_revealer_set_reveal_child (self->custom_revealer, period == PASSEND_TIMELINE_PERIOD_CUSTOM);
  if (self->syncing)
    return;

  /* A half-typed date keeps the previous bound rather than showing
   * nothing. */
  if (!read_custom_day (self->from_entry, &from))
    from = self->from;
  if (!read_custom_day (self->to_entry, &to))
    to = self->to;

  passend_timeline_view_set_period (self, period, from, to);
}

static void
level_changed_cb (PassendTimelineView *self)
{
  guint selected = gtk_drop_down_get_selected (self->level_dropdown);

  if (self->syncing)
    return;

  passend_timeline_view_set_level_filter (self, selected == 0 ? -1 : (int) selected - 1);
}

static void
sync_filter_widgets (PassendTimelineView *self)
{
  GtkWidget *child;

  self->syncing = TRUE;
  /* Each check button sits in a GtkFlowBoxChild. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->kind_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *check = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
      PassendEntryKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "kind"));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), (self->kinds & (1u << kind)) != 0);
    }

  if (self->kinds != 0 || self->level >= 0 || self->period != PASSEND_TIMELINE_PERIOD_ALL)
    gtk_widget_add_css_class (GTK_WIDGET (self->kind_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->kind_button), "accent");

  gtk_drop_down_set_selected (self->period_dropdown, self->period);
  gtk_revealer_set_reveal_child (self->custom_revealer, self->period == PASSEND_TIMELINE_PERIOD_CUSTOM);
  gtk_drop_down_set_selected (self->level_dropdown, self->level < 0 ? 0 : (guint) self->level + 1);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), self->search_text ? self->search_text : "");
  self->syncing = FALSE;
}

static void
build_kind_menu (PassendTimelineView *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (filter_kinds); i++)
    {
      GtkWidget *check = gtk_check_button_new_with_label (passend_entry_kind_get_label (filter_kinds[i]));

      g_object_set_data (G_OBJECT (check), "kind", GUINT_TO_POINTER (filter_kinds[i]));
      g_signal_connect_object (check, "toggled", G_CALLBACK (kind_toggled_cb), self, 0);
      gtk_flow_box_append (self->kind_box, check);
    }
}

static void
passend_timeline_view_dispose (GObject *object)
{
  PassendTimelineView *self = PASSEND_TIMELINE_VIEW (object);

  g_clear_object (&self->database);
  g_clear_object (&self->student);
  g_clear_object (&self->all);
  g_clear_object (&self->shown);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->edited, g_hash_table_unref);
  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (passend_timeline_view_parent_class)->dispose (object);
}

static gboolean
passend_timeline_view_grab_focus (GtkWidget *widget)
{
  PassendTimelineView *self = PASSEND_TIMELINE_VIEW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "list") == 0)
    return gtk_widget_grab_focus (GTK_WIDGET (self->list_view));

  return gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
passend_timeline_view_class_init (PassendTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_timeline_view_dispose;
  widget_class->grab_focus = passend_timeline_view_grab_focus;

  signals[SIGNAL_ADD_TOAST] =
    g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (PASSEND_TYPE_TIMELINE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-timeline-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineView, count_label);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineView, kind_button);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineView, kind_box);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineView, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineView, custom_revealer);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineView, draft_revealer);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineView, from_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineView, to_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineView, level_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineView, stack);
  gtk_widget_class_bind_template_child (widget_class, PassendTimelineView, list_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, period_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, level_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activated_cb);

  _passend_timeline_view_install_actions (widget_class);
}

static void
passend_timeline_view_init (PassendTimelineView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->level = -1;
  self->period = PASSEND_TIMELINE_PERIOD_ALL;
  self->shown = g_list_store_new (PASSEND_TYPE_TIMELINE_ENTRY);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  /* Meldcode entries are never in this list, so never in its filter. */
  gtk_string_list_append (levels, _("All Levels"));
  for (int level = PASSEND_CONFIDENTIALITY_NORMAL; level <= PASSEND_CONFIDENTIALITY_MEDICAL; level++)
    gtk_string_list_append (levels, passend_confidentiality_get_label ((PassendConfidentiality) level));
  self->syncing = TRUE;
  gtk_drop_down_set_model (self->level_dropdown, G_LIST_MODEL (levels));
  self->syncing = FALSE;

  build_kind_menu (self);
  sync_filter_widgets (self);
  _passend_timeline_view_update_actions (self);
}

GtkWidget *
passend_timeline_view_new (void)
{
  return g_object_new (PASSEND_TYPE_TIMELINE_VIEW, NULL);
}

void
passend_timeline_view_set_database (PassendTimelineView *self,
                                    PassendDatabase     *database)
{
  g_return_if_fail (PASSEND_IS_TIMELINE_VIEW (self));
  g_return_if_fail (!database || PASSEND_IS_DATABASE (database));

  if (g_set_object (&self->database, database))
    {
      _passend_timeline_view_update_actions (self);
      passend_timeline_view_reload (self);
    }
}

void
passend_timeline_view_set_student (PassendTimelineView *self,
                                   PassendStudent      *student)
{
  gboolean other;

  g_return_if_fail (PASSEND_IS_TIMELINE_VIEW (self));
  g_return_if_fail (!student || PASSEND_IS_STUDENT (student));

  /* Another student starts with every entry shown; the same student
   * (reloaded after a change) keeps the filters. */
  other = self->student == NULL || student == NULL ||
          passend_student_get_id (self->student) != passend_student_get_id (student);
  g_set_object (&self->student, student);

  if (other)
    {
      self->kinds = 0;
      self->period = PASSEND_TIMELINE_PERIOD_ALL;
      self->from = self->to = PASSEND_DAY_NONE;
      self->level = -1;
      g_clear_pointer (&self->search_text, g_free);
      sync_filter_widgets (self);
    }

  _passend_timeline_view_update_actions (self);
  passend_timeline_view_reload (self);
}

gboolean
passend_timeline_view_select_entry (PassendTimelineView *self,
                                    gint64               entry_id)
{
  g_autoptr(PassendTimelineEntry) entry = NULL;
  guint position = 0;

  g_return_val_if_fail (PASSEND_IS_TIMELINE_VIEW (self), FALSE);

  entry = find_entry (self, entry_id, &position);
  if (entry == NULL && (self->kinds != 0 || self->level >= 0 || self->search_text != NULL ||
                        self->period != PASSEND_TIMELINE_PERIOD_ALL))
    {
      self->kinds = 0;
      self->level = -1;
      self->period = PASSEND_TIMELINE_PERIOD_ALL;
      g_clear_pointer (&self->search_text, g_free);
      sync_filter_widgets (self);
      apply_filters (self);
      entry = find_entry (self, entry_id, &position);
    }

  if (entry == NULL)
    return FALSE;

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  return TRUE;
}

GListModel *
passend_timeline_view_get_entries (PassendTimelineView *self)
{
  g_return_val_if_fail (PASSEND_IS_TIMELINE_VIEW (self), NULL);

  return G_LIST_MODEL (self->shown);
}

guint
passend_timeline_view_get_n_all (PassendTimelineView *self)
{
  g_return_val_if_fail (PASSEND_IS_TIMELINE_VIEW (self), 0);

  return self->all != NULL ? g_list_model_get_n_items (self->all) : 0;
}

void
passend_timeline_view_set_kind_filter (PassendTimelineView *self,
                                       guint                kinds)
{
  g_return_if_fail (PASSEND_IS_TIMELINE_VIEW (self));

  self->kinds = kinds;
  sync_filter_widgets (self);
  apply_filters (self);
}

void
passend_timeline_view_set_period (PassendTimelineView   *self,
                                  PassendTimelinePeriod  period,
                                  guint32                from,
                                  guint32                to)
{
  g_return_if_fail (PASSEND_IS_TIMELINE_VIEW (self));
  g_return_if_fail (period <= PASSEND_TIMELINE_PERIOD_CUSTOM);

  self->period = period;
  self->from = from;
  self->to = to;
  sync_filter_widgets (self);
  apply_filters (self);
}

void
passend_timeline_view_set_level_filter (PassendTimelineView *self,
                                        int                  level)
{
  g_return_if_fail (PASSEND_IS_TIMELINE_VIEW (self));

  self->level = level;
  sync_filter_widgets (self);
  apply_filters (self);
}

void
passend_timeline_view_set_search_text (PassendTimelineView *self,
                                       const char          *text)
{
  g_return_if_fail (PASSEND_IS_TIMELINE_VIEW (self));

  if (g_strcmp0 (self->search_text, text) == 0)
    return;

  g_free (self->search_text);
  self->search_text = (text != NULL && text[0] != '\0') ? g_strdup (text) : NULL;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), text ? text : "") != 0)
    sync_filter_widgets (self);
  apply_filters (self);
}
