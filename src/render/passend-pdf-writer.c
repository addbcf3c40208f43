/* passend-pdf-writer.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "passend-pdf-layout-private.h"
#include "passend-pdf-writer-private.h"

G_DEFINE_FINAL_TYPE (PassendPdfWriter, passend_pdf_writer, G_TYPE_OBJECT)

G_DEFINE_QUARK (passend-pdf-writer-error-quark, passend_pdf_writer_error)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_AUTHOR,
  PROP_SUBJECT,
  PROP_FOOTER_TEXT,
  PROP_HEADER_TEXT,
  PROP_WATERMARK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  int         fd;
  int         saved_errno;
  GByteArray *bytes;  /* instead of fd, for a document in memory */
} WriteTarget;

static cairo_status_t
write_to_fd (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  WriteTarget *target = closure;

  if (target->bytes != NULL)
    {
      g_byte_array_append (target->bytes, data, length);
      return CAIRO_STATUS_SUCCESS;
    }

  while (length > 0)
    {
      ssize_t written = write (target->fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          target->saved_errno = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }

      data += written;
      length -= (unsigned int) written;
    }

  return CAIRO_STATUS_SUCCESS;
}

static void
set_metadata (PassendPdfWriter *self,
              cairo_surface_t  *surface)
{
  g_autoptr(GDateTime) created = self->creation_date != NULL
                                 ? g_date_time_ref (self->creation_date)
                                 : g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (created, "%Y-%m-%dT%H:%M:%S%:z");

  if (self->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  if (self->author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, self->author);
  if (self->subject != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, self->subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Passend " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

static gboolean
check_cairo (cairo_status_t      status,
             const WriteTarget  *target,
             const char         *path,
             GError            **error)
{
  g_autofree char *display = NULL;

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  display = g_filename_display_name (path);
  if (status == CAIRO_STATUS_WRITE_ERROR && target->saved_errno != 0)
    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (target->saved_errno),
                 _("Could not write “%s”: %s"), display, g_strerror (target->saved_errno));
  else
    g_set_error (error, PASSEND_PDF_WRITER_ERROR, PASSEND_PDF_WRITER_ERROR_FAILED,
                 _("Could not write “%s”: %s"), display, cairo_status_to_string (status));
  return FALSE;
}

/* Lays out and draws the whole document into @target's file descriptor. */
static gboolean
write_document (PassendPdfWriter  *self,
                WriteTarget       *target,
                const char        *path,
                guint             *n_pages,
                GCancellable      *cancellable,
                GError           **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoContext *context;
  g_autoptr(PassendPdfPages) pages = NULL;
  PassendPdfDecoration decoration = { self->title, self->author, self->footer_text,
                                      self->header_text, self->watermark };
  cairo_status_t status;
  gboolean ok = FALSE;

  surface = cairo_pdf_surface_create_for_stream (write_to_fd, target,
                                                 PASSEND_PDF_PAGE_WIDTH,
                                                 PASSEND_PDF_PAGE_HEIGHT);
  cr = cairo_create (surface);
  cairo_surface_destroy (surface);

  /* The context takes its font options from the PDF surface, so measuring
   * and drawing use the same metrics; at 72 dpi one unit is one point. */
  context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (context, 72);

  pages = _passend_pdf_paginate (context, self->blocks, cancellable, error);
  if (pages != NULL)
    {
      set_metadata (self, surface);
      ok = _passend_pdf_pages_draw (pages, cr, context, &decoration, cancellable, error);
      *n_pages = _passend_pdf_pages_get_n_pages (pages);
    }

  g_object_unref (context);
  cairo_surface_finish (surface);
  status = cairo_status (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_destroy (cr);

  if (ok)
    ok = check_cairo (status, target, path, error);

  return ok;
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (passend_pdf_writer_save (source_object, task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
_passend_pdf_writer_drop_pages (PassendPdfWriter *self)
{
  g_clear_pointer (&self->pages, _passend_pdf_pages_free);
  g_clear_object (&self->context);
}

void
_passend_pdf_writer_add_block (PassendPdfWriter *self,
                               PassendPdfBlock  *block)
{
  /* Anything else after a table's rows ends the table. */
  if (block->kind != PASSEND_PDF_BLOCK_TABLE)
    self->open_table = NULL;
  _passend_pdf_writer_drop_pages (self);
  g_ptr_array_add (self->blocks, block);
}

static void
set_string (PassendPdfWriter  *self,
            char             **field,
            const char        *value,
            int                prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
passend_pdf_writer_finalize (GObject *object)
{
  PassendPdfWriter *self = PASSEND_PDF_WRITER (object);

  g_free (self->title);
  g_free (self->author);
  g_free (self->subject);
  g_free (self->footer_text);
  g_free (self->header_text);
  g_free (self->watermark);
  g_clear_pointer (&self->creation_date, g_date_time_unref);
  /* The pages borrow the blocks' drawings. */
  _passend_pdf_writer_drop_pages (self);
  g_ptr_array_unref (self->blocks);

  G_OBJECT_CLASS (passend_pdf_writer_parent_class)->finalize (object);
}

static void
passend_pdf_writer_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PassendPdfWriter *self = PASSEND_PDF_WRITER (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;
    case PROP_FOOTER_TEXT:
      g_value_set_string (value, self->footer_text);
      break;
    case PROP_HEADER_TEXT:
      g_value_set_string (value, self->header_text);
      break;
    case PROP_WATERMARK:
      g_value_set_string (value, self->watermark);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_pdf_writer_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PassendPdfWriter *self = PASSEND_PDF_WRITER (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      passend_pdf_writer_set_title (self, g_value_get_string (value));
      break;
    case PROP_AUTHOR:
      passend_pdf_writer_set_author (self, g_value_get_string (value));
      break;
    case PROP_SUBJECT:
      passend_pdf_writer_set_subject (self, g_value_get_string (value));
      break;
    case PROP_FOOTER_TEXT:
      passend_pdf_writer_set_footer_text (self, g_value_get_string (value));
      break;
    case PROP_HEADER_TEXT:
      passend_pdf_writer_set_header_text (self, g_value_get_string (value));
      break;
    case PROP_WATERMARK:
      passend_pdf_writer_set_watermark (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_pdf_writer_class_init (PassendPdfWriterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = passend_pdf_writer_finalize;
  object_class->get_property = passend_pdf_writer_get_property;
  object_class->set_property = passend_pdf_writer_set_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL, flags);
  properties[PROP_SUBJECT] = g_param_spec_string ("subject", NULL, NULL, NULL, flags);
  properties[PROP_FOOTER_TEXT] = g_param_spec_string ("footer-text", NULL, NULL, NULL, flags);
  properties[PROP_HEADER_TEXT] = g_param_spec_string ("header-text", NULL, NULL, NULL, flags);
  properties[PROP_WATERMARK] = g_param_spec_string ("watermark", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_pdf_writer_init (PassendPdfWriter *self)
{
  self->blocks = g_ptr_array_new_with_free_func (_passend_pdf_block_free);
}

PassendPdfWriter *
passend_pdf_writer_new (const char *title,
                        const char *author)
{
  return g_object_new (PASSEND_TYPE_PDF_WRITER,
                       "title", title,
                       "author", author,
                       NULL);
}

const char *
passend_pdf_writer_get_title (PassendPdfWriter *self)
{
  g_return_val_if_fail (PASSEND_IS_PDF_WRITER (self), NULL);
  return self->title;
}

void
passend_pdf_writer_set_title (PassendPdfWriter *self,
                              const char       *title)
{
  g_return_if_fail (PASSEND_IS_PDF_WRITER (self));
  set_string (self, &self->title, title, PROP_TITLE);
}

const char *
passend_pdf_writer_get_author (PassendPdfWriter *self)
{
  g_return_val_if_fail (PASSEND_IS_PDF_WRITER (self), NULL);
  return self->author;
}

void
passend_pdf_writer_set_author (PassendPdfWriter *self,
                               const char       *author)
{
  g_return_if_fail (PASSEND_IS_PDF_WRITER (self));
  set_string (self, &self->author, author, PROP_AUTHOR);
}

const char *
passend_pdf_writer_get_subject (PassendPdfWriter *self)
{
  g_return_val_if_fail (PASSEND_IS_PDF_WRITER (self), NULL);
  return self->subject;
}

void
passend_pdf_writer_set_subject (PassendPdfWriter *self,
                                const char       *subject)
{
  g_return_if_fail (PASSEND_IS_PDF_WRITER (self));
  set_string (self, &self->subject, subject, PROP_SUBJECT);
}

const char *
passend_pdf_writer_get_footer_text (PassendPdfWriter *self)
{
  g_return_val_if_fail (PASSEND_IS_PDF_WRITER (self), NULL);
  return self->footer_text;
}

void
passend_pdf_writer_set_footer_text (PassendPdfWriter *self,
                                    const char       *footer_text)
{
  g_return_if_fail (PASSEND_IS_PDF_WRITER (self));
  set_string (self, &self->footer_text, footer_text, PROP_FOOTER_TEXT);
}

void
passend_pdf_writer_set_creation_date (PassendPdfWriter *self,
                                      GDateTime        *creation_date)
{
  g_return_if_fail (PASSEND_IS_PDF_WRITER (self));

  if (creation_date != NULL)
    g_date_time_ref (creation_date);
  g_clear_pointer (&self->creation_date, g_date_time_unref);
  self->creation_date = creation_date;
}

void
passend_pdf_writer_add_heading (PassendPdfWriter *self,
                                int               level,
                                const char       *text)
{
  PassendPdfBlock *block;

  g_return_if_fail (PASSEND_IS_PDF_WRITER (self));
  g_return_if_fail (level == 1 || level == 2);
  g_return_if_fail (text != NULL);

  block = g_new0 (PassendPdfBlock, 1);
  block->kind = PASSEND_PDF_BLOCK_HEADING;
  block->level = level;
  block->text = _passend_pdf_sanitize (text, FALSE);
  _passend_pdf_writer_add_block (self, block);
}

void
passend_pdf_writer_add_paragraph (PassendPdfWriter *self,
                                  const char       *text)
{
  g_autofree char *clean = NULL;
  PassendPdfBlock *block;

  g_return_if_fail (PASSEND_IS_PDF_WRITER (self));
  g_return_if_fail (text != NULL);

  clean = _passend_pdf_sanitize (text, TRUE);
  block = g_new0 (PassendPdfBlock, 1);
  block->kind = PASSEND_PDF_BLOCK_PARAGRAPH;
  block->text = g_markup_escape_text (clean, -1);
  _passend_pdf_writer_add_block (self, block);
}

gboolean
passend_pdf_writer_add_markup (PassendPdfWriter  *self,
                               const char        *markup,
                               GError           **error)
{
  g_autofree char *clean = NULL;
  g_autoptr(GError) local_error = NULL;
  PassendPdfBlock *block;

  g_return_val_if_fail (PASSEND_IS_PDF_WRITER (self), FALSE);
  g_return_val_if_fail (markup != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  clean = _passend_pdf_sanitize (markup, TRUE);
  if (!pango_parse_markup (clean, -1, 0, NULL, NULL, NULL, &local_error))
    {
      g_set_error (error, PASSEND_PDF_WRITER_ERROR, PASSEND_PDF_WRITER_ERROR_INVALID_MARKUP,
                   _("The text of the document could not be laid out: %s"),
                   local_error->message);
      return FALSE;
    }

  block = g_new0 (PassendPdfBlock, 1);
  block->kind = PASSEND_PDF_BLOCK_PARAGRAPH;
  block->text = g_steal_pointer (&clean);
  _passend_pdf_writer_add_block (self, block);
  return TRUE;
}

void
passend_pdf_writer_add_key_values (PassendPdfWriter   *self,
                                   const char * const *keys,
                                   const char * const *values,
                                   gsize               n_pairs)
{
  PassendPdfBlock *block;

  g_return_if_fail (PASSEND_IS_PDF_WRITER (self));
  g_return_if_fail (n_pairs == 0 || (keys != NULL && values != NULL));

  if (n_pairs == 0)
    return;

  block = g_new0 (PassendPdfBlock, 1);
  block->kind = PASSEND_PDF_BLOCK_KEY_VALUES;
  block->width = self->key_width;
  block->keys = g_new0 (char *, n_pairs + 1);
  block->values = g_new0 (char *, n_pairs + 1);
  for (gsize i = 0; i < n_pairs; i++)
    {
      block->keys[i] = _passend_pdf_sanitize (keys[i], FALSE);
      block->values[i] = _passend_pdf_sanitize (values[i] != NULL ? values[i] : "—", TRUE);
    }
  _passend_pdf_writer_add_block (self, block);
}

void
passend_pdf_writer_add_space (PassendPdfWriter *self,
                              double            points)
{
  PassendPdfBlock *block;

  g_return_if_fail (PASSEND_IS_PDF_WRITER (self));
  g_return_if_fail (points >= 0 && points <= PASSEND_PDF_PAGE_HEIGHT);

  block = g_new0 (PassendPdfBlock, 1);
  block->kind = PASSEND_PDF_BLOCK_SPACE;
  block->space = points;
  _passend_pdf_writer_add_block (self, block);
}

/* Images */

typedef struct
{
  const guchar *data;
  gsize         remaining;
} PngReader;

static cairo_status_t
read_png (void          *closure,
          unsigned char *data,
          unsigned int   length)
{
  PngReader *reader = closure;

  if (length > reader->remaining)
    return CAIRO_STATUS_READ_ERROR;

  memcpy (data, reader->data, length);
  reader->data += length;
  reader->remaining -= length;
  return CAIRO_STATUS_SUCCESS;
}

gboolean
passend_pdf_writer_add_image (PassendPdfWriter  *self,
                              GBytes            *png,
                              double             height,
                              GError           **error)
{
  static const guchar signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  PngReader reader = { NULL, 0 };
  cairo_surface_t *image;
  PassendPdfBlock *block;
  double aspect;

  g_return_val_if_fail (PASSEND_IS_PDF_WRITER (self), FALSE);
  g_return_val_if_fail (png != NULL, FALSE);
  g_return_val_if_fail (height > 0 && height <= PASSEND_PDF_PAGE_HEIGHT / 2, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  reader.data = g_bytes_get_data (png, &reader.remaining);
  /* cairo reads anything as a PNG attempt; the signature tells a JPEG or
   * an SVG apart before libpng complains about it. */
  if (reader.remaining < sizeof signature || memcmp (reader.data, signature, sizeof signature) != 0)
    {
      g_set_error_literal (error, PASSEND_PDF_WRITER_ERROR, PASSEND_PDF_WRITER_ERROR_INVALID_IMAGE,
                           _("The image is not a PNG image."));
      return FALSE;
    }

  image = cairo_image_surface_create_from_png_stream (read_png, &reader);
  if (cairo_surface_status (image) != CAIRO_STATUS_SUCCESS ||
      cairo_image_surface_get_width (image) <= 0 ||
      cairo_image_surface_get_height (image) <= 0)
    {
      g_set_error (error, PASSEND_PDF_WRITER_ERROR, PASSEND_PDF_WRITER_ERROR_INVALID_IMAGE,
                   _("The image could not be read: %s"),
                   cairo_status_to_string (cairo_surface_status (image)));
      cairo_surface_destroy (image);
      return FALSE;
    }

  aspect = (double) cairo_image_surface_get_width (image) / cairo_image_surface_get_height (image);
  block = g_new0 (PassendPdfBlock, 1);
  block->kind = PASSEND_PDF_BLOCK_IMAGE;
  block->image = image;
  block->height = height;
  block->width = height * aspect;
  if (block->width > PASSEND_PDF_PAGE_WIDTH - 2 * PASSEND_PDF_MARGIN)
    {
      block->width = PASSEND_PDF_PAGE_WIDTH - 2 * PASSEND_PDF_MARGIN;
      block->height = block->width / aspect;
    }
  _passend_pdf_writer_add_block (self, block);
  return TRUE;
}

void
passend_pdf_writer_add_page_break (PassendPdfWriter *self)
{
  PassendPdfBlock *block;

  g_return_if_fail (PASSEND_IS_PDF_WRITER (self));

  block = g_new0 (PassendPdfBlock, 1);
  block->kind = PASSEND_PDF_BLOCK_PAGE_BREAK;
  _passend_pdf_writer_add_block (self, block);
}

gboolean
passend_pdf_writer_save (PassendPdfWriter  *self,
                         const char        *path,
                         GCancellable      *cancellable,
                         GError           **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp_name = NULL;
  g_autofree char *temp_path = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GError) local_error = NULL;
  WriteTarget target = { -1, 0, NULL };
  guint n_pages = 0;
  int saved_errno;

  g_return_val_if_fail (PASSEND_IS_PDF_WRITER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  display = g_filename_display_name (path);
  temp_name = g_strdup_printf (".%s.XXXXXX", base);
  temp_path = g_build_filename (dir, temp_name, NULL);

  /* Private from the first byte: the document is about a minor. */
  target.fd = g_mkstemp_full (temp_path, O_WRONLY | O_CLOEXEC, 0600);
  if (target.fd < 0)
    {
      saved_errno = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not write “%s”: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }

  if (!write_document (self, &target, path, &n_pages, cancellable, &local_error))
    goto failed;

  /* A crash right after the rename must not leave an empty document. */
  if (fsync (target.fd) != 0)
    goto failed_errno;

  saved_errno = 0;
  if (close (target.fd) != 0)
    saved_errno = errno;
  target.fd = -1;
  if (saved_errno != 0)
    {
      errno = saved_errno;
      goto failed_errno;
    }

  if (g_rename (temp_path, path) != 0)
    goto failed_errno;

  self->n_pages = n_pages;
  return TRUE;

failed_errno:
  saved_errno = errno;
  g_set_error (&local_error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("Could not write “%s”: %s"), display, g_strerror (saved_errno));
failed:
  if (target.fd >= 0)
    close (target.fd);
  g_unlink (temp_path);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

void
passend_pdf_writer_save_async (PassendPdfWriter    *self,
                               const char          *path,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PASSEND_IS_PDF_WRITER (self));
  g_return_if_fail (path != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, passend_pdf_writer_save_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
passend_pdf_writer_save_finish (PassendPdfWriter  *self,
                                GAsyncResult      *result,
                                GError           **error)
{
  g_return_val_if_fail (PASSEND_IS_PDF_WRITER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

guint
passend_pdf_writer_get_n_pages (PassendPdfWriter *self)
{
  g_return_val_if_fail (PASSEND_IS_PDF_WRITER (self), 0);

  return self->n_pages;
}

const char *
passend_pdf_writer_get_header_text (PassendPdfWriter *self)
{
  g_return_val_if_fail (PASSEND_IS_PDF_WRITER (self), NULL);
  return self->header_text;
}

void
passend_pdf_writer_set_header_text (PassendPdfWriter *self,
                                    const char       *header_text)
{
  g_return_if_fail (PASSEND_IS_PDF_WRITER (self));
  set_string (self, &self->header_text, header_text, PROP_HEADER_TEXT);
}

const char *
passend_pdf_writer_get_watermark (PassendPdfWriter *self)
{
  g_return_val_if_fail (PASSEND_IS_PDF_WRITER (self), NULL);
  return self->watermark;
}

void
passend_pdf_writer_set_watermark (PassendPdfWriter *self,
                                  const char       *watermark)
{
  g_return_if_fail (PASSEND_IS_PDF_WRITER (self));
  set_string (self, &self->watermark, watermark, PROP_WATERMARK);
}

/* Other targets: memory, print and preview */

GBytes *
passend_pdf_writer_save_to_bytes (PassendPdfWriter  *self,
                                  GCancellable      *cancellable,
                                  GError           **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_sized_new (64 * 1024);
  WriteTarget target = { -1, 0, bytes };
  guint n_pages = 0;

  g_return_val_if_fail (PASSEND_IS_PDF_WRITER (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!write_document (self, &target, "PDF", &n_pages, cancellable, error))
    return NULL;

  self->n_pages = n_pages;
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}
