/* passend-opp-content.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-opp-content.h"
#include "passend-opp-private.h"

/* The canonical form is the contract behind every stored hash: a change
 * to it makes established OPPs fail their check. Never change version 1;
 * a new form needs a new first line and both kept. */
#define CANONICAL_HEADER "passend-opp-content 1\n"

static void
append_value (GString    *out,
              const char *key,
              const char *value)
{
  g_string_append (out, key);
  g_string_append_c (out, '=');
  for (const char *p = value != NULL ? value : ""; *p != '\0'; p++)
    {
      if (*p == '\\')
        g_string_append (out, "\\\\");
      else if (*p == '\n')
        g_string_append (out, "\\n");
      else if (*p != '\r')
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '\n');
}

static void
append_day (GString    *out,
            const char *key,
            PassendDay  day)
{
  g_autofree char *iso = passend_day_to_iso (day);

  append_value (out, key, iso);
}

static void
append_int (GString    *out,
            const char *key,
            gint64      number)
{
  char text[32];

  g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, number);
  append_value (out, key, text);
}

static void
append_row_value (GString    *out,
                  const char *row,
                  guint       index,
                  const char *field,
                  const char *value)
{
  char key[64];

  g_snprintf (key, sizeof key, "%s.%u.%s", row, index, field);
  append_value (out, key, value);
}

static void
append_row_day (GString    *out,
                const char *row,
                guint       index,
                const char *field,
                PassendDay  day)
{
  g_autofree char *iso = passend_day_to_iso (day);

  append_row_value (out, row, index, field, iso);
}

static void
append_row_int (GString    *out,
                const char *row,
                guint       index,
                const char *field,
                gint64      number)
{
  char text[32];

  g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, number);
  append_row_value (out, row, index, field, text);
}

static int
compare_factors (gconstpointer a,
                 gconstpointer b)
{
  const PassendOppFactor *x = *(PassendOppFactor * const *) a;
  const PassendOppFactor *y = *(PassendOppFactor * const *) b;

  if (x->domain != y->domain)
    return x->domain < y->domain ? -1 : 1;
  if (x->polarity != y->polarity)
    return x->polarity < y->polarity ? -1 : 1;
  if (x->position != y->position)
    return x->position < y->position ? -1 : 1;

  return (x->id > y->id) - (x->id < y->id);
}

/* Every row struct but the factor starts its position after the id at
 * a different offset, so each has its own comparison. */
#define DEFINE_POSITION_COMPARE(Name, Type)                             \
  static int                                                            \
  Name (gconstpointer a,                                                \
        gconstpointer b)                                                \
  {                                                                     \
    const Type *x = *(Type * const *) a;                                \
    const Type *y = *(Type * const *) b;                                \
                                                                        \
    if (x->position != y->position)                                     \
      return x->position < y->position ? -1 : 1;                        \
                                                                        \
    return (x->id > y->id) - (x->id < y->id);                           \
  }

DEFINE_POSITION_COMPARE (compare_needs, PassendOppNeed)
DEFINE_POSITION_COMPARE (compare_goals, PassendOppGoal)
DEFINE_POSITION_COMPARE (compare_supports, PassendOppSupport)
DEFINE_POSITION_COMPARE (compare_consultations, PassendOppConsultation)

GPtrArray *
_passend_opp_sorted (GPtrArray        *rows,
                     PassendOppPart    part)
{
  GPtrArray *sorted = g_ptr_array_sized_new (rows->len);

  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (rows, i));

  switch (part)
    {
    case PASSEND_OPP_PART_FACTOR:
      g_ptr_array_sort (sorted, compare_factors);
      break;
    case PASSEND_OPP_PART_NEED:
      g_ptr_array_sort (sorted, compare_needs);
      break;
    case PASSEND_OPP_PART_GOAL:
      g_ptr_array_sort (sorted, compare_goals);
      break;
    case PASSEND_OPP_PART_SUPPORT:
      g_ptr_array_sort (sorted, compare_supports);
      break;
    case PASSEND_OPP_PART_CONSULTATION:
      g_ptr_array_sort (sorted, compare_consultations);
      break;
    case PASSEND_OPP_PART_FIELDS:
    case PASSEND_OPP_PART_TEXT:
    default:
      g_assert_not_reached ();
    }

  return sorted;
}

int
_passend_opp_index_of_need (GPtrArray *sorted_needs,
                            gint64     need_id)
{
  for (guint i = 0; need_id != 0 && i < sorted_needs->len; i++)
    {
      const PassendOppNeed *need = g_ptr_array_index (sorted_needs, i);

      if (need->id == need_id)
        return (int) i;
    }

  return -1;
}

int
_passend_opp_index_of_goal (GPtrArray *sorted_goals,
                            gint64     goal_id)
{
  for (guint i = 0; goal_id != 0 && i < sorted_goals->len; i++)
    {
      const PassendOppGoal *goal = g_ptr_array_index (sorted_goals, i);

      if (goal->id == goal_id)
        return (int) i;
    }

  return -1;
}

static void
append_short_fields (GString                  *out,
                     const PassendOppDocument *self)
{
  append_value (out, "trigger-kind", passend_opp_trigger_to_string (self->trigger_kind));
  append_day (out, "trigger-on", self->trigger_on);
  append_value (out, "uitstroom-profile", passend_opp_profile_to_string (self->uitstroom_profile));
  append_value (out, "uitstroom-level", self->uitstroom_level);
  append_day (out, "student-heard-on", self->student_heard_on);
  append_int (out, "maatwerk", self->maatwerk ? 1 : 0);
  append_day (out, "isd-requested-on", self->isd_requested_on);
  append_day (out, "isd-decided-on", self->isd_decided_on);
}

static void
append_rows (GString                  *out,
             const PassendOppDocument *self)
{
  g_autoptr(GPtrArray) factors = _passend_opp_sorted (self->factors, PASSEND_OPP_PART_FACTOR);
  g_autoptr(GPtrArray) needs = _passend_opp_sorted (self->needs, PASSEND_OPP_PART_NEED);
  g_autoptr(GPtrArray) goals = _passend_opp_sorted (self->goals, PASSEND_OPP_PART_GOAL);
  g_autoptr(GPtrArray) supports = _passend_opp_sorted (self->supports, PASSEND_OPP_PART_SUPPORT);
  g_autoptr(GPtrArray) consultations = _passend_opp_sorted (self->consultations, PASSEND_OPP_PART_CONSULTATION);

  for (guint i = 0; i < factors->len; i++)
    {
      const PassendOppFactor *factor = g_ptr_array_index (factors, i);

      append_row_value (out, "factor", i, "domain", passend_opp_domain_to_string (factor->domain));
      append_row_value (out, "factor", i, "polarity", passend_opp_polarity_to_string (factor->polarity));
      append_row_value (out, "factor", i, "body", factor->body);
    }

  for (guint i = 0; i < needs->len; i++)
    {
      const PassendOppNeed *need = g_ptr_array_index (needs, i);

      append_row_value (out, "need", i, "kind", passend_opp_need_kind_to_string (need->kind));
      append_row_value (out, "need", i, "domain", passend_opp_domain_to_string (need->domain));
      append_row_value (out, "need", i, "body", need->body);
    }

  for (guint i = 0; i < goals->len; i++)
    {
      const PassendOppGoal *goal = g_ptr_array_index (goals, i);

      append_row_int (out, "goal", i, "need", _passend_opp_index_of_need (needs, goal->need_id));
      append_row_value (out, "goal", i, "domain", passend_opp_domain_to_string (goal->domain));
      append_row_value (out, "goal", i, "body", goal->body);
      append_row_value (out, "goal", i, "criterion", goal->criterion);
      append_row_day (out, "goal", i, "target-on", goal->target_on);
    }

  for (guint i = 0; i < supports->len; i++)
    {
      const PassendOppSupport *support = g_ptr_array_index (supports, i);

      append_row_int (out, "support", i, "goal", _passend_opp_index_of_goal (goals, support->goal_id));
      append_row_value (out, "support", i, "what", support->what);
      append_row_value (out, "support", i, "who", support->who);
      append_row_value (out, "support", i, "frequency", support->frequency);
      append_row_day (out, "support", i, "from-on", support->from_on);
      append_row_day (out, "support", i, "until-on", support->until_on);
      append_row_day (out, "support", i, "evaluation-on", support->evaluation_on);
      append_row_int (out, "support", i, "extra", support->is_extra ? 1 : 0);
    }

  for (guint i = 0; i < consultations->len; i++)
    {
      const PassendOppConsultation *consultation = g_ptr_array_index (consultations, i);

      append_row_day (out, "consultation", i, "held-on", consultation->held_on);
      append_row_value (out, "consultation", i, "participants", consultation->participants);
      append_row_value (out, "consultation", i, "summary", consultation->summary);
    }
}

char *
passend_opp_document_canonical (const PassendOppDocument *self)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new (CANONICAL_HEADER);
  append_short_fields (out, self);
  for (guint i = 0; i < PASSEND_OPP_N_SECTIONS; i++)
    {
      g_autofree char *key = g_strconcat ("text.", passend_opp_section_to_string (i), NULL);

      append_value (out, key, self->texts[i]);
    }
  append_rows (out, self);

  return g_string_free (out, FALSE);
}

char *
passend_opp_document_compute_hash (const PassendOppDocument *self)
{
  g_autofree char *canonical = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  canonical = passend_opp_document_canonical (self);

  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, canonical, -1);
}

char *
passend_opp_document_get_hash (const PassendOppDocument *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->content_sha256 != NULL)
    return g_strdup (self->content_sha256);

  return passend_opp_document_compute_hash (self);
}

gboolean
passend_opp_document_hash_matches (const PassendOppDocument *self)
{
  g_autofree char *computed = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->content_sha256 == NULL)
    return TRUE;

  computed = passend_opp_document_compute_hash (self);
  return g_str_equal (computed, self->content_sha256);
}

char *
passend_opp_short_hash (const char *sha256)
{
  if (sha256 == NULL)
    return NULL;

  return g_strndup (sha256, 12);
}
