/* passend-wrap-box.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-wrap-box.h"

struct _PassendWrapBox
{
  GtkWidget parent_instance;

  int       child_spacing;
  int       line_spacing;
};

static void passend_wrap_box_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PassendWrapBox, passend_wrap_box, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, passend_wrap_box_buildable_init))

enum {
  PROP_0,
  PROP_CHILD_SPACING,
  PROP_LINE_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static GtkBuildableIface *parent_buildable_iface;

static int
get_child_width (GtkWidget *child,
                 int        available)
{
  int minimum;
  int natural;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);

  /* A child wider than the box gets the whole line, but never less than
   * it needs. */
  return MAX (minimum, MIN (natural, available));
}

static int
get_child_height (GtkWidget *child,
                  int        width)
{
  int natural;

  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &natural, NULL, NULL);

  return natural;
}

/* Walks the children line by line for @width; allocates them when
 * @allocate is set. Returns the height all lines take. */
static int
lay_out (PassendWrapBox *self,
         int             width,
         gboolean        allocate)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  GtkWidget *line_start = gtk_widget_get_first_child (widget);
  int y = 0;

  while (line_start != NULL)
    {
      GtkWidget *child;
      GtkWidget *next_line = NULL;
      int line_height = 0;
      int x = 0;
      int n_in_line = 0;

      /* Measure the line first, so children of one line share its top. */
      for (child = line_start; child != NULL; child = gtk_widget_get_next_sibling (child))
        {
          int child_width;

          if (!gtk_widget_should_layout (child))
            continue;

          child_width = get_child_width (child, width);
          if (n_in_line > 0 && x + self->child_spacing + child_width > width)
            {
              next_line = child;
              break;
            }

          if (n_in_line > 0)
            x += self->child_spacing;
          x += child_width;
          n_in_line++;
          line_height = MAX (line_height, get_child_height (child, child_width));
        }

      if (allocate)
        {
          x = 0;
          for (child = line_start; child != next_line; child = gtk_widget_get_next_sibling (child))
            {
              int child_width;
              int child_x;

              if (!gtk_widget_should_layout (child))
                continue;

              child_width = get_child_width (child, width);
              child_x = rtl ? width - x - child_width : x;
              gtk_widget_size_allocate (child,
                                        &(GtkAllocation) { child_x, y, child_width,
                                                           get_child_height (child, child_width) },
                                        -1);
              x += child_width + self->child_spacing;
            }
        }

      if (n_in_line > 0)
        y += line_height + (next_line != NULL ? self->line_spacing : 0);
      line_start = next_line;
    }

  return y;
}

static GtkSizeRequestMode
passend_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
passend_wrap_box_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  PassendWrapBox *self = PASSEND_WRAP_BOX (widget);
  int widest = 0;
  int one_line = 0;
  int n_children = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_minimum;
      int child_natural;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1,
                          &child_minimum, &child_natural, NULL, NULL);
      widest = MAX (widest, child_minimum);
      one_line += child_natural + (n_children > 0 ? self->child_spacing : 0);
      n_children++;
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = widest;
      *natural = one_line;
    }
  else
    {
      *minimum = *natural = lay_out (self, for_size < 0 ? one_line : MAX (for_size, widest), FALSE);
    }
}

static void
passend_wrap_box_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  lay_out (PASSEND_WRAP_BOX (widget), width, TRUE);
}

static void
passend_wrap_box_buildable_add_child (GtkBuildable *buildable,
                                      GtkBuilder   *builder,
                                      GObject      *child,
                                      const char   *type)
{
  if (GTK_IS_WIDGET (child))
    passend_wrap_box_append (PASSEND_WRAP_BOX (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
passend_wrap_box_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = passend_wrap_box_buildable_add_child;
}

static void
passend_wrap_box_dispose (GObject *object)
{
  passend_wrap_box_remove_all (PASSEND_WRAP_BOX (object));

  G_OBJECT_CLASS (passend_wrap_box_parent_class)->dispose (object);
}

static void
passend_wrap_box_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PassendWrapBox *self = PASSEND_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_CHILD_SPACING:
      g_value_set_int (value, self->child_spacing);
      break;

    case PROP_LINE_SPACING:
      g_value_set_int (value, self->line_spacing);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_wrap_box_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PassendWrapBox *self = PASSEND_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_CHILD_SPACING:
      passend_wrap_box_set_child_spacing (self, g_value_get_int (value));
      break;

    case PROP_LINE_SPACING:
      passend_wrap_box_set_line_spacing (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_wrap_box_class_init (PassendWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_wrap_box_dispose;
  object_class->get_property = passend_wrap_box_get_property;
  object_class->set_property = passend_wrap_box_set_property;

  widget_class->get_request_mode = passend_wrap_box_get_request_mode;
  widget_class->measure = passend_wrap_box_measure;
  widget_class->size_allocate = passend_wrap_box_size_allocate;

  properties[PROP_CHILD_SPACING] =
    g_param_spec_int ("child-spacing", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_LINE_SPACING] =
    g_param_spec_int ("line-spacing", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
passend_wrap_box_init (PassendWrapBox *self)
{
}

GtkWidget *
passend_wrap_box_new (void)
{
  return g_object_new (PASSEND_TYPE_WRAP_BOX, NULL);
}

void
passend_wrap_box_append (PassendWrapBox *self,
                         GtkWidget      *child)
{
  g_return_if_fail (PASSEND_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (gtk_widget_get_parent (child) == NULL);

  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}

void
passend_wrap_box_remove_all (PassendWrapBox *self)
{
  GtkWidget *child;

  g_return_if_fail (PASSEND_IS_WRAP_BOX (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
}

int
passend_wrap_box_get_child_spacing (PassendWrapBox *self)
{
  g_return_val_if_fail (PASSEND_IS_WRAP_BOX (self), 0);

  return self->child_spacing;
}

void
passend_wrap_box_set_child_spacing (PassendWrapBox *self,
                                    int             spacing)
{
  g_return_if_fail (PASSEND_IS_WRAP_BOX (self));
  g_return_if_fail (spacing >= 0);

  if (self->child_spacing == spacing)
    return;

  self->child_spacing = spacing;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD_SPACING]);
}

int
passend_wrap_box_get_line_spacing (PassendWrapBox *self)
{
  g_return_val_if_fail (PASSEND_IS_WRAP_BOX (self), 0);

  return self->line_spacing;
}

void
passend_wrap_box_set_line_spacing (PassendWrapBox *self,
                                   int             spacing)
{
  g_return_if_fail (PASSEND_IS_WRAP_BOX (self));
  g_return_if_fail (spacing >= 0);

  if (self->line_spacing == spacing)
    return;

  self->line_spacing = spacing;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINE_SPACING]);
}
