/* passend-ui-util.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-ui-util.h"

char *
passend_ui_dup_regie_text (PassendStudent *student)
{
  const char *role;
  const char *name;

  g_return_val_if_fail (PASSEND_IS_STUDENT (student), NULL);

  role = passend_regie_get_label (passend_student_get_regie (student));
  name = passend_student_get_regie_name (student);

  if (name == NULL || name[0] == '\0')
    return g_strdup (role);

  /* TRANSLATORS: who holds regie: the role, then the person,
   * "LeCo · Jan de Vries". */
  return g_strdup_printf (C_("regie", "%s · %s"), role, name);
}

void
passend_ui_set_niveau_badge (GtkLabel      *label,
                             PassendNiveau  niveau,
                             gboolean       long_form)
{
  static const char * const niveau_classes[] = {
    "niveau-none", "niveau-1", "niveau-2", "niveau-3", "niveau-4",
  };
  guint index = MIN ((guint) niveau, G_N_ELEMENTS (niveau_classes) - 1);
  const char *classes[] = { "niveau-badge", niveau_classes[index], NULL };
  g_autofree char *text = NULL;

  g_return_if_fail (GTK_IS_LABEL (label));

  if (index == PASSEND_NIVEAU_NONE)
    text = g_strdup (long_form ? _("Not in Support") : "–");
  else if (long_form)
    /* TRANSLATORS: the support level (niveau) of a student, 1 to 4. */
    text = g_strdup_printf (_("Level %u"), index);
  else
    text = g_strdup_printf ("%u", index);

  gtk_label_set_text (label, text);
  gtk_widget_set_css_classes (GTK_WIDGET (label), classes);
  passend_ui_set_cell_tooltip (GTK_WIDGET (label), passend_niveau_get_label (niveau));
}

static GQuark
cell_tooltip_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("passend-cell-tooltip");
  return quark;
}

static gboolean
query_cell_tooltip_cb (GtkWidget  *widget,
                       int         x,
                       int         y,
                       gboolean    keyboard_mode,
                       GtkTooltip *tooltip,
                       gpointer    user_data)
{
  const char *text = g_object_get_qdata (G_OBJECT (widget), cell_tooltip_quark ());

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
passend_ui_set_cell_tooltip (GtkWidget  *widget,
                             const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (text != NULL && text[0] == '\0')
    text = NULL;

  if (g_signal_handler_find (widget, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, query_cell_tooltip_cb, NULL) == 0)
    {
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (query_cell_tooltip_cb), NULL);
      gtk_widget_set_has_tooltip (widget, TRUE);
    }

  if (g_strcmp0 (text, g_object_get_qdata (G_OBJECT (widget), cell_tooltip_quark ())) == 0)
    return;

  g_object_set_qdata_full (G_OBJECT (widget), cell_tooltip_quark (), g_strdup (text), g_free);
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static gboolean
show_whole_slice_cb (gpointer user_data)
{
  gtk_slice_list_model_set_size (GTK_SLICE_LIST_MODEL (user_data), G_MAXUINT);
  return G_SOURCE_REMOVE;
}

/* After the frame, not in it: the rows still to make would hold back the
 * frame's presentation and the input that follows it. */
static void
first_frame_painted_cb (GdkFrameClock     *clock,
                        GtkSliceListModel *slice)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, slice);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, show_whole_slice_cb, g_object_ref (slice), g_object_unref);
}

static void
window_realized_cb (GtkWidget         *window,
                    GtkSliceListModel *slice)
{
  g_signal_handlers_disconnect_by_func (window, window_realized_cb, slice);
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (first_frame_painted_cb), slice, 0);
}

void
passend_ui_slice_until_first_frame (GtkSliceListModel *slice,
                                    GtkWidget         *widget,
                                    int                min_row_height)
{
  GtkWidget *window;
  GListModel *monitors;
  int tallest = 0;

  g_return_if_fail (GTK_IS_SLICE_LIST_MODEL (slice));
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (min_row_height > 0);

  window = GTK_WIDGET (gtk_widget_get_root (widget));
  if (window == NULL || gtk_widget_get_realized (window))
    return;

  monitors = gdk_display_get_monitors (gtk_widget_get_display (window));
  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      tallest = MAX (tallest, geometry.height);
    }
  if (tallest == 0)
    return;

  gtk_slice_list_model_set_size (slice, (tallest + min_row_height - 1) / min_row_height);
  g_signal_connect_object (window, "realize", G_CALLBACK (window_realized_cb), slice, 0);
}

void
passend_ui_remove_children (GtkWidget *container)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_BOX (container));

  while ((child = gtk_widget_get_first_child (container)))
    gtk_box_remove (GTK_BOX (container), child);
}

AdwToast *
passend_ui_toast_new_error (const char   *what,
                            const GError *error)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (what != NULL, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  title = g_markup_printf_escaped ("%s: %s", what, error->message);
  return adw_toast_new (title);
}
