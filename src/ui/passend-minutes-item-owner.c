/* passend-minutes-item-owner.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-database-partners.h"
#include "passend-minutes-item-private.h"
#include "passend-ui-util.h"

/* An action's owner: a name as typed ("ouders"), or a person picked from
 * Partners, who stays linked while the text is their name. */

void
_passend_minutes_item_owner_changed (PassendMinutesItem *self)
{
  /* Typing over a picked person makes the owner a free name again. */
  if (!self->filling)
    self->owner_person_id = 0;
}

static void
load_people (PassendMinutesItem *self)
{
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GError) error = NULL;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->people_search));
  GtkListBoxRow *old;
  guint n_items;

  while ((old = gtk_list_box_get_row_at_index (self->people_list, 0)) != NULL)
    gtk_list_box_remove (self->people_list, GTK_WIDGET (old));
  if (self->database == NULL)
    return;

  people = passend_database_list_partners (self->database, PASSEND_PARTNER_LIST_PEOPLE,
                                           search[0] != '\0' ? search : NULL, &error);
  if (people == NULL)
    {
      passend_minutes_add_toast (GTK_WIDGET (self), passend_ui_toast_new_error (_("Could not load the partners"), error));
      return;
    }

  n_items = g_list_model_get_n_items (people);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PassendPartner) partner = g_list_model_get_item (people, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), passend_partner_get_name (partner));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), passend_partner_get_detail (partner));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "partner", g_object_ref (partner), g_object_unref);
      gtk_list_box_append (self->people_list, row);
    }
}

static void
person_activated_cb (PassendMinutesItem *self,
                     GtkListBoxRow      *row)
{
  PassendPartner *partner = g_object_get_data (G_OBJECT (row), "partner");

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->action_owner_row), passend_partner_get_name (partner));
  self->filling = FALSE;
  self->owner_person_id = passend_partner_get_id (partner);
  gtk_menu_button_popdown (self->owner_button);
  gtk_widget_grab_focus (GTK_WIDGET (self->action_due_row));
}

static void
people_popover_show_cb (PassendMinutesItem *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->people_search), "");
  load_people (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->people_search));
}

static void
people_search_activate_cb (PassendMinutesItem *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->people_list, 0);

  if (first != NULL)
    person_activated_cb (self, first);
}

void
_passend_minutes_item_build_people_popover (PassendMinutesItem *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->people_search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_search_entry_set_key_capture_widget (self->people_search, popover);
  g_signal_connect_swapped (self->people_search, "search-changed", G_CALLBACK (load_people), self);
  g_signal_connect_swapped (self->people_search, "activate", G_CALLBACK (people_search_activate_cb), self);
  self->people_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->people_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->people_list), "boxed-list");
  g_signal_connect_swapped (self->people_list, "row-activated", G_CALLBACK (person_activated_cb), self);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_widget_set_size_request (scrolled, 320, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->people_list));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->people_search));
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (people_popover_show_cb), self);
  gtk_menu_button_set_popover (self->owner_button, popover);
}
