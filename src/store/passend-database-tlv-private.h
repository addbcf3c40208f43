/* passend-database-tlv-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-database-private.h"
#include "passend-database-tlv.h"

G_BEGIN_DECLS

/* Shared by the passend-database-tlv*.c files. */

/* Loads the request inside the caller's transaction (NOT_FOUND). */
PassendTlvRequest *_passend_tlv_load_request   (PassendDatabase    *self,
                                                gint64              request_id,
                                                GError            **error);
/* Refuses (INVALID) a change to a request whose state does not allow
 * its fields or parts to change. */
gboolean           _passend_tlv_check_editable (PassendTlvRequest  *request,
                                                GError            **error);
/* A timeline entry on the student inside the caller's write, with its
 * audit row; confidentiality care. */
gboolean           _passend_tlv_record_entry   (PassendDatabase    *self,
                                                gint64              student_id,
                                                PassendEntryKind    kind,
                                                PassendDay          day,
                                                const char         *title,
                                                const char         *body,
                                                GError            **error);
/* The guarded step of @request (loaded in the write) to @state on @day:
 * the row, the history, the audit and the timeline entry. */
gboolean           _passend_tlv_apply_state    (PassendDatabase    *self,
                                                PassendTlvRequest  *request,
                                                PassendTlvState     state,
                                                PassendDay          day,
                                                const char         *note,
                                                GError            **error);
/* With @recorded FALSE the TLV writes of @self leave the timeline alone
 * (the state history is still written), for the demo school, whose
 * timelines already tell the story. */
void               _passend_database_set_tlv_recorded (PassendDatabase *self,
                                                       gboolean         recorded);
/* updated_at = now. */
gboolean           _passend_tlv_touch          (PassendDatabase    *self,
                                                gint64              request_id,
                                                GError            **error);
/* Commits (or rolls back when !@ok) and announces "tlv" @request_id;
 * with @student_id also "timeline-entry" (@on_timeline) and
 * "support-status" (@deadlines). */
gboolean           _passend_tlv_finish         (PassendDatabase    *self,
                                                gboolean            ok,
                                                gint64              request_id,
                                                gint64              student_id,
                                                gboolean            on_timeline,
                                                gboolean            deadlines,
                                                GError            **error);
/* Content-addressed: stores @content in attachment_blob (once) and sets
 * *@sha256. */
gboolean           _passend_tlv_store_blob     (PassendDatabase    *self,
                                                GBytes             *content,
                                                char              **sha256,
                                                GError            **error);
/* Checklist, parts, advices and rule of a request (loaded inside the
 * caller's read or write). Text parts get their text when @with_text. */
GPtrArray         *_passend_tlv_list_checklist_of (PassendDatabase *self,
                                                   gint64           swv_id,
                                                   gboolean         include_archived,
                                                   GError         **error);
GPtrArray         *_passend_tlv_list_parts     (PassendDatabase    *self,
                                                gint64              request_id,
                                                gint64              item_id,
                                                gboolean            with_text,
                                                GError            **error);
/* Fills title, day, sha256 (and text) of @part from what it points to;
 * FALSE with NOT_FOUND when that is gone. */
gboolean           _passend_tlv_describe_part  (PassendDatabase    *self,
                                                PassendTlvPart     *part,
                                                gboolean            with_text,
                                                GError            **error);
/* The dossier data of @request_id as it is now (inside the caller's
 * transaction). */
PassendTlvDossierData *_passend_tlv_build_dossier_data (PassendDatabase *self,
                                                        gint64           request_id,
                                                        gboolean         with_text,
                                                        GError         **error);

G_END_DECLS
