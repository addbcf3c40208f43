/* test-ui-attachments.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "passend-attachment-list.h"
#include "passend-pdf-viewer.h"
#include "passend-pdf-writer.h"
#include "passend-timeline-row.h"
#include "passend-test-ui.h"

typedef struct
{
  char                  *dir;
  PassendDatabase       *database;
  GtkWindow             *window;
  PassendAttachmentList *list;
  gint64                 entry_id;
} Fixture;

static void
save_screenshot (GtkWidget  *window,
                 const char *name)
{
  passend_test_ui_save_screenshot (window, name, 400, FALSE);
}

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            GBytes     *content)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (content, NULL),
                                      g_bytes_get_size (content), &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static GFile *
write_report (Fixture    *fixture,
              const char *name,
              guint       n_pages)
{
  g_autoptr(PassendPdfWriter) writer = passend_pdf_writer_new ("Verslag onderzoek dyslexie", "Test");
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *heading = g_strdup_printf ("Hoofdstuk %u", i + 1);

      if (i > 0)
        passend_pdf_writer_add_page_break (writer);
      passend_pdf_writer_add_heading (writer, 1, heading);
      passend_pdf_writer_add_paragraph (writer,
                                        "De leerling leest op AVI-niveau E6. Bij dictee maakt zij "
                                        "vooral fouten in werkwoorden; met extra tijd gaat het beter.");
    }

  g_assert_true (passend_pdf_writer_save (writer, path, NULL, &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PassendStudent) student = passend_student_new ();
  g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GtkWidget *overlay;

  fixture->dir = g_dir_make_tmp ("passend-ui-attachments-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "passend.db", NULL);
  fixture->database = passend_database_open (path, &error);
  g_assert_no_error (error);

  passend_student_set_lvs_number (student, "700001");
  passend_student_set_roepnaam (student, "Sanne");
  passend_student_set_achternaam (student, "Jansen");
  g_assert_true (passend_database_add_student (fixture->database, student, &error));
  passend_timeline_entry_set_student_id (entry, passend_student_get_id (student));
  passend_timeline_entry_set_kind (entry, PASSEND_ENTRY_KIND_DOCUMENT);
  passend_timeline_entry_set_occurred_at (entry, 1760000000);
  passend_timeline_entry_set_title (entry, "Onderzoeksverslag");
  g_assert_true (passend_database_add_entry (fixture->database, entry, &error));
  g_assert_no_error (error);
  fixture->entry_id = passend_timeline_entry_get_id (entry);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 600, 200);
  overlay = adw_toast_overlay_new ();
  fixture->list = PASSEND_ATTACHMENT_LIST (passend_attachment_list_new ());
  passend_attachment_list_set_database (fixture->list, fixture->database);
  passend_attachment_list_set_entry_id (fixture->list, fixture->entry_id);
  passend_attachment_list_set_editable (fixture->list, TRUE);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->list));
  gtk_window_set_child (fixture->window, overlay);
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  gtk_window_destroy (fixture->window);
  passend_test_ui_settle (50);
  g_assert_finalize_object (fixture->database);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (fixture->dir, name, NULL);

      g_remove (child);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  passend_pdf_viewer_remove_temporary_files ();
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} AddResult;

static void
added_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  AddResult *add = user_data;

  add->ok = passend_attachment_list_add_file_finish (PASSEND_ATTACHMENT_LIST (object), result, &add->error);
  add->done = TRUE;
}

static gboolean
add_is_done (gpointer data)
{
  return ((AddResult *) data)->done;
}

static gboolean
add_file (Fixture  *fixture,
          GFile    *file,
          GError  **error)
{
  AddResult add = { FALSE, FALSE, NULL };

  passend_attachment_list_add_file_async (fixture->list, file, NULL, added_cb, &add);
  g_assert_true (passend_test_ui_wait_for (add_is_done, &add));
  if (add.error != NULL)
    g_propagate_error (error, add.error);
  return add.ok;
}

typedef struct
{
  PassendPdfViewer *viewer;
  int               page;
} RenderWait;

static gboolean
page_is_rendered (gpointer data)
{
  RenderWait *wait = data;

  return passend_pdf_viewer_get_rendered_page (wait->viewer) == wait->page;
}

static const char *
entry_text (PassendPdfViewer *viewer)
{
  GObject *entry = gtk_widget_get_template_child (GTK_WIDGET (viewer), PASSEND_TYPE_PDF_VIEWER, "page_entry");

  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

static int
picture_width (PassendPdfViewer *viewer)
{
  GObject *picture = gtk_widget_get_template_child (GTK_WIDGET (viewer), PASSEND_TYPE_PDF_VIEWER, "page_picture");
  int width = 0;

  gtk_widget_get_size_request (GTK_WIDGET (picture), &width, NULL);
  return width;
}

static void
test_add_and_view_pdf (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GFile) report = write_report (fixture, "Verslag onderzoek dyslexie.pdf", 3);
  g_autoptr(GError) error = NULL;
  PassendPdfViewer *viewer;
  GObject *label;
  RenderWait wait;
  int fitted_width;

  g_assert_true (add_file (fixture, report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (passend_attachment_list_get_n_attachments (fixture->list), ==, 1);

  /* Added twice (another name), stored once. */
  g_assert_true (add_file (fixture, report, &error));
  g_assert_cmpuint (passend_attachment_list_get_n_attachments (fixture->list), ==, 2);
  g_assert_cmpint (passend_database_count (fixture->database, "attachment-blobs", &error), ==, 1);
  save_screenshot (GTK_WIDGET (fixture->window), "attachment-list-editable.png");

  viewer = PASSEND_PDF_VIEWER (passend_attachment_list_open (fixture->list, 0));
  g_assert_nonnull (viewer);
  gtk_window_set_default_size (GTK_WINDOW (viewer), 1100, 720);
  g_assert_cmpuint (passend_pdf_viewer_get_n_pages (viewer), ==, 3);

  wait.viewer = viewer;
  wait.page = 0;
  g_assert_true (passend_test_ui_wait_for (page_is_rendered, &wait));
  g_assert_cmpstr (entry_text (viewer), ==, "1");
  label = gtk_widget_get_template_child (GTK_WIDGET (viewer), PASSEND_TYPE_PDF_VIEWER, "n_pages_label");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "of 3");
  g_assert_cmpfloat (passend_pdf_viewer_get_zoom (viewer), ==, 0);
  fitted_width = picture_width (viewer);
  g_assert_cmpint (fitted_width, >, 300);

  save_screenshot (GTK_WIDGET (viewer), "pdf-viewer.png");

  /* Next page, by the action Page Down triggers. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (viewer), "viewer.next-page", NULL));
  g_assert_cmpuint (passend_pdf_viewer_get_page (viewer), ==, 1);
  wait.page = 1;
  g_assert_true (passend_test_ui_wait_for (page_is_rendered, &wait));
  g_assert_cmpstr (entry_text (viewer), ==, "2");

  /* Zoom in leaves fit-to-width for the next level up. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (viewer), "viewer.zoom-in", NULL));
  g_assert_cmpfloat (passend_pdf_viewer_get_zoom (viewer), >, 0);
  g_assert_true (passend_test_ui_wait_for (page_is_rendered, &wait));
  g_assert_cmpint (picture_width (viewer), >, fitted_width);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (viewer), "viewer.zoom-fit", NULL));
  g_assert_cmpfloat (passend_pdf_viewer_get_zoom (viewer), ==, 0);

  /* The last page stops the way forward. */
  passend_pdf_viewer_set_page (viewer, 2);
  gtk_widget_activate_action (GTK_WIDGET (viewer), "viewer.next-page", NULL);
  g_assert_cmpuint (passend_pdf_viewer_get_page (viewer), ==, 2);

  gtk_window_destroy (GTK_WINDOW (viewer));

  /* Removing one use keeps the shared content; the last takes it along. */
  g_assert_true (passend_attachment_list_remove (fixture->list, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (passend_attachment_list_get_n_attachments (fixture->list), ==, 1);
  g_assert_cmpint (passend_database_count (fixture->database, "attachment-blobs", NULL), ==, 1);
  g_assert_true (passend_attachment_list_remove (fixture->list, 0, &error));
  g_assert_cmpuint (passend_attachment_list_get_n_attachments (fixture->list), ==, 0);
  g_assert_cmpint (passend_database_count (fixture->database, "attachment-blobs", NULL), ==, 0);
}

static void
test_refused_files (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *text = "Geen PDF, maar tekst.\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GFile) fake = write_file (fixture, "rapport.pdf", bytes);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/verslag.pdf");
  g_autoptr(GError) error = NULL;

  g_assert_false (add_file (fixture, fake, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "“rapport.pdf” is not a readable PDF: "));
  g_assert_cmpuint (passend_attachment_list_get_n_attachments (fixture->list), ==, 0);
  g_clear_error (&error);

  g_assert_false (add_file (fixture, missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpint (passend_database_count (fixture->database, "attachments", NULL), ==, 0);
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
test_image_single_page (Fixture       *fixture,
                        gconstpointer  data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 200, 100);
  GByteArray *array = g_byte_array_new ();
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  PassendPdfViewer *viewer;
  RenderWait wait;
  GObject *navigation;

  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_cb, array), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  png = g_byte_array_free_to_bytes (array);
  file = write_file (fixture, "tekening.png", png);

  g_assert_true (add_file (fixture, file, &error));
  g_assert_no_error (error);

  viewer = PASSEND_PDF_VIEWER (passend_attachment_list_open (fixture->list, 0));
  g_assert_nonnull (viewer);
  g_assert_cmpuint (passend_pdf_viewer_get_n_pages (viewer), ==, 1);
  wait.viewer = viewer;
  wait.page = 0;
  g_assert_true (passend_test_ui_wait_for (page_is_rendered, &wait));
  navigation = gtk_widget_get_template_child (GTK_WIDGET (viewer), PASSEND_TYPE_PDF_VIEWER, "navigation_box");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (navigation)));

  gtk_window_destroy (GTK_WINDOW (viewer));
}

/* The row of the timeline shows the entry's attachments as chips. */
static void
test_timeline_row (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) report = write_report (fixture, "Verslag onderzoek dyslexie.pdf", 2);
  g_autoptr(GFile) observation = write_report (fixture, "Observatieverslag.pdf", 1);
  g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *row = passend_timeline_row_new ();
  GObject *list;
  int minimum = 0;

  g_assert_true (add_file (fixture, report, &error));
  g_assert_true (add_file (fixture, observation, &error));
  g_assert_no_error (error);

  passend_timeline_entry_set_id (entry, fixture->entry_id);
  passend_timeline_entry_set_kind (entry, PASSEND_ENTRY_KIND_DOCUMENT);
  passend_timeline_entry_set_occurred_at (entry, 1760000000);
  passend_timeline_entry_set_title (entry, "Onderzoeksverslag dyslexie ontvangen");
  passend_timeline_entry_set_author (entry, "Esther Gerritsen");
  passend_timeline_entry_set_body (entry, "Het verslag van het dyslexieonderzoek is binnen; "
                                   "bespreken met ouders en mentor.");

  list = gtk_widget_get_template_child (row, PASSEND_TYPE_TIMELINE_ROW, "attachment_list");
  passend_attachment_list_set_database (PASSEND_ATTACHMENT_LIST (list), fixture->database);
  passend_timeline_row_set_entry (PASSEND_TIMELINE_ROW (row), entry);
  g_assert_cmpuint (passend_attachment_list_get_n_attachments (PASSEND_ATTACHMENT_LIST (list)), ==, 2);

  /* Long file names never keep the timeline from folding narrow. */
  gtk_widget_measure (GTK_WIDGET (list), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_test_message ("attachment list minimum width %d", minimum);
  g_assert_cmpint (minimum, <=, 200);

  gtk_window_set_child (fixture->window, row);
  gtk_window_set_default_size (fixture->window, 760, 160);
  save_screenshot (GTK_WIDGET (fixture->window), "timeline-row-attachments.png");

  /* The entry menu offers the file chooser, not only drag and drop. */
  {
    GtkMenuButton *menu_button = GTK_MENU_BUTTON (gtk_widget_get_template_child (row, PASSEND_TYPE_TIMELINE_ROW,
                                                                                 "menu_button"));
    GMenuModel *menu = gtk_menu_button_get_menu_model (menu_button);
    gboolean offered = FALSE;

    for (int i = 0; menu != NULL && i < g_menu_model_get_n_items (menu); i++)
      {
        g_autofree char *action = NULL;

        if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action) &&
            g_strcmp0 (action, "row.add-attachment") == 0)
          offered = TRUE;
      }
    g_assert_true (offered);
  }

  /* A recycled row forgets the attachments of its last entry. */
  passend_timeline_row_set_entry (PASSEND_TIMELINE_ROW (row), NULL);
  g_assert_cmpuint (passend_attachment_list_get_n_attachments (PASSEND_ATTACHMENT_LIST (list)), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/attachments/add-and-view-pdf", Fixture, NULL,
              fixture_set_up, test_add_and_view_pdf, fixture_tear_down);
  g_test_add ("/ui/attachments/refused-files", Fixture, NULL,
              fixture_set_up, test_refused_files, fixture_tear_down);
  g_test_add ("/ui/attachments/image-single-page", Fixture, NULL,
              fixture_set_up, test_image_single_page, fixture_tear_down);

  g_test_add ("/ui/attachments/timeline-row", Fixture, NULL,
              fixture_set_up, test_timeline_row, fixture_tear_down);

  return g_test_run ();
}
