/* passend-person.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "passend-types.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_PERSON (passend_person_get_type ())

G_DECLARE_FINAL_TYPE (PassendPerson, passend_person, PASSEND, PERSON, GObject)

/* A person the coordinator works with: internal staff (mentor, LeCo,
 * verzuimcoördinator, …) or an external professional (jeugdarts,
 * leerplichtambtenaar, SWV-consulent, …) of an organisation. */
PassendPerson *passend_person_new                  (void);

gint64         passend_person_get_id               (PassendPerson *self);
void           passend_person_set_id               (PassendPerson *self,
                                                    gint64         id);
const char    *passend_person_get_given_name       (PassendPerson *self);
void           passend_person_set_given_name       (PassendPerson *self,
                                                    const char    *given_name);
const char    *passend_person_get_tussenvoegsel    (PassendPerson *self);
void           passend_person_set_tussenvoegsel    (PassendPerson *self,
                                                    const char    *tussenvoegsel);
const char    *passend_person_get_family_name      (PassendPerson *self);
void           passend_person_set_family_name      (PassendPerson *self,
                                                    const char    *family_name);
/* A role code: "mentor", "leco", "oco", "teamleider", "verzuimcoordinator",
 * "aandachtsfunctionaris", "orthopedagoog", "jeugdarts", … */
const char    *passend_person_get_role             (PassendPerson *self);
void           passend_person_set_role             (PassendPerson *self,
                                                    const char    *role);
gboolean       passend_person_get_internal         (PassendPerson *self);
void           passend_person_set_internal         (PassendPerson *self,
                                                    gboolean       internal);
/* The staff code the LVS uses ("VRS"), empty for external people. */
const char    *passend_person_get_code             (PassendPerson *self);
void           passend_person_set_code             (PassendPerson *self,
                                                    const char    *code);
gint64         passend_person_get_organisation_id  (PassendPerson *self);
void           passend_person_set_organisation_id  (PassendPerson *self,
                                                    gint64         organisation_id);
const char    *passend_person_get_email            (PassendPerson *self);
void           passend_person_set_email            (PassendPerson *self,
                                                    const char    *email);
const char    *passend_person_get_phone            (PassendPerson *self);
void           passend_person_set_phone            (PassendPerson *self,
                                                    const char    *phone);
char          *passend_person_dup_display_name     (PassendPerson *self);

G_END_DECLS
