/* passend-status-dialog.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-status-dialog.h"
#include "passend-ui-util.h"

#define N_PHASES (PASSEND_PHASE_4_TLV + 1)
#define N_REGIES (PASSEND_REGIE_OCO + 1)

struct _PassendStatusDialog
{
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwWindowTitle  *window_title;
  GtkButton       *change_button;
  AdwComboRow     *niveau_row;
  AdwComboRow     *phase_row;
  AdwComboRow     *regie_row;
  AdwEntryRow     *reason_row;

  PassendDatabase *database;
  PassendStudent  *student;
  gboolean         in_support;
  gboolean         filling;
};

G_DEFINE_FINAL_TYPE (PassendStatusDialog, passend_status_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static PassendNiveau
selected_niveau (PassendStatusDialog *self)
{
  return (PassendNiveau) (adw_combo_row_get_selected (self->niveau_row) + 1);
}

static gboolean
reason_is_given (PassendStatusDialog *self)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_row))));

  return reason[0] != '\0';
}

static gboolean
something_changed (PassendStatusDialog *self)
{
  PassendStudent *student = self->student;

  return !self->in_support ||
         selected_niveau (self) != passend_student_get_niveau (student) ||
         adw_combo_row_get_selected (self->phase_row) != (guint) passend_student_get_phase (student) ||
         adw_combo_row_get_selected (self->regie_row) != (guint) passend_student_get_regie (student);
}

static void
input_changed_cb (PassendStatusDialog *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->reason_row), "error");
  gtk_widget_set_sensitive (GTK_WIDGET (self->change_button),
                            reason_is_given (self) && something_changed (self));
}

/* The seed school's route: regie lies with the mentor at niveau 1–2 and
 * with the LeCo from niveau 3; a suggestion the coordinator can change. */
static void
niveau_changed_cb (PassendStatusDialog *self)
{
  PassendRegie regie = (PassendRegie) adw_combo_row_get_selected (self->regie_row);

  if (!self->filling)
    {
      if (selected_niveau (self) >= PASSEND_NIVEAU_3 && regie == PASSEND_REGIE_MENTOR)
        adw_combo_row_set_selected (self->regie_row, PASSEND_REGIE_LECO);
      else if (selected_niveau (self) <= PASSEND_NIVEAU_2 && regie != PASSEND_REGIE_MENTOR)
        adw_combo_row_set_selected (self->regie_row, PASSEND_REGIE_MENTOR);
    }

  input_changed_cb (self);
}

static void
change_clicked_cb (PassendStatusDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  PassendRegie regie = (PassendRegie) adw_combo_row_get_selected (self->regie_row);
  gint64 regie_person = 0;

  if (!reason_is_given (self))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->reason_row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->reason_row));
      return;
    }
  if (!something_changed (self))
    return;

  /* The person keeps regie as long as the role does not change. */
  if (self->in_support && regie == passend_student_get_regie (self->student))
    regie_person = passend_student_get_regie_person_id (self->student);

  reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_row))));
  if (!passend_database_set_support_status (self->database, passend_student_get_id (self->student),
                                            selected_niveau (self),
                                            (PassendPhase) adw_combo_row_get_selected (self->phase_row),
                                            regie, regie_person, reason, 0, &error))
    {
      adw_window_title_set_subtitle (self->window_title, error->message);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
passend_status_dialog_dispose (GObject *object)
{
  PassendStatusDialog *self = PASSEND_STATUS_DIALOG (object);

  g_clear_object (&self->database);
  g_clear_object (&self->student);

  G_OBJECT_CLASS (passend_status_dialog_parent_class)->dispose (object);
}

static void
passend_status_dialog_class_init (PassendStatusDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_status_dialog_dispose;

  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-status-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendStatusDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PassendStatusDialog, change_button);
  gtk_widget_class_bind_template_child (widget_class, PassendStatusDialog, niveau_row);
  gtk_widget_class_bind_template_child (widget_class, PassendStatusDialog, phase_row);
  gtk_widget_class_bind_template_child (widget_class, PassendStatusDialog, regie_row);
  gtk_widget_class_bind_template_child (widget_class, PassendStatusDialog, reason_row);
  gtk_widget_class_bind_template_callback (widget_class, input_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, niveau_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, change_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
passend_status_dialog_init (PassendStatusDialog *self)
{
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) phases = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) regies = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (int niveau = PASSEND_NIVEAU_1; niveau <= PASSEND_NIVEAU_4; niveau++)
    gtk_string_list_append (levels, passend_niveau_get_label ((PassendNiveau) niveau));
  for (int phase = 0; phase < N_PHASES; phase++)
    gtk_string_list_append (phases, passend_phase_get_label ((PassendPhase) phase));
  for (int regie = 0; regie < N_REGIES; regie++)
    gtk_string_list_append (regies, passend_regie_get_label ((PassendRegie) regie));

  adw_combo_row_set_model (self->niveau_row, G_LIST_MODEL (levels));
  adw_combo_row_set_model (self->phase_row, G_LIST_MODEL (phases));
  adw_combo_row_set_model (self->regie_row, G_LIST_MODEL (regies));
}

/**
 * passend_status_dialog_new:
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
PassendStatusDialog *
passend_status_dialog_new (GtkWindow       *parent,
                           PassendDatabase *database,
                           PassendStudent  *student)
{
  PassendStatusDialog *self;
  PassendNiveau niveau;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);
  g_return_val_if_fail (PASSEND_IS_STUDENT (student), NULL);

  self = g_object_new (PASSEND_TYPE_STATUS_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->student = g_object_ref (student);

  niveau = passend_student_get_niveau (student);
  self->in_support = niveau != PASSEND_NIVEAU_NONE;
  adw_window_title_set_subtitle (self->window_title, passend_student_get_display_name (student));

  self->filling = TRUE;
  if (self->in_support)
    {
      adw_combo_row_set_selected (self->niveau_row, niveau - 1);
      adw_combo_row_set_selected (self->phase_row, passend_student_get_phase (student));
      adw_combo_row_set_selected (self->regie_row, passend_student_get_regie (student));
    }
  else
    {
      adw_window_title_set_title (self->window_title, _("Put in Support"));
      adw_combo_row_set_selected (self->phase_row, PASSEND_PHASE_1_SIGNALEREN);
    }
  self->filling = FALSE;

  input_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->reason_row));
  return self;
}
