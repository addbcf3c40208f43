/* passend-aanmelding-editor.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-aanmelding-editor-private.h"
#include "passend-rules.h"
#include "passend-ui-util.h"
#include "passend-window.h"

/* Typing stores after this pause, so a crash loses at most a second. */
#define SAVE_DELAY_MS 600


G_DEFINE_FINAL_TYPE (PassendAanmeldingEditor, passend_aanmelding_editor, ADW_TYPE_BIN)

enum {
  SIGNAL_ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The plain text fields: which row edits which property. */
static const struct {
  gsize       offset;
  const char *property;
} text_rows[] = {
  { G_STRUCT_OFFSET (PassendAanmeldingEditor, roepnaam_row), "roepnaam" },
  { G_STRUCT_OFFSET (PassendAanmeldingEditor, tussenvoegsel_row), "tussenvoegsel" },
  { G_STRUCT_OFFSET (PassendAanmeldingEditor, achternaam_row), "achternaam" },
  { G_STRUCT_OFFSET (PassendAanmeldingEditor, previous_school_row), "previous-school" },
  { G_STRUCT_OFFSET (PassendAanmeldingEditor, guardian_name_row), "guardian-name" },
  { G_STRUCT_OFFSET (PassendAanmeldingEditor, guardian_email_row), "guardian-email" },
  { G_STRUCT_OFFSET (PassendAanmeldingEditor, guardian_phone_row), "guardian-phone" },
  { G_STRUCT_OFFSET (PassendAanmeldingEditor, requested_track_row), "requested-track" },
  { G_STRUCT_OFFSET (PassendAanmeldingEditor, support_need_view), "support-need" },
  { G_STRUCT_OFFSET (PassendAanmeldingEditor, screening_notes_view), "screening-notes" },
  { G_STRUCT_OFFSET (PassendAanmeldingEditor, advice_view), "advice" },
};

#define TEXT_ROW(self, i) (*(GtkWidget **) G_STRUCT_MEMBER_P ((self), text_rows[i].offset))

void
_passend_aanmelding_editor_add_toast (PassendAanmeldingEditor *self,
                                      AdwToast                *toast)
{
  g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);
}

void
_passend_aanmelding_editor_show_error (GtkLabel   *label,
                                       const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

static void
mark_row (gpointer row,
          gboolean invalid)
{
  if (invalid)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* "Mon 13 Apr 2026 · in 3 days" */
static char *
format_due (PassendDay due,
            PassendDay today)
{
  g_autofree char *day = passend_day_format (due);
  g_autofree char *relative = passend_day_format_relative (due, today);

  return g_strdup_printf ("%s · %s", day, relative);
}

static void
update_term (PassendAanmeldingEditor *self)
{
  PassendAanmelding *a = self->aanmelding;
  PassendDay received = passend_aanmelding_get_received_on (a);
  PassendDay extended = passend_aanmelding_get_extended_until (a);
  PassendDay due = passend_rules_zorgplicht_decision_due (received, extended, &self->protocol);
  PassendDay placement = passend_rules_zorgplicht_placement_due (received, &self->protocol);
  gboolean decided = passend_aanmelding_is_decided (a);
  g_autofree char *due_text = NULL;
  g_autofree char *placement_text = NULL;
  g_autofree char *extension_text = NULL;

  if (decided)
    {
      g_autofree char *day = passend_day_format (passend_aanmelding_get_decided_on (a));

      /* TRANSLATORS: "Admitted on Mon 9 Feb 2026" */
      due_text = g_strdup_printf (_("%s on %s"),
                                  passend_aanmelding_outcome_get_label (passend_aanmelding_get_outcome (a)),
                                  day);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->due_row), _("Decided"));
    }
  else
    {
      due_text = format_due (due, self->today);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->due_row), _("Decision due"));
    }
  adw_action_row_set_subtitle (self->due_row, due_text);
  mark_row (self->due_row, !decided && due != PASSEND_DAY_NONE && due < self->today);

  placement_text = format_due (placement, self->today);
  adw_action_row_set_subtitle (self->placement_row, placement_text);
  gtk_widget_set_visible (GTK_WIDGET (self->placement_row), !decided);
  gtk_widget_set_visible (GTK_WIDGET (self->placement_icon), placement <= self->today);

  if (passend_aanmelding_has_extension (a))
    {
      g_autofree char *letter = passend_day_format (passend_aanmelding_get_extension_letter_on (a));
      g_autofree char *until = passend_day_format (extended);

      /* TRANSLATORS: "Until Mon 13 Apr 2026; letter of Fri 3 Apr 2026: reason" */
      extension_text = g_strdup_printf (_("Until %s; letter of %s: %s"), until, letter,
                                        passend_aanmelding_get_extension_reason (a));
    }
  adw_action_row_set_subtitle (self->extension_row,
                               extension_text != NULL ? extension_text : _("Not extended"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->extend_button),
                            !decided && !passend_aanmelding_has_extension (a));
}

static void
update_decision_rows (PassendAanmeldingEditor *self)
{
  PassendAanmeldingOutcome outcome = adw_combo_row_get_selected (self->outcome_row);
  gboolean is_student = passend_aanmelding_get_student_id (self->aanmelding) != 0;
  gboolean decided = passend_aanmelding_is_decided (self->aanmelding);

  gtk_widget_set_visible (GTK_WIDGET (self->outcome_school_row),
                          outcome == PASSEND_AANMELDING_OUTCOME_PLACED_ELSEWHERE);
  gtk_widget_set_visible (GTK_WIDGET (self->outcome_reason_row),
                          outcome != PASSEND_AANMELDING_OUTCOME_NONE);

  gtk_widget_set_sensitive (GTK_WIDGET (self->outcome_row), !is_student);
  gtk_widget_set_sensitive (GTK_WIDGET (self->outcome_reason_row), !is_student);
  gtk_widget_set_sensitive (GTK_WIDGET (self->outcome_school_row), !is_student);
  gtk_widget_set_sensitive (GTK_WIDGET (self->decided_row), !is_student);

  gtk_widget_set_visible (GTK_WIDGET (self->decide_button), !is_student);
  gtk_button_set_label (self->decide_button, decided ? _("_Change Decision") : _("_Record Decision"));
  gtk_widget_set_visible (GTK_WIDGET (self->admit_button),
                          decided && !is_student &&
                          passend_aanmelding_outcome_is_admission (passend_aanmelding_get_outcome (self->aanmelding)));
  gtk_widget_set_visible (GTK_WIDGET (self->open_student_button), is_student);
}

void
_passend_aanmelding_editor_set_date_text (AdwEntryRow *row,
                                          PassendDay   day)
{
  g_autofree char *text = NULL;
  int y, m, d;

  if (day != PASSEND_DAY_NONE)
    {
      passend_day_get_ymd (day, &y, &m, &d);
      text = g_strdup_printf ("%02d-%02d-%04d", d, m, y);
    }
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
fill_widgets (PassendAanmeldingEditor *self)
{
  PassendAanmelding *a = self->aanmelding;
  PassendAanmeldingOutcome outcome = passend_aanmelding_get_outcome (a);

  self->loading = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (text_rows); i++)
    {
      GtkWidget *widget = TEXT_ROW (self, i);
      g_autofree char *value = NULL;

      g_object_get (a, text_rows[i].property, &value, NULL);
      if (GTK_IS_TEXT_VIEW (widget))
        gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)),
                                  value != NULL ? value : "", -1);
      else
        gtk_editable_set_text (GTK_EDITABLE (widget), value != NULL ? value : "");
    }

  _passend_aanmelding_editor_set_date_text (self->birth_date_row, passend_aanmelding_get_birth_date (a));
  _passend_aanmelding_editor_set_date_text (self->received_row, passend_aanmelding_get_received_on (a));
  gtk_switch_set_active (self->first_preference_switch, passend_aanmelding_get_first_preference (a));
  gtk_spin_button_set_value (self->requested_year_spin, passend_aanmelding_get_requested_year (a));

  adw_combo_row_set_selected (self->outcome_row, outcome);
  gtk_editable_set_text (GTK_EDITABLE (self->outcome_reason_row), passend_aanmelding_get_outcome_reason (a));
  gtk_editable_set_text (GTK_EDITABLE (self->outcome_school_row), passend_aanmelding_get_outcome_school (a));
  if (passend_aanmelding_is_decided (a))
    _passend_aanmelding_editor_set_date_text (self->decided_row, passend_aanmelding_get_decided_on (a));
  else
    _passend_aanmelding_editor_set_date_text (self->decided_row, self->today);

  self->birth_date_invalid = FALSE;
  self->received_invalid = FALSE;
  mark_row (self->birth_date_row, FALSE);
  mark_row (self->received_row, FALSE);
  _passend_aanmelding_editor_show_error (self->term_error, NULL);
  _passend_aanmelding_editor_show_error (self->pupil_error, NULL);
  _passend_aanmelding_editor_show_error (self->request_error, NULL);
  _passend_aanmelding_editor_show_error (self->decision_error, NULL);

  self->loading = FALSE;

  update_term (self);
  update_decision_rows (self);
}

gboolean
_passend_aanmelding_editor_is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    {
      if (!g_unichar_isspace (g_utf8_get_char (text)))
        return FALSE;
    }

  return TRUE;
}

static gboolean
save (PassendAanmeldingEditor *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (self->aanmelding == NULL || self->database == NULL)
    return TRUE;

  /* A date being typed or a blank name is not stored; the rest waits
   * with it, and the message says why. */
  if (self->birth_date_invalid || self->received_invalid)
    return FALSE;
  if (_passend_aanmelding_editor_is_blank (passend_aanmelding_get_achternaam (self->aanmelding)))
    {
      _passend_aanmelding_editor_show_error (self->pupil_error, _("The family name is required; changes are stored once it is filled in."));
      mark_row (self->achternaam_row, TRUE);
      return FALSE;
    }

  mark_row (self->achternaam_row, FALSE);
  if (!passend_database_update_aanmelding (self->database, self->aanmelding, &error))
    {
      _passend_aanmelding_editor_show_error (self->request_error, error->message);
      return FALSE;
    }

  _passend_aanmelding_editor_show_error (self->pupil_error, NULL);
  _passend_aanmelding_editor_show_error (self->request_error, NULL);
  update_term (self);
  return TRUE;
}

static void
save_timeout_cb (gpointer data)
{
  PassendAanmeldingEditor *self = data;

  self->save_source = 0;
  save (self);
}

static void
schedule_save (PassendAanmeldingEditor *self)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add_once (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
text_changed_cb (PassendAanmeldingEditor *self,
                 GObject                 *source)
{
  const char *property = g_object_get_data (source, "passend-property");
  g_autofree char *text = NULL;

  if (self->loading || self->aanmelding == NULL)
    return;

  if (GTK_IS_TEXT_BUFFER (source))
    g_object_get (source, "text", &text, NULL);
  else
    text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (source)));

  g_object_set (self->aanmelding, property, text, NULL);
  schedule_save (self);
}

/* Empty is NONE; otherwise a Dutch date or an inline error. */
gboolean
_passend_aanmelding_editor_parse_date_row (AdwEntryRow *row,
                                           GtkLabel    *error_label,
                                           gboolean     required,
                                           PassendDay  *day)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(GError) error = NULL;

  *day = PASSEND_DAY_NONE;
  if (text[0] == '\0' && !required)
    {
      mark_row (row, FALSE);
      _passend_aanmelding_editor_show_error (error_label, NULL);
      return TRUE;
    }

  if (text[0] == '\0')
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The date is required."));
  else
    *day = passend_day_from_dutch (text, &error);

  mark_row (row, error != NULL);
  _passend_aanmelding_editor_show_error (error_label, error != NULL ? error->message : NULL);
  return error == NULL;
}

static void
birth_date_changed_cb (PassendAanmeldingEditor *self)
{
  PassendDay day;

  if (self->loading || self->aanmelding == NULL)
    return;

  self->birth_date_invalid = !_passend_aanmelding_editor_parse_date_row (self->birth_date_row, self->pupil_error, FALSE, &day);
  if (!self->birth_date_invalid)
    passend_aanmelding_set_birth_date (self->aanmelding, day);
  schedule_save (self);
}

static void
received_changed_cb (PassendAanmeldingEditor *self)
{
  PassendDay day;

  if (self->loading || self->aanmelding == NULL)
    return;

  self->received_invalid = !_passend_aanmelding_editor_parse_date_row (self->received_row, self->request_error, TRUE, &day);
  if (!self->received_invalid)
    passend_aanmelding_set_received_on (self->aanmelding, day);
  schedule_save (self);
}

static void
first_preference_cb (PassendAanmeldingEditor *self)
{
  if (self->loading || self->aanmelding == NULL)
    return;

  passend_aanmelding_set_first_preference (self->aanmelding,
                                           gtk_switch_get_active (self->first_preference_switch));
  schedule_save (self);
}

static void
requested_year_cb (PassendAanmeldingEditor *self)
{
  if (self->loading || self->aanmelding == NULL)
    return;

  passend_aanmelding_set_requested_year (self->aanmelding,
                                         gtk_spin_button_get_value_as_int (self->requested_year_spin));
  schedule_save (self);
}

static void
outcome_selected_cb (PassendAanmeldingEditor *self)
{
  if (self->aanmelding != NULL)
    update_decision_rows (self);
}

/* Reads the stored state again after an extension, decision or
 * admission, without disturbing the text being edited. */
void
_passend_aanmelding_editor_reload_state (PassendAanmeldingEditor *self)
{
  g_autoptr(PassendAanmelding) stored = NULL;
  g_autoptr(GError) error = NULL;
  PassendAanmelding *a = self->aanmelding;

  stored = passend_database_get_aanmelding (self->database, passend_aanmelding_get_id (a), &error);
  if (stored == NULL)
    {
      _passend_aanmelding_editor_add_toast (self, passend_ui_toast_new_error (_("Could not load the aanmelding"), error));
      return;
    }

  passend_aanmelding_set_extension_letter_on (a, passend_aanmelding_get_extension_letter_on (stored));
  passend_aanmelding_set_extension_reason (a, passend_aanmelding_get_extension_reason (stored));
  passend_aanmelding_set_extended_until (a, passend_aanmelding_get_extended_until (stored));
  passend_aanmelding_set_outcome (a, passend_aanmelding_get_outcome (stored));
  passend_aanmelding_set_outcome_reason (a, passend_aanmelding_get_outcome_reason (stored));
  passend_aanmelding_set_outcome_school (a, passend_aanmelding_get_outcome_school (stored));
  passend_aanmelding_set_decided_on (a, passend_aanmelding_get_decided_on (stored));
  passend_aanmelding_set_student_id (a, passend_aanmelding_get_student_id (stored));

  update_term (self);
  update_decision_rows (self);
}

static void
decide_clicked_cb (PassendAanmeldingEditor *self)
{
  PassendAanmeldingOutcome outcome = adw_combo_row_get_selected (self->outcome_row);
  g_autoptr(GError) error = NULL;
  PassendDay decided_on;

  if (self->aanmelding == NULL)
    return;

  passend_aanmelding_editor_flush (self);
  if (!_passend_aanmelding_editor_parse_date_row (self->decided_row, self->decision_error, TRUE, &decided_on))
    return;

  if (!passend_database_decide_aanmelding (self->database, passend_aanmelding_get_id (self->aanmelding),
                                           outcome,
                                           gtk_editable_get_text (GTK_EDITABLE (self->outcome_reason_row)),
                                           gtk_editable_get_text (GTK_EDITABLE (self->outcome_school_row)),
                                           decided_on, &error))
    {
      _passend_aanmelding_editor_show_error (self->decision_error, error->message);
      return;
    }

  _passend_aanmelding_editor_show_error (self->decision_error, NULL);
  _passend_aanmelding_editor_reload_state (self);
  _passend_aanmelding_editor_add_toast (self, adw_toast_new (_("Decision recorded")));
}

static void
passend_aanmelding_editor_dispose (GObject *object)
{
  PassendAanmeldingEditor *self = PASSEND_AANMELDING_EDITOR (object);

  if (self->save_source != 0)
    save (self);
  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_object (&self->aanmelding);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (passend_aanmelding_editor_parent_class)->dispose (object);
}

static void
passend_aanmelding_editor_class_init (PassendAanmeldingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_aanmelding_editor_dispose;

  signals[SIGNAL_ADD_TOAST] =
    g_signal_new ("add-toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/passend-aanmelding-editor.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, PassendAanmeldingEditor, name)
  BIND (scrolled_window);
  BIND (due_row);
  BIND (placement_row);
  BIND (placement_icon);
  BIND (extension_row);
  BIND (extend_button);
  BIND (term_error);
  BIND (roepnaam_row);
  BIND (tussenvoegsel_row);
  BIND (achternaam_row);
  BIND (birth_date_row);
  BIND (previous_school_row);
  BIND (pupil_error);
  BIND (guardian_name_row);
  BIND (guardian_email_row);
  BIND (guardian_phone_row);
  BIND (received_row);
  BIND (first_preference_switch);
  BIND (requested_track_row);
  BIND (requested_year_spin);
  BIND (request_error);
  BIND (support_need_view);
  BIND (screening_notes_view);
  BIND (advice_view);
  BIND (outcome_row);
  BIND (outcome_reason_row);
  BIND (outcome_school_row);
  BIND (decided_row);
  BIND (decision_error);
  BIND (decide_button);
  BIND (admit_button);
  BIND (open_student_button);
#undef BIND
  gtk_widget_class_bind_template_callback_full (widget_class, "extend_clicked_cb", G_CALLBACK (_passend_aanmelding_editor_extend_clicked_cb));
  gtk_widget_class_bind_template_callback (widget_class, first_preference_cb);
  gtk_widget_class_bind_template_callback (widget_class, requested_year_cb);
  gtk_widget_class_bind_template_callback (widget_class, outcome_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, decide_clicked_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "admit_clicked_cb", G_CALLBACK (_passend_aanmelding_editor_admit_clicked_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "open_student_clicked_cb", G_CALLBACK (_passend_aanmelding_editor_open_student_clicked_cb));
}

static void
passend_aanmelding_editor_init (PassendAanmeldingEditor *self)
{
  g_autoptr(GtkStringList) outcomes = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->today = passend_day_today ();
  passend_protocol_init_defaults (&self->protocol);

  /* The combo's positions are the outcome values. */
  gtk_string_list_append (outcomes, _("Not decided"));
  for (PassendAanmeldingOutcome o = PASSEND_AANMELDING_OUTCOME_ADMITTED;
       o <= PASSEND_AANMELDING_OUTCOME_NOT_ADMITTED; o++)
    gtk_string_list_append (outcomes, passend_aanmelding_outcome_get_label (o));
  adw_combo_row_set_model (self->outcome_row, G_LIST_MODEL (outcomes));

  for (guint i = 0; i < G_N_ELEMENTS (text_rows); i++)
    {
      GtkWidget *widget = TEXT_ROW (self, i);
      GObject *source = G_IS_OBJECT (widget) && GTK_IS_TEXT_VIEW (widget)
                        ? G_OBJECT (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)))
                        : G_OBJECT (widget);

      g_object_set_data (source, "passend-property", (gpointer) text_rows[i].property);
      g_signal_connect_object (source, "changed", G_CALLBACK (text_changed_cb), self, G_CONNECT_SWAPPED);
    }
  g_signal_connect_object (self->birth_date_row, "changed", G_CALLBACK (birth_date_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->received_row, "changed", G_CALLBACK (received_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

GtkWidget *
passend_aanmelding_editor_new (void)
{
  return g_object_new (PASSEND_TYPE_AANMELDING_EDITOR, NULL);
}

void
passend_aanmelding_editor_set_database (PassendAanmeldingEditor *self,
                                        PassendDatabase         *database)
{
  g_return_if_fail (PASSEND_IS_AANMELDING_EDITOR (self));
  g_return_if_fail (database == NULL || PASSEND_IS_DATABASE (database));

  passend_aanmelding_editor_flush (self);
  g_clear_object (&self->aanmelding);
  g_set_object (&self->database, database);
}

void
passend_aanmelding_editor_set_today (PassendAanmeldingEditor *self,
                                     PassendDay               today)
{
  g_return_if_fail (PASSEND_IS_AANMELDING_EDITOR (self));

  self->today = today;
  if (self->aanmelding != NULL)
    update_term (self);
}

void
passend_aanmelding_editor_load (PassendAanmeldingEditor *self,
                                gint64                   id)
{
  g_autoptr(GError) error = NULL;
  PassendAanmelding *aanmelding = NULL;

  g_return_if_fail (PASSEND_IS_AANMELDING_EDITOR (self));

  if (self->aanmelding != NULL && passend_aanmelding_get_id (self->aanmelding) == id)
    return;

  passend_aanmelding_editor_flush (self);
  g_clear_object (&self->aanmelding);
  if (id == 0 || self->database == NULL)
    return;

  if (!passend_database_load_protocol (self->database, &self->protocol, &error) ||
      (aanmelding = passend_database_get_aanmelding (self->database, id, &error)) == NULL)
    {
      _passend_aanmelding_editor_add_toast (self, passend_ui_toast_new_error (_("Could not load the aanmelding"), error));
      return;
    }

  self->aanmelding = aanmelding;
  fill_widgets (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
}

gint64
passend_aanmelding_editor_get_id (PassendAanmeldingEditor *self)
{
  g_return_val_if_fail (PASSEND_IS_AANMELDING_EDITOR (self), 0);

  return self->aanmelding != NULL ? passend_aanmelding_get_id (self->aanmelding) : 0;
}

void
passend_aanmelding_editor_flush (PassendAanmeldingEditor *self)
{
  g_return_if_fail (PASSEND_IS_AANMELDING_EDITOR (self));

  if (self->save_source != 0)
    save (self);
}

void
passend_aanmelding_editor_focus_first (PassendAanmeldingEditor *self)
{
  g_return_if_fail (PASSEND_IS_AANMELDING_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->roepnaam_row));
}
