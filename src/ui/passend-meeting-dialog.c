/* passend-meeting-dialog.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-database-meetings.h"
#include "passend-database-partners.h"
#include "passend-meeting-dialog.h"

struct _PassendMeetingDialog
{
  AdwWindow         parent_instance;

  /* Template widgets */
  AdwWindowTitle   *window_title;
  GtkButton        *save_button;
  GtkRevealer      *error_revealer;
  GtkLabel         *error_label;
  AdwComboRow      *kind_row;
  AdwEntryRow      *title_row;
  AdwEntryRow      *date_row;
  AdwEntryRow      *time_row;
  AdwEntryRow      *place_row;
  AdwEntryRow      *link_row;
  AdwComboRow      *chair_row;
  AdwComboRow      *minute_taker_row;

  /* Owned references */
  PassendDatabase  *database;
  PassendMeeting   *meeting;   /* NULL for a new one */
  GPtrArray        *kinds;     /* PassendMeetingKind */
  GPtrArray        *staff;     /* PassendPartner; index 0 of the rows is "nobody" */
  char             *place_default; /* the place the previous kind suggested */
  char             *error;
};

G_DEFINE_FINAL_TYPE (PassendMeetingDialog, passend_meeting_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_MEETING_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The person roles that mean "the coordinator", best first: a meeting
 * of the support team is chaired by them (DOMAIN.md §10.3). */
static const char * const coordinator_roles[] = { "coordinator", "zorgcoordinator", "oco", "leco" };

static void
show_error (PassendMeetingDialog *self,
            const char           *message)
{
  g_free (self->error);
  self->error = g_strdup (message != NULL ? message : "");
  gtk_label_set_text (self->error_label, self->error);
  gtk_revealer_set_reveal_child (self->error_revealer, self->error[0] != '\0');
}

static PassendMeetingKind *
get_kind (PassendMeetingDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  if (self->kinds == NULL || selected >= self->kinds->len)
    return NULL;

  return g_ptr_array_index (self->kinds, selected);
}

static gint64
get_person (AdwComboRow          *row,
            PassendMeetingDialog *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->staff->len)
    return 0;

  return passend_partner_get_id (g_ptr_array_index (self->staff, selected - 1));
}

static void
select_person (PassendMeetingDialog *self,
               AdwComboRow          *row,
               gint64                person_id)
{
  for (guint i = 0; i < self->staff->len; i++)
    {
      if (passend_partner_get_id (g_ptr_array_index (self->staff, i)) == person_id)
        {
          adw_combo_row_set_selected (row, i + 1);
          return;
        }
    }

  adw_combo_row_set_selected (row, 0);
}

/* "14:30", "9.30" or "930" → minutes after midnight; -1 when it is not
 * a time of day. */
static int
parse_time (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  int hours = 0;
  int minutes = 0;
  int digits = 0;
  const char *p = copy;

  for (; g_ascii_isdigit (*p) && digits < 2; p++, digits++)
    hours = hours * 10 + (*p - '0');
  if (digits == 0)
    return -1;
  if (*p == ':' || *p == '.')
    p++;
  digits = 0;
  for (; g_ascii_isdigit (*p) && digits < 2; p++, digits++)
    minutes = minutes * 10 + (*p - '0');
  if (*p != '\0' || (digits != 0 && digits != 2) || hours > 23 || minutes > 59)
    return -1;

  return hours * 60 + minutes;
}

/* Works out the start from the two fields; 0 with @message set when one
 * of them is not possible. */
static gint64
compute_starts_at (PassendMeetingDialog  *self,
                   char                 **message)
{
  const char *date_text = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  const char *time_text = gtk_editable_get_text (GTK_EDITABLE (self->time_row));
  g_autoptr(GDateTime) local = NULL;
  PassendDay day = passend_day_from_dutch (date_text, NULL);
  int minutes = parse_time (time_text);
  int y, m, d;

  if (day == PASSEND_DAY_NONE)
    {
      /* TRANSLATORS: %s is what was typed as the date. */
      *message = g_strdup_printf (_("“%s” is not a date: use dd-mm-yyyy, for example 23-11-2026."), date_text);
      return 0;
    }
  if (minutes < 0)
    {
      /* TRANSLATORS: %s is what was typed as the start time. */
      *message = g_strdup_printf (_("“%s” is not a time of day: use hh:mm, for example 14:30."), time_text);
      return 0;
    }

  passend_day_get_ymd (day, &y, &m, &d);
  local = g_date_time_new_local (y, m, d, minutes / 60, minutes % 60, 0);
  if (local == NULL)
    {
      *message = g_strdup (_("That moment does not exist in this time zone."));
      return 0;
    }

  return g_date_time_to_unix (local);
}

static gboolean
link_is_valid (const char *link)
{
  return link[0] == '\0' || g_str_has_prefix (link, "https://") || g_str_has_prefix (link, "http://");
}

static void
fields_changed_cb (PassendMeetingDialog *self)
{
  g_autofree char *message = NULL;
  const char *link = gtk_editable_get_text (GTK_EDITABLE (self->link_row));
  gboolean when_ok = compute_starts_at (self, &message) != 0;

  if (passend_day_from_dutch (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), NULL) == PASSEND_DAY_NONE)
    gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");

  if (parse_time (gtk_editable_get_text (GTK_EDITABLE (self->time_row))) < 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->time_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->time_row), "error");

  if (!link_is_valid (link))
    gtk_widget_add_css_class (GTK_WIDGET (self->link_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->link_row), "error");

  /* A message already shown goes as soon as its cause is fixed. */
  if (self->error != NULL && self->error[0] != '\0' && when_ok && link_is_valid (link))
    show_error (self, NULL);
}

static void
kind_changed_cb (PassendMeetingDialog *self)
{
  PassendMeetingKind *kind = get_kind (self);
  const char *place;
  const char *current;

  if (kind == NULL)
    return;

  /* The kind's usual place replaces the place only when the user left
   * it as the previous kind suggested it. */
  place = passend_meeting_kind_get_default_place (kind);
  current = gtk_editable_get_text (GTK_EDITABLE (self->place_row));
  if (current[0] == '\0' || g_strcmp0 (current, self->place_default) == 0)
    gtk_editable_set_text (GTK_EDITABLE (self->place_row), place);
  g_free (self->place_default);
  self->place_default = g_strdup (place);
}

gboolean
passend_meeting_dialog_save (PassendMeetingDialog *self)
{
  g_autoptr(PassendMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *title = NULL;
  PassendMeetingKind *kind;
  const char *link;
  gint64 starts_at;
  gboolean stored;

  g_return_val_if_fail (PASSEND_IS_MEETING_DIALOG (self), FALSE);

  kind = get_kind (self);
  if (kind == NULL)
    {
      show_error (self, _("Choose the kind of meeting."));
      return FALSE;
    }

  starts_at = compute_starts_at (self, &message);
  if (starts_at == 0)
    {
      show_error (self, message);
      return FALSE;
    }

  link = gtk_editable_get_text (GTK_EDITABLE (self->link_row));
  if (!link_is_valid (link))
    {
      show_error (self, _("The online link must start with https://."));
      return FALSE;
    }

  if (self->meeting != NULL)
    {
      meeting = g_object_ref (self->meeting);
      passend_meeting_set_kind_id (meeting, passend_meeting_kind_get_id (kind));
      passend_meeting_set_starts_at (meeting, starts_at);
    }
  else
    {
      meeting = passend_meeting_new (passend_meeting_kind_get_id (kind), starts_at);
    }

  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  passend_meeting_set_title (meeting, title);
  passend_meeting_set_place (meeting, gtk_editable_get_text (GTK_EDITABLE (self->place_row)));
  passend_meeting_set_online_link (meeting, link);
  passend_meeting_set_chair_id (meeting, get_person (self->chair_row, self));
  passend_meeting_set_minute_taker_id (meeting, get_person (self->minute_taker_row, self));

  if (self->meeting != NULL)
    stored = passend_database_update_meeting (self->database, meeting, &error);
  else
    stored = passend_database_add_meeting (self->database, meeting, &error);

  if (!stored)
    {
      show_error (self, error->message);
      return FALSE;
    }

  show_error (self, NULL);
  g_signal_emit (self, signals[SIGNAL_MEETING_SAVED], 0, passend_meeting_get_id (meeting));
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_clicked_cb (PassendMeetingDialog *self)
{
  passend_meeting_dialog_save (self);
}

static void
passend_meeting_dialog_finalize (GObject *object)
{
  PassendMeetingDialog *self = PASSEND_MEETING_DIALOG (object);

  g_clear_object (&self->database);
  g_clear_object (&self->meeting);
  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  g_clear_pointer (&self->staff, g_ptr_array_unref);
  g_free (self->place_default);
  g_free (self->error);

  G_OBJECT_CLASS (passend_meeting_dialog_parent_class)->finalize (object);
}

static void
passend_meeting_dialog_class_init (PassendMeetingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = passend_meeting_dialog_finalize;

  signals[SIGNAL_MEETING_SAVED] =
    g_signal_new ("meeting-saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-meeting-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingDialog, place_row);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingDialog, link_row);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingDialog, chair_row);
  gtk_widget_class_bind_template_child (widget_class, PassendMeetingDialog, minute_taker_row);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, fields_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
passend_meeting_dialog_init (PassendMeetingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
}

static gint64
find_coordinator (PassendMeetingDialog *self)
{
  for (guint r = 0; r < G_N_ELEMENTS (coordinator_roles); r++)
    {
      for (guint i = 0; i < self->staff->len; i++)
        {
          PassendPartner *person = g_ptr_array_index (self->staff, i);

          if (g_strcmp0 (passend_partner_get_role (person), coordinator_roles[r]) == 0)
            return passend_partner_get_id (person);
        }
    }

  return 0;
}

static void
load_choices (PassendMeetingDialog *self)
{
  g_autoptr(GtkStringList) kind_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) people = gtk_string_list_new (NULL);
  g_autoptr(GListModel) kinds = NULL;
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GError) error = NULL;

  self->kinds = g_ptr_array_new_with_free_func (g_object_unref);
  self->staff = g_ptr_array_new_with_free_func (g_object_unref);

  kinds = passend_database_list_meeting_kinds (self->database, FALSE, &error);
  if (kinds == NULL)
    {
      show_error (self, error->message);
      g_clear_error (&error);
    }
  for (guint i = 0; kinds != NULL && i < g_list_model_get_n_items (kinds); i++)
    {
      PassendMeetingKind *kind = g_list_model_get_item (kinds, i);

      g_ptr_array_add (self->kinds, kind);
      gtk_string_list_append (kind_names, passend_meeting_kind_get_name (kind));
    }

  staff = passend_database_list_partners (self->database,
                                          PASSEND_PARTNER_LIST_PEOPLE | PASSEND_PARTNER_LIST_INTERNAL,
                                          NULL, &error);
  if (staff == NULL)
    show_error (self, error->message);
  gtk_string_list_append (people, C_("chair", "Nobody"));
  for (guint i = 0; staff != NULL && i < g_list_model_get_n_items (staff); i++)
    {
      PassendPartner *person = g_list_model_get_item (staff, i);
      const char *detail = passend_partner_get_detail (person);
      g_autofree char *label = NULL;

      if (detail != NULL && detail[0] != '\0')
        /* TRANSLATORS: a person and their role in a list: "Jan de Vries (Mentor)" */
        label = g_strdup_printf (_("%s (%s)"), passend_partner_get_name (person), detail);
      else
        label = g_strdup (passend_partner_get_name (person));
      g_ptr_array_add (self->staff, person);
      gtk_string_list_append (people, label);
    }

  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kind_names));
  adw_combo_row_set_model (self->chair_row, G_LIST_MODEL (people));
  adw_combo_row_set_model (self->minute_taker_row, G_LIST_MODEL (people));
}

static void
fill_from_meeting (PassendMeetingDialog *self,
                   PassendMeeting       *meeting)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (passend_meeting_get_starts_at (meeting));
  g_autofree char *date = g_date_time_format (local, "%d-%m-%Y");
  g_autofree char *time = g_date_time_format (local, "%H:%M");

  for (guint i = 0; i < self->kinds->len; i++)
    {
      if (passend_meeting_kind_get_id (g_ptr_array_index (self->kinds, i)) == passend_meeting_get_kind_id (meeting))
        adw_combo_row_set_selected (self->kind_row, i);
    }

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), passend_meeting_get_title (meeting));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time);
  gtk_editable_set_text (GTK_EDITABLE (self->place_row), passend_meeting_get_place (meeting));
  gtk_editable_set_text (GTK_EDITABLE (self->link_row), passend_meeting_get_online_link (meeting));
  g_free (self->place_default);
  self->place_default = g_strdup (passend_meeting_get_place (meeting));
  select_person (self, self->chair_row, passend_meeting_get_chair_id (meeting));
  select_person (self, self->minute_taker_row, passend_meeting_get_minute_taker_id (meeting));
}

/* A new meeting starts next week at the same weekday, at 14:00: a
 * starting point, not a guess the user must correct for a past day. */
static void
fill_defaults (PassendMeetingDialog *self)
{
  PassendDay day = passend_day_add_days (passend_day_today (), 7);
  g_autofree char *date = NULL;
  int y, m, d;

  passend_day_get_ymd (day, &y, &m, &d);
  date = g_strdup_printf ("%02d-%02d-%04d", d, m, y);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), "14:00");
  select_person (self, self->chair_row, find_coordinator (self));
  kind_changed_cb (self);
}

PassendMeetingDialog *
passend_meeting_dialog_new (GtkWindow       *parent,
                            PassendDatabase *database,
                            PassendMeeting  *meeting)
{
  PassendMeetingDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);
  g_return_val_if_fail (meeting == NULL || PASSEND_IS_MEETING (meeting), NULL);

  self = g_object_new (PASSEND_TYPE_MEETING_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->database = g_object_ref (database);
  self->meeting = meeting != NULL ? g_object_ref (meeting) : NULL;
  load_choices (self);

  if (meeting != NULL)
    {
      adw_window_title_set_title (self->window_title, _("Edit Meeting"));
      gtk_button_set_label (self->save_button, _("_Save"));
      fill_from_meeting (self, meeting);
    }
  else
    {
      adw_window_title_set_title (self->window_title, _("New Meeting"));
      gtk_button_set_label (self->save_button, _("_Create"));
      fill_defaults (self);
    }
  fields_changed_cb (self);

  return self;
}

gboolean
passend_meeting_dialog_set_kind (PassendMeetingDialog *self,
                                 const char           *kind_code)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_DIALOG (self), FALSE);

  for (guint i = 0; i < self->kinds->len; i++)
    {
      if (g_strcmp0 (passend_meeting_kind_get_code (g_ptr_array_index (self->kinds, i)), kind_code) == 0)
        {
          adw_combo_row_set_selected (self->kind_row, i);
          return TRUE;
        }
    }

  return FALSE;
}

void
passend_meeting_dialog_set_when (PassendMeetingDialog *self,
                                 const char           *date,
                                 const char           *time)
{
  g_return_if_fail (PASSEND_IS_MEETING_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time);
}

const char *
passend_meeting_dialog_get_place (PassendMeetingDialog *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_DIALOG (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->place_row));
}

gint64
passend_meeting_dialog_get_chair (PassendMeetingDialog *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_DIALOG (self), 0);

  return get_person (self->chair_row, self);
}

const char *
passend_meeting_dialog_get_error (PassendMeetingDialog *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_DIALOG (self), NULL);

  return self->error != NULL ? self->error : "";
}
