/* passend-attachment-list.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_ATTACHMENT_LIST (passend_attachment_list_get_type ())

G_DECLARE_FINAL_TYPE (PassendAttachmentList, passend_attachment_list, PASSEND, ATTACHMENT_LIST, AdwBin)

/* The attachments of one timeline entry as chips (file name and type
 * icon) that open the viewer; when editable, an "Add Attachment…" button,
 * and files dropped on it are attached. Every file is checked off the main
 * thread first; a refusal is told in a toast naming the file and why.
 *
 * Without a database set, it uses the database of the PassendWindow it is
 * in. It follows the database's "changed::attachment". */
GtkWidget       *passend_attachment_list_new              (void);
PassendDatabase *passend_attachment_list_get_database     (PassendAttachmentList *self);
void             passend_attachment_list_set_database     (PassendAttachmentList *self,
                                                           PassendDatabase       *database);
gint64           passend_attachment_list_get_entry_id     (PassendAttachmentList *self);
/* 0 shows nothing. */
void             passend_attachment_list_set_entry_id     (PassendAttachmentList *self,
                                                           gint64                 entry_id);
gboolean         passend_attachment_list_get_editable     (PassendAttachmentList *self);
void             passend_attachment_list_set_editable     (PassendAttachmentList *self,
                                                           gboolean               editable);
guint            passend_attachment_list_get_n_attachments (PassendAttachmentList *self);
/* Files dropped anywhere on @widget (a timeline row, an editor) are
 * attached to this list's entry, editable or not. */
void             passend_attachment_list_add_drop_target  (PassendAttachmentList *self,
                                                           GtkWidget             *widget);

/* Reads, checks and stores @file; the error (also shown as a toast) names
 * the file and the reason. */
void             passend_attachment_list_add_file_async   (PassendAttachmentList *self,
                                                           GFile                 *file,
                                                           GCancellable          *cancellable,
                                                           GAsyncReadyCallback    callback,
                                                           gpointer               user_data);
gboolean         passend_attachment_list_add_file_finish  (PassendAttachmentList *self,
                                                           GAsyncResult          *result,
                                                           GError               **error);
/* Removes attachment @index; when the list is in a toast overlay, a
 * toast offers Undo. */
gboolean         passend_attachment_list_remove           (PassendAttachmentList *self,
                                                           guint                  index,
                                                           GError               **error);
/* Opens attachment @index in the viewer; the window, or NULL after
 * telling the error in a toast. */
GtkWindow       *passend_attachment_list_open             (PassendAttachmentList *self,
                                                           guint                  index);

G_END_DECLS
