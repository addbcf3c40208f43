/* passend-database-tlv.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-tlv-private.h"
#include "passend-text.h"

/* TLV requests and their lifecycle. The guards are core's
 * (passend-tlv-rules.h); they run on the request as loaded inside the
 * write, so what is checked is what is changed. */

#define REQUEST_QUERY \
  "SELECT t.id, t.student_id, t.swv_id, t.kind, t.category, t.requested_start, t.requested_end," \
  " t.is_extension, t.target_school_id, t.target_school_name, t.registered_at_target," \
  " t.preceding_meeting_id, t.preceding_meeting_on, t.parents_view, t.student_view, t.state," \
  " t.submitted_on, t.decided_on, t.granted_category, t.granted_start, t.granted_end, t.objection_on," \
  " t.created_at, t.updated_at," \
  " s.roepnaam, s.tussenvoegsel, s.achternaam, s.birth_date, w.name, g.name" \
  " FROM tlv_request AS t" \
  " JOIN student AS s ON s.id = t.student_id" \
  " LEFT JOIN organisation AS w ON w.id = t.swv_id" \
  " LEFT JOIN organisation AS g ON g.id = t.target_school_id"

static PassendTlvRequest *
request_from_row (PassendStatement *statement)
{
  PassendTlvKind kind = PASSEND_TLV_KIND_VSO_CLUSTER_4;
  PassendTlvCategory category = PASSEND_TLV_CATEGORY_NONE;
  PassendTlvCategory granted = PASSEND_TLV_CATEGORY_NONE;
  PassendTlvState state = PASSEND_TLV_STATE_VOORBEREIDING;
  PassendTlvRequest *request;
  g_autofree char *name = NULL;
  const char *target_name;

  passend_tlv_kind_from_string (_passend_column_text (statement, 3), &kind);
  passend_tlv_category_from_string ((const char *) sqlite3_column_text (statement, 4), &category);
  passend_tlv_state_from_string (_passend_column_text (statement, 15), &state);
  passend_tlv_category_from_string ((const char *) sqlite3_column_text (statement, 18), &granted);
  name = passend_text_join_name (_passend_column_text (statement, 24), _passend_column_text (statement, 25),
                                 _passend_column_text (statement, 26));
  target_name = _passend_column_text (statement, 9);
  if (*target_name == '\0')
    target_name = _passend_column_text (statement, 29);

  request = passend_tlv_request_new (sqlite3_column_int64 (statement, 1), kind);
  passend_tlv_request_set_id (request, sqlite3_column_int64 (statement, 0));
  passend_tlv_request_set_swv_id (request, sqlite3_column_int64 (statement, 2));
  passend_tlv_request_set_category (request, category);
  passend_tlv_request_set_requested_start (request, _passend_column_day (statement, 5));
  passend_tlv_request_set_requested_end (request, _passend_column_day (statement, 6));
  passend_tlv_request_set_is_extension (request, sqlite3_column_int (statement, 7) != 0);
  passend_tlv_request_set_target_school_id (request, sqlite3_column_int64 (statement, 8));
  passend_tlv_request_set_target_school_name (request, target_name);
  passend_tlv_request_set_registered_at_target (request, sqlite3_column_int (statement, 10) != 0);
  passend_tlv_request_set_preceding_meeting_id (request, sqlite3_column_int64 (statement, 11));
  passend_tlv_request_set_preceding_meeting_on (request, _passend_column_day (statement, 12));
  passend_tlv_request_set_parents_view (request, _passend_column_text (statement, 13));
  passend_tlv_request_set_student_view (request, _passend_column_text (statement, 14));
  passend_tlv_request_set_state (request, state);
  passend_tlv_request_set_submitted_on (request, _passend_column_day (statement, 16));
  passend_tlv_request_set_decided_on (request, _passend_column_day (statement, 17));
  passend_tlv_request_set_granted_category (request, granted);
  passend_tlv_request_set_granted_start (request, _passend_column_day (statement, 19));
  passend_tlv_request_set_granted_end (request, _passend_column_day (statement, 20));
  passend_tlv_request_set_objection_on (request, _passend_column_day (statement, 21));
  passend_tlv_request_set_created_at (request, sqlite3_column_int64 (statement, 22));
  passend_tlv_request_set_updated_at (request, sqlite3_column_int64 (statement, 23));
  passend_tlv_request_set_student_name (request, name);
  passend_tlv_request_set_student_birth_date (request, _passend_column_day (statement, 27));
  passend_tlv_request_set_swv_name (request, _passend_column_text (statement, 28));

  return request;
}

static GPtrArray *
list_requests (PassendDatabase  *self,
               const char       *sql,
               gint64            student_id,
               GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GPtrArray) requests = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  statement = _passend_database_prepare (self, sql, error);
  if (statement == NULL)
    return NULL;

  if (student_id != 0)
    sqlite3_bind_int64 (statement, 1, student_id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    g_ptr_array_add (requests, request_from_row (statement));

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return g_steal_pointer (&requests);
}

GPtrArray *
passend_database_list_tlv_requests (PassendDatabase  *self,
                                    gint64            student_id,
                                    GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (student_id > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_requests (self, REQUEST_QUERY " WHERE t.student_id = ?1 ORDER BY t.created_at DESC, t.id DESC",
                        student_id, error);
}

static int
compare_by_student (gconstpointer a,
                    gconstpointer b)
{
  PassendTlvRequest *ra = *(PassendTlvRequest * const *) a;
  PassendTlvRequest *rb = *(PassendTlvRequest * const *) b;

  return g_utf8_collate (passend_tlv_request_get_student_name (ra), passend_tlv_request_get_student_name (rb));
}

GPtrArray *
passend_database_list_open_tlv_requests (PassendDatabase  *self,
                                         GError          **error)
{
  GPtrArray *requests;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  requests = list_requests (self, REQUEST_QUERY " WHERE t.state NOT IN ('toegekend', 'afgewezen')", 0, error);
  if (requests != NULL)
    g_ptr_array_sort (requests, compare_by_student);

  return requests;
}

PassendTlvRequest *
_passend_tlv_load_request (PassendDatabase  *self,
                           gint64            request_id,
                           GError          **error)
{
  g_autoptr(GPtrArray) requests = NULL;

  requests = list_requests (self, REQUEST_QUERY " WHERE t.id = ?1", request_id, error);
  if (requests == NULL)
    return NULL;
  if (requests->len == 0)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("The TLV request no longer exists."));
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (requests, 0));
}

PassendTlvRequest *
passend_database_get_tlv_request (PassendDatabase  *self,
                                  gint64            request_id,
                                  GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _passend_tlv_load_request (self, request_id, error);
}

gboolean
_passend_tlv_check_editable (PassendTlvRequest  *request,
                             GError            **error)
{
  if (passend_tlv_state_is_editable (passend_tlv_request_get_state (request)))
    return TRUE;

  return _passend_database_invalid (error, _("A TLV request can only change while it is in preparation or "
                                              "being supplemented."));
}

/* Shared helpers */

static GQuark
unrecorded_quark (void)
{
  return g_quark_from_static_string ("passend-tlv-unrecorded");
}

void
_passend_database_set_tlv_recorded (PassendDatabase *self,
                                    gboolean         recorded)
{
  g_return_if_fail (PASSEND_IS_DATABASE (self));

  g_object_set_qdata (G_OBJECT (self), unrecorded_quark (), recorded ? NULL : GINT_TO_POINTER (1));
}

gboolean
_passend_tlv_record_entry (PassendDatabase   *self,
                           gint64             student_id,
                           PassendEntryKind   kind,
                           PassendDay         day,
                           const char        *title,
                           const char        *body,
                           GError           **error)
{
  g_autoptr(PassendTimelineEntry) entry = NULL;
  gint64 entry_id = 0;

  if (g_object_get_qdata (G_OBJECT (self), unrecorded_quark ()) != NULL)
    return TRUE;

  entry = passend_timeline_entry_new ();
  passend_timeline_entry_set_student_id (entry, student_id);
  passend_timeline_entry_set_kind (entry, kind);
  passend_timeline_entry_set_occurred_at (entry, _passend_database_moment_of_day (day));
  passend_timeline_entry_set_author (entry, passend_database_get_actor (self));
  passend_timeline_entry_set_title (entry, title);
  passend_timeline_entry_set_body (entry, body != NULL ? body : "");
  /* A referral to special education is about support: care. */
  passend_timeline_entry_set_confidentiality (entry, PASSEND_CONFIDENTIALITY_CARE);
  passend_timeline_entry_set_is_fact (entry, TRUE);

  return _passend_database_insert_entry (self, entry, &entry_id, error) &&
         _passend_database_audit (self, "create", "timeline-entry", entry_id, error);
}

gboolean
_passend_tlv_touch (PassendDatabase  *self,
                    gint64            request_id,
                    GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self, "UPDATE tlv_request SET updated_at = ?2 WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, request_id);
  sqlite3_bind_int64 (statement, 2, _passend_database_now ());
  return _passend_database_step_done (self, statement, error);
}

gboolean
_passend_tlv_finish (PassendDatabase  *self,
                     gboolean          ok,
                     gint64            request_id,
                     gint64            student_id,
                     gboolean          on_timeline,
                     gboolean          deadlines,
                     GError          **error)
{
  if (!ok)
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }
  if (!_passend_database_write_commit (self, error))
    return FALSE;

  _passend_database_changed (self, "tlv", request_id);
  if (student_id != 0 && on_timeline)
    _passend_database_changed (self, "timeline-entry", student_id);
  if (student_id != 0 && deadlines)
    _passend_database_changed (self, "support-status", student_id);
  return TRUE;
}

/* Creating and editing */

static gboolean
default_swv (PassendDatabase  *self,
             gint64           *swv_id,
             GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  /* The only SWV in the address book, or the one the school names. */
  statement = _passend_database_prepare (self,
                                         "SELECT id FROM organisation WHERE kind = 'samenwerkingsverband'"
                                         " AND ((SELECT count (*) FROM organisation"
                                         "       WHERE kind = 'samenwerkingsverband') = 1"
                                         "      OR name = (SELECT swv_name FROM school WHERE id = 1))"
                                         " ORDER BY id LIMIT 1",
                                         error);
  if (statement == NULL)
    return FALSE;

  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    *swv_id = sqlite3_column_int64 (statement, 0);
  else if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

static void
bind_fields (PassendStatement  *statement,
             PassendTlvRequest *request)
{
  sqlite3_bind_int64 (statement, 1, passend_tlv_request_get_student_id (request));
  _passend_bind_id (statement, 2, passend_tlv_request_get_swv_id (request));
  sqlite3_bind_text (statement, 3, passend_tlv_kind_to_string (passend_tlv_request_get_kind (request)), -1,
                     SQLITE_STATIC);
  if (passend_tlv_request_get_category (request) != PASSEND_TLV_CATEGORY_NONE)
    sqlite3_bind_text (statement, 4, passend_tlv_category_to_string (passend_tlv_request_get_category (request)),
                       -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (statement, 4);
  _passend_bind_day (statement, 5, passend_tlv_request_get_requested_start (request));
  _passend_bind_day (statement, 6, passend_tlv_request_get_requested_end (request));
  sqlite3_bind_int (statement, 7, passend_tlv_request_get_is_extension (request) ? 1 : 0);
  _passend_bind_id (statement, 8, passend_tlv_request_get_target_school_id (request));
  _passend_bind_text (statement, 9, passend_tlv_request_get_target_school_name (request));
  sqlite3_bind_int (statement, 10, passend_tlv_request_get_registered_at_target (request) ? 1 : 0);
  _passend_bind_id (statement, 11, passend_tlv_request_get_preceding_meeting_id (request));
  _passend_bind_day (statement, 12, passend_tlv_request_get_preceding_meeting_on (request));
  _passend_bind_text (statement, 13, passend_tlv_request_get_parents_view (request));
  _passend_bind_text (statement, 14, passend_tlv_request_get_student_view (request));
  sqlite3_bind_int64 (statement, 15, _passend_database_now ());
}

static gboolean
check_fields (PassendTlvRequest  *request,
              GError            **error)
{
  PassendDay start = passend_tlv_request_get_requested_start (request);
  PassendDay end = passend_tlv_request_get_requested_end (request);

  if (start != PASSEND_DAY_NONE && end != PASSEND_DAY_NONE && end <= start)
    return _passend_database_invalid (error, _("The requested period must end after it starts."));

  return TRUE;
}

static gboolean
insert_state_change (PassendDatabase  *self,
                     gint64            request_id,
                     PassendTlvState   state,
                     PassendDay        day,
                     const char       *note,
                     GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *iso = NULL;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO tlv_state_change (request_id, state, changed_on, changed_at,"
                                         " note, actor) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                         error);
  if (statement == NULL)
    return FALSE;

  iso = passend_day_to_iso (day != PASSEND_DAY_NONE ? day : passend_day_today ());
  sqlite3_bind_int64 (statement, 1, request_id);
  sqlite3_bind_text (statement, 2, passend_tlv_state_to_string (state), -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 3, iso, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 4, _passend_database_now ());
  _passend_bind_text (statement, 5, note);
  _passend_bind_text (statement, 6, passend_database_get_actor (self));
  return _passend_database_step_done (self, statement, error);
}

gboolean
passend_database_create_tlv_request (PassendDatabase    *self,
                                     PassendTlvRequest  *request,
                                     GError            **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  gint64 student_id, swv_id, id = 0;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (request), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  student_id = passend_tlv_request_get_student_id (request);
  if (student_id <= 0)
    return _passend_database_invalid (error, _("Choose the student the TLV request is for."));
  if (!check_fields (request, error))
    return FALSE;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO tlv_request (student_id, swv_id, kind, category,"
                                         " requested_start, requested_end, is_extension, target_school_id,"
                                         " target_school_name, registered_at_target, preceding_meeting_id,"
                                         " preceding_meeting_on, parents_view, student_view, created_at, updated_at,"
                                         " state) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
                                         " ?14, ?15, ?15, 'voorbereiding')",
                                         error);
  if (statement == NULL || !_passend_database_write_begin (self, error))
    return FALSE;

  swv_id = passend_tlv_request_get_swv_id (request);
  ok = swv_id != 0 || default_swv (self, &swv_id, error);
  if (ok)
    {
      passend_tlv_request_set_swv_id (request, swv_id);
      bind_fields (statement, request);
      ok = _passend_database_step_done (self, statement, error);
    }
  if (ok)
    {
      id = sqlite3_last_insert_rowid (_passend_database_get_handle (self));
      ok = _passend_database_audit (self, "create", "tlv", id, error) &&
           insert_state_change (self, id, PASSEND_TLV_STATE_VOORBEREIDING, PASSEND_DAY_NONE, "", error) &&
           _passend_tlv_record_entry (self, student_id, PASSEND_ENTRY_KIND_STATUS_CHANGE, PASSEND_DAY_NONE,
                                      passend_tlv_state_get_record_title (PASSEND_TLV_STATE_VOORBEREIDING),
                                      "", error);
    }

  if (!_passend_tlv_finish (self, ok, id, student_id, TRUE, TRUE, error))
    return FALSE;

  passend_tlv_request_set_id (request, id);
  passend_tlv_request_set_state (request, PASSEND_TLV_STATE_VOORBEREIDING);
  passend_tlv_request_set_created_at (request, _passend_database_now ());
  passend_tlv_request_set_updated_at (request, passend_tlv_request_get_created_at (request));
  g_debug ("TLV request %" G_GINT64_FORMAT " created for student %" G_GINT64_FORMAT, id, student_id);
  return TRUE;
}

gboolean
passend_database_update_tlv_request (PassendDatabase    *self,
                                     PassendTlvRequest  *request,
                                     GError            **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(PassendTlvRequest) stored = NULL;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (request), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_fields (request, error))
    return FALSE;

  id = passend_tlv_request_get_id (request);
  statement = _passend_database_prepare (self,
                                         "UPDATE tlv_request SET swv_id = ?2, kind = ?3, category = ?4,"
                                         " requested_start = ?5, requested_end = ?6, is_extension = ?7,"
                                         " target_school_id = ?8, target_school_name = ?9, registered_at_target = ?10,"
                                         " preceding_meeting_id = ?11, preceding_meeting_on = ?12, parents_view = ?13,"
                                         " student_view = ?14, updated_at = ?15 WHERE id = ?16 AND student_id = ?1",
                                         error);
  if (statement == NULL || !_passend_database_write_begin (self, error))
    return FALSE;

  stored = _passend_tlv_load_request (self, id, error);
  ok = stored != NULL && _passend_tlv_check_editable (stored, error);
  if (ok)
    {
      /* The student never changes: the stored one is bound. */
      passend_tlv_request_set_student_id (request, passend_tlv_request_get_student_id (stored));
      bind_fields (statement, request);
      sqlite3_bind_int64 (statement, 16, id);
      ok = _passend_database_step_done (self, statement, error) &&
           _passend_database_audit (self, "update", "tlv", id, error);
    }

  return _passend_tlv_finish (self, ok, id, stored != NULL ? passend_tlv_request_get_student_id (stored) : 0,
                              FALSE, TRUE, error);
}

static gboolean
count_dossiers (PassendDatabase  *self,
                gint64            request_id,
                gint64           *count,
                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self, "SELECT count (*) FROM tlv_dossier WHERE request_id = ?1", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, request_id);
  rc = sqlite3_step (statement);
  if (rc != SQLITE_ROW)
    return _passend_database_fail (self, rc, NULL, error);

  *count = sqlite3_column_int64 (statement, 0);
  return TRUE;
}

static gboolean
collect_blobs (PassendDatabase  *self,
               gint64            request_id,
               GPtrArray       **blobs,
               GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT blob_sha256 FROM tlv_part WHERE request_id = ?1"
                                         " AND blob_sha256 IS NOT NULL"
                                         " UNION SELECT blob_sha256 FROM tlv_advice WHERE request_id = ?1"
                                         " AND blob_sha256 IS NOT NULL",
                                         error);
  if (statement == NULL)
    return FALSE;

  *blobs = g_ptr_array_new_with_free_func (g_free);
  sqlite3_bind_int64 (statement, 1, request_id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    g_ptr_array_add (*blobs, g_strdup (_passend_column_text (statement, 0)));

  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

gboolean
passend_database_delete_tlv_request (PassendDatabase  *self,
                                     gint64            request_id,
                                     GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(PassendTlvRequest) stored = NULL;
  g_autoptr(GPtrArray) blobs = NULL;
  gint64 n_sent = 0;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  statement = _passend_database_prepare (self, "DELETE FROM tlv_request WHERE id = ?1", error);
  if (statement == NULL || !_passend_database_write_begin (self, error))
    return FALSE;

  stored = _passend_tlv_load_request (self, request_id, error);
  ok = stored != NULL && count_dossiers (self, request_id, &n_sent, error);
  if (ok && (passend_tlv_request_get_state (stored) != PASSEND_TLV_STATE_VOORBEREIDING || n_sent > 0))
    ok = _passend_database_invalid (error, _("A TLV request that was submitted is kept: it cannot be deleted."));
  if (ok)
    ok = collect_blobs (self, request_id, &blobs, error);
  if (ok)
    {
      sqlite3_bind_int64 (statement, 1, request_id);
      ok = _passend_database_step_done (self, statement, error) &&
           _passend_database_audit (self, "delete", "tlv", request_id, error);
    }
  /* The files added for this request go with it, unless used elsewhere. */
  for (guint i = 0; ok && i < blobs->len; i++)
    ok = _passend_database_release_blob (self, g_ptr_array_index (blobs, i), error);

  return _passend_tlv_finish (self, ok, request_id, stored != NULL ? passend_tlv_request_get_student_id (stored) : 0,
                              FALSE, TRUE, error);
}
