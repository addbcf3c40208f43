/* passend-student-editor.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-student-details.h"
#include "passend-student-editor.h"

struct _PassendStudentEditor
{
  AdwWindow              parent_instance;

  /* Template widgets */
  GtkButton             *add_button;
  GtkRevealer           *error_revealer;
  GtkLabel              *error_label;
  PassendStudentDetails *details;
  GtkSwitch             *caseload_switch;
  AdwComboRow           *niveau_row;

  PassendDatabase       *database;
};

G_DEFINE_FINAL_TYPE (PassendStudentEditor, passend_student_editor, ADW_TYPE_WINDOW)

enum {
  SIGNAL_STUDENT_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (PassendStudentEditor *self,
            const char           *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

/* The student and, when asked, its place in the caseload: both or
 * neither. */
static gboolean
store_student (PassendStudentEditor  *self,
               PassendStudent        *student,
               GError               **error)
{
  PassendNiveau niveau = (PassendNiveau) (adw_combo_row_get_selected (self->niveau_row) + 1);

  if (!gtk_switch_get_active (self->caseload_switch))
    return passend_database_add_student (self->database, student, error);

  if (!passend_database_begin_batch (self->database, error))
    return FALSE;

  if (!passend_database_add_student (self->database, student, error) ||
      !passend_database_set_support_status (self->database, passend_student_get_id (student),
                                            niveau, PASSEND_PHASE_1_SIGNALEREN,
                                            niveau >= PASSEND_NIVEAU_3 ? PASSEND_REGIE_LECO : PASSEND_REGIE_MENTOR,
                                            0, "Nieuwe leerling in de caseload", 0, error) ||
      !passend_database_commit_batch (self->database, error))
    {
      passend_database_rollback_batch (self->database);
      passend_student_set_id (student, 0);
      return FALSE;
    }

  return TRUE;
}

static void
add_clicked_cb (PassendStudentEditor *self)
{
  g_autoptr(PassendStudent) student = NULL;
  g_autoptr(GError) error = NULL;

  student = passend_student_details_read (self->details, &error);
  if (student == NULL)
    {
      show_error (self, error->message);
      return;
    }

  if (!store_student (self, student, &error))
    {
      if (g_error_matches (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT))
        passend_student_details_mark_lvs_number (self->details);
      show_error (self, error->message);
      return;
    }

  g_debug ("Added student %" G_GINT64_FORMAT, passend_student_get_id (student));
  g_signal_emit (self, signals[SIGNAL_STUDENT_ADDED], 0, student);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
passend_student_editor_dispose (GObject *object)
{
  PassendStudentEditor *self = PASSEND_STUDENT_EDITOR (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (passend_student_editor_parent_class)->dispose (object);
}

static void
passend_student_editor_class_init (PassendStudentEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_student_editor_dispose;

  signals[SIGNAL_STUDENT_ADDED] =
    g_signal_new ("student-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PASSEND_TYPE_STUDENT);

  g_type_ensure (PASSEND_TYPE_STUDENT_DETAILS);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-student-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendStudentEditor, add_button);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentEditor, details);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentEditor, caseload_switch);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentEditor, niveau_row);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
passend_student_editor_init (PassendStudentEditor *self)
{
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (int niveau = PASSEND_NIVEAU_1; niveau <= PASSEND_NIVEAU_4; niveau++)
    gtk_string_list_append (levels, passend_niveau_get_label ((PassendNiveau) niveau));
  adw_combo_row_set_model (self->niveau_row, G_LIST_MODEL (levels));

  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->add_button));
}

/**
 * passend_student_editor_new:
 * @parent: the window the dialog belongs to
 * @database: where the student is stored
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
PassendStudentEditor *
passend_student_editor_new (GtkWindow       *parent,
                            PassendDatabase *database)
{
  PassendStudentEditor *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);

  self = g_object_new (PASSEND_TYPE_STUDENT_EDITOR, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  passend_student_details_set_database (self->details, database);
  passend_student_details_focus_first (self->details);
  return self;
}
