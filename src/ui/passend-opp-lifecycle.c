/* passend-opp-lifecycle.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-opp-editor-private.h"
#include "passend-ui-util.h"

/* The state bar: where the version stands, and the steps the lifecycle
 * allows from there as buttons. Vaststellen freezes the content and is
 * confirmed with its fingerprint; the others are reversible or recorded
 * in the history. */

static const char *
step_label (PassendOppState from,
            PassendOppState to)
{
  switch (to)
    {
    case PASSEND_OPP_STATE_IN_OVERLEG:
      return from == PASSEND_OPP_STATE_CONCEPT ? _("Start _Consultation") : _("Back to _Consultation");
    case PASSEND_OPP_STATE_TER_INSTEMMING:
      return _("Ask for _Consent");
    case PASSEND_OPP_STATE_VASTGESTELD:
      return _("_Establish…");
    case PASSEND_OPP_STATE_IN_UITVOERING:
      return from == PASSEND_OPP_STATE_GEEVALUEERD ? _("_Carry On") : _("Start _Carrying Out");
    case PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING:
      return _("_No Agreement…");
    /* Evaluated follows from recording an evaluation. */
    case PASSEND_OPP_STATE_GEEVALUEERD:
    case PASSEND_OPP_STATE_CONCEPT:
    case PASSEND_OPP_STATE_BIJGESTELD:
    case PASSEND_OPP_STATE_BEEINDIGD:
    default:
      return NULL;
    }
}

static char *
dup_detail (PassendOppEditor *self)
{
  PassendOppDocument *doc = self->document;
  g_autofree char *short_hash = passend_opp_short_hash (doc->content_sha256);

  if (doc->state == PASSEND_OPP_STATE_BEEINDIGD)
    {
      g_autofree char *date = passend_day_format (doc->ended_on);

      /* TRANSLATORS: "Ended on Mon 4 Jan 2027: Left the School". */
      return g_strdup_printf (_("Ended on %s: %s"), date,
                              doc->has_end_reason ? passend_opp_end_reason_get_label (doc->end_reason) : "");
    }

  if (passend_opp_document_is_established (doc))
    {
      g_autofree char *date = passend_day_format (doc->established_on);

      /* TRANSLATORS: "Established on Mon 4 Jan 2027 · fingerprint 3fa9c0e1b2d4 · read-only". */
      return g_strdup_printf (_("Established on %s · fingerprint %s · read-only: start a new version to "
                                "change it"), date, short_hash);
    }

  if (doc->state == PASSEND_OPP_STATE_TER_INSTEMMING || doc->state == PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING)
    return g_strdup (_("Waiting for consent: the content is fixed while it is signed"));

  if (doc->trigger_on != PASSEND_DAY_NONE)
    {
      PassendDay due = passend_opp_establish_due (doc->trigger_on, &self->rules);
      g_autofree char *relative = passend_day_format_relative (due, passend_day_today ());

      /* TRANSLATORS: %s is "in 3 weeks" or "2 weeks overdue". */
      return g_strdup_printf (_("Stored as you type · to be established %s"), relative);
    }

  return g_strdup (_("Stored as you type"));
}

/* Establishing */

typedef struct
{
  PassendOppEditor *self;
  GtkEditable      *name;
  GtkEditable      *role;
  GtkEditable      *place;
} EstablishDialog;

static void
establish_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       EstablishDialog  *data)
{
  PassendOppEditor *self = data->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *short_hash = NULL;
  g_autofree char *text = NULL;
  gboolean ok;

  if (g_strcmp0 (response, "establish") != 0)
    return;

  _passend_opp_editor_begin_write (self);
  ok = passend_database_establish_opp (self->database, self->document->id, passend_day_today (),
                                       gtk_editable_get_text (data->name), gtk_editable_get_text (data->role),
                                       gtk_editable_get_text (data->place), &error);
  _passend_opp_editor_end_write (self);
  if (!ok)
    {
      _passend_opp_editor_report (self, _("Could not establish the OPP"), error);
      return;
    }

  _passend_opp_editor_reload (self);
  short_hash = passend_opp_short_hash (self->document->content_sha256);
  /* TRANSLATORS: %s is the short fingerprint of the frozen content. */
  text = g_strdup_printf (_("Established with fingerprint %s"), short_hash);
  _passend_opp_editor_toast (self, adw_toast_new (text));
}

static GtkWidget *
dialog_entry (GtkWidget  *list,
              const char *title,
              const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static GtkWidget *
dialog_list_new (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

static void
show_missing (PassendOppEditor *self,
              const GError     *error)
{
  g_autoptr(GPtrArray) missing = passend_opp_list_missing (self->document, &self->rules, passend_day_today ());
  g_autoptr(GString) body = g_string_new (NULL);
  AdwMessageDialog *dialog;

  for (guint i = 0; missing != NULL && i < missing->len; i++)
    g_string_append_printf (body, "• %s\n", (const char *) g_ptr_array_index (missing, i));
  if (body->len == 0)
    g_string_append (body, error->message);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Not Ready to Establish"),
                                                       body->str));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
confirm_establish (PassendOppEditor *self)
{
  g_autoptr(PassendSchool) school = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *body = NULL;
  EstablishDialog *data;
  AdwMessageDialog *dialog;
  GtkWidget *list;

  passend_opp_saver_flush (self->saver);
  _passend_opp_editor_refresh (self);
  if (!passend_opp_check_transition (self->document, PASSEND_OPP_STATE_VASTGESTELD, &self->rules,
                                     passend_day_today (), &error))
    {
      show_missing (self, error);
      return;
    }

  hash = passend_opp_document_compute_hash (self->document);
  /* TRANSLATORS: %d is the version number, %s its full fingerprint. */
  body = g_strdup_printf (_("Establishing freezes version %d: its content can no longer change, and every later "
                            "change makes a new version that needs new consent. The fingerprint printed on "
                            "every page and named by every signature is\n\n%s"),
                          self->document->number, hash);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Establish the OPP?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "establish", _("_Establish"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "establish", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");

  school = passend_database_get_school (self->database, NULL);
  list = dialog_list_new ();
  data = g_new0 (EstablishDialog, 1);
  data->self = self;
  data->name = GTK_EDITABLE (dialog_entry (list, _("Established By"),
                                           school ? passend_school_get_coordinator_name (school) : NULL));
  data->role = GTK_EDITABLE (dialog_entry (list, _("Role"), NULL));
  data->place = GTK_EDITABLE (dialog_entry (list, _("Place"), school ? passend_school_get_city (school) : NULL));
  adw_message_dialog_set_extra_child (dialog, list);

  g_signal_connect_data (dialog, "response", G_CALLBACK (establish_response_cb), data,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Other steps */

static void
no_agreement_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          GtkEditable      *note)
{
  PassendOppEditor *self = PASSEND_OPP_EDITOR (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_strcmp0 (response, "record") != 0)
    return;

  _passend_opp_editor_begin_write (self);
  ok = passend_database_set_opp_state (self->database, self->document->id, PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING,
                                       gtk_editable_get_text (note), &error);
  _passend_opp_editor_end_write (self);
  if (!ok)
    _passend_opp_editor_report (self, _("Could not record the disagreement"), error);
  _passend_opp_editor_reload (self);
}

static void
confirm_no_agreement (PassendOppEditor *self)
{
  AdwMessageDialog *dialog;
  GtkWidget *list = dialog_list_new ();
  GtkWidget *note = dialog_entry (list, _("Note"), NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Record No Agreement?"),
                                                       _("The parents did not agree with the handelingsdeel. The "
                                                         "support goes on meanwhile; the school can still "
                                                         "establish the OPP, with the disagreement on record.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "record", _("_Record"), NULL);
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_extra_child (dialog, list);
  g_signal_connect (dialog, "response", G_CALLBACK (no_agreement_response_cb), note);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
step_clicked_cb (GtkButton        *button,
                 PassendOppEditor *self)
{
  PassendOppState to = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "passend-opp-state"));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (to == PASSEND_OPP_STATE_VASTGESTELD)
    {
      confirm_establish (self);
      return;
    }

  if (to == PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING)
    {
      confirm_no_agreement (self);
      return;
    }

  passend_opp_saver_flush (self->saver);
  _passend_opp_editor_begin_write (self);
  ok = passend_database_set_opp_state (self->database, self->document->id, to, "", &error);
  _passend_opp_editor_end_write (self);
  if (!ok)
    {
      _passend_opp_editor_report (self, _("Could not change the state"), error);
      return;
    }

  _passend_opp_editor_reload (self);
  /* Asking for consent: the next thing to do is to collect it. */
  if (to == PASSEND_OPP_STATE_TER_INSTEMMING)
    _passend_opp_editor_show_page (self, PASSEND_OPP_PAGE_SIGNATURES, NULL);
}

static void
new_version_clicked_cb (GtkButton        *button,
                        PassendOppEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 new_id = 0;
  gboolean ok;

  _passend_opp_editor_begin_write (self);
  ok = passend_database_new_opp_version (self->database, self->document->id, &new_id, &error);
  _passend_opp_editor_end_write (self);
  if (!ok)
    {
      _passend_opp_editor_report (self, _("Could not start a new version"), error);
      return;
    }

  _passend_opp_editor_open_version (self, new_id);
  /* TRANSLATORS: %d is the new version's number. */
  text = g_strdup_printf (_("Version %d started from the established one"), self->document->number);
  _passend_opp_editor_toast (self, adw_toast_new (text));
  _passend_opp_editor_show_page (self, PASSEND_OPP_PAGE_GEGEVENS, NULL);
}

static gboolean
is_newest (PassendOppEditor *self)
{
  g_autoptr(GPtrArray) versions = passend_database_list_opp_versions (self->database, self->document->student_id,
                                                                      NULL);
  PassendOppVersionInfo *newest;

  if (versions == NULL || versions->len == 0)
    return TRUE;

  newest = g_ptr_array_index (versions, 0);
  return newest->id == self->document->id;
}

static GtkWidget *
step_button (const char *label)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

void
_passend_opp_lifecycle_update (PassendOppEditor *self)
{
  PassendOppDocument *doc = self->document;
  g_autoptr(GArray) next = passend_opp_next_states (doc);
  g_autofree char *detail = dup_detail (self);
  GtkWidget *label = GTK_WIDGET (self->state_label);
  gboolean can_end = FALSE;

  gtk_label_set_text (self->state_label, passend_opp_state_get_label (doc->state));
  gtk_widget_remove_css_class (label, "frozen");
  gtk_widget_remove_css_class (label, "ended");
  if (doc->state == PASSEND_OPP_STATE_BEEINDIGD || doc->state == PASSEND_OPP_STATE_BIJGESTELD)
    gtk_widget_add_css_class (label, "ended");
  else if (passend_opp_document_is_established (doc))
    gtk_widget_add_css_class (label, "frozen");
  gtk_label_set_text (self->state_detail_label, detail);

  passend_ui_remove_children (GTK_WIDGET (self->state_actions_box));
  for (guint i = 0; i < next->len; i++)
    {
      PassendOppState to = g_array_index (next, PassendOppState, i);
      const char *text = step_label (doc->state, to);
      GtkWidget *button;

      if (to == PASSEND_OPP_STATE_BEEINDIGD)
        {
          can_end = TRUE;
          continue;
        }
      if (text == NULL)
        continue;

      button = step_button (text);
      {
        g_autofree char *name = g_strconcat ("step-", passend_opp_state_to_string (to), NULL);

        gtk_widget_set_name (button, name);
      }
      g_object_set_data (G_OBJECT (button), "passend-opp-state", GUINT_TO_POINTER (to));
      if (to == PASSEND_OPP_STATE_VASTGESTELD || i == 0)
        gtk_widget_add_css_class (button, "suggested-action");
      g_signal_connect_object (button, "clicked", G_CALLBACK (step_clicked_cb), self, 0);
      gtk_box_append (self->state_actions_box, button);
    }

  if ((passend_opp_document_is_established (doc) || doc->state == PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING) &&
      doc->state != PASSEND_OPP_STATE_BEEINDIGD && doc->state != PASSEND_OPP_STATE_BIJGESTELD &&
      is_newest (self))
    {
      GtkWidget *button = step_button (_("Start _New Version"));

      gtk_widget_set_name (button, "new-version");

      gtk_widget_set_tooltip_text (button, _("Change the OPP (bijstellen): a copy to edit, which needs new consent"));
      g_signal_connect_object (button, "clicked", G_CALLBACK (new_version_clicked_cb), self, 0);
      gtk_box_append (self->state_actions_box, button);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "opp.end", can_end);
}

/* Ending */

typedef struct
{
  PassendOppEditor *self;
  GtkDropDown      *reason;
  GtkEditable      *note;
} EndDialog;

static void
end_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 EndDialog        *data)
{
  PassendOppEditor *self = data->self;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_strcmp0 (response, "end") != 0)
    return;

  _passend_opp_editor_begin_write (self);
  ok = passend_database_end_opp (self->database, self->document->id, passend_day_today (),
                                 gtk_drop_down_get_selected (data->reason), gtk_editable_get_text (data->note),
                                 &error);
  _passend_opp_editor_end_write (self);
  if (!ok)
    {
      _passend_opp_editor_report (self, _("Could not end the OPP"), error);
      return;
    }

  _passend_opp_editor_reload (self);
  _passend_opp_editor_toast (self, adw_toast_new (_("OPP ended")));
}

void
_passend_opp_lifecycle_end (PassendOppEditor *self)
{
  const char *reasons[] = {
    passend_opp_end_reason_get_label (PASSEND_OPP_END_SUPPORT_ENDED),
    passend_opp_end_reason_get_label (PASSEND_OPP_END_LEFT_SCHOOL),
    passend_opp_end_reason_get_label (PASSEND_OPP_END_TLV),
    passend_opp_end_reason_get_label (PASSEND_OPP_END_OTHER),
    NULL,
  };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = dialog_list_new ();
  AdwMessageDialog *dialog;
  EndDialog *data = g_new0 (EndDialog, 1);

  data->self = self;
  data->reason = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (reasons));
  gtk_accessible_update_property (GTK_ACCESSIBLE (data->reason), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  data->note = GTK_EDITABLE (dialog_entry (list, _("Note"), NULL));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (data->reason));
  gtk_box_append (GTK_BOX (box), list);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("End the OPP?"),
                                                       _("The OPP stops today. It stays readable and printable, "
                                                         "with the reason on record.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "end", _("_End OPP"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "end", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_extra_child (dialog, box);
  g_signal_connect_data (dialog, "response", G_CALLBACK (end_response_cb), data,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
