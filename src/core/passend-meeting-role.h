/* passend-meeting-role.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "passend-types.h"

G_BEGIN_DECLS

/* The roles a meeting kind invites and an invitee attends in; the codes
 * are the schema's (meeting_kind_role.role, meeting_invitee.role). The
 * organisation roles share their codes with organisation.kind. */
typedef enum
{
  PASSEND_MEETING_ROLE_MENTOR,
  PASSEND_MEETING_ROLE_COORDINATOR,
  PASSEND_MEETING_ROLE_LECO,
  PASSEND_MEETING_ROLE_VERZUIMCOORDINATOR,
  PASSEND_MEETING_ROLE_LEERLINGBEGELEIDER,
  PASSEND_MEETING_ROLE_AFDELINGSLEIDER,
  PASSEND_MEETING_ROLE_GUARDIANS,
  PASSEND_MEETING_ROLE_STUDENT,
  PASSEND_MEETING_ROLE_SOCIAAL_TEAM,
  PASSEND_MEETING_ROLE_SAMENWERKINGSVERBAND,
  PASSEND_MEETING_ROLE_LEERPLICHT,
  PASSEND_MEETING_ROLE_GGD,
  PASSEND_MEETING_ROLE_JOS,
  PASSEND_MEETING_ROLE_GGZ,
  PASSEND_MEETING_ROLE_BPO,
  PASSEND_MEETING_ROLE_VEILIG_THUIS,
  PASSEND_MEETING_ROLE_OTHER,
  PASSEND_MEETING_N_ROLES
} PassendMeetingRole;

/* Who a role brings to the table: school staff, the family (guardians,
 * the student) or an outside organisation. Only EXTERNAL roles need the
 * student's consent for discussion-external (DOMAIN.md §0, §6). "other"
 * is INTERNAL as a role; a particular invitee in it may still be
 * external (see passend_meeting_invitee_get_is_external()). */
typedef enum
{
  PASSEND_MEETING_ROLE_GROUP_INTERNAL,
  PASSEND_MEETING_ROLE_GROUP_FAMILY,
  PASSEND_MEETING_ROLE_GROUP_EXTERNAL,
} PassendMeetingRoleGroup;

typedef enum
{
  PASSEND_MEETING_STATE_PLANNED,
  PASSEND_MEETING_STATE_CLOSED,
  PASSEND_MEETING_STATE_CANCELLED,
} PassendMeetingState;

#define PASSEND_TYPE_MEETING_ROLE (passend_meeting_role_get_type ())
GType passend_meeting_role_get_type (void) G_GNUC_CONST;
#define PASSEND_TYPE_MEETING_STATE (passend_meeting_state_get_type ())
GType passend_meeting_state_get_type (void) G_GNUC_CONST;

/* "mentor", "sociaal-team", …; from_code returns FALSE for an unknown
 * code and leaves *out untouched. */
const char             *passend_meeting_role_to_code    (PassendMeetingRole      role);
gboolean                passend_meeting_role_from_code  (const char             *code,
                                                         PassendMeetingRole     *out);
/* Translated: "Mentor", "Social team", "Parents or guardians". */
const char             *passend_meeting_role_get_label  (PassendMeetingRole      role);
/* Dutch, for the timeline and printed agendas whatever the UI language:
 * "mentor", "sociaal team", "ouders/verzorgers". */
const char             *passend_meeting_role_get_dutch  (PassendMeetingRole      role);
PassendMeetingRoleGroup passend_meeting_role_get_group  (PassendMeetingRole      role);
/* The eight organisation roles: sociaal-team, samenwerkingsverband,
 * leerplicht, ggd, jos, ggz, bpo, veilig-thuis. */
gboolean                passend_meeting_role_is_external (PassendMeetingRole     role);
/* guardians, student. */
gboolean                passend_meeting_role_is_family  (PassendMeetingRole      role);
/* For an organisation role, the organisation kind of the same name;
 * FALSE for the other roles. */
gboolean                passend_meeting_role_get_organisation_kind (PassendMeetingRole       role,
                                                                    PassendOrganisationKind *out);

/* "planned", "closed", "cancelled". */
const char             *passend_meeting_state_to_code   (PassendMeetingState     state);
gboolean                passend_meeting_state_from_code (const char             *code,
                                                         PassendMeetingState    *out);
/* Translated: "Planned", "Closed", "Cancelled". */
const char             *passend_meeting_state_get_label (PassendMeetingState     state);

G_END_DECLS
