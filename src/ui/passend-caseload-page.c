/* passend-caseload-page.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-caseload-columns.h"
#include "passend-caseload-page.h"
#include "passend-text.h"
#include "passend-ui-util.h"

struct _PassendCaseloadPage
{
  AdwBin                  parent_instance;

  /* Template widgets */
  GtkSearchEntry         *search_entry;
  GtkLabel               *count_label;
  GtkStack               *stack;
  GtkColumnView          *column_view;
  GtkColumnViewColumn    *name_column;
  GtkColumnViewColumn    *class_column;
  GtkColumnViewColumn    *mentor_column;
  GtkColumnViewColumn    *level_column;
  GtkColumnViewColumn    *phase_column;
  GtkColumnViewColumn    *regie_column;
  AdwStatusPage          *empty_page;

  /* Borrowed references: the template columns, by PassendCaseloadColumn */
  GtkColumnViewColumn    *columns[PASSEND_CASELOAD_N_COLUMNS];

  /* Owned references */
  PassendDatabase        *database;
  GSettings              *settings;
  GListModel             *caseload;
  GtkCustomFilter        *filter;
  GtkFilterListModel     *filter_model;
  GtkSingleSelection     *selection;
  PassendCaseloadSorting *sorting;
  char                   *query_text;
  char                  **query_words;

  guint                   reload_source;
  guint                   folded : 1;
};

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

  if (self->query_words == NULL || self->query_words[0] == NULL)
    return TRUE;

  return passend_student_matches (PASSEND_STUDENT (item),
                                  (const char * const *) self->query_words);
}

static void
update_status (PassendCaseloadPage *self)
{
  guint total = self->caseload ? g_list_model_get_n_items (self->caseload) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *count = NULL;

  if (shown == total)
    count = g_strdup_printf (ngettext ("%u student", "%u students", total), total);
  else
    /* TRANSLATORS: the number of students a search shows, of all students
     * in the caseload: "12 of 150 students". */
    count = g_strdup_printf (ngettext ("%u of %u student", "%u of %u students", total),
                             shown, total);
  gtk_label_set_text (self->count_label, count);

  if (shown > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      return;
    }

  if (total == 0)
    {
      adw_status_page_set_icon_name (self->empty_page, "system-users-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Students in Support"));
      adw_status_page_set_description (self->empty_page,
                                       _("Students appear here as soon as they are put in support."));
    }
  else
    {
      adw_status_page_set_icon_name (self->empty_page, "system-search-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Students Found"));
      adw_status_page_set_description (self->empty_page,
                                       _("No student in the caseload matches the search. Names, classes and LVS numbers are searched."));
    }
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

static void
apply_search (PassendCaseloadPage *self,
              const char          *text)
{
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  if (g_strcmp0 (text, self->query_text) == 0)
    return;

  /* Query words must all occur, so typing on can only narrow the list and
   * deleting from the end can only widen it: the filter model then only
   * checks the rows that can change. */
  if (self->query_text != NULL && g_str_has_prefix (text, self->query_text))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (self->query_text != NULL && g_str_has_prefix (self->query_text, text))
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  g_free (self->query_text);
  self->query_text = g_strdup (text);
  g_strfreev (self->query_words);
  self->query_words = passend_text_query_words (text);

  gtk_filter_changed (GTK_FILTER (self->filter), change);
  g_settings_set_string (self->settings, "caseload-search", text);
}

static void
search_changed_cb (PassendCaseloadPage *self,
                   GtkSearchEntry      *entry)
{
  apply_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
search_activate_cb (PassendCaseloadPage *self,
                    GtkSearchEntry      *entry)
{
  GListModel *model = G_LIST_MODEL (self->selection);

  /* Enter opens the student when the search found exactly one. */
  apply_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
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

static void
emit_error_toast (PassendCaseloadPage *self,
                  const char          *what,
                  const GError        *error)
{
  AdwToast *toast = passend_ui_toast_new_error (what, error);

  g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);
}

static gint64
get_selected_id (PassendCaseloadPage *self)
{
  PassendStudent *student = gtk_single_selection_get_selected_item (self->selection);

  return student ? passend_student_get_id (student) : 0;
}

static void
select_id (PassendCaseloadPage *self,
           gint64               id)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (model, i);

      if (passend_student_get_id (student) == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

static void
reload (PassendCaseloadPage *self)
{
  g_autoptr(GListModel) caseload = NULL;
  g_autoptr(GError) error = NULL;
  gint64 selected_id = get_selected_id (self);
  guint n_items;

  if (self->database != NULL)
    {
      caseload = passend_database_list_caseload (self->database, &error);
      if (caseload == NULL)
        {
          emit_error_toast (self, _("Could not load the caseload"), error);
          return;
        }

      n_items = g_list_model_get_n_items (caseload);
      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(PassendStudent) student = g_list_model_get_item (caseload, i);

          _passend_caseload_attach_sort_keys (student);
        }
    }

  g_set_object (&self->caseload, caseload);
  gtk_filter_list_model_set_model (self->filter_model, caseload);
  update_status (self);

  if (selected_id != 0)
    select_id (self, selected_id);
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
  if (g_strcmp0 (entity, "student") != 0 &&
      g_strcmp0 (entity, "support-status") != 0 &&
      g_strcmp0 (entity, "person") != 0)
    return;

  /* One reload for a burst of changes. */
  if (self->reload_source == 0)
    self->reload_source = g_idle_add_once (reload_idle_cb, self);
}

static void
set_up_column (PassendCaseloadPage   *self,
               PassendCaseloadColumn  column)
{
  g_autoptr(GtkListItemFactory) factory = _passend_caseload_column_create_factory (column);
  g_autoptr(GtkSorter) sorter = _passend_caseload_sorting_create_sorter (self->sorting, column);

  gtk_column_view_column_set_factory (self->columns[column], factory);
  gtk_column_view_column_set_sorter (self->columns[column], sorter);
}

static void
set_up_model (PassendCaseloadPage *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);
  GtkSortListModel *sort_model;

  self->filter = gtk_custom_filter_new (filter_student, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                        g_object_ref (sorter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (sort_model));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (filter_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (sorter, "changed",
                           G_CALLBACK (sorter_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
passend_caseload_page_dispose (GObject *object)
{
  PassendCaseloadPage *self = PASSEND_CASELOAD_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);

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

  g_clear_object (&self->selection);
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

  g_free (self->query_text);
  g_strfreev (self->query_words);
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

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-caseload-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, class_column);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, mentor_column);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, level_column);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, phase_column);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, regie_column);
  gtk_widget_class_bind_template_child (widget_class, PassendCaseloadPage, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);
}

static void
passend_caseload_page_init (PassendCaseloadPage *self)
{
  g_autofree char *search = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->sorting = _passend_caseload_sorting_new ();
  self->query_text = g_strdup ("");

  self->columns[PASSEND_CASELOAD_COLUMN_NAME] = self->name_column;
  self->columns[PASSEND_CASELOAD_COLUMN_CLASS] = self->class_column;
  self->columns[PASSEND_CASELOAD_COLUMN_MENTOR] = self->mentor_column;
  self->columns[PASSEND_CASELOAD_COLUMN_LEVEL] = self->level_column;
  self->columns[PASSEND_CASELOAD_COLUMN_PHASE] = self->phase_column;
  self->columns[PASSEND_CASELOAD_COLUMN_REGIE] = self->regie_column;
  for (guint i = 0; i < PASSEND_CASELOAD_N_COLUMNS; i++)
    set_up_column (self, i);

  set_up_model (self);
  restore_sort (self);
  update_status (self);

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  search = g_settings_get_string (self->settings, "caseload-search");
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search);
  apply_search (self, search);
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

  /* A folded window is a narrow one: mentor and regie are on the student
   * page, one click away. */
  gtk_column_view_column_set_visible (self->mentor_column, !folded);
  gtk_column_view_column_set_visible (self->regie_column, !folded);

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
