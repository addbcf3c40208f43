/* passend-timeline-entry.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "passend-types.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_TIMELINE_ENTRY (passend_timeline_entry_get_type ())

G_DECLARE_FINAL_TYPE (PassendTimelineEntry, passend_timeline_entry, PASSEND, TIMELINE_ENTRY, GObject)

PassendTimelineEntry   *passend_timeline_entry_new                 (void);

gint64                  passend_timeline_entry_get_id              (PassendTimelineEntry   *self);
void                    passend_timeline_entry_set_id              (PassendTimelineEntry   *self,
                                                                    gint64                  id);
gint64                  passend_timeline_entry_get_student_id      (PassendTimelineEntry   *self);
void                    passend_timeline_entry_set_student_id      (PassendTimelineEntry   *self,
                                                                    gint64                  student_id);
PassendEntryKind        passend_timeline_entry_get_kind            (PassendTimelineEntry   *self);
void                    passend_timeline_entry_set_kind            (PassendTimelineEntry   *self,
                                                                    PassendEntryKind        kind);
/* When it happened, in seconds since the epoch (UTC). */
gint64                  passend_timeline_entry_get_occurred_at     (PassendTimelineEntry   *self);
void                    passend_timeline_entry_set_occurred_at     (PassendTimelineEntry   *self,
                                                                    gint64                  occurred_at);
const char             *passend_timeline_entry_get_author          (PassendTimelineEntry   *self);
void                    passend_timeline_entry_set_author          (PassendTimelineEntry   *self,
                                                                    const char             *author);
const char             *passend_timeline_entry_get_title           (PassendTimelineEntry   *self);
void                    passend_timeline_entry_set_title           (PassendTimelineEntry   *self,
                                                                    const char             *title);
const char             *passend_timeline_entry_get_body            (PassendTimelineEntry   *self);
void                    passend_timeline_entry_set_body            (PassendTimelineEntry   *self,
                                                                    const char             *body);
PassendConfidentiality  passend_timeline_entry_get_confidentiality (PassendTimelineEntry   *self);
void                    passend_timeline_entry_set_confidentiality (PassendTimelineEntry   *self,
                                                                    PassendConfidentiality  level);
/* TRUE for a fact, FALSE for an opinion or impression (meldcode asks to
 * keep them apart). */
gboolean                passend_timeline_entry_get_is_fact         (PassendTimelineEntry   *self);
void                    passend_timeline_entry_set_is_fact         (PassendTimelineEntry   *self,
                                                                    gboolean                is_fact);
/* Filled by the store for search results; NULL otherwise. */
const char             *passend_timeline_entry_get_student_name    (PassendTimelineEntry   *self);
void                    passend_timeline_entry_set_student_name    (PassendTimelineEntry   *self,
                                                                    const char             *student_name);
/* The intervention the entry belongs to, 0 for none; the name is filled
 * by the store for display. */
gint64                  passend_timeline_entry_get_intervention_id (PassendTimelineEntry   *self);
void                    passend_timeline_entry_set_intervention_id (PassendTimelineEntry   *self,
                                                                    gint64                  intervention_id);
const char             *passend_timeline_entry_get_intervention_name (PassendTimelineEntry *self);
void                    passend_timeline_entry_set_intervention_name (PassendTimelineEntry *self,
                                                                      const char           *intervention_name);

G_END_DECLS
