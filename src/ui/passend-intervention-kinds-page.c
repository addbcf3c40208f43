/* passend-intervention-kinds-page.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-intervention-kinds-page.h"
#include "passend-preferences-window.h"
#include "passend-ui-util.h"

struct _PassendInterventionKindsPage
{
  AdwPreferencesPage   parent_instance;

  AdwPreferencesGroup *group;
  AdwEntryRow         *new_row;
  GPtrArray           *rows;       /* the kinds' expander rows */
  PassendDatabase     *database;
};

G_DEFINE_FINAL_TYPE (PassendInterventionKindsPage, passend_intervention_kinds_page, ADW_TYPE_PREFERENCES_PAGE)

/* The unit of a kind's default length, as the unit drop-down lists it. */
enum { UNIT_NONE, UNIT_WEEKS, UNIT_MONTHS, UNIT_SESSIONS };

/* One kind's editor: the widgets its fields are read from. */
typedef struct
{
  PassendInterventionKindsPage *page;
  PassendInterventionKind      *kind;
  AdwExpanderRow               *row;
  AdwEntryRow                  *name_row;
  AdwComboRow                  *level_row;
  GtkSpinButton                *length_spin;
  GtkDropDown                  *unit_dropdown;
  GtkSpinButton                *max_spin;
  GtkSwitch                    *consent_switch;
  GtkSwitch                    *archived_switch;
  gboolean                      filling;
} KindEditor;

static void reload (PassendInterventionKindsPage *self);

static void
kind_editor_free (gpointer data)
{
  KindEditor *editor = data;

  g_clear_object (&editor->kind);
  g_free (editor);
}

static void
toast (PassendInterventionKindsPage *self,
       const char                   *what,
       const GError                 *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), passend_ui_toast_new_error (what, error));
}

static void
update_subtitle (KindEditor *editor)
{
  g_autofree char *length = passend_intervention_kind_dup_length_text (editor->kind);
  const char *level = passend_support_level_get_label (passend_intervention_kind_get_support_level (editor->kind));
  g_autofree char *subtitle = NULL;

  if (length[0] != '\0')
    /* TRANSLATORS: a kind's support level and default length, "Extra support · 5 months". */
    subtitle = g_strdup_printf (C_("intervention kind", "%s · %s"), level, length);
  else
    subtitle = g_strdup (level);
  if (passend_intervention_kind_get_archived (editor->kind))
    {
      g_autofree char *with_archived = g_strdup_printf (C_("intervention kind", "%s · %s"), subtitle, _("Archived"));

      g_free (subtitle);
      subtitle = g_steal_pointer (&with_archived);
    }

  adw_expander_row_set_subtitle (editor->row, subtitle);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (editor->row), passend_intervention_kind_get_name (editor->kind));
}

/* Reads every field into the kind and stores it; a refusal puts the
 * stored values back. */
static void
store (KindEditor *editor)
{
  PassendInterventionKindsPage *self = editor->page;
  g_autoptr(GError) error = NULL;
  int length = gtk_spin_button_get_value_as_int (editor->length_spin);
  guint unit = gtk_drop_down_get_selected (editor->unit_dropdown);

  if (editor->filling || editor->name_row == NULL || self->database == NULL)
    return;

  passend_intervention_kind_set_name (editor->kind, gtk_editable_get_text (GTK_EDITABLE (editor->name_row)));
  passend_intervention_kind_set_support_level (editor->kind, adw_combo_row_get_selected (editor->level_row));
  passend_intervention_kind_set_default_weeks (editor->kind, unit == UNIT_WEEKS ? length : 0);
  passend_intervention_kind_set_default_months (editor->kind, unit == UNIT_MONTHS ? length : 0);
  passend_intervention_kind_set_default_sessions (editor->kind, unit == UNIT_SESSIONS ? length : 0);
  passend_intervention_kind_set_max_months (editor->kind, gtk_spin_button_get_value_as_int (editor->max_spin));
  passend_intervention_kind_set_consent_required (editor->kind, gtk_switch_get_active (editor->consent_switch));
  passend_intervention_kind_set_archived (editor->kind, gtk_switch_get_active (editor->archived_switch));

  if (!passend_database_update_intervention_kind (self->database, editor->kind, &error))
    {
      toast (self, _("Not saved"), error);
      reload (self);
      return;
    }

  update_subtitle (editor);
}

static void
changed_cb (KindEditor *editor)
{
  store (editor);
}

static void
delete_clicked_cb (KindEditor *editor)
{
  PassendInterventionKindsPage *self = editor->page;
  g_autoptr(GError) error = NULL;

  if (!passend_database_remove_intervention_kind (self->database, passend_intervention_kind_get_id (editor->kind),
                                                  &error))
    {
      toast (self, _("Could not delete"), error);
      return;
    }

  reload (self);
}

static GtkWidget *
suffix_row (const char *title,
            const char *subtitle,
            GtkWidget  *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), suffix);
  return row;
}

/* A kind's fields are built when its row is first expanded: the
 * catalogue opens fast, and only the kind being edited has widgets. */
static void
build_fields (KindEditor *editor)
{
  static const char * const units[] = { N_("None"), N_("Weeks"), N_("Months"), N_("Sessions") };
  PassendInterventionKind *kind = editor->kind;
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) unit_names = gtk_string_list_new (NULL);
  GtkWidget *length_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *delete_button;
  GtkWidget *delete_row;
  int length;
  guint unit;

  editor->filling = TRUE;
  editor->name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (editor->name_row), _("Name"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (editor->name_row), FALSE);
  adw_entry_row_set_show_apply_button (editor->name_row, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (editor->name_row), passend_intervention_kind_get_name (kind));
  g_signal_connect_swapped (editor->name_row, "apply", G_CALLBACK (changed_cb), editor);
  adw_expander_row_add_row (editor->row, GTK_WIDGET (editor->name_row));

  gtk_string_list_append (levels, passend_support_level_get_label (PASSEND_SUPPORT_LEVEL_BASIS));
  gtk_string_list_append (levels, passend_support_level_get_label (PASSEND_SUPPORT_LEVEL_EXTRA));
  editor->level_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (editor->level_row), _("Support"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (editor->level_row), _("Extra support requires an OPP"));
  adw_combo_row_set_model (editor->level_row, G_LIST_MODEL (levels));
  adw_combo_row_set_selected (editor->level_row, passend_intervention_kind_get_support_level (kind));
  g_signal_connect_swapped (editor->level_row, "notify::selected", G_CALLBACK (changed_cb), editor);
  adw_expander_row_add_row (editor->row, GTK_WIDGET (editor->level_row));

  length = passend_intervention_kind_get_default_sessions (kind);
  unit = UNIT_SESSIONS;
  if (length == 0)
    {
      length = passend_intervention_kind_get_default_months (kind);
      unit = UNIT_MONTHS;
    }
  if (length == 0)
    {
      length = passend_intervention_kind_get_default_weeks (kind);
      unit = length > 0 ? UNIT_WEEKS : UNIT_NONE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    gtk_string_list_append (unit_names, _(units[i]));
  editor->length_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 120, 1));
  gtk_spin_button_set_value (editor->length_spin, length);
  editor->unit_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (unit_names)), NULL));
  gtk_drop_down_set_selected (editor->unit_dropdown, unit);
  gtk_box_append (GTK_BOX (length_box), GTK_WIDGET (editor->length_spin));
  gtk_box_append (GTK_BOX (length_box), GTK_WIDGET (editor->unit_dropdown));
  g_signal_connect_swapped (editor->length_spin, "value-changed", G_CALLBACK (changed_cb), editor);
  g_signal_connect_swapped (editor->unit_dropdown, "notify::selected", G_CALLBACK (changed_cb), editor);
  adw_expander_row_add_row (editor->row, suffix_row (_("Default Length"), _("Sessions have no end date"), length_box));

  editor->max_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 120, 1));
  gtk_spin_button_set_value (editor->max_spin, passend_intervention_kind_get_max_months (kind));
  g_signal_connect_swapped (editor->max_spin, "value-changed", G_CALLBACK (changed_cb), editor);
  adw_expander_row_add_row (editor->row, suffix_row (_("Maximum in Months"), _("0 for no maximum"),
                                                     GTK_WIDGET (editor->max_spin)));

  editor->consent_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_switch_set_active (editor->consent_switch, passend_intervention_kind_get_consent_required (kind));
  g_signal_connect_swapped (editor->consent_switch, "notify::active", G_CALLBACK (changed_cb), editor);
  adw_expander_row_add_row (editor->row, suffix_row (_("Parents Must Consent"), NULL, GTK_WIDGET (editor->consent_switch)));

  editor->archived_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_switch_set_active (editor->archived_switch, passend_intervention_kind_get_archived (kind));
  g_signal_connect_swapped (editor->archived_switch, "notify::active", G_CALLBACK (changed_cb), editor);
  adw_expander_row_add_row (editor->row, suffix_row (_("Archived"), _("No longer offered for new interventions"),
                                                     GTK_WIDGET (editor->archived_switch)));

  delete_button = gtk_button_new_with_mnemonic (_("_Delete"));
  gtk_widget_add_css_class (delete_button, "destructive-action");
  g_signal_connect_swapped (delete_button, "clicked", G_CALLBACK (delete_clicked_cb), editor);
  delete_row = suffix_row (_("Delete Kind"), _("Only a kind no student has had"), delete_button);
  adw_expander_row_add_row (editor->row, delete_row);

  editor->filling = FALSE;
}

static void
expanded_cb (KindEditor *editor)
{
  if (editor->name_row == NULL && adw_expander_row_get_expanded (editor->row))
    build_fields (editor);
}

static KindEditor *
build_editor (PassendInterventionKindsPage *self,
              PassendInterventionKind      *kind)
{
  KindEditor *editor = g_new0 (KindEditor, 1);

  editor->page = self;
  editor->kind = g_object_ref (kind);
  editor->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (editor->row), FALSE);
  g_signal_connect_swapped (editor->row, "notify::expanded", G_CALLBACK (expanded_cb), editor);
  update_subtitle (editor);
  return editor;
}

static void
reload (PassendInterventionKindsPage *self)
{
  g_autoptr(GListModel) kinds = NULL;
  g_autoptr(GError) error = NULL;
  guint n_items;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  if (self->database == NULL)
    return;

  kinds = passend_database_list_intervention_kinds (self->database, TRUE, &error);
  if (kinds == NULL)
    {
      toast (self, _("Could not load the intervention catalogue"), error);
      return;
    }

  n_items = g_list_model_get_n_items (kinds);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PassendInterventionKind) kind = g_list_model_get_item (kinds, i);
      KindEditor *editor = build_editor (self, kind);

      /* The row owns its editor. */
      g_object_set_data_full (G_OBJECT (editor->row), "passend-kind-editor", editor, kind_editor_free);
      adw_preferences_group_add (self->group, GTK_WIDGET (editor->row));
      g_ptr_array_add (self->rows, editor->row);
    }
}

static void
add_kind_cb (PassendInterventionKindsPage *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_row))));
  g_autoptr(PassendInterventionKind) kind = NULL;
  g_autoptr(GError) error = NULL;

  if (self->database == NULL || name[0] == '\0')
    return;

  kind = passend_intervention_kind_new (name, PASSEND_SUPPORT_LEVEL_BASIS);
  if (!passend_database_add_intervention_kind (self->database, kind, &error))
    {
      toast (self, _("Could not add the kind"), error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->new_row), "");
  reload (self);
}

/* The Preferences window gets its database after its template (and this
 * page) is built: take it when the page is first shown. */
static void
passend_intervention_kinds_page_map (GtkWidget *widget)
{
  PassendInterventionKindsPage *self = PASSEND_INTERVENTION_KINDS_PAGE (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (passend_intervention_kinds_page_parent_class)->map (widget);

  root = gtk_widget_get_root (widget);
  if (self->database == NULL && PASSEND_IS_PREFERENCES_WINDOW (root))
    passend_intervention_kinds_page_set_database (self, passend_preferences_window_get_database (PASSEND_PREFERENCES_WINDOW (root)));
}

static void
passend_intervention_kinds_page_dispose (GObject *object)
{
  PassendInterventionKindsPage *self = PASSEND_INTERVENTION_KINDS_PAGE (object);

  g_clear_object (&self->database);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (passend_intervention_kinds_page_parent_class)->dispose (object);
}

static void
passend_intervention_kinds_page_class_init (PassendInterventionKindsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_intervention_kinds_page_dispose;
  widget_class->map = passend_intervention_kinds_page_map;
}

static void
passend_intervention_kinds_page_init (PassendInterventionKindsPage *self)
{
  AdwPreferencesGroup *add_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  self->rows = g_ptr_array_new ();
  adw_preferences_page_set_name (ADW_PREFERENCES_PAGE (self), "interventions");
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (self), _("Interventions"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (self), "view-list-bullet-symbolic");

  adw_preferences_group_set_title (add_group, _("Intervention Catalogue"));
  adw_preferences_group_set_description (add_group,
                                         _("The interventions and arrangements the school offers, with the defaults of the local protocol. "
                                           "A kind students have had stays in their record: archive it instead of deleting it."));
  self->new_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->new_row), _("Add a Kind"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->new_row), FALSE);
  adw_entry_row_set_show_apply_button (self->new_row, TRUE);
  g_signal_connect_swapped (self->new_row, "apply", G_CALLBACK (add_kind_cb), self);
  g_signal_connect_swapped (self->new_row, "entry-activated", G_CALLBACK (add_kind_cb), self);
  adw_preferences_group_add (add_group, GTK_WIDGET (self->new_row));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), add_group);

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), self->group);
}

GtkWidget *
passend_intervention_kinds_page_new (void)
{
  return g_object_new (PASSEND_TYPE_INTERVENTION_KINDS_PAGE, NULL);
}

void
passend_intervention_kinds_page_set_database (PassendInterventionKindsPage *self,
                                              PassendDatabase              *database)
{
  g_return_if_fail (PASSEND_IS_INTERVENTION_KINDS_PAGE (self));
  g_return_if_fail (database == NULL || PASSEND_IS_DATABASE (database));

  if (g_set_object (&self->database, database))
    reload (self);
}
