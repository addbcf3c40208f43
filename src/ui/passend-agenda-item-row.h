/* passend-agenda-item-row.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-consent-dialog.h"
#include "passend-database-meetings.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_AGENDA_ITEM_ROW (passend_agenda_item_row_get_type ())

G_DECLARE_FINAL_TYPE (PassendAgendaItemRow, passend_agenda_item_row, PASSEND, AGENDA_ITEM_ROW, GtkListBoxRow)

/* One student on a meeting's agenda: the slot, the student, the
 * duration, the question, the documents to prepare, the internal note,
 * the invitees as removable chips, and the problems the store finds on
 * the item, each with the one-click fix where there is one. Edits are
 * stored as they are made.
 *
 * Actions: "item.move-up" (Alt+Up), "item.move-down" (Alt+Down),
 * "item.remove" (Delete).
 *
 * Signals:
 *   "remove-requested": the user asked to remove the item (the meeting
 *     view removes it with an undo toast).
 *   "duration-changed": the spin button changed; slots follow at once.
 *   "add-toast" (AdwToast *toast) */
PassendAgendaItemRow *passend_agenda_item_row_new            (PassendDatabase       *database,
                                                              PassendMeetingItem    *item);
PassendMeetingItem   *passend_agenda_item_row_get_item       (PassendAgendaItemRow  *self);
gint64                passend_agenda_item_row_get_item_id    (PassendAgendaItemRow  *self);
/* Takes the stored state of the item; what is being typed stays. */
void                  passend_agenda_item_row_set_item       (PassendAgendaItemRow  *self,
                                                              PassendMeetingItem    *item);
void                  passend_agenda_item_row_set_editable   (PassendAgendaItemRow  *self,
                                                              gboolean               editable);
/* The slot shown: "14:30–15:00" for [@start, @end) in unix seconds. */
void                  passend_agenda_item_row_set_slot       (PassendAgendaItemRow  *self,
                                                              gint64                 start,
                                                              gint64                 end);
const char           *passend_agenda_item_row_get_slot_text  (PassendAgendaItemRow  *self);
guint                 passend_agenda_item_row_get_duration   (PassendAgendaItemRow  *self);
/* As if typed in the spin button. */
void                  passend_agenda_item_row_set_duration   (PassendAgendaItemRow  *self,
                                                              guint                  minutes);
/* @invitees: PassendMeetingInvitee of this item, in role order. */
void                  passend_agenda_item_row_set_invitees   (PassendAgendaItemRow  *self,
                                                              GPtrArray             *invitees);
guint                 passend_agenda_item_row_get_n_invitees (PassendAgendaItemRow  *self);
/* @problems: PassendMeetingProblem of this item. */
void                  passend_agenda_item_row_set_problems   (PassendAgendaItemRow  *self,
                                                              GPtrArray             *problems);
guint                 passend_agenda_item_row_get_n_problems (PassendAgendaItemRow  *self);

/* Stores @invitee (of this item). When the store refuses an external
 * invitee for lack of consent the row says why and offers to record the
 * consent; the invitee is kept to retry once it is recorded. */
gboolean              passend_agenda_item_row_invite         (PassendAgendaItemRow  *self,
                                                              PassendMeetingInvitee *invitee);
/* The refusal shown, "" when none. */
const char           *passend_agenda_item_row_get_refusal    (PassendAgendaItemRow  *self);
/* What "Record Consent…" does: opens the consent dialog for the
 * student with the purpose set to discussion with external parties;
 * when it closes, the refused invitee is tried again.
 *
 * Returns: (transfer none): the dialog, already presented */
PassendConsentDialog *passend_agenda_item_row_record_consent (PassendAgendaItemRow  *self);
GtkWidget            *passend_agenda_item_row_get_invitee_popover (PassendAgendaItemRow *self);

G_END_DECLS
