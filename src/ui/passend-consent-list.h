/* passend-consent-list.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_CONSENT_LIST (passend_consent_list_get_type ())

G_DECLARE_FINAL_TYPE (PassendConsentList, passend_consent_list, PASSEND, CONSENT_LIST, AdwPreferencesGroup)

/* The consent section of a student: one row per purpose saying at a
 * glance whether it is covered, with "Record Consent…" and "Withdraw…".
 * Inside a PassendStudentPage it follows the page's database and
 * student by itself.
 *
 * Signals:
 *   "add-toast" (AdwToast *toast): asks the window for a toast. */

GtkWidget       *passend_consent_list_new          (void);
PassendDatabase *passend_consent_list_get_database (PassendConsentList *self);
void             passend_consent_list_set_database (PassendConsentList *self,
                                                    PassendDatabase    *database);
PassendStudent  *passend_consent_list_get_student  (PassendConsentList *self);
void             passend_consent_list_set_student  (PassendConsentList *self,
                                                    PassendStudent     *student);
/* Opens the "Record Consent" dialog; returns it (owned by GTK). */
GtkWindow       *passend_consent_list_record       (PassendConsentList *self);

G_END_DECLS
