/* passend-tlv-window-form.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-database-meetings.h"
#include "passend-database-partners.h"
#include "passend-tlv-window-private.h"

/* The request form: every change is stored after a short pause in
 * typing, as the OPP editor does. */

#define SAVE_DELAY_MS 500

char *
_passend_tlv_day_to_entry (PassendDay day)
{
  int y, m, d;

  if (day == PASSEND_DAY_NONE)
    return g_strdup ("");

  passend_day_get_ymd (day, &y, &m, &d);
  return g_strdup_printf ("%02d-%02d-%04d", d, m, y);
}

gboolean
_passend_tlv_parse_day (GtkEditable *editable,
                        PassendDay  *day)
{
  const char *text = gtk_editable_get_text (editable);
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  *day = PASSEND_DAY_NONE;
  if (stripped[0] == '\0')
    return TRUE;

  *day = passend_day_from_dutch (stripped, NULL);
  if (*day == PASSEND_DAY_NONE)
    {
      gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
      return FALSE;
    }

  return TRUE;
}

static char *
dup_buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
update_period_warning (PassendTlvWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->period_warning),
                          passend_tlv_period_is_short (passend_tlv_request_get_requested_start (self->request),
                                                       passend_tlv_request_get_requested_end (self->request)));
}

gboolean
_passend_tlv_window_form_save (PassendTlvWindow *self)
{
  g_autoptr(PassendTlvRequest) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *parents = NULL;
  g_autofree char *student = NULL;
  PassendDay start, end, meeting_day;
  guint position;
  gboolean ok = TRUE;

  if (self->request == NULL || !_passend_tlv_window_is_editable (self))
    return TRUE;

  copy = passend_tlv_request_copy (self->request);
  passend_tlv_request_set_kind (copy, adw_combo_row_get_selected (self->kind_row));
  passend_tlv_request_set_category (copy, adw_combo_row_get_selected (self->category_row));
  /* A date being typed is kept as it was until it reads as one. */
  if (_passend_tlv_parse_day (GTK_EDITABLE (self->start_row), &start))
    passend_tlv_request_set_requested_start (copy, start);
  else
    ok = FALSE;
  if (_passend_tlv_parse_day (GTK_EDITABLE (self->end_row), &end))
    passend_tlv_request_set_requested_end (copy, end);
  else
    ok = FALSE;
  passend_tlv_request_set_is_extension (copy, gtk_switch_get_active (self->extension_switch));

  position = adw_combo_row_get_selected (self->target_row);
  passend_tlv_request_set_target_school_id (copy, position < self->school_ids->len
                                                  ? g_array_index (self->school_ids, gint64, position) : 0);
  passend_tlv_request_set_target_school_name (copy, gtk_editable_get_text (GTK_EDITABLE (self->target_name_row)));
  passend_tlv_request_set_registered_at_target (copy, gtk_switch_get_active (self->registered_switch));

  position = adw_combo_row_get_selected (self->meeting_row);
  passend_tlv_request_set_preceding_meeting_id (copy, position < self->meeting_ids->len
                                                      ? g_array_index (self->meeting_ids, gint64, position) : 0);
  if (_passend_tlv_parse_day (GTK_EDITABLE (self->meeting_day_row), &meeting_day))
    passend_tlv_request_set_preceding_meeting_on (copy, meeting_day);
  else
    ok = FALSE;

  parents = dup_buffer_text (self->parents_view);
  student = dup_buffer_text (self->student_view);
  passend_tlv_request_set_parents_view (copy, parents);
  passend_tlv_request_set_student_view (copy, student);

  if (!passend_database_update_tlv_request (self->database, copy, &error))
    {
      _passend_tlv_window_error (self, _("Could not save the request"), error);
      return FALSE;
    }

  g_set_object (&self->request, copy);
  update_period_warning (self);
  _passend_tlv_window_state_load (self);
  _passend_tlv_window_checklist_load (self);
  return ok;
}

static void
save_timeout_cb (gpointer user_data)
{
  PassendTlvWindow *self = user_data;

  self->save_source = 0;
  _passend_tlv_window_form_save (self);
}

static void
field_changed_cb (PassendTlvWindow *self)
{
  if (self->loading || self->request == NULL)
    return;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add_once (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
set_string_model (AdwComboRow *row,
                  GPtrArray   *labels)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    gtk_string_list_append (list, g_ptr_array_index (labels, i));
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
}

static void
load_schools (PassendTlvWindow *self)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GListModel) partners = NULL;
  g_autoptr(GError) error = NULL;
  gint64 none = 0;

  g_array_set_size (self->school_ids, 0);
  g_array_append_val (self->school_ids, none);
  g_ptr_array_add (labels, g_strdup (_("Not in Partners")));

  partners = passend_database_list_partners (self->database, PASSEND_PARTNER_LIST_ORGANISATIONS, NULL, &error);
  if (partners == NULL)
    g_debug ("Partners not listed: %s", error->message);
  for (guint i = 0; partners != NULL && i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(PassendPartner) partner = g_list_model_get_item (partners, i);
      PassendOrganisationKind kind;
      gint64 id;

      if (passend_partner_get_kind (partner) != PASSEND_PARTNER_KIND_ORGANISATION ||
          !passend_partner_get_organisation_kind (partner, &kind) ||
          kind != PASSEND_ORGANISATION_KIND_VSO_SCHOOL)
        continue;

      id = passend_partner_get_id (partner);
      g_array_append_val (self->school_ids, id);
      g_ptr_array_add (labels, g_strdup (passend_partner_get_name (partner)));
    }

  set_string_model (self->target_row, labels);
}

static void
load_meetings (PassendTlvWindow *self)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GError) error = NULL;
  gint64 none = 0;

  g_array_set_size (self->meeting_ids, 0);
  g_array_append_val (self->meeting_ids, none);
  g_ptr_array_add (labels, g_strdup (_("Not in Passend")));

  meetings = passend_database_list_student_meetings (self->database,
                                                     passend_tlv_request_get_student_id (self->request), &error);
  if (meetings == NULL)
    g_debug ("Meetings not listed: %s", error->message);
  for (guint i = 0; meetings != NULL && i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PassendMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *day = passend_day_format (passend_meeting_get_day (meeting));
      gint64 id = passend_meeting_get_id (meeting);

      g_array_append_val (self->meeting_ids, id);
      /* TRANSLATORS: a meeting to pick: "Flex-ZAT · Mon 23 Nov 2026". */
      g_ptr_array_add (labels, g_strdup_printf (_("%s · %s"), passend_meeting_get_kind_name (meeting), day));
    }

  set_string_model (self->meeting_row, labels);
}

static guint
index_of (GArray *ids,
          gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return 0;
}

static void
set_text_keeping_cursor (GtkEditable *editable,
                         const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (editable), text) != 0)
    gtk_editable_set_text (editable, text);
}

static void
set_buffer (GtkTextView *view,
            const char  *text)
{
  g_autofree char *current = dup_buffer_text (view);

  if (g_strcmp0 (current, text) != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

void
_passend_tlv_window_form_load (PassendTlvWindow *self)
{
  PassendTlvRequest *r = self->request;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *meeting_day = NULL;
  gboolean editable;

  self->loading = TRUE;
  load_schools (self);
  load_meetings (self);

  adw_combo_row_set_selected (self->kind_row, passend_tlv_request_get_kind (r));
  adw_combo_row_set_selected (self->category_row, passend_tlv_request_get_category (r));
  start = _passend_tlv_day_to_entry (passend_tlv_request_get_requested_start (r));
  end = _passend_tlv_day_to_entry (passend_tlv_request_get_requested_end (r));
  set_text_keeping_cursor (GTK_EDITABLE (self->start_row), start);
  set_text_keeping_cursor (GTK_EDITABLE (self->end_row), end);
  gtk_switch_set_active (self->extension_switch, passend_tlv_request_get_is_extension (r));
  adw_combo_row_set_selected (self->target_row, index_of (self->school_ids, passend_tlv_request_get_target_school_id (r)));
  /* The name the store fills in from Partners is not a typed name. */
  set_text_keeping_cursor (GTK_EDITABLE (self->target_name_row),
                           passend_tlv_request_get_target_school_id (r) == 0
                           ? passend_tlv_request_get_target_school_name (r) : "");
  gtk_switch_set_active (self->registered_switch, passend_tlv_request_get_registered_at_target (r));
  adw_combo_row_set_selected (self->meeting_row, index_of (self->meeting_ids, passend_tlv_request_get_preceding_meeting_id (r)));
  meeting_day = _passend_tlv_day_to_entry (passend_tlv_request_get_preceding_meeting_on (r));
  set_text_keeping_cursor (GTK_EDITABLE (self->meeting_day_row), meeting_day);
  set_buffer (self->parents_view, passend_tlv_request_get_parents_view (r));
  set_buffer (self->student_view, passend_tlv_request_get_student_view (r));

  editable = _passend_tlv_window_is_editable (self);
  adw_preferences_group_set_description (self->request_group,
                                         editable ? NULL
                                         : _("The request was submitted: its fields change again only when a supplement is requested."));
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->category_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->start_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->end_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->extension_switch), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->target_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->target_name_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->registered_switch), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->meeting_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->meeting_day_row), editable);
  gtk_text_view_set_editable (self->parents_view, editable);
  gtk_text_view_set_editable (self->student_view, editable);
  update_period_warning (self);
  self->loading = FALSE;
}

void
_passend_tlv_window_form_init (PassendTlvWindow *self)
{
  g_autoptr(GPtrArray) kinds = g_ptr_array_new ();
  g_autoptr(GPtrArray) categories = g_ptr_array_new ();

  for (guint i = 0; i < PASSEND_TLV_N_KINDS; i++)
    g_ptr_array_add (kinds, (gpointer) passend_tlv_kind_get_label (i));
  for (guint i = 0; i < PASSEND_TLV_N_CATEGORIES; i++)
    g_ptr_array_add (categories, (gpointer) passend_tlv_category_get_label (i));
  set_string_model (self->kind_row, kinds);
  set_string_model (self->category_row, categories);

  g_signal_connect_object (self->kind_row, "notify::selected", G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->category_row, "notify::selected", G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->target_row, "notify::selected", G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->meeting_row, "notify::selected", G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->start_row, "changed", G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->end_row, "changed", G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->target_name_row, "changed", G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->meeting_day_row, "changed", G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->extension_switch, "notify::active", G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->registered_switch, "notify::active", G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->parents_view), "changed",
                           G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->student_view), "changed",
                           G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
}
