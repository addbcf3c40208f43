/* passend-partner.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "passend-core-private.h"
#include "passend-enums.h"
#include "passend-partner.h"

struct _PassendPartner
{
  GObject                  parent_instance;

  PassendPartnerKind       kind;
  gint64                   id;
  char                    *name;
  char                    *sort_name;
  char                    *detail;
  gboolean                 internal;
  char                    *role;
  char                    *code;
  gint64                   organisation_id;
  char                    *organisation_name;
  PassendOrganisationKind  organisation_kind;
  gboolean                 has_organisation_kind;
  char                    *email;
  char                    *phone;
  char                    *note;
  gboolean                 archived;
};

G_DEFINE_ENUM_TYPE (PassendPartnerKind, passend_partner_kind,
  G_DEFINE_ENUM_VALUE (PASSEND_PARTNER_KIND_PERSON, "person"),
  G_DEFINE_ENUM_VALUE (PASSEND_PARTNER_KIND_ORGANISATION, "organisation"))

G_DEFINE_FINAL_TYPE (PassendPartner, passend_partner, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_ID,
  PROP_NAME,
  PROP_SORT_NAME,
  PROP_DETAIL,
  PROP_INTERNAL,
  PROP_ROLE,
  PROP_CODE,
  PROP_ORGANISATION_ID,
  PROP_ORGANISATION_NAME,
  PROP_ORGANISATION_KIND,
  PROP_HAS_ORGANISATION_KIND,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_NOTE,
  PROP_ARCHIVED,
  PROP_REFERENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const kind_codes[] = { "person", "organisation" };

const char *
passend_partner_kind_to_code (PassendPartnerKind kind)
{
  g_return_val_if_fail (kind <= PASSEND_PARTNER_KIND_ORGANISATION, NULL);

  return kind_codes[kind];
}

gboolean
passend_partner_kind_from_code (const char         *code,
                                PassendPartnerKind *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (kind_codes); i++)
    {
      if (g_strcmp0 (code, kind_codes[i]) == 0)
        {
          *out = (PassendPartnerKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

char *
passend_partner_reference_format (PassendPartnerKind kind,
                                  gint64             id)
{
  g_return_val_if_fail (kind <= PASSEND_PARTNER_KIND_ORGANISATION, NULL);

  return g_strdup_printf ("%s:%" G_GINT64_FORMAT, kind_codes[kind], id);
}

gboolean
passend_partner_reference_parse (const char         *reference,
                                 PassendPartnerKind *kind,
                                 gint64             *id)
{
  g_autofree char *code = NULL;
  const char *colon;
  const char *digits;
  PassendPartnerKind parsed_kind;
  guint64 parsed_id;

  if (reference == NULL)
    return FALSE;

  colon = strchr (reference, ':');
  if (colon == NULL)
    return FALSE;

  code = g_strndup (reference, colon - reference);
  if (!passend_partner_kind_from_code (code, &parsed_kind))
    return FALSE;

  /* g_ascii_string_to_unsigned() would accept a leading '+' or zeros on
   * some inputs; a reference has one spelling only. */
  digits = colon + 1;
  if (digits[0] < '1' || digits[0] > '9')
    return FALSE;
  for (const char *p = digits; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  if (!g_ascii_string_to_unsigned (digits, 10, 1, G_MAXINT64, &parsed_id, NULL))
    return FALSE;

  if (kind != NULL)
    *kind = parsed_kind;
  if (id != NULL)
    *id = (gint64) parsed_id;
  return TRUE;
}

static void
passend_partner_finalize (GObject *object)
{
  PassendPartner *self = PASSEND_PARTNER (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->sort_name, g_free);
  g_clear_pointer (&self->detail, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->organisation_name, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (passend_partner_parent_class)->finalize (object);
}

static void
passend_partner_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PassendPartner *self = PASSEND_PARTNER (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, passend_partner_get_name (self));
      break;

    case PROP_SORT_NAME:
      g_value_set_string (value, passend_partner_get_sort_name (self));
      break;

    case PROP_DETAIL:
      g_value_set_string (value, passend_partner_get_detail (self));
      break;

    case PROP_INTERNAL:
      g_value_set_boolean (value, self->internal);
      break;

    case PROP_ROLE:
      g_value_set_string (value, passend_partner_get_role (self));
      break;

    case PROP_CODE:
      g_value_set_string (value, passend_partner_get_code (self));
      break;

    case PROP_ORGANISATION_ID:
      g_value_set_int64 (value, self->organisation_id);
      break;

    case PROP_ORGANISATION_NAME:
      g_value_set_string (value, passend_partner_get_organisation_name (self));
      break;

    case PROP_ORGANISATION_KIND:
      g_value_set_enum (value, self->organisation_kind);
      break;

    case PROP_HAS_ORGANISATION_KIND:
      g_value_set_boolean (value, self->has_organisation_kind);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, passend_partner_get_email (self));
      break;

    case PROP_PHONE:
      g_value_set_string (value, passend_partner_get_phone (self));
      break;

    case PROP_NOTE:
      g_value_set_string (value, passend_partner_get_note (self));
      break;

    case PROP_ARCHIVED:
      g_value_set_boolean (value, self->archived);
      break;

    case PROP_REFERENCE:
      g_value_take_string (value, passend_partner_dup_reference (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_partner_class_init (PassendPartnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = passend_partner_finalize;
  object_class->get_property = passend_partner_get_property;

  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL,
                                             PASSEND_TYPE_PARTNER_KIND, PASSEND_PARTNER_KIND_PERSON, flags);
  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_SORT_NAME] = g_param_spec_string ("sort-name", NULL, NULL, "", flags);
  properties[PROP_DETAIL] = g_param_spec_string ("detail", NULL, NULL, "", flags);
  properties[PROP_INTERNAL] = g_param_spec_boolean ("internal", NULL, NULL, FALSE, flags);
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, "", flags);
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, "", flags);
  properties[PROP_ORGANISATION_ID] = g_param_spec_int64 ("organisation-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ORGANISATION_NAME] = g_param_spec_string ("organisation-name", NULL, NULL, "", flags);
  properties[PROP_ORGANISATION_KIND] = g_param_spec_enum ("organisation-kind", NULL, NULL,
                                                          PASSEND_TYPE_ORGANISATION_KIND,
                                                          PASSEND_ORGANISATION_KIND_OTHER, flags);
  properties[PROP_HAS_ORGANISATION_KIND] = g_param_spec_boolean ("has-organisation-kind", NULL, NULL, FALSE, flags);
  properties[PROP_EMAIL] = g_param_spec_string ("email", NULL, NULL, "", flags);
  properties[PROP_PHONE] = g_param_spec_string ("phone", NULL, NULL, "", flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);
  properties[PROP_ARCHIVED] = g_param_spec_boolean ("archived", NULL, NULL, FALSE, flags);
  properties[PROP_REFERENCE] = g_param_spec_string ("reference", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_partner_init (PassendPartner *self)
{
  self->organisation_kind = PASSEND_ORGANISATION_KIND_OTHER;
}

PassendPartner *
passend_partner_new (PassendPartnerKind kind,
                     gint64             id)
{
  PassendPartner *self;

  g_return_val_if_fail (kind <= PASSEND_PARTNER_KIND_ORGANISATION, NULL);
  g_return_val_if_fail (id >= 0, NULL);

  self = g_object_new (PASSEND_TYPE_PARTNER, NULL);
  self->kind = kind;
  self->id = id;
  return self;
}

PassendPartnerKind
passend_partner_get_kind (PassendPartner *self)
{
  g_return_val_if_fail (PASSEND_IS_PARTNER (self), PASSEND_PARTNER_KIND_PERSON);

  return self->kind;
}

gint64
passend_partner_get_id (PassendPartner *self)
{
  g_return_val_if_fail (PASSEND_IS_PARTNER (self), 0);

  return self->id;
}

char *
passend_partner_dup_reference (PassendPartner *self)
{
  g_return_val_if_fail (PASSEND_IS_PARTNER (self), NULL);

  return passend_partner_reference_format (self->kind, self->id);
}

const char *
passend_partner_get_name (PassendPartner *self)
{
  g_return_val_if_fail (PASSEND_IS_PARTNER (self), NULL);

  return _passend_string_or_empty (self->name);
}

void
passend_partner_set_name (PassendPartner *self,
                          const char     *name)
{
  g_return_if_fail (PASSEND_IS_PARTNER (self));

  if (_passend_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
passend_partner_get_sort_name (PassendPartner *self)
{
  g_return_val_if_fail (PASSEND_IS_PARTNER (self), NULL);

  return _passend_string_or_empty (self->sort_name);
}

void
passend_partner_set_sort_name (PassendPartner *self,
                               const char     *sort_name)
{
  g_return_if_fail (PASSEND_IS_PARTNER (self));

  if (_passend_set_string (&self->sort_name, sort_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_NAME]);
}

const char *
passend_partner_get_detail (PassendPartner *self)
{
  g_return_val_if_fail (PASSEND_IS_PARTNER (self), NULL);

  return _passend_string_or_empty (self->detail);
}

void
passend_partner_set_detail (PassendPartner *self,
                            const char     *detail)
{
  g_return_if_fail (PASSEND_IS_PARTNER (self));

  if (_passend_set_string (&self->detail, detail))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAIL]);
}

const char *
passend_partner_get_role (PassendPartner *self)
{
  g_return_val_if_fail (PASSEND_IS_PARTNER (self), NULL);

  return _passend_string_or_empty (self->role);
}

void
passend_partner_set_role (PassendPartner *self,
                          const char     *role)
{
  g_return_if_fail (PASSEND_IS_PARTNER (self));

  if (_passend_set_string (&self->role, role))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char *
passend_partner_get_code (PassendPartner *self)
{
  g_return_val_if_fail (PASSEND_IS_PARTNER (self), NULL);

  return _passend_string_or_empty (self->code);
}

void
passend_partner_set_code (PassendPartner *self,
                          const char     *code)
{
  g_return_if_fail (PASSEND_IS_PARTNER (self));

  if (_passend_set_string (&self->code, code))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
}

const char *
passend_partner_get_organisation_name (PassendPartner *self)
{
  g_return_val_if_fail (PASSEND_IS_PARTNER (self), NULL);

  return _passend_string_or_empty (self->organisation_name);
}

void
passend_partner_set_organisation_name (PassendPartner *self,
                                       const char     *organisation_name)
{
  g_return_if_fail (PASSEND_IS_PARTNER (self));

  if (_passend_set_string (&self->organisation_name, organisation_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_NAME]);
}

const char *
passend_partner_get_email (PassendPartner *self)
{
  g_return_val_if_fail (PASSEND_IS_PARTNER (self), NULL);

  return _passend_string_or_empty (self->email);
}

void
passend_partner_set_email (PassendPartner *self,
                           const char     *email)
{
  g_return_if_fail (PASSEND_IS_PARTNER (self));

  if (_passend_set_string (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
passend_partner_get_phone (PassendPartner *self)
{
  g_return_val_if_fail (PASSEND_IS_PARTNER (self), NULL);

  return _passend_string_or_empty (self->phone);
}

void
passend_partner_set_phone (PassendPartner *self,
                           const char     *phone)
{
  g_return_if_fail (PASSEND_IS_PARTNER (self));

  if (_passend_set_string (&self->phone, phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char *
passend_partner_get_note (PassendPartner *self)
{
  g_return_val_if_fail (PASSEND_IS_PARTNER (self), NULL);

  return _passend_string_or_empty (self->note);
}

void
passend_partner_set_note (PassendPartner *self,
                          const char     *note)
{
  g_return_if_fail (PASSEND_IS_PARTNER (self));

  if (_passend_set_string (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

gboolean
passend_partner_get_internal (PassendPartner *self)
{
  g_return_val_if_fail (PASSEND_IS_PARTNER (self), FALSE);

  return self->internal;
}

void
passend_partner_set_internal (PassendPartner *self,
                              gboolean        internal)
{
  g_return_if_fail (PASSEND_IS_PARTNER (self));

  internal = !!internal;
  if (self->internal == internal)
    return;

  self->internal = internal;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERNAL]);
}

gint64
passend_partner_get_organisation_id (PassendPartner *self)
{
  g_return_val_if_fail (PASSEND_IS_PARTNER (self), 0);

  return self->organisation_id;
}

void
passend_partner_set_organisation_id (PassendPartner *self,
                                     gint64          organisation_id)
{
  g_return_if_fail (PASSEND_IS_PARTNER (self));

  if (self->organisation_id == organisation_id)
    return;

  self->organisation_id = organisation_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_ID]);
}

gboolean
passend_partner_get_organisation_kind (PassendPartner          *self,
                                       PassendOrganisationKind *kind)
{
  g_return_val_if_fail (PASSEND_IS_PARTNER (self), FALSE);

  if (!self->has_organisation_kind)
    return FALSE;

  if (kind != NULL)
    *kind = self->organisation_kind;
  return TRUE;
}

void
passend_partner_set_organisation_kind (PassendPartner          *self,
                                       PassendOrganisationKind  kind)
{
  g_return_if_fail (PASSEND_IS_PARTNER (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->organisation_kind != kind)
    {
      self->organisation_kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_KIND]);
    }
  if (!self->has_organisation_kind)
    {
      self->has_organisation_kind = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_ORGANISATION_KIND]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

void
passend_partner_clear_organisation_kind (PassendPartner *self)
{
  g_return_if_fail (PASSEND_IS_PARTNER (self));

  if (!self->has_organisation_kind)
    return;

  self->has_organisation_kind = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_ORGANISATION_KIND]);
}

gboolean
passend_partner_get_archived (PassendPartner *self)
{
  g_return_val_if_fail (PASSEND_IS_PARTNER (self), FALSE);

  return self->archived;
}

void
passend_partner_set_archived (PassendPartner *self,
                              gboolean        archived)
{
  g_return_if_fail (PASSEND_IS_PARTNER (self));

  archived = !!archived;
  if (self->archived == archived)
    return;

  self->archived = archived;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED]);
}

typedef struct
{
  const char *code;
  const char *label;
} RoleLabel;

/* School staff first, then the partners' professionals: the order the
 * editor offers them in. */
static const RoleLabel role_labels[] = {
  { "oco", NC_("person role", "Support coordinator") },
  { "coordinator", NC_("person role", "Support coordinator") },
  { "mentor", NC_("person role", "Mentor") },
  { "leco", NC_("person role", "Student coordinator") },
  { "leerlingbegeleider", NC_("person role", "Student counsellor") },
  { "verzuimcoordinator", NC_("person role", "Attendance coordinator") },
  { "aandachtsfunctionaris", NC_("person role", "Safeguarding officer") },
  { "orthopedagoog", NC_("person role", "Educational psychologist") },
  { "rt", NC_("person role", "Remedial teacher") },
  { "decaan", NC_("person role", "Careers adviser") },
  { "teamleider", NC_("person role", "Team leader") },
  { "afdelingsleider", NC_("person role", "Head of department") },
  { "directeur", NC_("person role", "Principal") },
  { "docent", NC_("person role", "Teacher") },
  { "leerplichtambtenaar", NC_("person role", "Attendance officer") },
  { "jeugdarts", NC_("person role", "Youth doctor") },
  { "jeugdverpleegkundige", NC_("person role", "Youth nurse") },
  { "jeugdconsulent", NC_("person role", "Youth consultant") },
  { "onderwijsconsulent", NC_("person role", "Education consultant") },
  { "jos-begeleider", NC_("person role", "JOS counsellor") },
  { "bpo", NC_("person role", "Ambulant counsellor") },
  { "gz-psycholoog", NC_("person role", "Healthcare psychologist") },
  { "intern-begeleider", NC_("person role", "Internal counsellor") },
  { "veilig-thuis-medewerker", NC_("person role", "Veilig Thuis worker") },
};

const char *
passend_partner_role_get_label (const char *role)
{
  g_return_val_if_fail (role != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (role_labels); i++)
    if (g_str_equal (role, role_labels[i].code))
      return g_dpgettext2 (GETTEXT_PACKAGE, "person role", role_labels[i].label);

  return role;
}

const char * const *
passend_partner_role_get_codes (void)
{
  /* Without "coordinator", the meeting role's spelling of "oco": one
   * entry in a picker is enough. */
  static const char * const codes[] = {
    "oco", "mentor", "leco", "leerlingbegeleider", "verzuimcoordinator",
    "aandachtsfunctionaris", "orthopedagoog", "rt", "decaan", "teamleider",
    "afdelingsleider", "directeur", "docent", "leerplichtambtenaar",
    "jeugdarts", "jeugdverpleegkundige", "jeugdconsulent", "onderwijsconsulent",
    "jos-begeleider", "bpo", "gz-psycholoog", "intern-begeleider",
    "veilig-thuis-medewerker", NULL,
  };

  return codes;
}

gboolean
passend_partner_email_is_plausible (const char *email)
{
  const char *at;
  const char *dot;

  if (email == NULL || email[0] == '\0')
    return TRUE;

  for (const char *p = email; *p != '\0'; p++)
    if (g_ascii_isspace (*p))
      return FALSE;

  at = strchr (email, '@');
  if (at == NULL || at == email || strchr (at + 1, '@') != NULL)
    return FALSE;

  dot = strrchr (at + 1, '.');
  return dot != NULL && dot > at + 1 && dot[1] != '\0';
}
