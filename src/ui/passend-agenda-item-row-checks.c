/* passend-agenda-item-row-checks.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-agenda-item-row-private.h"
#include "passend-database-partners.h"
#include "passend-invitee-popover.h"
#include "passend-ui-util.h"

/* The problems the store finds on an item, each with its one-click fix:
 * inviting the obvious candidate for a missing role, or recording the
 * consent an external invitee needs (then inviting them after all). */

static void rebuild_problems (PassendAgendaItemRow *self);

void
_passend_agenda_item_row_show_refusal (PassendAgendaItemRow  *self,
                                       const char            *message,
                                       PassendMeetingInvitee *refused)
{
  g_free (self->refusal);
  self->refusal = g_strdup (message != NULL ? message : "");
  g_set_object (&self->refused, refused);
  rebuild_problems (self);
}

PassendStudent *
_passend_agenda_item_row_ensure_student (PassendAgendaItemRow *self)
{
  if (self->student == NULL && self->item != NULL)
    {
      g_autoptr(GError) error = NULL;

      self->student = passend_database_get_student (self->database, passend_meeting_item_get_student_id (self->item),
                                                    &error);
      if (self->student == NULL)
        g_debug ("Could not load student %" G_GINT64_FORMAT ": %s",
                 passend_meeting_item_get_student_id (self->item), error->message);
    }

  return self->student;
}

/* Who obviously fills @role for this item: the mentor, the guardians
 * with gezag, the student, the one organisation of that kind, or the one
 * staff member with that role. Empty when there is no obvious choice. */
static GPtrArray *
find_candidates (PassendAgendaItemRow *self,
                 PassendMeetingRole    role)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 item_id = passend_meeting_item_get_id (self->item);
  PassendOrganisationKind org_kind;
  PassendStudent *student = _passend_agenda_item_row_ensure_student (self);
  g_autoptr(GListModel) list = NULL;
  PassendMeetingInvitee *invitee;
  gint64 only = 0;

  if (role == PASSEND_MEETING_ROLE_MENTOR)
    {
      if (student != NULL && passend_student_get_mentor_id (student) != 0)
        {
          invitee = passend_meeting_invitee_new (item_id, role);
          passend_meeting_invitee_set_person_id (invitee, passend_student_get_mentor_id (student));
          g_ptr_array_add (found, invitee);
        }
      return found;
    }

  if (role == PASSEND_MEETING_ROLE_STUDENT)
    {
      invitee = passend_meeting_invitee_new (item_id, role);
      passend_meeting_invitee_set_is_student (invitee, TRUE);
      g_ptr_array_add (found, invitee);
      return found;
    }

  if (role == PASSEND_MEETING_ROLE_GUARDIANS)
    {
      list = passend_database_list_guardians (self->database, passend_meeting_item_get_student_id (self->item), NULL);
      for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(PassendGuardian) guardian = g_list_model_get_item (list, i);

          if (!passend_guardian_get_has_authority (guardian))
            continue;
          invitee = passend_meeting_invitee_new (item_id, role);
          passend_meeting_invitee_set_guardian_id (invitee, passend_guardian_get_id (guardian));
          g_ptr_array_add (found, invitee);
        }
      return found;
    }

  if (passend_meeting_role_get_organisation_kind (role, &org_kind))
    {
      list = passend_database_list_partners (self->database, PASSEND_PARTNER_LIST_ORGANISATIONS, NULL, NULL);
      for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(PassendPartner) partner = g_list_model_get_item (list, i);
          PassendOrganisationKind kind;

          if (!passend_partner_get_organisation_kind (partner, &kind) || kind != org_kind)
            continue;
          if (only != 0)
            return found;
          only = passend_partner_get_id (partner);
        }
      if (only != 0)
        {
          invitee = passend_meeting_invitee_new (item_id, role);
          passend_meeting_invitee_set_organisation_id (invitee, only);
          g_ptr_array_add (found, invitee);
        }
      return found;
    }

  if (role == PASSEND_MEETING_ROLE_OTHER)
    return found;

  list = passend_database_list_partners (self->database,
                                         PASSEND_PARTNER_LIST_PEOPLE | PASSEND_PARTNER_LIST_INTERNAL, NULL, NULL);
  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PassendPartner) partner = g_list_model_get_item (list, i);

      if (passend_invitee_role_for_person (passend_partner_get_role (partner)) != role)
        continue;
      if (only != 0)
        return found;
      only = passend_partner_get_id (partner);
    }
  if (only != 0)
    {
      invitee = passend_meeting_invitee_new (item_id, role);
      passend_meeting_invitee_set_person_id (invitee, only);
      g_ptr_array_add (found, invitee);
    }

  return found;
}

static void
invite_candidates_clicked_cb (GtkButton            *button,
                              PassendAgendaItemRow *self)
{
  PassendMeetingRole role = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "role"));
  g_autoptr(GPtrArray) candidates = find_candidates (self, role);

  for (guint i = 0; i < candidates->len; i++)
    {
      if (!passend_agenda_item_row_invite (self, g_ptr_array_index (candidates, i)))
        break;
    }
}

static void
consent_dialog_destroyed_cb (PassendAgendaItemRow *self)
{
  g_autoptr(PassendMeetingInvitee) refused = NULL;
  g_autoptr(GError) error = NULL;

  if (self->refused == NULL)
    return;

  /* Closed without recording leaves the refusal as it was. */
  refused = g_object_ref (self->refused);
  if (passend_database_add_meeting_invitee (self->database, refused, &error))
    _passend_agenda_item_row_show_refusal (self, NULL, NULL);
  else if (!g_error_matches (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NO_CONSENT))
    _passend_agenda_item_row_add_toast (self, passend_ui_toast_new_error (_("Could not invite"), error));
}

PassendConsentDialog *
passend_agenda_item_row_record_consent (PassendAgendaItemRow *self)
{
  PassendConsentDialog *dialog;
  PassendStudent *student;
  GtkRoot *root;

  g_return_val_if_fail (PASSEND_IS_AGENDA_ITEM_ROW (self), NULL);

  student = _passend_agenda_item_row_ensure_student (self);
  if (student == NULL)
    return NULL;

  dialog = passend_consent_dialog_new (self->database, student);
  passend_consent_dialog_set_purpose (dialog, PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (consent_dialog_destroyed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
record_consent_clicked_cb (PassendAgendaItemRow *self)
{
  passend_agenda_item_row_record_consent (self);
}

static void
add_problem_line (PassendAgendaItemRow *self,
                  const char           *message,
                  gboolean              is_error,
                  GtkWidget            *button)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name (is_error ? "dialog-error-symbolic" : "dialog-warning-symbolic");
  GtkWidget *label = gtk_label_new (message);

  gtk_widget_add_css_class (icon, is_error ? "error" : "warning");
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (line), icon);
  gtk_box_append (GTK_BOX (line), label);
  if (button != NULL)
    {
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_sensitive (button, self->editable);
      gtk_box_append (GTK_BOX (line), button);
    }
  gtk_box_append (self->problems_box, line);
}

static GtkWidget *
make_consent_button (PassendAgendaItemRow *self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Record _Consent…"));

  g_signal_connect_swapped (button, "clicked", G_CALLBACK (record_consent_clicked_cb), self);
  return button;
}

static void
rebuild_problems (PassendAgendaItemRow *self)
{
  passend_ui_remove_children (GTK_WIDGET (self->problems_box));

  if (self->refusal != NULL && self->refusal[0] != '\0')
    add_problem_line (self, self->refusal, TRUE, make_consent_button (self));

  for (guint i = 0; self->problem_messages != NULL && i < self->problem_messages->len; i++)
    {
      PassendMeetingProblem *problem = g_ptr_array_index (self->problem_messages, i);
      GtkWidget *button = NULL;

      if (problem->kind == PASSEND_MEETING_PROBLEM_MISSING_ROLE)
        {
          g_autoptr(GPtrArray) candidates = find_candidates (self, problem->role);

          if (candidates->len > 0)
            {
              button = gtk_button_new_with_mnemonic (_("_Invite"));
              g_object_set_data (G_OBJECT (button), "role", GINT_TO_POINTER (problem->role));
              g_signal_connect (button, "clicked", G_CALLBACK (invite_candidates_clicked_cb), self);
            }
        }
      else if (problem->kind == PASSEND_MEETING_PROBLEM_NO_CONSENT)
        {
          button = make_consent_button (self);
        }
      add_problem_line (self, problem->message, problem->kind == PASSEND_MEETING_PROBLEM_NO_CONSENT, button);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->problems_box),
                          gtk_widget_get_first_child (GTK_WIDGET (self->problems_box)) != NULL);
}

static gboolean
same_problems (GPtrArray *a,
               GPtrArray *b)
{
  guint n_a = a != NULL ? a->len : 0;
  guint n_b = b != NULL ? b->len : 0;

  if (n_a != n_b)
    return FALSE;
  for (guint i = 0; i < n_a; i++)
    {
      PassendMeetingProblem *pa = g_ptr_array_index (a, i);
      PassendMeetingProblem *pb = g_ptr_array_index (b, i);

      if (pa->kind != pb->kind || g_strcmp0 (pa->message, pb->message) != 0)
        return FALSE;
    }

  return TRUE;
}

void
passend_agenda_item_row_set_problems (PassendAgendaItemRow *self,
                                      GPtrArray            *problems)
{
  g_return_if_fail (PASSEND_IS_AGENDA_ITEM_ROW (self));

  self->n_problems = problems != NULL ? problems->len : 0;
  /* Rebuilding costs queries for the one-click fixes: only on a change. */
  if (same_problems (self->problem_messages, problems) && self->problem_messages != NULL)
    return;

  g_clear_pointer (&self->problem_messages, g_ptr_array_unref);
  self->problem_messages = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_meeting_problem_free);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    g_ptr_array_add (self->problem_messages, passend_meeting_problem_copy (g_ptr_array_index (problems, i)));
  rebuild_problems (self);
}

guint
passend_agenda_item_row_get_n_problems (PassendAgendaItemRow *self)
{
  g_return_val_if_fail (PASSEND_IS_AGENDA_ITEM_ROW (self), 0);

  return self->n_problems;
}

const char *
passend_agenda_item_row_get_refusal (PassendAgendaItemRow *self)
{
  g_return_val_if_fail (PASSEND_IS_AGENDA_ITEM_ROW (self), NULL);

  return self->refusal != NULL ? self->refusal : "";
}

