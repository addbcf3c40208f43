/* passend-student-support-people.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-guardian-dialog.h"
#include "passend-student-support-private.h"

/* Guardians */

static void
undo_guardian_cb (AdwToast              *toast,
                  PassendStudentSupport *self)
{
  PassendGuardian *guardian = g_object_get_data (G_OBJECT (toast), "guardian");
  g_autoptr(GError) error = NULL;

  if (!passend_database_restore_guardian (self->database, guardian, &error))
    _passend_student_support_error (self, _("Could not undo"), error);
}

static void
remove_guardian_clicked_cb (GtkButton             *button,
                            PassendStudentSupport *self)
{
  PassendGuardian *guardian = g_object_get_data (G_OBJECT (button), "guardian");
  g_autoptr(GError) error = NULL;
  g_autofree char *name = passend_guardian_dup_display_name (guardian);
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (!passend_database_remove_guardian (self->database, passend_guardian_get_id (guardian), &error))
    {
      _passend_student_support_error (self, _("Could not remove the guardian"), error);
      return;
    }

  /* TRANSLATORS: %s is a guardian's name. */
  title = g_markup_printf_escaped (_("%s removed"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "guardian", g_object_ref (guardian), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_guardian_cb), self, 0);
  _passend_student_support_toast (self, toast);
}

static void
edit_guardian_clicked_cb (GtkButton             *button,
                          PassendStudentSupport *self)
{
  PassendGuardian *guardian = g_object_get_data (G_OBJECT (button), "guardian");
  PassendGuardianDialog *dialog;

  dialog = passend_guardian_dialog_new (_passend_student_support_parent (self), self->database, _passend_student_support_student_id (self), guardian);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_passend_student_support_add_guardian_cb (PassendStudentSupport *self)
{
  PassendGuardianDialog *dialog;

  dialog = passend_guardian_dialog_new (_passend_student_support_parent (self), self->database, _passend_student_support_student_id (self), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
dup_guardian_subtitle (PassendGuardian *guardian)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *relation = passend_guardian_get_relation (guardian);
  const char *email = passend_guardian_get_email (guardian);
  const char *phone = passend_guardian_get_phone (guardian);
  g_autofree char *phone_text = NULL;

  if (relation[0] != '\0')
    g_ptr_array_add (parts, (char *) relation);
  g_ptr_array_add (parts, passend_guardian_get_has_authority (guardian)
                          ? _("parental authority") : _("no parental authority"));
  if (email[0] != '\0')
    g_ptr_array_add (parts, (char *) email);
  if (phone[0] != '\0')
    {
      /* TRANSLATORS: a phone number that must not be passed on. */
      phone_text = passend_guardian_get_phone_is_secret (guardian)
                   ? g_strdup_printf (_("%s (secret)"), phone) : g_strdup (phone);
      g_ptr_array_add (parts, phone_text);
    }

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

void
_passend_student_support_load_guardians (PassendStudentSupport *self)
{
  g_autoptr(GListModel) guardians = NULL;
  g_autoptr(GError) error = NULL;

  _passend_student_support_clear (self->guardians_list);
  guardians = passend_database_list_guardians (self->database, _passend_student_support_student_id (self), &error);
  if (guardians == NULL)
    {
      _passend_student_support_error (self, _("Could not load the guardians"), error);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (guardians); i++)
    {
      g_autoptr(PassendGuardian) guardian = g_list_model_get_item (guardians, i);
      g_autofree char *name = passend_guardian_dup_display_name (guardian);
      g_autofree char *subtitle = dup_guardian_subtitle (guardian);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *edit = _passend_student_support_icon_button ("document-edit-symbolic", _("Edit Guardian"));
      GtkWidget *remove = _passend_student_support_icon_button ("user-trash-symbolic", _("Remove Guardian"));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      g_object_set_data_full (G_OBJECT (edit), "guardian", g_object_ref (guardian), g_object_unref);
      g_object_set_data_full (G_OBJECT (remove), "guardian", g_object_ref (guardian), g_object_unref);
      g_signal_connect_object (edit, "clicked", G_CALLBACK (edit_guardian_clicked_cb), self, 0);
      g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_guardian_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->guardians_list, row);
    }
}

/* Involved people */

static void
undo_person_cb (AdwToast              *toast,
                PassendStudentSupport *self)
{
  PassendInvolvedPerson *involved = g_object_get_data (G_OBJECT (toast), "involved");
  gint64 *id = g_object_get_data (G_OBJECT (toast), "student-id");
  g_autoptr(GError) error = NULL;

  if (!passend_database_add_involved_person (self->database, *id, involved->person_id, involved->note, &error))
    _passend_student_support_error (self, _("Could not undo"), error);
}

static void
remove_person_clicked_cb (GtkButton             *button,
                          PassendStudentSupport *self)
{
  PassendInvolvedPerson *involved = g_object_get_data (G_OBJECT (button), "involved");
  PassendInvolvedPerson *copy;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  gint64 id = _passend_student_support_student_id (self);

  if (!passend_database_remove_involved_person (self->database, id, involved->person_id, &error))
    {
      _passend_student_support_error (self, _("Could not remove the person"), error);
      return;
    }

  copy = g_new0 (PassendInvolvedPerson, 1);
  copy->person_id = involved->person_id;
  copy->note = g_strdup (involved->note);

  /* TRANSLATORS: %s is a person's name. */
  title = g_markup_printf_escaped (_("%s removed"), involved->name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "involved", copy, (GDestroyNotify) passend_involved_person_free);
  g_object_set_data_full (G_OBJECT (toast), "student-id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_person_cb), self, 0);
  _passend_student_support_toast (self, toast);
}

void
_passend_student_support_add_person_cb (PassendStudentSupport *self)
{
  guint selected = gtk_drop_down_get_selected (self->person_dropdown);
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->person_note_entry))));
  g_autoptr(GError) error = NULL;

  if (selected >= self->person_ids->len)
    return;

  if (!passend_database_add_involved_person (self->database, _passend_student_support_student_id (self),
                                             g_array_index (self->person_ids, gint64, selected), note, &error))
    {
      _passend_student_support_error (self, _("Could not add the person"), error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->person_note_entry), "");
  gtk_popover_popdown (self->person_popover);
}

void
_passend_student_support_load_person_choices (PassendStudentSupport *self)
{
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;

  g_array_set_size (self->person_ids, 0);
  people = passend_database_list_people (self->database, &error);
  if (people == NULL)
    {
      _passend_student_support_error (self, _("Could not load the people"), error);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(PassendPerson) person = g_list_model_get_item (people, i);
      g_autofree char *name = passend_person_dup_display_name (person);
      const char *role = passend_person_get_role (person);
      g_autofree char *label = role[0] != '\0' ? g_strdup_printf (C_("person and role", "%s (%s)"), name, role)
                                                : g_strdup (name);
      gint64 id = passend_person_get_id (person);

      g_array_append_val (self->person_ids, id);
      gtk_string_list_append (names, label);
    }

  gtk_drop_down_set_model (self->person_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_expression (self->person_dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
}

void
_passend_student_support_load_people (PassendStudentSupport *self)
{
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;

  _passend_student_support_clear (self->people_list);
  people = passend_database_list_involved_people (self->database, _passend_student_support_student_id (self), &error);
  if (people == NULL)
    {
      _passend_student_support_error (self, _("Could not load the involved people"), error);
      return;
    }

  for (guint i = 0; i < people->len; i++)
    {
      PassendInvolvedPerson *involved = g_ptr_array_index (people, i);
      PassendInvolvedPerson *copy = g_new0 (PassendInvolvedPerson, 1);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = _passend_student_support_icon_button ("user-trash-symbolic", _("Remove Person"));
      g_autofree char *subtitle = NULL;

      if (involved->role[0] != '\0' && involved->note[0] != '\0')
        subtitle = g_strdup_printf (C_("role and note", "%s — %s"), involved->role, involved->note);
      else
        subtitle = g_strdup (involved->role[0] != '\0' ? involved->role : involved->note);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), involved->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

      copy->person_id = involved->person_id;
      copy->name = g_strdup (involved->name);
      copy->note = g_strdup (involved->note);
      g_object_set_data_full (G_OBJECT (remove), "involved", copy, (GDestroyNotify) passend_involved_person_free);
      g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_person_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->people_list, row);
    }
}

