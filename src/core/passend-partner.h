/* passend-partner.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "passend-types.h"

G_BEGIN_DECLS

typedef enum
{
  PASSEND_PARTNER_KIND_PERSON,
  PASSEND_PARTNER_KIND_ORGANISATION,
} PassendPartnerKind;

#define PASSEND_TYPE_PARTNER_KIND (passend_partner_kind_get_type ())
GType                    passend_partner_kind_get_type     (void) G_GNUC_CONST;

/* "person" or "organisation": the first half of a partner reference. */
const char              *passend_partner_kind_to_code      (PassendPartnerKind       kind);
gboolean                 passend_partner_kind_from_code    (const char              *code,
                                                            PassendPartnerKind      *out);

/* A partner reference names one row of the directory as text, for the
 * command line and for code that stores a choice: "person:12",
 * "organisation:3". Parsing accepts exactly that form (a positive id, no
 * spaces) and leaves the out arguments untouched when it returns FALSE. */
char                    *passend_partner_reference_format  (PassendPartnerKind       kind,
                                                            gint64                   id);
gboolean                 passend_partner_reference_parse   (const char              *reference,
                                                            PassendPartnerKind      *kind,
                                                            gint64                  *id);

/* The label of a person's role code ("jeugdarts" → "Youth doctor"), or
 * the code itself when Passend does not know it. */
const char              *passend_partner_role_get_label    (const char              *role);
/* The role codes Passend knows, school staff first; NULL-terminated. */
const char * const      *passend_partner_role_get_codes    (void);
/* Whether @email looks like an address (one '@', a dot in the domain, no
 * spaces). Empty counts as plausible: the field is optional. */
gboolean                 passend_partner_email_is_plausible (const char             *email);

#define PASSEND_TYPE_PARTNER (passend_partner_get_type ())

G_DECLARE_FINAL_TYPE (PassendPartner, passend_partner, PASSEND, PARTNER, GObject)

/* One row of the partner directory, a person or an organisation, for the
 * lists that mix both (Partners, a meeting's invitees). Read-only
 * properties for binding: "kind", "id", "name", "detail", "internal",
 * "role", "code", "organisation-id", "organisation-name",
 * "organisation-kind", "has-organisation-kind", "email", "phone", "note",
 * "archived", "reference". */
PassendPartner          *passend_partner_new                    (PassendPartnerKind       kind,
                                                                 gint64                   id);
PassendPartnerKind       passend_partner_get_kind               (PassendPartner          *self);
gint64                   passend_partner_get_id                 (PassendPartner          *self);
/* "person:12" */
char                    *passend_partner_dup_reference          (PassendPartner          *self);

/* A person as "Jan de Vries", an organisation by its name. */
const char              *passend_partner_get_name               (PassendPartner          *self);
void                     passend_partner_set_name               (PassendPartner          *self,
                                                                 const char              *name);
/* The Dutch sort form for people ("Vries, Jan de"), the name for
 * organisations; what lists sort on. */
const char              *passend_partner_get_sort_name          (PassendPartner          *self);
void                     passend_partner_set_sort_name          (PassendPartner          *self,
                                                                 const char              *sort_name);
/* The second line in a list: a person's role and organisation
 * ("Jeugdarts · GGD Hollands Midden"), an organisation's kind label. */
const char              *passend_partner_get_detail             (PassendPartner          *self);
void                     passend_partner_set_detail             (PassendPartner          *self,
                                                                 const char              *detail);
/* People only: staff of the school. Always FALSE for an organisation. */
gboolean                 passend_partner_get_internal           (PassendPartner          *self);
void                     passend_partner_set_internal           (PassendPartner          *self,
                                                                 gboolean                 internal);
/* People only: the role code ("mentor", "jeugdarts", …) and the LVS
 * staff code ("VRS"); empty for an organisation. */
const char              *passend_partner_get_role               (PassendPartner          *self);
void                     passend_partner_set_role               (PassendPartner          *self,
                                                                 const char              *role);
const char              *passend_partner_get_code               (PassendPartner          *self);
void                     passend_partner_set_code               (PassendPartner          *self,
                                                                 const char              *code);
/* A person's organisation (0 and "" when none); an organisation's own id
 * and name. */
gint64                   passend_partner_get_organisation_id    (PassendPartner          *self);
void                     passend_partner_set_organisation_id    (PassendPartner          *self,
                                                                 gint64                   organisation_id);
const char              *passend_partner_get_organisation_name  (PassendPartner          *self);
void                     passend_partner_set_organisation_name  (PassendPartner          *self,
                                                                 const char              *organisation_name);
/* An organisation's kind, or the kind of a person's organisation. FALSE
 * (and *kind untouched) for a person without an organisation. */
gboolean                 passend_partner_get_organisation_kind  (PassendPartner          *self,
                                                                 PassendOrganisationKind *kind);
void                     passend_partner_set_organisation_kind  (PassendPartner          *self,
                                                                 PassendOrganisationKind  kind);
void                     passend_partner_clear_organisation_kind (PassendPartner         *self);
const char              *passend_partner_get_email              (PassendPartner          *self);
void                     passend_partner_set_email              (PassendPartner          *self,
                                                                 const char              *email);
const char              *passend_partner_get_phone              (PassendPartner          *self);
void                     passend_partner_set_phone              (PassendPartner          *self,
                                                                 const char              *phone);
/* The coordinator's own note ("bereikbaar ma–wo"); never on an agenda. */
const char              *passend_partner_get_note               (PassendPartner          *self);
void                     passend_partner_set_note               (PassendPartner          *self,
                                                                 const char              *note);
gboolean                 passend_partner_get_archived           (PassendPartner          *self);
void                     passend_partner_set_archived           (PassendPartner          *self,
                                                                 gboolean                 archived);

G_END_DECLS
