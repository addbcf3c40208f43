/* passend-database-opp-lifecycle.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-opp-private.h"

/* The life of a version: its states, vaststellen, the end, evaluations
 * and signatures. The guards are core's (passend-opp-rules.h); they run
 * on the version as loaded inside the write, so what is checked is what
 * is frozen. */

/* Loads the version inside the open write. */
static PassendOppDocument *
load_in_write (PassendDatabase  *self,
               gint64            version_id,
               PassendOppRules  *rules,
               GError          **error)
{
  if (rules != NULL && !passend_database_load_opp_rules (self, rules, error))
    return NULL;

  return passend_database_load_opp (self, version_id, error);
}

static void
head_from_document (OppVersionHead           *head,
                    const PassendOppDocument *document)
{
  head->id = document->id;
  head->student_id = document->student_id;
  head->number = document->number;
  head->state = document->state;
  head->established = document->content_sha256 != NULL;
}

/* A rule's refusal, as the store reports it. */
static gboolean
refused (GError **error,
         GError  *rule_error)
{
  return _passend_database_invalid (error, rule_error->message);
}

static gboolean
commit (PassendDatabase  *self,
        gint64            version_id,
        gint64            student_id,
        gboolean          ok,
        GError          **error)
{
  if (!ok)
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }
  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_opp_announce (self, version_id, student_id, TRUE, TRUE);
  return TRUE;
}

gboolean
passend_database_set_opp_state (PassendDatabase  *self,
                                gint64            version_id,
                                PassendOppState   state,
                                const char       *note,
                                GError          **error)
{
  g_autoptr(PassendOppDocument) document = NULL;
  g_autoptr(GError) rule_error = NULL;
  PassendOppRules rules;
  OppVersionHead head = { 0, };
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail ((guint) state < PASSEND_OPP_N_STATES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (state == PASSEND_OPP_STATE_VASTGESTELD || state == PASSEND_OPP_STATE_BEEINDIGD ||
      state == PASSEND_OPP_STATE_BIJGESTELD || state == PASSEND_OPP_STATE_CONCEPT)
    return _passend_database_invalid (error, _("This step has its own action."));

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  document = load_in_write (self, version_id, &rules, error);
  ok = document != NULL;
  if (ok && !passend_opp_check_transition (document, state, &rules, passend_day_today (), &rule_error))
    ok = refused (error, rule_error);
  if (ok)
    {
      head_from_document (&head, document);
      ok = _passend_opp_record_state (self, &head, state, note, PASSEND_DAY_NONE, error);
    }

  return commit (self, version_id, head.student_id, ok, error);
}

/* The versions before @head that were in force become bijgesteld. */
static gboolean
supersede_earlier (PassendDatabase       *self,
                   const OppVersionHead  *head,
                   PassendDay             on,
                   GError               **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GArray) heads = g_array_new (FALSE, FALSE, sizeof (OppVersionHead));
  g_autofree char *note = g_strdup_printf ("Vervangen door versie %d.", head->number);
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT id, number, state FROM opp_version"
                                         " WHERE student_id = ?1 AND number < ?2"
                                         "  AND state IN ('vastgesteld', 'in-uitvoering', 'geevalueerd',"
                                         "                'geen-overeenstemming')",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, head->student_id);
  sqlite3_bind_int (statement, 2, head->number);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      OppVersionHead earlier = *head;

      earlier.id = sqlite3_column_int64 (statement, 0);
      earlier.number = sqlite3_column_int (statement, 1);
      g_array_append_val (heads, earlier);
    }
  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);
  sqlite3_reset (statement);

  for (guint i = 0; i < heads->len; i++)
    {
      if (!_passend_opp_record_state (self, &g_array_index (heads, OppVersionHead, i), PASSEND_OPP_STATE_BIJGESTELD,
                                      note, on, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
insert_signature (PassendDatabase            *self,
                  gint64                      version_id,
                  const PassendOppSignature  *signature,
                  gint64                     *id,
                  GError                    **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO opp_signature (version_id, signer, guardian_id, name, role,"
                                         " outcome, reason, signed_on, place, method, strokes, scan_sha256,"
                                         " version_sha256, created_at)"
                                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, version_id);
  sqlite3_bind_text (statement, 2, passend_opp_signer_to_string (signature->signer), -1, SQLITE_STATIC);
  _passend_bind_id (statement, 3, signature->guardian_id);
  _passend_bind_text (statement, 4, signature->name);
  _passend_bind_text (statement, 5, signature->role);
  sqlite3_bind_text (statement, 6, passend_opp_outcome_to_string (signature->outcome), -1, SQLITE_STATIC);
  _passend_bind_text (statement, 7, signature->reason);
  _passend_bind_day (statement, 8, signature->signed_on);
  _passend_bind_text (statement, 9, signature->place);
  sqlite3_bind_text (statement, 10, passend_opp_method_to_string (signature->method), -1, SQLITE_STATIC);
  if (signature->strokes != NULL)
    sqlite3_bind_blob64 (statement, 11, g_bytes_get_data (signature->strokes, NULL),
                         g_bytes_get_size (signature->strokes), SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (statement, 11);
  if (signature->scan_sha256 != NULL)
    sqlite3_bind_text (statement, 12, signature->scan_sha256, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (statement, 12);
  _passend_bind_text (statement, 13, signature->version_sha256);
  sqlite3_bind_int64 (statement, 14, signature->created_at);

  if (!_passend_opp_step_done (self, statement, error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (_passend_database_get_handle (self));
  return _passend_database_audit (self, "create", "opp-signature", *id, error);
}

/* The caseload, the student record and the fallback deadlines read the
 * OPP's days from support_status: keep them in step with the versions. */
static gboolean
mirror_established (PassendDatabase  *self,
                    gint64            student_id,
                    PassendDay        on,
                    GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self,
                                         "UPDATE support_status SET opp_established_on = ?2, updated_at = ?3"
                                         " WHERE student_id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, student_id);
  _passend_bind_day (statement, 2, on);
  sqlite3_bind_int64 (statement, 3, _passend_database_now ());
  return _passend_database_step_done (self, statement, error);
}

static gboolean
write_established (PassendDatabase  *self,
                   gint64            version_id,
                   const char       *hash,
                   PassendDay        on,
                   GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self,
                                         "UPDATE opp_version SET content_sha256 = ?2, established_on = ?3"
                                         " WHERE id = ?1 AND content_sha256 IS NULL",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, version_id);
  sqlite3_bind_text (statement, 2, hash, -1, SQLITE_STATIC);
  _passend_bind_day (statement, 3, on);
  return _passend_opp_step_done (self, statement, error);
}

gboolean
passend_database_establish_opp (PassendDatabase  *self,
                                gint64            version_id,
                                PassendDay        on,
                                const char       *school_name,
                                const char       *school_role,
                                const char       *place,
                                GError          **error)
{
  g_autoptr(PassendOppDocument) document = NULL;
  g_autoptr(PassendOppSignature) signature = NULL;
  g_autoptr(GError) rule_error = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *short_hash = NULL;
  g_autofree char *note = NULL;
  PassendOppRules rules;
  OppVersionHead head = { 0, };
  gint64 signature_id = 0;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (on == PASSEND_DAY_NONE)
    return _passend_database_invalid (error, _("Vaststellen needs the day it happens."));
  if (_passend_is_blank (school_name))
    return _passend_database_invalid (error, _("Name who sets the OPP for the school."));
  if (!_passend_database_write_begin (self, error))
    return FALSE;

  document = load_in_write (self, version_id, &rules, error);
  ok = document != NULL;
  if (ok && !passend_opp_check_transition (document, PASSEND_OPP_STATE_VASTGESTELD, &rules, on, &rule_error))
    ok = refused (error, rule_error);

  if (ok)
    {
      head_from_document (&head, document);
      hash = passend_opp_document_compute_hash (document);
      short_hash = passend_opp_short_hash (hash);
      signature = passend_opp_signature_new (PASSEND_OPP_SIGNER_SCHOOL, PASSEND_OPP_OUTCOME_ESTABLISHED,
                                             school_name, on);
      g_free (signature->role);
      signature->role = g_strdup (school_role != NULL ? school_role : "");
      g_free (signature->place);
      signature->place = g_strdup (place != NULL ? place : "");
      signature->version_sha256 = g_strdup (hash);
      signature->created_at = _passend_database_now ();
      /* In geen overeenstemming the school decides without instemming;
       * the parents' "not agreed" stays beside it. */
      note = document->state == PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING
             ? g_strdup_printf ("Vastgesteld door de school zonder instemming met het handelingsdeel; het"
                                " bezwaar van de ouders blijft vastgelegd. Kenmerk %s.", short_hash)
             : g_strdup_printf ("Kenmerk %s.", short_hash);

      ok = (write_established (self, version_id, hash, on, error) &&
            mirror_established (self, head.student_id, on, error) &&
            insert_signature (self, version_id, signature, &signature_id, error) &&
            _passend_opp_record_state (self, &head, PASSEND_OPP_STATE_VASTGESTELD, note, on, error) &&
            supersede_earlier (self, &head, on, error));
    }

  if (ok)
    g_debug ("OPP version %" G_GINT64_FORMAT " established", version_id);
  return commit (self, version_id, head.student_id, ok, error);
}

gboolean
passend_database_end_opp (PassendDatabase      *self,
                          gint64                version_id,
                          PassendDay            on,
                          PassendOppEndReason   reason,
                          const char           *note,
                          GError              **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *body = NULL;
  OppVersionHead head;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail ((guint) reason <= PASSEND_OPP_END_OTHER, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (on == PASSEND_DAY_NONE)
    return _passend_database_invalid (error, _("Ending an OPP needs the day it ends."));
  if (!_passend_opp_get_head (self, version_id, &head, error))
    return FALSE;
  if (!passend_opp_can_transition (head.state, PASSEND_OPP_STATE_BEEINDIGD))
    {
      g_autofree char *message = g_strdup_printf (_("An OPP version that is “%s” cannot be ended."),
                                                  passend_opp_state_get_label (head.state));

      return _passend_database_invalid (error, message);
    }

  statement = _passend_database_prepare (self,
                                         "UPDATE opp_version SET ended_on = ?2, end_reason = ?3, end_note = ?4"
                                         " WHERE id = ?1",
                                         error);
  if (statement == NULL || !_passend_database_write_begin (self, error))
    return FALSE;

  sqlite3_bind_int64 (statement, 1, version_id);
  _passend_bind_day (statement, 2, on);
  sqlite3_bind_text (statement, 3, passend_opp_end_reason_to_string (reason), -1, SQLITE_STATIC);
  _passend_bind_text (statement, 4, note);
  body = note != NULL && note[0] != '\0'
         ? g_strdup_printf ("Reden: %s. %s", passend_opp_end_reason_get_dutch (reason), note)
         : g_strdup_printf ("Reden: %s.", passend_opp_end_reason_get_dutch (reason));

  ok = (_passend_opp_step_done (self, statement, error) &&
        _passend_database_audit (self, "update", "opp", version_id, error) &&
        _passend_opp_record_state (self, &head, PASSEND_OPP_STATE_BEEINDIGD, body, on, error));

  return commit (self, version_id, head.student_id, ok, error);
}

/* Signatures */

static gboolean
check_guardian (PassendDatabase  *self,
                gint64            guardian_id,
                gint64            student_id,
                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self, "SELECT 1 FROM guardian WHERE id = ?1 AND student_id = ?2", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, guardian_id);
  sqlite3_bind_int64 (statement, 2, student_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return _passend_database_invalid (error, _("Choose one of the student’s parents or guardians."));
}

/* What the signature itself must hold, before anything is written. */
static gboolean
check_signature (const PassendOppSignature  *signature,
                 GBytes                     *scan,
                 GError                    **error)
{
  g_autoptr(PassendSignature) strokes = NULL;
  g_autoptr(GError) parse_error = NULL;

  if (signature->signer == PASSEND_OPP_SIGNER_SCHOOL || signature->outcome == PASSEND_OPP_OUTCOME_ESTABLISHED)
    return _passend_database_invalid (error, _("The school signs when it sets the OPP."));
  if (_passend_is_blank (signature->name))
    return _passend_database_invalid (error, _("Fill in who signs."));
  if (signature->signed_on == PASSEND_DAY_NONE)
    return _passend_database_invalid (error, _("Fill in the day of signing."));
  if (signature->outcome == PASSEND_OPP_OUTCOME_NOT_AGREED && _passend_is_blank (signature->reason))
    return _passend_database_invalid (error, _("Record why there is no agreement."));
  if (signature->signer == PASSEND_OPP_SIGNER_GUARDIAN && signature->guardian_id == 0)
    return _passend_database_invalid (error, _("Choose one of the student’s parents or guardians."));

  switch (signature->method)
    {
    case PASSEND_OPP_METHOD_PAD:
      if (signature->strokes == NULL)
        return _passend_database_invalid (error, _("The signature is empty."));
      strokes = passend_signature_new_from_bytes (signature->strokes, &parse_error);
      if (strokes == NULL)
        return _passend_database_invalid (error, parse_error->message);
      if (passend_signature_is_empty (strokes))
        return _passend_database_invalid (error, _("The signature is empty."));
      return TRUE;
    case PASSEND_OPP_METHOD_PAPER:
      if (scan == NULL || g_bytes_get_size (scan) == 0)
        return _passend_database_invalid (error, _("Add the scan of the signed paper."));
      return TRUE;
    case PASSEND_OPP_METHOD_NONE:
    default:
      return TRUE;
    }
}

/* Content-addressed like attachments: the same bytes are kept once. */
static gboolean
store_scan (PassendDatabase  *self,
            GBytes           *scan,
            char            **sha256,
            GError          **error)
{
  *sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, scan);
  return _passend_database_store_blob (self, *sha256, scan, error);
}

gboolean
passend_database_add_opp_signature (PassendDatabase      *self,
                                    gint64                version_id,
                                    PassendOppSignature  *signature,
                                    GBytes               *scan,
                                    GError              **error)
{
  g_autoptr(PassendOppDocument) document = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *scan_sha256 = NULL;
  g_autofree char *title = NULL;
  OppVersionHead head = { 0, };
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (signature != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_signature (signature, scan, error) || !_passend_database_write_begin (self, error))
    return FALSE;

  document = load_in_write (self, version_id, NULL, error);
  ok = document != NULL;
  if (ok)
    {
      head_from_document (&head, document);
      if (passend_opp_state_is_editable (head.state) || head.state == PASSEND_OPP_STATE_BIJGESTELD ||
          head.state == PASSEND_OPP_STATE_BEEINDIGD)
        ok = _passend_database_invalid (error, _("Consent is asked once the OPP is ready for it: move it to “Awaiting Consent” first."));
    }
  if (ok && signature->signer == PASSEND_OPP_SIGNER_GUARDIAN)
    ok = check_guardian (self, signature->guardian_id, head.student_id, error);
  if (ok && signature->method == PASSEND_OPP_METHOD_PAPER)
    ok = store_scan (self, scan, &scan_sha256, error);

  if (ok)
    {
      hash = passend_opp_document_get_hash (document);
      g_free (signature->version_sha256);
      signature->version_sha256 = g_strdup (hash);
      g_free (signature->scan_sha256);
      signature->scan_sha256 = g_strdup (scan_sha256);
      if (signature->method != PASSEND_OPP_METHOD_PAD)
        g_clear_pointer (&signature->strokes, g_bytes_unref);
      signature->created_at = _passend_database_now ();
      title = g_strdup_printf ("OPP versie %d: %s %s met het handelingsdeel", head.number,
                               passend_opp_signer_get_dutch (signature->signer),
                               passend_opp_outcome_get_dutch (signature->outcome));
      ok = (insert_signature (self, version_id, signature, &id, error) &&
            _passend_opp_record_entry (self, head.student_id, PASSEND_ENTRY_KIND_DOCUMENT, signature->signed_on,
                                       title, signature->reason, error));
    }

  /* A "not agreed" while consent is asked ends the asking: geen
   * overeenstemming, and the support goes on meanwhile. */
  if (ok && signature->outcome == PASSEND_OPP_OUTCOME_NOT_AGREED && head.state == PASSEND_OPP_STATE_TER_INSTEMMING)
    ok = _passend_opp_record_state (self, &head, PASSEND_OPP_STATE_GEEN_OVEREENSTEMMING, signature->reason,
                                    signature->signed_on, error);

  if (!commit (self, version_id, head.student_id, ok, error))
    return FALSE;

  signature->id = id;
  return TRUE;
}

gboolean
passend_database_remove_opp_signature (PassendDatabase  *self,
                                       gint64            signature_id,
                                       GError          **error)
{
  g_autoptr(PassendStatement) lookup = NULL;
  g_autoptr(PassendStatement) statement = NULL;
  OppVersionHead head;
  gint64 version_id;
  gboolean ok;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  lookup = _passend_database_prepare (self, "SELECT version_id, signer FROM opp_signature WHERE id = ?1", error);
  if (lookup == NULL)
    return FALSE;
  sqlite3_bind_int64 (lookup, 1, signature_id);
  rc = sqlite3_step (lookup);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("This signature does not exist."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return _passend_database_fail (self, rc, NULL, error);
  version_id = sqlite3_column_int64 (lookup, 0);
  if (g_str_equal (_passend_column_text (lookup, 1), "school"))
    return _passend_database_invalid (error, _("The vaststelling is kept."));
  sqlite3_reset (lookup);

  if (!_passend_opp_get_head (self, version_id, &head, error))
    return FALSE;
  if (head.established)
    return _passend_database_invalid (error, _("Signatures on an OPP that was set are kept."));

  statement = _passend_database_prepare (self, "DELETE FROM opp_signature WHERE id = ?1", error);
  if (statement == NULL || !_passend_database_write_begin (self, error))
    return FALSE;

  sqlite3_bind_int64 (statement, 1, signature_id);
  ok = (_passend_opp_step_done (self, statement, error) &&
        _passend_database_audit (self, "delete", "opp-signature", signature_id, error));

  return commit (self, version_id, head.student_id, ok, error);
}

GBytes *
passend_database_load_opp_scan (PassendDatabase  *self,
                                gint64            signature_id,
                                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         "SELECT b.content FROM opp_signature AS s"
                                         " JOIN attachment_blob AS b ON b.sha256 = s.scan_sha256"
                                         " WHERE s.id = ?1",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, signature_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    return g_bytes_new (sqlite3_column_blob (statement, 0), (gsize) sqlite3_column_bytes (statement, 0));
  if (rc == SQLITE_DONE)
    g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                         _("This signature has no scan."));
  else
    _passend_database_fail (self, rc, NULL, error);
  return NULL;
}
