/* passend-tlv-checklist-page.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-database-partners.h"
#include "passend-database-tlv.h"
#include "passend-preferences-window.h"
#include "passend-tlv-checklist-page.h"
#include "passend-ui-util.h"

struct _PassendTlvChecklistPage
{
  AdwPreferencesPage   parent_instance;

  /* Template widgets */
  AdwComboRow         *swv_row;
  AdwPreferencesGroup *items_group;
  GtkListBox          *items_list;
  GtkButton           *reset_button;
  GtkButton           *add_button;
  AdwPreferencesGroup *rules_group;
  GtkSwitch           *strict_switch;
  GtkSwitch           *all_guardians_switch;
  AdwComboRow         *age_row;

  /* Owned references */
  PassendDatabase     *database;
  /* The SWV behind each position of swv_row; 0 for the default list. */
  GArray              *swv_ids;

  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (PassendTlvChecklistPage, passend_tlv_checklist_page, ADW_TYPE_PREFERENCES_PAGE)

typedef struct
{
  PassendTlvChecklistPage *self;
  PassendTlvChecklistItem *item;  /* NULL: a new item */
  GtkEditable             *label_entry;
  GtkDropDown             *source_drop;
  GtkCheckButton          *required_check;
} ItemDialog;

static void
item_dialog_free (gpointer data)
{
  ItemDialog *dialog = data;

  g_object_unref (dialog->self);
  g_clear_object (&dialog->item);
  g_free (dialog);
}

static void
show_error (PassendTlvChecklistPage *self,
            const char              *what,
            const GError            *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), passend_ui_toast_new_error (what, error));
  else
    g_debug ("%s: %s", what, error->message);
}

static gint64
current_swv (PassendTlvChecklistPage *self)
{
  guint position = adw_combo_row_get_selected (self->swv_row);

  return position < self->swv_ids->len ? g_array_index (self->swv_ids, gint64, position) : 0;
}

static void reload_items (PassendTlvChecklistPage *self);

static GtkWidget *
icon_button (const char *icon_name,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  return button;
}

static void
move_clicked_cb (GtkButton               *button,
                 PassendTlvChecklistPage *self)
{
  g_autoptr(GError) error = NULL;
  PassendTlvChecklistItem *item = g_object_get_data (G_OBJECT (button), "item");
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "position"));

  if (!passend_database_move_tlv_checklist_item (self->database, passend_tlv_checklist_item_get_id (item), position, &error))
    show_error (self, _("Could not move the item"), error);
  reload_items (self);
}

static void
archive_clicked_cb (GtkButton               *button,
                    PassendTlvChecklistPage *self)
{
  g_autoptr(GError) error = NULL;
  PassendTlvChecklistItem *item = g_object_get_data (G_OBJECT (button), "item");

  if (!passend_database_archive_tlv_checklist_item (self->database, passend_tlv_checklist_item_get_id (item),
                                                    !passend_tlv_checklist_item_get_archived (item), &error))
    show_error (self, _("Could not archive the item"), error);
  reload_items (self);
}

static void
item_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  ItemDialog       *data)
{
  PassendTlvChecklistPage *self = data->self;
  g_autoptr(PassendTlvChecklistItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  gboolean ok;

  if (g_strcmp0 (response, "apply") != 0)
    return;

  label = g_strstrip (g_strdup (gtk_editable_get_text (data->label_entry)));
  if (data->item != NULL)
    {
      item = g_object_ref (data->item);
      passend_tlv_checklist_item_set_label (item, label);
      passend_tlv_checklist_item_set_source (item, gtk_drop_down_get_selected (data->source_drop));
      passend_tlv_checklist_item_set_required (item, gtk_check_button_get_active (data->required_check));
      ok = passend_database_update_tlv_checklist_item (self->database, item, &error);
    }
  else
    {
      item = passend_tlv_checklist_item_new (label, gtk_drop_down_get_selected (data->source_drop));
      passend_tlv_checklist_item_set_required (item, gtk_check_button_get_active (data->required_check));
      ok = passend_database_add_tlv_checklist_item (self->database, current_swv (self), item, &error);
    }

  if (!ok)
    show_error (self, _("Could not save the item"), error);
  reload_items (self);
}

static void
show_item_dialog (PassendTlvChecklistPage *self,
                  PassendTlvChecklistItem *item)
{
  g_autoptr(GtkStringList) sources = gtk_string_list_new (NULL);
  GtkWidget *dialog, *box, *label;
  ItemDialog *data;

  for (guint i = 0; i < PASSEND_TLV_N_SOURCES; i++)
    gtk_string_list_append (sources, passend_tlv_checklist_source_get_label (i));

  data = g_new0 (ItemDialog, 1);
  data->self = g_object_ref (self);
  data->item = item != NULL ? g_object_ref (item) : NULL;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  label = gtk_label_new_with_mnemonic (_("_Label (printed in the dossier, in Dutch)"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  data->label_entry = GTK_EDITABLE (gtk_entry_new ());
  gtk_widget_set_name (GTK_WIDGET (data->label_entry), "item-label");
  gtk_entry_set_activates_default (GTK_ENTRY (data->label_entry), TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (data->label_entry));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (data->label_entry));
  label = gtk_label_new_with_mnemonic (_("_Satisfied By"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  data->source_drop = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (sources)), NULL));
  gtk_widget_set_name (GTK_WIDGET (data->source_drop), "item-source");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (data->source_drop));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (data->source_drop));
  data->required_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("_Required")));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (data->required_check));

  if (item != NULL)
    {
      gtk_editable_set_text (data->label_entry, passend_tlv_checklist_item_get_label (item));
      gtk_drop_down_set_selected (data->source_drop, passend_tlv_checklist_item_get_source (item));
      gtk_check_button_set_active (data->required_check, passend_tlv_checklist_item_get_required (item));
    }
  else
    {
      gtk_drop_down_set_selected (data->source_drop, PASSEND_TLV_SOURCE_ATTACHMENTS);
      gtk_check_button_set_active (data->required_check, TRUE);
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   item != NULL ? _("Edit Checklist Item") : _("Add Checklist Item"), NULL);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "apply", item != NULL ? _("_Save") : _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "item-dialog", data, item_dialog_free);
  g_signal_connect (dialog, "response", G_CALLBACK (item_response_cb), data);
  gtk_widget_set_name (dialog, "tlv-item-dialog");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_clicked_cb (GtkButton               *button,
                 PassendTlvChecklistPage *self)
{
  show_item_dialog (self, g_object_get_data (G_OBJECT (button), "item"));
}

static void
add_clicked_cb (PassendTlvChecklistPage *self)
{
  if (self->database != NULL)
    show_item_dialog (self, NULL);
}

static void
reset_response_cb (PassendTlvChecklistPage *self,
                   const char              *response,
                   AdwMessageDialog        *dialog)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "reset") != 0)
    return;

  if (!passend_database_reset_tlv_checklist (self->database, current_swv (self), &error))
    show_error (self, _("Could not reset the checklist"), error);
  reload_items (self);
}

static void
reset_clicked_cb (PassendTlvChecklistPage *self)
{
  GtkWidget *dialog;

  if (self->database == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), _("Reset to the Default List?"),
                                   _("The items Passend came with come back as they were; items you added are archived. What requests already hold is kept."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reset", _("_Reset"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reset", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (reset_response_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_name (dialog, "tlv-reset-dialog");
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
item_row (PassendTlvChecklistPage *self,
          PassendTlvChecklistItem *item,
          guint                    index,
          guint                    n_items,
          gboolean                 own_list)
{
  g_autofree char *subtitle = NULL;
  gboolean archived = passend_tlv_checklist_item_get_archived (item);
  GtkWidget *row, *button;

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), passend_tlv_checklist_item_get_label (item));
  subtitle = g_strdup_printf ("%s · %s%s%s",
                              passend_tlv_checklist_source_get_label (passend_tlv_checklist_item_get_source (item)),
                              passend_tlv_checklist_item_get_required (item) ? _("Required") : _("Optional"),
                              archived ? " · " : "", archived ? _("Archived") : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (archived)
    gtk_widget_add_css_class (row, "dim-label");
  if (!own_list)
    return row;

  button = icon_button ("go-up-symbolic", _("Move Up"));
  gtk_widget_set_sensitive (button, index > 0 && !archived);
  g_object_set_data_full (G_OBJECT (button), "item", g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (button), "position", GUINT_TO_POINTER (index > 0 ? index - 1 : 0));
  g_signal_connect_object (button, "clicked", G_CALLBACK (move_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  button = icon_button ("go-down-symbolic", _("Move Down"));
  gtk_widget_set_sensitive (button, index + 1 < n_items && !archived);
  g_object_set_data_full (G_OBJECT (button), "item", g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (button), "position", GUINT_TO_POINTER (index + 1));
  g_signal_connect_object (button, "clicked", G_CALLBACK (move_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  button = icon_button ("document-edit-symbolic", _("Edit Item…"));
  g_object_set_data_full (G_OBJECT (button), "item", g_object_ref (item), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (edit_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  button = icon_button (archived ? "edit-undo-symbolic" : "folder-symbolic", archived ? _("Restore Item") : _("Archive Item"));
  g_object_set_data_full (G_OBJECT (button), "item", g_object_ref (item), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (archive_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
reload_items (PassendTlvChecklistPage *self)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  PassendTlvSwvRule rule;
  gint64 swv_id = current_swv (self);
  gboolean own_list = TRUE;
  guint n_active = 0;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->items_list))) != NULL)
    gtk_list_box_remove (self->items_list, child);
  if (self->database == NULL)
    return;

  items = passend_database_list_tlv_checklist (self->database, swv_id, TRUE, &error);
  if (items == NULL)
    {
      show_error (self, _("Could not list the checklist"), error);
      return;
    }
  /* An SWV without its own list is shown the default list, read only:
   * adding an item gives it a list of its own to edit. */
  for (guint i = 0; i < items->len; i++)
    {
      PassendTlvChecklistItem *item = g_ptr_array_index (items, i);

      if (passend_tlv_checklist_item_get_organisation_id (item) != swv_id)
        own_list = FALSE;
      if (!passend_tlv_checklist_item_get_archived (item))
        n_active++;
    }
  for (guint i = 0; i < items->len; i++)
    gtk_list_box_append (self->items_list, item_row (self, g_ptr_array_index (items, i), i, n_active, own_list));

  adw_preferences_group_set_description (self->items_group,
                                         own_list ? NULL
                                         : _("Uses the default list. Add an item to give this samenwerkingsverband a list of its own."));
  gtk_widget_set_sensitive (GTK_WIDGET (self->reset_button), own_list);

  self->loading = TRUE;
  if (!passend_database_load_tlv_swv_rule (self->database, swv_id, &rule, &error))
    {
      g_debug ("SWV rule not loaded: %s", error->message);
      passend_tlv_swv_rule_init (&rule);
    }
  gtk_switch_set_active (self->strict_switch, rule.strict_advice);
  gtk_switch_set_active (self->all_guardians_switch, rule.all_guardians_sign);
  adw_combo_row_set_selected (self->age_row, CLAMP (rule.student_signs_from, 0, 18));
  gtk_widget_set_sensitive (GTK_WIDGET (self->rules_group), swv_id != 0);
  adw_preferences_group_set_description (self->rules_group,
                                         swv_id != 0 ? NULL
                                         : _("Choose a samenwerkingsverband to set its rules. Without one, the SWV obtains the advice and one parent signs."));
  self->loading = FALSE;
}

static void
rule_changed_cb (PassendTlvChecklistPage *self)
{
  g_autoptr(GError) error = NULL;
  PassendTlvSwvRule rule;
  gint64 swv_id = current_swv (self);

  if (self->loading || self->database == NULL || swv_id == 0)
    return;

  passend_tlv_swv_rule_init (&rule);
  rule.strict_advice = gtk_switch_get_active (self->strict_switch);
  rule.all_guardians_sign = gtk_switch_get_active (self->all_guardians_switch);
  rule.student_signs_from = adw_combo_row_get_selected (self->age_row);
  if (!passend_database_set_tlv_swv_rule (self->database, swv_id, &rule, &error))
    show_error (self, _("Could not save the rules"), error);
}

static void
load_swvs (PassendTlvChecklistPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GListModel) partners = NULL;
  g_autoptr(GError) error = NULL;
  gint64 none = 0;

  g_array_set_size (self->swv_ids, 0);
  g_array_append_val (self->swv_ids, none);
  gtk_string_list_append (labels, _("Default List"));

  partners = passend_database_list_partners (self->database, PASSEND_PARTNER_LIST_ORGANISATIONS, NULL, &error);
  if (partners == NULL)
    g_debug ("Partners not listed: %s", error->message);
  for (guint i = 0; partners != NULL && i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(PassendPartner) partner = g_list_model_get_item (partners, i);
      PassendOrganisationKind kind;
      gint64 id;

      if (passend_partner_get_kind (partner) != PASSEND_PARTNER_KIND_ORGANISATION ||
          !passend_partner_get_organisation_kind (partner, &kind) ||
          kind != PASSEND_ORGANISATION_KIND_SAMENWERKINGSVERBAND)
        continue;
      id = passend_partner_get_id (partner);
      g_array_append_val (self->swv_ids, id);
      gtk_string_list_append (labels, passend_partner_get_name (partner));
    }

  self->loading = TRUE;
  adw_combo_row_set_model (self->swv_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->swv_row, 0);
  self->loading = FALSE;
}

/* The Preferences window gets its database after its template (and this
 * page) is built, so the page asks for it when it is shown. */
static void
passend_tlv_checklist_page_map (GtkWidget *widget)
{
  PassendTlvChecklistPage *self = PASSEND_TLV_CHECKLIST_PAGE (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (passend_tlv_checklist_page_parent_class)->map (widget);

  root = gtk_widget_get_root (widget);
  if (self->database == NULL && PASSEND_IS_PREFERENCES_WINDOW (root))
    passend_tlv_checklist_page_set_database (self, passend_preferences_window_get_database (PASSEND_PREFERENCES_WINDOW (root)));
}

static void
passend_tlv_checklist_page_dispose (GObject *object)
{
  PassendTlvChecklistPage *self = PASSEND_TLV_CHECKLIST_PAGE (object);

  g_clear_object (&self->database);
  g_clear_pointer (&self->swv_ids, g_array_unref);

  G_OBJECT_CLASS (passend_tlv_checklist_page_parent_class)->dispose (object);
}

static void
passend_tlv_checklist_page_class_init (PassendTlvChecklistPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_tlv_checklist_page_dispose;
  widget_class->map = passend_tlv_checklist_page_map;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-tlv-checklist-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendTlvChecklistPage, swv_row);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvChecklistPage, items_group);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvChecklistPage, items_list);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvChecklistPage, reset_button);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvChecklistPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvChecklistPage, rules_group);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvChecklistPage, strict_switch);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvChecklistPage, all_guardians_switch);
  gtk_widget_class_bind_template_child (widget_class, PassendTlvChecklistPage, age_row);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, reset_clicked_cb);
}

static void
swv_selected_cb (PassendTlvChecklistPage *self)
{
  if (!self->loading)
    reload_items (self);
}

static void
passend_tlv_checklist_page_init (PassendTlvChecklistPage *self)
{
  g_autoptr(GtkStringList) ages = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Ages 0 to 18, so the position is the age. */
  for (int age = 0; age <= 18; age++)
    {
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year", "%d years", age), age);

      gtk_string_list_append (ages, label);
    }
  adw_combo_row_set_model (self->age_row, G_LIST_MODEL (ages));
  adw_combo_row_set_selected (self->age_row, 12);

  self->swv_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_signal_connect_object (self->swv_row, "notify::selected", G_CALLBACK (swv_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->strict_switch, "notify::active", G_CALLBACK (rule_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->all_guardians_switch, "notify::active", G_CALLBACK (rule_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->age_row, "notify::selected", G_CALLBACK (rule_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
passend_tlv_checklist_page_new (void)
{
  return g_object_new (PASSEND_TYPE_TLV_CHECKLIST_PAGE, NULL);
}

void
passend_tlv_checklist_page_set_database (PassendTlvChecklistPage *self,
                                         PassendDatabase         *database)
{
  g_return_if_fail (PASSEND_IS_TLV_CHECKLIST_PAGE (self));
  g_return_if_fail (database == NULL || PASSEND_IS_DATABASE (database));

  if (!g_set_object (&self->database, database))
    return;

  if (database != NULL)
    load_swvs (self);
  reload_items (self);
}

void
passend_tlv_checklist_page_set_swv (PassendTlvChecklistPage *self,
                                    gint64                   swv_id)
{
  g_return_if_fail (PASSEND_IS_TLV_CHECKLIST_PAGE (self));

  for (guint i = 0; i < self->swv_ids->len; i++)
    if (g_array_index (self->swv_ids, gint64, i) == swv_id)
      adw_combo_row_set_selected (self->swv_row, i);
}
