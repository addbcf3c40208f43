/* passend-caseload-regie-dialog.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-caseload-regie-dialog.h"
#include "passend-text.h"

struct _PassendCaseloadRegieDialog
{
  AdwMessageDialog  parent_instance;

  AdwComboRow      *regie_row;
  AdwComboRow      *person_row;
  AdwEntryRow      *reason_row;

  GListModel       *people;      /* all people, owned */
  GArray           *person_ids;  /* gint64, parallel to the person row */
};

G_DEFINE_FINAL_TYPE (PassendCaseloadRegieDialog, passend_caseload_regie_dialog, ADW_TYPE_MESSAGE_DIALOG)

static const char * const role_codes[] = { "mentor", "leco", "oco" };

static void
update_response (PassendCaseloadRegieDialog *self)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_row))));

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "change", reason[0] != '\0');
}

static void
fill_people (PassendCaseloadRegieDialog *self)
{
  PassendRegie regie = passend_caseload_regie_dialog_get_regie (self);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n_people = self->people ? g_list_model_get_n_items (self->people) : 0;

  g_array_set_size (self->person_ids, 0);

  if (regie == PASSEND_REGIE_MENTOR)
    {
      gint64 none = 0;

      gtk_string_list_append (names, _("Each student’s own mentor"));
      g_array_append_val (self->person_ids, none);
    }

  for (guint i = 0; i < n_people; i++)
    {
      g_autoptr(PassendPerson) person = g_list_model_get_item (self->people, i);
      g_autofree char *name = NULL;
      gint64 id;

      if (g_strcmp0 (passend_person_get_role (person), role_codes[regie]) != 0)
        continue;

      name = passend_person_dup_display_name (person);
      id = passend_person_get_id (person);
      gtk_string_list_append (names, name);
      g_array_append_val (self->person_ids, id);
    }

  if (self->person_ids->len == 0)
    {
      gint64 none = 0;

      gtk_string_list_append (names, _("Nobody named"));
      g_array_append_val (self->person_ids, none);
    }

  adw_combo_row_set_model (self->person_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->person_row, 0);
}

static void
regie_selected_cb (PassendCaseloadRegieDialog *self)
{
  fill_people (self);
}

static void
passend_caseload_regie_dialog_dispose (GObject *object)
{
  PassendCaseloadRegieDialog *self = PASSEND_CASELOAD_REGIE_DIALOG (object);

  g_clear_object (&self->people);
  g_clear_pointer (&self->person_ids, g_array_unref);

  G_OBJECT_CLASS (passend_caseload_regie_dialog_parent_class)->dispose (object);
}

static void
passend_caseload_regie_dialog_class_init (PassendCaseloadRegieDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = passend_caseload_regie_dialog_dispose;
}

static void
passend_caseload_regie_dialog_init (PassendCaseloadRegieDialog *self)
{
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  GtkWidget *group = adw_preferences_group_new ();

  self->person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < G_N_ELEMENTS (role_codes); i++)
    gtk_string_list_append (roles, passend_regie_get_label (i));

  self->regie_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->regie_row), _("Regie"));
  adw_combo_row_set_model (self->regie_row, G_LIST_MODEL (roles));
  adw_combo_row_set_selected (self->regie_row, PASSEND_REGIE_LECO);

  self->person_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->person_row), _("Person"));

  self->reason_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->reason_row), _("Reason"));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->regie_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->person_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->reason_row));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), group);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "change", _("C_hange Regie"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "change",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "change");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");

  g_signal_connect_object (self->regie_row, "notify::selected", G_CALLBACK (regie_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reason_row, "changed", G_CALLBACK (update_response),
                           self, G_CONNECT_SWAPPED);
  update_response (self);
}

PassendCaseloadRegieDialog *
passend_caseload_regie_dialog_new (GtkWindow        *parent,
                                   PassendDatabase  *database,
                                   guint             n_students,
                                   GError          **error)
{
  g_autoptr(GListModel) people = NULL;
  g_autofree char *heading = NULL;
  PassendCaseloadRegieDialog *self;

  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);

  people = passend_database_list_people (database, error);
  if (people == NULL)
    return NULL;

  heading = g_strdup_printf (ngettext ("Change Regie for %u Student",
                                       "Change Regie for %u Students", n_students),
                             n_students);
  self = g_object_new (PASSEND_TYPE_CASELOAD_REGIE_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "heading", heading,
                       "body", _("Each student keeps their level and phase. The change and its reason go into every student’s status history and timeline."),
                       NULL);
  self->people = g_steal_pointer (&people);
  fill_people (self);

  return self;
}

PassendRegie
passend_caseload_regie_dialog_get_regie (PassendCaseloadRegieDialog *self)
{
  guint selected;

  g_return_val_if_fail (PASSEND_IS_CASELOAD_REGIE_DIALOG (self), PASSEND_REGIE_MENTOR);

  selected = adw_combo_row_get_selected (self->regie_row);
  return selected < G_N_ELEMENTS (role_codes) ? (PassendRegie) selected : PASSEND_REGIE_MENTOR;
}

void
passend_caseload_regie_dialog_set_regie (PassendCaseloadRegieDialog *self,
                                         PassendRegie                regie)
{
  g_return_if_fail (PASSEND_IS_CASELOAD_REGIE_DIALOG (self));
  g_return_if_fail ((guint) regie < G_N_ELEMENTS (role_codes));

  adw_combo_row_set_selected (self->regie_row, regie);
}

gint64
passend_caseload_regie_dialog_get_person_id (PassendCaseloadRegieDialog *self)
{
  guint selected;

  g_return_val_if_fail (PASSEND_IS_CASELOAD_REGIE_DIALOG (self), 0);

  selected = adw_combo_row_get_selected (self->person_row);
  if (selected >= self->person_ids->len)
    return 0;
  return g_array_index (self->person_ids, gint64, selected);
}

gboolean
passend_caseload_regie_dialog_set_person_id (PassendCaseloadRegieDialog *self,
                                             gint64                      person_id)
{
  g_return_val_if_fail (PASSEND_IS_CASELOAD_REGIE_DIALOG (self), FALSE);

  for (guint i = 0; i < self->person_ids->len; i++)
    {
      if (g_array_index (self->person_ids, gint64, i) == person_id)
        {
          adw_combo_row_set_selected (self->person_row, i);
          return TRUE;
        }
    }

  return FALSE;
}

const char *
passend_caseload_regie_dialog_get_reason (PassendCaseloadRegieDialog *self)
{
  g_return_val_if_fail (PASSEND_IS_CASELOAD_REGIE_DIALOG (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->reason_row));
}

void
passend_caseload_regie_dialog_set_reason (PassendCaseloadRegieDialog *self,
                                          const char                 *reason)
{
  g_return_if_fail (PASSEND_IS_CASELOAD_REGIE_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->reason_row), reason ? reason : "");
}
