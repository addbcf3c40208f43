/* passend-opp-versions.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-opp-editor-private.h"

/* Every version of the student's OPP, each openable (and so printable),
 * beside what changed in the version shown since the last established
 * one, before and after side by side. */

static void
open_clicked_cb (GtkButton        *button,
                 PassendOppEditor *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "passend-opp-version"));

  _passend_opp_editor_open_version (self, id);
  _passend_opp_editor_show_page (self, PASSEND_OPP_PAGE_VERSIONS, NULL);
}

static GtkWidget *
build_version_list (PassendOppEditor *self)
{
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Versions"));
  versions = passend_database_list_opp_versions (self->database, self->document->student_id, &error);
  if (versions == NULL)
    {
      _passend_opp_editor_report (self, _("Could not list the versions"), error);
      return group;
    }

  for (guint i = 0; i < versions->len; i++)
    {
      PassendOppVersionInfo *info = g_ptr_array_index (versions, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf (_("Version %d"), info->number);
      g_autofree char *subtitle = NULL;

      if (info->content_sha256 != NULL)
        {
          g_autofree char *date = passend_day_format (info->established_on);
          g_autofree char *hash = passend_opp_short_hash (info->content_sha256);

          /* TRANSLATORS: "Established · Mon 4 Jan 2027 · 3fa9c0e1b2d4". */
          subtitle = g_strdup_printf (_("%s · %s · %s"), passend_opp_state_get_label (info->state), date, hash);
        }
      else
        subtitle = g_strdup (passend_opp_state_get_label (info->state));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

      if (info->id == self->document->id)
        {
          GtkWidget *shown = gtk_label_new (_("Shown"));

          gtk_widget_add_css_class (shown, "dim-label");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), shown);
        }
      else
        {
          GtkWidget *open = gtk_button_new_with_label (_("Open"));

          gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
          g_object_set_data (G_OBJECT (open), "passend-opp-version", GSIZE_TO_POINTER (info->id));
          g_signal_connect_object (open, "clicked", G_CALLBACK (open_clicked_cb), self, 0);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), open);
        }

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  return group;
}

static GtkWidget *
side_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text[0] != '\0' ? text : "—");

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
build_changes (PassendOppEditor *self)
{
  g_autoptr(PassendOppDocument) before = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *grid;

  before = passend_database_load_previous_established_opp (self->database, self->document->id, &error);
  if (before == NULL)
    {
      if (error != NULL)
        _passend_opp_editor_report (self, _("Could not load the established version"), error);
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Changes"));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             _("No earlier version was established: there is nothing to compare "
                                               "with."));
      return group;
    }

  /* TRANSLATORS: "Changes Since Version 1", the last established one. */
  title = g_strdup_printf (_("Changes Since Version %d"), before->number);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);

  changes = passend_opp_diff (before, self->document);
  if (changes->len == 0)
    {
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), _("Nothing changed."));
      return group;
    }

  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  {
    g_autofree char *before_title = g_strdup_printf (_("Version %d"), before->number);
    g_autofree char *after_title = g_strdup_printf (_("Version %d"), self->document->number);
    GtkWidget *left = gtk_label_new (before_title);
    GtkWidget *right = gtk_label_new (after_title);

    gtk_widget_add_css_class (left, "heading");
    gtk_widget_add_css_class (right, "heading");
    gtk_grid_attach (GTK_GRID (grid), left, 0, 0, 1, 1);
    gtk_grid_attach (GTK_GRID (grid), right, 1, 0, 1, 1);
  }

  for (guint i = 0; i < changes->len; i++)
    {
      PassendOppChange *change = g_ptr_array_index (changes, i);
      GtkWidget *label = gtk_label_new (change->label);
      int row = 1 + 2 * i;

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_margin_top (label, i > 0 ? 6 : 0);
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_grid_attach (GTK_GRID (grid), label, 0, row, 2, 1);
      gtk_grid_attach (GTK_GRID (grid), side_label (change->before, "opp-diff-before"), 0, row + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), side_label (change->after, "opp-diff-after"), 1, row + 1, 1, 1);
    }

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), grid);
  return group;
}

void
_passend_opp_build_versions (PassendOppEditor *self,
                             GtkWidget        *box)
{
  gtk_box_append (GTK_BOX (box), build_version_list (self));
  gtk_box_append (GTK_BOX (box), build_changes (self));
}
