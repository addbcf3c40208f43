/* passend-opp-preview.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-opp-pdf.h"
#include "passend-opp-preview.h"
#include "passend-pdf-renderer.h"

struct _PassendOppPreview
{
  GtkWidget           parent_instance;

  GtkWidget          *box;
  GtkButton          *previous_button;
  GtkButton          *next_button;
  GtkLabel           *page_label;
  GtkSpinner         *spinner;
  GtkPicture         *picture;
  GtkLabel           *error_label;

  PassendPdfRenderer *renderer;
  GCancellable       *cancellable;
  guint               page;
  guint               n_pages;
  guint               n_renders;
};

G_DEFINE_FINAL_TYPE (PassendOppPreview, passend_opp_preview, GTK_TYPE_WIDGET)

/* The page is drawn at the width it is shown at (in device pixels), or
 * this one before the preview has been laid out. */
#define DEFAULT_RENDER_WIDTH 600.0

typedef struct
{
  PassendOppDocument *document;
  guint               page;
  double              width;
} RenderRequest;

typedef struct
{
  PassendPdfRenderer *renderer;
  cairo_surface_t    *surface;
} RenderResult;

static void
render_request_free (RenderRequest *request)
{
  passend_opp_document_unref (request->document);
  g_free (request);
}

static void
render_result_free (RenderResult *result)
{
  g_clear_object (&result->renderer);
  g_clear_pointer (&result->surface, cairo_surface_destroy);
  g_free (result);
}

static GdkTexture *
texture_from_surface (cairo_surface_t *surface)
{
  g_autoptr(GBytes) bytes = NULL;
  int stride = cairo_image_surface_get_stride (surface);
  int height = cairo_image_surface_get_height (surface);

  cairo_surface_flush (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) stride * height,
                                      (GDestroyNotify) cairo_surface_destroy,
                                      cairo_surface_reference (surface));
  return gdk_memory_texture_new (cairo_image_surface_get_width (surface), height,
                                 GDK_MEMORY_DEFAULT, bytes, stride);
}

static cairo_surface_t *
render_page (PassendPdfRenderer  *renderer,
             guint                page,
             double               target_width,
             GCancellable        *cancellable,
             GError             **error)
{
  double width = 0;

  passend_pdf_renderer_get_page_size (renderer, page, &width, NULL);
  return passend_pdf_renderer_render_page (renderer, page, target_width / MAX (width, 1.0), 1,
                                           cancellable, error);
}

static double
target_width (PassendOppPreview *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->picture));

  if (width <= 0)
    return DEFAULT_RENDER_WIDTH;
  return (double) width * gtk_widget_get_scale_factor (GTK_WIDGET (self));
}

static void
render_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  RenderRequest *request = task_data;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  RenderResult *result;
  PassendOppPdfOptions options;
  guint n_pages;

  passend_opp_pdf_options_init (&options);
  pdf = passend_opp_pdf_render (request->document, NULL, &options, cancellable, &error);
  if (pdf == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  result = g_new0 (RenderResult, 1);
  result->renderer = passend_pdf_renderer_new (pdf, &error);
  if (result->renderer == NULL)
    {
      render_result_free (result);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  n_pages = passend_pdf_renderer_get_n_pages (result->renderer);
  result->surface = render_page (result->renderer, MIN (request->page, n_pages - 1), request->width,
                                 cancellable, &error);
  if (result->surface == NULL)
    {
      render_result_free (result);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, result, (GDestroyNotify) render_result_free);
}

static void
update_navigation (PassendOppPreview *self)
{
  g_autofree char *text = NULL;

  if (self->n_pages > 0)
    /* TRANSLATORS: the page shown in the preview, "2 of 5". */
    text = g_strdup_printf (_("%u of %u"), self->page + 1, self->n_pages);
  gtk_label_set_text (self->page_label, text ? text : "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->previous_button), self->page > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->next_button), self->page + 1 < self->n_pages);
}

static void
show_surface (PassendOppPreview *self,
              cairo_surface_t   *surface)
{
  g_autoptr(GdkTexture) texture = texture_from_surface (surface);

  gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (texture));
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->picture), TRUE);
  self->n_renders++;
}

static void
show_error (PassendOppPreview *self,
            const GError      *error)
{
  g_autofree char *text = g_strdup_printf (_("The preview could not be made: %s"), error->message);

  gtk_label_set_text (self->error_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
render_done_cb (GObject      *object,
                GAsyncResult *res,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  RenderResult *result = g_task_propagate_pointer (G_TASK (res), &error);
  PassendOppPreview *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = PASSEND_OPP_PREVIEW (user_data);
  gtk_spinner_set_spinning (self->spinner, FALSE);
  if (result == NULL)
    {
      show_error (self, error);
      return;
    }

  g_set_object (&self->renderer, result->renderer);
  self->n_pages = passend_pdf_renderer_get_n_pages (self->renderer);
  self->page = MIN (self->page, self->n_pages - 1);
  show_surface (self, result->surface);
  update_navigation (self);
  render_result_free (result);
}

static void
page_done_cb (GObject      *object,
              GAsyncResult *res,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  PassendOppPreview *self;

  surface = passend_pdf_renderer_render_page_finish (PASSEND_PDF_RENDERER (object), res, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = PASSEND_OPP_PREVIEW (user_data);
  gtk_spinner_set_spinning (self->spinner, FALSE);
  if (surface == NULL)
    {
      show_error (self, error);
      return;
    }

  show_surface (self, surface);
  cairo_surface_destroy (surface);
}

static void
restart (PassendOppPreview *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gtk_spinner_set_spinning (self->spinner, TRUE);
}

static void
go_to_page (PassendOppPreview *self,
            guint              page)
{
  double width = 0;

  if (self->renderer == NULL || page >= self->n_pages || page == self->page)
    return;

  self->page = page;
  update_navigation (self);
  restart (self);
  passend_pdf_renderer_get_page_size (self->renderer, page, &width, NULL);
  passend_pdf_renderer_render_page_async (self->renderer, page, target_width (self) / MAX (width, 1.0), 1,
                                          self->cancellable, page_done_cb, self);
}

static void
previous_cb (PassendOppPreview *self)
{
  if (self->page > 0)
    go_to_page (self, self->page - 1);
}

static void
next_cb (PassendOppPreview *self)
{
  go_to_page (self, self->page + 1);
}

static GtkWidget *
build_toolbar (PassendOppPreview *self)
{
  GtkWidget *bar = gtk_center_box_new ();
  GtkWidget *nav = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (_("Preview"));

  gtk_widget_add_css_class (bar, "toolbar");
  gtk_widget_add_css_class (title, "heading");
  gtk_center_box_set_start_widget (GTK_CENTER_BOX (bar), title);

  self->previous_button = GTK_BUTTON (gtk_button_new_from_icon_name ("go-previous-symbolic"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->previous_button), _("Previous Page"));
  g_signal_connect_swapped (self->previous_button, "clicked", G_CALLBACK (previous_cb), self);
  self->next_button = GTK_BUTTON (gtk_button_new_from_icon_name ("go-next-symbolic"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->next_button), _("Next Page"));
  g_signal_connect_swapped (self->next_button, "clicked", G_CALLBACK (next_cb), self);
  self->page_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->page_label), "numeric");
  gtk_box_append (GTK_BOX (nav), GTK_WIDGET (self->previous_button));
  gtk_box_append (GTK_BOX (nav), GTK_WIDGET (self->page_label));
  gtk_box_append (GTK_BOX (nav), GTK_WIDGET (self->next_button));
  gtk_center_box_set_center_widget (GTK_CENTER_BOX (bar), nav);

  self->spinner = GTK_SPINNER (gtk_spinner_new ());
  gtk_center_box_set_end_widget (GTK_CENTER_BOX (bar), GTK_WIDGET (self->spinner));
  return bar;
}

static void
passend_opp_preview_dispose (GObject *object)
{
  PassendOppPreview *self = PASSEND_OPP_PREVIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->renderer);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (passend_opp_preview_parent_class)->dispose (object);
}

static void
passend_opp_preview_class_init (PassendOppPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_opp_preview_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "opp-preview");
}

static void
passend_opp_preview_init (PassendOppPreview *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *page_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_box_append (GTK_BOX (self->box), build_toolbar (self));

  self->picture = GTK_PICTURE (gtk_picture_new ());
  gtk_picture_set_can_shrink (self->picture, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->picture), GTK_ALIGN_START);
  gtk_widget_add_css_class (GTK_WIDGET (self->picture), "opp-preview-page");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->picture),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Page of the printed OPP"), -1);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  gtk_widget_set_margin_start (page_box, 12);
  gtk_widget_set_margin_end (page_box, 12);
  gtk_widget_set_margin_top (page_box, 12);
  gtk_widget_set_margin_bottom (page_box, 12);
  gtk_box_append (GTK_BOX (page_box), GTK_WIDGET (self->error_label));
  gtk_box_append (GTK_BOX (page_box), GTK_WIDGET (self->picture));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), page_box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_widget_add_css_class (scroller, "opp-preview-scroller");
  gtk_box_append (GTK_BOX (self->box), scroller);

  update_navigation (self);
}

GtkWidget *
passend_opp_preview_new (void)
{
  return g_object_new (PASSEND_TYPE_OPP_PREVIEW, NULL);
}

void
passend_opp_preview_set_document (PassendOppPreview  *self,
                                  PassendOppDocument *document)
{
  g_autoptr(GTask) task = NULL;
  RenderRequest *request;

  g_return_if_fail (PASSEND_IS_OPP_PREVIEW (self));
  g_return_if_fail (document != NULL);

  restart (self);
  request = g_new0 (RenderRequest, 1);
  /* The editor goes on changing its document while this one renders. */
  request->document = passend_opp_document_copy (document);
  request->page = self->page;
  request->width = target_width (self);

  task = g_task_new (NULL, self->cancellable, render_done_cb, self);
  g_task_set_source_tag (task, passend_opp_preview_set_document);
  g_task_set_task_data (task, request, (GDestroyNotify) render_request_free);
  g_task_run_in_thread (task, render_thread);
}

guint
passend_opp_preview_get_n_pages (PassendOppPreview *self)
{
  g_return_val_if_fail (PASSEND_IS_OPP_PREVIEW (self), 0);

  return self->n_pages;
}

guint
passend_opp_preview_get_n_renders (PassendOppPreview *self)
{
  g_return_val_if_fail (PASSEND_IS_OPP_PREVIEW (self), 0);

  return self->n_renders;
}
