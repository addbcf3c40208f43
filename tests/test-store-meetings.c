/* test-store-meetings.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "passend-database-meetings.h"
#include "passend-database-private.h"

typedef struct
{
  char            *dir;
  char            *path;
  PassendDatabase *database;
  PassendDay       today;
  gint64           flex_zat;
} Fixture;

/* Anna (1) has a mentor, two guardians with gezag and one without, and
 * consent to discuss her with externals; Jan (2) has none of that. */
static const char school_sql[] =
  "INSERT INTO organisation (id, name, kind) VALUES"
  " (1, 'Sociaal team Noord', 'sociaal-team'), (2, 'SWV VO Regio', 'samenwerkingsverband'),"
  " (3, 'GGD Hollands Midden', 'ggd'), (4, 'GGD oud', 'ggd');"
  "UPDATE organisation SET archived = 1 WHERE id = 4;"
  "INSERT INTO person (id, given_name, family_name, role, internal, organisation_id) VALUES"
  " (1, 'Mila', 'Vos', 'mentor', 1, NULL), (2, 'Sanne', 'Smit', 'oco', 1, NULL),"
  " (3, 'Karim', 'Haddou', 'jeugdconsulent', 0, 1), (4, 'Petra', 'Kok', 'mentor', 1, NULL);"
  "INSERT INTO student (id, lvs_number, roepnaam, tussenvoegsel, achternaam, class_name, mentor_id) VALUES"
  " (1, '1001', 'Anna', '', 'Bakker', '2B', 1),"
  " (2, '1002', 'Jan', 'de', 'Vries', '2B', NULL),"
  " (3, '1003', 'Piet', '', 'Smit', '3A', 4),"
  " (4, '1004', 'Sara', '', 'Jansen', '3A', 4);"
  "INSERT INTO guardian (id, student_id, voorletters, achternaam, has_authority) VALUES"
  " (1, 1, 'P.', 'Bakker', 1), (2, 1, 'M.', 'Bakker-Jong', 1), (3, 1, 'K.', 'Jong', 0),"
  " (4, 2, 'E.', 'de Vries', 1);"
  "INSERT INTO consent (id, student_id, purpose, form, given_on, created_at, updated_at) VALUES"
  " (1, 1, 'discussion-external', 'signed-document', '2026-01-05', 0, 0);"
  "INSERT INTO consent_giver (consent_id, guardian_id) VALUES (1, 1);";

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) kinds = NULL;
  char *message = NULL;

  fixture->dir = g_dir_make_tmp ("passend-meetings-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "passend.db", NULL);
  fixture->database = passend_database_open (fixture->path, &error);
  g_assert_no_error (error);
  passend_database_set_actor (fixture->database, "S. Smit");
  fixture->today = passend_day_today ();

  sqlite3_exec (_passend_database_get_handle (fixture->database), school_sql, NULL, NULL, &message);
  g_assert_null (message);

  kinds = passend_database_list_meeting_kinds (fixture->database, FALSE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    {
      g_autoptr(PassendMeetingKind) kind = g_list_model_get_item (kinds, i);

      if (g_str_equal (passend_meeting_kind_get_code (kind), "flex-zat"))
        fixture->flex_zat = passend_meeting_kind_get_id (kind);
    }
  g_assert_cmpint (fixture->flex_zat, !=, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);

  g_clear_object (&fixture->database);
  g_remove (wal);
  g_remove (shm);
  g_remove (fixture->path);
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static gint64
query_int (Fixture    *fixture,
           const char *sql)
{
  sqlite3_stmt *statement = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (_passend_database_get_handle (fixture->database), sql, -1, &statement, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  return value;
}

static void
exec (Fixture    *fixture,
      const char *sql)
{
  char *message = NULL;

  sqlite3_exec (_passend_database_get_handle (fixture->database), sql, NULL, NULL, &message);
  g_assert_null (message);
}

/* Unix seconds of @hour:@minute local, @days from today. */
static gint64
at (Fixture *fixture,
    int      days,
    int      hour,
    int      minute)
{
  PassendDay day = passend_day_add_days (fixture->today, days);
  g_autoptr(GDateTime) time = NULL;
  int y, m, d;

  passend_day_get_ymd (day, &y, &m, &d);
  time = g_date_time_new_local (y, m, d, hour, minute, 0);
  return g_date_time_to_unix (time);
}

static PassendMeeting *
add_meeting (Fixture *fixture,
             gint64   starts_at)
{
  g_autoptr(GError) error = NULL;
  PassendMeeting *meeting = passend_meeting_new (fixture->flex_zat, starts_at);

  passend_meeting_set_chair_id (meeting, 2);
  g_assert_true (passend_database_add_meeting (fixture->database, meeting, &error));
  g_assert_no_error (error);
  return meeting;
}

static GPtrArray *
items_of (Fixture *fixture,
          gint64   meeting_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = passend_database_list_meeting_items (fixture->database, meeting_id, &error);
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  return items;
}

static guint
sequence_of (Fixture *fixture,
             gint64   meeting_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendMeeting) meeting = passend_database_get_meeting (fixture->database, meeting_id, &error);

  g_assert_no_error (error);
  return passend_meeting_get_sequence (meeting);
}

static void
test_kinds (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendMeetingKind) own = passend_meeting_kind_new ();
  g_autoptr(PassendMeetingKind) flex = NULL;
  g_autoptr(GListModel) active = NULL;
  g_autoptr(GListModel) all = NULL;

  active = passend_database_list_meeting_kinds (fixture->database, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (active), ==, 6);

  passend_meeting_kind_set_name (own, "Rapportvergadering");
  passend_meeting_kind_set_default_item_minutes (own, 5);
  passend_meeting_kind_set_invitation (own, PASSEND_MEETING_ROLE_MENTOR, PASSEND_MEETING_INVITATION_REQUIRED);
  g_assert_true (passend_database_add_meeting_kind (fixture->database, own, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (passend_meeting_kind_get_code (own), ==, "rapportvergadering");
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM meeting_kind_role WHERE kind_id ="
                                       " (SELECT id FROM meeting_kind WHERE code = 'rapportvergadering')"), ==, 1);

  /* An own kind has no defaults to go back to. */
  g_assert_false (passend_database_restore_meeting_kind (fixture->database, passend_meeting_kind_get_id (own), &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (passend_database_archive_meeting_kind (fixture->database, passend_meeting_kind_get_id (own), TRUE,
                                                        &error));
  g_clear_object (&active);
  active = passend_database_list_meeting_kinds (fixture->database, FALSE, &error);
  all = passend_database_list_meeting_kinds (fixture->database, TRUE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (active), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 7);

  /* Edit the Flex-ZAT, then restore the seed's values. */
  flex = passend_database_get_meeting_kind (fixture->database, fixture->flex_zat, &error);
  g_assert_no_error (error);
  g_assert_cmpint (passend_meeting_kind_get_invitation (flex, PASSEND_MEETING_ROLE_SOCIAAL_TEAM), ==,
                   PASSEND_MEETING_INVITATION_REQUIRED);
  passend_meeting_kind_set_name (flex, "ZAT");
  passend_meeting_kind_set_default_item_minutes (flex, 45);
  passend_meeting_kind_set_default_place (flex, "Lokaal 1.12");
  g_assert_true (passend_database_update_meeting_kind (fixture->database, flex, &error));
  g_assert_true (passend_database_set_meeting_kind_role (fixture->database, fixture->flex_zat,
                                                         PASSEND_MEETING_ROLE_SOCIAAL_TEAM,
                                                         PASSEND_MEETING_INVITATION_NONE, &error));
  g_assert_true (passend_database_set_meeting_kind_role (fixture->database, fixture->flex_zat,
                                                         PASSEND_MEETING_ROLE_GGZ,
                                                         PASSEND_MEETING_INVITATION_REQUIRED, &error));
  g_assert_no_error (error);
  g_clear_object (&flex);
  flex = passend_database_get_meeting_kind (fixture->database, fixture->flex_zat, &error);
  g_assert_cmpstr (passend_meeting_kind_get_name (flex), ==, "ZAT");
  g_assert_cmpstr (passend_meeting_kind_get_default_place (flex), ==, "Lokaal 1.12");
  g_assert_cmpint (passend_meeting_kind_get_invitation (flex, PASSEND_MEETING_ROLE_SOCIAAL_TEAM), ==,
                   PASSEND_MEETING_INVITATION_NONE);
  g_assert_cmpint (passend_meeting_kind_get_invitation (flex, PASSEND_MEETING_ROLE_GGZ), ==,
                   PASSEND_MEETING_INVITATION_REQUIRED);

  g_assert_true (passend_database_restore_meeting_kind (fixture->database, fixture->flex_zat, &error));
  g_assert_no_error (error);
  g_clear_object (&flex);
  flex = passend_database_get_meeting_kind (fixture->database, fixture->flex_zat, &error);
  g_assert_cmpstr (passend_meeting_kind_get_name (flex), ==, "Flex-ZAT");
  g_assert_cmpuint (passend_meeting_kind_get_default_item_minutes (flex), ==, 30);
  g_assert_cmpstr (passend_meeting_kind_get_default_place (flex), ==, "");
  g_assert_cmpint (passend_meeting_kind_get_invitation (flex, PASSEND_MEETING_ROLE_SOCIAAL_TEAM), ==,
                   PASSEND_MEETING_INVITATION_REQUIRED);
  g_assert_cmpint (passend_meeting_kind_get_invitation (flex, PASSEND_MEETING_ROLE_GGZ), ==,
                   PASSEND_MEETING_INVITATION_OPTIONAL);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM meeting_kind_role WHERE kind_id = 1"), ==, 10);

  /* The name of another kind is refused. */
  passend_meeting_kind_set_name (flex, "izo");
  g_assert_false (passend_database_update_meeting_kind (fixture->database, flex, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT);
}

static void
test_agenda (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendMeeting) meeting = add_meeting (fixture, at (fixture, 7, 14, 0));
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GListModel) upcoming = NULL;
  g_autofree char *uid = NULL;
  gint64 id = passend_meeting_get_id (meeting);
  const gint64 students[] = { 1, 2, 3 };
  const gint64 again[] = { 4, 2 };
  gint64 item_ids[3] = { 0, };
  guint sequence;

  g_assert_true (g_str_has_suffix (passend_meeting_get_uid (meeting), "@passend"));
  g_assert_cmpuint (passend_meeting_get_sequence (meeting), ==, 0);
  g_assert_cmpstr (passend_meeting_get_title (meeting), ==, "Flex-ZAT");
  uid = g_strdup (passend_meeting_get_uid (meeting));

  g_assert_true (passend_database_add_meeting_items (fixture->database, id, students, 3, item_ids, &error));
  g_assert_no_error (error);
  items = items_of (fixture, id);
  g_assert_cmpuint (items->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      PassendMeetingItem *item = g_ptr_array_index (items, i);

      g_assert_cmpint (passend_meeting_item_get_id (item), ==, item_ids[i]);
      g_assert_cmpint (passend_meeting_item_get_student_id (item), ==, students[i]);
      g_assert_cmpuint (passend_meeting_item_get_position (item), ==, i);
      g_assert_cmpuint (passend_meeting_item_get_duration_minutes (item), ==, 30);
      g_assert_cmpuint (passend_meeting_item_get_slot_offset_minutes (item), ==, 30 * i);
    }
  g_assert_cmpstr (passend_meeting_item_get_student_name (g_ptr_array_index (items, 1)), ==, "Jan de Vries");
  g_assert_cmpstr (passend_meeting_item_get_student_class (g_ptr_array_index (items, 1)), ==, "2B");

  /* A student already on the agenda: refused, by name, and Sara is not added either. */
  sequence = sequence_of (fixture, id);
  g_assert_cmpuint (sequence, >, 0);
  g_assert_false (passend_database_add_meeting_items (fixture->database, id, again, 2, NULL, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "Jan de Vries"));
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM meeting_item"), ==, 3);
  g_assert_cmpuint (sequence_of (fixture, id), ==, sequence);

  /* Piet to the front, then a shorter first slot. */
  g_assert_true (passend_database_move_meeting_item (fixture->database, item_ids[2], 0, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sequence_of (fixture, id), ==, sequence + 1);
  {
    g_autoptr(PassendMeetingItem) first = passend_database_get_meeting_item (fixture->database, item_ids[2], &error);

    passend_meeting_item_set_duration_minutes (first, 10);
    passend_meeting_item_set_question (first, "Wat heeft Piet nodig?");
    g_assert_true (passend_database_update_meeting_item (fixture->database, first, &error));
    g_assert_no_error (error);
  }
  g_clear_pointer (&items, g_ptr_array_unref);
  items = items_of (fixture, id);
  g_assert_cmpint (passend_meeting_item_get_id (g_ptr_array_index (items, 0)), ==, item_ids[2]);
  g_assert_cmpint (passend_meeting_item_get_id (g_ptr_array_index (items, 1)), ==, item_ids[0]);
  g_assert_cmpint (passend_meeting_item_get_id (g_ptr_array_index (items, 2)), ==, item_ids[1]);
  g_assert_cmpuint (passend_meeting_item_get_slot_offset_minutes (g_ptr_array_index (items, 1)), ==, 10);
  g_assert_cmpuint (passend_meeting_item_get_slot_offset_minutes (g_ptr_array_index (items, 2)), ==, 40);
  g_assert_cmpstr (passend_meeting_item_get_question (g_ptr_array_index (items, 0)), ==, "Wat heeft Piet nodig?");

  /* Removing Anna renumbers densely. */
  g_assert_true (passend_database_remove_meeting_item (fixture->database, item_ids[0], &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture, "SELECT count (DISTINCT position) FROM meeting_item"), ==, 2);
  g_assert_cmpint (query_int (fixture, "SELECT max (position) FROM meeting_item"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM meeting_invitee WHERE item_id NOT IN"
                                       " (SELECT id FROM meeting_item)"), ==, 0);

  /* Minutes and the internal note do not raise the sequence; a new place does. */
  sequence = sequence_of (fixture, id);
  g_assert_true (passend_database_set_meeting_item_minutes (fixture->database, item_ids[1], "Jan vertelt.", &error));
  passend_meeting_set_internal_note (meeting, "Vader belt vooraf.");
  g_assert_true (passend_database_update_meeting (fixture->database, meeting, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sequence_of (fixture, id), ==, sequence);
  passend_meeting_set_place (meeting, "Lokaal 1.12");
  g_assert_true (passend_database_update_meeting (fixture->database, meeting, &error));
  g_assert_cmpuint (sequence_of (fixture, id), ==, sequence + 1);
  g_assert_cmpuint (passend_meeting_get_sequence (meeting), ==, sequence + 1);
  {
    g_autoptr(PassendMeeting) stored = passend_database_get_meeting (fixture->database, id, &error);

    g_assert_cmpstr (passend_meeting_get_uid (stored), ==, uid);
    g_assert_cmpstr (passend_meeting_get_place (stored), ==, "Lokaal 1.12");
    g_assert_cmpstr (passend_meeting_get_chair_name (stored), ==, "Sanne Smit");
    g_assert_cmpuint (passend_meeting_get_n_items (stored), ==, 2);
    g_assert_cmpuint (passend_meeting_get_total_minutes (stored), ==, 40);
  }

  upcoming = passend_database_list_upcoming_meetings (fixture->database, at (fixture, 0, 0, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (upcoming), ==, 1);
}

static gboolean
has_invitee (GListModel         *invitees,
             PassendMeetingRole  role,
             const char         *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (invitees); i++)
    {
      g_autoptr(PassendMeetingInvitee) invitee = g_list_model_get_item (invitees, i);

      if (passend_meeting_invitee_get_role (invitee) == role &&
          g_strcmp0 (passend_meeting_invitee_get_display_name (invitee), name) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
test_invitees_and_consent (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendMeeting) meeting = add_meeting (fixture, at (fixture, 7, 14, 0));
  g_autoptr(GListModel) anna = NULL;
  g_autoptr(GListModel) jan = NULL;
  g_autoptr(PassendMeetingInvitee) team = NULL;
  g_autoptr(PassendMeetingInvitee) consultant = NULL;
  g_autoptr(PassendMeetingInvitee) mentor = NULL;
  const gint64 students[] = { 1, 2 };
  gint64 item_ids[2];
  gint64 audit_rows, invitee_rows;
  guint sequence;

  g_assert_true (passend_database_add_meeting_items (fixture->database, passend_meeting_get_id (meeting), students,
                                                     2, item_ids, &error));
  g_assert_no_error (error);

  /* Anna, with consent: her mentor, both guardians with gezag, herself and
   * the one sociaal team and SWV. Not the guardian without gezag. */
  anna = passend_database_list_meeting_invitees (fixture->database, item_ids[0], &error);
  g_assert_cmpuint (g_list_model_get_n_items (anna), ==, 6);
  g_assert_true (has_invitee (anna, PASSEND_MEETING_ROLE_MENTOR, "Mila Vos"));
  g_assert_true (has_invitee (anna, PASSEND_MEETING_ROLE_GUARDIANS, "P. Bakker"));
  g_assert_true (has_invitee (anna, PASSEND_MEETING_ROLE_GUARDIANS, "M. Bakker-Jong"));
  g_assert_true (has_invitee (anna, PASSEND_MEETING_ROLE_STUDENT, "Anna Bakker"));
  g_assert_true (has_invitee (anna, PASSEND_MEETING_ROLE_SOCIAAL_TEAM, "Sociaal team Noord"));
  g_assert_true (has_invitee (anna, PASSEND_MEETING_ROLE_SAMENWERKINGSVERBAND, "SWV VO Regio"));
  /* Jan, without consent and mentor: his guardian and himself only. */
  jan = passend_database_list_meeting_invitees (fixture->database, item_ids[1], &error);
  g_assert_cmpuint (g_list_model_get_n_items (jan), ==, 2);

  /* An organisation or an external person for Jan: refused, nothing written. */
  audit_rows = query_int (fixture, "SELECT count (*) FROM audit_log");
  invitee_rows = query_int (fixture, "SELECT count (*) FROM meeting_invitee");
  sequence = sequence_of (fixture, passend_meeting_get_id (meeting));
  team = passend_meeting_invitee_new (item_ids[1], PASSEND_MEETING_ROLE_SOCIAAL_TEAM);
  passend_meeting_invitee_set_organisation_id (team, 1);
  g_assert_false (passend_database_add_meeting_invitee (fixture->database, team, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NO_CONSENT);
  g_assert_nonnull (strstr (error->message, "Jan de Vries"));
  g_clear_error (&error);
  consultant = passend_meeting_invitee_new (item_ids[1], PASSEND_MEETING_ROLE_OTHER);
  passend_meeting_invitee_set_person_id (consultant, 3);
  g_assert_false (passend_database_add_meeting_invitee (fixture->database, consultant, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NO_CONSENT);
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM audit_log"), ==, audit_rows);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM meeting_invitee"), ==, invitee_rows);
  g_assert_cmpint (passend_meeting_invitee_get_id (team), ==, 0);
  g_assert_cmpuint (sequence_of (fixture, passend_meeting_get_id (meeting)), ==, sequence);

  /* Staff may discuss him without consent. */
  mentor = passend_meeting_invitee_new (item_ids[1], PASSEND_MEETING_ROLE_MENTOR);
  passend_meeting_invitee_set_person_id (mentor, 4);
  g_assert_true (passend_database_add_meeting_invitee (fixture->database, mentor, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (passend_meeting_invitee_get_display_name (mentor), ==, "Petra Kok");
  g_assert_false (passend_meeting_invitee_get_is_external (mentor));
  g_assert_cmpuint (sequence_of (fixture, passend_meeting_get_id (meeting)), ==, sequence + 1);
  /* Twice is once too many. */
  g_clear_object (&mentor);
  mentor = passend_meeting_invitee_new (item_ids[1], PASSEND_MEETING_ROLE_OTHER);
  passend_meeting_invitee_set_person_id (mentor, 4);
  g_assert_false (passend_database_add_meeting_invitee (fixture->database, mentor, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* With consent for Anna, her external person is welcome. */
  g_clear_object (&consultant);
  consultant = passend_meeting_invitee_new (item_ids[0], PASSEND_MEETING_ROLE_OTHER);
  passend_meeting_invitee_set_person_id (consultant, 3);
  g_assert_true (passend_database_add_meeting_invitee (fixture->database, consultant, &error));
  g_assert_no_error (error);
  g_assert_true (passend_meeting_invitee_get_is_external (consultant));
  g_assert_cmpstr (passend_meeting_invitee_get_organisation_name (consultant), ==, "Sociaal team Noord");
  g_assert_true (passend_database_remove_meeting_invitee (fixture->database,
                                                          passend_meeting_invitee_get_id (consultant), &error));
  g_assert_no_error (error);
}

static guint
count_problems (GPtrArray                 *problems,
                PassendMeetingProblemKind  kind,
                gint64                     item_id)
{
  guint n = 0;

  for (guint i = 0; i < problems->len; i++)
    {
      PassendMeetingProblem *problem = g_ptr_array_index (problems, i);

      if (problem->kind == kind && (item_id == 0 || problem->item_id == item_id))
        n++;
    }

  return n;
}

static void
test_checks (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendMeeting) meeting = add_meeting (fixture, at (fixture, 7, 14, 0));
  g_autoptr(PassendMeeting) other = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(PassendMeetingKind) izo = NULL;
  const gint64 students[] = { 1, 2 };
  const gint64 piet[] = { 3 };
  const gint64 anna[] = { 1 };
  gint64 item_ids[2];
  gint64 other_item;

  g_assert_true (passend_database_add_meeting_items (fixture->database, passend_meeting_get_id (meeting), students,
                                                     2, item_ids, &error));
  problems = passend_database_check_meeting (fixture->database, passend_meeting_get_id (meeting), &error);
  g_assert_no_error (error);
  /* Anna's item is complete; Jan lacks his mentor, sociaal team and SWV. */
  g_assert_cmpuint (count_problems (problems, PASSEND_MEETING_PROBLEM_MISSING_ROLE, item_ids[0]), ==, 0);
  g_assert_cmpuint (count_problems (problems, PASSEND_MEETING_PROBLEM_MISSING_ROLE, item_ids[1]), ==, 3);
  g_assert_cmpuint (count_problems (problems, PASSEND_MEETING_PROBLEM_NO_CONSENT, 0), ==, 0);
  g_assert_cmpuint (count_problems (problems, PASSEND_MEETING_PROBLEM_DOUBLE_BOOKED, 0), ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* Anna's parents withdraw consent: both organisations at her item are now a problem. */
  exec (fixture, "UPDATE consent SET withdrawn_on = date ('now', 'localtime', '-1 day')");
  problems = passend_database_check_meeting (fixture->database, passend_meeting_get_id (meeting), &error);
  g_assert_cmpuint (count_problems (problems, PASSEND_MEETING_PROBLEM_NO_CONSENT, item_ids[0]), ==, 2);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* An IZO at 14:20 the same day with Anna: her mentor is expected in both. */
  {
    g_autoptr(GListModel) kinds = passend_database_list_meeting_kinds (fixture->database, FALSE, &error);

    for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
      {
        g_autoptr(PassendMeetingKind) kind = g_list_model_get_item (kinds, i);

        if (g_str_equal (passend_meeting_kind_get_code (kind), "izo"))
          izo = g_object_ref (kind);
      }
  }
  other = passend_meeting_new (passend_meeting_kind_get_id (izo), at (fixture, 7, 14, 20));
  g_assert_true (passend_database_add_meeting (fixture->database, other, &error));
  g_assert_true (passend_database_add_meeting_items (fixture->database, passend_meeting_get_id (other), anna, 1,
                                                     &other_item, &error));
  g_assert_no_error (error);
  problems = passend_database_check_meeting (fixture->database, passend_meeting_get_id (meeting), &error);
  g_assert_cmpuint (count_problems (problems, PASSEND_MEETING_PROBLEM_DOUBLE_BOOKED, item_ids[0]), ==, 1);
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = passend_database_check_meeting (fixture->database, passend_meeting_get_id (other), &error);
  g_assert_cmpuint (count_problems (problems, PASSEND_MEETING_PROBLEM_DOUBLE_BOOKED, other_item), ==, 1);
  g_assert_cmpint (((PassendMeetingProblem *) g_ptr_array_index (problems, problems->len - 1))->other_meeting_id, ==,
                   passend_meeting_get_id (meeting));
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* Anna's slot ends at 14:30: an IZO starting then is no clash, nor is Piet's mentor. */
  passend_meeting_set_starts_at (other, at (fixture, 7, 14, 30));
  g_assert_true (passend_database_update_meeting (fixture->database, other, &error));
  g_assert_true (passend_database_add_meeting_items (fixture->database, passend_meeting_get_id (other), piet, 1,
                                                     NULL, &error));
  problems = passend_database_check_meeting (fixture->database, passend_meeting_get_id (meeting), &error);
  g_assert_cmpuint (count_problems (problems, PASSEND_MEETING_PROBLEM_DOUBLE_BOOKED, 0), ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* A cancelled meeting books nobody. */
  passend_meeting_set_starts_at (other, at (fixture, 7, 14, 0));
  g_assert_true (passend_database_update_meeting (fixture->database, other, &error));
  problems = passend_database_check_meeting (fixture->database, passend_meeting_get_id (meeting), &error);
  g_assert_cmpuint (count_problems (problems, PASSEND_MEETING_PROBLEM_DOUBLE_BOOKED, 0), ==, 1);
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_assert_true (passend_database_cancel_meeting (fixture->database, passend_meeting_get_id (other), &error));
  problems = passend_database_check_meeting (fixture->database, passend_meeting_get_id (meeting), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_problems (problems, PASSEND_MEETING_PROBLEM_DOUBLE_BOOKED, 0), ==, 0);
}

static void
test_minutes_and_close (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendMeeting) meeting = add_meeting (fixture, at (fixture, -1, 9, 0));
  g_autoptr(PassendMeetingDecision) referral = NULL;
  g_autoptr(PassendMeetingDecision) none = NULL;
  g_autoptr(PassendMeetingAction) overdue = NULL;
  g_autoptr(PassendMeetingAction) later = NULL;
  g_autoptr(PassendMeetingAction) open_ended = NULL;
  g_autoptr(GListModel) open = NULL;
  g_autoptr(GListModel) deadlines = NULL;
  g_autofree char *title = NULL;
  g_autofree char *sql = NULL;
  const gint64 students[] = { 1, 2 };
  const gint64 more[] = { 3 };
  gint64 item_ids[2];
  gint64 id = passend_meeting_get_id (meeting);
  gboolean listed = FALSE;

  g_assert_true (passend_database_add_meeting_items (fixture->database, id, students, 2, item_ids, &error));
  g_assert_true (passend_database_set_meeting_item_minutes (fixture->database, item_ids[0],
                                                            "Anna gaat beter naar school.", &error));
  g_assert_no_error (error);

  referral = passend_meeting_decision_new (item_ids[0], "Aanmelden bij JOS");
  passend_meeting_decision_set_rationale (referral, "Ouders staan ervoor open.");
  g_assert_true (passend_database_add_meeting_decision (fixture->database, referral, &error));
  g_assert_no_error (error);
  /* Not escalating without saying why is refused. */
  none = passend_meeting_decision_new (item_ids[0], "Geen melding Veilig Thuis");
  passend_meeting_decision_set_no_action (none, TRUE);
  g_assert_false (passend_database_add_meeting_decision (fixture->database, none, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  passend_meeting_decision_set_rationale (none, "Geen signalen van onveiligheid.");
  g_assert_true (passend_database_add_meeting_decision (fixture->database, none, &error));
  g_assert_cmpuint (passend_meeting_decision_get_position (none), ==, 1);
  g_assert_true (passend_database_move_meeting_decision (fixture->database, passend_meeting_decision_get_id (none), 0,
                                                         &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture, "SELECT position FROM meeting_decision WHERE no_action = 1"), ==, 0);

  overdue = passend_meeting_action_new (item_ids[0], "Ouders bellen");
  passend_meeting_action_set_owner_person_id (overdue, 1);
  passend_meeting_action_set_due_on (overdue, passend_day_add_days (fixture->today, -1));
  later = passend_meeting_action_new (item_ids[0], "Evaluatie plannen");
  passend_meeting_action_set_owner_name (later, "Moeder");
  passend_meeting_action_set_due_on (later, passend_day_add_days (fixture->today, 200));
  open_ended = passend_meeting_action_new (item_ids[1], "Verzuim volgen");
  g_assert_true (passend_database_add_meeting_action (fixture->database, overdue, &error));
  g_assert_true (passend_database_add_meeting_action (fixture->database, later, &error));
  g_assert_true (passend_database_add_meeting_action (fixture->database, open_ended, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (passend_meeting_action_get_owner_display_name (overdue), ==, "Mila Vos");
  g_assert_cmpstr (passend_meeting_action_get_owner_display_name (later), ==, "Moeder");
  g_assert_cmpstr (passend_meeting_action_get_student_name (overdue), ==, "Anna Bakker");

  g_assert_true (passend_database_close_meeting (fixture->database, id, &error));
  g_assert_no_error (error);

  /* One care entry per item, linked to it, at the meeting's start. */
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM timeline_entry WHERE meeting_item_id IS NOT NULL"), ==, 2);
  sql = g_strdup_printf ("SELECT count (*) FROM timeline_entry AS e JOIN meeting_item AS i ON i.id = e.meeting_item_id"
                         " WHERE e.student_id = i.student_id AND e.kind = 'meeting' AND e.confidentiality = 'care'"
                         " AND e.occurred_at = %" G_GINT64_FORMAT, passend_meeting_get_starts_at (meeting));
  g_assert_cmpint (query_int (fixture, sql), ==, 2);
  g_assert_cmpint (query_int (fixture, "SELECT instr (body, 'Besloten niet te verwijzen of op te schalen: Geen melding')"
                                       " > 0 AND instr (body, 'Onderbouwing: Geen signalen') > 0"
                                       " AND instr (body, 'Ouders bellen — Mila Vos') > 0"
                                       " AND instr (body, 'Anna gaat beter') > 0"
                                       " FROM timeline_entry WHERE student_id = 1 AND kind = 'meeting'"), ==, 1);
  title = passend_meeting_dup_record_title (meeting);
  g_assert_cmpint (passend_database_get_meeting_item_entry_id (fixture->database, item_ids[1], &error), ==,
                   query_int (fixture, "SELECT id FROM timeline_entry WHERE student_id = 2 AND kind = 'meeting'"));
  {
    g_autoptr(PassendMeeting) closed = passend_database_get_meeting (fixture->database, id, &error);

    g_assert_cmpint (passend_meeting_get_state (closed), ==, PASSEND_MEETING_STATE_CLOSED);
    g_assert_cmpint (passend_meeting_get_closed_at (closed), >, 0);
  }
  g_assert_true (g_str_has_prefix (title, "Flex-ZAT "));
  sql = (g_free (sql), g_strdup_printf ("SELECT count (*) FROM timeline_entry WHERE title = '%s'", title));
  g_assert_cmpint (query_int (fixture, sql), ==, 2);

  /* Closed is closed. */
  g_assert_false (passend_database_close_meeting (fixture->database, id, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM timeline_entry WHERE kind = 'meeting'"), ==, 2);
  g_assert_false (passend_database_add_meeting_items (fixture->database, id, more, 1, NULL, &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (passend_database_set_meeting_item_minutes (fixture->database, item_ids[0], "Later erbij", &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  /* The Overzicht: the overdue action and the one without a day, not the far one. */
  open = passend_database_list_open_meeting_actions (fixture->database, passend_day_add_days (fixture->today, 14),
                                                     &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (open), ==, 2);
  {
    g_autoptr(PassendMeetingAction) first = g_list_model_get_item (open, 0);

    g_assert_cmpint (passend_meeting_action_get_id (first), ==, passend_meeting_action_get_id (overdue));
    g_assert_true (passend_meeting_action_is_overdue (first, fixture->today));
    g_assert_cmpstr (passend_meeting_action_get_meeting_kind_name (first), ==, "Flex-ZAT");
  }
  deadlines = passend_database_list_deadlines (fixture->database, fixture->today, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(PassendDeadline) deadline = g_list_model_get_item (deadlines, i);

      if (passend_deadline_get_kind (deadline) == PASSEND_DEADLINE_KIND_ACTION &&
          passend_deadline_get_student_id (deadline) == 1)
        {
          listed = TRUE;
          g_assert_true (passend_deadline_is_overdue (deadline, fixture->today));
          g_assert_nonnull (strstr (passend_deadline_get_description (deadline), "Ouders bellen"));
        }
    }
  g_assert_true (listed);

  /* Done after closing: off both lists. */
  g_assert_true (passend_database_set_meeting_action_done (fixture->database, passend_meeting_action_get_id (overdue),
                                                           fixture->today, &error));
  g_assert_no_error (error);
  g_clear_object (&open);
  open = passend_database_list_open_meeting_actions (fixture->database, passend_day_add_days (fixture->today, 14),
                                                     &error);
  g_assert_cmpuint (g_list_model_get_n_items (open), ==, 1);
  g_clear_object (&deadlines);
  deadlines = passend_database_list_deadlines (fixture->database, fixture->today, &error);
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(PassendDeadline) deadline = g_list_model_get_item (deadlines, i);

      g_assert_cmpint (passend_deadline_get_kind (deadline), !=, PASSEND_DEADLINE_KIND_ACTION);
    }
  /* A closed meeting's actions stay on the record. */
  g_assert_false (passend_database_remove_meeting_action (fixture->database, passend_meeting_action_get_id (later),
                                                          &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
}

static void
test_cancel_and_week (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PassendMeeting) kept = add_meeting (fixture, at (fixture, 0, 23, 0));
  g_autoptr(PassendMeeting) cancelled = add_meeting (fixture, at (fixture, 0, 8, 0));
  g_autoptr(GListModel) week = NULL;
  g_autoptr(GListModel) past = NULL;
  g_autoptr(GListModel) deadlines = NULL;
  const gint64 anna[] = { 1 };
  gboolean listed = FALSE;

  g_assert_true (passend_database_add_meeting_items (fixture->database, passend_meeting_get_id (kept), anna, 1, NULL,
                                                     &error));
  g_assert_true (passend_database_cancel_meeting (fixture->database, passend_meeting_get_id (cancelled), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sequence_of (fixture, passend_meeting_get_id (cancelled)), ==, 1);
  g_assert_false (passend_database_close_meeting (fixture->database, passend_meeting_get_id (cancelled), &error));
  g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  week = passend_database_list_meetings_of_week (fixture->database, fixture->today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (week), ==, 1);
  past = passend_database_list_past_meetings (fixture->database, at (fixture, 1, 0, 0), &error);
  g_assert_cmpuint (g_list_model_get_n_items (past), ==, 1);

  /* A planned meeting is on the Overzicht for each student on it. */
  deadlines = passend_database_list_deadlines (fixture->database, fixture->today, &error);
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(PassendDeadline) deadline = g_list_model_get_item (deadlines, i);

      if (passend_deadline_get_kind (deadline) == PASSEND_DEADLINE_KIND_MEETING)
        {
          listed = TRUE;
          g_assert_cmpint (passend_deadline_get_student_id (deadline), ==, 1);
          g_assert_cmpstr (passend_deadline_get_description (deadline), ==, "Flex-ZAT at 23:00");
        }
    }
  g_assert_true (listed);

  g_assert_true (passend_database_remove_meeting (fixture->database, passend_meeting_get_id (kept), &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM meeting_item"), ==, 0);
}

static void
record_change (PassendDatabase *database,
               const char      *entity,
               gint64           id,
               GPtrArray       *seen)
{
  g_ptr_array_add (seen, g_strdup_printf ("%s:%" G_GINT64_FORMAT, entity, id));
}

static gboolean
saw (GPtrArray  *seen,
     const char *change)
{
  for (guint i = 0; i < seen->len; i++)
    if (g_str_equal (g_ptr_array_index (seen, i), change))
      return TRUE;

  return FALSE;
}

/* The UI reloads on "changed": each write names what it changed, a
 * refused one nothing. */
static void
test_changed (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PassendMeeting) meeting = add_meeting (fixture, at (fixture, 3, 10, 0));
  g_autoptr(PassendMeetingAction) action = NULL;
  g_autofree char *meeting_change = g_strdup_printf ("meeting:%" G_GINT64_FORMAT, passend_meeting_get_id (meeting));
  g_autofree char *action_change = NULL;
  const gint64 jan[] = { 2 };
  gint64 item_id = 0;
  gulong handler;

  handler = g_signal_connect (fixture->database, "changed", G_CALLBACK (record_change), seen);

  g_assert_true (passend_database_add_meeting_items (fixture->database, passend_meeting_get_id (meeting), jan, 1,
                                                     &item_id, &error));
  g_assert_true (saw (seen, meeting_change));
  g_ptr_array_set_size (seen, 0);

  action = passend_meeting_action_new (item_id, "Gesprek plannen");
  g_assert_true (passend_database_add_meeting_action (fixture->database, action, &error));
  g_assert_true (saw (seen, "meeting-action:0"));
  g_assert_true (saw (seen, meeting_change));
  g_ptr_array_set_size (seen, 0);

  action_change = g_strdup_printf ("meeting-action:%" G_GINT64_FORMAT, passend_meeting_action_get_id (action));
  g_assert_true (passend_database_set_meeting_action_done (fixture->database, passend_meeting_action_get_id (action),
                                                           fixture->today, &error));
  g_assert_no_error (error);
  g_assert_true (saw (seen, action_change));
  g_ptr_array_set_size (seen, 0);

  g_assert_true (passend_database_set_meeting_kind_role (fixture->database, fixture->flex_zat,
                                                         PASSEND_MEETING_ROLE_BPO, PASSEND_MEETING_INVITATION_OPTIONAL,
                                                         &error));
  {
    g_autofree char *kind_change = g_strdup_printf ("meeting-kind:%" G_GINT64_FORMAT, fixture->flex_zat);

    g_assert_true (saw (seen, kind_change));
  }
  g_ptr_array_set_size (seen, 0);

  /* Refused: nothing announced. */
  {
    g_autoptr(PassendMeetingInvitee) team = passend_meeting_invitee_new (item_id, PASSEND_MEETING_ROLE_SOCIAAL_TEAM);

    passend_meeting_invitee_set_organisation_id (team, 1);
    g_assert_false (passend_database_add_meeting_invitee (fixture->database, team, &error));
    g_assert_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NO_CONSENT);
    g_assert_cmpuint (seen->len, ==, 0);
  }

  g_signal_handler_disconnect (fixture->database, handler);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/meetings/kinds", test_kinds);
  ADD ("/meetings/agenda", test_agenda);
  ADD ("/meetings/invitees-and-consent", test_invitees_and_consent);
  ADD ("/meetings/checks", test_checks);
  ADD ("/meetings/minutes-and-close", test_minutes_and_close);
  ADD ("/meetings/cancel-and-week", test_cancel_and_week);
  ADD ("/meetings/changed", test_changed);
#undef ADD

  return g_test_run ();
}
