/* passend-entry-versions.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-date.h"
#include "passend-entry-versions.h"

static GtkWidget *
create_version_row (PassendTimelineEntry *entry,
                    const char           *caption)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  const char *title = passend_timeline_entry_get_title (entry);
  g_autofree char *when = passend_unix_format (passend_timeline_entry_get_occurred_at (entry));
  g_autofree char *meta = g_strdup_printf (C_("timeline", "%s · %s"),
                                           passend_entry_kind_get_label (passend_timeline_entry_get_kind (entry)),
                                           when);
  GtkWidget *label;

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  label = gtk_label_new (caption);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "accent");
  gtk_box_append (GTK_BOX (box), label);

  label = gtk_label_new (title && title[0] ? title : passend_entry_kind_get_label (passend_timeline_entry_get_kind (entry)));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);

  label = gtk_label_new (meta);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  label = gtk_label_new (passend_timeline_entry_get_body (entry));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

/**
 * passend_entry_versions_window_new:
 * @parent: (nullable): the window it belongs to
 * @current: the entry as it is now
 * @versions: PassendEntryVersion, latest replaced first
 *
 * Returns: (transfer none): a window listing what the entry says now and
 *   every earlier version, not yet presented
 */
GtkWindow *
passend_entry_versions_window_new (GtkWindow            *parent,
                                   PassendTimelineEntry *current,
                                   GPtrArray            *versions)
{
  GtkWidget *window, *content, *scrolled, *clamp, *list;
  GtkEventController *shortcuts;

  g_return_val_if_fail (PASSEND_IS_TIMELINE_ENTRY (current), NULL);
  g_return_val_if_fail (versions != NULL, NULL);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), create_version_row (current, _("Now")));
  for (guint i = 0; i < versions->len; i++)
    {
      PassendEntryVersion *version = g_ptr_array_index (versions, i);
      g_autofree char *when = passend_unix_format (version->replaced_at);
      g_autofree char *caption = NULL;

      if (version->replaced_by != NULL && version->replaced_by[0] != '\0')
        /* TRANSLATORS: above an earlier version of an entry: when it was
         * replaced and by whom. */
        caption = g_strdup_printf (_("Until %s, changed by %s"), when, version->replaced_by);
      else
        caption = g_strdup_printf (_("Until %s"), when);
      gtk_list_box_append (GTK_LIST_BOX (list), create_version_row (version->entry, caption));
    }

  clamp = adw_clamp_new ();
  adw_clamp_set_child (ADW_CLAMP (clamp), list);
  gtk_widget_set_margin_top (clamp, 12);
  gtk_widget_set_margin_bottom (clamp, 12);
  gtk_widget_set_margin_start (clamp, 12);
  gtk_widget_set_margin_end (clamp, 12);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (content), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (content), scrolled);

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Earlier Versions"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 600);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  adw_window_set_content (ADW_WINDOW (window), content);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, shortcuts);
  return GTK_WINDOW (window);
}
