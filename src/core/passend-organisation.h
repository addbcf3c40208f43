/* passend-organisation.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "passend-types.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_ORGANISATION (passend_organisation_get_type ())

G_DECLARE_FINAL_TYPE (PassendOrganisation, passend_organisation, PASSEND, ORGANISATION, GObject)

PassendOrganisation     *passend_organisation_new         (void);

gint64                   passend_organisation_get_id      (PassendOrganisation     *self);
void                     passend_organisation_set_id      (PassendOrganisation     *self,
                                                           gint64                   id);
const char              *passend_organisation_get_name    (PassendOrganisation     *self);
void                     passend_organisation_set_name    (PassendOrganisation     *self,
                                                           const char              *name);
PassendOrganisationKind  passend_organisation_get_kind    (PassendOrganisation     *self);
void                     passend_organisation_set_kind    (PassendOrganisation     *self,
                                                           PassendOrganisationKind  kind);
const char              *passend_organisation_get_email   (PassendOrganisation     *self);
void                     passend_organisation_set_email   (PassendOrganisation     *self,
                                                           const char              *email);
const char              *passend_organisation_get_phone   (PassendOrganisation     *self);
void                     passend_organisation_set_phone   (PassendOrganisation     *self,
                                                           const char              *phone);
const char              *passend_organisation_get_address (PassendOrganisation     *self);
void                     passend_organisation_set_address (PassendOrganisation     *self,
                                                           const char              *address);

G_END_DECLS
