/* passend-partner-merge-dialog.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "passend-partner-merge-dialog.h"
#include "passend-text.h"

struct _PassendPartnerMergeDialog
{
  AdwWindow        parent_instance;

  /* Template widgets */
  GtkButton       *merge_button;
  GtkLabel        *intro_label;
  GtkSearchEntry  *search_entry;
  GtkListBox      *candidate_list;
  GtkLabel        *moves_title;
  GtkLabel        *moves_label;
  GtkLabel        *problem_label;

  /* Owned references */
  PassendDatabase *database;
  PassendPartner  *keep;

  GStrv            query_words;
  gint64           chosen_id;
};

G_DEFINE_FINAL_TYPE (PassendPartnerMergeDialog, passend_partner_merge_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_MERGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_problem (PassendPartnerMergeDialog *self,
              const char                *problem)
{
  gtk_label_set_text (self->problem_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
}

static void
start_line (GString *text)
{
  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, "• ");
}

/* One line per kind of reference the duplicate has. */
#define APPEND_COUNT(text, count, format) \
  G_STMT_START { \
    if ((count) > 0) \
      { \
        start_line (text); \
        g_string_append_printf ((text), format, (count)); \
      } \
  } G_STMT_END

/* What the merge will move, counted from the database, so the
 * coordinator sees it before confirming. */
static void
update_moves (PassendPartnerMergeDialog *self)
{
  PassendPartnerKind kind = passend_partner_get_kind (self->keep);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  PassendPartnerUsage usage;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "merge.merge", self->chosen_id != 0);
  show_problem (self, NULL);
  if (self->chosen_id == 0)
    {
      gtk_label_set_text (self->moves_title, "");
      gtk_label_set_text (self->moves_label, _("Choose the duplicate to see what moves."));
      return;
    }

  if (!passend_database_get_partner_usage (self->database, kind, self->chosen_id, &usage, &error))
    {
      show_problem (self, error->message);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "merge.merge", FALSE);
      return;
    }

  /* TRANSLATORS: %s is the name of the partner that is kept */
  title = g_strdup_printf (_("Moves to “%s”"), passend_partner_get_name (self->keep));
  gtk_label_set_text (self->moves_title, title);

  APPEND_COUNT (text, usage.mentor_of,
                g_dngettext (GETTEXT_PACKAGE, "Mentor of %u student", "Mentor of %u students", usage.mentor_of));
  APPEND_COUNT (text, usage.regie,
                g_dngettext (GETTEXT_PACKAGE, "Regie for %u student", "Regie for %u students", usage.regie));
  APPEND_COUNT (text, usage.regie_history,
                g_dngettext (GETTEXT_PACKAGE, "%u earlier regie in the support history",
                             "%u earlier regies in the support history", usage.regie_history));
  APPEND_COUNT (text, usage.involved,
                g_dngettext (GETTEXT_PACKAGE, "Involved with %u student",
                             "Involved with %u students", usage.involved));
  APPEND_COUNT (text, usage.interventions,
                g_dngettext (GETTEXT_PACKAGE, "Provides %u intervention",
                             "Provides %u interventions", usage.interventions));
  APPEND_COUNT (text, usage.consents,
                g_dngettext (GETTEXT_PACKAGE, "Named in %u consent", "Named in %u consents", usage.consents));
  APPEND_COUNT (text, usage.members,
                g_dngettext (GETTEXT_PACKAGE, "%u person who works there",
                             "%u people who work there", usage.members));
  APPEND_COUNT (text, usage.meetings_chaired,
                g_dngettext (GETTEXT_PACKAGE, "Chairs %u meeting", "Chairs %u meetings", usage.meetings_chaired));
  APPEND_COUNT (text, usage.meetings_minuted,
                g_dngettext (GETTEXT_PACKAGE, "Takes the minutes of %u meeting",
                             "Takes the minutes of %u meetings", usage.meetings_minuted));
  APPEND_COUNT (text, usage.invitations,
                g_dngettext (GETTEXT_PACKAGE, "Invited for %u agenda item",
                             "Invited for %u agenda items", usage.invitations));
  APPEND_COUNT (text, usage.actions,
                g_dngettext (GETTEXT_PACKAGE, "Owns %u meeting action", "Owns %u meeting actions", usage.actions));

  APPEND_COUNT (text, usage.tlv_requests,
                g_dngettext (GETTEXT_PACKAGE, "Named in %u TLV request", "Named in %u TLV requests",
                             usage.tlv_requests));
  APPEND_COUNT (text, usage.tlv_settings,
                g_dngettext (GETTEXT_PACKAGE, "%u TLV checklist item or rule", "%u TLV checklist items or rules",
                             usage.tlv_settings));

  if (text->len == 0)
    g_string_append (text, _("Nothing names the duplicate: it is simply removed."));
  g_string_append (text, "\n\n");
  g_string_append (text, _("Contact details and a note that only the duplicate has are kept. "
                           "The duplicate is then deleted; this cannot be undone."));
  gtk_label_set_text (self->moves_label, text->str);
}

static void
row_selected_cb (PassendPartnerMergeDialog *self,
                 GtkListBoxRow             *row)
{
  /* The list empties itself as the dialog goes. */
  if (self->keep == NULL)
    return;

  self->chosen_id = row != NULL ? GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "partner-id")) : 0;
  update_moves (self);
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       data)
{
  PassendPartnerMergeDialog *self = data;
  const char *haystack = g_object_get_data (G_OBJECT (row), "haystack");

  return self->query_words == NULL || passend_text_matches (haystack, (const char * const *) self->query_words);
}

static void
search_changed_cb (PassendPartnerMergeDialog *self)
{
  g_clear_pointer (&self->query_words, g_strfreev);
  self->query_words = passend_text_query_words (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  gtk_list_box_invalidate_filter (self->candidate_list);
}

/* The family name for people ("Vries" of "Vries, Jan de"), the first
 * word for organisations: what two entries of one partner most often
 * share. */
static char *
likeness_key (PassendPartner *partner)
{
  g_autofree char *folded = passend_text_fold (passend_partner_get_sort_name (partner));
  const char *end = strpbrk (folded, passend_partner_get_kind (partner) == PASSEND_PARTNER_KIND_PERSON ? "," : " ");

  return end != NULL ? g_strndup (folded, end - folded) : g_steal_pointer (&folded);
}

static GtkWidget *
new_candidate_row (PassendPartner *partner,
                   gboolean        likely)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *haystack = NULL;
  g_autofree char *text = NULL;
  GString *subtitle = g_string_new (passend_partner_get_detail (partner));

  if (passend_partner_get_archived (partner))
    g_string_append_printf (subtitle, " · %s", C_("partner", "archived"));
  if (likely)
    g_string_append_printf (subtitle, " · %s", _("likely the same"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), passend_partner_get_name (partner));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  g_string_free (subtitle, TRUE);

  text = g_strjoin (" ", passend_partner_get_name (partner), passend_partner_get_detail (partner),
                    passend_partner_get_email (partner), NULL);
  haystack = passend_text_fold (text);
  g_object_set_data_full (G_OBJECT (row), "haystack", g_steal_pointer (&haystack), g_free);
  g_object_set_data (G_OBJECT (row), "partner-id", GSIZE_TO_POINTER ((gsize) passend_partner_get_id (partner)));
  return row;
}

static void
fill_candidates (PassendPartnerMergeDialog *self)
{
  PassendPartnerKind kind = passend_partner_get_kind (self->keep);
  g_autoptr(GListModel) partners = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) later = g_ptr_array_new ();
  g_autofree char *key = likeness_key (self->keep);

  partners = passend_database_list_partners (self->database,
                                             (kind == PASSEND_PARTNER_KIND_PERSON ? PASSEND_PARTNER_LIST_PEOPLE
                                                                                 : PASSEND_PARTNER_LIST_ORGANISATIONS) |
                                             PASSEND_PARTNER_LIST_ARCHIVED,
                                             NULL, &error);
  if (partners == NULL)
    {
      show_problem (self, error->message);
      return;
    }

  /* Likely duplicates first, then everyone else in name order. */
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(PassendPartner) partner = g_list_model_get_item (partners, i);
      g_autofree char *other = NULL;

      if (passend_partner_get_id (partner) == passend_partner_get_id (self->keep))
        continue;

      other = likeness_key (partner);
      if (g_strcmp0 (other, key) == 0)
        gtk_list_box_append (self->candidate_list, new_candidate_row (partner, TRUE));
      else
        g_ptr_array_add (later, new_candidate_row (partner, FALSE));
    }

  for (guint i = 0; i < later->len; i++)
    gtk_list_box_append (self->candidate_list, g_ptr_array_index (later, i));
}

gboolean
passend_partner_merge_dialog_merge (PassendPartnerMergeDialog *self)
{
  PassendPartnerKind kind;
  g_autoptr(GError) error = NULL;
  gint64 duplicate_id;

  g_return_val_if_fail (PASSEND_IS_PARTNER_MERGE_DIALOG (self), FALSE);

  if (self->chosen_id == 0)
    return FALSE;

  kind = passend_partner_get_kind (self->keep);
  duplicate_id = self->chosen_id;
  if (!passend_database_merge_partners (self->database, kind, passend_partner_get_id (self->keep),
                                        kind, duplicate_id, &error))
    {
      show_problem (self, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[SIGNAL_MERGED], 0, duplicate_id);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  passend_partner_merge_dialog_merge (PASSEND_PARTNER_MERGE_DIALOG (widget));
}

static void
passend_partner_merge_dialog_dispose (GObject *object)
{
  PassendPartnerMergeDialog *self = PASSEND_PARTNER_MERGE_DIALOG (object);

  g_clear_object (&self->database);
  g_clear_object (&self->keep);
  g_clear_pointer (&self->query_words, g_strfreev);

  G_OBJECT_CLASS (passend_partner_merge_dialog_parent_class)->dispose (object);
}

static void
passend_partner_merge_dialog_class_init (PassendPartnerMergeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_partner_merge_dialog_dispose;

  signals[SIGNAL_MERGED] =
    g_signal_new ("merged",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/passend-partner-merge-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerMergeDialog, merge_button);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerMergeDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerMergeDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerMergeDialog, candidate_list);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerMergeDialog, moves_title);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerMergeDialog, moves_label);
  gtk_widget_class_bind_template_child (widget_class, PassendPartnerMergeDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);

  gtk_widget_class_install_action (widget_class, "merge.merge", NULL, merge_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
passend_partner_merge_dialog_init (PassendPartnerMergeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_filter_func (self->candidate_list, filter_row, self, NULL);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

PassendPartnerMergeDialog *
passend_partner_merge_dialog_new (GtkWindow       *parent,
                                  PassendDatabase *database,
                                  PassendPartner  *keep)
{
  PassendPartnerMergeDialog *self;
  g_autofree char *intro = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PASSEND_IS_DATABASE (database), NULL);
  g_return_val_if_fail (PASSEND_IS_PARTNER (keep), NULL);

  self = g_object_new (PASSEND_TYPE_PARTNER_MERGE_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->database = g_object_ref (database);
  self->keep = g_object_ref (keep);

  intro = g_strdup_printf (passend_partner_get_kind (keep) == PASSEND_PARTNER_KIND_PERSON
                           /* TRANSLATORS: %s is the name of the person kept */
                           ? _("Choose the person who is “%s” entered a second time. Every student record and meeting "
                               "that names the duplicate will name “%s” instead.")
                           /* TRANSLATORS: %s is the name of the organisation kept */
                           : _("Choose the organisation that is “%s” entered a second time. Its people, interventions, "
                               "consents and invitations will move to “%s”."),
                           passend_partner_get_name (keep), passend_partner_get_name (keep));
  gtk_label_set_text (self->intro_label, intro);

  fill_candidates (self);
  update_moves (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return self;
}

void
passend_partner_merge_dialog_choose (PassendPartnerMergeDialog *self,
                                     gint64                     duplicate_id)
{
  GtkListBoxRow *row;

  g_return_if_fail (PASSEND_IS_PARTNER_MERGE_DIALOG (self));

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->candidate_list, i)) != NULL; i++)
    {
      if ((gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "partner-id")) == duplicate_id)
        {
          gtk_list_box_select_row (self->candidate_list, row);
          return;
        }
    }
}
