/* passend-entry-editor.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_ENTRY_EDITOR (passend_entry_editor_get_type ())

G_DECLARE_FINAL_TYPE (PassendEntryEditor, passend_entry_editor, PASSEND, ENTRY_EDITOR, AdwWindow)

/* Signals:
 *   "saved" (PassendTimelineEntry *entry): the entry is stored; the
 *   editor closes itself right after. */

/* A new entry for @student (@entry NULL) or an edit of @entry. What is
 * typed is kept as a draft while typing; a draft left from an earlier
 * editor is restored. The cursor starts in the text. */
PassendEntryEditor *passend_entry_editor_new          (GtkWindow            *parent,
                                                       PassendDatabase      *database,
                                                       PassendStudent       *student,
                                                       PassendTimelineEntry *entry);
/* Stores a pending draft now rather than after the pause. */
void                passend_entry_editor_flush_draft  (PassendEntryEditor   *self);

/* "vandaag", "gisteren", "eergisteren", "d-m" (this year) or a Dutch
 * date, and "H:MM" / "H.MM" (empty: @default_time, seconds since
 * midnight). Refuses impossible dates and any moment after today. For
 * tests. */
gboolean            passend_entry_editor_parse_when   (const char           *date_text,
                                                       const char           *time_text,
                                                       int                   default_time,
                                                       gint64               *unix_seconds,
                                                       GError              **error);

G_END_DECLS
