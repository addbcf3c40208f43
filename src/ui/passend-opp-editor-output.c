/* passend-opp-editor-output.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-opp-editor-private.h"
#include "passend-opp-pdf.h"
#include "passend-opp-print.h"

/* Print… and Export PDF…: both render the version shown, off the main
 * thread, with the school's logo and who establishes for it. */

typedef struct
{
  PassendOppPdfOptions  options;
  GBytes               *logo;
  PassendSchool        *school;
} Output;

static void
output_free (Output *output)
{
  g_clear_pointer (&output->logo, g_bytes_unref);
  g_clear_object (&output->school);
  g_free (output);
}

static Output *
output_new (PassendOppEditor *self)
{
  Output *output = g_new0 (Output, 1);
  g_autofree char *media_type = NULL;

  passend_opp_pdf_options_init (&output->options);
  output->options.rules = &self->rules;
  output->school = passend_database_get_school (self->database, NULL);
  if (output->school != NULL)
    {
      output->options.school_city = passend_school_get_city (output->school);
      output->options.school_signer_name = passend_school_get_coordinator_name (output->school);
    }

  output->logo = passend_database_get_school_logo (self->database, &media_type, NULL);
  if (output->logo != NULL && g_strcmp0 (media_type, "image/png") != 0)
    g_clear_pointer (&output->logo, g_bytes_unref);
  return output;
}

static void
print_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(PassendOppEditor) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!passend_opp_print_finish (result, &error) && error != NULL)
    _passend_opp_editor_report (self, _("Could not print the OPP"), error);
}

void
_passend_opp_editor_print (PassendOppEditor *self)
{
  Output *output;

  if (self->document == NULL)
    return;

  passend_opp_saver_flush (self->saver);
  output = output_new (self);
  passend_opp_print_async (GTK_WINDOW (self), self->document, output->logo, &output->options, NULL,
                           print_done_cb, g_object_ref (self));
  output_free (output);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PassendOppEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_pages = 0;

  if (!passend_opp_pdf_save_finish (result, &n_pages, &error))
    {
      _passend_opp_editor_report (self, _("Could not export the OPP"), error);
      return;
    }

  /* TRANSLATORS: after an export, "OPP exported (4 pages)". */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "OPP exported (%u page)", "OPP exported (%u pages)",
                                       n_pages), n_pages);
  _passend_opp_editor_toast (self, adw_toast_new (text));
}

static void
export_chosen_cb (GtkNativeDialog  *chooser,
                  int               response,
                  PassendOppEditor *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  const char *medical;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (chooser);
      return;
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = g_file_get_path (file);
  medical = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "medical");
  g_object_unref (chooser);
  if (path == NULL)
    return;

  passend_opp_editor_export_to_path (self, path, g_strcmp0 (medical, "true") == 0);
}

void
passend_opp_editor_export_to_path (PassendOppEditor *self,
                                   const char       *path,
                                   gboolean          include_medical)
{
  Output *output;

  g_return_if_fail (PASSEND_IS_OPP_EDITOR (self));
  g_return_if_fail (path != NULL);

  passend_opp_saver_flush (self->saver);
  output = output_new (self);
  output->options.include_medical = include_medical;
  passend_opp_pdf_save_async (self->document, output->logo, &output->options, path, NULL,
                              export_done_cb, g_object_ref (self));
  output_free (output);
}

void
_passend_opp_editor_export (PassendOppEditor *self)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (self->document == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export OPP"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  name = passend_opp_pdf_suggest_file_name (self->document);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "medical", _("Include medical details"), NULL, NULL);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "medical", "false");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
