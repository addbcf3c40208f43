/* passend-meeting-rules.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-meeting-rules.h"

void
passend_meeting_slots (const guint *durations_minutes,
                       gsize        n_items,
                       guint       *start_offsets_minutes)
{
  guint offset = 0;

  g_return_if_fail (n_items == 0 || durations_minutes != NULL);
  g_return_if_fail (n_items == 0 || start_offsets_minutes != NULL);

  for (gsize i = 0; i < n_items; i++)
    {
      /* Read before writing: the arrays may be the same one. */
      guint duration = durations_minutes[i];

      start_offsets_minutes[i] = offset;
      offset += duration;
    }
}

G_DEFINE_BOXED_TYPE (PassendMeetingProblem, passend_meeting_problem,
                     passend_meeting_problem_copy, passend_meeting_problem_free)

PassendMeetingProblem *
passend_meeting_problem_new (PassendMeetingProblemKind  kind,
                             const char                *message)
{
  PassendMeetingProblem *problem = g_new0 (PassendMeetingProblem, 1);

  problem->kind = kind;
  problem->message = g_strdup (message != NULL ? message : "");
  return problem;
}

PassendMeetingProblem *
passend_meeting_problem_copy (const PassendMeetingProblem *problem)
{
  PassendMeetingProblem *copy;

  g_return_val_if_fail (problem != NULL, NULL);

  copy = g_memdup2 (problem, sizeof *problem);
  copy->message = g_strdup (problem->message);
  return copy;
}

void
passend_meeting_problem_free (PassendMeetingProblem *problem)
{
  if (problem == NULL)
    return;

  g_free (problem->message);
  g_free (problem);
}

static PassendMeetingItem *
find_item (GPtrArray *items,
           gint64     item_id)
{
  for (guint i = 0; i < items->len; i++)
    if (passend_meeting_item_get_id (g_ptr_array_index (items, i)) == item_id)
      return g_ptr_array_index (items, i);

  return NULL;
}

void
passend_meeting_find_missing_roles (PassendMeetingKind *kind,
                                    GPtrArray          *items,
                                    GPtrArray          *invitees,
                                    GPtrArray          *problems)
{
  PassendMeetingRole required[PASSEND_MEETING_N_ROLES];
  guint n_required;

  g_return_if_fail (PASSEND_IS_MEETING_KIND (kind));
  g_return_if_fail (items != NULL && invitees != NULL && problems != NULL);

  n_required = passend_meeting_kind_get_roles (kind, TRUE, required);
  for (guint i = 0; i < items->len; i++)
    {
      PassendMeetingItem *item = g_ptr_array_index (items, i);
      gint64 item_id = passend_meeting_item_get_id (item);
      gboolean present[PASSEND_MEETING_N_ROLES] = { FALSE, };

      for (guint j = 0; j < invitees->len; j++)
        {
          PassendMeetingInvitee *invitee = g_ptr_array_index (invitees, j);

          if (passend_meeting_invitee_get_item_id (invitee) == item_id)
            present[passend_meeting_invitee_get_role (invitee)] = TRUE;
        }

      for (guint r = 0; r < n_required; r++)
        {
          g_autofree char *message = NULL;
          PassendMeetingProblem *problem;

          if (present[required[r]])
            continue;

          /* TRANSLATORS: a role, then a student's name: “Nobody is invited as “Mentor” for Jan de Vries.” */
          message = g_strdup_printf (_("Nobody is invited as “%s” for %s."),
                                     passend_meeting_role_get_label (required[r]),
                                     passend_meeting_item_get_student_name (item));
          problem = passend_meeting_problem_new (PASSEND_MEETING_PROBLEM_MISSING_ROLE, message);
          problem->item_id = item_id;
          problem->role = required[r];
          g_ptr_array_add (problems, problem);
        }
    }
}

static gboolean
contains_id (const gint64 *ids,
             gsize         n_ids,
             gint64        id)
{
  for (gsize i = 0; i < n_ids; i++)
    if (ids[i] == id)
      return TRUE;

  return FALSE;
}

void
passend_meeting_find_consent_problems (GPtrArray    *items,
                                       GPtrArray    *invitees,
                                       const gint64 *consenting_student_ids,
                                       gsize         n_consenting,
                                       GPtrArray    *problems)
{
  g_return_if_fail (items != NULL && invitees != NULL && problems != NULL);
  g_return_if_fail (n_consenting == 0 || consenting_student_ids != NULL);

  for (guint i = 0; i < invitees->len; i++)
    {
      PassendMeetingInvitee *invitee = g_ptr_array_index (invitees, i);
      PassendMeetingItem *item;
      g_autofree char *message = NULL;
      PassendMeetingProblem *problem;

      if (!passend_meeting_invitee_get_is_external (invitee))
        continue;

      item = find_item (items, passend_meeting_invitee_get_item_id (invitee));
      if (item == NULL ||
          contains_id (consenting_student_ids, n_consenting, passend_meeting_item_get_student_id (item)))
        continue;

      /* TRANSLATORS: an organisation or person, then a student's name. */
      message = g_strdup_printf (_("%s is invited for %s, but there is no valid consent to discuss this "
                                   "student with external parties."),
                                 passend_meeting_invitee_get_display_name (invitee),
                                 passend_meeting_item_get_student_name (item));
      problem = passend_meeting_problem_new (PASSEND_MEETING_PROBLEM_NO_CONSENT, message);
      problem->item_id = passend_meeting_item_get_id (item);
      problem->role = passend_meeting_invitee_get_role (invitee);
      problem->invitee_id = passend_meeting_invitee_get_id (invitee);
      g_ptr_array_add (problems, problem);
    }
}

static gboolean
bookings_overlap (const PassendMeetingBooking *a,
                  const PassendMeetingBooking *b)
{
  return a->start < a->end && b->start < b->end && a->start < b->end && b->start < a->end;
}

static char *
format_time (gint64 unix_seconds)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (unix_seconds);

  return time != NULL ? g_date_time_format (time, "%H:%M") : g_strdup ("");
}

void
passend_meeting_find_double_bookings (gint64                       meeting_id,
                                      const PassendMeetingBooking *bookings,
                                      gsize                        n_bookings,
                                      GPtrArray                   *problems)
{
  /* (person, other meeting) pairs already reported */
  g_autoptr(GArray) reported = g_array_new (FALSE, FALSE, sizeof (gint64) * 2);

  g_return_if_fail (n_bookings == 0 || bookings != NULL);
  g_return_if_fail (problems != NULL);

  for (gsize i = 0; i < n_bookings; i++)
    {
      const PassendMeetingBooking *mine = &bookings[i];

      if (mine->meeting_id != meeting_id || mine->person_id == 0)
        continue;

      for (gsize j = 0; j < n_bookings; j++)
        {
          const PassendMeetingBooking *other = &bookings[j];
          g_autofree char *time = NULL;
          g_autofree char *message = NULL;
          PassendMeetingProblem *problem;
          gboolean seen = FALSE;

          if (other->meeting_id == meeting_id || other->person_id != mine->person_id ||
              !bookings_overlap (mine, other))
            continue;

          for (guint k = 0; k < reported->len && !seen; k++)
            {
              const gint64 *pair = &g_array_index (reported, gint64, 2 * k);

              seen = pair[0] == mine->person_id && pair[1] == other->meeting_id;
            }
          if (seen)
            continue;
          g_array_append_vals (reported, (gint64[]) { mine->person_id, other->meeting_id }, 1);

          time = format_time (other->start);
          /* TRANSLATORS: a person, the title of another meeting and a
           * time: “A. Jansen is also expected in “IZO” at 14:30.” */
          message = g_strdup_printf (_("%s is also expected in “%s” at %s."),
                                     other->person_name != NULL ? other->person_name : "",
                                     other->meeting_title != NULL ? other->meeting_title : "",
                                     time);
          problem = passend_meeting_problem_new (PASSEND_MEETING_PROBLEM_DOUBLE_BOOKED, message);
          problem->item_id = mine->item_id;
          problem->invitee_id = mine->invitee_id;
          problem->person_id = mine->person_id;
          problem->other_meeting_id = other->meeting_id;
          g_ptr_array_add (problems, problem);
        }
    }
}

gboolean
passend_meeting_change_is_visible (PassendMeeting *before,
                                   PassendMeeting *after)
{
  g_return_val_if_fail (PASSEND_IS_MEETING (before), FALSE);
  g_return_val_if_fail (PASSEND_IS_MEETING (after), FALSE);

  return passend_meeting_get_starts_at (before) != passend_meeting_get_starts_at (after) ||
         g_strcmp0 (passend_meeting_get_title (before), passend_meeting_get_title (after)) != 0 ||
         g_strcmp0 (passend_meeting_get_place (before), passend_meeting_get_place (after)) != 0 ||
         g_strcmp0 (passend_meeting_get_online_link (before), passend_meeting_get_online_link (after)) != 0;
}

static gboolean
has_text (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

/* A heading and its text, with a blank line before every section but
 * the first. */
static void
append_section (GString    *out,
                const char *heading,
                const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  if (out->len > 0)
    g_string_append (out, "\n\n");
  g_string_append_printf (out, "%s\n%s", heading, trimmed);
}

static void
append_decisions (GString   *out,
                  GPtrArray *decisions)
{
  if (out->len > 0)
    g_string_append (out, "\n\n");
  g_string_append (out, "Besluiten");

  for (guint i = 0; i < decisions->len; i++)
    {
      PassendMeetingDecision *decision = g_ptr_array_index (decisions, i);
      g_autofree char *body = g_strstrip (g_strdup (passend_meeting_decision_get_body (decision)));
      const char *rationale = passend_meeting_decision_get_rationale (decision);

      g_string_append_printf (out, "\n%u. ", i + 1);
      if (passend_meeting_decision_get_no_action (decision))
        g_string_append (out, "Besloten niet te verwijzen of op te schalen: ");
      g_string_append (out, body);
      if (has_text (rationale))
        {
          g_autofree char *trimmed = g_strstrip (g_strdup (rationale));

          g_string_append_printf (out, "\n   Onderbouwing: %s", trimmed);
        }
    }
}

static void
append_actions (GString   *out,
                GPtrArray *actions)
{
  if (out->len > 0)
    g_string_append (out, "\n\n");
  g_string_append (out, "Afspraken");

  for (guint i = 0; i < actions->len; i++)
    {
      PassendMeetingAction *action = g_ptr_array_index (actions, i);
      g_autofree char *what = g_strstrip (g_strdup (passend_meeting_action_get_what (action)));
      const char *owner = passend_meeting_action_get_owner_display_name (action);
      PassendDay due = passend_meeting_action_get_due_on (action);
      PassendDay done = passend_meeting_action_get_done_on (action);

      if (!has_text (owner))
        owner = passend_meeting_action_get_owner_name (action);

      g_string_append_printf (out, "\n- %s", what);
      if (has_text (owner))
        g_string_append_printf (out, " — %s", owner);
      if (due != PASSEND_DAY_NONE)
        {
          g_autofree char *day = passend_day_format_dutch (due);

          g_string_append_printf (out, ", uiterlijk %s", day);
        }
      if (done != PASSEND_DAY_NONE)
        {
          g_autofree char *day = passend_day_format_dutch (done);

          g_string_append_printf (out, " (gedaan %s)", day);
        }
    }
}

/* Dutch literals, not translated: the timeline is the record, in Dutch
 * whatever the UI language, like the chronology printed from it. */
char *
passend_meeting_format_item_record (PassendMeetingItem *item,
                                    GPtrArray          *decisions,
                                    GPtrArray          *actions)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (PASSEND_IS_MEETING_ITEM (item), NULL);

  if (has_text (passend_meeting_item_get_question (item)))
    append_section (out, "Hulpvraag", passend_meeting_item_get_question (item));
  if (has_text (passend_meeting_item_get_minutes (item)))
    append_section (out, "Verslag", passend_meeting_item_get_minutes (item));
  if (decisions != NULL && decisions->len > 0)
    append_decisions (out, decisions);
  if (actions != NULL && actions->len > 0)
    append_actions (out, actions);
  if (out->len == 0)
    g_string_append (out, "Besproken; geen verslag vastgelegd.");

  return g_string_free (out, FALSE);
}
