/* passend-guardian-dialog.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-guardian-dialog.h"

struct _PassendGuardianDialog
{
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwWindowTitle  *window_title;
  GtkButton       *save_button;
  GtkRevealer     *error_revealer;
  GtkLabel        *error_label;
  AdwEntryRow     *relation_row;
  AdwEntryRow     *voorletters_row;
  AdwEntryRow     *tussenvoegsel_row;
  AdwEntryRow     *achternaam_row;
  GtkSwitch       *authority_switch;
  AdwEntryRow     *email_row;
  AdwEntryRow     *phone_row;
  GtkSwitch       *secret_switch;
  GtkSwitch       *email_switch;

  PassendDatabase *database;
  gint64           student_id;
  /* NULL when adding. */
  PassendGuardian *guardian;
};

G_DEFINE_FINAL_TYPE (PassendGuardianDialog, passend_guardian_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
read_rows (PassendGuardianDialog *self,
           PassendGuardian       *guardian)
{
  g_autofree char *relation = row_text (self->relation_row);
  g_autofree char *voorletters = row_text (self->voorletters_row);
  g_autofree char *tussenvoegsel = row_text (self->tussenvoegsel_row);
  g_autofree char *achternaam = row_text (self->achternaam_row);
  g_autofree char *email = row_text (self->email_row);
  g_autofree char *phone = row_text (self->phone_row);

  passend_guardian_set_student_id (guardian, self->student_id);
  passend_guardian_set_relation (guardian, relation);
  passend_guardian_set_voorletters (guardian, voorletters);
  passend_guardian_set_tussenvoegsel (guardian, tussenvoegsel);
  passend_guardian_set_achternaam (guardian, achternaam);
  passend_guardian_set_has_authority (guardian, gtk_switch_get_active (self->authority_switch));
  passend_guardian_set_email (guardian, email);
  passend_guardian_set_phone (guardian, phone);
  passend_guardian_set_phone_is_secret (guardian, gtk_switch_get_active (self->secret_switch));
  passend_guardian_set_prefers_email (guardian, gtk_switch_get_active (self->email_switch));
}

static void
save_clicked_cb (PassendGuardianDialog *self)
{
  g_autoptr(PassendGuardian) guardian = passend_guardian_new ();
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->guardian != NULL)
    passend_guardian_set_id (guardian, passend_guardian_get_id (self->guardian));
  read_rows (self, guardian);

  if (passend_guardian_get_achternaam (guardian)[0] == '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->achternaam_row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->achternaam_row));
      gtk_label_set_text (self->error_label, _("The family name is required."));
      gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
      return;
    }

  if (self->guardian != NULL)
    ok = passend_database_update_guardian (self->database, guardian, &error);
  else
    ok = passend_database_add_guardian (self->database, guardian, &error);

  if (!ok)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
passend_guardian_dialog_dispose (GObject *object)
{
  PassendGuardianDialog *self = PASSEND_GUARDIAN_DIALOG (object);

  g_clear_object (&self->database);
  g_clear_object (&self->guardian);

  G_OBJECT_CLASS (passend_guardian_dialog_parent_class)->dispose (object);
}

static void
passend_guardian_dialog_class_init (PassendGuardianDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_guardian_dialog_dispose;

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-guardian-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendGuardianDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PassendGuardianDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, PassendGuardianDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, PassendGuardianDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PassendGuardianDialog, relation_row);
  gtk_widget_class_bind_template_child (widget_class, PassendGuardianDialog, voorletters_row);
  gtk_widget_class_bind_template_child (widget_class, PassendGuardianDialog, tussenvoegsel_row);
  gtk_widget_class_bind_template_child (widget_class, PassendGuardianDialog, achternaam_row);
  gtk_widget_class_bind_template_child (widget_class, PassendGuardianDialog, authority_switch);
  gtk_widget_class_bind_template_child (widget_class, PassendGuardianDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, PassendGuardianDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, PassendGuardianDialog, secret_switch);
  gtk_widget_class_bind_template_child (widget_class, PassendGuardianDialog, email_switch);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
passend_guardian_dialog_init (PassendGuardianDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
fill_rows (PassendGuardianDialog *self,
           PassendGuardian       *guardian)
{
  gtk_editable_set_text (GTK_EDITABLE (self->relation_row), passend_guardian_get_relation (guardian));
  gtk_editable_set_text (GTK_EDITABLE (self->voorletters_row), passend_guardian_get_voorletters (guardian));
  gtk_editable_set_text (GTK_EDITABLE (self->tussenvoegsel_row), passend_guardian_get_tussenvoegsel (guardian));
  gtk_editable_set_text (GTK_EDITABLE (self->achternaam_row), passend_guardian_get_achternaam (guardian));
  gtk_switch_set_active (self->authority_switch, passend_guardian_get_has_authority (guardian));
  gtk_editable_set_text (GTK_EDITABLE (self->email_row), passend_guardian_get_email (guardian));
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), passend_guardian_get_phone (guardian));
  gtk_switch_set_active (self->secret_switch, passend_guardian_get_phone_is_secret (guardian));
  gtk_switch_set_active (self->email_switch, passend_guardian_get_prefers_email (guardian));
}

/**
 * passend_guardian_dialog_new:
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
PassendGuardianDialog *
passend_guardian_dialog_new (GtkWindow       *parent,
                             PassendDatabase *database,
                             gint64           student_id,
                             PassendGuardian *guardian)
{
  PassendGuardianDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);
  g_return_val_if_fail (!guardian || PASSEND_IS_GUARDIAN (guardian), NULL);

  self = g_object_new (PASSEND_TYPE_GUARDIAN_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->student_id = student_id;

  if (guardian != NULL)
    {
      self->guardian = g_object_ref (guardian);
      fill_rows (self, guardian);
      adw_window_title_set_title (self->window_title, _("Edit Guardian"));
      gtk_button_set_label (self->save_button, _("_Save"));
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Guardian"));
    }
  else
    {
      adw_window_title_set_title (self->window_title, _("Add Guardian"));
      gtk_button_set_label (self->save_button, _("_Add"));
      gtk_window_set_title (GTK_WINDOW (self), _("Add Guardian"));
    }

  gtk_widget_grab_focus (GTK_WIDGET (self->relation_row));
  return self;
}
