/* passend-dossier.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "passend-dossier-private.h"

/* The description of a dossier and writing it: the atomic file, the
 * worker thread and the progress it reports. Laying out and drawing live
 * in passend-dossier-{plan,front,embed,draw}.c. */

G_DEFINE_FINAL_TYPE (PassendDossier, passend_dossier, G_TYPE_OBJECT)

G_DEFINE_QUARK (passend-dossier-error-quark, passend_dossier_error)

enum {
  PROP_0,
  PROP_PROGRESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_passend_dossier_part_free (gpointer data)
{
  DossierPart *part = data;

  g_free (part->title);
  g_clear_object (&part->writer);
  g_free (part->kind_label);
  g_free (part->text);
  g_free (part->file_name);
  g_clear_pointer (&part->content, g_bytes_unref);
  g_clear_pointer (&part->signers, g_ptr_array_unref);
  g_free (part);
}

static void
passend_dossier_finalize (GObject *object)
{
  PassendDossier *self = PASSEND_DOSSIER (object);

  g_ptr_array_unref (self->strings);
  g_clear_pointer (&self->logo, g_bytes_unref);
  g_clear_pointer (&self->creation_date, g_date_time_unref);
  g_free (self->confidentiality);
  g_ptr_array_unref (self->sections);
  g_ptr_array_unref (self->parts);
  g_free (self->sha256);

  G_OBJECT_CLASS (passend_dossier_parent_class)->finalize (object);
}

static void
passend_dossier_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PassendDossier *self = PASSEND_DOSSIER (object);

  switch (prop_id)
    {
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_dossier_class_init (PassendDossierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = passend_dossier_finalize;
  object_class->get_property = passend_dossier_get_property;

  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0, 1, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_dossier_init (PassendDossier *self)
{
  self->strings = g_ptr_array_new_with_free_func (g_free);
  self->sections = g_ptr_array_new_with_free_func (g_free);
  self->parts = g_ptr_array_new_with_free_func (_passend_dossier_part_free);
}

void
passend_dossier_cover_init (PassendDossierCover *cover)
{
  g_return_if_fail (cover != NULL);

  *cover = (PassendDossierCover) { 0, };
}

/* Keeps a copy of @text for the life of the dossier. */
static const char *
keep (PassendDossier *self,
      const char     *text)
{
  char *copy;

  if (text == NULL)
    return NULL;

  copy = g_strdup (text);
  g_ptr_array_add (self->strings, copy);
  return copy;
}

PassendDossier *
passend_dossier_new (const PassendDossierCover *cover)
{
  PassendDossier *self;

  g_return_val_if_fail (cover != NULL, NULL);

  self = g_object_new (PASSEND_TYPE_DOSSIER, NULL);
  self->cover = *cover;
  self->cover.student_name = keep (self, cover->student_name);
  self->cover.student_number = keep (self, cover->student_number);
  self->cover.student_group = keep (self, cover->student_group);
  self->cover.school_name = keep (self, cover->school_name);
  self->cover.school_city = keep (self, cover->school_city);
  self->cover.coordinator_name = keep (self, cover->coordinator_name);
  self->cover.swv_name = keep (self, cover->swv_name);
  self->cover.kind = keep (self, cover->kind);
  self->cover.category = keep (self, cover->category);
  self->cover.target_school = keep (self, cover->target_school);
  self->cover.preceding_meeting = keep (self, cover->preceding_meeting);
  return self;
}

void
passend_dossier_set_logo (PassendDossier *self,
                          GBytes         *png)
{
  g_return_if_fail (PASSEND_IS_DOSSIER (self));
  g_return_if_fail (!self->writing);

  if (png != NULL)
    g_bytes_ref (png);
  g_clear_pointer (&self->logo, g_bytes_unref);
  self->logo = png;
}

void
passend_dossier_set_creation_date (PassendDossier *self,
                                   GDateTime      *creation_date)
{
  g_return_if_fail (PASSEND_IS_DOSSIER (self));
  g_return_if_fail (!self->writing);

  if (creation_date != NULL)
    g_date_time_ref (creation_date);
  g_clear_pointer (&self->creation_date, g_date_time_unref);
  self->creation_date = creation_date;
}

void
passend_dossier_set_confidentiality (PassendDossier *self,
                                     const char     *text)
{
  g_return_if_fail (PASSEND_IS_DOSSIER (self));
  g_return_if_fail (!self->writing);

  g_free (self->confidentiality);
  self->confidentiality = g_strdup (text);
}

guint
passend_dossier_add_section (PassendDossier *self,
                             const char     *label)
{
  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), 0);
  g_return_val_if_fail (label != NULL, 0);
  g_return_val_if_fail (!self->writing, 0);

  g_ptr_array_add (self->sections, g_strdup (label));
  return self->sections->len;
}

static DossierPart *
add_part (PassendDossier  *self,
          DossierPartKind  kind,
          const char      *title)
{
  DossierPart *part = g_new0 (DossierPart, 1);

  part->kind = kind;
  part->section = self->sections->len - 1;
  part->title = g_strdup (title != NULL && title[0] != '\0' ? title : "Document");
  part->day = PASSEND_DAY_NONE;
  g_ptr_array_add (self->parts, part);
  return part;
}

#define CHECK_PART_ARGS(self) \
  g_return_if_fail (PASSEND_IS_DOSSIER (self)); \
  g_return_if_fail (!(self)->writing); \
  g_return_if_fail ((self)->sections->len > 0)

void
passend_dossier_add_document (PassendDossier   *self,
                              const char       *title,
                              PassendPdfWriter *writer)
{
  DossierPart *part;

  CHECK_PART_ARGS (self);
  g_return_if_fail (PASSEND_IS_PDF_WRITER (writer));

  part = add_part (self, DOSSIER_PART_DOCUMENT, title);
  part->writer = g_object_ref (writer);
}

gboolean
passend_dossier_add_opp (PassendDossier             *self,
                         const char                 *title,
                         PassendOppDocument         *document,
                         GBytes                     *logo,
                         const PassendOppPdfOptions *options,
                         GError                    **error)
{
  g_autoptr(PassendPdfWriter) writer = NULL;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), FALSE);
  g_return_val_if_fail (!self->writing, FALSE);
  g_return_val_if_fail (self->sections->len > 0, FALSE);
  g_return_val_if_fail (document != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Built now, on the caller's thread: the writer holds its own copy of
   * everything it prints, so @document may change afterwards. */
  writer = passend_opp_pdf_build (document, logo, options, error);
  if (writer == NULL)
    return FALSE;

  passend_dossier_add_document (self, title, writer);
  return TRUE;
}

void
passend_dossier_add_entry (PassendDossier *self,
                           PassendDay      day,
                           const char     *kind_label,
                           const char     *title,
                           const char     *text)
{
  DossierPart *part;

  CHECK_PART_ARGS (self);

  part = add_part (self, DOSSIER_PART_ENTRY, title);
  part->day = day;
  part->kind_label = g_strdup (kind_label);
  part->text = g_strdup (text != NULL ? text : "");
}

void
passend_dossier_add_text (PassendDossier *self,
                          const char     *title,
                          PassendDay      day,
                          const char     *text)
{
  DossierPart *part;

  CHECK_PART_ARGS (self);

  part = add_part (self, DOSSIER_PART_TEXT, title);
  part->day = day;
  part->text = g_strdup (text != NULL ? text : "");
}

void
passend_dossier_add_pdf (PassendDossier *self,
                         const char     *title,
                         const char     *file_name,
                         GBytes         *content)
{
  DossierPart *part;

  CHECK_PART_ARGS (self);
  g_return_if_fail (content != NULL);

  part = add_part (self, DOSSIER_PART_PDF, title != NULL ? title : file_name);
  part->file_name = g_strdup (file_name != NULL ? file_name : part->title);
  part->content = g_bytes_ref (content);
}

void
passend_dossier_add_image (PassendDossier *self,
                           const char     *title,
                           const char     *file_name,
                           GBytes         *content)
{
  DossierPart *part;

  CHECK_PART_ARGS (self);
  g_return_if_fail (content != NULL);

  part = add_part (self, DOSSIER_PART_IMAGE, title != NULL ? title : file_name);
  part->file_name = g_strdup (file_name != NULL ? file_name : part->title);
  part->content = g_bytes_ref (content);
}

void
passend_dossier_add_signatures (PassendDossier             *self,
                                const char                 *title,
                                const char                 *statement,
                                const PassendDossierSigner *signers,
                                guint                       n_signers)
{
  DossierPart *part;

  CHECK_PART_ARGS (self);
  g_return_if_fail (n_signers == 0 || signers != NULL);

  part = add_part (self, DOSSIER_PART_SIGNATURES, title != NULL ? title : "Ondertekening");
  part->text = g_strdup (statement);
  part->signers = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n_signers; i++)
    {
      g_ptr_array_add (part->signers, g_strdup (signers[i].role != NULL ? signers[i].role : ""));
      g_ptr_array_add (part->signers, g_strdup (signers[i].name != NULL ? signers[i].name : ""));
    }
}

guint
passend_dossier_get_n_sections (PassendDossier *self)
{
  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), 0);
  return self->sections->len;
}

guint
passend_dossier_get_n_parts (PassendDossier *self)
{
  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), 0);
  return self->parts->len;
}

char *
_passend_dossier_dup_title (PassendDossier *self)
{
  if (self->cover.student_name != NULL && self->cover.student_name[0] != '\0')
    return g_strdup_printf ("TLV-dossier %s", self->cover.student_name);
  return g_strdup ("TLV-dossier");
}

const char *
_passend_dossier_confidentiality (PassendDossier *self)
{
  if (self->confidentiality != NULL)
    return self->confidentiality;

  return "Vertrouwelijk — bijzondere persoonsgegevens van een minderjarige, "
         "alleen voor de beoordeling van deze aanvraag";
}

/* Writing */

typedef struct
{
  int        fd;
  int        saved_errno;
  GChecksum *checksum;
} FileTarget;

static cairo_status_t
write_to_file (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  FileTarget *target = closure;

  g_checksum_update (target->checksum, data, length);
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
set_file_error (GError     **error,
                const char  *path,
                int          saved_errno)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("Could not write “%s”: %s"), display, g_strerror (saved_errno));
}

gboolean
passend_dossier_write (PassendDossier             *self,
                       const char                 *path,
                       PassendDossierProgressFunc  progress,
                       gpointer                    user_data,
                       guint                      *n_pages,
                       GCancellable               *cancellable,
                       GError                    **error)
{
  g_autoptr(DossierPlan) plan = NULL;
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *dir = NULL;
  g_autofree char *temp_name = NULL;
  g_autofree char *temp_path = NULL;
  g_autofree char *base = NULL;
  FileTarget target = { -1, 0, checksum };
  GError *local_error = NULL;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_clear_pointer (&self->sha256, g_free);
  self->n_pages = 0;

  /* Everything that can refuse the dossier (a damaged attachment) is
   * found before a file exists. */
  plan = _passend_dossier_plan (self, cancellable, error);
  if (plan == NULL)
    return FALSE;

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  temp_name = g_strdup_printf (".%s.XXXXXX", base);
  temp_path = g_build_filename (dir, temp_name, NULL);

  /* Private from the first byte: the dossier is about a minor. */
  target.fd = g_mkstemp_full (temp_path, O_WRONLY | O_CLOEXEC, 0600);
  if (target.fd < 0)
    {
      set_file_error (error, path, errno);
      return FALSE;
    }

  if (!_passend_dossier_draw (plan, write_to_file, &target, progress, user_data,
                              cancellable, &local_error))
    {
      if (target.saved_errno != 0)
        {
          g_clear_error (&local_error);
          set_file_error (&local_error, path, target.saved_errno);
        }
      goto failed;
    }

  /* A crash right after the rename must not leave an empty dossier. */
  if (fsync (target.fd) != 0 || close (target.fd) != 0)
    {
      set_file_error (&local_error, path, errno);
      target.fd = -1;
      goto failed;
    }
  target.fd = -1;

  if (g_rename (temp_path, path) != 0)
    {
      set_file_error (&local_error, path, errno);
      goto failed;
    }

  self->n_pages = plan->n_pages;
  self->sha256 = g_strdup (g_checksum_get_string (checksum));
  if (n_pages != NULL)
    *n_pages = plan->n_pages;
  return TRUE;

failed:
  if (target.fd >= 0)
    close (target.fd);
  g_unlink (temp_path);
  g_propagate_error (error, local_error);
  return FALSE;
}

/* In a worker thread, with the progress on the caller's main context */

typedef struct
{
  char         *path;
  GMainContext *context;
  double        reported;
} WriteData;

typedef struct
{
  PassendDossier *dossier;
  double          fraction;
} ProgressUpdate;

static void
write_data_free (gpointer data)
{
  WriteData *write_data = data;

  g_free (write_data->path);
  g_main_context_unref (write_data->context);
  g_free (write_data);
}

static gboolean
apply_progress (gpointer data)
{
  ProgressUpdate *update = data;

  if (update->dossier->progress != update->fraction)
    {
      update->dossier->progress = update->fraction;
      g_object_notify_by_pspec (G_OBJECT (update->dossier), properties[PROP_PROGRESS]);
    }

  return G_SOURCE_REMOVE;
}

static void
progress_update_free (gpointer data)
{
  ProgressUpdate *update = data;

  g_object_unref (update->dossier);
  g_free (update);
}

static void
set_progress (PassendDossier *self,
              GMainContext   *context,
              double          fraction)
{
  ProgressUpdate *update = g_new0 (ProgressUpdate, 1);

  update->dossier = g_object_ref (self);
  update->fraction = fraction;
  g_main_context_invoke_full (context, G_PRIORITY_DEFAULT, apply_progress,
                              update, progress_update_free);
}

typedef struct
{
  PassendDossier *dossier;
  WriteData      *data;
} ThreadProgress;

static void
thread_progress (double   fraction,
                 gpointer user_data)
{
  ThreadProgress *progress = user_data;

  /* A notification per percent is plenty for a progress bar. */
  if (fraction < 1 && fraction - progress->data->reported < 0.01)
    return;

  progress->data->reported = fraction;
  set_progress (progress->dossier, progress->data->context, fraction);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *data = task_data;
  ThreadProgress progress = { source_object, data };
  GError *error = NULL;
  guint n_pages = 0;

  if (passend_dossier_write (source_object, data->path, thread_progress, &progress,
                             &n_pages, cancellable, &error))
    g_task_return_int (task, n_pages);
  else
    g_task_return_error (task, error);
}

static void
write_done (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  GTask *outer = user_data;

  PASSEND_DOSSIER (object)->writing = FALSE;
  g_task_return_pointer (outer, g_object_ref (result), g_object_unref);
  g_object_unref (outer);
}

void
passend_dossier_write_async (PassendDossier      *self,
                             const char          *path,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GTask *outer;
  WriteData *data;

  g_return_if_fail (PASSEND_IS_DOSSIER (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (!self->writing);

  data = g_new0 (WriteData, 1);
  data->path = g_strdup (path);
  data->context = g_main_context_ref_thread_default ();

  self->writing = TRUE;
  self->progress = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);

  /* The outer task completes on the caller's context after the inner one,
   * so "writing" is cleared and every progress update queued before the
   * end has been applied when the callback runs. */
  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, passend_dossier_write_async);

  task = g_task_new (self, cancellable, write_done, outer);
  g_task_set_source_tag (task, passend_dossier_write_async);
  g_task_set_task_data (task, data, write_data_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, write_thread);
}

gboolean
passend_dossier_write_finish (PassendDossier  *self,
                              GAsyncResult    *result,
                              guint           *n_pages,
                              GError         **error)
{
  g_autoptr(GAsyncResult) inner = NULL;
  gssize pages;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  inner = g_task_propagate_pointer (G_TASK (result), error);
  if (inner == NULL)
    return FALSE;

  pages = g_task_propagate_int (G_TASK (inner), error);
  if (pages < 0)
    return FALSE;

  if (n_pages != NULL)
    *n_pages = (guint) pages;
  return TRUE;
}

double
passend_dossier_get_progress (PassendDossier *self)
{
  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), 0);
  return self->progress;
}

guint
passend_dossier_get_n_pages (PassendDossier *self)
{
  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), 0);
  return self->n_pages;
}

const char *
passend_dossier_get_sha256 (PassendDossier *self)
{
  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), NULL);
  return self->sha256;
}

char *
passend_dossier_suggest_file_name (PassendDossier *self)
{
  g_autofree char *title = NULL;
  g_autofree char *day = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (PASSEND_IS_DOSSIER (self), NULL);

  title = _passend_dossier_dup_title (self);
  day = passend_day_to_iso (self->cover.day != PASSEND_DAY_NONE ? self->cover.day
                                                                  : passend_day_today ());
  name = g_strdup_printf ("%s %s.pdf", title, day);
  /* Characters that Windows, macOS or a USB stick refuse in a name. */
  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return g_steal_pointer (&name);
}
