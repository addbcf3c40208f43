/* passend-window.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "passend-aanmeldingen-page.h"
#include "passend-caseload-page.h"
#include "passend-import-dialog.h"
#include "passend-meetings-page.h"
#include "passend-overview-page.h"
#include "passend-partners-page.h"
#include "passend-search-window.h"
#include "passend-student-editor.h"
#include "passend-student-page.h"
#include "passend-window.h"

struct _PassendWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  GtkLabel             *welcome_path_label;
  GtkButton            *start_empty_button;
  GtkProgressBar       *progress_bar;
  AdwStatusPage        *error_page;
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar_list;
  GtkStack             *content_stack;
  PassendCaseloadPage  *caseload_page;

  /* Borrowed references: the pages made when first needed (NULL until
   * then), children of content_stack */
  PassendAanmeldingenPage *aanmeldingen_page;
  PassendMeetingsPage  *meetings_page;
  PassendPartnersPage  *partners_page;
  PassendStudentPage   *student_page;

  /* Owned references */
  GtkWindow            *shortcuts_window;
  GSettings            *settings;
  PassendDatabase      *database;
};

G_DEFINE_FINAL_TYPE (PassendWindow, passend_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The pages of the sidebar; Alt+1…5 follow this order. Aanmeldingen sits
 * after the caseload in the sidebar but came last, so the earlier keys
 * keep their pages. */
static const char * const top_pages[] = { "overview", "caseload", "meetings", "partners", "aanmeldingen" };

static gboolean
is_top_page (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (top_pages); i++)
    {
      if (g_strcmp0 (name, top_pages[i]) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
workbench_is_shown (PassendWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "main") == 0;
}

static void
update_actions (PassendWindow *self)
{
  gboolean shown = workbench_is_shown (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-page", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search-entries", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-student", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-aanmelding", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-meeting", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-students", shown);
}

static void
show_state (PassendWindow *self,
            const char    *state)
{
  gtk_stack_set_visible_child_name (self->main_stack, state);
  update_actions (self);
}

static void
select_sidebar_row (PassendWindow *self,
                    const char    *name)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->sidebar_list, i)); i++)
    {
      if (g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (row)), name) == 0)
        {
          gtk_list_box_select_row (self->sidebar_list, row);
          return;
        }
    }
}

static void
sidebar_row_activated_cb (PassendWindow *self,
                          GtkListBoxRow *row)
{
  passend_window_show_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
student_activated_cb (PassendWindow       *self,
                      PassendStudent      *student,
                      PassendCaseloadPage *page)
{
  passend_window_show_student (self, student);
}

static void
page_add_toast_cb (PassendWindow *self,
                   AdwToast      *toast,
                   GtkWidget     *page)
{
  passend_window_add_toast (self, toast);
}

/* The pages besides the Overzicht and the caseload are made when first
 * needed: building them with the window took a fifth of the time to its
 * first frame. */
static GtkWidget *
add_page (PassendWindow *self,
          GtkWidget     *page,
          const char    *name)
{
  g_object_bind_property (self->leaflet, "folded", page, "folded", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (page, "add-toast", G_CALLBACK (page_add_toast_cb), self, G_CONNECT_SWAPPED);
  gtk_stack_add_named (self->content_stack, page, name);
  return page;
}

static PassendAanmeldingenPage *
get_aanmeldingen_page (PassendWindow *self)
{
  if (self->aanmeldingen_page == NULL)
    {
      self->aanmeldingen_page = PASSEND_AANMELDINGEN_PAGE (add_page (self, passend_aanmeldingen_page_new (),
                                                                     "aanmeldingen"));
      if (self->database != NULL)
        passend_aanmeldingen_page_set_database (self->aanmeldingen_page, self->database);
    }

  return self->aanmeldingen_page;
}

static PassendMeetingsPage *
get_meetings_page (PassendWindow *self)
{
  if (self->meetings_page == NULL)
    {
      self->meetings_page = PASSEND_MEETINGS_PAGE (add_page (self, passend_meetings_page_new (), "meetings"));
      if (self->database != NULL)
        passend_meetings_page_set_database (self->meetings_page, self->database);
    }

  return self->meetings_page;
}

static PassendPartnersPage *
get_partners_page (PassendWindow *self)
{
  if (self->partners_page == NULL)
    {
      self->partners_page = PASSEND_PARTNERS_PAGE (add_page (self, passend_partners_page_new (), "partners"));
      g_object_bind_property (self, "database", self->partners_page, "database", G_BINDING_SYNC_CREATE);
      g_signal_connect_object (self->partners_page, "student-activated",
                               G_CALLBACK (student_activated_cb), self, G_CONNECT_SWAPPED);
    }

  return self->partners_page;
}

/* The student page gets the database with the student it shows. */
static PassendStudentPage *
get_student_page (PassendWindow *self)
{
  if (self->student_page == NULL)
    self->student_page = PASSEND_STUDENT_PAGE (add_page (self, passend_student_page_new (), "student"));

  return self->student_page;
}

/**
 * passend_window_get_page:
 * @self: a window
 * @name: "caseload", "aanmeldingen", "meetings", "partners" or "student"
 *
 * Returns: (transfer none): the page, made now when it was not yet
 */
GtkWidget *
passend_window_get_page (PassendWindow *self,
                         const char    *name)
{
  g_return_val_if_fail (PASSEND_IS_WINDOW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (g_str_equal (name, "caseload"))
    return GTK_WIDGET (self->caseload_page);
  if (g_str_equal (name, "aanmeldingen"))
    return GTK_WIDGET (get_aanmeldingen_page (self));
  if (g_str_equal (name, "meetings"))
    return GTK_WIDGET (get_meetings_page (self));
  if (g_str_equal (name, "partners"))
    return GTK_WIDGET (get_partners_page (self));
  if (g_str_equal (name, "student"))
    return GTK_WIDGET (get_student_page (self));

  g_return_val_if_reached (NULL);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  PassendWindow *self = PASSEND_WINDOW (widget);
  const char *name = g_variant_get_string (param, NULL);

  if (!is_top_page (name))
    return;

  passend_window_show_page (self, name);
}

/* Opens an aanmelding (the Overzicht links to them). */
static void
show_aanmelding_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  PassendWindow *self = PASSEND_WINDOW (widget);

  passend_window_show_page (self, "aanmeldingen");
  passend_aanmeldingen_page_show_aanmelding (get_aanmeldingen_page (self), g_variant_get_int64 (param));
}

/* Opens a meeting (a toast after "Add to Meeting…" links to it). */
static void
show_meeting_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PassendWindow *self = PASSEND_WINDOW (widget);

  passend_window_show_page (self, "meetings");
  passend_meetings_page_show_meeting (get_meetings_page (self), g_variant_get_int64 (param));
}

static void
student_added_cb (PassendWindow  *self,
                  PassendStudent *student)
{
  passend_window_show_student (self, student);
}

static void
new_student_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  PassendWindow *self = PASSEND_WINDOW (widget);
  PassendStudentEditor *editor;

  if (self->database == NULL)
    return;

  editor = passend_student_editor_new (GTK_WINDOW (self), self->database);
  g_signal_connect_object (editor, "student-added", G_CALLBACK (student_added_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PassendWindow *self = PASSEND_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "caseload") != 0)
    passend_window_show_page (self, "caseload");
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
  passend_caseload_page_focus_search (self->caseload_page);
}

static void
search_result_activated_cb (PassendWindow  *self,
                            PassendStudent *student,
                            gint64          entry_id)
{
  passend_window_show_student (self, student);
  passend_student_page_show_entry (get_student_page (self), entry_id);
}

/* Ctrl+K: the entries of all students (area "timeline"). */
static void
search_entries_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  PassendWindow *self = PASSEND_WINDOW (widget);
  PassendSearchWindow *search;

  if (self->database == NULL)
    return;

  search = passend_search_window_new (GTK_WINDOW (self), self->database);
  g_signal_connect_object (search, "entry-activated", G_CALLBACK (search_result_activated_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (search));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PassendWindow *self = PASSEND_WINDOW (widget);
  const char *visible = gtk_stack_get_visible_child_name (self->content_stack);

  /* The student page is a level below the caseload it was opened from;
   * every other page is a level below the sidebar, which only has to be
   * reached by navigation when the leaflet is folded. */
  if (g_strcmp0 (visible, "student") == 0)
    {
      gtk_stack_set_transition_type (self->content_stack,
                                     GTK_STACK_TRANSITION_TYPE_SLIDE_RIGHT);
      gtk_stack_set_visible_child_name (self->content_stack, "caseload");
      passend_caseload_page_focus_list (self->caseload_page);
    }
  else if (adw_leaflet_get_folded (self->leaflet) &&
           g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "content") == 0)
    {
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
    }
}

/* Ctrl+?: built on first use rather than with every window, as
 * GtkApplication would do with a gtk/help-overlay.ui resource; it is
 * one of the larger templates and nobody needs it at start. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  PassendWindow *self = PASSEND_WINDOW (widget);

  if (self->shortcuts_window == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/passend-shortcuts-window.ui");

      self->shortcuts_window = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      g_object_ref_sink (self->shortcuts_window);
      gtk_window_set_transient_for (self->shortcuts_window, GTK_WINDOW (self));
      gtk_window_set_modal (self->shortcuts_window, TRUE);
      gtk_window_set_hide_on_close (self->shortcuts_window, TRUE);
    }

  gtk_window_present (self->shortcuts_window);
}

static void
load_window_state (PassendWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  gtk_window_set_default_size (GTK_WINDOW (self), MAX (width, 360), MAX (height, 360));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
passend_window_close_request (GtkWindow *window)
{
  PassendWindow *self = PASSEND_WINDOW (window);
  int width;
  int height;

  /* The default size tracks the unmaximized size, which is what the next
   * start should restore to. */
  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (window));

  return GTK_WINDOW_CLASS (passend_window_parent_class)->close_request (window);
}

static void
passend_window_dispose (GObject *object)
{
  PassendWindow *self = PASSEND_WINDOW (object);

  if (self->shortcuts_window != NULL)
    gtk_window_destroy (self->shortcuts_window);
  g_clear_object (&self->shortcuts_window);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (passend_window_parent_class)->dispose (object);
}

static void
passend_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PassendWindow *self = PASSEND_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_window_class_init (PassendWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = passend_window_dispose;
  object_class->get_property = passend_window_get_property;

  window_class->close_request = passend_window_close_request;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         PASSEND_TYPE_DATABASE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PASSEND_TYPE_AANMELDINGEN_PAGE);
  g_type_ensure (PASSEND_TYPE_CASELOAD_PAGE);
  g_type_ensure (PASSEND_TYPE_MEETINGS_PAGE);
  g_type_ensure (PASSEND_TYPE_OVERVIEW_PAGE);
  g_type_ensure (PASSEND_TYPE_PARTNERS_PAGE);
  g_type_ensure (PASSEND_TYPE_STUDENT_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PassendWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PassendWindow, welcome_path_label);
  gtk_widget_class_bind_template_child (widget_class, PassendWindow, start_empty_button);
  gtk_widget_class_bind_template_child (widget_class, PassendWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PassendWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, PassendWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PassendWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, PassendWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PassendWindow, caseload_page);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, student_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, page_add_toast_cb);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.search-entries", NULL, search_entries_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.new-student", NULL, new_student_action);
  gtk_widget_class_install_action (widget_class, "win.show-aanmelding", "x", show_aanmelding_action);
  gtk_widget_class_install_action (widget_class, "win.show-meeting", "x", show_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.import-students", NULL,
                                   passend_import_dialog_choose_file);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);

  for (guint i = 0; i < G_N_ELEMENTS (top_pages); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-page", "s", top_pages[i]);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-student", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, GDK_CONTROL_MASK,
                                       "win.search-entries", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "win.back", NULL);
}

/* The benchmark's hook (tools/passend-bench-app.c): with
 * PASSEND_REPORT_FIRST_FRAME=FD in the environment, the first window
 * writes one line to FD once its first frame is painted — the monotonic
 * time in microseconds, the state it shows ("main", "welcome", …) and the
 * GSK renderer that painted it — and closes FD. Nothing happens without the variable. */
static void
first_frame_painted_cb (GdkFrameClock *clock,
                        PassendWindow *self)
{
  const char *value = g_getenv ("PASSEND_REPORT_FIRST_FRAME");
  g_autofree char *line = NULL;
  gint64 fd;

  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, self);
  if (value == NULL || !g_ascii_string_to_signed (value, 10, 3, G_MAXINT, &fd, NULL))
    return;

  line = g_strdup_printf ("%" G_GINT64_FORMAT " %s %s\n", g_get_monotonic_time (),
                          gtk_stack_get_visible_child_name (self->main_stack),
                          G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (self))));
  if (write ((int) fd, line, strlen (line)) < 0)
    g_debug ("Could not report the first frame");
  g_close ((int) fd, NULL);
}

static void
report_first_frame_map_cb (GtkWidget *widget)
{
  static gboolean reported;

  g_signal_handlers_disconnect_by_func (widget, report_first_frame_map_cb, NULL);
  if (reported)
    return;
  reported = TRUE;
  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (first_frame_painted_cb), widget, 0);
}

static void
passend_window_init (PassendWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  load_window_state (self);
  update_actions (self);

  if (g_getenv ("PASSEND_REPORT_FIRST_FRAME") != NULL)
    g_signal_connect (self, "map", G_CALLBACK (report_first_frame_map_cb), NULL);
}

/**
 * passend_window_new:
 * @application: the application the window belongs to
 *
 * Returns: (transfer full): a new window, showing nothing until one of
 *   the show functions or passend_window_set_database() is called
 */
PassendWindow *
passend_window_new (GtkApplication *application)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  return g_object_new (PASSEND_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

void
passend_window_show_welcome (PassendWindow *self,
                             const char    *database_path)
{
  g_autofree char *where = NULL;

  g_return_if_fail (PASSEND_IS_WINDOW (self));
  g_return_if_fail (database_path != NULL);

  /* TRANSLATORS: %s is the path of the database file. */
  where = g_strdup_printf (_("Your school will be kept in %s"), database_path);
  gtk_label_set_text (self->welcome_path_label, where);
  show_state (self, "welcome");
  gtk_widget_grab_focus (GTK_WIDGET (self->start_empty_button));
}

void
passend_window_show_progress (PassendWindow *self,
                              double         fraction)
{
  g_return_if_fail (PASSEND_IS_WINDOW (self));

  gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0.0, 1.0));
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "progress") != 0)
    show_state (self, "progress");
}

void
passend_window_show_error (PassendWindow *self,
                           const char    *title,
                           const char    *message)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (PASSEND_IS_WINDOW (self));
  g_return_if_fail (title != NULL);

  /* The description is markup; a path or an SQLite message may hold
   * characters that are not. */
  escaped = g_markup_escape_text (message ? message : "", -1);
  adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, escaped);
  show_state (self, "error");
}

PassendDatabase *
passend_window_get_database (PassendWindow *self)
{
  g_return_val_if_fail (PASSEND_IS_WINDOW (self), NULL);

  return self->database;
}

void
passend_window_set_database (PassendWindow   *self,
                             PassendDatabase *database)
{
  g_autofree char *last_page = NULL;

  g_return_if_fail (PASSEND_IS_WINDOW (self));
  g_return_if_fail (PASSEND_IS_DATABASE (database));

  if (!g_set_object (&self->database, database))
    return;

  passend_caseload_page_set_database (self->caseload_page, database);
  if (self->aanmeldingen_page != NULL)
    passend_aanmeldingen_page_set_database (self->aanmeldingen_page, database);
  if (self->meetings_page != NULL)
    passend_meetings_page_set_database (self->meetings_page, database);
  /* The student page loads its choices (mentors, people) with its
   * database: it gets it with the first student shown, not at start. */
  if (self->student_page != NULL && passend_student_page_get_database (self->student_page) != NULL)
    passend_student_page_set_database (self->student_page, database);
  show_state (self, "main");

  last_page = g_settings_get_string (self->settings, "last-page");
  passend_window_show_page (self, is_top_page (last_page) ? last_page : "caseload");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

void
passend_window_show_page (PassendWindow *self,
                          const char    *name)
{
  g_return_if_fail (PASSEND_IS_WINDOW (self));
  g_return_if_fail (is_top_page (name));

  if (!g_str_equal (name, "overview") && !g_str_equal (name, "caseload"))
    passend_window_get_page (self, name);
  gtk_stack_set_transition_type (self->content_stack, GTK_STACK_TRANSITION_TYPE_NONE);
  gtk_stack_set_visible_child_name (self->content_stack, name);
  select_sidebar_row (self, name);
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
  g_settings_set_string (self->settings, "last-page", name);

  if (g_str_equal (name, "caseload"))
    passend_caseload_page_focus_list (self->caseload_page);
  else if (g_str_equal (name, "aanmeldingen"))
    passend_aanmeldingen_page_focus_list (get_aanmeldingen_page (self));
  else if (g_str_equal (name, "meetings"))
    passend_meetings_page_focus_list (get_meetings_page (self));
  else if (g_str_equal (name, "partners"))
    passend_partners_page_focus_list (get_partners_page (self));
}

void
passend_window_show_student (PassendWindow  *self,
                             PassendStudent *student)
{
  g_return_if_fail (PASSEND_IS_WINDOW (self));
  g_return_if_fail (PASSEND_IS_STUDENT (student));

  passend_student_page_set_database (get_student_page (self), self->database);
  passend_student_page_set_student (self->student_page, student);
  gtk_stack_set_transition_type (self->content_stack, GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT);
  gtk_stack_set_visible_child_name (self->content_stack, "student");
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
  gtk_widget_grab_focus (GTK_WIDGET (self->student_page));
}

void
passend_window_add_toast (PassendWindow *self,
                          AdwToast      *toast)
{
  g_return_if_fail (PASSEND_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
