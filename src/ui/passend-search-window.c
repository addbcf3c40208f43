/* passend-search-window.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-date.h"
#include "passend-search-window.h"
#include "passend-ui-util.h"

/* A search shows the newest matches only: enough to find what one is
 * looking for, and few enough for a GtkListBox, whose rows can carry a
 * snippet with markup. Refining the words beats scrolling. */
#define MAX_RESULTS 50

struct _PassendSearchWindow
{
  AdwWindow        parent_instance;

  /* Template widgets */
  GtkSearchEntry  *search_entry;
  GtkStack        *stack;
  GtkListBox      *results_list;

  /* Owned references */
  PassendDatabase *database;
  GPtrArray       *hits;      /* PassendSearchHit, in list order */
};

G_DEFINE_FINAL_TYPE (PassendSearchWindow, passend_search_window, ADW_TYPE_WINDOW)

enum {
  SIGNAL_ENTRY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
create_hit_row (PassendSearchHit *hit)
{
  PassendTimelineEntry *entry = hit->entry;
  PassendEntryKind kind = passend_timeline_entry_get_kind (entry);
  const char *title = passend_timeline_entry_get_title (entry);
  g_autofree char *date = passend_unix_format (passend_timeline_entry_get_occurred_at (entry));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name (passend_entry_kind_get_icon_name (kind));
  GtkWidget *label;

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  passend_ui_set_cell_tooltip (icon, passend_entry_kind_get_label (kind));
  gtk_widget_add_css_class (icon, "timeline-icon");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), text);

  label = gtk_label_new (passend_timeline_entry_get_student_name (entry));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (line), label);
  label = gtk_label_new (date);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (line), label);
  gtk_box_append (GTK_BOX (text), line);

  if (title != NULL && title[0] != '\0')
    {
      label = gtk_label_new (NULL);
      gtk_label_set_markup (GTK_LABEL (label), hit->title_markup);
    }
  else
    {
      label = gtk_label_new (passend_entry_kind_get_label (kind));
    }
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (text), label);

  /* The store escaped the entry's text; only the <b> around the found
   * words is markup. */
  label = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (label), hit->snippet_markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "search-snippet");
  gtk_box_append (GTK_BOX (text), label);

  return box;
}

guint
passend_search_window_search_now (PassendSearchWindow *self)
{
  const char *text;
  g_autofree char *stripped = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  g_return_val_if_fail (PASSEND_IS_SEARCH_WINDOW (self), 0);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_list))) != NULL)
    gtk_list_box_remove (self->results_list, child);
  g_clear_pointer (&self->hits, g_ptr_array_unref);

  text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  stripped = g_strstrip (g_strdup (text));
  if (stripped[0] == '\0')
    {
      gtk_stack_set_visible_child_name (self->stack, "hint");
      return 0;
    }

  self->hits = passend_database_search_entry_snippets (self->database, text, MAX_RESULTS, &error);
  if (self->hits == NULL)
    {
      adw_status_page_set_description (ADW_STATUS_PAGE (gtk_stack_get_child_by_name (self->stack, "none")),
                                       _("The search could not be run."));
      gtk_stack_set_visible_child_name (self->stack, "none");
      g_debug ("Search failed: %s", error->message);
      return 0;
    }

  for (guint i = 0; i < self->hits->len; i++)
    gtk_list_box_append (self->results_list, create_hit_row (g_ptr_array_index (self->hits, i)));

  gtk_stack_set_visible_child_name (self->stack, self->hits->len > 0 ? "results" : "none");
  if (self->hits->len > 0)
    gtk_list_box_select_row (self->results_list, gtk_list_box_get_row_at_index (self->results_list, 0));

  return self->hits->len;
}

static void
search_changed_cb (PassendSearchWindow *self)
{
  passend_search_window_search_now (self);
}

static PassendStudent *
load_student (PassendSearchWindow  *self,
              gint64                student_id,
              GError              **error)
{
  g_autoptr(GListModel) caseload = NULL;
  guint n_items;

  /* The student page wants the student as the caseload loads it, with
   * its support status; a student outside the caseload comes alone. */
  caseload = passend_database_list_caseload (self->database, error);
  if (caseload == NULL)
    return NULL;

  n_items = g_list_model_get_n_items (caseload);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (caseload, i);

      if (passend_student_get_id (student) == student_id)
        return g_steal_pointer (&student);
    }

  return passend_database_get_student (self->database, student_id, error);
}

void
passend_search_window_activate (PassendSearchWindow *self,
                                guint                index)
{
  g_autoptr(PassendStudent) student = NULL;
  g_autoptr(GError) error = NULL;
  PassendSearchHit *hit;

  g_return_if_fail (PASSEND_IS_SEARCH_WINDOW (self));

  if (self->hits == NULL || index >= self->hits->len)
    return;

  hit = g_ptr_array_index (self->hits, index);
  student = load_student (self, passend_timeline_entry_get_student_id (hit->entry), &error);
  if (student == NULL)
    {
      adw_status_page_set_description (ADW_STATUS_PAGE (gtk_stack_get_child_by_name (self->stack, "none")),
                                       error->message);
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }

  g_object_ref (self);
  g_signal_emit (self, signals[SIGNAL_ENTRY_ACTIVATED], 0, student, passend_timeline_entry_get_id (hit->entry));
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
row_activated_cb (PassendSearchWindow *self,
                  GtkListBoxRow       *row)
{
  passend_search_window_activate (self, gtk_list_box_row_get_index (row));
}

static void
search_activate_cb (PassendSearchWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->results_list);

  if (row != NULL)
    passend_search_window_activate (self, gtk_list_box_row_get_index (row));
}

static void
stop_search_cb (PassendSearchWindow *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
search_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       PassendSearchWindow   *self)
{
  GtkListBoxRow *row;

  /* Down leaves the search field for the results, as in GNOME Shell. */
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;

  row = gtk_list_box_get_selected_row (self->results_list);
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->results_list, 0);
  if (row == NULL)
    return FALSE;

  gtk_widget_grab_focus (GTK_WIDGET (row));
  return TRUE;
}

static void
passend_search_window_dispose (GObject *object)
{
  PassendSearchWindow *self = PASSEND_SEARCH_WINDOW (object);

  g_clear_object (&self->database);
  g_clear_pointer (&self->hits, g_ptr_array_unref);

  G_OBJECT_CLASS (passend_search_window_parent_class)->dispose (object);
}

static void
passend_search_window_class_init (PassendSearchWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_search_window_dispose;

  signals[SIGNAL_ENTRY_ACTIVATED] =
    g_signal_new ("entry-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, PASSEND_TYPE_STUDENT, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-search-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendSearchWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendSearchWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PassendSearchWindow, results_list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
passend_search_window_init (PassendSearchWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
}

PassendSearchWindow *
passend_search_window_new (GtkWindow       *parent,
                           PassendDatabase *database)
{
  PassendSearchWindow *self;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);

  self = g_object_new (PASSEND_TYPE_SEARCH_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->search_entry));
  return self;
}

void
passend_search_window_set_text (PassendSearchWindow *self,
                                const char          *text)
{
  g_return_if_fail (PASSEND_IS_SEARCH_WINDOW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
}
