/* passend-tlv-checklist.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-tlv-window-private.h"
#include "passend-ui-util.h"

/* The Checklist page: every item of the SWV's list with its state at a
 * glance and the parts that satisfy it, in dossier order. */

typedef enum
{
  ITEM_SATISFIED,
  ITEM_MISSING,
  ITEM_NOT_REQUIRED,
} ItemState;

static GtkWidget *
icon_button (const char *icon_name,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  return button;
}

gboolean
_passend_tlv_window_add_file_part (PassendTlvWindow *self,
                                   gint64            item_id,
                                   GFile            *file,
                                   GError          **error)
{
  g_autoptr(PassendTlvPart) part = NULL;
  g_autoptr(GBytes) content = NULL;
  g_autofree char *name = NULL;
  g_autofree char *type = NULL;

  content = _passend_tlv_read_file (file, &name, &type, error);
  if (content == NULL)
    return FALSE;

  part = passend_tlv_part_new (PASSEND_TLV_PART_FILE, 0);
  passend_tlv_part_set_request_id (part, passend_tlv_request_get_id (self->request));
  passend_tlv_part_set_checklist_item_id (part, item_id);
  passend_tlv_part_set_file_name (part, name);
  passend_tlv_part_set_media_type (part, type);
  if (!passend_database_add_tlv_part (self->database, part, content, error))
    return FALSE;

  _passend_tlv_window_checklist_load (self);
  return TRUE;
}

static void
file_chosen_cb (PassendTlvWindow *self,
                GFile            *file,
                gpointer          user_data)
{
  g_autoptr(GError) error = NULL;

  if (!_passend_tlv_window_add_file_part (self, *(gint64 *) user_data, file, &error))
    _passend_tlv_window_error (self, _("Could not add the file"), error);
}

static void
add_file_clicked_cb (GtkButton        *button,
                     PassendTlvWindow *self)
{
  gint64 *item_id = g_new (gint64, 1);

  *item_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "item-id"));
  _passend_tlv_window_choose_file (self, _("Add File to the Dossier"), file_chosen_cb, item_id, g_free);
}

static void
pick_clicked_cb (GtkButton        *button,
                 PassendTlvWindow *self)
{
  _passend_tlv_window_pick_parts (self, g_object_get_data (G_OBJECT (button), "item"));
}

static void
remove_part_clicked_cb (GtkButton        *button,
                        PassendTlvWindow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 part_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "part-id"));

  if (!passend_database_remove_tlv_part (self->database, part_id, &error))
    _passend_tlv_window_error (self, _("Could not remove the part"), error);
  _passend_tlv_window_checklist_load (self);
}

static void
move_part_clicked_cb (GtkButton        *button,
                      PassendTlvWindow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 part_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "part-id"));
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "position"));

  if (!passend_database_move_tlv_part (self->database, part_id, position, &error))
    _passend_tlv_window_error (self, _("Could not move the part"), error);
  _passend_tlv_window_checklist_load (self);
}

static void
view_part_clicked_cb (GtkButton        *button,
                      PassendTlvWindow *self)
{
  PassendTlvPart *part = g_object_get_data (G_OBJECT (button), "part");

  _passend_tlv_window_view_blob (self, passend_tlv_part_get_sha256 (part),
                                 passend_tlv_part_get_file_name (part),
                                 passend_tlv_part_get_media_type (part));
}

static GtkWidget *
part_row (PassendTlvWindow *self,
          PassendTlvPart   *part,
          guint             index,
          guint             n_parts,
          gboolean          editable)
{
  g_autofree char *day = passend_day_format (passend_tlv_part_get_day (part));
  g_autofree char *subtitle = NULL;
  PassendTlvPartKind kind = passend_tlv_part_get_kind (part);
  gint64 id = passend_tlv_part_get_id (part);
  GtkWidget *row, *button;

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), passend_tlv_part_get_title (part));
  subtitle = day[0] != '\0'
             ? g_strdup_printf (_("%s · %s"), passend_tlv_part_kind_get_label (kind), day)
             : g_strdup (passend_tlv_part_kind_get_label (kind));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (kind == PASSEND_TLV_PART_ATTACHMENT || kind == PASSEND_TLV_PART_FILE)
    {
      button = icon_button ("x-office-document-symbolic", _("View"));
      g_object_set_data_full (G_OBJECT (button), "part", g_object_ref (part), g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (view_part_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  if (!editable)
    return row;

  button = icon_button ("go-up-symbolic", _("Move Up"));
  gtk_widget_set_sensitive (button, index > 0);
  g_object_set_data (G_OBJECT (button), "part-id", GSIZE_TO_POINTER (id));
  g_object_set_data (G_OBJECT (button), "position", GUINT_TO_POINTER (index > 0 ? index - 1 : 0));
  g_signal_connect_object (button, "clicked", G_CALLBACK (move_part_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  button = icon_button ("go-down-symbolic", _("Move Down"));
  gtk_widget_set_sensitive (button, index + 1 < n_parts);
  g_object_set_data (G_OBJECT (button), "part-id", GSIZE_TO_POINTER (id));
  g_object_set_data (G_OBJECT (button), "position", GUINT_TO_POINTER (index + 1));
  g_signal_connect_object (button, "clicked", G_CALLBACK (move_part_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  button = icon_button ("list-remove-symbolic", _("Remove from the Dossier"));
  g_object_set_data (G_OBJECT (button), "part-id", GSIZE_TO_POINTER (id));
  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_part_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static GtkWidget *
item_row (PassendTlvWindow        *self,
          PassendTlvChecklistItem *item,
          GPtrArray               *parts,
          PassendTlvProblem       *problem,
          gboolean                 editable,
          ItemState               *state_out)
{
  g_autofree char *subtitle = NULL;
  gint64 item_id = passend_tlv_checklist_item_get_id (item);
  GtkWidget *row, *icon, *button;
  ItemState state;
  const char *icon_name;

  if (problem != NULL)
    state = ITEM_MISSING;
  else if (parts->len > 0 || passend_tlv_checklist_item_get_required (item))
    state = ITEM_SATISFIED;
  else
    state = ITEM_NOT_REQUIRED;
  *state_out = state;

  switch (state)
    {
    case ITEM_MISSING:
      subtitle = g_strdup (passend_tlv_problem_get_message (problem));
      icon_name = "dialog-warning-symbolic";
      break;
    case ITEM_SATISFIED:
      /* The signature item may be satisfied by the OPP's recorded
       * signatures without a part of its own. */
      subtitle = parts->len > 0
                 ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Satisfied · %u part", "Satisfied · %u parts",
                                                 parts->len), parts->len)
                 : g_strdup (_("Satisfied by the signatures on the OPP"));
      icon_name = "emblem-ok-symbolic";
      break;
    case ITEM_NOT_REQUIRED:
    default:
      subtitle = g_strdup (_("Not required"));
      icon_name = "list-remove-symbolic";
      break;
    }

  row = adw_expander_row_new ();
  gtk_widget_set_name (row, passend_tlv_checklist_item_get_code (item));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), passend_tlv_checklist_item_get_label (item));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), parts->len > 0);
  icon = gtk_image_new_from_icon_name (icon_name);
  gtk_widget_add_css_class (icon, state == ITEM_MISSING ? "warning" : state == ITEM_SATISFIED ? "success" : "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, subtitle, -1);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), icon);

  if (editable)
    {
      button = gtk_button_new_with_mnemonic (passend_tlv_checklist_item_get_source (item) == PASSEND_TLV_SOURCE_OPP
                                             ? _("_Pick OPP…") : _("_Pick…"));
      gtk_widget_set_tooltip_text (button, _("Pick from what Passend already has"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_name (button, "pick");
      g_object_set_data_full (G_OBJECT (button), "item", g_object_ref (item), g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (pick_clicked_cb), self, 0);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);
      if (passend_tlv_checklist_item_get_source (item) != PASSEND_TLV_SOURCE_OPP)
        {
          button = icon_button ("document-open-symbolic", _("Add a File…"));
          g_object_set_data (G_OBJECT (button), "item-id", GSIZE_TO_POINTER (item_id));
          g_signal_connect_object (button, "clicked", G_CALLBACK (add_file_clicked_cb), self, 0);
          adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);
        }
    }

  for (guint i = 0; i < parts->len; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), part_row (self, g_ptr_array_index (parts, i), i, parts->len, editable));
  if (parts->len == 0)
    {
      GtkWidget *empty = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (empty), _("Nothing added yet"));
      gtk_widget_add_css_class (empty, "dim-label");
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), empty);
    }

  return row;
}

void
_passend_tlv_window_checklist_load (PassendTlvWindow *self)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  gint64 id = passend_tlv_request_get_id (self->request);
  guint n_satisfied = 0, n_counted = 0, n_missing = 0;
  gboolean editable = _passend_tlv_window_is_editable (self);

  _passend_tlv_clear_list (self->checklist_list);

  items = passend_database_list_tlv_checklist_for_request (self->database, id, &error);
  if (items != NULL)
    parts = passend_database_list_tlv_parts (self->database, id, 0, &error);
  if (parts != NULL)
    problems = passend_database_check_tlv_request (self->database, id, &error);
  if (problems == NULL)
    {
      _passend_tlv_window_error (self, _("Could not load the checklist"), error);
      return;
    }

  for (guint i = 0; i < items->len; i++)
    {
      PassendTlvChecklistItem *item = g_ptr_array_index (items, i);
      gint64 item_id = passend_tlv_checklist_item_get_id (item);
      g_autoptr(GPtrArray) item_parts = g_ptr_array_new ();
      PassendTlvProblem *problem = NULL;
      ItemState state;

      if (passend_tlv_checklist_item_get_archived (item))
        continue;

      for (guint j = 0; j < parts->len; j++)
        if (passend_tlv_part_get_checklist_item_id (g_ptr_array_index (parts, j)) == item_id)
          g_ptr_array_add (item_parts, g_ptr_array_index (parts, j));
      for (guint j = 0; j < problems->len && problem == NULL; j++)
        {
          PassendTlvProblem *candidate = g_ptr_array_index (problems, j);

          if (passend_tlv_problem_get_checklist_item_id (candidate) == item_id &&
              !passend_tlv_problem_is_warning (candidate))
            problem = candidate;
        }

      gtk_list_box_append (self->checklist_list, item_row (self, item, item_parts, problem, editable, &state));
      if (state == ITEM_NOT_REQUIRED)
        continue;
      n_counted++;
      if (state == ITEM_SATISFIED)
        n_satisfied++;
      else
        {
          g_string_append_printf (missing, "%s%s", n_missing > 0 ? ", " : "", passend_tlv_checklist_item_get_label (item));
          n_missing++;
        }
    }

  if (n_missing == 0)
    /* TRANSLATORS: the checklist's summary: "All 8 required items are satisfied". */
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The %u required item is satisfied",
                                                "All %u required items are satisfied", n_counted), n_counted);
  else
    /* TRANSLATORS: "5 of 8 required items satisfied. Missing: VPI, Onderzoeksverslagen". */
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u required item satisfied. Missing: %s",
                                                "%u of %u required items satisfied. Missing: %s", n_counted),
                                   n_satisfied, n_counted, missing->str);
  adw_preferences_group_set_description (self->checklist_group, description);
  gtk_widget_set_name (GTK_WIDGET (self->checklist_group), n_missing == 0 ? "complete" : "incomplete");
}
