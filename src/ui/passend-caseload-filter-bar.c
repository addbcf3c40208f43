/* passend-caseload-filter-bar.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "passend-caseload-filter-bar.h"
#include "passend-wrap-box.h"

/* Long lists (classes, mentors) get a search field in their popover. */
#define SEARCH_THRESHOLD 10

struct _PassendCaseloadFilterBar
{
  AdwBin                 parent_instance;

  GtkWidget             *wrap_box;
  GtkMenuButton         *chips[PASSEND_CASELOAD_N_FILTER_KINDS];
  GtkLabel              *chip_labels[PASSEND_CASELOAD_N_FILTER_KINDS];
  GtkListBox            *lists[PASSEND_CASELOAD_N_FILTER_KINDS];
  GtkSearchEntry        *searches[PASSEND_CASELOAD_N_FILTER_KINDS];
  GtkToggleButton       *attention_button;
  GtkDropDown           *cases_dropdown;
  GtkButton             *clear_button;

  /* Unowned, see passend_caseload_filter_bar_bind() */
  PassendCaseloadFilter *filter;
  PassendCaseloadIndex  *index;

  gboolean               syncing;
};

G_DEFINE_FINAL_TYPE (PassendCaseloadFilterBar, passend_caseload_filter_bar, ADW_TYPE_BIN)

static const char *
short_value (PassendCaseloadFilterBar  *self,
             PassendCaseloadFilterKind  kind,
             const char                *key)
{
  /* Levels, phases and years are known by their number. */
  if (kind <= PASSEND_CASELOAD_FILTER_YEAR || self->index == NULL)
    return key;

  for (guint v = 0; v < _passend_caseload_index_get_n_values (self->index, kind); v++)
    {
      if (g_strcmp0 (_passend_caseload_index_get_value_key (self->index, kind, v), key) == 0)
        return _passend_caseload_index_get_value_label (self->index, kind, v);
    }

  return key;
}

static void
sync_chip (PassendCaseloadFilterBar  *self,
           PassendCaseloadFilterKind  kind)
{
  const char * const *selected = _passend_caseload_filter_get_selected (self->filter, kind);
  const char *title = _passend_caseload_filter_kind_get_title (kind);
  guint n = g_strv_length ((char **) selected);
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (title);
  else if (n == 1)
    /* TRANSLATORS: a filter chip with its one choice: "Class: 2H1". */
    text = g_strdup_printf (C_("filter chip", "%s: %s"), title, short_value (self, kind, selected[0]));
  else
    /* TRANSLATORS: a filter chip with several choices: "Class: 2H1 +2". */
    text = g_strdup_printf (C_("filter chip", "%s: %s +%u"), title,
                            short_value (self, kind, selected[0]), n - 1);

  gtk_label_set_text (self->chip_labels[kind], text);
  if (n > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->chip_labels[kind]), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->chip_labels[kind]), "accent");
}

void
passend_caseload_filter_bar_sync (PassendCaseloadFilterBar *self)
{
  g_return_if_fail (PASSEND_IS_CASELOAD_FILTER_BAR (self));

  if (self->filter == NULL)
    return;

  self->syncing = TRUE;
  for (guint kind = 0; kind < PASSEND_CASELOAD_N_FILTER_KINDS; kind++)
    sync_chip (self, kind);
  gtk_toggle_button_set_active (self->attention_button,
                                _passend_caseload_filter_get_attention (self->filter));
  gtk_drop_down_set_selected (self->cases_dropdown, _passend_caseload_filter_get_cases (self->filter));
  gtk_widget_set_sensitive (GTK_WIDGET (self->clear_button),
                            _passend_caseload_filter_count_active (self->filter) > 0);
  self->syncing = FALSE;
}

void
passend_caseload_filter_bar_bind (PassendCaseloadFilterBar *self,
                                  PassendCaseloadFilter    *filter,
                                  PassendCaseloadIndex     *index)
{
  g_return_if_fail (PASSEND_IS_CASELOAD_FILTER_BAR (self));

  self->filter = filter;
  self->index = index;
  passend_caseload_filter_bar_sync (self);
}

/* Popovers */

static void
value_toggled_cb (PassendCaseloadFilterBar *self,
                  GtkCheckButton           *check)
{
  PassendCaseloadFilterKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "kind"));
  const char *key = g_object_get_data (G_OBJECT (check), "key");

  if (self->syncing)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "caseload.set-filter", "(ssb)",
                              _passend_caseload_filter_kind_to_key (kind), key,
                              gtk_check_button_get_active (check));
}

static GtkWidget *
create_value_row (PassendCaseloadFilterBar  *self,
                  PassendCaseloadFilterKind  kind,
                  guint                      value)
{
  const char *key = _passend_caseload_index_get_value_key (self->index, kind, value);
  const char *label = _passend_caseload_index_get_value_label (self->index, kind, value);
  guint count = _passend_caseload_index_get_value_count (self->index, kind, value);
  g_autofree char *count_text = g_strdup_printf ("%u", count);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *check = gtk_check_button_new_with_label (label);
  GtkWidget *count_label = gtk_label_new (count_text);
  GtkWidget *row = gtk_list_box_row_new ();

  g_object_set_data_full (G_OBJECT (check), "key", g_strdup (key), g_free);
  g_object_set_data (G_OBJECT (check), "kind", GUINT_TO_POINTER (kind));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               _passend_caseload_filter_is_selected (self->filter, kind, key));
  gtk_widget_set_hexpand (check, TRUE);
  g_signal_connect_object (check, "toggled", G_CALLBACK (value_toggled_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_add_css_class (count_label, "dim-label");
  gtk_widget_add_css_class (count_label, "numeric");
  gtk_widget_set_tooltip_text (count_label, _("Students with this value, all cases"));
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), count_label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "folded-label", g_utf8_casefold (label, -1), g_free);

  return row;
}

static void
fill_list (PassendCaseloadFilterBar  *self,
           PassendCaseloadFilterKind  kind)
{
  GtkListBox *list = self->lists[kind];
  guint n_values = self->index ? _passend_caseload_index_get_n_values (self->index, kind) : 0;
  GtkWidget *child;

  self->syncing = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
  for (guint v = 0; v < n_values; v++)
    gtk_list_box_append (list, create_value_row (self, kind, v));
  self->syncing = FALSE;

  gtk_widget_set_visible (GTK_WIDGET (self->searches[kind]), n_values > SEARCH_THRESHOLD);
  gtk_editable_set_text (GTK_EDITABLE (self->searches[kind]), "");
}

static void
popover_show_cb (PassendCaseloadFilterBar *self,
                 GtkPopover               *popover)
{
  PassendCaseloadFilterKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (popover), "kind"));

  /* Built when opened: the values and counts follow the latest load. */
  fill_list (self, kind);
  if (gtk_widget_get_visible (GTK_WIDGET (self->searches[kind])))
    gtk_widget_grab_focus (GTK_WIDGET (self->searches[kind]));
}

static gboolean
row_matches_search (GtkListBoxRow *row,
                    gpointer       user_data)
{
  GtkEditable *search = user_data;
  const char *text = gtk_editable_get_text (search);
  const char *folded_label = g_object_get_data (G_OBJECT (row), "folded-label");
  g_autofree char *folded_text = NULL;

  if (text[0] == '\0')
    return TRUE;

  folded_text = g_utf8_casefold (text, -1);
  return folded_label != NULL && strstr (folded_label, folded_text) != NULL;
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   GtkListBox     *list)
{
  gtk_list_box_invalidate_filter (list);
}

static GtkWidget *
create_chip (PassendCaseloadFilterBar  *self,
             PassendCaseloadFilterKind  kind)
{
  GtkWidget *chip = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *search = gtk_search_entry_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *chip_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("pan-down-symbolic");

  gtk_box_append (GTK_BOX (chip_box), label);
  gtk_box_append (GTK_BOX (chip_box), arrow);
  gtk_menu_button_set_child (GTK_MENU_BUTTON (chip), chip_box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (chip), popover);
  gtk_widget_set_tooltip_text (chip, _passend_caseload_filter_kind_get_title (kind));

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_list_box_set_filter_func (GTK_LIST_BOX (list), row_matches_search, search, NULL);
  g_signal_connect_object (search, "search-changed", G_CALLBACK (search_changed_cb), list, 0);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_box_append (GTK_BOX (box), search);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_widget_set_size_request (box, 280, -1);
  gtk_popover_set_child (GTK_POPOVER (popover), box);

  g_object_set_data (G_OBJECT (popover), "kind", GUINT_TO_POINTER (kind));
  g_signal_connect_object (popover, "show", G_CALLBACK (popover_show_cb), self, G_CONNECT_SWAPPED);

  self->chips[kind] = GTK_MENU_BUTTON (chip);
  self->chip_labels[kind] = GTK_LABEL (label);
  self->lists[kind] = GTK_LIST_BOX (list);
  self->searches[kind] = GTK_SEARCH_ENTRY (search);
  return chip;
}

static void
attention_toggled_cb (PassendCaseloadFilterBar *self,
                      GtkToggleButton          *button)
{
  if (self->syncing)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "caseload.set-attention", "b",
                              gtk_toggle_button_get_active (button));
}

static void
cases_selected_cb (PassendCaseloadFilterBar *self,
                   GParamSpec               *pspec,
                   GtkDropDown              *dropdown)
{
  static const char * const cases[] = { "active", "closed", "all" };
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->syncing || selected >= G_N_ELEMENTS (cases))
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "caseload.set-cases", "s", cases[selected]);
}

static void
passend_caseload_filter_bar_class_init (PassendCaseloadFilterBarClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_css_name (widget_class, "caseloadfilterbar");
}

static void
passend_caseload_filter_bar_init (PassendCaseloadFilterBar *self)
{
  const char *cases[] = { _("Active Cases"), _("Closed Cases"), _("All Cases"), NULL };
  g_autoptr(GtkStringList) case_names = gtk_string_list_new (cases);
  GtkWidget *attention;
  GtkWidget *dropdown;
  GtkWidget *clear;

  self->wrap_box = passend_wrap_box_new ();
  passend_wrap_box_set_child_spacing (PASSEND_WRAP_BOX (self->wrap_box), 6);
  passend_wrap_box_set_line_spacing (PASSEND_WRAP_BOX (self->wrap_box), 6);
  gtk_widget_set_margin_start (self->wrap_box, 12);
  gtk_widget_set_margin_end (self->wrap_box, 12);
  gtk_widget_set_margin_top (self->wrap_box, 6);
  gtk_widget_set_margin_bottom (self->wrap_box, 6);

  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&case_names)), NULL);
  gtk_widget_set_tooltip_text (dropdown, _("Which cases to show"));
  self->cases_dropdown = GTK_DROP_DOWN (dropdown);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (cases_selected_cb),
                           self, G_CONNECT_SWAPPED);
  passend_wrap_box_append (PASSEND_WRAP_BOX (self->wrap_box), dropdown);

  attention = gtk_toggle_button_new_with_label (_("Needs Attention"));
  gtk_widget_set_tooltip_text (attention, _("Only students with a deadline that is overdue or coming soon"));
  self->attention_button = GTK_TOGGLE_BUTTON (attention);
  g_signal_connect_object (attention, "toggled", G_CALLBACK (attention_toggled_cb),
                           self, G_CONNECT_SWAPPED);
  passend_wrap_box_append (PASSEND_WRAP_BOX (self->wrap_box), attention);

  for (guint kind = 0; kind < PASSEND_CASELOAD_N_FILTER_KINDS; kind++)
    passend_wrap_box_append (PASSEND_WRAP_BOX (self->wrap_box), create_chip (self, kind));

  clear = gtk_button_new_with_mnemonic (_("_Clear Filters"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (clear), "caseload.clear-filters");
  gtk_widget_add_css_class (clear, "flat");
  self->clear_button = GTK_BUTTON (clear);
  passend_wrap_box_append (PASSEND_WRAP_BOX (self->wrap_box), clear);

  adw_bin_set_child (ADW_BIN (self), self->wrap_box);
}

GtkWidget *
passend_caseload_filter_bar_new (void)
{
  return g_object_new (PASSEND_TYPE_CASELOAD_FILTER_BAR, NULL);
}
