/* passend-opp-preview.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "passend-opp.h"

G_BEGIN_DECLS

#define PASSEND_TYPE_OPP_PREVIEW (passend_opp_preview_get_type ())

G_DECLARE_FINAL_TYPE (PassendOppPreview, passend_opp_preview, PASSEND, OPP_PREVIEW, GtkWidget)

/* The printed OPP beside the form: the document is rendered to PDF and
 * the page shown is drawn in a worker thread; a newer document cancels
 * the render of an older one. */
GtkWidget *passend_opp_preview_new            (void);
void       passend_opp_preview_set_document   (PassendOppPreview  *self,
                                               PassendOppDocument *document);
guint      passend_opp_preview_get_n_pages    (PassendOppPreview  *self);
/* How many renders have been shown (for tests and the benchmark). */
guint      passend_opp_preview_get_n_renders  (PassendOppPreview  *self);

G_END_DECLS
