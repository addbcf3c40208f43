/* passend-pdf-viewer-files.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "passend-pdf-viewer-private.h"
#include "passend-ui-util.h"

/* The copies handed to the system viewer leave the database: they live
 * in one private folder (0700, files 0600) that goes when Passend quits,
 * so a report about a student does not linger in /tmp. */
static char *temporary_dir;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            remove_tree (child);
          else
            g_unlink (child);
        }
    }

  g_rmdir (path);
}

void
passend_pdf_viewer_remove_temporary_files (void)
{
  if (temporary_dir == NULL)
    return;

  remove_tree (temporary_dir);
  g_clear_pointer (&temporary_dir, g_free);
}

static void
application_shutdown_cb (GApplication *application)
{
  passend_pdf_viewer_remove_temporary_files ();
}

static const char *
ensure_temporary_dir (GError **error)
{
  GApplication *application;

  if (temporary_dir != NULL)
    return temporary_dir;

  /* g_dir_make_tmp() creates the folder with mode 0700. */
  temporary_dir = g_dir_make_tmp ("passend-XXXXXX", error);
  if (temporary_dir == NULL)
    return NULL;

  application = g_application_get_default ();
  if (application != NULL)
    g_signal_connect (application, "shutdown", G_CALLBACK (application_shutdown_cb), NULL);

  return temporary_dir;
}

/* A name safe to use as a file name: no folders, no hidden file. */
static char *
dup_safe_name (const char *file_name)
{
  g_autofree char *base = g_path_get_basename (file_name);

  g_strdelimit (base, "/\\", '_');
  if (base[0] == '.' || base[0] == '\0')
    return g_strconcat ("attachment", base, NULL);

  return g_steal_pointer (&base);
}

gboolean
_passend_attachment_open_external (GtkWindow   *parent,
                                   const char  *file_name,
                                   GBytes      *content,
                                   GError     **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *safe_name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  const char *dir;
  gsize size = 0;
  gconstpointer data = g_bytes_get_data (content, &size);

  dir = ensure_temporary_dir (error);
  if (dir == NULL)
    return FALSE;

  /* A folder per copy, so two attachments with the same name never
   * overwrite each other while a viewer has one open. */
  folder = g_build_filename (dir, "XXXXXX", NULL);
  if (g_mkdtemp_full (folder, 0700) == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not make a private folder: %s"), g_strerror (saved_errno));
      return FALSE;
    }

  safe_name = dup_safe_name (file_name);
  path = g_build_filename (folder, safe_name, NULL);
  if (!g_file_set_contents_full (path, data, size, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return FALSE;

  uri = g_filename_to_uri (path, NULL, error);
  if (uri == NULL)
    return FALSE;

  gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
  return TRUE;
}

typedef struct
{
  AdwToastOverlay *overlay;
  GBytes          *content;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->overlay);
  g_bytes_unref (data->content);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveData, save_data_free)

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(SaveData) data = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      adw_toast_overlay_add_toast (data->overlay,
                                   passend_ui_toast_new_error (_("Could not save the copy"), error));
      return;
    }

  name = g_file_get_basename (G_FILE (object));
  /* TRANSLATORS: a toast after "Save a Copy…"; the file name. */
  title = g_markup_printf_escaped (_("Saved a copy as “%s”"), name);
  adw_toast_overlay_add_toast (data->overlay, adw_toast_new (title));
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  g_autoptr(SaveData) data = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file != NULL)
    {
      GBytes *content = data->content;

      /* g_file_replace writes a temporary file and renames it over the
       * target: an existing file is replaced whole or not at all. */
      g_file_replace_contents_bytes_async (file, content, NULL, FALSE,
                                           G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                           NULL, saved_cb, g_steal_pointer (&data));
    }

  g_object_unref (chooser);
}

void
_passend_attachment_save_copy (GtkWindow       *parent,
                               AdwToastOverlay *overlay,
                               const char      *file_name,
                               GBytes          *content)
{
  GtkFileChooserNative *chooser;
  SaveData *data;

  chooser = gtk_file_chooser_native_new (_("Save a Copy"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);

  data = g_new0 (SaveData, 1);
  data->overlay = g_object_ref (overlay);
  data->content = g_bytes_ref (content);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
