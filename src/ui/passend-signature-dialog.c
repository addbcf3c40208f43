/* passend-signature-dialog.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-database-opp.h"
#include "passend-opp-content.h"
#include "passend-pdf-check.h"
#include "passend-signature-dialog.h"
#include "passend-signature-pad.h"

enum {
  METHOD_PAD,
  METHOD_PAPER,
  METHOD_NONE,
};

/* One entry of the signer list. */
typedef struct
{
  PassendOppSigner signer;
  gint64           guardian_id;
  char            *name;
  char            *role;
} Choice;

struct _PassendSignatureDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkButton           *save_button;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  AdwActionRow        *hash_row;
  AdwComboRow         *signer_row;
  AdwEntryRow         *name_row;
  AdwEntryRow         *role_row;
  AdwPreferencesGroup *outcome_group;
  AdwComboRow         *outcome_row;
  AdwEntryRow         *reason_row;
  AdwEntryRow         *date_row;
  AdwEntryRow         *place_row;
  AdwPreferencesGroup *signature_group;
  AdwComboRow         *method_row;
  AdwActionRow        *scan_row;
  GtkWidget           *pad_box;
  PassendSignaturePad *pad;
  GtkButton           *undo_button;
  GtkButton           *clear_button;
  GtkLabel            *school_label;

  /* Owned references */
  PassendDatabase     *database;
  PassendOppDocument  *document;
  GArray              *choices;   /* Choice */
  GBytes              *scan;
  char                *scan_name;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (PassendSignatureDialog, passend_signature_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
choice_clear (gpointer data)
{
  Choice *choice = data;

  g_free (choice->name);
  g_free (choice->role);
}

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
show_error (PassendSignatureDialog *self,
            const char             *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static const Choice *
selected_choice (PassendSignatureDialog *self)
{
  guint index = adw_combo_row_get_selected (self->signer_row);

  if (index >= self->choices->len)
    return NULL;
  return &g_array_index (self->choices, Choice, index);
}

static gboolean
is_school (PassendSignatureDialog *self)
{
  const Choice *choice = selected_choice (self);

  return choice != NULL && choice->signer == PASSEND_OPP_SIGNER_SCHOOL;
}

static void
update_visibility (PassendSignatureDialog *self)
{
  gboolean school = is_school (self);
  guint method = adw_combo_row_get_selected (self->method_row);

  /* The school's vaststelling is recorded as a decision, not drawn. */
  gtk_widget_set_visible (GTK_WIDGET (self->outcome_group), !school);
  gtk_widget_set_visible (GTK_WIDGET (self->signature_group), !school);
  gtk_widget_set_visible (self->pad_box, !school && method == METHOD_PAD);
  gtk_widget_set_visible (GTK_WIDGET (self->scan_row), !school && method == METHOD_PAPER);
  gtk_widget_set_visible (GTK_WIDGET (self->reason_row),
                          !school && adw_combo_row_get_selected (self->outcome_row) == 1);
  gtk_widget_set_visible (GTK_WIDGET (self->school_label), school);
  gtk_button_set_label (self->save_button, school ? _("_Establish") : _("_Save"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->role_row),
                                 school ? _("Position") : _("Relation or Role"));
}

static void
signer_changed_cb (PassendSignatureDialog *self)
{
  const Choice *choice = selected_choice (self);

  if (choice == NULL)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), choice->name != NULL ? choice->name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->role_row), choice->role != NULL ? choice->role : "");
  update_visibility (self);
}

static void
outcome_changed_cb (PassendSignatureDialog *self)
{
  update_visibility (self);
}

static void
method_changed_cb (PassendSignatureDialog *self)
{
  update_visibility (self);
}

static void
undo_clicked_cb (PassendSignatureDialog *self)
{
  passend_signature_pad_undo (self->pad);
}

static void
clear_clicked_cb (PassendSignatureDialog *self)
{
  passend_signature_pad_clear (self->pad);
}

static void
pad_changed_cb (PassendSignatureDialog *self)
{
  show_error (self, NULL);
}

/* Whether @guardian_id already signed the version's current content. */
static gboolean
has_signed (PassendSignatureDialog *self,
            gint64                  guardian_id)
{
  g_autofree char *hash = passend_opp_document_get_hash (self->document);

  for (guint i = 0; i < self->document->signatures->len; i++)
    {
      const PassendOppSignature *s = g_ptr_array_index (self->document->signatures, i);

      if (s->signer == PASSEND_OPP_SIGNER_GUARDIAN && s->guardian_id == guardian_id &&
          g_strcmp0 (s->version_sha256, hash) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
scan_chosen_cb (PassendSignatureDialog *self,
                int                     response,
                GtkFileChooserNative   *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *media_type = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  name = g_file_get_basename (file);
  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (bytes != NULL)
    media_type = passend_pdf_check_attachment (name, bytes, PASSEND_ATTACHMENT_MAX_SIZE, &error);
  if (media_type == NULL)
    {
      show_error (self, error->message);
      return;
    }

  g_clear_pointer (&self->scan, g_bytes_unref);
  self->scan = g_steal_pointer (&bytes);
  g_free (self->scan_name);
  self->scan_name = g_steal_pointer (&name);
  adw_action_row_set_subtitle (self->scan_row, self->scan_name);
  show_error (self, NULL);
}

static void
choose_scan_clicked_cb (PassendSignatureDialog *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Choose the Scan"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), NULL);
  gtk_file_filter_set_name (filter, _("PDF and images"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (scan_chosen_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static PassendDay
read_day (PassendSignatureDialog  *self,
          GError                 **error)
{
  g_autofree char *text = row_text (self->date_row);
  PassendDay day;

  day = passend_day_from_dutch (text, NULL);
  if (day == PASSEND_DAY_NONE)
    day = passend_day_from_iso (text, error);
  return day;
}

/* The school's vaststelling goes through the store's establish, which
 * checks everything vaststellen needs in one transaction. */
static gboolean
save_school (PassendSignatureDialog  *self,
             PassendDay               day,
             const char              *name,
             const char              *role,
             const char              *place,
             GError                 **error)
{
  return passend_database_establish_opp (self->database, self->document->id, day, name, role, place, error);
}

static gboolean
save_signature (PassendSignatureDialog  *self,
                const Choice            *choice,
                PassendDay               day,
                const char              *name,
                const char              *role,
                const char              *place,
                gint64                  *id,
                GError                 **error)
{
  g_autoptr(PassendOppSignature) signature = NULL;
  gboolean agreed = adw_combo_row_get_selected (self->outcome_row) == 0;
  guint method = adw_combo_row_get_selected (self->method_row);
  GBytes *scan = NULL;

  signature = passend_opp_signature_new (choice->signer,
                                         agreed ? PASSEND_OPP_OUTCOME_AGREED : PASSEND_OPP_OUTCOME_NOT_AGREED,
                                         name, day);
  signature->guardian_id = choice->guardian_id;
  g_free (signature->role);
  signature->role = g_strdup (role);
  g_free (signature->place);
  signature->place = g_strdup (place);
  if (!agreed)
    {
      g_free (signature->reason);
      signature->reason = row_text (self->reason_row);
    }

  switch (method)
    {
    case METHOD_PAD:
      {
        g_autoptr(PassendSignature) ink = passend_signature_pad_get_signature (self->pad);

        if (passend_signature_is_empty (ink))
          {
            g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                                 _("Sign on the pad, or choose another way of signing"));
            return FALSE;
          }
        signature->method = PASSEND_OPP_METHOD_PAD;
        signature->strokes = passend_signature_to_bytes (ink);
      }
      break;
    case METHOD_PAPER:
      if (self->scan == NULL)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               _("Choose the scan of the signed page"));
          return FALSE;
        }
      signature->method = PASSEND_OPP_METHOD_PAPER;
      scan = self->scan;
      break;
    default:
      signature->method = PASSEND_OPP_METHOD_NONE;
      break;
    }

  if (!passend_database_add_opp_signature (self->database, self->document->id, signature, scan, error))
    return FALSE;

  *id = signature->id;
  return TRUE;
}

static void
finish_save (PassendSignatureDialog *self,
             gint64                  id)
{
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

typedef struct
{
  PassendDay  day;
  char       *name;
  char       *role;
  char       *place;
} Establish;

static void
establish_free (gpointer data)
{
  Establish *establish = data;

  g_free (establish->name);
  g_free (establish->role);
  g_free (establish->place);
  g_free (establish);
}

static void
establish_response_cb (PassendSignatureDialog *self,
                       const char             *response,
                       AdwMessageDialog       *confirm)
{
  Establish *establish = g_object_get_data (G_OBJECT (confirm), "establish");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "establish") != 0)
    return;

  if (!save_school (self, establish->day, establish->name, establish->role, establish->place, &error))
    {
      show_error (self, error->message);
      return;
    }

  /* The question outlives this handler; it must not point at a window
   * that is gone by then. */
  gtk_window_set_transient_for (GTK_WINDOW (confirm), NULL);
  finish_save (self, 0);
}

/* Vaststellen cannot be undone: ask once more, naming what freezes. */
static void
confirm_establish (PassendSignatureDialog *self,
                   PassendDay              day,
                   const char             *name,
                   const char             *role,
                   const char             *place)
{
  g_autofree char *hash = passend_opp_document_get_hash (self->document);
  g_autofree char *short_hash = passend_opp_short_hash (hash);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  Establish *establish = g_new0 (Establish, 1);
  AdwMessageDialog *confirm;

  establish->day = day;
  establish->name = g_strdup (name);
  establish->role = g_strdup (role);
  establish->place = g_strdup (place);

  heading = g_strdup_printf (_("Establish Version %d?"), self->document->number);
  /* TRANSLATORS: %s is the short content hash, e.g. "a1b2c3d4e5f6" */
  body = g_strdup_printf (_("The content of this version is frozen under %s. Any later change makes a new "
                            "version that needs new consent."), short_hash);
  confirm = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_responses (confirm, "cancel", _("_Cancel"), "establish", _("_Establish"), NULL);
  adw_message_dialog_set_response_appearance (confirm, "establish", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (confirm, "establish");
  adw_message_dialog_set_close_response (confirm, "cancel");
  g_object_set_data_full (G_OBJECT (confirm), "establish", establish, establish_free);
  g_signal_connect_object (confirm, "response", G_CALLBACK (establish_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (confirm));
}

static void
save_clicked_cb (PassendSignatureDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = row_text (self->name_row);
  g_autofree char *role = row_text (self->role_row);
  g_autofree char *place = row_text (self->place_row);
  const Choice *choice = selected_choice (self);
  PassendDay day;
  gint64 id = 0;

  if (choice == NULL)
    return;

  if (name[0] == '\0')
    {
      show_error (self, _("Fill in the name of who signs"));
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      return;
    }

  day = read_day (self, &error);
  if (day == PASSEND_DAY_NONE)
    {
      show_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return;
    }

  if (choice->signer == PASSEND_OPP_SIGNER_SCHOOL)
    {
      confirm_establish (self, day, name, role, place);
      return;
    }

  if (!save_signature (self, choice, day, name, role, place, &id, &error))
    {
      show_error (self, error->message);
      return;
    }

  finish_save (self, id);
}

static void
passend_signature_dialog_dispose (GObject *object)
{
  PassendSignatureDialog *self = PASSEND_SIGNATURE_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->database);
  g_clear_pointer (&self->document, passend_opp_document_unref);

  G_OBJECT_CLASS (passend_signature_dialog_parent_class)->dispose (object);
}

static void
passend_signature_dialog_finalize (GObject *object)
{
  PassendSignatureDialog *self = PASSEND_SIGNATURE_DIALOG (object);

  g_array_unref (self->choices);
  g_clear_pointer (&self->scan, g_bytes_unref);
  g_free (self->scan_name);

  G_OBJECT_CLASS (passend_signature_dialog_parent_class)->finalize (object);
}

static void
passend_signature_dialog_class_init (PassendSignatureDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_signature_dialog_dispose;
  object_class->finalize = passend_signature_dialog_finalize;

  /* The new signature's id; 0 for the school's vaststelling. */
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (PASSEND_TYPE_SIGNATURE_PAD);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passend/Passend/ui/passend-signature-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendSignatureDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PassendSignatureDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, PassendSignatureDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, PassendSignatureDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PassendSignatureDialog, hash_row);
  gtk_widget_class_bind_template_child (widget_class, PassendSignatureDialog, signer_row);
  gtk_widget_class_bind_template_child (widget_class, PassendSignatureDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, PassendSignatureDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, PassendSignatureDialog, outcome_group);
  gtk_widget_class_bind_template_child (widget_class, PassendSignatureDialog, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, PassendSignatureDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, PassendSignatureDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, PassendSignatureDialog, place_row);
  gtk_widget_class_bind_template_child (widget_class, PassendSignatureDialog, signature_group);
  gtk_widget_class_bind_template_child (widget_class, PassendSignatureDialog, method_row);
  gtk_widget_class_bind_template_child (widget_class, PassendSignatureDialog, scan_row);
  gtk_widget_class_bind_template_child (widget_class, PassendSignatureDialog, pad_box);
  gtk_widget_class_bind_template_child (widget_class, PassendSignatureDialog, pad);
  gtk_widget_class_bind_template_child (widget_class, PassendSignatureDialog, undo_button);
  gtk_widget_class_bind_template_child (widget_class, PassendSignatureDialog, clear_button);
  gtk_widget_class_bind_template_child (widget_class, PassendSignatureDialog, school_label);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, signer_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, outcome_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, method_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, undo_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, choose_scan_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
passend_signature_dialog_init (PassendSignatureDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->choices = g_array_new (FALSE, TRUE, sizeof (Choice));
  g_array_set_clear_func (self->choices, choice_clear);

  g_signal_connect_object (self->pad, "changed", G_CALLBACK (pad_changed_cb), self, G_CONNECT_SWAPPED);
  g_object_bind_property (self->pad, "empty", self->undo_button, "sensitive",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
  g_object_bind_property (self->pad, "empty", self->clear_button, "sensitive",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
}

static void
add_choice (PassendSignatureDialog *self,
            GtkStringList          *labels,
            const char             *label,
            PassendOppSigner        signer,
            gint64                  guardian_id,
            const char             *name,
            const char             *role)
{
  Choice choice = { signer, guardian_id, g_strdup (name), g_strdup (role) };

  g_array_append_val (self->choices, choice);
  gtk_string_list_append (labels, label);
}

static void
fill_choices (PassendSignatureDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  PassendOppDocument *doc = self->document;

  for (guint i = 0; i < doc->guardians->len; i++)
    {
      const PassendOppGuardian *guardian = g_ptr_array_index (doc->guardians, i);
      g_autofree char *label = NULL;

      if (!guardian->has_gezag)
        continue;
      /* TRANSLATORS: a signer: "Anna de Vries (parent with parental authority)" */
      label = g_strdup_printf (_("%s (parent with parental authority)"), guardian->name);
      add_choice (self, labels, label, PASSEND_OPP_SIGNER_GUARDIAN, guardian->id,
                  guardian->name, guardian->relation);
    }

  {
    /* TRANSLATORS: a signer: "Jan de Vries (student)" */
    g_autofree char *label = g_strdup_printf (_("%s (student)"), doc->student_name);

    add_choice (self, labels, label, PASSEND_OPP_SIGNER_STUDENT, 0, doc->student_name, NULL);
  }

  if (!passend_opp_document_is_established (doc))
    add_choice (self, labels, _("The school (establishes the plan)"), PASSEND_OPP_SIGNER_SCHOOL, 0, NULL, NULL);

  adw_combo_row_set_model (self->signer_row, G_LIST_MODEL (labels));
}

PassendSignatureDialog *
passend_signature_dialog_new (GtkWindow          *parent,
                              PassendDatabase    *database,
                              PassendOppDocument *document)
{
  PassendSignatureDialog *self;
  g_autoptr(PassendSchool) school = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *short_hash = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *today = NULL;
  int y, m, d;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);
  g_return_val_if_fail (document != NULL, NULL);

  self = g_object_new (PASSEND_TYPE_SIGNATURE_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->document = passend_opp_document_copy (document);

  hash = passend_opp_document_get_hash (document);
  short_hash = passend_opp_short_hash (hash);
  /* TRANSLATORS: "Version 2 · a1b2c3d4e5f6" (the content hash being signed) */
  subtitle = g_strdup_printf (_("Version %d · %s"), document->number, short_hash);
  adw_action_row_set_subtitle (self->hash_row, subtitle);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->hash_row), hash);
  adw_window_title_set_subtitle (self->window_title, document->student_name);

  passend_day_get_ymd (passend_day_today (), &y, &m, &d);
  today = g_strdup_printf ("%02d-%02d-%04d", d, m, y);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);

  school = passend_database_get_school (database, NULL);
  if (school != NULL && passend_school_get_city (school) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->place_row), passend_school_get_city (school));

  fill_choices (self);
  signer_changed_cb (self);
  return self;
}

void
passend_signature_dialog_set_signer (PassendSignatureDialog *self,
                                     PassendOppSigner        signer,
                                     gint64                  guardian_id)
{
  g_return_if_fail (PASSEND_IS_SIGNATURE_DIALOG (self));

  for (guint i = 0; i < self->choices->len; i++)
    {
      const Choice *choice = &g_array_index (self->choices, Choice, i);

      if (choice->signer == signer &&
          (signer != PASSEND_OPP_SIGNER_GUARDIAN ||
           (guardian_id == 0 && !has_signed (self, choice->guardian_id)) ||
           choice->guardian_id == guardian_id))
        {
          adw_combo_row_set_selected (self->signer_row, i);
          return;
        }
    }
}
