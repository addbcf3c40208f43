/* passend-database-partners-involvement.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "passend-database-partners-private.h"
#include "passend-text.h"

/* The students and meetings a partner is involved in, for the detail
 * pane. Each way of being involved is one flag; SUM (DISTINCT flag) per
 * student ORs them, since the flags are distinct powers of two. */

void
passend_partner_student_free (PassendPartnerStudent *student)
{
  if (student == NULL)
    return;

  g_free (student->name);
  g_free (student->sort_name);
  g_free (student->class_name);
  g_free (student);
}

void
passend_partner_meeting_free (PassendPartnerMeeting *meeting)
{
  if (meeting == NULL)
    return;

  g_free (meeting->title);
  g_free (meeting->kind_name);
  g_free (meeting->state);
  g_free (meeting);
}

#define STUDENT_COLUMNS \
  "SELECT s.id, s.roepnaam, s.tussenvoegsel, s.achternaam, s.class_name, s.left_on IS NOT NULL, " \
  "SUM (DISTINCT r.flag) FROM ("

#define STUDENT_GROUP \
  ") r JOIN student s ON s.id = r.student_id GROUP BY s.id"

static const char person_students_sql[] =
  STUDENT_COLUMNS
  "SELECT id AS student_id, 1 AS flag FROM student WHERE mentor_id = ?1 "
  "UNION ALL SELECT student_id, 2 FROM support_status WHERE regie_person_id = ?1 "
  "UNION ALL SELECT student_id, 4 FROM student_person WHERE person_id = ?1 "
  "UNION ALL SELECT student_id, 8 FROM intervention WHERE provider_person_id = ?1 "
  "UNION ALL SELECT i.student_id, 16 FROM meeting_invitee v "
  "JOIN meeting_item i ON i.id = v.item_id WHERE v.person_id = ?1"
  STUDENT_GROUP;

static const char organisation_students_sql[] =
  STUDENT_COLUMNS
  "SELECT student_id, 8 AS flag FROM intervention WHERE provider_organisation_id = ?1 "
  "UNION ALL SELECT i.student_id, 16 FROM meeting_invitee v "
  "JOIN meeting_item i ON i.id = v.item_id WHERE v.organisation_id = ?1 "
  "UNION ALL SELECT student_id, 32 FROM consent WHERE organisation_id = ?1 "
  "UNION ALL SELECT student_id, 64 FROM tlv_request WHERE swv_id = ?1 OR target_school_id = ?1"
  STUDENT_GROUP;

static int
compare_students (gconstpointer a,
                  gconstpointer b)
{
  const PassendPartnerStudent *sa = *(PassendPartnerStudent * const *) a;
  const PassendPartnerStudent *sb = *(PassendPartnerStudent * const *) b;

  /* Those still at school first: they are the ones worked on. */
  if (sa->left != sb->left)
    return sa->left ? 1 : -1;
  return g_utf8_collate (sa->sort_name, sb->sort_name);
}

GPtrArray *
passend_database_list_partner_students (PassendDatabase     *self,
                                        PassendPartnerKind   kind,
                                        gint64               id,
                                        GError             **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GPtrArray) students = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (kind <= PASSEND_PARTNER_KIND_ORGANISATION, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         kind == PASSEND_PARTNER_KIND_PERSON
                                         ? person_students_sql : organisation_students_sql,
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, id);
  students = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_partner_student_free);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      PassendPartnerStudent *student = g_new0 (PassendPartnerStudent, 1);
      const char *given = _passend_column_text (statement, 1);
      const char *tussenvoegsel = _passend_column_text (statement, 2);
      const char *family = _passend_column_text (statement, 3);

      student->student_id = sqlite3_column_int64 (statement, 0);
      student->name = passend_text_join_name (given, tussenvoegsel, family);
      student->sort_name = passend_text_sort_name (given, tussenvoegsel, family);
      student->class_name = g_strdup (_passend_column_text (statement, 4));
      student->left = sqlite3_column_int (statement, 5) != 0;
      student->roles = (PassendPartnerStudentRoles) sqlite3_column_int (statement, 6);
      g_ptr_array_add (students, student);
    }

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  g_ptr_array_sort (students, compare_students);
  return g_steal_pointer (&students);
}

#define MEETING_COLUMNS \
  "SELECT m.id, m.title, k.name, m.starts_at, m.state, " \
  "m.state = 'planned' AND m.starts_at >= ?2 AS upcoming, " \
  "SUM (DISTINCT r.flag), COUNT (DISTINCT r.item_id) FROM ("

#define MEETING_ORDER \
  ") r JOIN meeting m ON m.id = r.meeting_id JOIN meeting_kind k ON k.id = m.kind_id " \
  "GROUP BY m.id ORDER BY upcoming DESC, " \
  "CASE WHEN upcoming THEN m.starts_at ELSE -m.starts_at END, m.id"

static const char person_meetings_sql[] =
  MEETING_COLUMNS
  "SELECT id AS meeting_id, 1 AS flag, NULL AS item_id FROM meeting WHERE chair_person_id = ?1 "
  "UNION ALL SELECT id, 2, NULL FROM meeting WHERE minute_taker_person_id = ?1 "
  "UNION ALL SELECT i.meeting_id, 4, i.id FROM meeting_invitee v "
  "JOIN meeting_item i ON i.id = v.item_id WHERE v.person_id = ?1"
  MEETING_ORDER;

static const char organisation_meetings_sql[] =
  MEETING_COLUMNS
  "SELECT i.meeting_id AS meeting_id, 4 AS flag, i.id AS item_id FROM meeting_invitee v "
  "JOIN meeting_item i ON i.id = v.item_id WHERE v.organisation_id = ?1"
  MEETING_ORDER;

GPtrArray *
passend_database_list_partner_meetings (PassendDatabase     *self,
                                        PassendPartnerKind   kind,
                                        gint64               id,
                                        GError             **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (kind <= PASSEND_PARTNER_KIND_ORGANISATION, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  statement = _passend_database_prepare (self,
                                         kind == PASSEND_PARTNER_KIND_PERSON
                                         ? person_meetings_sql : organisation_meetings_sql,
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, id);
  sqlite3_bind_int64 (statement, 2, _passend_database_now ());
  meetings = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_partner_meeting_free);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      PassendPartnerMeeting *meeting = g_new0 (PassendPartnerMeeting, 1);
      const char *title = _passend_column_text (statement, 1);
      const char *kind_name = _passend_column_text (statement, 2);

      meeting->meeting_id = sqlite3_column_int64 (statement, 0);
      meeting->title = g_strdup (title[0] != '\0' ? title : kind_name);
      meeting->kind_name = g_strdup (kind_name);
      meeting->starts_at = sqlite3_column_int64 (statement, 3);
      meeting->state = g_strdup (_passend_column_text (statement, 4));
      meeting->upcoming = sqlite3_column_int (statement, 5) != 0;
      meeting->roles = (PassendPartnerMeetingRoles) sqlite3_column_int (statement, 6);
      meeting->n_items = (guint) sqlite3_column_int (statement, 7);
      g_ptr_array_add (meetings, meeting);
    }

  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  return g_steal_pointer (&meetings);
}
