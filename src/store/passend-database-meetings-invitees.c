/* passend-database-meetings-invitees.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-meetings-private.h"
#include "passend-text.h"

/* Who is invited to each agenda item. Internal staff may discuss a
 * student without consent; once someone from outside the school is at
 * the table the student's consent for discussion-external must hold
 * (DOMAIN.md §0, §6), so such an invitee is refused without it. */

#define INVITEE_SELECT \
  "SELECT v.id, v.item_id, v.role, v.person_id, v.organisation_id, v.guardian_id, v.is_student," \
  " p.given_name, p.tussenvoegsel, p.family_name, p.internal, p.email, po.name," \
  " o.name, o.email," \
  " g.voorletters, g.tussenvoegsel, g.achternaam, g.email," \
  " s.roepnaam, s.tussenvoegsel, s.achternaam, i.position" \
  " FROM meeting_invitee AS v" \
  " JOIN meeting_item AS i ON i.id = v.item_id" \
  " JOIN student AS s ON s.id = i.student_id" \
  " LEFT JOIN person AS p ON p.id = v.person_id" \
  " LEFT JOIN organisation AS po ON po.id = p.organisation_id" \
  " LEFT JOIN organisation AS o ON o.id = v.organisation_id" \
  " LEFT JOIN guardian AS g ON g.id = v.guardian_id"

typedef struct
{
  PassendMeetingInvitee *invitee;
  guint                  position;
} SortedInvitee;

static PassendMeetingInvitee *
invitee_from_row (PassendStatement *statement,
                  guint            *position)
{
  PassendMeetingRole role = PASSEND_MEETING_ROLE_OTHER;
  PassendMeetingInvitee *invitee;
  g_autofree char *name = NULL;

  passend_meeting_role_from_code (_passend_column_text (statement, 2), &role);
  invitee = passend_meeting_invitee_new (sqlite3_column_int64 (statement, 1), role);
  passend_meeting_invitee_set_id (invitee, sqlite3_column_int64 (statement, 0));

  if (sqlite3_column_int64 (statement, 3) != 0)
    {
      passend_meeting_invitee_set_person_id (invitee, sqlite3_column_int64 (statement, 3));
      name = passend_text_join_name (_passend_column_text (statement, 7), _passend_column_text (statement, 8),
                                     _passend_column_text (statement, 9));
      passend_meeting_invitee_set_is_external (invitee, sqlite3_column_int (statement, 10) == 0);
      passend_meeting_invitee_set_email (invitee, _passend_column_text (statement, 11));
      passend_meeting_invitee_set_organisation_name (invitee, _passend_column_text (statement, 12));
    }
  else if (sqlite3_column_int64 (statement, 4) != 0)
    {
      passend_meeting_invitee_set_organisation_id (invitee, sqlite3_column_int64 (statement, 4));
      name = g_strdup (_passend_column_text (statement, 13));
      passend_meeting_invitee_set_is_external (invitee, TRUE);
      passend_meeting_invitee_set_email (invitee, _passend_column_text (statement, 14));
    }
  else if (sqlite3_column_int64 (statement, 5) != 0)
    {
      passend_meeting_invitee_set_guardian_id (invitee, sqlite3_column_int64 (statement, 5));
      name = passend_text_join_name (_passend_column_text (statement, 15), _passend_column_text (statement, 16),
                                     _passend_column_text (statement, 17));
      passend_meeting_invitee_set_email (invitee, _passend_column_text (statement, 18));
    }
  else
    {
      passend_meeting_invitee_set_is_student (invitee, TRUE);
      name = passend_text_join_name (_passend_column_text (statement, 19), _passend_column_text (statement, 20),
                                     _passend_column_text (statement, 21));
    }

  passend_meeting_invitee_set_display_name (invitee, name);
  *position = (guint) sqlite3_column_int (statement, 22);
  return invitee;
}

static int
compare_invitees (gconstpointer a,
                  gconstpointer b)
{
  const SortedInvitee *x = a;
  const SortedInvitee *y = b;
  int by_role;

  if (x->position != y->position)
    return x->position < y->position ? -1 : 1;
  by_role = (int) passend_meeting_invitee_get_role (x->invitee) - (int) passend_meeting_invitee_get_role (y->invitee);
  if (by_role != 0)
    return by_role;

  return g_utf8_collate (passend_meeting_invitee_get_display_name (x->invitee),
                         passend_meeting_invitee_get_display_name (y->invitee));
}

/* Runs @statement (INVITEE_SELECT, bound) into a sorted, owning array. */
static GPtrArray *
collect_invitees (PassendDatabase   *self,
                  PassendStatement  *statement,
                  GError           **error)
{
  g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (SortedInvitee));
  GPtrArray *invitees;
  int rc;

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      SortedInvitee entry;

      entry.invitee = invitee_from_row (statement, &entry.position);
      g_array_append_val (sorted, entry);
    }

  invitees = g_ptr_array_new_full (sorted->len, g_object_unref);
  if (rc == SQLITE_DONE)
    g_array_sort (sorted, compare_invitees);
  for (guint i = 0; i < sorted->len; i++)
    g_ptr_array_add (invitees, g_array_index (sorted, SortedInvitee, i).invitee);

  if (rc != SQLITE_DONE)
    {
      g_ptr_array_unref (invitees);
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return invitees;
}

GPtrArray *
_passend_meetings_load_invitees (PassendDatabase  *self,
                                 gint64            meeting_id,
                                 GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self, INVITEE_SELECT " WHERE i.meeting_id = ?1", error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, meeting_id);
  return collect_invitees (self, statement, error);
}

static GListModel *
to_model (GPtrArray *invitees)
{
  GListStore *store = g_list_store_new (PASSEND_TYPE_MEETING_INVITEE);

  g_list_store_splice (store, 0, 0, invitees->pdata, invitees->len);
  return G_LIST_MODEL (store);
}

GListModel *
passend_database_list_meeting_invitees (PassendDatabase  *self,
                                        gint64            item_id,
                                        GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GPtrArray) invitees = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self, INVITEE_SELECT " WHERE v.item_id = ?1", error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, item_id);
  invitees = collect_invitees (self, statement, error);
  return invitees != NULL ? to_model (invitees) : NULL;
}

GListModel *
passend_database_list_meeting_attendees (PassendDatabase  *self,
                                         gint64            meeting_id,
                                         GError          **error)
{
  g_autoptr(GPtrArray) invitees = NULL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  invitees = _passend_meetings_load_invitees (self, meeting_id, error);
  return invitees != NULL ? to_model (invitees) : NULL;
}

gboolean
_passend_meetings_insert_invitee (PassendDatabase     *self,
                                  gint64               item_id,
                                  PassendMeetingRole   role,
                                  gint64               person_id,
                                  gint64               organisation_id,
                                  gint64               guardian_id,
                                  gboolean             is_student,
                                  gint64              *id,
                                  GError             **error)
{
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self,
                                         "INSERT INTO meeting_invitee (item_id, role, person_id, organisation_id,"
                                         " guardian_id, is_student) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, item_id);
  sqlite3_bind_text (statement, 2, passend_meeting_role_to_code (role), -1, SQLITE_STATIC);
  _passend_bind_id (statement, 3, person_id);
  _passend_bind_id (statement, 4, organisation_id);
  _passend_bind_id (statement, 5, guardian_id);
  sqlite3_bind_int (statement, 6, is_student ? 1 : 0);
  if (!_passend_database_step_done (self, statement, error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (_passend_database_get_handle (self));
  return _passend_database_audit (self, "create", "meeting-invitee", *id, error);
}

/* Whether the one attendee @invitee names exists (a guardian must be
 * the item's student's) and is external; FALSE with an error if not. */
static gboolean
check_attendee (PassendDatabase        *self,
                PassendMeetingInvitee  *invitee,
                gint64                  student_id,
                gboolean               *external,
                GError                **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  gint64 person_id = passend_meeting_invitee_get_person_id (invitee);
  gint64 organisation_id = passend_meeting_invitee_get_organisation_id (invitee);
  gint64 guardian_id = passend_meeting_invitee_get_guardian_id (invitee);
  int n = (person_id != 0) + (organisation_id != 0) + (guardian_id != 0) +
          (passend_meeting_invitee_get_is_student (invitee) ? 1 : 0);
  int rc;

  *external = FALSE;
  if (n != 1)
    return _passend_database_invalid (error, _("Invite a person, an organisation, a parent or the student."));
  if (passend_meeting_invitee_get_is_student (invitee))
    return TRUE;

  if (person_id != 0)
    statement = _passend_database_prepare (self, "SELECT internal = 0 FROM person WHERE id = ?1", error);
  else if (organisation_id != 0)
    statement = _passend_database_prepare (self, "SELECT 1 FROM organisation WHERE id = ?1", error);
  else
    statement = _passend_database_prepare (self, "SELECT 0 FROM guardian WHERE id = ?1 AND student_id = ?2", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, person_id + organisation_id + guardian_id);
  if (guardian_id != 0)
    sqlite3_bind_int64 (statement, 2, student_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    {
      *external = sqlite3_column_int (statement, 0) != 0;
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  if (guardian_id != 0)
    return _passend_database_invalid (error, _("This parent or guardian is not one of the student’s."));
  g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                       person_id != 0 ? _("This person is not in Partners.")
                                      : _("This organisation is not in Partners."));
  return FALSE;
}

static gboolean
already_invited (PassendDatabase        *self,
                 PassendMeetingInvitee  *invitee,
                 gboolean               *invited,
                 GError                **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self,
                                         "SELECT 1 FROM meeting_invitee WHERE item_id = ?1"
                                         " AND (person_id = ?2 OR organisation_id = ?3 OR guardian_id = ?4"
                                         "      OR (is_student = 1 AND ?5 = 1))",
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, passend_meeting_invitee_get_item_id (invitee));
  _passend_bind_id (statement, 2, passend_meeting_invitee_get_person_id (invitee));
  _passend_bind_id (statement, 3, passend_meeting_invitee_get_organisation_id (invitee));
  _passend_bind_id (statement, 4, passend_meeting_invitee_get_guardian_id (invitee));
  sqlite3_bind_int (statement, 5, passend_meeting_invitee_get_is_student (invitee) ? 1 : 0);
  rc = sqlite3_step (statement);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  *invited = rc == SQLITE_ROW;
  return TRUE;
}

typedef struct
{
  PassendMeetingInvitee *invitee;
  gint64                 meeting_id;
  gint64                 id;
} InviteeWrite;

static gboolean
write_invitee (PassendDatabase  *self,
               gpointer          data,
               GError          **error)
{
  InviteeWrite *write = data;
  PassendMeetingInvitee *invitee = write->invitee;

  return _passend_meetings_insert_invitee (self, passend_meeting_invitee_get_item_id (invitee),
                                           passend_meeting_invitee_get_role (invitee),
                                           passend_meeting_invitee_get_person_id (invitee),
                                           passend_meeting_invitee_get_organisation_id (invitee),
                                           passend_meeting_invitee_get_guardian_id (invitee),
                                           passend_meeting_invitee_get_is_student (invitee),
                                           &write->id, error) &&
         _passend_meetings_touch (self, write->meeting_id, TRUE, error);
}

/* Copies the names the store knows onto @invitee. */
static void
fill_names (PassendDatabase        *self,
            PassendMeetingInvitee  *invitee)
{
  g_autoptr(GListModel) model = NULL;
  guint n;

  model = passend_database_list_meeting_invitees (self, passend_meeting_invitee_get_item_id (invitee), NULL);
  n = model != NULL ? g_list_model_get_n_items (model) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PassendMeetingInvitee) stored = g_list_model_get_item (model, i);

      if (passend_meeting_invitee_get_id (stored) != passend_meeting_invitee_get_id (invitee))
        continue;
      passend_meeting_invitee_set_display_name (invitee, passend_meeting_invitee_get_display_name (stored));
      passend_meeting_invitee_set_organisation_name (invitee, passend_meeting_invitee_get_organisation_name (stored));
      passend_meeting_invitee_set_email (invitee, passend_meeting_invitee_get_email (stored));
      passend_meeting_invitee_set_is_external (invitee, passend_meeting_invitee_get_is_external (stored));
    }
}

gboolean
passend_database_add_meeting_invitee (PassendDatabase        *self,
                                      PassendMeetingInvitee  *invitee,
                                      GError                **error)
{
  g_autoptr(PassendMeeting) meeting = NULL;
  InviteeWrite write = { invitee, 0, 0 };
  gint64 student_id = 0;
  gboolean external = FALSE;
  gboolean invited = FALSE;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PASSEND_IS_MEETING_INVITEE (invitee), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (passend_meeting_invitee_get_id (invitee) != 0)
    return _passend_database_invalid (error, _("This invitee is already stored."));
  if (!_passend_meetings_item_owner (self, passend_meeting_invitee_get_item_id (invitee), &write.meeting_id,
                                     &student_id, error))
    return FALSE;
  meeting = _passend_meetings_get_planned (self, write.meeting_id, error);
  if (meeting == NULL || !check_attendee (self, invitee, student_id, &external, error))
    return FALSE;

  if (external)
    {
      gboolean has_consent = FALSE;

      if (!_passend_meetings_has_consent (self, student_id, passend_meeting_get_day (meeting), &has_consent, error))
        return FALSE;
      if (!has_consent)
        {
          g_autofree char *name = _passend_meetings_student_name (self, student_id);

          g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NO_CONSENT,
                       /* TRANSLATORS: a student's name. */
                       _("There is no valid consent to discuss %s with people from outside the school on the day "
                         "of this meeting. Record the consent first."),
                       name);
          return FALSE;
        }
    }

  if (!already_invited (self, invitee, &invited, error))
    return FALSE;
  if (invited)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT,
                           _("This invitee is already invited for this student."));
      return FALSE;
    }

  if (!_passend_meetings_write (self, write_invitee, &write, "meeting", write.meeting_id, 0, error))
    return FALSE;

  passend_meeting_invitee_set_id (invitee, write.id);
  fill_names (self, invitee);
  return TRUE;
}

typedef struct
{
  gint64 invitee_id;
  gint64 meeting_id;
} RemoveWrite;

static gboolean
write_remove (PassendDatabase  *self,
              gpointer          data,
              GError          **error)
{
  RemoveWrite *write = data;
  g_autoptr(PassendStatement) statement = NULL;

  statement = _passend_database_prepare (self, "DELETE FROM meeting_invitee WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, write->invitee_id);
  return _passend_meetings_step_audit (self, statement, "delete", "meeting-invitee", write->invitee_id, error) &&
         _passend_meetings_touch (self, write->meeting_id, TRUE, error);
}

gboolean
passend_database_remove_meeting_invitee (PassendDatabase  *self,
                                         gint64            invitee_id,
                                         GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(PassendMeeting) meeting = NULL;
  RemoveWrite write = { invitee_id, 0 };

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  statement = _passend_database_prepare (self,
                                         "SELECT i.meeting_id FROM meeting_invitee AS v"
                                         " JOIN meeting_item AS i ON i.id = v.item_id WHERE v.id = ?1",
                                         error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, invitee_id);
  if (sqlite3_step (statement) != SQLITE_ROW)
    {
      g_set_error_literal (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                           _("This invitee does not exist."));
      return FALSE;
    }
  write.meeting_id = sqlite3_column_int64 (statement, 0);
  sqlite3_reset (statement);

  meeting = _passend_meetings_get_planned (self, write.meeting_id, error);
  if (meeting == NULL)
    return FALSE;

  return _passend_meetings_write (self, write_remove, &write, "meeting", write.meeting_id, 0, error);
}
