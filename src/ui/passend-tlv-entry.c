/* passend-tlv-entry.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-database-tlv.h"
#include "passend-tlv-entry.h"

void
passend_tlv_entry_update (GtkButton       *button,
                          PassendDatabase *database,
                          PassendStudent  *student)
{
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  PassendTlvRequest *current;

  g_return_if_fail (GTK_IS_BUTTON (button));

  if (database == NULL || student == NULL)
    return;

  requests = passend_database_list_tlv_requests (database, passend_student_get_id (student), &error);
  if (requests == NULL)
    {
      g_debug ("TLV requests of student %" G_GINT64_FORMAT " not listed: %s",
               passend_student_get_id (student), error->message);
      gtk_button_set_label (button, _("TLV"));
      return;
    }

  if (requests->len == 0)
    {
      gtk_button_set_label (button, _("New TLV Request"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (button),
                                   _("Start a request for a toelaatbaarheidsverklaring (Ctrl+Shift+T)"));
      return;
    }

  current = g_ptr_array_index (requests, 0);
  /* TRANSLATORS: the student page's TLV button, "TLV · Submitted". */
  label = g_strdup_printf (_("TLV · %s"), passend_tlv_state_get_label (passend_tlv_request_get_state (current)));
  gtk_button_set_label (button, label);
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), _("Open the TLV request (Ctrl+Shift+T)"));
}

PassendTlvWindow *
passend_tlv_entry_open (GtkWidget        *parent,
                        PassendDatabase  *database,
                        PassendStudent   *student,
                        GError          **error)
{
  g_autoptr(GPtrArray) requests = NULL;
  gint64 request_id;
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);
  g_return_val_if_fail (PASSEND_IS_STUDENT (student), NULL);

  requests = passend_database_list_tlv_requests (database, passend_student_get_id (student), error);
  if (requests == NULL)
    return NULL;

  if (requests->len > 0)
    request_id = passend_tlv_request_get_id (g_ptr_array_index (requests, 0));
  else
    {
      g_autoptr(PassendTlvRequest) request = NULL;

      request = passend_tlv_request_new (passend_student_get_id (student), PASSEND_TLV_KIND_VSO_CLUSTER_4);
      if (!passend_database_create_tlv_request (database, request, error))
        return NULL;
      request_id = passend_tlv_request_get_id (request);
    }

  root = gtk_widget_get_root (parent);
  return passend_tlv_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, database, request_id);
}
