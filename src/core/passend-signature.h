/* passend-signature.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A signature drawn on a pad or screen, kept as vectors so the PDF can
 * draw it sharp at any size. Points lie in a normalised box: x and y from
 * 0 to 1 (0,0 top left), the box being aspect_ratio (width / height) as
 * wide as it is high, so a renderer scales x by w and y by w / aspect.
 * pressure: 0 to 1, or -1 when the device reports none. time_ms: since
 * the first point of the signature.
 *
 * The byte form (opp_signature.strokes) is, all integers little endian:
 *   "PSIG", u8 format version (1), u8 flags (0),
 *   u16 aspect ratio × 1000 (100…20000), u16 number of strokes,
 *   per stroke: u16 number of points (≥ 1), then per point
 *     u16 x × 65535, u16 y × 65535, u8 pressure × 254 (255: unknown),
 *     u32 time_ms.
 * Parsing refuses a wrong magic or version, a truncated or overlong
 * input, more than PASSEND_SIGNATURE_MAX_STROKES strokes or
 * PASSEND_SIGNATURE_MAX_POINTS points in all, with a G_IO_ERROR_INVALID_DATA. */

#define PASSEND_SIGNATURE_MAX_STROKES 512
#define PASSEND_SIGNATURE_MAX_POINTS  20000

typedef struct
{
  float   x;
  float   y;
  float   pressure;
  guint32 time_ms;
} PassendSignaturePoint;

typedef struct _PassendSignature PassendSignature;

#define PASSEND_TYPE_SIGNATURE (passend_signature_get_type ())
GType             passend_signature_get_type         (void) G_GNUC_CONST;

/* An empty signature in a box @aspect_ratio wide per unit of height
 * (clamped to 0.1…20). */
PassendSignature *passend_signature_new              (double             aspect_ratio);
PassendSignature *passend_signature_ref              (PassendSignature  *self);
void              passend_signature_unref            (PassendSignature  *self);

double            passend_signature_get_aspect_ratio (PassendSignature  *self);
/* Starts a new stroke (pen down); the points that follow belong to it.
 * FALSE when the stroke limit is reached. */
gboolean          passend_signature_begin_stroke     (PassendSignature  *self);
/* Adds a point to the current stroke (starting one if there is none);
 * x, y are clamped to 0…1, pressure to 0…1 (negative: unknown). FALSE
 * when the point limit is reached. */
gboolean          passend_signature_add_point        (PassendSignature  *self,
                                                      double             x,
                                                      double             y,
                                                      double             pressure,
                                                      guint32            time_ms);
/* Undo for the pad: drops the last stroke. */
void              passend_signature_remove_last_stroke (PassendSignature *self);
void              passend_signature_clear            (PassendSignature  *self);

guint             passend_signature_get_n_strokes    (PassendSignature  *self);
guint             passend_signature_get_n_points     (PassendSignature  *self);
/* The points of stroke @index; *n_points set. Valid until @self changes. */
const PassendSignaturePoint *passend_signature_get_stroke (PassendSignature *self,
                                                           guint            index,
                                                           guint           *n_points);
gboolean          passend_signature_is_empty         (PassendSignature  *self);
/* The box around all points, in normalised units; FALSE when empty. */
gboolean          passend_signature_get_bounds       (PassendSignature  *self,
                                                      double            *x0,
                                                      double            *y0,
                                                      double            *x1,
                                                      double            *y1);

GBytes           *passend_signature_to_bytes         (PassendSignature  *self);
PassendSignature *passend_signature_new_from_bytes   (GBytes            *bytes,
                                                      GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PassendSignature, passend_signature_unref)

G_END_DECLS
