/* passend-signature-pad.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "passend-signature.h"

G_BEGIN_DECLS

/* The width of the pad per unit of height; signatures it makes have this
 * aspect ratio. */
#define PASSEND_SIGNATURE_PAD_ASPECT 3.0

#define PASSEND_TYPE_SIGNATURE_PAD (passend_signature_pad_get_type ())

G_DECLARE_FINAL_TYPE (PassendSignaturePad, passend_signature_pad, PASSEND, SIGNATURE_PAD, GtkWidget)

/* A surface to sign on with a mouse, a finger or a pen (with its
 * pressure where the device reports one), drawn as smooth ink. Emits
 * "changed" after every finished stroke, an undo and a clear. Actions:
 * "pad.undo" (Ctrl+Z) drops the last stroke, "pad.clear" all of them.
 * Property "empty" (read-only) is TRUE while nothing is drawn. */

GtkWidget        *passend_signature_pad_new           (void);

gboolean          passend_signature_pad_get_empty     (PassendSignaturePad *self);
/* A copy of what is drawn, independent of later changes to the pad.
 * Returns: (transfer full): never NULL; empty when nothing is drawn */
PassendSignature *passend_signature_pad_get_signature (PassendSignaturePad *self);
void              passend_signature_pad_undo          (PassendSignaturePad *self);
void              passend_signature_pad_clear         (PassendSignaturePad *self);

/* For tests and scripted input: adds one stroke as if drawn, @xs and @ys
 * in widget pixels (clamped to the pad), @pressures 0…1 or NULL for a
 * device without pressure; emits "changed". Works before the pad is
 * shown: it then assumes a pad of 300 × 100 pixels. */
void              passend_signature_pad_add_stroke    (PassendSignaturePad *self,
                                                       const double        *xs,
                                                       const double        *ys,
                                                       const double        *pressures,
                                                       guint                n_points);

G_END_DECLS
