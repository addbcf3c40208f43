/* passend-database.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "passend-guardian.h"
#include "passend-organisation.h"
#include "passend-person.h"
#include "passend-school.h"
#include "passend-student.h"
#include "passend-timeline-entry.h"

G_BEGIN_DECLS

#define PASSEND_DATABASE_ERROR (passend_database_error_quark ())

typedef enum
{
  PASSEND_DATABASE_ERROR_OPEN,        /* the file cannot be opened or created */
  PASSEND_DATABASE_ERROR_NOT_PASSEND, /* not a database, or another program's */
  PASSEND_DATABASE_ERROR_CORRUPT,     /* quick_check failed */
  PASSEND_DATABASE_ERROR_TOO_NEW,     /* written by a newer Passend */
  PASSEND_DATABASE_ERROR_MIGRATION,   /* a migration failed; nothing changed */
  PASSEND_DATABASE_ERROR_CONSTRAINT,  /* e.g. an LVS number that exists */
  PASSEND_DATABASE_ERROR_NOT_FOUND,
  PASSEND_DATABASE_ERROR_INVALID,     /* a value the rules refuse */
  PASSEND_DATABASE_ERROR_BUSY,        /* locked by another process */
  PASSEND_DATABASE_ERROR_READ_ONLY,
  PASSEND_DATABASE_ERROR_FULL,
  PASSEND_DATABASE_ERROR_FAILED,
} PassendDatabaseError;

#define PASSEND_TYPE_DATABASE (passend_database_get_type ())

G_DECLARE_FINAL_TYPE (PassendDatabase, passend_database, PASSEND, DATABASE, GObject)

/* Signals:
 *   "changed" (const char *entity, gint64 id): emitted after a write has
 *   committed, synchronously, in the thread that made the write: each
 *   thread uses its own PassendDatabase (its own SQLite connection), so a
 *   worker's writes are announced in the worker. The detail is the entity
 *   ("changed::student"). @entity is "school", "student",
 *   "support-status", "support-need", "guardian", "person",
 *   "organisation", "timeline-entry" or "attachment"; @id is 0 after a
 *   batch, meaning "anything of this kind may have changed". A failed
 *   write emits nothing.
 *
 * Every write is one transaction holding the change and its audit_log row
 * (who, what, which id; never the content): it commits whole or changes
 * nothing. A connection is not for sharing between threads. */

GQuark           passend_database_error_quark          (void);

/* $XDG_DATA_HOME/passend/passend.db */
char            *passend_database_get_default_path     (void);
int              passend_database_get_latest_version   (void);

/* Opens or creates the database at @path (mode 0600, its folder 0700),
 * checks it with PRAGMA quick_check and migrates it to the latest schema
 * version, each migration in its own transaction. A file that is not a
 * Passend database (NOT_PASSEND), was made by a newer Passend (TOO_NEW)
 * or is damaged (CORRUPT) is refused before anything is written to it. */
PassendDatabase *passend_database_open                 (const char       *path,
                                                        GError          **error);
const char      *passend_database_get_path             (PassendDatabase  *self);
int              passend_database_get_version          (PassendDatabase  *self);
/* The person recorded in the audit log for every write. */
void             passend_database_set_actor            (PassendDatabase  *self,
                                                        const char       *actor);
const char      *passend_database_get_actor            (PassendDatabase  *self);

/* PRAGMA integrity_check; @report receives "ok" or SQLite's findings. */
gboolean         passend_database_check_integrity      (PassendDatabase  *self,
                                                        char            **report,
                                                        GError          **error);

/* Checks the bulk tables that opening leaves out (timeline, full-text
 * index, audit log, attachments) with PRAGMA quick_check on a read-only
 * connection of its own in a worker thread. When they are damaged the
 * result is a PASSEND_DATABASE_ERROR_CORRUPT error and @self refuses every
 * write from then on. Cancelling stops the check at once. */
void             passend_database_verify_bulk_async    (PassendDatabase      *self,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean         passend_database_verify_bulk_finish   (PassendDatabase      *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
/* TRUE once a check has found the file damaged. */
gboolean         passend_database_is_damaged           (PassendDatabase      *self);

/* Groups many writes into one transaction (the demo generator, imports):
 * every store call inside still succeeds or fails as a unit (a failing
 * call undoes only itself, with a SAVEPOINT, and returns its GError), and
 * the whole batch commits at passend_database_commit_batch(). Change
 * signals are emitted once per entity, with id 0, after that commit;
 * passend_database_rollback_batch() undoes everything and emits nothing.
 * Batches do not nest. */
gboolean         passend_database_begin_batch          (PassendDatabase  *self,
                                                        GError          **error);
gboolean         passend_database_commit_batch         (PassendDatabase  *self,
                                                        GError          **error);
void             passend_database_rollback_batch       (PassendDatabase  *self);

/* Counts rows in the main tables, for `passend check` and tests:
 * "students", "caseload", "timeline", "guardians", "people",
 * "organisations", "attachments", "attachment-blobs", "support-needs",
 * "status-history" or "audit". Another name is an INVALID error; -1 on
 * error. */
gint64           passend_database_count                (PassendDatabase  *self,
                                                        const char       *entity,
                                                        GError          **error);

/* School */
PassendSchool   *passend_database_get_school           (PassendDatabase  *self,
                                                        GError          **error);
gboolean         passend_database_set_school           (PassendDatabase  *self,
                                                        PassendSchool    *school,
                                                        GError          **error);

/* People and organisations; the id is set on the object. Every add_*
 * refuses an object that already has an id. */
gboolean         passend_database_add_organisation     (PassendDatabase      *self,
                                                        PassendOrganisation  *organisation,
                                                        GError              **error);
gboolean         passend_database_add_person           (PassendDatabase      *self,
                                                        PassendPerson        *person,
                                                        GError              **error);
/* A GListModel of PassendPerson, sorted by family name. */
GListModel      *passend_database_list_people          (PassendDatabase      *self,
                                                        GError              **error);

/* Students */
gboolean         passend_database_add_student          (PassendDatabase  *self,
                                                        PassendStudent   *student,
                                                        GError          **error);
PassendStudent  *passend_database_get_student          (PassendDatabase  *self,
                                                        gint64            student_id,
                                                        GError          **error);
/* Students with an open support case, with their status, mentor and regie
 * names filled in; a GListModel of PassendStudent in name order. */
GListModel      *passend_database_list_caseload        (PassendDatabase  *self,
                                                        GError          **error);
/* Puts a student in support or changes the status. The change is kept in
 * the status history and lands on the timeline (kind status-change, the
 * reason as its body) in the same transaction. @changed_at 0: now. */
gboolean         passend_database_set_support_status   (PassendDatabase  *self,
                                                        gint64            student_id,
                                                        PassendNiveau     niveau,
                                                        PassendPhase      phase,
                                                        PassendRegie      regie,
                                                        gint64            regie_person_id,
                                                        const char       *reason,
                                                        gint64            changed_at,
                                                        GError          **error);
gboolean         passend_database_add_guardian         (PassendDatabase  *self,
                                                        PassendGuardian  *guardian,
                                                        GError          **error);
GListModel      *passend_database_list_guardians       (PassendDatabase  *self,
                                                        gint64            student_id,
                                                        GError          **error);
gboolean         passend_database_add_support_need     (PassendDatabase  *self,
                                                        gint64            student_id,
                                                        const char       *need,
                                                        GError          **error);
GStrv            passend_database_list_support_needs   (PassendDatabase  *self,
                                                        gint64            student_id,
                                                        GError          **error);

/* Timeline */
gboolean         passend_database_add_entry            (PassendDatabase       *self,
                                                        PassendTimelineEntry  *entry,
                                                        GError               **error);
/* A student's entries, newest first; a GListModel of PassendTimelineEntry.
 * Meldcode entries are not in it: they belong to the restricted meldcode
 * dossier. */
GListModel      *passend_database_list_timeline        (PassendDatabase       *self,
                                                        gint64                 student_id,
                                                        GError               **error);
/* Full-text search over the entries of all students (FTS5, accents and
 * case ignored, the last word as a prefix; what the user types is never
 * read as query syntax). Meldcode entries are never returned. Newest
 * first, at most @limit, each with the student's display name. When
 * thousands of entries match, the most recently recorded few thousand
 * are the ones ranked, so a search stays fast on a large school. */
GListModel      *passend_database_search_entries       (PassendDatabase       *self,
                                                        const char            *query,
                                                        guint                  limit,
                                                        GError               **error);

/* Attachments, stored content-addressed: the same bytes are kept once.
 * Returns the SHA-256 of the content. */
char            *passend_database_add_attachment       (PassendDatabase       *self,
                                                        gint64                 entry_id,
                                                        const char            *file_name,
                                                        const char            *media_type,
                                                        GBytes                *content,
                                                        GError               **error);

G_END_DECLS
