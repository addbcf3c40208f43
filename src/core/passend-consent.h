/* passend-consent.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "passend-date.h"

G_BEGIN_DECLS

/* What a consent allows (DOMAIN.md §6, §10.1); the codes are the
 * schema's. */
typedef enum
{
  PASSEND_CONSENT_PURPOSE_DISCUSSION_EXTERNAL,
  PASSEND_CONSENT_PURPOSE_REQUEST_DATA,
  PASSEND_CONSENT_PURPOSE_SHARE_DATA,
  PASSEND_CONSENT_PURPOSE_RESEARCH,
  PASSEND_CONSENT_PURPOSE_JOS,
  PASSEND_CONSENT_PURPOSE_TLV,
  PASSEND_CONSENT_N_PURPOSES
} PassendConsentPurpose;

typedef enum
{
  PASSEND_CONSENT_FORM_SIGNED_DOCUMENT,
  PASSEND_CONSENT_FORM_VERBAL,
} PassendConsentForm;

#define PASSEND_TYPE_CONSENT_PURPOSE (passend_consent_purpose_get_type ())
GType passend_consent_purpose_get_type (void) G_GNUC_CONST;
#define PASSEND_TYPE_CONSENT_FORM (passend_consent_form_get_type ())
GType passend_consent_form_get_type (void) G_GNUC_CONST;

const char *passend_consent_purpose_to_code      (PassendConsentPurpose  purpose);
gboolean    passend_consent_purpose_from_code    (const char            *code,
                                                  PassendConsentPurpose *purpose);
/* Translated: "Sharing data with …". */
const char *passend_consent_purpose_get_label    (PassendConsentPurpose  purpose);
/* Translated and short, for lists: "Data sharing". */
const char *passend_consent_purpose_get_short_label (PassendConsentPurpose purpose);
/* Dutch, for the timeline, which is Dutch whatever the UI language:
 * "gegevens verstrekken aan". */
const char *passend_consent_purpose_get_dutch    (PassendConsentPurpose  purpose);
/* Requesting and sharing data name the party they concern. */
gboolean    passend_consent_purpose_needs_party  (PassendConsentPurpose  purpose);

const char *passend_consent_form_to_code         (PassendConsentForm     form);
gboolean    passend_consent_form_from_code       (const char            *code,
                                                  PassendConsentForm    *form);
const char *passend_consent_form_get_label       (PassendConsentForm     form);

#define PASSEND_TYPE_CONSENT (passend_consent_get_type ())

G_DECLARE_FINAL_TYPE (PassendConsent, passend_consent, PASSEND, CONSENT, GObject)

/* One consent of one student for one purpose: given on a day by
 * guardians with gezag and/or the student, valid until a day (or without
 * end), possibly withdrawn. */
PassendConsent        *passend_consent_new                 (void);

gint64                 passend_consent_get_id              (PassendConsent        *self);
void                   passend_consent_set_id              (PassendConsent        *self,
                                                            gint64                 id);
gint64                 passend_consent_get_student_id      (PassendConsent        *self);
void                   passend_consent_set_student_id      (PassendConsent        *self,
                                                            gint64                 student_id);
PassendConsentPurpose  passend_consent_get_purpose         (PassendConsent        *self);
void                   passend_consent_set_purpose         (PassendConsent        *self,
                                                            PassendConsentPurpose  purpose);
/* The named party of a request or share: free text, or the name of
 * the organisation when one is chosen. */
const char            *passend_consent_get_party           (PassendConsent        *self);
void                   passend_consent_set_party           (PassendConsent        *self,
                                                            const char            *party);
gint64                 passend_consent_get_organisation_id (PassendConsent        *self);
void                   passend_consent_set_organisation_id (PassendConsent        *self,
                                                            gint64                 organisation_id);
PassendConsentForm     passend_consent_get_form            (PassendConsent        *self);
void                   passend_consent_set_form            (PassendConsent        *self,
                                                            PassendConsentForm     form);
PassendDay             passend_consent_get_given_on        (PassendConsent        *self);
void                   passend_consent_set_given_on        (PassendConsent        *self,
                                                            PassendDay             day);
/* PASSEND_DAY_NONE: without end. */
PassendDay             passend_consent_get_valid_until     (PassendConsent        *self);
void                   passend_consent_set_valid_until     (PassendConsent        *self,
                                                            PassendDay             day);
PassendDay             passend_consent_get_withdrawn_on    (PassendConsent        *self);
void                   passend_consent_set_withdrawn_on    (PassendConsent        *self,
                                                            PassendDay             day);
const char            *passend_consent_get_note            (PassendConsent        *self);
void                   passend_consent_set_note            (PassendConsent        *self,
                                                            const char            *note);

/* Who gave it: guardian ids and/or the student. */
const gint64          *passend_consent_get_guardian_ids    (PassendConsent        *self,
                                                            guint                 *n_ids);
void                   passend_consent_add_guardian_id     (PassendConsent        *self,
                                                            gint64                 guardian_id);
void                   passend_consent_clear_givers        (PassendConsent        *self);
gboolean               passend_consent_get_by_student      (PassendConsent        *self);
void                   passend_consent_set_by_student      (PassendConsent        *self,
                                                            gboolean               by_student);
/* The givers as the store names them for display ("moeder (A. Jansen)",
 * "de leerling"); filled in by the store's lists. */
const char            *passend_consent_get_givers_text     (PassendConsent        *self);
void                   passend_consent_set_givers_text     (PassendConsent        *self,
                                                            const char            *text);

/* Same purpose and, for purposes that name one, the same party
 * (ignoring case). A NULL or empty @party matches any party. */
gboolean               passend_consent_matches             (PassendConsent        *self,
                                                            PassendConsentPurpose  purpose,
                                                            const char            *party);

G_END_DECLS
