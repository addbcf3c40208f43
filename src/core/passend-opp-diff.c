/* passend-opp-diff.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-opp-private.h"

void
passend_opp_change_free (PassendOppChange *change)
{
  if (change == NULL)
    return;

  g_free (change->label);
  g_free (change->before);
  g_free (change->after);
  g_free (change);
}

static void
add_change (GPtrArray            *changes,
            PassendOppPart        part,
            PassendOppChangeKind  kind,
            int                   section,
            int                   before_index,
            int                   after_index,
            char                 *label,
            const char           *before,
            const char           *after)
{
  PassendOppChange *change = g_new0 (PassendOppChange, 1);

  change->part = part;
  change->kind = kind;
  change->section = section;
  change->before_index = before_index;
  change->after_index = after_index;
  change->label = label;
  change->before = g_strdup (before != NULL ? before : "");
  change->after = g_strdup (after != NULL ? after : "");
  g_ptr_array_add (changes, change);
}

static void
compare_value (GPtrArray  *changes,
               const char *label,
               const char *before,
               const char *after)
{
  if (g_strcmp0 (before, after) == 0)
    return;

  add_change (changes, PASSEND_OPP_PART_FIELDS, PASSEND_OPP_CHANGE_CHANGED, -1, -1, -1,
              g_strdup (label), before, after);
}

static void
compare_day (GPtrArray  *changes,
             const char *label,
             PassendDay  before,
             PassendDay  after)
{
  g_autofree char *before_text = passend_day_format (before);
  g_autofree char *after_text = passend_day_format (after);

  if (before != after)
    add_change (changes, PASSEND_OPP_PART_FIELDS, PASSEND_OPP_CHANGE_CHANGED, -1, -1, -1,
                g_strdup (label), before_text, after_text);
}

static void
diff_fields (GPtrArray                *changes,
             const PassendOppDocument *a,
             const PassendOppDocument *b)
{
  compare_value (changes, _("Trigger"),
                 passend_opp_trigger_get_label (a->trigger_kind),
                 passend_opp_trigger_get_label (b->trigger_kind));
  compare_day (changes, _("Trigger Date"), a->trigger_on, b->trigger_on);
  compare_value (changes, _("Uitstroom Profile"),
                 passend_opp_profile_get_label (a->uitstroom_profile),
                 passend_opp_profile_get_label (b->uitstroom_profile));
  compare_value (changes, _("Uitstroom Level"), a->uitstroom_level, b->uitstroom_level);
  compare_day (changes, _("Student Heard On"), a->student_heard_on, b->student_heard_on);
  compare_value (changes, _("Adjusted Teaching Time"),
                 a->maatwerk ? _("Yes") : _("No"), b->maatwerk ? _("Yes") : _("No"));
  compare_day (changes, _("ISD Requested On"), a->isd_requested_on, b->isd_requested_on);
  compare_day (changes, _("ISD Decided On"), a->isd_decided_on, b->isd_decided_on);
}

static void
diff_texts (GPtrArray                *changes,
            const PassendOppDocument *a,
            const PassendOppDocument *b)
{
  for (guint i = 0; i < PASSEND_OPP_N_SECTIONS; i++)
    {
      PassendOppChangeKind kind = PASSEND_OPP_CHANGE_CHANGED;

      if (g_strcmp0 (a->texts[i], b->texts[i]) == 0)
        continue;

      if (a->texts[i][0] == '\0')
        kind = PASSEND_OPP_CHANGE_ADDED;
      else if (b->texts[i][0] == '\0')
        kind = PASSEND_OPP_CHANGE_REMOVED;

      add_change (changes, PASSEND_OPP_PART_TEXT, kind, (int) i, -1, -1,
                  g_strdup (passend_opp_section_get_label (i)), a->texts[i], b->texts[i]);
    }
}

/* One side of a row table: each row's key (its content with links as
 * positions, for matching) and text (for reading). */
typedef struct
{
  GPtrArray *keys;
  GPtrArray *texts;
} Side;

static void
side_clear (Side *side)
{
  g_clear_pointer (&side->keys, g_ptr_array_unref);
  g_clear_pointer (&side->texts, g_ptr_array_unref);
}

static void
side_add (Side *side,
          char *key,
          char *text)
{
  g_ptr_array_add (side->keys, key);
  g_ptr_array_add (side->texts, text);
}

static void
side_init (Side *side)
{
  side->keys = g_ptr_array_new_with_free_func (g_free);
  side->texts = g_ptr_array_new_with_free_func (g_free);
}

static char *
format_range (PassendDay from,
              PassendDay until)
{
  g_autofree char *from_text = passend_day_format (from);
  g_autofree char *until_text = passend_day_format (until);

  if (from == PASSEND_DAY_NONE && until == PASSEND_DAY_NONE)
    return g_strdup ("");
  /* TRANSLATORS: a period, e.g. "Mon 2 Sep 2026 – Fri 20 Dec 2026". */
  return g_strdup_printf (_("%s – %s"), from_text, until_text);
}

static void
build_side (Side                     *side,
            const PassendOppDocument *self,
            PassendOppPart            part)
{
  g_autoptr(GPtrArray) needs = _passend_opp_sorted (self->needs, PASSEND_OPP_PART_NEED);
  g_autoptr(GPtrArray) goals = _passend_opp_sorted (self->goals, PASSEND_OPP_PART_GOAL);
  g_autoptr(GPtrArray) rows = NULL;

  side_init (side);

  switch (part)
    {
    case PASSEND_OPP_PART_FACTOR:
      rows = _passend_opp_sorted (self->factors, part);
      for (guint i = 0; i < rows->len; i++)
        {
          const PassendOppFactor *f = g_ptr_array_index (rows, i);

          side_add (side,
                    g_strdup_printf ("%d\x1f%d\x1f%s", f->domain, f->polarity, f->body),
                    g_strdup_printf ("%s, %s: %s", passend_opp_domain_get_label (f->domain),
                                     passend_opp_polarity_get_label (f->polarity), f->body));
        }
      break;

    case PASSEND_OPP_PART_NEED:
      for (guint i = 0; i < needs->len; i++)
        {
          const PassendOppNeed *n = g_ptr_array_index (needs, i);

          side_add (side,
                    g_strdup_printf ("%d\x1f%d\x1f%s", n->kind, n->domain, n->body),
                    g_strdup_printf ("%s, %s: %s", passend_opp_need_kind_get_label (n->kind),
                                     passend_opp_domain_get_label (n->domain), n->body));
        }
      break;

    case PASSEND_OPP_PART_GOAL:
      for (guint i = 0; i < goals->len; i++)
        {
          const PassendOppGoal *g = g_ptr_array_index (goals, i);
          const PassendOppNeed *need = passend_opp_document_find_need (self, g->need_id);
          g_autofree char *target = passend_day_format (g->target_on);
          GString *text = g_string_new (g->body);

          if (g->criterion[0] != '\0')
            g_string_append_printf (text, "\n%s %s", _("Criterion:"), g->criterion);
          if (g->target_on != PASSEND_DAY_NONE)
            g_string_append_printf (text, "\n%s %s", _("Target date:"), target);
          if (need != NULL)
            g_string_append_printf (text, "\n%s %s", _("For the need:"), need->body);
          /* The link by the need's text: a row inserted above does not
           * make this one look changed. */
          side_add (side,
                    g_strdup_printf ("%s\x1f%d\x1f%s\x1f%s\x1f%u", need != NULL ? need->body : "\x1e",
                                     g->domain, g->body, g->criterion, g->target_on),
                    g_string_free (text, FALSE));
        }
      break;

    case PASSEND_OPP_PART_SUPPORT:
      rows = _passend_opp_sorted (self->supports, part);
      for (guint i = 0; i < rows->len; i++)
        {
          const PassendOppSupport *s = g_ptr_array_index (rows, i);
          const PassendOppGoal *goal = passend_opp_document_find_goal (self, s->goal_id);
          g_autofree char *range = format_range (s->from_on, s->until_on);
          g_autofree char *evaluation = passend_day_format (s->evaluation_on);
          GString *text = g_string_new (s->what);

          if (s->who[0] != '\0')
            g_string_append_printf (text, "\n%s %s", _("Who:"), s->who);
          if (s->frequency[0] != '\0')
            g_string_append_printf (text, "\n%s %s", _("How often:"), s->frequency);
          if (range[0] != '\0')
            g_string_append_printf (text, "\n%s %s", _("Period:"), range);
          if (s->evaluation_on != PASSEND_DAY_NONE)
            g_string_append_printf (text, "\n%s %s", _("Evaluation:"), evaluation);
          g_string_append_printf (text, "\n%s", s->is_extra ? _("Extra support") : _("Basic support"));
          if (goal != NULL)
            g_string_append_printf (text, "\n%s %s", _("For the goal:"), goal->body);
          side_add (side,
                    g_strdup_printf ("%s\x1f%s\x1f%s\x1f%s\x1f%u\x1f%u\x1f%u\x1f%d",
                                     goal != NULL ? goal->body : "\x1e", s->what, s->who,
                                     s->frequency, s->from_on, s->until_on, s->evaluation_on, s->is_extra),
                    g_string_free (text, FALSE));
        }
      break;

    case PASSEND_OPP_PART_CONSULTATION:
      rows = _passend_opp_sorted (self->consultations, part);
      for (guint i = 0; i < rows->len; i++)
        {
          const PassendOppConsultation *c = g_ptr_array_index (rows, i);
          g_autofree char *held = passend_day_format (c->held_on);

          side_add (side,
                    g_strdup_printf ("%u\x1f%s\x1f%s", c->held_on, c->participants, c->summary),
                    g_strdup_printf ("%s\n%s\n%s", held, c->participants, c->summary));
        }
      break;

    case PASSEND_OPP_PART_FIELDS:
    case PASSEND_OPP_PART_TEXT:
    default:
      g_assert_not_reached ();
    }
}

static char *
row_label (PassendOppPart part,
           int            index)
{
  switch (part)
    {
    case PASSEND_OPP_PART_FACTOR:
      return g_strdup_printf (_("Factor %d"), index + 1);
    case PASSEND_OPP_PART_NEED:
      return g_strdup_printf (_("Need %d"), index + 1);
    case PASSEND_OPP_PART_GOAL:
      return g_strdup_printf (_("Goal %d"), index + 1);
    case PASSEND_OPP_PART_SUPPORT:
      return g_strdup_printf (_("Support %d"), index + 1);
    case PASSEND_OPP_PART_CONSULTATION:
      return g_strdup_printf (_("Consultation %d"), index + 1);
    case PASSEND_OPP_PART_FIELDS:
    case PASSEND_OPP_PART_TEXT:
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

/* The rows between two matched pairs: paired in order as changes, the
 * surplus on either side added or removed. */
static void
flush_gap (GPtrArray      *changes,
           PassendOppPart  part,
           Side           *a,
           Side           *b,
           guint           a_from,
           guint           a_to,
           guint           b_from,
           guint           b_to)
{
  while (a_from < a_to || b_from < b_to)
    {
      if (a_from < a_to && b_from < b_to)
        {
          add_change (changes, part, PASSEND_OPP_CHANGE_CHANGED, -1, (int) a_from, (int) b_from,
                      row_label (part, (int) b_from),
                      g_ptr_array_index (a->texts, a_from), g_ptr_array_index (b->texts, b_from));
          a_from++;
          b_from++;
        }
      else if (a_from < a_to)
        {
          add_change (changes, part, PASSEND_OPP_CHANGE_REMOVED, -1, (int) a_from, -1,
                      row_label (part, (int) a_from), g_ptr_array_index (a->texts, a_from), "");
          a_from++;
        }
      else
        {
          add_change (changes, part, PASSEND_OPP_CHANGE_ADDED, -1, -1, (int) b_from,
                      row_label (part, (int) b_from), "", g_ptr_array_index (b->texts, b_from));
          b_from++;
        }
    }
}

static void
diff_rows (GPtrArray                *changes,
           const PassendOppDocument *before,
           const PassendOppDocument *after,
           PassendOppPart            part)
{
  Side a, b;
  guint n, m;
  g_autofree guint *lengths = NULL;
  guint i = 0, j = 0, gap_a = 0, gap_b = 0;

  build_side (&a, before, part);
  build_side (&b, after, part);
  n = a.keys->len;
  m = b.keys->len;

  /* lengths[i * (m + 1) + j]: the longest common subsequence of a[i…]
   * and b[j…]. The tables are small (tens of rows). */
  lengths = g_new0 (guint, (n + 1) * (m + 1));
  for (guint x = n; x-- > 0;)
    for (guint y = m; y-- > 0;)
      {
        if (g_str_equal (g_ptr_array_index (a.keys, x), g_ptr_array_index (b.keys, y)))
          lengths[x * (m + 1) + y] = lengths[(x + 1) * (m + 1) + y + 1] + 1;
        else
          lengths[x * (m + 1) + y] = MAX (lengths[(x + 1) * (m + 1) + y], lengths[x * (m + 1) + y + 1]);
      }

  while (i < n && j < m)
    {
      if (g_str_equal (g_ptr_array_index (a.keys, i), g_ptr_array_index (b.keys, j)))
        {
          flush_gap (changes, part, &a, &b, gap_a, i, gap_b, j);
          i++;
          j++;
          gap_a = i;
          gap_b = j;
        }
      else if (lengths[(i + 1) * (m + 1) + j] >= lengths[i * (m + 1) + j + 1])
        i++;
      else
        j++;
    }
  flush_gap (changes, part, &a, &b, gap_a, n, gap_b, m);

  side_clear (&a);
  side_clear (&b);
}

GPtrArray *
passend_opp_diff (const PassendOppDocument *before,
                  const PassendOppDocument *after)
{
  GPtrArray *changes;

  g_return_val_if_fail (before != NULL, NULL);
  g_return_val_if_fail (after != NULL, NULL);

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_opp_change_free);
  diff_fields (changes, before, after);
  diff_texts (changes, before, after);
  diff_rows (changes, before, after, PASSEND_OPP_PART_FACTOR);
  diff_rows (changes, before, after, PASSEND_OPP_PART_NEED);
  diff_rows (changes, before, after, PASSEND_OPP_PART_GOAL);
  diff_rows (changes, before, after, PASSEND_OPP_PART_SUPPORT);
  diff_rows (changes, before, after, PASSEND_OPP_PART_CONSULTATION);

  return changes;
}
