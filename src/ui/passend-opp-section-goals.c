/* passend-opp-section-goals.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-opp-section-rows.h"

/* Goals and the support lines of the handelingsdeel: the golden thread
 * need → goal → support → evaluation date is made here, by choosing what
 * each row answers. */

gboolean
_passend_opp_add_goal_for (PassendOppEditor *self,
                           gint64            need_id)
{
  PassendOppNeed *need = need_id != 0 ? passend_opp_document_find_need (self->document, need_id) : NULL;
  g_autoptr(PassendOppGoal) goal = passend_opp_goal_new (need ? need->domain : PASSEND_OPP_DOMAIN_LEREN, "");
  g_autoptr(GError) error = NULL;
  g_autofree char *focus = NULL;
  gboolean ok;

  goal->need_id = need_id;
  _passend_opp_editor_begin_write (self);
  ok = passend_database_add_opp_goal (self->database, self->document->id, goal, &error);
  _passend_opp_editor_end_write (self);
  if (!ok)
    {
      _passend_opp_editor_report (self, _("Could not add the goal"), error);
      return FALSE;
    }

  focus = g_strdup_printf ("row-%" G_GINT64_FORMAT "-%d", goal->id, PASSEND_OPP_FIELD_GOAL_BODY);
  _passend_opp_after_row_change (self, PASSEND_OPP_PAGE_GOALS, focus);
  return TRUE;
}

gboolean
_passend_opp_add_support_for (PassendOppEditor *self,
                              gint64            goal_id)
{
  g_autoptr(PassendOppSupport) support = passend_opp_support_new ("");
  g_autoptr(GError) error = NULL;
  g_autofree char *focus = NULL;
  gboolean ok;

  support->goal_id = goal_id;
  _passend_opp_editor_begin_write (self);
  ok = passend_database_add_opp_support (self->database, self->document->id, support, &error);
  _passend_opp_editor_end_write (self);
  if (!ok)
    {
      _passend_opp_editor_report (self, _("Could not add the support line"), error);
      return FALSE;
    }

  focus = g_strdup_printf ("row-%" G_GINT64_FORMAT "-%d", support->id, PASSEND_OPP_FIELD_SUPPORT_WHAT);
  _passend_opp_after_row_change (self, PASSEND_OPP_PAGE_SUPPORT, focus);
  return TRUE;
}

static void
add_goal_cb (PassendOppEditor *self)
{
  _passend_opp_add_goal_for (self, 0);
}

static void
add_support_cb (PassendOppEditor *self)
{
  _passend_opp_add_support_for (self, 0);
}

static void
add_support_for_goal_cb (GtkButton *button,
                         gpointer   user_data)
{
  PassendOppEditor *self = g_object_get_data (G_OBJECT (button), "passend-opp-editor");

  _passend_opp_add_support_for (self, GPOINTER_TO_SIZE (user_data));
}

static void
add_none (GPtrArray  *labels,
          GArray     *ids,
          const char *label)
{
  gint64 none = 0;

  g_ptr_array_add (labels, g_strdup (label));
  g_array_append_val (ids, none);
}

static void
build_need_choices (PassendOppDocument *doc,
                    GPtrArray          *labels,
                    GArray             *ids)
{
  add_none (labels, ids, C_("need", "None"));
  for (guint i = 0; i < doc->needs->len; i++)
    {
      PassendOppNeed *need = g_ptr_array_index (doc->needs, i);
      g_autofree char *fallback = g_strdup_printf (_("Need %u"), i + 1);

      g_ptr_array_add (labels, _passend_opp_short_text (need->body, fallback));
      g_array_append_val (ids, need->id);
    }
}

static void
build_goal_choices (PassendOppDocument *doc,
                    GPtrArray          *labels,
                    GArray             *ids)
{
  add_none (labels, ids, C_("goal", "None"));
  for (guint i = 0; i < doc->goals->len; i++)
    {
      PassendOppGoal *goal = g_ptr_array_index (doc->goals, i);
      g_autofree char *fallback = g_strdup_printf (_("Goal %u"), i + 1);

      g_ptr_array_add (labels, _passend_opp_short_text (goal->body, fallback));
      g_array_append_val (ids, goal->id);
    }
}

void
_passend_opp_build_goals (PassendOppEditor *self,
                          GtkWidget        *page)
{
  PassendOppDocument *doc = self->document;
  g_autoptr(GPtrArray) domains = g_ptr_array_new ();
  g_autoptr(GPtrArray) need_labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) need_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkWidget *group, *box;

  for (guint i = 0; i < PASSEND_OPP_N_DOMAINS; i++)
    g_ptr_array_add (domains, (gpointer) passend_opp_domain_get_label (i));
  build_need_choices (doc, need_labels, need_ids);

  group = _passend_opp_group_new (page, _("Goals"),
                                  _("What the student will have reached, how you will know, and by when"));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);

  for (guint i = 0; i < doc->goals->len; i++)
    {
      PassendOppGoal *goal = g_ptr_array_index (doc->goals, i);
      g_autofree char *title = g_strdup_printf (_("Goal %u"), i + 1);
      GtkWidget *list, *card;

      card = _passend_opp_row_card_new (self, PASSEND_OPP_ROW_GOAL, goal->id, title, i, doc->goals->len, &list);
      _passend_opp_row_entry (self, list, goal->id, PASSEND_OPP_FIELD_GOAL_BODY, _("Goal"), goal->body);
      _passend_opp_row_entry (self, list, goal->id, PASSEND_OPP_FIELD_GOAL_CRITERION, _("Reached When"),
                              goal->criterion);
      _passend_opp_row_date (self, list, goal->id, PASSEND_OPP_FIELD_GOAL_TARGET, _("Target Date"),
                             goal->target_on);
      _passend_opp_row_choice (self, list, goal->id, PASSEND_OPP_FIELD_GOAL_NEED, _("Answers Need"),
                               need_labels, need_ids, goal->need_id);
      _passend_opp_row_choice (self, list, goal->id, PASSEND_OPP_FIELD_GOAL_DOMAIN, _("Domain"), domains, NULL,
                               goal->domain);

      if (_passend_opp_editor_is_editable (self))
        {
          GtkWidget *add = gtk_button_new_with_mnemonic (_("Add _Support for This Goal"));

          gtk_widget_set_halign (add, GTK_ALIGN_END);
          gtk_widget_add_css_class (add, "flat");
          gtk_widget_set_name (add, "add-support-for-goal");
          g_object_set_data (G_OBJECT (add), "passend-opp-editor", self);
          g_signal_connect (add, "clicked", G_CALLBACK (add_support_for_goal_cb), GSIZE_TO_POINTER (goal->id));
          gtk_box_append (GTK_BOX (card), add);
        }

      gtk_box_append (GTK_BOX (box), card);
    }

  gtk_box_append (GTK_BOX (box), _passend_opp_add_button_new (self, page, "add-goal", _("Add Goal"),
                                                              G_CALLBACK (add_goal_cb), self));
}

static void
build_intervention_choices (PassendOppEditor *self,
                            GPtrArray        *labels,
                            GArray           *ids)
{
  g_autoptr(GListModel) interventions = NULL;
  g_autoptr(GError) error = NULL;

  add_none (labels, ids, C_("intervention", "None"));
  interventions = passend_database_list_interventions (self->database, self->document->student_id, &error);
  if (interventions == NULL)
    {
      g_debug ("Interventions of student %" G_GINT64_FORMAT " not listed: %s",
               self->document->student_id, error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (interventions); i++)
    {
      g_autoptr(PassendIntervention) intervention = g_list_model_get_item (interventions, i);
      g_autofree char *start = passend_day_format (passend_intervention_get_start_on (intervention));
      gint64 id = passend_intervention_get_id (intervention);

      if (start[0] != '\0')
        /* TRANSLATORS: an intervention to link a support line to,
         * "Faalangsttraining (from Mon 2 Nov 2026)". */
        g_ptr_array_add (labels, g_strdup_printf (_("%s (from %s)"),
                                                  passend_intervention_get_kind_name (intervention), start));
      else
        g_ptr_array_add (labels, g_strdup (passend_intervention_get_kind_name (intervention)));
      g_array_append_val (ids, id);
    }
}

void
_passend_opp_build_support (PassendOppEditor *self,
                            GtkWidget        *page)
{
  PassendOppDocument *doc = self->document;
  g_autoptr(GPtrArray) goal_labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) goal_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) intervention_labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) intervention_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) extra_labels = g_ptr_array_new ();
  GtkWidget *group, *box;

  build_goal_choices (doc, goal_labels, goal_ids);
  build_intervention_choices (self, intervention_labels, intervention_ids);
  g_ptr_array_add (extra_labels, (gpointer) _("Basic Support"));
  g_ptr_array_add (extra_labels, (gpointer) _("Extra Support (needs consent)"));

  group = _passend_opp_group_new (page, _("Support"),
                                  _("The handelingsdeel: what is offered, by whom, how often and until when"));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);

  for (guint i = 0; i < doc->supports->len; i++)
    {
      PassendOppSupport *support = g_ptr_array_index (doc->supports, i);
      g_autofree char *fallback = g_strdup_printf (_("Support %u"), i + 1);
      GtkWidget *list, *card;

      card = _passend_opp_row_card_new (self, PASSEND_OPP_ROW_SUPPORT, support->id, fallback, i,
                                        doc->supports->len, &list);
      _passend_opp_row_entry (self, list, support->id, PASSEND_OPP_FIELD_SUPPORT_WHAT, _("What"), support->what);
      _passend_opp_row_entry (self, list, support->id, PASSEND_OPP_FIELD_SUPPORT_WHO, _("Who"), support->who);
      _passend_opp_row_entry (self, list, support->id, PASSEND_OPP_FIELD_SUPPORT_FREQUENCY, _("How Often"),
                              support->frequency);
      _passend_opp_row_date (self, list, support->id, PASSEND_OPP_FIELD_SUPPORT_FROM, _("From"), support->from_on);
      _passend_opp_row_date (self, list, support->id, PASSEND_OPP_FIELD_SUPPORT_UNTIL, _("Until"),
                             support->until_on);
      _passend_opp_row_date (self, list, support->id, PASSEND_OPP_FIELD_SUPPORT_EVALUATION, _("Evaluate On"),
                             support->evaluation_on);
      _passend_opp_row_choice (self, list, support->id, PASSEND_OPP_FIELD_SUPPORT_GOAL, _("Serves Goal"),
                               goal_labels, goal_ids, support->goal_id);
      _passend_opp_row_choice (self, list, support->id, PASSEND_OPP_FIELD_SUPPORT_INTERVENTION,
                               _("Intervention"), intervention_labels, intervention_ids,
                               support->intervention_id);
      _passend_opp_row_choice (self, list, support->id, PASSEND_OPP_FIELD_SUPPORT_EXTRA, _("Level"),
                               extra_labels, NULL, support->is_extra ? 1 : 0);
      gtk_box_append (GTK_BOX (box), card);
    }

  gtk_box_append (GTK_BOX (box), _passend_opp_add_button_new (self, page, "add-support", _("Add Support Line"),
                                                              G_CALLBACK (add_support_cb), self));
}
