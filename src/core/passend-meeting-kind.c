/* passend-meeting-kind.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-core-private.h"
#include "passend-meeting-kind.h"

struct _PassendMeetingKind
{
  GObject parent_instance;

  gint64 id;
  char *code;
  char *name;
  guint default_item_minutes;
  char *default_place;
  gboolean archived;

  PassendMeetingInvitation invitations[PASSEND_MEETING_N_ROLES];
};

G_DEFINE_ENUM_TYPE (PassendMeetingInvitation, passend_meeting_invitation,
  G_DEFINE_ENUM_VALUE (PASSEND_MEETING_INVITATION_NONE, "none"),
  G_DEFINE_ENUM_VALUE (PASSEND_MEETING_INVITATION_OPTIONAL, "optional"),
  G_DEFINE_ENUM_VALUE (PASSEND_MEETING_INVITATION_REQUIRED, "required"))

G_DEFINE_FINAL_TYPE (PassendMeetingKind, passend_meeting_kind, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_NAME,
  PROP_DEFAULT_ITEM_MINUTES,
  PROP_DEFAULT_PLACE,
  PROP_ARCHIVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
passend_meeting_kind_finalize (GObject *object)
{
  PassendMeetingKind *self = PASSEND_MEETING_KIND (object);

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->default_place, g_free);

  G_OBJECT_CLASS (passend_meeting_kind_parent_class)->finalize (object);
}

static void
passend_meeting_kind_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PassendMeetingKind *self = PASSEND_MEETING_KIND (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_CODE:
      g_value_set_string (value, _passend_string_or_empty (self->code));
      break;

    case PROP_NAME:
      g_value_set_string (value, _passend_string_or_empty (self->name));
      break;

    case PROP_DEFAULT_ITEM_MINUTES:
      g_value_set_uint (value, self->default_item_minutes);
      break;

    case PROP_DEFAULT_PLACE:
      g_value_set_string (value, _passend_string_or_empty (self->default_place));
      break;

    case PROP_ARCHIVED:
      g_value_set_boolean (value, self->archived);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_meeting_kind_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PassendMeetingKind *self = PASSEND_MEETING_KIND (object);

  switch (prop_id)
    {
    case PROP_ID:
      passend_meeting_kind_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_CODE:
      passend_meeting_kind_set_code (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      passend_meeting_kind_set_name (self, g_value_get_string (value));
      break;

    case PROP_DEFAULT_ITEM_MINUTES:
      passend_meeting_kind_set_default_item_minutes (self, g_value_get_uint (value));
      break;

    case PROP_DEFAULT_PLACE:
      passend_meeting_kind_set_default_place (self, g_value_get_string (value));
      break;

    case PROP_ARCHIVED:
      passend_meeting_kind_set_archived (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_meeting_kind_class_init (PassendMeetingKindClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = passend_meeting_kind_finalize;
  object_class->get_property = passend_meeting_kind_get_property;
  object_class->set_property = passend_meeting_kind_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, "", flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_DEFAULT_ITEM_MINUTES] =
    g_param_spec_uint ("default-item-minutes", NULL, NULL, 0, 480, 20, flags);
  properties[PROP_DEFAULT_PLACE] = g_param_spec_string ("default-place", NULL, NULL, "", flags);
  properties[PROP_ARCHIVED] = g_param_spec_boolean ("archived", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_meeting_kind_init (PassendMeetingKind *self)
{
  self->default_item_minutes = 20;
}

PassendMeetingKind *
passend_meeting_kind_new (void)
{
  return g_object_new (PASSEND_TYPE_MEETING_KIND, NULL);
}

gint64
passend_meeting_kind_get_id (PassendMeetingKind *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_KIND (self), 0);

  return self->id;
}

void
passend_meeting_kind_set_id (PassendMeetingKind *self,
                             gint64              id)
{
  g_return_if_fail (PASSEND_IS_MEETING_KIND (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
passend_meeting_kind_get_code (PassendMeetingKind *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_KIND (self), NULL);

  return _passend_string_or_empty (self->code);
}

void
passend_meeting_kind_set_code (PassendMeetingKind *self,
                               const char *       code)
{
  g_return_if_fail (PASSEND_IS_MEETING_KIND (self));

  if (_passend_set_string (&self->code, code))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
}

const char *
passend_meeting_kind_get_name (PassendMeetingKind *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_KIND (self), NULL);

  return _passend_string_or_empty (self->name);
}

void
passend_meeting_kind_set_name (PassendMeetingKind *self,
                               const char *       name)
{
  g_return_if_fail (PASSEND_IS_MEETING_KIND (self));

  if (_passend_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

guint
passend_meeting_kind_get_default_item_minutes (PassendMeetingKind *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_KIND (self), 0);

  return self->default_item_minutes;
}

void
passend_meeting_kind_set_default_item_minutes (PassendMeetingKind *self,
                                               guint               default_item_minutes)
{
  g_return_if_fail (PASSEND_IS_MEETING_KIND (self));

  if (self->default_item_minutes == default_item_minutes)
    return;

  self->default_item_minutes = default_item_minutes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEFAULT_ITEM_MINUTES]);
}

const char *
passend_meeting_kind_get_default_place (PassendMeetingKind *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_KIND (self), NULL);

  return _passend_string_or_empty (self->default_place);
}

void
passend_meeting_kind_set_default_place (PassendMeetingKind *self,
                                        const char *       default_place)
{
  g_return_if_fail (PASSEND_IS_MEETING_KIND (self));

  if (_passend_set_string (&self->default_place, default_place))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEFAULT_PLACE]);
}

gboolean
passend_meeting_kind_get_archived (PassendMeetingKind *self)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_KIND (self), FALSE);

  return self->archived;
}

void
passend_meeting_kind_set_archived (PassendMeetingKind *self,
                                   gboolean            archived)
{
  g_return_if_fail (PASSEND_IS_MEETING_KIND (self));

  archived = archived != FALSE;
  if (self->archived == archived)
    return;

  self->archived = archived;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED]);
}

const char *
passend_meeting_invitation_get_label (PassendMeetingInvitation invitation)
{
  switch (invitation)
    {
    case PASSEND_MEETING_INVITATION_NONE:
      return C_("meeting role invitation", "Not invited");
    case PASSEND_MEETING_INVITATION_OPTIONAL:
      return C_("meeting role invitation", "Optional");
    case PASSEND_MEETING_INVITATION_REQUIRED:
      return C_("meeting role invitation", "Always");
    default:
      g_return_val_if_reached ("");
    }
}

PassendMeetingInvitation
passend_meeting_kind_get_invitation (PassendMeetingKind *self,
                                     PassendMeetingRole  role)
{
  g_return_val_if_fail (PASSEND_IS_MEETING_KIND (self), PASSEND_MEETING_INVITATION_NONE);
  g_return_val_if_fail (role < PASSEND_MEETING_N_ROLES, PASSEND_MEETING_INVITATION_NONE);

  return self->invitations[role];
}

void
passend_meeting_kind_set_invitation (PassendMeetingKind       *self,
                                     PassendMeetingRole        role,
                                     PassendMeetingInvitation  invitation)
{
  g_return_if_fail (PASSEND_IS_MEETING_KIND (self));
  g_return_if_fail (role < PASSEND_MEETING_N_ROLES);
  g_return_if_fail (invitation <= PASSEND_MEETING_INVITATION_REQUIRED);

  self->invitations[role] = invitation;
}

guint
passend_meeting_kind_get_roles (PassendMeetingKind *self,
                                gboolean            required_only,
                                PassendMeetingRole *roles)
{
  guint n = 0;

  g_return_val_if_fail (PASSEND_IS_MEETING_KIND (self), 0);
  g_return_val_if_fail (roles != NULL, 0);

  for (guint i = 0; i < PASSEND_MEETING_N_ROLES; i++)
    if (self->invitations[i] == PASSEND_MEETING_INVITATION_REQUIRED)
      roles[n++] = i;
  if (!required_only)
    for (guint i = 0; i < PASSEND_MEETING_N_ROLES; i++)
      if (self->invitations[i] == PASSEND_MEETING_INVITATION_OPTIONAL)
        roles[n++] = i;

  return n;
}

static char *
join_labels (PassendMeetingKind       *self,
             PassendMeetingInvitation  invitation)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < PASSEND_MEETING_N_ROLES; i++)
    {
      if (self->invitations[i] != invitation)
        continue;
      if (text->len > 0)
        /* TRANSLATORS: separates roles in a list, "Mentor, JOS". */
        g_string_append (text, C_("meeting roles", ", "));
      g_string_append (text, passend_meeting_role_get_label (i));
    }

  return g_string_free (text, FALSE);
}

char *
passend_meeting_kind_dup_roles_summary (PassendMeetingKind *self)
{
  g_autofree char *required = NULL;
  g_autofree char *optional = NULL;

  g_return_val_if_fail (PASSEND_IS_MEETING_KIND (self), NULL);

  required = join_labels (self, PASSEND_MEETING_INVITATION_REQUIRED);
  optional = join_labels (self, PASSEND_MEETING_INVITATION_OPTIONAL);

  if (required[0] != '\0' && optional[0] != '\0')
    /* TRANSLATORS: the roles a kind of meeting always invites, then those it may invite. */
    return g_strdup_printf (_("%s; optional: %s"), required, optional);
  if (optional[0] != '\0')
    /* TRANSLATORS: the roles a kind of meeting may invite. */
    return g_strdup_printf (_("Optional: %s"), optional);

  return g_steal_pointer (&required);
}

/* The kinds as migration 004 seeds them, for "Restore defaults". Keep in
 * step with data/sql/004-meetings-and-partners.sql. */
typedef struct
{
  PassendMeetingRole role;
  gboolean           required;
} SeedRole;

typedef struct
{
  const char *code;
  const char *name;
  guint       minutes;
  SeedRole    roles[11];
  guint       n_roles;
} SeedKind;

#define R(role) { PASSEND_MEETING_ROLE_##role, TRUE }
#define O(role) { PASSEND_MEETING_ROLE_##role, FALSE }

static const SeedKind seeds[] = {
  { "flex-zat", "Flex-ZAT", 30,
    { R (MENTOR), R (SOCIAAL_TEAM), R (SAMENWERKINGSVERBAND), R (GUARDIANS), R (STUDENT),
      O (JOS), O (GGZ), O (GGD), O (LEERPLICHT), O (OTHER) }, 10 },
  { "ot", "OT / schoolzorgteam", 15,
    { R (LEERLINGBEGELEIDER), O (MENTOR), O (BPO), O (JOS) }, 4 },
  { "izo", "IZO", 20,
    { R (MENTOR), O (LECO), O (LEERLINGBEGELEIDER) }, 3 },
  { "leerlingbespreking", "Leerlingbespreking", 10,
    { R (MENTOR), O (AFDELINGSLEIDER) }, 2 },
  { "verzuimoverleg", "Groot-verzuimoverleg", 15,
    { R (VERZUIMCOORDINATOR), R (SAMENWERKINGSVERBAND), R (LEERPLICHT), R (BPO), R (GGD),
      O (AFDELINGSLEIDER) }, 6 },
  { "oudergesprek", "Oudergesprek / RTO", 30,
    { R (MENTOR), R (GUARDIANS), O (STUDENT) }, 3 },
};

#undef R
#undef O

static const SeedKind *
find_seed (const char *code)
{
  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (seeds); i++)
    if (g_str_equal (code, seeds[i].code))
      return &seeds[i];

  return NULL;
}

gboolean
passend_meeting_kind_is_seed_code (const char *code)
{
  return find_seed (code) != NULL;
}

static void
apply_seed (PassendMeetingKind *self,
            const SeedKind     *seed)
{
  passend_meeting_kind_set_name (self, seed->name);
  passend_meeting_kind_set_default_item_minutes (self, seed->minutes);
  passend_meeting_kind_set_default_place (self, NULL);
  for (guint i = 0; i < PASSEND_MEETING_N_ROLES; i++)
    self->invitations[i] = PASSEND_MEETING_INVITATION_NONE;
  for (guint i = 0; i < seed->n_roles; i++)
    self->invitations[seed->roles[i].role] = seed->roles[i].required
                                             ? PASSEND_MEETING_INVITATION_REQUIRED
                                             : PASSEND_MEETING_INVITATION_OPTIONAL;
}

PassendMeetingKind *
passend_meeting_kind_new_seed (const char *code)
{
  const SeedKind *seed = find_seed (code);
  PassendMeetingKind *kind;

  if (seed == NULL)
    return NULL;

  kind = passend_meeting_kind_new ();
  passend_meeting_kind_set_code (kind, seed->code);
  apply_seed (kind, seed);
  return kind;
}

gboolean
passend_meeting_kind_restore_seed (PassendMeetingKind *self)
{
  const SeedKind *seed;

  g_return_val_if_fail (PASSEND_IS_MEETING_KIND (self), FALSE);

  seed = find_seed (self->code);
  if (seed == NULL)
    return FALSE;

  apply_seed (self, seed);
  return TRUE;
}
