/* passend-import-dialog.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-import-dialog.h"
#include "passend-window.h"
#include "passend-ui-util.h"

struct _PassendImportDialog
{
  AdwWindow          parent_instance;

  GtkStack          *stack;
  AdwStatusPage     *loading_page;
  AdwStatusPage     *error_page;
  GtkProgressBar    *progress_bar;
  GtkButton         *import_button;
  GtkLabel          *summary_label;
  GtkLabel          *counts_label;
  GtkLabel          *problem_label;
  GtkLabel          *notes_label;
  GtkListBox        *complete_list;
  AdwActionRow      *complete_row;
  GtkSwitch         *complete_switch;
  GtkColumnView     *column_view;

  PassendDatabase   *database;
  GFile             *file;
  PassendDay         today;
  PassendImportPlan *plan;
  GListStore        *shown;
  GCancellable      *cancellable;
  guint              pulse_id;
};

G_DEFINE_FINAL_TYPE (PassendImportDialog, passend_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_import_action (PassendImportDialog *self)
{
  gboolean ready = self->plan != NULL &&
                   passend_import_plan_get_n_status (self->plan, PASSEND_IMPORT_STATUS_ERROR) == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", ready);
}

/* The list: errors first, so what must be fixed is on top, then what
 * changes; the unchanged rows last. */

static int
status_rank (PassendImportStatus status)
{
  switch (status)
    {
    case PASSEND_IMPORT_STATUS_ERROR:
      return 0;
    case PASSEND_IMPORT_STATUS_NEW:
      return 1;
    case PASSEND_IMPORT_STATUS_UPDATED:
      return 2;
    case PASSEND_IMPORT_STATUS_POSSIBLY_LEFT:
      return 3;
    case PASSEND_IMPORT_STATUS_UNCHANGED:
    default:
      return 4;
    }
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  PassendImportRow *x = (PassendImportRow *) a;
  PassendImportRow *y = (PassendImportRow *) b;
  int rank = status_rank (passend_import_row_get_status (x)) - status_rank (passend_import_row_get_status (y));

  if (rank != 0)
    return rank;
  return (int) passend_import_row_get_line (x) - (int) passend_import_row_get_line (y);
}

typedef enum
{
  COLUMN_LINE,
  COLUMN_STATUS,
  COLUMN_NUMBER,
  COLUMN_NAME,
  COLUMN_CLASS,
  COLUMN_DETAIL,
} Column;

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* A reason is read in full; everything else is short. */
  if ((Column) GPOINTER_TO_INT (user_data) == COLUMN_DETAIL)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
      gtk_label_set_width_chars (GTK_LABEL (label), 30);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
    }
  else
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  PassendImportRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  PassendImportStatus status = passend_import_row_get_status (row);
  g_autofree char *line = NULL;
  const char *text = "";

  gtk_widget_remove_css_class (label, "error");
  gtk_widget_remove_css_class (label, "dim-label");
  gtk_widget_remove_css_class (label, "warning");
  passend_ui_set_cell_tooltip (label, NULL);

  switch ((Column) GPOINTER_TO_INT (user_data))
    {
    case COLUMN_LINE:
      if (passend_import_row_get_line (row) > 0)
        text = line = g_strdup_printf ("%u", passend_import_row_get_line (row));
      else
        text = "—";
      gtk_widget_add_css_class (label, "dim-label");
      break;
    case COLUMN_STATUS:
      text = passend_import_status_get_label (status);
      if (status == PASSEND_IMPORT_STATUS_ERROR)
        gtk_widget_add_css_class (label, "error");
      else if (status == PASSEND_IMPORT_STATUS_POSSIBLY_LEFT)
        gtk_widget_add_css_class (label, "warning");
      else if (status == PASSEND_IMPORT_STATUS_UNCHANGED)
        gtk_widget_add_css_class (label, "dim-label");
      break;
    case COLUMN_NUMBER:
      text = passend_import_row_get_lvs_number (row);
      break;
    case COLUMN_NAME:
      text = passend_import_row_get_name (row);
      break;
    case COLUMN_CLASS:
      text = passend_import_row_get_class_name (row);
      break;
    case COLUMN_DETAIL:
      text = passend_import_row_get_detail (row);
      passend_ui_set_cell_tooltip (label, *text != '\0' ? text : NULL);
      if (status == PASSEND_IMPORT_STATUS_ERROR)
        gtk_widget_add_css_class (label, "error");
      break;
    default:
      g_assert_not_reached ();
    }

  gtk_label_set_text (GTK_LABEL (label), text);
}

static void
add_column (PassendImportDialog *self,
            const char          *title,
            Column               column,
            gboolean             expand)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GINT_TO_POINTER (column));

  view_column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->column_view, view_column);
}

static void
setup_columns (PassendImportDialog *self)
{
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare_rows, NULL, NULL));
  g_autoptr(GtkNoSelection) selection = NULL;
  GtkSortListModel *sorted;

  add_column (self, C_("import column", "Row"), COLUMN_LINE, FALSE);
  add_column (self, C_("import column", "Status"), COLUMN_STATUS, FALSE);
  add_column (self, C_("import column", "Number"), COLUMN_NUMBER, FALSE);
  add_column (self, C_("import column", "Name"), COLUMN_NAME, TRUE);
  add_column (self, C_("import column", "Class"), COLUMN_CLASS, FALSE);
  add_column (self, C_("import column", "Details"), COLUMN_DETAIL, TRUE);

  self->shown = g_list_store_new (PASSEND_TYPE_IMPORT_ROW);
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->shown)), g_object_ref (sorter));
  selection = gtk_no_selection_new (G_LIST_MODEL (sorted));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
}

/* Filling in the plan */

static void
show_rows (PassendImportDialog *self)
{
  GListModel *rows = passend_import_plan_get_rows (self->plan);
  GListModel *left = passend_import_plan_get_possibly_left (self->plan);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    g_ptr_array_add (items, g_list_model_get_item (rows, i));
  if (gtk_switch_get_active (self->complete_switch))
    for (guint i = 0; i < g_list_model_get_n_items (left); i++)
      g_ptr_array_add (items, g_list_model_get_item (left, i));

  g_list_store_splice (self->shown, 0, g_list_model_get_n_items (G_LIST_MODEL (self->shown)),
                       items->pdata, items->len);
}

static void
complete_changed_cb (PassendImportDialog *self)
{
  if (self->plan != NULL)
    show_rows (self);
}

static char *
joined (const char * const *items)
{
  return g_strjoinv (", ", (char **) items);
}

static void
show_notes (PassendImportDialog *self)
{
  const char * const *mentors = passend_import_plan_get_unknown_mentors (self->plan);
  const char * const *columns = passend_import_plan_get_ignored_columns (self->plan);
  g_autoptr(GString) notes = g_string_new (NULL);
  guint n_skipped = passend_import_plan_get_n_skipped (self->plan);

  if (mentors != NULL && mentors[0] != NULL)
    {
      g_autofree char *list = joined (mentors);

      g_string_append_printf (notes, _("These mentors are not on the staff list, so their students keep their mentor: %s."), list);
    }
  if (n_skipped > 0)
    {
      g_string_append (notes, notes->len > 0 ? "\n" : "");
      g_string_append_printf (notes, g_dngettext (GETTEXT_PACKAGE,
                                                  "%u row of another school year, or repeated, is left out.",
                                                  "%u rows of other school years, or repeated, are left out.",
                                                  n_skipped),
                              n_skipped);
    }
  if (columns != NULL && columns[0] != NULL)
    {
      g_autofree char *list = joined (columns);

      g_string_append (notes, notes->len > 0 ? "\n" : "");
      g_string_append_printf (notes, _("Columns not used: %s."), list);
    }

  gtk_label_set_text (self->notes_label, notes->str);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_label), notes->len > 0);
}

static void
show_plan (PassendImportDialog *self)
{
  guint n_new = passend_import_plan_get_n_status (self->plan, PASSEND_IMPORT_STATUS_NEW);
  guint n_updated = passend_import_plan_get_n_status (self->plan, PASSEND_IMPORT_STATUS_UPDATED);
  guint n_unchanged = passend_import_plan_get_n_status (self->plan, PASSEND_IMPORT_STATUS_UNCHANGED);
  guint n_errors = passend_import_plan_get_n_status (self->plan, PASSEND_IMPORT_STATUS_ERROR);
  guint n_left = passend_import_plan_get_n_status (self->plan, PASSEND_IMPORT_STATUS_POSSIBLY_LEFT);
  g_autofree char *summary = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *problem = NULL;
  g_autofree char *subtitle = NULL;

  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u student in the export",
                                          "%u students in the export", n_new + n_updated + n_unchanged + n_errors),
                             n_new + n_updated + n_unchanged + n_errors);
  /* Translators: the counts of the import preview */
  counts = g_strdup_printf (_("%u new · %u updated · %u unchanged · %u with an error"),
                            n_new, n_updated, n_unchanged, n_errors);
  gtk_label_set_text (self->summary_label, summary);
  gtk_label_set_text (self->counts_label, counts);

  if (n_errors > 0)
    problem = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u row has an error. Nothing is imported until it is corrected in the export; then import the export again.",
                                            "%u rows have an error. Nothing is imported until they are corrected in the export; then import the export again.",
                                            n_errors),
                               n_errors);
  gtk_label_set_text (self->problem_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u student in Passend is not in it and will be marked as left today",
                                           "%u students in Passend are not in it and will be marked as left today",
                                           n_left),
                              n_left);
  adw_action_row_set_subtitle (self->complete_row, subtitle);
  /* Nothing is imported while there are errors: the question can wait. */
  gtk_widget_set_visible (GTK_WIDGET (self->complete_list), n_left > 0 && n_errors == 0);

  show_notes (self);
  show_rows (self);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  update_import_action (self);
}

static void
stop_pulsing (PassendImportDialog *self)
{
  g_clear_handle_id (&self->pulse_id, g_source_remove);
}

static void
plan_ready_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendImportPlan) plan = passend_import_plan_new_finish (result, &error);
  PassendImportDialog *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = PASSEND_IMPORT_DIALOG (user_data);
  stop_pulsing (self);

  if (plan == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  self->plan = g_steal_pointer (&plan);
  show_plan (self);
}

static gboolean
pulse_cb (gpointer user_data)
{
  gtk_progress_bar_pulse (GTK_PROGRESS_BAR (user_data));
  return G_SOURCE_CONTINUE;
}

static void
start_reading (PassendImportDialog *self)
{
  g_autofree char *name = g_file_get_basename (self->file);
  g_autofree char *description = g_strdup_printf (_("“%s” is compared with the students in Passend. Nothing is stored yet."), name);
  const char *path = passend_database_get_path (self->database);

  adw_status_page_set_description (self->loading_page, description);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  self->pulse_id = g_timeout_add (100, pulse_cb, self->progress_bar);

  if (path != NULL)
    {
      passend_import_plan_new_async (self->file, path, self->today, self->cancellable,
                                     plan_ready_cb, self);
    }
  else
    {
      /* A database without a file has no second connection to give. */
      g_autoptr(GError) error = NULL;

      self->plan = passend_import_plan_new_for_file (self->file, self->database, self->today,
                                                     NULL, &error);
      stop_pulsing (self);
      if (self->plan != NULL)
        show_plan (self);
      else
        {
          adw_status_page_set_description (self->error_page, error->message);
          gtk_stack_set_visible_child_name (self->stack, "error");
        }
    }
}

/* Actions */

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PassendImportDialog *self = PASSEND_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gboolean complete = gtk_switch_get_active (self->complete_switch);
  guint created = 0, updated = 0, left = 0;

  if (self->plan == NULL)
    return;

  /* Stored on this thread's connection, so the open views hear of it. A
   * whole school takes a fraction of a second. */
  if (!passend_import_plan_apply (self->plan, self->database, complete, &created, &updated, &error))
    {
      gtk_label_set_text (self->problem_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
      return;
    }

  if (complete)
    left = passend_import_plan_get_n_status (self->plan, PASSEND_IMPORT_STATUS_POSSIBLY_LEFT);

  g_signal_emit (self, signals[IMPORTED], 0, created, updated, left);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
passend_import_dialog_dispose (GObject *object)
{
  PassendImportDialog *self = (PassendImportDialog *)object;

  g_cancellable_cancel (self->cancellable);
  stop_pulsing (self);

  G_OBJECT_CLASS (passend_import_dialog_parent_class)->dispose (object);
}

static void
passend_import_dialog_finalize (GObject *object)
{
  PassendImportDialog *self = (PassendImportDialog *)object;

  g_clear_object (&self->database);
  g_clear_object (&self->file);
  g_clear_object (&self->plan);
  g_clear_object (&self->shown);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (passend_import_dialog_parent_class)->finalize (object);
}

static void
passend_import_dialog_class_init (PassendImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_import_dialog_dispose;
  object_class->finalize = passend_import_dialog_finalize;

  signals[IMPORTED] =
    g_signal_new ("imported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, PassendImportDialog, loading_page);
  gtk_widget_class_bind_template_child (widget_class, PassendImportDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, PassendImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PassendImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, PassendImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PassendImportDialog, counts_label);
  gtk_widget_class_bind_template_child (widget_class, PassendImportDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, PassendImportDialog, notes_label);
  gtk_widget_class_bind_template_child (widget_class, PassendImportDialog, complete_list);
  gtk_widget_class_bind_template_child (widget_class, PassendImportDialog, complete_row);
  gtk_widget_class_bind_template_child (widget_class, PassendImportDialog, complete_switch);
  gtk_widget_class_bind_template_child (widget_class, PassendImportDialog, column_view);
  gtk_widget_class_bind_template_callback (widget_class, complete_changed_cb);

  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
}

static void
passend_import_dialog_init (PassendImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  setup_columns (self);
  update_import_action (self);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->import_button));
}

/**
 * passend_import_dialog_new:
 *
 * Returns: (transfer none): the dialog, not yet presented.
 */
PassendImportDialog *
passend_import_dialog_new (GtkWindow       *parent,
                           PassendDatabase *database,
                           GFile           *file,
                           PassendDay       today)
{
  PassendImportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (PASSEND_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->file = g_object_ref (file);
  self->today = today != PASSEND_DAY_NONE ? today : passend_day_today ();
  start_reading (self);
  return self;
}

PassendImportPlan *
passend_import_dialog_get_plan (PassendImportDialog *self)
{
  g_return_val_if_fail (PASSEND_IS_IMPORT_DIALOG (self), NULL);

  return self->plan;
}

/* From the window */

static void
imported_cb (PassendImportDialog *dialog,
             guint                created,
             guint                updated,
             guint                left,
             gpointer             user_data)
{
  PassendWindow *window = PASSEND_WINDOW (user_data);
  g_autoptr(GString) title = g_string_new (NULL);

  if (created > 0)
    g_string_append_printf (title, g_dngettext (GETTEXT_PACKAGE, "%u student imported", "%u students imported", created),
                            created);
  if (updated > 0)
    {
      g_string_append (title, title->len > 0 ? ", " : "");
      g_string_append_printf (title, g_dngettext (GETTEXT_PACKAGE, "%u updated", "%u updated", updated), updated);
    }
  if (left > 0)
    {
      g_string_append (title, title->len > 0 ? ", " : "");
      g_string_append_printf (title, g_dngettext (GETTEXT_PACKAGE, "%u marked as left", "%u marked as left", left), left);
    }
  if (title->len == 0)
    g_string_append (title, _("Every student was already up to date"));

  passend_window_add_toast (window, adw_toast_new (title->str));
}

static void
file_chosen_cb (GtkNativeDialog *chooser,
                int              response,
                gpointer         user_data)
{
  g_autoptr(PassendWindow) window = user_data;
  g_autoptr(GFile) file = NULL;
  PassendDatabase *database = passend_window_get_database (window);
  PassendImportDialog *dialog;

  if (response == GTK_RESPONSE_ACCEPT && database != NULL)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file == NULL)
    return;

  dialog = passend_import_dialog_new (GTK_WINDOW (window), database, file, PASSEND_DAY_NONE);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (imported_cb), window, G_CONNECT_DEFAULT);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
passend_import_dialog_choose_file (GtkWidget  *window,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  g_return_if_fail (PASSEND_IS_WINDOW (window));

  gtk_file_filter_set_name (csv, _("CSV exports"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_add_suffix (csv, "txt");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");

  chooser = gtk_file_chooser_native_new (_("Import Students"), GTK_WINDOW (window),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_signal_connect (chooser, "response", G_CALLBACK (file_chosen_cb), g_object_ref (window));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
