/* passend-wrap-box.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PASSEND_TYPE_WRAP_BOX (passend_wrap_box_get_type ())

G_DECLARE_FINAL_TYPE (PassendWrapBox, passend_wrap_box, PASSEND, WRAP_BOX, GtkWidget)

/* Lays its children out left to right at their natural widths and
 * starts a new line when the next one does not fit: pills, tags and
 * short facts that should pack tightly and wrap on narrow windows.
 * (GtkFlowBox aligns its children in columns; libadwaita's wrap box
 * came after 1.2.) */
GtkWidget *passend_wrap_box_new              (void);
void       passend_wrap_box_append           (PassendWrapBox *self,
                                              GtkWidget      *child);
void       passend_wrap_box_remove_all       (PassendWrapBox *self);
int        passend_wrap_box_get_child_spacing (PassendWrapBox *self);
void       passend_wrap_box_set_child_spacing (PassendWrapBox *self,
                                               int             spacing);
int        passend_wrap_box_get_line_spacing (PassendWrapBox *self);
void       passend_wrap_box_set_line_spacing (PassendWrapBox *self,
                                              int             spacing);

G_END_DECLS
