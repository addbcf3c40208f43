/* passend-database-meetings-close.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-meetings-private.h"

/* Checking a planned meeting, and closing it onto the timeline. The
 * checks load the data and leave the judging to the rules in core, so
 * the rules are tested without a database. */

static gint64
local_midnight (PassendDay day)
{
  g_autoptr(GDateTime) time = NULL;
  int y, m, d;

  passend_day_get_ymd (day, &y, &m, &d);
  time = g_date_time_new_local (y, m, d, 0, 0, 0);
  return time != NULL ? g_date_time_to_unix (time) : 0;
}

/* Appends the bookings of one meeting: chair and minute-taker for the
 * whole meeting, each person invited for an item's slot. The strings
 * point into @keep, which must outlive the bookings. */
static gboolean
add_bookings (PassendDatabase  *self,
              PassendMeeting   *meeting,
              GArray           *bookings,
              GPtrArray        *keep,
              GError          **error)
{
  gint64 id = passend_meeting_get_id (meeting);
  gint64 start = passend_meeting_get_starts_at (meeting);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) invitees = NULL;
  const char *title = passend_meeting_get_title (meeting);
  gint64 people[] = { passend_meeting_get_chair_id (meeting), passend_meeting_get_minute_taker_id (meeting) };
  const char *names[] = { passend_meeting_get_chair_name (meeting), passend_meeting_get_minute_taker_name (meeting) };

  items = _passend_meetings_load_items (self, id, error);
  if (items == NULL)
    return FALSE;
  invitees = _passend_meetings_load_invitees (self, id, error);
  if (invitees == NULL)
    return FALSE;

  g_ptr_array_add (keep, g_object_ref (meeting));
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      PassendMeetingBooking booking = {
        id, 0, 0, people[i], start, passend_meeting_get_ends_at (meeting), names[i], title,
      };

      if (people[i] != 0)
        g_array_append_val (bookings, booking);
    }

  for (guint i = 0; i < invitees->len; i++)
    {
      PassendMeetingInvitee *invitee = g_ptr_array_index (invitees, i);
      PassendMeetingBooking booking = { id, passend_meeting_invitee_get_item_id (invitee),
                                        passend_meeting_invitee_get_id (invitee),
                                        passend_meeting_invitee_get_person_id (invitee), 0, 0,
                                        passend_meeting_invitee_get_display_name (invitee), title };

      if (booking.person_id == 0)
        continue;
      for (guint j = 0; j < items->len; j++)
        {
          PassendMeetingItem *item = g_ptr_array_index (items, j);

          if (passend_meeting_item_get_id (item) != booking.item_id)
            continue;
          booking.start = start + 60 * (gint64) passend_meeting_item_get_slot_offset_minutes (item);
          booking.end = booking.start + 60 * (gint64) passend_meeting_item_get_duration_minutes (item);
        }
      g_ptr_array_add (keep, g_object_ref (invitee));
      g_array_append_val (bookings, booking);
    }

  return TRUE;
}

static gboolean
find_double_bookings (PassendDatabase  *self,
                      PassendMeeting   *meeting,
                      GPtrArray        *problems,
                      GError          **error)
{
  g_autoptr(GArray) bookings = g_array_new (FALSE, FALSE, sizeof (PassendMeetingBooking));
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) same_day = NULL;
  gint64 from = local_midnight (passend_meeting_get_day (meeting));
  gint64 to = local_midnight (passend_day_add_days (passend_meeting_get_day (meeting), 1));

  if (!add_bookings (self, meeting, bookings, keep, error))
    return FALSE;

  same_day = passend_database_list_meetings (self, from, to, error);
  if (same_day == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (same_day); i++)
    {
      g_autoptr(PassendMeeting) other = g_list_model_get_item (same_day, i);

      if (passend_meeting_get_id (other) == passend_meeting_get_id (meeting) ||
          passend_meeting_get_state (other) != PASSEND_MEETING_STATE_PLANNED)
        continue;
      if (!add_bookings (self, other, bookings, keep, error))
        return FALSE;
    }

  passend_meeting_find_double_bookings (passend_meeting_get_id (meeting),
                                        (const PassendMeetingBooking *) bookings->data, bookings->len, problems);
  return TRUE;
}

GPtrArray *
passend_database_check_meeting (PassendDatabase  *self,
                                gint64            meeting_id,
                                GError          **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_meeting_problem_free);
  g_autoptr(PassendMeeting) meeting = NULL;
  g_autoptr(PassendMeetingKind) kind = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) invitees = NULL;
  g_autoptr(GHashTable) covered = NULL;
  g_autoptr(GArray) consenting = g_array_new (FALSE, FALSE, sizeof (gint64));
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  meeting = passend_database_get_meeting (self, meeting_id, error);
  if (meeting == NULL)
    return NULL;
  /* A closed or cancelled meeting is history: nothing left to fix. */
  if (passend_meeting_get_state (meeting) != PASSEND_MEETING_STATE_PLANNED)
    return g_steal_pointer (&problems);

  kind = passend_database_get_meeting_kind (self, passend_meeting_get_kind_id (meeting), error);
  if (kind == NULL)
    return NULL;
  items = _passend_meetings_load_items (self, meeting_id, error);
  if (items == NULL)
    return NULL;
  invitees = _passend_meetings_load_invitees (self, meeting_id, error);
  if (invitees == NULL)
    return NULL;
  covered = _passend_database_discussion_covered (self, passend_meeting_get_day (meeting), error);
  if (covered == NULL)
    return NULL;

  g_hash_table_iter_init (&iter, covered);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (consenting, *(gint64 *) key);

  passend_meeting_find_missing_roles (kind, items, invitees, problems);
  passend_meeting_find_consent_problems (items, invitees, (const gint64 *) consenting->data, consenting->len,
                                         problems);
  if (!find_double_bookings (self, meeting, problems, error))
    return NULL;

  return g_steal_pointer (&problems);
}

/* Closing */

typedef struct
{
  PassendMeeting *meeting;
  GPtrArray      *items;
} CloseData;

static gboolean
record_item (PassendDatabase     *self,
             PassendMeeting      *meeting,
             PassendMeetingItem  *item,
             GError             **error)
{
  g_autoptr(PassendTimelineEntry) entry = passend_timeline_entry_new ();
  g_autoptr(GListModel) decision_model = NULL;
  g_autoptr(GListModel) action_model = NULL;
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(PassendStatement) link = NULL;
  g_autofree char *title = passend_meeting_dup_record_title (meeting);
  g_autofree char *body = NULL;
  gint64 item_id = passend_meeting_item_get_id (item);
  gint64 entry_id = 0;

  decision_model = passend_database_list_meeting_decisions (self, item_id, error);
  if (decision_model == NULL)
    return FALSE;
  action_model = passend_database_list_meeting_actions (self, item_id, error);
  if (action_model == NULL)
    return FALSE;
  decisions = _passend_meetings_model_to_array (decision_model);
  actions = _passend_meetings_model_to_array (action_model);

  /* Only what was typed into this meeting's minutes: nothing is pulled
   * in from other entries, so meldcode content cannot leak into it. */
  body = passend_meeting_format_item_record (item, decisions, actions);

  passend_timeline_entry_set_student_id (entry, passend_meeting_item_get_student_id (item));
  passend_timeline_entry_set_kind (entry, PASSEND_ENTRY_KIND_MEETING);
  passend_timeline_entry_set_occurred_at (entry, passend_meeting_get_starts_at (meeting));
  passend_timeline_entry_set_author (entry, passend_database_get_actor (self));
  passend_timeline_entry_set_title (entry, title);
  passend_timeline_entry_set_body (entry, body);
  passend_timeline_entry_set_confidentiality (entry, PASSEND_CONFIDENTIALITY_CARE);
  passend_timeline_entry_set_is_fact (entry, TRUE);

  if (!_passend_database_insert_entry (self, entry, &entry_id, error))
    return FALSE;

  link = _passend_database_prepare (self, "UPDATE timeline_entry SET meeting_item_id = ?1 WHERE id = ?2", error);
  if (link == NULL)
    return FALSE;
  sqlite3_bind_int64 (link, 1, item_id);
  sqlite3_bind_int64 (link, 2, entry_id);

  return _passend_meetings_step_audit (self, link, "create", "timeline-entry", entry_id, error);
}

static gboolean
write_close (PassendDatabase  *self,
             gpointer          data,
             GError          **error)
{
  CloseData *close = data;
  g_autoptr(PassendStatement) statement = NULL;
  gint64 id = passend_meeting_get_id (close->meeting);
  gint64 now = _passend_database_now ();

  for (guint i = 0; i < close->items->len; i++)
    if (!record_item (self, close->meeting, g_ptr_array_index (close->items, i), error))
      return FALSE;

  statement = _passend_database_prepare (self,
                                         "UPDATE meeting SET state = 'closed', closed_at = ?2, updated_at = ?2"
                                         " WHERE id = ?1 AND state = 'planned'",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, id);
  sqlite3_bind_int64 (statement, 2, now);
  if (!_passend_database_step_done (self, statement, error))
    return FALSE;
  /* Another connection closed it between our read and this write. */
  if (sqlite3_changes (_passend_database_get_handle (self)) != 1)
    return _passend_database_invalid (error, _("This meeting is closed: its minutes are on the record and no longer change."));

  passend_meeting_set_closed_at (close->meeting, now);
  return _passend_database_audit (self, "update", "meeting", id, error);
}

gboolean
passend_database_close_meeting (PassendDatabase  *self,
                                gint64            meeting_id,
                                GError          **error)
{
  g_autoptr(PassendMeeting) meeting = NULL;
  g_autoptr(GPtrArray) items = NULL;
  CloseData close;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  meeting = _passend_meetings_get_planned (self, meeting_id, error);
  if (meeting == NULL)
    return FALSE;
  items = _passend_meetings_load_items (self, meeting_id, error);
  if (items == NULL)
    return FALSE;
  if (items->len == 0)
    return _passend_database_invalid (error, _("There are no students on the agenda, so there is nothing to record. "
                                               "Cancel the meeting instead."));

  close.meeting = meeting;
  close.items = items;
  if (!_passend_meetings_write (self, write_close, &close, "meeting", meeting_id, 0, error))
    return FALSE;

  g_debug ("Meeting %" G_GINT64_FORMAT " closed with %u timeline entries", meeting_id, items->len);
  _passend_database_changed (self, "timeline-entry", 0);
  return TRUE;
}

gint64
passend_database_get_meeting_item_entry_id (PassendDatabase  *self,
                                            gint64            item_id,
                                            GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  statement = _passend_database_prepare (self,
                                         "SELECT id FROM timeline_entry WHERE meeting_item_id = ?1 ORDER BY id LIMIT 1",
                                         error);
  if (statement == NULL)
    return 0;

  sqlite3_bind_int64 (statement, 1, item_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (statement, 0);
  if (rc != SQLITE_DONE)
    _passend_database_fail (self, rc, NULL, error);
  return 0;
}
