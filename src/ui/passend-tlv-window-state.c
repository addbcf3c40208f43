/* passend-tlv-window-state.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-tlv-window-private.h"
#include "passend-ui-util.h"

/* The state bar with the steps the lifecycle allows now, the dialog that
 * takes a step (a day and a note; toegekend also the category and the
 * granted period), and the History page. */

typedef struct
{
  PassendTlvWindow *self;
  PassendTlvState   to;
  GtkEditable      *day_entry;
  GtkEditable      *note_entry;
  GtkDropDown      *category_drop;
  GtkEditable      *start_entry;
  GtkEditable      *end_entry;
} StepDialog;

static void
step_dialog_free (gpointer data)
{
  StepDialog *step = data;

  g_object_unref (step->self);
  g_free (step);
}

static const char *
step_label (PassendTlvState to)
{
  switch (to)
    {
    case PASSEND_TLV_STATE_INGEDIEND:
      return _("_Submitted…");
    case PASSEND_TLV_STATE_IN_BEHANDELING:
      return _("Under _Review…");
    case PASSEND_TLV_STATE_AANVULLING_GEVRAAGD:
      return _("Supplement _Requested…");
    case PASSEND_TLV_STATE_TOEGEKEND:
      return _("_Granted…");
    case PASSEND_TLV_STATE_AFGEWEZEN:
      return _("Re_fused…");
    case PASSEND_TLV_STATE_BEZWAAR:
      return _("_Objection…");
    case PASSEND_TLV_STATE_VOORBEREIDING:
    default:
      return NULL;
    }
}

static GtkWidget *
labelled (GtkWidget  *box,
          const char *label,
          GtkWidget  *widget)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), widget);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), widget);
  return widget;
}

static void
take_step (StepDialog *step)
{
  PassendTlvWindow *self = step->self;
  g_autoptr(GError) error = NULL;
  PassendDay day, start = PASSEND_DAY_NONE, end = PASSEND_DAY_NONE;
  gint64 id = passend_tlv_request_get_id (self->request);
  const char *note = gtk_editable_get_text (step->note_entry);
  gboolean ok;

  if (!_passend_tlv_parse_day (step->day_entry, &day) || day == PASSEND_DAY_NONE)
    {
      _passend_tlv_window_toast (self, _("Enter the day as dd-mm-yyyy"));
      return;
    }

  if (step->to == PASSEND_TLV_STATE_TOEGEKEND)
    {
      if (!_passend_tlv_parse_day (step->start_entry, &start) ||
          !_passend_tlv_parse_day (step->end_entry, &end))
        {
          _passend_tlv_window_toast (self, _("Enter the granted period as dd-mm-yyyy"));
          return;
        }
      ok = passend_database_grant_tlv (self->database, id, day, gtk_drop_down_get_selected (step->category_drop),
                                       start, end, note, &error);
    }
  else
    ok = passend_database_set_tlv_state (self->database, id, step->to, day, note, &error);

  if (!ok)
    {
      _passend_tlv_window_error (self, _("Could not record the step"), error);
      return;
    }

  _passend_tlv_window_reload (self);
}

/* The dialog closes itself after a response; a refused step is named in
 * a toast, and the request stays as it was. */
static void
step_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  StepDialog       *step)
{
  if (g_strcmp0 (response, "apply") == 0)
    take_step (step);
}

static void
step_clicked_cb (GtkButton *button,
                 gpointer   user_data)
{
  PassendTlvWindow *self = PASSEND_TLV_WINDOW (gtk_widget_get_root (GTK_WIDGET (button)));
  PassendTlvState to = GPOINTER_TO_INT (user_data);
  g_autofree char *today = _passend_tlv_day_to_entry (passend_day_today ());
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  StepDialog *step;
  GtkWidget *dialog, *box;

  passend_tlv_window_flush (self);

  step = g_new0 (StepDialog, 1);
  step->self = g_object_ref (self);
  step->to = to;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  step->day_entry = GTK_EDITABLE (labelled (box, _("_Day (dd-mm-yyyy)"), gtk_entry_new ()));
  gtk_editable_set_text (step->day_entry, today);
  gtk_entry_set_activates_default (GTK_ENTRY (step->day_entry), TRUE);

  if (to == PASSEND_TLV_STATE_TOEGEKEND)
    {
      PassendDay start = passend_tlv_request_get_requested_start (self->request);
      PassendDay end = passend_tlv_request_get_requested_end (self->request);
      g_autofree char *start_text = _passend_tlv_day_to_entry (start);
      g_autofree char *end_text = _passend_tlv_day_to_entry (end);

      for (guint i = 0; i < PASSEND_TLV_N_CATEGORIES; i++)
        gtk_string_list_append (categories, passend_tlv_category_get_label (i));
      step->category_drop = GTK_DROP_DOWN (labelled (box, _("Granted _Category"),
                                                     gtk_drop_down_new (G_LIST_MODEL (g_object_ref (categories)), NULL)));
      gtk_drop_down_set_selected (step->category_drop, passend_tlv_request_get_category (self->request));
      step->start_entry = GTK_EDITABLE (labelled (box, _("Granted _From"), gtk_entry_new ()));
      gtk_editable_set_text (step->start_entry, start_text);
      step->end_entry = GTK_EDITABLE (labelled (box, _("Granted _Until"), gtk_entry_new ()));
      gtk_editable_set_text (step->end_entry, end_text);
    }

  step->note_entry = GTK_EDITABLE (labelled (box, _("_Note"), gtk_entry_new ()));
  gtk_entry_set_activates_default (GTK_ENTRY (step->note_entry), TRUE);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), passend_tlv_state_get_label (to), NULL);
  if (to == PASSEND_TLV_STATE_AFGEWEZEN)
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                                 _("The parents can object within six weeks of the decision."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "apply", _("_Record"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "step", step, step_dialog_free);
  g_signal_connect (dialog, "response", G_CALLBACK (step_response_cb), step);
  gtk_widget_set_name (dialog, "tlv-step-dialog");
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
state_detail (PassendTlvWindow *self)
{
  PassendTlvRequest *r = self->request;
  PassendDay today = passend_day_today ();

  switch (passend_tlv_request_get_state (r))
    {
    case PASSEND_TLV_STATE_VOORBEREIDING:
      return g_strdup (_("Gather the dossier, then assemble and send it to the samenwerkingsverband."));
    case PASSEND_TLV_STATE_INGEDIEND:
    case PASSEND_TLV_STATE_IN_BEHANDELING:
      {
        g_autofree char *day = passend_day_format (passend_tlv_request_get_submitted_on (r));
        /* TRANSLATORS: "Submitted on Mon 23 Nov 2026". */
        return g_strdup_printf (_("Submitted on %s"), day);
      }
    case PASSEND_TLV_STATE_AANVULLING_GEVRAAGD:
      return g_strdup (_("The term is paused until the dossier is supplemented and sent again."));
    case PASSEND_TLV_STATE_TOEGEKEND:
      {
        g_autofree char *start = passend_day_format (passend_tlv_request_get_granted_start (r));
        g_autofree char *end = passend_day_format (passend_tlv_request_get_granted_end (r));
        /* TRANSLATORS: "Category Low, Mon 1 Aug 2027 to Tue 31 Jul 2029". */
        return g_strdup_printf (_("Category %s, %s to %s"),
                                passend_tlv_category_get_label (passend_tlv_request_get_granted_category (r)),
                                start, end);
      }
    case PASSEND_TLV_STATE_AFGEWEZEN:
      {
        PassendDay due = passend_tlv_objection_due (passend_tlv_request_get_decided_on (r));
        g_autofree char *day = passend_day_format (due);
        g_autofree char *relative = passend_day_format_relative (due, today);

        if (due == PASSEND_DAY_NONE)
          return g_strdup (_("Refused"));
        /* TRANSLATORS: "Objection possible until Mon 4 Jan 2027 (in 3 weeks)". */
        return g_strdup_printf (_("Objection possible until %s (%s)"), day, relative);
      }
    case PASSEND_TLV_STATE_BEZWAAR:
      {
        g_autofree char *day = passend_day_format (passend_tlv_request_get_objection_on (r));
        /* TRANSLATORS: "Objection made on Mon 23 Nov 2026; the LBT advises the samenwerkingsverband". */
        return g_strdup_printf (_("Objection made on %s; the LBT advises the samenwerkingsverband"), day);
      }
    default:
      return g_strdup ("");
    }
}

void
_passend_tlv_window_state_load (PassendTlvWindow *self)
{
  PassendTlvState state = passend_tlv_request_get_state (self->request);
  g_autofree char *detail = state_detail (self);

  gtk_label_set_text (self->state_label, passend_tlv_state_get_label (state));
  gtk_widget_remove_css_class (GTK_WIDGET (self->state_label), "granted");
  gtk_widget_remove_css_class (GTK_WIDGET (self->state_label), "refused");
  if (state == PASSEND_TLV_STATE_TOEGEKEND)
    gtk_widget_add_css_class (GTK_WIDGET (self->state_label), "granted");
  else if (state == PASSEND_TLV_STATE_AFGEWEZEN)
    gtk_widget_add_css_class (GTK_WIDGET (self->state_label), "refused");
  gtk_label_set_text (self->state_detail_label, detail);

  passend_wrap_box_remove_all (self->state_actions_box);
  for (guint to = 0; to < PASSEND_TLV_N_STATES; to++)
    {
      GtkWidget *button;
      const char *label;

      if (!passend_tlv_state_can_change (state, to) || (label = step_label (to)) == NULL)
        continue;

      button = gtk_button_new_with_mnemonic (label);
      gtk_widget_set_name (button, passend_tlv_state_to_string (to));
      g_signal_connect (button, "clicked", G_CALLBACK (step_clicked_cb), GINT_TO_POINTER (to));
      passend_wrap_box_append (self->state_actions_box, button);
    }
}

static void
append_row (GtkListBox *list,
            const char *title,
            const char *subtitle,
            GtkWidget  *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL && subtitle[0] != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (suffix != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  gtk_list_box_append (list, row);
}

void
_passend_tlv_window_history_load (PassendTlvWindow *self)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) dossiers = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = passend_tlv_request_get_id (self->request);

  _passend_tlv_clear_list (self->history_list);
  _passend_tlv_clear_list (self->sent_list);

  changes = passend_database_list_tlv_state_changes (self->database, id, &error);
  if (changes == NULL)
    {
      g_debug ("TLV history of %" G_GINT64_FORMAT " not listed: %s", id, error->message);
      g_clear_error (&error);
    }
  /* Newest first: the question is usually what happened last. */
  for (guint i = changes != NULL ? changes->len : 0; i > 0; i--)
    {
      PassendTlvStateChange *change = g_ptr_array_index (changes, i - 1);
      g_autofree char *day = passend_day_format (change->changed_on);
      g_autofree char *subtitle = NULL;

      if (change->note != NULL && change->note[0] != '\0')
        /* TRANSLATORS: a state change in the history: "Mon 23 Nov 2026 — note". */
        subtitle = g_strdup_printf (_("%s — %s"), day, change->note);
      append_row (self->history_list, passend_tlv_state_get_label (change->state),
                  subtitle != NULL ? subtitle : day, NULL);
    }

  dossiers = passend_database_list_tlv_dossiers (self->database, id, &error);
  if (dossiers == NULL)
    g_debug ("Sent TLV dossiers of %" G_GINT64_FORMAT " not listed: %s", id, error->message);
  if (dossiers == NULL || dossiers->len == 0)
    append_row (self->sent_list, _("No dossier sent yet"), NULL, NULL);
  for (guint i = 0; dossiers != NULL && i < dossiers->len; i++)
    {
      PassendTlvSentDossier *sent = g_ptr_array_index (dossiers, i);
      g_autofree char *day = passend_day_format (sent->sent_on);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *button;

      /* TRANSLATORS: a sent dossier: "Sent on Mon 23 Nov 2026". */
      title = g_strdup_printf (_("Sent on %s"), day);
      /* TRANSLATORS: "12 pages · SHA-256 3f2a…"; the hash proves what was sent. */
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page · SHA-256 %.12s…",
                                               "%u pages · SHA-256 %.12s…", sent->page_count),
                                  sent->page_count, sent->pdf_sha256);
      button = gtk_button_new_with_mnemonic (_("E_xport Again…"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "tlv.export-sent");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", sent->id);
      append_row (self->sent_list, title, subtitle, button);
    }
}
