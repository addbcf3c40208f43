/* passend-caseload-page.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-caseload-columns.h"
#include "passend-caseload-filter-bar.h"
#include "passend-caseload-page-private.h"
#include "passend-text.h"
#include "passend-ui-util.h"

G_DEFINE_FINAL_TYPE (PassendCaseloadPage, passend_caseload_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_FOLDED,
  N_PROPS
};

enum {
  SIGNAL_STUDENT_ACTIVATED,
  SIGNAL_ADD_TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
sorter_changed_cb (PassendCaseloadPage *self,
                   GtkSorterChange      change,
                   GtkSorter           *sorter)
{
  PassendCaseloadColumn column;
  gboolean descending;

  if (!_passend_caseload_sorting_find_primary (self->sorting, sorter, &column, &descending))
    return;

  g_settings_set_string (self->settings, "caseload-sort-column",
                         _passend_caseload_column_to_setting (column));
  g_settings_set_boolean (self->settings, "caseload-sort-descending", descending);
}

static void
restore_sort (PassendCaseloadPage *self)
{
  g_autofree char *name = g_settings_get_string (self->settings, "caseload-sort-column");
  gboolean descending = g_settings_get_boolean (self->settings, "caseload-sort-descending");
  PassendCaseloadColumn column = PASSEND_CASELOAD_COLUMN_NAME;

  _passend_caseload_column_from_setting (name, &column);
  gtk_column_view_sort_by_column (self->column_view, self->columns[column],
                                  descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
}

static gboolean
filter_student (gpointer item,
                gpointer user_data)
{
  PassendCaseloadPage *self = user_data;

  return _passend_caseload_filter_matches (self->filter_state, item);
}

static guint
count_in_scope (PassendCaseloadPage *self)
{
  switch (_passend_caseload_filter_get_cases (self->filter_state))
    {
    case PASSEND_CASELOAD_CASES_CLOSED:
      return self->n_closed;
    case PASSEND_CASELOAD_CASES_ALL:
      return self->n_open + self->n_closed;
    case PASSEND_CASELOAD_CASES_ACTIVE:
    default:
      return self->n_open;
    }
}

static void
update_empty_page (PassendCaseloadPage *self,
                   guint                n_filters)
{
  gboolean closed = _passend_caseload_filter_get_cases (self->filter_state) == PASSEND_CASELOAD_CASES_CLOSED;

  if (self->n_open + self->n_closed == 0)
    {
      adw_status_page_set_icon_name (self->empty_page, "system-users-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Students in Support"));
      adw_status_page_set_description (self->empty_page,
                                       _("Students appear here as soon as they are put in support."));
    }
  else if (closed && self->n_closed == 0)
    {
      adw_status_page_set_icon_name (self->empty_page, "object-select-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Closed Cases"));
      adw_status_page_set_description (self->empty_page,
                                       _("Cases appear here once they are closed on the student’s page."));
    }
  else
    {
      adw_status_page_set_icon_name (self->empty_page, "system-search-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Students Found"));
      adw_status_page_set_description (self->empty_page,
                                       n_filters > 0
                                       ? _("No student matches both the search and the filters. Names, classes and LVS numbers are searched.")
                                       : _("No student in the caseload matches the search. Names, classes and LVS numbers are searched."));
    }
  gtk_widget_set_visible (self->empty_clear_button, n_filters > 0);
}

static void
update_status (PassendCaseloadPage *self)
{
  guint total = count_in_scope (self);
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint n_filters = _passend_caseload_filter_count_active (self->filter_state);
  g_autofree char *count = NULL;
  g_autofree char *n_text = NULL;

  if (shown == total)
    count = g_strdup_printf (ngettext ("%u student", "%u students", total), total);
  else
    /* TRANSLATORS: the number of students a search shows, of all students
     * in the caseload: "12 of 150 students". */
    count = g_strdup_printf (ngettext ("%u of %u student", "%u of %u students", total),
                             shown, total);
  gtk_label_set_text (self->count_label, count);

  n_text = g_strdup_printf ("%u", n_filters);
  gtk_label_set_text (self->filter_count_label, n_text);
  gtk_widget_set_visible (GTK_WIDGET (self->filter_count_label), n_filters > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "caseload.clear-filters", n_filters > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "caseload.export", shown > 0);

  if (shown > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      return;
    }

  update_empty_page (self, n_filters);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
filter_items_changed_cb (PassendCaseloadPage *self,
                         guint                position,
                         guint                removed,
                         guint                added,
                         GListModel          *model)
{
  update_status (self);
}

guint
_passend_caseload_page_count_selected (PassendCaseloadPage *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  return (guint) gtk_bitset_get_size (selected);
}

static void
selection_changed_cb (PassendCaseloadPage *self)
{
  guint n_selected = _passend_caseload_page_count_selected (self);
  g_autofree char *text = NULL;

  /* TRANSLATORS: how many students of the caseload are selected. */
  text = g_strdup_printf (ngettext ("%u selected", "%u selected", n_selected), n_selected);
  gtk_label_set_text (self->selection_label, text);
  gtk_revealer_set_reveal_child (self->action_revealer, n_selected > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "caseload.change-regie", n_selected > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "caseload.add-to-meeting", n_selected > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "caseload.select-none", n_selected > 0);
}

/* Tells the filter model how the list changes, so a narrowing change only
 * looks at the rows shown and a widening one only at those hidden. */
void
_passend_caseload_page_filter_changed (PassendCaseloadPage   *self,
                                       PassendCaseloadChange  change)
{
  static const GtkFilterChange changes[] = {
    [PASSEND_CASELOAD_CHANGE_DIFFERENT] = GTK_FILTER_CHANGE_DIFFERENT,
    [PASSEND_CASELOAD_CHANGE_LESS_STRICT] = GTK_FILTER_CHANGE_LESS_STRICT,
    [PASSEND_CASELOAD_CHANGE_MORE_STRICT] = GTK_FILTER_CHANGE_MORE_STRICT,
  };
  g_autoptr(GVariant) state = NULL;

  if (change == PASSEND_CASELOAD_CHANGE_NONE)
    return;

  gtk_filter_changed (GTK_FILTER (self->filter), changes[change]);
  passend_caseload_filter_bar_sync (self->filter_bar);
  /* Filters that narrow the list stay in sight, so nobody wonders where
   * students went. */
  if (_passend_caseload_filter_count_active (self->filter_state) > 0)
    gtk_toggle_button_set_active (self->filter_button, TRUE);
  update_status (self);

  state = g_variant_ref_sink (_passend_caseload_filter_to_variant (self->filter_state));
  g_settings_set_value (self->settings, "caseload-filters", state);
}

static void
search_changed_cb (PassendCaseloadPage *self,
                   GtkSearchEntry      *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  PassendCaseloadChange change = _passend_caseload_filter_set_search (self->filter_state, text);

  if (change == PASSEND_CASELOAD_CHANGE_NONE)
    return;

  gtk_filter_changed (GTK_FILTER (self->filter),
                      change == PASSEND_CASELOAD_CHANGE_MORE_STRICT ? GTK_FILTER_CHANGE_MORE_STRICT :
                      change == PASSEND_CASELOAD_CHANGE_LESS_STRICT ? GTK_FILTER_CHANGE_LESS_STRICT :
                      GTK_FILTER_CHANGE_DIFFERENT);
  update_status (self);
  g_settings_set_string (self->settings, "caseload-search", text);
}

static void
search_activate_cb (PassendCaseloadPage *self,
                    GtkSearchEntry      *entry)
{
  GListModel *model = G_LIST_MODEL (self->selection);

  /* Enter opens the student when the search found exactly one. */
  search_changed_cb (self, entry);
  if (g_list_model_get_n_items (model) == 1)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (model, 0);

      g_signal_emit (self, signals[SIGNAL_STUDENT_ACTIVATED], 0, student);
    }
  else
    {
      passend_caseload_page_focus_list (self);
    }
}

static void
search_stop_cb (PassendCaseloadPage *self,
                GtkSearchEntry      *entry)
{
  if (gtk_editable_get_text (GTK_EDITABLE (entry))[0] != '\0')
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
  else
    passend_caseload_page_focus_list (self);
}

static void
column_view_activate_cb (PassendCaseloadPage *self,
                         guint                position,
                         GtkColumnView       *column_view)
{
  g_autoptr(PassendStudent) student = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (student != NULL)
    g_signal_emit (self, signals[SIGNAL_STUDENT_ACTIVATED], 0, student);
}

void
_passend_caseload_page_emit_toast (PassendCaseloadPage *self,
                                   AdwToast            *toast)
{
  g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);
}

void
_passend_caseload_page_emit_error_toast (PassendCaseloadPage *self,
                                         const char          *what,
                                         const GError        *error)
{
  _passend_caseload_page_emit_toast (self, passend_ui_toast_new_error (what, error));
}

/* The ids of the selected students, in list order. */
GArray *
_passend_caseload_page_dup_selected_ids (PassendCaseloadPage *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkBitsetIter iter;
  guint position;

  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position);
       ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
      gint64 id = passend_student_get_id (student);

      g_array_append_val (ids, id);
    }

  return ids;
}

static void
select_ids (PassendCaseloadPage *self,
            GArray              *ids)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GtkBitset) selected = gtk_bitset_new_empty ();
  g_autoptr(GtkBitset) mask = NULL;
  guint n_items = g_list_model_get_n_items (model);

  if (ids->len == 0)
    return;

  for (guint i = 0; i < ids->len; i++)
    g_hash_table_add (wanted, &g_array_index (ids, gint64, i));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (model, i);
      gint64 id = passend_student_get_id (student);

      if (g_hash_table_contains (wanted, &id))
        gtk_bitset_add (selected, i);
    }

  mask = gtk_bitset_new_range (0, n_items);
  gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection), selected, mask);
}

static gboolean
load (PassendCaseloadPage  *self,
      GListModel          **caseload,
      GError              **error)
{
  g_autoptr(GHashTable) needs = NULL;
  g_autoptr(GHashTable) deadlines = NULL;
  PassendProtocol protocol;
  PassendDay today = passend_day_today ();
  guint n_items;

  *caseload = passend_database_list_cases (self->database, TRUE, error);
  if (*caseload == NULL)
    return FALSE;

  needs = passend_database_list_support_needs_by_student (self->database, error);
  if (needs == NULL)
    return FALSE;
  deadlines = passend_database_next_deadlines (self->database, today, error);
  if (deadlines == NULL)
    return FALSE;
  if (!passend_database_load_protocol (self->database, &protocol, error))
    return FALSE;

  g_clear_pointer (&self->index, _passend_caseload_index_free);
  self->index = _passend_caseload_index_new (*caseload, needs, deadlines, today,
                                             passend_protocol_get (&protocol, PASSEND_PROTOCOL_WARNING_HORIZON_DAYS));

  self->n_open = self->n_closed = 0;
  n_items = g_list_model_get_n_items (*caseload);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (*caseload, i);

      _passend_caseload_attach_sort_keys (student);
      if (passend_student_get_case_open (student))
        self->n_open++;
      else
        self->n_closed++;
    }

  return TRUE;
}

static void
reload (PassendCaseloadPage *self)
{
  g_autoptr(GListModel) caseload = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) selected_ids = _passend_caseload_page_dup_selected_ids (self);

  if (self->database != NULL && !load (self, &caseload, &error))
    {
      _passend_caseload_page_emit_error_toast (self, _("Could not load the caseload"), error);
      return;
    }

  if (self->database == NULL)
    {
      g_clear_pointer (&self->index, _passend_caseload_index_free);
      self->n_open = self->n_closed = 0;
    }

  /* The filter resolves its choices against the new index before the
   * model asks it about the new students. */
  _passend_caseload_filter_set_index (self->filter_state, self->index);
  passend_caseload_filter_bar_bind (self->filter_bar, self->filter_state, self->index);

  g_set_object (&self->caseload, caseload);
  gtk_filter_list_model_set_model (self->filter_model, caseload);
  update_status (self);
  select_ids (self, selected_ids);
  selection_changed_cb (self);
}

static void
reload_idle_cb (gpointer user_data)
{
  PassendCaseloadPage *self = user_data;

  self->reload_source = 0;
  reload (self);
}

static void
database_changed_cb (PassendCaseloadPage *self,
                     const char          *entity,
                     gint64               id,
                     PassendDatabase     *database)
{
  static const char * const watched[] = {
    "student", "support-status", "support-need", "person", "protocol", "aanmelding", "holiday",
    "absence", NULL,
  };

  if (!g_strv_contains (watched, entity))
    return;

  /* One reload for a burst of changes. */
  if (self->reload_source == 0)
    self->reload_source = g_idle_add_once (reload_idle_cb, self);
}

/* Set up */

static void
set_up_column (PassendCaseloadPage   *self,
               PassendCaseloadColumn  column)
{
  g_autoptr(GtkListItemFactory) factory = _passend_caseload_column_create_factory (column);
  g_autoptr(GtkSorter) sorter = _passend_caseload_sorting_create_sorter (self->sorting, column);

  gtk_column_view_column_set_factory (self->columns[column], factory);
  gtk_column_view_column_set_sorter (self->columns[column], sorter);
}

/* The rows of the caseload are no lower than this (in pixels), so the
 * first frame has rows enough to fill the screen. */
#define CASELOAD_MIN_ROW_HEIGHT 32

static void
set_up_model (PassendCaseloadPage *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);
  GtkSortListModel *sort_model;

  self->filter = gtk_custom_filter_new (filter_student, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                        g_object_ref (sorter));
  self->first_rows = gtk_slice_list_model_new (G_LIST_MODEL (sort_model), 0, G_MAXUINT);
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->first_rows)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (filter_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (sorter, "changed",
                           G_CALLBACK (sorter_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
passend_caseload_page_dispose (GObject *object)
{
  PassendCaseloadPage *self = PASSEND_CASELOAD_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->export_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->export_chooser));
  g_clear_object (&self->export_chooser);

  /* The filter and sorters call back into this page: cut them loose in
   * case the models outlive it. */
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  for (guint i = 0; i < PASSEND_CASELOAD_N_COLUMNS; i++)
    {
      if (self->columns[i] != NULL)
        gtk_column_view_column_set_sorter (self->columns[i], NULL);
      self->columns[i] = NULL;
    }
  if (self->filter != NULL)
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
  if (self->filter_bar != NULL)
    passend_caseload_filter_bar_bind (self->filter_bar, NULL, NULL);

  g_clear_object (&self->selection);
  g_clear_object (&self->first_rows);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->caseload);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (passend_caseload_page_parent_class)->dispose (object);
}

static void
passend_caseload_page_finalize (GObject *object)
{
  PassendCaseloadPage *self = PASSEND_CASELOAD_PAGE (object);

  g_clear_pointer (&self->filter_state, _passend_caseload_filter_free);
  g_clear_pointer (&self->index, _passend_caseload_index_free);
  g_clear_pointer (&self->sorting, _passend_caseload_sorting_free);

  G_OBJECT_CLASS (passend_caseload_page_parent_class)->finalize (object);
}

static void
passend_caseload_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PassendCaseloadPage *self = PASSEND_CASELOAD_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_caseload_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PassendCaseloadPage *self = PASSEND_CASELOAD_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      passend_caseload_page_set_database (self, g_value_get_object (value));
      break;

    case PROP_FOLDED:
      passend_caseload_page_set_folded (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-caseload-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, filter_count_label);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, filter_icon);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, filter_label);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, class_column);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, mentor_column);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, level_column);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, phase_column);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, regie_column);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, needs_column);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, deadline_column);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, flags_column);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, empty_clear_button);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, action_revealer);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, selection_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);
}

static void
passend_caseload_page_class_init (PassendCaseloadPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_caseload_page_dispose;
  object_class->finalize = passend_caseload_page_finalize;
  object_class->get_property = passend_caseload_page_get_property;
  object_class->set_property = passend_caseload_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         PASSEND_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_STUDENT_ACTIVATED] =
    g_signal_new ("student-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PASSEND_TYPE_STUDENT);

  signals[SIGNAL_ADD_TOAST] =
    g_signal_new ("add-toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (PASSEND_TYPE_CASELOAD_FILTER_BAR);
  bind_template (widget_class);

  _passend_caseload_page_install_actions (widget_class);
}

static void
restore_filters (PassendCaseloadPage *self)
{
  g_autoptr(GVariant) state = g_settings_get_value (self->settings, "caseload-filters");
  g_autofree char *search = g_settings_get_string (self->settings, "caseload-search");

  _passend_caseload_filter_load_variant (self->filter_state, state);
  _passend_caseload_filter_set_search (self->filter_state, search);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search);
  gtk_toggle_button_set_active (self->filter_button,
                                g_settings_get_boolean (self->settings, "caseload-filters-shown") ||
                                _passend_caseload_filter_count_active (self->filter_state) > 0);
  g_settings_bind (self->settings, "caseload-filters-shown", self->filter_button, "active",
                   G_SETTINGS_BIND_SET);
}

static void
passend_caseload_page_init (PassendCaseloadPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->sorting = _passend_caseload_sorting_new ();
  self->filter_state = _passend_caseload_filter_new ();

  self->columns[PASSEND_CASELOAD_COLUMN_NAME] = self->name_column;
  self->columns[PASSEND_CASELOAD_COLUMN_CLASS] = self->class_column;
  self->columns[PASSEND_CASELOAD_COLUMN_MENTOR] = self->mentor_column;
  self->columns[PASSEND_CASELOAD_COLUMN_LEVEL] = self->level_column;
  self->columns[PASSEND_CASELOAD_COLUMN_PHASE] = self->phase_column;
  self->columns[PASSEND_CASELOAD_COLUMN_REGIE] = self->regie_column;
  self->columns[PASSEND_CASELOAD_COLUMN_NEEDS] = self->needs_column;
  self->columns[PASSEND_CASELOAD_COLUMN_DEADLINE] = self->deadline_column;
  self->columns[PASSEND_CASELOAD_COLUMN_FLAGS] = self->flags_column;
  for (guint i = 0; i < PASSEND_CASELOAD_N_COLUMNS; i++)
    set_up_column (self, i);

  set_up_model (self);
  restore_sort (self);
  restore_filters (self);
  passend_caseload_filter_bar_bind (self->filter_bar, self->filter_state, NULL);
  update_status (self);
  selection_changed_cb (self);

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

GtkWidget *
passend_caseload_page_new (void)
{
  return g_object_new (PASSEND_TYPE_CASELOAD_PAGE, NULL);
}

PassendDatabase *
passend_caseload_page_get_database (PassendCaseloadPage *self)
{
  g_return_val_if_fail (PASSEND_IS_CASELOAD_PAGE (self), NULL);

  return self->database;
}

void
passend_caseload_page_set_database (PassendCaseloadPage *self,
                                    PassendDatabase     *database)
{
  g_return_if_fail (PASSEND_IS_CASELOAD_PAGE (self));
  g_return_if_fail (!database || PASSEND_IS_DATABASE (database));

  if (self->database == database)
    return;

  if (self->database != NULL)
    g_signal_handlers_disconnect_by_func (self->database, database_changed_cb, self);

  g_set_object (&self->database, database);

  if (database != NULL)
    g_signal_connect_object (database, "changed",
                             G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);

  /* Only for the first load into a window that is not shown yet. */
  if (gtk_slice_list_model_get_size (self->first_rows) == G_MAXUINT)
    passend_ui_slice_until_first_frame (self->first_rows, GTK_WIDGET (self), CASELOAD_MIN_ROW_HEIGHT);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

gboolean
passend_caseload_page_get_folded (PassendCaseloadPage *self)
{
  g_return_val_if_fail (PASSEND_IS_CASELOAD_PAGE (self), FALSE);

  return self->folded;
}

void
passend_caseload_page_set_folded (PassendCaseloadPage *self,
                                  gboolean             folded)
{
  g_return_if_fail (PASSEND_IS_CASELOAD_PAGE (self));

  folded = !!folded;
  if (self->folded == folded)
    return;

  self->folded = folded;

  /* A folded window is a narrow one: mentor, regie and needs are on the
   * student page, one click away. */
  gtk_column_view_column_set_visible (self->mentor_column, !folded);
  gtk_column_view_column_set_visible (self->regie_column, !folded);
  gtk_column_view_column_set_visible (self->needs_column, !folded);
  gtk_column_view_column_set_visible (self->deadline_column, !folded);
  gtk_column_view_column_set_visible (self->flags_column, !folded);
  gtk_widget_set_visible (self->filter_icon, folded);
  gtk_widget_set_visible (self->filter_label, !folded);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

void
passend_caseload_page_focus_search (PassendCaseloadPage *self)
{
  g_return_if_fail (PASSEND_IS_CASELOAD_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

void
passend_caseload_page_focus_list (PassendCaseloadPage *self)
{
  g_return_if_fail (PASSEND_IS_CASELOAD_PAGE (self));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}
