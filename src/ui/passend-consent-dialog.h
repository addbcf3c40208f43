/* passend-consent-dialog.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_CONSENT_DIALOG (passend_consent_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PassendConsentDialog, passend_consent_dialog, PASSEND, CONSENT_DIALOG, AdwWindow)

/* Records a consent of @student (with its birth date and id): purpose,
 * named party, givers (the guardians with gezag and the student when
 * they may give), form, days and a note. Closes itself once stored;
 * shows the store's refusal otherwise. */
PassendConsentDialog *passend_consent_dialog_new         (PassendDatabase       *database,
                                                          PassendStudent        *student);

/* What the controls do, for keyboard tests. */
void                  passend_consent_dialog_set_purpose (PassendConsentDialog  *self,
                                                          PassendConsentPurpose  purpose);
void                  passend_consent_dialog_set_party   (PassendConsentDialog  *self,
                                                          const char            *party);
/* @guardian_id 0: the student. FALSE when there is no such row. */
gboolean              passend_consent_dialog_set_giver   (PassendConsentDialog  *self,
                                                          gint64                 guardian_id,
                                                          gboolean               active);
/* Stores the consent as the Save button does; FALSE when refused (the
 * dialog then shows why). */
gboolean              passend_consent_dialog_save        (PassendConsentDialog  *self);
/* The refusal shown, "" when none. */
const char           *passend_consent_dialog_get_error   (PassendConsentDialog  *self);

G_END_DECLS
