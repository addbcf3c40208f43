/* test-render-pdf-check.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <string.h>

#include "passend-pdf-check.h"
#include "passend-pdf-renderer.h"
#include "passend-pdf-writer.h"

static GBytes *
make_pdf (guint n_pages)
{
  g_autoptr(PassendPdfWriter) writer = passend_pdf_writer_new ("Verslag onderzoek dyslexie", "Test");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("passend-pdf-check-XXXXXX", &error);
  g_autofree char *path = NULL;
  char *data = NULL;
  gsize size = 0;

  g_assert_no_error (error);
  path = g_build_filename (dir, "verslag.pdf", NULL);

  for (guint i = 0; i < n_pages; i++)
    {
      if (i > 0)
        passend_pdf_writer_add_page_break (writer);
      passend_pdf_writer_add_heading (writer, 1, "Onderzoek");
      passend_pdf_writer_add_paragraph (writer, "De leerling leest traag maar nauwkeurig.");
    }

  g_assert_true (passend_pdf_writer_save (writer, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &data, &size, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  return g_bytes_new_take (data, size);
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
make_png (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 16, 8);
  GByteArray *array = g_byte_array_new ();

  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_cb, array), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (array);
}

/* The markers of a baseline JPEG, 3 × 2 pixels; the scan data is not a
 * real image, which the marker walk does not look at. */
static const guint8 jpeg_data[] = {
  0xff, 0xd8,
  0xff, 0xe0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
  0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x02, 0x00, 0x03, 0x01, 0x01, 0x11, 0x00,
  0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00,
  0x12, 0x34, 0x56,
  0xff, 0xd9,
};

static char *
check (const char  *name,
       GBytes      *content,
       gsize        limit,
       GError     **error)
{
  return passend_pdf_check_attachment (name, content, limit, error);
}

static void
test_pdf_accepted (void)
{
  g_autoptr(GBytes) pdf = make_pdf (2);
  g_autoptr(GError) error = NULL;
  g_autofree char *type = check ("verslag.pdf", pdf, PASSEND_ATTACHMENT_MAX_SIZE, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (type, ==, "application/pdf");

  /* The name does not decide: a PDF saved without extension is a PDF. */
  g_clear_pointer (&type, g_free);
  type = check ("scan", pdf, PASSEND_ATTACHMENT_MAX_SIZE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (type, ==, "application/pdf");
}

static void
test_text_named_pdf_refused (void)
{
  const char *text = "Dit is geen PDF maar een tekstbestand met een verkeerde naam.\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autofree char *type = check ("rapport.pdf", bytes, PASSEND_ATTACHMENT_MAX_SIZE, &error);

  g_assert_null (type);
  g_assert_error (error, PASSEND_PDF_CHECK_ERROR, PASSEND_PDF_CHECK_ERROR_DAMAGED);
  g_assert_true (g_str_has_prefix (error->message, "“rapport.pdf” is not a readable PDF: "));

  /* The same text under its own name is simply not a supported type. */
  g_clear_error (&error);
  type = check ("notities.txt", bytes, PASSEND_ATTACHMENT_MAX_SIZE, &error);
  g_assert_null (type);
  g_assert_error (error, PASSEND_PDF_CHECK_ERROR, PASSEND_PDF_CHECK_ERROR_UNSUPPORTED);
  g_assert_nonnull (strstr (error->message, "“notities.txt”"));
}

static void
test_truncated_pdf_refused (void)
{
  g_autoptr(GBytes) pdf = make_pdf (3);
  g_autoptr(GBytes) half = g_bytes_new_from_bytes (pdf, 0, g_bytes_get_size (pdf) / 2);
  g_autoptr(GBytes) head = g_bytes_new_from_bytes (pdf, 0, 200);
  g_autoptr(GError) error = NULL;
  g_autofree char *type = check ("verslag.pdf", half, PASSEND_ATTACHMENT_MAX_SIZE, &error);

  g_assert_null (type);
  g_assert_error (error, PASSEND_PDF_CHECK_ERROR, PASSEND_PDF_CHECK_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "“verslag.pdf”"));
  g_assert_nonnull (strstr (error->message, "incomplete"));

  g_clear_error (&error);
  type = check ("verslag.pdf", head, PASSEND_ATTACHMENT_MAX_SIZE, &error);
  g_assert_null (type);
  g_assert_error (error, PASSEND_PDF_CHECK_ERROR, PASSEND_PDF_CHECK_ERROR_DAMAGED);
}

static void
test_damaged_pdf_refused (void)
{
  const char *garbage = "%PDF-1.5\nthis is no document at all\n%%EOF\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (garbage, strlen (garbage));
  g_autoptr(GError) error = NULL;
  g_autofree char *type = check ("kapot.pdf", bytes, PASSEND_ATTACHMENT_MAX_SIZE, &error);

  g_assert_null (type);
  g_assert_error (error, PASSEND_PDF_CHECK_ERROR, PASSEND_PDF_CHECK_ERROR_DAMAGED);
  g_assert_true (g_str_has_prefix (error->message, "“kapot.pdf” is not a readable PDF: "));
}

static void
test_empty_refused (void)
{
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *type = check ("leeg.pdf", empty, PASSEND_ATTACHMENT_MAX_SIZE, &error);

  g_assert_null (type);
  g_assert_error (error, PASSEND_PDF_CHECK_ERROR, PASSEND_PDF_CHECK_ERROR_EMPTY);
  g_assert_cmpstr (error->message, ==, "“leeg.pdf” is empty.");
}

static void
test_png_accepted (void)
{
  g_autoptr(GBytes) png = make_png ();
  g_autoptr(GBytes) cut = g_bytes_new_from_bytes (png, 0, g_bytes_get_size (png) - 20);
  g_autoptr(GError) error = NULL;
  g_autofree char *type = check ("tekening.png", png, PASSEND_ATTACHMENT_MAX_SIZE, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (type, ==, "image/png");

  g_clear_pointer (&type, g_free);
  type = check ("tekening.png", cut, PASSEND_ATTACHMENT_MAX_SIZE, &error);
  g_assert_null (type);
  g_assert_error (error, PASSEND_PDF_CHECK_ERROR, PASSEND_PDF_CHECK_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "“tekening.png”"));
}

static void
test_jpeg (void)
{
  g_autoptr(GBytes) jpeg = g_bytes_new_static (jpeg_data, sizeof jpeg_data);
  g_autoptr(GBytes) cut = g_bytes_new_static (jpeg_data, sizeof jpeg_data - 2);
  g_autoptr(GError) error = NULL;
  g_autofree char *type = check ("foto.jpg", jpeg, PASSEND_ATTACHMENT_MAX_SIZE, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (type, ==, "image/jpeg");

  g_clear_pointer (&type, g_free);
  type = check ("foto.jpg", cut, PASSEND_ATTACHMENT_MAX_SIZE, &error);
  g_assert_null (type);
  g_assert_error (error, PASSEND_PDF_CHECK_ERROR, PASSEND_PDF_CHECK_ERROR_DAMAGED);
}

static void
test_size_limit (void)
{
  g_autoptr(GBytes) pdf = make_pdf (1);
  gsize size = g_bytes_get_size (pdf);
  g_autoptr(GError) error = NULL;
  g_autofree char *type = check ("groot.pdf", pdf, size - 1, &error);

  g_assert_null (type);
  g_assert_error (error, PASSEND_PDF_CHECK_ERROR, PASSEND_PDF_CHECK_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "“groot.pdf” is too large to attach"));

  g_clear_error (&error);
  type = check ("groot.pdf", pdf, size, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (type, ==, "application/pdf");
}

static void
render_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  cairo_surface_t **surface = user_data;
  g_autoptr(GError) error = NULL;

  *surface = passend_pdf_renderer_render_page_finish (PASSEND_PDF_RENDERER (object), result, &error);
  g_assert_no_error (error);
}

static void
test_renderer (void)
{
  g_autoptr(GBytes) pdf = make_pdf (3);
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendPdfRenderer) renderer = passend_pdf_renderer_new (pdf, &error);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  cairo_surface_t *surface = NULL;
  double width = 0, height = 0;
  const guint32 *pixels;

  g_assert_no_error (error);
  g_assert_cmpuint (passend_pdf_renderer_get_n_pages (renderer), ==, 3);
  passend_pdf_renderer_get_page_size (renderer, 2, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, PASSEND_PDF_PAGE_WIDTH, 0.5);
  g_assert_cmpfloat_with_epsilon (height, PASSEND_PDF_PAGE_HEIGHT, 0.5);

  passend_pdf_renderer_render_page_async (renderer, 1, 0.5, 1, NULL, render_done_cb, &surface);
  while (surface == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, (int) (PASSEND_PDF_PAGE_WIDTH * 0.5 + 0.5));
  /* White paper behind the ink: the corner is opaque white. */
  cairo_surface_flush (surface);
  pixels = (const guint32 *) cairo_image_surface_get_data (surface);
  g_assert_cmphex (pixels[0], ==, 0xffffffff);
  cairo_surface_destroy (surface);

  /* A page that does not exist and a cancelled render are errors. */
  surface = passend_pdf_renderer_render_page (renderer, 3, 1.0, 1, NULL, &error);
  g_assert_null (surface);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  surface = passend_pdf_renderer_render_page (renderer, 0, 1.0, 1, cancellable, &error);
  g_assert_null (surface);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/pdf-check/pdf-accepted", test_pdf_accepted);
  g_test_add_func ("/render/pdf-check/text-named-pdf-refused", test_text_named_pdf_refused);
  g_test_add_func ("/render/pdf-check/truncated-pdf-refused", test_truncated_pdf_refused);
  g_test_add_func ("/render/pdf-check/damaged-pdf-refused", test_damaged_pdf_refused);
  g_test_add_func ("/render/pdf-check/empty-refused", test_empty_refused);
  g_test_add_func ("/render/pdf-check/png", test_png_accepted);
  g_test_add_func ("/render/pdf-check/jpeg", test_jpeg);
  g_test_add_func ("/render/pdf-check/size-limit", test_size_limit);
  g_test_add_func ("/render/pdf-renderer/render", test_renderer);

  return g_test_run ();
}
