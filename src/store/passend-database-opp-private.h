/* passend-database-opp-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-database-opp.h"
#include "passend-database-private.h"

G_BEGIN_DECLS

/* Shared by the passend-database-opp*.c files. */

/* The few columns of a version the write paths check first. */
typedef struct
{
  gint64           id;
  gint64           student_id;
  int              number;
  PassendOppState  state;
  gboolean         established;
} OppVersionHead;

/* NOT_FOUND when there is no such version. */
gboolean _passend_opp_get_head        (PassendDatabase   *self,
                                       gint64             version_id,
                                       OppVersionHead    *head,
                                       GError           **error);
/* Content may be written: concept or in overleg. A vastgesteld version
 * passes, so that the database's freeze trigger refuses the write itself
 * (mapped to FROZEN by _passend_opp_step_done()); other states INVALID. */
gboolean _passend_opp_check_content_write (const OppVersionHead *head,
                                           GError              **error);
/* Steps a write; a refusal by the freeze triggers becomes FROZEN. */
gboolean _passend_opp_step_done       (PassendDatabase   *self,
                                       PassendStatement  *statement,
                                       GError           **error);
/* Sets updated_at of the version (not frozen by the trigger). */
gboolean _passend_opp_touch           (PassendDatabase   *self,
                                       gint64             version_id,
                                       GError           **error);
/* Inside the caller's write: an opp_state_change row, the state, and a
 * timeline entry "OPP versie N <title_suffix>" (status change, care). */
gboolean _passend_opp_record_state    (PassendDatabase   *self,
                                       const OppVersionHead *head,
                                       PassendOppState    state,
                                       const char        *note,
                                       PassendDay         day,
                                       GError           **error);
/* Inside the caller's write: a timeline entry about the OPP. */
gboolean _passend_opp_record_entry    (PassendDatabase   *self,
                                       gint64             student_id,
                                       PassendEntryKind   kind,
                                       PassendDay         day,
                                       const char        *title,
                                       const char        *body,
                                       GError           **error);
/* Announces a committed write about @version_id. */
void     _passend_opp_announce        (PassendDatabase   *self,
                                       gint64             version_id,
                                       gint64             student_id,
                                       gboolean           on_timeline,
                                       gboolean           deadlines);
/* Copies the content rows of @from into @to (inside the caller's write),
 * remapping goal → need and support → goal links. */
gboolean _passend_opp_copy_content    (PassendDatabase   *self,
                                       gint64             from,
                                       gint64             to,
                                       GError           **error);

G_END_DECLS
