/* passend-tlv-advices.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-pdf-check.h"
#include "passend-pdf-viewer.h"
#include "passend-tlv-window-private.h"
#include "passend-ui-util.h"

/* The Expert Advice page: the deskundigenadviezen with their written
 * advice, and what the rules of the SWV say about them. */

typedef struct
{
  PassendTlvWindow *self;
  gint64            advice_id;  /* 0: a new advice */
  GtkEditable      *name_entry;
  GtkDropDown      *discipline_drop;
  GtkEditable      *day_entry;
  GtkCheckButton   *independent_check;
} AdviceDialog;

static void
advice_dialog_free (gpointer data)
{
  AdviceDialog *dialog = data;

  g_object_unref (dialog->self);
  g_free (dialog);
}

/* Reading a chosen file ---------------------------------------------- */

typedef struct
{
  PassendTlvWindow        *self;
  PassendTlvFileChosenFunc func;
  gpointer                 user_data;
  GDestroyNotify           destroy;
} FileChoice;

static void
file_chooser_response_cb (GtkNativeDialog *native,
                          int              response,
                          FileChoice      *choice)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      choice->func (choice->self, file, choice->user_data);
    }

  if (choice->destroy != NULL)
    choice->destroy (choice->user_data);
  g_object_unref (choice->self);
  g_free (choice);
  g_object_unref (native);
}

void
_passend_tlv_window_choose_file (PassendTlvWindow        *self,
                                 const char              *title,
                                 PassendTlvFileChosenFunc func,
                                 gpointer                 user_data,
                                 GDestroyNotify           destroy)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *native;
  FileChoice *choice;

  native = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Add"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF Documents and Images"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  choice = g_new0 (FileChoice, 1);
  choice->self = g_object_ref (self);
  choice->func = func;
  choice->user_data = user_data;
  choice->destroy = destroy;
  g_signal_connect (native, "response", G_CALLBACK (file_chooser_response_cb), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

GBytes *
_passend_tlv_read_file (GFile   *file,
                        char   **file_name,
                        char   **media_type,
                        GError **error)
{
  g_autoptr(GBytes) content = NULL;
  g_autofree char *name = g_file_get_basename (file);
  char *type;

  content = g_file_load_bytes (file, NULL, NULL, error);
  if (content == NULL)
    return NULL;

  type = passend_pdf_check_attachment (name, content, PASSEND_ATTACHMENT_MAX_SIZE, error);
  if (type == NULL)
    return NULL;

  *file_name = g_steal_pointer (&name);
  *media_type = type;
  return g_steal_pointer (&content);
}

/* The written advice ------------------------------------------------- */

gboolean
_passend_tlv_window_attach_advice_file (PassendTlvWindow *self,
                                        gint64            advice_id,
                                        GFile            *file,
                                        GError          **error)
{
  g_autoptr(GPtrArray) advices = NULL;
  g_autoptr(GBytes) content = NULL;
  g_autofree char *name = NULL;
  g_autofree char *type = NULL;
  PassendTlvAdvice *advice = NULL;

  content = _passend_tlv_read_file (file, &name, &type, error);
  if (content == NULL)
    return FALSE;

  advices = passend_database_list_tlv_advices (self->database, passend_tlv_request_get_id (self->request), error);
  if (advices == NULL)
    return FALSE;
  for (guint i = 0; i < advices->len; i++)
    if (passend_tlv_advice_get_id (g_ptr_array_index (advices, i)) == advice_id)
      advice = g_ptr_array_index (advices, i);
  if (advice == NULL)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("The advice was removed meanwhile."));
      return FALSE;
    }

  passend_tlv_advice_set_file_name (advice, name);
  passend_tlv_advice_set_media_type (advice, type);
  if (!passend_database_update_tlv_advice (self->database, advice, content, error))
    return FALSE;

  _passend_tlv_window_advices_load (self);
  _passend_tlv_window_checklist_load (self);
  return TRUE;
}

static void
advice_file_chosen_cb (PassendTlvWindow *self,
                       GFile            *file,
                       gpointer          user_data)
{
  g_autoptr(GError) error = NULL;
  gint64 advice_id = *(gint64 *) user_data;

  if (!_passend_tlv_window_attach_advice_file (self, advice_id, file, &error))
    _passend_tlv_window_error (self, _("Could not attach the written advice"), error);
}

static void
attach_clicked_cb (GtkButton        *button,
                   PassendTlvWindow *self)
{
  gint64 *advice_id = g_new (gint64, 1);

  *advice_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "advice-id"));
  _passend_tlv_window_choose_file (self, _("Attach Written Advice"), advice_file_chosen_cb, advice_id, g_free);
}

void
_passend_tlv_window_view_blob (PassendTlvWindow *self,
                               const char       *sha256,
                               const char       *file_name,
                               const char       *media_type)
{
  g_autoptr(GBytes) content = NULL;
  g_autoptr(GError) error = NULL;
  PassendPdfViewer *viewer;

  content = passend_database_load_attachment (self->database, sha256, &error);
  if (content == NULL)
    {
      _passend_tlv_window_error (self, _("Could not open the file"), error);
      return;
    }

  viewer = passend_pdf_viewer_new (GTK_WINDOW (self), file_name, media_type, content, &error);
  if (viewer == NULL)
    {
      _passend_tlv_window_error (self, _("Could not show the file"), error);
      return;
    }
  gtk_window_present (GTK_WINDOW (viewer));
}

static void
view_clicked_cb (GtkButton        *button,
                 PassendTlvWindow *self)
{
  PassendTlvAdvice *advice = g_object_get_data (G_OBJECT (button), "advice");

  _passend_tlv_window_view_blob (self, passend_tlv_advice_get_sha256 (advice),
                                 passend_tlv_advice_get_file_name (advice),
                                 passend_tlv_advice_get_media_type (advice));
}

static void
remove_clicked_cb (GtkButton        *button,
                   PassendTlvWindow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 advice_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "advice-id"));

  if (!passend_database_remove_tlv_advice (self->database, advice_id, &error))
    _passend_tlv_window_error (self, _("Could not remove the advice"), error);
  _passend_tlv_window_advices_load (self);
  _passend_tlv_window_checklist_load (self);
}

/* The advice dialog -------------------------------------------------- */

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
advice_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    AdviceDialog     *data)
{
  PassendTlvWindow *self = data->self;
  g_autoptr(PassendTlvAdvice) advice = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  PassendDay day;
  gboolean ok;

  if (g_strcmp0 (response, "apply") != 0)
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (data->name_entry)));
  if (!_passend_tlv_parse_day (data->day_entry, &day))
    {
      _passend_tlv_window_toast (self, _("Enter the day of the advice as dd-mm-yyyy"));
      return;
    }

  advice = passend_tlv_advice_new (name, gtk_drop_down_get_selected (data->discipline_drop));
  passend_tlv_advice_set_request_id (advice, passend_tlv_request_get_id (self->request));
  passend_tlv_advice_set_advised_on (advice, day);
  passend_tlv_advice_set_independent (advice, gtk_check_button_get_active (data->independent_check));
  if (data->advice_id != 0)
    {
      passend_tlv_advice_set_id (advice, data->advice_id);
      ok = passend_database_update_tlv_advice (self->database, advice, NULL, &error);
    }
  else
    ok = passend_database_add_tlv_advice (self->database, advice, NULL, &error);

  if (!ok)
    {
      _passend_tlv_window_error (self, _("Could not save the advice"), error);
      return;
    }

  _passend_tlv_window_advices_load (self);
  _passend_tlv_window_checklist_load (self);
}

static void
show_advice_dialog (PassendTlvWindow *self,
                    PassendTlvAdvice *advice)
{
  g_autoptr(GtkStringList) disciplines = gtk_string_list_new (NULL);
  AdviceDialog *data;
  GtkWidget *dialog, *box;

  for (guint i = 0; i < PASSEND_TLV_N_DISCIPLINES; i++)
    gtk_string_list_append (disciplines, passend_tlv_discipline_get_label (i));

  data = g_new0 (AdviceDialog, 1);
  data->self = g_object_ref (self);
  data->advice_id = advice != NULL ? passend_tlv_advice_get_id (advice) : 0;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  data->name_entry = GTK_EDITABLE (labelled (box, _("_Name of the Expert"), gtk_entry_new ()));
  gtk_widget_set_name (GTK_WIDGET (data->name_entry), "advice-name");
  data->discipline_drop = GTK_DROP_DOWN (labelled (box, _("_Discipline"),
                                                   gtk_drop_down_new (G_LIST_MODEL (g_object_ref (disciplines)), NULL)));
  gtk_widget_set_name (GTK_WIDGET (data->discipline_drop), "advice-discipline");
  data->day_entry = GTK_EDITABLE (labelled (box, _("Day of the _Advice (dd-mm-yyyy)"), gtk_entry_new ()));
  gtk_widget_set_name (GTK_WIDGET (data->day_entry), "advice-day");
  data->independent_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("_Independence confirmed: not involved, not attached to either school")));
  gtk_widget_set_name (GTK_WIDGET (data->independent_check), "advice-independent");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (data->independent_check));
  gtk_entry_set_activates_default (GTK_ENTRY (data->name_entry), TRUE);
  gtk_entry_set_activates_default (GTK_ENTRY (data->day_entry), TRUE);

  if (advice != NULL)
    {
      g_autofree char *day = _passend_tlv_day_to_entry (passend_tlv_advice_get_advised_on (advice));

      gtk_editable_set_text (data->name_entry, passend_tlv_advice_get_name (advice));
      gtk_drop_down_set_selected (data->discipline_drop, passend_tlv_advice_get_discipline (advice));
      gtk_editable_set_text (data->day_entry, day);
      gtk_check_button_set_active (data->independent_check, passend_tlv_advice_get_independent (advice));
    }
  else
    {
      g_autoptr(GPtrArray) advices = passend_database_list_tlv_advices (self->database,
                                                                        passend_tlv_request_get_id (self->request),
                                                                        NULL);

      /* The first deskundige is an orthopedagoog or psycholoog; after
       * that the second discipline is the likely one. */
      gtk_drop_down_set_selected (data->discipline_drop,
                                  advices != NULL && advices->len > 0
                                  ? PASSEND_TLV_DISCIPLINE_KINDER_JEUGDPSYCHOLOOG
                                  : PASSEND_TLV_DISCIPLINE_ORTHOPEDAGOOG);
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), advice != NULL ? _("Edit Advice") : _("Add Advice"), NULL);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "apply", advice != NULL ? _("_Save") : _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "advice-dialog", data, advice_dialog_free);
  g_signal_connect (dialog, "response", G_CALLBACK (advice_response_cb), data);
  gtk_widget_set_name (dialog, "tlv-advice-dialog");
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_passend_tlv_window_add_advice (PassendTlvWindow *self)
{
  if (self->request == NULL)
    return;

  show_advice_dialog (self, NULL);
}

static void
edit_clicked_cb (GtkButton        *button,
                 PassendTlvWindow *self)
{
  show_advice_dialog (self, g_object_get_data (G_OBJECT (button), "advice"));
}

/* The page ----------------------------------------------------------- */

static GtkWidget *
icon_button (const char *icon_name,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  return button;
}

static GtkWidget *
advice_row (PassendTlvWindow *self,
            PassendTlvAdvice *advice,
            guint             index)
{
  g_autofree char *day = passend_day_format (passend_tlv_advice_get_advised_on (advice));
  g_autofree char *title = NULL;
  g_autoptr(GString) subtitle = g_string_new (passend_tlv_discipline_get_label (passend_tlv_advice_get_discipline (advice)));
  gint64 id = passend_tlv_advice_get_id (advice);
  GtkWidget *row, *button;

  row = adw_action_row_new ();
  /* TRANSLATORS: an advice in the list: "1. Dr. A. Jansen". */
  title = g_strdup_printf (_("%u. %s"), index + 1, passend_tlv_advice_get_name (advice));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (day[0] != '\0')
    g_string_append_printf (subtitle, " · %s", day);
  g_string_append_printf (subtitle, " · %s", passend_tlv_advice_get_independent (advice)
                                             ? _("Independence confirmed") : _("Independence not confirmed"));
  g_string_append_printf (subtitle, " · %s", passend_tlv_advice_has_file (advice)
                                             ? passend_tlv_advice_get_file_name (advice)
                                             : _("No written advice attached"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  gtk_widget_set_name (row, passend_tlv_advice_get_name (advice));

  if (passend_tlv_advice_has_file (advice))
    {
      button = icon_button ("x-office-document-symbolic", _("View Written Advice"));
      g_object_set_data_full (G_OBJECT (button), "advice", g_object_ref (advice), g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (view_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  button = icon_button ("mail-attachment-symbolic", passend_tlv_advice_has_file (advice)
                                                    ? _("Replace Written Advice…") : _("Attach Written Advice…"));
  g_object_set_data (G_OBJECT (button), "advice-id", GSIZE_TO_POINTER (id));
  g_signal_connect_object (button, "clicked", G_CALLBACK (attach_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  button = icon_button ("document-edit-symbolic", _("Edit Advice…"));
  g_object_set_data_full (G_OBJECT (button), "advice", g_object_ref (advice), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (edit_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  button = icon_button ("user-trash-symbolic", _("Remove Advice"));
  g_object_set_data (G_OBJECT (button), "advice-id", GSIZE_TO_POINTER (id));
  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static GtkWidget *
problem_label (const char *text,
               gboolean    warning)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *label = gtk_label_new (text);

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (warning ? "dialog-information-symbolic"
                                                                       : "dialog-warning-symbolic"));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  if (!warning)
    gtk_widget_add_css_class (box, "warning");
  return box;
}

static gboolean
is_advice_problem (PassendTlvProblem *problem)
{
  PassendTlvProblemKind kind = passend_tlv_problem_get_kind (problem);

  return (kind == PASSEND_TLV_PROBLEM_ADVICE_COUNT ||
          kind == PASSEND_TLV_PROBLEM_ADVICE_FIRST_DISCIPLINE ||
          kind == PASSEND_TLV_PROBLEM_ADVICE_SECOND_DISCIPLINE ||
          kind == PASSEND_TLV_PROBLEM_ADVICE_INCOMPLETE);
}

void
_passend_tlv_window_advices_load (PassendTlvWindow *self)
{
  g_autoptr(GPtrArray) advices = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  PassendTlvSwvRule rule;
  gint64 id = passend_tlv_request_get_id (self->request);
  gboolean any = FALSE;

  _passend_tlv_clear_list (self->advice_list);
  passend_ui_remove_children (GTK_WIDGET (self->advice_problems_box));

  advices = passend_database_list_tlv_advices (self->database, id, &error);
  if (advices == NULL)
    {
      _passend_tlv_window_error (self, _("Could not list the advice"), error);
      return;
    }
  for (guint i = 0; i < advices->len; i++)
    gtk_list_box_append (self->advice_list, advice_row (self, g_ptr_array_index (advices, i), i));
  if (advices->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No advice recorded yet"));
      gtk_list_box_append (self->advice_list, row);
    }

  if (!passend_database_load_tlv_swv_rule (self->database, passend_tlv_request_get_swv_id (self->request), &rule, &error))
    {
      g_debug ("SWV rule not loaded: %s", error->message);
      g_clear_error (&error);
      passend_tlv_swv_rule_init (&rule);
    }
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (GTK_WIDGET (self->advice_list),
                                                                                         ADW_TYPE_PREFERENCES_GROUP)),
                                         rule.strict_advice
                                         ? _("The school supplies two written, independent advices: the first by an orthopedagoog or psycholoog.")
                                         : _("The samenwerkingsverband obtains the advice itself: record each advice when it arrives."));

  problems = passend_database_check_tlv_request (self->database, id, &error);
  if (problems == NULL)
    g_debug ("TLV request %" G_GINT64_FORMAT " not checked: %s", id, error->message);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      PassendTlvProblem *problem = g_ptr_array_index (problems, i);

      if (!is_advice_problem (problem))
        continue;
      gtk_box_append (self->advice_problems_box,
                      problem_label (passend_tlv_problem_get_message (problem), passend_tlv_problem_is_warning (problem)));
      any = TRUE;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->advice_problems_group), any);
}
