/* passend-entry-editor.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-date.h"
#include "passend-entry-editor.h"

/* Long enough to store once per pause, not once per key. */
#define DRAFT_DELAY_MS 500
#define MAX_MATCHES 8

struct _PassendEntryEditor
{
  AdwWindow             parent_instance;

  /* Template widgets */
  GtkButton            *save_button;
  GtkRevealer          *draft_revealer;
  GtkRevealer          *error_revealer;
  GtkLabel             *error_label;
  AdwComboRow          *kind_row;
  GtkEntry             *date_entry;
  GtkEntry             *time_entry;
  AdwEntryRow          *title_row;
  GtkTextView          *body_view;
  GtkToggleButton      *fact_button;
  GtkToggleButton      *opinion_button;
  AdwComboRow          *confidentiality_row;
  GtkWidget            *also_group;
  GtkWidget            *also_box;
  GtkSearchEntry       *also_search;
  GtkListBox           *also_list;
  GtkPopover           *also_popover;

  /* Owned references */
  PassendDatabase      *database;
  PassendStudent       *student;
  PassendTimelineEntry *entry;       /* being edited; NULL for a new one */
  GListModel           *caseload;    /* loaded when "Also for" opens */
  GArray               *also_ids;    /* gint64 */

  gint64                draft_id;
  guint                 draft_source;
  PassendEntryKind      template_kind;
  guint                 loading : 1;
};

G_DEFINE_FINAL_TYPE (PassendEntryEditor, passend_entry_editor, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The kinds a coordinator records by hand, in the order of the menu;
 * status changes, intervention and consent entries come from their own
 * screens. */
static const PassendEntryKind offered_kinds[] = {
  PASSEND_ENTRY_KIND_CONVERSATION_STUDENT,
  PASSEND_ENTRY_KIND_CONVERSATION_PARENTS,
  PASSEND_ENTRY_KIND_CONVERSATION_MENTOR,
  PASSEND_ENTRY_KIND_CONVERSATION_EXTERNAL,
  PASSEND_ENTRY_KIND_OBSERVATION,
  PASSEND_ENTRY_KIND_SIGNAL,
  PASSEND_ENTRY_KIND_INCIDENT,
  PASSEND_ENTRY_KIND_ABSENCE,
  PASSEND_ENTRY_KIND_MEETING,
  PASSEND_ENTRY_KIND_DECISION,
  PASSEND_ENTRY_KIND_DOCUMENT,
  PASSEND_ENTRY_KIND_INTERVENTION_START,
  PASSEND_ENTRY_KIND_INTERVENTION_END,
  PASSEND_ENTRY_KIND_CONSENT,
  PASSEND_ENTRY_KIND_STATUS_CHANGE,
};

/* Meldcode is recorded in its own restricted dossier, never here. */
static const PassendConfidentiality offered_levels[] = {
  PASSEND_CONFIDENTIALITY_NORMAL,
  PASSEND_CONFIDENTIALITY_CARE,
  PASSEND_CONFIDENTIALITY_MEDICAL,
};

static const char *
kind_template (PassendEntryKind kind)
{
  switch (kind)
    {
    case PASSEND_ENTRY_KIND_CONVERSATION_STUDENT:
    case PASSEND_ENTRY_KIND_CONVERSATION_PARENTS:
    case PASSEND_ENTRY_KIND_CONVERSATION_MENTOR:
    case PASSEND_ENTRY_KIND_CONVERSATION_EXTERNAL:
      return C_("entry template", "Present: \nDiscussed: \nAgreed: ");
    case PASSEND_ENTRY_KIND_OBSERVATION:
      return C_("entry template", "What I saw: ");
    case PASSEND_ENTRY_KIND_INCIDENT:
      return C_("entry template", "What happened: \nWho was involved: \nWhat was done: ");
    case PASSEND_ENTRY_KIND_DECISION:
      return C_("entry template", "Decision: \nBecause: ");
    case PASSEND_ENTRY_KIND_MEETING:
      return C_("entry template", "Present: \nDiscussed: \nDecided: ");
    case PASSEND_ENTRY_KIND_SIGNAL:
      return C_("entry template", "Signal: \nFrom: ");
    case PASSEND_ENTRY_KIND_ABSENCE:
    case PASSEND_ENTRY_KIND_DOCUMENT:
    case PASSEND_ENTRY_KIND_INTERVENTION_START:
    case PASSEND_ENTRY_KIND_INTERVENTION_END:
    case PASSEND_ENTRY_KIND_CONSENT:
    case PASSEND_ENTRY_KIND_STATUS_CHANGE:
    default:
      return "";
    }
}

static guint
kind_position (PassendEntryKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (offered_kinds); i++)
    {
      if (offered_kinds[i] == kind)
        return i;
    }

  return 0;
}

static PassendEntryKind
selected_kind (PassendEntryEditor *self)
{
  guint position = adw_combo_row_get_selected (self->kind_row);

  return offered_kinds[MIN (position, G_N_ELEMENTS (offered_kinds) - 1)];
}

static char *
dup_body (PassendEntryEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
show_error (PassendEntryEditor *self,
            const char         *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
set_when (PassendEntryEditor *self,
          gint64              unix_seconds)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_seconds);
  g_autoptr(GDateTime) local = g_date_time_to_local (utc);
  g_autofree char *date = g_date_time_format (local, "%-d-%-m-%Y");
  g_autofree char *time = g_date_time_format (local, "%H:%M");

  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), date);
  gtk_editable_set_text (GTK_EDITABLE (self->time_entry), time);
}

static gboolean
read_when (PassendEntryEditor  *self,
           gint64              *unix_seconds,
           GError             **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int default_time = g_date_time_get_hour (now) * 3600 + g_date_time_get_minute (now) * 60;

  return passend_entry_editor_parse_when (gtk_editable_get_text (GTK_EDITABLE (self->date_entry)),
                                          gtk_editable_get_text (GTK_EDITABLE (self->time_entry)),
                                          default_time, unix_seconds, error);
}

/* Reading and filling the form */

static PassendTimelineEntry *
read_form (PassendEntryEditor *self,
           gboolean            lenient)
{
  PassendTimelineEntry *entry = passend_timeline_entry_new ();
  g_autofree char *body = dup_body (self);
  guint level = adw_combo_row_get_selected (self->confidentiality_row);
  gint64 when = 0;

  if (!read_when (self, &when, NULL))
    {
      /* A draft keeps the text even while the date is half typed. */
      if (!lenient)
        g_clear_object (&entry);
      else
        when = g_get_real_time () / G_USEC_PER_SEC;
    }

  if (entry == NULL)
    return NULL;

  if (self->entry != NULL)
    {
      passend_timeline_entry_set_id (entry, passend_timeline_entry_get_id (self->entry));
      passend_timeline_entry_set_author (entry, passend_timeline_entry_get_author (self->entry));
    }
  else
    {
      passend_timeline_entry_set_author (entry, passend_database_get_actor (self->database));
    }

  passend_timeline_entry_set_student_id (entry, passend_student_get_id (self->student));
  passend_timeline_entry_set_kind (entry, selected_kind (self));
  passend_timeline_entry_set_occurred_at (entry, when);
  passend_timeline_entry_set_title (entry, gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  passend_timeline_entry_set_body (entry, body);
  passend_timeline_entry_set_confidentiality (entry, offered_levels[MIN (level, G_N_ELEMENTS (offered_levels) - 1)]);
  passend_timeline_entry_set_is_fact (entry, !gtk_toggle_button_get_active (self->opinion_button));
  return entry;
}

static void
place_cursor_after_first_label (PassendEntryEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  GtkTextIter iter;

  gtk_text_buffer_get_start_iter (buffer, &iter);
  if (!gtk_text_iter_ends_line (&iter))
    gtk_text_iter_forward_to_line_end (&iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
}

static void
fill_form (PassendEntryEditor   *self,
           PassendTimelineEntry *entry)
{
  PassendConfidentiality level = passend_timeline_entry_get_confidentiality (entry);
  const char *body = passend_timeline_entry_get_body (entry);

  self->loading = TRUE;
  adw_combo_row_set_selected (self->kind_row, kind_position (passend_timeline_entry_get_kind (entry)));
  self->template_kind = passend_timeline_entry_get_kind (entry);
  set_when (self, passend_timeline_entry_get_occurred_at (entry));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), passend_timeline_entry_get_title (entry));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->body_view), body ? body : "", -1);
  gtk_toggle_button_set_active (passend_timeline_entry_get_is_fact (entry) ? self->fact_button : self->opinion_button,
                                TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (offered_levels); i++)
    {
      if (offered_levels[i] == level)
        adw_combo_row_set_selected (self->confidentiality_row, i);
    }
  self->loading = FALSE;
}

/* Drafts */

static gboolean
form_is_empty (PassendEntryEditor *self)
{
  g_autofree char *body = dup_body (self);
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));

  g_autofree char *template = g_strdup (kind_template (selected_kind (self)));

  return title[0] == '\0' &&
         (g_strstrip (body)[0] == '\0' || g_strcmp0 (g_strstrip (template), body) == 0);
}

static void
save_draft (PassendEntryEditor *self)
{
  g_autoptr(PassendTimelineEntry) draft = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->draft_source, g_source_remove);

  if (self->database == NULL || self->student == NULL)
    return;

  /* A new entry nobody typed anything in leaves nothing behind. */
  if (self->entry == NULL && self->draft_id == 0 && form_is_empty (self))
    return;

  draft = read_form (self, TRUE);
  if (!passend_database_save_draft (self->database, draft, &self->draft_id, &error))
    show_error (self, error->message);
  else
    g_debug ("Stored draft %" G_GINT64_FORMAT, self->draft_id);
}

static void
draft_timeout_cb (gpointer user_data)
{
  PassendEntryEditor *self = user_data;

  self->draft_source = 0;
  save_draft (self);
}

static void
form_changed_cb (PassendEntryEditor *self)
{
  if (self->loading)
    return;

  g_clear_handle_id (&self->draft_source, g_source_remove);
  self->draft_source = g_timeout_add_once (DRAFT_DELAY_MS, draft_timeout_cb, self);
}

void
passend_entry_editor_flush_draft (PassendEntryEditor *self)
{
  g_return_if_fail (PASSEND_IS_ENTRY_EDITOR (self));

  if (self->draft_source != 0)
    save_draft (self);
}

static void
discard_draft_cb (PassendEntryEditor *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->draft_source, g_source_remove);
  if (self->draft_id != 0 && !passend_database_discard_draft (self->database, self->draft_id, &error))
    {
      show_error (self, error->message);
      return;
    }

  self->draft_id = 0;
  gtk_revealer_set_reveal_child (self->draft_revealer, FALSE);

  self->loading = TRUE;
  if (self->entry != NULL)
    {
      fill_form (self, self->entry);
    }
  else
    {
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), "");
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->body_view),
                                kind_template (selected_kind (self)), -1);
    }
  self->loading = FALSE;
  place_cursor_after_first_label (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
}

static void
kind_changed_cb (PassendEntryEditor *self)
{
  PassendEntryKind kind = selected_kind (self);
  g_autofree char *body = NULL;

  if (self->loading)
    return;

  /* The template follows the kind until the user has written in it. */
  body = dup_body (self);
  if (body[0] == '\0' || g_strcmp0 (body, kind_template (self->template_kind)) == 0)
    {
      self->loading = TRUE;
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->body_view), kind_template (kind), -1);
      self->loading = FALSE;
      place_cursor_after_first_label (self);
    }

  self->template_kind = kind;
  form_changed_cb (self);
}

/* Saving */

static void
save_clicked_cb (PassendEntryEditor *self)
{
  g_autoptr(PassendTimelineEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  gint64 when;
  gboolean ok;

  if (!read_when (self, &when, &error))
    {
      show_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->date_entry));
      return;
    }

  entry = read_form (self, FALSE);
  g_clear_handle_id (&self->draft_source, g_source_remove);

  if (self->entry == NULL)
    ok = passend_database_save_new_entry (self->database, entry, self->draft_id,
                                          (const gint64 *) self->also_ids->data, self->also_ids->len, &error);
  else
    ok = passend_database_update_entry (self->database, entry, self->draft_id, &error);

  if (!ok)
    {
      show_error (self, error->message);
      return;
    }

  g_debug ("Saved entry %" G_GINT64_FORMAT, passend_timeline_entry_get_id (entry));
  self->draft_id = 0;
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, entry);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Also for …: other students who get a private copy */

static void also_row_activated_cb (PassendEntryEditor *self,
                                   GtkListBoxRow      *row);

static gboolean
is_chosen (PassendEntryEditor *self,
           gint64              id)
{
  for (guint i = 0; i < self->also_ids->len; i++)
    {
      if (g_array_index (self->also_ids, gint64, i) == id)
        return TRUE;
    }

  return FALSE;
}

static void
remove_also_cb (GtkButton          *button,
                PassendEntryEditor *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "student-id"));

  for (guint i = 0; i < self->also_ids->len; i++)
    {
      if (g_array_index (self->also_ids, gint64, i) == id)
        g_array_remove_index (self->also_ids, i);
    }

  gtk_flow_box_remove (GTK_FLOW_BOX (self->also_box), GTK_WIDGET (button));
}

static void
also_search_changed_cb (PassendEntryEditor *self)
{
  g_autofree char *needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->also_search)), -1);
  GtkWidget *child;
  guint n_items;
  guint n_shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->also_list))) != NULL)
    gtk_list_box_remove (self->also_list, child);

  if (self->caseload == NULL || needle[0] == '\0')
    return;

  n_items = g_list_model_get_n_items (self->caseload);
  for (guint i = 0; i < n_items && n_shown < MAX_MATCHES; i++)
    {
      g_autoptr(PassendStudent) student = g_list_model_get_item (self->caseload, i);
      const char *name = passend_student_get_display_name (student);
      g_autofree char *folded = g_utf8_casefold (name, -1);
      gint64 id = passend_student_get_id (student);
      GtkWidget *row;

      if (id == passend_student_get_id (self->student) || is_chosen (self, id) || strstr (folded, needle) == NULL)
        continue;

      row = gtk_label_new (name);
      gtk_label_set_xalign (GTK_LABEL (row), 0);
      gtk_widget_set_margin_start (row, 6);
      gtk_widget_set_margin_end (row, 6);
      gtk_widget_set_margin_top (row, 6);
      gtk_widget_set_margin_bottom (row, 6);
      gtk_list_box_append (self->also_list, row);
      g_object_set_data (G_OBJECT (gtk_widget_get_parent (row)), "student-id", GSIZE_TO_POINTER (id));
      n_shown++;
    }

  if (n_shown > 0)
    gtk_list_box_select_row (self->also_list, gtk_list_box_get_row_at_index (self->also_list, 0));
}

static void
also_search_activate_cb (PassendEntryEditor *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->also_list);

  if (row != NULL)
    also_row_activated_cb (self, row);
}

static void
also_popover_show_cb (PassendEntryEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (self->caseload == NULL)
    {
      self->caseload = passend_database_list_caseload (self->database, &error);
      if (self->caseload == NULL)
        show_error (self, error->message);
    }

  gtk_editable_set_text (GTK_EDITABLE (self->also_search), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->also_search));
}

static void
also_row_activated_cb (PassendEntryEditor *self,
                       GtkListBoxRow      *row)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "student-id"));
  GtkWidget *label = gtk_list_box_row_get_child (row);
  GtkWidget *button;
  GtkWidget *box;

  if (id == 0 || is_chosen (self, id))
    return;

  g_array_append_val (self->also_ids, id);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_box_append (GTK_BOX (box), gtk_label_new (gtk_label_get_text (GTK_LABEL (label))));
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("window-close-symbolic"));
  button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "small");
  gtk_widget_set_tooltip_text (button, _("Do not record for this student"));
  g_object_set_data (G_OBJECT (button), "student-id", GSIZE_TO_POINTER (id));
  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_also_cb), self, 0);
  gtk_flow_box_append (GTK_FLOW_BOX (self->also_box), button);

  gtk_popover_popdown (self->also_popover);
}

static void
kind_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  gtk_box_append (GTK_BOX (box), gtk_image_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new (NULL));
  gtk_list_item_set_child (item, box);
}

static void
kind_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkStringObject *code = gtk_list_item_get_item (item);
  PassendEntryKind kind = PASSEND_ENTRY_KIND_OBSERVATION;

  /* The row that shows the selection is no row of the model, so the
   * kind comes from the item, not the position. */
  passend_entry_kind_from_code (gtk_string_object_get_string (code), &kind);

  gtk_image_set_from_icon_name (GTK_IMAGE (gtk_widget_get_first_child (box)),
                                passend_entry_kind_get_icon_name (kind));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (box)), passend_entry_kind_get_label (kind));
}

static void
passend_entry_editor_dispose (GObject *object)
{
  PassendEntryEditor *self = PASSEND_ENTRY_EDITOR (object);

  /* Closing the window, however it happens, keeps what was typed. */
  if (self->draft_source != 0)
    save_draft (self);

  g_clear_object (&self->database);
  g_clear_object (&self->student);
  g_clear_object (&self->entry);
  g_clear_object (&self->caseload);
  g_clear_pointer (&self->also_ids, g_array_unref);

  G_OBJECT_CLASS (passend_entry_editor_parent_class)->dispose (object);
}

static void
passend_entry_editor_class_init (PassendEntryEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_entry_editor_dispose;

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PASSEND_TYPE_TIMELINE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-entry-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendEntryEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryEditor, draft_revealer);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryEditor, date_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryEditor, time_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryEditor, body_view);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryEditor, fact_button);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryEditor, opinion_button);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryEditor, confidentiality_row);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryEditor, also_group);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryEditor, also_box);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryEditor, also_search);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryEditor, also_list);
  gtk_widget_class_bind_template_child (widget_class, PassendEntryEditor, also_popover);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, discard_draft_cb);
  gtk_widget_class_bind_template_callback (widget_class, form_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, also_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, also_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, also_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, also_search_activate_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  /* Ctrl+Enter saves from inside the text, where Enter is a new line. */
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "activate-default", NULL);
}

static void
passend_entry_editor_init (PassendEntryEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->also_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < G_N_ELEMENTS (offered_kinds); i++)
    gtk_string_list_append (kinds, passend_entry_kind_to_code (offered_kinds[i]));
  g_signal_connect (factory, "setup", G_CALLBACK (kind_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (kind_bind_cb), NULL);
  adw_combo_row_set_factory (self->kind_row, factory);
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));

  for (guint i = 0; i < G_N_ELEMENTS (offered_levels); i++)
    gtk_string_list_append (levels, passend_confidentiality_get_label (offered_levels[i]));
  adw_combo_row_set_model (self->confidentiality_row, G_LIST_MODEL (levels));

  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
  self->loading = FALSE;
}

static void
restore_draft (PassendEntryEditor *self)
{
  g_autoptr(PassendTimelineEntry) draft = NULL;
  g_autoptr(GError) error = NULL;

  draft = passend_database_get_draft (self->database, passend_student_get_id (self->student),
                                      self->entry ? passend_timeline_entry_get_id (self->entry) : 0,
                                      &self->draft_id, &error);
  if (error != NULL)
    {
      show_error (self, error->message);
      return;
    }

  if (draft == NULL)
    return;

  fill_form (self, draft);
  gtk_revealer_set_reveal_child (self->draft_revealer, TRUE);
}

PassendEntryEditor *
passend_entry_editor_new (GtkWindow            *parent,
                          PassendDatabase      *database,
                          PassendStudent       *student,
                          PassendTimelineEntry *entry)
{
  PassendEntryEditor *self;
  GtkTextBuffer *buffer;
  GtkTextIter end;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);
  g_return_val_if_fail (PASSEND_IS_STUDENT (student), NULL);
  g_return_val_if_fail (!entry || PASSEND_IS_TIMELINE_ENTRY (entry), NULL);

  self = g_object_new (PASSEND_TYPE_ENTRY_EDITOR,
                       "transient-for", parent,
                       "title", entry ? _("Edit Entry") : _("New Entry"),
                       NULL);
  self->database = g_object_ref (database);
  self->student = g_object_ref (student);
  self->entry = entry ? g_object_ref (entry) : NULL;
  gtk_widget_set_visible (self->also_group, entry == NULL);

  if (entry != NULL)
    {
      fill_form (self, entry);
    }
  else
    {
      self->loading = TRUE;
      adw_combo_row_set_selected (self->kind_row, kind_position (PASSEND_ENTRY_KIND_CONVERSATION_STUDENT));
      self->template_kind = PASSEND_ENTRY_KIND_CONVERSATION_STUDENT;
      set_when (self, g_get_real_time () / G_USEC_PER_SEC);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->body_view),
                                kind_template (self->template_kind), -1);
      gtk_toggle_button_set_active (self->fact_button, TRUE);
      self->loading = FALSE;
    }

  restore_draft (self);

  buffer = gtk_text_view_get_buffer (self->body_view);
  if (entry != NULL || self->draft_id != 0)
    {
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_place_cursor (buffer, &end);
    }
  else
    {
      place_cursor_after_first_label (self);
    }
  g_signal_connect_object (buffer, "changed", G_CALLBACK (form_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->body_view));
  return self;
}
