/* test-ui-signature.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <poppler.h>
#include <sqlite3.h>

#include "passend-database-opp.h"
#include "passend-database-private.h"
#include "passend-opp-pdf.h"
#include "passend-opp-print.h"
#include "passend-signature-dialog.h"
#include "passend-signature-pad.h"
#include "passend-test-ui.h"

static void
count_cb (gpointer  object,
          guint    *count)
{
  (*count)++;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* Strokes fed in widget pixels come back normalised to the 3:1 box, in
 * order, with their pressure; undo drops the last, clear all. */
static void
test_pad_strokes (void)
{
  PassendSignaturePad *pad = g_object_ref_sink (PASSEND_SIGNATURE_PAD (passend_signature_pad_new ()));
  static const double xs[] = { 30, 60, 90, 150 };
  static const double ys[] = { 50, 20, 80, 50 };
  static const double pressures[] = { 0.2, 0.5, 0.9, 0.4 };
  static const double xs2[] = { 200, 270 };
  static const double ys2[] = { 90, 90 };
  g_autoptr(PassendSignature) signature = NULL;
  g_autoptr(PassendSignature) after_undo = NULL;
  const PassendSignaturePoint *points;
  guint changed = 0, empty_notified = 0, n_points = 0;

  g_signal_connect (pad, "changed", G_CALLBACK (count_cb), &changed);
  g_signal_connect (pad, "notify::empty", G_CALLBACK (count_notify_cb), &empty_notified);
  g_assert_true (passend_signature_pad_get_empty (pad));

  /* Not shown: the pad is taken as 300 × 100 pixels. */
  passend_signature_pad_add_stroke (pad, xs, ys, pressures, G_N_ELEMENTS (xs));
  passend_signature_pad_add_stroke (pad, xs2, ys2, NULL, G_N_ELEMENTS (xs2));
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpuint (empty_notified, ==, 1);
  g_assert_false (passend_signature_pad_get_empty (pad));

  signature = passend_signature_pad_get_signature (pad);
  g_assert_cmpfloat_with_epsilon (passend_signature_get_aspect_ratio (signature), 3.0, 0.001);
  g_assert_cmpuint (passend_signature_get_n_strokes (signature), ==, 2);
  points = passend_signature_get_stroke (signature, 0, &n_points);
  g_assert_cmpuint (n_points, ==, G_N_ELEMENTS (xs));
  for (guint i = 0; i < n_points; i++)
    {
      g_assert_cmpfloat_with_epsilon (points[i].x, xs[i] / 300.0, 0.001);
      g_assert_cmpfloat_with_epsilon (points[i].y, ys[i] / 100.0, 0.001);
      g_assert_cmpfloat_with_epsilon (points[i].pressure, pressures[i], 0.01);
    }
  points = passend_signature_get_stroke (signature, 1, &n_points);
  g_assert_cmpuint (n_points, ==, 2);
  g_assert_cmpfloat_with_epsilon (points[1].x, 0.9, 0.001);
  g_assert_cmpfloat (points[1].pressure, <, 0);

  /* The copy does not follow the pad. */
  passend_signature_pad_undo (pad);
  g_assert_cmpuint (passend_signature_get_n_strokes (signature), ==, 2);
  after_undo = passend_signature_pad_get_signature (pad);
  g_assert_cmpuint (passend_signature_get_n_strokes (after_undo), ==, 1);
  g_assert_cmpuint (changed, ==, 3);

  passend_signature_pad_clear (pad);
  g_assert_true (passend_signature_pad_get_empty (pad));
  g_assert_cmpuint (empty_notified, ==, 2);
  g_assert_cmpuint (changed, ==, 4);
  /* Nothing left to undo: no signal. */
  passend_signature_pad_undo (pad);
  g_assert_cmpuint (changed, ==, 4);

  g_object_unref (pad);
}

typedef struct
{
  char               *dir;
  PassendDatabase    *database;
  PassendOppDocument *document;
} Fixture;

static void
exec_sql (PassendDatabase *database,
          const char      *sql)
{
  char *message = NULL;

  sqlite3_exec (_passend_database_get_handle (database), sql, NULL, NULL, &message);
  if (message != NULL)
    g_error ("%s", message);
}

/* A student with two parents with gezag and a version awaiting consent. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(PassendOppSupport) support = passend_opp_support_new ("Begeleiding door de mentor");
  g_autoptr(PassendOppFactor) factor = passend_opp_factor_new (PASSEND_OPP_DOMAIN_WERKHOUDING,
                                                               PASSEND_OPP_POLARITY_BELEMMEREND, "Snel afgeleid");
  g_autoptr(PassendOppGoal) goal = passend_opp_goal_new (PASSEND_OPP_DOMAIN_WERKHOUDING, "Plant zelf");
  gint64 version_id = 0;

  fixture->dir = g_dir_make_tmp ("passend-ui-signature-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "passend.db", NULL);
  fixture->database = passend_database_open (path, &error);
  g_assert_no_error (error);

  exec_sql (fixture->database,
            "INSERT INTO student (id, lvs_number, roepnaam, tussenvoegsel, achternaam, birth_date,"
            " class_name, year, track) VALUES (1, '1001', 'Noor', 'van', 'Dijk', '2012-03-04', '2H1', 2, 'havo');"
            "INSERT INTO support_status (student_id, niveau, phase, regie, case_open, opened_at, updated_at)"
            " VALUES (1, 3, '3b', 'leco', 1, 0, 0);"
            "INSERT INTO guardian (id, student_id, relation, voorletters, tussenvoegsel, achternaam, has_authority)"
            " VALUES (11, 1, 'moeder', 'M.', 'van', 'Dijk', 1), (12, 1, 'vader', 'P.', '', 'Bos', 1);");

  g_assert_true (passend_database_create_opp (fixture->database, 1, &version_id, &error));
  g_assert_no_error (error);
  g_assert_true (passend_database_add_opp_support (fixture->database, version_id, support, &error));
  g_assert_no_error (error);
  /* What ter instemming needs: perspective, rationale, factor, goal and
   * the student heard. */
  passend_database_set_opp_uitstroom (fixture->database, version_id, PASSEND_OPP_PROFILE_NONE, "havo", &error);
  g_assert_no_error (error);
  passend_database_set_opp_text (fixture->database, version_id, PASSEND_OPP_SECTION_UITSTROOM_ONDERBOUWING,
                                 "Noor kan havo aan met structuur.", &error);
  g_assert_no_error (error);
  passend_database_set_opp_text (fixture->database, version_id, PASSEND_OPP_SECTION_MENING_LEERLING,
                                 "Ik wil een vaste plek.", &error);
  g_assert_no_error (error);
  passend_database_set_opp_text (fixture->database, version_id, PASSEND_OPP_SECTION_HOORRECHT_MOTIVERING,
                                 "Besproken met Noor; de vaste plek is opgenomen.", &error);
  g_assert_no_error (error);
  passend_database_set_opp_student_heard_on (fixture->database, version_id, passend_day_today (), &error);
  g_assert_no_error (error);
  passend_database_add_opp_factor (fixture->database, version_id, factor, &error);
  g_assert_no_error (error);
  passend_database_add_opp_goal (fixture->database, version_id, goal, &error);
  g_assert_no_error (error);
  g_assert_true (passend_database_set_opp_state (fixture->database, version_id,
                                                 PASSEND_OPP_STATE_IN_OVERLEG, "", &error));
  g_assert_no_error (error);
  passend_database_set_opp_state (fixture->database, version_id, PASSEND_OPP_STATE_TER_INSTEMMING, "", &error);
  g_assert_no_error (error);

  fixture->document = passend_database_load_opp (fixture->database, version_id, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_pointer (&fixture->document, passend_opp_document_unref);
  g_clear_object (&fixture->database);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (fixture->dir, name, NULL);
      g_unlink (child);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static void
saved_cb (PassendSignatureDialog *dialog,
          gint64                  id,
          gint64                 *out)
{
  *out = id;
}

static gboolean
is_destroyed (gpointer data)
{
  return *(gboolean *) data;
}

static void
destroyed_cb (GtkWidget *widget,
              gboolean  *destroyed)
{
  *destroyed = TRUE;
}

/* The mother signs on the pad: the store holds her strokes on the
 * version's hash, and the PDF draws her block with them. */
static void
test_dialog_pad (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendOppDocument) reloaded = NULL;
  g_autoptr(PassendSignature) ink = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *hash = passend_opp_document_get_hash (fixture->document);
  g_autofree char *short_hash = passend_opp_short_hash (hash);
  static const double xs[] = { 20, 80, 140, 200, 260 };
  static const double ys[] = { 60, 30, 70, 25, 60 };
  PassendSignatureDialog *dialog;
  PassendSignaturePad *pad;
  const PassendOppSignature *signature;
  gint64 saved_id = -1;
  gboolean destroyed = FALSE;

  dialog = passend_signature_dialog_new (NULL, fixture->database, fixture->document);
  g_signal_connect (dialog, "saved", G_CALLBACK (saved_cb), &saved_id);
  g_signal_connect (dialog, "destroy", G_CALLBACK (destroyed_cb), &destroyed);
  passend_signature_dialog_set_signer (dialog, PASSEND_OPP_SIGNER_GUARDIAN, 11);
  gtk_window_present (GTK_WINDOW (dialog));
  passend_test_ui_settle (200);

  /* The name comes from the guardian; the version's hash is shown. */
  g_assert_cmpstr (gtk_editable_get_text (passend_test_ui_child (dialog, PASSEND_TYPE_SIGNATURE_DIALOG, "name_row")),
                   ==, "M. van Dijk");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (passend_test_ui_child (dialog, PASSEND_TYPE_SIGNATURE_DIALOG,
                                                                                "hash_row")),
                            short_hash));

  /* Saving an empty pad is refused and writes nothing. */
  g_signal_emit_by_name (passend_test_ui_child (dialog, PASSEND_TYPE_SIGNATURE_DIALOG, "save_button"), "clicked");
  g_assert_true (gtk_revealer_get_reveal_child (passend_test_ui_child (dialog, PASSEND_TYPE_SIGNATURE_DIALOG,
                                                                       "error_revealer")));
  g_assert_cmpint (saved_id, ==, -1);

  pad = passend_test_ui_child (dialog, PASSEND_TYPE_SIGNATURE_DIALOG, "pad");
  passend_signature_pad_add_stroke (pad, xs, ys, NULL, G_N_ELEMENTS (xs));
  passend_test_ui_save_screenshot (GTK_WIDGET (dialog), "signature-dialog.png", 300, FALSE);
  g_signal_emit_by_name (passend_test_ui_child (dialog, PASSEND_TYPE_SIGNATURE_DIALOG, "save_button"), "clicked");
  g_assert_true (passend_test_ui_wait_for (is_destroyed, &destroyed));
  g_assert_cmpint (saved_id, >, 0);

  reloaded = passend_database_load_opp (fixture->database, fixture->document->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reloaded->signatures->len, ==, 1);
  signature = g_ptr_array_index (reloaded->signatures, 0);
  g_assert_cmpint (signature->id, ==, saved_id);
  g_assert_cmpint (signature->guardian_id, ==, 11);
  g_assert_cmpint (signature->outcome, ==, PASSEND_OPP_OUTCOME_AGREED);
  g_assert_cmpint (signature->method, ==, PASSEND_OPP_METHOD_PAD);
  g_assert_cmpstr (signature->version_sha256, ==, hash);
  ink = passend_signature_new_from_bytes (signature->strokes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (passend_signature_get_n_strokes (ink), ==, 1);
  g_assert_cmpuint (passend_signature_get_n_points (ink), ==, G_N_ELEMENTS (xs));

  pdf = passend_opp_pdf_render (reloaded, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (pdf), >, 1000);
}

/* "Does not agree" needs no pad but keeps its reason. */
static void
test_dialog_not_agreed (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendOppDocument) reloaded = NULL;
  PassendSignatureDialog *dialog;
  const PassendOppSignature *signature;
  gint64 saved_id = -1;
  gboolean destroyed = FALSE;

  dialog = passend_signature_dialog_new (NULL, fixture->database, fixture->document);
  g_signal_connect (dialog, "saved", G_CALLBACK (saved_cb), &saved_id);
  g_signal_connect (dialog, "destroy", G_CALLBACK (destroyed_cb), &destroyed);
  passend_signature_dialog_set_signer (dialog, PASSEND_OPP_SIGNER_GUARDIAN, 12);
  gtk_window_present (GTK_WINDOW (dialog));

  adw_combo_row_set_selected (passend_test_ui_child (dialog, PASSEND_TYPE_SIGNATURE_DIALOG, "outcome_row"), 1);
  g_assert_true (gtk_widget_get_visible (passend_test_ui_child (dialog, PASSEND_TYPE_SIGNATURE_DIALOG, "reason_row")));
  gtk_editable_set_text (passend_test_ui_child (dialog, PASSEND_TYPE_SIGNATURE_DIALOG, "reason_row"),
                         "Eerst overleg met de huisarts");
  adw_combo_row_set_selected (passend_test_ui_child (dialog, PASSEND_TYPE_SIGNATURE_DIALOG, "method_row"), 2);
  g_assert_false (gtk_widget_get_visible (passend_test_ui_child (dialog, PASSEND_TYPE_SIGNATURE_DIALOG, "pad_box")));
  passend_test_ui_save_screenshot (GTK_WIDGET (dialog), "signature-dialog-not-agreed.png", 300, FALSE);
  g_signal_emit_by_name (passend_test_ui_child (dialog, PASSEND_TYPE_SIGNATURE_DIALOG, "save_button"), "clicked");
  g_assert_true (passend_test_ui_wait_for (is_destroyed, &destroyed));

  reloaded = passend_database_load_opp (fixture->database, fixture->document->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reloaded->signatures->len, ==, 1);
  signature = g_ptr_array_index (reloaded->signatures, 0);
  g_assert_cmpint (signature->guardian_id, ==, 12);
  g_assert_cmpint (signature->outcome, ==, PASSEND_OPP_OUTCOME_NOT_AGREED);
  g_assert_cmpstr (signature->reason, ==, "Eerst overleg met de huisarts");
  g_assert_cmpint (signature->method, ==, PASSEND_OPP_METHOD_NONE);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static void
sign_agreed (Fixture *fixture,
             gint64   guardian_id,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendOppSignature) signature = passend_opp_signature_new (PASSEND_OPP_SIGNER_GUARDIAN,
                                                                         PASSEND_OPP_OUTCOME_AGREED,
                                                                         name, passend_day_today ());

  signature->guardian_id = guardian_id;
  signature->method = PASSEND_OPP_METHOD_NONE;
  g_assert_true (passend_database_add_opp_signature (fixture->database, fixture->document->id,
                                                     signature, NULL, &error));
  g_assert_no_error (error);
}

/* The school's vaststelling from the dialog: after both parents agreed,
 * the version is vastgesteld under the hash the dialog showed. */
static void
test_dialog_school (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendOppDocument) reloaded = NULL;
  g_autofree char *hash = passend_opp_document_get_hash (fixture->document);
  PassendSignatureDialog *dialog;
  AdwMessageDialog *confirm;
  gint64 saved_id = -1;
  gint64 version_id;
  gboolean destroyed = FALSE;

  sign_agreed (fixture, 11, "M. van Dijk");
  sign_agreed (fixture, 12, "P. Bos");
  version_id = fixture->document->id;
  g_clear_pointer (&fixture->document, passend_opp_document_unref);
  fixture->document = passend_database_load_opp (fixture->database, version_id, &error);
  g_assert_no_error (error);

  dialog = passend_signature_dialog_new (NULL, fixture->database, fixture->document);
  g_signal_connect (dialog, "saved", G_CALLBACK (saved_cb), &saved_id);
  g_signal_connect (dialog, "destroy", G_CALLBACK (destroyed_cb), &destroyed);
  passend_signature_dialog_set_signer (dialog, PASSEND_OPP_SIGNER_SCHOOL, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_false (gtk_widget_get_visible (passend_test_ui_child (dialog, PASSEND_TYPE_SIGNATURE_DIALOG,
                                                                 "signature_group")));
  gtk_editable_set_text (passend_test_ui_child (dialog, PASSEND_TYPE_SIGNATURE_DIALOG, "name_row"), "M. Bakker");
  gtk_editable_set_text (passend_test_ui_child (dialog, PASSEND_TYPE_SIGNATURE_DIALOG, "role_row"), "directeur");
  passend_test_ui_save_screenshot (GTK_WIDGET (dialog), "signature-dialog-school.png", 300, FALSE);
  g_signal_emit_by_name (passend_test_ui_child (dialog, PASSEND_TYPE_SIGNATURE_DIALOG, "save_button"), "clicked");

  /* Irreversible, so it asks first; nothing is written before the answer. */
  confirm = find_message_dialog ();
  g_assert_nonnull (confirm);
  reloaded = passend_database_load_opp (fixture->database, version_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (reloaded->state, ==, PASSEND_OPP_STATE_TER_INSTEMMING);
  g_clear_pointer (&reloaded, passend_opp_document_unref);
  adw_message_dialog_response (confirm, "establish");
  g_assert_true (passend_test_ui_wait_for (is_destroyed, &destroyed));
  g_assert_cmpint (saved_id, ==, 0);

  reloaded = passend_database_load_opp (fixture->database, version_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (reloaded->state, ==, PASSEND_OPP_STATE_VASTGESTELD);
  g_assert_cmpstr (reloaded->content_sha256, ==, hash);
}

/* Printing draws the pages of the PDF: exported through the print
 * operation, the same number of pages with the same header and footer. */
static void
test_print_export (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GBytes) reference = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "print.pdf", NULL);
  PopplerDocument *printed, *saved;
  PopplerPage *page;
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;
  GtkPrintOperationResult result;
  int n_pages;

  operation = passend_opp_print_operation_new (fixture->document, NULL, NULL, &error);
  g_assert_no_error (error);
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  reference = passend_opp_pdf_render (fixture->document, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  saved = poppler_document_new_from_bytes (reference, NULL, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);
  printed = poppler_document_new_from_gfile (file, NULL, NULL, &error);
  g_assert_no_error (error);

  n_pages = poppler_document_get_n_pages (saved);
  g_assert_cmpint (n_pages, >=, 2);
  g_assert_cmpint (poppler_document_get_n_pages (printed), ==, n_pages);
  page = poppler_document_get_page (printed, n_pages - 1);
  text = poppler_page_get_text (page);
  label = g_strdup_printf ("pagina %d van %d", n_pages, n_pages);
  g_assert_nonnull (strstr (text, label));
  g_assert_nonnull (strstr (text, "Noor van Dijk"));

  g_object_unref (page);
  g_object_unref (printed);
  g_object_unref (saved);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/signature/pad-strokes", test_pad_strokes);
  g_test_add ("/ui/signature/dialog-pad", Fixture, NULL, fixture_set_up, test_dialog_pad, fixture_tear_down);
  g_test_add ("/ui/signature/dialog-not-agreed", Fixture, NULL,
              fixture_set_up, test_dialog_not_agreed, fixture_tear_down);
  g_test_add ("/ui/signature/dialog-school", Fixture, NULL,
              fixture_set_up, test_dialog_school, fixture_tear_down);
  g_test_add ("/ui/signature/print-export", Fixture, NULL,
              fixture_set_up, test_print_export, fixture_tear_down);

  return g_test_run ();
}
