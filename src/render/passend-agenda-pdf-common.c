/* passend-agenda-pdf-common.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-agenda-pdf-private.h"

/* Everything this file prints is Dutch and deliberately not translated:
 * agendas and verslagen go to Dutch parents and partners, whatever
 * language the coordinator's desktop speaks. */

#define LOGO_HEIGHT 42.0

static const char * const weekday_names[] = {
  "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
};

static const char * const month_names[] = {
  "januari", "februari", "maart", "april", "mei", "juni",
  "juli", "augustus", "september", "oktober", "november", "december",
};

static const char * const short_month_names[] = {
  "jan.", "feb.", "mrt.", "apr.", "mei", "jun.",
  "jul.", "aug.", "sep.", "okt.", "nov.", "dec.",
};

char *
_passend_agenda_format_long_date (gint64 unix_seconds)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (unix_seconds);

  if (local == NULL)
    return g_strdup ("");
  return g_strdup_printf ("%s %d %s %d",
                          weekday_names[g_date_time_get_day_of_week (local) - 1],
                          g_date_time_get_day_of_month (local),
                          month_names[g_date_time_get_month (local) - 1],
                          g_date_time_get_year (local));
}

char *
_passend_agenda_format_slot (gint64 starts_at,
                             gint64 ends_at)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_unix_local (starts_at);
  g_autoptr(GDateTime) end = g_date_time_new_from_unix_local (ends_at);

  if (start == NULL || end == NULL)
    return g_strdup ("");
  if (ends_at <= starts_at)
    return g_strdup_printf ("vanaf %02d:%02d", g_date_time_get_hour (start), g_date_time_get_minute (start));
  return g_strdup_printf ("%02d:%02d – %02d:%02d",
                          g_date_time_get_hour (start), g_date_time_get_minute (start),
                          g_date_time_get_hour (end), g_date_time_get_minute (end));
}

char *
_passend_agenda_format_day (PassendDay day)
{
  int y, m, d;

  if (day == PASSEND_DAY_NONE)
    return g_strdup ("");
  passend_day_get_ymd (day, &y, &m, &d);
  return g_strdup_printf ("%d %s %d", d, short_month_names[m - 1], y);
}

static const char *
or_null (const char *text)
{
  return text != NULL && text[0] != '\0' ? text : NULL;
}

PassendPdfWriter *
_passend_agenda_pdf_new_writer (PassendAgenda *agenda,
                                const char    *document)
{
  g_autoptr(PassendPdfWriter) writer = NULL;
  g_autofree char *heading = passend_agenda_dup_heading (agenda);
  g_autofree char *date = _passend_agenda_format_long_date (agenda->starts_at);
  g_autofree char *title = NULL;
  g_autofree char *subject = NULL;
  const char *school = or_null (agenda->school_name);

  if (passend_agenda_is_internal (agenda))
    title = g_strdup_printf ("%s %s — %s", document, heading, date);
  else
    title = g_strdup_printf ("%s voor %s — %s, %s", document, agenda->partner_name, heading, date);
  subject = g_strdup_printf ("%s van %s op %s", document, agenda->kind_name, date);

  writer = passend_pdf_writer_new (title, school != NULL ? school : "School");
  passend_pdf_writer_set_subject (writer, subject);
  passend_pdf_writer_set_footer_text (writer, "Vertrouwelijk — bevat persoonsgegevens van leerlingen; "
                                              "niet verder verspreiden");
  return g_steal_pointer (&writer);
}

static void
add_school (PassendPdfWriter *writer,
            PassendAgenda    *agenda)
{
  g_autofree char *markup = NULL;
  const char *name = or_null (agenda->school_name);

  /* cairo draws PNG only; a JPEG or SVG logo is left out and the
   * document is complete without it. */
  if (agenda->logo != NULL && g_strcmp0 (agenda->logo_media_type, "image/png") == 0)
    {
      g_autoptr(GError) error = NULL;

      if (!passend_pdf_writer_add_image (writer, agenda->logo, LOGO_HEIGHT, &error))
        g_debug ("School logo left out of the agenda: %s", error->message);
    }

  markup = g_markup_printf_escaped ("<span size=\"large\" weight=\"bold\">%s</span>",
                                    name != NULL ? name : "School");
  /* Everything in it is escaped, so it always parses. */
  passend_pdf_writer_add_markup (writer, markup, NULL);
}

static const char *
state_label (PassendAgendaState state)
{
  switch (state)
    {
    case PASSEND_AGENDA_STATE_CLOSED:
      return "afgerond";
    case PASSEND_AGENDA_STATE_CANCELLED:
      return "geannuleerd";
    case PASSEND_AGENDA_STATE_PLANNED:
    default:
      return "gepland";
    }
}

void
_passend_agenda_pdf_add_header (PassendPdfWriter *writer,
                                PassendAgenda    *agenda,
                                const char       *document)
{
  g_autofree char *heading = passend_agenda_dup_heading (agenda);
  g_autofree char *title = NULL;
  g_autofree char *date = _passend_agenda_format_long_date (agenda->starts_at);
  g_autofree char *time = _passend_agenda_format_slot (agenda->starts_at, agenda->ends_at);
  const char *keys[10];
  const char *values[10];
  gsize n = 0;

  add_school (writer, agenda);
  passend_pdf_writer_add_space (writer, 6);

  if (passend_agenda_is_internal (agenda))
    title = g_strdup_printf ("%s %s", document, heading);
  else
    title = g_strdup_printf ("%s voor %s", document, agenda->partner_name);
  passend_pdf_writer_add_heading (writer, 1, title);

  if (agenda->state == PASSEND_AGENDA_STATE_CANCELLED)
    passend_pdf_writer_add_markup (writer,
                                   "<span foreground=\"#a51d2d\" weight=\"bold\">"
                                   "Dit overleg is geannuleerd.</span>", NULL);

  keys[n] = "Overleg", values[n++] = agenda->kind_name;
  /* The title is often the kind's name; say it once. */
  if (or_null (agenda->title) != NULL && g_strcmp0 (agenda->title, agenda->kind_name) != 0 &&
      !passend_agenda_is_internal (agenda))
    keys[n] = "Onderwerp", values[n++] = agenda->title;
  keys[n] = "Datum", values[n++] = date;
  keys[n] = "Tijd", values[n++] = time;
  keys[n] = "Plaats", values[n++] = or_null (agenda->place);
  if (or_null (agenda->online_link) != NULL)
    keys[n] = "Online", values[n++] = agenda->online_link;
  keys[n] = "Voorzitter", values[n++] = or_null (agenda->chair);
  keys[n] = "Notulist", values[n++] = or_null (agenda->minute_taker);
  if (agenda->state != PASSEND_AGENDA_STATE_PLANNED && n < G_N_ELEMENTS (keys))
    keys[n] = "Status", values[n++] = state_label (agenda->state);
  passend_pdf_writer_add_key_values (writer, keys, values, n);

  if (!passend_agenda_is_internal (agenda))
    {
      g_autofree char *scope = g_strdup_printf ("Dit document bevat alleen de leerlingen voor wie %s is "
                                                "uitgenodigd en voor wie toestemming is gegeven om hen "
                                                "met externe partners te bespreken.",
                                                agenda->partner_name);
      g_autofree char *markup = g_markup_printf_escaped ("<span foreground=\"#555555\">%s</span>", scope);

      passend_pdf_writer_add_space (writer, 4);
      passend_pdf_writer_add_markup (writer, markup, NULL);
    }
  else if (or_null (agenda->internal_note) != NULL)
    {
      passend_pdf_writer_add_space (writer, 4);
      _passend_agenda_pdf_add_labelled (writer, "Interne notitie (alleen intern)", agenda->internal_note);
    }
}

char *
_passend_agenda_item_student (PassendAgendaItem *item)
{
  if (or_null (item->student_class) != NULL)
    return g_strdup_printf ("%s (%s)", item->student_name, item->student_class);
  return g_strdup (item->student_name);
}

void
_passend_agenda_pdf_add_labelled (PassendPdfWriter *writer,
                                  const char       *label,
                                  const char       *text)
{
  g_autofree char *markup = NULL;

  if (or_null (text) == NULL)
    return;

  markup = g_markup_printf_escaped ("<b>%s</b>", label);
  passend_pdf_writer_add_markup (writer, markup, NULL);
  passend_pdf_writer_add_paragraph (writer, text);
}

gboolean
_passend_agenda_pdf_write (PassendAgendaBuildFunc   build,
                           PassendAgenda           *agenda,
                           gint64                   item_id,
                           const char              *path,
                           guint                   *n_pages,
                           GCancellable            *cancellable,
                           GError                 **error)
{
  g_autoptr(PassendPdfWriter) writer = NULL;

  writer = build (agenda, item_id, error);
  if (writer == NULL)
    return FALSE;
  if (!passend_pdf_writer_save (writer, path, cancellable, error))
    return FALSE;
  if (n_pages != NULL)
    *n_pages = passend_pdf_writer_get_n_pages (writer);
  return TRUE;
}

typedef struct
{
  PassendAgendaBuildFunc  build;
  PassendAgenda          *agenda;
  gint64                  item_id;
  char                   *path;
} WriteData;

static void
write_data_free (gpointer data)
{
  WriteData *write = data;

  passend_agenda_unref (write->agenda);
  g_free (write->path);
  g_free (write);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *write = task_data;
  GError *error = NULL;
  guint n_pages = 0;

  if (!_passend_agenda_pdf_write (write->build, write->agenda, write->item_id, write->path,
                                  &n_pages, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_int (task, n_pages);
}

void
_passend_agenda_pdf_write_async (PassendAgendaBuildFunc  build,
                                 gpointer                source_tag,
                                 PassendAgenda          *agenda,
                                 gint64                  item_id,
                                 const char             *path,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  WriteData *write = g_new0 (WriteData, 1);

  write->build = build;
  write->agenda = passend_agenda_ref (agenda);
  write->item_id = item_id;
  write->path = g_strdup (path);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, write, write_data_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
_passend_agenda_pdf_write_finish (GAsyncResult  *result,
                                  gpointer       source_tag,
                                  guint         *n_pages,
                                  GError       **error)
{
  gssize pages;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, FALSE);

  pages = g_task_propagate_int (G_TASK (result), error);
  if (pages < 0)
    return FALSE;
  if (n_pages != NULL)
    *n_pages = (guint) pages;
  return TRUE;
}
