/* passend-database-agenda.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "passend-database-agenda.h"
#include "passend-database-private.h"
#include "passend-meeting-rules.h"

/* The documents of a meeting read only the meeting tables and the names
 * they point to, never timeline_entry: meldcode and medical text lives
 * there and must never reach an agenda or a verslag. */

#define MEETING_COLUMNS \
  "SELECT m.id, m.uid, m.sequence, k.name, m.title, m.starts_at, m.place, m.online_link," \
  " cp.given_name, cp.tussenvoegsel, cp.family_name, cp.email," \
  " mp.given_name, mp.tussenvoegsel, mp.family_name, m.state"
#define MEETING_FROM \
  " FROM meeting AS m JOIN meeting_kind AS k ON k.id = m.kind_id" \
  " LEFT JOIN person AS cp ON cp.id = m.chair_person_id" \
  " LEFT JOIN person AS mp ON mp.id = m.minute_taker_person_id" \
  " WHERE m.id = ?1"

static const char meeting_internal_sql[] = MEETING_COLUMNS ", m.internal_note" MEETING_FROM;
/* A partner's query does not even name the internal note. */
static const char meeting_partner_sql[] = MEETING_COLUMNS ", ''" MEETING_FROM;

/* Only the order and the durations of every item, to place the slots:
 * a partner's items start where the items before them end, also items
 * the partner does not see, whose content this query does not read. */
static const char slots_sql[] =
  "SELECT id, duration_minutes FROM meeting_item WHERE meeting_id = ?1 ORDER BY position, id";

#define ITEM_COLUMNS \
  "SELECT i.id, i.uid, s.roepnaam, s.tussenvoegsel, s.achternaam, s.class_name," \
  " i.question, i.documents, i.minutes"
#define ITEM_FROM \
  " FROM meeting_item AS i JOIN student AS s ON s.id = i.student_id" \
  " WHERE i.meeting_id = ?1"
#define ITEM_ORDER " ORDER BY i.position, i.id"

/* ?2 the partner; a person also attends through their organisation. */
#define INVITES_PERSON \
  " EXISTS (SELECT 1 FROM meeting_invitee AS v WHERE v.item_id = i.id" \
  " AND (v.person_id = ?2 OR v.organisation_id = (SELECT organisation_id FROM person WHERE id = ?2)))"
#define INVITES_ORGANISATION \
  " EXISTS (SELECT 1 FROM meeting_invitee AS v WHERE v.item_id = i.id AND v.organisation_id = ?2)"
/* ?3 the meeting day: given on or before it, not expired, not withdrawn
 * on or before it (as passend_consent_rules_is_valid_on()). */
#define HAS_CONSENT \
  " EXISTS (SELECT 1 FROM consent AS c WHERE c.student_id = i.student_id" \
  " AND c.purpose = 'discussion-external' AND c.given_on <= ?3" \
  " AND (c.valid_until IS NULL OR c.valid_until >= ?3)" \
  " AND (c.withdrawn_on IS NULL OR c.withdrawn_on > ?3))"

static const char items_internal_sql[] = ITEM_COLUMNS ", i.internal_note" ITEM_FROM ITEM_ORDER;
/* The WHERE clause itself leaves out the items a partner does not attend
 * or may not hear about: their rows are never read into memory, so no
 * later filtering step can forget them. The internal note is not
 * selected at all. */
static const char items_person_sql[] =
  ITEM_COLUMNS ", ''" ITEM_FROM " AND" INVITES_PERSON " AND" HAS_CONSENT ITEM_ORDER;
static const char items_organisation_sql[] =
  ITEM_COLUMNS ", ''" ITEM_FROM " AND" INVITES_ORGANISATION " AND" HAS_CONSENT ITEM_ORDER;

static const char count_person_sql[] =
  "SELECT count (*), coalesce (sum (" HAS_CONSENT "), 0)"
  " FROM meeting_item AS i WHERE i.meeting_id = ?1 AND" INVITES_PERSON;
static const char count_organisation_sql[] =
  "SELECT count (*), coalesce (sum (" HAS_CONSENT "), 0)"
  " FROM meeting_item AS i WHERE i.meeting_id = ?1 AND" INVITES_ORGANISATION;

static const char invitees_sql[] =
  "SELECT v.role, v.is_student, p.given_name, p.tussenvoegsel, p.family_name, po.name,"
  " o.name, g.voorletters, g.tussenvoegsel, g.achternaam"
  " FROM meeting_invitee AS v"
  " LEFT JOIN person AS p ON p.id = v.person_id"
  " LEFT JOIN organisation AS po ON po.id = p.organisation_id"
  " LEFT JOIN organisation AS o ON o.id = v.organisation_id"
  " LEFT JOIN guardian AS g ON g.id = v.guardian_id"
  " WHERE v.item_id = ?1 ORDER BY v.id";

static const char decisions_sql[] =
  "SELECT body, rationale, no_action FROM meeting_decision WHERE item_id = ?1 ORDER BY position, id";

static const char actions_sql[] =
  "SELECT a.what, a.owner_name, p.given_name, p.tussenvoegsel, p.family_name, a.due_on, a.done_on"
  " FROM meeting_action AS a LEFT JOIN person AS p ON p.id = a.owner_person_id"
  " WHERE a.item_id = ?1 ORDER BY a.position, a.id";

void
passend_agenda_partner_free (PassendAgendaPartner *partner)
{
  if (partner == NULL)
    return;

  g_free (partner->name);
  g_free (partner);
}

/* "Sanne de Vries": the words that are there, one space apart. */
static char *
join_name (PassendStatement *statement,
           int               first_column)
{
  GString *name = g_string_new (NULL);

  for (int i = 0; i < 3; i++)
    {
      g_autofree char *part = g_strstrip (g_strdup (_passend_column_text (statement, first_column + i)));

      if (part[0] == '\0')
        continue;
      if (name->len > 0)
        g_string_append_c (name, ' ');
      g_string_append (name, part);
    }
  return g_string_free (name, FALSE);
}

static char *
meeting_day_iso (gint64 starts_at)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (starts_at);

  if (local == NULL)
    return g_strdup ("0000-00-00");
  return g_date_time_format (local, "%Y-%m-%d");
}

static PassendAgendaState
parse_state (const char *state)
{
  if (g_str_equal (state, "closed"))
    return PASSEND_AGENDA_STATE_CLOSED;
  if (g_str_equal (state, "cancelled"))
    return PASSEND_AGENDA_STATE_CANCELLED;
  return PASSEND_AGENDA_STATE_PLANNED;
}

static gboolean
load_meeting (PassendDatabase  *self,
              PassendAgenda    *agenda,
              gint64            meeting_id,
              gboolean          internal,
              GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self, internal ? meeting_internal_sql : meeting_partner_sql, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, meeting_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, meeting_id);

      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                   _("There is no meeting %s."), id);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return _passend_database_fail (self, rc, NULL, error);

  agenda->meeting_id = sqlite3_column_int64 (statement, 0);
  g_free (agenda->uid);
  agenda->uid = g_strdup (_passend_column_text (statement, 1));
  agenda->sequence = (guint) CLAMP (sqlite3_column_int64 (statement, 2), 0, G_MAXUINT);
  g_free (agenda->kind_name);
  agenda->kind_name = g_strdup (_passend_column_text (statement, 3));
  g_free (agenda->title);
  agenda->title = g_strdup (_passend_column_text (statement, 4));
  agenda->starts_at = sqlite3_column_int64 (statement, 5);
  agenda->ends_at = agenda->starts_at;
  g_free (agenda->place);
  agenda->place = g_strdup (_passend_column_text (statement, 6));
  g_free (agenda->online_link);
  agenda->online_link = g_strdup (_passend_column_text (statement, 7));
  g_free (agenda->chair);
  agenda->chair = join_name (statement, 8);
  g_free (agenda->chair_email);
  agenda->chair_email = g_strdup (_passend_column_text (statement, 11));
  g_free (agenda->minute_taker);
  agenda->minute_taker = join_name (statement, 12);
  agenda->state = parse_state (_passend_column_text (statement, 15));
  g_free (agenda->internal_note);
  agenda->internal_note = g_strdup (_passend_column_text (statement, 16));
  return TRUE;
}

/* Item id → its slot start and end (two gint64s), from every item. */
static GHashTable *
load_slots (PassendDatabase  *self,
            PassendAgenda    *agenda,
            GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) durations = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GHashTable) slots = NULL;
  g_autofree guint *offsets = NULL;
  int rc;

  statement = _passend_database_prepare (self, slots_sql, error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, agenda->meeting_id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (statement, 0);
      guint minutes = (guint) CLAMP (sqlite3_column_int64 (statement, 1), 0, 480);

      g_array_append_val (ids, id);
      g_array_append_val (durations, minutes);
    }
  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  slots = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  offsets = g_new0 (guint, MAX (ids->len, 1));
  passend_meeting_slots ((const guint *) durations->data, durations->len, offsets);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 *slot = g_new (gint64, 2);

      slot[0] = agenda->starts_at + (gint64) offsets[i] * 60;
      slot[1] = slot[0] + (gint64) g_array_index (durations, guint, i) * 60;
      agenda->ends_at = MAX (agenda->ends_at, slot[1]);
      g_hash_table_insert (slots, g_memdup2 (&g_array_index (ids, gint64, i), sizeof (gint64)), slot);
    }
  return g_steal_pointer (&slots);
}

static gboolean
load_invitees (PassendDatabase    *self,
               PassendAgendaItem  *item,
               GError            **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  int rc;

  statement = _passend_database_prepare (self, invitees_sql, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, item->id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      const char *role = passend_agenda_role_label (_passend_column_text (statement, 0));
      g_autofree char *name = NULL;
      const char *organisation = "";

      if (sqlite3_column_int (statement, 1) != 0)
        name = g_strdup (item->student_name);
      else if (sqlite3_column_type (statement, 4) != SQLITE_NULL)
        {
          name = join_name (statement, 2);
          organisation = _passend_column_text (statement, 5);
        }
      else if (sqlite3_column_type (statement, 6) != SQLITE_NULL)
        name = g_strdup (_passend_column_text (statement, 6));
      else
        name = join_name (statement, 7);

      g_ptr_array_add (item->invitees, passend_agenda_invitee_new (name, role, organisation));
    }
  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);
  return TRUE;
}

static gboolean
load_minutes (PassendDatabase    *self,
              PassendAgendaItem  *item,
              GError            **error)
{
  g_autoptr(PassendStatement) decisions = NULL;
  g_autoptr(PassendStatement) actions = NULL;
  int rc;

  decisions = _passend_database_prepare (self, decisions_sql, error);
  if (decisions == NULL)
    return FALSE;
  sqlite3_bind_int64 (decisions, 1, item->id);
  while ((rc = sqlite3_step (decisions)) == SQLITE_ROW)
    g_ptr_array_add (item->decisions,
                     passend_agenda_decision_new (_passend_column_text (decisions, 0),
                                                  _passend_column_text (decisions, 1),
                                                  sqlite3_column_int (decisions, 2) != 0));
  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  actions = _passend_database_prepare (self, actions_sql, error);
  if (actions == NULL)
    return FALSE;
  sqlite3_bind_int64 (actions, 1, item->id);
  while ((rc = sqlite3_step (actions)) == SQLITE_ROW)
    {
      g_autofree char *owner = NULL;

      if (sqlite3_column_type (actions, 4) != SQLITE_NULL)
        owner = join_name (actions, 2);
      else
        owner = g_strdup (_passend_column_text (actions, 1));
      g_ptr_array_add (item->actions,
                       passend_agenda_action_new (_passend_column_text (actions, 0), owner,
                                                  _passend_column_day (actions, 5),
                                                  _passend_column_day (actions, 6)));
    }
  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);
  return TRUE;
}

static const char *
items_sql_for (PassendAgendaAudience audience)
{
  switch (audience)
    {
    case PASSEND_AGENDA_AUDIENCE_PERSON:
      return items_person_sql;
    case PASSEND_AGENDA_AUDIENCE_ORGANISATION:
      return items_organisation_sql;
    case PASSEND_AGENDA_AUDIENCE_INTERNAL:
    default:
      return items_internal_sql;
    }
}

static gboolean
load_items (PassendDatabase  *self,
            PassendAgenda    *agenda,
            GHashTable       *slots,
            GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *day = meeting_day_iso (agenda->starts_at);
  int rc;

  statement = _passend_database_prepare (self, items_sql_for (agenda->audience), error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, agenda->meeting_id);
  if (agenda->audience != PASSEND_AGENDA_AUDIENCE_INTERNAL)
    {
      sqlite3_bind_int64 (statement, 2, agenda->partner_id);
      _passend_bind_text (statement, 3, day);
    }

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      PassendAgendaItem *item = passend_agenda_item_new ();
      const gint64 *slot;

      g_ptr_array_add (agenda->items, item);
      item->id = sqlite3_column_int64 (statement, 0);
      g_free (item->uid);
      item->uid = g_strdup (_passend_column_text (statement, 1));
      g_free (item->student_name);
      item->student_name = join_name (statement, 2);
      g_free (item->student_initials);
      item->student_initials = passend_agenda_initials (_passend_column_text (statement, 2),
                                                        _passend_column_text (statement, 3),
                                                        _passend_column_text (statement, 4));
      g_free (item->student_class);
      item->student_class = g_strdup (_passend_column_text (statement, 5));
      g_free (item->question);
      item->question = g_strdup (_passend_column_text (statement, 6));
      g_free (item->documents);
      item->documents = g_strdup (_passend_column_text (statement, 7));
      g_free (item->minutes);
      item->minutes = g_strdup (_passend_column_text (statement, 8));
      g_free (item->internal_note);
      item->internal_note = g_strdup (_passend_column_text (statement, 9));

      slot = g_hash_table_lookup (slots, &item->id);
      item->starts_at = slot != NULL ? slot[0] : agenda->starts_at;
      item->ends_at = slot != NULL ? slot[1] : agenda->starts_at;
    }
  if (rc != SQLITE_DONE)
    return _passend_database_fail (self, rc, NULL, error);

  /* The rest after the loop: one statement open at a time. */
  for (guint i = 0; i < agenda->items->len; i++)
    {
      PassendAgendaItem *item = g_ptr_array_index (agenda->items, i);

      if (!load_invitees (self, item, error) || !load_minutes (self, item, error))
        return FALSE;
    }
  return TRUE;
}

/* The partner's name for "Agenda voor …"; NOT_FOUND when there is none. */
static char *
load_partner_name (PassendDatabase        *self,
                   PassendAgendaAudience   audience,
                   gint64                  partner_id,
                   GError                **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *reference = passend_agenda_format_partner (audience, partner_id);
  gboolean person = audience == PASSEND_AGENDA_AUDIENCE_PERSON;
  int rc;

  statement = _passend_database_prepare (self,
                                         person
                                         ? "SELECT p.given_name, p.tussenvoegsel, p.family_name, o.name"
                                           " FROM person AS p LEFT JOIN organisation AS o ON o.id = p.organisation_id"
                                           " WHERE p.id = ?1"
                                         : "SELECT name FROM organisation WHERE id = ?1",
                                         error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, partner_id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                   _("There is no partner %s."), reference);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }

  if (person)
    {
      g_autofree char *name = join_name (statement, 0);
      const char *organisation = _passend_column_text (statement, 3);

      if (organisation[0] != '\0')
        return g_strdup_printf ("%s (%s)", name, organisation);
      return g_steal_pointer (&name);
    }
  return g_strdup (_passend_column_text (statement, 0));
}

/* How many items of the meeting @partner attends, and how many of those
 * have a student with consent on the meeting day. */
static gboolean
count_attended (PassendDatabase        *self,
                gint64                  meeting_id,
                gint64                  starts_at,
                PassendAgendaAudience   audience,
                gint64                  partner_id,
                guint                  *n_attended,
                guint                  *n_with_consent,
                GError                **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autofree char *day = meeting_day_iso (starts_at);
  int rc;

  statement = _passend_database_prepare (self,
                                         audience == PASSEND_AGENDA_AUDIENCE_PERSON
                                         ? count_person_sql : count_organisation_sql,
                                         error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, meeting_id);
  sqlite3_bind_int64 (statement, 2, partner_id);
  _passend_bind_text (statement, 3, day);
  rc = sqlite3_step (statement);
  if (rc != SQLITE_ROW)
    return _passend_database_fail (self, rc, NULL, error);

  *n_attended = (guint) sqlite3_column_int64 (statement, 0);
  *n_with_consent = (guint) sqlite3_column_int64 (statement, 1);
  return TRUE;
}

static gboolean
load_school (PassendDatabase  *self,
             PassendAgenda    *agenda,
             GError          **error)
{
  g_autoptr(PassendSchool) school = NULL;
  g_autoptr(GError) logo_error = NULL;

  school = passend_database_get_school (self, error);
  if (school == NULL)
    return FALSE;
  g_free (agenda->school_name);
  agenda->school_name = g_strdup (passend_school_get_name (school));

  /* A document without its logo is still a complete document. */
  agenda->logo = passend_database_get_school_logo (self, &agenda->logo_media_type, &logo_error);
  if (logo_error != NULL)
    g_debug ("School logo left out of the agenda: %s", logo_error->message);
  return TRUE;
}

PassendAgenda *
passend_database_load_agenda (PassendDatabase        *self,
                              gint64                  meeting_id,
                              PassendAgendaAudience   audience,
                              gint64                  partner_id,
                              GError                **error)
{
  g_autoptr(PassendAgenda) agenda = NULL;
  g_autoptr(GHashTable) slots = NULL;
  gboolean internal = audience == PASSEND_AGENDA_AUDIENCE_INTERNAL;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (audience == PASSEND_AGENDA_AUDIENCE_INTERNAL ||
                        audience == PASSEND_AGENDA_AUDIENCE_PERSON ||
                        audience == PASSEND_AGENDA_AUDIENCE_ORGANISATION, NULL);
  g_return_val_if_fail (internal == (partner_id == 0), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  agenda = passend_agenda_new ();
  agenda->audience = audience;
  agenda->partner_id = partner_id;

  if (!load_meeting (self, agenda, meeting_id, internal, error))
    return NULL;

  if (!internal)
    {
      guint n_attended = 0, n_with_consent = 0;

      agenda->partner_name = load_partner_name (self, audience, partner_id, error);
      if (agenda->partner_name == NULL)
        return NULL;
      if (!count_attended (self, meeting_id, agenda->starts_at, audience, partner_id,
                           &n_attended, &n_with_consent, error))
        return NULL;
      if (n_attended == 0)
        {
          g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NOT_FOUND,
                       _("%s is not invited to any student of this meeting."), agenda->partner_name);
          return NULL;
        }
      if (n_with_consent == 0)
        {
          g_set_error (error, PASSEND_DATABASE_ERROR, PASSEND_DATABASE_ERROR_NO_CONSENT,
                       _("None of the students %s is invited for has consent to be discussed with "
                         "external parties on the day of the meeting."), agenda->partner_name);
          return NULL;
        }
    }

  if (!load_school (self, agenda, error))
    return NULL;

  slots = load_slots (self, agenda, error);
  if (slots == NULL)
    return NULL;
  if (!load_items (self, agenda, slots, error))
    return NULL;

  g_debug ("Loaded agenda of meeting %" G_GINT64_FORMAT ": %u items", meeting_id, agenda->items->len);
  return g_steal_pointer (&agenda);
}

static int
compare_partners (gconstpointer a,
                  gconstpointer b)
{
  const PassendAgendaPartner *x = *(PassendAgendaPartner * const *) a;
  const PassendAgendaPartner *y = *(PassendAgendaPartner * const *) b;

  return g_utf8_collate (x->name, y->name);
}

GPtrArray *
passend_database_list_agenda_partners (PassendDatabase  *self,
                                       gint64            meeting_id,
                                       GError          **error)
{
  g_autoptr(PassendStatement) statement = NULL;
  g_autoptr(GPtrArray) partners = NULL;
  g_autoptr(PassendAgenda) meeting = passend_agenda_new ();
  int rc;

  g_return_val_if_fail (PASSEND_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!load_meeting (self, meeting, meeting_id, FALSE, error))
    return NULL;

  /* Internal staff get the internal agenda; only outsiders are partners. */
  statement = _passend_database_prepare (self,
                                         "SELECT DISTINCT v.person_id, v.organisation_id"
                                         " FROM meeting_invitee AS v"
                                         " JOIN meeting_item AS i ON i.id = v.item_id"
                                         " LEFT JOIN person AS p ON p.id = v.person_id"
                                         " WHERE i.meeting_id = ?1"
                                         " AND (v.organisation_id IS NOT NULL"
                                         "      OR (v.person_id IS NOT NULL AND p.internal = 0))",
                                         error);
  if (statement == NULL)
    return NULL;

  partners = g_ptr_array_new_with_free_func ((GDestroyNotify) passend_agenda_partner_free);
  sqlite3_bind_int64 (statement, 1, meeting_id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      PassendAgendaPartner *partner = g_new0 (PassendAgendaPartner, 1);

      if (sqlite3_column_type (statement, 0) != SQLITE_NULL)
        {
          partner->audience = PASSEND_AGENDA_AUDIENCE_PERSON;
          partner->id = sqlite3_column_int64 (statement, 0);
        }
      else
        {
          partner->audience = PASSEND_AGENDA_AUDIENCE_ORGANISATION;
          partner->id = sqlite3_column_int64 (statement, 1);
        }
      g_ptr_array_add (partners, partner);
    }
  if (rc != SQLITE_DONE)
    {
      _passend_database_fail (self, rc, NULL, error);
      return NULL;
    }
  passend_statement_reset (statement);

  for (guint i = 0; i < partners->len; i++)
    {
      PassendAgendaPartner *partner = g_ptr_array_index (partners, i);
      guint n_attended = 0;

      partner->name = load_partner_name (self, partner->audience, partner->id, error);
      if (partner->name == NULL)
        return NULL;
      if (!count_attended (self, meeting_id, meeting->starts_at, partner->audience, partner->id,
                           &n_attended, &partner->n_items, error))
        return NULL;
      partner->n_without_consent = n_attended - partner->n_items;
    }

  g_ptr_array_sort (partners, compare_partners);
  return g_steal_pointer (&partners);
}
