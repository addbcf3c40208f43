/* passend-minutes-pdf.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-agenda-pdf-private.h"
#include "passend-minutes-pdf.h"

/* The verslag is Dutch and not translated, like every printed document;
 * only the error message is for the coordinator's screen. As with the
 * agenda, a partner's version holds only what the store loaded for them. */

static void
add_decisions (PassendPdfWriter  *writer,
               PassendAgendaItem *item)
{
  if (item->decisions->len == 0)
    return;

  passend_pdf_writer_begin_keep_together (writer);
  passend_pdf_writer_add_markup (writer, "<b>Besluiten</b>", NULL);
  for (guint i = 0; i < item->decisions->len; i++)
    {
      PassendAgendaDecision *decision = g_ptr_array_index (item->decisions, i);
      g_autoptr(GString) markup = g_string_new (NULL);
      g_autofree char *body = g_markup_escape_text (decision->body, -1);

      /* Deciding not to act must read as a weighed decision, not as a
       * decision that was forgotten. */
      if (decision->no_action)
        g_string_append_printf (markup, "• <b>Besloten geen actie te ondernemen:</b> %s", body);
      else
        g_string_append_printf (markup, "• %s", body);
      if (decision->rationale[0] != '\0')
        {
          g_autofree char *rationale = g_markup_escape_text (decision->rationale, -1);

          g_string_append_printf (markup, "\n   <span foreground=\"#555555\"><i>Onderbouwing:</i> %s</span>",
                                  rationale);
        }
      passend_pdf_writer_add_markup (writer, markup->str, NULL);
      /* The label stays with the first decision only. */
      if (i == 0)
        passend_pdf_writer_end_keep_together (writer);
    }
}

static void
add_actions (PassendPdfWriter  *writer,
             PassendAgendaItem *item)
{
  static const double widths[] = { 5, 3, 2 };
  static const char * const header[] = { "Wat", "Wie", "Wanneer" };

  if (item->actions->len == 0)
    return;

  /* A few rows: the label and the whole table stay together. */
  passend_pdf_writer_begin_keep_together (writer);
  passend_pdf_writer_add_markup (writer, "<b>Afspraken</b>", NULL);
  passend_pdf_writer_begin_table (writer, G_N_ELEMENTS (widths), widths);
  passend_pdf_writer_add_table_header (writer, header);
  for (guint i = 0; i < item->actions->len; i++)
    {
      PassendAgendaAction *action = g_ptr_array_index (item->actions, i);
      g_autofree char *due = _passend_agenda_format_day (action->due_on);
      g_autofree char *done = _passend_agenda_format_day (action->done_on);
      g_autofree char *when = NULL;
      const char *cells[3];

      if (action->done_on != PASSEND_DAY_NONE)
        when = due[0] != '\0' ? g_strdup_printf ("%s\n(afgerond %s)", due, done)
                              : g_strdup_printf ("afgerond %s", done);
      else
        when = g_strdup (due[0] != '\0' ? due : "geen datum");

      cells[0] = action->what;
      cells[1] = action->owner[0] != '\0' ? action->owner : "nog niet bepaald";
      cells[2] = when;
      passend_pdf_writer_add_table_row (writer, cells);
    }
  passend_pdf_writer_end_table (writer);
  passend_pdf_writer_end_keep_together (writer);
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

  /* A heading or a label never ends a page without its text. */
  passend_pdf_writer_begin_keep_together (writer);
  passend_pdf_writer_add_heading (writer, 2, heading);
  _passend_agenda_pdf_add_labelled (writer, "Hulpvraag", item->question);
  passend_pdf_writer_end_keep_together (writer);

  passend_pdf_writer_begin_keep_together (writer);
  passend_pdf_writer_add_markup (writer, "<b>Verslag</b>", NULL);
  passend_pdf_writer_add_paragraph (writer, item->minutes[0] != '\0' ? item->minutes
                                                                      : "Geen verslag vastgelegd.");
  passend_pdf_writer_end_keep_together (writer);
  add_decisions (writer, item);
  add_actions (writer, item);

  if (passend_agenda_is_internal (agenda) && item->internal_note[0] != '\0')
    {
      g_autofree char *markup = g_markup_printf_escaped ("<span foreground=\"#555555\"><b>Interne notitie:</b> "
                                                         "<i>%s</i></span>",
                                                         item->internal_note);

      passend_pdf_writer_add_markup (writer, markup, NULL);
    }
  passend_pdf_writer_add_space (writer, 8);
}

static PassendPdfWriter *
build_minutes (PassendAgenda  *agenda,
               gint64          item_id,
               GError        **error)
{
  g_autoptr(PassendPdfWriter) writer = NULL;
  PassendAgendaItem *only = NULL;

  if (item_id != 0)
    {
      only = passend_agenda_find_item (agenda, item_id);
      if (only == NULL)
        {
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, item_id);

          if (passend_agenda_is_internal (agenda))
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                         _("Item %s is not on the agenda of this meeting."), id);
          else
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                         _("Item %s is not on the agenda of %s."), id, agenda->partner_name);
          return NULL;
        }
    }

  writer = _passend_agenda_pdf_new_writer (agenda, "Verslag");
  _passend_agenda_pdf_add_header (writer, agenda, "Verslag");
  passend_pdf_writer_add_heading (writer, 1, "Besproken leerlingen");

  for (guint i = 0; i < agenda->items->len; i++)
    {
      PassendAgendaItem *item = g_ptr_array_index (agenda->items, i);

      if (only == NULL || item == only)
        add_item (writer, agenda, item, i + 1);
    }
  if (agenda->items->len == 0)
    passend_pdf_writer_add_paragraph (writer, "Er zijn geen leerlingen besproken.");

  return g_steal_pointer (&writer);
}

PassendPdfWriter *
passend_minutes_pdf_build (PassendAgenda  *agenda,
                           gint64          item_id,
                           GError        **error)
{
  g_return_val_if_fail (agenda != NULL, NULL);
  g_return_val_if_fail (item_id >= 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return build_minutes (agenda, item_id, error);
}

gboolean
passend_minutes_pdf_write (PassendAgenda  *agenda,
                           gint64          item_id,
                           const char     *path,
                           guint          *n_pages,
                           GCancellable   *cancellable,
                           GError        **error)
{
  g_return_val_if_fail (agenda != NULL, FALSE);
  g_return_val_if_fail (item_id >= 0, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _passend_agenda_pdf_write (build_minutes, agenda, item_id, path, n_pages, cancellable, error);
}

void
passend_minutes_pdf_write_async (PassendAgenda       *agenda,
                                 gint64               item_id,
                                 const char          *path,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (agenda != NULL);
  g_return_if_fail (path != NULL);

  _passend_agenda_pdf_write_async (build_minutes, passend_minutes_pdf_write_async, agenda, item_id, path,
                                   cancellable, callback, user_data);
}

gboolean
passend_minutes_pdf_write_finish (GAsyncResult  *result,
                                  guint         *n_pages,
                                  GError       **error)
{
  return _passend_agenda_pdf_write_finish (result, passend_minutes_pdf_write_async, n_pages, error);
}
