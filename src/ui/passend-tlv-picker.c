/* passend-tlv-picker.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "passend-database-meetings.h"
#include "passend-database-opp.h"
#include "passend-tlv-window-private.h"
#include "passend-ui-util.h"

/* Picking what satisfies a checklist item from what Passend already
 * has: a searchable multi-select of the vastgesteld OPP versions, or of
 * the student's timeline entries, meeting minutes and attachments.
 * Meldcode and medical entries are never offered. */

typedef struct
{
  PassendTlvPartKind kind;
  gint64             target_id;
  char              *title;
  char              *subtitle;
  char              *key;       /* folded title and subtitle, for the search */
} Candidate;

typedef struct
{
  PassendTlvWindow *self;
  gint64            item_id;
  GtkWindow        *window;
  GtkSearchEntry   *search_entry;
  GtkListBox       *list;
  GtkButton        *add_button;
  GPtrArray        *candidates;
  GPtrArray        *checks;      /* GtkCheckButton, parallel to candidates */
} Picker;

static void
candidate_free (Candidate *candidate)
{
  g_free (candidate->title);
  g_free (candidate->subtitle);
  g_free (candidate->key);
  g_free (candidate);
}

static void
picker_free (Picker *picker)
{
  g_object_unref (picker->self);
  g_ptr_array_unref (picker->candidates);
  g_ptr_array_unref (picker->checks);
  g_free (picker);
}

static void
add_candidate (GPtrArray          *candidates,
               GHashTable         *taken,
               PassendTlvPartKind  kind,
               gint64              target_id,
               char               *title,
               char               *subtitle)
{
  g_autofree char *taken_key = g_strdup_printf ("%d:%" G_GINT64_FORMAT, kind, target_id);
  g_autofree char *joined = NULL;
  g_autofree char *folded = NULL;
  Candidate *candidate;

  if (g_hash_table_contains (taken, taken_key))
    {
      g_free (title);
      g_free (subtitle);
      return;
    }

  candidate = g_new0 (Candidate, 1);
  candidate->kind = kind;
  candidate->target_id = target_id;
  candidate->title = title;
  candidate->subtitle = subtitle;
  joined = g_strconcat (title, " ", subtitle, NULL);
  folded = g_utf8_normalize (joined, -1, G_NORMALIZE_ALL);
  candidate->key = g_utf8_casefold (folded, -1);
  g_ptr_array_add (candidates, candidate);
}

static void
collect_opp (Picker     *picker,
             gint64      student_id,
             GHashTable *taken)
{
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;

  versions = passend_database_list_opp_versions (picker->self->database, student_id, &error);
  if (versions == NULL)
    {
      g_debug ("OPP versions not listed: %s", error->message);
      return;
    }

  for (guint i = 0; i < versions->len; i++)
    {
      PassendOppVersionInfo *info = g_ptr_array_index (versions, i);
      g_autofree char *day = NULL;

      if (info->content_sha256 == NULL || info->established_on == PASSEND_DAY_NONE)
        continue;
      day = passend_day_format (info->established_on);
      add_candidate (picker->candidates, taken, PASSEND_TLV_PART_OPP_VERSION, info->id,
                     /* TRANSLATORS: a vastgesteld OPP version to pick: "OPP Version 2". */
                     g_strdup_printf (_("OPP Version %d"), info->number),
                     /* TRANSLATORS: "Established on Mon 12 Oct 2026 · In Progress". */
                     g_strdup_printf (_("Established on %s · %s"), day, passend_opp_state_get_label (info->state)));
    }
}

static void
collect_record (Picker     *picker,
                gint64      student_id,
                GHashTable *taken)
{
  PassendDatabase *database = picker->self->database;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GPtrArray) attachments = NULL;
  g_autoptr(GHashTable) attachments_by_entry = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                                      (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GError) error = NULL;

  /* All of the student's attachments in one query rather than one per
   * entry; the list keeps them, the table only points into it. */
  attachments = passend_database_list_student_attachments (database, student_id, &error);
  if (attachments == NULL)
    {
      g_debug ("Attachments not listed: %s", error->message);
      g_clear_error (&error);
    }
  for (guint i = 0; attachments != NULL && i < attachments->len; i++)
    {
      PassendAttachment *attachment = g_ptr_array_index (attachments, i);
      GPtrArray *of_entry = g_hash_table_lookup (attachments_by_entry, &attachment->entry_id);

      if (of_entry == NULL)
        {
          of_entry = g_ptr_array_new ();
          g_hash_table_insert (attachments_by_entry, &attachment->entry_id, of_entry);
        }
      g_ptr_array_add (of_entry, attachment);
    }

  entries = passend_database_list_timeline (database, student_id, &error);
  if (entries == NULL)
    {
      g_debug ("Timeline not listed: %s", error->message);
      g_clear_error (&error);
    }
  for (guint i = 0; entries != NULL && i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(PassendTimelineEntry) entry = g_list_model_get_item (entries, i);
      GPtrArray *of_entry;
      PassendConfidentiality confidentiality = passend_timeline_entry_get_confidentiality (entry);
      g_autofree char *day = NULL;
      gint64 entry_id = passend_timeline_entry_get_id (entry);

      /* The restricted parts never leave the record. */
      if (confidentiality == PASSEND_CONFIDENTIALITY_MELDCODE || confidentiality == PASSEND_CONFIDENTIALITY_MEDICAL)
        continue;

      day = passend_day_format (passend_day_from_unix (passend_timeline_entry_get_occurred_at (entry)));
      add_candidate (picker->candidates, taken, PASSEND_TLV_PART_ENTRY, entry_id,
                     g_strdup (passend_timeline_entry_get_title (entry)),
                     /* TRANSLATORS: "Observation · Mon 23 Nov 2026". */
                     g_strdup_printf (_("%s · %s"), passend_entry_kind_get_label (passend_timeline_entry_get_kind (entry)), day));

      of_entry = g_hash_table_lookup (attachments_by_entry, &entry_id);
      for (guint j = 0; of_entry != NULL && j < of_entry->len; j++)
        {
          PassendAttachment *attachment = g_ptr_array_index (of_entry, j);

          add_candidate (picker->candidates, taken, PASSEND_TLV_PART_ATTACHMENT, attachment->id,
                         g_strdup (attachment->file_name),
                         /* TRANSLATORS: an attachment to pick: "Attached to “Observatie in de klas” · Mon 23 Nov 2026". */
                         g_strdup_printf (_("Attached to “%s” · %s"), passend_timeline_entry_get_title (entry), day));
        }
    }

  meetings = passend_database_list_student_meetings (database, student_id, &error);
  if (meetings == NULL)
    g_debug ("Meetings not listed: %s", error->message);
  for (guint i = 0; meetings != NULL && i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PassendMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autoptr(GListModel) items = passend_database_list_meeting_items (database, passend_meeting_get_id (meeting), NULL);
      g_autofree char *day = passend_day_format (passend_meeting_get_day (meeting));

      for (guint j = 0; items != NULL && j < g_list_model_get_n_items (items); j++)
        {
          g_autoptr(PassendMeetingItem) item = g_list_model_get_item (items, j);
          const char *minutes = passend_meeting_item_get_minutes (item);

          if (passend_meeting_item_get_student_id (item) != student_id || minutes == NULL || minutes[0] == '\0')
            continue;
          add_candidate (picker->candidates, taken, PASSEND_TLV_PART_MINUTES, passend_meeting_item_get_id (item),
                         /* TRANSLATORS: minutes to pick: "Minutes of Flex-ZAT". */
                         g_strdup_printf (_("Minutes of %s"), passend_meeting_get_kind_name (meeting)),
                         g_strdup_printf (_("%s · %s"), _("Meeting Minutes"), day));
        }
    }
}

static void
update_add_button (Picker *picker)
{
  guint n = 0;
  g_autofree char *label = NULL;

  for (guint i = 0; i < picker->checks->len; i++)
    n += gtk_check_button_get_active (g_ptr_array_index (picker->checks, i));

  gtk_widget_set_sensitive (GTK_WIDGET (picker->add_button), n > 0);
  label = n > 0 ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Add %u", "_Add %u", n), n) : g_strdup (_("_Add"));
  gtk_button_set_label (picker->add_button, label);
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  Picker *picker = user_data;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (picker->search_entry));
  Candidate *candidate = g_ptr_array_index (picker->candidates, gtk_list_box_row_get_index (row));
  g_autofree char *normalized = NULL;
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;

  if (text[0] == '\0')
    return TRUE;

  normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  folded = g_utf8_casefold (normalized, -1);
  words = g_strsplit_set (folded, " \t", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0' && strstr (candidate->key, words[i]) == NULL)
      return FALSE;

  return TRUE;
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   Picker         *picker)
{
  gtk_list_box_invalidate_filter (picker->list);
}

static void
add_clicked_cb (GtkButton *button,
                Picker    *picker)
{
  PassendTlvWindow *self = picker->self;
  guint added = 0;

  for (guint i = 0; i < picker->checks->len; i++)
    {
      Candidate *candidate = g_ptr_array_index (picker->candidates, i);
      g_autoptr(PassendTlvPart) part = NULL;
      g_autoptr(GError) error = NULL;

      if (!gtk_check_button_get_active (g_ptr_array_index (picker->checks, i)))
        continue;

      part = passend_tlv_part_new (candidate->kind, candidate->target_id);
      passend_tlv_part_set_request_id (part, passend_tlv_request_get_id (self->request));
      passend_tlv_part_set_checklist_item_id (part, picker->item_id);
      if (!passend_database_add_tlv_part (self->database, part, NULL, &error))
        {
          _passend_tlv_window_error (self, _("Could not add to the dossier"), error);
          break;
        }
      added++;
    }

  g_debug ("%u parts added to TLV checklist item %" G_GINT64_FORMAT, added, picker->item_id);
  _passend_tlv_window_checklist_load (self);
  gtk_window_destroy (picker->window);
}

static GtkWidget *
candidate_row (Picker    *picker,
               Candidate *candidate)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), candidate->title[0] != '\0' ? candidate->title : _("Untitled"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), candidate->subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (update_add_button), picker);
  g_ptr_array_add (picker->checks, check);
  return row;
}

static char *
dup_taken_key (PassendTlvPart *part)
{
  return g_strdup_printf ("%d:%" G_GINT64_FORMAT, passend_tlv_part_get_kind (part), passend_tlv_part_get_target_id (part));
}

void
_passend_tlv_window_pick_parts (PassendTlvWindow        *self,
                                PassendTlvChecklistItem *item)
{
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) parts = NULL;
  gint64 student_id = passend_tlv_request_get_student_id (self->request);
  GtkWidget *window, *header, *box, *scrolled, *cancel, *placeholder;
  GtkEventController *shortcuts;
  Picker *picker;

  parts = passend_database_list_tlv_parts (self->database, passend_tlv_request_get_id (self->request),
                                           passend_tlv_checklist_item_get_id (item), NULL);
  for (guint i = 0; parts != NULL && i < parts->len; i++)
    g_hash_table_add (taken, dup_taken_key (g_ptr_array_index (parts, i)));

  picker = g_new0 (Picker, 1);
  picker->self = g_object_ref (self);
  picker->item_id = passend_tlv_checklist_item_get_id (item);
  picker->candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) candidate_free);
  picker->checks = g_ptr_array_new ();

  if (passend_tlv_checklist_item_get_source (item) == PASSEND_TLV_SOURCE_OPP)
    collect_opp (picker, student_id, taken);
  else
    collect_record (picker, student_id, taken);

  window = adw_window_new ();
  picker->window = GTK_WINDOW (window);
  gtk_widget_set_name (window, "tlv-picker");
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 560);
  gtk_window_set_title (GTK_WINDOW (window), passend_tlv_checklist_item_get_label (item));
  g_object_set_data_full (G_OBJECT (window), "picker", picker, (GDestroyNotify) picker_free);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (passend_tlv_checklist_item_get_label (item),
                                                         _("Pick what satisfies this item")));
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), window);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  picker->add_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Add")));
  gtk_widget_set_name (GTK_WIDGET (picker->add_button), "picker-add");
  gtk_widget_add_css_class (GTK_WIDGET (picker->add_button), "suggested-action");
  g_signal_connect (picker->add_button, "clicked", G_CALLBACK (add_clicked_cb), picker);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (picker->add_button));
  gtk_box_append (GTK_BOX (box), header);

  picker->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_widget_set_margin_start (GTK_WIDGET (picker->search_entry), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (picker->search_entry), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (picker->search_entry), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (picker->search_entry), 6);
  g_object_set (picker->search_entry, "placeholder-text", _("Search entries, minutes and documents"), NULL);
  gtk_search_entry_set_key_capture_widget (picker->search_entry, window);
  g_signal_connect (picker->search_entry, "search-changed", G_CALLBACK (search_changed_cb), picker);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (picker->search_entry));

  picker->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (picker->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (picker->list), "boxed-list");
  gtk_widget_set_margin_start (GTK_WIDGET (picker->list), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (picker->list), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (picker->list), 12);
  gtk_widget_set_valign (GTK_WIDGET (picker->list), GTK_ALIGN_START);
  placeholder = gtk_label_new (passend_tlv_checklist_item_get_source (item) == PASSEND_TLV_SOURCE_OPP
                               ? _("No established OPP version. Establish the OPP first.")
                               : _("Nothing in the record to pick. Add a file instead."));
  gtk_widget_set_margin_top (placeholder, 24);
  gtk_widget_set_margin_bottom (placeholder, 24);
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (picker->list, placeholder);
  for (guint i = 0; i < picker->candidates->len; i++)
    gtk_list_box_append (picker->list, candidate_row (picker, g_ptr_array_index (picker->candidates, i)));
  gtk_list_box_set_filter_func (picker->list, filter_row, picker, NULL);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (picker->list));
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (window), box);
  update_add_button (picker);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, shortcuts);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_grab_focus (GTK_WIDGET (picker->search_entry));
}
