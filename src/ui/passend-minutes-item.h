/* passend-minutes-item.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database-meetings.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_MINUTES_ITEM (passend_minutes_item_get_type ())

G_DECLARE_FINAL_TYPE (PassendMinutesItem, passend_minutes_item, PASSEND, MINUTES_ITEM, AdwBin)

/* The minutes of one agenda item: its minutes text (stored as typed),
 * its decisions and its actions. Read-only when @editable is FALSE (a
 * closed or cancelled meeting).
 *
 * Signals:
 *   "export" (): the item's own verslag was asked for. */
PassendMinutesItem *passend_minutes_item_new          (PassendDatabase    *database,
                                                       PassendMeetingItem *item,
                                                       gint64              meeting_starts_at,
                                                       gboolean            editable);
PassendMeetingItem *passend_minutes_item_get_item     (PassendMinutesItem *self);
/* Stores the minutes text when it changed since the last save. */
void                passend_minutes_item_flush        (PassendMinutesItem *self);
/* Loads the decisions and actions again (after a change elsewhere). */
void                passend_minutes_item_reload_lists (PassendMinutesItem *self);
/* Adds a toast to the nearest toast overlay (else the window's). */
void                passend_minutes_add_toast         (GtkWidget          *widget,
                                                       AdwToast           *toast);

G_END_DECLS
