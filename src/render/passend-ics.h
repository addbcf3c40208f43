/* passend-ics.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "passend-agenda.h"

G_BEGIN_DECLS

typedef enum
{
  PASSEND_ICS_METHOD_PUBLISH, /* a calendar file to import */
  PASSEND_ICS_METHOD_REQUEST, /* an invitation from the chair (ORGANIZER); CANCEL once cancelled; PUBLISH
                               * when the chair has no e-mail address, as an invitation needs an organizer */
} PassendIcsMethod;

/* An iCalendar (RFC 5545) object for @agenda: for the internal audience
 * one VEVENT for the whole meeting, for a partner one VEVENT per item
 * slot they attend. UIDs come from the schema (plus a partner suffix), so
 * a re-export after a change updates the same events; SEQUENCE is the
 * meeting's. Times are in Europe/Amsterdam with its VTIMEZONE; a
 * cancelled meeting gives STATUS:CANCELLED. Descriptions never hold a
 * hulpvraag or a note, and a partner's summary names the student by
 * initials only. @stamp: DTSTAMP, NULL for now.
 *
 * Returns: (transfer full): the text, CRLF line ends, folded at 75 octets */
char     *passend_ics_build        (PassendAgenda        *agenda,
                                    PassendIcsMethod      method,
                                    GDateTime            *stamp);

/* Writes passend_ics_build() to @path atomically, mode 0600. */
gboolean  passend_ics_write        (PassendAgenda        *agenda,
                                    PassendIcsMethod      method,
                                    const char           *path,
                                    GCancellable         *cancellable,
                                    GError              **error);

G_END_DECLS
