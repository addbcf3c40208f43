/* passend-invitee-popover.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"
#include "passend-meeting.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_INVITEE_POPOVER (passend_invitee_popover_get_type ())

G_DECLARE_FINAL_TYPE (PassendInviteePopover, passend_invitee_popover, PASSEND, INVITEE_POPOVER, GtkPopover)

/* Who can be invited to one agenda item: first the student's own people
 * (guardians, the student, the mentor), then the Partners directory,
 * searched as you type; a role chooser that follows the choice (an
 * organisation's kind, a person's role) until changed by hand.
 *
 * Signals:
 *   "invitee-chosen" (PassendMeetingInvitee *invitee): not yet stored. */
GtkWidget *passend_invitee_popover_new         (void);
void       passend_invitee_popover_set_item    (PassendInviteePopover *self,
                                                PassendDatabase       *database,
                                                PassendMeetingItem    *item,
                                                PassendStudent        *student);
/* What the controls do, for tests: the candidates listed now, the
 * search, and choosing the candidate at @index in the role shown. */
guint      passend_invitee_popover_get_n_candidates (PassendInviteePopover *self);
void       passend_invitee_popover_set_search  (PassendInviteePopover *self,
                                                const char            *text);
gboolean   passend_invitee_popover_choose      (PassendInviteePopover *self,
                                                guint                  index);

/* The role an organisation of @kind attends in; OTHER when none. */
PassendMeetingRole passend_invitee_role_for_organisation (PassendOrganisationKind kind);
/* The role a person with role code @code (from Partners) attends in. */
PassendMeetingRole passend_invitee_role_for_person       (const char             *code);

G_END_DECLS
