/* passend-database-tlv-dossier.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "passend-database-tlv-private.h"

/* Completeness, "Dossier samenstellen" and "Verzenden". The dossier data
 * and its manifest are built by one function, so what the assembler
 * prints, what the manifest lists and what send checks are the same. */

static gboolean
count_query (PassendDatabase  *self,
             const char       *sql,
             gint64            first,
             gint64           *count,
             GError          **error)
{
  g_autoptr(PassendStatement) statement = _passend_database_prepare (self, sql, error);
  int rc;

  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, first);
  rc = sqlite3_step (statement);
  if (rc != SQLITE_ROW)
    return _passend_database_fail (self, rc, NULL, error);

  *count = sqlite3_column_int64 (statement, 0);
  return TRUE;
}

/* What the signatures recorded on the dossier's vastgesteld OPP version
 * show (the newest such version among the parts). */
static gboolean
load_signature_facts (PassendDatabase           *self,
                      PassendTlvRequest         *request,
                      GPtrArray                 *parts,
                      PassendTlvSignatureFacts  *facts,
                      GError                   **error)
{
  gint64 version_id = 0;
  gint64 count = 0;
  PassendDay birth;

  memset (facts, 0, sizeof *facts);
  birth = passend_tlv_request_get_student_birth_date (request);
  facts->student_age = birth != PASSEND_DAY_NONE ? passend_day_age_on (birth, passend_day_today ()) : -1;

  for (guint i = 0; i < parts->len; i++)
    {
      PassendTlvPart *part = g_ptr_array_index (parts, i);

      if (passend_tlv_part_get_kind (part) == PASSEND_TLV_PART_OPP_VERSION && passend_tlv_part_get_established (part))
        version_id = MAX (version_id, passend_tlv_part_get_target_id (part));
    }
  if (version_id == 0)
    return TRUE;

  facts->has_opp = TRUE;
  if (!count_query (self,
                    "SELECT count (*) FROM opp_signature WHERE version_id = ?1 AND signer = 'school'"
                    " AND outcome = 'established'",
                    version_id, &count, error))
    return FALSE;
  facts->school_signed = count > 0;

  if (!count_query (self, "SELECT count (*) FROM guardian WHERE student_id = ?1 AND has_authority = 1",
                    passend_tlv_request_get_student_id (request), &count, error))
    return FALSE;
  facts->n_guardians = (guint) count;

  if (!count_query (self,
                    "SELECT count (DISTINCT s.guardian_id) FROM opp_signature AS s"
                    " JOIN guardian AS g ON g.id = s.guardian_id"
                    " WHERE s.version_id = ?1 AND s.signer = 'guardian' AND s.outcome = 'agreed'"
                    " AND g.has_authority = 1",
                    version_id, &count, error))
    return FALSE;
  facts->n_guardians_signed = (guint) count;

  if (!count_query (self,
                    "SELECT count (*) FROM opp_signature WHERE version_id = ?1 AND signer = 'student'"
                    " AND outcome = 'agreed'",
                    version_id, &count, error))
    return FALSE;
  facts->student_signed = count > 0;

  return TRUE;
}

static char *
load_school_name (PassendDatabase  *self,
                  GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self, "SELECT name FROM school WHERE id = 1", error);
  if (statement == NULL)
    return NULL;

  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    return g_strdup (_passend_column_text (statement, 0));
  if (rc == SQLITE_DONE)
    return g_strdup ("");

  _passend_database_fail (self, rc, NULL, error);
  return NULL;
}

PassendTlvDossierData *
_passend_tlv_build_dossier_data (PassendDatabase  *self,
                                 gint64            request_id,
                                 gboolean          with_text,
                                 GError          **error)
{
  g_autoptr(PassendTlvDossierData) data = passend_tlv_dossier_data_new ();
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GPtrArray) advices = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  PassendTlvSignatureFacts facts;
  gint64 swv_id;

  data->request = _passend_tlv_load_request (self, request_id, error);
  if (data->request == NULL)
    return NULL;

  swv_id = passend_tlv_request_get_swv_id (data->request);
  g_free (data->school_name);
  data->school_name = load_school_name (self, error);
  if (data->school_name == NULL ||
      !passend_database_load_tlv_swv_rule (self, swv_id, &data->rule, error))
    return NULL;

  items = _passend_tlv_list_checklist_of (self, swv_id, FALSE, error);
  parts = items != NULL ? _passend_tlv_list_parts (self, request_id, 0, with_text, error) : NULL;
  advices = parts != NULL ? passend_database_list_tlv_advices (self, request_id, error) : NULL;
  if (advices == NULL || !load_signature_facts (self, data->request, parts, &facts, error))
    return NULL;

  /* Parts of archived items are not printed: the list is what the SWV
   * asks for now. */
  for (guint i = 0; i < parts->len; i++)
    {
      PassendTlvPart *part = g_ptr_array_index (parts, i);

      for (guint j = 0; j < items->len; j++)
        if (passend_tlv_checklist_item_get_id (g_ptr_array_index (items, j)) ==
            passend_tlv_part_get_checklist_item_id (part))
          {
            g_ptr_array_add (data->parts, g_object_ref (part));
            break;
          }
    }
  g_ptr_array_extend_and_steal (data->items, g_steal_pointer (&items));
  g_ptr_array_extend_and_steal (data->advices, g_steal_pointer (&advices));

  problems = passend_tlv_find_problems (data->request, data->items, data->parts, data->advices, &data->rule, &facts);
  g_ptr_array_extend_and_steal (data->problems, g_steal_pointer (&problems));

  data->day = passend_day_today ();
  data->manifest = passend_tlv_manifest_build (data);
  return g_steal_pointer (&data);
}

GPtrArray *
passend_database_check_tlv_request (PassendDatabase  *self,
                                    gint64            request_id,
                                    GError          **error)
{
  g_autoptr(PassendTlvDossierData) data = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = passend_database_load_tlv_dossier_data (self, request_id, error);
  if (data == NULL)
    return NULL;

  return g_ptr_array_ref (data->problems);
}

PassendTlvDossierData *
passend_database_load_tlv_dossier_data (PassendDatabase  *self,
                                        gint64            request_id,
                                        GError          **error)
{
  PassendTlvDossierData *data;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* One read transaction: the parts and the manifest agree. */
  if (!_passend_database_exec (self, "SAVEPOINT passend_tlv_dossier", error))
    return NULL;

  data = _passend_tlv_build_dossier_data (self, request_id, TRUE, error);
  _passend_database_exec (self, "RELEASE passend_tlv_dossier", NULL);

  return data;
}

/* Sending */

static gboolean
insert_dossier (PassendDatabase  *self,
                gint64            request_id,
                const char       *manifest,
                PassendDay        sent_on,
                const char       *pdf_sha256,
                guint             page_count,
                gint64           *id,
                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *manifest_sha256 = passend_tlv_manifest_sha256 (manifest);
  g_autofree char *iso = passend_day_to_iso (sent_on);

  statement = _passend_database_prepare (self,
                                         "INSERT INTO tlv_dossier (request_id, sent_on, created_at, manifest,"
                                         " manifest_sha256, pdf_sha256, page_count)"
                                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, request_id);
  sqlite3_bind_text (statement, 2, iso, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 3, _passend_database_now ());
  sqlite3_bind_text (statement, 4, manifest, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 5, manifest_sha256, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 6, pdf_sha256, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (statement, 7, (int) page_count);
  if (!_passend_database_step_done (self, statement, error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (_passend_database_get_handle (self));
  return _passend_database_audit (self, "create", "tlv-dossier", *id, error);
}

static gboolean
is_sha256 (const char *text)
{
  if (text == NULL || strlen (text) != 64)
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isxdigit (*p))
      return FALSE;

  return TRUE;
}

static gboolean
first_blocking (PassendTlvDossierData  *data,
                GError                **error)
{
  for (guint i = 0; i < data->problems->len; i++)
    {
      PassendTlvProblem *problem = g_ptr_array_index (data->problems, i);

      if (!passend_tlv_problem_is_warning (problem))
        return _passend_database_invalid (error, passend_tlv_problem_get_message (problem));
    }

  return TRUE;
}

gboolean
passend_database_send_tlv_dossier (PassendDatabase  *self,
                                   gint64            request_id,
                                   const char       *manifest,
                                   PassendDay        sent_on,
                                   const char       *pdf_sha256,
                                   guint             page_count,
                                   gint64           *dossier_id,
                                   GError          **error)
{
  g_autoptr(PassendTlvDossierData) data = NULL;
  g_autofree char *body = NULL;
  PassendTlvState state;
  gint64 id = 0, student_id = 0;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (manifest != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!is_sha256 (pdf_sha256) || page_count == 0)
    return _passend_database_invalid (error, _("The dossier PDF was not made."));
  if (sent_on == PASSEND_DAY_NONE || sent_on > passend_day_today ())
    return _passend_database_invalid (error, _("Choose the day the dossier was sent."));

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  data = _passend_tlv_build_dossier_data (self, request_id, FALSE, error);
  ok = data != NULL;
  if (ok)
    {
      student_id = passend_tlv_request_get_student_id (data->request);
      state = passend_tlv_request_get_state (data->request);
      if (!passend_tlv_state_is_editable (state))
        ok = _passend_database_invalid (error, _("This request was sent already; the dossier can be sent again when "
                                                 "the samenwerkingsverband asks for a supplement."));
      else if (g_strcmp0 (data->manifest, manifest) != 0)
        ok = _passend_database_invalid (error, _("The request changed while the dossier was assembled. Assemble it "
                                                 "again."));
      else
        ok = first_blocking (data, error);
    }
  ok = ok && insert_dossier (self, request_id, manifest, sent_on, pdf_sha256, page_count, &id, error);
  if (ok)
    {
      /* The PDF's hash on the timeline is the school's evidence of what
       * exactly was sent. */
      body = g_strdup_printf ("%u pagina’s. SHA-256 van de pdf: %s", page_count, pdf_sha256);
      ok = _passend_tlv_record_entry (self, student_id, PASSEND_ENTRY_KIND_DOCUMENT, sent_on, "TLV-dossier verzonden",
                                      body, error) &&
           _passend_tlv_apply_state (self, data->request, PASSEND_TLV_STATE_INGEDIEND, sent_on, "", error);
    }

  if (!_passend_tlv_finish (self, ok, request_id, student_id, TRUE, TRUE, error))
    return FALSE;

  if (dossier_id != NULL)
    *dossier_id = id;
  g_debug ("TLV dossier %" G_GINT64_FORMAT " sent for request %" G_GINT64_FORMAT, id, request_id);
  return TRUE;
}

GPtrArray *
passend_database_list_tlv_dossiers (PassendDatabase  *self,
                                    gint64            request_id,
                                    GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GPtrArray) dossiers = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_tlv_sent_dossier_free);
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         "SELECT id, request_id, sent_on, created_at, manifest_sha256, pdf_sha256,"
                                         " page_count FROM tlv_dossier WHERE request_id = ?1 ORDER BY created_at, id",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, request_id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      PassendTlvSentDossier *dossier = g_new0 (PassendTlvSentDossier, 1);

      dossier->id = sqlite3_column_int64 (statement, 0);
      dossier->request_id = sqlite3_column_int64 (statement, 1);
      dossier->sent_on = _passend_column_day (statement, 2);
      dossier->created_at = sqlite3_column_int64 (statement, 3);
      dossier->manifest_sha256 = g_strdup (_passend_column_text (statement, 4));
      dossier->pdf_sha256 = g_strdup (_passend_column_text (statement, 5));
      dossier->page_count = (guint) sqlite3_column_int (statement, 6);
      g_ptr_array_add (dossiers, dossier);
    }

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return g_steal_pointer (&dossiers);
}

static char *
load_manifest (PassendDatabase  *self,
               gint64            dossier_id,
               PassendDay       *sent_on,
               GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *sha256 = NULL;
  const char *manifest;
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT manifest, manifest_sha256, sent_on FROM tlv_dossier WHERE id = ?1",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, dossier_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("The sent dossier no longer exists."));
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  manifest = _passend_column_text (statement, 0);
  sha256 = passend_tlv_manifest_sha256 (manifest);
  if (g_strcmp0 (sha256, _passend_column_text (statement, 1)) != 0)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CORRUPT,
                           _("The record of the sent dossier was damaged."));
      return NULL;
    }

  if (sent_on != NULL)
    *sent_on = _passend_column_day (statement, 2);
  return g_strdup (manifest);
}

char *
passend_database_load_tlv_manifest (PassendDatabase  *self,
                                    gint64            dossier_id,
                                    GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_manifest (self, dossier_id, NULL, error);
}

static void
check_sent_part (PassendDatabase       *self,
                 PassendTlvDossierData *data,
                 PassendTlvPart        *part)
{
  g_autofree char *recorded = g_strdup (passend_tlv_part_get_sha256 (part));
  g_autoptr(GError) local_error = NULL;
  g_autofree char *message = NULL;
  gboolean same;

  passend_tlv_part_set_request_id (part, passend_tlv_request_get_id (data->request));
  if (passend_tlv_part_get_kind (part) == PASSEND_TLV_PART_FILE)
    {
      g_autoptr(GBytes) content = passend_database_load_attachment (self, recorded, &local_error);

      same = content != NULL;
    }
  else
    {
      /* The title printed is the one sent, whatever it is called now. */
      g_autofree char *title = g_strdup (passend_tlv_part_get_title (part));

      same = _passend_tlv_describe_part (self, part, TRUE, &local_error) &&
             g_strcmp0 (passend_tlv_part_get_sha256 (part), recorded) == 0;
      passend_tlv_part_set_title (part, title);
      passend_tlv_part_set_sha256 (part, recorded);
    }

  if (same)
    return;

  /* Translators: %s is the title of a part of a sent TLV dossier */
  message = g_strdup_printf (_("“%s” is no longer as it was sent."), passend_tlv_part_get_title (part));
  g_ptr_array_add (data->problems, passend_tlv_problem_new (PASSEND_TLV_PROBLEM_PART_CHANGED, message));
}

PassendTlvDossierData *
passend_database_load_sent_tlv_dossier (PassendDatabase  *self,
                                        gint64            dossier_id,
                                        GError          **error)
{
  g_autoptr(PassendTlvDossierData) data = NULL;
  g_autoptr(PassendTlvRequest) request = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autofree char *manifest = NULL;
  PassendDay sent_on = PASSEND_DAY_NONE;
  gboolean ok = TRUE;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_passend_database_exec (self, "SAVEPOINT passend_tlv_sent", error))
    return NULL;

  manifest = load_manifest (self, dossier_id, &sent_on, error);
  if (manifest != NULL)
    data = passend_tlv_manifest_parse (manifest, &parse_error);
  if (manifest != NULL && data == NULL)
    {
      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CORRUPT,
                   _("The record of the sent dossier cannot be read: %s"), parse_error->message);
      ok = FALSE;
    }
  /* The request as it is now, for its names; what the manifest fixed
   * (kind, extension) stays as sent. */
  if (data != NULL)
    request = _passend_tlv_load_request (self, passend_tlv_request_get_id (data->request), error);
  ok = ok && data != NULL && request != NULL;
  if (ok)
    {
      passend_tlv_request_set_kind (request, passend_tlv_request_get_kind (data->request));
      passend_tlv_request_set_is_extension (request, passend_tlv_request_get_is_extension (data->request));
      g_set_object (&data->request, request);
      g_free (data->school_name);
      data->school_name = load_school_name (self, error);
      ok = data->school_name != NULL &&
           passend_database_load_tlv_swv_rule (self, passend_tlv_request_get_swv_id (request), &data->rule, error);
    }
  for (guint i = 0; ok && i < data->parts->len; i++)
    check_sent_part (self, data, g_ptr_array_index (data->parts, i));

  _passend_database_exec (self, "RELEASE passend_tlv_sent", NULL);
  if (!ok)
    return NULL;

  data->day = sent_on;
  data->manifest = g_steal_pointer (&manifest);
  return g_steal_pointer (&data);
}
