/* passend-database-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "passend-database.h"

G_BEGIN_DECLS

/* "PSND": marks a file as Passend's in the SQLite header (PRAGMA
 * application_id), so another program's database is never migrated. */
#define PASSEND_DATABASE_APPLICATION_ID 0x50534E44

#define PASSEND_DATABASE_SQL_PREFIX "/io/github/passend/Passend/sql/"

/* An SQL condition on sqlite_master.name that holds for the bulk tables:
 * those verified after opening rather than during it. */
#define PASSEND_DATABASE_BULK_TABLE_MATCH \
  "(name IN ('timeline_entry', 'audit_log', 'attachment', 'attachment_blob')" \
  " OR name LIKE 'timeline\\_fts\\_%' ESCAPE '\\')"

struct _PassendDatabase
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  char       *actor;
  int         version;

  /* SQL text → prepared statement, kept for the life of the connection */
  GHashTable *statements;

  guint       write_depth;
  gboolean    in_batch;
  /* An error made SQLite roll back the whole batch transaction. */
  gboolean    batch_lost;
  /* Entity names changed inside the open batch, each once. */
  GPtrArray  *batch_changes;

  /* Set (atomically, possibly from the verifying thread) when a check found
   * the file damaged: from then on every write is refused. */
  int         damaged;
};

/* A cached statement that is reset when it goes out of scope, so a
 * half-read SELECT never holds a read transaction open. */
typedef sqlite3_stmt PassendStatement;

static inline void
passend_statement_reset (PassendStatement *statement)
{
  sqlite3_reset (statement);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendStatement, passend_statement_reset)

/* Store internals, shared by the passend-database-*.c files. */
PassendStatement *_passend_database_prepare       (PassendDatabase  *self,
                                                   const char       *sql,
                                                   GError          **error);
gboolean          _passend_database_step_done     (PassendDatabase  *self,
                                                   PassendStatement *statement,
                                                   GError          **error);
gboolean          _passend_database_exec          (PassendDatabase  *self,
                                                   const char       *sql,
                                                   GError          **error);
/* Turns a failed SQLite call into a GError a coordinator understands;
 * @constraint_message, if not NULL, replaces the generic text of a
 * constraint failure. Always returns FALSE. */
gboolean          _passend_database_fail          (PassendDatabase  *self,
                                                   int               rc,
                                                   const char       *constraint_message,
                                                   GError          **error);

/* One write: BEGIN IMMEDIATE … COMMIT, or a SAVEPOINT inside a batch, so
 * a failing call undoes only itself. */
gboolean          _passend_database_write_begin    (PassendDatabase  *self,
                                                    GError          **error);
gboolean          _passend_database_write_commit   (PassendDatabase  *self,
                                                    GError          **error);
void              _passend_database_write_rollback (PassendDatabase  *self);
/* Records who did what to which row, never the content. */
/* Inserts @object's row and sets *@id; the row only, no audit. */
typedef gboolean (*PassendInsertFunc) (PassendDatabase  *self,
                                       gpointer          object,
                                       gint64           *id,
                                       GError          **error);

gboolean          _passend_database_create         (PassendDatabase   *self,
                                                    const char        *entity,
                                                    PassendInsertFunc  insert,
                                                    gpointer           object,
                                                    gint64            *id,
                                                    GError           **error);
gboolean          _passend_database_audit          (PassendDatabase  *self,
                                                    const char       *action,
                                                    const char       *entity,
                                                    gint64            entity_id,
                                                    GError          **error);
/* Emits "changed" now, or once at the end of the batch. Call after the
 * write has committed. */
void              _passend_database_changed        (PassendDatabase  *self,
                                                    const char       *entity,
                                                    gint64            entity_id);
gint64            _passend_database_now            (void);
/* Always returns FALSE, for `return _passend_database_invalid (…)`. */
gboolean          _passend_database_invalid        (GError          **error,
                                                    const char       *message);
gboolean          _passend_is_blank                (const char       *text);
/* The moment an entry about @day is dated: now for today (or no day),
 * else noon of that day, so it sorts among that day's entries. */
gint64            _passend_database_moment_of_day  (PassendDay        day);
/* Inserts an entry inside the caller's write; no audit row, no signal. */
gboolean          _passend_database_insert_entry   (PassendDatabase       *self,
                                                    PassendTimelineEntry  *entry,
                                                    gint64                *id,
                                                    GError               **error);
sqlite3          *_passend_database_get_handle     (PassendDatabase  *self);
gboolean          _passend_database_check_student        (PassendStudent   *student,
                                                          GError          **error);
gboolean          _passend_database_student_write_failed (PassendDatabase  *self,
                                                          int               rc,
                                                          PassendStudent   *student,
                                                          GError          **error);
gboolean          _passend_quick_check_table       (sqlite3          *db,
                                                    const char       *table,
                                                    gboolean         *ok);

/* Binding helpers: empty text for NULL, NULL for a zero id or no day. */
void              _passend_bind_text               (PassendStatement *statement,
                                                    int               column,
                                                    const char       *text);
void              _passend_bind_id                 (PassendStatement *statement,
                                                    int               column,
                                                    gint64            id);
void              _passend_bind_day                (PassendStatement *statement,
                                                    int               column,
                                                    PassendDay        day);
const char       *_passend_column_text             (PassendStatement *statement,
                                                    int               column);
PassendDay        _passend_column_day              (PassendStatement *statement,
                                                    int               column);

/* The FTS5 query for what the user typed, or NULL if nothing to search. */
char             *_passend_database_fts_query       (const char       *text);

/* For tests: open @path and migrate it only up to @version (0 leaves a
 * new file empty), to prove that every later migration keeps the data
 * written at @version. */
PassendDatabase  *_passend_database_open_at_version (const char       *path,
                                                     int               version,
                                                     GError          **error);
/* For tests: how long a write waits for another connection's lock
 * before it fails with BUSY (5 s unless changed). */
void              _passend_database_set_busy_timeout (PassendDatabase *self,
                                                      int              milliseconds);
/* For tests: runs one migration script as version @version, the way the
 * migrations from the resource are run. */
gboolean          _passend_database_apply_migration (PassendDatabase  *self,
                                                     int               version,
                                                     const char       *file_name,
                                                     const char       *sql,
                                                     GError          **error);

/* Timeline (area "timeline"): one entry by id, meldcode never. */
PassendTimelineEntry *_passend_database_get_entry   (PassendDatabase  *self,
                                                     gint64            entry_id,
                                                     GError          **error);
/* Search markup: the folded words of a query, and @text as Pango markup
 * with them in <b> (all of it, or about @max_tokens words around the
 * first hit). */
GPtrArray        *_passend_search_terms             (const char       *query,
                                                     gboolean         *last_is_prefix);
char             *_passend_search_markup            (const char       *text,
                                                     GPtrArray        *terms,
                                                     gboolean          last_is_prefix,
                                                     guint             max_tokens);

/* Consent (area "consent"): student id (gint64 *) set of the students
 * whose discussion-with-externals consent holds on @day; one query. */
GHashTable       *_passend_database_discussion_covered (PassendDatabase  *self,
                                                        PassendDay        day,
                                                        GError          **error);

/* Interventions: stores a new intervention like
 * passend_database_add_intervention() but writes no timeline entry, for
 * the demo school, whose timelines already tell the story. */
gboolean          _passend_database_add_intervention_unrecorded (PassendDatabase      *self,
                                                                 PassendIntervention  *intervention,
                                                                 GError              **error);

/* Meetings (area "meetings"): each open action with a due day and each
 * planned meeting for every student on its agenda, as PassendDeadline
 * appended to @deadlines; those due after @today + @horizon_days are
 * left out unless @all. */
gboolean          _passend_database_collect_meeting_deadlines (PassendDatabase  *self,
                                                               PassendDay        today,
                                                               int               horizon_days,
                                                               gboolean          all,
                                                               GPtrArray        *deadlines,
                                                               GError          **error);

/* OPP (area "opp"): the deadlines of every student who has an OPP
 * version, from the versions (set within the term, evaluated in time),
 * appended to @deadlines; those due beyond the warning horizon are left
 * out unless @all. Students without a version keep the hand-recorded
 * days of support_status. */
gboolean          _passend_database_collect_opp_deadlines (PassendDatabase        *self,
                                                           const PassendProtocol  *protocol,
                                                           PassendDay              today,
                                                           gboolean                all,
                                                           GPtrArray              *deadlines,
                                                           GError                **error);
/* OPP: with @recorded FALSE the OPP writes of @self leave the timeline
 * alone (the state history is still written), for the demo school, whose
 * timelines already tell the story. */
void              _passend_database_set_opp_recorded    (PassendDatabase  *self,
                                                         gboolean          recorded);

/* Backups (area "backups"): a verified backup of @self's file in its
 * backup folder, made before a migration changes a file that holds data;
 * a failure is a PASSEND_DATABASE_ERROR_MIGRATION error. */
gboolean          _passend_database_backup_before_migration (PassendDatabase  *self,
                                                             GError          **error);

/* Absence (area "absence"): the DUO report due and the M@ZL signal of
 * every student whose absence raised one, appended to @deadlines (those
 * beyond the warning horizon left out unless @all); and the caseload's
 * absence flag attached to each of @students (PassendStudent). One query
 * each, for the whole school. */
gboolean          _passend_database_collect_absence_deadlines (PassendDatabase        *self,
                                                               const PassendProtocol  *protocol,
                                                               PassendDay              today,
                                                               gboolean                all,
                                                               GPtrArray              *deadlines,
                                                               GError                **error);
gboolean          _passend_database_attach_absence_signals    (PassendDatabase        *self,
                                                               GPtrArray              *students,
                                                               PassendDay              today,
                                                               GError                **error);

/* TLV (area "tlv"): the objection term after a refusal and the end of a
 * granted TLV (shown from the reminder weeks before it, protocol value
 * "tlv-reminder-weeks") as PassendDeadline appended to @deadlines; an
 * objection term due beyond @today + @horizon_days is left out unless
 * @all. */
gboolean          _passend_database_collect_tlv_deadlines (PassendDatabase  *self,
                                                           PassendDay        today,
                                                           int               horizon_days,
                                                           gboolean          all,
                                                           GPtrArray        *deadlines,
                                                           GError          **error);

/* Stores @content under @sha256 in attachment_blob, once however often
 * it is stored. */
gboolean          _passend_database_store_blob    (PassendDatabase  *self,
                                                   const char       *sha256,
                                                   GBytes           *content,
                                                   GError          **error);
/* Deletes the stored bytes @sha256 unless anything still uses them. */
gboolean          _passend_database_release_blob  (PassendDatabase  *self,
                                                   const char       *sha256,
                                                   GError          **error);

G_END_DECLS
