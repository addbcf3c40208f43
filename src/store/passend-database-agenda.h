/* passend-database-agenda.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-agenda.h"
#include "passend-database.h"

G_BEGIN_DECLS

/* Loads what the documents of meeting @meeting_id may show to @audience:
 *
 * - PASSEND_AGENDA_AUDIENCE_INTERNAL (@partner_id 0): every item, with the
 *   internal notes.
 * - PASSEND_AGENDA_AUDIENCE_PERSON / _ORGANISATION: only the items the
 *   partner attends (invited directly, or for a person also through their
 *   organisation) whose student has a valid consent for discussion with
 *   external parties on the meeting day; never an internal note.
 *
 * Only the meeting tables are read: no timeline entry, so no meldcode or
 * medical text can reach a document.
 *
 * Errors: PASSEND_DATABASE_ERROR_NOT_FOUND for an unknown meeting or
 * partner, or a partner who attends no item of this meeting;
 * PASSEND_DATABASE_ERROR_NO_CONSENT when the partner attends items but no
 * student of them has consent. Read-only, no signal.
 *
 * Returns: (transfer full): the agenda, or NULL with @error set */
PassendAgenda *passend_database_load_agenda          (PassendDatabase        *self,
                                                      gint64                  meeting_id,
                                                      PassendAgendaAudience   audience,
                                                      gint64                  partner_id,
                                                      GError                **error);

/* One partner an external document can be made for. */
typedef struct
{
  PassendAgendaAudience  audience; /* PERSON or ORGANISATION */
  gint64                 id;
  char                  *name;     /* "J. Bakker (Sociaal team)", "GGD Hollands Midden" */
  guint                  n_items;  /* items they attend whose student has consent */
  guint                  n_without_consent; /* items they attend left out for lack of consent */
} PassendAgendaPartner;

void           passend_agenda_partner_free           (PassendAgendaPartner   *partner);

/* The external people and organisations invited to any item of
 * @meeting_id (directly; guardians and the student are not partners),
 * by name, for the "Agenda for…" menu.
 *
 * Returns: (transfer full) (element-type PassendAgendaPartner): or NULL
 *   with @error set */
GPtrArray     *passend_database_list_agenda_partners (PassendDatabase        *self,
                                                      gint64                  meeting_id,
                                                      GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendAgendaPartner, passend_agenda_partner_free)

G_END_DECLS
