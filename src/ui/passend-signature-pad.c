/* passend-signature-pad.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-opp-pdf-ink.h"
#include "passend-signature-pad.h"

/* The pad is paper-white in light and dark style alike: it stands for the
 * form being signed, and the ink looks as it will in the PDF. */

#define PEN_WIDTH      2.4
#define MIN_STEP       0.75   /* pixels between samples worth keeping */
#define DEFAULT_WIDTH  300.0
#define DEFAULT_HEIGHT 100.0

struct _PassendSignaturePad
{
  GtkWidget         parent_instance;

  PassendSignature *signature;
  gint64            start_us;      /* the first point, for time_ms */
  gboolean          in_stroke;
  gboolean          stylus_down;   /* the stylus gesture owns this stroke */
  double            last_x;
  double            last_y;
  double            drag_x;        /* where the drag began */
  double            drag_y;
};

G_DEFINE_FINAL_TYPE (PassendSignaturePad, passend_signature_pad, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EMPTY,
  N_PROPS
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The 3:1 box inside the allocation that strokes are normalised to. */
static void
get_box (PassendSignaturePad *self,
         double              *x,
         double              *y,
         double              *width,
         double              *height)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self));
  double h = gtk_widget_get_height (GTK_WIDGET (self));

  if (w <= 1 || h <= 1)
    {
      w = DEFAULT_WIDTH;
      h = DEFAULT_HEIGHT;
    }

  *width = MIN (w, h * PASSEND_SIGNATURE_PAD_ASPECT);
  *height = *width / PASSEND_SIGNATURE_PAD_ASPECT;
  *x = (w - *width) / 2;
  *y = (h - *height) / 2;
}

static void
update_state (PassendSignaturePad *self,
              gboolean             was_empty)
{
  gboolean empty = passend_signature_is_empty (self->signature);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pad.undo", !empty);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pad.clear", !empty);
  if (empty != was_empty)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPTY]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static guint32
elapsed_ms (PassendSignaturePad *self)
{
  gint64 now = g_get_monotonic_time ();

  if (passend_signature_is_empty (self->signature) && !self->in_stroke)
    self->start_us = now;

  return (guint32) MIN ((now - self->start_us) / 1000, G_MAXUINT32);
}

static void
add_point (PassendSignaturePad *self,
           double               x,
           double               y,
           double               pressure,
           gboolean             force)
{
  double bx, by, bw, bh;

  if (!force && ABS (x - self->last_x) < MIN_STEP && ABS (y - self->last_y) < MIN_STEP)
    return;

  get_box (self, &bx, &by, &bw, &bh);
  passend_signature_add_point (self->signature, (x - bx) / bw, (y - by) / bh, pressure, elapsed_ms (self));
  self->last_x = x;
  self->last_y = y;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
begin_stroke (PassendSignaturePad *self,
              double               x,
              double               y,
              double               pressure)
{
  gboolean was_empty = passend_signature_is_empty (self->signature);

  elapsed_ms (self);
  if (!passend_signature_begin_stroke (self->signature))
    return;

  self->in_stroke = TRUE;
  add_point (self, x, y, pressure, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  update_state (self, was_empty);
}

static void
end_stroke (PassendSignaturePad *self)
{
  if (!self->in_stroke)
    return;

  self->in_stroke = FALSE;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/* Mouse and touch. A pen also drives the drag gesture; the stylus
 * gesture, which has its pressure, takes those strokes instead. */

static gboolean
is_pen (GtkGesture *gesture)
{
  GdkDevice *device = gtk_gesture_get_device (gesture);

  return device != NULL && gdk_device_get_source (device) == GDK_SOURCE_PEN;
}

static void
drag_begin_cb (PassendSignaturePad *self,
               double               x,
               double               y,
               GtkGestureDrag      *gesture)
{
  if (self->stylus_down || is_pen (GTK_GESTURE (gesture)))
    return;

  self->drag_x = x;
  self->drag_y = y;
  begin_stroke (self, x, y, -1);
}

static void
drag_update_cb (PassendSignaturePad *self,
                double               dx,
                double               dy,
                GtkGestureDrag      *gesture)
{
  if (self->stylus_down || !self->in_stroke)
    return;

  add_point (self, self->drag_x + dx, self->drag_y + dy, -1, FALSE);
}

static void
drag_end_cb (PassendSignaturePad *self,
             double               dx,
             double               dy,
             GtkGestureDrag      *gesture)
{
  if (self->stylus_down)
    return;

  end_stroke (self);
}

static double
stylus_pressure (GtkGestureStylus *gesture)
{
  double pressure;

  if (gtk_gesture_stylus_get_axis (gesture, GDK_AXIS_PRESSURE, &pressure))
    return CLAMP (pressure, 0.0, 1.0);
  return -1;
}

static void
stylus_down_cb (PassendSignaturePad *self,
                double               x,
                double               y,
                GtkGestureStylus    *gesture)
{
  self->stylus_down = TRUE;
  begin_stroke (self, x, y, stylus_pressure (gesture));
}

static void
stylus_motion_cb (PassendSignaturePad *self,
                  double               x,
                  double               y,
                  GtkGestureStylus    *gesture)
{
  if (!self->stylus_down || !self->in_stroke)
    return;

  add_point (self, x, y, stylus_pressure (gesture), FALSE);
}

static void
stylus_up_cb (PassendSignaturePad *self,
              double               x,
              double               y,
              GtkGestureStylus    *gesture)
{
  if (!self->stylus_down)
    return;

  self->stylus_down = FALSE;
  end_stroke (self);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  passend_signature_pad_undo (PASSEND_SIGNATURE_PAD (widget));
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  passend_signature_pad_clear (PASSEND_SIGNATURE_PAD (widget));
}

static void
draw_pad (PassendSignaturePad *self,
          cairo_t             *cr,
          double               width,
          double               height)
{
  double bx, by, bw, bh;
  double baseline;

  get_box (self, &bx, &by, &bw, &bh);
  baseline = by + bh * 0.78;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  /* The line to sign on, and the cross where a form puts it. */
  cairo_set_source_rgb (cr, 0.6, 0.63, 0.67);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, bx + bw * 0.06, baseline + 0.5);
  cairo_line_to (cr, bx + bw * 0.94, baseline + 0.5);
  cairo_stroke (cr);
  cairo_move_to (cr, bx + bw * 0.06, baseline - 12);
  cairo_line_to (cr, bx + bw * 0.06 + 8, baseline - 4);
  cairo_move_to (cr, bx + bw * 0.06 + 8, baseline - 12);
  cairo_line_to (cr, bx + bw * 0.06, baseline - 4);
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, 0.05, 0.12, 0.35);
  passend_opp_pdf_draw_ink (cr, self->signature, bx, by, bh, PEN_WIDTH);
}

static void
passend_signature_pad_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  PassendSignaturePad *self = PASSEND_SIGNATURE_PAD (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_pad (self, cr, width, height);
  cairo_destroy (cr);

  if (passend_signature_is_empty (self->signature))
    {
      g_autoptr(PangoLayout) hint = gtk_widget_create_pango_layout (widget, _("Sign here"));
      GdkRGBA grey = { 0.45, 0.47, 0.5, 1 };
      int w, h;

      pango_layout_get_pixel_size (hint, &w, &h);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((width - w) / 2, (height - h) / 2 - h));
      gtk_snapshot_append_layout (snapshot, hint, &grey);
      gtk_snapshot_restore (snapshot);
    }
}

static void
passend_signature_pad_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 480;
    }
  else
    {
      *minimum = 80;
      *natural = for_size > 0 ? MAX (80, (int) (for_size / PASSEND_SIGNATURE_PAD_ASPECT)) : 160;
    }
}

static GtkSizeRequestMode
passend_signature_pad_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
passend_signature_pad_finalize (GObject *object)
{
  PassendSignaturePad *self = PASSEND_SIGNATURE_PAD (object);

  g_clear_pointer (&self->signature, passend_signature_unref);

  G_OBJECT_CLASS (passend_signature_pad_parent_class)->finalize (object);
}

static void
passend_signature_pad_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PassendSignaturePad *self = PASSEND_SIGNATURE_PAD (object);

  switch (prop_id)
    {
    case PROP_EMPTY:
      g_value_set_boolean (value, passend_signature_pad_get_empty (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_signature_pad_class_init (PassendSignaturePadClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = passend_signature_pad_finalize;
  object_class->get_property = passend_signature_pad_get_property;
  widget_class->snapshot = passend_signature_pad_snapshot;
  widget_class->measure = passend_signature_pad_measure;
  widget_class->get_request_mode = passend_signature_pad_get_request_mode;

  properties[PROP_EMPTY] = g_param_spec_boolean ("empty", NULL, NULL, TRUE,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS |
                                                 G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "pad.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "pad.clear", NULL, clear_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "pad.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "pad.clear", NULL);

  gtk_widget_class_set_css_name (widget_class, "signaturepad");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
passend_signature_pad_init (PassendSignaturePad *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *stylus = gtk_gesture_stylus_new ();

  self->signature = passend_signature_new (PASSEND_SIGNATURE_PAD_ASPECT);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  g_signal_connect_swapped (stylus, "down", G_CALLBACK (stylus_down_cb), self);
  g_signal_connect_swapped (stylus, "motion", G_CALLBACK (stylus_motion_cb), self);
  g_signal_connect_swapped (stylus, "up", G_CALLBACK (stylus_up_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (stylus));

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "crosshair");
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Signature pad"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Sign with the mouse, a finger or a pen. Ctrl+Z undoes the last stroke."),
                                  -1);
  update_state (self, TRUE);
}

GtkWidget *
passend_signature_pad_new (void)
{
  return g_object_new (PASSEND_TYPE_SIGNATURE_PAD, NULL);
}

gboolean
passend_signature_pad_get_empty (PassendSignaturePad *self)
{
  g_return_val_if_fail (PASSEND_IS_SIGNATURE_PAD (self), TRUE);

  return passend_signature_is_empty (self->signature);
}

PassendSignature *
passend_signature_pad_get_signature (PassendSignaturePad *self)
{
  g_autoptr(GBytes) bytes = NULL;
  PassendSignature *copy;

  g_return_val_if_fail (PASSEND_IS_SIGNATURE_PAD (self), NULL);

  if (passend_signature_is_empty (self->signature))
    return passend_signature_new (PASSEND_SIGNATURE_PAD_ASPECT);

  /* Through the stored form: what the caller gets is exactly what the
   * database will hold. */
  bytes = passend_signature_to_bytes (self->signature);
  copy = passend_signature_new_from_bytes (bytes, NULL);
  return copy != NULL ? copy : passend_signature_new (PASSEND_SIGNATURE_PAD_ASPECT);
}

void
passend_signature_pad_undo (PassendSignaturePad *self)
{
  gboolean was_empty;

  g_return_if_fail (PASSEND_IS_SIGNATURE_PAD (self));

  was_empty = passend_signature_is_empty (self->signature);
  if (was_empty)
    return;

  self->in_stroke = FALSE;
  passend_signature_remove_last_stroke (self->signature);
  update_state (self, was_empty);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

void
passend_signature_pad_clear (PassendSignaturePad *self)
{
  gboolean was_empty;

  g_return_if_fail (PASSEND_IS_SIGNATURE_PAD (self));

  was_empty = passend_signature_is_empty (self->signature);
  if (was_empty)
    return;

  self->in_stroke = FALSE;
  passend_signature_clear (self->signature);
  update_state (self, was_empty);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

void
passend_signature_pad_add_stroke (PassendSignaturePad *self,
                                  const double        *xs,
                                  const double        *ys,
                                  const double        *pressures,
                                  guint                n_points)
{
  g_return_if_fail (PASSEND_IS_SIGNATURE_PAD (self));
  g_return_if_fail (n_points == 0 || (xs != NULL && ys != NULL));

  if (n_points == 0)
    return;

  begin_stroke (self, xs[0], ys[0], pressures != NULL ? pressures[0] : -1);
  for (guint i = 1; i < n_points; i++)
    add_point (self, xs[i], ys[i], pressures != NULL ? pressures[i] : -1, TRUE);
  end_stroke (self);
}
