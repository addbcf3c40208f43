/* passend-intervention-dialog.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-intervention-dialog.h"
#include "passend-intervention-rules.h"

struct _PassendInterventionDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkButton           *save_button;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  AdwComboRow         *kind_row;
  AdwComboRow         *provider_row;
  AdwComboRow         *status_row;
  AdwEntryRow         *goal_row;
  AdwEntryRow         *start_row;
  AdwEntryRow         *end_row;
  GtkSpinButton       *planned_sessions_spin;
  GtkSpinButton       *sessions_held_spin;
  AdwEntryRow         *evaluation_row;
  AdwEntryRow         *outcome_row;

  PassendDatabase     *database;
  PassendIntervention *intervention;  /* a copy being edited; id 0 when new */
  GListModel          *kinds;         /* PassendInterventionKind, parallel to kind_row */
  GPtrArray           *providers;     /* PassendInterventionProvider; row 0 of provider_row is "none" */
  /* The planned end follows the kind and start until the user types it. */
  gboolean             end_typed;
  gboolean             filling;
};

G_DEFINE_FINAL_TYPE (PassendInterventionDialog, passend_intervention_dialog, ADW_TYPE_WINDOW)

static char *
day_text (PassendDay day)
{
  int year, month, day_of_month;

  if (day == PASSEND_DAY_NONE)
    return g_strdup ("");

  passend_day_get_ymd (day, &year, &month, &day_of_month);
  return g_strdup_printf ("%02d-%02d-%04d", day_of_month, month, year);
}

static void
set_row_day (PassendInterventionDialog *self,
             AdwEntryRow               *row,
             PassendDay                 day)
{
  g_autofree char *text = day_text (day);

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  self->filling = FALSE;
}

/* PASSEND_DAY_NONE for an empty row; FALSE with the row marked when the
 * text is not a date. */
static gboolean
read_day (AdwEntryRow  *row,
          PassendDay   *day,
          GError      **error)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  *day = PASSEND_DAY_NONE;
  if (text[0] == '\0')
    return TRUE;

  *day = passend_day_from_dutch (text, error);
  if (*day != PASSEND_DAY_NONE)
    return TRUE;

  gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  return FALSE;
}

static PassendInterventionKind *
selected_kind (PassendInterventionDialog *self)
{
  guint position = adw_combo_row_get_selected (self->kind_row);

  if (self->kinds == NULL || position == GTK_INVALID_LIST_POSITION)
    return NULL;

  return g_list_model_get_item (self->kinds, position);
}

static void
update_planned_end (PassendInterventionDialog *self)
{
  g_autoptr(PassendInterventionKind) kind = selected_kind (self);
  PassendDay start = PASSEND_DAY_NONE;

  if (kind == NULL || self->end_typed || !read_day (self->start_row, &start, NULL))
    return;

  set_row_day (self, self->end_row, passend_intervention_rules_planned_end (kind, start));
}

static void
kind_changed_cb (PassendInterventionDialog *self)
{
  g_autoptr(PassendInterventionKind) kind = selected_kind (self);

  if (kind == NULL || self->filling)
    return;

  gtk_spin_button_set_value (self->planned_sessions_spin, passend_intervention_kind_get_default_sessions (kind));
  update_planned_end (self);
}

static void
start_changed_cb (PassendInterventionDialog *self)
{
  if (!self->filling)
    update_planned_end (self);
}

static void
end_changed_cb (PassendInterventionDialog *self)
{
  if (!self->filling)
    self->end_typed = gtk_editable_get_text (GTK_EDITABLE (self->end_row))[0] != '\0';
}

static void
show_error (PassendInterventionDialog *self,
            const char                *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
save_clicked_cb (PassendInterventionDialog *self)
{
  g_autoptr(PassendInterventionKind) kind = selected_kind (self);
  g_autoptr(GError) error = NULL;
  PassendIntervention *intervention = self->intervention;
  PassendDay start, end, evaluation;
  guint provider = adw_combo_row_get_selected (self->provider_row);
  gboolean ok;

  if (kind == NULL)
    {
      show_error (self, _("Choose the kind of intervention."));
      return;
    }
  if (!read_day (self->start_row, &start, &error) ||
      !read_day (self->end_row, &end, &error) ||
      !read_day (self->evaluation_row, &evaluation, &error))
    {
      show_error (self, error->message);
      return;
    }

  passend_intervention_set_kind_id (intervention, passend_intervention_kind_get_id (kind));
  passend_intervention_set_provider_person_id (intervention, 0);
  passend_intervention_set_provider_organisation_id (intervention, 0);
  if (provider != GTK_INVALID_LIST_POSITION && provider > 0 && provider <= self->providers->len)
    {
      PassendInterventionProvider *chosen = g_ptr_array_index (self->providers, provider - 1);

      passend_intervention_set_provider_person_id (intervention, chosen->person_id);
      passend_intervention_set_provider_organisation_id (intervention, chosen->organisation_id);
    }
  passend_intervention_set_status (intervention, adw_combo_row_get_selected (self->status_row));
  passend_intervention_set_goal (intervention, gtk_editable_get_text (GTK_EDITABLE (self->goal_row)));
  passend_intervention_set_start_on (intervention, start);
  passend_intervention_set_planned_end_on (intervention, end);
  passend_intervention_set_planned_sessions (intervention, gtk_spin_button_get_value_as_int (self->planned_sessions_spin));
  passend_intervention_set_sessions_held (intervention, gtk_spin_button_get_value_as_int (self->sessions_held_spin));
  passend_intervention_set_evaluation_on (intervention, evaluation);
  passend_intervention_set_evaluation_outcome (intervention, gtk_editable_get_text (GTK_EDITABLE (self->outcome_row)));

  if (passend_intervention_get_id (intervention) == 0)
    ok = passend_database_add_intervention (self->database, intervention, &error);
  else
    ok = passend_database_update_intervention (self->database, intervention, &error);

  if (!ok)
    {
      show_error (self, error->message);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
passend_intervention_dialog_dispose (GObject *object)
{
  PassendInterventionDialog *self = PASSEND_INTERVENTION_DIALOG (object);

  g_clear_object (&self->database);
  g_clear_object (&self->intervention);
  g_clear_object (&self->kinds);
  g_clear_pointer (&self->providers, g_ptr_array_unref);

  G_OBJECT_CLASS (passend_intervention_dialog_parent_class)->dispose (object);
}

static void
passend_intervention_dialog_class_init (PassendInterventionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_intervention_dialog_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-intervention-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendInterventionDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PassendInterventionDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, PassendInterventionDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, PassendInterventionDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PassendInterventionDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PassendInterventionDialog, provider_row);
  gtk_widget_class_bind_template_child (widget_class, PassendInterventionDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, PassendInterventionDialog, goal_row);
  gtk_widget_class_bind_template_child (widget_class, PassendInterventionDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, PassendInterventionDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, PassendInterventionDialog, planned_sessions_spin);
  gtk_widget_class_bind_template_child (widget_class, PassendInterventionDialog, sessions_held_spin);
  gtk_widget_class_bind_template_child (widget_class, PassendInterventionDialog, evaluation_row);
  gtk_widget_class_bind_template_child (widget_class, PassendInterventionDialog, outcome_row);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, end_changed_cb);
}

static void
passend_intervention_dialog_init (PassendInterventionDialog *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (int s = 0; s < PASSEND_INTERVENTION_N_STATUSES; s++)
    gtk_string_list_append (statuses, passend_intervention_status_get_label (s));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
}

/* The catalogue without archived kinds, but with the kind of the
 * intervention being edited even when that one is archived now. */
static void
load_choices (PassendInterventionDialog *self)
{
  g_autoptr(GtkStringList) kind_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) provider_names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  GListModel *kinds;
  guint n_kinds;

  kinds = passend_database_list_intervention_kinds (self->database, passend_intervention_get_id (self->intervention) != 0,
                                                    &error);
  self->kinds = kinds != NULL ? kinds : G_LIST_MODEL (g_list_store_new (PASSEND_TYPE_INTERVENTION_KIND));
  self->providers = passend_database_list_intervention_providers (self->database, error == NULL ? &error : NULL);
  if (self->providers == NULL)
    self->providers = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_intervention_provider_free);
  if (error != NULL)
    show_error (self, error->message);

  n_kinds = g_list_model_get_n_items (self->kinds);
  for (guint i = 0; i < n_kinds; i++)
    {
      g_autoptr(PassendInterventionKind) kind = g_list_model_get_item (self->kinds, i);

      gtk_string_list_append (kind_names, passend_intervention_kind_get_name (kind));
    }

  gtk_string_list_append (provider_names, C_("provider", "None"));
  for (guint i = 0; i < self->providers->len; i++)
    {
      PassendInterventionProvider *provider = g_ptr_array_index (self->providers, i);
      g_autofree char *label = NULL;

      if (provider->detail[0] != '\0')
        /* TRANSLATORS: a provider and their organisation or role, "Ilse Verbeek (RT'er)". */
        label = g_strdup_printf (C_("provider", "%s (%s)"), provider->name, provider->detail);
      gtk_string_list_append (provider_names, label != NULL ? label : provider->name);
    }

  self->filling = TRUE;
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kind_names));
  adw_combo_row_set_model (self->provider_row, G_LIST_MODEL (provider_names));
  self->filling = FALSE;
}

static void
fill (PassendInterventionDialog *self)
{
  PassendIntervention *intervention = self->intervention;
  guint n_kinds = g_list_model_get_n_items (self->kinds);

  self->filling = TRUE;
  adw_combo_row_set_selected (self->provider_row, 0);
  for (guint i = 0; i < n_kinds; i++)
    {
      g_autoptr(PassendInterventionKind) kind = g_list_model_get_item (self->kinds, i);

      if (passend_intervention_kind_get_id (kind) == passend_intervention_get_kind_id (intervention))
        adw_combo_row_set_selected (self->kind_row, i);
    }
  for (guint i = 0; i < self->providers->len; i++)
    {
      PassendInterventionProvider *provider = g_ptr_array_index (self->providers, i);

      if ((provider->person_id != 0 && provider->person_id == passend_intervention_get_provider_person_id (intervention)) ||
          (provider->organisation_id != 0 &&
           provider->organisation_id == passend_intervention_get_provider_organisation_id (intervention)))
        adw_combo_row_set_selected (self->provider_row, i + 1);
    }
  adw_combo_row_set_selected (self->status_row, passend_intervention_get_status (intervention));
  gtk_editable_set_text (GTK_EDITABLE (self->goal_row), passend_intervention_get_goal (intervention));
  gtk_spin_button_set_value (self->planned_sessions_spin, passend_intervention_get_planned_sessions (intervention));
  gtk_spin_button_set_value (self->sessions_held_spin, passend_intervention_get_sessions_held (intervention));
  gtk_editable_set_text (GTK_EDITABLE (self->outcome_row), passend_intervention_get_evaluation_outcome (intervention));
  self->filling = FALSE;

  set_row_day (self, self->start_row, passend_intervention_get_start_on (intervention));
  set_row_day (self, self->end_row, passend_intervention_get_planned_end_on (intervention));
  set_row_day (self, self->evaluation_row, passend_intervention_get_evaluation_on (intervention));
  self->end_typed = passend_intervention_get_planned_end_on (intervention) != PASSEND_DAY_NONE;
}

PassendInterventionDialog *
passend_intervention_dialog_new (GtkWindow           *parent,
                                 PassendDatabase     *database,
                                 gint64               student_id,
                                 PassendIntervention *intervention)
{
  PassendInterventionDialog *self;
  gboolean adding = intervention == NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);
  g_return_val_if_fail (intervention == NULL || PASSEND_IS_INTERVENTION (intervention), NULL);

  self = g_object_new (PASSEND_TYPE_INTERVENTION_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->database = g_object_ref (database);

  if (adding)
    {
      self->intervention = passend_intervention_new (student_id, 0);
      passend_intervention_set_start_on (self->intervention, passend_day_today ());
    }
  else
    {
      /* Edit a copy, so a refused save leaves the list's object alone. */
      self->intervention = passend_database_get_intervention (database, passend_intervention_get_id (intervention), NULL);
      if (self->intervention == NULL)
        self->intervention = g_object_ref (intervention);
    }

  load_choices (self);
  fill (self);
  if (adding)
    {
      self->end_typed = FALSE;
      kind_changed_cb (self);
    }

  adw_window_title_set_title (self->window_title, adding ? _("New Intervention") : _("Edit Intervention"));
  gtk_button_set_label (self->save_button, adding ? _("_Add") : _("_Save"));
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
  gtk_widget_grab_focus (GTK_WIDGET (self->kind_row));
  return self;
}
