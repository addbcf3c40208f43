/* passend-aanmelding-editor-dialogs.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-aanmelding-editor-private.h"
#include "passend-rules.h"
#include "passend-ui-util.h"
#include "passend-window.h"

/* The extension dialog. Its rows are named so tests can find them. */
typedef struct
{
  PassendAanmeldingEditor *self;
  AdwEntryRow             *letter_row;
  AdwEntryRow             *reason_row;
  AdwEntryRow             *new_date_row;
  GtkLabel                *error_label;
} ExtendDialog;

static AdwEntryRow *
dialog_row (GtkWidget  *list,
            const char *name,
            const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return ADW_ENTRY_ROW (row);
}

/* Checks what the store would refuse, so the Extend button is only
 * offered for an extension that will be accepted. */
static gboolean
check_extension (ExtendDialog *d,
                 PassendDay   *letter_on,
                 PassendDay   *new_due)
{
  PassendAanmelding *a = d->self->aanmelding;
  PassendDay received = passend_aanmelding_get_received_on (a);
  PassendDay due = passend_rules_zorgplicht_decision_due (received, PASSEND_DAY_NONE, &d->self->protocol);
  PassendDay limit = passend_rules_zorgplicht_extension_limit (received, &d->self->protocol);
  g_autofree char *limit_text = passend_day_format (limit);
  g_autofree char *due_text = passend_day_format (due);
  g_autofree char *message = NULL;

  if (!_passend_aanmelding_editor_parse_date_row (d->letter_row, d->error_label, TRUE, letter_on) ||
      !_passend_aanmelding_editor_parse_date_row (d->new_date_row, d->error_label, TRUE, new_due))
    return FALSE;

  if (*new_due <= due || *new_due > limit)
    message = g_strdup_printf (_("The new decision date must lie after %s and no later than %s."),
                               due_text, limit_text);
  else if (*letter_on < received || *letter_on > due)
    message = g_strdup_printf (_("The letter must be sent within the decision term, by %s."), due_text);
  else if (_passend_aanmelding_editor_is_blank (gtk_editable_get_text (GTK_EDITABLE (d->reason_row))))
    message = g_strdup (_("Give the reason the parents were told."));

  _passend_aanmelding_editor_show_error (d->error_label, message);
  return message == NULL;
}

static void
extend_fields_changed_cb (AdwMessageDialog *dialog)
{
  ExtendDialog *d = g_object_get_data (G_OBJECT (dialog), "extend-dialog");
  PassendDay letter_on;
  PassendDay new_due;

  adw_message_dialog_set_response_enabled (dialog, "extend", check_extension (d, &letter_on, &new_due));
}

static void
extend_response_cb (AdwMessageDialog *dialog,
                    const char       *response)
{
  ExtendDialog *d = g_object_get_data (G_OBJECT (dialog), "extend-dialog");
  PassendAanmeldingEditor *self = d->self;
  g_autoptr(GError) error = NULL;
  PassendDay letter_on;
  PassendDay new_due;

  if (g_strcmp0 (response, "extend") != 0 || self->aanmelding == NULL ||
      !check_extension (d, &letter_on, &new_due))
    return;

  if (!passend_database_extend_aanmelding (self->database, passend_aanmelding_get_id (self->aanmelding),
                                           letter_on, gtk_editable_get_text (GTK_EDITABLE (d->reason_row)),
                                           new_due, &error))
    {
      _passend_aanmelding_editor_show_error (self->term_error, error->message);
      return;
    }

  _passend_aanmelding_editor_show_error (self->term_error, NULL);
  _passend_aanmelding_editor_reload_state (self);
  _passend_aanmelding_editor_add_toast (self, adw_toast_new (_("Decision term extended")));
}

void
_passend_aanmelding_editor_extend_clicked_cb (PassendAanmeldingEditor *self)
{
  PassendAanmelding *a = self->aanmelding;
  ExtendDialog *d;
  GtkWidget *dialog;
  GtkWidget *box;
  GtkWidget *list;
  g_autofree char *body = NULL;
  int weeks = passend_protocol_get (&self->protocol, PASSEND_PROTOCOL_ZORGPLICHT_EXTENSION_WEEKS);

  if (a == NULL)
    return;

  passend_aanmelding_editor_flush (self);

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The parents are told in writing, with the reason and the new date. The term can be extended once, by at most %d week.",
                                       "The parents are told in writing, with the reason and the new date. The term can be extended once, by at most %d weeks.",
                                       weeks),
                          weeks);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Extend the Decision Term"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "extend", _("_Extend"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "extend", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "extend");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_box_append (GTK_BOX (box), list);

  d = g_new0 (ExtendDialog, 1);
  d->self = self;
  d->letter_row = dialog_row (list, "letter-row", _("Date of the letter (dd-mm-yyyy)"));
  d->reason_row = dialog_row (list, "reason-row", _("Reason"));
  d->new_date_row = dialog_row (list, "new-date-row", _("New decision date (dd-mm-yyyy)"));
  d->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (d->error_label, TRUE);
  gtk_label_set_xalign (d->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (d->error_label), "error");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (d->error_label));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  g_object_set_data_full (G_OBJECT (dialog), "extend-dialog", d, g_free);

  _passend_aanmelding_editor_set_date_text (d->letter_row, MIN (self->today,
                                     passend_rules_zorgplicht_decision_due (passend_aanmelding_get_received_on (a),
                                                                            PASSEND_DAY_NONE, &self->protocol)));
  _passend_aanmelding_editor_set_date_text (d->new_date_row,
                 passend_rules_zorgplicht_extension_limit (passend_aanmelding_get_received_on (a), &self->protocol));

  g_signal_connect_swapped (d->letter_row, "changed", G_CALLBACK (extend_fields_changed_cb), dialog);
  g_signal_connect_swapped (d->reason_row, "changed", G_CALLBACK (extend_fields_changed_cb), dialog);
  g_signal_connect_swapped (d->new_date_row, "changed", G_CALLBACK (extend_fields_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (extend_response_cb), NULL);
  extend_fields_changed_cb (ADW_MESSAGE_DIALOG (dialog));

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (d->reason_row));
}

static void
open_student (PassendAanmeldingEditor *self,
              gint64                   student_id)
{
  g_autoptr(PassendStudent) student = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  student = passend_database_get_student (self->database, student_id, &error);
  if (student == NULL)
    {
      _passend_aanmelding_editor_add_toast (self, passend_ui_toast_new_error (_("Could not open the student"), error));
      return;
    }

  if (PASSEND_IS_WINDOW (root))
    passend_window_show_student (PASSEND_WINDOW (root), student);
}

void
_passend_aanmelding_editor_open_student_clicked_cb (PassendAanmeldingEditor *self)
{
  if (self->aanmelding != NULL)
    open_student (self, passend_aanmelding_get_student_id (self->aanmelding));
}

static void
lvs_changed_cb (AdwMessageDialog *dialog,
                GtkEditable      *row)
{
  adw_message_dialog_set_response_enabled (dialog, "add", !_passend_aanmelding_editor_is_blank (gtk_editable_get_text (row)));
}

static void
lvs_activated_cb (AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "add"))
    adw_message_dialog_response (dialog, "add");
}

static void
admit_response_cb (AdwMessageDialog *dialog,
                   const char       *response)
{
  PassendAanmeldingEditor *self = g_object_get_data (G_OBJECT (dialog), "editor");
  GtkEditable *row = g_object_get_data (G_OBJECT (dialog), "lvs-row");
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gint64 student_id = 0;

  if (g_strcmp0 (response, "add") != 0 || self->aanmelding == NULL)
    return;

  if (!passend_database_admit_aanmelding (self->database, passend_aanmelding_get_id (self->aanmelding),
                                          gtk_editable_get_text (row), &student_id, &error))
    {
      _passend_aanmelding_editor_show_error (self->decision_error, error->message);
      return;
    }

  _passend_aanmelding_editor_show_error (self->decision_error, NULL);
  _passend_aanmelding_editor_reload_state (self);
  /* TRANSLATORS: %s is the name of the pupil. */
  message = g_strdup_printf (_("%s added to the students"),
                             passend_aanmelding_get_display_name (self->aanmelding));
  _passend_aanmelding_editor_add_toast (self, adw_toast_new (message));
  open_student (self, student_id);
}

void
_passend_aanmelding_editor_admit_clicked_cb (PassendAanmeldingEditor *self)
{
  GtkWidget *dialog;
  GtkWidget *list;
  GtkWidget *row;
  g_autofree char *body = NULL;
  gboolean arrangement;

  if (self->aanmelding == NULL)
    return;

  passend_aanmelding_editor_flush (self);
  arrangement = passend_aanmelding_get_outcome (self->aanmelding) ==
                PASSEND_AANMELDING_OUTCOME_ADMITTED_WITH_ARRANGEMENT;
  body = g_strdup_printf (arrangement
                          ? _("%s becomes a student with the details of the aanmelding and is put in the caseload at level 3, with the LeCo holding regie.")
                          : _("%s becomes a student with the details of the aanmelding."),
                          passend_aanmelding_get_display_name (self->aanmelding));

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Add to Students"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add", FALSE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  row = GTK_WIDGET (dialog_row (list, "lvs-row", _("LVS number")));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);

  g_object_set_data (G_OBJECT (dialog), "editor", self);
  g_object_set_data (G_OBJECT (dialog), "lvs-row", row);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (lvs_changed_cb), dialog);
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (lvs_activated_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (admit_response_cb), NULL);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (row);
}

