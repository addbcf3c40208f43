/* passend-aanmeldingen-page.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-aanmelding-editor.h"
#include "passend-aanmeldingen-page.h"
#include "passend-rules.h"
#include "passend-ui-util.h"

#define RELOAD_DELAY_MS 100

struct _PassendAanmeldingenPage
{
  AdwBin                   parent_instance;

  /* Template widgets */
  AdwLeaflet              *leaflet;
  AdwWindowTitle          *list_title;
  GtkStack                *list_stack;
  GtkListView             *list_view;
  AdwWindowTitle          *editor_title;
  GtkStack                *editor_stack;
  PassendAanmeldingEditor *editor;

  /* Owned references */
  PassendDatabase         *database;
  GListStore              *aanmeldingen;
  GtkSingleSelection      *selection;

  PassendProtocol          protocol;
  PassendDay               today;
  guint                    reload_source;
  guint                    folded : 1;
  guint                    reloading : 1;
};

G_DEFINE_FINAL_TYPE (PassendAanmeldingenPage, passend_aanmeldingen_page, ADW_TYPE_BIN)

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
add_toast (PassendAanmeldingenPage *self,
           AdwToast                *toast)
{
  g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);
}

static PassendDay
get_today (PassendAanmeldingenPage *self)
{
  return self->today != PASSEND_DAY_NONE ? self->today : passend_day_today ();
}

/* Rows: the name, the deadline, then the day of receipt and the state. */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              PassendAanmeldingenPage  *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *lines = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *bottom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *state = gtk_label_new (NULL);
  GtkWidget *due = gtk_label_new (NULL);
  GtkWidget *received = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_add_css_class (icon, "warning");
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (icon, _("Right to temporary placement"));
  gtk_widget_set_hexpand (lines, TRUE);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (state, "caption");
  gtk_widget_add_css_class (state, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (due), 0);
  gtk_label_set_ellipsize (GTK_LABEL (due), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (received), 0);
  gtk_label_set_ellipsize (GTK_LABEL (received), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (received, TRUE);
  gtk_widget_add_css_class (received, "caption");
  gtk_widget_add_css_class (received, "dim-label");

  gtk_box_append (GTK_BOX (bottom), received);
  gtk_box_append (GTK_BOX (bottom), state);
  gtk_box_append (GTK_BOX (lines), name);
  gtk_box_append (GTK_BOX (lines), due);
  gtk_box_append (GTK_BOX (lines), bottom);
  gtk_box_append (GTK_BOX (box), lines);
  gtk_box_append (GTK_BOX (box), icon);

  g_object_set_data (G_OBJECT (box), "icon", icon);
  g_object_set_data (G_OBJECT (box), "name", name);
  g_object_set_data (G_OBJECT (box), "state", state);
  g_object_set_data (G_OBJECT (box), "due", due);
  g_object_set_data (G_OBJECT (box), "received", received);
  gtk_list_item_set_child (item, box);
}

static const char *
state_label (PassendAanmelding *a)
{
  if (passend_aanmelding_is_decided (a))
    return passend_aanmelding_outcome_get_label (passend_aanmelding_get_outcome (a));
  if (passend_aanmelding_has_extension (a))
    return C_("aanmelding state", "Extended");
  return C_("aanmelding state", "Open");
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             PassendAanmeldingenPage  *self)
{
  PassendAanmelding *a = gtk_list_item_get_item (item);
  GObject *box = G_OBJECT (gtk_list_item_get_child (item));
  GtkWidget *due_label = g_object_get_data (box, "due");
  PassendDay today = get_today (self);
  PassendDay received = passend_aanmelding_get_received_on (a);
  g_autofree char *received_day = passend_day_format (received);
  g_autofree char *received_text = NULL;
  g_autofree char *due_text = NULL;
  gboolean decided = passend_aanmelding_is_decided (a);
  gboolean overdue = FALSE;
  gboolean placement = FALSE;

  if (decided)
    {
      g_autofree char *day = passend_day_format (passend_aanmelding_get_decided_on (a));

      /* TRANSLATORS: %s is a day, "Mon 9 Feb 2026" */
      due_text = g_strdup_printf (_("Decided %s"), day);
    }
  else
    {
      PassendDay due = passend_rules_zorgplicht_decision_due (received, passend_aanmelding_get_extended_until (a),
                                                              &self->protocol);
      g_autofree char *day = passend_day_format (due);
      g_autofree char *relative = passend_day_format_relative (due, today);

      /* TRANSLATORS: "Due Mon 13 Apr 2026 · in 3 days" */
      due_text = g_strdup_printf (_("Due %s · %s"), day, relative);
      overdue = due < today;
      placement = passend_rules_zorgplicht_placement_due (received, &self->protocol) <= today;
    }

  /* TRANSLATORS: %s is a day, "Mon 2 Mar 2026" */
  received_text = g_strdup_printf (_("Received %s"), received_day);

  gtk_label_set_text (g_object_get_data (box, "name"), passend_aanmelding_get_display_name (a));
  gtk_label_set_text (g_object_get_data (box, "state"), state_label (a));
  gtk_label_set_text (GTK_LABEL (due_label), due_text);
  gtk_label_set_text (g_object_get_data (box, "received"), received_text);
  gtk_widget_set_visible (g_object_get_data (box, "icon"), placement);

  if (overdue)
    gtk_widget_add_css_class (due_label, "error");
  else
    gtk_widget_remove_css_class (due_label, "error");
  if (decided)
    gtk_widget_add_css_class (due_label, "dim-label");
  else
    gtk_widget_remove_css_class (due_label, "dim-label");
}

static guint
find_position (PassendAanmeldingenPage *self,
               gint64                   id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->aanmeldingen));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PassendAanmelding) a = g_list_model_get_item (G_LIST_MODEL (self->aanmeldingen), i);

      if (passend_aanmelding_get_id (a) == id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
update_titles (PassendAanmeldingenPage *self)
{
  PassendAanmelding *selected = gtk_single_selection_get_selected_item (self->selection);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->aanmeldingen));
  guint open = 0;
  g_autofree char *subtitle = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PassendAanmelding) a = g_list_model_get_item (G_LIST_MODEL (self->aanmeldingen), i);

      if (!passend_aanmelding_is_decided (a))
        open++;
    }

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open", "%u open", open), open);
  adw_window_title_set_subtitle (self->list_title, subtitle);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");

  adw_window_title_set_title (self->editor_title,
                              selected != NULL ? passend_aanmelding_get_display_name (selected) : "");
  adw_window_title_set_subtitle (self->editor_title,
                                 selected != NULL ? state_label (selected) : "");
}

static void
reload (PassendAanmeldingenPage *self)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 selected_id = passend_aanmelding_editor_get_id (self->editor);
  guint position;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->database == NULL)
    return;

  if (!passend_database_load_protocol (self->database, &self->protocol, &error) ||
      (list = passend_database_list_aanmeldingen (self->database, &error)) == NULL)
    {
      add_toast (self, passend_ui_toast_new_error (_("Could not load the aanmeldingen"), error));
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (items, g_list_model_get_item (list, i));

  self->reloading = TRUE;
  g_list_store_splice (self->aanmeldingen, 0, g_list_model_get_n_items (G_LIST_MODEL (self->aanmeldingen)),
                       items->pdata, items->len);
  position = find_position (self, selected_id);
  gtk_single_selection_set_selected (self->selection, position);
  self->reloading = FALSE;

  if (position == GTK_INVALID_LIST_POSITION)
    {
      passend_aanmelding_editor_load (self->editor, 0);
      gtk_stack_set_visible_child_name (self->editor_stack, "none");
    }
  update_titles (self);
}

static void
reload_timeout_cb (gpointer data)
{
  PassendAanmeldingenPage *self = data;

  self->reload_source = 0;
  reload (self);
}

static void
database_changed_cb (PassendAanmeldingenPage *self,
                     const char              *entity,
                     gint64                   id)
{
  /* Typing stores every second; one reload per burst is enough. A
   * timeout rather than an idle: animations would starve an idle. */
  if (self->reload_source == 0)
    self->reload_source = g_timeout_add_once (RELOAD_DELAY_MS, reload_timeout_cb, self);
}

static void
selection_changed_cb (PassendAanmeldingenPage *self)
{
  PassendAanmelding *selected = gtk_single_selection_get_selected_item (self->selection);

  if (self->reloading)
    return;

  passend_aanmelding_editor_load (self->editor, selected != NULL ? passend_aanmelding_get_id (selected) : 0);
  gtk_stack_set_visible_child_name (self->editor_stack, selected != NULL ? "editor" : "none");
  update_titles (self);
}

static void
show_editor (PassendAanmeldingenPage *self)
{
  adw_leaflet_set_visible_child_name (self->leaflet, "editor");
}

static void
list_activate_cb (PassendAanmeldingenPage *self,
                  guint                    position)
{
  gtk_single_selection_set_selected (self->selection, position);
  show_editor (self);
  passend_aanmelding_editor_focus_first (self->editor);
}

static void
editor_add_toast_cb (PassendAanmeldingenPage *self,
                     AdwToast                *toast)
{
  add_toast (self, toast);
}

/* New aanmelding: the two things the store needs, then the editor. */

static void
new_response_cb (AdwMessageDialog *dialog,
                 const char       *response)
{
  PassendAanmeldingenPage *self = g_object_get_data (G_OBJECT (dialog), "page");
  GtkEditable *name_row = g_object_get_data (G_OBJECT (dialog), "name-row");
  GtkEditable *date_row = g_object_get_data (G_OBJECT (dialog), "date-row");
  g_autoptr(PassendAanmelding) aanmelding = NULL;
  g_autoptr(GError) error = NULL;
  PassendDay received;

  if (g_strcmp0 (response, "add") != 0)
    return;

  received = passend_day_from_dutch (gtk_editable_get_text (date_row), &error);
  aanmelding = passend_aanmelding_new ();
  passend_aanmelding_set_achternaam (aanmelding, gtk_editable_get_text (name_row));
  passend_aanmelding_set_received_on (aanmelding, received);
  if (received == PASSEND_DAY_NONE ||
      !passend_database_add_aanmelding (self->database, aanmelding, &error))
    {
      add_toast (self, passend_ui_toast_new_error (_("Could not add the aanmelding"), error));
      return;
    }

  reload (self);
  passend_aanmeldingen_page_show_aanmelding (self, passend_aanmelding_get_id (aanmelding));
  passend_aanmelding_editor_focus_first (self->editor);
}

static void
new_fields_changed_cb (AdwMessageDialog *dialog)
{
  GtkEditable *name_row = g_object_get_data (G_OBJECT (dialog), "name-row");
  GtkEditable *date_row = g_object_get_data (G_OBJECT (dialog), "date-row");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (name_row)));
  PassendDay day = passend_day_from_dutch (gtk_editable_get_text (date_row), NULL);

  if (day == PASSEND_DAY_NONE)
    gtk_widget_add_css_class (GTK_WIDGET (date_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (date_row), "error");
  adw_message_dialog_set_response_enabled (dialog, "add", name[0] != '\0' && day != PASSEND_DAY_NONE);
}

static void
new_activated_cb (AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "add"))
    adw_message_dialog_response (dialog, "add");
}

static GtkWidget *
add_entry_row (GtkWidget  *list,
               const char *name,
               const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  PassendAanmeldingenPage *self = PASSEND_AANMELDINGEN_PAGE (widget);
  GtkWidget *dialog;
  GtkWidget *list;
  GtkWidget *name_row;
  GtkWidget *date_row;
  int y, m, d;
  g_autofree char *today = NULL;

  if (self->database == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("New Aanmelding"),
                                   _("The decision term starts on the day the written aanmelding was received."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  name_row = add_entry_row (list, "name-row", _("Family name of the pupil"));
  date_row = add_entry_row (list, "date-row", _("Received (dd-mm-yyyy)"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);

  passend_day_get_ymd (get_today (self), &y, &m, &d);
  today = g_strdup_printf ("%02d-%02d-%04d", d, m, y);
  gtk_editable_set_text (GTK_EDITABLE (date_row), today);

  g_object_set_data (G_OBJECT (dialog), "page", self);
  g_object_set_data (G_OBJECT (dialog), "name-row", name_row);
  g_object_set_data (G_OBJECT (dialog), "date-row", date_row);
  g_signal_connect_swapped (name_row, "changed", G_CALLBACK (new_fields_changed_cb), dialog);
  g_signal_connect_swapped (date_row, "changed", G_CALLBACK (new_fields_changed_cb), dialog);
  g_signal_connect_swapped (name_row, "entry-activated", G_CALLBACK (new_activated_cb), dialog);
  g_signal_connect_swapped (date_row, "entry-activated", G_CALLBACK (new_activated_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (new_response_cb), NULL);
  new_fields_changed_cb (ADW_MESSAGE_DIALOG (dialog));

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (name_row);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PassendAanmeldingenPage *self = PASSEND_AANMELDINGEN_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
passend_aanmeldingen_page_dispose (GObject *object)
{
  PassendAanmeldingenPage *self = PASSEND_AANMELDINGEN_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->database != NULL)
    g_signal_handlers_disconnect_by_data (self->database, self);
  g_clear_object (&self->database);

  g_clear_object (&self->selection);
  g_clear_object (&self->aanmeldingen);

  G_OBJECT_CLASS (passend_aanmeldingen_page_parent_class)->dispose (object);
}

static void
passend_aanmeldingen_page_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  PassendAanmeldingenPage *self = PASSEND_AANMELDINGEN_PAGE (object);

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
passend_aanmeldingen_page_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  PassendAanmeldingenPage *self = PASSEND_AANMELDINGEN_PAGE (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      passend_aanmeldingen_page_set_folded (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_aanmeldingen_page_class_init (PassendAanmeldingenPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_aanmeldingen_page_dispose;
  object_class->get_property = passend_aanmeldingen_page_get_property;
  object_class->set_property = passend_aanmeldingen_page_set_property;

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

  g_type_ensure (PASSEND_TYPE_AANMELDING_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/passend-aanmeldingen-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendAanmeldingenPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PassendAanmeldingenPage, list_title);
  gtk_widget_class_bind_template_child (widget_class, PassendAanmeldingenPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PassendAanmeldingenPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, PassendAanmeldingenPage, editor_title);
  gtk_widget_class_bind_template_child (widget_class, PassendAanmeldingenPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, PassendAanmeldingenPage, editor);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_add_toast_cb);

  gtk_widget_class_install_action (widget_class, "aanmeldingen.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "aanmeldingen.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "aanmeldingen.new", NULL);
}

static void
passend_aanmeldingen_page_init (PassendAanmeldingenPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  passend_protocol_init_defaults (&self->protocol);
  self->aanmeldingen = g_list_store_new (PASSEND_TYPE_AANMELDING);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->aanmeldingen)));
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
passend_aanmeldingen_page_new (void)
{
  return g_object_new (PASSEND_TYPE_AANMELDINGEN_PAGE, NULL);
}

void
passend_aanmeldingen_page_set_database (PassendAanmeldingenPage *self,
                                        PassendDatabase         *database)
{
  g_return_if_fail (PASSEND_IS_AANMELDINGEN_PAGE (self));
  g_return_if_fail (database == NULL || PASSEND_IS_DATABASE (database));

  if (self->database == database)
    return;

  if (self->database != NULL)
    g_signal_handlers_disconnect_by_data (self->database, self);
  passend_aanmelding_editor_set_database (self->editor, database);
  g_set_object (&self->database, database);

  if (database != NULL)
    {
      g_signal_connect_swapped (database, "changed::aanmelding", G_CALLBACK (database_changed_cb), self);
      g_signal_connect_swapped (database, "changed::protocol", G_CALLBACK (database_changed_cb), self);
    }
  reload (self);
}

gboolean
passend_aanmeldingen_page_get_folded (PassendAanmeldingenPage *self)
{
  g_return_val_if_fail (PASSEND_IS_AANMELDINGEN_PAGE (self), FALSE);

  return self->folded;
}

void
passend_aanmeldingen_page_set_folded (PassendAanmeldingenPage *self,
                                      gboolean                 folded)
{
  g_return_if_fail (PASSEND_IS_AANMELDINGEN_PAGE (self));

  folded = !!folded;
  if (self->folded == folded)
    return;

  self->folded = folded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

void
passend_aanmeldingen_page_set_today (PassendAanmeldingenPage *self,
                                     PassendDay               today)
{
  guint n;

  g_return_if_fail (PASSEND_IS_AANMELDINGEN_PAGE (self));

  self->today = today;
  passend_aanmelding_editor_set_today (self->editor, get_today (self));

  /* Rebinds every row with the new day. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->aanmeldingen));
  g_list_model_items_changed (G_LIST_MODEL (self->aanmeldingen), 0, n, n);
}

void
passend_aanmeldingen_page_show_aanmelding (PassendAanmeldingenPage *self,
                                           gint64                   id)
{
  guint position;

  g_return_if_fail (PASSEND_IS_AANMELDINGEN_PAGE (self));

  if (self->reload_source != 0)
    reload (self);

  position = find_position (self, id);
  if (position == GTK_INVALID_LIST_POSITION)
    return;

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  show_editor (self);
}

void
passend_aanmeldingen_page_focus_list (PassendAanmeldingenPage *self)
{
  g_return_if_fail (PASSEND_IS_AANMELDINGEN_PAGE (self));

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}
