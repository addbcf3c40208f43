/* passend-opp-section-needs.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-opp-section-rows.h"

/* The factors per domain, the needs and the OOGO log; goals and support
 * lines are in passend-opp-section-goals.c. */

/* Factors */

typedef struct
{
  PassendOppEditor   *self;
  PassendOppDomain    domain;
  PassendOppPolarity  polarity;
} FactorGroup;

static void
add_factor_cb (FactorGroup *group)
{
  PassendOppEditor *self = group->self;
  g_autoptr(PassendOppFactor) factor = passend_opp_factor_new (group->domain, group->polarity, "");
  g_autoptr(GError) error = NULL;
  g_autofree char *focus = NULL;
  gboolean ok;

  _passend_opp_editor_begin_write (self);
  ok = passend_database_add_opp_factor (self->database, self->document->id, factor, &error);
  _passend_opp_editor_end_write (self);
  if (!ok)
    {
      _passend_opp_editor_report (self, _("Could not add the factor"), error);
      return;
    }

  focus = _passend_opp_row_field_name (factor->id, PASSEND_OPP_FIELD_FACTOR_BODY);
  _passend_opp_after_row_change (self, PASSEND_OPP_PAGE_FACTORS, focus);
}

static void
build_factor_group (PassendOppEditor   *self,
                    GtkWidget          *group,
                    PassendOppDomain    domain,
                    PassendOppPolarity  polarity)
{
  PassendOppDocument *doc = self->document;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *heading = gtk_label_new (passend_opp_polarity_get_label (polarity));
  FactorGroup *data = g_new0 (FactorGroup, 1);
  guint n = 0, index = 0;

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "caption-heading");
  gtk_widget_add_css_class (heading, "dim-label");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_box_append (GTK_BOX (box), heading);

  for (guint i = 0; i < doc->factors->len; i++)
    {
      PassendOppFactor *factor = g_ptr_array_index (doc->factors, i);

      n += factor->domain == domain && factor->polarity == polarity;
    }

  for (guint i = 0; i < doc->factors->len; i++)
    {
      PassendOppFactor *factor = g_ptr_array_index (doc->factors, i);
      GtkWidget *card_list, *card;
      g_autofree char *title = NULL;

      if (factor->domain != domain || factor->polarity != polarity)
        continue;

      /* TRANSLATORS: heading of one factor, "Hindering 2". */
      title = g_strdup_printf (C_("factor", "%s %u"), passend_opp_polarity_get_label (polarity), index + 1);
      card = _passend_opp_row_card_new (self, PASSEND_OPP_ROW_FACTOR, factor->id, title, index, n, &card_list);
      _passend_opp_row_entry (self, card_list, factor->id, PASSEND_OPP_FIELD_FACTOR_BODY, _("Factor"), factor->body);
      gtk_box_append (GTK_BOX (box), card);
      index++;
    }

  if (n == 0 && !_passend_opp_editor_is_editable (self))
    {
      GtkWidget *none = gtk_label_new (C_("factors", "None"));

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (GTK_BOX (box), none);
    }

  data->self = self;
  data->domain = domain;
  data->polarity = polarity;
  g_object_set_data_full (G_OBJECT (box), "passend-opp-group", data, g_free);
  gtk_box_append (GTK_BOX (box), _passend_opp_add_button_new (self, box,
                                                              polarity == PASSEND_OPP_POLARITY_BELEMMEREND
                                                              ? "add-hindering" : "add-supporting",
                                                              polarity == PASSEND_OPP_POLARITY_BELEMMEREND
                                                              ? _("Add Hindering Factor")
                                                              : _("Add Supporting Factor"),
                                                              G_CALLBACK (add_factor_cb), data));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
}

static void
build_factors (PassendOppEditor *self,
               GtkWidget        *page)
{
  for (guint d = 0; d < PASSEND_OPP_N_DOMAINS; d++)
    {
      GtkWidget *group = _passend_opp_group_new (page, passend_opp_domain_get_label (d), NULL);
      GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

      gtk_widget_set_margin_top (inner, 6);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), inner);
      build_factor_group (self, group, d, PASSEND_OPP_POLARITY_BELEMMEREND);
      build_factor_group (self, group, d, PASSEND_OPP_POLARITY_BEVORDEREND);
    }
}

/* Needs */

static GPtrArray *
enum_labels (const char *(*get_label) (int),
             guint        n)
{
  GPtrArray *labels = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (labels, (gpointer) get_label (i));
  return labels;
}

static void
add_need_cb (PassendOppEditor *self)
{
  g_autoptr(PassendOppNeed) need = passend_opp_need_new (PASSEND_OPP_NEED_ONDERSTEUNING, PASSEND_OPP_DOMAIN_LEREN, "");
  g_autoptr(GError) error = NULL;
  g_autofree char *focus = NULL;
  gboolean ok;

  _passend_opp_editor_begin_write (self);
  ok = passend_database_add_opp_need (self->database, self->document->id, need, &error);
  _passend_opp_editor_end_write (self);
  if (!ok)
    {
      _passend_opp_editor_report (self, _("Could not add the need"), error);
      return;
    }

  focus = _passend_opp_row_field_name (need->id, PASSEND_OPP_FIELD_NEED_BODY);
  _passend_opp_after_row_change (self, PASSEND_OPP_PAGE_NEEDS, focus);
}

static void
add_goal_for_need_cb (GtkButton *button,
                      gpointer   user_data)
{
  PassendOppEditor *self = g_object_get_data (G_OBJECT (button), "passend-opp-editor");

  _passend_opp_add_goal_for (self, GPOINTER_TO_SIZE (user_data));
}

static void
build_needs (PassendOppEditor *self,
             GtkWidget        *page)
{
  PassendOppDocument *doc = self->document;
  g_autoptr(GPtrArray) kinds = enum_labels ((const char *(*) (int)) passend_opp_need_kind_get_label, 2);
  g_autoptr(GPtrArray) domains = enum_labels ((const char *(*) (int)) passend_opp_domain_get_label,
                                              PASSEND_OPP_N_DOMAINS);
  GtkWidget *group, *box;

  group = _passend_opp_group_new (page, _("Educational and Support Needs"),
                                  _("Phrase each need as “needs …”: what the student needs to reach the goals"));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);

  for (guint i = 0; i < doc->needs->len; i++)
    {
      PassendOppNeed *need = g_ptr_array_index (doc->needs, i);
      g_autofree char *title = g_strdup_printf (_("Need %u"), i + 1);
      GtkWidget *list, *card;

      card = _passend_opp_row_card_new (self, PASSEND_OPP_ROW_NEED, need->id, title, i, doc->needs->len, &list);
      _passend_opp_row_entry (self, list, need->id, PASSEND_OPP_FIELD_NEED_BODY, _("Needs …"), need->body);
      _passend_opp_row_choice (self, list, need->id, PASSEND_OPP_FIELD_NEED_KIND, _("Kind"), kinds, NULL, need->kind);
      _passend_opp_row_choice (self, list, need->id, PASSEND_OPP_FIELD_NEED_DOMAIN, _("Domain"), domains, NULL,
                               need->domain);

      if (_passend_opp_editor_is_editable (self))
        {
          GtkWidget *add_goal = gtk_button_new_with_mnemonic (_("Add _Goal for This Need"));

          gtk_widget_set_halign (add_goal, GTK_ALIGN_END);
          gtk_widget_add_css_class (add_goal, "flat");
          gtk_widget_set_name (add_goal, "add-goal-for-need");
          g_object_set_data (G_OBJECT (add_goal), "passend-opp-editor", self);
          g_signal_connect (add_goal, "clicked", G_CALLBACK (add_goal_for_need_cb), GSIZE_TO_POINTER (need->id));
          gtk_box_append (GTK_BOX (card), add_goal);
        }

      gtk_box_append (GTK_BOX (box), card);
    }

  gtk_box_append (GTK_BOX (box), _passend_opp_add_button_new (self, page, "add-need", _("Add Need"),
                                                              G_CALLBACK (add_need_cb), self));
}

/* The OOGO log */

static void
add_consultation_cb (PassendOppEditor *self)
{
  g_autoptr(PassendOppConsultation) consultation = passend_opp_consultation_new (passend_day_today ());
  g_autoptr(GError) error = NULL;
  g_autofree char *focus = NULL;
  gboolean ok;

  _passend_opp_editor_begin_write (self);
  ok = passend_database_add_opp_consultation (self->database, self->document->id, consultation, &error);
  _passend_opp_editor_end_write (self);
  if (!ok)
    {
      _passend_opp_editor_report (self, _("Could not add the consultation"), error);
      return;
    }

  focus = _passend_opp_row_field_name (consultation->id, PASSEND_OPP_FIELD_CONSULTATION_PARTICIPANTS);
  _passend_opp_after_row_change (self, PASSEND_OPP_PAGE_OOGO, focus);
}

static void
build_consultations (PassendOppEditor *self,
                     GtkWidget        *page)
{
  PassendOppDocument *doc = self->document;
  GtkWidget *group, *box;

  group = _passend_opp_group_new (page, _("Consultations With the Parents"),
                                  _("Each meeting aimed at agreement (OOGO): when, who took part and what was said"));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);

  for (guint i = 0; i < doc->consultations->len; i++)
    {
      PassendOppConsultation *consultation = g_ptr_array_index (doc->consultations, i);
      g_autofree char *date = passend_day_format (consultation->held_on);
      GtkWidget *list, *card;

      card = _passend_opp_row_card_new (self, PASSEND_OPP_ROW_CONSULTATION, consultation->id, date, i,
                                        doc->consultations->len, &list);
      _passend_opp_row_date (self, list, consultation->id, PASSEND_OPP_FIELD_CONSULTATION_HELD, _("Date"),
                             consultation->held_on);
      _passend_opp_row_entry (self, list, consultation->id, PASSEND_OPP_FIELD_CONSULTATION_PARTICIPANTS,
                              _("Who Took Part"), consultation->participants);
      gtk_box_append (GTK_BOX (card),
                      _passend_opp_row_text_area (self, consultation->id, PASSEND_OPP_FIELD_CONSULTATION_SUMMARY,
                                                  _("Summary"), consultation->summary));
      gtk_box_append (GTK_BOX (box), card);
    }

  gtk_box_append (GTK_BOX (box), _passend_opp_add_button_new (self, page, "add-consultation",
                                                              _("Add Consultation"),
                                                              G_CALLBACK (add_consultation_cb), self));
}

void
_passend_opp_build_list_page (PassendOppEditor *self,
                              PassendOppPage    page,
                              GtkWidget        *box)
{
  if (page == PASSEND_OPP_PAGE_FACTORS)
    build_factors (self, box);
  else if (page == PASSEND_OPP_PAGE_NEEDS)
    build_needs (self, box);
  else if (page == PASSEND_OPP_PAGE_GOALS)
    _passend_opp_build_goals (self, box);
  else if (page == PASSEND_OPP_PAGE_SUPPORT)
    _passend_opp_build_support (self, box);
  else if (page == PASSEND_OPP_PAGE_OOGO)
    build_consultations (self, box);
  else
    g_assert_not_reached ();
}
