/* passend-search-window.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_SEARCH_WINDOW (passend_search_window_get_type ())

G_DECLARE_FINAL_TYPE (PassendSearchWindow, passend_search_window, PASSEND, SEARCH_WINDOW, AdwWindow)

/* Signals:
 *   "entry-activated" (PassendStudent *student, gint64 entry_id): a result
 *   was chosen; the window closes itself right after. */

/* Searches the entries of all students (Ctrl+K); meldcode never. */
PassendSearchWindow *passend_search_window_new        (GtkWindow           *parent,
                                                       PassendDatabase     *database);
void                 passend_search_window_set_text   (PassendSearchWindow *self,
                                                       const char          *text);
/* Runs the search for the current text now, for tests. */
guint                passend_search_window_search_now (PassendSearchWindow *self);
/* Activates the result at @index, as Enter or a click does. */
void                 passend_search_window_activate   (PassendSearchWindow *self,
                                                       guint                index);

G_END_DECLS
