/* passend-close-case-dialog.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-close-case-dialog.h"

struct _PassendCloseCaseDialog
{
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwWindowTitle  *window_title;
  GtkButton       *close_button;
  GtkRevealer     *error_revealer;
  GtkLabel        *error_label;
  AdwComboRow     *outcome_row;
  AdwEntryRow     *closed_row;
  AdwEntryRow     *left_row;
  AdwEntryRow     *note_row;

  PassendDatabase *database;
  PassendStudent  *student;
};

G_DEFINE_FINAL_TYPE (PassendCloseCaseDialog, passend_close_case_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
today_text (void)
{
  int year, month, day;

  passend_day_get_ymd (passend_day_today (), &year, &month, &day);
  return g_strdup_printf ("%02d-%02d-%04d", day, month, year);
}

static PassendCloseOutcome
selected_outcome (PassendCloseCaseDialog *self)
{
  return (PassendCloseOutcome) adw_combo_row_get_selected (self->outcome_row);
}

static void
outcome_changed_cb (PassendCloseCaseDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->left_row),
                          selected_outcome (self) == PASSEND_CLOSE_OUTCOME_LEFT_SCHOOL);
}

static void
row_changed_cb (PassendCloseCaseDialog *self,
                GParamSpec             *pspec,
                GtkWidget              *row)
{
  gtk_widget_remove_css_class (row, "error");
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

static void
show_error (PassendCloseCaseDialog *self,
            AdwEntryRow            *row,
            const char             *message)
{
  if (row != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static gboolean
read_day (PassendCloseCaseDialog *self,
          AdwEntryRow            *row,
          PassendDay             *day)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(GError) error = NULL;

  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  *day = PASSEND_DAY_NONE;
  if (text[0] == '\0')
    return TRUE;

  *day = passend_day_from_dutch (text, &error);
  if (*day == PASSEND_DAY_NONE)
    {
      show_error (self, row, error->message);
      return FALSE;
    }

  return TRUE;
}

static void
close_clicked_cb (PassendCloseCaseDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  PassendCloseOutcome outcome = selected_outcome (self);
  PassendDay closed_on;
  PassendDay left_on = PASSEND_DAY_NONE;

  if (!read_day (self, self->closed_row, &closed_on))
    return;
  if (outcome == PASSEND_CLOSE_OUTCOME_LEFT_SCHOOL)
    {
      if (!read_day (self, self->left_row, &left_on))
        return;
      if (left_on == PASSEND_DAY_NONE)
        {
          show_error (self, self->left_row, _("A student who left school needs a leaving date."));
          return;
        }
    }

  note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_row))));
  if (!passend_database_close_case (self->database, passend_student_get_id (self->student), outcome,
                                    note, closed_on, left_on, &error))
    {
      show_error (self, NULL, error->message);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_CLOSED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
passend_close_case_dialog_dispose (GObject *object)
{
  PassendCloseCaseDialog *self = PASSEND_CLOSE_CASE_DIALOG (object);

  g_clear_object (&self->database);
  g_clear_object (&self->student);

  G_OBJECT_CLASS (passend_close_case_dialog_parent_class)->dispose (object);
}

static void
passend_close_case_dialog_class_init (PassendCloseCaseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_close_case_dialog_dispose;

  signals[SIGNAL_CLOSED] =
    g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-close-case-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendCloseCaseDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PassendCloseCaseDialog, close_button);
  gtk_widget_class_bind_template_child (widget_class, PassendCloseCaseDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, PassendCloseCaseDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PassendCloseCaseDialog, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, PassendCloseCaseDialog, closed_row);
  gtk_widget_class_bind_template_child (widget_class, PassendCloseCaseDialog, left_row);
  gtk_widget_class_bind_template_child (widget_class, PassendCloseCaseDialog, note_row);
  gtk_widget_class_bind_template_callback (widget_class, outcome_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
passend_close_case_dialog_init (PassendCloseCaseDialog *self)
{
  g_autoptr(GtkStringList) outcomes = gtk_string_list_new (NULL);
  g_autofree char *today = today_text ();

  gtk_widget_init_template (GTK_WIDGET (self));

  for (int outcome = 0; outcome < PASSEND_N_CLOSE_OUTCOMES; outcome++)
    gtk_string_list_append (outcomes, passend_close_outcome_get_label ((PassendCloseOutcome) outcome));
  adw_combo_row_set_model (self->outcome_row, G_LIST_MODEL (outcomes));

  gtk_editable_set_text (GTK_EDITABLE (self->closed_row), today);
  gtk_editable_set_text (GTK_EDITABLE (self->left_row), today);
}

/**
 * passend_close_case_dialog_new:
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
PassendCloseCaseDialog *
passend_close_case_dialog_new (GtkWindow       *parent,
                               PassendDatabase *database,
                               PassendStudent  *student)
{
  PassendCloseCaseDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);
  g_return_val_if_fail (PASSEND_IS_STUDENT (student), NULL);

  self = g_object_new (PASSEND_TYPE_CLOSE_CASE_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->student = g_object_ref (student);
  adw_window_title_set_subtitle (self->window_title, passend_student_get_display_name (student));
  return self;
}
