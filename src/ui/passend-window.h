/* passend-window.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-database.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_WINDOW (passend_window_get_type ())

G_DECLARE_FINAL_TYPE (PassendWindow, passend_window, PASSEND, WINDOW, AdwApplicationWindow)

PassendWindow *passend_window_new            (GtkApplication *application);

/* The window shows one of four states: the first-start welcome, the
 * progress of the demo generator, an error, or the workbench once a
 * database is set. */
void           passend_window_show_welcome   (PassendWindow  *self,
                                              const char     *database_path);
void           passend_window_show_progress  (PassendWindow  *self,
                                              double          fraction);
void           passend_window_show_error     (PassendWindow  *self,
                                              const char     *title,
                                              const char     *message);
void           passend_window_set_database   (PassendWindow   *self,
                                              PassendDatabase *database);
PassendDatabase *passend_window_get_database (PassendWindow   *self);
/* The pages besides the Overzicht and the caseload are made when first
 * needed; this makes @name ("caseload", "aanmeldingen", "meetings",
 * "partners" or "student") if it was not yet. */
GtkWidget     *passend_window_get_page       (PassendWindow   *self,
                                              const char      *name);

/* @name: "overview", "caseload", "meetings", "partners" or "aanmeldingen". */
void           passend_window_show_page      (PassendWindow  *self,
                                              const char     *name);
void           passend_window_show_student   (PassendWindow  *self,
                                              PassendStudent *student);
/* Takes ownership of @toast, as adw_toast_overlay_add_toast() does. */
void           passend_window_add_toast      (PassendWindow  *self,
                                              AdwToast       *toast);

G_END_DECLS
