/* passend-consent-dialog.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-consent-dialog.h"
#include "passend-consent-rules.h"

struct _PassendConsentDialog
{
  AdwWindow         parent_instance;

  PassendDatabase  *database;
  PassendStudent   *student;

  AdwComboRow      *purpose_row;
  AdwEntryRow      *party_row;
  GtkListBox       *partners_list;
  GtkMenuButton    *partners_button;
  AdwPreferencesGroup *givers_group;
  AdwComboRow      *form_row;
  AdwEntryRow      *given_row;
  AdwEntryRow      *until_row;
  AdwEntryRow      *note_row;
  GtkLabel         *error_label;
  GtkWidget        *save_button;

  /* Check buttons of the givers; "guardian-id" data, 0 for the student. */
  GPtrArray        *giver_checks;
  /* The organisation chosen for the party, while its name is unchanged. */
  gint64            organisation_id;
  char             *organisation_name;
};

G_DEFINE_FINAL_TYPE (PassendConsentDialog, passend_consent_dialog, ADW_TYPE_WINDOW)

static char *
day_text (PassendDay day)
{
  int year, month, day_of_month;

  if (day == PASSEND_DAY_NONE)
    return g_strdup ("");
  passend_day_get_ymd (day, &year, &month, &day_of_month);
  return g_strdup_printf ("%02d-%02d-%04d", day_of_month, month, year);
}

static void
show_error (PassendConsentDialog *self,
            const char           *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL && message[0] != '\0');
}

static void
purpose_changed_cb (PassendConsentDialog *self)
{
  guint purpose = adw_combo_row_get_selected (self->purpose_row);

  gtk_widget_set_visible (GTK_WIDGET (self->party_row),
                          purpose < PASSEND_CONSENT_N_PURPOSES && passend_consent_purpose_needs_party (purpose));
}

static void
partner_activated_cb (PassendConsentDialog *self,
                      GtkListBoxRow        *row)
{
  const char *name = gtk_widget_get_name (GTK_WIDGET (row));

  g_free (self->organisation_name);
  self->organisation_name = g_strdup (name);
  self->organisation_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "organisation-id"));
  gtk_editable_set_text (GTK_EDITABLE (self->party_row), name);
  gtk_menu_button_popdown (self->partners_button);
  gtk_widget_grab_focus (GTK_WIDGET (self->party_row));
}

static GtkWidget *
add_entry_row (AdwPreferencesGroup *group,
               const char          *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_group_add (group, row);
  return row;
}

static void
add_giver (PassendConsentDialog *self,
           gint64                guardian_id,
           const char           *title,
           const char           *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (check), "guardian-id", GSIZE_TO_POINTER ((gsize) guardian_id));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_preferences_group_add (self->givers_group, row);
  g_ptr_array_add (self->giver_checks, check);
}

/* Only those who may give consent today are offered (DOMAIN.md §6). */
static void
load_givers (PassendConsentDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) guardians = NULL;
  PassendDay birth = passend_student_get_birth_date (self->student);
  PassendDay today = passend_day_today ();

  if (passend_consent_rules_guardians_may_give (birth, today))
    {
      guardians = passend_database_list_guardians (self->database, passend_student_get_id (self->student), &error);
      if (guardians == NULL)
        {
          show_error (self, error->message);
          return;
        }

      for (guint i = 0; i < g_list_model_get_n_items (guardians); i++)
        {
          g_autoptr(PassendGuardian) guardian = g_list_model_get_item (guardians, i);
          g_autofree char *name = NULL;

          if (!passend_guardian_get_has_authority (guardian))
            continue;
          name = passend_guardian_dup_display_name (guardian);
          add_giver (self, passend_guardian_get_id (guardian), name, passend_guardian_get_relation (guardian));
        }
    }

  if (passend_consent_rules_student_may_give (birth, today))
    add_giver (self, 0, passend_student_get_display_name (self->student),
               passend_consent_rules_guardians_may_give (birth, today) ? _("The student (16 or older)")
                                                                       : _("The student (18 or older) decides alone"));

  if (self->giver_checks->len == 0)
    adw_preferences_group_set_description (self->givers_group,
                                           _("Nobody can give consent yet: add a guardian with gezag on the Support tab."));
}

static void
load_partners (PassendConsentDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) partners = passend_database_list_consent_partners (self->database, &error);

  if (partners == NULL)
    {
      show_error (self, error->message);
      return;
    }

  for (guint i = 0; i < partners->len; i++)
    {
      PassendOrganisation *organisation = g_ptr_array_index (partners, i);
      GtkWidget *label = gtk_label_new (passend_organisation_get_name (organisation));
      GtkWidget *row = gtk_list_box_row_new ();

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      gtk_widget_set_name (row, passend_organisation_get_name (organisation));
      g_object_set_data (G_OBJECT (row), "organisation-id",
                         GSIZE_TO_POINTER ((gsize) passend_organisation_get_id (organisation)));
      gtk_list_box_append (self->partners_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->partners_button), partners->len > 0);
}

static gboolean
read_day (PassendConsentDialog  *self,
          AdwEntryRow           *row,
          PassendDay            *day)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autoptr(GError) error = NULL;

  if (text[0] == '\0')
    {
      *day = PASSEND_DAY_NONE;
      return TRUE;
    }

  *day = passend_day_from_dutch (text, &error);
  if (*day == PASSEND_DAY_NONE)
    {
      show_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (row));
      return FALSE;
    }
  return TRUE;
}

gboolean
passend_consent_dialog_save (PassendConsentDialog *self)
{
  g_autoptr(PassendConsent) consent = passend_consent_new ();
  g_autoptr(GError) error = NULL;
  PassendDay given, until;
  guint purpose;
  const char *party;

  g_return_val_if_fail (PASSEND_IS_CONSENT_DIALOG (self), FALSE);

  purpose = adw_combo_row_get_selected (self->purpose_row);
  if (purpose >= PASSEND_CONSENT_N_PURPOSES)
    return FALSE;
  if (!read_day (self, self->given_row, &given) || !read_day (self, self->until_row, &until))
    return FALSE;

  party = gtk_editable_get_text (GTK_EDITABLE (self->party_row));
  passend_consent_set_student_id (consent, passend_student_get_id (self->student));
  passend_consent_set_purpose (consent, purpose);
  if (passend_consent_purpose_needs_party (purpose))
    {
      passend_consent_set_party (consent, party);
      if (self->organisation_id != 0 && g_strcmp0 (party, self->organisation_name) == 0)
        passend_consent_set_organisation_id (consent, self->organisation_id);
    }
  passend_consent_set_form (consent, adw_combo_row_get_selected (self->form_row) == 1
                                     ? PASSEND_CONSENT_FORM_VERBAL : PASSEND_CONSENT_FORM_SIGNED_DOCUMENT);
  passend_consent_set_given_on (consent, given);
  passend_consent_set_valid_until (consent, until);
  passend_consent_set_note (consent, gtk_editable_get_text (GTK_EDITABLE (self->note_row)));

  for (guint i = 0; i < self->giver_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->giver_checks, i);
      gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "guardian-id"));

      if (!gtk_check_button_get_active (check))
        continue;
      if (id == 0)
        passend_consent_set_by_student (consent, TRUE);
      else
        passend_consent_add_guardian_id (consent, id);
    }

  if (!passend_database_add_consent (self->database, consent, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_clicked_cb (PassendConsentDialog *self)
{
  passend_consent_dialog_save (self);
}

static void
given_changed_cb (PassendConsentDialog *self)
{
  g_autoptr(GError) error = NULL;
  PassendDay given = passend_day_from_dutch (gtk_editable_get_text (GTK_EDITABLE (self->given_row)), &error);
  g_autofree char *until = NULL;

  /* Follows the day given until the coordinator types an end. */
  if (given == PASSEND_DAY_NONE || g_object_get_data (G_OBJECT (self->until_row), "edited") != NULL)
    return;

  until = day_text (passend_consent_rules_default_valid_until (given));
  g_object_set_data (G_OBJECT (self->until_row), "following", GINT_TO_POINTER (1));
  gtk_editable_set_text (GTK_EDITABLE (self->until_row), until);
  g_object_set_data (G_OBJECT (self->until_row), "following", NULL);
}

static void
until_changed_cb (PassendConsentDialog *self)
{
  if (g_object_get_data (G_OBJECT (self->until_row), "following") == NULL)
    g_object_set_data (G_OBJECT (self->until_row), "edited", GINT_TO_POINTER (1));
}

static void
passend_consent_dialog_dispose (GObject *object)
{
  PassendConsentDialog *self = PASSEND_CONSENT_DIALOG (object);

  g_clear_object (&self->database);
  g_clear_object (&self->student);
  g_clear_pointer (&self->giver_checks, g_ptr_array_unref);
  g_clear_pointer (&self->organisation_name, g_free);

  G_OBJECT_CLASS (passend_consent_dialog_parent_class)->dispose (object);
}

static void
passend_consent_dialog_class_init (PassendConsentDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = passend_consent_dialog_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static GtkWidget *
build_header (PassendConsentDialog *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));

  self->save_button = gtk_button_new_with_mnemonic (_("_Record"));
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (save_clicked_cb), self);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);
  return header;
}

static void
build_party (PassendConsentDialog *self,
             AdwPreferencesGroup  *group)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *popover = gtk_popover_new ();

  self->party_row = ADW_ENTRY_ROW (add_entry_row (group, _("Named Party")));
  self->partners_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->partners_list), "navigation-sidebar");
  g_signal_connect_swapped (self->partners_list, "row-activated", G_CALLBACK (partner_activated_cb), self);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 260);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->partners_list));
  gtk_popover_set_child (GTK_POPOVER (popover), scrolled);

  self->partners_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->partners_button, "contact-new-symbolic");
  gtk_menu_button_set_popover (self->partners_button, popover);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->partners_button), _("Choose a Partner Organisation"));
  gtk_widget_set_valign (GTK_WIDGET (self->partners_button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->partners_button), "flat");
  adw_entry_row_add_suffix (self->party_row, GTK_WIDGET (self->partners_button));
}

static void
build_form (PassendConsentDialog *self,
            GtkWidget            *page)
{
  AdwPreferencesGroup *what = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *how = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  g_autoptr(GtkStringList) purposes = gtk_string_list_new (NULL);
  const char *forms[] = { passend_consent_form_get_label (PASSEND_CONSENT_FORM_SIGNED_DOCUMENT),
                          passend_consent_form_get_label (PASSEND_CONSENT_FORM_VERBAL), NULL };
  g_autofree char *today = day_text (passend_day_today ());

  for (guint i = 0; i < PASSEND_CONSENT_N_PURPOSES; i++)
    gtk_string_list_append (purposes, passend_consent_purpose_get_label (i));

  self->purpose_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->purpose_row), _("Purpose"));
  adw_combo_row_set_model (self->purpose_row, G_LIST_MODEL (purposes));
  /* The purposes are long: shown in full below the title. */
  adw_combo_row_set_use_subtitle (self->purpose_row, TRUE);
  adw_preferences_group_add (what, GTK_WIDGET (self->purpose_row));
  build_party (self, what);
  g_signal_connect_swapped (self->purpose_row, "notify::selected", G_CALLBACK (purpose_changed_cb), self);

  self->givers_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->givers_group, _("Given By"));

  adw_preferences_group_set_title (how, _("Form and Term"));
  self->form_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->form_row), _("Form"));
  adw_combo_row_set_model (self->form_row, G_LIST_MODEL (gtk_string_list_new (forms)));
  g_object_unref (adw_combo_row_get_model (self->form_row));
  adw_preferences_group_add (how, GTK_WIDGET (self->form_row));
  self->given_row = ADW_ENTRY_ROW (add_entry_row (how, _("Given On (dd-mm-yyyy)")));
  self->until_row = ADW_ENTRY_ROW (add_entry_row (how, _("Valid Until (dd-mm-yyyy)")));
  self->note_row = ADW_ENTRY_ROW (add_entry_row (how, _("Note")));
  g_signal_connect_swapped (self->given_row, "changed", G_CALLBACK (given_changed_cb), self);
  g_signal_connect_swapped (self->until_row, "changed", G_CALLBACK (until_changed_cb), self);
  gtk_editable_set_text (GTK_EDITABLE (self->given_row), today);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  adw_preferences_group_add (how, GTK_WIDGET (self->error_label));

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), what);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->givers_group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), how);
  purpose_changed_cb (self);
}

static void
passend_consent_dialog_init (PassendConsentDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();

  self->giver_checks = g_ptr_array_new ();
  gtk_window_set_title (GTK_WINDOW (self), _("Record Consent"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 680);
  gtk_box_append (GTK_BOX (box), build_header (self));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
  build_form (self, page);
}

PassendConsentDialog *
passend_consent_dialog_new (PassendDatabase *database,
                            PassendStudent  *student)
{
  PassendConsentDialog *self;

  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);
  g_return_val_if_fail (PASSEND_IS_STUDENT (student), NULL);

  self = g_object_new (PASSEND_TYPE_CONSENT_DIALOG, NULL);
  self->database = g_object_ref (database);
  self->student = g_object_ref (student);
  load_givers (self);
  load_partners (self);
  return self;
}

void
passend_consent_dialog_set_purpose (PassendConsentDialog  *self,
                                    PassendConsentPurpose  purpose)
{
  g_return_if_fail (PASSEND_IS_CONSENT_DIALOG (self));
  g_return_if_fail (purpose < PASSEND_CONSENT_N_PURPOSES);

  adw_combo_row_set_selected (self->purpose_row, purpose);
}

void
passend_consent_dialog_set_party (PassendConsentDialog *self,
                                  const char           *party)
{
  g_return_if_fail (PASSEND_IS_CONSENT_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->party_row), party != NULL ? party : "");
}

gboolean
passend_consent_dialog_set_giver (PassendConsentDialog *self,
                                  gint64                guardian_id,
                                  gboolean              active)
{
  g_return_val_if_fail (PASSEND_IS_CONSENT_DIALOG (self), FALSE);

  for (guint i = 0; i < self->giver_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->giver_checks, i);

      if ((gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "guardian-id")) == guardian_id)
        {
          gtk_check_button_set_active (check, active);
          return TRUE;
        }
    }

  return FALSE;
}

const char *
passend_consent_dialog_get_error (PassendConsentDialog *self)
{
  g_return_val_if_fail (PASSEND_IS_CONSENT_DIALOG (self), NULL);

  return gtk_label_get_text (self->error_label);
}
