/* passend-student-picker.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-student-picker.h"
#include "passend-text.h"
#include "passend-ui-util.h"

/* Enough to pick from; the search narrows the rest. */
#define MAX_MATCHES 40

struct _PassendStudentPicker
{
  GtkPopover       parent_instance;

  GtkSearchEntry  *search_entry;
  GtkListBox      *list;
  GtkLabel        *hint_label;

  /* Owned references */
  PassendDatabase *database;
  GListModel      *students;   /* loaded when shown */
  GHashTable      *excluded;   /* gint64 * */
};

G_DEFINE_FINAL_TYPE (PassendStudentPicker, passend_student_picker, GTK_TYPE_POPOVER)

enum {
  SIGNAL_STUDENT_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* GtkListBox has no remove_all before GTK 4.12. */
static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static gboolean
is_excluded (PassendStudentPicker *self,
             gint64                id)
{
  return self->excluded != NULL && g_hash_table_contains (self->excluded, &id);
}

static void
add_row (PassendStudentPicker *self,
         PassendStudent       *student)
{
  GtkWidget *row = adw_action_row_new ();
  gint64 id = passend_student_get_id (student);
  const char *class_name = passend_student_get_class_name (student);
  g_autofree char *subtitle = NULL;

  /* TRANSLATORS: a student's class and LVS number, "2B · 120345" */
  subtitle = g_strdup_printf (_("%s · %s"), class_name != NULL ? class_name : "",
                              passend_student_get_lvs_number (student));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), passend_student_get_display_name (student));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "id", g_memdup2 (&id, sizeof id), g_free);
  gtk_list_box_append (self->list, row);
}

static void
refilter (PassendStudentPicker *self)
{
  g_autofree char *folded = passend_text_fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  g_auto(GStrv) words = g_strsplit_set (g_strstrip (folded), " ", -1);
  const char * const *query = (const char * const *) words;
  guint n_matches = 0;
  gboolean searching = words[0] != NULL && words[0][0] != '\0';

  clear_list (self->list);
  if (self->students == NULL || !searching)
    {
      gtk_label_set_text (self->hint_label, _("Type a name, class or LVS number"));
      gtk_widget_set_visible (GTK_WIDGET (self->hint_label), TRUE);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (self->students) && n_matches < MAX_MATCHES; i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (self->students, i);

      if (is_excluded (self, passend_student_get_id (student)) || !passend_student_matches (student, query))
        continue;
      add_row (self, student);
      n_matches++;
    }

  /* A student without a case is found by the full LVS number. */
  if (n_matches == 0 && self->database != NULL)
    {
      gint64 id = passend_database_find_student_id (self->database,
                                                    gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), NULL);
      g_autoptr(PassendStudent) student = NULL;

      if (id > 0 && !is_excluded (self, id) && (student = passend_database_get_student (self->database, id, NULL)) != NULL)
        {
          add_row (self, student);
          n_matches++;
        }
    }

  gtk_label_set_text (self->hint_label, _("No student found"));
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), n_matches == 0);
  if (n_matches > 0)
    gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, 0));
}

static void
choose_row (PassendStudentPicker *self,
            GtkListBoxRow        *row)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (row), "id");

  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[SIGNAL_STUDENT_CHOSEN], 0, id);
}

static void
row_activated_cb (PassendStudentPicker *self,
                  GtkListBoxRow        *row)
{
  choose_row (self, row);
}

static void
search_activate_cb (PassendStudentPicker *self)
{
  passend_student_picker_choose_first (self);
}

static gboolean
search_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       PassendStudentPicker  *self)
{
  GtkListBoxRow *first;

  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;

  first = gtk_list_box_get_row_at_index (self->list, 0);
  if (first != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (first));
  return TRUE;
}

static void
load (PassendStudentPicker *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->students);
  if (self->database == NULL)
    return;

  self->students = passend_database_list_cases (self->database, TRUE, &error);
  if (self->students == NULL)
    g_debug ("Could not list the students: %s", error->message);
}

static void
shown_cb (PassendStudentPicker *self)
{
  load (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  refilter (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
passend_student_picker_dispose (GObject *object)
{
  PassendStudentPicker *self = PASSEND_STUDENT_PICKER (object);

  g_clear_object (&self->database);
  g_clear_object (&self->students);
  g_clear_pointer (&self->excluded, g_hash_table_unref);

  G_OBJECT_CLASS (passend_student_picker_parent_class)->dispose (object);
}

static void
passend_student_picker_class_init (PassendStudentPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = passend_student_picker_dispose;

  signals[SIGNAL_STUDENT_CHOSEN] =
    g_signal_new ("student-chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
passend_student_picker_init (PassendStudentPicker *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text", _("Name, class or LVS number"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search students"), -1);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (refilter), self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (search_activate_cb), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Students found"), -1);
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_widget_set_size_request (scroller, 320, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));

  self->hint_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), "dim-label");
  gtk_widget_set_margin_top (GTK_WIDGET (self->hint_label), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->hint_label), 6);

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search_entry));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->hint_label));
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_popover_set_child (GTK_POPOVER (self), box);

  g_signal_connect (self, "show", G_CALLBACK (shown_cb), NULL);
}

GtkWidget *
passend_student_picker_new (void)
{
  return g_object_new (PASSEND_TYPE_STUDENT_PICKER, NULL);
}

void
passend_student_picker_set_database (PassendStudentPicker *self,
                                     PassendDatabase      *database)
{
  g_return_if_fail (PASSEND_IS_STUDENT_PICKER (self));
  g_return_if_fail (database == NULL || PASSEND_IS_DATABASE (database));

  g_set_object (&self->database, database);
  g_clear_object (&self->students);
}

void
passend_student_picker_set_excluded (PassendStudentPicker *self,
                                     GHashTable           *student_ids)
{
  g_return_if_fail (PASSEND_IS_STUDENT_PICKER (self));

  g_clear_pointer (&self->excluded, g_hash_table_unref);
  if (student_ids != NULL)
    self->excluded = g_hash_table_ref (student_ids);
}

void
passend_student_picker_set_search (PassendStudentPicker *self,
                                   const char           *text)
{
  g_return_if_fail (PASSEND_IS_STUDENT_PICKER (self));

  if (self->students == NULL)
    load (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  refilter (self);
}

guint
passend_student_picker_get_n_matches (PassendStudentPicker *self)
{
  guint n = 0;

  g_return_val_if_fail (PASSEND_IS_STUDENT_PICKER (self), 0);

  while (gtk_list_box_get_row_at_index (self->list, n) != NULL)
    n++;

  return n;
}

gboolean
passend_student_picker_choose_first (PassendStudentPicker *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (PASSEND_IS_STUDENT_PICKER (self), FALSE);

  row = gtk_list_box_get_selected_row (self->list);
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->list, 0);
  if (row == NULL)
    return FALSE;

  choose_row (self, row);
  return TRUE;
}
