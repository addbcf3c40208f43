/* passend-school.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "passend-types.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_SCHOOL (passend_school_get_type ())

G_DECLARE_FINAL_TYPE (PassendSchool, passend_school, PASSEND, SCHOOL, GObject)

/* The school this database belongs to, printed on every document. */
PassendSchool *passend_school_new                  (void);

const char    *passend_school_get_name             (PassendSchool *self);
void           passend_school_set_name             (PassendSchool *self,
                                                    const char    *name);
/* The four-character BRIN code DUO gives the school. */
const char    *passend_school_get_brin             (PassendSchool *self);
void           passend_school_set_brin             (PassendSchool *self,
                                                    const char    *brin);
const char    *passend_school_get_city             (PassendSchool *self);
void           passend_school_set_city             (PassendSchool *self,
                                                    const char    *city);
/* The samenwerkingsverband passend onderwijs the school belongs to. */
const char    *passend_school_get_swv_name         (PassendSchool *self);
void           passend_school_set_swv_name         (PassendSchool *self,
                                                    const char    *swv_name);
/* The coordinator who uses this workbench; named on documents. */
const char    *passend_school_get_coordinator_name (PassendSchool *self);
void           passend_school_set_coordinator_name (PassendSchool *self,
                                                    const char    *coordinator_name);

G_END_DECLS
