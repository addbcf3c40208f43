/* passend-caseload-filter.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "passend-deadline.h"
#include "passend-student.h"

G_BEGIN_DECLS

/* The caseload's filters, private to PassendCaseloadPage and GLib only,
 * so the benchmark runs the very filter function the page runs.
 *
 * Everything a filter or a cell needs from a student is computed once,
 * when the caseload loads (the index): value numbers per kind, the needs,
 * the next deadline and whether it needs attention. The filter function
 * then compares small integers and allocates nothing. Filters of one
 * kind widen each other (OR); kinds narrow each other (AND). */

typedef enum
{
  PASSEND_CASELOAD_FILTER_NIVEAU,
  PASSEND_CASELOAD_FILTER_PHASE,
  PASSEND_CASELOAD_FILTER_YEAR,
  PASSEND_CASELOAD_FILTER_TRACK,
  PASSEND_CASELOAD_FILTER_CLASS,
  PASSEND_CASELOAD_FILTER_MENTOR,
  PASSEND_CASELOAD_FILTER_REGIE,
  PASSEND_CASELOAD_FILTER_NEED,
  PASSEND_CASELOAD_N_FILTER_KINDS
} PassendCaseloadFilterKind;

typedef enum
{
  PASSEND_CASELOAD_CASES_ACTIVE,
  PASSEND_CASELOAD_CASES_CLOSED,
  PASSEND_CASELOAD_CASES_ALL,
} PassendCaseloadCases;

/* How a change relates to the filter before it, as GtkFilterChange. */
typedef enum
{
  PASSEND_CASELOAD_CHANGE_NONE,
  PASSEND_CASELOAD_CHANGE_DIFFERENT,
  PASSEND_CASELOAD_CHANGE_LESS_STRICT,
  PASSEND_CASELOAD_CHANGE_MORE_STRICT,
} PassendCaseloadChange;

typedef struct _PassendCaseloadIndex  PassendCaseloadIndex;
typedef struct _PassendCaseloadFilter PassendCaseloadFilter;

/* What the index knows of one student; owned by the student (qdata). */
typedef struct
{
  guint16          values[PASSEND_CASELOAD_N_FILTER_KINDS - 1];
  guint16          n_needs;
  guint16         *needs;          /* value numbers of the NEED kind */
  char           **need_labels;    /* A–Z */
  char            *needs_text;     /* "dyslexie, faalangst" */
  PassendDeadline *next_deadline;  /* nullable */
  guint            attention : 1;  /* overdue or within the warning horizon */
  guint            overdue : 1;
  guint            opp_required : 1;
  guint            tlv_route : 1;
} PassendCaseloadRow;

/* The key used in settings ("niveau", "phase", …). */
const char               *_passend_caseload_filter_kind_to_key (PassendCaseloadFilterKind kind);
const char               *_passend_caseload_filter_kind_get_title (PassendCaseloadFilterKind kind);

/* Builds the index of @students and attaches a row to each. @needs (id →
 * GStrv) and @deadlines (id → PassendDeadline) may be NULL. */
PassendCaseloadIndex     *_passend_caseload_index_new        (GListModel  *students,
                                                              GHashTable  *needs,
                                                              GHashTable  *deadlines,
                                                              PassendDay   today,
                                                              int          horizon_days);
void                      _passend_caseload_index_free       (PassendCaseloadIndex *index);
guint                     _passend_caseload_index_get_n_values (PassendCaseloadIndex     *index,
                                                                PassendCaseloadFilterKind kind);
const char               *_passend_caseload_index_get_value_key (PassendCaseloadIndex     *index,
                                                                 PassendCaseloadFilterKind kind,
                                                                 guint                     value);
const char               *_passend_caseload_index_get_value_label (PassendCaseloadIndex     *index,
                                                                   PassendCaseloadFilterKind kind,
                                                                   guint                     value);
/* How many students (of all cases loaded) have the value. */
guint                     _passend_caseload_index_get_value_count (PassendCaseloadIndex     *index,
                                                                   PassendCaseloadFilterKind kind,
                                                                   guint                     value);

/* NULL for a student the index did not see. */
const PassendCaseloadRow *_passend_caseload_row_get          (PassendStudent *student);

PassendCaseloadFilter    *_passend_caseload_filter_new       (void);
void                      _passend_caseload_filter_free      (PassendCaseloadFilter *filter);
/* Resolves the selected keys against @index (NULL: nothing loaded). */
void                      _passend_caseload_filter_set_index (PassendCaseloadFilter *filter,
                                                              PassendCaseloadIndex  *index);

gboolean                  _passend_caseload_filter_is_selected (PassendCaseloadFilter     *filter,
                                                                PassendCaseloadFilterKind  kind,
                                                                const char                *key);
PassendCaseloadChange     _passend_caseload_filter_set_selected (PassendCaseloadFilter     *filter,
                                                                 PassendCaseloadFilterKind  kind,
                                                                 const char                *key,
                                                                 gboolean                   selected);
/* The selected keys of @kind, in the order they were chosen. */
const char * const       *_passend_caseload_filter_get_selected (PassendCaseloadFilter     *filter,
                                                                 PassendCaseloadFilterKind  kind);
gboolean                  _passend_caseload_filter_get_attention (PassendCaseloadFilter *filter);
PassendCaseloadChange     _passend_caseload_filter_set_attention (PassendCaseloadFilter *filter,
                                                                  gboolean               attention);
PassendCaseloadCases      _passend_caseload_filter_get_cases  (PassendCaseloadFilter *filter);
PassendCaseloadChange     _passend_caseload_filter_set_cases  (PassendCaseloadFilter *filter,
                                                               PassendCaseloadCases   cases);
PassendCaseloadChange     _passend_caseload_filter_set_search (PassendCaseloadFilter *filter,
                                                               const char            *text);
/* Filters that narrow the list: kinds with a choice, "needs attention",
 * and cases other than the active ones. The search does not count. */
guint                     _passend_caseload_filter_count_active (PassendCaseloadFilter *filter);
PassendCaseloadChange     _passend_caseload_filter_clear     (PassendCaseloadFilter *filter);

/* The filter function: no allocation, no locale work. */
gboolean                  _passend_caseload_filter_matches   (PassendCaseloadFilter *filter,
                                                              PassendStudent        *student);

/* The state as stored in GSettings (a{sas}: kind → keys, plus "cases"
 * and "attention"), and back. */
GVariant                 *_passend_caseload_filter_to_variant (PassendCaseloadFilter *filter);
void                      _passend_caseload_filter_load_variant (PassendCaseloadFilter *filter,
                                                                 GVariant              *state);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendCaseloadIndex, _passend_caseload_index_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendCaseloadFilter, _passend_caseload_filter_free)

G_END_DECLS
