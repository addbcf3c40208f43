/* passend-opp-section-evaluations.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-opp-editor-private.h"
#include "passend-opp-section-rows.h"

/* Evaluations come after vaststelling and are not part of the frozen
 * content: they stay editable while the OPP runs. */

enum {
  EVAL_HELD_ON,
  EVAL_PARTICIPANTS,
  EVAL_STUDENT_VIEW,
  EVAL_CONCLUSIONS,
};

typedef struct
{
  PassendOppEditor *self;
  gint64            evaluation_id;
  int               field;
  gint64            goal_id;
} EvalBinding;

static EvalBinding *
eval_binding_new (PassendOppEditor *self,
                  gint64            evaluation_id,
                  int               field,
                  gint64            goal_id)
{
  EvalBinding *binding = g_new0 (EvalBinding, 1);

  binding->self = self;
  binding->evaluation_id = evaluation_id;
  binding->field = field;
  binding->goal_id = goal_id;
  return binding;
}

static PassendOppEvaluation *
find_evaluation (PassendOppDocument *doc,
                 gint64              id)
{
  for (guint i = 0; i < doc->evaluations->len; i++)
    {
      PassendOppEvaluation *evaluation = g_ptr_array_index (doc->evaluations, i);

      if (evaluation->id == id)
        return evaluation;
    }

  return NULL;
}

static gboolean
evaluations_open (PassendOppDocument *doc)
{
  return passend_opp_document_is_established (doc) &&
         doc->state != PASSEND_OPP_STATE_BEEINDIGD && doc->state != PASSEND_OPP_STATE_BIJGESTELD;
}

static gboolean
store_evaluation (PassendOppEditor      *self,
                  PassendOppEvaluation  *evaluation,
                  GError               **error)
{
  gboolean ok;

  _passend_opp_editor_begin_write (self);
  ok = passend_database_update_opp_evaluation (self->database, evaluation, error);
  _passend_opp_editor_end_write (self);
  return ok;
}

static gboolean
save_evaluation_text (const char  *text,
                      gpointer     user_data,
                      GError     **error)
{
  EvalBinding *binding = user_data;
  PassendOppEvaluation *evaluation = find_evaluation (binding->self->document, binding->evaluation_id);
  PassendDay day;

  if (evaluation == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("The evaluation is no longer there"));
      return FALSE;
    }

  switch (binding->field)
    {
    case EVAL_HELD_ON:
      if (!_passend_opp_parse_day (text, &day, error))
        return FALSE;
      if (day == PASSEND_DAY_NONE)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("An evaluation needs its date"));
          return FALSE;
        }
      evaluation->held_on = day;
      break;

    case EVAL_PARTICIPANTS:
      g_free (evaluation->participants);
      evaluation->participants = g_strdup (text);
      break;

    case EVAL_STUDENT_VIEW:
      g_free (evaluation->student_view);
      evaluation->student_view = g_strdup (text);
      break;

    case EVAL_CONCLUSIONS:
      g_free (evaluation->conclusions);
      evaluation->conclusions = g_strdup (text);
      break;

    default:
      g_assert_not_reached ();
    }

  if (binding->self->dry_run)
    return TRUE;

  return store_evaluation (binding->self, evaluation, error);
}

static void
result_selected_cb (AdwComboRow *row,
                    GParamSpec  *pspec,
                    EvalBinding *binding)
{
  PassendOppEditor *self = binding->self;
  PassendOppEvaluation *evaluation = find_evaluation (self->document, binding->evaluation_id);
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(GError) error = NULL;

  if (self->building || evaluation == NULL)
    return;

  for (guint i = 0; i < evaluation->results->len; i++)
    if (((PassendOppGoalResult *) g_ptr_array_index (evaluation->results, i))->goal_id == binding->goal_id)
      {
        g_ptr_array_remove_index (evaluation->results, i);
        break;
      }

  /* 0 is "not evaluated"; then reached, partly, not reached. */
  if (selected > 0)
    g_ptr_array_add (evaluation->results, passend_opp_goal_result_new (binding->goal_id, selected - 1, ""));

  if (!store_evaluation (self, evaluation, &error))
    _passend_opp_editor_report (self, _("Could not store the result"), error);
  else
    _passend_opp_editor_refresh (self);
}

static GtkWidget *
result_row (PassendOppEditor     *self,
            PassendOppEvaluation *evaluation,
            PassendOppGoal       *goal,
            guint                 index)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  g_autofree char *fallback = g_strdup_printf (_("Goal %u"), index + 1);
  g_autofree char *title = _passend_opp_short_text (goal->body, fallback);
  GtkWidget *row = adw_combo_row_new ();
  guint selected = 0;

  gtk_string_list_append (model, _("Not Evaluated"));
  for (guint i = PASSEND_OPP_RESULT_REACHED; i <= PASSEND_OPP_RESULT_NOT_REACHED; i++)
    gtk_string_list_append (model, passend_opp_result_get_label (i));

  for (guint i = 0; i < evaluation->results->len; i++)
    {
      PassendOppGoalResult *result = g_ptr_array_index (evaluation->results, i);

      if (result->goal_id == goal->id)
        selected = result->result + 1;
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  gtk_widget_set_sensitive (row, evaluations_open (self->document));
  g_signal_connect_data (row, "notify::selected", G_CALLBACK (result_selected_cb),
                         eval_binding_new (self, evaluation->id, 0, goal->id), (GClosureNotify) g_free, 0);
  return row;
}

/* Evaluations stay editable after the freeze, so their fields are made
 * here rather than with the content helpers (which follow the state). */
static GtkWidget *
eval_entry (PassendOppEditor *self,
            GtkWidget        *list,
            const char       *title,
            const char       *text,
            gint64            evaluation_id,
            int               field)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  passend_opp_saver_set_text (row, text);
  if (evaluations_open (self->document))
    passend_opp_saver_watch (self->saver, row, save_evaluation_text,
                             eval_binding_new (self, evaluation_id, field, 0), g_free);
  else
    gtk_editable_set_editable (GTK_EDITABLE (row), FALSE);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static GtkWidget *
eval_text (PassendOppEditor *self,
           const char       *label,
           const char       *text,
           gint64            evaluation_id,
           int               field)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *heading = gtk_label_new (label);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();
  gboolean open = evaluations_open (self->document);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "caption-heading");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), open);
  gtk_widget_add_css_class (view, "opp-text-area");
  gtk_widget_add_css_class (frame, "opp-text-frame");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  passend_opp_saver_set_text (view, text);
  if (open)
    passend_opp_saver_watch (self->saver, view, save_evaluation_text,
                             eval_binding_new (self, evaluation_id, field, 0), g_free);

  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), frame);
  return box;
}

static void
add_evaluation_cb (PassendOppEditor *self)
{
  g_autoptr(PassendOppEvaluation) evaluation = passend_opp_evaluation_new (passend_day_today ());
  g_autoptr(GError) error = NULL;
  gboolean ok;

  passend_opp_saver_flush (self->saver);
  _passend_opp_editor_begin_write (self);
  ok = passend_database_add_opp_evaluation (self->database, self->document->id, evaluation, &error);
  _passend_opp_editor_end_write (self);
  if (!ok)
    {
      _passend_opp_editor_report (self, _("Could not add the evaluation"), error);
      return;
    }

  _passend_opp_editor_reload (self);
  _passend_opp_editor_show_page (self, PASSEND_OPP_PAGE_EVALUATIONS, NULL);
}

void
_passend_opp_build_evaluations (PassendOppEditor *self,
                                GtkWidget        *box)
{
  PassendOppDocument *doc = self->document;
  GtkWidget *group;

  if (!passend_opp_document_is_established (doc))
    {
      _passend_opp_group_new (box, _("Evaluations"),
                              _("Evaluations start once the OPP is established: at least once a school year, "
                                "with the parents and the student."));
      return;
    }

  group = _passend_opp_group_new (box, _("Evaluations"),
                                  _("Per goal: reached, partly or not; and what follows from it"));

  for (guint i = doc->evaluations->len; i > 0; i--)
    {
      PassendOppEvaluation *evaluation = g_ptr_array_index (doc->evaluations, i - 1);
      g_autofree char *date = passend_day_format (evaluation->held_on);
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
      GtkWidget *heading = gtk_label_new (date);
      GtkWidget *list = gtk_list_box_new ();
      g_autofree char *held = _passend_opp_day_text (evaluation->held_on);

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      eval_entry (self, list, _("Date"), held, evaluation->id, EVAL_HELD_ON);
      eval_entry (self, list, _("Who Took Part"), evaluation->participants, evaluation->id, EVAL_PARTICIPANTS);
      for (guint j = 0; j < doc->goals->len; j++)
        gtk_list_box_append (GTK_LIST_BOX (list), result_row (self, evaluation, g_ptr_array_index (doc->goals, j), j));

      gtk_box_append (GTK_BOX (card), heading);
      gtk_box_append (GTK_BOX (card), list);
      gtk_box_append (GTK_BOX (card), eval_text (self, _("The Student’s View"), evaluation->student_view,
                                                 evaluation->id, EVAL_STUDENT_VIEW));
      gtk_box_append (GTK_BOX (card), eval_text (self, _("Conclusions"), evaluation->conclusions,
                                                 evaluation->id, EVAL_CONCLUSIONS));
      gtk_widget_set_margin_bottom (card, 18);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), card);
    }

  if (evaluations_open (doc))
    {
      GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add Evaluation"));

      gtk_widget_set_halign (add, GTK_ALIGN_START);
      g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_evaluation_cb), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), add);
    }
}
