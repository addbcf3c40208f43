/* passend-intervention-kind.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Basisondersteuning or extra ondersteuning (DOMAIN.md §0, §10.4): an
 * extra-support intervention needs an OPP. Stored as "basis" / "extra". */
typedef enum
{
  PASSEND_SUPPORT_LEVEL_BASIS,
  PASSEND_SUPPORT_LEVEL_EXTRA,
} PassendSupportLevel;

const char *passend_support_level_to_code   (PassendSupportLevel  level);
gboolean    passend_support_level_from_code (const char          *code,
                                             PassendSupportLevel *out);
const char *passend_support_level_get_label (PassendSupportLevel  level);

#define PASSEND_TYPE_INTERVENTION_KIND (passend_intervention_kind_get_type ())

G_DECLARE_FINAL_TYPE (PassendInterventionKind, passend_intervention_kind, PASSEND, INTERVENTION_KIND, GObject)

/* One entry of the school's intervention catalogue ("RT dyslexie",
 * "JOS"): its level, its default length in weeks or months or its number
 * of sessions, the protocol's maximum and whether parents must consent.
 * Durations are local data (DOMAIN.md §7), 0 meaning "none". */
PassendInterventionKind *passend_intervention_kind_new                  (const char *name,
                                                                         PassendSupportLevel level);

gint64               passend_intervention_kind_get_id               (PassendInterventionKind *self);
void                 passend_intervention_kind_set_id               (PassendInterventionKind *self,
                                                                     gint64                   id);
/* A stable code ("rt-dyslexie"); the store makes one from the name when
 * it is empty. */
const char          *passend_intervention_kind_get_code             (PassendInterventionKind *self);
void                 passend_intervention_kind_set_code             (PassendInterventionKind *self,
                                                                     const char              *code);
const char          *passend_intervention_kind_get_name             (PassendInterventionKind *self);
void                 passend_intervention_kind_set_name             (PassendInterventionKind *self,
                                                                     const char              *name);
PassendSupportLevel  passend_intervention_kind_get_support_level    (PassendInterventionKind *self);
void                 passend_intervention_kind_set_support_level    (PassendInterventionKind *self,
                                                                     PassendSupportLevel      level);
int                  passend_intervention_kind_get_default_weeks    (PassendInterventionKind *self);
void                 passend_intervention_kind_set_default_weeks    (PassendInterventionKind *self,
                                                                     int                      weeks);
int                  passend_intervention_kind_get_default_months   (PassendInterventionKind *self);
void                 passend_intervention_kind_set_default_months   (PassendInterventionKind *self,
                                                                     int                      months);
int                  passend_intervention_kind_get_default_sessions (PassendInterventionKind *self);
void                 passend_intervention_kind_set_default_sessions (PassendInterventionKind *self,
                                                                     int                      sessions);
int                  passend_intervention_kind_get_max_months       (PassendInterventionKind *self);
void                 passend_intervention_kind_set_max_months       (PassendInterventionKind *self,
                                                                     int                      months);
gboolean             passend_intervention_kind_get_consent_required (PassendInterventionKind *self);
void                 passend_intervention_kind_set_consent_required (PassendInterventionKind *self,
                                                                     gboolean                 required);
gboolean             passend_intervention_kind_get_archived         (PassendInterventionKind *self);
void                 passend_intervention_kind_set_archived         (PassendInterventionKind *self,
                                                                     gboolean                 archived);

/* "6 weeks", "5 months (at most 5)", "9 sessions"; "" without a default. */
char                *passend_intervention_kind_dup_length_text      (PassendInterventionKind *self);

G_END_DECLS
