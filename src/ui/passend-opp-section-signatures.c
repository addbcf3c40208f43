/* passend-opp-section-signatures.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-opp-editor-private.h"
#include "passend-pdf-check.h"
#include "passend-signature-dialog.h"

/* Who must still sign, the ways to record it (on the pad, on paper with
 * the scan, or a refusal with its reason), and what was recorded, each
 * with the fingerprint it was given on. */

typedef struct
{
  PassendOppEditor *self;
  PassendOppSigner  signer;
  gint64            guardian_id;
  char             *name;
} Signer;

static void
signer_free (gpointer data)
{
  Signer *signer = data;

  g_free (signer->name);
  g_free (signer);
}

static gboolean
signing_allowed (PassendOppDocument *doc)
{
  switch (doc->state)
    {
    case PASSEND_OPP_STATE_TER_INSTEMMING:
    case PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING:
    case PASSEND_OPP_STATE_VASTGESTELD:
    case PASSEND_OPP_STATE_IN_UITVOERING:
    case PASSEND_OPP_STATE_GEEVALUEERD:
      return TRUE;
    case PASSEND_OPP_STATE_CONCEPT:
    case PASSEND_OPP_STATE_IN_OVERLEG:
    case PASSEND_OPP_STATE_BIJGESTELD:
    case PASSEND_OPP_STATE_BEEINDIGD:
    default:
      return FALSE;
    }
}

/* The latest signature of this signer on the current content. */
static PassendOppSignature *
find_signature (PassendOppDocument *doc,
                PassendOppSigner    signer,
                gint64              guardian_id,
                const char         *hash)
{
  PassendOppSignature *found = NULL;

  for (guint i = 0; i < doc->signatures->len; i++)
    {
      PassendOppSignature *signature = g_ptr_array_index (doc->signatures, i);

      if (signature->signer == signer && signature->guardian_id == guardian_id &&
          g_strcmp0 (signature->version_sha256, hash) == 0)
        found = signature;
    }

  return found;
}

static void
signature_saved_cb (PassendOppEditor *self)
{
  _passend_opp_editor_reload (self);
  _passend_opp_editor_show_page (self, PASSEND_OPP_PAGE_SIGNATURES, NULL);
  _passend_opp_editor_toast (self, adw_toast_new (_("Signature recorded")));
}

static void
sign_clicked_cb (GtkButton *button,
                 Signer    *signer)
{
  PassendOppEditor *self = signer->self;
  PassendSignatureDialog *dialog;

  dialog = passend_signature_dialog_new (GTK_WINDOW (self), self->database, self->document);
  passend_signature_dialog_set_signer (dialog, signer->signer, signer->guardian_id);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (signature_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
record (PassendOppEditor     *self,
        PassendOppSignature  *signature,
        GBytes               *scan)
{
  g_autoptr(PassendSchool) school = passend_database_get_school (self->database, NULL);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (school != NULL)
    {
      g_free (signature->place);
      signature->place = g_strdup (passend_school_get_city (school));
    }

  _passend_opp_editor_begin_write (self);
  ok = passend_database_add_opp_signature (self->database, self->document->id, signature, scan, &error);
  _passend_opp_editor_end_write (self);
  if (!ok)
    {
      _passend_opp_editor_report (self, _("Could not record the signature"), error);
      return FALSE;
    }

  signature_saved_cb (self);
  return TRUE;
}

static void
scan_chosen_cb (GtkNativeDialog *chooser,
                int              response,
                Signer          *signer)
{
  PassendOppEditor *self = signer->self;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) scan = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendOppSignature) signature = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *media_type = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  basename = g_file_get_basename (file);
  scan = g_file_load_bytes (file, NULL, NULL, &error);
  if (scan != NULL)
    media_type = passend_pdf_check_attachment (basename, scan, PASSEND_ATTACHMENT_MAX_SIZE, &error);
  if (media_type == NULL)
    {
      _passend_opp_editor_report (self, _("Could not use the scan"), error);
      return;
    }

  signature = passend_opp_signature_new (signer->signer, PASSEND_OPP_OUTCOME_AGREED, signer->name,
                                         passend_day_today ());
  signature->guardian_id = signer->guardian_id;
  signature->method = PASSEND_OPP_METHOD_PAPER;
  record (self, signature, scan);
}

static void
paper_clicked_cb (GtkButton *button,
                  Signer    *signer)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Attach the Signed Paper"), GTK_WINDOW (signer->self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Attach"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Scans (PDF, PNG, JPEG)"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (scan_chosen_cb), signer);
  /* The chooser is kept until the editor goes. */
  g_object_set_data_full (G_OBJECT (button), "passend-opp-chooser", chooser, g_object_unref);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
refusal_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     Signer           *signer)
{
  GtkEditable *reason = g_object_get_data (G_OBJECT (dialog), "passend-opp-reason");
  g_autoptr(PassendOppSignature) signature = NULL;

  if (g_strcmp0 (response, "record") != 0)
    return;

  signature = passend_opp_signature_new (signer->signer, PASSEND_OPP_OUTCOME_NOT_AGREED, signer->name,
                                         passend_day_today ());
  signature->guardian_id = signer->guardian_id;
  signature->method = PASSEND_OPP_METHOD_NONE;
  g_free (signature->reason);
  signature->reason = g_strdup (gtk_editable_get_text (reason));
  record (signer->self, signature, NULL);
}

static void
reason_changed_cb (GtkEditable      *reason,
                   AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (reason)));

  adw_message_dialog_set_response_enabled (dialog, "record", text[0] != '\0');
}

static void
refuse_clicked_cb (GtkButton *button,
                   Signer    *signer)
{
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *reason = adw_entry_row_new ();

  /* TRANSLATORS: %s is who does not consent. */
  body = g_strdup_printf (_("Record that %s does not agree with the handelingsdeel, and why."), signer->name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (signer->self), _("No Consent"), body));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (reason), _("Reason"));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), reason);
  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "record", _("_Record"), NULL);
  adw_message_dialog_set_response_enabled (dialog, "record", FALSE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "passend-opp-reason", reason);
  g_signal_connect (reason, "changed", G_CALLBACK (reason_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (refusal_response_cb), signer);
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
dup_signature_text (PassendOppSignature *signature)
{
  g_autofree char *date = passend_day_format (signature->signed_on);
  g_autofree char *hash = passend_opp_short_hash (signature->version_sha256);

  if (signature->outcome == PASSEND_OPP_OUTCOME_NOT_AGREED)
    /* TRANSLATORS: "Not Agreed on Mon 4 Jan 2027: <reason>". */
    return g_strdup_printf (_("%s on %s: %s"), passend_opp_outcome_get_label (signature->outcome), date,
                            signature->reason);

  /* TRANSLATORS: "Agreed on Mon 4 Jan 2027 in Gouda · Signed on Screen · 3fa9c0e1b2d4". */
  return g_strdup_printf (_("%s on %s in %s · %s · %s"), passend_opp_outcome_get_label (signature->outcome), date,
                          signature->place[0] != '\0' ? signature->place : "—",
                          passend_opp_method_get_label (signature->method), hash);
}

static GtkWidget *
action_button (GtkWidget  *row,
               const char *label,
               const char *name,
               GCallback   callback,
               Signer     *signer)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_name (button, name);
  g_signal_connect (button, "clicked", callback, signer);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return button;
}

static void
add_signer_row (PassendOppEditor *self,
                GtkWidget        *group,
                PassendOppSigner  kind,
                gint64            guardian_id,
                const char       *name,
                const char       *hash,
                gboolean          allowed)
{
  PassendOppSignature *signature = find_signature (self->document, kind, guardian_id, hash);
  GtkWidget *row = adw_action_row_new ();
  Signer *signer = g_new0 (Signer, 1);
  g_autofree char *sign_name = g_strdup_printf ("sign-%s-%" G_GINT64_FORMAT,
                                                passend_opp_signer_to_string (kind), guardian_id);
  g_autofree char *status = NULL;

  signer->self = self;
  signer->signer = kind;
  signer->guardian_id = guardian_id;
  signer->name = g_strdup (name);
  g_object_set_data_full (G_OBJECT (row), "passend-opp-signer", signer, signer_free);

  status = signature != NULL ? dup_signature_text (signature) : g_strdup (_("Not signed yet"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), status);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name (signature == NULL ? "document-edit-symbolic"
                                                           : signature->outcome == PASSEND_OPP_OUTCOME_AGREED
                                                           ? "emblem-ok-symbolic" : "dialog-warning-symbolic"));

  if (allowed && (signature == NULL || signature->outcome != PASSEND_OPP_OUTCOME_AGREED))
    {
      GtkWidget *sign = action_button (row, _("_Sign…"), sign_name, G_CALLBACK (sign_clicked_cb), signer);

      gtk_widget_add_css_class (sign, "suggested-action");
      action_button (row, _("Signed on _Paper…"), "paper", G_CALLBACK (paper_clicked_cb), signer);
      if (kind != PASSEND_OPP_SIGNER_STUDENT || passend_opp_student_consents (self->document, &self->rules,
                                                                              passend_day_today ()))
        action_button (row, _("No C_onsent…"), "refuse", G_CALLBACK (refuse_clicked_cb), signer);
    }

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static const char *
consent_text (PassendOppConsent consent)
{
  switch (consent)
    {
    case PASSEND_OPP_CONSENT_NOT_NEEDED:
      return _("No consent is needed: the handelingsdeel has no extra support.");
    case PASSEND_OPP_CONSENT_GIVEN:
      return _("Consent is complete for this content.");
    case PASSEND_OPP_CONSENT_REFUSED:
      return _("Consent was refused: record no agreement, or change the plan in consultation.");
    case PASSEND_OPP_CONSENT_MISSING:
    default:
      return _("Consent with the handelingsdeel is still missing.");
    }
}

static void
build_signers (PassendOppEditor *self,
               GtkWidget        *box)
{
  PassendOppDocument *doc = self->document;
  PassendDay today = passend_day_today ();
  g_autofree char *hash = passend_opp_document_get_hash (doc);
  gboolean allowed = signing_allowed (doc);
  PassendOppConsent consent = passend_opp_get_consent (doc, &self->rules, today);
  g_autoptr(GString) description = g_string_new (consent_text (consent));
  GtkWidget *group;
  guint n_guardians = 0;

  if (!allowed && !passend_opp_document_is_established (doc))
    g_string_append_printf (description, " %s", _("Signing starts when you ask for consent."));

  group = _passend_opp_group_new (box, _("Who Must Sign"), description->str);

  if (!passend_opp_student_consents (doc, &self->rules, today))
    for (guint i = 0; i < doc->guardians->len; i++)
      {
        PassendOppGuardian *guardian = g_ptr_array_index (doc->guardians, i);

        if (!guardian->has_gezag)
          continue;
        add_signer_row (self, group, PASSEND_OPP_SIGNER_GUARDIAN, guardian->id, guardian->name, hash, allowed);
        n_guardians++;
      }

  if (n_guardians == 0 && !passend_opp_student_consents (doc, &self->rules, today))
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No guardian with parental authority recorded"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Add them on the student’s Support page"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  add_signer_row (self, group, PASSEND_OPP_SIGNER_STUDENT, 0, doc->student_name, hash, allowed);
}

static void
remove_signature_clicked_cb (GtkButton        *button,
                             PassendOppEditor *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "passend-opp-signature"));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  _passend_opp_editor_begin_write (self);
  ok = passend_database_remove_opp_signature (self->database, id, &error);
  _passend_opp_editor_end_write (self);
  if (!ok)
    _passend_opp_editor_report (self, _("Could not remove the signature"), error);
  _passend_opp_editor_reload (self);
  _passend_opp_editor_show_page (self, PASSEND_OPP_PAGE_SIGNATURES, NULL);
}

static void
build_recorded (PassendOppEditor *self,
                GtkWidget        *box)
{
  PassendOppDocument *doc = self->document;
  GtkWidget *group = _passend_opp_group_new (box, _("Recorded Signatures"),
                                             doc->signatures->len == 0 ? _("None yet.") : NULL);

  for (guint i = 0; i < doc->signatures->len; i++)
    {
      PassendOppSignature *signature = g_ptr_array_index (doc->signatures, i);
      g_autofree char *title = NULL;
      g_autofree char *text = dup_signature_text (signature);
      GtkWidget *row = adw_action_row_new ();

      if (signature->role[0] != '\0')
        /* TRANSLATORS: a signer and their role, "A. de Vries (moeder)". */
        title = g_strdup_printf (C_("signer", "%s (%s)"), signature->name, signature->role);
      else
        title = g_strdup_printf (C_("signer", "%s (%s)"), signature->name,
                                 passend_opp_signer_get_label (signature->signer));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);

      if (!passend_opp_document_is_established (doc) && signature->signer != PASSEND_OPP_SIGNER_SCHOOL)
        {
          GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

          gtk_widget_set_tooltip_text (remove, _("Remove (recorded by mistake)"));
          gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (remove, "flat");
          g_object_set_data (G_OBJECT (remove), "passend-opp-signature", GSIZE_TO_POINTER (signature->id));
          g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_signature_clicked_cb), self, 0);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
        }

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

void
_passend_opp_build_signatures (PassendOppEditor *self,
                               GtkWidget        *box)
{
  build_signers (self, box);
  build_recorded (self, box);
}
