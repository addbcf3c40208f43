/* passend-meeting-role.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-meeting-role.h"

G_DEFINE_ENUM_TYPE (PassendMeetingRole, passend_meeting_role,
  G_DEFINE_ENUM_VALUE (PASSEND_MEETING_ROLE_MENTOR, "mentor"),
  G_DEFINE_ENUM_VALUE (PASSEND_MEETING_ROLE_COORDINATOR, "coordinator"),
  G_DEFINE_ENUM_VALUE (PASSEND_MEETING_ROLE_LECO, "leco"),
  G_DEFINE_ENUM_VALUE (PASSEND_MEETING_ROLE_VERZUIMCOORDINATOR, "verzuimcoordinator"),
  G_DEFINE_ENUM_VALUE (PASSEND_MEETING_ROLE_LEERLINGBEGELEIDER, "leerlingbegeleider"),
  G_DEFINE_ENUM_VALUE (PASSEND_MEETING_ROLE_AFDELINGSLEIDER, "afdelingsleider"),
  G_DEFINE_ENUM_VALUE (PASSEND_MEETING_ROLE_GUARDIANS, "guardians"),
  G_DEFINE_ENUM_VALUE (PASSEND_MEETING_ROLE_STUDENT, "student"),
  G_DEFINE_ENUM_VALUE (PASSEND_MEETING_ROLE_SOCIAAL_TEAM, "sociaal-team"),
  G_DEFINE_ENUM_VALUE (PASSEND_MEETING_ROLE_SAMENWERKINGSVERBAND, "samenwerkingsverband"),
  G_DEFINE_ENUM_VALUE (PASSEND_MEETING_ROLE_LEERPLICHT, "leerplicht"),
  G_DEFINE_ENUM_VALUE (PASSEND_MEETING_ROLE_GGD, "ggd"),
  G_DEFINE_ENUM_VALUE (PASSEND_MEETING_ROLE_JOS, "jos"),
  G_DEFINE_ENUM_VALUE (PASSEND_MEETING_ROLE_GGZ, "ggz"),
  G_DEFINE_ENUM_VALUE (PASSEND_MEETING_ROLE_BPO, "bpo"),
  G_DEFINE_ENUM_VALUE (PASSEND_MEETING_ROLE_VEILIG_THUIS, "veilig-thuis"),
  G_DEFINE_ENUM_VALUE (PASSEND_MEETING_ROLE_OTHER, "other"))

G_DEFINE_ENUM_TYPE (PassendMeetingState, passend_meeting_state,
  G_DEFINE_ENUM_VALUE (PASSEND_MEETING_STATE_PLANNED, "planned"),
  G_DEFINE_ENUM_VALUE (PASSEND_MEETING_STATE_CLOSED, "closed"),
  G_DEFINE_ENUM_VALUE (PASSEND_MEETING_STATE_CANCELLED, "cancelled"))

typedef struct
{
  const char              *code;
  const char              *label;
  const char              *dutch;
  PassendMeetingRoleGroup  group;
  /* The organisation kind of the same name, or -1. */
  int                      organisation_kind;
} RoleInfo;

#define INTERNAL PASSEND_MEETING_ROLE_GROUP_INTERNAL
#define FAMILY PASSEND_MEETING_ROLE_GROUP_FAMILY
#define EXTERNAL PASSEND_MEETING_ROLE_GROUP_EXTERNAL

/* Indexed by the enum; the codes are the schema's CHECK list. */
static const RoleInfo roles[PASSEND_MEETING_N_ROLES] = {
  [PASSEND_MEETING_ROLE_MENTOR] =
    { "mentor", NC_("meeting role", "Mentor"), "mentor", INTERNAL, -1 },
  [PASSEND_MEETING_ROLE_COORDINATOR] =
    { "coordinator", NC_("meeting role", "Support coordinator"), "zorgcoördinator", INTERNAL, -1 },
  [PASSEND_MEETING_ROLE_LECO] =
    { "leco", NC_("meeting role", "Student coordinator"), "leerlingcoördinator", INTERNAL, -1 },
  [PASSEND_MEETING_ROLE_VERZUIMCOORDINATOR] =
    { "verzuimcoordinator", NC_("meeting role", "Attendance coordinator"), "verzuimcoördinator", INTERNAL, -1 },
  [PASSEND_MEETING_ROLE_LEERLINGBEGELEIDER] =
    { "leerlingbegeleider", NC_("meeting role", "Student counsellor"), "leerlingbegeleider", INTERNAL, -1 },
  [PASSEND_MEETING_ROLE_AFDELINGSLEIDER] =
    { "afdelingsleider", NC_("meeting role", "Head of department"), "afdelingsleider", INTERNAL, -1 },
  [PASSEND_MEETING_ROLE_GUARDIANS] =
    { "guardians", NC_("meeting role", "Parents or guardians"), "ouders/verzorgers", FAMILY, -1 },
  [PASSEND_MEETING_ROLE_STUDENT] =
    { "student", NC_("meeting role", "Student"), "leerling", FAMILY, -1 },
  [PASSEND_MEETING_ROLE_SOCIAAL_TEAM] =
    { "sociaal-team", NC_("meeting role", "Sociaal team"), "sociaal team", EXTERNAL,
      PASSEND_ORGANISATION_KIND_SOCIAAL_TEAM },
  [PASSEND_MEETING_ROLE_SAMENWERKINGSVERBAND] =
    { "samenwerkingsverband", NC_("meeting role", "Samenwerkingsverband"), "samenwerkingsverband", EXTERNAL,
      PASSEND_ORGANISATION_KIND_SAMENWERKINGSVERBAND },
  [PASSEND_MEETING_ROLE_LEERPLICHT] =
    { "leerplicht", NC_("meeting role", "Leerplicht"), "leerplicht", EXTERNAL,
      PASSEND_ORGANISATION_KIND_LEERPLICHT },
  [PASSEND_MEETING_ROLE_GGD] =
    { "ggd", NC_("meeting role", "GGD"), "GGD", EXTERNAL, PASSEND_ORGANISATION_KIND_GGD },
  [PASSEND_MEETING_ROLE_JOS] =
    { "jos", NC_("meeting role", "JOS"), "JOS", EXTERNAL, PASSEND_ORGANISATION_KIND_JOS },
  [PASSEND_MEETING_ROLE_GGZ] =
    { "ggz", NC_("meeting role", "GGZ"), "GGZ", EXTERNAL, PASSEND_ORGANISATION_KIND_GGZ },
  [PASSEND_MEETING_ROLE_BPO] =
    { "bpo", NC_("meeting role", "BPO"), "BPO", EXTERNAL, PASSEND_ORGANISATION_KIND_BPO },
  [PASSEND_MEETING_ROLE_VEILIG_THUIS] =
    { "veilig-thuis", NC_("meeting role", "Veilig Thuis"), "Veilig Thuis", EXTERNAL,
      PASSEND_ORGANISATION_KIND_VEILIG_THUIS },
  [PASSEND_MEETING_ROLE_OTHER] =
    { "other", NC_("meeting role", "Other"), "overig", INTERNAL, -1 },
};

static const struct
{
  const char *code;
  const char *label;
} states[] = {
  [PASSEND_MEETING_STATE_PLANNED] = { "planned", NC_("meeting state", "Planned") },
  [PASSEND_MEETING_STATE_CLOSED] = { "closed", NC_("meeting state", "Closed") },
  [PASSEND_MEETING_STATE_CANCELLED] = { "cancelled", NC_("meeting state", "Cancelled") },
};

const char *
passend_meeting_role_to_code (PassendMeetingRole role)
{
  g_return_val_if_fail (role < PASSEND_MEETING_N_ROLES, NULL);

  return roles[role].code;
}

gboolean
passend_meeting_role_from_code (const char         *code,
                                PassendMeetingRole *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  for (guint i = 0; code != NULL && i < PASSEND_MEETING_N_ROLES; i++)
    {
      if (g_str_equal (code, roles[i].code))
        {
          *out = (PassendMeetingRole) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
passend_meeting_role_get_label (PassendMeetingRole role)
{
  g_return_val_if_fail (role < PASSEND_MEETING_N_ROLES, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "meeting role", roles[role].label);
}

const char *
passend_meeting_role_get_dutch (PassendMeetingRole role)
{
  g_return_val_if_fail (role < PASSEND_MEETING_N_ROLES, NULL);

  return roles[role].dutch;
}

PassendMeetingRoleGroup
passend_meeting_role_get_group (PassendMeetingRole role)
{
  g_return_val_if_fail (role < PASSEND_MEETING_N_ROLES, PASSEND_MEETING_ROLE_GROUP_INTERNAL);

  return roles[role].group;
}

gboolean
passend_meeting_role_is_external (PassendMeetingRole role)
{
  return passend_meeting_role_get_group (role) == PASSEND_MEETING_ROLE_GROUP_EXTERNAL;
}

gboolean
passend_meeting_role_is_family (PassendMeetingRole role)
{
  return passend_meeting_role_get_group (role) == PASSEND_MEETING_ROLE_GROUP_FAMILY;
}

gboolean
passend_meeting_role_get_organisation_kind (PassendMeetingRole       role,
                                            PassendOrganisationKind *out)
{
  g_return_val_if_fail (role < PASSEND_MEETING_N_ROLES, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (roles[role].organisation_kind < 0)
    return FALSE;

  *out = (PassendOrganisationKind) roles[role].organisation_kind;
  return TRUE;
}

const char *
passend_meeting_state_to_code (PassendMeetingState state)
{
  g_return_val_if_fail (state < G_N_ELEMENTS (states), NULL);

  return states[state].code;
}

gboolean
passend_meeting_state_from_code (const char          *code,
                                 PassendMeetingState *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (states); i++)
    {
      if (g_str_equal (code, states[i].code))
        {
          *out = (PassendMeetingState) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
passend_meeting_state_get_label (PassendMeetingState state)
{
  g_return_val_if_fail (state < G_N_ELEMENTS (states), NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "meeting state", states[state].label);
}
