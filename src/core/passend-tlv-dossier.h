/* passend-tlv-dossier.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "passend-tlv-types.h"
#include "passend-tlv-request.h"
#include "passend-tlv-objects.h"

G_BEGIN_DECLS

/* Everything "Dossier samenstellen" needs, in order (DOMAIN.md §10.12:
 * cover sheet and checklist, then the parts in checklist order, the
 * deskundigenadviezen after the OPP). Loaded by the store
 * (passend_database_load_tlv_dossier_data(), or rebuilt from a sent
 * dossier's manifest by passend_database_load_sent_tlv_dossier()); the
 * content of files comes from the store by sha256
 * (passend_database_load_attachment()), an OPP version from
 * passend_database_load_opp(), text parts carry their text. */
typedef struct
{
  PassendTlvRequest *request;
  /* Filled by the store: the school (for the cover sheet) and the day
   * the data was loaded, or the sent dossier's day. */
  char              *school_name;
  PassendDay         day;
  PassendTlvSwvRule  rule;
  /* PassendTlvChecklistItem, in list order, archived ones left out. */
  GPtrArray         *items;
  /* PassendTlvPart, by item in list order, then by position. */
  GPtrArray         *parts;
  /* PassendTlvAdvice, by position. */
  GPtrArray         *advices;
  /* PassendTlvProblem: what is missing now (or, for a sent dossier, what
   * no longer matches the manifest). */
  GPtrArray         *problems;
  /* The canonical manifest of exactly this data: pass it back to
   * passend_database_send_tlv_dossier(), which refuses when the request
   * changed in between. */
  char              *manifest;
} PassendTlvDossierData;

PassendTlvDossierData *passend_tlv_dossier_data_new  (void);
void                   passend_tlv_dossier_data_free (PassendTlvDossierData *data);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendTlvDossierData, passend_tlv_dossier_data_free)

/* The parts of @item_id in @data, in order (a new array of borrowed
 * references). */
GPtrArray             *passend_tlv_dossier_data_get_item_parts (const PassendTlvDossierData *data,
                                                                gint64                       item_id);
/* TRUE when no problem in @data blocks sending (warnings do not). */
gboolean               passend_tlv_dossier_data_is_complete    (const PassendTlvDossierData *data);

/* The manifest: a canonical UTF-8 text, one line per thing, fields
 * separated by tabs (tabs, newlines and backslashes in text escaped), in
 * dossier order:
 *
 *   passend-tlv-manifest 1
 *   request <id> <student id> <kind> <is extension 0|1>
 *   item <id> <position> <source> <required 0|1> <code> <label>
 *   part <item id> <kind> <target id> <sha256> <media type> <file name> <title>
 *   advice <id> <discipline> <advised on|-> <independent 0|1> <sha256|-> <media type> <file name> <name>
 *
 * Every part's and advice's content is named by its SHA-256, so the same
 * dossier can be assembled again and checked later. */
char                  *passend_tlv_manifest_build  (const PassendTlvDossierData *data);
/* The SHA-256 (hex) of @manifest's bytes. */
char                  *passend_tlv_manifest_sha256 (const char                  *manifest);
/* Rebuilds what @manifest lists: a request with its id, student id, kind
 * and extension flag, the items, the parts (id 0; kind, target, hash,
 * file name, media type, title) and the advices (with their hashes);
 * problems and manifest are left empty for the caller. G_IO_ERROR_INVALID_DATA
 * when it is not a manifest this version wrote. */
PassendTlvDossierData *passend_tlv_manifest_parse  (const char                  *manifest,
                                                    GError                     **error);

/* One sent dossier (tlv_dossier), never changed after it is stored. */
typedef struct
{
  gint64      id;
  gint64      request_id;
  PassendDay  sent_on;
  gint64      created_at;       /* Unix seconds */
  char       *manifest_sha256;
  char       *pdf_sha256;
  guint       page_count;
} PassendTlvSentDossier;

void passend_tlv_sent_dossier_free (PassendTlvSentDossier *dossier);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendTlvSentDossier, passend_tlv_sent_dossier_free)

G_END_DECLS
