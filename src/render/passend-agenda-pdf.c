/* passend-agenda-pdf.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-agenda-pdf-private.h"

/* Dutch and not translated, like every printed document. The privacy
 * rules are not applied here: the store loads a partner's agenda with
 * only their items and without internal notes, so this file prints
 * everything it is given. */

static char *
format_invitees (PassendAgendaItem *item)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < item->invitees->len; i++)
    {
      PassendAgendaInvitee *invitee = g_ptr_array_index (item->invitees, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, invitee->name);
      if (invitee->role[0] != '\0' && g_strcmp0 (invitee->role, invitee->name) != 0)
        g_string_append_printf (text, " — %s", invitee->role);
      if (invitee->organisation[0] != '\0')
        g_string_append_printf (text, ", %s", invitee->organisation);
    }
  return g_string_free (text, FALSE);
}

static void
add_item (PassendPdfWriter  *writer,
          PassendAgenda     *agenda,
          PassendAgendaItem *item,
          guint              number)
{
  g_autofree char *slot = _passend_agenda_format_slot (item->starts_at, item->ends_at);
  g_autofree char *student = _passend_agenda_item_student (item);
  g_autofree char *heading = g_strdup_printf ("%u. %s  %s", number, slot, student);
  g_autofree char *invitees = format_invitees (item);
  const char *keys[] = { "Hulpvraag", "Uitgenodigd", "Voorbereiden" };
  const char *values[] = {
    item->question[0] != '\0' ? item->question : NULL,
    invitees[0] != '\0' ? invitees : NULL,
    item->documents[0] != '\0' ? item->documents : NULL,
  };

  /* An item reads as one block; a very long one still flows on. */
  passend_pdf_writer_begin_keep_together (writer);
  passend_pdf_writer_add_heading (writer, 2, heading);
  passend_pdf_writer_add_key_values (writer, keys, values, G_N_ELEMENTS (keys));

  if (passend_agenda_is_internal (agenda) && item->internal_note[0] != '\0')
    {
      g_autofree char *markup = g_markup_printf_escaped ("<span foreground=\"#555555\"><b>Interne notitie:</b> "
                                                         "<i>%s</i></span>",
                                                         item->internal_note);

      passend_pdf_writer_add_space (writer, 2);
      passend_pdf_writer_add_markup (writer, markup, NULL);
    }
  passend_pdf_writer_end_keep_together (writer);
  passend_pdf_writer_add_space (writer, 6);
}

static PassendPdfWriter *
build_agenda (PassendAgenda  *agenda,
              gint64          item_id,
              GError        **error)
{
  g_autoptr(PassendPdfWriter) writer = _passend_agenda_pdf_new_writer (agenda, "Agenda");

  _passend_agenda_pdf_add_header (writer, agenda, "Agenda");

  passend_pdf_writer_add_heading (writer, 1, "Leerlingen");
  if (agenda->items->len == 0)
    passend_pdf_writer_add_paragraph (writer, "Er staan nog geen leerlingen op de agenda.");
  for (guint i = 0; i < agenda->items->len; i++)
    add_item (writer, agenda, g_ptr_array_index (agenda->items, i), i + 1);

  return g_steal_pointer (&writer);
}

PassendPdfWriter *
passend_agenda_pdf_build (PassendAgenda  *agenda,
                          GError        **error)
{
  g_return_val_if_fail (agenda != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return build_agenda (agenda, 0, error);
}

gboolean
passend_agenda_pdf_write (PassendAgenda  *agenda,
                          const char     *path,
                          guint          *n_pages,
                          GCancellable   *cancellable,
                          GError        **error)
{
  g_return_val_if_fail (agenda != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _passend_agenda_pdf_write (build_agenda, agenda, 0, path, n_pages, cancellable, error);
}

void
passend_agenda_pdf_write_async (PassendAgenda       *agenda,
                                const char          *path,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (agenda != NULL);
  g_return_if_fail (path != NULL);

  _passend_agenda_pdf_write_async (build_agenda, passend_agenda_pdf_write_async, agenda, 0, path,
                                   cancellable, callback, user_data);
}

gboolean
passend_agenda_pdf_write_finish (GAsyncResult  *result,
                                 guint         *n_pages,
                                 GError       **error)
{
  return _passend_agenda_pdf_write_finish (result, passend_agenda_pdf_write_async, n_pages, error);
}
