/* passend-database.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "passend-aanmelding.h"
#include "passend-consent.h"
#include "passend-deadline.h"
#include "passend-guardian.h"
#include "passend-holiday.h"
#include "passend-intervention.h"
#include "passend-organisation.h"
#include "passend-person.h"
#include "passend-protocol.h"
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
  PASSEND_DATABASE_ERROR_NO_CONSENT,  /* an external party for a student without valid consent */
  PASSEND_DATABASE_ERROR_FROZEN,      /* a vastgesteld OPP version, which never changes */
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

/* Rules: protocol values, the school year, locations, logo and deadlines
 * (area "rules"). Entities in "changed": "protocol", "holiday",
 * "school-location", "school" (the logo) and "support-status". */

/* Fills @protocol with the defaults, then the stored local values. */
gboolean         passend_database_load_protocol        (PassendDatabase       *self,
                                                        PassendProtocol       *protocol,
                                                        GError               **error);
/* Refuses a value outside passend_protocol_get_range() (INVALID). */
gboolean         passend_database_set_protocol_value   (PassendDatabase       *self,
                                                        PassendProtocolValue   value,
                                                        int                    number,
                                                        GError               **error);
/* Back to the seed school's default. */
gboolean         passend_database_reset_protocol_value (PassendDatabase       *self,
                                                        PassendProtocolValue   value,
                                                        GError               **error);
/* A GListModel of PassendHoliday by first day. */
GListModel      *passend_database_list_holidays        (PassendDatabase       *self,
                                                        GError               **error);
/* Refuses a holiday without a name or days, ending before it starts, or
 * longer than 12 weeks; sets the id. */
gboolean         passend_database_add_holiday          (PassendDatabase       *self,
                                                        PassendHoliday        *holiday,
                                                        GError               **error);
gboolean         passend_database_remove_holiday       (PassendDatabase       *self,
                                                        gint64                 holiday_id,
                                                        GError               **error);
/* The school's locations by name. */
GStrv            passend_database_list_locations       (PassendDatabase       *self,
                                                        GError               **error);
gboolean         passend_database_add_location         (PassendDatabase       *self,
                                                        const char            *name,
                                                        GError               **error);
gboolean         passend_database_remove_location      (PassendDatabase       *self,
                                                        const char            *name,
                                                        GError               **error);
/* The logo printed on documents: PNG, JPEG or SVG, told by the content,
 * not the file name; anything else is INVALID. NULL @logo removes it. */
gboolean         passend_database_set_school_logo      (PassendDatabase       *self,
                                                        GBytes                *logo,
                                                        GError               **error);
/* NULL without an error when there is no logo. */
GBytes          *passend_database_get_school_logo      (PassendDatabase       *self,
                                                        char                 **media_type,
                                                        GError               **error);
/* Stores the days the OPP rules start from as they are known from
 * elsewhere (the demo school, an earlier system): the day extra support
 * was agreed, the day the OPP was set and the day it was last evaluated
 * (PASSEND_DAY_NONE for none). Unlike passend_database_record_opp_dates()
 * it leaves no timeline entries. The student must be in support; days in
 * the future, or an evaluation before the OPP was set, are refused. */
gboolean         passend_database_set_opp_days         (PassendDatabase       *self,
                                                        gint64                 student_id,
                                                        PassendDay             extra_support_since,
                                                        PassendDay             established_on,
                                                        PassendDay             evaluated_on,
                                                        GError               **error);
/* The Overzicht: every deadline that is overdue or due within the warning
 * horizon after @today; a GListModel of PassendDeadline sorted by due
 * day, then name. Open aanmeldingen (decision, placement), open cases at
 * niveau 3–4 without an OPP, and OPP evaluations. */
GListModel      *passend_database_list_deadlines       (PassendDatabase       *self,
                                                        PassendDay             today,
                                                        GError               **error);
/* Student id (gint64 *) → that student's earliest PassendDeadline, with
 * no horizon, for the caseload's "next deadline" column. */
GHashTable      *passend_database_next_deadlines       (PassendDatabase       *self,
                                                        PassendDay             today,
                                                        GError               **error);

/* Student record (area "student"): editing a student, guardians, involved
 * people and support needs, closing and reopening a case. Each call is
 * one transaction with its audit row; "changed" follows the commit. */

/* Stores the administrative fields of a stored student (identity,
 * class, year, track, location, mentor, enrolment and leaving days); the
 * support status is left alone. An LVS number another student has is a
 * CONSTRAINT error, a leaving day before enrolment INVALID. */
gboolean         passend_database_update_student       (PassendDatabase       *self,
                                                        PassendStudent        *student,
                                                        GError               **error);
gboolean         passend_database_update_guardian      (PassendDatabase       *self,
                                                        PassendGuardian       *guardian,
                                                        GError               **error);
gboolean         passend_database_remove_guardian      (PassendDatabase       *self,
                                                        gint64                 guardian_id,
                                                        GError               **error);
/* Undoes a removal: stores @guardian again with its old id and data. */
gboolean         passend_database_restore_guardian     (PassendDatabase       *self,
                                                        PassendGuardian       *guardian,
                                                        GError               **error);

/* A person involved with one student, with what the coordinator noted
 * about their part. */
typedef struct
{
  gint64  person_id;
  char   *name;
  char   *role;
  char   *note;
} PassendInvolvedPerson;

void             passend_involved_person_free          (PassendInvolvedPerson *involved);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendInvolvedPerson, passend_involved_person_free)

/* Adding a person who is already involved replaces the note. */
gboolean         passend_database_add_involved_person  (PassendDatabase       *self,
                                                        gint64                 student_id,
                                                        gint64                 person_id,
                                                        const char            *note,
                                                        GError               **error);
gboolean         passend_database_remove_involved_person (PassendDatabase     *self,
                                                          gint64               student_id,
                                                          gint64               person_id,
                                                          GError             **error);
/* A GPtrArray of PassendInvolvedPerson, by name. */
GPtrArray       *passend_database_list_involved_people (PassendDatabase       *self,
                                                        gint64                 student_id,
                                                        GError               **error);

/* Removing a need the student does not have changes nothing. */
gboolean         passend_database_remove_support_need  (PassendDatabase       *self,
                                                        gint64                 student_id,
                                                        const char            *need,
                                                        GError               **error);
/* Every need known, students' or not, by label. */
GStrv            passend_database_list_all_support_needs (PassendDatabase     *self,
                                                          GError             **error);

/* Closes an open case: the status keeps its niveau, phase and regie,
 * and a history row and a timeline entry (kind decision) record why.
 * @closed_on PASSEND_DAY_NONE: today. Closing with "left school" needs
 * @left_on, which becomes the student's leaving day (the retention clock
 * starts there); other outcomes leave the leaving day alone when @left_on
 * is PASSEND_DAY_NONE. */
gboolean         passend_database_close_case           (PassendDatabase       *self,
                                                        gint64                 student_id,
                                                        PassendCloseOutcome    outcome,
                                                        const char            *note,
                                                        PassendDay             closed_on,
                                                        PassendDay             left_on,
                                                        GError               **error);
/* Opens a closed case again; it starts afresh (extra support counts from
 * now on). @reason is required. */
gboolean         passend_database_reopen_case          (PassendDatabase       *self,
                                                        gint64                 student_id,
                                                        const char            *reason,
                                                        GError               **error);
/* The day a closed case was closed and why; PASSEND_DAY_NONE when the
 * case is open or the student has no status. @note may be NULL. */
PassendDay       passend_database_get_case_closed      (PassendDatabase       *self,
                                                        gint64                 student_id,
                                                        PassendCloseOutcome   *outcome,
                                                        char                 **note,
                                                        GError               **error);
/* Records the OPP days by hand (the OPP editor will keep versions): each
 * day that changes lands on the timeline as a decision. NONE clears. */
gboolean         passend_database_record_opp_dates     (PassendDatabase       *self,
                                                        gint64                 student_id,
                                                        PassendDay             established_on,
                                                        PassendDay             evaluated_on,
                                                        GError               **error);
/* The OPP days and the day extra support started, NONE when not set. */
gboolean         passend_database_get_opp_dates        (PassendDatabase       *self,
                                                        gint64                 student_id,
                                                        PassendDay            *extra_support_since,
                                                        PassendDay            *established_on,
                                                        PassendDay            *evaluated_on,
                                                        GError               **error);

/* One row of the status history: the status from @changed_at on. */
typedef struct
{
  gint64         changed_at;
  PassendNiveau  niveau;
  PassendPhase   phase;
  PassendRegie   regie;
  char          *reason;
  char          *actor;
} PassendStatusChange;

void             passend_status_change_free            (PassendStatusChange   *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendStatusChange, passend_status_change_free)

/* A GPtrArray of PassendStatusChange, oldest first. */
GPtrArray       *passend_database_list_status_history  (PassendDatabase       *self,
                                                        gint64                 student_id,
                                                        GError               **error);

/* Aanmeldingen under the zorgplicht (area "aanmeldingen"; DOMAIN.md §3).
 * Each call is one transaction with its audit row; "changed" follows the
 * commit with entity "aanmelding". The deadlines come from
 * passend-rules.h with the stored protocol values. */

/* Stores a new aanmelding and sets its id: it needs a family name and
 * the day the written aanmelding was received. */
gboolean           passend_database_add_aanmelding      (PassendDatabase    *self,
                                                         PassendAanmelding  *aanmelding,
                                                         GError            **error);
/* Stores the administrative fields, screening notes and advice of a
 * stored aanmelding; the extension and decision are left alone. */
gboolean           passend_database_update_aanmelding   (PassendDatabase    *self,
                                                         PassendAanmelding  *aanmelding,
                                                         GError            **error);
PassendAanmelding *passend_database_get_aanmelding      (PassendDatabase    *self,
                                                         gint64              aanmelding_id,
                                                         GError            **error);
/* A GListModel of PassendAanmelding: open ones first by decision due
 * day, then the decided ones, latest decision first. */
GListModel        *passend_database_list_aanmeldingen   (PassendDatabase    *self,
                                                         GError            **error);
/* The one extension of the decision term, told to the parents by letter:
 * @reason is required, and @new_due must lie after the current due day
 * and no later than passend_rules_zorgplicht_extension_limit(). A second
 * extension, or one after the decision, is INVALID. */
gboolean           passend_database_extend_aanmelding   (PassendDatabase    *self,
                                                         gint64              aanmelding_id,
                                                         PassendDay          letter_on,
                                                         const char         *reason,
                                                         PassendDay          new_due,
                                                         GError            **error);
/* Records the decision: @reason is required for not-admitted and
 * placed-elsewhere, @school for placed-elsewhere; @decided_on may not lie
 * before the aanmelding was received. A decided aanmelding that became a
 * student can no longer be changed. */
gboolean           passend_database_decide_aanmelding   (PassendDatabase    *self,
                                                         gint64              aanmelding_id,
                                                         PassendAanmeldingOutcome outcome,
                                                         const char         *reason,
                                                         const char         *school,
                                                         PassendDay          decided_on,
                                                         GError            **error);
/* Makes an admitted aanmelding a student, in one transaction: the student
 * (LVS number @lvs_number; names, birth date, track and year from the
 * aanmelding), its guardian (when the aanmelding names one), the link, a
 * timeline entry and, when admitted with an arrangement, a place in the
 * caseload (niveau 3, phase 0, regie LeCo).
 * All or nothing; sets *@student_id. */
gboolean           passend_database_admit_aanmelding    (PassendDatabase    *self,
                                                         gint64              aanmelding_id,
                                                         const char         *lvs_number,
                                                         gint64             *student_id,
                                                         GError            **error);

/* LVS import (area "import"): students read from a Magister or Somtoday
 * export, as PassendStudent objects with id 0 holding the administrative
 * fields, the export's mentor text (a staff code or name) as mentor name.
 * Care data (support status, needs, guardians, the timeline) is never
 * read from an export and never changed by one. */
typedef enum
{
  PASSEND_IMPORT_FIELD_NONE          = 0,
  PASSEND_IMPORT_FIELD_ROEPNAAM      = 1 << 0,
  PASSEND_IMPORT_FIELD_VOORLETTERS   = 1 << 1,
  PASSEND_IMPORT_FIELD_TUSSENVOEGSEL = 1 << 2,
  PASSEND_IMPORT_FIELD_ACHTERNAAM    = 1 << 3,
  PASSEND_IMPORT_FIELD_BIRTH_DATE    = 1 << 4,
  PASSEND_IMPORT_FIELD_GENDER        = 1 << 5,
  PASSEND_IMPORT_FIELD_CLASS         = 1 << 6,
  PASSEND_IMPORT_FIELD_YEAR          = 1 << 7,
  PASSEND_IMPORT_FIELD_TRACK         = 1 << 8,
  PASSEND_IMPORT_FIELD_LOCATION      = 1 << 9,
  PASSEND_IMPORT_FIELD_MENTOR        = 1 << 10,
} PassendImportFields;

/* Compares @students (the fields in @present are the export's columns)
 * with the stored ones, writing nothing: sets each student's id to the
 * stored student with its LVS number (0: new) and its mentor id to the
 * staff member whose code or name matches the mentor name (0: none or
 * unknown). *@changed receives a guint of PassendImportFields per student:
 * the fields the import would change. An empty birth date, year or
 * mentor never replaces a stored one. *@missing (may be NULL) receives
 * the stored students without a leaving day that are not in @students. */
gboolean         passend_database_plan_import          (PassendDatabase      *self,
                                                        GPtrArray            *students,
                                                        PassendImportFields   present,
                                                        GArray              **changed,
                                                        GPtrArray           **missing,
                                                        GError              **error);
/* Stores @students as planned, in ONE transaction: new ones are created,
 * stored ones get their changed administrative fields; the students in
 * @leaving (gint64 ids, may be NULL) get @left_on as their leaving day.
 * One audit row ("import") records the counts, never names. On any error
 * nothing is written. */
gboolean         passend_database_apply_import         (PassendDatabase      *self,
                                                        GPtrArray            *students,
                                                        PassendImportFields   present,
                                                        GArray               *leaving,
                                                        PassendDay            left_on,
                                                        guint                *n_created,
                                                        guint                *n_updated,
                                                        GError              **error);

/* Caseload (area "caseload"). */

/* Every case, open ones only unless @include_closed: a GListModel of
 * PassendStudent in name order with status, mentor and regie names, the
 * closing day and outcome, and the day the OPP was set. */
GListModel      *passend_database_list_cases           (PassendDatabase       *self,
                                                        gboolean               include_closed,
                                                        GError               **error);
/* Student id (gint64 *) → GStrv of need labels, A–Z, in one query. */
GHashTable      *passend_database_list_support_needs_by_student (PassendDatabase  *self,
                                                                 GError          **error);
/* One transaction for all @ids: each open case keeps niveau and phase and
 * gets @regie, with a history row and a timeline entry (@reason, which is
 * required) per student; all or nothing. @person_id 0 with
 * PASSEND_REGIE_MENTOR gives each student's own mentor regie. A closed
 * case is refused (INVALID). Not inside a batch. */
gboolean         passend_database_set_regie_for_students (PassendDatabase     *self,
                                                          const gint64        *ids,
                                                          guint                n_ids,
                                                          PassendRegie         regie,
                                                          gint64               person_id,
                                                          const char          *reason,
                                                          GError             **error);

/* Records in the audit log that @n_records of @what ("caseload") left
 * Passend as a file; never the content or the file name. */
gboolean         passend_database_log_export           (PassendDatabase       *self,
                                                        const char            *what,
                                                        guint                  n_records,
                                                        GError               **error);

/* Timeline editing (area "timeline"): quick capture with drafts, edits
 * that keep earlier versions, deletion with undo, entries for several
 * students, search with snippets. Writes emit "changed" with entity
 * "timeline-entry"; drafts are not announced. */

PassendTimelineEntry *passend_database_get_entry        (PassendDatabase       *self,
                                                         gint64                 entry_id,
                                                         GError               **error);
/* Adds @entry (refused when dated after today or with neither title nor
 * text) and sets its id. Each student in @also_for gets a private copy
 * sharing a link group; @draft_id (0: none) is deleted in the same
 * transaction. */
gboolean         passend_database_save_new_entry       (PassendDatabase       *self,
                                                        PassendTimelineEntry  *entry,
                                                        gint64                 draft_id,
                                                        const gint64          *also_for,
                                                        guint                  n_also_for,
                                                        GError               **error);
/* Stores an edit of one entry (not its linked copies); the previous
 * content becomes a version. Deletes @draft_id (0: none). */
gboolean         passend_database_update_entry         (PassendDatabase       *self,
                                                        PassendTimelineEntry  *entry,
                                                        gint64                 draft_id,
                                                        GError               **error);
/* 0 when the entry is its student's alone; -1 on error. */
gint64           passend_database_get_link_group       (PassendDatabase       *self,
                                                        gint64                 entry_id,
                                                        GError               **error);

typedef struct
{
  PassendTimelineEntry *entry;        /* the content as it was */
  gint64                replaced_at;  /* when the edit replaced it */
  char                 *replaced_by;
} PassendEntryVersion;

void             passend_entry_version_free            (PassendEntryVersion   *version);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendEntryVersion, passend_entry_version_free)

/* A GPtrArray of PassendEntryVersion, latest replaced first. */
GPtrArray       *passend_database_list_entry_versions  (PassendDatabase       *self,
                                                        gint64                 entry_id,
                                                        GError               **error);
/* The set of ids (gint64 *) of @student_id's entries that were edited. */
GHashTable      *passend_database_list_edited_entries  (PassendDatabase       *self,
                                                        gint64                 student_id,
                                                        GError               **error);

/* A deleted entry held in memory until its undo toast goes. */
typedef struct _PassendDeletedEntry PassendDeletedEntry;

void             passend_deleted_entry_free            (PassendDeletedEntry   *deleted);
gint64           passend_deleted_entry_get_id          (PassendDeletedEntry   *deleted);
gint64           passend_deleted_entry_get_student_id  (PassendDeletedEntry   *deleted);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendDeletedEntry, passend_deleted_entry_free)

PassendDeletedEntry *passend_database_delete_entry     (PassendDatabase       *self,
                                                        gint64                 entry_id,
                                                        GError               **error);
/* Puts it back with the same id, versions, attachments and index row. */
gboolean         passend_database_restore_entry        (PassendDatabase       *self,
                                                        PassendDeletedEntry   *deleted,
                                                        GError               **error);

/* Drafts: @draft's id is the entry being edited (0: a new entry).
 * *@draft_id 0 stores a new draft and sets it. */
gboolean         passend_database_save_draft           (PassendDatabase       *self,
                                                        PassendTimelineEntry  *draft,
                                                        gint64                *draft_id,
                                                        GError               **error);
/* The latest draft, or NULL without an error when there is none. */
PassendTimelineEntry *passend_database_get_draft        (PassendDatabase       *self,
                                                         gint64                 student_id,
                                                         gint64                 entry_id,
                                                         gint64                *draft_id,
                                                         GError               **error);
gboolean         passend_database_discard_draft        (PassendDatabase       *self,
                                                        gint64                 draft_id,
                                                        GError               **error);

/* One student's entries matching @query, newest first. */
GListModel      *passend_database_search_student_entries (PassendDatabase     *self,
                                                          gint64               student_id,
                                                          const char          *query,
                                                          GError             **error);

typedef struct
{
  PassendTimelineEntry *entry;           /* with the student's name */
  /* Pango markup, found words in <b>: the title, and the body around
   * the found words */
  char                 *title_markup;
  char                 *snippet_markup;
} PassendSearchHit;

void             passend_search_hit_free               (PassendSearchHit      *hit);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendSearchHit, passend_search_hit_free)

/* passend_database_search_entries() with snippets: a GPtrArray of
 * PassendSearchHit. */
GPtrArray       *passend_database_search_entry_snippets (PassendDatabase      *self,
                                                         const char           *query,
                                                         guint                 limit,
                                                         GError              **error);

/* Attachments (area "attachments"): reading them back and removing them.
 * The content of a CORRUPT error from load names what is missing. */
typedef struct
{
  gint64  id;
  gint64  entry_id;
  char   *sha256;
  char   *file_name;
  char   *media_type;
  gint64  size;        /* -1 when the stored content is missing */
  gint64  added_at;
} PassendAttachment;

void             passend_attachment_free               (PassendAttachment     *attachment);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendAttachment, passend_attachment_free)

/* A GPtrArray of PassendAttachment, in the order they were added. */
GPtrArray       *passend_database_list_attachments     (PassendDatabase       *self,
                                                        gint64                 entry_id,
                                                        GError               **error);
/* The attachments of all of a student's entries, in one query: by entry,
 * then in the order they were added. */
GPtrArray       *passend_database_list_student_attachments (PassendDatabase   *self,
                                                            gint64             student_id,
                                                            GError           **error);
/* CORRUPT when an attachment refers to content that is not there. */
GBytes          *passend_database_load_attachment      (PassendDatabase       *self,
                                                        const char            *sha256,
                                                        GError               **error);
/* -1 on error. */
gint64           passend_database_count_attachment_uses (PassendDatabase      *self,
                                                         const char           *sha256,
                                                         GError              **error);
/* The content goes with its last use. */
gboolean         passend_database_remove_attachment    (PassendDatabase       *self,
                                                        gint64                 attachment_id,
                                                        GError               **error);

/* Chronology export (area "chronology"). */

/* The id of the student with @lvs_number (surrounding spaces ignored);
 * 0 and a NOT_FOUND error that names the number when there is none. */
gint64           passend_database_find_student_id      (PassendDatabase       *self,
                                                        const char            *lvs_number,
                                                        GError               **error);


/* Consent ledger (area "consent"; DOMAIN.md §6, §10.1). Each write is one
 * transaction with its audit row; "changed" follows the commit with
 * entity "consent" (and "timeline-entry" for the entry it leaves). */

/* Stores @consent with its givers and, in the same transaction, a
 * timeline entry of kind consent; sets the id. Refuses (INVALID) a
 * giver without gezag or of another student, the student as giver under
 * 16, guardians as givers from 18, no giver at all, a request or share
 * without a named party, a day in the future, and an end before the
 * start. */
gboolean         passend_database_add_consent          (PassendDatabase        *self,
                                                        PassendConsent         *consent,
                                                        GError                **error);
/* The same checks, but no timeline entry, and the withdrawal day may be
 * set: for consents known from elsewhere (the demo school, an earlier
 * system). */
gboolean         passend_database_add_consent_record   (PassendDatabase        *self,
                                                        PassendConsent         *consent,
                                                        GError                **error);
/* From @withdrawn_on on the consent no longer holds; leaves a timeline
 * entry. A second withdrawal is INVALID. */
gboolean         passend_database_withdraw_consent     (PassendDatabase        *self,
                                                        gint64                  consent_id,
                                                        PassendDay              withdrawn_on,
                                                        GError                **error);
/* A GPtrArray of PassendConsent with givers, latest given first. */
GPtrArray       *passend_database_list_consents        (PassendDatabase        *self,
                                                        gint64                  student_id,
                                                        GError                **error);
/* Whether a consent for @purpose (and @party, NULL: any) holds on @day.
 * FALSE with @error set on failure. */
gboolean         passend_database_has_valid_consent    (PassendDatabase        *self,
                                                        gint64                  student_id,
                                                        PassendConsentPurpose   purpose,
                                                        const char             *party,
                                                        PassendDay              day,
                                                        GError                **error);
/* A GPtrArray of PassendOrganisation (id, name, kind) by name: the
 * parties a consent can name. */
GPtrArray       *passend_database_list_consent_partners (PassendDatabase       *self,
                                                         GError               **error);

/* Interventions and arrangements (area "interventions"; DOMAIN.md §7,
 * §10.4). Each write is one transaction with its audit row; a change to
 * a student's intervention also lands on the timeline (in Dutch, linked
 * through the entry's intervention) in that transaction. "changed"
 * follows the commit with entity "intervention-kind" or "intervention"
 * (and "timeline-entry" when an entry was written, "support-status" with
 * the student id for an extra-support intervention: it may require an
 * OPP). */

/* The catalogue by name; archived kinds only with @include_archived. */
GListModel      *passend_database_list_intervention_kinds    (PassendDatabase          *self,
                                                              gboolean                  include_archived,
                                                              GError                  **error);
PassendInterventionKind *passend_database_get_intervention_kind (PassendDatabase       *self,
                                                              gint64                    kind_id,
                                                              GError                  **error);
/* Refuses a kind without a name, with more than one default length or a
 * default longer than its maximum (INVALID), or with the name of another
 * kind (CONSTRAINT). Sets the id, and the code (made from the name when
 * empty). */
gboolean         passend_database_add_intervention_kind      (PassendDatabase          *self,
                                                              PassendInterventionKind  *kind,
                                                              GError                  **error);
/* Stores everything but the code, which never changes. */
gboolean         passend_database_update_intervention_kind   (PassendDatabase          *self,
                                                              PassendInterventionKind  *kind,
                                                              GError                  **error);
/* An archived kind is no longer offered for new interventions. */
gboolean         passend_database_archive_intervention_kind  (PassendDatabase          *self,
                                                              gint64                    kind_id,
                                                              gboolean                  archived,
                                                              GError                  **error);
/* Only a kind no student ever had: one in use is a CONSTRAINT error
 * (archive it instead). */
gboolean         passend_database_remove_intervention_kind   (PassendDatabase          *self,
                                                              gint64                    kind_id,
                                                              GError                  **error);

/* Who can provide an intervention: an organisation or a person. */
typedef struct
{
  gint64  person_id;        /* 0 for an organisation */
  gint64  organisation_id;  /* 0 for a person */
  char   *name;
  char   *detail;           /* a person's organisation or role */
} PassendInterventionProvider;

void             passend_intervention_provider_free          (PassendInterventionProvider *provider);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendInterventionProvider, passend_intervention_provider_free)

/* A GPtrArray of PassendInterventionProvider: organisations, then people. */
GPtrArray       *passend_database_list_intervention_providers (PassendDatabase         *self,
                                                               GError                 **error);

/* A student's interventions: those still open first, newest first; a
 * GListModel of PassendIntervention with kind and provider names. */
GListModel      *passend_database_list_interventions         (PassendDatabase          *self,
                                                              gint64                    student_id,
                                                              GError                  **error);
PassendIntervention *passend_database_get_intervention       (PassendDatabase          *self,
                                                              gint64                    intervention_id,
                                                              GError                  **error);
/* Stores a new intervention and sets its id. The planned end, when not
 * given, follows from the start and the kind's default length; planned
 * sessions, when 0, are the kind's. An end past the kind's maximum (JOS:
 * 5 months), an archived kind, or a person and an organisation both as
 * provider are INVALID. The timeline records "<kind> <status>". */
gboolean         passend_database_add_intervention           (PassendDatabase          *self,
                                                              PassendIntervention      *intervention,
                                                              GError                  **error);
/* Stores every field; a new status is recorded as in
 * passend_database_set_intervention_status(), other changes as one
 * entry listing them. */
gboolean         passend_database_update_intervention        (PassendDatabase          *self,
                                                              PassendIntervention      *intervention,
                                                              GError                  **error);
/* The timeline entry is of kind intervention-start for running,
 * intervention-end for evaluated and ended, decision otherwise, dated
 * @on (PASSEND_DAY_NONE: now); @note (may be NULL) becomes its text.
 * Starting an intervention without a start day starts it on @on. */
gboolean         passend_database_set_intervention_status    (PassendDatabase          *self,
                                                              gint64                    intervention_id,
                                                              PassendInterventionStatus status,
                                                              PassendDay                on,
                                                              const char               *note,
                                                              GError                  **error);
gboolean         passend_database_record_intervention_sessions (PassendDatabase        *self,
                                                                gint64                  intervention_id,
                                                                int                     sessions_held,
                                                                GError                **error);
/* Records the evaluation (@outcome required, @evaluated_on not in the
 * future; NONE: today) and sets the status to evaluated. */
gboolean         passend_database_evaluate_intervention      (PassendDatabase          *self,
                                                              gint64                    intervention_id,
                                                              PassendDay                evaluated_on,
                                                              const char               *outcome,
                                                              GError                  **error);

G_END_DECLS
