/* test-ui-opp.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>
#include <poppler.h>
#include <sqlite3.h>

#include "passend-database-opp.h"
#include "passend-demo-school.h"
#include "passend-opp-editor.h"
#include "passend-opp-preview.h"
#include "passend-opp-saver.h"
#include "passend-signature-dialog.h"
#include "passend-signature-pad.h"
#include "passend-student-page.h"
#include "passend-test-ui.h"

typedef struct
{
  char            *dir;
  char            *path;
  PassendDatabase *database;
  PassendStudent  *student;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) caseload = NULL;
  PassendDemoOptions options;

  fixture->dir = g_dir_make_tmp ("passend-ui-opp-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "school.db", NULL);
  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);

  passend_demo_options_init (&options);
  /* The demo gives a few niveau-3 and -4 students an OPP already: enough
   * of them that one is left without. */
  options.n_students = 120;
  options.n_caseload = 40;
  options.seed = 7;
  passend_demo_school_generate (fixture->database, &options, NULL, NULL, &error);
  g_assert_no_error (error);

  /* A student in the caseload without an OPP yet, with a guardian who
   * has parental authority, moved to niveau 3 (extra support) the way the
   * coordinator does: the demo's own niveau-3 students have OPPs. */
  caseload = passend_database_list_caseload (fixture->database, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (caseload) && fixture->student == NULL; i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (caseload, i);
      g_autoptr(GPtrArray) versions = NULL;
      g_autoptr(GListModel) guardians = NULL;
      gboolean authority = FALSE;

      if (!passend_student_get_case_open (student))
        continue;
      versions = passend_database_list_opp_versions (fixture->database, passend_student_get_id (student), &error);
      g_assert_no_error (error);
      guardians = passend_database_list_guardians (fixture->database, passend_student_get_id (student), &error);
      g_assert_no_error (error);
      for (guint j = 0; j < g_list_model_get_n_items (guardians); j++)
        {
          g_autoptr(PassendGuardian) guardian = g_list_model_get_item (guardians, j);

          authority |= passend_guardian_get_has_authority (guardian);
        }
      if (versions->len == 0 && authority)
        fixture->student = g_steal_pointer (&student);
    }
  g_assert_nonnull (fixture->student);

  if (passend_student_get_niveau (fixture->student) != PASSEND_NIVEAU_3)
    {
      gint64 id = passend_student_get_id (fixture->student);

      passend_database_set_support_status (fixture->database, id, PASSEND_NIVEAU_3,
                                           PASSEND_PHASE_3B_FLEX_ZAT, passend_student_get_regie (fixture->student),
                                           passend_student_get_regie_person_id (fixture->student),
                                           "Extra ondersteuning", 0, &error);
      g_assert_no_error (error);
      g_clear_object (&fixture->student);
      fixture->student = passend_database_get_student (fixture->database, id, &error);
      g_assert_no_error (error);
    }
  g_assert_nonnull (fixture->student);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  g_clear_object (&fixture->student);
  g_clear_object (&fixture->database);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (fixture->path, suffixes[i], NULL);

      g_unlink (file);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
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

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;

  return FALSE;
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

static char *
row_name (gint64 id,
          int    field)
{
  return g_strdup_printf ("row-%" G_GINT64_FORMAT "-%d", id, field);
}

/* Field numbers of passend-opp-section-rows.h. */
enum {
  NEED_BODY = 1,
  GOAL_BODY = 4,
  GOAL_CRITERION = 5,
  GOAL_TARGET = 6,
  SUPPORT_WHAT = 9,
  SUPPORT_WHO = 10,
  SUPPORT_EVALUATION = 14,
};

static void
type_text (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

typedef struct
{
  Fixture    *fixture;
  gint64      version_id;
  int         section;
  const char *expected;
} TextCheck;

static PassendOppDocument *
load (Fixture *fixture,
      gint64   version_id)
{
  g_autoptr(GError) error = NULL;
  PassendOppDocument *doc = passend_database_load_opp (fixture->database, version_id, &error);

  g_assert_no_error (error);
  return doc;
}

static gboolean
text_stored (gpointer data)
{
  TextCheck *check = data;
  g_autoptr(PassendOppDocument) doc = load (check->fixture, check->version_id);

  return g_strcmp0 (passend_opp_document_get_text (doc, check->section), check->expected) == 0;
}

static void
wait_for_text (Fixture    *fixture,
               gint64      version_id,
               int         section,
               const char *expected)
{
  TextCheck check = { fixture, version_id, section, expected };

  g_assert_true (passend_test_ui_wait_for (text_stored, &check));
}

/* As a click: gtk_widget_activate() on a button only starts its
 * pressed-look timeout, and nothing at all on a page not shown. */
static void
click (gpointer    root,
       const char *name)
{
  GtkWidget *button = named (root, name);

  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  passend_test_ui_settle (50);
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

typedef struct
{
  Fixture *fixture;
  gint64   version_id;
} Version;

static gboolean
rows_stored (gpointer data)
{
  Version *version = data;
  g_autoptr(PassendOppDocument) doc = load (version->fixture, version->version_id);
  PassendOppGoal *goal;
  PassendOppSupport *support;

  if (doc->goals->len != 1 || doc->supports->len != 1 || doc->needs->len == 0)
    return FALSE;

  goal = g_ptr_array_index (doc->goals, 0);
  support = g_ptr_array_index (doc->supports, 0);
  return g_str_equal (goal->body, "Plant zijn huiswerk zelf") &&
         g_str_equal (goal->criterion, "Vier weken op rij zonder hulp") &&
         goal->target_on == passend_day_new (2027, 6, 1) &&
         g_str_equal (support->what, "Wekelijks planningsgesprek") &&
         support->evaluation_on == passend_day_new (2027, 1, 15);
}

static void
fill_in (Fixture   *fixture,
         GtkWidget *editor,
         gint64     version_id)
{
  g_autoptr(PassendOppDocument) doc = NULL;
  g_autofree char *name = NULL;
  PassendOppNeed *need;
  PassendOppGoal *goal;
  PassendOppSupport *support;
  Version version = { fixture, version_id };
  gint64 goal_id;

  /* Texts in several sections, stored after the pause in typing. */
  type_text (named (editor, "schoolloopbaan"), "Basisschool De Regenboog, groep 8 met havo-advies.");
  type_text (named (editor, "uitstroom-level"), "havo");
  type_text (named (editor, "uitstroom-onderbouwing"), "Sterk in taal; planning belemmert.");
  type_text (named (editor, "mening-leerling"), "Ik wil het zelf leren plannen.");
  type_text (named (editor, "hoorrecht-motivering"), "Zijn wens is meegenomen in doel 1.");
  type_text (named (editor, "student-heard-on"), "2-11-2026");
  wait_for_text (fixture, version_id, PASSEND_OPP_SECTION_SCHOOLLOOPBAAN,
                 "Basisschool De Regenboog, groep 8 met havo-advies.");
  wait_for_text (fixture, version_id, PASSEND_OPP_SECTION_HOORRECHT_MOTIVERING,
                 "Zijn wens is meegenomen in doel 1.");

  /* Lists: a factor, a need, a goal for it and support for that goal. */
  click (editor, "add-hindering");
  doc = load (fixture, version_id);
  g_assert_cmpuint (doc->factors->len, >, 0);
  name = row_name (((PassendOppFactor *) g_ptr_array_index (doc->factors, doc->factors->len - 1))->id, 0);
  type_text (named (editor, name), "Plant zijn werk niet");
  g_clear_pointer (&name, g_free);

  click (editor, "add-need");
  g_clear_pointer (&doc, passend_opp_document_unref);
  doc = load (fixture, version_id);
  need = g_ptr_array_index (doc->needs, doc->needs->len - 1);
  name = row_name (need->id, NEED_BODY);
  type_text (named (editor, name), "heeft hulp bij plannen nodig");
  g_clear_pointer (&name, g_free);

  /* Goals come from the needs: the button on the need links them. */
  g_assert_true (passend_opp_editor_flush (PASSEND_OPP_EDITOR (editor)));
  click (editor, "add-goal-for-need");
  g_clear_pointer (&doc, passend_opp_document_unref);
  doc = load (fixture, version_id);
  g_assert_cmpuint (doc->goals->len, ==, 1);
  goal = g_ptr_array_index (doc->goals, 0);
  g_assert_cmpint (goal->need_id, !=, 0);
  /* The goal goes with its document when that is loaded again. */
  goal_id = goal->id;
  name = row_name (goal->id, GOAL_BODY);
  type_text (named (editor, name), "Plant zijn huiswerk zelf");
  g_clear_pointer (&name, g_free);
  name = row_name (goal->id, GOAL_CRITERION);
  type_text (named (editor, name), "Vier weken op rij zonder hulp");
  g_clear_pointer (&name, g_free);
  name = row_name (goal->id, GOAL_TARGET);
  type_text (named (editor, name), "1-6-2027");
  g_clear_pointer (&name, g_free);

  click (editor, "add-support-for-goal");
  g_clear_pointer (&doc, passend_opp_document_unref);
  doc = load (fixture, version_id);
  support = NULL;
  for (guint i = 0; i < doc->supports->len; i++)
    if (((PassendOppSupport *) g_ptr_array_index (doc->supports, i))->goal_id == goal_id)
      support = g_ptr_array_index (doc->supports, i);
  g_assert_nonnull (support);

  /* Support the record already had (prefilled from interventions) is
   * not what this test is about. */
  for (guint i = 0; i < doc->supports->len; i++)
    {
      PassendOppSupport *other = g_ptr_array_index (doc->supports, i);
      g_autoptr(GError) error = NULL;

      if (other == support)
        continue;
      passend_database_remove_opp_row (fixture->database, PASSEND_OPP_ROW_SUPPORT, other->id, &error);
      g_assert_no_error (error);
    }

  name = row_name (support->id, SUPPORT_WHAT);
  type_text (named (editor, name), "Wekelijks planningsgesprek");
  g_clear_pointer (&name, g_free);
  name = row_name (support->id, SUPPORT_WHO);
  type_text (named (editor, name), "mentor");
  g_clear_pointer (&name, g_free);
  name = row_name (support->id, SUPPORT_EVALUATION);
  type_text (named (editor, name), "15-1-2027");

  g_assert_true (passend_test_ui_wait_for (rows_stored, &version));
}

static void
sign_on_pad (GtkWidget *editor,
             gint64     guardian_id)
{
  static const double xs[] = { 10, 40, 80, 120, 160, 200, 240 };
  static const double ys[] = { 60, 20, 70, 25, 65, 30, 55 };
  g_autofree char *name = g_strdup_printf ("sign-guardian-%" G_GINT64_FORMAT, guardian_id);
  PassendSignatureDialog *dialog;
  PassendSignaturePad *pad;

  click (editor, name);
  dialog = find_toplevel (PASSEND_TYPE_SIGNATURE_DIALOG);
  g_assert_nonnull (dialog);
  passend_test_ui_settle (200);
  pad = passend_test_ui_child (dialog, PASSEND_TYPE_SIGNATURE_DIALOG, "pad");
  passend_signature_pad_add_stroke (pad, xs, ys, NULL, G_N_ELEMENTS (xs));
  g_signal_emit_by_name (passend_test_ui_child (dialog, PASSEND_TYPE_SIGNATURE_DIALOG, "save_button"), "clicked");
  passend_test_ui_settle (200);
  g_assert_null (find_toplevel (PASSEND_TYPE_SIGNATURE_DIALOG));
}

static char *
pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  g_autoptr(GObject) pdf = NULL;
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  pdf = G_OBJECT (poppler_document_new_from_file (uri, NULL, &error));
  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (POPPLER_DOCUMENT (pdf)); i++)
    {
      g_autoptr(GObject) page = G_OBJECT (poppler_document_get_page (POPPLER_DOCUMENT (pdf), i));
      g_autofree char *page_text = poppler_page_get_text (POPPLER_PAGE (page));

      g_string_append (text, page_text);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

static void
exec_sql (Fixture    *fixture,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static gboolean
banner_shown (gpointer data)
{
  return gtk_revealer_get_reveal_child (passend_test_ui_child (data, PASSEND_TYPE_OPP_EDITOR, "banner_revealer"));
}

static gboolean
banner_hidden (gpointer data)
{
  return !banner_shown (data);
}

typedef struct
{
  GtkWidget *editor;
  guint      renders;
} Renders;

static gboolean
preview_rendered (gpointer data)
{
  Renders *renders = data;
  GtkWidget *preview = passend_test_ui_child (renders->editor, PASSEND_TYPE_OPP_EDITOR, "preview");

  return passend_opp_preview_get_n_renders (PASSEND_OPP_PREVIEW (preview)) > renders->renders;
}

/* Bijstellen: version 2 starts as a copy, a failing write keeps the text
 * and says so, and the versions page shows what changed. */
static void
new_version (Fixture   *fixture,
             GtkWidget *editor,
             gint64     established_id)
{
  g_autoptr(PassendOppDocument) doc = NULL;
  GtkWidget *preview = passend_test_ui_child (editor, PASSEND_TYPE_OPP_EDITOR, "preview");
  GtkWidget *view;
  Renders renders = { editor, 0 };
  gint64 version_id;
  gint64 start;
  g_autofree char *typed = NULL;

  click (editor, "new-version");
  version_id = passend_opp_editor_get_version_id (PASSEND_OPP_EDITOR (editor));
  g_assert_cmpint (version_id, !=, established_id);
  doc = load (fixture, version_id);
  g_assert_cmpint (doc->number, ==, 2);
  g_assert_cmpint (doc->state, ==, PASSEND_OPP_STATE_CONCEPT);
  view = named (editor, "schoolloopbaan");
  g_assert_true (gtk_text_view_get_editable (GTK_TEXT_VIEW (view)));

  /* The preview follows the typing within a moment of the pause. */
  passend_test_ui_settle (500);
  renders.renders = passend_opp_preview_get_n_renders (PASSEND_OPP_PREVIEW (preview));
  start = g_get_monotonic_time ();
  type_text (view, "Basisschool De Regenboog; in de brugklas naar vmbo-t.");
  g_assert_true (passend_test_ui_wait_for (preview_rendered, &renders));
  g_test_message ("Preview shown %" G_GINT64_FORMAT " ms after the last keystroke",
                  (g_get_monotonic_time () - start) / 1000);
  /* Generous: under Xvfb a frame of this window alone takes a few hundred
   * milliseconds. Waiting for the store (400 ms) plus a full reload would
   * still pass, a preview that does not follow at all would not. */
  g_assert_cmpint ((g_get_monotonic_time () - start) / 1000, <, 3000);
  wait_for_text (fixture, version_id, PASSEND_OPP_SECTION_SCHOOLLOOPBAAN,
                 "Basisschool De Regenboog; in de brugklas naar vmbo-t.");

  /* A write that fails keeps the text and shows the banner; trying
   * again once the store works stores it. */
  exec_sql (fixture, "CREATE TRIGGER test_refuse BEFORE UPDATE ON opp_text"
                     " BEGIN SELECT RAISE (ABORT, 'disk full'); END;");
  type_text (view, "Tekst die even niet opgeslagen kan worden.");
  g_assert_true (passend_test_ui_wait_for (banner_shown, editor));
  typed = passend_opp_saver_dup_text (view);
  g_assert_cmpstr (typed, ==, "Tekst die even niet opgeslagen kan worden.");
  passend_test_ui_save_screenshot (editor, "opp-editor-banner.png", 300, FALSE);
  exec_sql (fixture, "DROP TRIGGER test_refuse;");
  g_assert_true (gtk_widget_activate_action (editor, "opp.retry", NULL));
  g_assert_true (passend_test_ui_wait_for (banner_hidden, editor));
  wait_for_text (fixture, version_id, PASSEND_OPP_SECTION_SCHOOLLOOPBAAN,
                 "Tekst die even niet opgeslagen kan worden.");

  /* What changed since version 1, side by side. */
  g_assert_true (gtk_widget_activate_action (editor, "opp.versions", NULL));
  passend_test_ui_settle (100);
  g_assert_true (has_label (editor, "Changes Since Version 1"));
  g_assert_true (has_label (editor, "Basisschool De Regenboog, groep 8 met havo-advies."));
  g_assert_true (has_label (editor, "Tekst die even niet opgeslagen kan worden."));
  passend_test_ui_save_screenshot (editor, "opp-editor-versions.png", 400, FALSE);
}

static void
test_opp_lifecycle (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendOppDocument) doc = NULL;
  g_autofree char *pdf_path = g_build_filename (fixture->dir, "opp.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *short_hash = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = passend_student_page_new ();
  GtkWidget *editor;
  gint64 version_id;
  guint n_signed = 0;

  /* The student page offers to create the OPP and opens the editor. */
  passend_student_page_set_database (PASSEND_STUDENT_PAGE (page), fixture->database);
  passend_student_page_set_student (PASSEND_STUDENT_PAGE (page), fixture->student);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  passend_test_ui_settle (100);
  g_assert_cmpstr (gtk_button_get_label (passend_test_ui_child (page, PASSEND_TYPE_STUDENT_PAGE, "opp_button")),
                   ==, "Create OPP");
  g_assert_true (gtk_widget_activate_action (page, "student.open-opp", NULL));
  editor = find_toplevel (PASSEND_TYPE_OPP_EDITOR);
  g_assert_nonnull (editor);
  gtk_window_set_default_size (GTK_WINDOW (editor), 1366, 768);
  passend_test_ui_settle (300);
  version_id = passend_opp_editor_get_version_id (PASSEND_OPP_EDITOR (editor));
  g_assert_cmpint (version_id, >, 0);

  fill_in (fixture, editor, version_id);
  passend_test_ui_settle (400);
  passend_test_ui_save_screenshot (editor, "opp-editor.png", 600, FALSE);

  /* Concept → in overleg → ter instemming. */
  click (editor, "step-in-overleg");
  click (editor, "step-ter-instemming");
  doc = load (fixture, version_id);
  g_assert_cmpint (doc->state, ==, PASSEND_OPP_STATE_TER_INSTEMMING);

  /* Every guardian with gezag signs on the pad. */
  for (guint i = 0; i < doc->guardians->len; i++)
    {
      PassendOppGuardian *guardian = g_ptr_array_index (doc->guardians, i);

      if (!guardian->has_gezag)
        continue;
      sign_on_pad (editor, guardian->id);
      n_signed++;
    }
  g_assert_cmpuint (n_signed, >, 0);
  g_clear_pointer (&doc, passend_opp_document_unref);
  doc = load (fixture, version_id);
  g_assert_cmpuint (doc->signatures->len, ==, n_signed);
  for (guint i = 0; i < doc->signatures->len; i++)
    {
      PassendOppSignature *signature = g_ptr_array_index (doc->signatures, i);

      g_assert_cmpint (signature->method, ==, PASSEND_OPP_METHOD_PAD);
      g_assert_nonnull (signature->strokes);
      g_assert_cmpuint (g_bytes_get_size (signature->strokes), >, 0);
    }

  /* Vaststellen asks first, then freezes. */
  click (editor, "step-vastgesteld");
  {
    AdwMessageDialog *confirm = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

    g_assert_nonnull (confirm);
    g_assert_true (adw_message_dialog_has_response (confirm, "establish"));
    adw_message_dialog_response (confirm, "establish");
    gtk_window_destroy (GTK_WINDOW (confirm));
  }
  passend_test_ui_settle (200);
  g_clear_pointer (&doc, passend_opp_document_unref);
  doc = load (fixture, version_id);
  g_assert_cmpint (doc->state, ==, PASSEND_OPP_STATE_VASTGESTELD);
  g_assert_nonnull (doc->content_sha256);
  g_assert_cmpuint (strlen (doc->content_sha256), ==, 64);

  /* Frozen: the store refuses, the form is read-only. */
  g_assert_false (passend_database_set_opp_text (fixture->database, version_id, PASSEND_OPP_SECTION_SCHOOLLOOPBAAN,
                                                 "later", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (named (editor, "schoolloopbaan"))));
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (named (editor, "uitstroom-level"))));
  g_assert_false (gtk_widget_get_visible (named (editor, "add-need")));
  g_assert_nonnull (find_named (editor, "new-version"));
  passend_test_ui_save_screenshot (editor, "opp-editor-frozen.png", 600, FALSE);

  /* The exported PDF names the student and prints the fingerprint. */
  passend_opp_editor_export_to_path (PASSEND_OPP_EDITOR (editor), pdf_path, FALSE);
  g_assert_true (passend_test_ui_wait_for (file_exists, pdf_path));
  passend_test_ui_settle (100);
  text = pdf_text (pdf_path);
  short_hash = passend_opp_short_hash (doc->content_sha256);
  g_assert_nonnull (strstr (text, doc->student_name));
  g_assert_nonnull (strstr (text, short_hash));
  g_unlink (pdf_path);

  new_version (fixture, editor, version_id);

  gtk_window_destroy (GTK_WINDOW (editor));
  gtk_window_destroy (GTK_WINDOW (window));
  passend_test_ui_settle (100);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/opp/lifecycle", Fixture, NULL, fixture_set_up, test_opp_lifecycle, fixture_tear_down);

  return g_test_run ();
}
