/* passend-attachment-list.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-attachment-list.h"
#include "passend-pdf-check.h"
#include "passend-pdf-viewer.h"
#include "passend-ui-util.h"
#include "passend-window.h"
#include "passend-wrap-box.h"

struct _PassendAttachmentList
{
  AdwBin           parent_instance;

  /* Template widgets */
  PassendWrapBox  *chips_box;
  GtkButton       *add_button;

  /* Owned references */
  PassendDatabase *database;
  PassendDatabase *tracked;      /* the one whose "changed" we follow */
  GPtrArray       *attachments;  /* PassendAttachment */
  GCancellable    *cancellable;
  GtkDropTarget   *drop_target;

  gint64           entry_id;
  gboolean         editable;
};

G_DEFINE_FINAL_TYPE (PassendAttachmentList, passend_attachment_list, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_ENTRY_ID,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What a worker needs to read and check one file; it touches nothing
 * else. */
typedef struct
{
  GFile  *file;
  char   *name;
  GBytes *content;
  char   *media_type;
  gint64  entry_id;
} AddData;

static void
add_data_free (AddData *data)
{
  g_clear_object (&data->file);
  g_free (data->name);
  g_clear_pointer (&data->content, g_bytes_unref);
  g_free (data->media_type);
  g_free (data);
}

static PassendDatabase *
get_database (PassendAttachmentList *self)
{
  GtkRoot *root;

  if (self->database != NULL)
    return self->database;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (PASSEND_IS_WINDOW (root))
    return passend_window_get_database (PASSEND_WINDOW (root));

  return NULL;
}

static void
show_toast (PassendAttachmentList *self,
            const char            *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *title = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (title);
  GtkWidget *label = gtk_label_new (message);
  GtkRoot *root;

  /* Long enough to read a reason, and all of it: a toast title is one
   * ellipsized line, which would cut off the reason after the file name. */
  adw_toast_set_timeout (toast, 10);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  adw_toast_set_custom_title (toast, label);

  if (overlay != NULL)
    {
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
      return;
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (PASSEND_IS_WINDOW (root))
    passend_window_add_toast (PASSEND_WINDOW (root), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static const char *
icon_for_type (const char *media_type)
{
  if (g_str_has_prefix (media_type, "image/"))
    return "image-x-generic-symbolic";
  return "x-office-document-symbolic";
}

static void
chip_clicked_cb (GtkButton             *button,
                 PassendAttachmentList *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));

  passend_attachment_list_open (self, index);
}

/* The toast may outlive the list (a recycled row): Undo holds what it
 * needs itself. */
typedef struct
{
  GWeakRef               database;  /* a toast must not keep the file open */
  GWeakRef               overlay;
  gint64                 entry_id;
  char                  *file_name;
  char                  *media_type;
  GBytes                *content;
} UndoData;

static void
undo_data_free (gpointer data)
{
  UndoData *undo = data;

  g_weak_ref_clear (&undo->database);
  g_weak_ref_clear (&undo->overlay);
  g_free (undo->file_name);
  g_free (undo->media_type);
  g_clear_pointer (&undo->content, g_bytes_unref);
  g_free (undo);
}

static void
undo_clicked_cb (AdwToast *toast,
                 UndoData *undo)
{
  g_autoptr(PassendDatabase) database = g_weak_ref_get (&undo->database);
  g_autoptr(AdwToastOverlay) overlay = g_weak_ref_get (&undo->overlay);
  g_autofree char *sha256 = NULL;
  g_autoptr(GError) error = NULL;

  if (database == NULL)
    return;

  sha256 = passend_database_add_attachment (database, undo->entry_id, undo->file_name,
                                            undo->media_type, undo->content, &error);
  if (sha256 == NULL && overlay != NULL)
    adw_toast_overlay_add_toast (overlay,
                                 passend_ui_toast_new_error (_("Could not restore the attachment"), error));
}

gboolean
passend_attachment_list_remove (PassendAttachmentList  *self,
                                guint                   index,
                                GError                **error)
{
  PassendDatabase *database;
  PassendAttachment *attachment;
  g_autoptr(GBytes) content = NULL;
  g_autofree char *title = NULL;
  GtkWidget *overlay;
  UndoData *undo;
  AdwToast *toast;

  g_return_val_if_fail (PASSEND_IS_ATTACHMENT_LIST (self), FALSE);
  g_return_val_if_fail (index < passend_attachment_list_get_n_attachments (self), FALSE);

  database = get_database (self);
  if (database == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("No database is open."));
      return FALSE;
    }

  /* Kept for Undo: the content goes with its last use. A missing content
   * does not stop the removal; there is then nothing to undo. */
  attachment = g_ptr_array_index (self->attachments, index);
  content = passend_database_load_attachment (database, attachment->sha256, NULL);

  undo = g_new0 (UndoData, 1);
  g_weak_ref_init (&undo->database, database);
  g_weak_ref_init (&undo->overlay, NULL);
  undo->entry_id = attachment->entry_id;
  undo->file_name = g_strdup (attachment->file_name);
  undo->media_type = g_strdup (attachment->media_type);
  undo->content = content != NULL ? g_bytes_ref (content) : NULL;

  if (!passend_database_remove_attachment (database, attachment->id, error))
    {
      undo_data_free (undo);
      return FALSE;
    }

  /* TRANSLATORS: a toast; the file name. */
  title = g_markup_printf_escaped (_("Removed “%s”"), undo->file_name);
  toast = adw_toast_new (title);
  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (undo->content == NULL || overlay == NULL)
    {
      undo_data_free (undo);
      g_object_unref (g_object_ref_sink (toast));
      return TRUE;
    }

  g_weak_ref_set (&undo->overlay, overlay);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb),
                         undo, (GClosureNotify) (void (*) (void)) undo_data_free, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  return TRUE;
}

static void
remove_clicked_cb (GtkButton             *button,
                   PassendAttachmentList *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  g_autoptr(GError) error = NULL;

  if (!passend_attachment_list_remove (self, index, &error))
    show_toast (self, error->message);
}

static GtkWidget *
create_chip (PassendAttachmentList *self,
             PassendAttachment     *attachment,
             guint                  index)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (attachment->file_name);
  g_autofree char *size = g_format_size (MAX (attachment->size, 0));
  g_autofree char *tooltip = NULL;

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (icon_for_type (attachment->media_type)));
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 32);
  gtk_widget_add_css_class (label, "body");
  gtk_box_append (GTK_BOX (box), label);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "attachment-chip");

  if (attachment->size >= 0)
    /* TRANSLATORS: tooltip of an attachment: its file name and size. */
    tooltip = g_strdup_printf (_("Open “%s” (%s)"), attachment->file_name, size);
  else
    tooltip = g_strdup_printf (_("The content of “%s” is missing"), attachment->file_name);
  gtk_widget_set_tooltip_text (button, tooltip);

  g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
  g_signal_connect_object (button, "clicked", G_CALLBACK (chip_clicked_cb), self, 0);

  if (self->editable)
    {
      GtkWidget *linked = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");
      g_autofree char *remove_tooltip = g_strdup_printf (_("Remove “%s”"), attachment->file_name);

      gtk_widget_add_css_class (linked, "linked");
      gtk_widget_set_tooltip_text (remove, remove_tooltip);
      g_object_set_data (G_OBJECT (remove), "index", GUINT_TO_POINTER (index));
      g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
      gtk_box_append (GTK_BOX (linked), button);
      gtk_box_append (GTK_BOX (linked), remove);
      return linked;
    }

  return button;
}

static void
database_changed_cb (PassendAttachmentList *self,
                     const char            *entity,
                     gint64                 id);

static void
track_database (PassendAttachmentList *self,
                PassendDatabase       *database)
{
  if (self->tracked == database)
    return;

  if (self->tracked != NULL)
    g_signal_handlers_disconnect_by_func (self->tracked, database_changed_cb, self);
  g_set_object (&self->tracked, database);
  if (database != NULL)
    g_signal_connect_object (database, "changed::attachment",
                             G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
reload (PassendAttachmentList *self)
{
  PassendDatabase *database = get_database (self);
  g_autoptr(GError) error = NULL;

  track_database (self, database);
  passend_wrap_box_remove_all (self->chips_box);
  g_clear_pointer (&self->attachments, g_ptr_array_unref);

  if (database != NULL && self->entry_id != 0)
    self->attachments = passend_database_list_attachments (database, self->entry_id, &error);

  if (error != NULL)
    {
      GtkWidget *label = gtk_label_new (_("The attachments could not be read"));

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_set_tooltip_text (label, error->message);
      passend_wrap_box_append (self->chips_box, label);
    }

  for (guint i = 0; self->attachments != NULL && i < self->attachments->len; i++)
    passend_wrap_box_append (self->chips_box,
                             create_chip (self, g_ptr_array_index (self->attachments, i), i));

  gtk_widget_set_visible (GTK_WIDGET (self->chips_box),
                          error != NULL || passend_attachment_list_get_n_attachments (self) > 0);
  gtk_widget_set_visible (GTK_WIDGET (self), self->editable || gtk_widget_get_visible (GTK_WIDGET (self->chips_box)));
}

static void
database_changed_cb (PassendAttachmentList *self,
                     const char            *entity,
                     gint64                 id)
{
  reload (self);
}

static gboolean
read_and_check (AddData       *data,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  char *contents = NULL;
  gsize length = 0;
  goffset size;

  info = g_file_query_info (data->file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return FALSE;

  g_free (data->name);
  data->name = g_strdup (g_file_info_get_display_name (info));

  /* Refused before reading: a film is not loaded into memory to be told
   * it is too large. */
  size = g_file_info_get_size (info);
  if (size > PASSEND_ATTACHMENT_MAX_SIZE)
    {
      g_autofree char *size_text = g_format_size (size);
      g_autofree char *limit_text = g_format_size (PASSEND_ATTACHMENT_MAX_SIZE);

      g_set_error (error, PASSEND_PDF_CHECK_ERROR, PASSEND_PDF_CHECK_ERROR_TOO_LARGE,
                   _("“%s” is too large to attach (%s; at most %s)."),
                   data->name, size_text, limit_text);
      return FALSE;
    }

  if (!g_file_load_contents (data->file, cancellable, &contents, &length, NULL, error))
    return FALSE;
  data->content = g_bytes_new_take (contents, length);

  data->media_type = passend_pdf_check_attachment (data->name, data->content,
                                                   PASSEND_ATTACHMENT_MAX_SIZE, error);
  return data->media_type != NULL;
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;

  if (read_and_check (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
fail_add (PassendAttachmentList *self,
          GTask                 *task,
          GError                *error)
{
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_toast (self, error->message);
  g_task_return_error (task, error);
}

static void
checked_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  PassendAttachmentList *self = PASSEND_ATTACHMENT_LIST (object);
  g_autoptr(GTask) task = user_data;
  AddData *data = g_task_get_task_data (task);
  g_autofree char *sha256 = NULL;
  PassendDatabase *database;
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      fail_add (self, task, error);
      return;
    }

  database = get_database (self);
  if (database == NULL)
    {
      fail_add (self, task, g_error_new (G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                                         _("“%s” cannot be attached: no database is open."), data->name));
      return;
    }

  sha256 = passend_database_add_attachment (database, data->entry_id, data->name,
                                            data->media_type, data->content, &error);
  if (sha256 == NULL)
    {
      GError *named = g_error_new (error->domain, error->code,
                                   /* TRANSLATORS: the file name, then the reason. */
                                   _("“%s” could not be attached: %s"), data->name, error->message);

      g_error_free (error);
      fail_add (self, task, named);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

void
passend_attachment_list_add_file_async (PassendAttachmentList *self,
                                        GFile                 *file,
                                        GCancellable          *cancellable,
                                        GAsyncReadyCallback    callback,
                                        gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) check = NULL;
  AddData *data;

  g_return_if_fail (PASSEND_IS_ATTACHMENT_LIST (self));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (AddData, 1);
  data->file = g_object_ref (file);
  data->name = g_file_get_basename (file);
  data->entry_id = self->entry_id;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, passend_attachment_list_add_file_async);
  g_task_set_task_data (task, data, (GDestroyNotify) add_data_free);

  if (self->entry_id == 0)
    {
      fail_add (self, task, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                                                 _("Save the entry before adding attachments.")));
      return;
    }

  /* The worker reads and checks; the main thread stores (a connection
   * belongs to one thread). */
  check = g_task_new (self, cancellable, checked_cb, g_object_ref (task));
  g_task_set_source_tag (check, check_thread);
  g_task_set_task_data (check, data, NULL);
  g_task_run_in_thread (check, check_thread);
}

gboolean
passend_attachment_list_add_file_finish (PassendAttachmentList  *self,
                                         GAsyncResult           *result,
                                         GError                **error)
{
  g_return_val_if_fail (PASSEND_IS_ATTACHMENT_LIST (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
add_files (PassendAttachmentList *self,
           GSList                *files)
{
  for (GSList *l = files; l != NULL; l = l->next)
    passend_attachment_list_add_file_async (self, l->data, self->cancellable, NULL, NULL);
}

static gboolean
drop_cb (GtkDropTarget         *target,
         const GValue          *value,
         double                 x,
         double                 y,
         PassendAttachmentList *self)
{
  GdkFileList *files;

  if (self->entry_id == 0 || !G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = g_value_get_boxed (value);
  add_files (self, gdk_file_list_get_files (files));
  return TRUE;
}

static GtkDropTarget *
create_drop_target (PassendAttachmentList *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  return target;
}

static void
chooser_response_cb (GtkNativeDialog       *chooser,
                     int                    response,
                     PassendAttachmentList *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      GSList *list = NULL;

      for (guint i = g_list_model_get_n_items (files); i > 0; i--)
        list = g_slist_prepend (list, g_list_model_get_item (files, i - 1));
      add_files (self, list);
      g_slist_free_full (list, g_object_unref);
    }

  g_object_unref (chooser);
}

static void
add_action_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PassendAttachmentList *self = PASSEND_ATTACHMENT_LIST (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  gtk_file_filter_set_name (filter, _("PDF Documents and Images"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");

  chooser = gtk_file_chooser_native_new (_("Add Attachment"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Add"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
passend_attachment_list_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (passend_attachment_list_parent_class)->root (widget);

  /* The window's database is known from here on. */
  reload (PASSEND_ATTACHMENT_LIST (widget));
}

static void
passend_attachment_list_dispose (GObject *object)
{
  PassendAttachmentList *self = PASSEND_ATTACHMENT_LIST (object);

  g_cancellable_cancel (self->cancellable);
  track_database (self, NULL);
  g_clear_object (&self->database);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->attachments, g_ptr_array_unref);

  G_OBJECT_CLASS (passend_attachment_list_parent_class)->dispose (object);
}

static void
passend_attachment_list_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  PassendAttachmentList *self = PASSEND_ATTACHMENT_LIST (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_ENTRY_ID:
      g_value_set_int64 (value, self->entry_id);
      break;

    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_attachment_list_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  PassendAttachmentList *self = PASSEND_ATTACHMENT_LIST (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      passend_attachment_list_set_database (self, g_value_get_object (value));
      break;

    case PROP_ENTRY_ID:
      passend_attachment_list_set_entry_id (self, g_value_get_int64 (value));
      break;

    case PROP_EDITABLE:
      passend_attachment_list_set_editable (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_attachment_list_class_init (PassendAttachmentListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_attachment_list_dispose;
  object_class->get_property = passend_attachment_list_get_property;
  object_class->set_property = passend_attachment_list_set_property;
  widget_class->root = passend_attachment_list_root;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         PASSEND_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ENTRY_ID] =
    g_param_spec_int64 ("entry-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "attachments.add", NULL, add_action_cb);

  g_type_ensure (PASSEND_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-attachment-list.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendAttachmentList, chips_box);
  gtk_widget_class_bind_template_child (widget_class, PassendAttachmentList, add_button);
}

static void
passend_attachment_list_init (PassendAttachmentList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();

  self->drop_target = create_drop_target (self);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (self->drop_target), GTK_PHASE_NONE);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->drop_target));

  reload (self);
}

GtkWidget *
passend_attachment_list_new (void)
{
  return g_object_new (PASSEND_TYPE_ATTACHMENT_LIST, NULL);
}

PassendDatabase *
passend_attachment_list_get_database (PassendAttachmentList *self)
{
  g_return_val_if_fail (PASSEND_IS_ATTACHMENT_LIST (self), NULL);

  return self->database;
}

void
passend_attachment_list_set_database (PassendAttachmentList *self,
                                      PassendDatabase       *database)
{
  g_return_if_fail (PASSEND_IS_ATTACHMENT_LIST (self));
  g_return_if_fail (!database || PASSEND_IS_DATABASE (database));

  if (!g_set_object (&self->database, database))
    return;

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

gint64
passend_attachment_list_get_entry_id (PassendAttachmentList *self)
{
  g_return_val_if_fail (PASSEND_IS_ATTACHMENT_LIST (self), 0);

  return self->entry_id;
}

void
passend_attachment_list_set_entry_id (PassendAttachmentList *self,
                                      gint64                 entry_id)
{
  g_return_if_fail (PASSEND_IS_ATTACHMENT_LIST (self));
  g_return_if_fail (entry_id >= 0);

  if (self->entry_id == entry_id)
    return;

  self->entry_id = entry_id;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY_ID]);
}

gboolean
passend_attachment_list_get_editable (PassendAttachmentList *self)
{
  g_return_val_if_fail (PASSEND_IS_ATTACHMENT_LIST (self), FALSE);

  return self->editable;
}

void
passend_attachment_list_set_editable (PassendAttachmentList *self,
                                      gboolean               editable)
{
  g_return_if_fail (PASSEND_IS_ATTACHMENT_LIST (self));

  editable = !!editable;
  if (self->editable == editable)
    return;

  self->editable = editable;
  gtk_widget_set_visible (GTK_WIDGET (self->add_button), editable);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (self->drop_target),
                                              editable ? GTK_PHASE_BUBBLE : GTK_PHASE_NONE);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

void
passend_attachment_list_add_drop_target (PassendAttachmentList *self,
                                         GtkWidget             *widget)
{
  g_return_if_fail (PASSEND_IS_ATTACHMENT_LIST (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (create_drop_target (self)));
}

guint
passend_attachment_list_get_n_attachments (PassendAttachmentList *self)
{
  g_return_val_if_fail (PASSEND_IS_ATTACHMENT_LIST (self), 0);

  return self->attachments != NULL ? self->attachments->len : 0;
}

GtkWindow *
passend_attachment_list_open (PassendAttachmentList *self,
                              guint                  index)
{
  PassendDatabase *database;
  PassendAttachment *attachment;
  PassendPdfViewer *viewer;
  g_autoptr(GBytes) content = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root;

  g_return_val_if_fail (PASSEND_IS_ATTACHMENT_LIST (self), NULL);
  g_return_val_if_fail (index < passend_attachment_list_get_n_attachments (self), NULL);

  attachment = g_ptr_array_index (self->attachments, index);
  database = get_database (self);
  if (database != NULL)
    content = passend_database_load_attachment (database, attachment->sha256, &error);
  else
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("No database is open."));

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (content != NULL)
    viewer = passend_pdf_viewer_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                     attachment->file_name, attachment->media_type, content, &error);
  else
    viewer = NULL;

  if (viewer == NULL)
    {
      /* TRANSLATORS: the file name, then the reason. */
      g_autofree char *message = g_strdup_printf (_("“%s” cannot be opened: %s"),
                                                  attachment->file_name, error->message);

      show_toast (self, message);
      return NULL;
    }

  g_debug ("Opened attachment %" G_GINT64_FORMAT, attachment->id);
  gtk_window_present (GTK_WINDOW (viewer));
  return GTK_WINDOW (viewer);
}
