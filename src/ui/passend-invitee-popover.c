/* passend-invitee-popover.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-database-partners.h"
#include "passend-invitee-popover.h"
#include "passend-text.h"
#include "passend-ui-util.h"

/* A long directory is searched, not scrolled: the first matches are
 * enough to pick from. */
#define MAX_PARTNERS 60

typedef enum
{
  CANDIDATE_GUARDIAN,
  CANDIDATE_STUDENT,
  CANDIDATE_PERSON,
  CANDIDATE_ORGANISATION,
} CandidateKind;

struct _PassendInviteePopover
{
  GtkPopover          parent_instance;

  GtkSearchEntry     *search_entry;
  GtkListBox         *list;
  GtkDropDown        *role_dropdown;
  GtkButton          *invite_button;

  /* Owned references */
  PassendDatabase    *database;
  PassendMeetingItem *item;
  PassendStudent     *student;

  guint               role_by_hand : 1;
  guint               setting_role : 1;
};

G_DEFINE_FINAL_TYPE (PassendInviteePopover, passend_invitee_popover, GTK_TYPE_POPOVER)

enum {
  SIGNAL_INVITEE_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* GtkListBox has no remove_all before GTK 4.12. */
static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

PassendMeetingRole
passend_invitee_role_for_organisation (PassendOrganisationKind kind)
{
  PassendMeetingRole role = PASSEND_MEETING_ROLE_OTHER;

  passend_meeting_role_from_code (passend_organisation_kind_to_code (kind), &role);
  if (!passend_meeting_role_is_external (role))
    return PASSEND_MEETING_ROLE_OTHER;

  return role;
}

PassendMeetingRole
passend_invitee_role_for_person (const char *code)
{
  PassendMeetingRole role = PASSEND_MEETING_ROLE_OTHER;

  if (code == NULL)
    return role;
  /* The school's own word for the coordinator. */
  if (g_str_equal (code, "oco") || g_str_equal (code, "zorgcoordinator"))
    return PASSEND_MEETING_ROLE_COORDINATOR;
  if (!passend_meeting_role_from_code (code, &role) || passend_meeting_role_is_family (role))
    return PASSEND_MEETING_ROLE_OTHER;

  return role;
}

static GtkWidget *
add_candidate (PassendInviteePopover *self,
               CandidateKind          kind,
               gint64                 id,
               PassendMeetingRole     role,
               const char            *name,
               const char            *detail)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  if (detail != NULL && detail[0] != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "kind", GINT_TO_POINTER (kind));
  g_object_set_data_full (G_OBJECT (row), "id", g_memdup2 (&id, sizeof id), g_free);
  g_object_set_data (G_OBJECT (row), "role", GINT_TO_POINTER (role));
  gtk_list_box_append (self->list, row);

  return row;
}

static void
add_heading (PassendInviteePopover *self,
             const char            *text)
{
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_start (label, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_append (self->list, row);
}

static gboolean
matches (const char * const *words,
         const char         *name,
         const char         *detail)
{
  g_autofree char *raw = g_strjoin (" ", name, detail != NULL ? detail : "", NULL);
  g_autofree char *folded = passend_text_fold (raw);

  return words == NULL || passend_text_matches (folded, words);
}

static void
reload (PassendInviteePopover *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) guardians = NULL;
  g_autoptr(GListModel) partners = NULL;
  g_autofree char *folded = passend_text_fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  g_auto(GStrv) words = g_strsplit_set (g_strstrip (folded), " ", -1);
  const char * const *query = (words[0] != NULL && words[0][0] != '\0') ? (const char * const *) words : NULL;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint n_own = 0;

  clear_list (self->list);
  if (self->database == NULL || self->item == NULL)
    return;

  add_heading (self, passend_meeting_item_get_student_name (self->item));

  guardians = passend_database_list_guardians (self->database, passend_meeting_item_get_student_id (self->item),
                                               &error);
  for (guint i = 0; guardians != NULL && i < g_list_model_get_n_items (guardians); i++)
    {
      g_autoptr(PassendGuardian) guardian = g_list_model_get_item (guardians, i);
      g_autofree char *name = passend_guardian_dup_display_name (guardian);
      g_autofree char *detail = NULL;

      detail = passend_guardian_get_has_authority (guardian)
               ? g_strdup (passend_guardian_get_relation (guardian))
               /* TRANSLATORS: a parent without gezag */
               : g_strdup_printf (_("%s, without parental authority"), passend_guardian_get_relation (guardian));
      if (!matches (query, name, detail))
        continue;
      add_candidate (self, CANDIDATE_GUARDIAN, passend_guardian_get_id (guardian),
                     PASSEND_MEETING_ROLE_GUARDIANS, name, detail);
      n_own++;
    }

  if (matches (query, passend_meeting_item_get_student_name (self->item), _("the student")))
    {
      add_candidate (self, CANDIDATE_STUDENT, 0, PASSEND_MEETING_ROLE_STUDENT,
                     passend_meeting_item_get_student_name (self->item), _("The student"));
      n_own++;
    }

  if (self->student != NULL && passend_student_get_mentor_id (self->student) != 0 &&
      matches (query, passend_student_get_mentor_name (self->student), _("mentor")))
    {
      add_candidate (self, CANDIDATE_PERSON, passend_student_get_mentor_id (self->student),
                     PASSEND_MEETING_ROLE_MENTOR, passend_student_get_mentor_name (self->student), _("Mentor"));
      n_own++;
    }

  partners = passend_database_list_partners (self->database, PASSEND_PARTNER_LIST_ALL, search, &error);
  if (partners != NULL && g_list_model_get_n_items (partners) > 0)
    add_heading (self, _("Partners"));
  for (guint i = 0; partners != NULL && i < MIN (g_list_model_get_n_items (partners), MAX_PARTNERS); i++)
    {
      g_autoptr(PassendPartner) partner = g_list_model_get_item (partners, i);
      PassendOrganisationKind org_kind;
      PassendMeetingRole role;

      if (passend_partner_get_kind (partner) == PASSEND_PARTNER_KIND_ORGANISATION)
        {
          role = passend_partner_get_organisation_kind (partner, &org_kind)
                 ? passend_invitee_role_for_organisation (org_kind) : PASSEND_MEETING_ROLE_OTHER;
          add_candidate (self, CANDIDATE_ORGANISATION, passend_partner_get_id (partner), role,
                         passend_partner_get_name (partner), passend_partner_get_detail (partner));
        }
      else
        {
          role = passend_invitee_role_for_person (passend_partner_get_role (partner));
          /* An external person without a role of their own attends for
           * their organisation. */
          if (role == PASSEND_MEETING_ROLE_OTHER && !passend_partner_get_internal (partner) &&
              passend_partner_get_organisation_kind (partner, &org_kind))
            role = passend_invitee_role_for_organisation (org_kind);
          add_candidate (self, CANDIDATE_PERSON, passend_partner_get_id (partner), role,
                         passend_partner_get_name (partner), passend_partner_get_detail (partner));
        }
    }

  if (error != NULL)
    g_debug ("Could not list the invitee candidates: %s", error->message);
}

static GtkListBoxRow *
get_candidate (PassendInviteePopover *self,
               guint                  index)
{
  GtkListBoxRow *row;
  guint n = 0;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    {
      if (!gtk_list_box_row_get_activatable (row))
        continue;
      if (n++ == index)
        return row;
    }

  return NULL;
}

static void
row_selected_cb (PassendInviteePopover *self,
                 GtkListBoxRow         *row)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->invite_button), row != NULL);
  if (row == NULL || self->role_by_hand)
    return;

  self->setting_role = TRUE;
  gtk_drop_down_set_selected (self->role_dropdown,
                              GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "role")));
  self->setting_role = FALSE;
}

static void
role_changed_cb (PassendInviteePopover *self)
{
  if (!self->setting_role)
    self->role_by_hand = TRUE;
}

static void
choose_row (PassendInviteePopover *self,
            GtkListBoxRow         *row)
{
  g_autoptr(PassendMeetingInvitee) invitee = NULL;
  CandidateKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "kind"));
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (row), "id");
  guint role = gtk_drop_down_get_selected (self->role_dropdown);

  if (role >= PASSEND_MEETING_N_ROLES)
    role = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "role"));

  invitee = passend_meeting_invitee_new (passend_meeting_item_get_id (self->item), role);
  switch (kind)
    {
    case CANDIDATE_GUARDIAN:
      passend_meeting_invitee_set_guardian_id (invitee, id);
      break;

    case CANDIDATE_STUDENT:
      passend_meeting_invitee_set_is_student (invitee, TRUE);
      break;

    case CANDIDATE_PERSON:
      passend_meeting_invitee_set_person_id (invitee, id);
      break;

    case CANDIDATE_ORGANISATION:
      passend_meeting_invitee_set_organisation_id (invitee, id);
      break;

    default:
      g_assert_not_reached ();
    }

  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[SIGNAL_INVITEE_CHOSEN], 0, invitee);
}

static void
row_activated_cb (PassendInviteePopover *self,
                  GtkListBoxRow         *row)
{
  choose_row (self, row);
}

static void
invite_clicked_cb (PassendInviteePopover *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  if (row != NULL)
    choose_row (self, row);
}

static void
search_changed_cb (PassendInviteePopover *self)
{
  reload (self);
}

/* Enter in the search invites the first match: type, Enter, done. */
static void
search_activate_cb (PassendInviteePopover *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  if (row == NULL)
    row = get_candidate (self, 0);
  if (row != NULL)
    choose_row (self, row);
}

static void
search_key_down (PassendInviteePopover *self)
{
  GtkListBoxRow *row = get_candidate (self, 0);

  if (row != NULL)
    {
      gtk_list_box_select_row (self->list, row);
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

static gboolean
search_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       PassendInviteePopover *self)
{
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;

  search_key_down (self);
  return TRUE;
}

static void
shown_cb (PassendInviteePopover *self)
{
  self->role_by_hand = FALSE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  reload (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
passend_invitee_popover_dispose (GObject *object)
{
  PassendInviteePopover *self = PASSEND_INVITEE_POPOVER (object);

  g_clear_object (&self->database);
  g_clear_object (&self->item);
  g_clear_object (&self->student);

  G_OBJECT_CLASS (passend_invitee_popover_parent_class)->dispose (object);
}

static void
passend_invitee_popover_class_init (PassendInviteePopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = passend_invitee_popover_dispose;

  signals[SIGNAL_INVITEE_CHOSEN] =
    g_signal_new ("invitee-chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PASSEND_TYPE_MEETING_INVITEE);
}

static void
passend_invitee_popover_init (PassendInviteePopover *self)
{
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *bottom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *role_label = gtk_label_new_with_mnemonic (_("_Role"));

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text", _("Search guardians and partners"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search invitees"), -1);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (search_activate_cb), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_SINGLE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("People to invite"), -1);
  g_signal_connect_swapped (self->list, "row-selected", G_CALLBACK (row_selected_cb), self);
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_widget_set_size_request (scroller, 340, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));

  for (guint role = 0; role < PASSEND_MEETING_N_ROLES; role++)
    gtk_string_list_append (roles, passend_meeting_role_get_label (role));
  self->role_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (roles)), NULL));
  gtk_drop_down_set_selected (self->role_dropdown, PASSEND_MEETING_ROLE_OTHER);
  gtk_widget_set_hexpand (GTK_WIDGET (self->role_dropdown), TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (role_label), GTK_WIDGET (self->role_dropdown));
  g_signal_connect_swapped (self->role_dropdown, "notify::selected", G_CALLBACK (role_changed_cb), self);

  self->invite_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Invite")));
  gtk_widget_add_css_class (GTK_WIDGET (self->invite_button), "suggested-action");
  gtk_widget_set_sensitive (GTK_WIDGET (self->invite_button), FALSE);
  g_signal_connect_swapped (self->invite_button, "clicked", G_CALLBACK (invite_clicked_cb), self);

  gtk_box_append (GTK_BOX (bottom), role_label);
  gtk_box_append (GTK_BOX (bottom), GTK_WIDGET (self->role_dropdown));
  gtk_box_append (GTK_BOX (bottom), GTK_WIDGET (self->invite_button));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search_entry));
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_box_append (GTK_BOX (box), bottom);
  gtk_popover_set_child (GTK_POPOVER (self), box);

  g_signal_connect (self, "show", G_CALLBACK (shown_cb), NULL);
}

GtkWidget *
passend_invitee_popover_new (void)
{
  return g_object_new (PASSEND_TYPE_INVITEE_POPOVER, NULL);
}

void
passend_invitee_popover_set_item (PassendInviteePopover *self,
                                  PassendDatabase       *database,
                                  PassendMeetingItem    *item,
                                  PassendStudent        *student)
{
  g_return_if_fail (PASSEND_IS_INVITEE_POPOVER (self));
  g_return_if_fail (PASSEND_IS_DATABASE (database));
  g_return_if_fail (PASSEND_IS_MEETING_ITEM (item));
  g_return_if_fail (student == NULL || PASSEND_IS_STUDENT (student));

  g_set_object (&self->database, database);
  g_set_object (&self->item, item);
  g_set_object (&self->student, student);
  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    reload (self);
}

guint
passend_invitee_popover_get_n_candidates (PassendInviteePopover *self)
{
  guint n = 0;

  g_return_val_if_fail (PASSEND_IS_INVITEE_POPOVER (self), 0);

  while (get_candidate (self, n) != NULL)
    n++;

  return n;
}

void
passend_invitee_popover_set_search (PassendInviteePopover *self,
                                    const char            *text)
{
  g_return_if_fail (PASSEND_IS_INVITEE_POPOVER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  reload (self);
}

gboolean
passend_invitee_popover_choose (PassendInviteePopover *self,
                                guint                  index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (PASSEND_IS_INVITEE_POPOVER (self), FALSE);

  row = get_candidate (self, index);
  if (row == NULL)
    return FALSE;

  gtk_list_box_select_row (self->list, row);
  choose_row (self, row);
  return TRUE;
}
