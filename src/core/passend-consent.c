/* passend-consent.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-consent.h"

struct _PassendConsent
{
  GObject                parent_instance;

  gint64                 id;
  gint64                 student_id;
  PassendConsentPurpose  purpose;
  char                  *party;
  gint64                 organisation_id;
  PassendConsentForm     form;
  PassendDay             given_on;
  PassendDay             valid_until;
  PassendDay             withdrawn_on;
  char                  *note;
  GArray                *guardian_ids;
  gboolean               by_student;
  char                  *givers_text;
};

G_DEFINE_ENUM_TYPE (PassendConsentPurpose, passend_consent_purpose,
  G_DEFINE_ENUM_VALUE (PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL, "discussion-external"),
  G_DEFINE_ENUM_VALUE (PASSEND_CONSENT_PURPOSE_REQUEST_DATA, "request-data"),
  G_DEFINE_ENUM_VALUE (PASSEND_CONSENT_PURPOSE_SHARE_DATA, "share-data"),
  G_DEFINE_ENUM_VALUE (PASSEND_CONSENT_PURPOSE_RESEARCH, "research"),
  G_DEFINE_ENUM_VALUE (PASSEND_CONSENT_PURPOSE_JOS, "jos"),
  G_DEFINE_ENUM_VALUE (PASSEND_CONSENT_PURPOSE_TLV, "tlv"))

G_DEFINE_ENUM_TYPE (PassendConsentForm, passend_consent_form,
  G_DEFINE_ENUM_VALUE (PASSEND_CONSENT_FORM_SIGNED_DOCUMENT, "signed-document"),
  G_DEFINE_ENUM_VALUE (PASSEND_CONSENT_FORM_VERBAL, "verbal"))

G_DEFINE_FINAL_TYPE (PassendConsent, passend_consent, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_STUDENT_ID,
  PROP_PURPOSE,
  PROP_PARTY,
  PROP_ORGANISATION_ID,
  PROP_FORM,
  PROP_GIVEN_ON,
  PROP_VALID_UNTIL,
  PROP_WITHDRAWN_ON,
  PROP_NOTE,
  PROP_BY_STUDENT,
  PROP_GIVERS_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const purpose_codes[PASSEND_CONSENT_N_PURPOSES] = {
  "discussion-external", "request-data", "share-data", "research", "jos", "tlv",
};

static const char * const form_codes[] = { "signed-document", "verbal" };

const char *
passend_consent_purpose_to_code (PassendConsentPurpose purpose)
{
  g_return_val_if_fail (purpose < PASSEND_CONSENT_N_PURPOSES, NULL);

  return purpose_codes[purpose];
}

gboolean
passend_consent_purpose_from_code (const char            *code,
                                   PassendConsentPurpose *purpose)
{
  for (guint i = 0; i < PASSEND_CONSENT_N_PURPOSES; i++)
    if (g_strcmp0 (code, purpose_codes[i]) == 0)
      {
        *purpose = i;
        return TRUE;
      }

  return FALSE;
}

const char *
passend_consent_purpose_get_label (PassendConsentPurpose purpose)
{
  switch (purpose)
    {
    case PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL:
      return _("Discussion with external partners (OT, Flex-ZAT)");
    case PASSEND_CONSENT_PURPOSE_REQUEST_DATA:
      return _("Requesting data from …");
    case PASSEND_CONSENT_PURPOSE_SHARE_DATA:
      return _("Sharing data with …");
    case PASSEND_CONSENT_PURPOSE_RESEARCH:
      return _("Research");
    case PASSEND_CONSENT_PURPOSE_JOS:
      return _("JOS support");
    case PASSEND_CONSENT_PURPOSE_TLV:
      return _("TLV application");
    case PASSEND_CONSENT_N_PURPOSES:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
passend_consent_purpose_get_short_label (PassendConsentPurpose purpose)
{
  switch (purpose)
    {
    case PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL:
      return _("Discussion with externals");
    case PASSEND_CONSENT_PURPOSE_REQUEST_DATA:
      return _("Requesting data");
    case PASSEND_CONSENT_PURPOSE_SHARE_DATA:
      return _("Sharing data");
    case PASSEND_CONSENT_PURPOSE_RESEARCH:
      return _("Research");
    case PASSEND_CONSENT_PURPOSE_JOS:
      return _("JOS support");
    case PASSEND_CONSENT_PURPOSE_TLV:
      return _("TLV application");
    case PASSEND_CONSENT_N_PURPOSES:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
passend_consent_purpose_get_dutch (PassendConsentPurpose purpose)
{
  static const char * const dutch[PASSEND_CONSENT_N_PURPOSES] = {
    "bespreken met externen", "gegevens opvragen bij", "gegevens verstrekken aan",
    "onderzoek", "JOS-begeleiding", "TLV-aanvraag",
  };

  g_return_val_if_fail (purpose < PASSEND_CONSENT_N_PURPOSES, NULL);

  return dutch[purpose];
}

gboolean
passend_consent_purpose_needs_party (PassendConsentPurpose purpose)
{
  return purpose == PASSEND_CONSENT_PURPOSE_REQUEST_DATA ||
         purpose == PASSEND_CONSENT_PURPOSE_SHARE_DATA;
}

const char *
passend_consent_form_to_code (PassendConsentForm form)
{
  g_return_val_if_fail (form <= PASSEND_CONSENT_FORM_VERBAL, NULL);

  return form_codes[form];
}

gboolean
passend_consent_form_from_code (const char         *code,
                                PassendConsentForm *form)
{
  for (guint i = 0; i < G_N_ELEMENTS (form_codes); i++)
    if (g_strcmp0 (code, form_codes[i]) == 0)
      {
        *form = i;
        return TRUE;
      }

  return FALSE;
}

const char *
passend_consent_form_get_label (PassendConsentForm form)
{
  switch (form)
    {
    case PASSEND_CONSENT_FORM_SIGNED_DOCUMENT:
      return _("Signed document");
    case PASSEND_CONSENT_FORM_VERBAL:
      return _("Verbal");
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
passend_consent_finalize (GObject *object)
{
  PassendConsent *self = PASSEND_CONSENT (object);

  g_free (self->party);
  g_free (self->note);
  g_free (self->givers_text);
  g_array_unref (self->guardian_ids);

  G_OBJECT_CLASS (passend_consent_parent_class)->finalize (object);
}

static void
passend_consent_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PassendConsent *self = PASSEND_CONSENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_STUDENT_ID:
      g_value_set_int64 (value, self->student_id);
      break;
    case PROP_PURPOSE:
      g_value_set_enum (value, self->purpose);
      break;
    case PROP_PARTY:
      g_value_set_string (value, self->party);
      break;
    case PROP_ORGANISATION_ID:
      g_value_set_int64 (value, self->organisation_id);
      break;
    case PROP_FORM:
      g_value_set_enum (value, self->form);
      break;
    case PROP_GIVEN_ON:
      g_value_set_uint (value, self->given_on);
      break;
    case PROP_VALID_UNTIL:
      g_value_set_uint (value, self->valid_until);
      break;
    case PROP_WITHDRAWN_ON:
      g_value_set_uint (value, self->withdrawn_on);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_BY_STUDENT:
      g_value_set_boolean (value, self->by_student);
      break;
    case PROP_GIVERS_TEXT:
      g_value_set_string (value, self->givers_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_consent_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PassendConsent *self = PASSEND_CONSENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      passend_consent_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_STUDENT_ID:
      passend_consent_set_student_id (self, g_value_get_int64 (value));
      break;
    case PROP_PURPOSE:
      passend_consent_set_purpose (self, g_value_get_enum (value));
      break;
    case PROP_PARTY:
      passend_consent_set_party (self, g_value_get_string (value));
      break;
    case PROP_ORGANISATION_ID:
      passend_consent_set_organisation_id (self, g_value_get_int64 (value));
      break;
    case PROP_FORM:
      passend_consent_set_form (self, g_value_get_enum (value));
      break;
    case PROP_GIVEN_ON:
      passend_consent_set_given_on (self, g_value_get_uint (value));
      break;
    case PROP_VALID_UNTIL:
      passend_consent_set_valid_until (self, g_value_get_uint (value));
      break;
    case PROP_WITHDRAWN_ON:
      passend_consent_set_withdrawn_on (self, g_value_get_uint (value));
      break;
    case PROP_NOTE:
      passend_consent_set_note (self, g_value_get_string (value));
      break;
    case PROP_BY_STUDENT:
      passend_consent_set_by_student (self, g_value_get_boolean (value));
      break;
    case PROP_GIVERS_TEXT:
      passend_consent_set_givers_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
passend_consent_class_init (PassendConsentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = passend_consent_finalize;
  object_class->get_property = passend_consent_get_property;
  object_class->set_property = passend_consent_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_STUDENT_ID] = g_param_spec_int64 ("student-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_PURPOSE] = g_param_spec_enum ("purpose", NULL, NULL, PASSEND_TYPE_CONSENT_PURPOSE,
                                                PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL, FLAGS);
  properties[PROP_PARTY] = g_param_spec_string ("party", NULL, NULL, "", FLAGS);
  properties[PROP_ORGANISATION_ID] = g_param_spec_int64 ("organisation-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_FORM] = g_param_spec_enum ("form", NULL, NULL, PASSEND_TYPE_CONSENT_FORM,
                                             PASSEND_CONSENT_FORM_SIGNED_DOCUMENT, FLAGS);
  properties[PROP_GIVEN_ON] = g_param_spec_uint ("given-on", NULL, NULL, 0, G_MAXUINT32, 0, FLAGS);
  properties[PROP_VALID_UNTIL] = g_param_spec_uint ("valid-until", NULL, NULL, 0, G_MAXUINT32, 0, FLAGS);
  properties[PROP_WITHDRAWN_ON] = g_param_spec_uint ("withdrawn-on", NULL, NULL, 0, G_MAXUINT32, 0, FLAGS);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", FLAGS);
  properties[PROP_BY_STUDENT] = g_param_spec_boolean ("by-student", NULL, NULL, FALSE, FLAGS);
  properties[PROP_GIVERS_TEXT] = g_param_spec_string ("givers-text", NULL, NULL, "", FLAGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
passend_consent_init (PassendConsent *self)
{
  self->party = g_strdup ("");
  self->note = g_strdup ("");
  self->givers_text = g_strdup ("");
  self->guardian_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->form = PASSEND_CONSENT_FORM_SIGNED_DOCUMENT;
}

PassendConsent *
passend_consent_new (void)
{
  return g_object_new (PASSEND_TYPE_CONSENT, NULL);
}

static void
replace_text (PassendConsent  *self,
              char           **field,
              const char      *text,
              int              prop)
{
  if (g_strcmp0 (*field, text != NULL ? text : "") == 0)
    return;

  g_free (*field);
  *field = g_strdup (text != NULL ? text : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

#define GETTER(type, name) \
  type \
  passend_consent_get_##name (PassendConsent *self) \
  { \
    g_return_val_if_fail (PASSEND_IS_CONSENT (self), (type) 0); \
    return self->name; \
  }

/* Setters return early when nothing changes and notify once. */
#define SETTER(type, name, prop) \
  void \
  passend_consent_set_##name (PassendConsent *self, \
                              type            name) \
  { \
    g_return_if_fail (PASSEND_IS_CONSENT (self)); \
    if (self->name == name) \
      return; \
    self->name = name; \
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]); \
  }

GETTER (gint64, id)
SETTER (gint64, id, PROP_ID)
GETTER (gint64, student_id)
SETTER (gint64, student_id, PROP_STUDENT_ID)
GETTER (PassendConsentPurpose, purpose)
GETTER (gint64, organisation_id)
SETTER (gint64, organisation_id, PROP_ORGANISATION_ID)
GETTER (PassendConsentForm, form)
GETTER (PassendDay, given_on)
SETTER (PassendDay, given_on, PROP_GIVEN_ON)
GETTER (PassendDay, valid_until)
SETTER (PassendDay, valid_until, PROP_VALID_UNTIL)
GETTER (PassendDay, withdrawn_on)
SETTER (PassendDay, withdrawn_on, PROP_WITHDRAWN_ON)
GETTER (gboolean, by_student)

void
passend_consent_set_purpose (PassendConsent        *self,
                             PassendConsentPurpose  purpose)
{
  g_return_if_fail (PASSEND_IS_CONSENT (self));
  g_return_if_fail (purpose < PASSEND_CONSENT_N_PURPOSES);

  if (self->purpose == purpose)
    return;
  self->purpose = purpose;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PURPOSE]);
}

void
passend_consent_set_form (PassendConsent     *self,
                          PassendConsentForm  form)
{
  g_return_if_fail (PASSEND_IS_CONSENT (self));
  g_return_if_fail (form <= PASSEND_CONSENT_FORM_VERBAL);

  if (self->form == form)
    return;
  self->form = form;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORM]);
}

void
passend_consent_set_by_student (PassendConsent *self,
                                gboolean        by_student)
{
  g_return_if_fail (PASSEND_IS_CONSENT (self));

  if (self->by_student == !!by_student)
    return;
  self->by_student = !!by_student;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BY_STUDENT]);
}

const char *
passend_consent_get_party (PassendConsent *self)
{
  g_return_val_if_fail (PASSEND_IS_CONSENT (self), NULL);

  return self->party;
}

void
passend_consent_set_party (PassendConsent *self,
                           const char     *party)
{
  g_autofree char *stripped = g_strstrip (g_strdup (party != NULL ? party : ""));

  g_return_if_fail (PASSEND_IS_CONSENT (self));

  replace_text (self, &self->party, stripped, PROP_PARTY);
}

const char *
passend_consent_get_note (PassendConsent *self)
{
  g_return_val_if_fail (PASSEND_IS_CONSENT (self), NULL);

  return self->note;
}

void
passend_consent_set_note (PassendConsent *self,
                          const char     *note)
{
  g_return_if_fail (PASSEND_IS_CONSENT (self));

  replace_text (self, &self->note, note, PROP_NOTE);
}

const char *
passend_consent_get_givers_text (PassendConsent *self)
{
  g_return_val_if_fail (PASSEND_IS_CONSENT (self), NULL);

  return self->givers_text;
}

void
passend_consent_set_givers_text (PassendConsent *self,
                                 const char     *text)
{
  g_return_if_fail (PASSEND_IS_CONSENT (self));

  replace_text (self, &self->givers_text, text, PROP_GIVERS_TEXT);
}

const gint64 *
passend_consent_get_guardian_ids (PassendConsent *self,
                                  guint          *n_ids)
{
  g_return_val_if_fail (PASSEND_IS_CONSENT (self), NULL);
  g_return_val_if_fail (n_ids != NULL, NULL);

  *n_ids = self->guardian_ids->len;
  return (const gint64 *) (gpointer) self->guardian_ids->data;
}

void
passend_consent_add_guardian_id (PassendConsent *self,
                                 gint64          guardian_id)
{
  g_return_if_fail (PASSEND_IS_CONSENT (self));
  g_return_if_fail (guardian_id > 0);

  for (guint i = 0; i < self->guardian_ids->len; i++)
    if (g_array_index (self->guardian_ids, gint64, i) == guardian_id)
      return;

  g_array_append_val (self->guardian_ids, guardian_id);
}

void
passend_consent_clear_givers (PassendConsent *self)
{
  g_return_if_fail (PASSEND_IS_CONSENT (self));

  g_array_set_size (self->guardian_ids, 0);
  passend_consent_set_by_student (self, FALSE);
}

gboolean
passend_consent_matches (PassendConsent        *self,
                         PassendConsentPurpose  purpose,
                         const char            *party)
{
  g_autofree char *wanted = NULL;
  g_autofree char *have = NULL;

  g_return_val_if_fail (PASSEND_IS_CONSENT (self), FALSE);

  if (self->purpose != purpose)
    return FALSE;
  if (!passend_consent_purpose_needs_party (purpose) || party == NULL || party[0] == '\0')
    return TRUE;

  wanted = g_utf8_casefold (party, -1);
  have = g_utf8_casefold (self->party, -1);
  g_strstrip (wanted);
  return g_strcmp0 (wanted, have) == 0;
}
