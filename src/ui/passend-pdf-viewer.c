/* passend-pdf-viewer.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "passend-pdf-renderer.h"
#include "passend-pdf-viewer-private.h"
#include "passend-ui-util.h"

#define THUMBNAIL_WIDTH 120
/* The margins around the page in the template. */
#define PAGE_MARGIN 36

static const double zoom_levels[] = { 0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0 };

struct _PassendPdfViewer
{
  AdwWindow           parent_instance;

  /* Template widgets */
  AdwToastOverlay    *toast_overlay;
  AdwWindowTitle     *window_title;
  GtkToggleButton    *sidebar_button;
  GtkWidget          *navigation_box;
  GtkEntry           *page_entry;
  GtkLabel           *n_pages_label;
  GtkButton          *zoom_button;
  AdwFlap            *flap;
  GtkListView        *thumbnail_view;
  GtkScrolledWindow  *page_scroller;
  GtkPicture         *page_picture;

  /* Owned references */
  char               *file_name;
  GBytes             *content;
  PassendPdfRenderer *renderer;     /* a PDF */
  GdkTexture         *image;        /* or an image, shown as one page */
  GtkStringList      *pages;
  GtkSingleSelection *selection;
  GPtrArray          *thumbnails;   /* GdkTexture or NULL, per page */
  GArray             *pending;      /* gboolean per page: a thumbnail render runs */
  GCancellable       *cancellable;  /* every render; cancelled in dispose */
  GCancellable       *page_cancellable;

  guint               page;
  guint               n_pages;
  int                 rendered_page;
  double              zoom;         /* 0: fit to width */
  double              fitted_width; /* the width the current fit was made for */
  guint               relayout_source;
};

G_DEFINE_FINAL_TYPE (PassendPdfViewer, passend_pdf_viewer, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_RENDERED_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  PassendPdfViewer *self;   /* borrowed; the cancellable guards it */
  guint             index;
} ThumbnailRequest;

static GdkTexture *
texture_from_surface (cairo_surface_t *surface)
{
  g_autoptr(GBytes) bytes = NULL;
  int stride = cairo_image_surface_get_stride (surface);
  int height = cairo_image_surface_get_height (surface);

  cairo_surface_flush (surface);
  /* The texture keeps the surface's pixels alive: no copy. */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) stride * height,
                                      (GDestroyNotify) cairo_surface_destroy,
                                      cairo_surface_reference (surface));
  return gdk_memory_texture_new (cairo_image_surface_get_width (surface), height,
                                 GDK_MEMORY_DEFAULT, bytes, stride);
}

static void
show_error (PassendPdfViewer *self,
            const char       *what,
            const GError     *error)
{
  adw_toast_overlay_add_toast (self->toast_overlay, passend_ui_toast_new_error (what, error));
}

static double
page_width_points (PassendPdfViewer *self)
{
  double width = 0;

  if (self->renderer != NULL)
    passend_pdf_renderer_get_page_size (self->renderer, self->page, &width, NULL);
  else
    width = gdk_texture_get_width (self->image);

  return width;
}

/* Pixels per point at which the page is shown; 0 while the view has no
 * width yet. */
static double
effective_scale (PassendPdfViewer *self)
{
  GtkAdjustment *adjustment;
  double available;

  if (self->zoom > 0)
    return self->zoom;

  adjustment = gtk_scrolled_window_get_hadjustment (self->page_scroller);
  available = gtk_adjustment_get_page_size (adjustment) - PAGE_MARGIN;
  self->fitted_width = gtk_adjustment_get_page_size (adjustment);
  if (available <= 0)
    return 0;

  return available / page_width_points (self);
}

static void
update_controls (PassendPdfViewer *self)
{
  g_autofree char *number = g_strdup_printf ("%u", self->page + 1);
  /* TRANSLATORS: after the page number entry: "3 of 12". */
  g_autofree char *of_pages = g_strdup_printf (C_("page", "of %u"), self->n_pages);
  /* TRANSLATORS: the subtitle of the document viewer. */
  g_autofree char *subtitle = g_strdup_printf (_("Page %u of %u"), self->page + 1, self->n_pages);
  g_autofree char *zoom = NULL;
  double scale = effective_scale (self);

  gtk_editable_set_text (GTK_EDITABLE (self->page_entry), number);
  gtk_label_set_text (self->n_pages_label, of_pages);
  adw_window_title_set_subtitle (self->window_title, self->n_pages > 1 ? subtitle : NULL);

  /* TRANSLATORS: a zoom level, "125 %"; use your language's percent style. */
  zoom = g_strdup_printf (C_("zoom", "%d %%"), (int) (scale * 100 + 0.5));
  gtk_button_set_label (self->zoom_button, scale > 0 ? zoom : "");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.previous-page", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.next-page", self->page + 1 < self->n_pages);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.zoom-in",
                                 scale < zoom_levels[G_N_ELEMENTS (zoom_levels) - 1]);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.zoom-out", scale > zoom_levels[0]);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.zoom-fit", self->zoom > 0);

  if (self->selection != NULL && gtk_single_selection_get_selected (self->selection) != self->page)
    gtk_single_selection_set_selected (self->selection, self->page);
}

static void
set_rendered_page (PassendPdfViewer *self,
                   int               page)
{
  if (self->rendered_page == page)
    return;

  self->rendered_page = page;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RENDERED_PAGE]);
}

static void
page_rendered_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  PassendPdfViewer *self;
  cairo_surface_t *surface;
  double device_scale_x = 1, device_scale_y = 1;

  surface = passend_pdf_renderer_render_page_finish (PASSEND_PDF_RENDERER (object), result, &error);
  if (surface == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = PASSEND_PDF_VIEWER (user_data);
  if (surface == NULL)
    {
      show_error (self, _("Could not show the page"), error);
      return;
    }

  cairo_surface_get_device_scale (surface, &device_scale_x, &device_scale_y);
  texture = texture_from_surface (surface);
  gtk_widget_set_size_request (GTK_WIDGET (self->page_picture),
                               (int) (cairo_image_surface_get_width (surface) / device_scale_x),
                               (int) (cairo_image_surface_get_height (surface) / device_scale_y));
  gtk_picture_set_paintable (self->page_picture, GDK_PAINTABLE (texture));
  cairo_surface_destroy (surface);
  set_rendered_page (self, (int) self->page);
}

static void
show_image (PassendPdfViewer *self,
            double            scale)
{
  gtk_picture_set_paintable (self->page_picture, GDK_PAINTABLE (self->image));
  gtk_widget_set_size_request (GTK_WIDGET (self->page_picture),
                               (int) (gdk_texture_get_width (self->image) * scale),
                               (int) (gdk_texture_get_height (self->image) * scale));
  set_rendered_page (self, 0);
}

static void
render_page (PassendPdfViewer *self)
{
  double scale;

  g_cancellable_cancel (self->page_cancellable);
  g_clear_object (&self->page_cancellable);

  update_controls (self);
  scale = effective_scale (self);
  /* Without a width yet, the first allocation brings the render. */
  if (scale <= 0)
    return;

  if (self->image != NULL)
    {
      show_image (self, scale);
      return;
    }

  set_rendered_page (self, -1);
  self->page_cancellable = g_cancellable_new ();
  passend_pdf_renderer_render_page_async (self->renderer, self->page, scale,
                                          gtk_widget_get_scale_factor (GTK_WIDGET (self)),
                                          self->page_cancellable, page_rendered_cb, self);
}

static void
relayout_idle_cb (gpointer user_data)
{
  PassendPdfViewer *self = user_data;

  self->relayout_source = 0;
  render_page (self);
}

/* The viewport's width is the adjustment's page size: when it changes a
 * fitted page is rendered again, once the resizing settles. */
static void
viewport_width_changed_cb (PassendPdfViewer *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (self->page_scroller);

  if (self->zoom > 0 || gtk_adjustment_get_page_size (adjustment) == self->fitted_width)
    return;

  g_clear_handle_id (&self->relayout_source, g_source_remove);
  self->relayout_source = g_timeout_add_once (60, relayout_idle_cb, self);
}

static void
thumbnail_rendered_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autofree ThumbnailRequest *request = user_data;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  PassendPdfViewer *self;

  surface = passend_pdf_renderer_render_page_finish (PASSEND_PDF_RENDERER (object), result, &error);
  if (surface == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = request->self;
  g_array_index (self->pending, gboolean, request->index) = FALSE;
  if (surface == NULL)
    {
      g_debug ("No thumbnail for page %u: %s", request->index + 1, error->message);
      return;
    }

  g_ptr_array_index (self->thumbnails, request->index) = texture_from_surface (surface);
  cairo_surface_destroy (surface);

  /* Rebinds the row, which now finds its thumbnail. */
  g_list_model_items_changed (G_LIST_MODEL (self->pages), request->index, 1, 1);
}

static void
request_thumbnail (PassendPdfViewer *self,
                   guint             index)
{
  ThumbnailRequest *request;
  double width = 0;

  if (g_ptr_array_index (self->thumbnails, index) != NULL ||
      g_array_index (self->pending, gboolean, index))
    return;

  g_array_index (self->pending, gboolean, index) = TRUE;
  passend_pdf_renderer_get_page_size (self->renderer, index, &width, NULL);

  request = g_new0 (ThumbnailRequest, 1);
  request->self = self;
  request->index = index;
  passend_pdf_renderer_render_page_async (self->renderer, index, THUMBNAIL_WIDTH / MAX (width, 1.0),
                                          gtk_widget_get_scale_factor (GTK_WIDGET (self)),
                                          self->cancellable, thumbnail_rendered_cb, request);
}

static void
setup_thumbnail_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *picture = gtk_picture_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_size_request (picture, THUMBNAIL_WIDTH, THUMBNAIL_WIDTH * 297 / 210);
  gtk_widget_set_halign (picture, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (picture, "card");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), picture);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
bind_thumbnail_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   PassendPdfViewer         *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *picture = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_last_child (box);
  guint index = gtk_list_item_get_position (item);
  g_autofree char *number = g_strdup_printf ("%u", index + 1);
  /* TRANSLATORS: the accessible name of a page thumbnail. */
  g_autofree char *name = g_strdup_printf (_("Page %u"), index + 1);
  GdkTexture *texture = g_ptr_array_index (self->thumbnails, index);

  gtk_label_set_text (GTK_LABEL (label), number);
  gtk_picture_set_paintable (GTK_PICTURE (picture), GDK_PAINTABLE (texture));
  gtk_picture_set_alternative_text (GTK_PICTURE (picture), name);
  if (texture == NULL)
    request_thumbnail (self, index);
}

static void
thumbnail_activated_cb (PassendPdfViewer *self,
                        guint             position)
{
  passend_pdf_viewer_set_page (self, position);
}

static void
page_entry_activated_cb (PassendPdfViewer *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->page_entry));
  guint64 number = 0;

  if (g_ascii_string_to_unsigned (text, 10, 1, MAX (self->n_pages, 1), &number, NULL))
    passend_pdf_viewer_set_page (self, (guint) number - 1);
  else
    update_controls (self);

  gtk_widget_grab_focus (GTK_WIDGET (self->page_scroller));
}

static void
change_page_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PassendPdfViewer *self = PASSEND_PDF_VIEWER (widget);

  if (g_str_equal (action_name, "viewer.next-page"))
    passend_pdf_viewer_set_page (self, MIN (self->page + 1, self->n_pages - 1));
  else if (self->page > 0)
    passend_pdf_viewer_set_page (self, self->page - 1);
}

static void
zoom_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  PassendPdfViewer *self = PASSEND_PDF_VIEWER (widget);
  double scale = effective_scale (self);
  double zoom = 0;

  if (g_str_equal (action_name, "viewer.zoom-in"))
    {
      zoom = zoom_levels[G_N_ELEMENTS (zoom_levels) - 1];
      for (guint i = 0; i < G_N_ELEMENTS (zoom_levels); i++)
        {
          if (zoom_levels[i] > scale + 0.01)
            {
              zoom = zoom_levels[i];
              break;
            }
        }
    }
  else if (g_str_equal (action_name, "viewer.zoom-out"))
    {
      zoom = zoom_levels[0];
      for (guint i = G_N_ELEMENTS (zoom_levels); i > 0; i--)
        {
          if (zoom_levels[i - 1] < scale - 0.01)
            {
              zoom = zoom_levels[i - 1];
              break;
            }
        }
    }

  if (zoom == self->zoom)
    return;

  self->zoom = zoom;
  self->fitted_width = -1;
  render_page (self);
}

static void
open_external_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PassendPdfViewer *self = PASSEND_PDF_VIEWER (widget);
  g_autoptr(GError) error = NULL;

  if (!_passend_attachment_open_external (GTK_WINDOW (self), self->file_name, self->content, &error))
    show_error (self, _("Could not open the file in the system viewer"), error);
}

static void
save_copy_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PassendPdfViewer *self = PASSEND_PDF_VIEWER (widget);

  _passend_attachment_save_copy (GTK_WINDOW (self), self->toast_overlay, self->file_name, self->content);
}

static void
add_shortcut (GtkShortcutController *controller,
              const char            *accelerators,
              const char            *action_name)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (accelerators),
                                                          gtk_named_action_new (action_name)));
}

/* In the capture phase, so the scrolled page does not take Page Up and
 * Page Down for scrolling. */
static void
add_shortcuts (PassendPdfViewer *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_shortcut (shortcuts, "Page_Down|KP_Page_Down", "viewer.next-page");
  add_shortcut (shortcuts, "Page_Up|KP_Page_Up", "viewer.previous-page");
  add_shortcut (shortcuts, "<Control>plus|<Control>equal|<Control>KP_Add", "viewer.zoom-in");
  add_shortcut (shortcuts, "<Control>minus|<Control>KP_Subtract", "viewer.zoom-out");
  add_shortcut (shortcuts, "<Control>0|<Control>KP_0", "viewer.zoom-fit");
  add_shortcut (shortcuts, "<Control>s", "viewer.save-copy");
  add_shortcut (shortcuts, "<Control>w|Escape", "window.close");
  add_shortcut (shortcuts, "F9", "viewer.toggle-pages");
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
toggle_pages_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PassendPdfViewer *self = PASSEND_PDF_VIEWER (widget);

  if (self->renderer != NULL)
    adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

static void
passend_pdf_viewer_dispose (GObject *object)
{
  PassendPdfViewer *self = PASSEND_PDF_VIEWER (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->page_cancellable);
  g_clear_handle_id (&self->relayout_source, g_source_remove);
  if (self->thumbnail_view != NULL)
    gtk_list_view_set_model (self->thumbnail_view, NULL);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->page_cancellable);
  g_clear_object (&self->selection);
  g_clear_object (&self->pages);
  g_clear_object (&self->renderer);
  g_clear_object (&self->image);
  g_clear_pointer (&self->thumbnails, g_ptr_array_unref);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->content, g_bytes_unref);

  G_OBJECT_CLASS (passend_pdf_viewer_parent_class)->dispose (object);
}

static void
passend_pdf_viewer_finalize (GObject *object)
{
  PassendPdfViewer *self = PASSEND_PDF_VIEWER (object);

  g_free (self->file_name);

  G_OBJECT_CLASS (passend_pdf_viewer_parent_class)->finalize (object);
}

static void
passend_pdf_viewer_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PassendPdfViewer *self = PASSEND_PDF_VIEWER (object);

  switch (prop_id)
    {
    case PROP_RENDERED_PAGE:
      g_value_set_int (value, self->rendered_page);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_pdf_viewer_class_init (PassendPdfViewerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_pdf_viewer_dispose;
  object_class->finalize = passend_pdf_viewer_finalize;
  object_class->get_property = passend_pdf_viewer_get_property;

  properties[PROP_RENDERED_PAGE] =
    g_param_spec_int ("rendered-page", NULL, NULL,
                      -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "viewer.next-page", NULL, change_page_cb);
  gtk_widget_class_install_action (widget_class, "viewer.previous-page", NULL, change_page_cb);
  gtk_widget_class_install_action (widget_class, "viewer.zoom-in", NULL, zoom_cb);
  gtk_widget_class_install_action (widget_class, "viewer.zoom-out", NULL, zoom_cb);
  gtk_widget_class_install_action (widget_class, "viewer.zoom-fit", NULL, zoom_cb);
  gtk_widget_class_install_action (widget_class, "viewer.open-external", NULL, open_external_cb);
  gtk_widget_class_install_action (widget_class, "viewer.save-copy", NULL, save_copy_cb);
  gtk_widget_class_install_action (widget_class, "viewer.toggle-pages", NULL, toggle_pages_cb);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-pdf-viewer.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendPdfViewer, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PassendPdfViewer, window_title);
  gtk_widget_class_bind_template_child (widget_class, PassendPdfViewer, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, PassendPdfViewer, navigation_box);
  gtk_widget_class_bind_template_child (widget_class, PassendPdfViewer, page_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendPdfViewer, n_pages_label);
  gtk_widget_class_bind_template_child (widget_class, PassendPdfViewer, zoom_button);
  gtk_widget_class_bind_template_child (widget_class, PassendPdfViewer, flap);
  gtk_widget_class_bind_template_child (widget_class, PassendPdfViewer, thumbnail_view);
  gtk_widget_class_bind_template_child (widget_class, PassendPdfViewer, page_scroller);
  gtk_widget_class_bind_template_child (widget_class, PassendPdfViewer, page_picture);
  gtk_widget_class_bind_template_callback (widget_class, page_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, thumbnail_activated_cb);
}

static void
passend_pdf_viewer_init (PassendPdfViewer *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->rendered_page = -1;
  self->fitted_width = -1;
  add_shortcuts (self);

  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->page_scroller),
                           "notify::page-size", G_CALLBACK (viewport_width_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

static gboolean
load_content (PassendPdfViewer  *self,
              const char        *media_type,
              GError           **error)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  if (media_type != NULL && g_str_has_prefix (media_type, "image/"))
    {
      self->image = gdk_texture_new_from_bytes (self->content, error);
      if (self->image == NULL)
        return FALSE;
      self->n_pages = 1;
      return TRUE;
    }

  self->renderer = passend_pdf_renderer_new (self->content, error);
  if (self->renderer == NULL)
    return FALSE;

  self->n_pages = passend_pdf_renderer_get_n_pages (self->renderer);
  if (self->n_pages == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The document has no pages."));
      return FALSE;
    }

  self->thumbnails = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_set_size (self->thumbnails, self->n_pages);
  self->pending = g_array_sized_new (FALSE, TRUE, sizeof (gboolean), self->n_pages);
  g_array_set_size (self->pending, self->n_pages);

  self->pages = gtk_string_list_new (NULL);
  for (guint i = 0; i < self->n_pages; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      gtk_string_list_append (self->pages, number);
    }
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->pages)));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_thumbnail_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_thumbnail_cb), self);
  gtk_list_view_set_factory (self->thumbnail_view, factory);
  gtk_list_view_set_model (self->thumbnail_view, GTK_SELECTION_MODEL (self->selection));
  return TRUE;
}

PassendPdfViewer *
passend_pdf_viewer_new (GtkWindow   *parent,
                        const char  *file_name,
                        const char  *media_type,
                        GBytes      *content,
                        GError     **error)
{
  PassendPdfViewer *self;
  gboolean several_pages;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (content != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* GTK owns a toplevel: closing the window frees it. */
  self = g_object_new (PASSEND_TYPE_PDF_VIEWER,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       "title", file_name,
                       NULL);
  self->file_name = g_strdup (file_name);
  self->content = g_bytes_ref (content);
  adw_window_title_set_title (self->window_title, file_name);

  if (!load_content (self, media_type, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  several_pages = self->n_pages > 1;
  adw_flap_set_reveal_flap (self->flap, several_pages);
  gtk_widget_set_visible (GTK_WIDGET (self->sidebar_button), several_pages);
  gtk_widget_set_visible (self->navigation_box, several_pages);
  if (!several_pages)
    adw_flap_set_locked (self->flap, TRUE);

  render_page (self);
  return self;
}

guint
passend_pdf_viewer_get_n_pages (PassendPdfViewer *self)
{
  g_return_val_if_fail (PASSEND_IS_PDF_VIEWER (self), 0);

  return self->n_pages;
}

guint
passend_pdf_viewer_get_page (PassendPdfViewer *self)
{
  g_return_val_if_fail (PASSEND_IS_PDF_VIEWER (self), 0);

  return self->page;
}

void
passend_pdf_viewer_set_page (PassendPdfViewer *self,
                             guint             page)
{
  GtkAdjustment *adjustment;

  g_return_if_fail (PASSEND_IS_PDF_VIEWER (self));
  g_return_if_fail (page < self->n_pages);

  if (page == self->page)
    return;

  self->page = page;
  adjustment = gtk_scrolled_window_get_vadjustment (self->page_scroller);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
  render_page (self);
}

int
passend_pdf_viewer_get_rendered_page (PassendPdfViewer *self)
{
  g_return_val_if_fail (PASSEND_IS_PDF_VIEWER (self), -1);

  return self->rendered_page;
}

double
passend_pdf_viewer_get_zoom (PassendPdfViewer *self)
{
  g_return_val_if_fail (PASSEND_IS_PDF_VIEWER (self), 0);

  return self->zoom;
}
