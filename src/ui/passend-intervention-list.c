/* passend-intervention-list.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-intervention-dialog.h"
#include "passend-intervention-list.h"
#include "passend-intervention-rules.h"
#include "passend-student-page.h"
#include "passend-ui-util.h"

struct _PassendInterventionList
{
  AdwPreferencesGroup  parent_instance;

  /* Template widgets */
  GtkButton           *add_button;
  GtkListBox          *list;

  PassendDatabase     *database;
  gint64               student_id;
  GListModel          *interventions;
  /* The student page this list follows, while rooted in one. */
  PassendStudentPage  *page;
  gulong               student_handler;
  gulong               changed_handler;
  guint                reload_source;
};

G_DEFINE_FINAL_TYPE (PassendInterventionList, passend_intervention_list, ADW_TYPE_PREFERENCES_GROUP)

static void
show_error (PassendInterventionList *self,
            const char              *what,
            const GError            *error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), passend_ui_toast_new_error (what, error));
}

/* "Running · 14 Sep 2026 – 14 Feb 2027 · Kwadraad" */
static char *
dup_subtitle (PassendIntervention *intervention)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  PassendDay start = passend_intervention_get_start_on (intervention);
  PassendDay end = passend_intervention_get_planned_end_on (intervention);
  int sessions = passend_intervention_get_planned_sessions (intervention);

  g_ptr_array_add (parts, g_strdup (passend_intervention_status_get_label (passend_intervention_get_status (intervention))));
  if (start != PASSEND_DAY_NONE && end != PASSEND_DAY_NONE)
    {
      g_autofree char *from = passend_day_format (start);
      g_autofree char *to = passend_day_format (end);

      /* TRANSLATORS: a period, "14 Sep 2026 – 14 Feb 2027". */
      g_ptr_array_add (parts, g_strdup_printf (C_("period", "%s – %s"), from, to));
    }
  else if (start != PASSEND_DAY_NONE)
    {
      g_autofree char *from = passend_day_format (start);

      /* TRANSLATORS: %s is a date. */
      g_ptr_array_add (parts, g_strdup_printf (_("from %s"), from));
    }
  if (sessions > 0)
    /* TRANSLATORS: sessions held of those planned, "4 of 9 sessions". */
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%d of %d session", "%d of %d sessions", sessions),
                                             passend_intervention_get_sessions_held (intervention), sessions));
  if (passend_intervention_get_provider_name (intervention)[0] != '\0')
    g_ptr_array_add (parts, g_strdup (passend_intervention_get_provider_name (intervention)));

  g_ptr_array_add (parts, NULL);
  /* TRANSLATORS: the separator between the parts of a row's subtitle. */
  return g_strjoinv (C_("separator", " · "), (char **) parts->pdata);
}

/* What is due soon, as the Overzicht says it: "Ends in 3 days",
 * "Evaluation 2 weeks overdue"; NULL when nothing is. */
static GtkWidget *
due_label (PassendIntervention *intervention,
           PassendDay           today)
{
  PassendInterventionStatus status = passend_intervention_get_status (intervention);
  PassendDay end = passend_intervention_get_planned_end_on (intervention);
  PassendDay evaluation = passend_intervention_rules_evaluation_due (status, passend_intervention_get_evaluation_on (intervention));
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;
  GtkWidget *label;
  PassendDay due;

  if (evaluation != PASSEND_DAY_NONE && evaluation <= passend_day_add_days (today, 14))
    {
      due = evaluation;
      when = passend_day_format_relative (evaluation, today);
      /* TRANSLATORS: %s is relative, "in 3 days" or "2 weeks overdue". */
      text = g_strdup_printf (_("Evaluation %s"), when);
    }
  else if (passend_intervention_rules_ending_soon (status, end, today, 14))
    {
      due = end;
      when = passend_day_format_relative (end, today);
      /* TRANSLATORS: %s is relative, "in 3 days" or "2 weeks overdue". */
      text = g_strdup_printf (_("Ends %s"), when);
    }
  else
    return NULL;

  label = gtk_label_new (text);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, due < today ? "error" : "warning");
  return label;
}

static void
reload (PassendInterventionList *self)
{
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *old;
  PassendDay today = passend_day_today ();
  PassendDay opp_set_on = PASSEND_DAY_NONE;
  gboolean opp_required = FALSE;
  guint n_items;

  while ((old = gtk_list_box_get_row_at_index (self->list, 0)) != NULL)
    gtk_list_box_remove (self->list, GTK_WIDGET (old));
  g_clear_object (&self->interventions);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), self->database != NULL && self->student_id > 0);

  if (self->database == NULL || self->student_id <= 0)
    return;

  self->interventions = passend_database_list_interventions (self->database, self->student_id, &error);
  if (self->interventions == NULL)
    {
      show_error (self, _("Could not load the interventions"), error);
      return;
    }

  if (!passend_database_get_opp_dates (self->database, self->student_id, NULL, &opp_set_on, NULL, &error))
    {
      show_error (self, _("Could not load the OPP dates"), error);
      g_clear_error (&error);
    }

  n_items = g_list_model_get_n_items (self->interventions);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PassendIntervention) intervention = g_list_model_get_item (self->interventions, i);

      opp_required |= passend_intervention_rules_opp_required (passend_intervention_get_support_level (intervention),
                                                               passend_intervention_get_status (intervention),
                                                               opp_set_on);
    }
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         opp_required ? _("Extra support without an OPP: the OPP must be set.") : NULL);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PassendIntervention) intervention = g_list_model_get_item (self->interventions, i);
      g_autofree char *subtitle = dup_subtitle (intervention);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *due = due_label (intervention, today);
      GtkWidget *level = gtk_label_new (passend_intervention_get_support_level (intervention) == PASSEND_SUPPORT_LEVEL_EXTRA
                                        ? C_("support level", "Extra") : C_("support level", "Basis"));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), passend_intervention_get_kind_name (intervention));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      if (due != NULL)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), due);
      gtk_widget_set_valign (level, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (level, "caption");
      gtk_widget_add_css_class (level, "dim-label");
      gtk_widget_set_tooltip_text (level, passend_support_level_get_label (passend_intervention_get_support_level (intervention)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), level);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_append (self->list, row);
    }
}

static void
reload_idle_cb (gpointer user_data)
{
  PassendInterventionList *self = user_data;

  self->reload_source = 0;
  reload (self);
}

static void
database_changed_cb (PassendInterventionList *self,
                     const char              *entity,
                     gint64                   id)
{
  if (self->reload_source == 0)
    self->reload_source = g_idle_add_once (reload_idle_cb, self);
}

static void
set_context (PassendInterventionList *self,
             PassendDatabase         *database,
             gint64                   student_id)
{
  if (self->database != database)
    {
      g_clear_signal_handler (&self->changed_handler, self->database);
      g_set_object (&self->database, database);
      if (database != NULL)
        self->changed_handler = g_signal_connect_object (database, "changed::intervention",
                                                         G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
    }
  self->student_id = student_id;
  reload (self);
}

static void
page_student_changed_cb (PassendInterventionList *self)
{
  PassendStudent *student = passend_student_page_get_student (self->page);

  set_context (self, passend_student_page_get_database (self->page),
               student != NULL ? passend_student_get_id (student) : 0);
}

static void
add_clicked_cb (PassendInterventionList *self)
{
  PassendInterventionDialog *dialog;

  if (self->database == NULL || self->student_id <= 0)
    return;

  dialog = passend_intervention_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->database,
                                            self->student_id, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
row_activated_cb (PassendInterventionList *self,
                  GtkListBoxRow           *row)
{
  g_autoptr(PassendIntervention) intervention = NULL;
  PassendInterventionDialog *dialog;

  if (self->interventions == NULL)
    return;

  intervention = g_list_model_get_item (self->interventions, gtk_list_box_row_get_index (row));
  if (intervention == NULL)
    return;

  dialog = passend_intervention_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->database,
                                            self->student_id, intervention);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
passend_intervention_list_root (GtkWidget *widget)
{
  PassendInterventionList *self = PASSEND_INTERVENTION_LIST (widget);
  GtkWidget *page;

  GTK_WIDGET_CLASS (passend_intervention_list_parent_class)->root (widget);

  page = gtk_widget_get_ancestor (widget, PASSEND_TYPE_STUDENT_PAGE);
  if (page == NULL)
    return;

  self->page = PASSEND_STUDENT_PAGE (page);
  self->student_handler = g_signal_connect_object (page, "notify::student", G_CALLBACK (page_student_changed_cb),
                                                   self, G_CONNECT_SWAPPED);
  page_student_changed_cb (self);
}

static void
passend_intervention_list_unroot (GtkWidget *widget)
{
  PassendInterventionList *self = PASSEND_INTERVENTION_LIST (widget);

  if (self->page != NULL)
    g_clear_signal_handler (&self->student_handler, self->page);
  self->page = NULL;

  GTK_WIDGET_CLASS (passend_intervention_list_parent_class)->unroot (widget);
}

static void
passend_intervention_list_dispose (GObject *object)
{
  PassendInterventionList *self = PASSEND_INTERVENTION_LIST (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->database != NULL)
    g_clear_signal_handler (&self->changed_handler, self->database);
  g_clear_object (&self->database);
  g_clear_object (&self->interventions);

  G_OBJECT_CLASS (passend_intervention_list_parent_class)->dispose (object);
}

static void
passend_intervention_list_class_init (PassendInterventionListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_intervention_list_dispose;
  widget_class->root = passend_intervention_list_root;
  widget_class->unroot = passend_intervention_list_unroot;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-intervention-list.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendInterventionList, add_button);
  gtk_widget_class_bind_template_child (widget_class, PassendInterventionList, list);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
passend_intervention_list_init (PassendInterventionList *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("No interventions yet"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->list, placeholder);
}

GtkWidget *
passend_intervention_list_new (void)
{
  return g_object_new (PASSEND_TYPE_INTERVENTION_LIST, NULL);
}

void
passend_intervention_list_set_student (PassendInterventionList *self,
                                       PassendDatabase         *database,
                                       gint64                   student_id)
{
  g_return_if_fail (PASSEND_IS_INTERVENTION_LIST (self));
  g_return_if_fail (database == NULL || PASSEND_IS_DATABASE (database));

  set_context (self, database, student_id);
}
