/* passend-absence-dialog.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-absence-dialog.h"

struct _PassendAbsenceDialog
{
  AdwWindow        parent_instance;

  /* Template widgets */
  GtkButton       *save_button;
  GtkRevealer     *error_revealer;
  GtkLabel        *error_label;
  AdwEntryRow     *day_row;
  GtkSpinButton   *hours_spin;
  AdwComboRow     *reason_row;
  AdwEntryRow     *note_row;

  /* Owned references */
  PassendDatabase *database;
  gint64           student_id;
};

G_DEFINE_FINAL_TYPE (PassendAbsenceDialog, passend_absence_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (PassendAbsenceDialog *self,
            const char           *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
save_clicked_cb (PassendAbsenceDialog *self)
{
  passend_absence_dialog_save (self);
}

static void
passend_absence_dialog_dispose (GObject *object)
{
  PassendAbsenceDialog *self = PASSEND_ABSENCE_DIALOG (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (passend_absence_dialog_parent_class)->dispose (object);
}

static void
passend_absence_dialog_class_init (PassendAbsenceDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_absence_dialog_dispose;

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-absence-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendAbsenceDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, PassendAbsenceDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, PassendAbsenceDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PassendAbsenceDialog, day_row);
  gtk_widget_class_bind_template_child (widget_class, PassendAbsenceDialog, hours_spin);
  gtk_widget_class_bind_template_child (widget_class, PassendAbsenceDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, PassendAbsenceDialog, note_row);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
passend_absence_dialog_init (PassendAbsenceDialog *self)
{
  g_autoptr(GtkStringList) reasons = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* In the order of PassendAbsenceReason, so the position is the reason. */
  for (guint i = 0; i < PASSEND_ABSENCE_N_REASONS; i++)
    gtk_string_list_append (reasons, passend_absence_reason_get_label (i));
  adw_combo_row_set_model (self->reason_row, G_LIST_MODEL (reasons));

  passend_absence_dialog_set_day (self, passend_day_today ());
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
}

/**
 * passend_absence_dialog_new:
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
PassendAbsenceDialog *
passend_absence_dialog_new (GtkWindow       *parent,
                            PassendDatabase *database,
                            gint64           student_id)
{
  PassendAbsenceDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);

  self = g_object_new (PASSEND_TYPE_ABSENCE_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->student_id = student_id;

  gtk_widget_grab_focus (GTK_WIDGET (self->day_row));
  return self;
}

void
passend_absence_dialog_set_day (PassendAbsenceDialog *self,
                                PassendDay            day)
{
  g_autofree char *text = NULL;
  int y, m, d;

  g_return_if_fail (PASSEND_IS_ABSENCE_DIALOG (self));

  if (day != PASSEND_DAY_NONE)
    {
      passend_day_get_ymd (day, &y, &m, &d);
      text = g_strdup_printf ("%02d-%02d-%04d", d, m, y);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->day_row), text != NULL ? text : "");
}

void
passend_absence_dialog_set_hours (PassendAbsenceDialog *self,
                                  int                   hours)
{
  g_return_if_fail (PASSEND_IS_ABSENCE_DIALOG (self));

  gtk_spin_button_set_value (self->hours_spin, hours);
}

void
passend_absence_dialog_set_reason (PassendAbsenceDialog *self,
                                   PassendAbsenceReason  reason)
{
  g_return_if_fail (PASSEND_IS_ABSENCE_DIALOG (self));
  g_return_if_fail ((guint) reason < PASSEND_ABSENCE_N_REASONS);

  adw_combo_row_set_selected (self->reason_row, reason);
}

gboolean
passend_absence_dialog_save (PassendAbsenceDialog *self)
{
  g_autoptr(PassendAbsence) absence = NULL;
  g_autoptr(GError) error = NULL;
  PassendDay day;
  guint reason;

  g_return_val_if_fail (PASSEND_IS_ABSENCE_DIALOG (self), FALSE);

  gtk_widget_remove_css_class (GTK_WIDGET (self->day_row), "error");
  day = passend_day_from_dutch (gtk_editable_get_text (GTK_EDITABLE (self->day_row)), &error);
  if (day == PASSEND_DAY_NONE)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->day_row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->day_row));
      show_error (self, error->message);
      return FALSE;
    }

  reason = adw_combo_row_get_selected (self->reason_row);
  if (reason >= PASSEND_ABSENCE_N_REASONS)
    reason = PASSEND_ABSENCE_UNAUTHORISED;

  gtk_spin_button_update (self->hours_spin);
  absence = passend_absence_new (day, gtk_spin_button_get_value_as_int (self->hours_spin), reason);
  passend_absence_set_student_id (absence, self->student_id);
  passend_absence_set_note (absence, gtk_editable_get_text (GTK_EDITABLE (self->note_row)));

  if (!passend_database_add_absence (self->database, absence, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

const char *
passend_absence_dialog_get_error (PassendAbsenceDialog *self)
{
  g_return_val_if_fail (PASSEND_IS_ABSENCE_DIALOG (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->error_revealer))
    return "";

  return gtk_label_get_text (self->error_label);
}
