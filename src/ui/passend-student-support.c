/* passend-student-support.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-close-case-dialog.h"
#include "passend-consent-list.h"
#include "passend-intervention-list.h"
#include "passend-status-dialog.h"
#include "passend-student-support-private.h"
#include "passend-ui-util.h"


G_DEFINE_FINAL_TYPE (PassendStudentSupport, passend_student_support, ADW_TYPE_BIN)

enum {
  SIGNAL_ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
_passend_student_support_toast (PassendStudentSupport *self,
                                AdwToast              *toast)
{
  g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);
}

void
_passend_student_support_error (PassendStudentSupport *self,
                                const char            *what,
                                const GError          *error)
{
  _passend_student_support_toast (self, passend_ui_toast_new_error (what, error));
}

gint64
_passend_student_support_student_id (PassendStudentSupport *self)
{
  return passend_student_get_id (self->student);
}

GtkWindow *
_passend_student_support_parent (PassendStudentSupport *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

void
_passend_student_support_clear (GtkListBox *list)
{
  GtkListBoxRow *row;

  /* Rows only: the placeholder is a child too, and stays. */
  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static GtkWidget *
placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  return label;
}

GtkWidget *
_passend_student_support_icon_button (const char *icon_name,
                                      const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static char *
day_entry_text (PassendDay day)
{
  int year, month, day_of_month;

  if (day == PASSEND_DAY_NONE)
    return g_strdup ("");

  passend_day_get_ymd (day, &year, &month, &day_of_month);
  return g_strdup_printf ("%02d-%02d-%04d", day_of_month, month, year);
}

/* Status and case */

static void
load_status (PassendStudentSupport *self)
{
  PassendStudent *student = self->student;
  PassendNiveau niveau = passend_student_get_niveau (student);
  gboolean in_support = niveau != PASSEND_NIVEAU_NONE;
  gboolean open = passend_student_get_case_open (student);
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  PassendCloseOutcome outcome = PASSEND_CLOSE_OUTCOME_OTHER;
  PassendDay since = PASSEND_DAY_NONE, set_on = PASSEND_DAY_NONE, evaluated_on = PASSEND_DAY_NONE;
  PassendDay closed_on = PASSEND_DAY_NONE;
  g_autofree char *title = NULL;
  g_autofree char *regie = NULL;
  g_autofree char *set_text = NULL;
  g_autofree char *evaluated_text = NULL;

  if (in_support)
    {
      /* TRANSLATORS: support level and phase, "Level 3 · Flex-ZAT (3b)". */
      title = g_strdup_printf (C_("support status", "Level %d · %s"), niveau,
                               passend_phase_get_label (passend_student_get_phase (student)));
      regie = passend_ui_dup_regie_text (student);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), title);
      /* TRANSLATORS: who holds regie over the support. */
      g_free (title);
      title = g_strdup_printf (_("Regie: %s"), regie);
      adw_action_row_set_subtitle (self->status_row, title);
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), _("Not in Support"));
      adw_action_row_set_subtitle (self->status_row, _("Put the student in the caseload to follow their support"));
    }
  gtk_button_set_label (self->change_button, in_support ? _("_Change…") : _("_Put in Support…"));
  gtk_widget_set_visible (GTK_WIDGET (self->change_button), !in_support || open);

  if (!passend_database_get_opp_dates (self->database, _passend_student_support_student_id (self), &since, &set_on, &evaluated_on, &error))
    _passend_student_support_error (self, _("Could not load the OPP dates"), error);
  g_clear_error (&error);

  gtk_widget_set_visible (GTK_WIDGET (self->since_row), since != PASSEND_DAY_NONE);
  if (since != PASSEND_DAY_NONE)
    {
      g_autofree char *text = passend_day_format (since);

      adw_action_row_set_subtitle (self->since_row, text);
    }

  set_text = day_entry_text (set_on);
  evaluated_text = day_entry_text (evaluated_on);
  gtk_editable_set_text (GTK_EDITABLE (self->opp_set_row), set_text);
  gtk_editable_set_text (GTK_EDITABLE (self->opp_evaluated_row), evaluated_text);
  gtk_widget_set_visible (GTK_WIDGET (self->opp_set_row), in_support);
  gtk_widget_set_visible (GTK_WIDGET (self->opp_evaluated_row), in_support);

  gtk_widget_set_visible (GTK_WIDGET (self->case_row), in_support);
  gtk_widget_set_visible (GTK_WIDGET (self->close_button), open);
  gtk_widget_set_visible (GTK_WIDGET (self->reopen_button), in_support && !open);
  if (open)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->case_row), _("Case Open"));
      adw_action_row_set_subtitle (self->case_row, _("Close it when support ends or the student leaves"));
      return;
    }

  closed_on = passend_database_get_case_closed (self->database, _passend_student_support_student_id (self), &outcome, &note, &error);
  if (error != NULL)
    _passend_student_support_error (self, _("Could not load the case"), error);
  if (closed_on != PASSEND_DAY_NONE)
    {
      g_autofree char *day = passend_day_format (closed_on);
      g_autofree char *case_title = NULL;

      /* TRANSLATORS: %s is a date. */
      case_title = g_strdup_printf (_("Case Closed on %s"), day);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->case_row), case_title);
      if (note != NULL && note[0] != '\0')
        {
          g_autofree char *subtitle = g_strdup_printf (C_("case outcome and note", "%s — %s"),
                                                       passend_close_outcome_get_label (outcome), note);
          adw_action_row_set_subtitle (self->case_row, subtitle);
        }
      else
        adw_action_row_set_subtitle (self->case_row, passend_close_outcome_get_label (outcome));
    }
}

static void
change_clicked_cb (PassendStudentSupport *self)
{
  PassendStatusDialog *dialog = passend_status_dialog_new (_passend_student_support_parent (self), self->database, self->student);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
close_clicked_cb (PassendStudentSupport *self)
{
  PassendCloseCaseDialog *dialog = passend_close_case_dialog_new (_passend_student_support_parent (self), self->database,
                                                                  self->student);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reopen_response_cb (AdwMessageDialog      *dialog,
                    const char            *response,
                    PassendStudentSupport *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "reopen") != 0 || self->student == NULL)
    return;

  if (!passend_database_reopen_case (self->database, _passend_student_support_student_id (self), gtk_editable_get_text (entry), &error))
    _passend_student_support_error (self, _("Could not reopen the case"), error);
}

static void
reopen_reason_changed_cb (GtkEditable      *entry,
                          AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "reopen", reason[0] != '\0');
}

static void
reopen_clicked_cb (PassendStudentSupport *self)
{
  AdwMessageDialog *dialog;
  GtkWidget *entry = gtk_entry_new ();

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (_passend_student_support_parent (self), _("Reopen Case?"),
                                                       _("Say why support starts again. Extra support counts from today.")));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "reopen", _("_Reopen"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "reopen", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "reopen");
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_response_enabled (dialog, "reopen", FALSE);
  g_signal_connect_object (entry, "changed", G_CALLBACK (reopen_reason_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (reopen_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static gboolean
read_opp_day (PassendStudentSupport *self,
              AdwEntryRow           *row,
              PassendDay            *day)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(GError) error = NULL;

  *day = PASSEND_DAY_NONE;
  if (text[0] == '\0')
    return TRUE;

  *day = passend_day_from_dutch (text, &error);
  if (*day != PASSEND_DAY_NONE)
    return TRUE;

  gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  _passend_student_support_error (self, _("Not saved"), error);
  return FALSE;
}

static void
opp_apply_cb (PassendStudentSupport *self)
{
  g_autoptr(GError) error = NULL;
  PassendDay set_on, evaluated_on;

  gtk_widget_remove_css_class (GTK_WIDGET (self->opp_set_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->opp_evaluated_row), "error");
  if (!read_opp_day (self, self->opp_set_row, &set_on) ||
      !read_opp_day (self, self->opp_evaluated_row, &evaluated_on))
    return;

  if (!passend_database_record_opp_dates (self->database, _passend_student_support_student_id (self), set_on, evaluated_on, &error))
    _passend_student_support_error (self, _("Not saved"), error);
}

/* History */

static char *
dup_change_title (const PassendStatusChange *previous,
                  const PassendStatusChange *change)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (previous == NULL)
    /* TRANSLATORS: the first support status of a student. */
    return g_strdup_printf (_("In support: level %d, phase %s, regie %s"), change->niveau,
                            passend_phase_get_short_label (change->phase),
                            passend_regie_get_label (change->regie));

  if (previous->niveau != change->niveau)
    /* TRANSLATORS: a change of support level, "Level 2 → 3". */
    g_ptr_array_add (parts, g_strdup_printf (_("Level %d → %d"), previous->niveau, change->niveau));
  if (previous->phase != change->phase)
    g_ptr_array_add (parts, g_strdup_printf (_("Phase %s → %s"),
                                             passend_phase_get_short_label (previous->phase),
                                             passend_phase_get_short_label (change->phase)));
  if (previous->regie != change->regie)
    g_ptr_array_add (parts, g_strdup_printf (_("Regie %s → %s"),
                                             passend_regie_get_label (previous->regie),
                                             passend_regie_get_label (change->regie)));
  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
load_history (PassendStudentSupport *self)
{
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;

  _passend_student_support_clear (self->history_list);
  history = passend_database_list_status_history (self->database, _passend_student_support_student_id (self), &error);
  if (history == NULL)
    {
      _passend_student_support_error (self, _("Could not load the status history"), error);
      return;
    }

  /* Newest first, as on the timeline. */
  for (guint i = history->len; i > 0; i--)
    {
      const PassendStatusChange *change = g_ptr_array_index (history, i - 1);
      const PassendStatusChange *previous = i > 1 ? g_ptr_array_index (history, i - 2) : NULL;
      g_autofree char *title = dup_change_title (previous, change);
      g_autofree char *when = passend_unix_format (change->changed_at);
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();
      gboolean reason_is_title = title == NULL;

      if (reason_is_title)
        title = g_strdup (change->reason);

      if (!reason_is_title && change->reason[0] != '\0')
        /* TRANSLATORS: when, who, and why a status changed. */
        subtitle = g_strdup_printf (C_("status history", "%s · %s — %s"), when, change->actor, change->reason);
      else
        subtitle = g_strdup_printf (C_("status history", "%s · %s"), when, change->actor);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
      gtk_list_box_append (self->history_list, row);
    }
}

/* Support needs */

static void
undo_need_cb (AdwToast              *toast,
              PassendStudentSupport *self)
{
  const char *need = g_object_get_data (G_OBJECT (toast), "need");
  gint64 *id = g_object_get_data (G_OBJECT (toast), "student-id");
  g_autoptr(GError) error = NULL;

  if (!passend_database_add_support_need (self->database, *id, need, &error))
    _passend_student_support_error (self, _("Could not undo"), error);
}

static void
remove_need_clicked_cb (GtkButton             *button,
                        PassendStudentSupport *self)
{
  const char *need = g_object_get_data (G_OBJECT (button), "need");
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  gint64 id = _passend_student_support_student_id (self);

  if (!passend_database_remove_support_need (self->database, id, need, &error))
    {
      _passend_student_support_error (self, _("Could not remove the need"), error);
      return;
    }

  /* TRANSLATORS: %s is a support need such as "dyslexie". */
  title = g_markup_printf_escaped (_("“%s” removed"), need);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "need", g_strdup (need), g_free);
  g_object_set_data_full (G_OBJECT (toast), "student-id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_need_cb), self, 0);
  _passend_student_support_toast (self, toast);
}

static void
add_need (PassendStudentSupport *self,
          const char            *need)
{
  g_autoptr(GError) error = NULL;

  if (need == NULL || need[0] == '\0')
    return;

  if (!passend_database_add_support_need (self->database, _passend_student_support_student_id (self), need, &error))
    _passend_student_support_error (self, _("Could not add the need"), error);

  gtk_popover_popdown (self->need_popover);
}

static void
need_entry_activate_cb (PassendStudentSupport *self)
{
  g_autofree char *need = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->need_entry))));

  add_need (self, need);
}

static void
known_need_activated_cb (PassendStudentSupport *self,
                         GtkListBoxRow         *row)
{
  add_need (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

static gboolean
filter_need (GtkListBoxRow *row,
             gpointer       user_data)
{
  PassendStudentSupport *self = user_data;
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->need_entry));
  g_autofree char *needle = g_utf8_casefold (typed, -1);
  g_autofree char *label = g_utf8_casefold (gtk_widget_get_name (GTK_WIDGET (row)), -1);

  return strstr (label, needle) != NULL;
}

static void
need_entry_changed_cb (PassendStudentSupport *self)
{
  gtk_list_box_invalidate_filter (self->known_needs_list);
}

static void
load_needs (PassendStudentSupport *self)
{
  g_auto(GStrv) needs = NULL;
  g_auto(GStrv) all = NULL;
  g_autoptr(GError) error = NULL;

  _passend_student_support_clear (self->needs_list);
  _passend_student_support_clear (self->known_needs_list);
  gtk_editable_set_text (GTK_EDITABLE (self->need_entry), "");

  needs = passend_database_list_support_needs (self->database, _passend_student_support_student_id (self), &error);
  if (needs != NULL)
    all = passend_database_list_all_support_needs (self->database, &error);
  if (all == NULL)
    {
      _passend_student_support_error (self, _("Could not load the support needs"), error);
      return;
    }

  for (guint i = 0; needs[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      /* TRANSLATORS: %s is a support need. */
      g_autofree char *tooltip = g_strdup_printf (_("Remove “%s”"), needs[i]);
      GtkWidget *remove = _passend_student_support_icon_button ("user-trash-symbolic", tooltip);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), needs[i]);
      g_object_set_data_full (G_OBJECT (remove), "need", g_strdup (needs[i]), g_free);
      g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_need_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->needs_list, row);
    }

  for (guint i = 0; all[i] != NULL; i++)
    {
      GtkWidget *label;
      GtkWidget *row;

      if (g_strv_contains ((const char * const *) needs, all[i]))
        continue;

      label = gtk_label_new (all[i]);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      row = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      gtk_widget_set_name (row, all[i]);
      gtk_list_box_append (self->known_needs_list, row);
    }
}


/* The widget */

static void
reload (PassendStudentSupport *self)
{
  if (self->database == NULL || self->student == NULL)
    return;

  load_status (self);
  load_history (self);
  load_needs (self);
  _passend_student_support_load_guardians (self);
  _passend_student_support_load_people (self);
}

static void
passend_student_support_dispose (GObject *object)
{
  PassendStudentSupport *self = PASSEND_STUDENT_SUPPORT (object);

  g_clear_object (&self->database);
  g_clear_object (&self->student);
  g_clear_pointer (&self->person_ids, g_array_unref);

  G_OBJECT_CLASS (passend_student_support_parent_class)->dispose (object);
}

static void
passend_student_support_class_init (PassendStudentSupportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_student_support_dispose;

  signals[SIGNAL_ADD_TOAST] =
    g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (PASSEND_TYPE_INTERVENTION_LIST);
  g_type_ensure (PASSEND_TYPE_CONSENT_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-student-support.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendStudentSupport, status_row);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentSupport, change_button);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentSupport, since_row);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentSupport, opp_set_row);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentSupport, opp_evaluated_row);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentSupport, case_row);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentSupport, close_button);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentSupport, reopen_button);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentSupport, add_need_button);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentSupport, need_popover);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentSupport, need_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentSupport, known_needs_list);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentSupport, needs_list);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentSupport, add_guardian_button);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentSupport, guardians_list);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentSupport, add_person_button);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentSupport, person_popover);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentSupport, person_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentSupport, person_note_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentSupport, people_list);
  gtk_widget_class_bind_template_child (widget_class, PassendStudentSupport, history_list);
  gtk_widget_class_bind_template_callback (widget_class, change_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, reopen_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, opp_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, need_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, need_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, known_need_activated_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "add_guardian_clicked_cb", G_CALLBACK (_passend_student_support_add_guardian_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "add_person_cb", G_CALLBACK (_passend_student_support_add_person_cb));
}

static void
passend_student_support_init (PassendStudentSupport *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_list_box_set_filter_func (self->known_needs_list, filter_need, self, NULL);
  gtk_list_box_set_placeholder (self->needs_list, placeholder (_("No support needs recorded")));
  gtk_list_box_set_placeholder (self->guardians_list, placeholder (_("No guardians recorded")));
  gtk_list_box_set_placeholder (self->people_list, placeholder (_("Nobody else involved yet")));
  gtk_list_box_set_placeholder (self->history_list, placeholder (_("No changes yet")));
}

GtkWidget *
passend_student_support_new (void)
{
  return g_object_new (PASSEND_TYPE_STUDENT_SUPPORT, NULL);
}

void
passend_student_support_set_database (PassendStudentSupport *self,
                                      PassendDatabase       *database)
{
  g_return_if_fail (PASSEND_IS_STUDENT_SUPPORT (self));
  g_return_if_fail (!database || PASSEND_IS_DATABASE (database));

  if (!g_set_object (&self->database, database))
    return;

  if (database != NULL)
    _passend_student_support_load_person_choices (self);
  reload (self);
}

void
passend_student_support_set_student (PassendStudentSupport *self,
                                     PassendStudent        *student)
{
  g_return_if_fail (PASSEND_IS_STUDENT_SUPPORT (self));
  g_return_if_fail (PASSEND_IS_STUDENT (student));

  g_set_object (&self->student, student);
  reload (self);
}
