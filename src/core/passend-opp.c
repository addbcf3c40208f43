/* passend-opp.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-opp.h"

/* Rows */

PassendOppFactor *
passend_opp_factor_new (PassendOppDomain    domain,
                        PassendOppPolarity  polarity,
                        const char         *body)
{
  PassendOppFactor *factor = g_new0 (PassendOppFactor, 1);

  factor->domain = domain;
  factor->polarity = polarity;
  factor->body = g_strdup (body != NULL ? body : "");

  return factor;
}

PassendOppFactor *
passend_opp_factor_copy (const PassendOppFactor *factor)
{
  PassendOppFactor *copy;

  g_return_val_if_fail (factor != NULL, NULL);

  copy = g_memdup2 (factor, sizeof *factor);
  copy->body = g_strdup (factor->body);

  return copy;
}

void
passend_opp_factor_free (PassendOppFactor *factor)
{
  if (factor == NULL)
    return;

  g_free (factor->body);
  g_free (factor);
}

PassendOppNeed *
passend_opp_need_new (PassendOppNeedKind  kind,
                      PassendOppDomain    domain,
                      const char         *body)
{
  PassendOppNeed *need = g_new0 (PassendOppNeed, 1);

  need->kind = kind;
  need->domain = domain;
  need->body = g_strdup (body != NULL ? body : "");

  return need;
}

PassendOppNeed *
passend_opp_need_copy (const PassendOppNeed *need)
{
  PassendOppNeed *copy;

  g_return_val_if_fail (need != NULL, NULL);

  copy = g_memdup2 (need, sizeof *need);
  copy->body = g_strdup (need->body);

  return copy;
}

void
passend_opp_need_free (PassendOppNeed *need)
{
  if (need == NULL)
    return;

  g_free (need->body);
  g_free (need);
}

PassendOppGoal *
passend_opp_goal_new (PassendOppDomain  domain,
                      const char       *body)
{
  PassendOppGoal *goal = g_new0 (PassendOppGoal, 1);

  goal->domain = domain;
  goal->body = g_strdup (body != NULL ? body : "");
  goal->criterion = g_strdup ("");

  return goal;
}

PassendOppGoal *
passend_opp_goal_copy (const PassendOppGoal *goal)
{
  PassendOppGoal *copy;

  g_return_val_if_fail (goal != NULL, NULL);

  copy = g_memdup2 (goal, sizeof *goal);
  copy->body = g_strdup (goal->body);
  copy->criterion = g_strdup (goal->criterion);

  return copy;
}

void
passend_opp_goal_free (PassendOppGoal *goal)
{
  if (goal == NULL)
    return;

  g_free (goal->body);
  g_free (goal->criterion);
  g_free (goal);
}

PassendOppSupport *
passend_opp_support_new (const char *what)
{
  PassendOppSupport *support = g_new0 (PassendOppSupport, 1);

  support->what = g_strdup (what != NULL ? what : "");
  support->who = g_strdup ("");
  support->frequency = g_strdup ("");
  support->is_extra = TRUE;

  return support;
}

PassendOppSupport *
passend_opp_support_copy (const PassendOppSupport *support)
{
  PassendOppSupport *copy;

  g_return_val_if_fail (support != NULL, NULL);

  copy = g_memdup2 (support, sizeof *support);
  copy->what = g_strdup (support->what);
  copy->who = g_strdup (support->who);
  copy->frequency = g_strdup (support->frequency);

  return copy;
}

void
passend_opp_support_free (PassendOppSupport *support)
{
  if (support == NULL)
    return;

  g_free (support->what);
  g_free (support->who);
  g_free (support->frequency);
  g_free (support);
}

PassendOppConsultation *
passend_opp_consultation_new (PassendDay held_on)
{
  PassendOppConsultation *consultation = g_new0 (PassendOppConsultation, 1);

  consultation->held_on = held_on;
  consultation->participants = g_strdup ("");
  consultation->summary = g_strdup ("");

  return consultation;
}

PassendOppConsultation *
passend_opp_consultation_copy (const PassendOppConsultation *consultation)
{
  PassendOppConsultation *copy;

  g_return_val_if_fail (consultation != NULL, NULL);

  copy = g_memdup2 (consultation, sizeof *consultation);
  copy->participants = g_strdup (consultation->participants);
  copy->summary = g_strdup (consultation->summary);

  return copy;
}

void
passend_opp_consultation_free (PassendOppConsultation *consultation)
{
  if (consultation == NULL)
    return;

  g_free (consultation->participants);
  g_free (consultation->summary);
  g_free (consultation);
}

PassendOppGoalResult *
passend_opp_goal_result_new (gint64            goal_id,
                             PassendOppResult  result,
                             const char       *note)
{
  PassendOppGoalResult *goal_result = g_new0 (PassendOppGoalResult, 1);

  goal_result->goal_id = goal_id;
  goal_result->result = result;
  goal_result->note = g_strdup (note != NULL ? note : "");

  return goal_result;
}

static PassendOppGoalResult *
goal_result_copy (const PassendOppGoalResult *result)
{
  return passend_opp_goal_result_new (result->goal_id, result->result, result->note);
}

void
passend_opp_goal_result_free (PassendOppGoalResult *result)
{
  if (result == NULL)
    return;

  g_free (result->note);
  g_free (result);
}

PassendOppEvaluation *
passend_opp_evaluation_new (PassendDay held_on)
{
  PassendOppEvaluation *evaluation = g_new0 (PassendOppEvaluation, 1);

  evaluation->held_on = held_on;
  evaluation->participants = g_strdup ("");
  evaluation->student_view = g_strdup ("");
  evaluation->conclusions = g_strdup ("");
  evaluation->results = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_opp_goal_result_free);

  return evaluation;
}

PassendOppEvaluation *
passend_opp_evaluation_copy (const PassendOppEvaluation *evaluation)
{
  PassendOppEvaluation *copy;

  g_return_val_if_fail (evaluation != NULL, NULL);

  copy = g_memdup2 (evaluation, sizeof *evaluation);
  copy->participants = g_strdup (evaluation->participants);
  copy->student_view = g_strdup (evaluation->student_view);
  copy->conclusions = g_strdup (evaluation->conclusions);
  copy->results = g_ptr_array_copy (evaluation->results, (GCopyFunc) goal_result_copy, NULL);
  g_ptr_array_set_free_func (copy->results, (GDestroyNotify) passend_opp_goal_result_free);

  return copy;
}

void
passend_opp_evaluation_free (PassendOppEvaluation *evaluation)
{
  if (evaluation == NULL)
    return;

  g_free (evaluation->participants);
  g_free (evaluation->student_view);
  g_free (evaluation->conclusions);
  g_clear_pointer (&evaluation->results, g_ptr_array_unref);
  g_free (evaluation);
}

PassendOppSignature *
passend_opp_signature_new (PassendOppSigner   signer,
                           PassendOppOutcome  outcome,
                           const char        *name,
                           PassendDay         signed_on)
{
  PassendOppSignature *signature = g_new0 (PassendOppSignature, 1);

  signature->signer = signer;
  signature->outcome = outcome;
  signature->name = g_strdup (name != NULL ? name : "");
  signature->role = g_strdup ("");
  signature->reason = g_strdup ("");
  signature->place = g_strdup ("");
  signature->signed_on = signed_on;
  signature->method = PASSEND_OPP_METHOD_NONE;

  return signature;
}

PassendOppSignature *
passend_opp_signature_copy (const PassendOppSignature *signature)
{
  PassendOppSignature *copy;

  g_return_val_if_fail (signature != NULL, NULL);

  copy = g_memdup2 (signature, sizeof *signature);
  copy->name = g_strdup (signature->name);
  copy->role = g_strdup (signature->role);
  copy->reason = g_strdup (signature->reason);
  copy->place = g_strdup (signature->place);
  copy->strokes = signature->strokes != NULL ? g_bytes_ref (signature->strokes) : NULL;
  copy->scan_sha256 = g_strdup (signature->scan_sha256);
  copy->version_sha256 = g_strdup (signature->version_sha256);

  return copy;
}

void
passend_opp_signature_free (PassendOppSignature *signature)
{
  if (signature == NULL)
    return;

  g_free (signature->name);
  g_free (signature->role);
  g_free (signature->reason);
  g_free (signature->place);
  g_clear_pointer (&signature->strokes, g_bytes_unref);
  g_free (signature->scan_sha256);
  g_free (signature->version_sha256);
  g_free (signature);
}

static PassendOppStateChange *
state_change_copy (const PassendOppStateChange *change)
{
  PassendOppStateChange *copy = g_memdup2 (change, sizeof *change);

  copy->note = g_strdup (change->note);
  copy->actor = g_strdup (change->actor);

  return copy;
}

void
passend_opp_state_change_free (PassendOppStateChange *change)
{
  if (change == NULL)
    return;

  g_free (change->note);
  g_free (change->actor);
  g_free (change);
}

PassendOppGuardian *
passend_opp_guardian_new (gint64      id,
                          const char *name,
                          gboolean    has_gezag)
{
  PassendOppGuardian *guardian = g_new0 (PassendOppGuardian, 1);

  guardian->id = id;
  guardian->name = g_strdup (name != NULL ? name : "");
  guardian->relation = g_strdup ("");
  guardian->has_gezag = has_gezag;

  return guardian;
}

static PassendOppGuardian *
guardian_copy (const PassendOppGuardian *guardian)
{
  PassendOppGuardian *copy = passend_opp_guardian_new (guardian->id, guardian->name, guardian->has_gezag);

  g_free (copy->relation);
  copy->relation = g_strdup (guardian->relation);

  return copy;
}

void
passend_opp_guardian_free (PassendOppGuardian *guardian)
{
  if (guardian == NULL)
    return;

  g_free (guardian->name);
  g_free (guardian->relation);
  g_free (guardian);
}

void
passend_opp_version_info_free (PassendOppVersionInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->content_sha256);
  g_free (info);
}

/* The document */

G_DEFINE_BOXED_TYPE (PassendOppDocument, passend_opp_document,
                     passend_opp_document_ref, passend_opp_document_unref)

PassendOppDocument *
passend_opp_document_new (void)
{
  PassendOppDocument *self = g_new0 (PassendOppDocument, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->number = 1;
  self->state = PASSEND_OPP_STATE_CONCEPT;
  self->student_name = g_strdup ("");
  self->student_class = g_strdup ("");
  self->student_lvs_number = g_strdup ("");
  self->school_name = g_strdup ("");
  self->guardians = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_opp_guardian_free);
  self->uitstroom_level = g_strdup ("");
  for (guint i = 0; i < PASSEND_OPP_N_SECTIONS; i++)
    self->texts[i] = g_strdup ("");
  self->factors = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_opp_factor_free);
  self->needs = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_opp_need_free);
  self->goals = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_opp_goal_free);
  self->supports = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_opp_support_free);
  self->consultations = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_opp_consultation_free);
  self->end_note = g_strdup ("");
  self->evaluations = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_opp_evaluation_free);
  self->signatures = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_opp_signature_free);
  self->history = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_opp_state_change_free);

  return self;
}

PassendOppDocument *
passend_opp_document_ref (PassendOppDocument *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

static void
document_free (PassendOppDocument *self)
{
  g_free (self->student_name);
  g_free (self->student_class);
  g_free (self->student_lvs_number);
  g_free (self->school_name);
  g_ptr_array_unref (self->guardians);
  g_free (self->uitstroom_level);
  for (guint i = 0; i < PASSEND_OPP_N_SECTIONS; i++)
    g_free (self->texts[i]);
  g_ptr_array_unref (self->factors);
  g_ptr_array_unref (self->needs);
  g_ptr_array_unref (self->goals);
  g_ptr_array_unref (self->supports);
  g_ptr_array_unref (self->consultations);
  g_free (self->content_sha256);
  g_free (self->end_note);
  g_ptr_array_unref (self->evaluations);
  g_ptr_array_unref (self->signatures);
  g_ptr_array_unref (self->history);
  g_free (self);
}

void
passend_opp_document_unref (PassendOppDocument *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    document_free (self);
}

static void
copy_rows (GPtrArray     *to,
           GPtrArray     *from,
           GCopyFunc      copy)
{
  for (guint i = 0; i < from->len; i++)
    g_ptr_array_add (to, copy (g_ptr_array_index (from, i), NULL));
}

PassendOppDocument *
passend_opp_document_copy (const PassendOppDocument *self)
{
  PassendOppDocument *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = passend_opp_document_new ();
  copy->id = self->id;
  copy->student_id = self->student_id;
  copy->number = self->number;
  copy->state = self->state;
  g_free (copy->student_name);
  copy->student_name = g_strdup (self->student_name);
  copy->student_birth_date = self->student_birth_date;
  g_free (copy->student_class);
  copy->student_class = g_strdup (self->student_class);
  g_free (copy->student_lvs_number);
  copy->student_lvs_number = g_strdup (self->student_lvs_number);
  g_free (copy->school_name);
  copy->school_name = g_strdup (self->school_name);
  copy_rows (copy->guardians, self->guardians, (GCopyFunc) guardian_copy);

  copy->trigger_kind = self->trigger_kind;
  copy->trigger_on = self->trigger_on;
  copy->based_on_id = self->based_on_id;
  copy->based_on_number = self->based_on_number;
  copy->uitstroom_profile = self->uitstroom_profile;
  g_free (copy->uitstroom_level);
  copy->uitstroom_level = g_strdup (self->uitstroom_level);
  copy->student_heard_on = self->student_heard_on;
  copy->maatwerk = self->maatwerk;
  copy->isd_requested_on = self->isd_requested_on;
  copy->isd_decided_on = self->isd_decided_on;
  for (guint i = 0; i < PASSEND_OPP_N_SECTIONS; i++)
    passend_opp_document_set_text (copy, i, self->texts[i]);
  copy_rows (copy->factors, self->factors, (GCopyFunc) passend_opp_factor_copy);
  copy_rows (copy->needs, self->needs, (GCopyFunc) passend_opp_need_copy);
  copy_rows (copy->goals, self->goals, (GCopyFunc) passend_opp_goal_copy);
  copy_rows (copy->supports, self->supports, (GCopyFunc) passend_opp_support_copy);
  copy_rows (copy->consultations, self->consultations, (GCopyFunc) passend_opp_consultation_copy);

  copy->content_sha256 = g_strdup (self->content_sha256);
  copy->established_on = self->established_on;
  copy->ended_on = self->ended_on;
  copy->has_end_reason = self->has_end_reason;
  copy->end_reason = self->end_reason;
  g_free (copy->end_note);
  copy->end_note = g_strdup (self->end_note);
  copy->bron_reported_on = self->bron_reported_on;
  copy_rows (copy->evaluations, self->evaluations, (GCopyFunc) passend_opp_evaluation_copy);
  copy_rows (copy->signatures, self->signatures, (GCopyFunc) passend_opp_signature_copy);
  copy_rows (copy->history, self->history, (GCopyFunc) state_change_copy);
  copy->created_at = self->created_at;
  copy->updated_at = self->updated_at;

  return copy;
}

const char *
passend_opp_document_get_text (const PassendOppDocument *self,
                               PassendOppSection         section)
{
  g_return_val_if_fail (self != NULL, "");
  g_return_val_if_fail ((guint) section < PASSEND_OPP_N_SECTIONS, "");

  return self->texts[section];
}

void
passend_opp_document_set_text (PassendOppDocument *self,
                               PassendOppSection   section,
                               const char         *text)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail ((guint) section < PASSEND_OPP_N_SECTIONS);

  g_free (self->texts[section]);
  self->texts[section] = g_strdup (text != NULL ? text : "");
}

gboolean
passend_opp_document_is_established (const PassendOppDocument *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->content_sha256 != NULL;
}

gboolean
passend_opp_document_has_extra_support (const PassendOppDocument *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->supports->len; i++)
    {
      const PassendOppSupport *support = g_ptr_array_index (self->supports, i);

      if (support->is_extra)
        return TRUE;
    }

  return FALSE;
}

PassendOppNeed *
passend_opp_document_find_need (const PassendOppDocument *self,
                                gint64                    id)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; id != 0 && i < self->needs->len; i++)
    {
      PassendOppNeed *need = g_ptr_array_index (self->needs, i);

      if (need->id == id)
        return need;
    }

  return NULL;
}

PassendOppGoal *
passend_opp_document_find_goal (const PassendOppDocument *self,
                                gint64                    id)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; id != 0 && i < self->goals->len; i++)
    {
      PassendOppGoal *goal = g_ptr_array_index (self->goals, i);

      if (goal->id == id)
        return goal;
    }

  return NULL;
}

PassendOppGuardian *
passend_opp_document_find_guardian (const PassendOppDocument *self,
                                    gint64                    id)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; id != 0 && i < self->guardians->len; i++)
    {
      PassendOppGuardian *guardian = g_ptr_array_index (self->guardians, i);

      if (guardian->id == id)
        return guardian;
    }

  return NULL;
}

PassendOppEvaluation *
passend_opp_document_get_last_evaluation (const PassendOppDocument *self)
{
  PassendOppEvaluation *last = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->evaluations->len; i++)
    {
      PassendOppEvaluation *evaluation = g_ptr_array_index (self->evaluations, i);

      if (last == NULL || evaluation->held_on >= last->held_on)
        last = evaluation;
    }

  return last;
}
