/* passend-preferences-window.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_PREFERENCES_WINDOW (passend_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (PassendPreferencesWindow, passend_preferences_window, PASSEND, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget       *passend_preferences_window_new          (PassendDatabase          *database);
PassendDatabase *passend_preferences_window_get_database (PassendPreferencesWindow *self);

G_END_DECLS
