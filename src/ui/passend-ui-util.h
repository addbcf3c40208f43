/* passend-ui-util.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "passend-student.h"

G_BEGIN_DECLS

/* "LeCo · Jan de Vries", or the role alone when nobody is named. */
char *passend_ui_dup_regie_text   (PassendStudent *student);

/* Styles @label as the badge of @niveau (style.css: .niveau-badge): the
 * digit alone in lists, "Level 3" in a header when @long_form is set. */
void  passend_ui_set_niveau_badge (GtkLabel       *label,
                                   PassendNiveau   niveau,
                                   gboolean        long_form);

/* A toast saying "@what: message". Toast titles are markup in
 * libadwaita 1.2, so the message is escaped. */
AdwToast *passend_ui_toast_new_error (const char   *what,
                                      const GError *error);

/* Sets the tooltip of a widget in a list cell, which is rebound often.
 * gtk_widget_set_tooltip_text() asks the display where the pointer is
 * each time the text changes on a visible widget (a round trip to the X
 * server); this keeps the text and answers "query-tooltip" with it, and
 * gives it to assistive technologies as the description. %NULL or ""
 * removes it. */
void  passend_ui_set_cell_tooltip (GtkWidget      *widget,
                                   const char     *text);

/* Until the window of @widget has painted its first frame, @slice holds a
 * screenful of items (the tallest monitor's height in rows of
 * @min_row_height pixels), then all of them (from an idle after that
 * frame). Does nothing once the window is realized. GTK 4.8's list views
 * make, bind and measure up to 200 rows as soon as they have a model,
 * whatever fits on the screen. */
void  passend_ui_slice_until_first_frame (GtkSliceListModel *slice,
                                          GtkWidget         *widget,
                                          int                min_row_height);

/* Removes every child of a GtkBox. */
void  passend_ui_remove_children  (GtkWidget      *container);

G_END_DECLS
