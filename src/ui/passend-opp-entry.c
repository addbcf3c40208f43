/* passend-opp-entry.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-database-opp.h"
#include "passend-opp-entry.h"

void
passend_opp_entry_update (GtkButton       *button,
                          PassendDatabase *database,
                          PassendStudent  *student)
{
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  PassendOppVersionInfo *current;

  g_return_if_fail (GTK_IS_BUTTON (button));

  if (database == NULL || student == NULL)
    return;

  versions = passend_database_list_opp_versions (database, passend_student_get_id (student), &error);
  if (versions == NULL)
    {
      g_debug ("OPP versions of student %" G_GINT64_FORMAT " not listed: %s",
               passend_student_get_id (student), error->message);
      gtk_button_set_label (button, _("OPP"));
      return;
    }

  if (versions->len == 0)
    {
      gtk_button_set_label (button, _("Create OPP"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (button), _("Start the student’s development plan (OPP)"));
      return;
    }

  current = g_ptr_array_index (versions, 0);
  /* TRANSLATORS: the student page's OPP button, "OPP 2 · Established". */
  label = g_strdup_printf (_("OPP %d · %s"), current->number, passend_opp_state_get_label (current->state));
  gtk_button_set_label (button, label);
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), _("Open the OPP (Ctrl+O)"));
}

PassendOppEditor *
passend_opp_entry_open (GtkWidget        *parent,
                        PassendDatabase  *database,
                        PassendStudent   *student,
                        GError          **error)
{
  g_autoptr(PassendOppDocument) current = NULL;
  g_autoptr(GError) local_error = NULL;
  GtkRoot *root;
  gint64 version_id = 0;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);
  g_return_val_if_fail (PASSEND_IS_STUDENT (student), NULL);

  /* One editor per student: a second Open brings the first forward. */
  {
    GListModel *toplevels = gtk_window_get_toplevels ();

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);
        PassendOppDocument *doc;

        if (!PASSEND_IS_OPP_EDITOR (window))
          continue;
        doc = passend_opp_editor_get_document (PASSEND_OPP_EDITOR (window));
        if (doc != NULL && doc->student_id == passend_student_get_id (student))
          return PASSEND_OPP_EDITOR (window);
      }
  }

  current = passend_database_load_current_opp (database, passend_student_get_id (student), &local_error);
  if (current != NULL)
    version_id = current->id;
  else if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  else if (!passend_database_create_opp (database, passend_student_get_id (student), &version_id, error))
    return NULL;

  root = gtk_widget_get_root (parent);
  return passend_opp_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, database, version_id);
}
