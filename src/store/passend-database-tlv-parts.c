/* passend-database-tlv-parts.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-tlv-private.h"

/* The parts of a dossier: what satisfies each checklist item. A part
 * points at something already in the record (a vastgesteld OPP version,
 * a timeline entry, a meeting item's minutes, an attachment) or holds a
 * file added for the request. Its title, day and hash are read from what
 * it points at each time, so the list shows the record as it is. */

static gboolean
part_gone (GError **error)
{
  g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                       _("What this part points to no longer exists."));
  return FALSE;
}

/* "01-10-2026": short, for titles in a table of contents. */
static char *
format_day (PassendDay day)
{
  int year, month, day_of_month;

  if (day == PASSEND_DAY_NONE)
    return g_strdup ("");

  passend_day_get_ymd (day, &year, &month, &day_of_month);
  return g_strdup_printf ("%02d-%02d-%04d", day_of_month, month, year);
}

static gboolean
describe_opp (PassendDatabase  *self,
              PassendTlvPart   *part,
              gint64           *student_id,
              GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *title = NULL;
  g_autofree char *day_text = NULL;
  PassendDay day;
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT student_id, number, content_sha256, established_on FROM opp_version"
                                         " WHERE id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, passend_tlv_part_get_target_id (part));
  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    return part_gone (error);
  if (rc != SQLITE_ROW)
    return _passend_database_fail (self, rc, NULL, error);

  *student_id = sqlite3_column_int64 (statement, 0);
  day = _passend_column_day (statement, 3);
  day_text = format_day (day);
  /* Dutch: the title is printed in the dossier's table of contents. */
  if (day != PASSEND_DAY_NONE)
    title = g_strdup_printf ("OPP versie %d (vastgesteld %s)", sqlite3_column_int (statement, 1), day_text);
  else
    title = g_strdup_printf ("OPP versie %d", sqlite3_column_int (statement, 1));

  passend_tlv_part_set_title (part, title);
  passend_tlv_part_set_day (part, day);
  passend_tlv_part_set_established (part, sqlite3_column_type (statement, 2) != SQLITE_NULL);
  passend_tlv_part_set_sha256 (part, sqlite3_column_type (statement, 2) != SQLITE_NULL
                                     ? _passend_column_text (statement, 2) : NULL);
  return TRUE;
}

static gboolean
describe_entry (PassendDatabase  *self,
                PassendTlvPart   *part,
                gboolean          with_text,
                gint64           *student_id,
                char            **confidentiality,
                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *sha256 = NULL;
  const char *title, *body;
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT student_id, title, body, occurred_at, confidentiality"
                                         " FROM timeline_entry WHERE id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, passend_tlv_part_get_target_id (part));
  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    return part_gone (error);
  if (rc != SQLITE_ROW)
    return _passend_database_fail (self, rc, NULL, error);

  *student_id = sqlite3_column_int64 (statement, 0);
  *confidentiality = g_strdup (_passend_column_text (statement, 4));
  title = _passend_column_text (statement, 1);
  body = _passend_column_text (statement, 2);
  sha256 = passend_tlv_text_sha256 (title, body);

  passend_tlv_part_set_title (part, title);
  passend_tlv_part_set_day (part, passend_day_from_unix (sqlite3_column_int64 (statement, 3)));
  passend_tlv_part_set_sha256 (part, sha256);
  passend_tlv_part_set_text (part, with_text ? body : NULL);
  return TRUE;
}

static gboolean
describe_minutes (PassendDatabase  *self,
                  PassendTlvPart   *part,
                  gboolean          with_text,
                  gint64           *student_id,
                  GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *title = NULL;
  g_autofree char *day_text = NULL;
  const char *meeting_title, *minutes;
  PassendDay day;
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT i.student_id, i.minutes, m.starts_at,"
                                         " CASE WHEN m.title <> '' THEN m.title ELSE k.name END"
                                         " FROM meeting_item AS i"
                                         " JOIN meeting AS m ON m.id = i.meeting_id"
                                         " JOIN meeting_kind AS k ON k.id = m.kind_id"
                                         " WHERE i.id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, passend_tlv_part_get_target_id (part));
  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    return part_gone (error);
  if (rc != SQLITE_ROW)
    return _passend_database_fail (self, rc, NULL, error);

  *student_id = sqlite3_column_int64 (statement, 0);
  minutes = _passend_column_text (statement, 1);
  day = passend_day_from_unix (sqlite3_column_int64 (statement, 2));
  meeting_title = _passend_column_text (statement, 3);
  day_text = format_day (day);
  title = g_strdup_printf ("%s %s — verslag", meeting_title, day_text);
  sha256 = passend_tlv_text_sha256 (NULL, minutes);

  passend_tlv_part_set_title (part, title);
  passend_tlv_part_set_day (part, day);
  passend_tlv_part_set_sha256 (part, sha256);
  passend_tlv_part_set_text (part, with_text ? minutes : NULL);
  return TRUE;
}

static gboolean
describe_attachment (PassendDatabase  *self,
                     PassendTlvPart   *part,
                     gint64           *student_id,
                     GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT e.student_id, a.file_name, a.media_type, a.sha256, a.added_at,"
                                         " e.confidentiality"
                                         " FROM attachment AS a JOIN timeline_entry AS e ON e.id = a.entry_id"
                                         " WHERE a.id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, passend_tlv_part_get_target_id (part));
  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    return part_gone (error);
  if (rc != SQLITE_ROW)
    return _passend_database_fail (self, rc, NULL, error);

  *student_id = sqlite3_column_int64 (statement, 0);
  /* An attachment of a meldcode or medical entry shares its restriction. */
  if (g_str_equal (_passend_column_text (statement, 5), "meldcode") ||
      g_str_equal (_passend_column_text (statement, 5), "medical"))
    *student_id = -1;

  passend_tlv_part_set_title (part, _passend_column_text (statement, 1));
  passend_tlv_part_set_file_name (part, _passend_column_text (statement, 1));
  passend_tlv_part_set_media_type (part, _passend_column_text (statement, 2));
  passend_tlv_part_set_sha256 (part, _passend_column_text (statement, 3));
  passend_tlv_part_set_day (part, passend_day_from_unix (sqlite3_column_int64 (statement, 4)));
  return TRUE;
}

/* Fills @part and sets *@student_id to whom it belongs (-1: something
 * that may never leave its restricted part of the record). */
static gboolean
describe (PassendDatabase  *self,
          PassendTlvPart   *part,
          gboolean          with_text,
          gint64           *student_id,
          GError          **error)
{
  g_autofree char *confidentiality = NULL;

  *student_id = 0;
  switch (passend_tlv_part_get_kind (part))
    {
    case PASSEND_TLV_PART_OPP_VERSION:
      return describe_opp (self, part, student_id, error);

    case PASSEND_TLV_PART_ENTRY:
      if (!describe_entry (self, part, with_text, student_id, &confidentiality, error))
        return FALSE;
      if (g_str_equal (confidentiality, "meldcode") || g_str_equal (confidentiality, "medical"))
        *student_id = -1;
      return TRUE;

    case PASSEND_TLV_PART_MINUTES:
      return describe_minutes (self, part, with_text, student_id, error);

    case PASSEND_TLV_PART_ATTACHMENT:
      return describe_attachment (self, part, student_id, error);

    case PASSEND_TLV_PART_FILE:
      passend_tlv_part_set_title (part, passend_tlv_part_get_file_name (part));
      return TRUE;

    default:
      return part_gone (error);
    }
}

gboolean
_passend_tlv_describe_part (PassendDatabase  *self,
                            PassendTlvPart   *part,
                            gboolean          with_text,
                            GError          **error)
{
  gint64 student_id;

  return describe (self, part, with_text, &student_id, error);
}

#define PART_QUERY \
  "SELECT p.id, p.request_id, p.checklist_item_id, p.position, p.opp_version_id, p.entry_id, p.meeting_item_id," \
  " p.attachment_id, p.blob_sha256, p.file_name, p.media_type" \
  " FROM tlv_part AS p JOIN tlv_checklist_item AS c ON c.id = p.checklist_item_id"

static PassendTlvPart *
part_from_row (PassendStatement *statement)
{
  PassendTlvPart *part;

  if (sqlite3_column_type (statement, 4) != SQLITE_NULL)
    part = passend_tlv_part_new (PASSEND_TLV_PART_OPP_VERSION, sqlite3_column_int64 (statement, 4));
  else if (sqlite3_column_type (statement, 5) != SQLITE_NULL)
    part = passend_tlv_part_new (PASSEND_TLV_PART_ENTRY, sqlite3_column_int64 (statement, 5));
  else if (sqlite3_column_type (statement, 6) != SQLITE_NULL)
    part = passend_tlv_part_new (PASSEND_TLV_PART_MINUTES, sqlite3_column_int64 (statement, 6));
  else if (sqlite3_column_type (statement, 7) != SQLITE_NULL)
    part = passend_tlv_part_new (PASSEND_TLV_PART_ATTACHMENT, sqlite3_column_int64 (statement, 7));
  else
    {
      part = passend_tlv_part_new (PASSEND_TLV_PART_FILE, 0);
      passend_tlv_part_set_sha256 (part, _passend_column_text (statement, 8));
      passend_tlv_part_set_file_name (part, _passend_column_text (statement, 9));
      passend_tlv_part_set_media_type (part, _passend_column_text (statement, 10));
    }

  passend_tlv_part_set_id (part, sqlite3_column_int64 (statement, 0));
  passend_tlv_part_set_request_id (part, sqlite3_column_int64 (statement, 1));
  passend_tlv_part_set_checklist_item_id (part, sqlite3_column_int64 (statement, 2));
  passend_tlv_part_set_position (part, (guint) sqlite3_column_int (statement, 3));
  return part;
}

static GPtrArray *
select_parts (PassendDatabase  *self,
              const char       *sql,
              gint64            first,
              gint64            second,
              GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  statement = _passend_database_prepare (self, sql, error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, first);
  if (second != 0)
    sqlite3_bind_int64 (statement, 2, second);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    g_ptr_array_add (parts, part_from_row (statement));

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return g_steal_pointer (&parts);
}

GPtrArray *
_passend_tlv_list_parts (PassendDatabase  *self,
                         gint64            request_id,
                         gint64            item_id,
                         gboolean          with_text,
                         GError          **error)
{
  g_autoptr(GPtrArray) parts = NULL;

  if (item_id != 0)
    parts = select_parts (self, PART_QUERY " WHERE p.request_id = ?1 AND p.checklist_item_id = ?2"
                                " ORDER BY p.position, p.id", request_id, item_id, error);
  else
    parts = select_parts (self, PART_QUERY " WHERE p.request_id = ?1 ORDER BY c.position, c.id, p.position, p.id",
                          request_id, 0, error);
  if (parts == NULL)
    return NULL;

  for (guint i = 0; i < parts->len; i++)
    {
      if (!_passend_tlv_describe_part (self, g_ptr_array_index (parts, i), with_text, error))
        return NULL;
    }

  return g_steal_pointer (&parts);
}

GPtrArray *
passend_database_list_tlv_parts (PassendDatabase  *self,
                                 gint64            request_id,
                                 gint64            checklist_item_id,
                                 GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _passend_tlv_list_parts (self, request_id, checklist_item_id, FALSE, error);
}

static PassendTlvPart *
load_part (PassendDatabase  *self,
           gint64            part_id,
           GError          **error)
{
  g_autoptr(GPtrArray) parts = select_parts (self, PART_QUERY " WHERE p.id = ?1", part_id, 0, error);

  if (parts == NULL)
    return NULL;
  if (parts->len == 0)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("The part no longer exists."));
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (parts, 0));
}

static gboolean
check_new_part (PassendDatabase    *self,
                PassendTlvRequest  *request,
                PassendTlvPart     *part,
                GError            **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(PassendTlvChecklistItem) item = NULL;
  g_autoptr(GPtrArray) items = NULL;
  gint64 item_id = passend_tlv_part_get_checklist_item_id (part);
  gint64 owner = 0;
  int rc;

  items = _passend_tlv_list_checklist_of (self, passend_tlv_request_get_swv_id (request), FALSE, error);
  if (items == NULL)
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    if (passend_tlv_checklist_item_get_id (g_ptr_array_index (items, i)) == item_id)
      item = g_object_ref (g_ptr_array_index (items, i));
  if (item == NULL)
    return _passend_database_invalid (error, _("This item is not on the request’s checklist."));

  if (!passend_tlv_checklist_source_accepts (passend_tlv_checklist_item_get_source (item),
                                             passend_tlv_part_get_kind (part)))
    return _passend_database_invalid (error, passend_tlv_checklist_item_get_source (item) == PASSEND_TLV_SOURCE_OPP
                                             ? _("The OPP item takes a vastgesteld OPP version.")
                                             : _("An OPP version belongs to the OPP item."));

  if (!describe (self, part, FALSE, &owner, error))
    return FALSE;
  if (owner == -1)
    return _passend_database_invalid (error, _("Medical and meldcode records cannot be part of a TLV dossier."));
  if (passend_tlv_part_get_kind (part) != PASSEND_TLV_PART_FILE &&
      owner != passend_tlv_request_get_student_id (request))
    return _passend_database_invalid (error, _("This belongs to another student’s record."));
  if (passend_tlv_part_get_kind (part) == PASSEND_TLV_PART_OPP_VERSION && !passend_tlv_part_get_established (part))
    return _passend_database_invalid (error, _("Only an OPP version that was vastgesteld can be part of the dossier."));
  if (passend_tlv_part_get_kind (part) == PASSEND_TLV_PART_FILE)
    return TRUE;

  statement = _passend_database_prepare (self,
                                         "SELECT 1 FROM tlv_part WHERE request_id = ?1 AND checklist_item_id = ?2"
                                         " AND (opp_version_id IS ?3 AND entry_id IS ?4 AND meeting_item_id IS ?5"
                                         "      AND attachment_id IS ?6)",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, passend_tlv_request_get_id (request));
  sqlite3_bind_int64 (statement, 2, item_id);
  for (int kind = PASSEND_TLV_PART_OPP_VERSION; kind <= PASSEND_TLV_PART_ATTACHMENT; kind++)
    _passend_bind_id (statement, 3 + kind,
                      (int) passend_tlv_part_get_kind (part) == kind ? passend_tlv_part_get_target_id (part) : 0);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    return _passend_database_invalid (error, _("This is already part of the item."));
  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  return TRUE;
}

gboolean
passend_database_add_tlv_part (PassendDatabase  *self,
                               PassendTlvPart   *part,
                               GBytes           *file,
                               GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(PassendTlvRequest) request = NULL;
  g_autofree char *sha256 = NULL;
  PassendTlvPartKind kind;
  gint64 request_id, id = 0;
  gboolean ok;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_TLV_PART (part), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  kind = passend_tlv_part_get_kind (part);
  if (kind == PASSEND_TLV_PART_FILE && (file == NULL || _passend_is_blank (passend_tlv_part_get_file_name (part))))
    return _passend_database_invalid (error, _("Choose the file to add."));
  if (kind != PASSEND_TLV_PART_FILE && passend_tlv_part_get_target_id (part) <= 0)
    return _passend_database_invalid (error, _("Choose what to add."));

  request_id = passend_tlv_part_get_request_id (part);
  statement = _passend_database_prepare (self,
                                         "INSERT INTO tlv_part (request_id, checklist_item_id, position,"
                                         " opp_version_id, entry_id, meeting_item_id, attachment_id, blob_sha256,"
                                         " file_name, media_type)"
                                         " VALUES (?1, ?2, (SELECT coalesce (max (position) + 1, 0) FROM tlv_part"
                                         "                  WHERE request_id = ?1 AND checklist_item_id = ?2),"
                                         " ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                                         error);
  if (statement == NULL || !_passend_database_write_begin (self, error))
    return FALSE;

  request = _passend_tlv_load_request (self, request_id, error);
  ok = request != NULL && _passend_tlv_check_editable (request, error) && check_new_part (self, request, part, error);
  if (ok && kind == PASSEND_TLV_PART_FILE)
    ok = _passend_tlv_store_blob (self, file, &sha256, error);
  if (ok)
    {
      const char *media_type = passend_tlv_part_get_media_type (part);

      sqlite3_bind_int64 (statement, 1, request_id);
      sqlite3_bind_int64 (statement, 2, passend_tlv_part_get_checklist_item_id (part));
      for (int k = PASSEND_TLV_PART_OPP_VERSION; k <= PASSEND_TLV_PART_ATTACHMENT; k++)
        _passend_bind_id (statement, 3 + k, (int) kind == k ? passend_tlv_part_get_target_id (part) : 0);
      if (sha256 != NULL)
        sqlite3_bind_text (statement, 7, sha256, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (statement, 7);
      _passend_bind_text (statement, 8, kind == PASSEND_TLV_PART_FILE ? passend_tlv_part_get_file_name (part) : "");
      _passend_bind_text (statement, 9, kind != PASSEND_TLV_PART_FILE ? ""
                                        : (media_type != NULL && *media_type != '\0') ? media_type
                                        : "application/octet-stream");
      ok = _passend_database_step_done (self, statement, error);
    }
  if (ok)
    {
      id = sqlite3_last_insert_rowid (_passend_database_get_handle (self));
      ok = _passend_database_audit (self, "create", "tlv-part", id, error) &&
           _passend_tlv_touch (self, request_id, error);
    }

  if (!_passend_tlv_finish (self, ok, request_id, 0, FALSE, FALSE, error))
    return FALSE;

  {
    g_autoptr(PassendTlvPart) stored = load_part (self, id, NULL);

    passend_tlv_part_set_id (part, id);
    if (stored != NULL)
      passend_tlv_part_set_position (part, passend_tlv_part_get_position (stored));
    if (sha256 != NULL)
      passend_tlv_part_set_sha256 (part, sha256);
  }
  return TRUE;
}

static gboolean
renumber (PassendDatabase  *self,
          PassendTlvPart   *moved,
          gint              position,
          GError          **error)
{
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(PassendStatement) update = NULL;
  gint64 moved_id = passend_tlv_part_get_id (moved);
  guint from = 0;

  parts = select_parts (self, PART_QUERY " WHERE p.request_id = ?1 AND p.checklist_item_id = ?2"
                              " ORDER BY p.position, p.id",
                        passend_tlv_part_get_request_id (moved), passend_tlv_part_get_checklist_item_id (moved), error);
  update = _passend_database_prepare (self, "UPDATE tlv_part SET position = ?2 WHERE id = ?1", error);
  if (parts == NULL || update == NULL)
    return FALSE;

  for (guint i = 0; i < parts->len; i++)
    if (passend_tlv_part_get_id (g_ptr_array_index (parts, i)) == moved_id)
      from = i;
  /* A negative position leaves the moved part out (it was removed). */
  if (parts->len > 0)
    {
      gpointer part = g_ptr_array_steal_index (parts, from);

      if (position >= 0)
        g_ptr_array_insert (parts, MIN (position, (gint) parts->len), part);
      else
        g_object_unref (part);
    }

  for (guint i = 0; i < parts->len; i++)
    {
      /* A stepped statement takes no new bindings until reset. */
      sqlite3_reset (update);
      sqlite3_bind_int64 (update, 1, passend_tlv_part_get_id (g_ptr_array_index (parts, i)));
      sqlite3_bind_int (update, 2, (int) i);
      if (!_passend_database_step_done (self, update, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
change_part (PassendDatabase  *self,
             gint64            part_id,
             gint              position,
             GError          **error)
{
  g_autoptr(PassendTlvPart) stored = NULL;
  g_autoptr(PassendTlvRequest) request = NULL;
  g_autoptr(PassendStatement) statement = NULL;
  gboolean removing = position < 0;
  gboolean ok;

  statement = _passend_database_prepare (self, "DELETE FROM tlv_part WHERE id = ?1", error);
  if (statement == NULL || !_passend_database_write_begin (self, error))
    return FALSE;

  stored = load_part (self, part_id, error);
  ok = stored != NULL;
  if (ok)
    request = _passend_tlv_load_request (self, passend_tlv_part_get_request_id (stored), error);
  ok = ok && request != NULL && _passend_tlv_check_editable (request, error) &&
       renumber (self, stored, position, error);
  if (ok && removing)
    {
      sqlite3_bind_int64 (statement, 1, part_id);
      ok = _passend_database_step_done (self, statement, error) &&
           (passend_tlv_part_get_kind (stored) != PASSEND_TLV_PART_FILE ||
            _passend_database_release_blob (self, passend_tlv_part_get_sha256 (stored), error));
    }
  ok = ok && _passend_database_audit (self, removing ? "delete" : "update", "tlv-part", part_id, error) &&
       _passend_tlv_touch (self, passend_tlv_part_get_request_id (stored), error);

  return _passend_tlv_finish (self, ok, stored != NULL ? passend_tlv_part_get_request_id (stored) : 0, 0, FALSE, FALSE,
                              error);
}

gboolean
passend_database_remove_tlv_part (PassendDatabase  *self,
                                  gint64            part_id,
                                  GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return change_part (self, part_id, -1, error);
}

gboolean
passend_database_move_tlv_part (PassendDatabase  *self,
                                gint64            part_id,
                                guint             position,
                                GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return change_part (self, part_id, (gint) MIN (position, (guint) G_MAXINT), error);
}
