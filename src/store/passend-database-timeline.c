/* passend-database-timeline.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-private.h"
#include "passend-text.h"

/* A search that matches more entries than this looks at the most recently
 * recorded ones only: sorting every match of a common word by date would
 * take far longer than a keystroke on a large school (measured: 160 ms
 * for a word in all 250,000 entries, under 10 ms with this bound). */
#define SEARCH_CANDIDATES 4000

#define ENTRY_COLUMNS \
  "e.id, e.student_id, e.kind, e.occurred_at, e.author, e.title, e.body, " \
  "e.confidentiality, e.is_fact"

static PassendTimelineEntry *
entry_from_row (PassendStatement *statement)
{
  PassendTimelineEntry *entry = passend_timeline_entry_new ();
  PassendEntryKind kind = PASSEND_ENTRY_KIND_OBSERVATION;
  PassendConfidentiality level = PASSEND_CONFIDENTIALITY_NORMAL;

  passend_entry_kind_from_code (_passend_column_text (statement, 2), &kind);
  passend_confidentiality_from_code (_passend_column_text (statement, 7), &level);

  passend_timeline_entry_set_id (entry, sqlite3_column_int64 (statement, 0));
  passend_timeline_entry_set_student_id (entry, sqlite3_column_int64 (statement, 1));
  passend_timeline_entry_set_kind (entry, kind);
  passend_timeline_entry_set_occurred_at (entry, sqlite3_column_int64 (statement, 3));
  passend_timeline_entry_set_author (entry, _passend_column_text (statement, 4));
  passend_timeline_entry_set_title (entry, _passend_column_text (statement, 5));
  passend_timeline_entry_set_body (entry, _passend_column_text (statement, 6));
  passend_timeline_entry_set_confidentiality (entry, level);
  passend_timeline_entry_set_is_fact (entry, sqlite3_column_int (statement, 8) != 0);
  return entry;
}

/* The intervention columns follow ENTRY_COLUMNS; one join keeps the
 * timeline a single query however many entries it has. */
#define INTERVENTION_COLUMNS "e.intervention_id, k.name"
#define INTERVENTION_JOIN \
  "LEFT JOIN intervention AS i ON i.id = e.intervention_id " \
  "LEFT JOIN intervention_kind AS k ON k.id = i.kind_id "

static PassendTimelineEntry *
entry_with_intervention_from_row (PassendStatement *statement)
{
  PassendTimelineEntry *entry = entry_from_row (statement);

  passend_timeline_entry_set_intervention_id (entry, sqlite3_column_int64 (statement, 9));
  passend_timeline_entry_set_intervention_name (entry, (const char *) sqlite3_column_text (statement, 10));
  return entry;
}

gint64
_passend_database_moment_of_day (PassendDay day)
{
  g_autoptr(GDateTime) noon = NULL;
  int year, month, day_of_month;

  if (day == PASSEND_DAY_NONE || day == passend_day_today ())
    return _passend_database_now ();

  passend_day_get_ymd (day, &year, &month, &day_of_month);
  noon = g_date_time_new_local (year, month, day_of_month, 12, 0, 0);
  return noon != NULL ? g_date_time_to_unix (noon) : _passend_database_now ();
}

gboolean
_passend_database_insert_entry (PassendDatabase       *self,
                                PassendTimelineEntry  *entry,
                                gint64                *id,
                                GError               **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  const char *kind_code;
  const char *level_code;
  gint64 now = _passend_database_now ();
  int rc;

  kind_code = passend_entry_kind_to_code (passend_timeline_entry_get_kind (entry));
  level_code = passend_confidentiality_to_code (passend_timeline_entry_get_confidentiality (entry));
  if (kind_code == NULL || level_code == NULL)
    return _passend_database_invalid (error, _("The kind or confidentiality of the entry is not known."));

  statement = _passend_database_prepare (self,
                                         "INSERT INTO timeline_entry (student_id, kind, occurred_at, "
                                         "author, title, body, confidentiality, is_fact, created_at, "
                                         "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, passend_timeline_entry_get_student_id (entry));
  sqlite3_bind_text (statement, 2, kind_code, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 3, passend_timeline_entry_get_occurred_at (entry));
  _passend_bind_text (statement, 4, passend_timeline_entry_get_author (entry));
  _passend_bind_text (statement, 5, passend_timeline_entry_get_title (entry));
  _passend_bind_text (statement, 6, passend_timeline_entry_get_body (entry));
  sqlite3_bind_text (statement, 7, level_code, -1, SQLITE_STATIC);
  sqlite3_bind_int (statement, 8, passend_timeline_entry_get_is_fact (entry) ? 1 : 0);
  sqlite3_bind_int64 (statement, 9, now);

  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    {
      *id = sqlite3_last_insert_rowid (self->db);
      return TRUE;
    }

  if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("The student does not exist."));
      return FALSE;
    }

  return _passend_database_fail (self, rc, NULL, error);
}

/**
 * passend_database_add_entry:
 *
 * Adds an entry to a student's timeline and sets its id.
 */
gboolean
passend_database_add_entry (PassendDatabase       *self,
                            PassendTimelineEntry  *entry,
                            GError               **error)
{
  gint64 id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_TIMELINE_ENTRY (entry), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (passend_timeline_entry_get_id (entry) != 0)
    return _passend_database_invalid (error, _("This entry is already stored."));

  if (!_passend_database_create (self, "timeline-entry", (PassendInsertFunc) _passend_database_insert_entry, entry, &id, error))
    return FALSE;

  passend_timeline_entry_set_id (entry, id);
  return TRUE;
}

GListModel *
passend_database_list_timeline (PassendDatabase  *self,
                                gint64            student_id,
                                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *store;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Meldcode entries belong to the restricted meldcode dossier. */
  statement = _passend_database_prepare (self,
                                         "SELECT " ENTRY_COLUMNS ", " INTERVENTION_COLUMNS " "
                                         "FROM timeline_entry AS e " INTERVENTION_JOIN
                                         "WHERE e.student_id = ?1 AND e.confidentiality <> 'meldcode' "
                                         "ORDER BY e.occurred_at DESC, e.id DESC",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, student_id);

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    g_ptr_array_add (entries, entry_with_intervention_from_row (statement));

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  store = g_list_store_new (PASSEND_TYPE_TIMELINE_ENTRY);
  g_list_store_splice (store, 0, 0, entries->pdata, entries->len);
  return G_LIST_MODEL (store);
}

PassendTimelineEntry *
_passend_database_get_entry (PassendDatabase  *self,
                             gint64            entry_id,
                             GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT " ENTRY_COLUMNS ", " INTERVENTION_COLUMNS " "
                                         "FROM timeline_entry AS e " INTERVENTION_JOIN
                                         "WHERE e.id = ?1 AND e.confidentiality <> 'meldcode'",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, entry_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    return entry_with_intervention_from_row (statement);

  if (rc == SQLITE_DONE)
    g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                         _("The entry does not exist."));
  else
    _passend_database_fail (self, rc, NULL, error);

  return NULL;
}

/**
 * passend_database_get_entry:
 *
 * Returns: (transfer full): the entry, or %NULL with NOT_FOUND; a
 *   meldcode entry is not found here
 */
PassendTimelineEntry *
passend_database_get_entry (PassendDatabase  *self,
                            gint64            entry_id,
                            GError          **error)
{
  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _passend_database_get_entry (self, entry_id, error);
}

/* Drafts
 *
 * A draft is written every time the typing pauses. It gets no audit row
 * and no "changed" signal: it is not part of the record (nobody else
 * reads it, saving the entry deletes it), and an audit row per pause
 * would bury the writes the FG needs to see. */

/**
 * passend_database_save_draft:
 * @draft_id: (inout): the draft to replace, 0 for a new one
 *
 * Stores what is being typed for @draft's student: its id is the entry
 * being edited, 0 for a new entry.
 */
gboolean
passend_database_save_draft (PassendDatabase       *self,
                             PassendTimelineEntry  *draft,
                             gint64                *draft_id,
                             GError               **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  const char *kind_code;
  const char *level_code;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_TIMELINE_ENTRY (draft), FALSE);
  g_return_val_if_fail (draft_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  kind_code = passend_entry_kind_to_code (passend_timeline_entry_get_kind (draft));
  level_code = passend_confidentiality_to_code (passend_timeline_entry_get_confidentiality (draft));
  if (kind_code == NULL || level_code == NULL)
    return _passend_database_invalid (error, _("The kind or confidentiality of the entry is not known."));

  if (*draft_id == 0)
    statement = _passend_database_prepare (self,
                                           "INSERT INTO entry_draft (student_id, entry_id, kind, occurred_at, "
                                           "title, body, confidentiality, is_fact, updated_at) "
                                           "VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                                           error);
  else
    statement = _passend_database_prepare (self,
                                           "UPDATE entry_draft SET student_id = ?2, entry_id = ?3, kind = ?4, "
                                           "occurred_at = ?5, title = ?6, body = ?7, confidentiality = ?8, "
                                           "is_fact = ?9, updated_at = ?10 WHERE id = ?1",
                                           error);
  if (statement == NULL)
    return FALSE;

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  if (*draft_id != 0)
    sqlite3_bind_int64 (statement, 1, *draft_id);
  sqlite3_bind_int64 (statement, 2, passend_timeline_entry_get_student_id (draft));
  _passend_bind_id (statement, 3, passend_timeline_entry_get_id (draft));
  sqlite3_bind_text (statement, 4, kind_code, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 5, passend_timeline_entry_get_occurred_at (draft));
  _passend_bind_text (statement, 6, passend_timeline_entry_get_title (draft));
  _passend_bind_text (statement, 7, passend_timeline_entry_get_body (draft));
  sqlite3_bind_text (statement, 8, level_code, -1, SQLITE_STATIC);
  sqlite3_bind_int (statement, 9, passend_timeline_entry_get_is_fact (draft) ? 1 : 0);
  sqlite3_bind_int64 (statement, 10, _passend_database_now ());

  if (!_passend_database_step_done (self, statement, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  if (*draft_id == 0)
    *draft_id = sqlite3_last_insert_rowid (self->db);

  return _passend_database_write_commit (self, error);
}

/**
 * passend_database_get_draft:
 * @entry_id: the entry being edited, 0 for a new one
 * @draft_id: (out): the draft's id
 *
 * Returns: (transfer full) (nullable): the latest draft for @student_id
 *   and @entry_id, or %NULL without an error when there is none
 */
PassendTimelineEntry *
passend_database_get_draft (PassendDatabase  *self,
                            gint64            student_id,
                            gint64            entry_id,
                            gint64           *draft_id,
                            GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  PassendTimelineEntry *draft;
  PassendEntryKind kind = PASSEND_ENTRY_KIND_OBSERVATION;
  PassendConfidentiality level = PASSEND_CONFIDENTIALITY_NORMAL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (draft_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  *draft_id = 0;
  statement = _passend_database_prepare (self,
                                         "SELECT id, kind, occurred_at, title, body, confidentiality, is_fact "
                                         "FROM entry_draft WHERE student_id = ?1 AND entry_id IS ?2 "
                                         "ORDER BY updated_at DESC, id DESC LIMIT 1",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, student_id);
  _passend_bind_id (statement, 2, entry_id);

  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  passend_entry_kind_from_code (_passend_column_text (statement, 1), &kind);
  passend_confidentiality_from_code (_passend_column_text (statement, 5), &level);

  draft = passend_timeline_entry_new ();
  *draft_id = sqlite3_column_int64 (statement, 0);
  passend_timeline_entry_set_id (draft, entry_id);
  passend_timeline_entry_set_student_id (draft, student_id);
  passend_timeline_entry_set_kind (draft, kind);
  passend_timeline_entry_set_occurred_at (draft, sqlite3_column_int64 (statement, 2));
  passend_timeline_entry_set_title (draft, _passend_column_text (statement, 3));
  passend_timeline_entry_set_body (draft, _passend_column_text (statement, 4));
  passend_timeline_entry_set_confidentiality (draft, level);
  passend_timeline_entry_set_is_fact (draft, sqlite3_column_int (statement, 6) != 0);
  return draft;
}

gboolean
passend_database_discard_draft (PassendDatabase  *self,
                                gint64            draft_id,
                                GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  statement = _passend_database_prepare (self, "DELETE FROM entry_draft WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;

  if (!_passend_database_write_begin (self, error))
    return FALSE;

  sqlite3_bind_int64 (statement, 1, draft_id);
  if (!_passend_database_step_done (self, statement, error))
    {
      _passend_database_write_rollback (self);
      return FALSE;
    }

  return _passend_database_write_commit (self, error);
}

/* Search */

/* Turns what the user typed into an FTS5 query that cannot be read as
 * syntax: every word becomes a quoted string ("AND", "NEAR", "-", "*" and
 * quotes lose their meaning) and the strings are ANDed. The last word is
 * a prefix, so results follow the typing, but only from two characters
 * on: a one-letter prefix matches nearly everything and is slow. Returns
 * NULL when there is no word to search for. */
char *
_passend_database_fts_query (const char *text)
{
  g_autoptr(GString) query = g_string_new (NULL);
  g_auto(GStrv) words = NULL;
  guint last_length = 0;

  if (text == NULL)
    return NULL;

  words = g_strsplit_set (text, " \t\n\r\f\v", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      guint n_alnum = 0;

      if (!g_utf8_validate (words[i], -1, NULL))
        continue;

      for (const char *p = words[i]; *p != '\0'; p = g_utf8_next_char (p))
        {
          if (g_unichar_isalnum (g_utf8_get_char (p)))
            n_alnum++;
        }

      /* A word of punctuation only has no token the index knows. */
      if (n_alnum == 0)
        continue;

      if (query->len > 0)
        g_string_append_c (query, ' ');

      g_string_append_c (query, '"');
      for (const char *p = words[i]; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append (query, "\"\"");
          else
            g_string_append_c (query, *p);
        }
      g_string_append_c (query, '"');
      last_length = n_alnum;
    }

  if (query->len == 0)
    return NULL;

  if (last_length >= 2)
    g_string_append_c (query, '*');

  return g_string_free (g_steal_pointer (&query), FALSE);
}

/**
 * passend_database_search_entries:
 *
 * Searches the title and body of the entries of all students. Accents
 * and case are ignored and the last word may be the start of a word.
 * Meldcode entries are never returned. The results come newest first
 * with the student's display name filled in; when more than a few
 * thousand entries match, only the most recently recorded of them are
 * considered.
 */
GListModel *
passend_database_search_entries (PassendDatabase  *self,
                                 const char       *query,
                                 guint             limit,
                                 GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GListStore) store = NULL;
  g_autofree char *match = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  store = g_list_store_new (PASSEND_TYPE_TIMELINE_ENTRY);

  match = _passend_database_fts_query (query);
  if (match == NULL || limit == 0)
    return G_LIST_MODEL (g_steal_pointer (&store));

  /* The index holds no meldcode entries; the condition on e is a second
   * lock on the same door. */
  statement = _passend_database_prepare (self,
                                         "SELECT " ENTRY_COLUMNS ", s.roepnaam, s.tussenvoegsel, s.achternaam "
                                         "FROM (SELECT rowid AS entry_id FROM timeline_fts "
                                         "      WHERE timeline_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?3) AS f "
                                         "JOIN timeline_entry AS e ON e.id = f.entry_id "
                                         "JOIN student AS s ON s.id = e.student_id "
                                         "WHERE e.confidentiality <> 'meldcode' "
                                         "ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?2",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_text (statement, 1, match, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 2, limit);
  sqlite3_bind_int64 (statement, 3, MAX (limit, SEARCH_CANDIDATES));

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      g_autoptr(PassendTimelineEntry) entry = entry_from_row (statement);
      g_autofree char *name = passend_text_join_name (_passend_column_text (statement, 9),
                                                      _passend_column_text (statement, 10),
                                                      _passend_column_text (statement, 11));

      passend_timeline_entry_set_student_name (entry, name);
      g_list_store_append (store, entry);
    }

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * passend_database_search_student_entries:
 *
 * Searches the title and body of one student's entries, as
 * passend_database_search_entries() does for all; newest first.
 */
GListModel *
passend_database_search_student_entries (PassendDatabase  *self,
                                         gint64            student_id,
                                         const char       *query,
                                         GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GListStore) store = NULL;
  g_autofree char *match = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  store = g_list_store_new (PASSEND_TYPE_TIMELINE_ENTRY);

  match = _passend_database_fts_query (query);
  if (match == NULL)
    return G_LIST_MODEL (g_steal_pointer (&store));

  /* The student's own rows drive the query (a few thousand at most);
   * the index answers whether each matches. */
  statement = _passend_database_prepare (self,
                                         "SELECT " ENTRY_COLUMNS " FROM timeline_entry AS e "
                                         "WHERE e.student_id = ?2 AND e.confidentiality <> 'meldcode' "
                                         "AND e.id IN (SELECT rowid FROM timeline_fts WHERE timeline_fts MATCH ?1) "
                                         "ORDER BY e.occurred_at DESC, e.id DESC",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_text (statement, 1, match, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 2, student_id);

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      g_autoptr(PassendTimelineEntry) entry = entry_from_row (statement);

      g_list_store_append (store, entry);
    }

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/* Attachments */

gboolean
_passend_database_store_blob (PassendDatabase  *self,
                              const char       *sha256,
                              GBytes           *content,
                              GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  gsize size = 0;
  gconstpointer data = g_bytes_get_data (content, &size);

  statement = _passend_database_prepare (self,
                                         "INSERT INTO attachment_blob (sha256, size, content) "
                                         "VALUES (?1, ?2, ?3) ON CONFLICT (sha256) DO NOTHING",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_text (statement, 1, sha256, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 2, (gint64) size);
  /* The bytes are not copied: @content outlives this statement's step. */
  sqlite3_bind_blob64 (statement, 3, data != NULL ? data : "", size, SQLITE_STATIC);

  if (!_passend_database_step_done (self, statement, error))
    return FALSE;

  /* Unbind now: the cached statement must not keep a pointer into bytes
   * the caller may free. */
  sqlite3_clear_bindings (statement);
  return TRUE;
}

static gboolean
insert_attachment (PassendDatabase  *self,
                   gint64            entry_id,
                   const char       *file_name,
                   const char       *media_type,
                   const char       *sha256,
                   gint64           *id,
                   GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO attachment (entry_id, sha256, file_name, "
                                         "media_type, added_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, entry_id);
  sqlite3_bind_text (statement, 2, sha256, -1, SQLITE_STATIC);
  _passend_bind_text (statement, 3, file_name);
  _passend_bind_text (statement, 4, media_type != NULL ? media_type : "application/octet-stream");
  sqlite3_bind_int64 (statement, 5, _passend_database_now ());

  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    {
      *id = sqlite3_last_insert_rowid (self->db);
      return TRUE;
    }

  if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("The timeline entry for the attachment does not exist."));
      return FALSE;
    }

  return _passend_database_fail (self, rc, NULL, error);
}

/**
 * passend_database_add_attachment:
 *
 * Attaches a file to a timeline entry. The bytes are stored once by their
 * SHA-256, however many entries use them.
 *
 * Returns: (transfer full): the SHA-256 of @content in hex, or %NULL
 */
char *
passend_database_add_attachment (PassendDatabase  *self,
                                 gint64            entry_id,
                                 const char       *file_name,
                                 const char       *media_type,
                                 GBytes           *content,
                                 GError          **error)
{
  g_autofree char *sha256 = NULL;
  gint64 id = 0;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (content != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (_passend_is_blank (file_name))
    {
      _passend_database_invalid (error, _("An attachment needs a file name."));
      return NULL;
    }

  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, content);

  if (!_passend_database_write_begin (self, error))
    return NULL;

  if (!_passend_database_store_blob (self, sha256, content, error) ||
      !insert_attachment (self, entry_id, file_name, media_type, sha256, &id, error) ||
      !_passend_database_audit (self, "create", "attachment", id, error))
    {
      _passend_database_write_rollback (self);
      return NULL;
    }

  if (!_passend_database_write_commit (self, error))
    return NULL;

  _passend_database_changed (self, "attachment", id);
  return g_steal_pointer (&sha256);
}
