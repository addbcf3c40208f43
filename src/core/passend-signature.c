/* passend-signature.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "passend-signature.h"

#define MAGIC          "PSIG"
#define FORMAT_VERSION 1
#define HEADER_SIZE    10   /* magic, version, flags, aspect, n_strokes */
#define POINT_SIZE     9    /* x, y, pressure, time */
#define MIN_ASPECT     0.1
#define MAX_ASPECT     20.0

struct _PassendSignature
{
  gatomicrefcount ref_count;
  double aspect_ratio;
  /* Of GArray of PassendSignaturePoint; every stroke has ≥ 1 point once
   * written out (an empty stroke in progress is dropped then). */
  GPtrArray *strokes;
  guint n_points;
};

G_DEFINE_BOXED_TYPE (PassendSignature, passend_signature,
                     passend_signature_ref, passend_signature_unref)

PassendSignature *
passend_signature_new (double aspect_ratio)
{
  PassendSignature *self = g_new0 (PassendSignature, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->aspect_ratio = CLAMP (aspect_ratio, MIN_ASPECT, MAX_ASPECT);
  self->strokes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  return self;
}

PassendSignature *
passend_signature_ref (PassendSignature *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
passend_signature_unref (PassendSignature *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_ptr_array_unref (self->strokes);
  g_free (self);
}

double
passend_signature_get_aspect_ratio (PassendSignature *self)
{
  g_return_val_if_fail (self != NULL, 1.0);

  return self->aspect_ratio;
}

gboolean
passend_signature_begin_stroke (PassendSignature *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  /* A pen-down without movement leaves an empty stroke: reuse it. */
  if (self->strokes->len > 0 &&
      ((GArray *) g_ptr_array_index (self->strokes, self->strokes->len - 1))->len == 0)
    return TRUE;

  if (self->strokes->len >= PASSEND_SIGNATURE_MAX_STROKES)
    return FALSE;

  g_ptr_array_add (self->strokes, g_array_new (FALSE, FALSE, sizeof (PassendSignaturePoint)));

  return TRUE;
}

gboolean
passend_signature_add_point (PassendSignature *self,
                             double            x,
                             double            y,
                             double            pressure,
                             guint32           time_ms)
{
  PassendSignaturePoint point;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->n_points >= PASSEND_SIGNATURE_MAX_POINTS)
    return FALSE;
  if (self->strokes->len == 0 && !passend_signature_begin_stroke (self))
    return FALSE;

  point.x = CLAMP (x, 0.0, 1.0);
  point.y = CLAMP (y, 0.0, 1.0);
  point.pressure = pressure < 0 ? -1.0f : (float) MIN (pressure, 1.0);
  point.time_ms = time_ms;
  g_array_append_val (g_ptr_array_index (self->strokes, self->strokes->len - 1), point);
  self->n_points++;

  return TRUE;
}

void
passend_signature_remove_last_stroke (PassendSignature *self)
{
  GArray *last;

  g_return_if_fail (self != NULL);

  if (self->strokes->len == 0)
    return;

  last = g_ptr_array_index (self->strokes, self->strokes->len - 1);
  self->n_points -= last->len;
  g_ptr_array_remove_index (self->strokes, self->strokes->len - 1);
}

void
passend_signature_clear (PassendSignature *self)
{
  g_return_if_fail (self != NULL);

  g_ptr_array_set_size (self->strokes, 0);
  self->n_points = 0;
}

/* Empty strokes (a pen-down in progress) do not count. */
guint
passend_signature_get_n_strokes (PassendSignature *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->strokes->len; i++)
    n += ((GArray *) g_ptr_array_index (self->strokes, i))->len > 0;

  return n;
}

guint
passend_signature_get_n_points (PassendSignature *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_points;
}

const PassendSignaturePoint *
passend_signature_get_stroke (PassendSignature *self,
                              guint             index,
                              guint            *n_points)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->strokes->len; i++)
    {
      GArray *stroke = g_ptr_array_index (self->strokes, i);

      if (stroke->len == 0)
        continue;
      if (index-- == 0)
        {
          if (n_points != NULL)
            *n_points = stroke->len;
          return (const PassendSignaturePoint *) (gpointer) stroke->data;
        }
    }

  g_return_val_if_reached (NULL);
}

gboolean
passend_signature_is_empty (PassendSignature *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->n_points == 0;
}

gboolean
passend_signature_get_bounds (PassendSignature *self,
                              double           *x0,
                              double           *y0,
                              double           *x1,
                              double           *y1)
{
  double min_x = 1, min_y = 1, max_x = 0, max_y = 0;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->n_points == 0)
    return FALSE;

  for (guint i = 0; i < self->strokes->len; i++)
    {
      GArray *stroke = g_ptr_array_index (self->strokes, i);

      for (guint j = 0; j < stroke->len; j++)
        {
          const PassendSignaturePoint *point = &g_array_index (stroke, PassendSignaturePoint, j);

          min_x = MIN (min_x, point->x);
          min_y = MIN (min_y, point->y);
          max_x = MAX (max_x, point->x);
          max_y = MAX (max_y, point->y);
        }
    }

  if (x0 != NULL)
    *x0 = min_x;
  if (y0 != NULL)
    *y0 = min_y;
  if (x1 != NULL)
    *x1 = max_x;
  if (y1 != NULL)
    *y1 = max_y;

  return TRUE;
}

static void
put_u16 (GByteArray *out,
         guint       value)
{
  guint8 bytes[2] = { value & 0xff, (value >> 8) & 0xff };

  g_byte_array_append (out, bytes, 2);
}

static void
put_u32 (GByteArray *out,
         guint32     value)
{
  guint8 bytes[4] = { value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, (value >> 24) & 0xff };

  g_byte_array_append (out, bytes, 4);
}

GBytes *
passend_signature_to_bytes (PassendSignature *self)
{
  GByteArray *out;
  guint8 version_and_flags[2] = { FORMAT_VERSION, 0 };

  g_return_val_if_fail (self != NULL, NULL);

  out = g_byte_array_sized_new (HEADER_SIZE + 2 * self->strokes->len + POINT_SIZE * self->n_points);
  g_byte_array_append (out, (const guint8 *) MAGIC, 4);
  g_byte_array_append (out, version_and_flags, 2);
  put_u16 (out, (guint) lround (self->aspect_ratio * 1000));
  put_u16 (out, passend_signature_get_n_strokes (self));

  for (guint i = 0; i < self->strokes->len; i++)
    {
      GArray *stroke = g_ptr_array_index (self->strokes, i);

      if (stroke->len == 0)
        continue;

      put_u16 (out, stroke->len);
      for (guint j = 0; j < stroke->len; j++)
        {
          const PassendSignaturePoint *point = &g_array_index (stroke, PassendSignaturePoint, j);
          guint8 pressure = point->pressure < 0 ? 255 : (guint8) lround (point->pressure * 254);

          put_u16 (out, (guint) lround (point->x * 65535));
          put_u16 (out, (guint) lround (point->y * 65535));
          g_byte_array_append (out, &pressure, 1);
          put_u32 (out, point->time_ms);
        }
    }

  return g_byte_array_free_to_bytes (out);
}

static guint
get_u16 (const guint8 *data)
{
  return data[0] | (data[1] << 8);
}

static guint32
get_u32 (const guint8 *data)
{
  return (guint32) data[0] | ((guint32) data[1] << 8) | ((guint32) data[2] << 16) | ((guint32) data[3] << 24);
}

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("Not a valid signature: %s"), message);
  return FALSE;
}

static gboolean
parse_strokes (PassendSignature  *self,
               const guint8      *data,
               gsize              size,
               guint              n_strokes,
               GError           **error)
{
  gsize offset = HEADER_SIZE;

  for (guint i = 0; i < n_strokes; i++)
    {
      guint n_points;

      if (size - offset < 2)
        return invalid (error, _("it is cut short"));
      n_points = get_u16 (data + offset);
      offset += 2;
      if (n_points == 0)
        return invalid (error, _("a stroke has no points"));
      if (self->n_points + n_points > PASSEND_SIGNATURE_MAX_POINTS)
        return invalid (error, _("it has too many points"));
      if ((size - offset) / POINT_SIZE < n_points)
        return invalid (error, _("it is cut short"));

      passend_signature_begin_stroke (self);
      for (guint j = 0; j < n_points; j++, offset += POINT_SIZE)
        {
          guint8 pressure = data[offset + 4];

          passend_signature_add_point (self,
                                       get_u16 (data + offset) / 65535.0,
                                       get_u16 (data + offset + 2) / 65535.0,
                                       pressure == 255 ? -1.0 : MIN (pressure, 254) / 254.0,
                                       get_u32 (data + offset + 5));
        }
    }

  if (offset != size)
    return invalid (error, _("it has trailing data"));

  return TRUE;
}

PassendSignature *
passend_signature_new_from_bytes (GBytes  *bytes,
                                  GError **error)
{
  g_autoptr(PassendSignature) self = NULL;
  const guint8 *data;
  gsize size;
  guint aspect, n_strokes;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size < HEADER_SIZE || memcmp (data, MAGIC, 4) != 0)
    {
      invalid (error, _("it does not start like one"));
      return NULL;
    }
  if (data[4] != FORMAT_VERSION || data[5] != 0)
    {
      invalid (error, _("it was written in an unknown format"));
      return NULL;
    }
  /* The largest valid input is bounded, so nothing larger is read. */
  if (size > HEADER_SIZE + 2 * PASSEND_SIGNATURE_MAX_STROKES + (gsize) POINT_SIZE * PASSEND_SIGNATURE_MAX_POINTS)
    {
      invalid (error, _("it is too large"));
      return NULL;
    }

  aspect = get_u16 (data + 6);
  n_strokes = get_u16 (data + 8);
  if (aspect < MIN_ASPECT * 1000 || aspect > MAX_ASPECT * 1000)
    {
      invalid (error, _("its box has an impossible shape"));
      return NULL;
    }
  if (n_strokes > PASSEND_SIGNATURE_MAX_STROKES)
    {
      invalid (error, _("it has too many strokes"));
      return NULL;
    }

  self = passend_signature_new (aspect / 1000.0);
  if (!parse_strokes (self, data, size, n_strokes, error))
    return NULL;

  return g_steal_pointer (&self);
}
