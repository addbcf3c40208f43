/* passend-opp-checks.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-opp-editor-private.h"
#include "passend-opp-section-rows.h"

/* The completeness of each page and the golden-thread checks shown
 * beside the form while editing. They never block: each names what is
 * missing and takes the coordinator to where it is fixed. */

static gboolean
has_text (PassendOppDocument *doc,
          PassendOppSection   section)
{
  const char *text = passend_opp_document_get_text (doc, section);

  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return TRUE;

  return FALSE;
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;

  return TRUE;
}

static gboolean
hoorrecht_applies (PassendOppEditor *self)
{
  PassendOppDocument *doc = self->document;
  PassendDay on = doc->established_on != PASSEND_DAY_NONE ? doc->established_on : passend_day_today ();

  return self->rules.hoorrecht_from == PASSEND_DAY_NONE || on >= self->rules.hoorrecht_from;
}

static PassendOppMark
mark_of (gboolean complete)
{
  return complete ? PASSEND_OPP_MARK_COMPLETE : PASSEND_OPP_MARK_INCOMPLETE;
}

PassendOppMark
_passend_opp_page_mark (PassendOppEditor *self,
                        PassendOppPage    page)
{
  PassendOppDocument *doc = self->document;
  gboolean ok = TRUE;

  switch (page)
    {
    case PASSEND_OPP_PAGE_GEGEVENS:
      return mark_of (has_text (doc, PASSEND_OPP_SECTION_SCHOOLLOOPBAAN) &&
                      has_text (doc, PASSEND_OPP_SECTION_PEOPLE_INVOLVED) &&
                      (has_text (doc, PASSEND_OPP_SECTION_WISHES_STUDENT) ||
                       has_text (doc, PASSEND_OPP_SECTION_WISHES_PARENTS)));

    case PASSEND_OPP_PAGE_UITSTROOM:
      return mark_of ((!is_blank (doc->uitstroom_level) || doc->uitstroom_profile != PASSEND_OPP_PROFILE_NONE) &&
                      has_text (doc, PASSEND_OPP_SECTION_UITSTROOM_ONDERBOUWING));

    case PASSEND_OPP_PAGE_FACTORS:
      {
        gboolean hindering = FALSE, supporting = FALSE;

        for (guint i = 0; i < doc->factors->len; i++)
          {
            PassendOppFactor *factor = g_ptr_array_index (doc->factors, i);

            if (is_blank (factor->body))
              continue;
            hindering |= factor->polarity == PASSEND_OPP_POLARITY_BELEMMEREND;
            supporting |= factor->polarity == PASSEND_OPP_POLARITY_BEVORDEREND;
          }
        return mark_of (hindering && supporting);
      }

    case PASSEND_OPP_PAGE_NEEDS:
      ok = doc->needs->len > 0;
      for (guint i = 0; i < doc->needs->len; i++)
        ok &= !is_blank (((PassendOppNeed *) g_ptr_array_index (doc->needs, i))->body);
      return mark_of (ok);

    case PASSEND_OPP_PAGE_GOALS:
      ok = doc->goals->len > 0;
      for (guint i = 0; i < doc->goals->len; i++)
        {
          PassendOppGoal *goal = g_ptr_array_index (doc->goals, i);

          ok &= !is_blank (goal->body) && !is_blank (goal->criterion) && goal->target_on != PASSEND_DAY_NONE;
        }
      return mark_of (ok);

    case PASSEND_OPP_PAGE_SUPPORT:
      ok = doc->supports->len > 0;
      for (guint i = 0; i < doc->supports->len; i++)
        {
          PassendOppSupport *support = g_ptr_array_index (doc->supports, i);

          ok &= !is_blank (support->what) && !is_blank (support->who) &&
                support->evaluation_on != PASSEND_DAY_NONE;
        }
      return mark_of (ok);

    case PASSEND_OPP_PAGE_STUDENT_VIEW:
      if (!hoorrecht_applies (self))
        return PASSEND_OPP_MARK_NONE;
      return mark_of (has_text (doc, PASSEND_OPP_SECTION_MENING_LEERLING) &&
                      has_text (doc, PASSEND_OPP_SECTION_HOORRECHT_MOTIVERING) &&
                      doc->student_heard_on != PASSEND_DAY_NONE);

    case PASSEND_OPP_PAGE_PARENTS_VIEW:
      return mark_of (has_text (doc, PASSEND_OPP_SECTION_ZIENSWIJZE_OUDERS));

    case PASSEND_OPP_PAGE_OOGO:
      return mark_of (doc->consultations->len > 0);

    case PASSEND_OPP_PAGE_SIGNATURES:
      {
        PassendOppConsent consent = passend_opp_get_consent (doc, &self->rules, passend_day_today ());

        if (consent == PASSEND_OPP_CONSENT_GIVEN || consent == PASSEND_OPP_CONSENT_NOT_NEEDED)
          return mark_of (passend_opp_document_is_established (doc));
        return PASSEND_OPP_MARK_INCOMPLETE;
      }

    case PASSEND_OPP_PAGE_EVALUATIONS:
      if (!passend_opp_document_is_established (doc))
        return PASSEND_OPP_MARK_NONE;
      return mark_of (doc->evaluations->len > 0);

    case PASSEND_OPP_PAGE_PROGRAMME:
      if (!doc->maatwerk)
        return PASSEND_OPP_MARK_NONE;
      return mark_of (has_text (doc, PASSEND_OPP_SECTION_TOEGROEIPLAN) && doc->isd_requested_on != PASSEND_DAY_NONE);

    case PASSEND_OPP_PAGE_MEDICAL:
    case PASSEND_OPP_PAGE_VERSIONS:
    default:
      return PASSEND_OPP_MARK_NONE;
    }
}

typedef struct
{
  PassendOppPage  page;
  char           *focus;
} CheckTarget;

static void
check_target_free (gpointer data)
{
  CheckTarget *target = data;

  g_free (target->focus);
  g_free (target);
}

static void
add_check (PassendOppEditor *self,
           const char       *text,
           PassendOppPage    page,
           char             *focus)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label = gtk_label_new (text);
  CheckTarget *target = g_new0 (CheckTarget, 1);

  gtk_widget_add_css_class (icon, "warning");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, _("Go to where this is fixed"));

  target->page = page;
  target->focus = focus;
  g_object_set_data_full (G_OBJECT (row), "passend-opp-check", target, check_target_free);
  gtk_list_box_append (self->check_list, row);
}

static char *
focus_name (gint64          row_id,
            PassendOppField field)
{
  return g_strdup_printf ("row-%" G_GINT64_FORMAT "-%d", row_id, field);
}

static void
check_thread (PassendOppEditor *self)
{
  PassendOppDocument *doc = self->document;
  PassendDay today = passend_day_today ();

  for (guint i = 0; i < doc->needs->len; i++)
    {
      PassendOppNeed *need = g_ptr_array_index (doc->needs, i);
      gboolean answered = FALSE;
      g_autofree char *fallback = g_strdup_printf (_("Need %u"), i + 1);
      g_autofree char *name = _passend_opp_short_text (need->body, fallback);
      g_autofree char *text = NULL;

      for (guint j = 0; j < doc->goals->len && !answered; j++)
        answered = ((PassendOppGoal *) g_ptr_array_index (doc->goals, j))->need_id == need->id;
      if (answered)
        continue;

      /* TRANSLATORS: a golden-thread check; %s is the need. */
      text = g_strdup_printf (_("“%s” has no goal"), name);
      add_check (self, text, PASSEND_OPP_PAGE_NEEDS, focus_name (need->id, PASSEND_OPP_FIELD_NEED_BODY));
    }

  for (guint i = 0; i < doc->goals->len; i++)
    {
      PassendOppGoal *goal = g_ptr_array_index (doc->goals, i);
      gboolean supported = FALSE;
      g_autofree char *fallback = g_strdup_printf (_("Goal %u"), i + 1);
      g_autofree char *name = _passend_opp_short_text (goal->body, fallback);
      g_autofree char *text = NULL;

      for (guint j = 0; j < doc->supports->len && !supported; j++)
        supported = ((PassendOppSupport *) g_ptr_array_index (doc->supports, j))->goal_id == goal->id;
      if (supported)
        continue;

      /* TRANSLATORS: a golden-thread check; %s is the goal. */
      text = g_strdup_printf (_("“%s” has no support"), name);
      add_check (self, text, PASSEND_OPP_PAGE_GOALS, focus_name (goal->id, PASSEND_OPP_FIELD_GOAL_BODY));
    }

  for (guint i = 0; i < doc->supports->len; i++)
    {
      PassendOppSupport *support = g_ptr_array_index (doc->supports, i);
      g_autofree char *fallback = g_strdup_printf (_("Support %u"), i + 1);
      g_autofree char *name = _passend_opp_short_text (support->what, fallback);
      g_autofree char *text = NULL;

      if (support->evaluation_on == PASSEND_DAY_NONE)
        /* TRANSLATORS: a golden-thread check; %s is the support line. */
        text = g_strdup_printf (_("“%s” has no evaluation date"), name);
      else if (support->evaluation_on < today && passend_opp_document_is_established (doc) &&
               doc->state != PASSEND_OPP_STATE_BEEINDIGD &&
               (passend_opp_document_get_last_evaluation (doc) == NULL ||
                passend_opp_document_get_last_evaluation (doc)->held_on < support->evaluation_on))
        /* TRANSLATORS: a golden-thread check; %s is the support line. */
        text = g_strdup_printf (_("Evaluation of “%s” is overdue"), name);
      else
        continue;

      add_check (self, text,
                 support->evaluation_on == PASSEND_DAY_NONE ? PASSEND_OPP_PAGE_SUPPORT : PASSEND_OPP_PAGE_EVALUATIONS,
                 support->evaluation_on == PASSEND_DAY_NONE
                 ? focus_name (support->id, PASSEND_OPP_FIELD_SUPPORT_EVALUATION) : NULL);
    }
}

static void
check_yearly_evaluation (PassendOppEditor *self)
{
  PassendOppDocument *doc = self->document;
  PassendOppEvaluation *last = passend_opp_document_get_last_evaluation (doc);
  PassendDay due;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  if (!passend_opp_document_is_established (doc) || doc->state == PASSEND_OPP_STATE_BEEINDIGD ||
      doc->state == PASSEND_OPP_STATE_BIJGESTELD)
    return;

  due = passend_opp_evaluation_due (doc->established_on, last ? last->held_on : PASSEND_DAY_NONE, &self->rules);
  if (due == PASSEND_DAY_NONE || passend_day_today () < passend_opp_evaluation_warn_from (due, &self->rules))
    return;

  date = passend_day_format_relative (due, passend_day_today ());
  /* TRANSLATORS: %s is "in 3 days" or "2 weeks overdue". */
  text = g_strdup_printf (_("Yearly evaluation due: %s"), date);
  add_check (self, text, PASSEND_OPP_PAGE_EVALUATIONS, NULL);
}

static void
check_required (PassendOppEditor *self)
{
  static const PassendOppPage pages[] = {
    PASSEND_OPP_PAGE_UITSTROOM, PASSEND_OPP_PAGE_FACTORS, PASSEND_OPP_PAGE_GOALS,
    PASSEND_OPP_PAGE_SUPPORT, PASSEND_OPP_PAGE_STUDENT_VIEW,
  };

  if (!_passend_opp_editor_is_editable (self))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *text = NULL;
      const char *title;

      if (_passend_opp_page_mark (self, pages[i]) != PASSEND_OPP_MARK_INCOMPLETE)
        continue;

      if (pages[i] == PASSEND_OPP_PAGE_UITSTROOM)
        title = _("Expected Outcome");
      else if (pages[i] == PASSEND_OPP_PAGE_FACTORS)
        title = _("Factors");
      else if (pages[i] == PASSEND_OPP_PAGE_GOALS)
        title = _("Goals");
      else if (pages[i] == PASSEND_OPP_PAGE_SUPPORT)
        title = _("Support");
      else
        title = _("Student’s View");

      /* TRANSLATORS: a required section of the OPP is not filled in yet. */
      text = g_strdup_printf (_("%s: still to fill in"), title);
      add_check (self, text, pages[i], NULL);
    }
}

static void
check_activated_cb (GtkListBox       *list,
                    GtkListBoxRow    *row,
                    PassendOppEditor *self)
{
  CheckTarget *target = g_object_get_data (G_OBJECT (row), "passend-opp-check");

  if (target != NULL)
    _passend_opp_editor_show_page (self, target->page, target->focus);
}

void
_passend_opp_checks_update (PassendOppEditor *self)
{
  static gboolean connected_marker;
  GtkWidget *child;

  if (g_object_get_data (G_OBJECT (self->check_list), "passend-opp-connected") == NULL)
    {
      g_signal_connect_object (self->check_list, "row-activated", G_CALLBACK (check_activated_cb), self, 0);
      g_object_set_data (G_OBJECT (self->check_list), "passend-opp-connected", &connected_marker);
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->check_list))) != NULL)
    gtk_list_box_remove (self->check_list, child);
  check_required (self);
  check_thread (self);
  check_yearly_evaluation (self);

  gtk_widget_set_visible (GTK_WIDGET (self->checks_heading),
                          gtk_widget_get_first_child (GTK_WIDGET (self->check_list)) != NULL);
}
