/* test-ui-tlv.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>
#include <cairo-pdf.h>
#include <poppler.h>

#include "passend-database-opp.h"
#include "passend-database-tlv.h"
#include "passend-demo-school.h"
#include "passend-pdf-check.h"
#include "passend-test-ui.h"
#include "passend-tlv-checklist-page.h"
#include "passend-tlv-entry.h"
#include "passend-tlv-window-private.h"

typedef struct
{
  char            *dir;
  char            *path;
  char            *report;   /* a multi-page PDF to attach */
  PassendDatabase *database;
  PassendStudent  *student;
} Fixture;

/* A plain report of @n_pages pages with text on each. */
static void
write_report (const char *path,
              guint       n_pages)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);

  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *line = g_strdup_printf ("Onderzoeksverslag pagina %u", i + 1);

      cairo_move_to (cr, 72, 100);
      cairo_set_font_size (cr, 14);
      cairo_show_text (cr, line);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) caseload = NULL;
  PassendDemoOptions options;

  fixture->dir = g_dir_make_tmp ("passend-ui-tlv-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "school.db", NULL);
  fixture->report = g_build_filename (fixture->dir, "onderzoeksverslag.pdf", NULL);
  write_report (fixture->report, 20);
  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);

  passend_demo_options_init (&options);
  options.n_students = 120;
  options.n_caseload = 40;
  options.seed = 7;
  passend_demo_school_generate (fixture->database, &options, NULL, NULL, &error);
  g_assert_no_error (error);

  /* A student whose current OPP version is vastgesteld, moved to niveau
   * 4 (the TLV route) through the store, as the coordinator does. */
  caseload = passend_database_list_caseload (fixture->database, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (caseload) && fixture->student == NULL; i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (caseload, i);
      g_autoptr(GPtrArray) versions = NULL;
      g_autoptr(GPtrArray) requests = NULL;
      gboolean established = FALSE;

      versions = passend_database_list_opp_versions (fixture->database, passend_student_get_id (student), &error);
      g_assert_no_error (error);
      for (guint j = 0; j < versions->len; j++)
        {
          PassendOppVersionInfo *info = g_ptr_array_index (versions, j);

          established |= info->content_sha256 != NULL && info->state == PASSEND_OPP_STATE_VASTGESTELD;
        }
      requests = passend_database_list_tlv_requests (fixture->database, passend_student_get_id (student), &error);
      g_assert_no_error (error);
      if (established && requests->len == 0)
        fixture->student = g_steal_pointer (&student);
    }
  g_assert_nonnull (fixture->student);

  if (passend_student_get_niveau (fixture->student) != PASSEND_NIVEAU_4)
    {
      gint64 id = passend_student_get_id (fixture->student);

      passend_database_set_support_status (fixture->database, id, PASSEND_NIVEAU_4, PASSEND_PHASE_4_TLV,
                                           passend_student_get_regie (fixture->student),
                                           passend_student_get_regie_person_id (fixture->student),
                                           "Ondersteuningsbehoefte overstijgt het VO", 0, &error);
      g_assert_no_error (error);
      g_clear_object (&fixture->student);
      fixture->student = passend_database_get_student (fixture->database, id, &error);
      g_assert_no_error (error);
    }
  g_assert_cmpint (passend_student_get_niveau (fixture->student), ==, PASSEND_NIVEAU_4);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&fixture->student);
  g_clear_object (&fixture->database);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (fixture->path, suffixes[i], NULL);

      g_unlink (file);
    }
  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (fixture->dir, name, NULL);

      g_unlink (file);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->report);
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
named (gpointer    root,
       const char *name)
{
  GtkWidget *widget = find_named (GTK_WIDGET (root), name);

  if (widget == NULL)
    g_error ("No widget named “%s”", name);
  return widget;
}

static void
find_all (GtkWidget *widget,
          GType      type,
          GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    find_all (child, type, found);
}

static GtkWindow *
find_window_named (const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (window)), name) == 0 && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static gboolean
window_named_shown (gpointer data)
{
  return find_window_named (data) != NULL;
}

static GtkWindow *
wait_for_window (const char *name)
{
  g_assert_true (passend_test_ui_wait_for (window_named_shown, (gpointer) name));
  return find_window_named (name);
}

/* As clicking a response button does: the response, then the dialog
 * closes. */
static void
respond (gpointer    dialog,
         const char *response)
{
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
not_busy (gpointer data)
{
  return !passend_tlv_window_get_busy (data);
}

static void
add_advice (PassendTlvWindow     *window,
            const char           *name,
            PassendTlvDiscipline  discipline)
{
  GtkWindow *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "tlv.add-advice", NULL);
  dialog = wait_for_window ("tlv-advice-dialog");
  gtk_editable_set_text (GTK_EDITABLE (named (dialog, "advice-name")), name);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (named (dialog, "advice-discipline")), discipline);
  gtk_editable_set_text (GTK_EDITABLE (named (dialog, "advice-day")), "02-11-2026");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (named (dialog, "advice-independent")), TRUE);
  respond (dialog, "apply");
  passend_test_ui_settle (50);
}

/* Picks the first @n candidates in the picker of the item with @code,
 * after typing @search (may be NULL). Returns how many were shown. */
static guint
pick (PassendTlvWindow *window,
      const char       *code,
      const char       *search,
      guint             n)
{
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  GtkWidget *row = named (window->checklist_list, code);
  GtkWindow *picker;
  guint picked = 0;

  g_signal_emit_by_name (named (row, "pick"), "clicked");
  picker = wait_for_window ("tlv-picker");
  if (search != NULL)
    {
      g_autoptr(GPtrArray) entries = g_ptr_array_new ();

      find_all (GTK_WIDGET (picker), GTK_TYPE_SEARCH_ENTRY, entries);
      gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, 0)), search);
      passend_test_ui_settle (300);
    }
  find_all (GTK_WIDGET (picker), GTK_TYPE_CHECK_BUTTON, checks);
  for (guint i = 0; i < checks->len && picked < n; i++)
    {
      GtkWidget *check = g_ptr_array_index (checks, i);

      if (!gtk_widget_get_child_visible (gtk_widget_get_ancestor (check, GTK_TYPE_LIST_BOX_ROW)))
        continue;
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      picked++;
    }
  g_signal_emit_by_name (named (picker, "picker-add"), "clicked");
  passend_test_ui_settle (50);
  return picked;
}

/* A new entry of the fixture's student with @confidentiality and the
 * fixture's report attached as @file_name. */
static void
attach_to_new_entry (Fixture                *fixture,
                     PassendConfidentiality  confidentiality,
                     const char             *file_name)
{
  g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();
  g_autoptr(GBytes) content = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sha256 = NULL;
  char *bytes = NULL;
  gsize length = 0;

  /* The report: what is picked goes into the dossier, which embeds it. */
  g_assert_true (g_file_get_contents (fixture->report, &bytes, &length, &error));
  g_assert_no_error (error);
  content = g_bytes_new_take (bytes, length);

  passend_timeline_entry_set_student_id (entry, passend_student_get_id (fixture->student));
  passend_timeline_entry_set_kind (entry, PASSEND_ENTRY_KIND_DOCUMENT);
  passend_timeline_entry_set_occurred_at (entry, 1790000000);
  passend_timeline_entry_set_title (entry, "Document");
  passend_timeline_entry_set_confidentiality (entry, confidentiality);
  g_assert_true (passend_database_add_entry (fixture->database, entry, &error));
  g_assert_no_error (error);
  sha256 = passend_database_add_attachment (fixture->database, passend_timeline_entry_get_id (entry), file_name,
                                            "application/pdf", content, &error);
  g_assert_no_error (error);
}

static guint
count_parts (Fixture *fixture,
             gint64   request_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) parts = passend_database_list_tlv_parts (fixture->database, request_id, 0, &error);

  g_assert_no_error (error);
  return parts->len;
}

static guint
count_blocking (Fixture *fixture,
                gint64   request_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = passend_database_check_tlv_request (fixture->database, request_id, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    n += !passend_tlv_problem_is_warning (g_ptr_array_index (problems, i));
  return n;
}

static int
count_pages (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) content = g_file_load_bytes (file, NULL, NULL, &error);
  g_autofree char *type = NULL;
  PopplerDocument *document;
  int n_pages;

  g_assert_no_error (error);
  type = passend_pdf_check_attachment ("dossier.pdf", content, G_MAXSIZE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (type, ==, "application/pdf");
  document = poppler_document_new_from_bytes (content, NULL, &error);
  g_assert_no_error (error);
  n_pages = poppler_document_get_n_pages (document);
  g_object_unref (document);
  return n_pages;
}

static void
add_file (PassendTlvWindow *window,
          gint64            item_id,
          const char       *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (_passend_tlv_window_add_file_part (window, item_id, file, &error));
  g_assert_no_error (error);
}

static gint64
item_id_of (Fixture    *fixture,
            gint64      request_id,
            const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = passend_database_list_tlv_checklist_for_request (fixture->database, request_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    if (g_strcmp0 (passend_tlv_checklist_item_get_code (g_ptr_array_index (items, i)), code) == 0)
      return passend_tlv_checklist_item_get_id (g_ptr_array_index (items, i));
  g_error ("No checklist item “%s”", code);
  return 0;
}

static void
test_tlv_request (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const attachment_items[] = { "vpi", "onderbouwing", "deskundigheid-vso", "onderzoek", "handtekeningen" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GPtrArray) advices = NULL;
  g_autoptr(GPtrArray) dossiers = NULL;
  g_autoptr(PassendTlvRequest) stored = NULL;
  g_autoptr(GFile) report = g_file_new_for_path (fixture->report);
  g_autofree char *output = g_build_filename (fixture->dir, "TLV-dossier.pdf", NULL);
  g_autofree char *cancelled = g_build_filename (fixture->dir, "geannuleerd.pdf", NULL);
  g_autofree char *again = g_build_filename (fixture->dir, "TLV-dossier opnieuw.pdf", NULL);
  g_autoptr(GDir) dir = NULL;
  PassendTlvWindow *window;
  GtkWidget *host, *button;
  gint64 request_id;
  guint n_parts, n_files;
  int n_pages;
  const char *name;

  /* The way in from the student page. */
  host = gtk_window_new ();
  button = gtk_button_new ();
  gtk_window_set_child (GTK_WINDOW (host), button);
  passend_tlv_entry_update (GTK_BUTTON (button), fixture->database, fixture->student);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "New TLV Request");
  window = passend_tlv_entry_open (button, fixture->database, fixture->student, &error);
  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  passend_test_ui_settle (100);

  requests = passend_database_list_tlv_requests (fixture->database, passend_student_get_id (fixture->student), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (requests->len, ==, 1);
  request_id = passend_tlv_request_get_id (g_ptr_array_index (requests, 0));
  g_assert_cmpint (passend_tlv_window_get_request_id (window), ==, request_id);
  passend_tlv_entry_update (GTK_BUTTON (button), fixture->database, fixture->student);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "TLV · In Preparation");

  /* The form, with a period shorter than a school year first. */
  adw_combo_row_set_selected (window->kind_row, PASSEND_TLV_KIND_VSO_CLUSTER_4);
  adw_combo_row_set_selected (window->category_row, PASSEND_TLV_CATEGORY_LAAG);
  gtk_editable_set_text (GTK_EDITABLE (window->start_row), "01-08-2027");
  gtk_editable_set_text (GTK_EDITABLE (window->end_row), "31-01-2028");
  gtk_editable_set_text (GTK_EDITABLE (window->target_name_row), "De Ambelt VSO");
  gtk_switch_set_active (window->registered_switch, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (window->meeting_day_row), "02-11-2026");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (window->parents_view), "Ouders steunen de aanvraag.", -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (window->student_view), "Ik wil naar een kleinere school.", -1);
  g_assert_true (passend_tlv_window_flush (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->period_warning)));
  passend_test_ui_save_screenshot (GTK_WIDGET (window), "tlv-request.png", 300, FALSE);

  gtk_editable_set_text (GTK_EDITABLE (window->end_row), "31-07-2029");
  g_assert_true (passend_tlv_window_flush (window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->period_warning)));

  stored = passend_database_get_tlv_request (fixture->database, request_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (passend_tlv_request_get_kind (stored), ==, PASSEND_TLV_KIND_VSO_CLUSTER_4);
  g_assert_cmpint (passend_tlv_request_get_category (stored), ==, PASSEND_TLV_CATEGORY_LAAG);
  g_assert_cmpint (passend_tlv_request_get_requested_start (stored), ==, passend_day_new (2027, 8, 1));
  g_assert_cmpint (passend_tlv_request_get_requested_end (stored), ==, passend_day_new (2029, 7, 31));
  g_assert_cmpstr (passend_tlv_request_get_target_school_name (stored), ==, "De Ambelt VSO");
  g_assert_true (passend_tlv_request_get_registered_at_target (stored));
  g_assert_cmpint (passend_tlv_request_get_preceding_meeting_on (stored), ==, passend_day_new (2026, 11, 2));
  g_assert_cmpstr (passend_tlv_request_get_parents_view (stored), ==, "Ouders steunen de aanvraag.");
  g_assert_cmpstr (passend_tlv_request_get_student_view (stored), ==, "Ik wil naar een kleinere school.");

  /* Two deskundigenadviezen, the first with its written advice. */
  adw_view_stack_set_visible_child_name (window->view_stack, "advices");
  add_advice (window, "Drs. M. Bakker", PASSEND_TLV_DISCIPLINE_ORTHOPEDAGOOG);
  add_advice (window, "Dr. P. de Wit", PASSEND_TLV_DISCIPLINE_KINDERPSYCHIATER);
  advices = passend_database_list_tlv_advices (fixture->database, request_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (advices->len, ==, 2);
  g_assert_cmpint (passend_tlv_advice_get_discipline (g_ptr_array_index (advices, 0)), ==, PASSEND_TLV_DISCIPLINE_ORTHOPEDAGOOG);
  g_assert_cmpint (passend_tlv_advice_get_discipline (g_ptr_array_index (advices, 1)), ==, PASSEND_TLV_DISCIPLINE_KINDERPSYCHIATER);
  g_assert_true (passend_tlv_advice_get_independent (g_ptr_array_index (advices, 1)));
  g_assert_true (_passend_tlv_window_attach_advice_file (window, passend_tlv_advice_get_id (g_ptr_array_index (advices, 0)),
                                                         report, &error));
  g_assert_no_error (error);
  g_clear_pointer (&advices, g_ptr_array_unref);
  advices = passend_database_list_tlv_advices (fixture->database, request_id, &error);
  g_assert_true (passend_tlv_advice_has_file (g_ptr_array_index (advices, 0)));
  passend_test_ui_save_screenshot (GTK_WIDGET (window), "tlv-advices.png", 300, FALSE);

  /* The checklist: nothing satisfied yet, then items satisfied by
   * picking what Passend has. */
  adw_view_stack_set_visible_child_name (window->view_stack, "checklist");
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (window->checklist_group)), ==, "incomplete");
  g_assert_cmpuint (count_parts (fixture, request_id), ==, 0);
  g_assert_cmpuint (pick (window, "opp", NULL, 1), ==, 1);
  g_assert_cmpuint (count_parts (fixture, request_id), ==, 1);
  g_assert_cmpuint (pick (window, "gesprekken", "gesprek", 2), >=, 1);
  g_assert_cmpuint (pick (window, "observaties", NULL, 1), ==, 1);
  /* Attachments are offered with their entries; a meldcode entry's never. */
  attach_to_new_entry (fixture, PASSEND_CONFIDENTIALITY_NORMAL, "schoolrapport-2026.pdf");
  attach_to_new_entry (fixture, PASSEND_CONFIDENTIALITY_MELDCODE, "meldcode-verslag.pdf");
  g_assert_cmpuint (pick (window, "onderzoek", "meldcode-verslag", 5), ==, 0);
  g_assert_cmpuint (pick (window, "onderzoek", "schoolrapport-2026", 5), ==, 1);
  n_parts = count_parts (fixture, request_id);
  g_assert_cmpuint (n_parts, >=, 3);
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (window->checklist_group)), ==, "incomplete");
  passend_test_ui_save_screenshot (GTK_WIDGET (window), "tlv-checklist-partial.png", 300, FALSE);

  /* The rest as files added here. */
  for (guint i = 0; i < G_N_ELEMENTS (attachment_items); i++)
    add_file (window, item_id_of (fixture, request_id, attachment_items[i]), fixture->report);
  g_assert_cmpuint (count_parts (fixture, request_id), ==, n_parts + G_N_ELEMENTS (attachment_items));
  g_assert_cmpuint (count_blocking (fixture, request_id), ==, 0);
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (window->checklist_group)), ==, "complete");
  passend_test_ui_save_screenshot (GTK_WIDGET (window), "tlv-checklist.png", 300, FALSE);

  /* Assembling: complete, so no question; the file has every part. */
  passend_tlv_window_assemble_to_path (window, output, FALSE);
  g_assert_true (passend_tlv_window_get_busy (window));
  g_assert_true (passend_test_ui_wait_for (not_busy, window));
  g_assert_true (g_file_test (output, G_FILE_TEST_IS_REGULAR));
  n_pages = count_pages (output);
  /* Five attached reports of 20 pages, the written advice of 20, the
   * OPP, the entries and the cover. */
  g_assert_cmpint (n_pages, >, 6 * 20);

  /* Sending freezes it and submits the request. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "tlv.send", NULL));
  respond (wait_for_window ("tlv-send-dialog"), "send");
  passend_test_ui_settle (50);
  dossiers = passend_database_list_tlv_dossiers (fixture->database, request_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dossiers->len, ==, 1);
  g_assert_cmpuint (((PassendTlvSentDossier *) g_ptr_array_index (dossiers, 0))->page_count, ==, n_pages);
  g_clear_object (&stored);
  stored = passend_database_get_tlv_request (fixture->database, request_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (passend_tlv_request_get_state (stored), ==, PASSEND_TLV_STATE_INGEDIEND);
  adw_view_stack_set_visible_child_name (window->view_stack, "history");
  passend_test_ui_save_screenshot (GTK_WIDGET (window), "tlv-history.png", 300, FALSE);

  /* The sent dossier assembles again with the same pages. */
  _passend_tlv_window_export_sent (window, ((PassendTlvSentDossier *) g_ptr_array_index (dossiers, 0))->id, again);
  g_assert_true (passend_tlv_window_get_busy (window));
  g_assert_true (passend_test_ui_wait_for (not_busy, window));
  g_assert_cmpint (count_pages (again), ==, n_pages);

  /* The next steps: under review, then granted with its category and
   * period; a refused request would offer the objection. */
  g_signal_emit_by_name (named (window->state_actions_box, "in-behandeling"), "clicked");
  respond (wait_for_window ("tlv-step-dialog"), "apply");
  passend_test_ui_settle (50);
  g_clear_object (&stored);
  stored = passend_database_get_tlv_request (fixture->database, request_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (passend_tlv_request_get_state (stored), ==, PASSEND_TLV_STATE_IN_BEHANDELING);
  g_signal_emit_by_name (named (window->state_actions_box, "toegekend"), "clicked");
  {
    GtkWindow *step = wait_for_window ("tlv-step-dialog");
    g_autoptr(GPtrArray) drops = g_ptr_array_new ();

    find_all (GTK_WIDGET (step), GTK_TYPE_DROP_DOWN, drops);
    g_assert_cmpuint (drops->len, ==, 1);
    gtk_drop_down_set_selected (g_ptr_array_index (drops, 0), PASSEND_TLV_CATEGORY_MIDDEN);
    passend_test_ui_save_screenshot (GTK_WIDGET (step), "tlv-grant.png", 300, FALSE);
    respond (step, "apply");
  }
  passend_test_ui_settle (50);
  g_clear_object (&stored);
  stored = passend_database_get_tlv_request (fixture->database, request_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (passend_tlv_request_get_state (stored), ==, PASSEND_TLV_STATE_TOEGEKEND);
  g_assert_cmpint (passend_tlv_request_get_granted_category (stored), ==, PASSEND_TLV_CATEGORY_MIDDEN);
  g_assert_cmpint (passend_tlv_request_get_granted_end (stored), ==, passend_day_new (2029, 7, 31));
  g_assert_nonnull (find_named (GTK_WIDGET (window->state_actions_box), "bezwaar"));
  passend_test_ui_save_screenshot (GTK_WIDGET (window), "tlv-granted.png", 300, FALSE);

  /* Cancelling leaves nothing behind, no temporary file either. */
  passend_tlv_window_assemble_to_path (window, cancelled, TRUE);
  g_assert_true (passend_tlv_window_get_busy (window));
  passend_test_ui_save_screenshot (GTK_WIDGET (window), "tlv-assembling.png", 0, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "tlv.cancel-assembly", NULL));
  g_assert_true (passend_test_ui_wait_for (not_busy, window));
  g_assert_false (g_file_test (cancelled, G_FILE_TEST_EXISTS));
  n_files = 0;
  dir = g_dir_open (fixture->dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_has_prefix (name, "school.db"))
      n_files++;
  /* The report, the assembled dossier and the one assembled again. */
  g_assert_cmpuint (n_files, ==, 3);

  /* Folded narrow: the pages move to the bottom bar. */
  adw_view_stack_set_visible_child_name (window->view_stack, "checklist");
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 700);
  passend_test_ui_save_screenshot (GTK_WIDGET (window), "tlv-narrow.png", 500, FALSE);

  gtk_window_destroy (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (host));
  passend_test_ui_settle (50);
}

static void
test_tlv_checklist_page (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) after = NULL;
  PassendTlvChecklistPage *page;
  PassendTlvSwvRule rule;
  GtkWindow *dialog;
  GtkWidget *window;
  guint n_items;

  window = adw_preferences_window_new ();
  page = PASSEND_TLV_CHECKLIST_PAGE (passend_tlv_checklist_page_new ());
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (page));
  passend_tlv_checklist_page_set_database (page, fixture->database);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  passend_test_ui_settle (100);

  items = passend_database_list_tlv_checklist (fixture->database, 0, FALSE, &error);
  g_assert_no_error (error);
  n_items = items->len;
  g_assert_cmpuint (n_items, ==, 8);

  /* Add an item to the default list. */
  g_signal_emit_by_name (named (page, "add-item"), "clicked");
  dialog = wait_for_window ("tlv-item-dialog");
  gtk_editable_set_text (GTK_EDITABLE (named (dialog, "item-label")), "IQ-onderzoek (niet ouder dan 2 jaar)");
  respond (dialog, "apply");
  passend_test_ui_settle (50);
  after = passend_database_list_tlv_checklist (fixture->database, 0, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, n_items + 1);
  g_assert_cmpstr (passend_tlv_checklist_item_get_label (g_ptr_array_index (after, n_items)), ==,
                   "IQ-onderzoek (niet ouder dan 2 jaar)");
  passend_test_ui_save_screenshot (window, "tlv-checklist-preferences.png", 300, FALSE);

  /* Reset brings the seed list back and archives the added item. */
  g_signal_emit_by_name (named (page, "reset"), "clicked");
  respond (wait_for_window ("tlv-reset-dialog"), "reset");
  passend_test_ui_settle (50);
  g_clear_pointer (&after, g_ptr_array_unref);
  after = passend_database_list_tlv_checklist (fixture->database, 0, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, n_items);

  /* The rules are per SWV: without one they cannot be changed. */
  g_assert_false (gtk_widget_get_sensitive (named (page, "rules")));
  if (!passend_database_load_tlv_swv_rule (fixture->database, 0, &rule, &error))
    g_error ("%s", error->message);
  g_assert_false (rule.strict_advice);

  gtk_window_destroy (GTK_WINDOW (window));
  passend_test_ui_settle (50);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/tlv/request", Fixture, NULL, fixture_set_up, test_tlv_request, fixture_tear_down);
  g_test_add ("/ui/tlv/checklist-page", Fixture, NULL, fixture_set_up, test_tlv_checklist_page, fixture_tear_down);

  return g_test_run ();
}
